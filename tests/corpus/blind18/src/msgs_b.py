"""Messages 033-064 (January - July 2028): the placement move to Kelsby, Quarrington, the PEP,
the school business manager's auto-reply, the managed move, the late draft plan and comments
(carer and birth mother), the complaint, the IRO's second review, the final plan and the
autumn PEP."""

from corpuslib import Att, C, D, M, fake_pdf
from msgs_a import IPHONE, LCS, OUTLOOK, REF, m019
from people import (
    COLETTE,
    COMPLAINTS,
    DEAN,
    FEEDBACK_NOREPLY,
    GEMMA,
    JESS,
    LYNNE,
    MARTIN,
    MAXINE,
    NADIA,
    OWEN,
    PAULINE,
    PRITI,
    QBC_SEND,
    RACHAEL,
    ROVERS,
    SIAN,
    SUNIL,
)

# --------------------------------------------------------------------------- t14 placement move

m033 = M(
    33,
    "placement_move",
    "t14-placement-move",
    "2028-01-24 14:30:08",
    NADIA,
    [MAXINE],
    f"Reece - placement move to Kelsby (LCS ID {LCS})",
    cc=[MARTIN, GEMMA, SIAN, RACHAEL],
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Hi all,

As most of you know, Maxine and Des are moving house, from Ravensholt to Kelsby, which is in Quarrington's area. The fostering panel approved the new address on 18 January, and Reece's placement will move with them.

The move is on Saturday 12 February. Reece will stay at Hexley Park for now, and Martin has agreed that the Virtual School will pay for a taxi from the new house from Monday 14 February. In the longer term we are looking at a managed move to a school nearer home, and that will be on the agenda at his PEP.

Reece remains looked after by Ravensholt, and nothing changes about who holds parental responsibility. I have notified Quarrington's children's services of the placement, as we have to.

I will visit Reece at the new house on Wednesday 16 February to see how he is settling.

Gemma, could you confirm that the EHC needs assessment carries on with Ravensholt despite the move?

Nadia""",
    category="general",
    from_la=True,
    refs=[LCS],
    dates=[
        D("18 January", "2028-01-18", "past"),
        D("Saturday 12 February", "2028-02-12", "other"),
        D("Monday 14 February", "2028-02-14", "other"),
        D("Wednesday 16 February", "2028-02-16", "meeting"),
    ],
    commits=[
        C(
            "la",
            "visit Reece at the new house",
            "2028-02-16",
            "I will visit Reece at the new house on Wednesday 16 February to see how he is settling.",
        )
    ],
)

m034 = M(
    34,
    "re_placement_move",
    "t14-placement-move",
    "2028-01-25 09:40:51",
    GEMMA,
    [NADIA],
    f"RE: Reece - placement move to Kelsby (LCS ID {LCS})",
    cc=[MAXINE, MARTIN, SIAN, RACHAEL],
    reply_to=m033,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    sig="Kind regards\nGemma",
    tail=GEMMA.sig.split("\n\n", 2)[-1],
    new="""Dear Nadia,

Yes. I have checked with my manager and with Quarrington's SEND team. As Reece is looked after by Ravensholt and his assessment is already under way, Ravensholt will complete the assessment (our ref EHCNA/27/2281) and, if a plan is agreed, will issue and maintain it. The advice requests are not affected, and the date for the final plan stays as 20 April 2028.

I will let Dr Garside and the other advisers know Reece's new address after 12 February.""",
    category="general",
    from_la=True,
    refs=[LCS, REF],
    dates=[
        D("20 April 2028", "2028-04-20", "deadline"),
        D("12 February", "2028-02-12", "other"),
    ],
    commits=[
        C(
            "la",
            "complete the assessment and issue any plan",
            None,
            "As Reece is looked after by Ravensholt and his assessment is already under way, Ravensholt will complete the assessment (our ref EHCNA/27/2281) and, if a plan is agreed, will issue and maintain it.",
        ),
        C(
            "la",
            "tell the advisers Reece's new address",
            None,
            "I will let Dr Garside and the other advisers know Reece's new address after 12 February.",
        ),
    ],
)

# --------------------------------------------------------------------------- t15 Quarrington

m035 = M(
    35,
    "quarrington_enquiry",
    "t15-quarrington",
    "2028-02-21 10:25:40",
    MAXINE,
    [QBC_SEND],
    "Foster child with EHC assessment - just moved into Quarrington",
    sig="Maxine Trelawney\n(foster carer)\n07700 900617",
    new="""Hello,

I'm a foster carer, and we moved into Kelsby on 12 February with our foster son Reece (12), who is looked after by Ravensholt. Ravensholt are in the middle of an EHC needs assessment for him. They've told his social worker that they'll finish it, but I wanted to check with you directly:

1. Do I need to register Reece with your SEND team at all?
2. We're hoping for a managed move to Kelsby Brook School after Easter. Who do I talk to about that - you, or your admissions team?

Thanks very much""",
    category="information_request",
    dates=[D("12 February", "2028-02-12", "past")],
)

# --------------------------------------------------------------------------- t16 PEP

m036 = M(
    36,
    "pep_invite",
    "t16-pep",
    "2028-02-21 11:50:12",
    JESS,
    [MAXINE, RACHAEL, DEAN, NADIA, OWEN],
    "Reece Fairbairn - spring PEP - Thursday 2 March, 9.30am",
    cc=[MARTIN],
    fmt="alt",
    fold_ids=True,
    new="""Hello everyone,

I'd like to hold Reece's spring term PEP meeting on Thursday 2 March at 9.30am at Hexley Park (room S4), with Teams for anyone who can't get there.

As well as the usual targets and the Pupil Premium Plus plan, I'd like us to discuss:
– where the EHC needs assessment has got to;
– the managed move to Kelsby Brook, which is why I've invited Mr Falconer; and
– Reece's reading, following the dyslexia assessment.

Please add your updates to the ePEP by Friday 25 February. Maxine, if you can, please help Reece with his "my voice" page.

I will send the Teams link on Wednesday 1 March.

Thanks,
Jess""",
    category="appointment",
    from_la=True,
    dates=[
        D("Thursday 2 March", "2028-03-02", "meeting"),
        D("Friday 25 February", "2028-02-25", "deadline"),
        D("Wednesday 1 March", "2028-03-01", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the Teams link",
            "2028-03-01",
            "I will send the Teams link on Wednesday 1 March.",
        )
    ],
)

m037 = M(
    37,
    "re_pep_invite_carer",
    "t16-pep",
    "2028-02-21 19:30:22",
    MAXINE,
    [JESS],
    "Re: Reece Fairbairn - spring PEP - Thursday 2 March, 9.30am",
    reply_to=m036,
    quote="apple",
    irt=False,
    sig="Sent from my iPhone",
    extra_headers=IPHONE,
    new="""Hi Jess, 9.30 is really hard for me now we're out in Kelsby - Reece goes in the taxi but I've got our other two to get to primary first. Could we do 1.30 instead? Sorry to be a pain

Maxine""",
    category="appointment",
)

m038 = M(
    38,
    "re_pep_invite_moved",
    "t16-pep",
    "2028-02-22 09:05:45",
    JESS,
    [MAXINE],
    "RE: Reece Fairbairn - spring PEP - Thursday 2 March, 9.30am",
    cc=[RACHAEL, DEAN, NADIA, OWEN, MARTIN],
    reply_to=m037,
    quote="outlook",
    fold_ids=True,
    sig="Jess",
    new="""Not a pain at all. I've moved it to 1.30pm on Thursday 2 March, same room. Mr Falconer and Mrs Ibbotson can both do 1.30.""",
    category="appointment",
    from_la=True,
    dates=[D("Thursday 2 March", "2028-03-02", "meeting")],
)

# --------------------------------------------------------------------------- t15 Quarrington reply

m039 = M(
    39,
    "re_quarrington_enquiry",
    "t15-quarrington",
    "2028-02-23 15:02:19",
    SUNIL,
    [MAXINE],
    "RE: Foster child with EHC assessment - just moved into Quarrington [QBC/SENQ/28/0117]",
    reply_to=m035,
    quote="orig",
    charset="windows-1252",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney,

Thank you for your enquiry, which has been logged under reference QBC/SENQ/28/0117.

1. You do not need to register Reece with us. I spoke to Ms Thirlwell at Ravensholt on 26 January and we agreed that, because Reece is looked after by Ravensholt and the assessment was already under way, Ravensholt will complete it and, if a plan is issued, will maintain it.

2. A managed move for a looked after child into a Quarrington school is considered by our Fair Access Panel. Kelsby Brook will need to agree, and the Virtual School usually leads on the paperwork. The next panel meets on Thursday 9 March.

I will pass your details to our School Admissions team today so that they know to expect an application.

Yours sincerely""",
    category="general",
    from_la=True,
    refs=["QBC/SENQ/28/0117"],
    dates=[
        D("26 January", "2028-01-26", "past"),
        D("Thursday 9 March", "2028-03-09", "meeting"),
        D("today", "2028-02-23", "deadline"),
    ],
    commits=[
        C(
            "la",
            "pass the carer's details to School Admissions",
            "2028-02-23",
            "I will pass your details to our School Admissions team today so that they know to expect an application.",
        )
    ],
)

# --------------------------------------------------------------------------- t16 PEP summary (subject changed)

m040 = M(
    40,
    "pep_summary",
    "t16-pep",
    "2028-03-03 12:20:36",
    MARTIN,
    [MAXINE, RACHAEL, DEAN, NADIA, OWEN],
    "Reece Fairbairn - spring PEP - summary and actions",
    cc=[JESS, GEMMA],
    reply_to=m038,
    quote="outlook",
    charset="windows-1252",
    fold_ids=True,
    extra_headers=OUTLOOK,
    attachments=[
        Att("PEP spring 2028 - R Fairbairn.pdf", "application/pdf", fake_pdf("PEP spring 2028"))
    ],
    new="""Dear all,

Thank you for yesterday’s PEP, and thank you to Reece for staying for the first half hour – that was a big step for him.

Agreed actions
1. Managed move: everyone agreed that a managed move to Kelsby Brook School is in Reece’s interests. I will present the case to Quarrington’s Fair Access Panel on 9 March.
2. If the panel agrees, Reece will start at Kelsby Brook at the beginning of the summer term, with a visit beforehand.
3. Tuition: the Virtual School will fund one hour a week of specialist dyslexia tuition from Monday 13 March, paid through Hexley Park from Reece’s PP+.
4. Hexley Park will send its updated APDR and the dyslexia report to Ms Thirlwell by Friday 10 March.
5. Maxine will keep a weekly note of how Reece is sleeping and settling at the new house, to share at the next PEP.

The summer PEP will be on Tuesday 13 June at 2pm; the venue depends on the panel’s decision.

The PEP document is attached.

Best wishes
Martin""",
    category="general",
    from_la=True,
    dates=[
        D("yesterday", "2028-03-02", "past"),
        D("9 March", "2028-03-09", "meeting"),
        D("Monday 13 March", "2028-03-13", "deadline"),
        D("Friday 10 March", "2028-03-10", "deadline"),
        D("Tuesday 13 June", "2028-06-13", "meeting"),
    ],
    commits=[
        C(
            "la",
            "present the case to the Fair Access Panel",
            "2028-03-09",
            "I will present the case to Quarrington’s Fair Access Panel on 9 March.",
        ),
        C(
            "la",
            "fund weekly specialist dyslexia tuition",
            "2028-03-13",
            "3. Tuition: the Virtual School will fund one hour a week of specialist dyslexia tuition from Monday 13 March, paid through Hexley Park from Reece’s PP+.",
        ),
        C(
            "school",
            "send the APDR and dyslexia report to the coordinator",
            "2028-03-10",
            "4. Hexley Park will send its updated APDR and the dyslexia report to Ms Thirlwell by Friday 10 March.",
        ),
        C(
            "parent",
            "keep a weekly note of sleep and settling",
            None,
            "5. Maxine will keep a weekly note of how Reece is sleeping and settling at the new house, to share at the next PEP.",
        ),
    ],
)

# --------------------------------------------------------------------------- t17 school business manager

m041 = M(
    41,
    "pp_plus_tutor",
    "t17-sbm",
    "2028-03-06 08:31:02",
    MAXINE,
    [PAULINE],
    "PP+ tutor for Reece Fairbairn (Yr 8)",
    sig="Maxine Trelawney\n07700 900617",
    new="""Dear Mrs Greaves,

Martin Oyelaran from the Virtual School said at Reece's PEP last week that Reece's new dyslexia tutor will be paid through the school from his Pupil Premium Plus. The tutor is Mrs Anne Aldridge and she is due to start on Monday 13 March.

Could you let me know what you need from her to set her up as a supplier? She hasn't worked for an academy before and wants to get it right.

Also, Reece still has his school Chromebook. I'll hand it in at reception when his last day at Hexley Park is confirmed.

Many thanks""",
    category="general",
    dates=[D("Monday 13 March", "2028-03-13", "other")],
    commits=[
        C(
            "parent",
            "return the school Chromebook",
            None,
            "I'll hand it in at reception when his last day at Hexley Park is confirmed.",
        )
    ],
)

m042 = M(
    42,
    "auto_reply_sbm",
    "t17-sbm",
    "2028-03-06 08:31:40",
    PAULINE,
    [MAXINE],
    "Automatic reply: PP+ tutor for Reece Fairbairn (Yr 8)",
    reply_to=m041,
    quote="none",
    zone_name="GMT",
    sig="",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""Thank you for your email. I am away from the Academy until Monday 13 March 2028 and will not be checking email.

For urgent finance matters please contact finance@hexleyparkacademy.org.uk. For attendance, please ring the school office on 01632 960370. For questions about a pupil's special educational needs, please contact Mrs Ibbotson, SENCO.

Pauline Greaves
School Business Manager
Hexley Park Academy""",
    category="general",
    dates=[D("Monday 13 March 2028", "2028-03-13", "other")],
)

# --------------------------------------------------------------------------- t18 managed move

m043 = M(
    43,
    "managed_move",
    "t18-managed-move",
    "2028-03-15 11:00:27",
    OWEN,
    [MAXINE],
    "Managed move - Reece Fairbairn - Kelsby Brook School",
    cc=[MARTIN, RACHAEL, NADIA],
    fmt="alt",
    new="""Dear Mrs Trelawney,

I'm pleased to say that Quarrington's Fair Access Panel agreed Reece's managed move to Kelsby Brook on 9 March, and our headteacher, Mrs Osei, is very happy to welcome him.

I'd like to invite you and Reece to look round on Tuesday 21 March at 10am. He can meet his form tutor and see the Hub, which is our base for students who need a quieter space at times.

All being well, Reece will start with us on Tuesday 18 April, the first day of the summer term. I will meet him at reception on his first morning and spend the first lesson with him.

As the EHC needs assessment is still going on, please could Ms Thirlwell send us the draft plan when it is ready? Mr Oyelaran, I know the Virtual School will want to set up the transfer of Reece's PEP as well.

Kind regards""",
    category="general",
    dates=[
        D("9 March", "2028-03-09", "past"),
        D("Tuesday 21 March", "2028-03-21", "meeting"),
        D("Tuesday 18 April", "2028-04-18", "other"),
    ],
    commits=[
        C(
            "school",
            "meet Reece at reception on his first morning",
            None,
            "I will meet him at reception on his first morning and spend the first lesson with him.",
        )
    ],
)

m044 = M(
    44,
    "re_managed_move",
    "t18-managed-move",
    "2028-03-15 12:40:09",
    MAXINE,
    [OWEN],
    "Re: Managed move - Reece Fairbairn - Kelsby Brook School",
    cc=[MARTIN, RACHAEL, NADIA],
    reply_to=m043,
    quote="gmail",
    sig="",
    new="""Dear Mr Falconer,

That's wonderful news, thank you. We'll both be there on Tuesday at 10.

Maxine""",
    category="appointment",
    dates=[D("Tuesday", "2028-03-21", "meeting")],
    commits=[
        C(
            "parent",
            "bring Reece to the visit",
            "2028-03-21",
            "We'll both be there on Tuesday at 10.",
        )
    ],
)

# --------------------------------------------------------------------------- t19 draft chaser

m045 = M(
    45,
    "draft_chaser",
    "t19-draft-chaser",
    "2028-03-27 20:10:44",
    MAXINE,
    [GEMMA],
    "Draft plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, MARTIN],
    sig="Maxine Trelawney",
    new="""Dear Gemma,

Your email of 7 January said you would aim to send us a draft plan by 23 March. That was last Thursday, and I haven't had anything, and nor has Nadia.

Reece is starting at Kelsby Brook on 18 April and they would like to see a draft before then. The final plan is due by 20 April.

Please could you let me know by Friday when we will get the draft?

Thanks""",
    category="chaser",
    refs=[REF],
    dates=[
        D("7 January", "2028-01-07", "past"),
        D("23 March", "2028-03-23", "past"),
        D("18 April", "2028-04-18", "other"),
        D("20 April", "2028-04-20", "deadline"),
        D("Friday", "2028-03-31", "deadline"),
    ],
)

m046 = M(
    46,
    "re_draft_chaser",
    "t19-draft-chaser",
    "2028-03-29 16:15:03",
    GEMMA,
    [MAXINE],
    "RE: Draft plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, MARTIN],
    reply_to=m045,
    quote="outlook",
    charset="windows-1252",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney,

I’m sorry for the delay, and for not letting you know sooner.

Dr Garside’s advice arrived on 17 March, later than planned, and I am still waiting for the health advice from the Designated Clinical Officer, which was due on 21 February. I have chased it again this week.

I will send the draft plan to you, Nadia and Ms Lakhani by Friday 7 April. I cannot promise at this stage that the final plan will be issued by 20 April 2028.""",
    category="delay_notice",
    from_la=True,
    refs=[REF],
    dates=[
        D("17 March", "2028-03-17", "past"),
        D("21 February", "2028-02-21", "past"),
        D("Friday 7 April", "2028-04-07", "deadline"),
        D("20 April 2028", "2028-04-20", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the draft plan",
            "2028-04-07",
            "I will send the draft plan to you, Nadia and Ms Lakhani by Friday 7 April.",
        )
    ],
)

# --------------------------------------------------------------------------- t20 draft plan

m047 = M(
    47,
    "draft_plan",
    "t20-draft-plan",
    "2028-04-12 14:30:50",
    GEMMA,
    [NADIA, MAXINE, PRITI],
    "DRAFT EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[RACHAEL, OWEN, MARTIN],
    fmt="alt",
    fold_ids=True,
    extra_headers=OUTLOOK,
    attachments=[
        Att("DRAFT EHCP - Reece Fairbairn.pdf", "application/pdf", fake_pdf("Draft EHC plan")),
        Att("Appendices - advice and information.pdf", "application/pdf", fake_pdf("Appendices")),
    ],
    new="""Dear Ms Khoury, Mrs Trelawney and Ms Lakhani,

Please find attached Reece's draft EHC plan, with the advice and information gathered during the assessment as appendices. A copy has been posted to Ms Fairbairn. I'm sorry it is later than the date I gave you.

As this is a draft, section I (the school or other placement) has been left blank. Ms Khoury, as the council is Reece's corporate parent, please tell me which school you would like named. I understand everyone expects this to be Kelsby Brook School after the managed move.

You can comment on any part of the draft, and you can ask to meet me to discuss it. Please send any comments within 15 days of the date of this letter, that is by 27 April 2028. If I have not heard from you by then, the council will finalise the plan as it stands.

I will consult Kelsby Brook School about naming it as soon as you confirm your preference.

Because the draft has taken longer than expected, the final plan will not be issued by 20 April 2028.""",
    category="draft_plan",
    from_la=True,
    refs=[REF],
    dates=[
        D("27 April 2028", "2028-04-27", "deadline"),
        D("20 April 2028", "2028-04-20", "deadline"),
    ],
    commits=[
        C(
            "la",
            "finalise the plan if no comments",
            None,
            "If I have not heard from you by then, the council will finalise the plan as it stands.",
        ),
        C(
            "la",
            "consult Kelsby Brook School",
            None,
            "I will consult Kelsby Brook School about naming it as soon as you confirm your preference.",
        ),
    ],
)

m048 = M(
    48,
    "draft_comments_carer",
    "t20-draft-plan",
    "2028-04-24 22:05:31",
    MAXINE,
    [GEMMA],
    "Re: DRAFT EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, PRITI, MARTIN, OWEN],
    reply_to=m047,
    quote="gmail",
    fmt="alt",
    sig="Maxine Trelawney\n07700 900617",
    new="""Dear Gemma,

These comments are from me and from Nadia. She has read them and agreed that I should send them for both of us, and she confirms that the council's preference for section I is Kelsby Brook School. Ms Lakhani will send Kelly's comments separately.

Reece started at Kelsby Brook on Tuesday 18 April and the first week has gone better than any of us dared hope.

Section A
1. Please use Reece's own words from his All About Me; the draft paraphrases them. He particularly wants "a teacher who doesn't give up on me" to stay in.

Section B
2. The draft describes his reading difficulties but doesn't mention the dyslexia diagnosis from his assessment on 18 October 2027. Please name it.
3. The social, emotional and mental health section should reflect Dr Nwachukwu's letter about early trauma and attachment, not just "behavioural difficulties".

Section F
4. "Access to literacy support as required" is too vague. Dr Garside recommended specialist dyslexia teaching, three 30-minute sessions a week, from a qualified specialist teacher. Please write that in.
5. Please specify a named key adult, a daily check-in at the start of the day, and an agreed exit card and safe space (the Hub at Kelsby Brook).
6. Reading aloud and copying from the board should only happen with preparation, as the IRO recommended in November.

Section I
7. Kelsby Brook School.

I don't need a meeting if these points are accepted. If they aren't, I would like one before the plan is finalised.

Thank you""",
    category="draft_plan",
    refs=[REF],
    dates=[
        D("Tuesday 18 April", "2028-04-18", "past"),
        D("18 October 2027", "2027-10-18", "past"),
    ],
)

m049 = M(
    49,
    "draft_comments_mother",
    "t20-draft-plan",
    "2028-04-25 12:30:14",
    PRITI,
    [GEMMA],
    "RE: DRAFT EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, MAXINE],
    reply_to=m047,
    quote="outlook",
    new="""Dear Ms Thirlwell,

I am writing with Kelly Fairbairn's comments on Reece's draft plan. Kelly has read the draft with me.

1. Kelly agrees that Kelsby Brook School should be named in section I.
2. Section A says nothing about Reece's family. Kelly would like it to say that Reece has a mum who loves him, that he sees her every other Saturday, and that he has two younger sisters.
3. Kelly has dyslexia herself and wants Reece to have the specialist teaching Mrs Trelawney has asked for.
4. Kelly asks to be invited to Reece's annual reviews and to receive her own copy of the final plan.

Kelly is also writing a short letter in her own words. I will send it to you by Friday 28 April.

Yours sincerely""",
    category="draft_plan",
    refs=[REF],
    dates=[D("Friday 28 April", "2028-04-28", "deadline")],
    commits=[
        C(
            "other",
            "send the mother's own letter",
            "2028-04-28",
            "I will send it to you by Friday 28 April.",
        )
    ],
)

m050 = M(
    50,
    "re_draft_comments_ack",
    "t20-draft-plan",
    "2028-04-27 10:45:26",
    GEMMA,
    [MAXINE],
    "RE: DRAFT EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, PRITI, MARTIN, OWEN],
    reply_to=m048,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney, Ms Khoury and Ms Lakhani,

Thank you for your comments, and for Kelly's, which came in on Tuesday.

I have now sent Kelsby Brook School a formal consultation and asked them to reply as quickly as they can. I will go through each of your points with Dr Garside and the school, and I will send you a response to each one with the final plan.

I will issue the final plan by Friday 26 May.""",
    category="acknowledgement",
    from_la=True,
    refs=[REF],
    dates=[
        D("on Tuesday", "2028-04-25", "past"),
        D("Friday 26 May", "2028-05-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "respond to each point with the final plan",
            None,
            "I will go through each of your points with Dr Garside and the school, and I will send you a response to each one with the final plan.",
        ),
        C(
            "la",
            "issue the final plan",
            "2028-05-26",
            "I will issue the final plan by Friday 26 May.",
        ),
    ],
)

# --------------------------------------------------------------------------- t21 football (not_send)

m051 = M(
    51,
    "rovers_u13s",
    "t21-football",
    "2028-05-04 18:00:05",
    ROVERS,
    [MAXINE],
    "U13s ⚽ last game + presentation night",
    sig="Dave and Kerry\nKelsby Rovers JFC U13s",
    new="""Hi all,

What a season! Thanks to everyone for the lifts, the oranges and the noise on the touchline.

Our last league game is Sunday 14 May away at Quarrington Town, KO 10.30, so please be at the ground by 9.45. Kit and boots clean please!

Presentation night is on Friday 9 June at Kelsby Social Club, 6 till 8. There will be a trophy for every player, and we'll announce players' player and coaches' player.

Subs for May (£15) are due by 31 May.

A special mention for Reece, who only joined us in March and kept a clean sheet in goal on Sunday. Brilliant effort.

Cheers""",
    category="not_send",
)

# --------------------------------------------------------------------------- t22 complaint

m052 = M(
    52,
    "complaint",
    "t22-complaint",
    "2028-05-15 09:05:17",
    MAXINE,
    [COMPLAINTS],
    "Formal complaint - delay to Reece Fairbairn's EHC plan (ref EHCNA/27/2281)",
    cc=[NADIA, MARTIN, GEMMA],
    fmt="alt",
    sig="Maxine Trelawney\n07700 900617",
    new="""Dear Complaints Team,

I am the foster carer of Reece Fairbairn, who is looked after by Ravensholt. I am making this complaint, with the agreement of his social worker Nadia Khoury (copied in), about the time the council has taken to issue his EHC plan.

What happened
• 1 October 2027: Hexley Park Academy asked for an EHC needs assessment.
• 10 November 2027: the council refused.
• 2 December 2027: Nadia asked the council to reconsider, with new evidence from CAMHS.
• 20 December 2027: we were told that the panel had "run out of time" and that Reece's case would wait until January.
• 7 January 2028: the council agreed to assess and told us that the final plan must be issued by 20 April 2028.
• 12 April 2028: the draft plan arrived, nearly three weeks after the date we had been given.
• There is still no final plan. We have now been told it will be issued by 26 May.

The effect on Reece
Reece has had no specialist dyslexia teaching arranged by the council in all this time; what he has had has been paid for by the Virtual School. He moved school in April without a plan in place, which is exactly what the plan was meant to prevent.

What I am asking for
1. An apology to Reece, in a form he can understand.
2. The final plan, without any further delay.
3. An explanation of why a looked after child's case was deferred at panel, and what the council will do so that it does not happen to another child in its care.
4. A remedy for the specialist teaching Reece has missed.

I can send copies of all the emails I refer to if you need them.

Yours faithfully""",
    category="complaint",
    refs=[REF],
    dates=[
        D("1 October 2027", "2027-10-01", "past"),
        D("10 November 2027", "2027-11-10", "past"),
        D("2 December 2027", "2027-12-02", "past"),
        D("20 December 2027", "2027-12-20", "past"),
        D("7 January 2028", "2028-01-07", "past"),
        D("20 April 2028", "2028-04-20", "past"),
        D("12 April 2028", "2028-04-12", "past"),
        D("26 May", "2028-05-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final plan (reported)",
            "2028-05-26",
            "We have now been told it will be issued by 26 May.",
        )
    ],
)

m053 = M(
    53,
    "complaint_auto_ack",
    "t22-complaint",
    "2028-05-15 09:06:02",
    FEEDBACK_NOREPLY,
    [MAXINE],
    "We have received your complaint [CFT-28-00412]",
    reply_to=m052,
    quote="none",
    msgid=None,
    charset="us-ascii",
    cte="7bit",
    sig="",
    extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
    new="""This is an automated message. Please do not reply to this email.

Thank you for contacting Ravensholt Metropolitan Borough Council. Your complaint has been received and given the reference CFT-28-00412.

We aim to respond within 10 working days.

If your complaint is about children's social care, it may be handled under the statutory children's social care complaints procedure, where different timescales apply. We will tell you if this is the case.

Ravensholt Customer Feedback Team""",
    category="complaint",
    from_la=True,
    refs=["CFT-28-00412"],
    dates=[D("within 10 working days", "2028-05-30", "deadline")],
    commits=[
        C(
            "la",
            "respond to the complaint",
            "2028-05-30",
            "We aim to respond within 10 working days.",
        ),
        C(
            "la",
            "say if the statutory procedure applies",
            None,
            "We will tell you if this is the case.",
        ),
    ],
)

m054 = M(
    54,
    "complaint_ack_officer",
    "t22-complaint",
    "2028-05-18 14:20:48",
    COLETTE,
    [MAXINE],
    "Your complaint CFT-28-00412 - Reece Fairbairn",
    cc=[NADIA],
    reply_to=m052,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney,

Thank you for your complaint, which we received on 15 May 2028.

I have checked whether it should be dealt with under the children's social care complaints procedure. As it concerns the SEN assessment and the timing of the EHC plan, it will be handled under the council's corporate complaints procedure, at Stage 1.

I have passed your complaint to Lynne Haworth, SEND Service Manager, who will send you a written response by 30 May 2028.

Yours sincerely""",
    category="complaint",
    from_la=True,
    refs=["CFT-28-00412"],
    dates=[
        D("15 May 2028", "2028-05-15", "past"),
        D("30 May 2028", "2028-05-30", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a written Stage 1 response",
            "2028-05-30",
            "I have passed your complaint to Lynne Haworth, SEND Service Manager, who will send you a written response by 30 May 2028.",
        )
    ],
)

# --------------------------------------------------------------------------- t09 IRO (second review, reply to November)

m055 = M(
    55,
    "iro_recommendations_may",
    "t09-iro",
    "2028-05-19 11:30:40",
    SIAN,
    [NADIA, MAXINE, MARTIN, PRITI],
    "Reece Fairbairn - CLA review 18.05.28 - IRO recommendations",
    cc=[OWEN, GEMMA],
    reply_to=m019,
    quote="none",
    fmt="html",
    fold_ids=True,
    new="""Dear all,

Thank you for yesterday's review, which was held for the first time at Kelsby Brook School. Reece chaired the first ten minutes himself, with Mr Falconer's help, and told us that he "actually likes" his new school.

On my November recommendations: the request for reconsideration was made on time and the council agreed to assess. However, the final EHC plan has still not been issued, and the statutory date of 20 April 2028 has passed. I have raised this with the Head of SEND under the IRO dispute resolution process.

My recommendations are:

1. Gemma Thirlwell told the review that the final plan will be issued by 26 May 2028. Nadia will let me know on that day whether it has been.

2. Kelsby Brook will hold the six-week review of the managed move on Tuesday 6 June and will send the outcome to Nadia and Martin.

3. Maxine's complaint about the delay is noted, and I will ask to see the council's response.

4. Contact with Kelly continues every other Saturday. Kelly would like a photograph of Reece in his new uniform, which Maxine has kindly agreed to send.

The next review will be on Tuesday 14 November 2028.

Kind regards
Siân""",
    category="general",
    from_la=True,
    dates=[
        D("yesterday", "2028-05-18", "past"),
        D("20 April 2028", "2028-04-20", "past"),
        D("26 May 2028", "2028-05-26", "deadline"),
        D("Tuesday 6 June", "2028-06-06", "meeting"),
        D("Tuesday 14 November 2028", "2028-11-14", "meeting"),
    ],
    commits=[
        C(
            "la",
            "issue the final plan (reported at the review)",
            "2028-05-26",
            "1. Gemma Thirlwell told the review that the final plan will be issued by 26 May 2028.",
        ),
        C(
            "la",
            "tell the IRO whether the plan was issued",
            None,
            "Nadia will let me know on that day whether it has been.",
        ),
        C(
            "school",
            "hold the managed move review and send the outcome",
            "2028-06-06",
            "2. Kelsby Brook will hold the six-week review of the managed move on Tuesday 6 June and will send the outcome to Nadia and Martin.",
        ),
        C(
            "la",
            "ask to see the complaint response",
            None,
            "3. Maxine's complaint about the delay is noted, and I will ask to see the council's response.",
        ),
    ],
)

# --------------------------------------------------------------------------- t20 holding reply (still in the draft chain)

m056 = M(
    56,
    "re_draft_final_delayed",
    "t20-draft-plan",
    "2028-05-26 16:50:19",
    GEMMA,
    [MAXINE, NADIA],
    "RE: DRAFT EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[PRITI],
    reply_to=m050,
    quote="outlook",
    fold_ids=True,
    extra_headers=OUTLOOK,
    sig="Gemma Thirlwell",
    new="""Dear Mrs Trelawney and Ms Khoury,

I'm afraid I will not be able to send the final plan today, as I said I would. Kelsby Brook's consultation response only reached me this afternoon, and it asks for one change to section F that I need to agree with my manager.

I will issue the final plan on Wednesday 31 May.

I'm sorry for the further delay.""",
    category="delay_notice",
    from_la=True,
    refs=[REF],
    dates=[
        D("today", "2028-05-26", "deadline"),
        D("Wednesday 31 May", "2028-05-31", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final plan",
            "2028-05-31",
            "I will issue the final plan on Wednesday 31 May.",
        )
    ],
)

# --------------------------------------------------------------------------- t22 Stage 1 response

m057 = M(
    57,
    "stage1_response",
    "t22-complaint",
    "2028-05-30 17:05:33",
    LYNNE,
    [MAXINE],
    "Stage 1 response - complaint CFT-28-00412",
    cc=[NADIA, COLETTE],
    reply_to=m052,
    quote="none",
    charset="iso-8859-1",
    fold_ids=True,
    extra_headers=OUTLOOK,
    new="""Dear Mrs Trelawney,

Stage 1 response: complaint reference CFT-28-00412
Date: 30 May 2028

Thank you for your complaint of 15 May 2028 about the time taken to issue Reece's EHC plan. I have looked at Reece's file, spoken to Ms Thirlwell and to the chair of the SEN Assessment Panel, and read the emails you sent.

Findings
1. The request made on 2 December 2027 was treated as the start of the assessment, so the final plan should have been issued by 20 April 2028. It was not. I uphold this part of your complaint.
2. Reece's request should not have been deferred at the panel on 16 December 2027. The cases of looked after children are meant to be prioritised on the agenda, and this did not happen. I uphold this part.
3. The delay in the health advice was outside the SEN team's control, but the team should have told you about it sooner. I partly uphold this part.

What we will do
- The final plan will be issued tomorrow, 31 May 2028.
- From the start of the autumn term, every new request for a looked after child will be flagged to the Virtual School and reviewed by a senior officer at week 12.
- To recognise the time and trouble caused, and the provision Reece missed, the council will pay £400 into Reece's savings account within 15 working days of the date of this letter.
- I will write to Reece separately with an apology, and I have asked Mr Oyelaran how best to do this.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2. Please do this within 20 working days of the date of this letter.

Yours sincerely""",
    category="complaint",
    from_la=True,
    refs=["CFT-28-00412"],
    dates=[
        D("30 May 2028", "2028-05-30", "other"),
        D("15 May 2028", "2028-05-15", "past"),
        D("2 December 2027", "2027-12-02", "past"),
        D("20 April 2028", "2028-04-20", "past"),
        D("16 December 2027", "2027-12-16", "past"),
        D("tomorrow, 31 May 2028", "2028-05-31", "deadline"),
        D("within 15 working days of the date of this letter", "2028-06-20", "deadline"),
        D("within 20 working days of the date of this letter", "2028-06-27", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final plan",
            "2028-05-31",
            "- The final plan will be issued tomorrow, 31 May 2028.",
        ),
        C(
            "la",
            "flag looked after children's requests for week-12 review",
            None,
            "- From the start of the autumn term, every new request for a looked after child will be flagged to the Virtual School and reviewed by a senior officer at week 12.",
        ),
        C(
            "la",
            "pay £400 into Reece's savings account",
            "2028-06-20",
            "- To recognise the time and trouble caused, and the provision Reece missed, the council will pay £400 into Reece's savings account within 15 working days of the date of this letter.",
        ),
        C(
            "la",
            "write to Reece with an apology",
            None,
            "- I will write to Reece separately with an apology, and I have asked Mr Oyelaran how best to do this.",
        ),
    ],
)

# --------------------------------------------------------------------------- t23 final plan

m058 = M(
    58,
    "final_plan",
    "t23-final-plan",
    "2028-05-31 15:40:02",
    GEMMA,
    [NADIA, MAXINE, PRITI],
    "FINAL EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[OWEN, MARTIN, SIAN],
    fmt="alt",
    fold_ids=True,
    extra_headers=OUTLOOK,
    attachments=[
        Att("FINAL EHCP - Reece Fairbairn.pdf", "application/pdf", fake_pdf("Final EHC plan")),
        Att(
            "Response to comments on the draft.pdf",
            "application/pdf",
            fake_pdf("Response to comments"),
        ),
    ],
    new="""Dear Ms Khoury, Mrs Trelawney and Ms Lakhani,

Please find attached Reece's final EHC plan, dated 31 May 2028, with a letter explaining how your comments and Kelly's have been taken into account. A copy has been posted to Ms Fairbairn.

Section I names Kelsby Brook School. Section F now includes specialist dyslexia teaching (three 30-minute sessions a week), a named key adult, a daily check-in and access to the Hub.

If you disagree with sections B, F or I, or with the plan as a whole, you can appeal to the First-tier Tribunal (SEND). An appeal must be made within two months of the date of this letter, that is by 31 July 2028. Unless the appeal is only about the school named, you must first contact the mediation adviser, Trentside Mediation Services.

The first annual review of the plan must be held by 30 May 2029.

I am sorry that the plan has taken so long.""",
    category="final_plan",
    from_la=True,
    refs=[REF],
    dates=[
        D("31 May 2028", "2028-05-31", "other"),
        D("31 July 2028", "2028-07-31", "deadline"),
        D("30 May 2029", "2029-05-30", "deadline"),
    ],
)

m059 = M(
    59,
    "re_final_plan",
    "t23-final-plan",
    "2028-06-01 07:55:21",
    MAXINE,
    [GEMMA],
    "Re: FINAL EHC plan - Reece Fairbairn - EHCNA/27/2281",
    cc=[NADIA, PRITI, OWEN, MARTIN],
    reply_to=m058,
    quote="gmail",
    fmt="alt",
    sig="",
    new="""Thank you Gemma. I read it last night after Reece went to bed. Section F is what we asked for, and section A finally sounds like him.

Nadia and I talked it through on the phone and we won't be appealing. I'll print a copy for Mr Falconer's file in case the school hasn't had one.

Maxine""",
    category="general",
    refs=[REF],
    dates=[D("last night", "2028-05-31", "past")],
    commits=[
        C(
            "parent",
            "print a copy for the school's file",
            None,
            "I'll print a copy for Mr Falconer's file in case the school hasn't had one.",
        )
    ],
)

m060 = M(
    60,
    "re_stage1_response",
    "t22-complaint",
    "2028-06-02 10:30:57",
    MAXINE,
    [LYNNE],
    "Re: Stage 1 response - complaint CFT-28-00412",
    cc=[NADIA, COLETTE],
    reply_to=m057,
    quote="gmail",
    sig="Maxine Trelawney",
    new="""Dear Ms Haworth,

Thank you for a clear and honest response. The final plan arrived on Wednesday, as you said it would.

I'm not going to ask for Stage 2. I would ask one thing: when the week-12 check starts in September, please could foster carers be told that it exists?

Reece's savings account details are on his care plan, and Nadia can confirm them.

Yours sincerely""",
    category="complaint",
    refs=["CFT-28-00412"],
    dates=[D("on Wednesday", "2028-05-31", "past")],
)

# --------------------------------------------------------------------------- t18 managed move review (subject changed)

m061 = M(
    61,
    "managed_move_review",
    "t18-managed-move",
    "2028-06-07 16:10:45",
    OWEN,
    [MAXINE],
    "Managed move review - Reece Fairbairn - made permanent",
    cc=[MARTIN, NADIA],
    reply_to=m044,
    quote="gmail",
    fmt="alt",
    new="""Dear Mrs Trelawney,

Thank you for coming in for yesterday's review of Reece's managed move. As we agreed, the move will now become permanent, and Reece will be on Kelsby Brook's roll from Monday 12 June.

I will let Hexley Park, Mr Oyelaran and Ms Thirlwell know today. His specialist dyslexia sessions with Mrs Kaur start next week, and I've put the timetable in his planner.

Kind regards""",
    category="general",
    dates=[
        D("yesterday", "2028-06-06", "past"),
        D("Monday 12 June", "2028-06-12", "other"),
        D("today", "2028-06-07", "deadline"),
    ],
    commits=[
        C(
            "school",
            "tell Hexley Park, the Virtual School and the SEN team",
            "2028-06-07",
            "I will let Hexley Park, Mr Oyelaran and Ms Thirlwell know today.",
        )
    ],
)

m062 = M(
    62,
    "re_managed_move_review",
    "t18-managed-move",
    "2028-06-08 00:20:11",
    MAXINE,
    [OWEN],
    "Re: Managed move review - Reece Fairbairn - made permanent",
    cc=[MARTIN, NADIA],
    reply_to=m061,
    quote="gmail",
    utc=True,
    sig="",
    new="""Sorry, it's gone midnight and I've only just sat down, but I couldn't go to bed without saying thank you. That's the best email I've had all year, and it's all down to how you've been with him.

I'll drop Reece's Hexley Park Chromebook back to them tomorrow on my way past.

Maxine""",
    category="general",
    dates=[D("tomorrow", "2028-06-09", "deadline")],
    commits=[
        C(
            "parent",
            "return the Chromebook to Hexley Park",
            "2028-06-09",
            "I'll drop Reece's Hexley Park Chromebook back to them tomorrow on my way past.",
        )
    ],
)

# --------------------------------------------------------------------------- t24 autumn PEP

m063 = M(
    63,
    "autumn_pep",
    "t24-autumn-pep",
    "2028-07-12 11:15:38",
    JESS,
    [MAXINE, OWEN, NADIA],
    "Reece Fairbairn - autumn PEP date",
    cc=[MARTIN],
    fold_ids=True,
    new="""Hello all,

Thank you for such a positive summer PEP last month.

I'd like to book Reece's autumn term PEP for Thursday 21 September at 9am at Kelsby Brook. Now that Reece has an EHC plan, Mr Falconer has suggested we use the same morning to start planning for his first annual review, which will be in the spring.

The Virtual School's summer school at Ravensholt College runs from Monday 31 July to Friday 4 August. Reece is very welcome, and if you let me know by Friday 21 July I will add his name to the list.

Best wishes
Jess""",
    category="appointment",
    from_la=True,
    dates=[
        D("Thursday 21 September", "2028-09-21", "meeting"),
        D("Monday 31 July", "2028-07-31", "other"),
        D("Friday 4 August", "2028-08-04", "other"),
        D("Friday 21 July", "2028-07-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "add Reece to the summer school list",
            None,
            "Reece is very welcome, and if you let me know by Friday 21 July I will add his name to the list.",
        )
    ],
)

m064 = M(
    64,
    "re_autumn_pep",
    "t24-autumn-pep",
    "2028-07-12 20:40:03",
    MAXINE,
    [JESS],
    "Re: Reece Fairbairn - autumn PEP date",
    cc=[OWEN, NADIA],
    reply_to=m063,
    quote="apple",
    sig="Sent from my iPhone",
    extra_headers=IPHONE,
    new="""21st Sept is in the diary, I'll be there.

Reece says yes to summer school as long as there's football. Put him down please!

Maxine""",
    category="appointment",
    dates=[D("21st Sept", "2028-09-21", "meeting")],
    commits=[
        C(
            "parent",
            "attend the autumn PEP",
            "2028-09-21",
            "21st Sept is in the diary, I'll be there.",
        )
    ],
)

MSGS = [
    m033,
    m034,
    m035,
    m036,
    m037,
    m038,
    m039,
    m040,
    m041,
    m042,
    m043,
    m044,
    m045,
    m046,
    m047,
    m048,
    m049,
    m050,
    m051,
    m052,
    m053,
    m054,
    m055,
    m056,
    m057,
    m058,
    m059,
    m060,
    m061,
    m062,
    m063,
    m064,
]
