"""blind11 messages 001-022 (September - December 2026): the Year 6 phase-transfer review, the OT
equipment, the healthcare plan, the decision to amend, the first change of case officer and the draft
amended plan. One M(...) per message, with its gold labels."""

from corpuslib import Att, C, D, M, fake_docx, fake_jpeg, fake_pdf
from people import (
    BEVERLEY,
    CLAIRE,
    EHC_REVIEWS,
    ELECTORAL,
    GRAHAM,
    GRAINNE,
    MICHAEL,
    MICHAEL_PHONE_SIG,
    NADIA,
    SINEAD,
    TARIQ,
)  # fmt: skip

FM = [("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1298-gd4f7e8b5a-fm-20260824.001-gd4f7e8b5")]
IPH = [("X-Mailer", "iPhone Mail (23A341)")]
EXO = [("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]
EXO_ATT = [("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]
OFFSENS = [("X-Classification", "OFFICIAL-SENSITIVE")]

REF = "4051187"

# ------------------------------------------------------------------ t01 phase-transfer review invitation

m001 = M(
    1,
    "year6-review-invitation",
    "t01-phase-review",
    "2026-09-15 08:41:07",
    NADIA,
    [MICHAEL],
    "Isaac – Year 6 annual review (phase transfer) – Tuesday 13 October",
    cc=[SINEAD],
    new="""Dear Mr and Mrs Oduya-Grant,

I hope you both had a good summer and that Isaac has settled back in. He was full of stories about the camping trip on Monday, and I gather the tent did not survive the wind.

Because Isaac is now in Year 6, this year's annual review is his phase transfer review, where we plan his move to secondary school. I would like to hold the meeting on Tuesday 13 October 2026 at 1.30pm in the small meeting room at Larkhill. I have invited Beverley Coutts from the council's SEND Assessment and Review Team, Gráinne Walsh (occupational therapy), Owen Rhys-Jones (physiotherapy) and Claire Danquah (school nurse). Isaac will join us for the first part with Mrs Bianchi.

I have attached the parent and pupil views form. It would help me a great deal to have it back by Friday 2 October, so that everything goes out in good time. I will circulate all the reports and advice to everyone invited by Tuesday 29 September.

If the date is difficult for either of you, please tell me as soon as you can so that I can look for another.

Kind regards,""",
    client="outlook",
    utc=True,
    thread_index=True,
    fmt="alt",
    extra_headers=EXO_ATT,
    attachments=[
        Att(
            "Parent and Pupil Views - Year 6 review.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            fake_docx("Parent and pupil views form"),
        )
    ],
    category="annual_review",
    dates=[
        D("on Monday", "2026-09-14", "past"),
        D("Tuesday 13 October 2026", "2026-10-13", "meeting"),
        D("Friday 2 October", "2026-10-02", "deadline"),
        D("Tuesday 29 September", "2026-09-29", "deadline"),
    ],
    commits=[
        C(
            "school",
            "circulate the reports and advice",
            "2026-09-29",
            "I will circulate all the reports and advice to everyone invited by Tuesday 29 September.",
        ),
    ],
)

m002 = M(
    2,
    "re-year6-review-invitation",
    "t01-phase-review",
    "2026-09-16 20:12:44",
    MICHAEL,
    [NADIA],
    "Re: Isaac – Year 6 annual review (phase transfer) – Tuesday 13 October",
    cc=[SINEAD],
    reply_to=m001,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mrs Karimi,

Thank you for your email of 15 September and for arranging the review so early in the term.

1. Sinead and I will both attend on 13 October. Sinead may have to leave at 3pm.

2. We would be grateful if Ms Coutts could attend in person rather than by telephone. The choice of secondary school is the main item for us, and we would like the local authority to hear the discussion at first hand.

3. Isaac's seizures changed over the summer and his neurologist increased his medication in August. Could Ms Danquah bring the healthcare plan up to date before the meeting, so that it can be considered with the other reports?

4. I will return the views form by Friday 2 October at the latest. Isaac is doing his own page with his mother this weekend.

Yours sincerely,""",
    category="annual_review",
    dates=[
        D("15 September", "2026-09-15", "past"),
        D("13 October", "2026-10-13", "meeting"),
        D("Friday 2 October", "2026-10-02", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "attend the review",
            "2026-10-13",
            "Sinead and I will both attend on 13 October.",
        ),
        C(
            "parent",
            "return the views form",
            "2026-10-02",
            "I will return the views form by Friday 2 October at the latest.",
        ),
    ],
)

# ------------------------------------------------------------------ t02 OT equipment

m003 = M(
    3,
    "seating-and-changing-bench",
    "t02-ot-equipment",
    "2026-09-21 13:20:31",
    GRAINNE,
    [MICHAEL],
    "Isaac – seating and changing bench",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Hello Mr Oduya-Grant,

Following my visit to Larkhill on Thursday, I have now put through the orders for Isaac's equipment with the Integrated Community Equipment Service (ICES):

- a new classroom chair with a pelvic strap, lateral supports and a tray, because his current chair is at the limit of its adjustment;
- a height-adjustable changing bench for the hygiene room, so that staff are no longer changing him at floor level.

The chair is a catalogue item and the usual lead time is six to eight weeks. The bench is a special order and can take longer. I'll let you and school know as soon as I have delivery dates.

My written advice for the annual review will be with Mrs Karimi by Friday 2 October. I will also come to the meeting on the 13th, although I may have to leave before the end.

Best wishes,""",
    category="general",
    dates=[
        D("on Thursday", "2026-09-17", "past"),
        D("Friday 2 October", "2026-10-02", "deadline"),
        D("the 13th", "2026-10-13", "meeting"),
    ],
    commits=[
        C(
            "health",
            "tell family and school the delivery dates",
            None,
            "I'll let you and school know as soon as I have delivery dates.",
        ),
        C(
            "health",
            "send written OT advice to the SENCO",
            "2026-10-02",
            "My written advice for the annual review will be with Mrs Karimi by Friday 2 October.",
        ),
        C(
            "health",
            "attend the review meeting",
            "2026-10-13",
            "I will also come to the meeting on the 13th, although I may have to leave before the end.",
        ),
    ],
)

m004 = M(
    4,
    "re-seating-and-changing-bench",
    "t02-ot-equipment",
    "2026-09-22 07:52:10",
    MICHAEL,
    [GRAINNE],
    "Re: Isaac – seating and changing bench",
    reply_to=m003,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    new="Thank you. Please can the bench go straight to school rather than to us? We have nowhere to store it.\n\nM",
    category="general",
)

# ------------------------------------------------------------------ t01 continued: the papers, the views

m005 = M(
    5,
    "re-year6-review-reports",
    "t01-phase-review",
    "2026-09-29 16:05:52",
    NADIA,
    [MICHAEL, SINEAD],
    "RE: Isaac – Year 6 annual review (phase transfer) – Tuesday 13 October",
    reply_to=m002,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fmt="alt",
    extra_headers=EXO_ATT,
    attachments=[
        Att("Larkhill school report - Isaac O-G.pdf", "application/pdf", fake_pdf("School report")),
        Att("OT advice - Sept 2026.pdf", "application/pdf", fake_pdf("OT advice")),
        Att(
            "Physiotherapy report - Isaac.pdf", "application/pdf", fake_pdf("Physiotherapy report")
        ),
        Att("IHP draft update.pdf", "application/pdf", fake_pdf("Healthcare plan draft")),
    ],
    new="""Dear both,

As promised, the reports for Isaac's review on the 13th are attached:

• the school report and provision map (from me and Mr Hartley)
• Gráinne Walsh's OT advice
• Owen Rhys-Jones's physiotherapy report
• Claire Danquah's draft update to the healthcare plan, which includes the change of medication you mentioned.

Beverley Coutts has confirmed she will come in person. Owen can only stay until 2.15pm, so the physiotherapy and mobility section will come first on the agenda.

I haven't had your views form back yet, but that's no problem – Friday is fine.

Nadia""",
    category="annual_review",
    dates=[
        D("the 13th", "2026-10-13", "meeting"),
        D("Friday", "2026-10-02", "deadline"),
    ],
    commits=[
        C(
            "la",
            "attend the review in person",
            None,
            "Beverley Coutts has confirmed she will come in person.",
        ),
    ],
)

m006 = M(
    6,
    "re-year6-review-views",
    "t01-phase-review",
    "2026-10-02 19:30:18",
    MICHAEL,
    [NADIA],
    "Re: Isaac – Year 6 annual review (phase transfer) – Tuesday 13 October",
    cc=[SINEAD],
    reply_to=m005,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    attachments=[
        Att(
            "Parent views - Isaac Oduya-Grant - Oct 2026.pdf",
            "application/pdf",
            fake_pdf("Parent views"),
        ),
        Att("Isaac's page.pdf", "application/pdf", fake_pdf("Isaac's page")),
    ],
    new="""Dear Mrs Karimi,

I attach our views form and Isaac's own page, which he dictated to his mother and insisted on illustrating.

For the record, these are the points we would like discussed on 13 October:

1. Secondary school. Our preference is Coldharbour Academy, which we visited on 24 September. The teaching areas are on one level apart from the sixth-form block, a lift serves every other floor, there is a hygiene suite with a ceiling hoist, and the SENCO, Mr Osei, already has two wheelchair users on roll. Several of Isaac's friends from Larkhill are applying there.

2. Physiotherapy. The current plan says "regular physiotherapy". We would like the frequency, and the daily standing and stretching programme, written into section F.

3. Epilepsy. Whoever supports Isaac at secondary school must be trained to give buccal midazolam, on the way to school as well as in it.

4. Transport. Coldharbour is 4.6 miles from our house. Isaac needs a wheelchair-accessible vehicle, because he cannot transfer safely into a car seat.

Yours sincerely,""",
    category="annual_review",
    dates=[
        D("13 October", "2026-10-13", "meeting"),
        D("24 September", "2026-09-24", "past"),
    ],
)

# ------------------------------------------------------------------ t03 not SEN: electoral canvass

m007 = M(
    7,
    "household-enquiry-2026",
    "t03-electoral-canvass",
    "2026-10-05 10:00:03",
    ELECTORAL,
    [MICHAEL],
    "Household enquiry 2026 – action may be needed for 14 Ferncroft Rise",
    client="bulk",
    msgid=None,
    fmt="alt",
    cte="quoted-printable",
    new="""Dear Resident,

Every year Ashbury Downs Borough Council checks that the electoral register is up to date. We are writing to everyone at 14 Ferncroft Rise, AD4 7QJ.

Our records show the following people at this address:
Michael Oduya-Grant
Sinead Oduya-Grant

If these details are correct, you do not need to do anything. If anyone has moved in or out, or a name is wrong, please respond online by 30 October 2026 using the security codes below.

Security code part 1: 4471
Security code part 2: 9QJ2

Anyone aged 16 or over who is eligible can be added to the register. Young people aged 16 and 17 are added so that they can vote as soon as they turn 18.

Electoral Services
Ashbury Downs Borough Council
Town Hall, Market Parade, Ashbury Downs AD1 1AA""",
    sig="",
    from_la=True,
    category="not_send",
)

# ------------------------------------------------------------------ t04 the parent's review note

m008 = M(
    8,
    "notes-of-phase-transfer-review",
    "t04-review-notes",
    "2026-10-16 21:15:02",
    MICHAEL,
    [BEVERLEY],
    f"Isaac Oduya-Grant (EHCP No. {REF}) – notes of phase transfer review, 13 October 2026",
    cc=[NADIA, SINEAD],
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Ms Coutts,

Thank you for attending Isaac's review at Larkhill on Tuesday. I set out below my note of what was agreed, so that there is a written record. Please let me know by Wednesday 21 October if you recall anything differently.

1. Everyone present agreed that Isaac's plan needs amending: section B, to reflect the change in his epilepsy and his increased fatigue; and section F, to specify his physiotherapy and the daily standing and stretching programme.

2. We confirmed our preference for Coldharbour Academy. You said that the local authority will consult Coldharbour Academy, and that it is also likely to consult Fernside Academy and Whitmore High School as the nearer schools.

3. You said that the local authority will write to us with its decision, and the proposed amendments, by 10 November.

4. Mrs Karimi will send the review report to the local authority by Friday 23 October.

5. Ms Danquah will finalise the updated healthcare plan and train the Year 6 staff after half term.

6. You reminded everyone that the amended plan naming Isaac's secondary school must be issued before 15 February 2027.

7. I will send the application for home-to-school transport once you have told me where it should go.

Yours sincerely,""",
    category="annual_review",
    refs=[REF],
    dates=[
        D("on Tuesday", "2026-10-13", "past"),
        D("Wednesday 21 October", "2026-10-21", "deadline"),
        D("10 November", "2026-11-10", "deadline"),
        D("Friday 23 October", "2026-10-23", "deadline"),
        D("15 February 2027", "2027-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "consult Coldharbour Academy (and probably the nearer schools)",
            None,
            "You said that the local authority will consult Coldharbour Academy, and that it is also likely to "
            "consult Fernside Academy and Whitmore High School as the nearer schools.",
        ),
        C(
            "la",
            "send the decision and proposed amendments",
            "2026-11-10",
            "You said that the local authority will write to us with its decision, and the proposed amendments, "
            "by 10 November.",
        ),
        C(
            "school",
            "send the review report to the LA",
            "2026-10-23",
            "Mrs Karimi will send the review report to the local authority by Friday 23 October.",
        ),
        C(
            "health",
            "finalise the healthcare plan and train staff",
            None,
            "Ms Danquah will finalise the updated healthcare plan and train the Year 6 staff after half term.",
        ),
        C(
            "parent",
            "send the transport application",
            None,
            "I will send the application for home-to-school transport once you have told me where it should go.",
        ),
    ],
)

m009 = M(
    9,
    "automatic-reply-notes",
    "t04-review-notes",
    "2026-10-16 21:15:41",
    BEVERLEY,
    [MICHAEL],
    f"Automatic reply: Isaac Oduya-Grant (EHCP No. {REF}) – notes of phase transfer review, 13 October 2026",
    reply_to=m008,
    quote="none",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-GB"),
    ],
    sig="",
    new="""Thank you for your email. I am away from the office and will return on Monday 26 October. If your query is urgent, please contact the SEND Assessment and Review Team duty line on 01632 960700 or email sendar@ashburydowns.gov.uk.

Beverley Coutts
EHC Case Officer (West Locality)""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[D("Monday 26 October", "2026-10-26", "other")],
)

# ------------------------------------------------------------------ t05 healthcare plan (epilepsy)

m010 = M(
    10,
    "updated-individual-healthcare-plan",
    "t05-healthcare-plan",
    "2026-10-21 15:40:26",
    CLAIRE,
    [MICHAEL, SINEAD],
    "Isaac Oduya-Grant – updated Individual Healthcare Plan (epilepsy)",
    cc=[NADIA],
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO_ATT,
    attachments=[
        Att(
            "IHP Isaac Oduya-Grant Oct 2026.pdf",
            "application/pdf",
            fake_pdf("Individual Healthcare Plan"),
        )
    ],
    new="""Dear Mr and Mrs Oduya-Grant,

Isaac Oduya-Grant, NHS No. 943 517 2284

Please find attached Isaac's updated Individual Healthcare Plan. I have made the changes we discussed at the review on the 13th:

- the new dose of his regular medication, following the neurology appointment in August;
- buccal midazolam to be given after 5 minutes of tonic-clonic seizure activity (previously 10), as now prescribed;
- a seizure record sheet that goes home with him each Friday;
- a separate section for swimming and for off-site trips.

Could you check it, sign the parental consent section on page 4 and return it to me by Friday 6 November? I can't bring the plan into use until I have your signature.

I will train the Year 6 staff who support Isaac on Tuesday 3 November after school, including the new midazolam protocol. School will also need a second, in-date midazolam pack for his classroom bag: the one kept in the office expires at the end of November.

Kind regards,""",
    category="information_request",
    dates=[
        D("the 13th", "2026-10-13", "past"),
        D("Friday 6 November", "2026-11-06", "deadline"),
        D("Tuesday 3 November", "2026-11-03", "meeting"),
        D("the end of November", "2026-11-30", "other"),
    ],
    commits=[
        C(
            "health",
            "train the Year 6 staff",
            "2026-11-03",
            "I will train the Year 6 staff who support Isaac on Tuesday 3 November after school, including the new "
            "midazolam protocol.",
        ),
    ],
)

m011 = M(
    11,
    "re-updated-ihp",
    "t05-healthcare-plan",
    "2026-10-22 08:15:49",
    SINEAD,
    [CLAIRE],
    "Re: Isaac Oduya-Grant – updated Individual Healthcare Plan (epilepsy)",
    cc=[MICHAEL, NADIA],
    reply_to=m010,
    quote="gmail",
    client="gmail",
    fmt="alt",
    attachments=[Att("IMG_4471.jpg", "image/jpeg", fake_jpeg("consent page"))],
    new="""Hi Claire,

Thanks so much for this. Signed copy attached – it's a photo of page 4, sorry, our printer has given up.

Just one thing: the plan still names Dr Mensah, but Isaac's neurologist is now Dr Ferreira at the Royal. Dr Mensah retired in the summer. The doses are right though.

I'll bring the spare midazolam into the office tomorrow morning when I drop him off.

Sinead""",
    category="general",
    dates=[D("tomorrow morning", "2026-10-23", "deadline")],
    commits=[
        C(
            "parent",
            "bring the spare midazolam to school",
            "2026-10-23",
            "I'll bring the spare midazolam into the office tomorrow morning when I drop him off.",
        ),
    ],
)

# ------------------------------------------------------------------ t04 continued: the officer's correction

m012 = M(
    12,
    "re-notes-of-review",
    "t04-review-notes",
    "2026-10-27 11:48:35",
    BEVERLEY,
    [MICHAEL],
    f"RE: Isaac Oduya-Grant (EHCP No. {REF}) – notes of phase transfer review, 13 October 2026",
    cc=[NADIA, SINEAD],
    reply_to=m008,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    charset="windows-1252",
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr Oduya-Grant,

Thank you for your notes, which I read on my return yesterday. They are a fair record, with two corrections.

Point 2 – I said that we would consult Coldharbour Academy and Fernside Academy. Whitmore High School will also be consulted, because it is the nearest mainstream secondary school to your home and the placement panel will expect to see its response.

Point 3 – the decision letter will be sent by 10 November, as you say. The proposed amendments may follow a little later, as I need Owen Rhys-Jones's updated physiotherapy programme before I can redraft section F.

The transport application is made online through the council's website (search for 'SEND travel assistance'). Applications for September 2027 open in March, so there is nothing for you to do yet.""",
    from_la=True,
    category="annual_review",
    refs=[REF],
    dates=[
        D("yesterday", "2026-10-26", "past"),
        D("10 November", "2026-11-10", "deadline"),
    ],
    commits=[
        C(
            "la",
            "consult Whitmore High School",
            None,
            "Whitmore High School will also be consulted, because it is the nearest mainstream secondary school to "
            "your home and the placement panel will expect to see its response.",
        ),
        C(
            "la",
            "send the decision letter",
            "2026-11-10",
            "the decision letter will be sent by 10 November, as you say.",
        ),
    ],
)

# ------------------------------------------------------------------ t06 decision to amend

m013 = M(
    13,
    "outcome-of-annual-review",
    "t06-review-decision",
    "2026-11-09 14:22:17",
    BEVERLEY,
    [MICHAEL, SINEAD],
    f"OFFICIAL-SENSITIVE: Isaac Oduya-Grant – EHCP No. {REF} – outcome of annual review",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    charset="windows-1252",
    extra_headers=EXO_ATT + OFFSENS,
    attachments=[
        Att(
            "AR decision letter - Isaac Oduya-Grant.pdf",
            "application/pdf",
            fake_pdf("Review decision"),
        )
    ],
    new="""Dear Mr and Mrs Oduya-Grant,

Please find attached the local authority's decision following Isaac's annual review on 13 October 2026.

Having considered the review report and the advice received, the local authority has decided to amend Isaac's EHC plan. The main changes will be to section B (physical, health and communication needs), section F (therapy and health-related provision) and section I, which will name his secondary school from September 2027.

I am still waiting for the updated physiotherapy programme, which I need before section F can be redrafted. I will send you the draft amended plan, with the amendment notice, by Friday 27 November 2026. Consultation papers will go to Coldharbour Academy, Fernside Academy and Whitmore High School at the same time.

I should also let you know that I am moving to the council's Early Years SEND team at the end of the month. Your new case officer will be in touch before I leave, and I will make sure the file is handed over in full.""",
    from_la=True,
    category="annual_review",
    refs=[REF],
    dates=[
        D("13 October 2026", "2026-10-13", "past"),
        D("Friday 27 November 2026", "2026-11-27", "deadline"),
        D("the end of the month", "2026-11-30", "other"),
    ],
    commits=[
        C(
            "la",
            "send the draft amended plan and amendment notice",
            "2026-11-27",
            "I will send you the draft amended plan, with the amendment notice, by Friday 27 November 2026.",
        ),
        C(
            "la",
            "send consultation papers to the three schools",
            None,
            "Consultation papers will go to Coldharbour Academy, Fernside Academy and Whitmore High School at the "
            "same time.",
        ),
        C(
            "la",
            "new officer to make contact; hand over the file",
            None,
            "Your new case officer will be in touch before I leave, and I will make sure the file is handed over in "
            "full.",
        ),
    ],
)

m014 = M(
    14,
    "re-outcome-of-annual-review",
    "t06-review-decision",
    "2026-11-09 18:03:40",
    MICHAEL,
    [BEVERLEY],
    f"Re: OFFICIAL-SENSITIVE: Isaac Oduya-Grant – EHCP No. {REF} – outcome of annual review",
    reply_to=m013,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    new="Thank you. Given the 15 February deadline, please could the consultations go out now rather than wait for the draft?\n\nMichael",
    category="general",
    refs=[REF],
    dates=[D("15 February", "2027-02-15", "deadline")],
)

# ------------------------------------------------------------------ t02 continued

m015 = M(
    15,
    "re-seating-update",
    "t02-ot-equipment",
    "2026-11-19 10:02:55",
    GRAINNE,
    [MICHAEL],
    "RE: Isaac – seating and changing bench",
    cc=[NADIA],
    reply_to=m004,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Hello again,

A quick update. The chair was delivered to Larkhill on Tuesday and I fitted it yesterday with Mrs Bianchi. Isaac tried it out in maths and gave it "eight out of ten".

The bench has been held up at the manufacturer. ICES now expect to deliver it to school in the week commencing 7 December, and they have noted that it must go to school, not to your house. I will go in to check the installation once it is there.

Thinking ahead to September: equipment issued for Larkhill stays at Larkhill. Once we know which secondary school is named, I will assess the new site and order a second set. That takes time, so please let me know as soon as the plan is finalised.

Gráinne""",
    category="general",
    dates=[
        D("on Tuesday", "2026-11-17", "past"),
        D("yesterday", "2026-11-18", "past"),
        D("the week commencing 7 December", "2026-12-07", "other"),
    ],
    commits=[
        C(
            "health",
            "check the bench installation",
            None,
            "I will go in to check the installation once it is there.",
        ),
        C(
            "health",
            "assess the secondary site and order a second set",
            None,
            "Once we know which secondary school is named, I will assess the new site and order a second set.",
        ),
    ],
)

# ------------------------------------------------------------------ t07 first change of case officer

TARIQ_SIG = TARIQ.sig

m016 = M(
    16,
    "change-of-case-officer",
    "t07-new-case-officer",
    "2026-12-01 09:35:12",
    EHC_REVIEWS,
    [MICHAEL],
    f"Isaac Oduya-Grant – EHCP No. {REF} – change of case officer",
    sender=TARIQ,
    sig=TARIQ_SIG,
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr Oduya-Grant,

My name is Tariq Mahmood and I have taken over Isaac's case from Beverley Coutts, who moved to the Early Years SEND team yesterday. I am now your main contact. I am writing from our team mailbox so that colleagues can pick up your emails if I am out of the office.

I am sorry that the draft amended plan was not sent to you on Friday, as Beverley had said it would be. Owen Rhys-Jones's physiotherapy programme reached us last week and I am now working on section F. I will send you the draft amended plan by Friday 11 December.

Yours sincerely,""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("yesterday", "2026-11-30", "past"),
        D("on Friday", "2026-11-27", "past"),
        D("Friday 11 December", "2026-12-11", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send the draft amended plan",
            "2026-12-11",
            "I will send you the draft amended plan by Friday 11 December.",
        ),
    ],
)

m017 = M(
    17,
    "re-change-of-case-officer",
    "t07-new-case-officer",
    "2026-12-01 22:10:36",
    MICHAEL,
    [EHC_REVIEWS],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – change of case officer",
    cc=[GRAHAM, SINEAD],
    reply_to=m016,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mr Mahmood,

Thank you for introducing yourself. I refer to your email of this morning.

1. The local authority's decision to amend Isaac's plan was sent on 9 November, within the four weeks allowed after the review. The proposed amendments should have come with it. They did not, and the date for them has now slipped twice.

2. The deadline for the amended plan naming Isaac's secondary school is fixed by regulation 18 of the SEND Regulations 2014: it must be issued before 15 February 2027. Every week lost now comes out of the time the schools have to respond and the time we have to comment.

3. Please confirm that the consultation papers will go to all three schools on the same day as the draft, and not after it.

4. Please also confirm that Mr Whitlock, whom I have copied in, is aware of the position.

I would be grateful for your reply by Friday 4 December.

Yours sincerely,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("this morning", "2026-12-01", "other"),
        D("9 November", "2026-11-09", "past"),
        D("15 February 2027", "2027-02-15", "deadline"),
        D("Friday 4 December", "2026-12-04", "deadline"),
    ],
)

m018 = M(
    18,
    "re-change-of-case-officer-2",
    "t07-new-case-officer",
    "2026-12-03 16:47:03",
    EHC_REVIEWS,
    [MICHAEL],
    f"RE: Isaac Oduya-Grant – EHCP No. {REF} – change of case officer",
    cc=[GRAHAM],
    sender=TARIQ,
    reply_to=m017,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    sig="Kind regards\nTariq",
    tail="\n" + TARIQ_SIG.split("\n\n", 1)[1],
    new="""Dear Mr Oduya-Grant,

Thank you for your email. I can confirm that the consultation letters will be sent to Coldharbour Academy, Fernside Academy and Whitmore High School on the same day as your draft, and that I will copy you into each of them. I will ask the schools to respond within 15 days.

Mr Whitlock is aware, and he has asked me to keep him updated.""",
    from_la=True,
    category="general",
    refs=[REF],
    commits=[
        C(
            "la",
            "send the consultations with the draft and copy the parent in",
            None,
            "I can confirm that the consultation letters will be sent to Coldharbour Academy, Fernside Academy and "
            "Whitmore High School on the same day as your draft, and that I will copy you into each of them.",
        ),
        C(
            "la",
            "ask the schools to respond within 15 days",
            None,
            "I will ask the schools to respond within 15 days.",
        ),
    ],
)

# ------------------------------------------------------------------ t08 draft amended plan (HTML letter with a table)

DRAFT_TABLE = [
    (
        "Physiotherapy: review of Isaac's programme and of his standing frame",
        "Once each term",
        "NHS paediatric physiotherapist",
    ),
    (
        "Standing frame and stretching programme",
        "30 minutes every school day",
        "Teaching assistant trained by the physiotherapist",
    ),
    (
        "Individual support in class and at unstructured times",
        "32.5 hours per week",
        "School (teaching assistant)",
    ),
    (
        "Review of seating, access and hygiene equipment",
        "Once each term",
        "NHS occupational therapist",
    ),
    (
        "Training in Isaac's Individual Healthcare Plan, including buccal midazolam",
        "Once a year and whenever the plan changes",
        "Specialist school nurse",
    ),
]

_draft_intro = """Dear Mr and Mrs Oduya-Grant,

Following Isaac's annual review, I enclose the draft amended EHC plan and the amendment notice dated 10 December 2026. The table below summarises the changes proposed to section F.

Summary of proposed changes to section F"""
_draft_rows = "\n".join(f"{a} | {b} | {c}" for a, b, c in DRAFT_TABLE)
_draft_rest = """Section I has been left blank while the schools are consulted. Consultation papers were sent today to Coldharbour Academy, Fernside Academy and Whitmore High School, and each school has been asked to reply by 8 January 2027.

You may make representations about the draft and ask for a particular school to be named. You would normally have 15 days to do this. Because our office is closed between Christmas and New Year, we will accept your representations until Monday 4 January 2027. You may also ask to meet me to discuss the draft.

The amended plan must be finalised before 15 February 2027. I will send you each school's response as soon as it arrives.

Yours sincerely,"""
_draft_plain = (
    _draft_intro + "\n\nProvision | Frequency | Delivered by\n" + _draft_rows + "\n\n" + _draft_rest
)


def _draft_html() -> str:
    import html as _h

    def ps(t: str) -> str:
        return "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n"))

    intro, caption = _draft_intro.rsplit("\n\n", 1)
    rows = "".join(
        f'<tr><td style="border:1px solid #999;padding:4px">{_h.escape(a)}</td>'
        f'<td style="border:1px solid #999;padding:4px">{_h.escape(b)}</td>'
        f'<td style="border:1px solid #999;padding:4px">{_h.escape(c)}</td></tr>'
        for a, b, c in DRAFT_TABLE
    )
    return (
        '<div style="font-family:Arial,sans-serif;font-size:11pt">'
        '<p style="font-size:9pt;color:#555">OFFICIAL-SENSITIVE</p>'
        + ps(intro)
        + f'<table style="border-collapse:collapse;width:100%"><caption style="text-align:left;font-weight:bold">'
        f"{_h.escape(caption)}</caption>"
        '<tr><th style="border:1px solid #999;padding:4px;background:#dce6f1">Provision</th>'
        '<th style="border:1px solid #999;padding:4px;background:#dce6f1">Frequency</th>'
        '<th style="border:1px solid #999;padding:4px;background:#dce6f1">Delivered by</th></tr>'
        + rows
        + "</table>"
        + ps(_draft_rest)
        + "</div>"
    )


m019 = M(
    19,
    "draft-amended-plan",
    "t08-draft-amended-plan",
    "2026-12-10 15:58:44",
    EHC_REVIEWS,
    [MICHAEL, SINEAD],
    f"Isaac Oduya-Grant – EHCP No. {REF} – draft amended EHC plan and amendment notice",
    sender=TARIQ,
    sig=TARIQ_SIG,
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="html",
    cte="base64",
    html_new=_draft_html(),
    new=_draft_plain,
    extra_headers=EXO_ATT + OFFSENS,
    attachments=[
        Att(
            "Draft amended EHCP - Isaac Oduya-Grant.pdf",
            "application/pdf",
            fake_pdf("Draft amended EHC plan"),
        ),
        Att("Amendment notice 10.12.26.pdf", "application/pdf", fake_pdf("Amendment notice")),
    ],
    from_la=True,
    category="draft_plan",
    refs=[REF],
    dates=[
        D("10 December 2026", "2026-12-10", "other"),
        D("8 January 2027", "2027-01-08", "deadline"),
        D("Monday 4 January 2027", "2027-01-04", "deadline"),
        D("15 February 2027", "2027-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send each school's consultation response",
            None,
            "I will send you each school's response as soon as it arrives.",
        ),
    ],
)

m020 = M(
    20,
    "re-draft-amended-plan",
    "t08-draft-amended-plan",
    "2026-12-14 07:31:22",
    MICHAEL,
    [EHC_REVIEWS],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – draft amended EHC plan and amendment notice",
    reply_to=m019,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    new="Received, thank you. We will send our representations before Christmas. Has Coldharbour confirmed that it has the papers?\n\nMichael",
    category="general",
    refs=[REF],
    commits=[
        C(
            "parent",
            "send representations",
            None,
            "We will send our representations before Christmas.",
        )
    ],
)

m021 = M(
    21,
    "representations-on-draft",
    "t08-draft-amended-plan",
    "2026-12-21 22:40:09",
    MICHAEL,
    [EHC_REVIEWS],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – draft amended EHC plan – our representations",
    cc=[SINEAD],
    reply_to=m019,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    attachments=[
        Att(
            "Representations on draft amended EHCP - Isaac Oduya-Grant.pdf",
            "application/pdf",
            fake_pdf("Representations"),
        )
    ],
    new="""Dear Mr Mahmood,

I refer to your letter of 10 December 2026 and the draft amended plan. Our representations are attached in full. The main points are these.

1. Section B. The draft still describes Isaac's seizures as "well controlled". They are not: he had four tonic-clonic seizures in school last term, two of which needed buccal midazolam. Section B should say so, and should describe the fatigue that follows a seizure and its effect on his learning.

2. Section F, physiotherapy. A review "once each term" is not enough. Mr Rhys-Jones's advice is that Isaac needs a block of weekly sessions each term while he is growing quickly. The plan should say how many sessions, how often and who provides them.

3. Section F, standing programme. We agree with 30 minutes every school day, but the plan must say who trains the assistant and how often that training is refreshed.

4. Section F, epilepsy. Training must cover every adult who supports Isaac, including any escort on home-to-school transport, and must be refreshed whenever his healthcare plan changes.

5. Section I. We ask that Coldharbour Academy be named. It is an academy, and we are entitled to request it under section 38(2)(b) of the Children and Families Act 2014. Its site suits Isaac, and he would move there with friends.

6. We would like to meet you to discuss the draft. Any weekday morning in the week of 11 January suits us.

We will send you Mr Rhys-Jones's updated programme as soon as we receive a copy.

Yours sincerely,""",
    category="draft_plan",
    refs=[REF],
    dates=[
        D("10 December 2026", "2026-12-10", "past"),
        D("the week of 11 January", "2027-01-11", "other"),
    ],
    commits=[
        C(
            "parent",
            "send the updated physiotherapy programme",
            None,
            "We will send you Mr Rhys-Jones's updated programme as soon as we receive a copy.",
        ),
    ],
)

m022 = M(
    22,
    "re-representations-received",
    "t08-draft-amended-plan",
    "2026-12-22 12:05:50",
    EHC_REVIEWS,
    [MICHAEL],
    f"RE: Isaac Oduya-Grant – EHCP No. {REF} – draft amended EHC plan – our representations",
    sender=TARIQ,
    reply_to=m021,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    sig="Best wishes for Christmas,\nTariq",
    new="""Dear Mr Oduya-Grant,

Thank you for your representations, which I have received and added to Isaac's file.

I am on leave from tomorrow until Monday 4 January. When I am back I will send you a Teams invitation for a meeting in the week of 11 January.

Coldharbour Academy confirmed on 14 December that it has the consultation papers.""",
    from_la=True,
    category="acknowledgement",
    refs=[REF],
    dates=[
        D("tomorrow", "2026-12-23", "other"),
        D("Monday 4 January", "2027-01-04", "other"),
        D("the week of 11 January", "2027-01-11", "other"),
        D("14 December", "2026-12-14", "past"),
    ],
    commits=[
        C(
            "la",
            "send a Teams invitation",
            None,
            "When I am back I will send you a Teams invitation for a meeting in the week of 11 January.",
        ),
    ],
)

MSGS = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016,
        m017, m018, m019, m020, m021, m022]  # fmt: skip
