"""Messages 001-032 (March to August 2027)."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from people import (
    CAMHS,
    COYLE,
    DEBORAH,
    FENNICK_OFFICE,
    GIDEON,
    HANNAH,
    HAULWELL,
    JO,
    KELVIN,
    PORTAL,
    SEN_INBOX,
    SUNITA,
    TOMAS,
    TRANSPORT,
)

MBC = "MBC/EHCP/2021/0884"
EMC = "EM/EHC/27/01193"
HTST = "HTST/27/0712"
DP = "DP/27/0458"

m001 = M(
    1, "moving_to_eastmere", "t01-marrowdale-transfer", "2027-03-15 09:12:31",
    HANNAH, [DEBORAH],
    f"Moving to Eastmere - Arlo Lindqvist - your ref {MBC}",
    new="""Dear Ms Kettlewell,

Update 1 (I am keeping a running log of this move so that nothing gets lost): we have completed on the house in Eastmere and we move on Saturday 10 April. Arlo's last day at Saltergate Primary will be Thursday 25 March, the last day before the Easter holidays, and he starts at Fennick Lane Primary School after Easter, in the summer term of Year 3.

I have some questions:

1. When will Marrowdale send Arlo's EHC plan to Eastmere County Council, and will the paperwork from his annual review on 3 February go with it?
2. Does the move mean the plan has to be written again? Fennick Lane's SENCO mentioned "a new assessment".
3. Will his 1:1 support (25 hours a week in section F) carry on from the first day of the summer term?
4. Who at Eastmere will be his coordinator, and will you tell them about us?

I will send you our new address and a copy of the tenancy agreement by Friday 19 March.

Many thanks,""",
    cte="7bit", charset="us-ascii",
    from_la=False, category="information_request", refs=[MBC],
    dates=[
        D("Saturday 10 April", "2027-04-10", "other"),
        D("Thursday 25 March", "2027-03-25", "other"),
        D("3 February", "2027-02-03", "past"),
        D("Friday 19 March", "2027-03-19", "deadline"),
    ],
    commits=[
        C("parent", "send new address and tenancy agreement", "2027-03-19",
          "I will send you our new address and a copy of the tenancy agreement by Friday 19 March."),
    ],
)  # fmt: skip

m002 = M(
    2, "re_moving_to_eastmere", "t01-marrowdale-transfer", "2027-03-17 14:40:05",
    DEBORAH, [HANNAH],
    f"RE: Moving to Eastmere - Arlo Lindqvist - your ref {MBC}",
    reply_to=m001, quote="outlook", charset="windows-1252",
    new="""Dear Mrs Lindqvist,

Thank you for letting us know in good time – it makes a real difference. In answer to your questions:

1. Under regulation 15 of the SEND Regulations 2014 we must transfer the plan to the new authority on the day of the move, because you have told us more than 15 working days in advance. As 10 April is a Saturday, I will send the plan, the February review paperwork and all the appendices to Eastmere's SEN team on Monday 12 April 2027.

2. No. Eastmere must maintain the plan as it stands from the day it is transferred. They must then tell you whether they intend to reassess Arlo and when they will review the plan.

3. Section F does not change on transfer, so the support should be there from his first day, although the day-to-day arrangements are for Fennick Lane and Eastmere to agree.

4. Eastmere allocates a coordinator once the papers arrive. We will pass your contact details on with the papers.

I am on leave from 29/03 to 09/04, so please send the tenancy agreement before then – Friday, as you suggest, would be ideal.""",
    from_la=True, category="general", refs=[MBC],
    dates=[
        D("10 April", "2027-04-10", "other"),
        D("Monday 12 April 2027", "2027-04-12", "deadline"),
        D("29/03", "2027-03-29", "other"),
        D("09/04", "2027-04-09", "other"),
        D("Friday, as you suggest", "2027-03-19", "deadline"),
    ],
    commits=[
        C("la", "send the plan and appendices to Eastmere", "2027-04-12",
          "As 10 April is a Saturday, I will send the plan, the February review paperwork and all the appendices to Eastmere's SEN team on Monday 12 April 2027."),
        C("la", "pass contact details to Eastmere", None, "We will pass your contact details on with the papers."),
    ],
)  # fmt: skip

m003 = M(
    3, "re_moving_tenancy", "t01-marrowdale-transfer", "2027-03-19 20:05:44",
    HANNAH, [DEBORAH],
    f"Re: Moving to Eastmere - Arlo Lindqvist - your ref {MBC}",
    reply_to=m002, quote="gmail",
    new="""Hi Deborah,

Update 2: as promised, the tenancy agreement is attached. Our new address from the move will be 14 Copperbeech Rise, Eastmere EM4 7QT, and the landline will be 01632 960732.

Thank you for answering so fully - I have copied your answers into my log.

5. One more question: could you send me a copy of the covering letter when the plan goes to Eastmere?

Hannah""",
    attachments=[Att("Tenancy agreement - 14 Copperbeech Rise.pdf", "application/pdf", fake_pdf("Tenancy"))],
    from_la=False, category="general", refs=[MBC],
)  # fmt: skip

m004 = M(
    4, "removals_invoice", "t02-removals", "2027-04-12 08:02:10",
    HAULWELL, [HANNAH],
    "Invoice INV-20871 - your move on 10/04/2027",
    new="""Dear Mrs Lindqvist,

Thank you for choosing Haulwell Removals for your move on Saturday 10 April. Please find your invoice INV-20871 attached (total £1,386.00 including VAT, less the £200.00 deposit paid on 1 March).

The balance of £1,186.00 is due within 14 days, by 26 April 2027. We will collect the spare boxes on Thursday morning.

If anything was damaged in transit, please tell us within 7 days so that we can pass it to our insurers.

Haulwell Removals Ltd | Unit 4, Brook Trading Estate, Marrowdale MD3 8HN | 01632 960981""",
    sig="",
    from_la=False, category="not_send",
    attachments=[Att("INV-20871.pdf", "application/pdf", fake_pdf("INV-20871"))],
)  # fmt: skip

m005 = M(
    5, "re_transfer_sent", "t01-marrowdale-transfer", "2027-04-13 10:22:40",
    DEBORAH, [HANNAH], f"RE: Moving to Eastmere - Arlo Lindqvist - your ref {MBC}",
    cc=[SEN_INBOX], reply_to=m003, quote="orig",
    new="""Dear Mrs Lindqvist,

I hope the move went smoothly. Arlo's plan, the annual review paperwork from 03.02.27 and all the advice were sent securely to Eastmere's SEND Statutory Services yesterday, and I have copied them into this email. The covering letter is attached, as you asked.

Eastmere's six weeks run from 12 April, so they must write to you by 24 May 2027 to say whether they will reassess Arlo and when they will review his plan.

We will close our file on 30 April 2027. After that, any request for Marrowdale records should go to our Information Governance team.

Best wishes to Arlo for his new start.""",
    attachments=[Att("Transfer letter to Eastmere 12.04.27.pdf", "application/pdf", fake_pdf("Transfer letter"))],
    from_la=True, category="general", refs=[MBC],
    dates=[
        D("03.02.27", "2027-02-03", "past"),
        D("yesterday", "2027-04-12", "past"),
        D("24 May 2027", "2027-05-24", "deadline"),
        D("30 April 2027", "2027-04-30", "deadline"),
    ],
    commits=[C("la", "close the Marrowdale file", "2027-04-30", "We will close our file on 30 April 2027.")],
)  # fmt: skip

m006 = M(
    6, "transfer_intro", "t03-eastmere-transfer", "2027-04-15 16:48:02",
    GIDEON, [HANNAH], f"Arlo Lindqvist (DOB 19/06/2018) - transfer of EHC plan from Marrowdale - our ref {EMC}",
    fmt="alt",
    new="""Dear Mrs Lindqvist,

My name is Gideon Marchbanks and I am the EHC Coordinator who will be looking after Arlo's plan now that you have moved into Eastmere. I am writing to introduce myself, to explain what happens next and to set out the dates as I understand them, because I know from experience that transfers between councils can feel confusing.

We received Arlo's final EHC plan (dated 14/03/2024, last reviewed on 3rd Feb 2027) together with the appendices from Marrowdale on Monday 12.04.27, which under regulation 15 of the SEND Regulations 2014 is the date of transfer; that means we must write to you by 24/05/2027 to tell you whether we intend to reassess Arlo and when we will review his plan, and the review itself must take place by whichever is the later of 12 July 2027 (three months after the transfer) and 2 February 2028 (twelve months after the last review). In practice I would not want to wait until next February: Fennick Lane has told me that Arlo has had a difficult first few days, so my provisional plan is to take the transfer to our SEN Moderation Panel on Thurs 6 May and, if needed, again on 20th May, and to write to you in between.

I will visit Arlo at Fennick Lane on Wednesday 28th April at 1.30pm, and I would welcome you joining me there afterwards at about 2.15. Please note that I am on annual leave from Mon 3 May (the bank holiday) to Fri 7 May, and back in the office on Monday 10th.

The EHC plan continues to have effect as if Eastmere had made it, so the 25 hours of 1:1 support in section F should already be in place at Fennick Lane; if it is not, please tell me straight away.""",
    from_la=True, category="general", refs=[EMC],
    dates=[
        D("14/03/2024", "2024-03-14", "past"),
        D("3rd Feb 2027", "2027-02-03", "past"),
        D("Monday 12.04.27", "2027-04-12", "past"),
        D("24/05/2027", "2027-05-24", "deadline"),
        D("12 July 2027", "2027-07-12", "deadline"),
        D("2 February 2028", "2028-02-02", "deadline"),
        D("Thurs 6 May", "2027-05-06", "meeting"),
        D("20th May", "2027-05-20", "meeting"),
        D("Wednesday 28th April", "2027-04-28", "meeting"),
        D("Mon 3 May", "2027-05-03", "other"),
        D("Fri 7 May", "2027-05-07", "other"),
        D("Monday 10th", "2027-05-10", "other"),
    ],
    commits=[
        C("la", "visit Arlo at Fennick Lane", "2027-04-28",
          "I will visit Arlo at Fennick Lane on Wednesday 28th April at 1.30pm, and I would welcome you joining me there afterwards at about 2.15."),
    ],
)  # fmt: skip

m007 = M(
    7, "re_transfer_intro", "t03-eastmere-transfer", "2027-04-16 07:41:19",
    HANNAH, [GIDEON], f"Re: Arlo Lindqvist (DOB 19/06/2018) - transfer of EHC plan from Marrowdale - our ref {EMC}",
    cc=[TOMAS], reply_to=m006, quote="gmail",
    new="""Dear Gideon,

Thank you - this is the clearest explanation anyone has given us since we decided to move.

Update 3: I'll be at Fennick Lane for 2.15 on the 28th. Tomas (Arlo's dad) can't get out of work that day so it will just be me.

Quick question: is home to school transport something I ask you for, or is it a separate team? Fennick Lane is 3.4 miles from the new house and I start a new job next month.

Hannah""",
    from_la=False, category="appointment", refs=[EMC],
    dates=[D("the 28th", "2027-04-28", "meeting")],
    commits=[C("parent", "attend the meeting at Fennick Lane", "2027-04-28", "I'll be at Fennick Lane for 2.15 on the 28th.")],
)  # fmt: skip

m008 = M(
    8, "re_transfer_transport", "t03-eastmere-transfer", "2027-04-16 11:03:57",
    GIDEON, [HANNAH], f"RE: Arlo Lindqvist (DOB 19/06/2018) - transfer of EHC plan from Marrowdale - our ref {EMC}",
    reply_to=m007, quote="outlook",
    new="""Dear Mrs Lindqvist,

Transport is a separate team (Passenger Transport, transport@eastmere.gov.uk) and you apply through the online form on the council website. I have let Kelvin Ashdown know to expect your application.""",
    from_la=True, category="general", refs=[EMC],
)  # fmt: skip

m009 = M(
    9, "transport_application", "t04-transport", "2027-04-19 21:15:26",
    HANNAH, [TRANSPORT], f"Home to school transport application - Arlo Lindqvist (EHCP {EMC})",
    cc=[GIDEON],
    new=f"""Dear Passenger Transport team,

This evening I submitted the online application for home to school transport for my son Arlo Lindqvist; the confirmation screen gave the application reference {HTST}. Gideon Marchbanks suggested I also write to you directly.

The key facts:
- Arlo is 8, in Year 3 at Fennick Lane Primary School, and has an EHC plan (transferred from Marrowdale on 12 April).
- Fennick Lane is 3.4 miles from our house by the shortest walking route; it was the nearest school with a place.
- Arlo cannot manage a public bus: noise and crowding lead to meltdowns (his plan, section B, page 4).
- His UPN is E823456789012 if you need it for the school's records.

I am driving him at the moment, but I start a new job on Monday 10 May. Could you let me know by Friday 30 April whether he is eligible? I also have two questions:

1. Can a passenger assistant travel with him?
2. Would the council consider a personal travel budget instead of a taxi?

Thank you,""",
    from_la=False, category="general", refs=[EMC, HTST],
    dates=[
        D("12 April", "2027-04-12", "past"),
        D("Monday 10 May", "2027-05-10", "other"),
        D("Friday 30 April", "2027-04-30", "deadline"),
    ],
)  # fmt: skip

m010 = M(
    10, "re_transport_ack", "t04-transport", "2027-04-20 08:52:03",
    KELVIN, [HANNAH], f"RE: Home to school transport application - Arlo Lindqvist (EHCP {EMC})",
    reply_to=m009, quote="outlook",
    new="""Thanks Mrs Lindqvist – application HTST/27/0712 received. I'll look at this and come back to you by Wednesday.""",
    from_la=True, category="acknowledgement", refs=[EMC, HTST],
    dates=[D("by Wednesday", "2027-04-21", "deadline")],
    commits=[C("la", "reply on transport eligibility", "2027-04-21",
               "I'll look at this and come back to you by Wednesday.")],
)  # fmt: skip

m011 = M(
    11, "re_transport_approved", "t04-transport", "2027-04-21 16:30:12",
    KELVIN, [HANNAH], f"RE: Home to school transport application - Arlo Lindqvist (EHCP {EMC})",
    cc=[GIDEON], reply_to=m010, quote="outlook",
    new="""Dear Mrs Lindqvist,

Arlo's application has been approved on SEN grounds.

- A taxi will take him from Mon 26/4, picking up at 8.05am and collecting from school at 3.15pm.
- A passenger assistant, Mrs Dyer, will travel with him. The route number is EM-TX-417 if you need to quote it.
- A personal travel budget is possible but would not be in place before May half term.

Mereside Cars will ring you tomorrow to introduce the driver and Mrs Dyer.""",
    from_la=True, category="general", refs=[EMC],
    dates=[
        D("Mon 26/4", "2027-04-26", "other"),
        D("tomorrow", "2027-04-22", "meeting"),
    ],
    commits=[C("other", "ring to introduce the driver", "2027-04-22",
               "Mereside Cars will ring you tomorrow to introduce the driver and Mrs Dyer.")],
)  # fmt: skip

m012 = M(
    12, "transfer_notice", "t03-eastmere-transfer", "2027-05-12 11:40:21",
    GIDEON, [HANNAH], f"RE: Arlo Lindqvist - transfer notice under regulation 15(4) - {EMC}",
    cc=[JO], reply_to=m008, quote="outlook",
    new="""Dear Mrs Lindqvist,

As promised, I am writing with the council's decisions on Arlo's transferred plan. The SEN Moderation Panel considered Arlo's papers on Thursday 6 May.

(a) Eastmere will not reassess Arlo at this stage. The advice in his plan is recent and the panel did not think a new assessment would add anything.

(b) Rather than waiting until 2 February 2028, we will hold an early review of Arlo's plan in the autumn term, once he has settled at Fennick Lane.

(c) The panel recommended that Fennick Lane refers Arlo to the CAMHS neurodevelopmental pathway for an autism assessment, which Mrs Brightmore has kindly agreed to do.

I will write to Fennick Lane in due course to agree a date for the review. The formal notice is attached and has also been uploaded to the EHCP portal.""",
    attachments=[Att("Regulation 15(4) notice - Arlo Lindqvist.pdf", "application/pdf", fake_pdf("Notice"))],
    from_la=True, category="general", refs=[EMC],
    dates=[
        D("Thursday 6 May", "2027-05-06", "past"),
        D("2 February 2028", "2028-02-02", "deadline"),
    ],
    commits=[
        C("la", "hold an early review in the autumn term", None,
          "Rather than waiting until 2 February 2028, we will hold an early review of Arlo's plan in the autumn term, once he has settled at Fennick Lane."),
        C("la", "write to the school to agree a review date", None,
          "I will write to Fennick Lane in due course to agree a date for the review."),
    ],
)  # fmt: skip

m013 = M(
    13, "portal_new_document", "t05-portal", "2027-05-12 11:42:08",
    PORTAL, [HANNAH], "A new document has been added to Arlo's case",
    msgid=None, cte="7bit", charset="us-ascii", sig="",
    new=f"""This is an automated message from the Eastmere EHCP Portal. Please do not reply.

A new document has been added to a case you can view.

Notification ID: EHP-270512-0044
Case: {EMC} (Arlo Lindqvist)
Document: Regulation 15(4) notice
Added: 12/05/2027 by G Marchbanks

Log in at https://ehcpportal.eastmere.gov.uk to view it.""",
    from_la=True, category="general", refs=["EHP-270512-0044", EMC],
    dates=[D("12/05/2027", "2027-05-12", "other")],
)  # fmt: skip

m014 = M(
    14, "fennick_newsletter", "t06-newsletter", "2027-05-21 15:30:00",
    FENNICK_OFFICE, [HANNAH], "Fennick Lane Fortnightly \U0001f33c Summer Term, issue 3",
    fmt="html", cte="base64", sig="",
    new="""Dear Parents and Carers,

What a fortnight! Year 3 loved their trip to Mereside Museum, and a big welcome to all our new families who joined us after Easter.

Dates for your diary: INSET day Friday 28 May (school closed); half term from Monday 31 May; sports day Wednesday 7 July (bring a hat!).

Our SENCO, Mrs Brightmore, runs a drop-in for parents of children with SEN or an EHC plan on the first Tuesday of every month, 3.30 to 4.30pm in the library. No appointment needed.

The PTA will be selling ice lollies every Friday after school in June. Please remember that the car park is for staff only.

Mrs K. Ambrose, Headteacher""",
    from_la=False, category="not_send",
)  # fmt: skip

m015 = M(
    15, "arlo_this_week", "t07-placement-breakdown", "2027-06-07 17:55:30",
    JO, [HANNAH], "Arlo - this week and next steps \U0001f49b",
    cc=[GIDEON],
    new="""Dear Hannah,

Thank you for coming in this afternoon. I know today was really hard, and I want you to know how much all of us like Arlo – he is funny and kind and it is not his fault that the classroom is too much for him right now.

As promised, here is what we agreed:

• We will move Arlo onto a reduced timetable (9.00 to 11.30am) from Wednesday 9 June while we work out what has gone wrong.
• I will ask Eastmere for an emergency review tonight, and I will copy you in.
• Mrs Okoye (Arlo's 1:1) will keep a simple ABC log every day, so that we have evidence for the review.
• We will try to get the Educational Psychology Service in before the end of term, but I can't promise – they are very stretched.
• Hopefully the morning sensory circuit will help him arrive calmer.

Please don't worry about the word "exclusion" that was mentioned – this is NOT an exclusion, it is a temporary arrangement we have agreed together.

With warm wishes,""",
    from_la=False, category="general",
    dates=[
        D("this afternoon", "2027-06-07", "meeting"),
        D("Wednesday 9 June", "2027-06-09", "deadline"),
    ],
    commits=[
        C("school", "move Arlo onto a reduced timetable", "2027-06-09",
          "We will move Arlo onto a reduced timetable (9.00 to 11.30am) from Wednesday 9 June while we work out what has gone wrong."),
        C("school", "ask Eastmere for an emergency review", "2027-06-07",
          "I will ask Eastmere for an emergency review tonight, and I will copy you in."),
        C("school", "keep a daily ABC log", None,
          "Mrs Okoye (Arlo's 1:1) will keep a simple ABC log every day, so that we have evidence for the review."),
    ],
)  # fmt: skip

m016 = M(
    16, "re_arlo_this_week", "t07-placement-breakdown", "2027-06-07 21:30:48",
    HANNAH, [JO], "Re: Arlo - this week and next steps \U0001f49b",
    cc=[GIDEON, TOMAS], reply_to=m015, quote="gmail",
    new="""Thank you Jo, that means a lot.

Update 9 for the log: the incident on Friday (4 June) was the third in a fortnight, and the first where he hurt himself.

I'll bring Arlo in at 9 on Weds and collect him at 11.30. Tomas will do Thursdays and Fridays.

H""",
    sig="",
    from_la=False, category="general",
    dates=[
        D("Friday (4 June)", "2027-06-04", "past"),
        D("Weds", "2027-06-09", "deadline"),
    ],
    commits=[
        C("parent", "bring Arlo in and collect him", "2027-06-09", "I'll bring Arlo in at 9 on Weds and collect him at 11.30."),
        C("parent", "do the school run on Thursdays and Fridays", None, "Tomas will do Thursdays and Fridays."),
    ],
)  # fmt: skip

m017 = M(
    17, "emergency_review", "t08-emergency-review", "2027-06-08 12:10:15",
    GIDEON, [HANNAH, JO], f"Emergency review - Arlo Lindqvist - {EMC}",
    attachments=[Att("All About Me - parent and child views.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fake_docx("AAM"))],
    new="""Dear Mrs Lindqvist, dear Mrs Brightmore,

Thank you, Jo, for your request of yesterday evening. I have spoken to my manager, Rhona Pettifer, and we agree that an emergency (interim) review of Arlo's plan should be held as soon as possible rather than in the autumn term as set out in my notice of 12/05/27, and I have therefore provisionally booked Thursday 17th June 2027 at 9.15am in the Fennick Lane meeting room; I appreciate that the usual two weeks' notice cannot quite be given (that would have meant sending the invitations by 3 June, which has passed), so if either of you needs more time please say so by Fri 11/6 and I will look for a date in the week of 21 June instead. I would be grateful for the school's report and the ABC logs by 5pm on Tuesday 15th, and for your views, Mrs Lindqvist, by the same time if possible – the All About Me form is attached.

I will invite Dr Coyle from the Educational Psychology Service. CAMHS have been asked to send anything they hold.""",
    from_la=True, category="annual_review", refs=[EMC],
    dates=[
        D("yesterday evening", "2027-06-07", "past"),
        D("12/05/27", "2027-05-12", "past"),
        D("Thursday 17th June 2027", "2027-06-17", "meeting"),
        D("3 June", "2027-06-03", "past"),
        D("Fri 11/6", "2027-06-11", "deadline"),
        D("the week of 21 June", "2027-06-21", "other"),
        D("Tuesday 15th", "2027-06-15", "deadline"),
    ],
    commits=[
        C("la", "look for another date", None,
          "so if either of you needs more time please say so by Fri 11/6 and I will look for a date in the week of 21 June instead"),
        C("la", "invite the educational psychologist", None, "I will invite Dr Coyle from the Educational Psychology Service."),
    ],
)  # fmt: skip

m018 = M(
    18, "re_emergency_review_time", "t08-emergency-review", "2027-06-08 19:02:33",
    HANNAH, [GIDEON], f"Re: Emergency review - Arlo Lindqvist - {EMC}",
    cc=[JO], reply_to=m017, quote="apple",
    new="""Dear Gideon,

Thank you for moving so quickly. 9.15 is impossibel for us as I have to settle Arlo first and Tomas is away - could we do 1.30pm on the 17th instead? Otherwise any time on Fri 18th works.

Update 10: my views form will be with you by Monday.

Hannah

Sent from my iPad""",
    sig="",
    from_la=False, category="appointment", refs=[EMC],
    dates=[
        D("the 17th", "2027-06-17", "meeting"),
        D("Fri 18th", "2027-06-18", "meeting"),
        D("by Monday", "2027-06-14", "deadline"),
    ],
    commits=[C("parent", "send the views form", "2027-06-14", "my views form will be with you by Monday.")],
)  # fmt: skip

m019 = M(
    19, "re_emergency_review_moved", "t08-emergency-review", "2027-06-09 09:14:50",
    GIDEON, [HANNAH], f"RE: Emergency review - Arlo Lindqvist - {EMC}",
    cc=[JO], reply_to=m018, quote="outlook", irt=False, thread_index=True,
    new="""1.30pm on 17/06 is fine. I have moved the room booking and sent everyone an updated invitation.""",
    from_la=True, category="appointment", refs=[EMC],
    dates=[D("17/06", "2027-06-17", "meeting")],
)  # fmt: skip

m020 = M(
    20, "notes_emergency_review", "t08-emergency-review", "2027-06-17 22:47:06",
    HANNAH, [GIDEON, JO], f"Notes from today's emergency review - Arlo ({EMC})",
    cc=[TOMAS], reply_to=m019, quote="gmail",
    new="""Dear Gideon and Jo,

Update 12 - my notes of today's emergency review (1.30 to 3.20pm, Fennick Lane). Present: Gideon Marchbanks (Eastmere), Jo Brightmore and Mrs Okoye (school), Dr Coyle (EP, by phone for the first half hour), Tomas and me. Please tell me by Wednesday 23 June if anything below is wrong.

1. Everyone agreed that the placement at Fennick Lane has broken down. Arlo's last day there will be Fri 18 June.
2. Gideon said that the council will arrange 10 hours a week of home tuition, starting on Monday 28 June.
3. Gideon will send consultation papers to Oakhanger Park, The Beeches and the autism resource base at Castlegate Primary next week.
4. The draft amended plan will be sent to us by 15 July 2027.
5. Jo will write the school's report of the meeting and send it to everyone by 1 July.
6. Dr Coyle will see Arlo at home to update her advice - sorry, his advice - before the end of term.
7. I will apply for a personal budget for part of the tuition so that we can use Ms Ferrars, a tutor Arlo already knows.
8. CAMHS: the school's referral was accepted on 2 June; we are waiting for an appointment letter.

Writing this at nearly 11pm so apologies for typos.

Hannah""",
    sig="",
    from_la=False, category="annual_review", refs=[EMC],
    dates=[
        D("today's emergency review", "2027-06-17", "meeting"),
        D("Wednesday 23 June", "2027-06-23", "deadline"),
        D("Fri 18 June", "2027-06-18", "other"),
        D("Monday 28 June", "2027-06-28", "deadline"),
        D("15 July 2027", "2027-07-15", "deadline"),
        D("1 July", "2027-07-01", "deadline"),
        D("2 June", "2027-06-02", "past"),
    ],
    commits=[
        C("la", "arrange home tuition", "2027-06-28",
          "Gideon said that the council will arrange 10 hours a week of home tuition, starting on Monday 28 June."),
        C("la", "send consultation papers to three schools", None,
          "Gideon will send consultation papers to Oakhanger Park, The Beeches and the autism resource base at Castlegate Primary next week."),
        C("la", "send the draft amended plan", "2027-07-15", "The draft amended plan will be sent to us by 15 July 2027."),
        C("school", "write and send the school's review report", "2027-07-01",
          "Jo will write the school's report of the meeting and send it to everyone by 1 July."),
        C("la", "see Arlo at home to update EP advice", None,
          "Dr Coyle will see Arlo at home to update her advice - sorry, his advice - before the end of term."),
        C("parent", "apply for a personal budget", None,
          "I will apply for a personal budget for part of the tuition so that we can use Ms Ferrars, a tutor Arlo already knows."),
    ],
)  # fmt: skip

m021 = M(
    21, "review_decision", "t08-emergency-review", "2027-06-30 15:20:44",
    GIDEON, [HANNAH], f"RE: Notes from today's emergency review - Arlo ({EMC}) - decision",
    cc=[JO], reply_to=m020, quote="outlook",
    new="""Dear Mrs Lindqvist,

Thank you for your notes, which I am happy to accept as an accurate record, and thank you to Jo, whose report arrived on 29/6.

Decision: following the emergency review held on 17 June 2027, the council has decided to amend Arlo's EHC plan. The main changes will be to sections B and F and to section I, since the placement at Fennick Lane has ended.

I said at the meeting that the draft amended plan would be with you by 15 July. I am sorry to say that this will not now happen, because Dr Coyle's updated advice will not be ready until the w/c 19 July. I will send the draft amended plan and the amendment notice to you by Friday 23 July 2027.

Home tuition through the Eastmere Tuition Service started on Monday as agreed. The consultation papers went to Oakhanger Park, The Beeches and Castlegate on 24 June. I have also asked our Personal Budgets Team to contact you: Sunita Greaves will be in touch about a direct payment for the tutor.""",
    from_la=True, category="annual_review", refs=[EMC],
    dates=[
        D("29/6", "2027-06-29", "past"),
        D("17 June 2027", "2027-06-17", "past"),
        D("15 July", "2027-07-15", "deadline"),
        D("the w/c 19 July", "2027-07-19", "other"),
        D("Friday 23 July 2027", "2027-07-23", "deadline"),
        D("on Monday", "2027-06-28", "past"),
        D("24 June", "2027-06-24", "past"),
    ],
    commits=[
        C("la", "send the draft amended plan and amendment notice", "2027-07-23",
          "I will send the draft amended plan and the amendment notice to you by Friday 23 July 2027."),
        C("la", "contact the parent about a direct payment", None,
          "Sunita Greaves will be in touch about a direct payment for the tutor."),
    ],
)  # fmt: skip

m022 = M(
    22, "ep_home_visit", "t09-ep-advice", "2027-07-01 14:00:27",
    COYLE, [HANNAH], f"Educational psychology advice for Arlo - home visit ({EMC})",
    fmt="alt",
    new="""Dear Mrs Lindqvist,

Mr Marchbanks has asked me to update my psychological advice for Arlo following the emergency review. I would like to visit Arlo at home on Wednesday 14 July at 2pm, for about an hour and a half. If a home visit is difficult, we could meet on Teams instead (Meeting ID 382 114 907 223, Passcode hT6qP2).

Before then, it would help me a great deal if you could answer the questions below:

1. What does Arlo enjoy most at the moment, and when is he at his calmest?
2. How has he been since he stopped going to Fennick Lane?
3. How is the home tuition going?
4. Is there anything you would like me to look at in particular?

I will speak to Mrs Brightmore on the phone on Monday 12 July. My advice will be sent to Mr Marchbanks within six weeks of his request of 24 June, i.e. by 5 August 2027.

Best wishes,""",
    from_la=True, category="appointment", refs=[EMC],
    dates=[
        D("Wednesday 14 July", "2027-07-14", "meeting"),
        D("Monday 12 July", "2027-07-12", "meeting"),
        D("24 June", "2027-06-24", "past"),
        D("5 August 2027", "2027-08-05", "deadline"),
    ],
    commits=[
        C("la", "phone the SENCO", "2027-07-12", "I will speak to Mrs Brightmore on the phone on Monday 12 July."),
        C("la", "send EP advice to the coordinator", "2027-08-05",
          "My advice will be sent to Mr Marchbanks within six weeks of his request of 24 June, i.e. by 5 August 2027."),
    ],
)  # fmt: skip

m023 = M(
    23, "camhs_appointment", "t10-camhs", "2027-07-02 10:05:12",
    CAMHS, [HANNAH], "Appointment - Neurodevelopmental Pathway - Arlo LINDQVIST",
    cte="7bit", charset="us-ascii",
    new="""Dear Parent/Carer,

Re: Arlo LINDQVIST, DOB 19.06.2018, NHS No. 943 476 5919
14 Copperbeech Rise, Eastmere EM4 7QT

Arlo has been accepted onto the Eastmere CAMHS Neurodevelopmental Pathway following the referral from Fennick Lane Primary School.

An initial appointment has been arranged with Dr Neve Aldous, Clinical Psychologist, on Wednesday 14 July 2027 at 3.45pm at Lakeside Child Development Centre.

Please let us know within 7 days of the date of this letter if you cannot attend. The current wait from this first appointment to a full autism assessment is about 32 weeks.

Yours sincerely,""",
    from_la=False, category="appointment",
    dates=[
        D("19.06.2018", "2018-06-19", "past"),
        D("Wednesday 14 July 2027", "2027-07-14", "meeting"),
        D("within 7 days of the date of this letter", "2027-07-09", "deadline"),
    ],
)  # fmt: skip

m024 = M(
    24, "re_ep_inline", "t09-ep-advice", "2027-07-02 22:10:40",
    HANNAH, [COYLE], f"Re: Educational psychology advice for Arlo - home visit ({EMC})",
    cc=[TOMAS], reply_to=m022,
    segments=[
        ("new", "Dear Dr Coyle,\n\nHome visit on the 14th at 2 is fine. My answers are below each question.\n\nUpdate 14 in my log."),
        ("quote", "On Thu, 1 Jul 2027 at 14:00, Dr Ruairi Coyle <ruairi.coyle@eastmere.gov.uk> wrote:\n\n> 1. What does Arlo enjoy most at the moment, and when is he at his calmest?"),
        ("new", "Trains (the Mereside line timetable, all of it), Lego and the dog. Calmest first thing in the morning and in the bath."),
        ("quote", "> 2. How has he been since he stopped going to Fennick Lane?"),
        ("new", "Sleeping better. Still very anxious if we drive past the school, so we go the long way round."),
        ("quote", "> 3. How is the home tuition going?"),
        ("new", "The tutor from the Tuition Service has come three times out of five; she is lovely but Arlo will not sit with her yet."),
        ("quote", "> 4. Is there anything you would like me to look at in particular?"),
        ("new", "His language - he talks a lot but misunderstands instructions - and whether he can cope in any group at all. I'll make sure Tomas is home for the visit too.\n\nHannah"),
    ],
    from_la=False, category="general", refs=[EMC],
    dates=[D("the 14th", "2027-07-14", "meeting")],
    commits=[C("parent", "make sure the father is home for the visit", None, "I'll make sure Tomas is home for the visit too.")],
)  # fmt: skip

m025 = M(
    25, "re_camhs_clash", "t10-camhs", "2027-07-04 20:10:33",
    HANNAH, [CAMHS], "Re: Appointment - Neurodevelopmental Pathway - Arlo LINDQVIST",
    reply_to=m023, quote="gmail",
    new="""Dear Ms Stannard,

Thank you for the appointment letter. Unfortunately we cannot make 14 July: Arlo's educational psychologist is seeing him at home at 2pm that day and I don't think he can cope with two new people in one afternoon.

Could you offer another date? Any morning except Tuesdays would be fine.

Many thanks,""",
    from_la=False, category="appointment",
    dates=[D("14 July", "2027-07-14", "meeting")],
)  # fmt: skip

m026 = M(
    26, "direct_payment_paperwork", "t11-direct-payment", "2027-07-05 10:31:09",
    SUNITA, [HANNAH], f"Personal budget - tuition element - Arlo Lindqvist - {DP}",
    fmt="html", cte="quoted-printable",
    new=f"""Dear Mrs Lindqvist,

Mr Marchbanks has asked me to set up a direct payment so that you can employ Ms Ferrars for part of Arlo's home tuition. Our reference for this is {DP}.

Please return the signed Direct Payment Agreement, the bank details form and Ms Ferrars' enhanced DBS certificate by Friday 16 July 2027.

Once I have them, the first four-weekly payment of £1,240.00 will be made on Friday 6 August 2027.

Please note that you must keep a separate bank account for the direct payment, and that Ms Ferrars should invoice you, not the council.

If you have any questions please call me; I am in the office on Mondays, Wednesdays and Fridays.""",
    attachments=[
        Att("Direct Payment Agreement.pdf", "application/pdf", fake_pdf("DP agreement")),
        Att("Bank details form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("bank")),
    ],
    from_la=True, category="information_request", refs=[DP],
    dates=[
        D("Friday 16 July 2027", "2027-07-16", "deadline"),
        D("Friday 6 August 2027", "2027-08-06", "deadline"),
    ],
    commits=[C("la", "make the first direct payment", "2027-08-06",
               "Once I have them, the first four-weekly payment of £1,240.00 will be made on Friday 6 August 2027.")],
)  # fmt: skip

m027 = M(
    27, "re_camhs_rebooked", "t10-camhs", "2027-07-06 09:48:55",
    CAMHS, [HANNAH], "RE: Appointment - Neurodevelopmental Pathway - Arlo LINDQVIST",
    reply_to=m025, quote="outlook",
    new="""Dear Mrs Lindqvist,

No problem. The appointment on 14 July has been cancelled, and Arlo has been rebooked with Dr Aldous for Friday 23rd July at 10am at Lakeside Child Development Centre. Please arrive 15 minutes early to complete the registration form.""",
    from_la=False, category="appointment",
    dates=[
        D("14 July", "2027-07-14", "meeting"),
        D("Friday 23rd July", "2027-07-23", "meeting"),
    ],
)  # fmt: skip

m028 = M(
    28, "re_direct_payment_forms", "t11-direct-payment", "2027-07-15 13:12:40",
    HANNAH, [SUNITA], f"Re: Personal budget - tuition element - Arlo Lindqvist - {DP}",
    reply_to=m026, quote="gmail",
    new="""Dear Sunita,

Update 15: attached are the signed Direct Payment Agreement, the bank details form (the new account is with Mereside Building Society, sort code 40-11-62, account 71830294) and Ms Ferrars' DBS certificate (number 001734529876).

Ms Ferrars can start on the Monday after the first payment arrives. Thank you for making this so straightforward.

Hannah""",
    attachments=[
        Att("DP agreement signed.pdf", "application/pdf", fake_pdf("signed")),
        Att("Bank details form completed.pdf", "application/pdf", fake_pdf("bank")),
        Att("Ferrars DBS.pdf", "application/pdf", fake_pdf("DBS")),
    ],
    from_la=False, category="general", refs=[DP],
)  # fmt: skip

m029 = M(
    29, "draft_amended_plan", "t12-draft-amended-plan", "2027-07-23 16:55:18",
    GIDEON, [HANNAH], f"Draft amended EHC plan - Arlo Lindqvist - {EMC}",
    cc=[TOMAS],
    attachments=[
        Att("Arlo Lindqvist - draft amended EHCP 23.07.27.pdf", "application/pdf", fake_pdf("Draft amended EHCP")),
        Att("Amendment notice - Arlo Lindqvist.pdf", "application/pdf", fake_pdf("Amendment notice")),
    ],
    new="""Dear Mrs Lindqvist,

As promised, please find attached Arlo's draft amended EHC plan and the amendment notice. Dr Coyle's advice arrived on 21st July and is in Appendix C. Section I has been left blank in the draft.

Under regulation 22 you have at least 15 days to comment: please send any representations, and tell me which school you would like named in section I, by Friday 6 August 2027. You may also ask to meet me to discuss the draft. If I do not hear from you by 6 August, the plan will be finalised as drafted.

The consultations with Oakhanger Park, The Beeches and Castlegate's resource base (all sent 24/06) are still outstanding. I'll chase all three on Mon 26th.

For completeness: the council must issue the final amended plan within eight weeks of this notice, i.e. by 17 September 2027.""",
    from_la=True, category="draft_plan", refs=[EMC],
    dates=[
        D("21st July", "2027-07-21", "past"),
        D("Friday 6 August 2027", "2027-08-06", "deadline"),
        D("24/06", "2027-06-24", "past"),
        D("Mon 26th", "2027-07-26", "deadline"),
        D("17 September 2027", "2027-09-17", "deadline"),
    ],
    commits=[
        C("la", "finalise the plan as drafted", None,
          "If I do not hear from you by 6 August, the plan will be finalised as drafted."),
        C("la", "chase the three consultations", "2027-07-26", "I'll chase all three on Mon 26th."),
    ],
)  # fmt: skip

m030 = M(
    30, "representations", "t12-draft-amended-plan", "2027-08-06 00:40:22",
    HANNAH, [GIDEON], f"Re: Draft amended EHC plan - Arlo Lindqvist - {EMC} - our representations",
    cc=[TOMAS], reply_to=m029, quote="gmail", utc=True,
    new="""Dear Gideon,

Update 16. These are our representations on the draft amended plan, sent before the deadline on Friday 6 August.

1. Section B: the draft still describes Arlo as "settled and making good progress" (page 3). That was Marrowdale's wording from before the move and is no longer true.
2. Section B: please add Dr Coyle's finding that Arlo cannot currently manage any group larger than three children.
3. Section F: the 10 hours of tuition need to be specified properly (who, how often, for how long) and not "as arranged by the local authority".
4. Section I: under section 38(2)(b) of the Children and Families Act 2014 we ask that Wrenfield House School be named. It is an independent special school approved under section 41, for autistic children aged 7 to 16, with classes of six. We visited Wrenfield on Thursday 5 August and they have agreed to assess Arlo.
5. We would like to meet you to discuss the draft. I can do any day in the week of 16 August except the Tuesday.

I will send Wrenfield's offer letter as soon as I have it.

Hannah and Tomas Lindqvist""",
    sig="",
    from_la=False, category="draft_plan", refs=[EMC],
    dates=[
        D("Friday 6 August", "2027-08-06", "deadline"),
        D("Thursday 5 August", "2027-08-05", "past"),
        D("the week of 16 August", "2027-08-16", "other"),
    ],
    commits=[C("parent", "send Wrenfield's offer letter", None, "I will send Wrenfield's offer letter as soon as I have it.")],
)  # fmt: skip

m031 = M(
    31, "auto_reply_gideon", "t12-draft-amended-plan", "2027-08-06 00:40:51",
    GIDEON, [HANNAH], f"Automatic reply: Re: Draft amended EHC plan - Arlo Lindqvist - {EMC} - our representations",
    reply_to=m030, quote="none", sig="",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""Thank you for your email. I am out of the office until Monday 23rd August 2027 with limited access to email.

For urgent matters please contact the SEND duty line on 01632 960200 or send.statutory@eastmere.gov.uk.

Gideon Marchbanks, EHC Coordinator""",
    from_la=True, category="general", refs=[EMC],
    dates=[D("Monday 23rd August 2027", "2027-08-23", "other")],
)  # fmt: skip

m032 = M(
    32, "direct_payment_made", "t11-direct-payment", "2027-08-06 14:22:35",
    SUNITA, [HANNAH], f"RE: Personal budget - tuition element - Arlo Lindqvist - {DP}",
    reply_to=m028, quote="outlook", fmt="html", cte="base64",
    new="""Dear Mrs Lindqvist,

I can confirm that the first payment of £1,240.00 was made to your direct payment account today.

The next payment will be made on Friday 3 September 2027, and then every four weeks.

Please keep Ms Ferrars' invoices (for example INV-0007) and the bank statements for the direct payment account, as we audit all new direct payments after the first three months.""",
    from_la=True, category="general", refs=[DP],
    dates=[
        D("today", "2027-08-06", "other"),
        D("Friday 3 September 2027", "2027-09-03", "deadline"),
    ],
    commits=[C("la", "make the next direct payment", "2027-09-03",
               "The next payment will be made on Friday 3 September 2027, and then every four weeks.")],
)  # fmt: skip

MSGS = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016,
        m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030, m031, m032]  # fmt: skip
