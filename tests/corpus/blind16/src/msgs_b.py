"""Messages 035-068 (December 2027 to June 2028), each with its gold labels."""

from corpuslib import C, D, M, pdf
from msgs_a import ANDROID_SIG, DX, IPHONE, IPHONE_SIG, PB, REF, m026, m032, m034
from people import (
    ALISHA,
    BETHANY,
    CATRIN,
    COMPLAINTS,
    COUNCIL_TAX,
    DATA_PROTECTION,
    DUNCAN,
    FEEDBACK_NOREPLY,
    FRANCES,
    GT_DISCLAIMER,
    HAYLEY,
    IDRIS,
    LANTHORN,
    LGSCO,
    MAIREAD,
    PETER,
    RUKHSANA,
    SHELLEY,
    STUART,
)  # fmt: skip

CF = "CF/28/01473"
SAR = "IG/SAR/28/0391"
LG = "28 003 114"

# ---------------------------------------------------------------- t10 personal budget (cont.)

m035 = M(
    35, "re_pb_forms_returned", "t10-personal-budget", "2027-12-07 20:30:18",
    CATRIN, [RUKHSANA], f"Re: Personal budget request - Idris Rowlands - {PB}",
    reply_to=m032, quote="gmail",
    new="""Dear Rukhsana,

Thank you. Everything is attached:

1. the agreement, signed by me and by Idris (he has signed the nominee section);
2. Lanthorn Tutors' quote, with the tutor's name and DBS details;
3. the bank details form, for a new account I have opened just for this.

Lanthorn can only hold the tutor's afternoons until the 17th, so it would be brilliant if panel could approve it on the 15th.

Kind regards,
Catrin Rowlands""",
    attachments=[
        pdf("Direct payment agreement - signed.pdf"),
        pdf("Lanthorn Tutors - quotation Q-1187 - I Rowlands.pdf"),
        pdf("Bank account details form - completed.pdf"),
    ],
    category="general",
    refs=[PB],
    dates=[
        D("the 17th", "2027-12-17", "deadline"),
        D("the 15th", "2027-12-15", "meeting"),
    ],
)  # fmt: skip

m036 = M(
    36, "re_pb_approved", "t10-personal-budget", "2027-12-15 16:58:40",
    RUKHSANA, [CATRIN], f"RE: Personal budget request - Idris Rowlands - {PB}",
    reply_to=m035, quote="outlook", mid="exchange", fold=True, utc=True, fmt="html",
    charset="iso-8859-1", from_la=True,
    new="""Dear Ms Rowlands,

I'm pleased to confirm that the Personal Budgets Panel approved Idris's personal budget this afternoon.

The budget for the spring term is £2,660 (70 hours of tuition at £38 an hour), paid four-weekly in advance into the account you gave us. The first payment of £608 will be made on Friday 7 January 2028.

Please keep Lanthorn's invoices and the tutor's timesheets. I will ask for them at the end of each term.

The council will review the amount at Idris's next review, or earlier if his plan is amended.

Kind regards,""",
    category="general",
    refs=[PB],
    dates=[
        D("this afternoon", "2027-12-15", "meeting"),
        D("Friday 7 January 2028", "2028-01-07", "deadline"),
    ],
    commits=[
        C("la", "make the first payment", "2028-01-07", "The first payment of £608 will be made on Friday 7 January 2028."),
        C("la", "ask for invoices and timesheets each term", None, "I will ask for them at the end of each term."),
        C("la", "review the budget amount", None, "The council will review the amount at Idris's next review, or earlier if his plan is amended."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t11 tutor agency (cont.)

m037 = M(
    37, "re_tuition_book_owen", "t11-lanthorn", "2027-12-15 19:20:05",
    CATRIN, [LANTHORN], "Re: Tuition for my son - written quote needed for a council personal budget",
    reply_to=m034, quote="apple", mid="apple", mailer=IPHONE, sig=IPHONE_SIG,
    new="""Approved today!! Please go ahead and book Owen for Tuesdays and Thursdays, 1–3pm.

Could he do the meet-and-greet on Thursday 6 January?

Catrin""",
    category="appointment",
    dates=[
        D("today", "2027-12-15", "other"),
        D("Thursday 6 January", "2028-01-06", "meeting"),
    ],
)  # fmt: skip

m038 = M(
    38, "re_tuition_confirmed", "t11-lanthorn", "2027-12-16 09:40:33",
    LANTHORN, [CATRIN], "Re: Tuition for my son - written quote needed for a council personal budget",
    reply_to=m037, quote="gmail", mid="system", fmt="alt",
    new="""Wonderful news, Catrin - please pass on our congratulations to Idris.

Owen will come to you at 2pm on Thursday 6 January for the meet-and-greet, and the first lesson will be on Tuesday 11 January at 1pm. I'll send our tutoring agreement by email tomorrow.

Yvonne""",
    category="appointment",
    dates=[
        D("Thursday 6 January", "2028-01-06", "meeting"),
        D("Tuesday 11 January", "2028-01-11", "meeting"),
        D("tomorrow", "2027-12-17", "deadline"),
    ],
    commits=[
        C("other", "tutor to visit for the meet-and-greet", "2028-01-06", "Owen will come to you at 2pm on Thursday 6 January for the meet-and-greet, and the first lesson will be on Tuesday 11 January at 1pm."),
        C("other", "send the tutoring agreement", "2027-12-17", "I'll send our tutoring agreement by email tomorrow."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t12 consultation responses (forward of forwards)

_LORRAINE_FW = """-----Original Message-----
From: Lorraine Pike <post16.placements@greythorne.gov.uk>
Sent: 10 January 2028 16:52
To: Duncan Meriwether <duncan.meriwether@greythorne.gov.uk>
Subject: FW: Consultation - Idris Rowlands - GT/EHC/19/04417

Duncan - both responses below. Harrowfield's came in before Christmas but was saved to another young person's record, which is why it never reached you. Sorry. Moorgate's arrived today.

Lorraine Pike
Post-16 Placements Officer

-----Original Message-----
From: Admissions - Kingsway Centre <kingsway.admissions@moorgate6fc.ac.uk>
Sent: 10 January 2028 11:15
To: Post-16 Placements <post16.placements@greythorne.gov.uk>
Subject: RE: Consultation - Idris Rowlands - GT/EHC/19/04417

Dear Placements Team,

Thank you for consulting Moorgate Sixth Form College (Kingsway Centre) about Idris Rowlands. Having considered the draft plan and the advice, we do not believe that we can meet Idris's needs. All of our Kingsway programmes are at Level 2 and above, they are taught in groups of 18 to 24, and there is no part-time route in the first year. We would not be able to offer the graded start described in section F.

Regards,
Admissions Team
Moorgate Sixth Form College

-----Original Message-----
From: Bethany Sowerby <b.sowerby@harrowfield.ac.uk>
Sent: 15 December 2027 14:08
To: Post-16 Placements <post16.placements@greythorne.gov.uk>
Subject: RE: Consultation - Idris Rowlands - GT/EHC/19/04417

Dear colleagues,

Harrowfield College can meet Idris's needs on our Step Up programme (Entry 3 / Level 1, IT and Digital Skills) from 4 September 2028, on the following basis:
- a transition programme at the college of one afternoon a week in the summer term, with a member of staff he knows;
- a part-time timetable of 12 hours a week in the first term, increasing to 16 hours from January 2029;
- a named key worker from our Foundation Learning Support team, and access to the quiet room at all times;
- element 3 top-up funding in line with the banding in your consultation letter.

We would be very pleased to welcome Idris. I met him at his review in October and at his visit to the college, and he is clearly capable and keen.

Bethany Sowerby
Learning Support Manager - Foundation and Supported Learning
Harrowfield College"""

m039 = M(
    39, "fw_fw_consultation", "t12-consultation", "2028-01-11 15:05:22",
    DUNCAN, [CATRIN], f"FW: FW: Consultation - Idris Rowlands - {REF}",
    cc=[IDRIS], **{**DX, "quote": "none"},
    segments=[
        ("new", """Hi Catrin, hi Idris,

Both consultation responses are now back - see below. Harrowfield can offer Idris a place on Step Up from September 2028, with a transition programme in the summer term. Moorgate has said it cannot meet his needs, which I suspect won't come as a disappointment.

I'm taking Harrowfield's response to the Post-16 Placements Panel on Thursday 3 February. I will issue the final amended plan straight after that.

Duncan"""),
        ("sig", DUNCAN.sig),
        ("quote", _LORRAINE_FW),
    ],
    category="general",
    refs=[REF],
    dates=[D("Thursday 3 February", "2028-02-03", "meeting")],
    commits=[
        C("la", "take Harrowfield's response to the Placements Panel", "2028-02-03", "I'm taking Harrowfield's response to the Post-16 Placements Panel on Thursday 3 February."),
        C("la", "issue the final amended plan after the panel", None, "I will issue the final amended plan straight after that."),
    ],
)  # fmt: skip

m040 = M(
    40, "re_consultation_chaser", "t12-consultation", "2028-01-12 09:12:48",
    CATRIN, [DUNCAN], f"Re: FW: FW: Consultation - Idris Rowlands - {REF}",
    cc=[IDRIS, STUART], reply_to=m039, quote="gmail",
    new="""Dear Duncan,

Thank you - that is very good news about Harrowfield, and Idris is pleased.

But I have to point out that the amendment notice was dated 10 November, so the final amended plan should have been issued by 5 January. That date has passed, and the panel isn't meeting until 3 February. Since his review in October Idris has had no final plan setting out what the council will provide, and his tuition only started yesterday, because the personal budget was agreed separately.

Please could you tell me, by Monday 17 January, the date on which the final amended plan will be issued? It also has to be issued before 31 March under the council's post-16 protocol, as you confirmed in October.

Catrin Rowlands""",
    category="chaser",
    refs=[REF],
    dates=[
        D("10 November", "2027-11-10", "past"),
        D("5 January", "2028-01-05", "past"),
        D("3 February", "2028-02-03", "meeting"),
        D("yesterday", "2028-01-11", "past"),
        D("Monday 17 January", "2028-01-17", "deadline"),
        D("31 March", "2028-03-31", "deadline"),
    ],
)  # fmt: skip

m041 = M(
    41, "re_consultation_delay", "t12-consultation", "2028-01-14 11:20:09",
    DUNCAN, [CATRIN], f"RE: FW: FW: Consultation - Idris Rowlands - {REF}",
    cc=[IDRIS, STUART], reply_to=m040, **DX,
    new="""Dear Catrin,

You are right, and I apologise. The eight-week period ended on 5 January and we did not meet it. The delay came from Harrowfield's response being mislaid within the council, not from anything you or Idris did.

I can't issue a final plan naming a college until the Placements Panel has agreed the placement and its funding, and the panel's next sitting is 3 February. What I can do is this. I will issue the final amended plan by Friday 18 February 2028. I will also ring you on the afternoon of 3 February to tell you the panel's decision.

That is well inside the 31 March date.

Kind regards""",
    category="delay_notice",
    refs=[REF],
    dates=[
        D("5 January", "2028-01-05", "past"),
        D("3 February", "2028-02-03", "meeting"),
        D("Friday 18 February 2028", "2028-02-18", "deadline"),
        D("31 March", "2028-03-31", "deadline"),
    ],
    commits=[
        C("la", "issue the final amended plan", "2028-02-18", "I will issue the final amended plan by Friday 18 February 2028."),
        C("la", "ring with the panel's decision", "2028-02-03", "I will also ring you on the afternoon of 3 February to tell you the panel's decision."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t08 college (cont.): taster day

m042 = M(
    42, "internship_taster", "t08-college", "2028-01-19 13:30:57",
    BETHANY, [IDRIS], "Supported internship taster day - Greythorne Central Library",
    cc=[CATRIN], reply_to=m026, quote="gmail", mid="google", fmt="alt",
    new="""Hi Idris,

As promised at your review, here are the details of the supported internship taster day.

When: Wednesday 9 February, 10am to 1pm (you can arrive at 11 if the morning is too early - just tell me)
Where: Greythorne Central Library, Bridge Street - the staff entrance at the side, by the bike racks
What: a look round the back office and the book-processing room with Sam, the library supervisor, and a go on the self-service systems before the library opens to the public

Your mum is welcome to come too. There will be two other Harrowfield students, both of them quiet! I will meet you at the staff entrance and stay with you the whole time.

Could you let me know by Friday 4 February whether you'd like to come?

Bethany""",
    category="appointment",
    dates=[
        D("Wednesday 9 February", "2028-02-09", "meeting"),
        D("Friday 4 February", "2028-02-04", "deadline"),
    ],
    commits=[C("school", "meet Idris and stay with him at the taster day", None, "I will meet you at the staff entrance and stay with you the whole time.")],
)  # fmt: skip

m043 = M(
    43, "re_taster_yes", "t08-college", "2028-01-20 16:12:31",
    IDRIS, [BETHANY], "RE: Supported internship taster day - Greythorne Central Library",
    cc=[CATRIN], reply_to=m042, quote="android", mid="android", sig=ANDROID_SIG,
    new="""Hi Bethany

Yes I want to come. I will come at 11 not 10 and Mum will drive me.

Can I wear my headphones in the book room?

Idris""",
    category="appointment",
    commits=[C("parent", "come to the taster day at 11", None, "I will come at 11 not 10 and Mum will drive me.")],
)  # fmt: skip

# ---------------------------------------------------------------- t13 subject access request

m044 = M(
    44, "subject_access_request", "t13-sar", "2028-01-26 10:48:14",
    IDRIS, [DATA_PROTECTION], "Subject access request - Idris Rowlands, date of birth 09/07/2010",
    cc=[CATRIN], mid="android", sig="",
    new="""Dear Data Protection Officer,

I am making a subject access request under Article 15 of the UK GDPR for the personal data that Greythorne County Council holds about me.

Name: Idris Rowlands
Date of birth: 09/07/2010
Address: 27 Tannery Close, Harrowfield GT4 2LW
EHC plan reference: GT/EHC/19/04417

Please include:
1. my SEN casework file, including my EHC plan records since 2019;
2. the papers and minutes of every panel that discussed me since 1 January 2027, including the SEND Resources Panel on 24 June 2027 and the Post-16 Placements Panel;
3. emails and case notes about me since 1 January 2027, including anything about the proposal to cease my plan.

I would like the information by email. I am happy for you to send it to me and to my mum, Catrin Rowlands, who is copied in and can answer any questions for me.

I understand that you should reply within one month, which is by 26 February 2028.

Yours faithfully,
Idris Rowlands""",
    category="information_request",
    refs=[REF],
    dates=[
        D("09/07/2010", "2010-07-09", "past"),
        D("1 January 2027", "2027-01-01", "past"),
        D("24 June 2027", "2027-06-24", "past"),
        D("26 February 2028", "2028-02-26", "deadline"),
    ],
)  # fmt: skip

m045 = M(
    45, "re_sar_acknowledged", "t13-sar", "2028-01-27 14:02:50",
    MAIREAD, [IDRIS], f"RE: Subject access request - Idris Rowlands, date of birth 09/07/2010 [{SAR}]",
    cc=[CATRIN], reply_to=m044, **DX,
    new="""Dear Mr Rowlands,

Thank you for your request, which we received on 26 January 2028. It has been logged under reference IG/SAR/28/0391; please quote this in any correspondence.

We have been able to confirm your identity from the council's SEND records, so we do not need any further identification from you.

The one-month period for your request ends on a Saturday, so we will respond by Monday 28 February 2028. If the request turns out to be complex because of the volume of records, we will tell you before then and explain why we need longer.

Yours sincerely,""",
    category="acknowledgement",
    refs=[SAR],
    dates=[
        D("26 January 2028", "2028-01-26", "past"),
        D("Monday 28 February 2028", "2028-02-28", "deadline"),
    ],
    commits=[
        C("la", "respond to the subject access request", "2028-02-28", "The one-month period for your request ends on a Saturday, so we will respond by Monday 28 February 2028."),
        C("la", "say if more time is needed and why", None, "If the request turns out to be complex because of the volume of records, we will tell you before then and explain why we need longer."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t12 (cont.): panel outcome

m046 = M(
    46, "re_consultation_panel_agreed", "t12-consultation", "2028-02-03 16:50:26",
    DUNCAN, [CATRIN], f"RE: FW: FW: Consultation - Idris Rowlands - {REF}",
    cc=[IDRIS], reply_to=m041, **DX,
    new="""Hi Catrin,

I tried to ring at 3 but it went to voicemail, so here it is in writing: panel agreed Harrowfield this afternoon, including the funding.

I'm now finishing the final amended plan and it will be with you by the 18th.

Duncan""",
    category="general",
    refs=[REF],
    dates=[
        D("this afternoon", "2028-02-03", "meeting"),
        D("the 18th", "2028-02-18", "deadline"),
    ],
    commits=[C("la", "send the final amended plan", "2028-02-18", "I'm now finishing the final amended plan and it will be with you by the 18th.")],
)  # fmt: skip

# ---------------------------------------------------------------- t14 final plan chase

m047 = M(
    47, "final_plan_not_received", "t14-final-plan-chase", "2028-02-21 09:05:02",
    CATRIN, [DUNCAN], f"Idris Rowlands - final amended plan not received ({REF})",
    cc=[STUART, IDRIS],
    new="""Dear Duncan,

You wrote on 14 January that the final amended plan would be issued by Friday 18 February, and again on 3 February that it would be with us by the 18th. Nothing has arrived, by email or by post.

Please send it today, or tell me what is holding it up. Idris starts his transition afternoons at Harrowfield after Easter and the college needs to see the plan before then.

If I don't have either the plan or a firm date by Wednesday, I will make a formal complaint.

Catrin Rowlands""",
    category="chaser",
    refs=[REF],
    dates=[
        D("14 January", "2028-01-14", "past"),
        D("Friday 18 February", "2028-02-18", "past"),
        D("3 February", "2028-02-03", "past"),
        D("today", "2028-02-21", "deadline"),
        D("Wednesday", "2028-02-23", "deadline"),
    ],
    commits=[C("parent", "make a formal complaint", None, "If I don't have either the plan or a firm date by Wednesday, I will make a formal complaint.")],
)  # fmt: skip

m048 = M(
    48, "auto_reply_left_council", "t14-final-plan-chase", "2028-02-21 09:05:31",
    DUNCAN, [CATRIN], f"Automatic reply: Idris Rowlands - final amended plan not received ({REF})",
    reply_to=m047, quote="none", mid="exchange", fold=True, utc=True, from_la=True, sig="",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""Duncan Meriwether has left Greythorne County Council and this mailbox is no longer monitored. Your email has not been forwarded.

For the SEND Post-16 Team, please email send.post16@greythorne.gov.uk or call 01632 960700.""",
    category="general",
    refs=[REF],
)  # fmt: skip

m049 = M(
    49, "re_final_plan_new_coordinator", "t14-final-plan-chase", "2028-02-22 12:30:45",
    ALISHA, [CATRIN], f"RE: Idris Rowlands - final amended plan not received ({REF})",
    cc=[STUART, IDRIS], reply_to=m047, **DX,
    new="""Dear Ms Rowlands,

I'm Idris's new EHC Coordinator. Duncan left the council on 11 February, and I'm sorry that nobody told you. I picked up Idris's file today and your email was the first thing I read.

Where things are:
- Panel agreed Harrowfield and the funding on 3 February.
- The final amended plan had been drafted, but not checked or issued, when Duncan left. That is our failing, not yours.
- I need to check the section F figures against the personal budget with Rukhsana Mir, who is on leave until Monday 28 February.

I'm aiming to issue the plan in the first half of March. I know that isn't the firm date you asked for. I'll confirm one as soon as I've spoken to Rukhsana.

Kind regards,""",
    category="delay_notice",
    refs=[REF],
    dates=[
        D("11 February", "2028-02-11", "past"),
        D("today", "2028-02-22", "other"),
        D("3 February", "2028-02-03", "past"),
        D("Monday 28 February", "2028-02-28", "other"),
    ],
    commits=[C("la", "confirm a firm date for the plan", None, "I'll confirm one as soon as I've spoken to Rukhsana.")],
)  # fmt: skip

# ---------------------------------------------------------------- t13 (cont.): SAR response

m050 = M(
    50, "re_sar_response", "t13-sar", "2028-02-25 15:44:19",
    MAIREAD, [IDRIS], f"RE: Subject access request - Idris Rowlands, date of birth 09/07/2010 [{SAR}]",
    cc=[CATRIN], reply_to=m045, **DX,
    new="""Dear Mr Rowlands,

Reference: IG/SAR/28/0391

Your information is ready. Because of its size (412 pages) we have not attached it to this email. You will receive a separate email from our secure file-sharing service with a link and a one-time code. The link will work until Friday 24 March 2028.

Some information has been removed or withheld, mainly where it is about other people, including other young people named in panel papers. The attached schedule lists what has been withheld and why.

If you are unhappy with our response, please tell us and we will carry out an internal review. You also have the right to complain to the Information Commissioner's Office.

Yours sincerely,""",
    attachments=[pdf("Schedule of redactions - IG-SAR-28-0391.pdf")],
    category="general",
    refs=[SAR],
    dates=[D("Friday 24 March 2028", "2028-03-24", "deadline")],
    commits=[
        C("la", "send the secure link and code", None, "You will receive a separate email from our secure file-sharing service with a link and a one-time code."),
        C("la", "carry out an internal review if asked", None, "If you are unhappy with our response, please tell us and we will carry out an internal review."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t15 SENDIASS: the file

m051 = M(
    51, "found_in_sar_file", "t15-sendiass-file", "2028-02-27 21:40:08",
    CATRIN, [SHELLEY], "Something I found in Idris's file",
    new="""Hi Shelley,

I hope you don't mind me emailing on a Sunday night - I've been reading Idris's SAR file all weekend.

Two things jumped out at me:

1. An email between two managers, dated 19 May 2027, attaching a spreadsheet called "Post-16 no placement - propose cease". Idris's name is on it with about forty others. As far as I can see nobody looked at his case before the letter went out. The reason given in the email is to "reduce caseload ahead of the autumn".
2. Harrowfield's consultation response was received on 15 December and saved to someone else's record. Duncan told us that, but it's different seeing it in black and white.

The final plan still hasn't come, and the new coordinator says "the first half of March". I'm going to make a formal complaint if it isn't issued by 31 March.

Can I include the June cease proposal in the complaint, even though they backed down? And is there anything I should or shouldn't say about the spreadsheet?

Catrin""",
    category="general",
    dates=[
        D("19 May 2027", "2027-05-19", "past"),
        D("15 December", "2027-12-15", "past"),
        D("31 March", "2028-03-31", "deadline"),
    ],
    commits=[C("parent", "make a formal complaint", None, "I'm going to make a formal complaint if it isn't issued by 31 March.")],
)  # fmt: skip

m052 = M(
    52, "re_found_in_file", "t15-sendiass-file", "2028-02-29 10:15:37",
    SHELLEY, [CATRIN], "RE: Something I found in Idris's file",
    reply_to=m051, quote="outlook", mid="exchange",
    new="""Hi Catrin,

Never apologise for a Sunday email - I only read it this morning anyway!

Yes, you can include the cease proposal. The complaint isn't about the decision itself (it was reversed, so there is nothing to appeal), it's about how Idris came to be put forward at all, and the spreadsheet is good evidence of that. Stick to what the document says, quote it exactly and attach the page. Don't speculate about motives: let the wording speak for itself.

A few more tips:
- Put a dated timeline at the end. You have all the dates in your emails.
- Say what outcome you want, including something for the education Idris missed between July and January.
- The Ombudsman will normally expect you to have been through both stages of the council's procedure first, so keep copies of everything.

I'm in the office on Thursday 2 March if you'd like me to look at a draft.

Shelley""",
    category="general",
    dates=[
        D("this morning", "2028-02-29", "other"),
        D("Thursday 2 March", "2028-03-02", "other"),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t16 not_send: council tax

m053 = M(
    53, "council_tax_bill", "t16-council-tax", "2028-03-08 07:30:00",
    COUNCIL_TAX, [CATRIN], "Your Council Tax bill for 2028/29 is ready to view",
    mid="system", fmt="alt", from_la=True,
    new="""Dear Ms C Rowlands,

Account number: 6104 2281 7
Property: 27 Tannery Close, Harrowfield GT4 2LW

Your Council Tax bill for 1 April 2028 to 31 March 2029 is now available in your online account.

Band C - annual charge £2,104.36
Instalments: 10 monthly payments by Direct Debit, the first of £210.40 on 1 April 2028 and then nine of £210.44

You do not need to do anything if you pay by Direct Debit. If you think you may be entitled to a discount or an exemption - for example a disregard for someone in your household who is a student or who has a severe mental impairment - you can apply online.

Revenues and Benefits
Greythorne County Council

Please do not reply to this email. This mailbox is not monitored.""",
    category="not_send",
)  # fmt: skip

# ---------------------------------------------------------------- t14 (cont.)

m054 = M(
    54, "re_final_plan_middle_of_march", "t14-final-plan-chase", "2028-03-15 20:05:51",
    CATRIN, [ALISHA], f"Re: Idris Rowlands - final amended plan not received ({REF})",
    cc=[STUART, IDRIS], reply_to=m049, quote="gmail",
    new="""Dear Alisha,

It is now the middle of March. You said you would confirm a firm date once you had spoken to Rukhsana, and I have heard nothing since.

The council's own protocol says that Idris's plan must be finalised by 31 March, which is 16 days from now. Harrowfield's transition afternoons start on Tuesday 25 April, and the college needs the final plan before then.

Please confirm by Friday 17 March that the plan will be issued on time.

Catrin Rowlands""",
    category="chaser",
    refs=[REF],
    dates=[
        D("31 March", "2028-03-31", "deadline"),
        D("Tuesday 25 April", "2028-04-25", "other"),
        D("Friday 17 March", "2028-03-17", "deadline"),
    ],
)  # fmt: skip

m055 = M(
    55, "re_final_plan_sign_off", "t14-final-plan-chase", "2028-03-17 16:40:02",
    ALISHA, [CATRIN], f"RE: Idris Rowlands - final amended plan not received ({REF})",
    cc=[STUART, IDRIS], reply_to=m054, **DX,
    new="""Dear Ms Rowlands,

Apologies for the silence. Rukhsana and I have now agreed the section F figures.

The plan is with Stuart for sign-off and I will issue it by Friday 31 March.

Kind regards,""",
    category="general",
    refs=[REF],
    dates=[D("Friday 31 March", "2028-03-31", "deadline")],
    commits=[C("la", "issue the final amended plan", "2028-03-31", "The plan is with Stuart for sign-off and I will issue it by Friday 31 March.")],
)  # fmt: skip

m056 = M(
    56, "re_final_plan_breach", "t14-final-plan-chase", "2028-04-03 08:55:29",
    CATRIN, [ALISHA], f"Re: Idris Rowlands - final amended plan not received ({REF})",
    cc=[STUART, IDRIS], reply_to=m055, quote="gmail",
    new="""Dear Alisha,

Friday 31 March has passed and Idris still has no final amended plan. The council has now missed the eight-week limit, which ended on 5 January 2028, by nearly three months, and it has missed the date in its own post-16 protocol, which it confirmed to me in writing three times.

I am now making a formal complaint, which I will send to the complaints team today.

Separately from the complaint, I am asking you to issue the plan by Friday 7 April. Harrowfield cannot confirm Idris's transition afternoons without it.

Catrin Rowlands""",
    category="chaser",
    refs=[REF],
    dates=[
        D("Friday 31 March", "2028-03-31", "past"),
        D("5 January 2028", "2028-01-05", "past"),
        D("today", "2028-04-03", "deadline"),
        D("Friday 7 April", "2028-04-07", "deadline"),
    ],
    commits=[C("parent", "send a formal complaint", "2028-04-03", "I am now making a formal complaint, which I will send to the complaints team today.")],
)  # fmt: skip

# ---------------------------------------------------------------- t17 complaint

m057 = M(
    57, "formal_complaint", "t17-complaint", "2028-04-03 21:30:14",
    CATRIN, [COMPLAINTS], f"Formal complaint - Idris Rowlands - SEND post-16 ({REF})",
    cc=[IDRIS],
    new="""Dear Customer Feedback Team,

I am making a formal complaint under the council's complaints procedure about the SEND Statutory Service. I am Idris's mother. Idris is 17, has an EHC plan, and has agreed to this complaint; he is copied in.

What went wrong

1. In June 2027 the council proposed to cease Idris's plan because he was not in education, without first reviewing his needs. The proposal was dropped after we objected, but records released to Idris under a subject access request show that it came from a spreadsheet headed "Post-16 no placement - propose cease", circulated on 19 May 2027, with about forty young people on it. I attach the page.
2. The decision to amend and the amendment notice were issued on 10 November 2027. The final amended plan should have followed within eight weeks, by 5 January 2028. It did not.
3. Harrowfield College's consultation response, received by the council on 15 December 2027, was saved to another young person's record and not found until January.
4. We were promised the final plan by 18 February, then "in the first half of March", then by 31 March. Each date was missed without explanation. Idris's coordinator left on 11 February and nobody told us.
5. At the date of this letter the final amended plan still has not been issued, although the council's post-16 protocol required it by 31 March 2028.
6. Idris received no education at all between July 2027 and January 2028. The re-engagement team that was promised in July never contacted him.

The effect on Idris

Idris has worked incredibly hard this year to get from not leaving the house to visiting a college and a workplace. Every missed date has set him back, because uncertainty is exactly what his anxiety feeds on.

What I am asking for

(a) the final amended plan, issued immediately;
(b) a written apology to Idris;
(c) an explanation of how the "propose cease" list was drawn up, and whether other young people were affected;
(d) a remedy for the education Idris missed, and for the time and distress involved.

Please acknowledge this complaint and give me a reference number.

Yours faithfully,
Catrin Rowlands
27 Tannery Close, Harrowfield GT4 2LW""",
    attachments=[pdf("Timeline - Idris Rowlands - June 2027 to April 2028.pdf"), pdf("SAR extract - spreadsheet 19.05.27.pdf")],
    category="complaint",
    refs=[REF],
    dates=[
        D("19 May 2027", "2027-05-19", "past"),
        D("10 November 2027", "2027-11-10", "past"),
        D("5 January 2028", "2028-01-05", "past"),
        D("15 December 2027", "2027-12-15", "past"),
        D("18 February", "2028-02-18", "past"),
        D("31 March", "2028-03-31", "past"),
        D("11 February", "2028-02-11", "past"),
    ],
)  # fmt: skip

m058 = M(
    58, "complaint_auto_ack", "t17-complaint", "2028-04-03 21:30:52",
    FEEDBACK_NOREPLY, [CATRIN], f"Complaint received - {CF}",
    reply_to=m057, quote="none", mid="system", zone_name="GMT", cte="7bit", charset="us-ascii",
    from_la=True, sig="Greythorne County Council - Customer Feedback",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    new="""Dear Catrin Rowlands

Thank you for contacting Greythorne County Council.

Your complaint has been received and logged with the reference CF/28/01473. Please quote this reference in all correspondence about your complaint.

A member of the Customer Feedback Team will contact you within 5 working days of today to confirm who will investigate. We aim to send you a full response within 10 working days of receipt.

This is an automated message. Please do not reply to this email.""",
    category="complaint",
    refs=[CF],
    dates=[
        D("within 5 working days of today", "2028-04-10", "deadline"),
        D("within 10 working days of receipt", "2028-04-19", "deadline"),
    ],
    commits=[
        C("la", "contact Catrin to confirm the investigator", "2028-04-10", "A member of the Customer Feedback Team will contact you within 5 working days of today to confirm who will investigate."),
        C("la", "send a full response (aim)", "2028-04-19", "We aim to send you a full response within 10 working days of receipt."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t14 (cont.): the manager

m059 = M(
    59, "re_final_plan_manager", "t14-final-plan-chase", "2028-04-04 18:22:40",
    STUART, [CATRIN], f"RE: Idris Rowlands - final amended plan not received ({REF})",
    cc=[ALISHA, IDRIS], reply_to=m056, quote="outlook", mid="exchange", fold=True, utc=True,
    fmt="html", charset="windows-1252", from_la=True,
    new="""Dear Ms Rowlands,

I am sorry. There is no good excuse for Idris’s plan missing the 31 March date, and I won’t offer you one.

The plan was signed off this afternoon. Alisha will send it to Idris and to you by 12 noon tomorrow, and I have asked her to copy it to Harrowfield College at the same time.

I understand that you are making a complaint – I would not want to discourage that, and I will make sure the complaints team has the full file.

Yours sincerely,""",
    tail=GT_DISCLAIMER,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("31 March", "2028-03-31", "past"),
        D("this afternoon", "2028-04-04", "other"),
        D("tomorrow", "2028-04-05", "deadline"),
    ],
    commits=[
        C("la", "send the final amended plan", "2028-04-05", "Alisha will send it to Idris and to you by 12 noon tomorrow, and I have asked her to copy it to Harrowfield College at the same time."),
        C("la", "give the complaints team the full file", None, "I understand that you are making a complaint – I would not want to discourage that, and I will make sure the complaints team has the full file."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t18 final amended plan

m060 = M(
    60, "final_amended_plan", "t18-final-plan", "2028-04-05 11:48:03",
    ALISHA, [IDRIS], f"OFFICIAL: Final amended EHC plan - Idris Rowlands - {REF}",
    cc=[CATRIN, BETHANY], **DX,
    new="""Dear Idris,

Please find attached your final amended EHC plan, dated 5 April 2028, and a letter explaining your rights.

Section I names Harrowfield College (Step Up programme) from 4 September 2028. Until then, section I records that you are receiving education otherwise than at a school or post-16 institution, and section F sets out your tuition: 7 hours a week now, rising to 10 hours a week from Monday 24 April 2028, plus the summer-term transition afternoons at Harrowfield and one morning a week of supported work experience at Greythorne Central Library.

I am sorry that this is so late. I know it has made an already uncertain year harder for you.

If you disagree with what is in sections B, F or I, you can appeal to the SEND Tribunal. Unless your appeal is only about section I, you must first contact a mediation adviser. You have two months from the date of this letter to appeal, that is until 5 June 2028, or one month from the date of a mediation certificate if that is later.

I have sent a copy to Bethany Sowerby at Harrowfield.

Kind regards,""",
    attachments=[
        pdf("Final amended EHCP - Idris Rowlands - 05.04.28.pdf"),
        pdf("Decision letter and appeal rights - IR.pdf"),
    ],
    category="final_plan",
    refs=[REF],
    dates=[
        D("5 April 2028", "2028-04-05", "other"),
        D("4 September 2028", "2028-09-04", "other"),
        D("Monday 24 April 2028", "2028-04-24", "deadline"),
        D("5 June 2028", "2028-06-05", "deadline"),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t17 complaint (cont.)

m061 = M(
    61, "re_complaint_investigator", "t17-complaint", "2028-04-06 10:15:48",
    PETER, [CATRIN], f"RE: Formal complaint - Idris Rowlands - SEND post-16 ({REF}) [{CF}]",
    reply_to=m057, **{**DX, "fmt": "plain"},
    new="""Dear Ms Rowlands,

Complaint reference CF/28/01473

I have been asked to investigate your complaint. I have read your letter, the timeline and the page you attached, and I have asked the SEND service for its file.

I would like to speak to you briefly, to make sure I have understood what you want to achieve. Would Tuesday 11 April at 2pm suit you? I will ring you, unless you would prefer Teams.

I will send you my response by Wednesday 19 April 2028.

Yours sincerely,""",
    category="complaint",
    refs=[CF, REF],
    dates=[
        D("Tuesday 11 April", "2028-04-11", "meeting"),
        D("Wednesday 19 April 2028", "2028-04-19", "deadline"),
    ],
    commits=[
        C("la", "ring Catrin", None, "I will ring you, unless you would prefer Teams."),
        C("la", "send the Stage 1 response", "2028-04-19", "I will send you my response by Wednesday 19 April 2028."),
    ],
)  # fmt: skip

m062 = M(
    62, "re_complaint_call_ok", "t17-complaint", "2028-04-06 12:30:11",
    CATRIN, [PETER], f"Re: RE: Formal complaint - Idris Rowlands - SEND post-16 ({REF}) [{CF}]",
    reply_to=m061, quote="apple", mid="apple", mailer=IPHONE, sig=IPHONE_SIG,
    new="""Tuesday at 2 is fine - please ring my mobile, 07700 900382.

Catrin""",
    category="appointment",
    refs=[CF, REF],
    dates=[D("Tuesday", "2028-04-11", "meeting")],
)  # fmt: skip

m063 = M(
    63, "stage1_response", "t17-complaint", "2028-04-19 16:20:35",
    PETER, [CATRIN], f"RE: Formal complaint - Idris Rowlands - SEND post-16 ({REF}) [{CF}]",
    reply_to=m062, quote="outlook", mid="exchange", fold=True, utc=True, charset="iso-8859-1",
    from_la=True,
    new="""Dear Ms Rowlands,

Complaint reference: CF/28/01473 - Stage 1 response

Thank you for speaking to me on 11 April. I have looked at the SEND Statutory Service's records and spoken to the officers and managers involved. My findings on each of your points are below.

1. Proposal to cease (June 2027) - not upheld. The spreadsheet you refer to was a screening list for officers to check. The council is entitled to consider whether a plan is still needed when a young person is not in education, and the proposal was withdrawn after your representations. I do accept that the wording of the spreadsheet was poor.
2. Eight-week limit - upheld. The final amended plan was issued on 5 April 2028, thirteen weeks late.
3. Misfiled consultation response - upheld.
4. Missed dates and the change of coordinator - upheld. You should have been told when Mr Meriwether left.
5. Plan not issued by 31 March 2028 - upheld, and resolved by the issue of the plan on 5 April.
6. No education between July 2027 and January 2028 - partly upheld. The re-engagement team did write to Idris in August, but the letter went to an old address and was not followed up.

On behalf of the council I apologise to you and to Idris. A separate letter of apology to Idris from the SEND Service Manager will follow. The council will pay you £300 in recognition of the time and trouble your complaint has caused. The payment will be made within 20 working days of the date of this letter. The service will introduce a check of every post-16 amendment notice at the six-week point by 30 June 2028, so that delays are picked up before the deadline.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 by writing to us by 18 May 2028 and explaining which points remain unresolved.

Yours sincerely,""",
    category="complaint",
    refs=[CF, REF],
    dates=[
        D("11 April", "2028-04-11", "past"),
        D("5 April 2028", "2028-04-05", "past"),
        D("31 March 2028", "2028-03-31", "past"),
        D("within 20 working days of the date of this letter", "2028-05-18", "deadline"),
        D("30 June 2028", "2028-06-30", "deadline"),
    ],
    commits=[
        C("la", "send a letter of apology to Idris", None, "A separate letter of apology to Idris from the SEND Service Manager will follow."),
        C("la", "pay £300", None, "The council will pay you £300 in recognition of the time and trouble your complaint has caused."),
        C("la", "make the payment", "2028-05-18", "The payment will be made within 20 working days of the date of this letter."),
        C("la", "introduce a six-week check of post-16 amendment notices", "2028-06-30", "The service will introduce a check of every post-16 amendment notice at the six-week point by 30 June 2028, so that delays are picked up before the deadline."),
    ],
)  # fmt: skip

m064 = M(
    64, "stage2_request", "t17-complaint", "2028-04-27 20:47:06",
    CATRIN, [PETER], f"Stage 2 request - {CF}",
    cc=[COMPLAINTS, IDRIS], reply_to=m063, quote="gmail",
    new="""Dear Mr Ngata,

Thank you for your response of 19 April, and for the apology, which Idris appreciated. I would like my complaint to go to Stage 2 on two points.

Point 1. I do not accept that the spreadsheet was only a screening list. Its title was "propose cease", and Idris's proposal letter went out on 3 June 2027, fifteen days after the spreadsheet was circulated, without any review of his needs and without anyone contacting us. I would like the council to say what happened to the other young people on the list.

Point 6 and the remedy. Idris missed six months of the education his plan said he should have. A payment to me for time and trouble does not put that right. I am asking for compensatory tuition, added to his personal budget, to be used over the summer and during his first term at college.

Please confirm the Stage 2 timescale.

Yours sincerely,
Catrin Rowlands""",
    category="complaint",
    refs=[CF],
    dates=[
        D("19 April", "2028-04-19", "past"),
        D("3 June 2027", "2027-06-03", "past"),
    ],
)  # fmt: skip

m065 = M(
    65, "re_stage2_accepted", "t17-complaint", "2028-04-28 09:30:17",
    HAYLEY, [CATRIN], f"RE: Stage 2 request - {CF}",
    reply_to=m064, **{**DX, "fmt": "plain"},
    new="""Dear Ms Rowlands,

Your request for a Stage 2 review of complaint CF/28/01473 has been accepted. It will be reviewed by Frances Oyelaran, Assistant Director (Education and Inclusion), who has not been involved in your complaint so far.

We will respond within 20 working days, by 30 May 2028.

Kind regards,""",
    category="complaint",
    refs=[CF],
    dates=[D("30 May 2028", "2028-05-30", "deadline")],
    commits=[C("la", "send the Stage 2 response", "2028-05-30", "We will respond within 20 working days, by 30 May 2028.")],
)  # fmt: skip

m066 = M(
    66, "stage2_response", "t17-complaint", "2028-06-06 17:05:44",
    FRANCES, [CATRIN], f"Stage 2 response - complaint {CF} - Idris Rowlands",
    cc=[IDRIS, COMPLAINTS], reply_to=m065, quote="none", mid="exchange", fold=True, utc=True,
    fmt="html", from_la=True,
    new="""Dear Ms Rowlands,

Stage 2 response - complaint reference CF/28/01473

I am sorry that this response is later than the date of 30 May that we gave you.

I have reviewed the Stage 1 investigation, the records released to Idris, and the two points you asked me to look at again.

Point 1: partly upheld. The spreadsheet was meant as a list for checking, but its title and the covering email invited officers to propose cessation, and in Idris's case nobody looked at his circumstances before the letter was sent. That was wrong. Of the other young people on the list, eleven were sent proposals to cease; all eleven cases have since been looked at again.

Point 6 and the remedy: upheld. I agree that Idris lost education he should have had between July 2027 and January 2028, and that a payment for time and trouble does not address this.

I have therefore agreed the following.
- The council will add 60 hours of tuition to Idris's personal budget, to be used by 31 December 2028.
- A further payment of £200 will be made to you within 20 working days of the date of this letter, in addition to the £300 offered at Stage 1.
- I will write separately to the families of the other young people on the list by 30 June 2028.

This is the council's final response. If you remain unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint. You can contact the Ombudsman through its website.

Yours sincerely,""",
    category="complaint",
    refs=[CF],
    dates=[
        D("30 May", "2028-05-30", "past"),
        D("31 December 2028", "2028-12-31", "deadline"),
        D("within 20 working days of the date of this letter", "2028-07-04", "deadline"),
        D("30 June 2028", "2028-06-30", "deadline"),
    ],
    commits=[
        C("la", "add 60 hours of tuition to the personal budget", "2028-12-31", "The council will add 60 hours of tuition to Idris's personal budget, to be used by 31 December 2028."),
        C("la", "make a further payment of £200", "2028-07-04", "A further payment of £200 will be made to you within 20 working days of the date of this letter, in addition to the £300 offered at Stage 1."),
        C("la", "write to the other families on the list", "2028-06-30", "I will write separately to the families of the other young people on the list by 30 June 2028."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t19 Ombudsman

m067 = M(
    67, "lgsco_acknowledgement", "t19-lgsco", "2028-06-13 11:02:26",
    LGSCO, [CATRIN], f"Your complaint about Greythorne County Council - our reference {LG}",
    mid="system", fmt="alt",
    new="""Dear Ms Rowlands,

Thank you for your complaint about Greythorne County Council, which we received on 12 June 2028. Our reference is 28 003 114. Please quote it if you contact us.

Your complaint is about the council's handling of your son Idris's Education, Health and Care plan, and about the remedy the council offered at the end of its complaints procedure (council reference CF/28/01473).

As Idris is 17, we need his agreement for you to act for him. Please ask him to complete the attached consent form and return it to us by 27 June 2028.

We will now ask the council for its complaint file. We will write to you again once we have decided whether we can investigate.

Yours sincerely,""",
    attachments=[pdf("Consent to act form - 28 003 114.pdf")],
    category="complaint",
    refs=[LG, CF],
    dates=[
        D("12 June 2028", "2028-06-12", "past"),
        D("27 June 2028", "2028-06-27", "deadline"),
    ],
    commits=[
        C("other", "ask the council for its complaint file", None, "We will now ask the council for its complaint file."),
        C("other", "write again once it has decided whether to investigate", None, "We will write to you again once we have decided whether we can investigate."),
    ],
)  # fmt: skip

# ---------------------------------------------------------------- t20 college enrolment

m068 = M(
    68, "enrolment_and_september", "t20-enrolment", "2028-06-20 14:15:09",
    BETHANY, [IDRIS], "Enrolment and September - Idris",
    cc=[CATRIN], mid="google", fmt="alt",
    new="""Hi Idris,

You haven't missed a single transition afternoon - brilliant! The last one is on Tuesday 27 June, and I'd like to use it for your enrolment, so that you don't need to come in on a separate day.

Here is what happens next:
• Enrolment: Tuesday 27 June, 2pm, in the Foundation base. Please bring some photo ID (your provisional driving licence is fine).
• Step Up induction: Thursday 31 August 2028, 11am to 1pm. Just the eight Step Up students and staff, no one else in the building.
• First day of term: Monday 4 September 2028.

I will send you your timetable by Friday 14 July, so that you have the whole summer to get used to it.

Sam at the library has also asked whether you'd like to carry on with your Wednesday mornings there in September - have a think and let me know.

Bethany""",
    category="appointment",
    dates=[
        D("Tuesday 27 June", "2028-06-27", "meeting"),
        D("Thursday 31 August 2028", "2028-08-31", "meeting"),
        D("Monday 4 September 2028", "2028-09-04", "other"),
        D("Friday 14 July", "2028-07-14", "deadline"),
    ],
    commits=[C("school", "send Idris his timetable", "2028-07-14", "I will send you your timetable by Friday 14 July, so that you have the whole summer to get used to it.")],
)  # fmt: skip

MSGS = [
    m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048, m049,
    m050, m051, m052, m053, m054, m055, m056, m057, m058, m059, m060, m061, m062, m063, m064,
    m065, m066, m067, m068,
]  # fmt: skip
