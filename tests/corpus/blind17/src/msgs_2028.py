"""Messages from January to July 2028 (one M(...) per message, with its gold labels)."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_2027 import catrin_ep
from people import (
    ANJALI,
    CATRIN,
    CATRIN_PHONE,
    IMMY,
    LIBRARIES,
    LOMAX,
    LORRAINE,
    OSTROWSKI,
    PAUL,
    RHYS,
    SHAUNA,
    SIAN,
    TRIB_CASE,
    TRIB_EVIDENCE,
    TRIB_REG,
)  # fmt: skip


def pdf(name: str) -> Att:
    return Att(name, "application/pdf", fake_pdf(name))


SUBJ_DRAFT = "Draft EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614"
HD = "HD 22/06/2028 | EH873/28/00142 | Edward Holloway-Reyes | "

# ------------------------------------------------------------------ t07 educational psychology (report)
ep_report = M(
    "re_ep_advice_report",
    "t07-ep",
    "2028-01-07 12:48:33",
    LOMAX,
    [CATRIN],
    "RE: Educational psychology advice \u2013 Teddy Holloway-Reyes",
    cc=[IMMY],
    reply_to=catrin_ep,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    attachments=[pdf("EP advice - Edward Holloway-Reyes.pdf")],
    new="""\
Dear Ms Holloway and Ms Reyes,

My psychological advice for Teddy's EHC needs assessment is attached. It went to Mr Gallagher this morning. I am sorry that it is later than I told you it would be.

I have tried to describe Teddy as I saw him, at nursery and at home: a sociable little boy who watches everything, who works hard when the task is pitched right, and who is very tired after a seizure. My main recommendations are in section 6.

Yours sincerely""",
    from_la=True,
    category="general",
    dates=[D("this morning", "2028-01-07", "other")],
)

# ------------------------------------------------------------------ t11 draft plan
draft = M(
    "draft_ehc_plan",
    "t11-draft",
    "2028-01-12 17:06:20",
    RHYS,
    [CATRIN, IMMY],
    SUBJ_DRAFT,
    utc=True,
    fold_ids=True,
    thread_index=True,
    fmt="alt",
    attachments=[
        pdf("Draft EHCP - Teddy Holloway-Reyes.pdf"),
        pdf("Appendices - advice and information.pdf"),
    ],
    new="""\
Dear Catrin and Imogen,

Happy new year, and thank you for your patience. Teddy's draft EHC plan is attached, with the advice we received as appendices (Dr Lomax's report arrived on 7 January).

You have 15 days, starting today, to comment on the draft, so please send me any comments by Wednesday 26 January 2028. In particular, please tell me:

- whether you agree with sections B (needs), E (outcomes) and F (provision), and anything you would like changed;
- which school or setting you would like named in section I (section I is blank in the draft, as the law requires);
- whether you would like a meeting with me to go through the draft.

I know the admissions deadline is this Saturday. If you have not already applied, please do, as we discussed in October.

As soon as you tell me which school you would like, I will send the draft to that school and ask whether it can meet Teddy's needs. I will also consult any other school that the council thinks should be considered, and I will let you know which.

Kind regards
Rhys""",
    from_la=True,
    category="draft_plan",
    dates=[
        D("7 January", "2028-01-07", "past"),
        D("today", "2028-01-12", "other"),
        D("Wednesday 26 January 2028", "2028-01-26", "deadline"),
        D("this Saturday", "2028-01-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the draft to the parents' preferred school",
            None,
            "As soon as you tell me which school you would like, I will send the draft to that school and ask whether it can meet Teddy's needs.",
        ),
        C(
            "la",
            "consult any other school the council thinks should be considered",
            None,
            "I will also consult any other school that the council thinks should be considered, and I will let you know which.",
        ),
    ],
)

immy_draft = M(
    "re_draft_brookside_first",
    "t11-draft",
    "2028-01-13 22:14:09",
    IMMY,
    [RHYS],
    "Re: " + SUBJ_DRAFT,
    cc=[CATRIN],
    reply_to=draft,
    quote="apple",
    new="""\
Thanks Rhys. Just so you know straight away: we'll be asking for Brookside School's nursery class, and then Reception there. Catrin is writing our full comments on the draft and we'll get them to you by Monday 24th. We're visiting Brookside on Tuesday.

Immy""",
    category="draft_plan",
    dates=[
        D("Monday 24th", "2028-01-24", "deadline"),
        D("Tuesday", "2028-01-18", "meeting"),
    ],
    commits=[
        C(
            "parent",
            "send the full comments on the draft",
            "2028-01-24",
            "Catrin is writing our full comments on the draft and we'll get them to you by Monday 24th.",
        ),
    ],
)

# ------------------------------------------------------------------ t12 Brookside visit
brookside_visit = M(
    "brookside_visit",
    "t12-brookside-visit",
    "2028-01-14 12:10:55",
    ANJALI,
    [CATRIN, IMMY],
    "Your visit to Brookside \u2013 Tuesday 18 January",
    utc=True,
    fold_ids=True,
    new="""\
Dear Catrin and Immy,

Thank you for your call yesterday. I'm looking forward to meeting you and showing you round our nursery class.

Please come to the main reception on Tuesday at 9.15am. Parking is limited, so the Greenway Road car park may be easier. I've set aside an hour, which gives you time to see the nursery class at work and to ask our school nurse how we support children with epilepsy.

Bring Teddy if you would like to - many families do.

Warm regards
Anjali Shah""",
    category="appointment",
    dates=[
        D("yesterday", "2028-01-13", "past"),
        D("Tuesday", "2028-01-18", "meeting"),
    ],
)

catrin_visit = M(
    "re_brookside_visit",
    "t12-brookside-visit",
    "2028-01-14 13:01:26",
    CATRIN,
    [ANJALI],
    "Re: Your visit to Brookside \u2013 Tuesday 18 January",
    cc=[IMMY],
    reply_to=brookside_visit,
    new="""\
Thank you - we'll see you on Tuesday at 9.15, and we'll bring Teddy.

Catrin""",
    category="appointment",
    dates=[D("Tuesday", "2028-01-18", "meeting")],
    commits=[
        C(
            "parent",
            "visit Brookside with Teddy",
            "2028-01-18",
            "Thank you - we'll see you on Tuesday at 9.15, and we'll bring Teddy.",
        ),
    ],
)

# ------------------------------------------------------------------ t11 draft plan (representations)
representations = M(
    "re_draft_parents_comments",
    "t11-draft",
    "2028-01-24 21:56:40",
    CATRIN,
    [RHYS],
    "Re: " + SUBJ_DRAFT,
    cc=[IMMY],
    reply_to=immy_draft,
    attachments=[pdf("Parents' comments on draft EHCP - Teddy.pdf")],
    new="""\
Dear Rhys,

Our comments on Teddy's draft plan are below and also attached as a PDF. We've kept to the sections that matter most.

1. Section B. The draft describes Teddy's epilepsy as "well controlled". It isn't. He had 11 recorded seizures in December and his levetiracetam was increased again on 6 January. Please use the wording from Dr Bakare's advice (portfolio, part 1).

2. Section F, physiotherapy. "Regular physiotherapy input" is not specific. Ms Faulds recommends a block of weekly sessions each half term and a daily standing and walking programme carried out by trained staff. Please say who delivers what, and how often.

3. Section F, supervision and medication. Teddy needs an adult trained in buccal midazolam within reach at all times, including at lunch and on trips. The draft says "access to adult support". Please say what is needed, specifically.

4. Section F, Portage. Portage should continue until Teddy starts in his new setting, as Bronwen recommends.

5. Section I. We ask the council to name Brookside School, in its nursery class from the summer term and then in Reception there from September 2028. We visited on 18 January. Brookside has a nurse on site every day, staff already trained in rescue medication, a hydrotherapy pool and a physio room, and children with needs very like Teddy's. Please consult Brookside under section 39 of the Children and Families Act 2014.

6. We would like a meeting with you to go through the draft before it is finalised.

Our 15 days end on Wednesday, so we're sending these now. We'll forward Dr Bakare's next clinic letter as soon as we have it.

Thank you,
Catrin and Immy""",
    category="draft_plan",
    dates=[
        D("6 January", "2028-01-06", "past"),
        D("18 January", "2028-01-18", "past"),
        D("Wednesday", "2028-01-26", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "forward Dr Bakare's next clinic letter",
            None,
            "We'll forward Dr Bakare's next clinic letter as soon as we have it.",
        ),
    ],
)

rhys_consults = M(
    "re_draft_comments_received",
    "t11-draft",
    "2028-01-25 09:41:12",
    RHYS,
    [CATRIN],
    "RE: " + SUBJ_DRAFT,
    cc=[IMMY],
    reply_to=representations,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Catrin,

Thank you, received with the PDF. I'll go through your points on sections B and F with the plan writer this week.

I will send consultations to Brookside School, Larkfield Primary School and St Wilfrid's CE Primary School today. Larkfield has an enhanced resource provision for children with physical and medical needs, and St Wilfrid's is your catchment school. I have asked each of them to reply by 9 February.

I'm happy to meet. I can do Thursday 3 February at 2pm, either at Civic House or on Teams - let me know which suits.

Kind regards
Rhys""",
    from_la=True,
    category="acknowledgement",
    dates=[
        D("today", "2028-01-25", "deadline"),
        D("9 February", "2028-02-09", "deadline"),
        D("Thursday 3 February", "2028-02-03", "meeting"),
    ],
    commits=[
        C(
            "la",
            "go through the comments on sections B and F with the plan writer",
            None,
            "I'll go through your points on sections B and F with the plan writer this week.",
        ),
        C(
            "la",
            "send consultations to three schools",
            "2028-01-25",
            "I will send consultations to Brookside School, Larkfield Primary School and St Wilfrid's CE Primary School today.",
        ),
    ],
)

catrin_meeting = M(
    "re_draft_meeting_teams",
    "t11-draft",
    "2028-01-25 12:20:48",
    CATRIN_PHONE,
    [RHYS],
    "Re: " + SUBJ_DRAFT,
    cc=[IMMY],
    reply_to=rhys_consults,
    quote="apple",
    sig="Sent from my iPhone",
    new="""\
Teams on Thursday 3 February at 2pm is perfect - we'll both join.

C""",
    category="appointment",
    dates=[D("Thursday 3 February", "2028-02-03", "meeting")],
    commits=[
        C(
            "parent",
            "join the Teams meeting",
            "2028-02-03",
            "Teams on Thursday 3 February at 2pm is perfect - we'll both join.",
        ),
    ],
)

# ------------------------------------------------------------------ t13 consultation forward
larkfield_reply = M(  # not in the mailbox: only quoted in the forward
    "larkfield_consultation_reply",
    "t13-consultation",
    "2028-02-07 15:10:00",
    OSTROWSKI,
    [RHYS],
    "RE: EHC consultation \u2013 Edward Holloway-Reyes \u2013 SMB/EY/27/0614",
    sig=OSTROWSKI.sig,
    new="""\
Dear Rhys,

Thank you for consulting Larkfield about Edward. The SENCO and I have read the draft plan and the advice carefully, and I have spoken to our governors' SEN link.

I am sorry to say that we do not believe we can meet Edward's needs. Our enhanced resource provision is designed for children who are independently mobile or use a wheelchair on one level; our Early Years unit is on the first floor, with no lift. We have no nursing cover, and at present only two members of staff trained in rescue medication, both of whom work in Key Stage 2. We could not safely manage Edward's seizures at lunchtime or on the playground.

We would be glad to take part in any discussion about how Edward might be supported elsewhere.

Regards""",
)

consult_forward = M(
    "fw_larkfield_consultation",
    "t13-consultation",
    "2028-02-08 11:22:37",
    RHYS,
    [CATRIN],
    "FW: EHC consultation \u2013 Edward Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY],
    quote="orig",
    quote_of=larkfield_reply,
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Catrin and Imogen,

As promised on Thursday, I'm forwarding the consultation responses as they come in. Larkfield's is below - they do not feel they can meet Teddy's needs.

Brookside has replied to say that it could meet Teddy's needs, but that its nursery class is full for this year and Reception is at its planned number for September. St Wilfrid's has not replied yet; I've chased them.

All the responses will go to the Early Years SEND Panel on Thursday 10 February, and I will write to you with the outcome the following day.

Rhys""",
    from_la=True,
    category="general",
    dates=[
        D("Thursday", "2028-02-03", "past"),
        D("Thursday 10 February", "2028-02-10", "meeting"),
        D("the following day", "2028-02-11", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's outcome",
            "2028-02-11",
            "All the responses will go to the Early Years SEND Panel on Thursday 10 February, and I will write to you with the outcome the following day.",
        ),
    ],
)

catrin_consult_q = M(
    "re_fw_consultation_brookside_response",
    "t13-consultation",
    "2028-02-08 13:04:15",
    CATRIN,
    [RHYS],
    "Re: FW: EHC consultation \u2013 Edward Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY],
    reply_to=consult_forward,
    new="""\
Dear Rhys,

Thank you for sending this.

Larkfield's answer doesn't surprise us - we wondered whether their unit being upstairs would be a problem.

On Brookside: being full is not one of the reasons in section 39(4) for refusing to name a school. Could you please send us Brookside's actual response, in full, before the panel meets on Thursday? And could you tell us what the panel will be told about the cost of a place at Brookside compared with the support at St Wilfrid's?

Catrin""",
    category="information_request",
    dates=[D("Thursday", "2028-02-10", "meeting")],
)

# ------------------------------------------------------------------ t14 final plan
_FINAL_NEW = """\
Dear Catrin and Imogen,

I'm sorry this has taken longer than I said. The panel met on 10 February and I wanted to set out its reasons properly rather than send you a short note on Friday.

Teddy's final EHC plan is attached, with the letter below.

----------------------------------------
Dear Ms Holloway and Ms Reyes

Final Education, Health and Care plan: Edward Holloway-Reyes (DOB 14/11/2023)

The local authority has today issued the final EHC plan for Edward. The plan is dated 14 February 2028.

Section I names St Wilfrid's CE Primary School (mainstream) for Reception from September 2028, with full-time support from an adult trained in Edward's epilepsy care plan and with the therapy set out in section F. Until then Edward will continue at Bramble Hill Day Nursery with the provision in section F.

We considered your request for Brookside School. Brookside has said that it can meet Edward's needs. However, the panel concluded that placing Edward there would be incompatible with the efficient use of resources, because St Wilfrid's can also meet his needs with the support in section F, at an annual cost to the council of about \u00a319,400, compared with about \u00a341,800 at Brookside. Larkfield Primary School said it could not meet his needs.

We have accepted most of your comments on sections B and F, and the plan has been changed as set out in the enclosed schedule.

If you disagree with section I, or with sections B or F, you may appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must appeal within two months of the date of this letter, that is by 14 April 2028. For an appeal only about the school named in section I you do not need a mediation certificate. For an appeal that includes sections B or F you must first contact the mediation adviser, Stourley Resolve, on 01632 960990.

Stourley SENDIASS can give you free, impartial advice on 0808 164 2200.

Yours sincerely

Rhys Gallagher
EHC Assessment Coordinator (Early Years), for the Director of Children's Services
----------------------------------------

I've sent copies of the plan to St Wilfrid's and to Bramble Hill. I know this isn't the outcome you wanted. If you would like to talk it through, please ring me on the number below."""

final_plan = M(
    "final_ehc_plan",
    "t14-final-plan",
    "2028-02-14 16:31:05",
    RHYS,
    [CATRIN, IMMY],
    "Final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    utc=True,
    fold_ids=True,
    thread_index=True,
    charset="iso-8859-1",
    attachments=[
        pdf("Final EHCP - Edward Holloway-Reyes.pdf"),
        pdf("Schedule of changes to draft.pdf"),
    ],
    new=_FINAL_NEW,
    from_la=True,
    category="final_plan",
    dates=[
        D("10 February", "2028-02-10", "past"),
        D("on Friday", "2028-02-11", "past"),
        D("14/11/2023", "2023-11-14", "past"),
        D("14 February 2028", "2028-02-14", "other"),
        D("14 April 2028", "2028-04-14", "deadline"),
    ],
)

catrin_final = M(
    "re_final_plan_not_accepted",
    "t14-final-plan",
    "2028-02-14 21:33:50",
    CATRIN,
    [RHYS],
    "Re: Final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY],
    reply_to=final_plan,
    new="""\
Rhys,

We've read it. We don't accept section I, and we're not going to pretend otherwise.

We'd like the council to look at this again before we go down the appeal route, and I'll write to your manager about that tomorrow. I'd also note, for the record, that the plan was due by 2 February.

Catrin""",
    category="general",
    dates=[
        D("tomorrow", "2028-02-15", "deadline"),
        D("2 February", "2028-02-02", "past"),
    ],
    commits=[
        C(
            "parent",
            "write to the manager asking for a reconsideration",
            "2028-02-15",
            "We'd like the council to look at this again before we go down the appeal route, and I'll write to your manager about that tomorrow.",
        ),
    ],
)

# ------------------------------------------------------------------ t15 SENDIASS
fwd_sendiass = M(
    "fwd_final_plan_to_sendiass",
    "t15-sendiass",
    "2028-02-15 12:42:29",
    CATRIN,
    [SIAN],
    "Fwd: Final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    quote="fwd",
    quote_of=final_plan,
    attachments=[pdf("Final EHCP - Edward Holloway-Reyes.pdf")],
    new="""\
Hi Si\u00e2n,

Thank you for ringing back on Friday. As promised, here's the final plan email from the council - the decision letter is pasted in and the plan itself is attached.

We want Brookside. We're going to ask the council to reconsider first, but I don't want to miss anything on the appeal side. Could you tell me:

- whether asking for a reconsideration stops the appeal clock (I assume not);
- whether we need a mediation certificate if we only appeal section I; and
- what evidence we should start gathering now?

Thanks so much,
Catrin""",
    category="general",
    dates=[D("on Friday", "2028-02-11", "past")],
)

# ------------------------------------------------------------------ t16 reconsideration
reconsideration = M(
    "request_for_reconsideration",
    "t16-reconsideration",
    "2028-02-15 20:16:33",
    CATRIN,
    [LORRAINE],
    "Request for reconsideration of section I \u2013 Teddy Holloway-Reyes (SMB/EY/27/0614)",
    cc=[RHYS, IMMY],
    new="""\
Dear Ms Whitfield,

I am writing, with Teddy's other mother Imogen Reyes, to ask the council to reconsider the school named in section I of Teddy's final EHC plan, issued on 14 February 2028.

1. We asked for Brookside School. Brookside has told the council that it can meet Teddy's needs. The only reasons given for not naming it are that its nursery class is full and that it costs more.

2. Capacity is a matter for the council to resolve with the school; it is not a reason in itself. On cost, the comparison in the letter leaves out the transport St Wilfrid's would need, the training of staff in rescue medication, and the physiotherapy that Brookside provides on site and that would otherwise have to be bought in.

3. The council has not considered Teddy's safety at lunchtime and on the St Wilfrid's site, which is split over two buildings with a road between them.

4. The final plan was due by 2 February 2028 and was issued twelve days late.

We ask that the decision is looked at again by someone who was not part of it, and that we have the chance to meet you before that happens. Please let us have your answer by Wednesday 1 March.

We know the appeal deadline of 14 April is not affected by this request, and if we need to, we will appeal.

Yours sincerely

Catrin Holloway""",
    sig="Catrin Holloway\n22 Larch Way, Stourley ST6 2DN\n07700 900318",
    category="general",
    dates=[
        D("14 February 2028", "2028-02-14", "past"),
        D("2 February 2028", "2028-02-02", "past"),
        D("Wednesday 1 March", "2028-03-01", "deadline"),
        D("14 April", "2028-04-14", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "appeal if needed",
            None,
            "We know the appeal deadline of 14 April is not affected by this request, and if we need to, we will appeal.",
        ),
    ],
)

# ------------------------------------------------------------------ t15 SENDIASS (reply)
sian_advice = M(
    "re_fwd_sendiass_advice",
    "t15-sendiass",
    "2028-02-16 10:06:54",
    SIAN,
    [CATRIN],
    "RE: Fwd: Final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    reply_to=fwd_sendiass,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Hi Catrin,

Good questions, and you're right on the first one.

- A reconsideration does not stop the clock. Your appeal must reach the Tribunal by 14 April 2028. I'd aim to get it in well before that.
- If you appeal only about section I, you don't need a mediation certificate. If you also want to challenge anything in B or F, you need to speak to the mediation adviser first.
- Evidence: Brookside's consultation response (ask for it in writing), the council's costings, a letter from Dr Bakare about Teddy's safety and supervision, and anything from Gemma about the physio he needs during the school day.

I'll ring you on Friday afternoon to go through the SEND35 form with you. If the council's answer comes back before then, send it over.

Si\u00e2n""",
    category="general",
    dates=[
        D("14 April 2028", "2028-04-14", "deadline"),
        D("Friday afternoon", "2028-02-18", "meeting"),
    ],
    commits=[
        C(
            "other",
            "ring to go through the SEND35 form",
            "2028-02-18",
            "I'll ring you on Friday afternoon to go through the SEND35 form with you.",
        ),
    ],
)

# ------------------------------------------------------------------ t16 reconsideration (cont.)
lorraine_meeting = M(
    "re_reconsideration_meeting_offer",
    "t16-reconsideration",
    "2028-02-17 14:24:08",
    LORRAINE,
    [CATRIN],
    "RE: Request for reconsideration of section I \u2013 Teddy Holloway-Reyes (SMB/EY/27/0614)",
    cc=[RHYS, IMMY],
    reply_to=reconsideration,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Ms Holloway,

Thank you for your letter of 15 February. I have read it carefully. I have not been involved in Teddy's case before now.

I would like to meet you and Ms Reyes to hear your concerns in full. I can offer Monday 28 February at 10am on Teams, with Rhys Gallagher joining to answer questions about the consultations. After the meeting I will decide whether the case should go back to the Early Years SEND Panel.

Before we meet, I will send you Brookside School's consultation response in full, as you asked Mr Gallagher.

Yours sincerely""",
    from_la=True,
    category="appointment",
    dates=[
        D("15 February", "2028-02-15", "past"),
        D("Monday 28 February", "2028-02-28", "meeting"),
    ],
    commits=[
        C(
            "la",
            "decide whether the case goes back to panel",
            None,
            "After the meeting I will decide whether the case should go back to the Early Years SEND Panel.",
        ),
        C(
            "la",
            "send Brookside's consultation response in full",
            None,
            "Before we meet, I will send you Brookside School's consultation response in full, as you asked Mr Gallagher.",
        ),
    ],
)

immy_meeting = M(
    "re_reconsideration_both_on_call",
    "t16-reconsideration",
    "2028-02-17 18:49:51",
    IMMY,
    [LORRAINE],
    "Re: RE: Request for reconsideration of section I \u2013 Teddy Holloway-Reyes (SMB/EY/27/0614)",
    cc=[CATRIN, RHYS],
    reply_to=lorraine_meeting,
    quote="apple",
    irt=False,
    new="""\
Dear Ms Whitfield,

Thank you. We'll both be on the Teams call on the 28th at 10.

Imogen Reyes""",
    category="appointment",
    dates=[D("the 28th", "2028-02-28", "meeting")],
    commits=[
        C(
            "parent",
            "join the Teams call",
            "2028-02-28",
            "We'll both be on the Teams call on the 28th at 10.",
        )
    ],
)

meeting_notes = M(
    "notes_of_reconsideration_meeting",
    "t16-reconsideration",
    "2028-02-28 17:35:22",
    CATRIN,
    [LORRAINE],
    "Notes of our meeting today \u2013 Teddy Holloway-Reyes (SMB/EY/27/0614)",
    cc=[RHYS, IMMY],
    reply_to=lorraine_meeting,
    new="""\
Dear Ms Whitfield,

Thank you for meeting us this morning. These are our notes. Please let me know by Friday if anything is wrong; otherwise we'll take them as accurate.

Present: Lorraine Whitfield, Rhys Gallagher, Catrin Holloway, Imogen Reyes.

1. You agreed that Brookside's response says it can meet Teddy's needs, and that the nursery class being full was the main reason it was not named.
2. You said the cost comparison did not include transport to St Wilfrid's or training for staff in rescue medication.
3. You will take Teddy's case back to the Early Years SEND Panel on Thursday 9 March.
4. You will write to us with the panel's decision by Friday 10 March.
5. Rhys will send us Brookside's full consultation response tomorrow. (We still haven't had it.)
6. We will send you Dr Bakare's letter of 21 February about Teddy's seizure pattern at lunchtime.

Thank you for listening. We did feel heard today, whatever happens next.

Catrin and Immy""",
    category="general",
    dates=[
        D("this morning", "2028-02-28", "meeting"),
        D("Friday", "2028-03-03", "deadline"),
        D("Thursday 9 March", "2028-03-09", "meeting"),
        D("Friday 10 March", "2028-03-10", "deadline"),
        D("tomorrow", "2028-02-29", "deadline"),
        D("21 February", "2028-02-21", "past"),
    ],
    commits=[
        C(
            "la",
            "take the case back to the Early Years SEND Panel",
            "2028-03-09",
            "You will take Teddy's case back to the Early Years SEND Panel on Thursday 9 March.",
        ),
        C(
            "la",
            "write with the panel's decision",
            "2028-03-10",
            "You will write to us with the panel's decision by Friday 10 March.",
        ),
        C(
            "la",
            "send Brookside's full consultation response",
            "2028-02-29",
            "Rhys will send us Brookside's full consultation response tomorrow.",
        ),
        C(
            "parent",
            "send Dr Bakare's letter",
            None,
            "We will send you Dr Bakare's letter of 21 February about Teddy's seizure pattern at lunchtime.",
        ),
    ],
)

reconsideration_outcome = M(
    "outcome_of_reconsideration",
    "t16-reconsideration",
    "2028-03-10 16:52:47",
    LORRAINE,
    [CATRIN],
    "Outcome of reconsideration \u2013 Teddy Holloway-Reyes (SMB/EY/27/0614)",
    cc=[RHYS, IMMY],
    reply_to=meeting_notes,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Ms Holloway and Ms Reyes,

Thank you for your meeting notes, which I accept, and for Dr Bakare's letter.

The Early Years SEND Panel reconsidered section I of Teddy's plan yesterday, with your letter, the notes of our meeting, Dr Bakare's letter and Brookside's full response in front of it.

I am sorry to tell you that the panel has decided not to change section I. It accepted that Brookside can meet Teddy's needs, but it remained of the view that naming Brookside would be incompatible with the efficient use of resources, even with transport and training added to the St Wilfrid's costs. It did agree two changes to section F, which I will issue as an amendment to the plan.

Your right of appeal is unchanged: your appeal must reach the Tribunal by 14 April 2028.

I know this is disappointing. Whatever happens with any appeal, I will make sure that Teddy's support at Bramble Hill carries on as set out in the plan.

Yours sincerely""",
    from_la=True,
    category="general",
    dates=[
        D("yesterday", "2028-03-09", "past"),
        D("14 April 2028", "2028-04-14", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the section F changes as an amendment",
            None,
            "It did agree two changes to section F, which I will issue as an amendment to the plan.",
        ),
        C(
            "la",
            "make sure Teddy's support at Bramble Hill carries on",
            None,
            "Whatever happens with any appeal, I will make sure that Teddy's support at Bramble Hill carries on as set out in the plan.",
        ),
    ],
)

# ------------------------------------------------------------------ t15 SENDIASS (appeal lodged)
catrin_send35 = M(
    "re_sendiass_send35_submitted",
    "t15-sendiass",
    "2028-03-13 19:10:16",
    CATRIN,
    [SIAN],
    "Re: Fwd: Final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    reply_to=sian_advice,
    attachments=[pdf("Outcome of reconsideration 10.03.28.pdf")],
    new="""\
Hi Si\u00e2n,

As expected, the panel said no - Lorraine Whitfield's letter is attached. I submitted our SEND35 online this evening, appealing section I only, with Brookside's response, the council's costings, Dr Bakare's letter and Gemma's note.

Thank you for going through it all with me. I'll let you know as soon as we hear from the Tribunal.

Catrin""",
    category="general",
    dates=[D("this evening", "2028-03-13", "other")],
    commits=[
        C(
            "parent",
            "tell SENDIASS when the Tribunal replies",
            None,
            "I'll let you know as soon as we hear from the Tribunal.",
        ),
    ],
)

# ------------------------------------------------------------------ t17 tribunal registration
registration = M(
    "tribunal_registration",
    "t17-registration",
    "2028-03-27 11:04:31",
    TRIB_REG,
    [CATRIN],
    HD + "Registration of Appeal",
    cc=[IMMY],
    utc=True,
    attachments=[pdf("EH873-28-00142 Registration letter and directions.pdf")],
    new="""\
Dear Ms Holloway and Ms Reyes

Appeal reference: EH873/28/00142
Child: Edward Holloway-Reyes
Local authority: Stourley Metropolitan Borough Council

Your appeal was received on 13 March 2028 and has been registered. It is an appeal against the contents of section I of the EHC plan only.

The hearing will take place on Thursday 22 June 2028 at Stourley Civil and Family Justice Centre, starting at 10:00am. It is listed for one day. Please tell us straight away about any dates when you or your witnesses cannot attend.

The Tribunal has made the following directions:

1. The local authority must send its response to the appeal to the Tribunal and to you by 5 May 2028.
2. Any further evidence from either party must be sent to the Tribunal and to the other party by 26 May 2028.
3. Each party must send the attendance form, with the names of its representative and witnesses, by 2 June 2028.
4. The local authority must prepare the hearing bundle, paginated and indexed, and send it to the Tribunal and to you by 8 June 2028.

If you wish to withdraw your appeal at any point, you must tell the Tribunal in writing.

Please keep the subject line of this email unchanged in all correspondence about this appeal.

First-tier Tribunal (Special Educational Needs and Disability)
HM Courts & Tribunals Service""",
    category="mediation_tribunal",
    dates=[
        D("13 March 2028", "2028-03-13", "past"),
        D("Thursday 22 June 2028", "2028-06-22", "meeting"),
        D("5 May 2028", "2028-05-05", "deadline"),
        D("26 May 2028", "2028-05-26", "deadline"),
        D("2 June 2028", "2028-06-02", "deadline"),
        D("8 June 2028", "2028-06-08", "deadline"),
    ],
)

catrin_registration = M(
    "re_tribunal_registration",
    "t17-registration",
    "2028-03-27 19:42:58",
    CATRIN,
    [TRIB_REG],
    "Re: " + HD + "Registration of Appeal",
    cc=[IMMY],
    reply_to=registration,
    new="""\
Dear Sir or Madam,

Thank you. We confirm that we are both available on Thursday 22 June.

We expect to call one witness, Mrs Anjali Shah of Brookside School, and we will send the attendance form by 2 June. Dr Bakare, Teddy's paediatrician, is unable to attend in person; may he give evidence by video for part of the morning?

Yours faithfully
Catrin Holloway and Imogen Reyes""",
    category="mediation_tribunal",
    dates=[
        D("Thursday 22 June", "2028-06-22", "meeting"),
        D("2 June", "2028-06-02", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send the attendance form",
            "2028-06-02",
            "We expect to call one witness, Mrs Anjali Shah of Brookside School, and we will send the attendance form by 2 June.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 LA appeals officer
extension = M(
    "la_application_extend_time",
    "t18-la-appeal",
    "2028-04-28 15:32:44",
    PAUL,
    [TRIB_CASE],
    HD + "Application to extend time for LA response",
    cc=[CATRIN, IMMY],
    utc=True,
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Tribunal,

The local authority applies for the date for its response to this appeal (direction 1) to be extended from 5 May 2028 to 12 May 2028.

Reason: on 26 April 2028 Brookside School told the local authority that its position on places in its nursery class may change because a pupil is leaving, and the local authority needs time to take account of this in its response. The extension would not affect the hearing date or the other directions.

The parents are copied into this application. I will tell the Tribunal as soon as I know whether they object.

Yours faithfully""",
    from_la=True,
    category="mediation_tribunal",
    dates=[
        D("5 May 2028", "2028-05-05", "deadline"),
        D("12 May 2028", "2028-05-12", "deadline"),
        D("26 April 2028", "2028-04-26", "past"),
    ],
    commits=[
        C(
            "la",
            "tell the Tribunal whether the parents object",
            None,
            "I will tell the Tribunal as soon as I know whether they object.",
        ),
    ],
)

catrin_extension = M(
    "re_extension_no_objection",
    "t18-la-appeal",
    "2028-04-28 21:07:19",
    CATRIN,
    [TRIB_CASE, PAUL],
    "Re: " + HD + "Application to extend time for LA response",
    cc=[IMMY],
    reply_to=extension,
    new="""\
Dear Tribunal, dear Mr Desai,

We do not object to the extension to 12 May, provided the hearing on 22 June stays where it is. We would ask that the date for further evidence is not moved, because we have arranged our evidence around it.

If Brookside now has a place, we would be very glad to hear from the council about it before 12 May rather than in its response.

Catrin Holloway and Imogen Reyes""",
    category="mediation_tribunal",
    dates=[
        D("12 May", "2028-05-12", "deadline"),
        D("22 June", "2028-06-22", "meeting"),
    ],
)

# ------------------------------------------------------------------ t19 case management order
cmo = M(
    "tribunal_case_management_order",
    "t19-case-management",
    "2028-05-03 10:16:40",
    TRIB_CASE,
    [CATRIN, PAUL],
    HD + "Case Management Order",
    cc=[IMMY],
    utc=True,
    attachments=[pdf("EH873-28-00142 Case management order 02.05.28.pdf")],
    new="""\
Dear Parties

Please find attached a case management order made by Tribunal Judge Mensforth on 2 May 2028 on the papers.

Summary of the order:

1. The local authority's application to extend time is granted. The local authority must send its response by 12 May 2028.
2. Direction 2 is unchanged. Further evidence must be sent by 26 May 2028.
3. The time for the attendance forms is unchanged.
4. The local authority must send the hearing bundle to the Tribunal and to the parents by 9 June 2028 (varied from 8 June 2028).
5. The parents' request for Dr Bakare to give evidence by video is granted. The Tribunal will send joining details before the hearing.
6. The hearing remains listed for 22 June 2028.

SEND Tribunal Casework Team
First-tier Tribunal (Special Educational Needs and Disability)""",
    category="mediation_tribunal",
    dates=[
        D("2 May 2028", "2028-05-02", "past"),
        D("12 May 2028", "2028-05-12", "deadline"),
        D("26 May 2028", "2028-05-26", "deadline"),
        D("9 June 2028", "2028-06-09", "deadline"),
        D("8 June 2028", "2028-06-08", "deadline"),
        D("22 June 2028", "2028-06-22", "meeting"),
    ],
    commits=[
        C(
            "other",
            "send video joining details before the hearing",
            None,
            "The Tribunal will send joining details before the hearing.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 LA appeals officer (cont.)
la_response = M(
    "re_la_response_to_appeal",
    "t18-la-appeal",
    "2028-05-12 16:57:03",
    PAUL,
    [CATRIN],
    "RE: " + HD + "LA Response",
    cc=[IMMY],
    reply_to=catrin_extension,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    attachments=[pdf("LA response - EH873-28-00142.pdf")],
    new="""\
Dear Ms Holloway and Ms Reyes,

Please find attached the local authority\u2019s response to the appeal, which has also been sent to the Tribunal today.

In short, the local authority maintains that St Wilfrid\u2019s CE Primary School can meet Teddy\u2019s needs with the provision in section F, and that naming Brookside School would be incompatible with the efficient use of resources. The local authority\u2019s revised figures are \u00a322,650 a year at St Wilfrid\u2019s, including transport and training, and \u00a341,800 at Brookside.

On your question about a place at Brookside: the school has told us that a place in its nursery class is expected to become free before the summer holidays, but it has not yet confirmed this. I will let you know as soon as it does.

The local authority\u2019s witness is Mr Rhys Gallagher. I will send you the draft bundle index by Friday 26 May so that we can try to agree it before it goes to the Tribunal.

Yours sincerely""",
    from_la=True,
    category="mediation_tribunal",
    dates=[
        D("today", "2028-05-12", "other"),
        D("Friday 26 May", "2028-05-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "tell the parents when Brookside confirms the place",
            None,
            "I will let you know as soon as it does.",
        ),
        C(
            "la",
            "send the draft bundle index",
            "2028-05-26",
            "I will send you the draft bundle index by Friday 26 May so that we can try to agree it before it goes to the Tribunal.",
        ),
    ],
)

parents_evidence = M(
    "re_parents_further_evidence",
    "t18-la-appeal",
    "2028-05-26 00:20:14",
    CATRIN,
    [TRIB_EVIDENCE, PAUL],
    "Re: " + HD + "Parents' further evidence",
    cc=[IMMY],
    reply_to=la_response,
    utc=True,
    attachments=[
        pdf("01 Dr Bakare letter 19.05.28.pdf"),
        pdf("02 G Faulds physiotherapy letter 15.05.28.pdf"),
        pdf("03 Brookside consultation response 04.02.28.pdf"),
        pdf("04 Parents note on LA costings.pdf"),
    ],
    new="""\
Dear Tribunal, dear Mr Desai,

Attached is the parents' further evidence, in time for today's deadline:

1. Letter from Dr Bakare, consultant paediatrician, dated 19 May 2028, on Teddy's seizures and the supervision he needs;
2. Letter from Ms Faulds, paediatric physiotherapist, dated 15 May 2028;
3. Brookside School's consultation response of 4 February 2028;
4. Our note on the council's revised costings, with the travel times to each school.

We will send the attendance form by 2 June, as directed.

Mr Desai, we have not yet had the draft bundle index you mentioned. We'd be grateful to see it before the weekend.

Catrin Holloway and Imogen Reyes""",
    category="mediation_tribunal",
    dates=[
        D("today", "2028-05-26", "deadline"),
        D("19 May 2028", "2028-05-19", "past"),
        D("15 May 2028", "2028-05-15", "past"),
        D("4 February 2028", "2028-02-04", "past"),
        D("2 June", "2028-06-02", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "send the attendance form",
            "2028-06-02",
            "We will send the attendance form by 2 June, as directed.",
        ),
    ],
)

concession = M(
    "re_proposal_to_resolve_appeal",
    "t18-la-appeal",
    "2028-06-07 12:12:26",
    PAUL,
    [CATRIN, IMMY],
    HD + "Proposal to resolve the appeal",
    cc=[LORRAINE, RHYS],
    reply_to=parents_evidence,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Ms Holloway and Ms Reyes,

I am writing with what I hope is good news.

On 5 June 2028 Brookside School confirmed to the local authority that it can offer Teddy a place in its nursery class from Monday 3 July 2028, continuing into Reception in September. In the light of that, and of the further evidence you sent, the local authority has reconsidered its position.

The local authority will amend Teddy\u2019s EHC plan to name Brookside School in section I. I will ask Mr Gallagher to issue the amended final plan by Wednesday 14 June.

Once you have the amended plan, I would invite you to withdraw the appeal, so that the hearing on 22 June can be vacated. The local authority will not now send the hearing bundle on 9 June. I will tell the Tribunal today that the parties expect to resolve the appeal.

If you have any questions, please call me on the number below.

Yours sincerely""",
    from_la=True,
    category="mediation_tribunal",
    dates=[
        D("5 June 2028", "2028-06-05", "past"),
        D("Monday 3 July 2028", "2028-07-03", "other"),
        D("Wednesday 14 June", "2028-06-14", "deadline"),
        D("22 June", "2028-06-22", "meeting"),
        D("9 June", "2028-06-09", "deadline"),
        D("today", "2028-06-07", "deadline"),
    ],
    commits=[
        C(
            "la",
            "amend the plan to name Brookside School",
            None,
            "The local authority will amend Teddy\u2019s EHC plan to name Brookside School in section I.",
        ),
        C(
            "la",
            "ask for the amended final plan to be issued",
            "2028-06-14",
            "I will ask Mr Gallagher to issue the amended final plan by Wednesday 14 June.",
        ),
        C(
            "la",
            "tell the Tribunal the parties expect to resolve the appeal",
            "2028-06-07",
            "I will tell the Tribunal today that the parties expect to resolve the appeal.",
        ),
    ],
)

catrin_concession = M(
    "re_proposal_withdraw_once_plan_issued",
    "t18-la-appeal",
    "2028-06-07 19:48:37",
    CATRIN,
    [PAUL],
    "Re: " + HD + "Proposal to resolve the appeal",
    cc=[IMMY, LORRAINE, RHYS],
    reply_to=concession,
    new="""\
Dear Mr Desai,

Thank you. We've both read your email several times to make sure it says what we think it says.

We will withdraw the appeal as soon as we have the amended final plan naming Brookside, and not before - I hope you understand why. We will write to the Tribunal the same day.

Please could the amended plan also carry over the two section F changes Ms Whitfield agreed in March?

Catrin and Immy""",
    category="mediation_tribunal",
    commits=[
        C(
            "parent",
            "withdraw the appeal once the amended plan is issued",
            None,
            "We will withdraw the appeal as soon as we have the amended final plan naming Brookside, and not before - I hope you understand why.",
        ),
        C("parent", "write to the Tribunal", None, "We will write to the Tribunal the same day."),
    ],
)

# ------------------------------------------------------------------ t20 amended final plan
amended_final = M(
    "amended_final_ehc_plan",
    "t20-amended-final",
    "2028-06-13 15:02:11",
    RHYS,
    [CATRIN, IMMY],
    "Amended final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[ANJALI, SHAUNA],
    utc=True,
    fold_ids=True,
    thread_index=True,
    fmt="alt",
    attachments=[
        pdf("Amended final EHCP - Edward Holloway-Reyes.pdf"),
        pdf("Amendment letter 13.06.28.pdf"),
    ],
    new="""\
Dear Catrin and Imogen,

Teddy's amended final EHC plan is attached. Section I now names Brookside School: the nursery class from Monday 3 July 2028, and Reception there from September 2028. Section F includes the two changes agreed after the reconsideration in March.

I have copied in Mrs Shah at Brookside and Shauna at Bramble Hill so that they can start planning Teddy's move. The council's Passenger Transport team will contact you about transport to Brookside, which is included in the plan.

Portage will carry on until Teddy starts at Brookside, and Bronwen will do a last joint visit with the Brookside nursery teacher before then.

If you disagree with the amended plan, you may appeal to the Tribunal within two months of the date of this letter, which is by 13 August 2028.

Kind regards
Rhys""",
    from_la=True,
    category="final_plan",
    dates=[
        D("Monday 3 July 2028", "2028-07-03", "other"),
        D("13 August 2028", "2028-08-13", "deadline"),
    ],
    commits=[
        C(
            "la",
            "contact the parents about transport",
            None,
            "The council's Passenger Transport team will contact you about transport to Brookside, which is included in the plan.",
        ),
        C(
            "la",
            "do a last joint Portage visit",
            None,
            "Portage will carry on until Teddy starts at Brookside, and Bronwen will do a last joint visit with the Brookside nursery teacher before then.",
        ),
    ],
)

# ------------------------------------------------------------------ t19 case management (withdrawal)
withdrawal = M(
    "re_withdrawal_of_appeal",
    "t19-case-management",
    "2028-06-13 20:31:45",
    CATRIN,
    [TRIB_CASE],
    "Re: " + HD + "Withdrawal of appeal",
    cc=[PAUL, IMMY],
    reply_to=cmo,
    attachments=[pdf("Amended final EHCP - Edward Holloway-Reyes.pdf")],
    new="""\
Dear Tribunal,

Appeal EH 873/28/00142 - Edward Holloway-Reyes

We, the appellants, withdraw this appeal.

The local authority issued an amended final EHC plan today naming Brookside School in section I, which is the outcome we asked for. A copy is attached. We therefore ask that the hearing listed for 22 June 2028 is vacated.

Thank you.

Catrin Holloway and Imogen Reyes""",
    category="mediation_tribunal",
    dates=[
        D("today", "2028-06-13", "other"),
        D("22 June 2028", "2028-06-22", "meeting"),
    ],
)

# ------------------------------------------------------------------ t20 amended final plan (thanks)
catrin_thanks_amended = M(
    "re_amended_final_thanks",
    "t20-amended-final",
    "2028-06-14 08:05:57",
    CATRIN_PHONE,
    [RHYS],
    "Re: Amended final EHC plan \u2013 Teddy Holloway-Reyes \u2013 SMB/EY/27/0614",
    cc=[IMMY, ANJALI, SHAUNA],
    reply_to=amended_final,
    quote="apple",
    sig="Sent from my iPhone",
    new="""\
Rhys, thank you - and please pass our thanks on to everyone who changed their mind. We sent the withdrawal to the Tribunal last night.

Mrs Shah, we can't wait. Shauna, we'll need a box of tissues for his last day at Bramble Hill.

Catrin""",
    category="general",
    dates=[D("last night", "2028-06-13", "past")],
)

tribunal_withdrawn = M(
    "re_withdrawal_confirmed",
    "t19-case-management",
    "2028-06-15 10:22:09",
    TRIB_CASE,
    [CATRIN, PAUL],
    "RE: " + HD + "Withdrawal of appeal",
    cc=[IMMY],
    reply_to=withdrawal,
    quote="none",
    utc=True,
    new="""\
Dear Parties

The Tribunal has received the appellants' notice of withdrawal dated 13 June 2028. Under rule 17 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, the appeal is withdrawn and the proceedings have ended.

The hearing listed for Thursday 22 June 2028 has been vacated. No party needs to attend.

SEND Tribunal Casework Team
First-tier Tribunal (Special Educational Needs and Disability)""",
    category="mediation_tribunal",
    dates=[
        D("13 June 2028", "2028-06-13", "past"),
        D("Thursday 22 June 2028", "2028-06-22", "meeting"),
    ],
)

# ------------------------------------------------------------------ t21 Brookside transition
_WELCOME_NEW = """\
Dear Catrin and Immy,

We are so pleased that Teddy will be joining our nursery class. Here is the plan for his move:

What | When | Where
Home visit (Miss Kaur, nursery teacher, and me) | Tuesday 27 June, 4pm | At home
Stay and play, with Shauna from Bramble Hill | Thursday 29 June, 9.30-11am | Brookside nursery class
First morning | Monday 3 July | Brookside, 8.45am drop-off

Before his first day our school nurse, Jenny Park, will meet you to write Teddy's individual healthcare plan, including his rescue medication protocol. She will ring you on Monday to find a time.

Please bring his red book and a spare set of clothes on the first morning.

Warmest wishes
Anjali"""

_WELCOME_HTML = """\
<p>Dear Catrin and Immy,</p>
<p>We are so pleased that Teddy will be joining our nursery class. Here is the plan for his move:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>What</th><th>When</th><th>Where</th></tr>
<tr><td>Home visit (Miss Kaur, nursery teacher, and me)</td><td>Tuesday 27 June, 4pm</td><td>At home</td></tr>
<tr><td>Stay and play, with Shauna from Bramble Hill</td><td>Thursday 29 June, 9.30-11am</td><td>Brookside nursery class</td></tr>
<tr><td>First morning</td><td>Monday 3 July</td><td>Brookside, 8.45am drop-off</td></tr>
</table>
<p>Before his first day our school nurse, Jenny Park, will meet you to write Teddy's individual healthcare plan, including his rescue medication protocol. She will ring you on Monday to find a time.</p>
<p>Please bring his red book and a spare set of clothes on the first morning.</p>
<p>Warmest wishes<br>Anjali</p>
"""

welcome = M(
    "welcome_to_brookside",
    "t21-transition",
    "2028-06-16 11:33:18",
    ANJALI,
    [CATRIN, IMMY],
    "Welcome to Brookside, Teddy! \U0001f392",
    cc=[SHAUNA],
    utc=True,
    fold_ids=True,
    fmt="alt",
    html_new=_WELCOME_HTML,
    new=_WELCOME_NEW,
    category="appointment",
    dates=[
        D("Tuesday 27 June", "2028-06-27", "meeting"),
        D("Thursday 29 June", "2028-06-29", "meeting"),
        D("Monday 3 July", "2028-07-03", "other"),
        D("on Monday", "2028-06-19", "meeting"),
    ],
    commits=[
        C(
            "school",
            "meet the parents to write the healthcare plan",
            None,
            "Before his first day our school nurse, Jenny Park, will meet you to write Teddy's individual healthcare plan, including his rescue medication protocol.",
        ),
        C(
            "school",
            "ring to find a time",
            "2028-06-19",
            "She will ring you on Monday to find a time.",
        ),
    ],
)

immy_welcome = M(
    "re_welcome_both_fine",
    "t21-transition",
    "2028-06-16 13:07:44",
    IMMY,
    [ANJALI],
    "Re: Welcome to Brookside, Teddy! \U0001f392",
    cc=[CATRIN, SHAUNA],
    reply_to=welcome,
    quote="apple",
    cte="base64",
    new="""\
Both dates are fine \U0001f973 We'll be there on the 29th with bells on.

Immy x""",
    category="appointment",
    dates=[D("the 29th", "2028-06-29", "meeting")],
    commits=[
        C(
            "parent",
            "attend the stay and play",
            "2028-06-29",
            "We'll be there on the 29th with bells on.",
        )
    ],
)

# ------------------------------------------------------------------ not_send: libraries
libraries = M(
    "libraries_summer_reading",
    "t23-libraries",
    "2028-07-05 12:00:03",
    LIBRARIES,
    [CATRIN],
    "Summer Reading Challenge 2028 starts Saturday 15 July \U0001f4da",
    utc=True,
    fmt="html",
    cte="quoted-printable",
    new="""\
Dear Catrin,

The Summer Reading Challenge is back! Children aged 4 to 11 can sign up at any Stourley library from Saturday 15 July and collect stickers and medals for every book they read over the holidays.

New this year: relaxed "Sensory Story" sessions at Central Library every Wednesday morning in August, for children with additional needs and their families. Spaces are limited, so please book online.

Don't forget that you can renew your loans online or by phone, and that there are no fines on children's books.

Stourley Libraries
You are receiving this email because you have a Stourley Libraries card. To unsubscribe, update your preferences in your library account.""",
    from_la=True,
    category="not_send",
)

# ------------------------------------------------------------------ t21 Brookside transition (end of term)
end_of_term = M(
    "teddys_first_three_weeks",
    "t21-transition",
    "2028-07-21 15:40:27",
    ANJALI,
    [CATRIN, IMMY],
    "Teddy's first three weeks at Brookside",
    reply_to=immy_welcome,
    quote="outlook",
    utc=True,
    fold_ids=True,
    thread_index=True,
    new="""\
Dear Catrin and Immy,

As it's the last day of term I wanted to let you know how Teddy has got on.

He has settled far better than any of us expected. He heads straight for the water tray every morning, he has used his walker in the corridor with Miss Kaur, and he has started signing "more" at snack time. Jenny was very pleased with how staff managed his two seizures, both on Wednesday 12 July, neither of which needed midazolam.

Reception starts on Tuesday 5 September. Miss Kaur is moving up with the class, so he will keep the same teacher. I will send you his Reception timetable in the last week of August.

Have a lovely summer - you've earned it.

Anjali""",
    category="general",
    dates=[
        D("Wednesday 12 July", "2028-07-12", "past"),
        D("Tuesday 5 September", "2028-09-05", "other"),
    ],
    commits=[
        C(
            "school",
            "send the Reception timetable",
            None,
            "I will send you his Reception timetable in the last week of August.",
        ),
    ],
)

MSGS = [
    ep_report, draft, immy_draft, brookside_visit, catrin_visit, representations, rhys_consults,
    catrin_meeting, consult_forward, catrin_consult_q, final_plan, catrin_final, fwd_sendiass,
    reconsideration, sian_advice, lorraine_meeting, immy_meeting, meeting_notes, reconsideration_outcome,
    catrin_send35, registration, catrin_registration, extension, catrin_extension, cmo, la_response,
    parents_evidence, concession, catrin_concession, amended_final, withdrawal, catrin_thanks_amended,
    tribunal_withdrawn, welcome, immy_welcome, libraries, end_of_term,
]  # fmt: skip
