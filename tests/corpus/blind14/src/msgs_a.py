"""Messages 001-031 of blind14 (January to April 2028): review, care plan, proposed amendments, transport."""

from corpuslib import Att, C, D, M, Person, fake_docx, fake_pdf
from people import (
    AGNIESZKA,
    DAWN,
    EHC_HUB,
    FENELLA,
    GARETH,
    JO,
    KERRY,
    LORNA,
    SEN_TRANSPORT,
    SEN_TRANSPORT_TYPO,
    SIAN,
    TOMASZ,
    TOMASZ_PHONE,
)

MAILER_DAEMON = Person("Mail Delivery System", "MAILER-DAEMON@smtp.example.net")

CASE = "WS-EHC-04127"
AR = "ANR-28-0392"
TRN = "TRN/28/1180"

# ------------------------------------------------------------------ t01 review invitation
m001 = M(
    1, "annual_review_invitation", "t01-review-invitation", "2028-01-10 09:12:40",
    LORNA, [TOMASZ], "Mia's annual review - invitation",
    cc=[FENELLA],
    new="""Dear Mr Wiśniewski-Hart,

It's that time of year again. Mia's annual review will be held here at Brambleford on Thursday 10 February 2028 at 1.30pm in the Willow Room, and the formal invitation is attached. Wealdshire's reference for Mia is WS-EHC-04127, which I've put on the paperwork.

As usual I'd be really grateful for your views (and Mia's own, if she's willing - Mrs Tandy will help her with her one-page profile in tutor time). The parent/carer form is attached as a Word document; if you could get it back to me by Monday 24 January that gives me time to add it to the pack.

We will circulate all the reports by Thursday 27 January, so everyone has them a full two weeks before the meeting.

I have also invited Siân from the children's diabetes team, as there has been a lot of change on that front this term.""",
    fmt="alt",
    attachments=[
        Att("Annual Review Invitation - Mia W-H.pdf", "application/pdf", fake_pdf("Annual review invitation")),
        Att("Parent carer views form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fake_docx("Parent views form")),
    ],
    category="annual_review",
    refs=[CASE],
    dates=[
        D("Thursday 10 February 2028", "2028-02-10", "meeting"),
        D("Monday 24 January", "2028-01-24", "deadline"),
        D("Thursday 27 January", "2028-01-27", "deadline"),
    ],
    commits=[
        C("school", "circulate the review reports", "2028-01-27",
          "We will circulate all the reports by Thursday 27 January, so everyone has them a full two weeks before the meeting."),
    ],
)  # fmt: skip

m002 = M(
    2, "re_annual_review_invitation", "t01-review-invitation", "2028-01-10 21:40:05",
    TOMASZ, [LORNA], "Re: Mia's annual review - invitation",
    reply_to=m001, quote="tb",
    new="""Lorna,

Thanks. Noted:

- 10 Feb, 1.30pm: I will attend in person. Jo will try to get the afternoon off.
- Views form: I'll return it by Monday 24th.
- Is the council sending someone, and will they be in the room or on a screen? In writing, please - last year nobody turned up and it was never minuted.""",
    category="appointment",
    dates=[
        D("10 Feb", "2028-02-10", "meeting"),
        D("Monday 24th", "2028-01-24", "deadline"),
    ],
    commits=[
        C("parent", "attend the review in person", "2028-02-10", "10 Feb, 1.30pm: I will attend in person."),
        C("parent", "return the views form", "2028-01-24", "Views form: I'll return it by Monday 24th."),
    ],
)  # fmt: skip

m003 = M(
    3, "re_annual_review_invitation_2", "t01-review-invitation", "2028-01-12 13:05:51",
    LORNA, [TOMASZ], "Re: Mia's annual review - invitation",
    reply_to=m002, quote="gmail",
    new="""Hi Tomasz,

Yes - Fenella Okonedo-Marsh (EHC Review Officer) has confirmed by email that she will join on 10 February via Teams rather than in person. She covers a lot of out-of-county placements so she rarely gets to visit, but the Willow Room has the big screen, so it works well.

I'll send the Teams link round on Wednesday 9th so you have it too, in case Jo would rather join from work.

And noted about last year - I'll make sure the minutes record who attended and how.""",
    category="appointment",
    dates=[
        D("10 February", "2028-02-10", "meeting"),
        D("Wednesday 9th", "2028-02-09", "deadline"),
    ],
    commits=[
        C("la", "join the review online", "2028-02-10",
          "Yes - Fenella Okonedo-Marsh (EHC Review Officer) has confirmed by email that she will join on 10 February via Teams rather than in person."),
        C("school", "send the Teams link", "2028-02-09",
          "I'll send the Teams link round on Wednesday 9th so you have it too, in case Jo would rather join from work."),
        C("school", "record attendance in the minutes", None,
          "And noted about last year - I'll make sure the minutes record who attended and how."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t02 diabetes care plan
m004 = M(
    4, "care_plan_and_training", "t02-care-plan", "2028-01-14 11:03:27",
    SIAN, [TOMASZ], "Mia - new pump, care plan update and staff training",
    cc=[LORNA],
    new="""Dear Mr Wiśniewski-Hart,

Following Mia's start on the hybrid closed-loop system in clinic on Tuesday 4 January, her individual healthcare plan needs rewriting: the hypo and hyper pathways are different now the pump adjusts basal insulin on its own, and staff need to know what the alarms mean and when to do nothing at all.

I'd like to train the Brambleford staff who support her (Lorna has suggested her key adults and the two first aiders on the residential corridor). Could you let me know if Wednesday 2 February at 9.15am at school suits you? Parents are very welcome and it often helps staff to hear how things work at home.

I will write the updated care plan and send it to you and to school by Friday 4 February, after the training, so that anything staff raise can go into it.

For our records: Mia's hospital number is WGH 4471902 and NHS number 943 612 7785 - please quote either if you ring the team line.

With best wishes""",
    fmt="alt",
    category="appointment",
    dates=[
        D("Tuesday 4 January", "2028-01-04", "past"),
        D("Wednesday 2 February", "2028-02-02", "meeting"),
        D("Friday 4 February", "2028-02-04", "deadline"),
    ],
    commits=[
        C("health", "write and send the updated care plan", "2028-02-04",
          "I will write the updated care plan and send it to you and to school by Friday 4 February, after the training, so that anything staff raise can go into it."),
    ],
)  # fmt: skip

m005 = M(
    5, "re_care_plan_and_training", "t02-care-plan", "2028-01-14 19:55:12",
    TOMASZ, [SIAN], "Re: Mia - new pump, care plan update and staff training",
    cc=[LORNA], reply_to=m004, quote="tb",
    new="""Siân,

- Wed 2 Feb, 9.15: fine, I'll be there.
- Transport: the taxi escort is with Mia for 50 minutes each way and at the moment knows nothing beyond "she has diabetes". The plan needs a transport section, or a separate one-pager.
- Please send the plan to me as a PDF, in writing, not only to school.

Thanks for the quick turnaround on the pump.""",
    category="appointment",
    dates=[D("Wed 2 Feb", "2028-02-02", "meeting")],
    commits=[C("parent", "attend the training", "2028-02-02", "Wed 2 Feb, 9.15: fine, I'll be there.")],
)  # fmt: skip

# ------------------------------------------------------------------ t03 not_send: sister
m006 = M(
    6, "przyjazd_mamy", "t03-family", "2028-01-19 18:22:09",
    AGNIESZKA, [TOMASZ], "Przyjazd mamy w marcu, już są bilety", subject_charset="iso-8859-2",
    new="""Cześć Tomek,

mama ma już bilety: przylatuje do Luton w piątek 10 marca wieczorem, wraca 24 marca. Możesz ją odebrać z lotniska? Ja nie dam rady, mam dyżur w szpitalu.

Pyta też, czy Mia nadal lubi te żelki z Wrocławia - mówiłam jej, że przy cukrzycy trzeba uważać, ale i tak chce coś przywieźć. Daj znać, co jej powiedzieć.

Ściskam was wszystkich,
Aga""",
    charset="iso-8859-2", cte="quoted-printable", sig="",
    category="not_send",
)  # fmt: skip

# ------------------------------------------------------------------ t01 cont.: parent views
m007 = M(
    7, "re_parent_views", "t01-review-invitation", "2028-01-23 22:10:44",
    TOMASZ, [LORNA], "Re: Mia's annual review - invitation",
    cc=[JO], reply_to=m003, quote="tb",
    new="""Lorna,

Views form attached (PDF; Word mangled the tables). Summary for the minutes:

- Brambleford is working. Attendance 98%, no exclusions, two friendships that have lasted a year.
- Diabetes: since the pump, night-time hypos are down but the school day is now the weak point (PE, lunch queue). We want the care plan referenced in section F, not just attached.
- Mia's own view is on page 3, in her words. She asked me to say she does not want to "start again somewhere new".
- Jo can't make the 10th after all. She will email you her own comments separately before then.

T.""",
    attachments=[Att("Parent views - Mia W-H - Jan 2028.pdf", "application/pdf", fake_pdf("Parent views"))],
    category="annual_review",
    dates=[D("the 10th", "2028-02-10", "meeting")],
    commits=[C("parent", "email her own comments", None, "She will email you her own comments separately before then.")],
)  # fmt: skip

# ------------------------------------------------------------------ t04 review papers
m008 = M(
    8, "annual_review_papers", "t04-review-papers", "2028-01-27 15:30:02",
    LORNA, [TOMASZ, FENELLA], "Mia Wiśniewski-Hart - annual review papers (meeting 10/02/2028)",
    cc=[SIAN, JO],
    new="""Dear all,

Please find attached the reports for Mia's annual review on Thursday 10th February at 1.30pm:

1. Brambleford school report (teaching, pastoral and residential)
2. Speech and language therapy report (Hannah Ruddock, in-house SALT)
3. Occupational therapy report (Dev Anand, in-house OT)
4. Parent/carer views, including Mia's own page

Mia's LA reference is WS-EHC-04127. Siân's updated healthcare plan will follow after her training session next week and I will add it to the pack then.

Fenella, I know the council has asked schools to use the new review template this year; I've used it but kept our own report as an appendix as it's much fuller.""",
    attachments=[
        Att("01 School report - Mia W-H.pdf", "application/pdf", fake_pdf("School report")),
        Att("02 SALT report - Mia W-H.pdf", "application/pdf", fake_pdf("SALT report")),
        Att("03 OT report - Mia W-H.pdf", "application/pdf", fake_pdf("OT report")),
        Att("04 Parent views - Mia W-H.pdf", "application/pdf", fake_pdf("Parent views")),
    ],
    category="annual_review",
    refs=[CASE],
    dates=[D("Thursday 10th February", "2028-02-10", "meeting")],
    commits=[
        C("school", "add the healthcare plan to the review pack", None,
          "Siân's updated healthcare plan will follow after her training session next week and I will add it to the pack then."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t02 cont.: care plan sent
m009 = M(
    9, "re_care_plan_attached", "t02-care-plan", "2028-02-04 16:45:37",
    SIAN, [TOMASZ], "RE: Mia - new pump, care plan update and staff training",
    cc=[LORNA], reply_to=m005, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

As promised, Mia's updated individual healthcare plan is attached. Thank you for coming in on Wednesday - the staff found your explanation of the pump's "activity mode" much clearer than mine.

Section 7 now covers journeys. When I know who the transport provider is, I'll do a one-page transport version that the escort can keep in the car.

I will review the whole plan again after her next clinic appointment on Tuesday 25 April.

Kind regards""",
    attachments=[Att("IHP Mia Wisniewski-Hart Feb 2028.pdf", "application/pdf", fake_pdf("Individual healthcare plan"))],
    category="general",
    dates=[
        D("Wednesday", "2028-02-02", "past"),
        D("Tuesday 25 April", "2028-04-25", "meeting"),
    ],
    commits=[
        C("health", "write a one-page transport version", None,
          "When I know who the transport provider is, I'll do a one-page transport version that the escort can keep in the car."),
        C("health", "review the care plan after clinic", "2028-04-25",
          "I will review the whole plan again after her next clinic appointment on Tuesday 25 April."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t05 before and after the review
m010 = M(
    10, "review_thursday", "t05-review-meeting", "2028-02-08 10:20:18",
    FENELLA, [TOMASZ], f"Annual review - Mia Wiśniewski-Hart - {AR}",
    cc=[LORNA],
    new="""Dear Mr Wiśniewski-Hart,

I will be joining Thursday's meeting on Teams; Lorna has kindly offered to send the link.

I think it is fair to let you know in advance that the local authority will want to use the review to look at whether Mia's needs could now be met in a maintained special school in Wealdshire. Thornleigh School in Wealdbury has developed its secondary provision for autistic pupils considerably since 2026. No decision has been made, and I would like to hear your views and the school's at the meeting.""",
    category="annual_review", from_la=True,
    refs=[AR],
    dates=[D("Thursday's meeting", "2028-02-10", "meeting")],
    commits=[C("la", "join the review on Teams", "2028-02-10", "I will be joining Thursday's meeting on Teams; Lorna has kindly offered to send the link.")],
)  # fmt: skip

m011 = M(
    11, "re_review_thursday", "t05-review-meeting", "2028-02-08 12:02:55",
    TOMASZ, [FENELLA], f"Re: Annual review - Mia Wiśniewski-Hart - {AR}",
    cc=[LORNA, JO], reply_to=m010, quote="tb",
    new="""Ms Okonedo-Marsh,

- Noted.
- For the record: Brambleford was named by the Tribunal's order in appeal EH886/26/00041. Nothing in Mia's needs has got simpler since; the diabetes has got harder.
- If the council intends to propose a change of placement, I want the reasons and the cost comparison in writing before the meeting, please. By 5pm tomorrow would give me a chance to read them.

T.""",
    category="information_request",
    refs=[AR, "EH886/26/00041"],
    dates=[D("tomorrow", "2028-02-09", "deadline")],
)  # fmt: skip

m012 = M(
    12, "re_review_thursday_2", "t05-review-meeting", "2028-02-09 17:48:31",
    FENELLA, [TOMASZ], f"RE: Annual review - Mia Wiśniewski-Hart - {AR}",
    cc=[LORNA], reply_to=m011, quote="outlook", irt=False, thread_index=True,
    new="""Dear Mr Wiśniewski-Hart,

I'm sorry, I'm not in a position to share costings before the meeting, and as I said no proposal has been made. If, after the review, the local authority decides to propose any amendment, including to section I, it will be set out in writing with the reasons in the amendment notice.

I will send you the local authority's decision within four weeks of the review meeting, i.e. by 9 March 2028.""",
    category="annual_review", from_la=True,
    refs=[AR],
    dates=[D("9 March 2028", "2028-03-09", "deadline")],
    commits=[
        C("la", "send the review decision", "2028-03-09",
          "I will send you the local authority's decision within four weeks of the review meeting, i.e. by 9 March 2028."),
    ],
)  # fmt: skip

m013 = M(
    13, "review_notes_actions", "t05-review-meeting", "2028-02-10 20:30:16",
    TOMASZ, [FENELLA, LORNA], "Review 10/02 - notes and actions (in writing, please)",
    cc=[JO], reply_to=m012, quote="tb",
    new="""All,

My notes of today's meeting. Please correct anything wrong by reply; otherwise I'll treat them as agreed.

Present: Lorna Bexley (chair), Mrs Tandy (tutor), Siân Pritchard-Lowe (diabetes team), me. Fenella Okonedo-Marsh on Teams from 1.40pm; sound dropped twice.

Points:
- School: all outcomes on track or exceeded. Recommends plan maintained, sections B and F updated for the pump.
- Siân: care plan to be referenced in section F; staff training refreshed termly.
- LA raised Thornleigh School. No reasons given beyond "developed provision". I objected.

Actions:
- Lorna: the school will send the review report to the LA and to us by Thursday 24 February.
- Fenella: you said the LA will write with its decision by 9 March.
- Fenella: you said you would ask Thornleigh whether it can meet Mia's medical needs before any proposal is made.
- Me: I'll send Siân's care plan to Fenella tomorrow.

T.""",
    category="annual_review",
    dates=[
        D("today's meeting", "2028-02-10", "meeting"),
        D("Thursday 24 February", "2028-02-24", "deadline"),
        D("9 March", "2028-03-09", "deadline"),
        D("tomorrow", "2028-02-11", "deadline"),
    ],
    commits=[
        C("school", "send the review report", "2028-02-24",
          "Lorna: the school will send the review report to the LA and to us by Thursday 24 February."),
        C("la", "write with the review decision", "2028-03-09",
          "Fenella: you said the LA will write with its decision by 9 March."),
        C("la", "ask Thornleigh about medical needs", None,
          "Fenella: you said you would ask Thornleigh whether it can meet Mia's medical needs before any proposal is made."),
        C("parent", "send the care plan to the LA", "2028-02-11", "Me: I'll send Siân's care plan to Fenella tomorrow."),
    ],
)  # fmt: skip

m014 = M(
    14, "re_review_notes", "t05-review-meeting", "2028-02-11 09:05:48",
    FENELLA, [TOMASZ], "RE: Review 10/02 - notes and actions (in writing, please)",
    cc=[LORNA, JO], reply_to=m013, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

Thank you for the notes. One correction: I did not say I would ask Thornleigh about Mia's medical needs before a proposal was made. What I said was that if the local authority consults Thornleigh, the consultation will include Mia's healthcare plan. The rest is a fair summary, and apologies again for the sound.

I have received the healthcare plan, thank you.""",
    category="annual_review", from_la=True,
    refs=[AR],
    sig=FENELLA.sig.replace("Tel: 01632 960541 (Mon, Tue, Thu)", f"Tel: 01632 960541 (Mon, Tue, Thu)\nReview ref: {AR}"),
)  # fmt: skip

# ------------------------------------------------------------------ t06 school review report
m015 = M(
    15, "review_report", "t06-review-report", "2028-02-24 14:10:09",
    LORNA, [FENELLA, TOMASZ], f"Annual review report - Mia W-H - {AR} / {CASE}",
    cc=[JO],
    new="""Dear Fenella, dear Tomasz and Jo,

Attached is the report of Mia's annual review meeting held on 10 February, with the amendments the school recommends to sections B, E and F, and the attendance record (Fenella on Teams from 1.40pm, as Tomasz noted).

The school's view, recorded on page 4, is that Brambleford remains appropriate and that a move at this point would carry a significant risk both to Mia's emotional wellbeing and to the management of her diabetes, which has only just stabilised on the new system. Mr Wiśniewski-Hart's disagreement with any change of placement is recorded on page 5.""",
    attachments=[Att("Annual review report - Mia W-H - 10.02.2028.pdf", "application/pdf", fake_pdf("Annual review report"))],
    category="annual_review",
    refs=[AR, CASE],
    dates=[D("10 February", "2028-02-10", "past")],
)  # fmt: skip

# ------------------------------------------------------------------ t07 proposed amendments
m016 = M(
    16, "proposed_amendments", "t07-proposed-amendments", "2028-03-06 15:35:44",
    FENELLA, [TOMASZ], f"Proposed amendments to Mia's EHC plan - {CASE}",
    new="""Dear Mr Wiśniewski-Hart,

Following Mia's annual review on 10 February, the local authority has decided to amend her EHC plan. The amendment notice and the proposed amended plan are attached.

The main proposed change is to section I, which would name Thornleigh School from September. Sections B and F have been updated as the school recommended, and the healthcare plan is now referenced in section F.

You have 15 days to comment or to ask for a meeting, so please send me any representations by 20 March 2028. You can also ask for a particular school to be named. If I do not receive any comments by then, the plan will be finalised as proposed.

The final amended plan must be issued within eight weeks of the notice, so no later than 1 May 2028.""",
    fmt="alt",
    attachments=[
        Att("Amendment notice 06.03.2028 - WS-EHC-04127.pdf", "application/pdf", fake_pdf("Amendment notice")),
        Att("Proposed amended EHCP - Mia Wisniewski-Hart.pdf", "application/pdf", fake_pdf("Proposed amended EHC plan")),
    ],
    category="draft_plan", from_la=True,
    refs=[CASE],
    dates=[
        D("10 February", "2028-02-10", "past"),
        D("20 March 2028", "2028-03-20", "deadline"),
        D("1 May 2028", "2028-05-01", "deadline"),
    ],
    commits=[
        C("la", "finalise the plan as proposed if no comments", None,
          "If I do not receive any comments by then, the plan will be finalised as proposed."),
    ],
)  # fmt: skip

m017 = M(
    17, "ehc_hub_document", "t08-ehc-hub", "2028-03-06 15:36:10",
    EHC_HUB, [TOMASZ], "EHC Hub: a new document has been shared with you",
    sig="",
    new=f"""This is an automated message from the Wealdshire EHC Hub. Please do not reply to this email: this mailbox is not monitored.

A new document has been shared with you.

Case reference: {CASE}
Child: Mia W.
Document: Amendment notice and proposed amended plan
Shared by: SEND Assessment and Review Team
Shared on: 06/03/2028 15:35

To view it, sign in at https://ehchub.wealdshire.gov.uk. If you have forgotten your password, use the "Reset password" link on the sign-in page.

Wealdshire County Council""",
    cte="7bit", charset="us-ascii",
    category="general", from_la=True,
    refs=[CASE],
    dates=[D("06/03/2028", "2028-03-06", "other")],
)  # fmt: skip

m018 = M(
    18, "re_proposed_amendments", "t07-proposed-amendments", "2028-03-07 07:14:03",
    TOMASZ_PHONE, [FENELLA], f"Re: Proposed amendments to Mia's EHC plan - {CASE}",
    reply_to=m016, quote="apple",
    new="""Received.

- We do not agree to the proposed section I.
- I'll send our representations by 17 March, ahead of the 20 March deadline.
- Meanwhile, in writing please: (1) the reasons for proposing Thornleigh, (2) Thornleigh's consultation response, if it has given one, (3) the cost comparison that I assume drove this.
- We want a meeting to discuss the proposed amendments before the deadline.

Tomasz""",
    category="information_request",
    refs=[CASE],
    dates=[
        D("17 March", "2028-03-17", "deadline"),
        D("20 March", "2028-03-20", "deadline"),
    ],
    commits=[
        C("parent", "send representations", "2028-03-17",
          "I'll send our representations by 17 March, ahead of the 20 March deadline."),
    ],
)  # fmt: skip

m019 = M(
    19, "automatic_reply", "t07-proposed-amendments", "2028-03-07 07:14:31",
    FENELLA, [TOMASZ_PHONE], f"Automatic reply: Re: Proposed amendments to Mia's EHC plan - {CASE}",
    reply_to=m018, quote="none", sig="",
    new="""Thank you for your email. I am out of the office until Monday 13 March and will have limited access to email.

If your enquiry is urgent, please contact the SEND Assessment and Review Team on 01632 960500 or at sen.reviews@wealdshire.gov.uk.

Fenella Okonedo-Marsh""",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    category="general", from_la=True,
    refs=[CASE],
    dates=[D("Monday 13 March", "2028-03-13", "other")],
)  # fmt: skip

m020 = M(
    20, "re_proposed_amendments_meeting", "t07-proposed-amendments", "2028-03-14 16:20:57",
    FENELLA, [TOMASZ], f"RE: Proposed amendments to Mia's EHC plan - {CASE}",
    reply_to=m018, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

Apologies for the delay, I have been on leave.

I can offer a meeting on Teams on Thursday 16 March at 10am or on Friday 17 March at 2pm. Please let me know which suits.

On your other points: the reasons for the proposal are in paragraph 3 of the amendment notice. Thornleigh has been consulted but has not yet replied, and I'll forward its response to you when it arrives. The council does not release individual placement costings, but you are welcome to make a formal request for information.""",
    category="appointment", from_la=True,
    refs=[CASE],
    dates=[
        D("Thursday 16 March", "2028-03-16", "meeting"),
        D("Friday 17 March", "2028-03-17", "meeting"),
    ],
    commits=[
        C("la", "forward Thornleigh's consultation response", None,
          "Thornleigh has been consulted but has not yet replied, and I'll forward its response to you when it arrives."),
    ],
)  # fmt: skip

m021 = M(
    21, "re_meeting_confirmed", "t07-proposed-amendments", "2028-03-14 18:02:40",
    TOMASZ, [FENELLA], f"Re: Proposed amendments to Mia's EHC plan - {CASE}",
    cc=[JO], reply_to=m020, quote="tb",
    new="""Thursday 16 March, 10am, Teams. Confirmed; Jo will join too.""",
    category="appointment",
    refs=[CASE],
    dates=[D("Thursday 16 March", "2028-03-16", "meeting")],
    commits=[C("parent", "join the meeting", None, "Confirmed; Jo will join too.")],
)  # fmt: skip

# ------------------------------------------------------------------ t09 representations
m022 = M(
    22, "representations", "t09-representations", "2028-03-17 21:33:19",
    TOMASZ, [FENELLA], f"Representations - proposed amendments - Mia Wiśniewski-Hart - {CASE}",
    cc=[GARETH, JO],
    new="""Ms Okonedo-Marsh,

Our representations on the amendment notice of 6 March are attached (PDF, 6 pages, with appendices). Summary:

1. Section I: we ask that Brambleford School stays named. We do not agree to Thornleigh School.
   - The Tribunal named Brambleford in 2026 after hearing the evidence on Mia's autism. Nothing has changed that makes a large maintained school suitable.
   - Thornleigh has no nurse on site. Mia's diabetes is managed on a closed-loop pump that needs trained adults all day and, on residential nights, overnight.
   - Mia's views (appendix C) are clear.
   - A transfer mid-secondary carries a risk the LA has not assessed.
2. Sections B and F: we agree the changes, subject to the wording in appendix A.
3. Thornleigh's consultation response: still not received. We reserve the right to comment on it.

From yesterday's meeting: you said the LA will put Mia's placement to the SEND Placement Panel on 13 April and write to us afterwards.

Please confirm receipt, in writing.

T.""",
    attachments=[Att("Representations - Mia W-H - 17.03.2028.pdf", "application/pdf", fake_pdf("Representations"))],
    category="draft_plan",
    refs=[CASE],
    dates=[
        D("6 March", "2028-03-06", "past"),
        D("yesterday's meeting", "2028-03-16", "past"),
        D("13 April", "2028-04-13", "meeting"),
    ],
    commits=[
        C("la", "put the placement to the panel and write afterwards", "2028-04-13",
          "From yesterday's meeting: you said the LA will put Mia's placement to the SEND Placement Panel on 13 April and write to us afterwards."),
    ],
)  # fmt: skip

m023 = M(
    23, "re_representations", "t09-representations", "2028-03-20 09:40:26",
    FENELLA, [TOMASZ], f"RE: Representations - proposed amendments - Mia Wiśniewski-Hart - {CASE}",
    cc=[GARETH], reply_to=m022, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

I confirm that I received your representations and the appendices on Friday evening.

Your representations, together with the consultation responses from Brambleford and Thornleigh, will go to the SEND Placement Panel on Thursday 13 April. I will write to you with the panel's decision within five working days of the panel, so by Monday 24 April (the Easter bank holidays fall in between).""",
    category="acknowledgement", from_la=True,
    refs=[CASE],
    dates=[
        D("Friday evening", "2028-03-17", "past"),
        D("Thursday 13 April", "2028-04-13", "meeting"),
        D("Monday 24 April", "2028-04-24", "deadline"),
    ],
    commits=[
        C("la", "write with the panel's decision", "2028-04-24",
          "I will write to you with the panel's decision within five working days of the panel, so by Monday 24 April (the Easter bank holidays fall in between)."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t10 transport (bounce)
m024 = M(
    24, "transport_passenger_assistant", "t10-transport", "2028-03-21 08:05:11",
    TOMASZ, [SEN_TRANSPORT_TYPO], f"Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    new="""To the SEN transport team,

Mia Wiśniewski-Hart, Year 7, Brambleford School. Your ref TRN/28/1180 (letter of 2 March).

Your letter says the current taxi contract ends at Easter and a new operator starts on Monday 24 April.

Requirements for the new contract:
- a passenger assistant on every journey, as now;
- the PA trained in Mia's diabetes care before the first journey: hypo treatment, reading the pump and CGM alarms, when to phone us or 999. Her diabetes nurse has offered to do the training;
- the care plan's transport section kept in the vehicle.

Please confirm these, in writing, by Friday 31 March.""",
    category="information_request",
    refs=[TRN],
    dates=[
        D("2 March", "2028-03-02", "past"),
        D("Monday 24 April", "2028-04-24", "other"),
        D("Friday 31 March", "2028-03-31", "deadline"),
    ],
)  # fmt: skip

m025 = M(
    25, "undelivered_mail", "t10-transport", "2028-03-21 08:05:14",
    MAILER_DAEMON, [TOMASZ], "Undelivered Mail Returned to Sender",
    sig="", msgid="<20280321080514.4F2C61A03B7@smtp.example.net>",
    new="""This is the mail system at host smtp.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sen.transport@wealdshrie.gov.uk>: Host or domain name not found. Name service
    error for name=wealdshrie.gov.uk type=MX: Host not found""",
    cte="7bit", charset="us-ascii",
    dsn_of=m024, dsn_status="Host or domain name not found. Name service error for name=wealdshrie.gov.uk type=MX: Host not found",
    extra_headers=[("Auto-Submitted", "auto-replied")],
    category="general",
)  # fmt: skip

m026 = M(
    26, "fwd_transport", "t10-transport", "2028-03-21 08:31:47",
    TOMASZ, [SEN_TRANSPORT], f"Fwd: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    reply_to=m024, quote="tbfwd", irt=False,
    new="""Resending: the first attempt went to a misspelt address and bounced.""",
    category="information_request",
    refs=[TRN],
)  # fmt: skip

m027 = M(
    27, "re_transport", "t10-transport", "2028-03-23 11:52:09",
    DAWN, [TOMASZ], f"RE: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    reply_to=m026, quote="outlook", irt=False, thread_index=True,
    new="""Good morning Mr Wiśniewski-Hart,

Thank you for your email, which has been passed to me as I look after the Brambleford routes.

I can confirm the new contract is with Ridgeway Cars from Monday 24 April, and that a passenger assistant will be on every journey. I have put the diabetes training into the contract conditions, so the PA cannot start until it is done.

I will let you know the PA's name and the training arrangements by Friday 7 April.""",
    category="general", from_la=True,
    refs=[TRN],
    dates=[
        D("Monday 24 April", "2028-04-24", "other"),
        D("Friday 7 April", "2028-04-07", "deadline"),
    ],
    commits=[
        C("la", "give the PA's name and training arrangements", "2028-04-07",
          "I will let you know the PA's name and the training arrangements by Friday 7 April."),
    ],
)  # fmt: skip

m028 = M(
    28, "re_transport_pa_name", "t10-transport", "2028-04-06 16:40:33",
    DAWN, [TOMASZ], f"RE: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    reply_to=m027, quote="outlook",
    new="""Hello again,

Ridgeway have confirmed that Mia's PA will be Beverley Sutton (Bev), with Tony Marsh as the reserve. The driver will be Colin, in a silver Skoda estate.

Ridgeway would like the training to come from Mia's own diabetes team if possible. Could you pass their operations manager's details to the nurse? She is Kerry Mallet, bookings@ridgewaycars.co.uk, 01632 960733. Ridgeway's booking number for Mia is RC-55812 if they ask.""",
    category="general", from_la=True,
    refs=[TRN],
)  # fmt: skip

# ------------------------------------------------------------------ t11 forward to the diabetes nurse
m029 = M(
    29, "fwd_transport_to_nurse", "t11-transport-training", "2028-04-06 20:15:25",
    TOMASZ, [SIAN], f"Fwd: RE: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    cc=[KERRY], reply_to=m028, quote="tbfwd", irt=False,
    new="""Siân,

See below from the council's transport team. Kerry (Ridgeway, copied) runs the taxi.

- Can you train Bev and Tony before 24 April? First journey is that morning.
- The one-page transport plan you mentioned would go in the car.
- Please confirm the arrangements in writing, to Kerry and me.

T.""",
    category="general",
    refs=[TRN],
    dates=[D("24 April", "2028-04-24", "deadline")],
)  # fmt: skip

m030 = M(
    30, "re_transport_training", "t11-transport-training", "2028-04-10 10:02:58",
    SIAN, [TOMASZ, KERRY], f"RE: Fwd: RE: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    reply_to=m029, quote="outlook",
    new="""Dear both,

Happy to. I can do Thursday 20 April at 4pm, either at Ridgeway's depot or at Brambleford if that's easier for Bev and Tony. It takes about an hour and a half, including practice with a spare pump and a hypo kit.

I will email the one-page transport plan to you both by Wednesday 19 April, so Bev and Tony can read it before the session.

Kerry, please could you let me know which venue you'd prefer.

Kind regards""",
    category="appointment",
    refs=[TRN],
    dates=[
        D("Thursday 20 April", "2028-04-20", "meeting"),
        D("Wednesday 19 April", "2028-04-19", "deadline"),
    ],
    commits=[
        C("health", "email the transport plan", "2028-04-19",
          "I will email the one-page transport plan to you both by Wednesday 19 April, so Bev and Tony can read it before the session."),
    ],
)  # fmt: skip

m031 = M(
    31, "re_transport_training_ridgeway", "t11-transport-training", "2028-04-11 08:30:14",
    KERRY, [SIAN, TOMASZ], f"RE: Fwd: RE: Transport - Mia Wiśniewski-Hart - passenger assistant trained in diabetes care ({TRN})",
    reply_to=m030, quote="outlook", fmt="html", cte="quoted-printable",
    new="""Hi Siân, hi Mr Wiśniewski-Hart,

Our depot is best, we have a training room upstairs and plenty of parking (Unit 4, Mill Yard, WS2 9DF).

Bev and Tony will both be there at 4pm on the 20th.

From Monday 24th Colin will collect Mia at 07:55 from home, with Bev in the back. Any problems on the day, ring the office on the number below and not Colin's mobile please, as he can't answer while driving.

Thanks, Kerry""",
    category="appointment",
    refs=[TRN],
    dates=[
        D("the 20th", "2028-04-20", "meeting"),
        D("Monday 24th", "2028-04-24", "other"),
    ],
    commits=[
        C("other", "Bev and Tony attend the training", "2028-04-20", "Bev and Tony will both be there at 4pm on the 20th."),
    ],
)  # fmt: skip

MSGS = [
    m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016,
    m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030, m031,
]  # fmt: skip
