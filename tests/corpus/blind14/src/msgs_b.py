"""Messages 032-058 of blind14 (April to October 2028): delay, complaint, final plan, appeal, settlement."""

from corpuslib import Att, C, D, M, fake_pdf
from people import (
    ALASDAIR,
    BRAMBLE_OFFICE,
    DAWN,
    FEEDBACK,
    FEEDBACK_TEAM,
    FENELLA,
    GARETH,
    GARETH_PHONE,
    JO,
    LORNA,
    MARGUERITE,
    NEIL,
    TOMASZ,
    TOMASZ_PHONE,
    TRIBUNAL,
)

CASE = "WS-EHC-04127"
TRN = "TRN/28/1180"
CF = "WCC/CF/28/0706"
APPEAL = "EH886/28/00157"
LEGAL = "LS-EDU-2028-0311"

# ------------------------------------------------------------------ t12 delay
m032 = M(
    32, "panel_deferred", "t12-panel-delay", "2028-04-21 14:55:36",
    FENELLA, [TOMASZ], f"Mia Wiśniewski-Hart - placement panel and the final amended plan - {CASE}",
    cc=[GARETH],
    new="""Dear Mr Wiśniewski-Hart,

I said I would write by Monday with the outcome of the Placement Panel on 13 April. I'm afraid there isn't one yet. The panel deferred its decision: it has asked Thornleigh for a written account of how it would manage Mia's diabetes during the school day, including who would be trained and how staff absence would be covered. The case will go back to the panel on Thursday 11 May.

This means the final amended plan will not be issued by 1 May 2028, the date given in the amendment notice. I am sorry. I know this is not what you wanted to hear, and it is not how the process is meant to run.

I will write to you with the panel's decision on 11 May. The final amended plan will then be issued by Friday 19 May.""",
    category="delay_notice", from_la=True,
    refs=[CASE],
    dates=[
        D("Monday", "2028-04-24", "deadline"),
        D("13 April", "2028-04-13", "past"),
        D("Thursday 11 May", "2028-05-11", "meeting"),
        D("1 May 2028", "2028-05-01", "deadline"),
        D("Friday 19 May", "2028-05-19", "deadline"),
    ],
    commits=[
        C("la", "write with the panel's decision", "2028-05-11", "I will write to you with the panel's decision on 11 May."),
        C("la", "issue the final amended plan", "2028-05-19", "The final amended plan will then be issued by Friday 19 May."),
    ],
)  # fmt: skip

m033 = M(
    33, "re_panel_deferred", "t12-panel-delay", "2028-04-21 19:20:08",
    TOMASZ, [FENELLA], f"Re: Mia Wiśniewski-Hart - placement panel and the final amended plan - {CASE}",
    cc=[GARETH, JO], reply_to=m032, quote="tb",
    new="""Ms Okonedo-Marsh,

- Noted. Not accepted: the eight-week limit is statutory, and the council had Thornleigh in mind in February. The diabetes question was obvious then.
- What exactly has Thornleigh been asked, and by when must it answer? In writing, please.
- If the plan is not issued by 19 May I will make a formal complaint.

T.""",
    category="information_request",
    refs=[CASE],
    dates=[D("19 May", "2028-05-19", "deadline")],
    commits=[
        C("parent", "make a formal complaint if the plan is late", None,
          "If the plan is not issued by 19 May I will make a formal complaint."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t13 not_send: trip
m034 = M(
    34, "year7_trip", "t13-school-trip", "2028-04-26 12:00:03",
    BRAMBLE_OFFICE, [TOMASZ], "Year 7 trip to Hollowmere Sands - final payment",
    new="""Dear Parents and Carers,

A reminder that the final payment of £18 for the Year 7 trip to Hollowmere Sands is due by Friday 5 May on ParentPay. The trip itself is on Wednesday 14 June; coaches leave at 9am and return by 4pm.

Pupils will need a packed lunch, a waterproof, sun cream and a change of shoes. If your child has any medication, please make sure it is in date and labelled - the class team will take all medical kits as usual.

Many thanks,
Brambleford School Office""",
    sig="", fmt="alt",
    category="not_send",
)  # fmt: skip

# ------------------------------------------------------------------ t14 chaser
m035 = M(
    35, "chaser_panel_outcome", "t14-chaser", "2028-05-15 07:50:22",
    TOMASZ, [FENELLA], f"Chaser: panel outcome (11 May) and final amended plan - {CASE}",
    cc=[GARETH, JO],
    new="""Ms Okonedo-Marsh,

- You wrote on 21 April that you would write with the panel's decision on 11 May. Nothing has arrived.
- The final amended plan was due by 1 May. It is now two weeks late.
- Please send the panel's decision, in writing, by Wednesday, and confirm that 19 May still stands.

T.""",
    category="chaser",
    refs=[CASE],
    dates=[
        D("21 April", "2028-04-21", "past"),
        D("11 May", "2028-05-11", "past"),
        D("1 May", "2028-05-01", "past"),
        D("Wednesday", "2028-05-17", "deadline"),
        D("19 May", "2028-05-19", "deadline"),
    ],
)  # fmt: skip

m036 = M(
    36, "re_chaser_panel_outcome", "t14-chaser", "2028-05-15 11:30:47",
    GARETH_PHONE, [TOMASZ], f"Re: Chaser: panel outcome (11 May) and final amended plan - {CASE}",
    cc=[FENELLA, JO], reply_to=m035, quote="outlook",
    new="""Mr Wiśniewski-Hart,

Apologies. Fenella is off sick and her post was not picked up, which is my responsibility rather than hers.

The panel met on 11 May and agreed that Thornleigh can meet Mia's needs, with a staff training plan led by the children's diabetes team. I'll make sure the decision letter and the final amended plan reach you by Friday 19 May.

I'm taking Mia's case on myself until Fenella is back.""",
    category="general", from_la=True,
    refs=[CASE],
    dates=[
        D("11 May", "2028-05-11", "past"),
        D("Friday 19 May", "2028-05-19", "deadline"),
    ],
    commits=[
        C("la", "send the decision letter and final amended plan", "2028-05-19",
          "I'll make sure the decision letter and the final amended plan reach you by Friday 19 May."),
        C("la", "manage the case until the officer returns", None, "I'm taking Mia's case on myself until Fenella is back."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t15 complaint
m037 = M(
    37, "stage1_complaint", "t15-complaint", "2028-05-22 08:02:10",
    TOMASZ, [FEEDBACK_TEAM], f"Formal complaint (Stage 1) - late final amended EHC plan - Mia Wiśniewski-Hart - {CASE}",
    cc=[GARETH, JO],
    new="""To the Customer Feedback Team,

This is a formal Stage 1 complaint about the SEND service's handling of my daughter Mia's EHC plan.

Timeline:
- 10 February: annual review.
- 6 March: amendment notice. Statutory limit for the final amended plan: eight weeks, i.e. 1 May.
- 21 April: told the plan would be late; new date 19 May.
- 15 May: Mr Pilkington (SEND Service Manager) promised the plan by 19 May.
- Now: no plan, no decision letter, no explanation.

Complaint:
1. The final amended plan is three weeks late, in breach of regulation 22(3).
2. Two dated promises have been broken.
3. Nobody covered the case while the officer was off sick.

Outcome sought:
- the final amended plan issued now;
- a written apology and an explanation;
- what the council will change so that deadlines are tracked when an officer is absent.

Please acknowledge this in writing.

Tomasz Wiśniewski-Hart (Mia's father)""",
    sig="",
    category="complaint",
    refs=[CASE],
    dates=[
        D("10 February", "2028-02-10", "past"),
        D("6 March", "2028-03-06", "past"),
        D("1 May", "2028-05-01", "past"),
        D("21 April", "2028-04-21", "past"),
        D("19 May", "2028-05-19", "past"),
        D("15 May", "2028-05-15", "past"),
    ],
)  # fmt: skip

m038 = M(
    38, "complaint_received", "t15-complaint", "2028-05-22 08:03:02",
    FEEDBACK, [TOMASZ], f"Your feedback has been received - {CF}",
    reply_to=m037, quote="none", irt=False, sig="",
    new=f"""Dear Tomasz Wiśniewski-Hart,

Thank you for contacting Wealdshire County Council. Your complaint has been logged with the reference {CF}. Please quote this reference in any further correspondence.

Your complaint has been passed to the SEND service. We aim to send you a full response within 10 working days, by 6 June 2028.

Please do not reply to this email, as replies to this address are not monitored. To add information to your complaint, write to feedback@wealdshire.gov.uk quoting your reference.

Customer Feedback Team
Wealdshire County Council""",
    fmt="html", cte="base64",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    category="complaint", from_la=True,
    refs=[CF],
    dates=[D("6 June 2028", "2028-06-06", "deadline")],
    commits=[
        C("la", "send a full response", "2028-06-06",
          "We aim to send you a full response within 10 working days, by 6 June 2028."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t16 final amended plan (Thornleigh)
m039 = M(
    39, "final_amended_plan", "t16-final-amended-plan", "2028-05-24 16:12:55",
    GARETH, [TOMASZ], f"Final amended EHC plan - Mia Wiśniewski-Hart - {CASE}",
    cc=[LORNA],
    new="""Dear Mr Wiśniewski-Hart,

Please find attached Mia's final amended EHC plan and the letter that goes with it. I am sorry that it reaches you more than three weeks after the statutory date.

Section I now names Thornleigh School, with the move planned for the start of the autumn term on Monday 4 September 2028. Mia remains at Brambleford until then.

If you disagree with the school named, you can appeal to the SEND Tribunal. An appeal must be made within two months of the date of the letter, by 24 July 2028. As your disagreement is only about section I, you do not need to contact a mediation adviser first. The details are in the letter.

Lorna, I'm copying you so that Brambleford has the final version.""",
    fmt="alt",
    attachments=[
        Att("Final amended EHCP - Mia W-H - 24.05.2028.pdf", "application/pdf", fake_pdf("Final amended EHC plan")),
        Att("Letter - final amended plan and appeal rights.pdf", "application/pdf", fake_pdf("Appeal rights letter")),
    ],
    category="final_plan", from_la=True,
    refs=[CASE],
    dates=[
        D("Monday 4 September 2028", "2028-09-04", "other"),
        D("24 July 2028", "2028-07-24", "deadline"),
    ],
)  # fmt: skip

m040 = M(
    40, "re_final_amended_plan", "t16-final-amended-plan", "2028-05-24 20:47:30",
    TOMASZ, [GARETH], f"Re: Final amended EHC plan - Mia Wiśniewski-Hart - {CASE}",
    cc=[JO], reply_to=m039, quote="tb",
    new=f"""Mr Pilkington,

- Received, 23 days after the statutory date.
- We will appeal section I.
- Mia should not be moved while the appeal is live. I expect the council to confirm that, in writing.
- The complaint ({CF}) stands.

T.""",
    category="mediation_tribunal",
    refs=[CASE, CF],
    commits=[C("parent", "appeal section I", None, "We will appeal section I.")],
)  # fmt: skip

# ------------------------------------------------------------------ t15 complaint cont.
m041 = M(
    41, "stage1_response", "t15-complaint", "2028-06-06 17:05:41",
    MARGUERITE, [TOMASZ], f"Stage 1 response - {CF}",
    cc=[GARETH], reply_to=m037, quote="outlook", fmt="html", cte="quoted-printable",
    new="""Dear Mr Wiśniewski-Hart,

Thank you for your complaint of 22 May, which I have investigated with the SEND Service Manager.

I uphold your complaint. The final amended plan should have been issued by 1 May 2028 and was issued on 24 May 2028. The deferral at the placement panel and the officer's absence explain the delay but do not excuse it, and you should not have been given two dates that were then missed. On behalf of the council, I apologise.

The SEND service will log every amendment notice with its eight-week date on the team tracker, which a team leader will check each week.

Mr Pilkington will write to you by 30 June 2028 to confirm how Mia's case will be managed while your appeal is pending.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2. Please do so within 20 working days of the date of this letter, i.e. by 4 July 2028.""",
    category="complaint", from_la=True,
    refs=[CF],
    dates=[
        D("22 May", "2028-05-22", "past"),
        D("1 May 2028", "2028-05-01", "past"),
        D("24 May 2028", "2028-05-24", "past"),
        D("30 June 2028", "2028-06-30", "deadline"),
        D("4 July 2028", "2028-07-04", "deadline"),
    ],
    commits=[
        C("la", "log amendment notices on the tracker", None,
          "The SEND service will log every amendment notice with its eight-week date on the team tracker, which a team leader will check each week."),
        C("la", "write about case management during the appeal", "2028-06-30",
          "Mr Pilkington will write to you by 30 June 2028 to confirm how Mia's case will be managed while your appeal is pending."),
    ],
)  # fmt: skip

m042 = M(
    42, "stage2_request", "t15-complaint", "2028-06-12 07:40:19",
    TOMASZ, [MARGUERITE], f"Re: Stage 1 response - {CF}",
    cc=[JO], reply_to=m041, quote="tb",
    new="""Ms Dunleavy,

Thank you. I accept the finding. I ask for Stage 2, because the response does not deal with:

- the 19 May promise, broken again on 22 May;
- any remedy for the time Jo and I have spent chasing (the Ombudsman's guidance allows for a payment);
- the panel deferring on a question, diabetes support at Thornleigh, that the council could have asked in February.

I'd like the Stage 2 investigator to reply in writing, please. I am not available for calls during working hours.

T.""",
    category="complaint",
    refs=[CF],
    dates=[
        D("19 May", "2028-05-19", "past"),
        D("22 May", "2028-05-22", "past"),
    ],
)  # fmt: skip

m043 = M(
    43, "stage2_acknowledged", "t15-complaint", "2028-06-13 10:14:26",
    NEIL, [TOMASZ], f"RE: Stage 1 response - {CF} - Stage 2",
    reply_to=m042, quote="outlook",
    new=f"""Dear Mr Wiśniewski-Hart,

I have been asked to carry out the Stage 2 review of your complaint, {CF}. I will look again at the Stage 1 investigation and at the three points in your email, and I will reply in writing, as you ask.

I aim to send you my response within 20 working days, by 11 July 2028. If I need more time, I will tell you before then and give you a new date.

Yours sincerely""",
    category="complaint", from_la=True,
    refs=[CF],
    dates=[D("11 July 2028", "2028-07-11", "deadline")],
    commits=[
        C("la", "review the complaint and reply in writing", None,
          "I will look again at the Stage 1 investigation and at the three points in your email, and I will reply in writing, as you ask."),
        C("la", "send the Stage 2 response", "2028-07-11", "I aim to send you my response within 20 working days, by 11 July 2028."),
        C("la", "tell of any extension", None, "If I need more time, I will tell you before then and give you a new date."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t17 tribunal registration
m044 = M(
    44, "appeal_registered", "t17-appeal-registered", "2028-07-07 10:31:00",
    TRIBUNAL, [TOMASZ], f"{APPEAL} - Mia Wiśniewski-Hart - Appeal registered",
    new=f"""Dear Mr Wiśniewski-Hart,

Special Educational Needs and Disability Tribunal
Appeal number: {APPEAL}
Child: Mia Wiśniewski-Hart
Local authority: Wealdshire County Council

Your appeal was received on 3 July 2028 and has been registered. It concerns section I of the EHC plan dated 24 May 2028.

The hearing will take place on Tuesday 24 October 2028 at Wealdbury Magistrates' Court, unless the Tribunal decides the appeal can be determined on the papers.

The Tribunal has made the following directions:
1. The local authority must send its response to the appeal to the Tribunal and to you by 18 August 2028.
2. Both parties must send any further evidence, and the attendance form, by 22 September 2028.
3. The local authority must send the working document to you by 6 October 2028, and you must return it by 13 October 2028.

Please quote the appeal number in all correspondence.

SEND Tribunal
HM Courts & Tribunals Service""",
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("3 July 2028", "2028-07-03", "past"),
        D("24 May 2028", "2028-05-24", "past"),
        D("Tuesday 24 October 2028", "2028-10-24", "meeting"),
        D("18 August 2028", "2028-08-18", "deadline"),
        D("22 September 2028", "2028-09-22", "deadline"),
        D("6 October 2028", "2028-10-06", "deadline"),
        D("13 October 2028", "2028-10-13", "deadline"),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t18 school as witness
m045 = M(
    45, "fwd_appeal_registered", "t18-school-witness", "2028-07-07 19:40:52",
    TOMASZ, [LORNA], f"Fwd: {APPEAL} - Mia Wiśniewski-Hart - Appeal registered",
    cc=[JO], reply_to=m044, quote="tbfwd", irt=False,
    new="""Lorna,

Appeal registered, see below. Hearing on 24 October.

- Would you give evidence for us? That means a written statement by 22 September and attending on the day.
- I'll forward the council's response when it arrives. It is due on 18 August.

T.""",
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("24 October", "2028-10-24", "meeting"),
        D("22 September", "2028-09-22", "deadline"),
        D("18 August", "2028-08-18", "deadline"),
    ],
    commits=[C("parent", "forward the council's response", None, "I'll forward the council's response when it arrives.")],
)  # fmt: skip

m046 = M(
    46, "re_fwd_appeal_registered", "t18-school-witness", "2028-07-10 12:20:14",
    LORNA, [TOMASZ], f"Re: Fwd: {APPEAL} - Mia Wiśniewski-Hart - Appeal registered",
    cc=[JO], reply_to=m045, quote="gmail",
    new="""Hi Tomasz,

Yes, of course - and Mr Achterberg is happy for me to do it.

I will write my statement over the summer and send it to you by Friday 15 September, which leaves you a week before the Tribunal's deadline to check it. I'll keep 24 October free.""",
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("Friday 15 September", "2028-09-15", "deadline"),
        D("24 October", "2028-10-24", "meeting"),
    ],
    commits=[
        C("school", "send the witness statement", "2028-09-15",
          "I will write my statement over the summer and send it to you by Friday 15 September, which leaves you a week before the Tribunal's deadline to check it."),
        C("school", "attend the hearing", "2028-10-24", "I'll keep 24 October free."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t15 complaint: Stage 2 response
m047 = M(
    47, "stage2_response", "t15-complaint", "2028-07-11 15:48:09",
    NEIL, [TOMASZ], f"RE: Stage 1 response - {CF} - Stage 2",
    reply_to=m043, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

My Stage 2 response is attached. In short, I have upheld all three of your points.

The council will pay you £250 in recognition of your time and trouble, within 28 days of the date of this letter, so by 8 August 2028. I have also asked the SEND service to report to me by 29 September 2028 on the changes it promised at Stage 1.

This is the end of the council's complaints procedure. If you remain unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint; the letter explains how.

Yours sincerely""",
    attachments=[Att(f"Stage 2 response - {CF.replace('/', '-')}.pdf", "application/pdf", fake_pdf("Stage 2 response"))],
    category="complaint", from_la=True,
    refs=[CF],
    dates=[
        D("8 August 2028", "2028-08-08", "deadline"),
        D("29 September 2028", "2028-09-29", "deadline"),
    ],
    commits=[
        C("la", "pay £250", "2028-08-08",
          "The council will pay you £250 in recognition of your time and trouble, within 28 days of the date of this letter, so by 8 August 2028."),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t19 transport from September
m048 = M(
    48, "transport_september", "t19-transport-september", "2028-07-18 09:12:33",
    DAWN, [TOMASZ], f"Transport from September - Mia Wiśniewski-Hart - {TRN}",
    new="""Dear Mr Wiśniewski-Hart,

I'm planning routes for the new school year. Our system shows that Mia's EHC plan now names Thornleigh School from Monday 4 September, so her Ridgeway journey to Brambleford would end on Friday 21 July, the last day of term.

Before I change anything, could you confirm which school Mia will be attending in September? I need to finalise the routes by Friday 28 July.""",
    category="information_request", from_la=True,
    refs=[TRN],
    dates=[
        D("Monday 4 September", "2028-09-04", "other"),
        D("Friday 21 July", "2028-07-21", "other"),
        D("Friday 28 July", "2028-07-28", "deadline"),
    ],
)  # fmt: skip

m049 = M(
    49, "re_transport_september", "t19-transport-september", "2028-07-18 12:40:05",
    TOMASZ, [DAWN], f"Re: Transport from September - Mia Wiśniewski-Hart - {TRN}",
    cc=[GARETH], reply_to=m048, quote="tb",
    new=f"""Dawn,

- Mia will be at Brambleford in September. The section I appeal is registered ({APPEAL}); hearing on 24 October.
- Gareth Pilkington confirmed on 30 June that Brambleford continues while the appeal is pending. He's copied.
- Same arrangement, please: Ridgeway, with Bev as PA.
- Please don't cancel anything, and confirm in writing when it's sorted.

T.""",
    category="general",
    refs=[TRN, APPEAL],
    dates=[
        D("24 October", "2028-10-24", "meeting"),
        D("30 June", "2028-06-30", "past"),
    ],
)  # fmt: skip

m050 = M(
    50, "re_transport_september_2", "t19-transport-september", "2028-07-20 14:03:27",
    DAWN, [TOMASZ], f"RE: Transport from September - Mia Wiśniewski-Hart - {TRN}",
    cc=[GARETH], reply_to=m049, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

Thank you. I have checked with Gareth and that is right: Mia's transport to Brambleford carries on in September with Ridgeway, and Bev stays as her PA.

Brambleford's autumn term starts on Tuesday 5 September, and the pick-up time stays at 07:55. I will send you the confirmation letter by Friday 28 July.""",
    category="general", from_la=True,
    refs=[TRN],
    dates=[
        D("Tuesday 5 September", "2028-09-05", "other"),
        D("Friday 28 July", "2028-07-28", "deadline"),
    ],
    commits=[C("la", "send the transport confirmation letter", "2028-07-28", "I will send you the confirmation letter by Friday 28 July.")],
)  # fmt: skip

# ------------------------------------------------------------------ t20 settlement
m051 = M(
    51, "proposal_to_settle", "t20-settlement", "2028-09-06 11:20:48",
    ALASDAIR, [TOMASZ], f"{APPEAL} - Mia Wiśniewski-Hart - proposal to settle the appeal",
    cc=[GARETH],
    new="""Dear Mr Wiśniewski-Hart,

I act for Wealdshire County Council in this appeal. My letter is attached; in summary:

Having considered your evidence, in particular Ms Pritchard-Lowe's report of 29 August 2028 on the training and overnight cover that Mia's diabetes requires, the local authority no longer opposes the appeal and is prepared to name Brambleford School in section I of Mia's EHC plan.

I propose that the appeal is concluded by a consent order. I will send you a draft by Friday 8 September. Once the order is made, the local authority will issue the amended plan naming Brambleford, and Mia's transport, with a trained passenger assistant, will continue unchanged.

If the order is made, the hearing listed for 24 October 2028 will not be needed. I should be grateful if you would let me know whether you agree in principle.

Yours sincerely""",
    attachments=[Att("Letter to Mr Wisniewski-Hart 06.09.2028.pdf", "application/pdf", fake_pdf("Settlement letter"))],
    category="mediation_tribunal", from_la=True,
    refs=[APPEAL, LEGAL],
    dates=[
        D("29 August 2028", "2028-08-29", "past"),
        D("Friday 8 September", "2028-09-08", "deadline"),
        D("24 October 2028", "2028-10-24", "meeting"),
    ],
    commits=[
        C("la", "send a draft consent order", "2028-09-08", "I will send you a draft by Friday 8 September."),
        C("la", "issue the amended plan naming Brambleford and continue transport", None,
          "Once the order is made, the local authority will issue the amended plan naming Brambleford, and Mia's transport, with a trained passenger assistant, will continue unchanged."),
    ],
)  # fmt: skip

m052 = M(
    52, "re_proposal_to_settle", "t20-settlement", "2028-09-06 18:05:37",
    TOMASZ, [ALASDAIR], f"Re: {APPEAL} - Mia Wiśniewski-Hart - proposal to settle the appeal",
    cc=[JO], reply_to=m051, quote="tb",
    new="""Mr Quayle,

- Agreed in principle.
- The order must name Brambleford School in section I and keep section F as agreed in March (diabetes training, care plan referenced).
- Transport with a passenger assistant trained in Mia's diabetes care: I want that in writing from the council, either in the order or in a letter.
- I'll sign once I've seen the wording.

T.""",
    category="mediation_tribunal",
    refs=[APPEAL],
    commits=[C("parent", "sign the consent order", None, "I'll sign once I've seen the wording.")],
)  # fmt: skip

m053 = M(
    53, "draft_consent_order", "t20-settlement", "2028-09-08 15:02:11",
    ALASDAIR, [TOMASZ], f"RE: {APPEAL} - Mia Wiśniewski-Hart - proposal to settle the appeal - draft consent order",
    cc=[GARETH], reply_to=m052, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

As promised, the draft consent order is attached, with section I and section F as you asked. The council's undertaking on transport is in a separate letter signed by Mr Pilkington, also attached, because the Tribunal does not make orders about transport.

If you are content, please sign and return the order by Wednesday 13 September. I will send it to the Tribunal on the day I receive it.

Yours sincerely""",
    attachments=[
        Att("Draft consent order EH886-28-00157.pdf", "application/pdf", fake_pdf("Draft consent order")),
        Att("Transport undertaking - Mia W-H.pdf", "application/pdf", fake_pdf("Transport letter")),
    ],
    category="mediation_tribunal", from_la=True,
    refs=[APPEAL, LEGAL],
    dates=[D("Wednesday 13 September", "2028-09-13", "deadline")],
    commits=[C("la", "send the signed order to the Tribunal", None, "I will send it to the Tribunal on the day I receive it.")],
)  # fmt: skip

m054 = M(
    54, "signed_consent_order", "t20-settlement", "2028-09-11 07:05:40",
    TOMASZ_PHONE, [ALASDAIR], f"Re: {APPEAL} - Mia Wiśniewski-Hart - proposal to settle the appeal - draft consent order",
    cc=[JO], reply_to=m053, quote="apple",
    new="""Signed order attached. Thank you for dealing with this quickly.

Tomasz""",
    attachments=[Att("Consent order signed.pdf", "application/pdf", fake_pdf("Signed consent order"))],
    category="mediation_tribunal",
    refs=[APPEAL],
)  # fmt: skip

# ------------------------------------------------------------------ t21 consent order
m055 = M(
    55, "consent_order_made", "t21-consent-order", "2028-09-20 14:40:19",
    TRIBUNAL, [TOMASZ], f"{APPEAL} - Mia Wiśniewski-Hart - Consent order - hearing vacated",
    cc=[ALASDAIR],
    new="""Dear Parties,

The Tribunal has considered the draft order agreed by the parties and has made the attached consent order today.

The hearing listed for Tuesday 24 October 2028 is vacated. The parties do not need to attend.

Under the order, the local authority must issue Mia's amended EHC plan, naming Brambleford School in section I, within five weeks of the date of the order, that is by 25 October 2028.

The appeal is now concluded.

SEND Tribunal
HM Courts & Tribunals Service""",
    attachments=[Att("Consent order EH886-28-00157.pdf", "application/pdf", fake_pdf("Consent order"))],
    category="mediation_tribunal",
    refs=[APPEAL],
    dates=[
        D("today", "2028-09-20", "other"),
        D("Tuesday 24 October 2028", "2028-10-24", "meeting"),
        D("25 October 2028", "2028-10-25", "deadline"),
    ],
)  # fmt: skip

# ------------------------------------------------------------------ t22 amended final plan (Brambleford)
m056 = M(
    56, "amended_final_plan_brambleford", "t22-final-plan-brambleford", "2028-10-13 11:45:02",
    GARETH, [TOMASZ], f"Amended final EHC plan - Mia Wiśniewski-Hart - {CASE} (Brambleford School)",
    cc=[LORNA, DAWN],
    new="""Dear Mr Wiśniewski-Hart,

Following the Tribunal's consent order of 20 September 2028, I attach Mia's amended final EHC plan. Section I names Brambleford School, and section F includes the diabetes training and the reference to Mia's healthcare plan that we agreed in March.

Mia's next annual review will fall in February 2029. Lorna will be in touch with a date nearer the time.

Transport continues as it is now; Dawn is copied for her records.""",
    fmt="alt",
    attachments=[Att("Amended final EHCP - Mia W-H - 13.10.2028.pdf", "application/pdf", fake_pdf("Amended final EHC plan"))],
    category="final_plan", from_la=True,
    refs=[CASE],
    dates=[D("20 September 2028", "2028-09-20", "past")],
    commits=[C("school", "contact the family with a review date", None, "Lorna will be in touch with a date nearer the time.")],
)  # fmt: skip

m057 = M(
    57, "re_amended_final_plan", "t22-final-plan-brambleford", "2028-10-13 20:10:45",
    TOMASZ, [GARETH], f"Re: Amended final EHC plan - Mia Wiśniewski-Hart - {CASE} (Brambleford School)",
    cc=[JO], reply_to=m056, quote="tb",
    new="""Gareth,

Received, thank you. Checked against the order:

- section I: correct.
- section F: correct.
- page 2: Brambleford is spelt "Bramblefield" twice. Please correct and reissue, in writing.

T.""",
    category="general",
    refs=[CASE],
)  # fmt: skip

m058 = M(
    58, "re_amended_final_plan_corrected", "t22-final-plan-brambleford", "2028-10-16 09:30:58",
    GARETH, [TOMASZ], f"RE: Amended final EHC plan - Mia Wiśniewski-Hart - {CASE} (Brambleford School)",
    cc=[JO], reply_to=m057, quote="outlook",
    new="""Dear Mr Wiśniewski-Hart,

Apologies for that. The corrected plan is attached; nothing else has changed. Please disregard the version dated 13 October 2028.""",
    attachments=[Att("Amended final EHCP - Mia W-H - corrected 16.10.2028.pdf", "application/pdf", fake_pdf("Amended final EHC plan corrected"))],
    category="final_plan", from_la=True,
    refs=[CASE],
    dates=[D("13 October 2028", "2028-10-13", "past")],
)  # fmt: skip

MSGS = [
    m032, m033, m034, m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047,
    m048, m049, m050, m051, m052, m053, m054, m055, m056, m057, m058,
]  # fmt: skip
