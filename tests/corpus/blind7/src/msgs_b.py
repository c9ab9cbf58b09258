"""Messages 033-062 (August 2027 to March 2028)."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from msgs_a import EMC, m027
from people import (
    ALDOUS,
    COMPLAINTS,
    DESMOND,
    FEEDBACK_NOREPLY,
    GIDEON,
    HANNAH,
    KELVIN,
    LEGAL,
    LEONIE,
    OLU,
    PENROSE,
    RHONA,
    TOMAS,
    TRIBUNAL,
)

EH = "EH961/27/00412"
LEG = "LEG/ED/27/0093"
CF = "ECC-CF-27-3318"
HD = f"HD 22/02/2028 | {EH} | Arlo Lindqvist"

_FWD = """-----Original Message-----
From: SEN Placements Team <sen.placements@eastmere.gov.uk>
Sent: 19 August 2027 15:02
To: Marchbanks, Gideon <gideon.marchbanks@eastmere.gov.uk>
Subject: FW: Consultation response - Arlo Lindqvist

Gideon - see below, Oakhanger's reply came to us rather than you. Will you let mum know? Thx, Petra

-----Original Message-----
From: Oakhanger Park School Admin <admin@oakhangerpark.eastmere.sch.uk>
Sent: 18 August 2027 11:15
To: SEN Placements Team <sen.placements@eastmere.gov.uk>
Subject: Consultation response - Arlo Lindqvist

Dear Sir or Madam,

Re: Arlo Lindqvist, DOB 19/06/2018, Eastmere ref EM/EHC/27/01193

The governing body has considered the consultation dated 24 June 2027. We regret that we are unable to admit Arlo: Years 4 and 5 are full to our commissioned number of 12 pupils per class and we have no capacity to take a further pupil with Arlo's level of need. We will keep Arlo's papers on file and will write to the local authority if a place becomes available during the spring term.

Yours faithfully,
A. Whitlock, School Business Manager, Oakhanger Park School"""

m033 = M(
    33, "fw_fw_consultation", "t13-consultations", "2027-08-24 10:30:41",
    GIDEON, [HANNAH], f"FW: FW: Consultation response - Arlo Lindqvist - {EMC}",
    cc=[TOMAS],
    segments=[
        ("new", """Dear Mrs Lindqvist,

I am back from leave and am forwarding Oakhanger Park's response below, which our Placements Team passed to me while I was away. I am sorry it is not better news.

The Beeches also replied on 10 August that it cannot meet Arlo's needs (its letter will follow), and Castlegate's resource base has not replied yet, though hopefully we will hear from them this week.

I will take your request for Wrenfield House School to our Placements Panel on 2 September."""),
        ("sig", GIDEON.sig),
        ("quote", _FWD),
    ],
    from_la=True, category="general", refs=[EMC],
    dates=[
        D("10 August", "2027-08-10", "past"),
        D("2 September", "2027-09-02", "meeting"),
    ],
    commits=[C("la", "take the Wrenfield request to the Placements Panel", "2027-09-02",
               "I will take your request for Wrenfield House School to our Placements Panel on 2 September.")],
)  # fmt: skip

m034 = M(
    34, "re_fw_consultation_questions", "t13-consultations", "2027-08-24 21:02:17",
    HANNAH, [GIDEON], f"Re: FW: FW: Consultation response - Arlo Lindqvist - {EMC}",
    cc=[TOMAS], reply_to=m033, quote="gmail",
    new="""Dear Gideon,

Update 17. Thank you for forwarding this. Some questions before the panel on the 2nd:

1. Has Castlegate actually been sent the papers, and when were they chased?
2. Can I attend the Placements Panel, or send a written statement to it?
3. Who sits on the panel?
4. If the panel says no to Wrenfield, which school will the council name?

Hannah""",
    sig="",
    from_la=False, category="information_request", refs=[EMC],
    dates=[D("the 2nd", "2027-09-02", "meeting")],
)  # fmt: skip

m035 = M(
    35, "re_consultation_answers", "t13-consultations", "2027-08-26 11:47:29",
    GIDEON, [HANNAH], f"RE: FW: FW: Consultation response - Arlo Lindqvist - {EMC}",
    reply_to=m034, quote="outlook", fmt="html", cte="quoted-printable",
    new="""Dear Mrs Lindqvist,

1. Yes. Castlegate was consulted on 24/06/2027 and chased on 26/07/2027 and again on 16.08.27.
2. Parents do not attend the Placements Panel, but you are very welcome to send a written statement, which I will put in front of the panel if I receive it by Tuesday 31 August.
3. The panel is chaired by the Head of SEND and includes an educational psychologist, a special school head and a finance officer.
4. I cannot pre-empt the panel's decision.

I will phone you on the afternoon of Thursday 2nd September with the outcome.""",
    from_la=True, category="general", refs=[EMC],
    dates=[
        D("24/06/2027", "2027-06-24", "past"),
        D("26/07/2027", "2027-07-26", "past"),
        D("16.08.27", "2027-08-16", "past"),
        D("Tuesday 31 August", "2027-08-31", "deadline"),
        D("Thursday 2nd September", "2027-09-02", "meeting"),
    ],
    commits=[
        C("la", "put the parent's statement before the panel", None,
          "Parents do not attend the Placements Panel, but you are very welcome to send a written statement, which I will put in front of the panel if I receive it by Tuesday 31 August."),
        C("la", "phone with the panel outcome", "2027-09-02",
          "I will phone you on the afternoon of Thursday 2nd September with the outcome."),
    ],
)  # fmt: skip

m036 = M(
    36, "final_plan_chaser", "t14-final-plan-chaser", "2027-09-13 09:05:52",
    HANNAH, [GIDEON], "Final amended plan - Arlo Lindqvist - deadline Friday 17 September",
    cc=[RHONA, TOMAS],
    new=f"""Dear Gideon,

Update 19. Further to your phone call on 2 September telling us that the Placements Panel had turned down Wrenfield, I have heard nothing more.

The council's own amendment notice was dated 23 July, so the final amended plan must be issued by Friday 17 September. Arlo has now been out of school since 21 June, with only the tuition, and he has started Year 4 at our kitchen table.

1. Will the final amended plan be issued by Friday?
2. Which school will be named in section I?
3. Has Castlegate replied?
4. Why was the panel's decision not put in writing?

I am copying Mrs Pettifer as I understand she is your manager.

Hannah Lindqvist
Arlo's mum - EHC plan {EMC}""",
    sig="",
    from_la=False, category="chaser", refs=[EMC],
    dates=[
        D("2 September", "2027-09-02", "past"),
        D("23 July", "2027-07-23", "past"),
        D("Friday 17 September", "2027-09-17", "deadline"),
        D("21 June", "2027-06-21", "past"),
    ],
)  # fmt: skip

m037 = M(
    37, "re_chaser_noted", "t14-final-plan-chaser", "2027-09-13 10:12:08",
    RHONA, [HANNAH], "RE: Final amended plan - Arlo Lindqvist - deadline Friday 17 September",
    cc=[GIDEON], reply_to=m036, quote="outlook",
    new="Noted, will revert by Weds.",
    from_la=True, category="acknowledgement",
    dates=[D("Weds", "2027-09-15", "deadline")],
    commits=[C("la", "reply to the chaser", "2027-09-15", "Noted, will revert by Weds.")],
)  # fmt: skip

m038 = M(
    38, "re_chaser_delay", "t14-final-plan-chaser", "2027-09-15 17:48:33",
    RHONA, [HANNAH], "RE: Final amended plan - Arlo Lindqvist - deadline Friday 17 September",
    cc=[GIDEON], reply_to=m037, quote="outlook",
    new="Final amended plan won't make Fri, panel wants Castlegate's answer first. Aim now w/c 27/9. Apols.",
    from_la=True, category="delay_notice",
    dates=[
        D("Fri", "2027-09-17", "deadline"),
        D("w/c 27/9", "2027-09-27", "other"),
    ],
)  # fmt: skip

m039 = M(
    39, "re_chaser_angry", "t14-final-plan-chaser", "2027-09-15 21:34:10",
    HANNAH, [RHONA], "Re: Final amended plan - Arlo Lindqvist - deadline Friday 17 September",
    cc=[GIDEON, TOMAS], reply_to=m038, quote="gmail",
    new="""Mrs Pettifer,

That is not acceptable. The 8 weeks is the law, not an aim, and Arlo has been out of school for 12 weeks already. Castlegate has had the papers since June.

I'll send a formal complaint tomorrow.

Hannah Lindqvist""",
    sig="",
    from_la=False, category="chaser",
    dates=[D("tomorrow", "2027-09-16", "deadline")],
    commits=[C("parent", "send a formal complaint", "2027-09-16", "I'll send a formal complaint tomorrow.")],
)  # fmt: skip

m040 = M(
    40, "formal_complaint", "t15-complaint", "2027-09-16 07:30:19",
    HANNAH, [COMPLAINTS], f"Formal complaint - Stage 1 - Arlo Lindqvist ({EMC})",
    cc=[RHONA],
    new="""Dear Customer Feedback team,

I wish to make a formal Stage 1 complaint about the way Eastmere's SEND Statutory Services have handled my son Arlo's EHC plan since we moved into the county.

Timeline (from my log):
- 12 April: Marrowdale transferred Arlo's plan to Eastmere.
- 17 June: emergency review; the placement at Fennick Lane had broken down. Arlo has been out of school since Monday 21 June.
- 15 July: the date by which we were promised the draft amended plan. It came on 23 July.
- 17 September: the date by which the law requires the final amended plan. On Wednesday the SEND Team Manager told me it will miss that date.

What I would like:
1. The final amended plan issued by Friday 24 September.
2. A written apology.
3. A remedy for the weeks of provision Arlo has missed.

If I do not have the final plan by then I will complain to the Local Government and Social Care Ombudsman as well as appealing.

Hannah Lindqvist
14 Copperbeech Rise, Eastmere EM4 7QT""",
    sig="",
    from_la=False, category="complaint", refs=[EMC],
    dates=[
        D("12 April", "2027-04-12", "past"),
        D("17 June", "2027-06-17", "past"),
        D("Monday 21 June", "2027-06-21", "past"),
        D("15 July", "2027-07-15", "past"),
        D("23 July", "2027-07-23", "past"),
        D("17 September", "2027-09-17", "deadline"),
        D("On Wednesday", "2027-09-15", "past"),
        D("Friday 24 September", "2027-09-24", "deadline"),
    ],
    commits=[C("parent", "complain to the Ombudsman and appeal", None,
               "If I do not have the final plan by then I will complain to the Local Government and Social Care Ombudsman as well as appealing.")],
)  # fmt: skip

m041 = M(
    41, "complaint_auto_ack", "t15-complaint", "2027-09-16 07:31:02",
    FEEDBACK_NOREPLY, [HANNAH], f"Your complaint has been received - reference {CF}",
    reply_to=m040, quote="none", sig="", cte="7bit", charset="us-ascii",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    new=f"""Thank you for contacting Eastmere County Council.

Your complaint has been logged under reference {CF}. Please quote this reference in any further correspondence.

We aim to respond within 10 working days, by 30 September 2027. If your complaint is about a child's special educational needs, the SEND service will also be told that you have complained.

This mailbox is not monitored. Please do not reply to this email.""",
    from_la=True, category="complaint", refs=[CF],
    dates=[D("30 September 2027", "2027-09-30", "deadline")],
    commits=[C("la", "respond to the complaint", "2027-09-30",
               "We aim to respond within 10 working days, by 30 September 2027.")],
)  # fmt: skip

m042 = M(
    42, "final_amended_plan", "t16-final-amended-plan", "2027-09-30 12:02:45",
    GIDEON, [HANNAH], f"Final amended EHC plan - Arlo Lindqvist - {EMC}",
    cc=[TOMAS, KELVIN], fmt="alt",
    attachments=[
        Att("Arlo Lindqvist - final amended EHCP 30.09.27.pdf", "application/pdf", fake_pdf("Final amended EHCP")),
        Att("Decision letter and appeal rights.pdf", "application/pdf", fake_pdf("Appeal rights")),
    ],
    new="""Dear Mrs Lindqvist,

Please find attached Arlo's final amended EHC plan, dated 30 September 2027, with the decision letter. I apologise that it is later than the 17 September deadline.

Section I names the Autism Resource Base at Castlegate Primary School, which confirmed on 22/09/27 that it can admit Arlo. The proposed start date is Monday 11 October. Transport will be arranged by Kelvin Ashdown, who is copied in.

The council considered your request for Wrenfield House School, but the Placements Panel decided that Castlegate can meet Arlo's needs and that Wrenfield would be incompatible with the efficient use of resources.

You have the right to appeal to the First-tier Tribunal (SEND) against sections B, F and I of the plan. You must register an appeal within two months of the date of the decision letter, i.e. by 30 November 2027, or within one month of the date of a mediation certificate if that is later. If your appeal is only about the school named in section I, you do not need to contact a mediation adviser first.

I will arrange a transition visit to Castlegate for the week of 4 October.""",
    from_la=True, category="final_plan", refs=[EMC],
    dates=[
        D("30 September 2027", "2027-09-30", "other"),
        D("17 September", "2027-09-17", "past"),
        D("22/09/27", "2027-09-22", "past"),
        D("Monday 11 October", "2027-10-11", "other"),
        D("30 November 2027", "2027-11-30", "deadline"),
        D("the week of 4 October", "2027-10-04", "other"),
    ],
    commits=[C("la", "arrange a transition visit to Castlegate", None,
               "I will arrange a transition visit to Castlegate for the week of 4 October.")],
)  # fmt: skip

m043 = M(
    43, "stage1_response", "t15-complaint", "2027-09-30 16:15:27",
    LEONIE, [HANNAH], f"Stage 1 complaint response - {CF}",
    reply_to=m041, quote="none", charset="iso-8859-1", cc=[RHONA],
    new=f"""Dear Mrs Lindqvist,

Our reference: {CF}
EHC plan reference: {EMC}

Thank you for your complaint of 16 September 2027 about the handling of your son Arlo's EHC plan. I have spoken to the SEND Team Manager and the EHC Coordinator and read the case records.

Findings
1. The draft amended plan was promised for 15 July 2027 and sent on 23 July 2027. I uphold this part of your complaint.
2. The final amended plan should have been issued by 17 September 2027. It was issued today, 13 days late. I uphold this part of your complaint.
3. The home tuition arranged from 28 June 2027 provided 10 hours a week and not the 25 hours of support in Arlo's plan. I partly uphold this part of your complaint.

Remedy
The council apologises for these failings. A payment of £450 in recognition of the provision Arlo has missed will be made within 20 working days of the date of this letter. Mrs Pettifer will write to you separately about interim provision until Arlo starts his new placement. The SEND service will also review how it handles plans transferred from other councils during the spring term.

If you are not satisfied with this response you may ask for your complaint to be considered at Stage 2 by writing to us by 29 October 2027.

Yours sincerely,""",
    from_la=True, category="complaint", refs=[CF, EMC],
    dates=[
        D("16 September 2027", "2027-09-16", "past"),
        D("15 July 2027", "2027-07-15", "past"),
        D("23 July 2027", "2027-07-23", "past"),
        D("17 September 2027", "2027-09-17", "past"),
        D("today", "2027-09-30", "other"),
        D("28 June 2027", "2027-06-28", "past"),
        D("within 20 working days of the date of this letter", "2027-10-28", "deadline"),
        D("29 October 2027", "2027-10-29", "deadline"),
    ],
    commits=[
        C("la", "pay £450 for missed provision", "2027-10-28",
          "A payment of £450 in recognition of the provision Arlo has missed will be made within 20 working days of the date of this letter."),
        C("la", "write about interim provision", None,
          "Mrs Pettifer will write to you separately about interim provision until Arlo starts his new placement."),
        C("la", "review handling of transferred plans", None,
          "The SEND service will also review how it handles plans transferred from other councils during the spring term."),
    ],
)  # fmt: skip

m044 = M(
    44, "re_final_plan_appeal", "t16-final-amended-plan", "2027-10-01 06:55:03",
    HANNAH, [GIDEON], f"Re: Final amended EHC plan - Arlo Lindqvist - {EMC}",
    cc=[TOMAS, KELVIN], reply_to=m042, quote="gmail",
    new="""Dear Gideon,

Update 23. Thank you for sending the plan at last.

We will appeal section I. Castlegate's resource base is a base for eight children inside a school of 630, and every part of a mainstream day - the hall, the playground, the corridors - is what Arlo could not cope with at Fennick Lane.

We will still do the transition visit, because I don't want anyone to say we were unreasonable. Tuesday 5 October or Wednesday 6 October would suit us best.

Hannah""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EMC],
    dates=[
        D("Tuesday 5 October", "2027-10-05", "meeting"),
        D("Wednesday 6 October", "2027-10-06", "meeting"),
    ],
    commits=[
        C("parent", "appeal section I", None, "We will appeal section I."),
        C("parent", "do the transition visit", None,
          "We will still do the transition visit, because I don't want anyone to say we were unreasonable."),
    ],
)  # fmt: skip

m045 = M(
    45, "fwd_to_sendiass", "t17-sendiass", "2027-10-01 07:20:36",
    HANNAH, [OLU], f"Fwd: Final amended EHC plan - Arlo Lindqvist - {EMC}",
    reply_to=m042, quote="fwd", irt=False,
    new="""Hi Olu,

As we discussed on the phone on Wednesday, here is the final plan email from Eastmere. We want to appeal section I and ask for Wrenfield House School to be named.

1. Do I need a mediation certificate? Gideon says not.
2. Can I ask for the hearing to be after February half term? Tomas is abroad for work until then.
3. Could you check my SEND35 before I send it?

Thank you so much,
Hannah""",
    sig="",
    from_la=False, category="general", refs=[EMC],
    dates=[D("on Wednesday", "2027-09-29", "past")],
)  # fmt: skip

m046 = M(
    46, "re_sendiass_advice", "t17-sendiass", "2027-10-04 12:40:15",
    OLU, [HANNAH], f"Re: Fwd: Final amended EHC plan - Arlo Lindqvist - {EMC}",
    reply_to=m045, quote="gmail",
    new="""Hi Hannah,

1. Gideon is right. Your appeal is only about the school named in section I, so you do not need a mediation certificate; tick the box on the SEND35 that says so.
2. You can't choose the date. The Tribunal sets the hearing date, usually around 12 weeks after registration, but you can tell them on the SEND35 about dates you cannot attend.
3. Yes, of course. If you send it to me by Thursday, I will return my comments by Monday 11 October.

The Tribunal must receive your appeal by 30 November 2027, so there is plenty of time, but please don't leave it to the last week.""",
    from_la=False, category="general", refs=[EMC],
    dates=[
        D("by Thursday", "2027-10-07", "deadline"),
        D("Monday 11 October", "2027-10-11", "deadline"),
        D("30 November 2027", "2027-11-30", "deadline"),
    ],
    commits=[C("other", "return comments on the SEND35", "2027-10-11",
               "If you send it to me by Thursday, I will return my comments by Monday 11 October.")],
)  # fmt: skip

m047 = M(
    47, "re_final_plan_visit_booked", "t16-final-amended-plan", "2027-10-04 15:05:50",
    GIDEON, [HANNAH], f"RE: Final amended EHC plan - Arlo Lindqvist - {EMC}",
    cc=[TOMAS], reply_to=m044, quote="outlook",
    new="""Dear Mrs Lindqvist,

I have booked the visit to Castlegate for Tuesday 5 October at 10am. Mrs Khan, who leads the resource base, will meet you at the main office.

I note your intention to appeal.""",
    from_la=True, category="appointment", refs=[EMC],
    dates=[D("Tuesday 5 October", "2027-10-05", "meeting")],
    commits=[C("school", "meet the family at the main office", None,
               "Mrs Khan, who leads the resource base, will meet you at the main office.")],
)  # fmt: skip

m048 = M(
    48, "autism_assessment_feedback", "t10-camhs", "2027-11-02 13:25:09",
    ALDOUS, [HANNAH], "Arlo Lindqvist - autism assessment and feedback appointment",
    reply_to=m027, quote="outlook",
    new="""Dear Mrs Lindqvist,

Thank you for bringing Arlo to the assessment on 26 October; he worked really hard. As you know, the full assessment came through sooner than we expected because of a cancellation.

I would like to see you and Arlo's father, without Arlo, for a feedback appointment on Thursday 11 November at 11am at Lakeside.

I will write the full report within four weeks of the feedback appointment, so by 9 December 2027. With your consent, I'll send a copy to Mr Marchbanks and to the Tribunal.

Arlo's NHS number is 943 476 5919 if you need to quote it.""",
    from_la=False, category="appointment",
    dates=[
        D("26 October", "2027-10-26", "past"),
        D("Thursday 11 November", "2027-11-11", "meeting"),
        D("9 December 2027", "2027-12-09", "deadline"),
    ],
    commits=[
        C("health", "write the full autism assessment report", "2027-12-09",
          "I will write the full report within four weeks of the feedback appointment, so by 9 December 2027."),
        C("health", "send a copy of the report to the LA and the Tribunal", None,
          "With your consent, I'll send a copy to Mr Marchbanks and to the Tribunal."),
    ],
)  # fmt: skip

m049 = M(
    49, "re_autism_feedback", "t10-camhs", "2027-11-03 08:15:44",
    HANNAH, [ALDOUS], "Re: Arlo Lindqvist - autism assessment and feedback appointment",
    cc=[TOMAS], reply_to=m048, quote="gmail",
    new="""Dear Dr Aldous,

Thank you. We'll both be there on the 11th. Yes, please do copy the report to Gideon Marchbanks and to the Tribunal; the appeal reference is not through yet but I will send it to you when I have it.

Hannah""",
    sig="",
    from_la=False, category="appointment",
    dates=[D("the 11th", "2027-11-11", "meeting")],
    commits=[
        C("parent", "attend the feedback appointment", "2027-11-11", "We'll both be there on the 11th."),
        C("parent", "send the appeal reference", None,
          "the appeal reference is not through yet but I will send it to you when I have it"),
    ],
)  # fmt: skip

m050 = M(
    50, "tribunal_registration", "t18-tribunal-registration", "2027-11-17 10:15:33",
    TRIBUNAL, [HANNAH], f"{HD} | Registration and Directions",
    cc=[LEGAL], fmt="alt", cte="quoted-printable",
    attachments=[Att(f"{EH.replace('/', '-')} Registration letter.pdf", "application/pdf", fake_pdf("Registration"))],
    new=f"""First-tier Tribunal (Special Educational Needs and Disability)

Appeal number: {EH}
Child: Arlo Lindqvist
Local authority: Eastmere County Council

Dear Mrs Lindqvist,

Your appeal against section I of Arlo's EHC plan was received on 8 November 2027 and has been registered. The registration letter and the directions are attached.

The hearing will take place on Tuesday 22 February 2028 by video. It is listed for one day.

Directions
1. The local authority must send its response to the Tribunal and to the appellant by 10 January 2028.
2. The local authority must send a working document to the appellant by 25 January 2028, and the appellant must return it with her proposed wording by 1 February 2028.
3. Any further evidence must be sent by 8 February 2028.
4. Both parties must return the attendance form by 14 February 2028.

When you email the Tribunal, please keep the subject line of this email exactly as it is.

SEND Tribunal, HMCTS""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EH],
    dates=[
        D("8 November 2027", "2027-11-08", "past"),
        D("Tuesday 22 February 2028", "2028-02-22", "meeting"),
        D("10 January 2028", "2028-01-10", "deadline"),
        D("25 January 2028", "2028-01-25", "deadline"),
        D("1 February 2028", "2028-02-01", "deadline"),
        D("8 February 2028", "2028-02-08", "deadline"),
        D("14 February 2028", "2028-02-14", "deadline"),
    ],
)  # fmt: skip

m051 = M(
    51, "re_tribunal_registration", "t18-tribunal-registration", "2027-11-18 19:40:02",
    HANNAH, [TRIBUNAL], f"{HD} | Registration and Directions",
    cc=[LEGAL], reply_to=m050, quote="gmail",
    new="""Dear Sir or Madam,

Thank you for registering the appeal. I confirm that I have received the directions.

I will return the attendance form by 14 February 2028. My witness will be Mr Matthew Penrose, Head of Admissions at Wrenfield House School, and Arlo's father will attend with me.

Yours faithfully,
Hannah Lindqvist (appellant)""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EH],
    dates=[D("14 February 2028", "2028-02-14", "deadline")],
    commits=[
        C("parent", "return the attendance form", "2028-02-14", "I will return the attendance form by 14 February 2028."),
        C("parent", "attend the hearing with the father", None,
          "My witness will be Mr Matthew Penrose, Head of Admissions at Wrenfield House School, and Arlo's father will attend with me."),
    ],
)  # fmt: skip

m052 = M(
    52, "la_response", "t19-la-response", "2028-01-07 15:30:18",
    DESMOND, [HANNAH], f"{HD} | Local Authority Response",
    cc=[TRIBUNAL], charset="windows-1252",
    attachments=[
        Att("LA response - EH961-27-00412.pdf", "application/pdf", fake_pdf("LA response")),
        Att("LA evidence bundle part 1.pdf", "application/pdf", fake_pdf("Evidence")),
    ],
    new=f"""Dear Mrs Lindqvist,

Appeal {EH} – Arlo Lindqvist (DOB 19 June 2018)

I act for Eastmere County Council ("the Local Authority") in this appeal. In accordance with direction 1 of the Tribunal's directions of 17 November 2027, I enclose the Local Authority's response to your appeal, together with its supporting evidence.

The Local Authority opposes the appeal. Its position, in summary, is that:

(a) the Autism Resource Base at Castlegate Primary School, which has kept a place open for Arlo since the autumn term, is suitable for Arlo's age, ability, aptitude and special educational needs;

(b) Arlo's attendance at Wrenfield House School, whose annual fees are £68,400, would be incompatible with the efficient use of resources within section 39(4)(b) of the Children and Families Act 2014, when compared with the cost of the Castlegate placement (£24,100 a year including transport).

The Local Authority will send you the draft working document by 25 January 2028, as directed. Mr Marchbanks will give evidence at the hearing as the Local Authority's witness.

Please address any correspondence about the appeal to me, quoting the reference below.

Yours sincerely,""",
    from_la=True, category="mediation_tribunal", refs=[EH, LEG],
    dates=[
        D("19 June 2018", "2018-06-19", "past"),
        D("17 November 2027", "2027-11-17", "past"),
        D("25 January 2028", "2028-01-25", "deadline"),
    ],
    commits=[
        C("la", "send the draft working document", "2028-01-25",
          "The Local Authority will send you the draft working document by 25 January 2028, as directed."),
        C("la", "give evidence at the hearing", None,
          "Mr Marchbanks will give evidence at the hearing as the Local Authority's witness."),
    ],
)  # fmt: skip

m053 = M(
    53, "working_document", "t19-la-response", "2028-01-24 11:20:46",
    DESMOND, [HANNAH], f"{HD} | Working Document",
    reply_to=m052, quote="outlook", charset="windows-1252",
    attachments=[Att("Working document - Arlo Lindqvist.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fake_docx("WD"))],
    new="""Dear Mrs Lindqvist,

Further to my letter of 7 January, I attach the draft working document in accordance with direction 2. The Local Authority's wording for section I is in the left-hand column.

Please add your proposed wording in the right-hand column and return the document to me by 5pm on Tuesday 1 February 2028.

I will then file the combined version with the Tribunal by 8 February 2028.

Yours sincerely,""",
    from_la=True, category="mediation_tribunal", refs=[EH, LEG],
    dates=[
        D("7 January", "2028-01-07", "past"),
        D("Tuesday 1 February 2028", "2028-02-01", "deadline"),
        D("8 February 2028", "2028-02-08", "deadline"),
    ],
    commits=[C("la", "file the combined working document", "2028-02-08",
               "I will then file the combined version with the Tribunal by 8 February 2028.")],
)  # fmt: skip

m054 = M(
    54, "re_working_document", "t19-la-response", "2028-02-01 16:41:29",
    HANNAH, [DESMOND], f"{HD} | Working Document",
    cc=[TRIBUNAL, TOMAS], reply_to=m053, quote="outlook",
    attachments=[
        Att("Working document - Arlo Lindqvist - parent column.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fake_docx("WD parent")),
        Att("Dr Aldous report 06.12.2027.pdf", "application/pdf", fake_pdf("Aldous")),
        Att("Wrenfield offer 12.01.2028.pdf", "application/pdf", fake_pdf("Wrenfield offer")),
    ],
    new="""Dear Mr Okafor-Reid,

Update 31. Attached is the working document with our wording in the right-hand column.

1. Section I: our wording is "Wrenfield House School, Wrenfield Lane, Mereside (independent special school)".
2. Section F: we have added Dr Aldous' recommendations on class size and a low-arousal environment, which we say only Wrenfield can deliver.
3. Also attached, as further evidence, are Dr Aldous' report dated 6 December 2027 and Wrenfield's offer letter of 12 January.

Sorry this is coming at the end of the day - it has been a week.

Hannah Lindqvist""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EH],
    dates=[
        D("6 December 2027", "2027-12-06", "past"),
        D("12 January", "2028-01-12", "past"),
    ],
)  # fmt: skip

m055 = M(
    55, "la_concession", "t20-concession", "2028-02-11 17:20:04",
    DESMOND, [HANNAH], f"{HD} | Local Authority's position",
    cc=[TRIBUNAL, GIDEON], charset="windows-1252",
    new=f"""Dear Mrs Lindqvist,

Appeal {EH}

Following a further review of the evidence, in particular Dr Aldous' report and the letter from the Castlegate resource base dated 9 February 2028, which says that it can no longer offer Arlo a place, the Local Authority has decided not to oppose your appeal.

The Local Authority will name Wrenfield House School in section I of Arlo's EHC plan. I will write to the Tribunal today to ask that the hearing on 22 February be vacated and that a consent order be made. I will send you a draft consent order on Monday.

The Local Authority will issue the amended plan within the period the regulations allow once the order is made, and it will also arrange transport to Wrenfield from the start of the placement.

I apologise for the lateness of this change of position.

Yours sincerely,""",
    from_la=True, category="mediation_tribunal", refs=[EH, LEG],
    dates=[
        D("9 February 2028", "2028-02-09", "past"),
        D("today", "2028-02-11", "deadline"),
        D("22 February", "2028-02-22", "meeting"),
        D("on Monday", "2028-02-14", "deadline"),
    ],
    commits=[
        C("la", "name Wrenfield House School in section I", None,
          "The Local Authority will name Wrenfield House School in section I of Arlo's EHC plan."),
        C("la", "ask the Tribunal to vacate the hearing", "2028-02-11",
          "I will write to the Tribunal today to ask that the hearing on 22 February be vacated and that a consent order be made."),
        C("la", "send a draft consent order", "2028-02-14", "I will send you a draft consent order on Monday."),
        C("la", "issue the amended plan and arrange transport", None,
          "The Local Authority will issue the amended plan within the period the regulations allow once the order is made, and it will also arrange transport to Wrenfield from the start of the placement."),
    ],
)  # fmt: skip

m056 = M(
    56, "re_concession_agree", "t20-concession", "2028-02-13 23:40:12",
    HANNAH, [DESMOND], f"Re: {HD} | Local Authority's position",
    cc=[TOMAS, GIDEON], reply_to=m055, quote="gmail", irt=False,
    new="""Dear Mr Okafor-Reid

Thank you. We agree to a consent order naming Wrenfield, and to tranport being arranged from day one. Please can the order say that Arlo starts on 13 March 2028, as Wrenfield has offered.

I'll sign the draft order as soon as I get it.

Hannah

Sent from my iPhone""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EH],
    dates=[D("13 March 2028", "2028-03-13", "other")],
    commits=[C("parent", "sign the draft consent order", None, "I'll sign the draft order as soon as I get it.")],
)  # fmt: skip

m057 = M(
    57, "draft_consent_order", "t20-concession", "2028-02-14 10:05:37",
    DESMOND, [HANNAH], f"RE: {HD} | Local Authority's position | draft consent order",
    cc=[GIDEON], reply_to=m056, quote="outlook", charset="windows-1252",
    attachments=[Att("Draft consent order - EH961-27-00412.pdf", "application/pdf", fake_pdf("Draft order"))],
    new="""Dear Mrs Lindqvist,

Thank you for your email of Sunday evening. I attach the draft consent order. Paragraph 2 records the start date of 13 March 2028, as you asked.

Please sign and return it by 12 noon on Wednesday 16 February, so that it can be filed before the hearing date.

Yours sincerely,""",
    from_la=True, category="mediation_tribunal", refs=[EH, LEG],
    dates=[
        D("Sunday evening", "2028-02-13", "past"),
        D("13 March 2028", "2028-03-13", "other"),
        D("Wednesday 16 February", "2028-02-16", "deadline"),
    ],
)  # fmt: skip

m058 = M(
    58, "consent_order_made", "t21-tribunal-order", "2028-02-18 14:50:21",
    TRIBUNAL, [HANNAH], f"{HD} | Consent Order - Hearing Vacated",
    cc=[LEGAL], fmt="html", cte="quoted-printable", zone_name="GMT",
    attachments=[Att("Consent order - EH961-27-00412.pdf", "application/pdf", fake_pdf("Consent order"))],
    new=f"""Appeal number: {EH}

Dear Mrs Lindqvist,

A Tribunal Judge has considered the consent order agreed between the parties and has made the order attached, dated 17 February 2028.

The hearing listed for 22 February 2028 has been vacated. You do not need to attend.

Under regulation 44 the local authority must issue the amended plan within five weeks of the date of the order, that is by 23 March 2028.

SEND Tribunal, HMCTS""",
    sig="",
    from_la=False, category="mediation_tribunal", refs=[EH],
    dates=[
        D("17 February 2028", "2028-02-17", "past"),
        D("22 February 2028", "2028-02-22", "meeting"),
        D("23 March 2028", "2028-03-23", "deadline"),
    ],
)  # fmt: skip

m059 = M(
    59, "final_plan_wrenfield", "t22-final-plan-wrenfield", "2028-03-02 11:00:39",
    GIDEON, [HANNAH], f"Amended final EHC plan - Arlo Lindqvist - Wrenfield House School - {EMC}",
    cc=[TOMAS, PENROSE, KELVIN], fmt="alt",
    attachments=[Att("Arlo Lindqvist - final amended EHCP 02.03.28.pdf", "application/pdf", fake_pdf("Final EHCP"))],
    new="""Dear Mrs Lindqvist,

Following the consent order of 17/02/2028, please find attached Arlo's amended final EHC plan. Section I now names Wrenfield House School, and section F includes Dr Aldous' recommendations as agreed in the working document.

Arlo will start at Wrenfield on Monday 13 March 2028. There will be a transition morning for him at Wrenfield on Wed 8th March.

Kelvin Ashdown will confirm the taxi and passenger assistant to you by Thursday 9 March. The direct payment for Ms Ferrars will end after Friday 10 March, when the tuition stops.

I know this has been a very long year for your family, and I am glad we have reached a good outcome for Arlo.""",
    from_la=True, category="final_plan", refs=[EMC],
    dates=[
        D("17/02/2028", "2028-02-17", "past"),
        D("Monday 13 March 2028", "2028-03-13", "other"),
        D("Wed 8th March", "2028-03-08", "meeting"),
        D("Thursday 9 March", "2028-03-09", "deadline"),
        D("Friday 10 March", "2028-03-10", "other"),
    ],
    commits=[C("la", "confirm the taxi and passenger assistant", "2028-03-09",
               "Kelvin Ashdown will confirm the taxi and passenger assistant to you by Thursday 9 March.")],
)  # fmt: skip

m060 = M(
    60, "re_final_plan_thanks", "t22-final-plan-wrenfield", "2028-03-03 07:12:55",
    HANNAH, [GIDEON], f"Re: Amended final EHC plan - Arlo Lindqvist - Wrenfield House School - {EMC}",
    cc=[TOMAS, PENROSE, KELVIN], reply_to=m059, quote="gmail",
    new="""Dear Gideon,

Update 40 (the last one, I hope!). Thank you - we read the plan last night and it is right. Arlo has already packed his Wrenfield bag.

We'll be at the transition morning on the 8th.

Hannah""",
    sig="",
    from_la=False, category="general", refs=[EMC],
    dates=[D("the 8th", "2028-03-08", "meeting")],
    commits=[C("parent", "attend the transition morning", "2028-03-08", "We'll be at the transition morning on the 8th.")],
)  # fmt: skip

m061 = M(
    61, "wrenfield_welcome", "t22-final-plan-wrenfield", "2028-03-06 16:25:11",
    PENROSE, [HANNAH], f"RE: Amended final EHC plan - Arlo Lindqvist - Wrenfield House School - {EMC}",
    cc=[TOMAS, GIDEON, KELVIN], reply_to=m060, quote="outlook",
    new="""Dear Hannah and Tomas,

We are all so looking forward to meeting Arlo properly. A few practical things for Wednesday:

• The transition morning runs from 9.30 to 12; please come to the blue door at the side of the main building.
• Arlo's key worker will be Miss Adeyemi. She will ring you tomorrow afternoon to introduce herself.
• No uniform for the first two weeks – whatever Arlo is comfortable in.
• Please bring his ear defenders and anything that helps him at home.

Warmest wishes,""",
    from_la=False, category="general", refs=[EMC],
    dates=[
        D("Wednesday", "2028-03-08", "meeting"),
        D("tomorrow afternoon", "2028-03-07", "meeting"),
    ],
    commits=[C("school", "ring the parents to introduce herself", "2028-03-07",
               "She will ring you tomorrow afternoon to introduce herself.")],
)  # fmt: skip

MSGS = [m033, m034, m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048,
        m049, m050, m051, m052, m053, m054, m055, m056, m057, m058, m059, m060, m061]  # fmt: skip
