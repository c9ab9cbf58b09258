"""Messages 001-031 of blind20 (April to early August 2027): the request, being copied in,
the refusal, the challenge, mediation booked and cancelled, the decision to assess, the EP visit."""

from corpuslib import Att, C, D, M, fake_docx, fake_pdf
from people import (
    BEX,
    BEX_PHONE,
    BRYONY,
    DOM,
    DOM_NOSIG,
    DOM_PHONE,
    FAIRWAY,
    HUGH,
    MIRIAM,
    MOORSIDE,
    NATASHA,
    PAULA,
    PENNANT,
    SEN_TEAM,
    SIAN,
    WREN,
)  # fmt: skip

REF = "LK/EHC/27/0418"
DASH = "\u2013"

# --------------------------------------------------------------------------- 001
M001 = M(
    1,
    "ehc_request",
    "t01-request",
    "2027-04-12 20:41:09",
    BEX,
    [SEN_TEAM],
    f"Request for EHC needs assessment {DASH} Isaac Farrelly (DOB 11/01/2014)",
    cc=[DOM],
    new="""\
Dear SEN Assessment Team,

I am writing to ask Larkhaven County Council to carry out an Education, Health and Care needs assessment for my son, Isaac Farrelly, under section 36(1) of the Children and Families Act 2014. Isaac was born on 11 January 2014 and is in Year 8 at Kingswell Academy.

I am making this request as a parent. I should say at the outset that Kingswell does not support it: the school's view is that Isaac's needs can be met through SEN support. Isaac's father and I both think they can't, or at least not any more. We share parental responsibility, so I have copied Dominic in.

Briefly:
- Isaac was assessed as dyslexic in Year 4, and the community paediatrician diagnosed dyspraxia (developmental coordination disorder) when he was nine.
- His reading age was last measured at 9 years 2 months and his spelling is well below that. He is 13.
- His handwriting is slow and often hard to read, and he is worn out by the end of the day. In some lessons he has started refusing to write at all.
- Since Christmas he has been very anxious. He has missed 11 days this term, mostly Mondays, and gets stomach aches before school.
- He has had a reading group and some typing sessions at school, but the group stopped in February when the teaching assistant left and has not restarted.

I have attached the council's request form, the school's current SEN support plan and the scores the school gave me at parents' evening.

Could you please confirm the date you received this request? As I understand it, the council should tell us whether it will assess within six weeks, which would be by 24 May 2027.

I will send the school's updated provision map as soon as I have it.

Yours faithfully,""",
    sig="Rebecca Linton\n(Isaac's mother)\n14 Fernside Close, Larkhaven LK4 7QP\n07700 900517",
    attachments=[
        Att(
            "Parental request form - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("EHCNA parental request form"),
        ),
        Att(
            "Kingswell SEN support plan - spring 2027.pdf",
            "application/pdf",
            fake_pdf("SEN support plan"),
        ),
        Att("Isaac reading and spelling scores.pdf", "application/pdf", fake_pdf("Scores")),
    ],
    category="assessment_request",
    dates=[D("11 January 2014", "2014-01-11", "past"), D("24 May 2027", "2027-05-24", "deadline")],
    commits=[
        C(
            "parent",
            "send the school's updated provision map",
            None,
            "I will send the school's updated provision map as soon as I have it.",
        )
    ],
)

# The officer's acknowledgement, which only reached Rebecca: not in this mailbox, quoted in 002.
ACK_TO_BEX = M(
    900,
    "ack_to_mother",
    "-",
    "2027-04-15 10:22:40",
    NATASHA,
    [BEX],
    f"{REF} {DASH} Acknowledgement of request for EHC needs assessment {DASH} Isaac Farrelly",
    new="""\
Dear Ms Linton,

Thank you for your request for an Education, Health and Care needs assessment for Isaac, which we received on 12 April 2027. Isaac's case reference is LK/EHC/27/0418; please quote it in any correspondence.

We will now gather information from Kingswell Academy and from any professionals who know Isaac. His request will be considered at the SEN Assessment Panel on 20 May 2027, and we aim to write to you with the panel's decision within five working days of the panel.

I attach our "My views" form for parents. It would help the panel if you could return it by 7 May.

Kind regards,""",
)

# --------------------------------------------------------------------------- 002
M002 = M(
    2,
    "fwd_acknowledgement",
    "t02-fwd-ack",
    "2027-04-16 12:10:31",
    BEX_PHONE,
    [DOM],
    f"Fwd: {REF} {DASH} Acknowledgement of request for EHC needs assessment {DASH} Isaac Farrelly",
    new="""\
Dom - this came yesterday, only to me. They've given Isaac a reference (LK/EHC/27/0418) and it's going to a panel on 20 May.

You might want to ask them to put you on the letters directly, I'm not always quick at passing things on!

Bex""",
    reply_to=ACK_TO_BEX,
    quote="apple_fwd",
    irt=False,
    category="general",
    refs=[REF],
    dates=[D("yesterday", "2027-04-15", "past"), D("20 May", "2027-05-20", "meeting")],
)

# --------------------------------------------------------------------------- 003
M003 = M(
    3,
    "please_copy_me_in",
    "t03-copy-me-in",
    "2027-04-19 20:02:13",
    DOM,
    [NATASHA],
    f"Isaac Farrelly {REF} {DASH} please copy me in",
    cc=[BEX],
    fmt="alt",
    extra_headers=[("Disposition-Notification-To", "Dominic Farrelly <dom.farrelly@example.com>")],
    new="""\
Dear Ms Greer,

I am Isaac Farrelly's father. Isaac's mother, Rebecca Linton, made the request for an EHC needs assessment last week and has passed me your acknowledgement.

Rebecca and I are divorced. Isaac lives mainly with her, but he is with me every other weekend and on Wednesday nights, and we share parental responsibility. I would be grateful if you could record me as a parent on Isaac's file and copy me into all letters and emails about the assessment from now on, rather than relying on them being forwarded. Rebecca is happy for you to do this. My address is 3 Quarry Row, Thornbury Cross, Larkhaven LK2 9DS.

I support the request fully. I should also let you know that I have arranged a private assessment with an educational psychologist, Dr Miriam Achterberg, on Saturday 8 May. I will send you her report as soon as I receive it, and I would ask that the panel considers it.

Kind regards,""",
    category="general",
    refs=[REF],
    dates=[D("Saturday 8 May", "2027-05-08", "meeting")],
    commits=[
        C(
            "parent",
            "send Dr Achterberg's report to the council",
            None,
            "I will send you her report as soon as I receive it, and I would ask that the panel considers it.",
        )
    ],
)

# --------------------------------------------------------------------------- 004 read receipt
M004 = M(
    4,
    "read_receipt",
    "t03-copy-me-in",
    "2027-04-20 09:14:05",
    NATASHA,
    [DOM],
    f"Read: Isaac Farrelly {REF} {DASH} please copy me in",
    fmt="mdn",
    mdn_for=M003,
    segments=[
        (
            "quote",
            "Your message\n\n"
            "  To: Natasha Greer\n"
            "  Cc: Rebecca Linton\n"
            f"  Subject: Isaac Farrelly {REF} {DASH} please copy me in\n"
            "  Sent: 19 April 2027 20:02:13 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        ),
        (
            "new",
            "was read on 20 April 2027 09:14:05 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        ),
    ],
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("20 April 2027", "2027-04-20", "other")],
)

# --------------------------------------------------------------------------- 005
M005 = M(
    5,
    "re_copy_me_in",
    "t03-copy-me-in",
    "2027-04-21 15:37:48",
    NATASHA,
    [DOM],
    f"RE: Isaac Farrelly {REF} {DASH} please copy me in",
    cc=[BEX],
    reply_to=M003,
    quote="outlook",
    charset="windows-1252",
    new="""\
Dear Mr Farrelly,

Thank you for your email. I have added you to Isaac\u2019s record as a parent with parental responsibility, with your address, and I will copy you into all correspondence about Isaac from now on.

Isaac\u2019s request will be considered at the SEN Assessment Panel on Thursday 20 May. The council has to tell you both whether it will carry out an assessment by 24 May 2027.

It would help the panel to have your own views as well as Ms Linton\u2019s. I attach our \u201cMy views\u201d form for parents; please could you return it to me by Friday 7 May? If Dr Achterberg\u2019s report reaches me by Friday 14 May, I will make sure it goes to the panel with the other papers.

Kind regards,""",
    attachments=[
        Att(
            "My views - parent carer form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("My views form"),
        )
    ],
    from_la=True,
    category="information_request",
    refs=[REF],
    dates=[
        D("Thursday 20 May", "2027-05-20", "meeting"),
        D("24 May 2027", "2027-05-24", "deadline"),
        D("Friday 7 May", "2027-05-07", "deadline"),
        D("Friday 14 May", "2027-05-14", "deadline"),
    ],
    commits=[
        C(
            "la",
            "copy Mr Farrelly into all correspondence",
            None,
            "I have added you to Isaac\u2019s record as a parent with parental responsibility, with your address, "
            "and I will copy you into all correspondence about Isaac from now on.",
        ),
        C(
            "la",
            "put Dr Achterberg's report to the panel",
            None,
            "If Dr Achterberg\u2019s report reaches me by Friday 14 May, I will make sure it goes to the panel "
            "with the other papers.",
        ),
    ],
)

# --------------------------------------------------------------------------- 006
M006 = M(
    6,
    "school_scores_request",
    "t04-school-data",
    "2027-04-22 07:55:20",
    DOM,
    [SIAN],
    f"Isaac {DASH} reading scores and provision",
    new="""\
Dear Mrs Maddocks,

I hope you don't mind me writing to you directly. As you'll know from Rebecca, we have asked the council for an EHC needs assessment for Isaac, and I understand the school's view is that one isn't needed. I'd like to understand the school's position properly rather than second-hand.

Could you send me:
1. Isaac's most recent standardised reading, spelling and comprehension scores, with the dates they were taken;
2. the provision map, or a list of the interventions he has had this year, how often and who delivered them;
3. a copy of whatever the school sends to the council for the panel.

I'm not trying to make life difficult for the school. Isaac likes Kingswell and I know several of his teachers go out of their way for him.

Many thanks,""",
    category="information_request",
)

# --------------------------------------------------------------------------- 007
M007 = M(
    7,
    "re_school_scores",
    "t04-school-data",
    "2027-04-26 16:20:02",
    SIAN,
    [DOM],
    f"RE: Isaac {DASH} reading scores and provision",
    cc=[BEX],
    reply_to=M006,
    quote="outlook",
    fmt="alt",
    new="""\
Dear Mr Farrelly,

Not at all, thank you for getting in touch \u2013 I've copied Rebecca in so that you both have the same information.

Isaac's scores from our whole-year testing in January were (standard scores, where 85\u2013115 is the average range):
- Single word reading: 78
- Spelling: 72
- Reading comprehension: 84
He was retested on reading on 9 March, after the group finished, and scored 79.

This year he has had the Year 8 reading group (three 20-minute sessions a week from September to February), a touch-typing club on Tuesday lunchtimes which he stopped going to, a laptop for longer written work in English and humanities, and check-ins with our ELSA when he asks for them. I'm sorry about the gap in the reading group. We have appointed a new teaching assistant, who starts after half term, and I will restart the group as soon as she is in post.

On the assessment: our view, which I have given to the council, is that Isaac's needs are significant but can be met at SEN support with the resources we have. I appreciate that you and Rebecca see it differently, and I don't think that should get in the way of us working together for Isaac.

I'll send you the provision map and our return to the council by Friday.

Best wishes,""",
    category="general",
    dates=[D("9 March", "2027-03-09", "past"), D("by Friday", "2027-04-30", "deadline")],
    commits=[
        C(
            "school",
            "restart the reading group",
            None,
            "We have appointed a new teaching assistant, who starts after half term, and I will restart the group "
            "as soon as she is in post.",
        ),
        C(
            "school",
            "send the provision map and the council return",
            "2027-04-30",
            "I'll send you the provision map and our return to the council by Friday.",
        ),
    ],
)

# --------------------------------------------------------------------------- 008
M008 = M(
    8,
    "re_views_form",
    "t03-copy-me-in",
    "2027-05-07 21:30:44",
    DOM,
    [NATASHA],
    f"RE: Isaac Farrelly {REF} {DASH} please copy me in",
    cc=[BEX],
    reply_to=M005,
    quote="gmail",
    new="""\
Dear Ms Greer,

Thank you for adding me to the file. My completed views form is attached.

Isaac sees Dr Achterberg tomorrow morning. She has told me she will send her report by Monday 17 May, so I'm afraid it will miss your 14 May cut-off. I will forward it the same day. I hope the panel can still see it, even if it goes in late, because it will be the only recent standardised assessment of Isaac's processing and motor skills.

Kind regards,""",
    attachments=[
        Att(
            "My views - Dominic Farrelly.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("My views - father"),
        )
    ],
    category="general",
    refs=[REF],
    dates=[
        D("tomorrow morning", "2027-05-08", "meeting"),
        D("Monday 17 May", "2027-05-17", "deadline"),
        D("14 May", "2027-05-14", "deadline"),
    ],
    commits=[
        C(
            "other",
            "send the private EP report",
            "2027-05-17",
            "She has told me she will send her report by Monday 17 May, so I'm afraid it will miss your 14 May cut-off.",
        ),
        C(
            "parent",
            "forward the EP report to the council",
            None,
            "I will forward it the same day.",
        ),
    ],
)

# --------------------------------------------------------------------------- 009 not_send
M009 = M(
    9,
    "holiday_booking",
    "t05-holiday",
    "2027-05-10 08:03:10",
    PENNANT,
    [DOM],
    "Your Pennant Bay booking is confirmed \U0001f30a",
    fmt="alt",
    new="""\
Hi Dominic,

Thanks for booking with Pennant Bay Holiday Park. Your break is confirmed.

Booking reference: PB-448120
Lodge: 14 (Heron) - 2 bedrooms, sleeps 4
Arriving: Friday 30 July 2027, from 4pm
Departing: Monday 2 August 2027, by 10am
Guests: 1 adult, 1 child

Total: \u00a3684.00. Deposit paid: \u00a372.00. Balance of \u00a3612.00 due by 18 June 2027 - we'll send you a reminder.

Things to do: our heated pool and the Crab Shack cafe are open all summer, and the kids' club runs every morning. Dogs are welcome in selected lodges.

See you soon!
The Pennant Bay team""",
    sig="Pennant Bay Holiday Park, Cliff Road, Pennant PN7 4AH\nYou are receiving this email because you made a booking with us.",
    category="not_send",
)

# --------------------------------------------------------------------------- 010 private EP report
M010 = M(
    10,
    "private_ep_report",
    "t06-private-ep",
    "2027-05-17 11:45:37",
    MIRIAM,
    [DOM],
    "Isaac Farrelly - educational psychology report",
    cc=[BEX],
    new="""\
Dear Dominic and Rebecca,

Please find attached my report following my assessment of Isaac on 8 May. Thank you both for coming, and please thank Isaac again for working so hard on a Saturday morning.

In brief, the assessment confirms a specific learning difficulty (dyslexia) that is severe rather than mild. Isaac's phonological processing and his speed of processing both fall at or below the 2nd percentile, while his verbal reasoning is in the average range. His handwriting speed was 9 words per minute on the free-writing task, about a third of what is typical for his age, and the fine and gross motor difficulties he showed are consistent with his diagnosis of developmental coordination disorder. On the anxiety questionnaires he reported a high level of worry about school, much of it about being asked to read aloud or to write in front of others.

Section 7 sets out my recommendations. I have tried to make them specific enough to be written into a plan: who should deliver the support, how often and for how long, and how progress should be measured. The central one is 1:1 teaching from a specialist dyslexia teacher, three sessions of 45 minutes a week, together with daily touch-typing practice, an occupational therapy assessment and a weekly session with a trained ELSA.

As agreed, I will ring you both at 6pm on Wednesday 19 May to go through the report. I am happy for it to be shared with the local authority and the school, and to speak to the local authority's psychologist if that would help.

With best wishes,
Miriam""",
    attachments=[
        Att(
            "Isaac Farrelly - EP report - May 2027.pdf",
            "application/pdf",
            fake_pdf("Educational psychology report - Isaac Farrelly"),
        )
    ],
    category="general",
    dates=[D("8 May", "2027-05-08", "past"), D("Wednesday 19 May", "2027-05-19", "meeting")],
    commits=[
        C(
            "other",
            "ring the parents to go through the report",
            "2027-05-19",
            "As agreed, I will ring you both at 6pm on Wednesday 19 May to go through the report.",
        )
    ],
)

# --------------------------------------------------------------------------- 011
M011 = M(
    11,
    "re_report_for_panel",
    "t03-copy-me-in",
    "2027-05-17 19:50:26",
    DOM,
    [NATASHA],
    f"RE: Isaac Farrelly {REF} {DASH} please copy me in",
    cc=[BEX],
    reply_to=M008,
    quote="gmail",
    new="""\
Dear Ms Greer,

As promised, Dr Achterberg's report is attached. She is happy for it to be shared with the panel and the school, and has offered to speak to the council's educational psychologist.

I realise it is after your deadline. I would be grateful if you could put it before the panel on Thursday anyway, given what it says about Isaac's processing speed and handwriting (pages 6 to 9).

Kind regards,""",
    attachments=[
        Att(
            "Isaac Farrelly - EP report - May 2027.pdf",
            "application/pdf",
            fake_pdf("Educational psychology report - Isaac Farrelly"),
        )
    ],
    category="general",
    refs=[REF],
    dates=[D("on Thursday", "2027-05-20", "meeting")],
)

# --------------------------------------------------------------------------- 012 refusal
M012 = M(
    12,
    "refusal_to_assess",
    "t07-refusal",
    "2027-05-21 14:05:55",
    NATASHA,
    [BEX],
    f"OFFICIAL-SENSITIVE: Isaac Farrelly {DASH} outcome of request for EHC needs assessment {DASH} {REF}",
    cc=[DOM],
    fmt="alt",
    new="""\
Dear Ms Linton and Mr Farrelly,

Please find attached, and copied below, the council's decision following yesterday's SEN Assessment Panel.

Kind regards,
Natasha

------------------------------------------------------------

Larkhaven County Council \u2013 SEN Assessment and Review Team
Date: 21 May 2027
Our ref: LK/EHC/27/0418

Dear Ms Linton and Mr Farrelly

Isaac Farrelly, date of birth 11 January 2014
Request for an Education, Health and Care needs assessment

Your request of 12 April 2027 was considered by the SEN Assessment Panel on 20 May 2027. The panel considered the information from Kingswell Academy, your own views, and the report of Dr M Achterberg, independent educational psychologist, which was received on 17 May 2027.

The panel recognised that Isaac has significant literacy and motor coordination difficulties and that his anxiety about school has increased. However, the panel noted that Kingswell Academy has not yet completed a full assess, plan, do, review cycle with specialist input, and that the school's reading intervention was interrupted this term. The panel's view is that Isaac's needs can at present be met from the resources ordinarily available to mainstream schools in Larkhaven. It has therefore decided not to carry out an EHC needs assessment at this time.

The panel has asked the council's Inclusion Support Service to advise Kingswell Academy on Isaac's literacy and typing programme. The Inclusion Support Service will contact the school before the end of the summer term to arrange this.

If you disagree with this decision, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact a mediation adviser, Fairway Mediation Services (01632 960470, adviser@fairwaymediation.co.uk), within two months of the date of this letter, that is by 21 July 2027. You do not have to take up mediation, but you will need a certificate from the mediation adviser in order to register an appeal.

Free, impartial advice is available from Larkhaven SENDIASS on 01632 960999.

Yours sincerely

Natasha Greer
SEN Assessment Officer, on behalf of the SEN Assessment Panel""",
    attachments=[
        Att(
            "Decision letter - Isaac Farrelly - 21.05.2027.pdf",
            "application/pdf",
            fake_pdf("Decision not to assess"),
        )
    ],
    from_la=True,
    category="refusal_to_assess",
    refs=[REF],
    dates=[
        D("21 May 2027", "2027-05-21", "other"),
        D("11 January 2014", "2014-01-11", "past"),
        D("12 April 2027", "2027-04-12", "past"),
        D("20 May 2027", "2027-05-20", "past"),
        D("17 May 2027", "2027-05-17", "past"),
        D("21 July 2027", "2027-07-21", "deadline"),
    ],
    commits=[
        C(
            "la",
            "Inclusion Support Service to contact the school",
            None,
            "The Inclusion Support Service will contact the school before the end of the summer term to arrange this.",
        )
    ],
)

# --------------------------------------------------------------------------- 013 forward to SENDIASS
M013 = M(
    13,
    "fwd_refusal_sendiass",
    "t08-sendiass",
    "2027-05-21 21:15:03",
    DOM,
    [BRYONY],
    "Fwd: " + M012.subject,
    cc=[BEX],
    reply_to=M012,
    quote="gmail_fwd",
    new="""\
Dear Ms Keel,

A friend whose son has an EHC plan suggested I contact you. The council has refused to assess my son Isaac (13, Year 8, dyslexia and dyspraxia, and increasingly anxious about school). The letter is below.

Isaac's mother and I think the decision is wrong, but we're not sure whether the best next step is to ask the council to think again, to go to mediation or to go straight to an appeal, or whether we can do more than one at once. We also had a private EP report done, which the panel says it considered, though it only reached them three days before.

Would you have time for a call next week? I'm free most days before 10am and after 4.

Many thanks,""",
    category="general",
    refs=[REF],
)

# --------------------------------------------------------------------------- 014
M014 = M(
    14,
    "sendiass_advice",
    "t08-sendiass",
    "2027-05-24 10:05:41",
    BRYONY,
    [DOM],
    "RE: " + M013.subject,
    cc=[BEX],
    reply_to=M013,
    quote="outlook",
    new="""\
Dear Dominic,

Thanks for sending this through, and I'm sorry to hear about the decision. You can do more than one thing at once, and in Isaac's case I think you should.

The legal test for an assessment is whether Isaac has or may have special educational needs, and whether it may be necessary for special educational provision to be made through a plan. That is a low bar, and Dr Achterberg's scores are strong evidence. The council can reconsider its own decision at any time, so it is worth writing to them, setting out the evidence against the test, and asking them to take it back to panel.

At the same time, please don't let the appeal deadline drift. The letter gives 21 July for contacting the mediation adviser. Getting in touch with Fairway early keeps your options open, and having a mediation date in the diary is sometimes what makes a council look again.

I'll ring you on Thursday 27 May at 10am to talk it through, unless that's a problem. I will send you our template letter and the guidance sheet on the assessment test before then.

Best wishes,""",
    category="general",
    refs=[REF],
    dates=[D("21 July", "2027-07-21", "deadline"), D("Thursday 27 May", "2027-05-27", "meeting")],
    commits=[
        C(
            "other",
            "ring Dominic to talk it through",
            "2027-05-27",
            "I'll ring you on Thursday 27 May at 10am to talk it through, unless that's a problem.",
        ),
        C(
            "other",
            "send the template letter and guidance sheet",
            None,
            "I will send you our template letter and the guidance sheet on the assessment test before then.",
        ),
    ],
)

# --------------------------------------------------------------------------- 015
M015 = M(
    15,
    "re_sendiass_call",
    "t08-sendiass",
    "2027-05-24 12:31:18",
    DOM_PHONE,
    [BRYONY],
    "Re: " + M014.subject,
    reply_to=M014,
    quote="apple",
    new="""\
Thursday at 10 is perfect, thank you. I'll be on this mobile: 07700 900382.

Dominic""",
    category="appointment",
    refs=[REF],
    dates=[D("Thursday", "2027-05-27", "meeting")],
)

# --------------------------------------------------------------------------- 016 parents
M016 = M(
    16,
    "parents_the_letter",
    "t09-parents-challenge",
    "2027-05-25 21:48:50",
    BEX,
    [DOM_NOSIG],
    f"Isaac {DASH} the letter",
    new="""\
Dom,

I've been thinking about the council letter all weekend. I know you want to fight it and part of me does too. But I'm the one who sees Si\u00e2n and Isaac's teachers every week, and I don't want the school to feel we're going over their heads. She has been good to him, whatever the panel said, and the reading group is starting again after half term.

I'm not saying don't challenge it. I'm saying can we do it in a way that doesn't turn it into a war. And please can we not talk about Ashcombe Park in front of Isaac again - he came home from yours upset, he thinks we're going to move him away from Ollie and Sam.

Can you send me whatever you write before it goes? I'd like to read it first.

Bex""",
    category="general",
)

# --------------------------------------------------------------------------- 017
M017 = M(
    17,
    "re_parents_the_letter",
    "t09-parents-challenge",
    "2027-05-26 07:12:35",
    DOM_NOSIG,
    [BEX],
    f"Re: Isaac {DASH} the letter",
    reply_to=M016,
    quote="gmail",
    new="""\
Bex,

That's fair, and I'm sorry about Ashcombe Park. All I said was that they have a specialist literacy base; I didn't mean him to think anything was decided. I'll talk to him at the weekend and make that clear.

I'm not looking for a war with Kingswell either. The letter will go to the council, not the school, and I'll stick to the evidence. I'll send you my draft by tonight, and it won't go anywhere until you've said you're happy with it.

I've got the SENDIASS call tomorrow at 10, so I'll fold in whatever they say.

D""",
    category="general",
    dates=[D("tonight", "2027-05-26", "deadline"), D("tomorrow", "2027-05-27", "meeting")],
    commits=[
        C(
            "parent",
            "talk to Isaac about Ashcombe Park",
            None,
            "I'll talk to him at the weekend and make that clear.",
        ),
        C(
            "parent",
            "send Rebecca the draft letter",
            "2027-05-26",
            "I'll send you my draft by tonight, and it won't go anywhere until you've said you're happy with it.",
        ),
        C(
            "parent",
            "fold SENDIASS's advice into the letter",
            None,
            "I've got the SENDIASS call tomorrow at 10, so I'll fold in whatever they say.",
        ),
    ],
)

# --------------------------------------------------------------------------- 018 reconsideration
M018 = M(
    18,
    "request_to_reconsider",
    "t10-reconsider",
    "2027-05-28 16:40:12",
    DOM,
    [NATASHA],
    f"Isaac Farrelly {DASH} {REF} {DASH} request to reconsider the decision not to assess",
    cc=[PAULA, BEX],
    fmt="alt",
    sig="Dominic Farrelly\n3 Quarry Row, Thornbury Cross, Larkhaven LK2 9DS\n07700 900382",
    new="""\
Dear Ms Greer,

Isaac Farrelly (born 11 January 2014) \u2013 your ref LK/EHC/27/0418

Rebecca Linton and I write about the council's letter of 21 May 2027, which told us that the SEN Assessment Panel had decided on 20 May not to carry out an EHC needs assessment for Isaac. We are asking the council to reconsider that decision and to carry out the assessment. Mrs Hendry is copied in as the service manager.

1. The test. Under section 36(8) of the Children and Families Act 2014 the council must assess if Isaac has or may have special educational needs and it may be necessary for special educational provision to be made for him in accordance with an EHC plan. The decision letter accepts that Isaac has significant needs. It does not say why a plan may not be necessary; it says only that the school has not completed a full cycle with specialist input.

2. The evidence. Dr Achterberg found processing speed and phonological processing at or below the 2nd percentile, and a handwriting speed of 9 words per minute. Isaac's reading score went from 78 in January to 79 in March: after two terms of intervention, no measurable progress. He has missed 14 days this term and his attendance is now below 90%.

3. The provision. What Dr Achterberg recommends (specialist 1:1 teaching three times a week, occupational therapy, a daily typing programme and ELSA support) is not something Kingswell can fund from its notional SEN budget, and the school has not said that it can.

4. The panel did not have the school's up-to-date attendance figures or the March reading retest. Both are attached.

We would be grateful if the panel could look at this again and let us have its decision by Friday 11 June. We have not given up our right to appeal: I will also contact Fairway Mediation next week, so that the 21 July deadline is protected whatever happens.

We would also like a copy of the panel's notes of its discussion on 20 May.

Yours sincerely,

Dominic Farrelly
(for Rebecca Linton and myself)""",
    attachments=[
        Att(
            "Request to reconsider - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("Request to reconsider"),
        ),
        Att(
            "Kingswell attendance and March reading retest.pdf",
            "application/pdf",
            fake_pdf("Attendance"),
        ),
    ],
    category="assessment_request",
    refs=[REF],
    dates=[
        D("11 January 2014", "2014-01-11", "past"),
        D("21 May 2027", "2027-05-21", "past"),
        D("20 May", "2027-05-20", "past"),
        D("Friday 11 June", "2027-06-11", "deadline"),
        D("21 July", "2027-07-21", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "contact Fairway Mediation",
            None,
            "I will also contact Fairway Mediation next week, so that the 21 July deadline is protected whatever happens.",
        )
    ],
)

# --------------------------------------------------------------------------- 019 out of office
M019 = M(
    19,
    "out_of_office",
    "t10-reconsider",
    "2027-05-28 16:41:02",
    NATASHA,
    [DOM],
    "Automatic reply: " + M018.subject,
    reply_to=M018,
    quote="none",
    sig="",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    new="""\
Thank you for your email. I am on annual leave until Monday 7 June and will not be checking my emails while I am away. If your email is urgent, please contact the SEN Assessment and Review Team on 01632 960880 or at senassessment@larkhaven.gov.uk. Your email has not been forwarded.""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 7 June", "2027-06-07", "other")],
)

# --------------------------------------------------------------------------- 020 mediation adviser
M020 = M(
    20,
    "mediation_contact",
    "t11-mediation",
    "2027-06-02 09:20:40",
    DOM,
    [FAIRWAY],
    f"Mediation {DASH} Isaac Farrelly {DASH} Larkhaven decision not to assess",
    cc=[BEX],
    new="""\
Dear Sir or Madam,

I am contacting you as the mediation adviser named in Larkhaven County Council's letter of 21 May 2027, which refused an EHC needs assessment for my son, Isaac Farrelly (date of birth 11/01/2014). The council's reference is LK/EHC/27/0418.

Isaac's mother, Rebecca Linton (copied), and I would like to go to mediation. We have also asked the council to reconsider, and are waiting to hear. We are both most easily available on Tuesdays and Fridays, in school hours.

Please could you let me know what happens next?

Regards,""",
    category="mediation_tribunal",
    refs=[REF],
    dates=[D("21 May 2027", "2027-05-21", "past"), D("11/01/2014", "2014-01-11", "past")],
)

# --------------------------------------------------------------------------- 021
M021 = M(
    21,
    "mediation_date_offered",
    "t11-mediation",
    "2027-06-03 14:10:27",
    HUGH,
    [DOM],
    f"RE: Mediation {DASH} Isaac Farrelly {DASH} Larkhaven decision not to assess [FMS-27-0614]",
    cc=[BEX],
    reply_to=M020,
    quote="outlook",
    new="""\
Dear Mr Farrelly,

Thank you for your email. I am the mediation adviser for your case, and your case reference is FMS-27-0614.

I told Larkhaven this morning that you want to go to mediation. The council must now make sure that mediation takes place within 30 days, so by 3 July. I have spoken to Paula Hendry, who will attend for the council, and the date we can offer is Tuesday 29 June at 10am, at the Larkhaven Civic Centre or on Teams if you prefer. Sessions normally last up to three hours.

Please let me know by Wednesday 9 June whether the date suits you both. Once you confirm, I will send you a mediation agreement to sign and a short form on which to set out the issues you want to discuss.

If the council changes its decision before the mediation, please tell me and I will cancel the booking.

Kind regards,""",
    category="mediation_tribunal",
    refs=["FMS-27-0614"],
    dates=[
        D("this morning", "2027-06-03", "other"),
        D("3 July", "2027-07-03", "deadline"),
        D("Tuesday 29 June", "2027-06-29", "meeting"),
        D("Wednesday 9 June", "2027-06-09", "deadline"),
    ],
    commits=[
        C(
            "other",
            "send the mediation agreement and issues form",
            None,
            "Once you confirm, I will send you a mediation agreement to sign and a short form on which to set out "
            "the issues you want to discuss.",
        ),
        C(
            "other",
            "cancel the mediation booking",
            None,
            "If the council changes its decision before the mediation, please tell me and I will cancel the booking.",
        ),
    ],
)

# --------------------------------------------------------------------------- 022
M022 = M(
    22,
    "re_mediation_date",
    "t11-mediation",
    "2027-06-03 18:22:51",
    DOM,
    [HUGH],
    "RE: " + M021.subject.removeprefix("RE: "),
    cc=[BEX],
    reply_to=M021,
    quote="gmail",
    new="""\
Dear Mr Dennison,

Thank you. Tuesday 29 June at 10am at the Civic Centre suits us both \u2013 Rebecca has checked she can get the morning off. We'll look out for the agreement and the form.

Regards,""",
    category="mediation_tribunal",
    refs=["FMS-27-0614"],
    dates=[D("Tuesday 29 June", "2027-06-29", "meeting")],
)

# --------------------------------------------------------------------------- 023 manager (Outlook, no In-Reply-To)
M023 = M(
    23,
    "manager_back_to_panel",
    "t10-reconsider",
    "2027-06-08 11:02:19",
    PAULA,
    [DOM],
    "RE: " + M018.subject,
    cc=[BEX, NATASHA],
    reply_to=M018,
    quote="outlook",
    irt=False,
    thread_index=True,
    charset="windows-1252",
    new="""\
Dear Mr Farrelly and Ms Linton,

Thank you for your letter of 28 May. I am replying because Natasha was on leave last week; she is copied in.

I have read your letter and the attachments, including the March reading retest and the attendance figures, which the panel did not have on 20 May. I think it is right that the panel looks at Isaac\u2019s case again with the full picture. I will take your request back to the SEN Assessment Panel on Thursday 17 June, together with Dr Achterberg\u2019s report and an updated return from Kingswell Academy.

I will write to you both with the panel\u2019s decision by Monday 21 June. I know that Fairway have also been in touch about mediation; the date of 29 June can stay in the diary for now.

The note of the panel\u2019s discussion on 20 May is attached.

Yours sincerely,""",
    attachments=[
        Att(
            "SEN Assessment Panel note - 20.05.2027 - Isaac Farrelly.pdf",
            "application/pdf",
            fake_pdf("Panel note"),
        )
    ],
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[
        D("28 May", "2027-05-28", "past"),
        D("20 May", "2027-05-20", "past"),
        D("Thursday 17 June", "2027-06-17", "meeting"),
        D("Monday 21 June", "2027-06-21", "deadline"),
        D("29 June", "2027-06-29", "meeting"),
    ],
    commits=[
        C(
            "la",
            "take the request back to panel",
            "2027-06-17",
            "I will take your request back to the SEN Assessment Panel on Thursday 17 June, together with "
            "Dr Achterberg\u2019s report and an updated return from Kingswell Academy.",
        ),
        C(
            "la",
            "write with the panel's decision",
            "2027-06-21",
            "I will write to you both with the panel\u2019s decision by Monday 21 June.",
        ),
    ],
)

# --------------------------------------------------------------------------- 024 decision to assess
M024 = M(
    24,
    "decision_to_assess",
    "t12-decision",
    "2027-06-18 15:30:08",
    NATASHA,
    [BEX],
    f"OFFICIAL-SENSITIVE: Isaac Farrelly {DASH} decision to carry out an EHC needs assessment {DASH} {REF}",
    cc=[DOM],
    fmt="alt",
    new="""\
Dear Ms Linton and Mr Farrelly,

I am pleased to tell you that the SEN Assessment Panel looked again at Isaac's request yesterday and has agreed to carry out an Education, Health and Care needs assessment. The decision letter is attached.

The council will now ask for advice from Kingswell Academy, from our Educational Psychology Service, from the NHS (community paediatrics and occupational therapy) and from social care. Those asked for advice must provide it within six weeks of the date of this letter, so by 30 July 2027. Dr Tobias Wren, educational psychologist, will contact you to arrange to see Isaac. I will also ask the school to help Isaac give his own views; both of your views forms are already on file.

The 20-week period still runs from your request of 12 April, so the council must issue any final plan by 30 August 2027.

As the council has now agreed to assess, I have let Fairway Mediation know that the mediation on 29 June should not be needed. Please do contact me if you think it should still go ahead.

Kind regards,""",
    attachments=[
        Att(
            "Decision to assess - Isaac Farrelly - 18.06.2027.pdf",
            "application/pdf",
            fake_pdf("Decision to assess"),
        )
    ],
    from_la=True,
    category="decision_to_assess",
    refs=[REF],
    dates=[
        D("yesterday", "2027-06-17", "past"),
        D("30 July 2027", "2027-07-30", "deadline"),
        D("12 April", "2027-04-12", "past"),
        D("30 August 2027", "2027-08-30", "deadline"),
        D("29 June", "2027-06-29", "meeting"),
    ],
    commits=[
        C(
            "la",
            "request advice from school, EP, NHS and social care",
            None,
            "The council will now ask for advice from Kingswell Academy, from our Educational Psychology Service, "
            "from the NHS (community paediatrics and occupational therapy) and from social care.",
        ),
        C(
            "la",
            "EP to contact the parents to arrange to see Isaac",
            None,
            "Dr Tobias Wren, educational psychologist, will contact you to arrange to see Isaac.",
        ),
        C(
            "la",
            "ask the school to help Isaac give his views",
            None,
            "I will also ask the school to help Isaac give his own views; both of your views forms are already on file.",
        ),
    ],
)

# --------------------------------------------------------------------------- 025
M025 = M(
    25,
    "cancel_mediation",
    "t11-mediation",
    "2027-06-18 19:05:33",
    DOM,
    [HUGH],
    M022.subject,
    cc=[BEX],
    reply_to=M022,
    quote="gmail",
    new="""\
Dear Mr Dennison,

You may already have heard from the council: the panel has now agreed to assess Isaac, so we no longer need the mediation on Tuesday 29 June. Thank you for setting it up so quickly \u2013 I suspect having a date in the diary helped.

Could you keep our case open in case we need you again later on?

Regards,""",
    category="mediation_tribunal",
    refs=["FMS-27-0614"],
    dates=[D("Tuesday 29 June", "2027-06-29", "meeting")],
)

# --------------------------------------------------------------------------- 026
M026 = M(
    26,
    "mediation_cancelled",
    "t11-mediation",
    "2027-06-21 09:40:12",
    HUGH,
    [DOM],
    M022.subject,
    reply_to=M025,
    quote="outlook",
    new="""\
Dear Mr Farrelly,

Thank you. Mrs Hendry confirmed the council's change of decision on Friday, and I have cancelled the session on 29 June.

I will keep your file open. If you later want to appeal about the content of a plan, you will need to contact us again for a new certificate, because that would be a different decision. A certificate can usually be issued within three working days of your asking.

Kind regards,""",
    category="mediation_tribunal",
    refs=["FMS-27-0614"],
    dates=[D("on Friday", "2027-06-18", "past"), D("29 June", "2027-06-29", "meeting")],
    commits=[C("other", "keep the mediation file open", None, "I will keep your file open.")],
)

# --------------------------------------------------------------------------- 027 EP visit
M027 = M(
    27,
    "ep_visit",
    "t13-ep-visit",
    "2027-07-01 10:15:45",
    WREN,
    [BEX],
    f"Isaac Farrelly {DASH} educational psychology assessment",
    cc=[DOM],
    new="""\
Dear Ms Linton and Mr Farrelly,

I have been asked to provide psychological advice for Isaac's EHC needs assessment. I will see Isaac at Kingswell on Tuesday 13 July: I will observe him in English and maths during the morning, and then work with him individually for about an hour after break. Mrs Maddocks has found us a quiet room.

I would also like to meet you both to hear your views. Would 2.30pm on the 13th at Kingswell suit you? If a joint meeting is difficult, I am happy to meet you separately, or to speak on the phone.

I have read Dr Achterberg's report. To avoid repeating tests Isaac has done recently, I would like to see her raw scores and test protocols. Please could you let me know whether you consent to her sharing these with me?

Best wishes,""",
    from_la=True,
    category="appointment",
    dates=[D("Tuesday 13 July", "2027-07-13", "meeting")],
    commits=[
        C(
            "la",
            "observe and assess Isaac in school",
            "2027-07-13",
            "I will see Isaac at Kingswell on Tuesday 13 July: I will observe him in English and maths during the "
            "morning, and then work with him individually for about an hour after break.",
        )
    ],
)

# --------------------------------------------------------------------------- 028
M028 = M(
    28,
    "re_ep_visit_mother",
    "t13-ep-visit",
    "2027-07-01 12:02:29",
    BEX_PHONE,
    [WREN],
    f"Re: Isaac Farrelly {DASH} educational psychology assessment",
    cc=[DOM],
    reply_to=M027,
    quote="apple",
    new="""\
Dear Dr Wren,

2.30 on the 13th is fine for me, and I'm happy for Dr Achterberg to share her scores with you. Dominic will let you know about himself.

Rebecca Linton""",
    category="appointment",
    dates=[D("the 13th", "2027-07-13", "meeting")],
    commits=[
        C(
            "parent",
            "tell Dr Wren whether he can attend",
            None,
            "Dominic will let you know about himself.",
        )
    ],
)

# --------------------------------------------------------------------------- 029
M029 = M(
    29,
    "re_ep_visit_father",
    "t13-ep-visit",
    "2027-07-02 07:48:16",
    DOM,
    [WREN],
    f"Re: Isaac Farrelly {DASH} educational psychology assessment",
    cc=[BEX, MIRIAM],
    reply_to=M028,
    quote="gmail",
    new="""\
Dear Dr Wren,

I'll be there at 2.30 on the 13th too \u2013 a joint meeting is fine for both of us. I also consent to Dr Achterberg sharing her raw scores and protocols with you, and I have copied her in so that she knows.

I will bring a copy of Isaac's latest school report and some examples of his handwriting from home.

Kind regards,""",
    category="appointment",
    dates=[D("the 13th", "2027-07-13", "meeting")],
    commits=[
        C(
            "parent",
            "attend the meeting with the EP",
            "2027-07-13",
            "I'll be there at 2.30 on the 13th too \u2013 a joint meeting is fine for both of us.",
        ),
        C(
            "parent",
            "bring the school report and handwriting samples",
            None,
            "I will bring a copy of Isaac's latest school report and some examples of his handwriting from home.",
        ),
    ],
)

# --------------------------------------------------------------------------- 030 not_send
M030 = M(
    30,
    "mot_reminder",
    "t14-mot",
    "2027-07-19 08:30:00",
    MOORSIDE,
    [DOM],
    "MOT reminder for LK19 XRT",
    cte="7bit",
    charset="us-ascii",
    new="""\
Dear Mr Farrelly,

Our records show that the MOT for your Skoda Octavia, registration LK19 XRT, runs out on 4 August 2027.

You can book a test online at moorsidegarage.co.uk/book or by calling us on 01632 960212. We are open Monday to Friday 8am to 5.30pm and Saturday mornings. MOT tests are 54.85 pounds, and if you book a service at the same time we will do the MOT at half price.

If you have already booked, or have sold the vehicle, please ignore this reminder.

Moorside Garage
Unit 4, Moorside Trading Estate, Larkhaven LK5 3JD""",
    sig="To stop receiving reminders, reply STOP.",
    category="not_send",
)

# --------------------------------------------------------------------------- 031 EP advice
M031 = M(
    31,
    "ep_advice",
    "t15-ep-advice",
    "2027-08-04 16:12:50",
    WREN,
    [BEX, DOM],
    f"Isaac Farrelly {DASH} psychological advice ({REF})",
    new="""\
Dear Ms Linton and Mr Farrelly,

I attach my psychological advice for Isaac. I am sorry that it is later than the date Ms Greer gave you; the end of term was very busy for the service. It went to Alistair Munro, the EHC plan coordinator, today.

Thank you both for meeting me on 13 July, and thank you to Isaac, who was very good company. You will see that my advice agrees with Dr Achterberg's on the main points. Isaac's difficulties with reading, spelling and handwriting are significant and long-standing, and his anxiety has grown as the gap between him and his classmates has widened. I have recommended a structured, multisensory literacy programme taught by a specialist teacher, daily touch-typing practice leading to a laptop as his normal way of working, an occupational therapy assessment, and a named adult he can go to when he is anxious.

Where I could, I have said how often and for how long. Mr Munro will write the draft plan. If you have questions about my advice, please email me before Friday 13 August, as I am on leave after that until the start of September.

Best wishes,""",
    attachments=[
        Att(
            "Psychological advice - Isaac Farrelly - LK-EHC-27-0418.pdf",
            "application/pdf",
            fake_pdf("Psychological advice"),
        )
    ],
    from_la=True,
    category="general",
    refs=[REF],
    dates=[
        D("today", "2027-08-04", "other"),
        D("13 July", "2027-07-13", "past"),
        D("Friday 13 August", "2027-08-13", "deadline"),
    ],
    commits=[
        C("la", "coordinator to write the draft plan", None, "Mr Munro will write the draft plan.")
    ],
)

MSGS = [
    M001, M002, M003, M004, M005, M006, M007, M008, M009, M010, M011, M012, M013, M014, M015, M016,
    M017, M018, M019, M020, M021, M022, M023, M024, M025, M026, M027, M028, M029, M030, M031,
]  # fmt: skip
