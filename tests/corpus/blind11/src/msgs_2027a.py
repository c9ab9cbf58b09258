"""blind11 messages 023-048 (January - March 2027): the meeting about the draft, the consultation
responses through the secure-mail portal, the physiotherapy programme, the missed 15 February deadline,
the chaser with a read receipt, the late final amended plan, the forward to an advice charity, the
Stage 1 complaint, the second change of case officer and the transport application."""

from corpuslib import Att, C, D, M, Person, fake_pdf
from msgs_2026 import EXO, EXO_ATT, FM, IPH, OFFSENS, REF, TARIQ_SIG
from people import (
    CX_NOREPLY,
    CX_TEAM,
    DAWN,
    EHC_REVIEWS,
    EILIDH,
    GRAHAM,
    MICHAEL,
    MICHAEL_PHONE_SIG,
    NADIA,
    OWEN,
    PATHWAY,
    PAULINE,
    ROSA,
    SINEAD,
    TARIQ,
)  # fmt: skip

CX_REF = "CEN-41173"
TA_REF = "TAS/0388/27"

# ------------------------------------------------------------------ t09 the meeting about the draft (Teams invitation)

TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ4NzE2>
Meeting ID: 371 552 904 118
Passcode: Qw7Tz2
Download Teams | Join on the web
Learn more | Meeting options
________________________________________________________________________________"""

ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Tariq Mahmood:mailto:tariq.mahmood@ashburydowns.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Michael Oduya-Grant:mailto:m.oduyagrant@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sinead Oduya-Grant:mailto:sinead.oduyagrant@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Karimi:mailto:n.karimi@larkhillprimary.ashburydowns.sch.uk
DESCRIPTION;LANGUAGE=en-GB:Agenda: your representations on the draft amended plan (sections B\\, F and I) and the school consultations.
UID:040000008200E00074C5B7101A82E00800000000B0F1C2D3E4F5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Isaac Oduya-Grant – meeting to discuss the draft amended plan
DTSTART;TZID=GMT Standard Time:20270114T100000
DTEND;TZID=GMT Standard Time:20270114T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270105T101200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""

m023 = M(
    23,
    "teams-invitation-draft-meeting",
    "t09-draft-meeting",
    "2027-01-05 10:12:00",
    TARIQ,
    [MICHAEL, SINEAD],
    "Isaac Oduya-Grant – meeting to discuss the draft amended plan",
    cc=[NADIA],
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="calendar",
    ics=ICS,
    extra_headers=[
        *EXO,
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA="),
    ],
    segments=[
        (
            "new",
            """Dear Mr and Mrs Oduya-Grant,

As promised, here is the invitation for our meeting on Thursday 14 January 2027, 10:00 to 11:00, on Teams.

Agenda: your representations on the draft amended plan (sections B, F and I) and the school consultations. Mrs Karimi from Larkhill has also been invited, in case she is free.

Tariq""",
        ),
        ("sig", TEAMS_BLOCK),
    ],
    from_la=True,
    category="appointment",
    dates=[D("Thursday 14 January 2027", "2027-01-14", "meeting")],
)

m024 = M(
    24,
    "accepted-draft-meeting",
    "t09-draft-meeting",
    "2027-01-05 10:40:27",
    MICHAEL,
    [TARIQ],
    "Re: Isaac Oduya-Grant – meeting to discuss the draft amended plan",
    cc=[SINEAD],
    reply_to=m023,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    sig="Michael Oduya-Grant",
    new="""Dear Mr Mahmood,

Thank you. We accept. Sinead will join from her office and I will join from home.

Yours sincerely,""",
    category="appointment",
    commits=[
        C(
            "parent",
            "join the Teams meeting",
            None,
            "Sinead will join from her office and I will join from home.",
        )
    ],
)

m025 = M(
    25,
    "notes-of-draft-meeting",
    "t09-draft-meeting",
    "2027-01-15 09:12:33",
    MICHAEL,
    [TARIQ],
    "Notes of our meeting on 14 January – Isaac's draft amended plan",
    cc=[SINEAD, NADIA],
    reply_to=m023,
    quote="none",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mr Mahmood,

Thank you for yesterday's meeting. My note of what was agreed is below.

1. Section B will be redrafted to describe Isaac's seizures accurately, using Ms Danquah's seizure record, and to describe the fatigue that follows them.

2. You will ask Mr Rhys-Jones for specific advice on whether Isaac needs blocks of weekly physiotherapy, and you will amend section F if he recommends it.

3. Training for all adults who support Isaac, including any transport escort, will be added to section F, with a refresher each year and whenever his healthcare plan changes.

4. Section I is to be decided by the SEND Placement Panel on Thursday 4 February 2027. You will send us the outcome by Friday 5 February.

5. We will send you Isaac's seizure log for the autumn term by Monday 18 January.

If any of this is not as you recall it, please tell me.

Yours sincerely,""",
    category="general",
    dates=[
        D("yesterday", "2027-01-14", "past"),
        D("Thursday 4 February 2027", "2027-02-04", "meeting"),
        D("Friday 5 February", "2027-02-05", "deadline"),
        D("Monday 18 January", "2027-01-18", "deadline"),
    ],
    commits=[
        C(
            "la",
            "redraft section B",
            None,
            "Section B will be redrafted to describe Isaac's seizures accurately, using Ms Danquah's seizure record, "
            "and to describe the fatigue that follows them.",
        ),
        C(
            "la",
            "ask the physiotherapist for advice and amend section F",
            None,
            "You will ask Mr Rhys-Jones for specific advice on whether Isaac needs blocks of weekly physiotherapy, and "
            "you will amend section F if he recommends it.",
        ),
        C(
            "la",
            "add training for all adults to section F",
            None,
            "Training for all adults who support Isaac, including any transport escort, will be added to section F, "
            "with a refresher each year and whenever his healthcare plan changes.",
        ),
        C(
            "la",
            "send the panel outcome",
            "2027-02-05",
            "You will send us the outcome by Friday 5 February.",
        ),
        C(
            "parent",
            "send the seizure log",
            "2027-01-18",
            "We will send you Isaac's seizure log for the autumn term by Monday 18 January.",
        ),
    ],
)

# ------------------------------------------------------------------ t10 consultation responses (secure-mail portal)

TARIQ_SECURE = Person("Tariq Mahmood (via CipherPost)", "tariq.mahmood@ashburydowns.gov.uk")

m026 = M(
    26,
    "secure-message-consultations",
    "t10-consultations",
    "2027-01-18 14:03:51",
    TARIQ_SECURE,
    [MICHAEL],
    "[SECURE] Isaac Oduya-Grant – consultation responses",
    client="secure",
    fmt="alt",
    utc=True,
    extra_headers=[
        ("X-CipherPost-Notification", "secure-message"),
        ("X-CipherPost-Package", "7Q2K-44HD-81XN"),
    ],
    segments=[
        (
            "new",
            """Tariq Mahmood (tariq.mahmood@ashburydowns.gov.uk) has sent you a secure message.

Subject: [SECURE] Isaac Oduya-Grant – consultation responses
Attachments: 3

Click here to read your message <https://secure.cipherpost.net/read/7Q2K-44HD-81XN>

If you have not used CipherPost before, you will be asked to create a free account using this email address. The message will be available until 17 February 2027.""",
        ),
        (
            "sig",
            """This notification was sent by CipherPost Secure Email on behalf of Ashbury Downs Borough Council. CipherPost will never ask for your password by email. If you were not expecting this message, contact the sender by telephone before opening it.""",
        ),
    ],
    from_la=True,
    category="general",
    dates=[D("17 February 2027", "2027-02-17", "other")],
)

m027 = M(
    27,
    "re-secure-consultations",
    "t10-consultations",
    "2027-01-19 08:55:14",
    MICHAEL,
    [TARIQ],
    "Re: [SECURE] Isaac Oduya-Grant – consultation responses",
    cc=[SINEAD],
    reply_to=m026,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mr Mahmood,

I have read the three consultation responses through the secure portal, and I am grateful for them. My understanding is as follows; please correct me if I have misread anything.

1. Coldharbour Academy says that it can meet Isaac's needs and that it has a place.

2. Fernside Academy says that it can meet his needs once a ramp is fitted at the rear entrance and an accessible toilet is converted into a hygiene room with a hoist, which it estimates will take until the October half term.

3. Whitmore High School says that it cannot meet his needs. Its teaching blocks are on three floors with no lift, the science and technology rooms can only be reached by stairs, and the building is listed, so a lift cannot be added quickly.

My questions are these.

(a) Will the local authority confirm that Whitmore High School will not be named?

(b) Fernside's own response says that Isaac could not use its building fully in September. On what basis could it be named?

(c) Will the panel have the transport costs for each school in front of it when it meets?

Given the 15 February deadline, I would be grateful for an answer by Monday 25 January.

Yours sincerely,""",
    category="information_request",
    dates=[
        D("15 February", "2027-02-15", "deadline"),
        D("Monday 25 January", "2027-01-25", "deadline"),
    ],
)

m028 = M(
    28,
    "re-consultation-questions",
    "t10-consultations",
    "2027-01-22 17:20:06",
    EHC_REVIEWS,
    [MICHAEL],
    "RE: [SECURE] Isaac Oduya-Grant – consultation responses",
    sender=TARIQ,
    reply_to=m027,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    sig=TARIQ_SIG,
    new="""Dear Mr Oduya-Grant,

Thank you. Your summary is accurate. In answer to your questions:

(a) Yes. Whitmore High School will not be named.

(b) The adaptations at Fernside are already in the council's capital programme for the summer holiday. Our Estates team have told me that the work can be finished before September, which is sooner than the school's own estimate.

(c) I have asked Passenger Transport for up-to-date costings for both schools, and they will be in the panel papers on Thursday 4 February 2027.

I will write to you after the panel. The amended plan will be finalised before 15 February, as the law requires.

Kind regards,""",
    from_la=True,
    category="general",
    dates=[
        D("Thursday 4 February 2027", "2027-02-04", "meeting"),
        D("15 February", "2027-02-15", "deadline"),
    ],
    commits=[
        C(
            "la",
            "put transport costings in the panel papers",
            "2027-02-04",
            "I have asked Passenger Transport for up-to-date costings for both schools, and they will be in the panel "
            "papers on Thursday 4 February 2027.",
        ),
        C("la", "write after the panel", None, "I will write to you after the panel."),
        C(
            "la",
            "finalise the amended plan",
            "2027-02-15",
            "The amended plan will be finalised before 15 February, as the law requires.",
        ),
    ],
)

# ------------------------------------------------------------------ t11 physiotherapy programme

m029 = M(
    29,
    "physio-programme-spring",
    "t11-physio-programme",
    "2027-02-02 11:30:40",
    OWEN,
    [MICHAEL],
    "Isaac O-G – physiotherapy programme (spring term)",
    cc=[NADIA, TARIQ],
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO_ATT,
    attachments=[
        Att(
            "Physio programme - Isaac - Feb 2027.pdf",
            "application/pdf",
            fake_pdf("Physiotherapy programme"),
        )
    ],
    new="""Dear Mr Oduya-Grant,

Attached is Isaac's updated physiotherapy programme. The main changes are:

1. Standing frame: 30 minutes a day, split into two sessions of 15 minutes if he is tired.
2. Hamstring and calf stretches twice a day, once in school and once at home.
3. Night splints to continue. I will review the fit at his next clinic appointment.

I will come into Larkhill on Wednesday 10 February at 9am to go through the programme with Mrs Bianchi and a second member of staff, so that there is cover when she is away.

I have copied in Tariq Mahmood, as you asked, so that the programme can be reflected in section F. I'm afraid our service offers a block of weekly sessions only where there is a clear post-surgical or growth-related need, and I will assess that at his review in March.

Best wishes,""",
    category="general",
    dates=[D("Wednesday 10 February", "2027-02-10", "meeting")],
    commits=[
        C(
            "health",
            "review the fit of the night splints",
            None,
            "I will review the fit at his next clinic appointment.",
        ),
        C(
            "health",
            "train staff at Larkhill",
            "2027-02-10",
            "I will come into Larkhill on Wednesday 10 February at 9am to go through the programme with Mrs Bianchi and "
            "a second member of staff, so that there is cover when she is away.",
        ),
        C(
            "health",
            "assess the need for a block of sessions",
            None,
            "I'm afraid our service offers a block of weekly sessions only where there is a clear post-surgical or "
            "growth-related need, and I will assess that at his review in March.",
        ),
    ],
)

m030 = M(
    30,
    "re-physio-programme",
    "t11-physio-programme",
    "2027-02-03 08:50:12",
    NADIA,
    [OWEN],
    "RE: Isaac O-G – physiotherapy programme (spring term)",
    cc=[MICHAEL, TARIQ],
    reply_to=m029,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    sig="Nadia Karimi\nSENCO, Larkhill Primary School",
    new="""Hi Owen,

9am next Wednesday is fine. Mrs Bianchi and Mr Hartley will both be there on the 10th, and I'll book the hall so that you have room for the standing frame.

Thanks,""",
    category="appointment",
    dates=[D("the 10th", "2027-02-10", "meeting")],
    commits=[
        C(
            "school",
            "staff attend the physio session and the hall is booked",
            "2027-02-10",
            "Mrs Bianchi and Mr Hartley will both be there on the 10th, and I'll book the hall so that you have room "
            "for the standing frame.",
        ),
    ],
)

# ------------------------------------------------------------------ t12 the missed 15 February deadline

m031 = M(
    31,
    "final-amended-plan-delay",
    "t12-delay",
    "2027-02-10 16:31:29",
    EHC_REVIEWS,
    [MICHAEL, SINEAD],
    f"Isaac Oduya-Grant – EHCP No. {REF} – final amended plan",
    sender=TARIQ,
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO + OFFSENS,
    sig=TARIQ_SIG,
    new="""Dear Mr and Mrs Oduya-Grant,

I am writing to let you know that the final amended plan will not be issued by the 15 February deadline.

The SEND Placement Panel met on 4 February. It did not reach a decision on section I, because it asked for a fuller costing of home-to-school transport to Coldharbour Academy and to Fernside Academy before deciding. Passenger Transport expect to have the costings ready next week, and the panel chair has agreed to decide on the papers rather than wait for the next meeting.

I will now issue the final amended plan by Friday 26 February 2027. I realise this is not what you were told, and I apologise for the delay and for the uncertainty it causes at a time when Isaac's classmates already know where they are going.

Yours sincerely,""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("15 February", "2027-02-15", "deadline"),
        D("4 February", "2027-02-04", "past"),
        D("Friday 26 February 2027", "2027-02-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "issue the final amended plan",
            "2027-02-26",
            "I will now issue the final amended plan by Friday 26 February 2027.",
        ),
    ],
)

m032 = M(
    32,
    "re-final-amended-plan-delay",
    "t12-delay",
    "2027-02-10 21:52:08",
    MICHAEL,
    [EHC_REVIEWS],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – final amended plan",
    cc=[GRAHAM, SINEAD],
    reply_to=m031,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Mr Mahmood,

I refer to your email of this afternoon.

1. Regulation 18 of the SEND Regulations 2014 requires the local authority to review Isaac's plan and amend it, naming his secondary school, before 15 February in the year of his transfer. That date is not a target. The regulations contain no power to extend it, and you have not suggested that any exception applies.

2. The panel met on 4 February, eleven days before the deadline, and chose not to decide. Transport costs could have been obtained at any time after the schools were consulted on 10 December.

3. The effect is that Isaac, who has more to prepare for than most children, will not know his secondary school for at least another fortnight, and his transition planning cannot begin.

4. I ask the local authority to issue the final amended plan before the deadline, and in any event to tell me by Friday 12 February 2027 which officer is responsible for the decision and the date on which it will be made.

If the plan is not issued by the deadline, I will make a formal complaint. I have copied this email to Mr Whitlock for that reason.

Yours sincerely,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("this afternoon", "2027-02-10", "other"),
        D("15 February", "2027-02-15", "deadline"),
        D("4 February", "2027-02-04", "past"),
        D("10 December", "2026-12-10", "past"),
        D("Friday 12 February 2027", "2027-02-12", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "make a formal complaint if the deadline is missed",
            None,
            "If the plan is not issued by the deadline, I will make a formal complaint.",
        ),
    ],
)

m033 = M(
    33,
    "re-final-amended-plan-manager",
    "t12-delay",
    "2027-02-12 13:15:44",
    GRAHAM,
    [MICHAEL],
    f"RE: Isaac Oduya-Grant – EHCP No. {REF} – final amended plan",
    cc=[EHC_REVIEWS, SINEAD],
    reply_to=m032,
    quote="outlook",
    irt=False,
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="html",
    cte="quoted-printable",
    charset="windows-1252",
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr Oduya-Grant,

Thank you for your email of 10 February, which Tariq has discussed with me.

You are right that the date in regulation 18 is a fixed one, and I do not suggest that any exception applies. I am sorry that we are going to miss it. The responsibility for the decision is mine, as chair of the SEND Placement Panel.

I will make the decision on section I on the papers by Wednesday 24 February, once the transport costings are in. Tariq will then issue the final amended plan by Friday 26 February.

I have asked Tariq to start the transition paperwork with Larkhill now, without waiting for the final plan, so that the planning for Isaac is not held up any further.

Yours sincerely,""",
    from_la=True,
    category="delay_notice",
    refs=[REF],
    dates=[
        D("10 February", "2027-02-10", "past"),
        D("Wednesday 24 February", "2027-02-24", "deadline"),
        D("Friday 26 February", "2027-02-26", "deadline"),
    ],
    commits=[
        C(
            "la",
            "decide section I on the papers",
            "2027-02-24",
            "I will make the decision on section I on the papers by Wednesday 24 February, once the transport costings "
            "are in.",
        ),
        C(
            "la",
            "issue the final amended plan",
            "2027-02-26",
            "Tariq will then issue the final amended plan by Friday 26 February.",
        ),
    ],
)

# ------------------------------------------------------------------ t13 chaser with a read receipt

m034 = M(
    34,
    "section-i-decision-chaser",
    "t13-section-i-chaser",
    "2027-02-24 08:05:11",
    MICHAEL,
    [TARIQ],
    f"Isaac Oduya-Grant (EHCP No. {REF}) – section I decision",
    cc=[SINEAD],
    client="fastmail",
    fmt="alt",
    extra_headers=[
        *FM,
        ("Disposition-Notification-To", "Michael Oduya-Grant <m.oduyagrant@example.org>"),
    ],
    new="""Dear Mr Mahmood,

Mr Whitlock's email of 12 February gave today as the date for the decision on section I, and Friday 26 February as the date for the final amended plan.

Please could you confirm this morning whether the decision has been made, and whether the plan will be sent on Friday? Isaac's transition visits depend on it, and Larkhill have asked us twice this week.

Yours sincerely,""",
    category="chaser",
    refs=[REF],
    dates=[
        D("12 February", "2027-02-12", "past"),
        D("today", "2027-02-24", "deadline"),
        D("Friday 26 February", "2027-02-26", "deadline"),
    ],
)

_mdn_srv = m034.message_id

m035 = M(
    35,
    "read-receipt-section-i",
    "t13-section-i-chaser",
    "2027-02-25 09:14:02",
    TARIQ,
    [MICHAEL],
    f"Read: Isaac Oduya-Grant (EHCP No. {REF}) – section I decision",
    reply_to=m034,
    quote="none",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="mdn",
    extra_headers=[("Content-Language", "en-GB")],
    sig="",
    new=f"""Your message

  To: Tariq Mahmood
  Subject: Isaac Oduya-Grant (EHCP No. {REF}) – section I decision
  Sent: Wednesday, 24 February 2027 08:05:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Thursday, 25 February 2027 09:14:02 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
    mdn=(
        "Reporting-UA: LO4P265MB6172.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822;tariq.mahmood@ashburydowns.gov.uk\n"
        f"Original-Message-ID: {_mdn_srv}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed"
    ),
    from_la=True,
    category="general",
    refs=[REF],
    dates=[
        D("Wednesday, 24 February 2027", "2027-02-24", "past"),
        D("Thursday, 25 February 2027", "2027-02-25", "other"),
    ],
)

# ------------------------------------------------------------------ t14 final amended plan (late)

m036 = M(
    36,
    "final-amended-plan",
    "t14-final-plan",
    "2027-02-26 16:48:20",
    EHC_REVIEWS,
    [MICHAEL, SINEAD],
    f"Isaac Oduya-Grant – EHCP No. {REF} – final amended EHC plan",
    sender=TARIQ,
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    charset="windows-1252",
    extra_headers=EXO_ATT + OFFSENS,
    sig=TARIQ_SIG,
    attachments=[
        Att(
            "Final amended EHCP - Isaac Oduya-Grant - 26.02.27.pdf",
            "application/pdf",
            fake_pdf("Final amended plan"),
        ),
        Att(
            "Covering letter and appeal rights.pdf", "application/pdf", fake_pdf("Covering letter")
        ),
    ],
    new="""Dear Mr and Mrs Oduya-Grant,

Please find attached Isaac's final amended EHC plan, dated 26 February 2027, with a covering letter.

Section I names Fernside Academy from September 2027. The panel accepted that Coldharbour Academy can meet Isaac's needs, but concluded that naming it would be incompatible with the efficient use of resources, because home-to-school transport to Coldharbour would cost substantially more than transport to Fernside. The council will complete the adaptations at Fernside over the summer holiday. Sections B and F have been amended to take account of your representations, as the covering letter explains.

If you disagree with the plan, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Any appeal must be made within two months of the date of this letter, that is by 26 April 2027. As your disagreement appears to concern section I only (the school named), you do not need to contact a mediation adviser or obtain a mediation certificate before you appeal. Information about Ashbury Downs SENDIASS and other independent advice is in the covering letter.

I should also tell you that I am leaving the council on 12 March. Until a new case officer is allocated, please write to this mailbox, which is monitored every day.

Yours sincerely,""",
    from_la=True,
    category="final_plan",
    refs=[REF],
    dates=[
        D("26 February 2027", "2027-02-26", "other"),
        D("26 April 2027", "2027-04-26", "deadline"),
        D("12 March", "2027-03-12", "other"),
    ],
    commits=[
        C(
            "la",
            "complete the adaptations at Fernside",
            None,
            "The council will complete the adaptations at Fernside over the summer holiday.",
        ),
    ],
)

m037 = M(
    37,
    "re-final-amended-plan",
    "t14-final-plan",
    "2027-02-26 18:20:57",
    MICHAEL,
    [EHC_REVIEWS],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – final amended EHC plan",
    reply_to=m036,
    quote="apple",
    client="iphone",
    extra_headers=IPH,
    sig=MICHAEL_PHONE_SIG,
    new="Received. We will be appealing section I.\n\nMichael",
    category="mediation_tribunal",
    refs=[REF],
    commits=[C("parent", "appeal section I", None, "We will be appealing section I.")],
)

# ------------------------------------------------------------------ t15 forward to an advice charity

m038 = M(
    38,
    "fwd-final-plan-to-pathway",
    "t15-pathway-advice",
    "2027-02-27 10:36:45",
    MICHAEL,
    [PATHWAY],
    f"Fwd: Isaac Oduya-Grant – EHCP No. {REF} – final amended EHC plan",
    reply_to=m036,
    quote="fwd",
    irt=False,
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Pathway SEND Advice,

Mrs Karimi, the SENCO at my son's primary school, gave me your details. I would be grateful for advice about an appeal. The council's email is forwarded below. In short:

1. Isaac was born on 23 May 2016. He has cerebral palsy and epilepsy, uses a wheelchair, and is in Year 6.

2. The final amended plan names Fernside Academy. We asked for Coldharbour Academy, which has said that it can meet his needs. The council's reason is the cost of transport.

3. We have no real quarrel with sections B or F as they now stand.

My questions: (a) is it right that we do not need a mediation certificate? (b) what evidence should we gather about transport costs? (c) is 26 April the last day for the appeal?

Yours faithfully,""",
    category="general",
    refs=[REF],
    dates=[
        D("23 May 2016", "2016-05-23", "past"),
        D("26 April", "2027-04-26", "deadline"),
    ],
)

m039 = M(
    39,
    "re-fwd-pathway-advice",
    "t15-pathway-advice",
    "2027-03-03 14:12:30",
    ROSA,
    [MICHAEL],
    f"RE: Fwd: Isaac Oduya-Grant – EHCP No. {REF} – final amended EHC plan",
    reply_to=m038,
    quote="outlook",
    client="outlook",
    utc=True,
    thread_index=True,
    extra_headers=EXO,
    new="""Dear Mr Oduya-Grant,

Thank you for getting in touch, and I'm sorry for the slow reply – the helpline has been very busy this week.

(a) Yes. If your appeal is only about the school named in section I, you can register it with the Tribunal without a mediation certificate. If you later decided to appeal sections B or F as well, you would need a certificate first.

(b) The council has to show that the extra cost of Coldharbour is out of proportion to the benefit to Isaac, not simply that it costs more. Ask the council in writing for the transport costings the panel used, and for the cost of the Fernside adaptations, which belong in the comparison too. Gather evidence of what Coldharbour offers Isaac: the site, the hygiene suite, the physiotherapy room, his friendships, and anything his therapists can say about the effect of starting at a school that is still being adapted.

(c) The time limit is two months from the date of the decision letter. If the letter is dated 26 February, the Tribunal must receive your SEND35 form by 26 April 2027.

I'd be happy to talk this through. I have a slot on Friday 5 March at 12 noon, and I will call you on the mobile number in your signature unless you tell me otherwise.

Kind regards,""",
    category="general",
    refs=[REF],
    dates=[
        D("26 February", "2027-02-26", "past"),
        D("26 April 2027", "2027-04-26", "deadline"),
        D("Friday 5 March", "2027-03-05", "meeting"),
    ],
    commits=[
        C(
            "other",
            "call the parent",
            "2027-03-05",
            "I have a slot on Friday 5 March at 12 noon, and I will call you on the mobile number in your signature "
            "unless you tell me otherwise.",
        ),
    ],
)

m040 = M(
    40,
    "re-pathway-call",
    "t15-pathway-advice",
    "2027-03-03 19:05:02",
    MICHAEL,
    [ROSA],
    f"Re: Fwd: Isaac Oduya-Grant – EHCP No. {REF} – final amended EHC plan",
    reply_to=m039,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Ms Kimathi,

Thank you – this is very helpful. Friday at 12 suits me, and the number in my signature is the right one.

Yours sincerely,""",
    category="appointment",
    refs=[REF],
    dates=[D("Friday", "2027-03-05", "meeting")],
)

# ------------------------------------------------------------------ t16 Stage 1 complaint

m041 = M(
    41,
    "formal-complaint",
    "t16-complaint",
    "2027-03-08 09:30:19",
    MICHAEL,
    [CX_TEAM],
    f"Formal complaint – SEND Assessment and Review – Isaac Oduya-Grant (EHCP No. {REF})",
    cc=[GRAHAM],
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    attachments=[
        Att("Complaint timeline - Isaac Oduya-Grant.pdf", "application/pdf", fake_pdf("Timeline"))
    ],
    new="""Dear Sir or Madam,

This is a formal complaint under the council's corporate complaints procedure about the way the SEND Assessment and Review Team handled my son Isaac's phase transfer review. It concerns delay and communication. It does not concern the content of his plan, which will be the subject of a separate appeal to the Tribunal.

Isaac Oduya-Grant, date of birth 23 May 2016, Larkhill Primary School, Year 6.

Timeline

1. 13 October 2026: annual review at Larkhill. The case officer said that the decision and the proposed amendments would follow by 10 November.
2. 9 November 2026: decision to amend, without the proposed amendments.
3. 27 November 2026: the promised date for the draft passed without any contact. We learned only on 1 December that the case officer had changed.
4. 10 December 2026: draft amended plan and consultations sent, eight weeks after the review.
5. 4 February 2027: the placement panel deferred its decision because it did not have transport costings.
6. 15 February 2027: the statutory deadline under regulation 18 passed without a final plan.
7. 26 February 2027: final amended plan issued.

What went wrong

8. The proposed amendments did not accompany the decision, contrary to regulation 22 and the High Court's judgment in R (L, M and P) v Devon County Council.
9. The regulation 18 deadline was missed, and no exception was claimed.
10. By the time of the appeal we will have had three case officers in five months, and we were not told of the first change until a promised date had already been missed.

The outcome I seek

11. A written apology; an explanation of why the panel did not have transport costings on 4 February; and an account of what the team will change so that phase transfer plans for other children are issued on time.

Please acknowledge this complaint and give me its reference.

Yours faithfully,""",
    category="complaint",
    refs=[REF],
    dates=[
        D("23 May 2016", "2016-05-23", "past"),
        D("13 October 2026", "2026-10-13", "past"),
        D("10 November", "2026-11-10", "past"),
        D("9 November 2026", "2026-11-09", "past"),
        D("27 November 2026", "2026-11-27", "past"),
        D("1 December", "2026-12-01", "past"),
        D("10 December 2026", "2026-12-10", "past"),
        D("4 February 2027", "2027-02-04", "past"),
        D("15 February 2027", "2027-02-15", "past"),
        D("26 February 2027", "2027-02-26", "past"),
    ],
)

m042 = M(
    42,
    "complaint-auto-acknowledgement",
    "t16-complaint",
    "2027-03-08 09:31:12",
    CX_NOREPLY,
    [MICHAEL],
    f"Your complaint has been received - reference {CX_REF}",
    reply_to=m041,
    quote="none",
    client="crm",
    zone_name="GMT",
    cte="7bit",
    charset="us-ascii",
    extra_headers=[
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Ashbury Downs CRM Notifications"),
    ],
    sig="",
    new=f"""Thank you for contacting Ashbury Downs Borough Council.

Your complaint has been logged under reference {CX_REF}. Please quote this reference in any further correspondence.

We aim to respond to Stage 1 complaints within 10 working days, by 22 March 2027. If we need longer, we will write to you to explain why and give you a new date.

This is an automated message. Please do not reply to this email.

Customer Experience Team
Ashbury Downs Borough Council""",
    from_la=True,
    category="complaint",
    refs=[CX_REF],
    dates=[D("22 March 2027", "2027-03-22", "deadline")],
    commits=[
        C(
            "la",
            "respond to the Stage 1 complaint",
            "2027-03-22",
            "We aim to respond to Stage 1 complaints within 10 working days, by 22 March 2027.",
        ),
        C(
            "la",
            "explain and give a new date if more time is needed",
            None,
            "If we need longer, we will write to you to explain why and give you a new date.",
        ),
    ],
)

# ------------------------------------------------------------------ t17 second change of case officer

m043 = M(
    43,
    "new-case-officer-eilidh",
    "t17-second-officer",
    "2027-03-15 11:02:38",
    EILIDH,
    [MICHAEL, SINEAD],
    f"Isaac Oduya-Grant – EHCP No. {REF} – your new case officer",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    fmt="alt",
    extra_headers=EXO + OFFSENS,
    new="""Dear Mr and Mrs Oduya-Grant,

I have been allocated as Isaac's case officer following Tariq Mahmood's departure on Friday. I have read the file, including your complaint and your intention to appeal.

A few practical points:

1. Appeals are handled by our Legal Services team once the Tribunal sends them to us. I remain your contact for everything else, including transition planning and transport.

2. Applications for home-to-school transport for September 2027 are now open. Please apply through the SEND travel assistance form on the council's website by Friday 30 April 2027, so that a decision can be made before the summer holiday. Please name both Fernside Academy and Coldharbour Academy on the form, and mention that the Coldharbour place is under appeal.

3. I will ask Larkhill to start Isaac's transition plan with Fernside now, so that he is not disadvantaged whatever the outcome. I understand this may feel premature, and you are welcome to talk it through with me first.

My working days are Monday to Thursday. I will ring you on Wednesday afternoon to introduce myself properly, unless another time suits you better.

Kind regards,""",
    from_la=True,
    category="general",
    refs=[REF],
    dates=[
        D("on Friday", "2027-03-12", "past"),
        D("Friday 30 April 2027", "2027-04-30", "deadline"),
        D("Wednesday afternoon", "2027-03-17", "meeting"),
    ],
    commits=[
        C(
            "la",
            "ask Larkhill to start the transition plan with Fernside",
            None,
            "I will ask Larkhill to start Isaac's transition plan with Fernside now, so that he is not disadvantaged "
            "whatever the outcome.",
        ),
        C(
            "la",
            "ring the parents",
            "2027-03-17",
            "I will ring you on Wednesday afternoon to introduce myself properly, unless another time suits you better.",
        ),
    ],
)

m044 = M(
    44,
    "re-new-case-officer",
    "t17-second-officer",
    "2027-03-15 21:30:55",
    MICHAEL,
    [EILIDH],
    f"Re: Isaac Oduya-Grant – EHCP No. {REF} – your new case officer",
    cc=[SINEAD],
    reply_to=m043,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Ms Forsyth,

Thank you for your email, and welcome to Isaac's case.

1. Wednesday afternoon is fine. I am at home after 2pm.

2. We will submit the transport application this week, naming both schools.

3. We do not object to Larkhill sharing information with Fernside. We would ask, however, that no transition visits to Fernside are arranged until the appeal has been decided. Isaac finds change very hard, and we do not want him to settle on one school and then be moved to another.

Yours sincerely,""",
    category="general",
    refs=[REF],
    dates=[D("Wednesday afternoon", "2027-03-17", "meeting")],
    commits=[
        C(
            "parent",
            "submit the transport application",
            None,
            "We will submit the transport application this week, naming both schools.",
        ),
    ],
)

# ------------------------------------------------------------------ t18 transport application

m045 = M(
    45,
    "travel-assistance-questions",
    "t18-transport",
    "2027-03-23 14:00:26",
    DAWN,
    [MICHAEL],
    f"Travel assistance application {TA_REF} – Isaac Oduya-Grant",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    extra_headers=EXO,
    new=f"""Dear Mr Oduya-Grant,

Thank you for your application for travel assistance for Isaac from September 2027 (our reference {TA_REF}). Before I can assess it, I need some more details about his wheelchair and his medical needs on the journey:

1. Is Isaac's wheelchair manual or powered, and what make and model is it?
2. What is the combined weight of Isaac and his chair? Our vehicle lifts are rated to 350kg.
3. Can Isaac travel seated in his wheelchair, and is the chair crash-tested with tie-down points?
4. Does Isaac need any medication on the journey, and would a passenger assistant need training to give it?
5. Are there times of day when he is more likely to have a seizure?

If you can reply by Tuesday 6 April, I will aim to have a decision to you before the end of May. The Easter break slows things down a little.

Kind regards,""",
    from_la=True,
    category="information_request",
    refs=[TA_REF],
    dates=[
        D("Tuesday 6 April", "2027-04-06", "deadline"),
        D("the end of May", "2027-05-31", "deadline"),
    ],
    commits=[
        C(
            "la",
            "send a transport decision",
            "2027-05-31",
            "If you can reply by Tuesday 6 April, I will aim to have a decision to you before the end of May.",
        ),
    ],
)

m046 = M(
    46,
    "stage1-complaint-response",
    "t16-complaint",
    "2027-03-24 15:10:03",
    PAULINE,
    [MICHAEL],
    f"RE: Formal complaint – SEND Assessment and Review – Isaac Oduya-Grant (EHCP No. {REF}) [{CX_REF}]",
    cc=[GRAHAM],
    reply_to=m041,
    quote="none",
    client="outlook",
    utc=True,
    thread_index=True,
    fold_ids=True,
    charset="iso-8859-1",
    extra_headers=EXO,
    new=f"""Dear Mr Oduya-Grant,

Stage 1 complaint - reference {CX_REF}

I am sorry that this response is two days later than the date given in our acknowledgement. I have investigated your complaint with Mr Graham Whitlock, SEND Assessment and Review Team Manager, and I have read Isaac's case file.

1. Proposed amendments. The decision of 9 November 2026 should have been sent with the proposed amendments. It was not, because the physiotherapy advice had not been received, and the team should have written to you at that time to explain this. I uphold this part of your complaint.

2. The regulation 18 deadline. The final amended plan was issued on 26 February 2027, eleven days after the statutory deadline, and no exception applied. I uphold this part of your complaint.

3. Communication and changes of officer. You were not told that your case officer had changed until after the promised date for the draft had passed. I uphold this part of your complaint.

4. Transport costings. The panel asked for new costings on 4 February because the estimates on file were out of date. Mr Whitlock accepts that they should have been requested when the schools were consulted. I partly uphold this part of your complaint.

On behalf of the council, I apologise for the distress and uncertainty this has caused your family at an important time for Isaac.

In recognition of your time and trouble, the council will pay you £250 within 20 working days of the date of this letter.

Mr Whitlock has also agreed two changes. From the summer term, transport costings will be requested at the same time as school consultations in every phase transfer case, and the team will write to parents within two working days whenever a case officer changes. He will report progress on both to the SEND Improvement Board on 15 July 2027.

If you are not satisfied with this response, you may ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter. You may also contact the Local Government and Social Care Ombudsman once the council's procedure is complete.

Yours sincerely,""",
    from_la=True,
    category="complaint",
    refs=[REF, CX_REF],
    dates=[
        D("9 November 2026", "2026-11-09", "past"),
        D("26 February 2027", "2027-02-26", "past"),
        D("4 February", "2027-02-04", "past"),
        D("within 20 working days of the date of this letter", "2027-04-23", "deadline"),
        D("15 July 2027", "2027-07-15", "meeting"),
    ],
    commits=[
        C(
            "la",
            "pay £250",
            "2027-04-23",
            "In recognition of your time and trouble, the council will pay you £250 within 20 working days of the "
            "date of this letter.",
        ),
        C(
            "la",
            "request costings with consultations; write to parents when officers change",
            None,
            "From the summer term, transport costings will be requested at the same time as school consultations in "
            "every phase transfer case, and the team will write to parents within two working days whenever a case "
            "officer changes.",
        ),
        C(
            "la",
            "report progress to the SEND Improvement Board",
            "2027-07-15",
            "He will report progress on both to the SEND Improvement Board on 15 July 2027.",
        ),
    ],
)

m047 = M(
    47,
    "re-travel-assistance-answers",
    "t18-transport",
    "2027-03-24 22:05:47",
    MICHAEL,
    [DAWN],
    f"Re: Travel assistance application {TA_REF} – Isaac Oduya-Grant",
    reply_to=m045,
    client="fastmail",
    extra_headers=FM,
    segments=[
        (
            "new",
            """Dear Ms Pickering,

Thank you. My answers are below each question.""",
        ),
        (
            "quote",
            """On Tue, 23 Mar 2027, at 14:00, Dawn Pickering wrote:
> 1. Is Isaac's wheelchair manual or powered, and what make and model is it?""",
        ),
        (
            "new",
            """Manual, with attendant push handles. It is a rigid-frame paediatric chair supplied by the NHS wheelchair service last year; the model is on the label under the seat, and I will photograph it for you.""",
        ),
        (
            "quote",
            """> 2. What is the combined weight of Isaac and his chair? Our vehicle lifts are rated to 350kg.""",
        ),
        ("new", """About 62kg in all: Isaac is 34kg and the chair, with its tray, 28kg."""),
        (
            "quote",
            """> 3. Can Isaac travel seated in his wheelchair, and is the chair crash-tested with tie-down points?""",
        ),
        (
            "new",
            """Yes. The chair is crash-tested, with four tie-down points and a lap belt. He cannot transfer safely into a car seat.""",
        ),
        (
            "quote",
            """> 4. Does Isaac need any medication on the journey, and would a passenger assistant need training to give it?""",
        ),
        (
            "new",
            """Yes. Buccal midazolam must travel with him, and anyone escorting him must be trained to give it under his Individual Healthcare Plan. Claire Danquah, the specialist school nurse, has said she will train the escort before term starts if the council tells her who it is.""",
        ),
        ("quote", """> 5. Are there times of day when he is more likely to have a seizure?"""),
        (
            "new",
            """Mornings, especially in the first hour after he wakes, and whenever he is very tired.

I will send you his healthcare plan tomorrow, once Ms Danquah has signed off the latest version.

Yours sincerely,""",
        ),
        ("sig", MICHAEL.sig),
    ],
    category="general",
    refs=[TA_REF],
    dates=[D("tomorrow", "2027-03-25", "deadline")],
    commits=[
        C(
            "parent",
            "photograph the wheelchair label",
            None,
            "It is a rigid-frame paediatric chair supplied by the NHS wheelchair service last year; the model is on the "
            "label under the seat, and I will photograph it for you.",
        ),
        C(
            "health",
            "train the transport escort",
            None,
            "Claire Danquah, the specialist school nurse, has said she will train the escort before term starts if the "
            "council tells her who it is.",
        ),
        C(
            "parent",
            "send the healthcare plan",
            "2027-03-25",
            "I will send you his healthcare plan tomorrow, once Ms Danquah has signed off the latest version.",
        ),
    ],
)

m048 = M(
    48,
    "re-stage1-response",
    "t16-complaint",
    "2027-03-25 20:40:31",
    MICHAEL,
    [PAULINE],
    f"Re: Formal complaint – SEND Assessment and Review – Isaac Oduya-Grant (EHCP No. {REF}) [{CX_REF}]",
    cc=[GRAHAM],
    reply_to=m046,
    quote="fastmail",
    client="fastmail",
    fmt="alt",
    extra_headers=FM,
    new="""Dear Ms Stroud,

Thank you for your response of 24 March and for the apology, which we accept.

1. I am grateful that the points about the deadline and the change of officer have been upheld in full.

2. I do not intend to ask for a Stage 2 review at present. The placement itself is now a matter for the Tribunal.

3. I would be grateful for a copy of Mr Whitlock's report to the SEND Improvement Board after its meeting on 15 July. Other families in Ashbury Downs will be in the same position next year.

Yours sincerely,""",
    category="complaint",
    refs=[REF, CX_REF],
    dates=[
        D("24 March", "2027-03-24", "past"),
        D("15 July", "2027-07-15", "meeting"),
    ],
)

MSGS = [m023, m024, m025, m026, m027, m028, m029, m030, m031, m032, m033, m034, m035, m036, m037, m038,
        m039, m040, m041, m042, m043, m044, m045, m046, m047, m048]  # fmt: skip
