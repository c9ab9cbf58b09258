"""Messages 001-021 (October-December 2026): request, refusal, mediation, decision to assess."""

from email.header import Header

from corpuslib import C, D, Msg
from people import (
    ACORNS_NEWS,
    BETHAN,
    CASEWORK,
    ELEANOR,
    JO,
    KIERAN,
    MARCUS,
    PAEDS,
    PATIENCE,
    SAM,
    SEN_TEAM,
)

PDF = b"%PDF-1.4\n% blind6 placeholder document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00blind6-placeholder-docx" + b"\x00" * 16

REF = "EY/EHC/26/0391"
MSGS: list = []


def M(**kw) -> Msg:
    m = Msg(**kw)
    MSGS.append(m)
    return m


# ---------------------------------------------------------------- t01 request
m001 = M(
    n=1,
    slug="request_for_assessment",
    thread="t01-request",
    date="Mon, 05 Oct 2026 10:02:11 +0100",
    frm=ELEANOR,
    to=[SEN_TEAM],
    cc=[BETHAN, SAM],
    subject="Request for an EHC needs assessment \u2013 Rosie Brightwell (DOB 14/02/2023)",
    new="""\
Dear SEN Statutory Assessment Team,

Rosie Brightwell, born 14 February 2023
Little Acorns Day Nursery, Kestrelford

1. I write, with my husband Sam Brightwell and with the support of Ms Bethan Morgan, SENCO at Little Acorns Day Nursery, to request an education, health and care (EHC) needs assessment for our daughter Rosie under section 36(1) of the Children and Families Act 2014.

2. Rosie is three years old. She has very little spoken language, finds changes of routine extremely difficult and is highly sensitive to noise and touch. She has been on the nursery's SEN support plan since January, and the Early Years Inclusion Team has visited her at home through its Portage service since the spring.

3. Section 36(8) asks only whether Rosie has or may have special educational needs and whether it may be necessary for special educational provision to be made for her in accordance with an EHC plan. We say both limbs are plainly met. Paragraph 9.14 of the SEND Code of Practice confirms that the threshold is a low one.

4. We enclose our statement of Rosie's needs and the nursery's request form. Ms Morgan will send the nursery's SEN support plans and the Early Years Inclusion Team's visit notes under separate cover by Friday 9 October.

5. Under regulation 6(1)(h) of the SEND Regulations 2014 we ask that you seek advice from Dr Aled Hughes, Consultant Community Paediatrician, and from Rosie's speech and language therapist.

6. Please confirm the date on which the local authority received this request. On our calculation, the decision whether to assess is due by 16 November 2026.

Yours faithfully,""",
    attach=[
        ("Parental statement - Rosie Brightwell.pdf", "application/pdf", PDF),
        ("Little Acorns request form.pdf", "application/pdf", PDF),
    ],
    category="assessment_request",
    dates=[
        D("14 February 2023", "2023-02-14", "past"),
        D("Friday 9 October", "2026-10-09", "deadline"),
        D("16 November 2026", "2026-11-16", "deadline"),
    ],
    commits=[
        C(
            "school",
            "send the nursery's SEN support plans and visit notes",
            "2026-10-09",
            "Ms Morgan will send the nursery's SEN support plans and the Early Years Inclusion Team's visit notes under separate cover by Friday 9 October.",
        ),
    ],
)

m002 = M(
    n=2,
    slug="casework_auto_ack",
    thread="t01-request",
    date="Mon, 5 Oct 2026 09:02:44 GMT",
    frm=CASEWORK,
    to=[ELEANOR],
    subject="[CW-2610-4471] Request for an EHC needs assessment \u2013 Rosie Brightwell (DOB 14/02/2023)",
    new="""\
This is an automated message. Please do not reply to this email.

Thank you for contacting Kestrelford Borough Council Children's Services.

Your enquiry has been logged and passed to: SEN Statutory Assessment Team
Ticket reference: CW-2610-4471

A member of the team will contact you within five working days of the date of this acknowledgement.

Please quote your ticket reference in the subject line of any further email about this enquiry.""",
    sig="Kestrelford Borough Council - Casework Service",
    quote=None,
    irt_to=m001,
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    cte="7bit",
    charset="utf-8",
    category="acknowledgement",
    refs=["CW-2610-4471"],
    dates=[
        D("within five working days of the date of this acknowledgement", "2026-10-12", "deadline")
    ],
    commits=[
        C(
            "la",
            "contact the parent",
            "2026-10-12",
            "A member of the team will contact you within five working days of the date of this acknowledgement.",
        )
    ],
)

m003 = M(
    n=3,
    slug="officer_acknowledges_request",
    thread="t01-request",
    date="Thu, 08 Oct 2026 14:37:52 +0100",
    frm=MARCUS,
    to=[ELEANOR],
    cc=[BETHAN],
    subject="RE: [CW-2610-4471] Request for an EHC needs assessment \u2013 Rosie Brightwell (DOB 14/02/2023)",
    new="""\
Dear Mrs Brightwell,

Thank you for your request, which the local authority received on 5 October 2026. Rosie's case reference is EY/EHC/26/0391; please quote it on all correspondence.

Ms Morgan's evidence arrived yesterday, so the request is now complete. It will be considered at the Early Years SEND Panel on Thursday 12 November. I will write to you with the panel's decision no later than 16 November 2026, which is six weeks from the date we received your request.

I will also be in touch separately about consent and Rosie's "All About Me" profile.

Kind regards,""",
    quote=("outlook", m001),
    fold_mid=True,
    html="alt",
    category="acknowledgement",
    refs=["CW-2610-4471", REF],
    dates=[
        D("5 October 2026", "2026-10-05", "past"),
        D("yesterday", "2026-10-07", "past"),
        D("Thursday 12 November", "2026-11-12", "meeting"),
        D("16 November 2026", "2026-11-16", "deadline"),
    ],
    commits=[
        C(
            "la",
            "write with the panel's decision",
            "2026-11-16",
            "I will write to you with the panel's decision no later than 16 November 2026, which is six weeks from the date we received your request.",
        ),
        C(
            "la",
            "be in touch about consent and the All About Me profile",
            None,
            'I will also be in touch separately about consent and Rosie\'s "All About Me" profile.',
        ),
    ],
)

# ---------------------------------------------------------------- t02 consent
m004 = M(
    n=4,
    slug="consent_and_all_about_me",
    thread="t02-consent",
    date="Mon, 12 Oct 2026 11:20:05 +0100",
    frm=MARCUS,
    to=[ELEANOR, SAM],
    subject=f"Rosie Brightwell \u2013 consent and All About Me ({REF})",
    new="""\
Dear Mr and Mrs Brightwell,

As promised, I attach two forms.

Please complete and sign the consent form, so that we can share information with health professionals and the nursery, and fill in the "All About Me" early years profile with Rosie's likes, dislikes and what helps her. Please return both by Friday 23rd.

If it is easier, Jo Pemberton from the Early Years Inclusion Team can help you with the profile at her next visit.

Kind regards,""",
    fold_mid=True,
    html="alt",
    attach=[
        (
            "Consent to share information.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DOCX,
        ),
        (
            "All About Me - early years.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DOCX,
        ),
    ],
    category="information_request",
    refs=[REF],
    dates=[D("Friday 23rd", "2026-10-23", "deadline")],
)

m005 = M(
    n=5,
    slug="consent_returned",
    thread="t02-consent",
    date="Thu, 15 Oct 2026 20:41:19 +0100",
    frm=SAM,
    to=[MARCUS],
    cc=[ELEANOR],
    subject=f"Re: Rosie Brightwell \u2013 consent and All About Me ({REF})",
    new="""\
Hi Marcus,

Signed consent form attached - we've both signed it. Eleanor is writing the All About Me bit this weekend and will send it over on Monday.

Thanks!
Sam""",
    quote=("iphone", m004),
    attach=[("Consent form signed.pdf", "application/pdf", PDF)],
    category="general",
    refs=[REF],
    dates=[D("Monday", "2026-10-19", "deadline")],
    commits=[
        C(
            "parent",
            "send the All About Me profile",
            "2026-10-19",
            "Eleanor is writing the All About Me bit this weekend and will send it over on Monday.",
        )
    ],
)

# ---------------------------------------------------------------- t03 paediatrics
m006 = M(
    n=6,
    slug="paediatric_appointment",
    thread="t03-paediatrics",
    date="Mon, 19 Oct 2026 09:03:40 +0100",
    frm=PAEDS,
    to=[ELEANOR],
    subject="Appointment - Rosie Brightwell - Thornfield Child Development Centre",
    new="""\
Dear Parent/Carer of Rosie Brightwell

Patient: Rosie Brightwell   Date of birth: 14/02/2023   NHS number: 999 041 7263

An appointment has been made for Rosie to see Dr Aled Hughes, Consultant Community Paediatrician, at Thornfield Child Development Centre, Thornfield Road, Kestrelford, on Tuesday 3rd November 2026 at 10.15am.

Please arrive 10 minutes early and bring Rosie's red book. If you cannot attend, please telephone 01632 960 655 at least 48 hours beforehand so that the slot can be offered to another family.

If an EHC needs assessment is agreed for Rosie, Dr Hughes will also provide the health advice for it.

Community Paediatrics Administration Team
Kestrelford Community Health Services""",
    sig="",
    cte="7bit",
    category="appointment",
    dates=[
        D("14/02/2023", "2023-02-14", "past"),
        D("Tuesday 3rd November 2026", "2026-11-03", "meeting"),
    ],
    commits=[
        C(
            "health",
            "provide the health advice",
            None,
            "If an EHC needs assessment is agreed for Rosie, Dr Hughes will also provide the health advice for it.",
        )
    ],
)

m007 = M(
    n=7,
    slug="dad_will_bring_rosie",
    thread="t03-paediatrics",
    date="Mon, 19 Oct 2026 12:30:02 +0100",
    frm=SAM,
    to=[PAEDS],
    cc=[ELEANOR],
    subject="Re: Appointment - Rosie Brightwell - Thornfield Child Development Centre",
    new="""\
Hello,

Thanks for this. I'll bring Rosie on the 3rd - her mum is in court that morning. Could you copy the clinic letter to her nursery (Little Acorns) as well?

Many thanks,
Sam Brightwell (Rosie's dad)""",
    quote=("iphone", m006),
    category="appointment",
    dates=[D("the 3rd", "2026-11-03", "meeting")],
    commits=[
        C(
            "parent",
            "bring Rosie to the clinic appointment",
            "2026-11-03",
            "I'll bring Rosie on the 3rd - her mum is in court that morning.",
        )
    ],
)

# ---------------------------------------------------------------- t04 portage
m008 = M(
    n=8,
    slug="portage_visit_proposed",
    thread="t04-portage",
    date="Tue, 20 Oct 2026 16:00:31 +0100",
    frm=JO,
    to=[ELEANOR, SAM],
    subject="Portage visits after half term",
    new="""\
Hi both,

I hope you're all well. Rosie's next Portage visit would fall on Tuesday 3rd November - could I come at 9.30 that day?

After that I'll keep to fortnightly visits until Christmas, and we can look again at the timetable in the new year.

Best wishes,
Jo""",
    fold_mid=True,
    html="alt",
    category="appointment",
    dates=[D("Tuesday 3rd November", "2026-11-03", "meeting")],
    commits=[
        C(
            "la",
            "keep to fortnightly Portage visits",
            None,
            "After that I'll keep to fortnightly visits until Christmas, and we can look again at the timetable in the new year.",
        )
    ],
)

m009 = M(
    n=9,
    slug="portage_clash",
    thread="t04-portage",
    date="Tue, 20 Oct 2026 18:12:27 +0100",
    frm=SAM,
    to=[JO],
    cc=[ELEANOR],
    subject="Re: Portage visits after half term",
    new="""\
Hi Jo,

The 3rd is no good I'm afraid - Rosie's seeing the paediatrician at 10.15. Could you do Thursday 5/11 instead? Any time in the morning works.

Sam""",
    quote=("iphone", m008),
    category="appointment",
    dates=[
        D("The 3rd", "2026-11-03", "meeting"),
        D("Thursday 5/11", "2026-11-05", "meeting"),
    ],
)

m010 = M(
    n=10,
    slug="portage_moved",
    thread="t04-portage",
    date="Wed, 21 Oct 2026 08:47:13 +0100",
    frm=JO,
    to=[SAM],
    cc=[ELEANOR],
    subject="RE: Portage visits after half term",
    new="""\
Hi Sam,

No problem at all. I'll come at 9.30 on Thursday 5th and bring the new picture cards and a now-and-next board for nursery.

Jo""",
    quote=("outlook", m009),
    fold_mid=True,
    html="alt",
    category="appointment",
    dates=[D("Thursday 5th", "2026-11-05", "meeting")],
    commits=[
        C(
            "la",
            "visit and bring the picture cards and now-and-next board",
            "2026-11-05",
            "I'll come at 9.30 on Thursday 5th and bring the new picture cards and a now-and-next board for nursery.",
        )
    ],
)

# ---------------------------------------------------------------- t05 nursery newsletter (not_send)
NEWS_TEXT = """\
Little Acorns - Autumn News

Hello families!

What a busy half term it has been. The Caterpillars have been busy with conkers and leaf printing, and the Butterflies have planted bulbs for the spring.

Dates for your diary
- Friday 30 October: Halloween dress-up day (no scary masks please!)
- Thursday 12/11: nasal flu spray for children aged 2 and over (consent forms at reception)
- Wednesday 9 December: Nativity and mince pies, 2pm

Makaton for parents
Our SENCO Bethan is running a free "Makaton for parents" session on Saturday 14 November. If your child has an EHC plan or is on SEN support, this is a lovely way to learn the signs we use in the rooms. Everyone is welcome.

Fees
Spring term invoices will be emailed on 1 December. Please remember that funded hours must be re-confirmed every term.

Ofsted URN: EY551204

With love from all the Little Acorns team"""

M(
    n=11,
    slug="nursery_newsletter",
    thread="t05-nursery-newsletter",
    date="Fri, 23 Oct 2026 15:30:00 +0100",
    frm=ACORNS_NEWS,
    to=[ELEANOR],
    subject="\U0001f342 Little Acorns \u2013 Autumn News",
    new=NEWS_TEXT,
    sig="You are receiving this email because your child attends Little Acorns Day Nursery.\nUnsubscribe | Update your preferences",
    html="alt",
    cte="base64",
    headers=[
        "List-Unsubscribe: <mailto:news@littleacornsnursery.co.uk?subject=unsubscribe>",
        "Precedence: bulk",
    ],
    category="not_send",
)

# ---------------------------------------------------------------- t06 refusal
m012 = M(
    n=12,
    slug="refusal_to_assess",
    thread="t06-refusal",
    date="Mon, 16 Nov 2026 15:48:09 +0000",
    frm=MARCUS,
    to=[ELEANOR, SAM],
    subject=f"{REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
    new="""\
Dear Mr and Mrs Brightwell,

Please see the attached letter, which sets out the decision of the Early Years SEND Panel of 12 November about your request for an EHC needs assessment for Rosie.

I am sorry to tell you that the panel decided that an assessment is not necessary at this time. It considered that Rosie's needs can be met through the nursery's SEN support, with advice from the Early Years Inclusion Team and an early years inclusion grant.

The letter explains your right of appeal to the First-tier Tribunal (Special Educational Needs and Disability) and how to contact the mediation adviser first. Any appeal must reach the Tribunal within two months of the date of the letter, that is by 16 January 2027. Free and impartial advice is available from Kestrelford SENDIASS on 01632 960 418.

I will post a paper copy of the letter to you tomorrow.

Kind regards,""",
    fold_mid=True,
    html="alt",
    attach=[("Decision letter - Rosie Brightwell.pdf", "application/pdf", PDF)],
    category="refusal_to_assess",
    refs=[REF],
    dates=[
        D("12 November", "2026-11-12", "past"),
        D("16 January 2027", "2027-01-16", "deadline"),
        D("tomorrow", "2026-11-17", "deadline"),
    ],
    commits=[
        C(
            "la",
            "post a paper copy of the letter",
            "2026-11-17",
            "I will post a paper copy of the letter to you tomorrow.",
        )
    ],
)

# ---------------------------------------------------------------- t07 SENDIASS (forward starts its own conversation)
m013 = M(
    n=13,
    slug="forward_to_sendiass",
    thread="t07-sendiass",
    date="Tue, 17 Nov 2026 08:15:44 +0000",
    frm=ELEANOR,
    to=[KIERAN],
    subject=f"Fwd: {REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
    new="""\
Dear Sir or Madam,

I forward the council's refusal to assess our daughter Rosie, who is three. We intend to challenge it. I should be grateful for a call to discuss whether mediation or a direct appeal is the better course; I am free after 4pm on any weekday this week.

Yours faithfully,""",
    quote=("fwd", m012),
    irt=False,
    category="general",
    refs=[REF],
)

m014 = M(
    n=14,
    slug="sendiass_will_call",
    thread="t07-sendiass",
    date="Wed, 18 Nov 2026 10:05:38 +0000",
    frm=KIERAN,
    to=[ELEANOR],
    subject=f"Re: Fwd: {REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
    new="""\
Dear Eleanor,

Thanks for getting in touch. I will ring you at 4.30pm on Thursday 19th.

In the meantime it's worth asking the council for the panel minutes and a list of the evidence the panel looked at. Mediation is free and does not stop you appealing afterwards.

Best wishes,""",
    quote=("gmail", m013),
    category="general",
    refs=[REF],
    dates=[D("Thursday 19th", "2026-11-19", "meeting")],
    commits=[
        C("other", "ring Eleanor", "2026-11-19", "I will ring you at 4.30pm on Thursday 19th.")
    ],
)

m015 = M(
    n=15,
    slug="parent_challenges_refusal",
    thread="t06-refusal",
    date="Thu, 19 Nov 2026 21:10:26 +0000",
    frm=ELEANOR,
    to=[MARCUS],
    cc=[SAM],
    subject=f"Re: {REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
    new="""\
Dear Mr Thorne,

Rosie Brightwell (DOB 14 February 2023) - EY/EHC/26/0391

1. We acknowledge receipt of the local authority's decision letter of 16 November 2026 refusing to carry out an EHC needs assessment.

2. We do not accept the decision. The test in section 36(8) of the Children and Families Act 2014 is whether Rosie has or may have special educational needs and whether it may be necessary for special educational provision to be made for her in accordance with an EHC plan. It is not whether her needs could be met at SEN support. The evidence of Dr Hughes and of the nursery plainly meets the statutory test.

3. We request copies of the panel minutes, the list of evidence considered and the roles of those who made the decision, no later than 4pm on Thursday 3 December 2026.

4. We shall contact the mediation adviser, Clearwater Mediation, this week and we wish to mediate.

5. This letter is written without prejudice to our right of appeal, and we note that the appeal period continues to run from the date of the decision letter.

Yours sincerely,""",
    quote=("gmail", m012),
    category="mediation_tribunal",
    refs=[REF],
    dates=[
        D("14 February 2023", "2023-02-14", "past"),
        D("16 November 2026", "2026-11-16", "past"),
        D("Thursday 3 December 2026", "2026-12-03", "deadline"),
    ],
    commits=[
        C(
            "parent",
            "contact the mediation adviser",
            None,
            "We shall contact the mediation adviser, Clearwater Mediation, this week and we wish to mediate.",
        )
    ],
)

m016 = M(
    n=16,
    slug="minutes_will_follow",
    thread="t06-refusal",
    date="Mon, 23 Nov 2026 11:32:57 +0000",
    frm=MARCUS,
    to=[ELEANOR],
    cc=[SAM],
    subject=f"RE: {REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
    new="""\
Dear Mrs Brightwell,

Thank you for your letter.

I have asked the panel clerk for the minutes and the evidence list, and these will be sent to you by Friday 27 November. The names of panel members are not normally disclosed, but their roles are set out in the minutes.

For your information, once the mediation adviser tells us that you wish to mediate, the local authority must arrange for mediation to take place within 30 days.

Kind regards,""",
    quote=("outlook", m015),
    irt=False,
    headers=[
        "Thread-Topic: "
        + Header(
            f"{REF} \u2013 Rosie Brightwell \u2013 outcome of request for EHC needs assessment",
            "utf-8",
        ).encode(),
        "Thread-Index: AQHbPq3xk7Jm2c8XyE2vR1yq5n4TXw==",
    ],
    fold_mid=True,
    html="alt",
    category="general",
    refs=[REF],
    dates=[D("Friday 27 November", "2026-11-27", "deadline")],
    commits=[
        C(
            "la",
            "send the panel minutes and evidence list",
            "2026-11-27",
            "I have asked the panel clerk for the minutes and the evidence list, and these will be sent to you by Friday 27 November.",
        )
    ],
)

# ---------------------------------------------------------------- t08 mediation
m017 = M(
    n=17,
    slug="mediation_date_proposed",
    thread="t08-mediation",
    date="Tue, 24 Nov 2026 14:20:15 +0000",
    frm=PATIENCE,
    to=[ELEANOR],
    cc=[MARCUS],
    subject="Mediation \u2013 Rosie Brightwell \u2013 our ref CWM-2611-207",
    new="""\
Dear Mrs Brightwell,

Thank you for your call yesterday. I confirm that you wish to go to mediation about Kestrelford Borough Council's decision not to carry out an EHC needs assessment for Rosie. I told the council on the same day, so the mediation must take place no later than 23 December 2026.

I propose Wednesday 16 December at 10am, by video. Mr Thorne has already confirmed that the council can attend. Please let me know by Monday 30th whether this suits you and who will attend with you.

I will send the joining link and the agenda a week before the mediation.

Kind regards,""",
    category="mediation_tribunal",
    refs=["CWM-2611-207"],
    dates=[
        D("yesterday", "2026-11-23", "past"),
        D("23 December 2026", "2026-12-23", "deadline"),
        D("Wednesday 16 December", "2026-12-16", "meeting"),
        D("Monday 30th", "2026-11-30", "deadline"),
        D("a week before the mediation", "2026-12-09", "deadline"),
    ],
    commits=[
        C(
            "other",
            "send the joining link and agenda",
            "2026-12-09",
            "I will send the joining link and the agenda a week before the mediation.",
        )
    ],
)

m018 = M(
    n=18,
    slug="mediation_date_accepted",
    thread="t08-mediation",
    date="Tue, 24 Nov 2026 19:05:48 +0000",
    frm=ELEANOR,
    to=[PATIENCE],
    cc=[MARCUS],
    subject="Re: Mediation \u2013 Rosie Brightwell \u2013 our ref CWM-2611-207",
    new="""\
Dear Ms Adebayo,

Thank you. Wednesday 16 December at 10am is convenient.

My husband will attend with me. Ms Bethan Morgan, the nursery's SENCO, will join us for the first hour.

We ask that Dr Hughes's clinic letter of 10 November be included in the mediation papers, as the panel does not appear to have seen it.

Yours sincerely,""",
    quote=("gmail", m017),
    category="mediation_tribunal",
    refs=["CWM-2611-207"],
    dates=[
        D("Wednesday 16 December", "2026-12-16", "meeting"),
        D("10 November", "2026-11-10", "past"),
    ],
    commits=[
        C("parent", "attend the mediation", None, "My husband will attend with me."),
        C(
            "school",
            "join the mediation for the first hour",
            None,
            "Ms Bethan Morgan, the nursery's SENCO, will join us for the first hour.",
        ),
    ],
)

m019 = M(
    n=19,
    slug="mediation_outcome",
    thread="t08-mediation",
    date="Wed, 16 Dec 2026 17:40:03 +0000",
    frm=PATIENCE,
    to=[ELEANOR, SAM],
    cc=[MARCUS],
    subject="Mediation outcome \u2013 Rosie Brightwell \u2013 CWM-2611-207",
    new="""\
Dear Mr and Mrs Brightwell,

Thank you for taking part in today's mediation with Kestrelford Borough Council. This is the written record of what was agreed.

1. The council agreed to carry out an EHC needs assessment for Rosie.

2. The council will send you a formal decision to assess by Wednesday 23 December 2026.

3. Mr and Mrs Brightwell will send the council the speech and language therapy report of 11 December as soon as they receive their copy.

4. The council will ask the Early Years Inclusion Team to make Portage visits weekly from the first week of the spring term.

As agreement was reached, no mediation certificate has been issued. If you later decide to appeal about any other matter, please contact me and I will issue a certificate within three working days.

Kind regards,""",
    quote=("gmail", m018),
    category="mediation_tribunal",
    refs=["CWM-2611-207"],
    dates=[
        D("today's mediation", "2026-12-16", "meeting"),
        D("Wednesday 23 December 2026", "2026-12-23", "deadline"),
        D("11 December", "2026-12-11", "past"),
    ],
    commits=[
        C(
            "la",
            "send a formal decision to assess",
            "2026-12-23",
            "The council will send you a formal decision to assess by Wednesday 23 December 2026.",
        ),
        C(
            "parent",
            "send the speech and language therapy report",
            None,
            "Mr and Mrs Brightwell will send the council the speech and language therapy report of 11 December as soon as they receive their copy.",
        ),
        C(
            "la",
            "ask the Early Years Inclusion Team to make Portage visits weekly",
            None,
            "The council will ask the Early Years Inclusion Team to make Portage visits weekly from the first week of the spring term.",
        ),
        C(
            "other",
            "issue a mediation certificate",
            None,
            "If you later decide to appeal about any other matter, please contact me and I will issue a certificate within three working days.",
        ),
    ],
)

# ---------------------------------------------------------------- t09 decision to assess (letter pasted)
m020 = M(
    n=20,
    slug="decision_to_assess",
    thread="t09-decision-to-assess",
    date="Tue, 22 Dec 2026 10:12:30 +0000",
    frm=MARCUS,
    to=[ELEANOR, SAM],
    subject=f"Decision to carry out an EHC needs assessment \u2013 Rosie Brightwell \u2013 {REF}",
    new="""\
Dear Mr and Mrs Brightwell,

Our letter is copied below; a signed copy is attached.

KESTRELFORD BOROUGH COUNCIL - SEN STATUTORY ASSESSMENT TEAM
Our ref: EY/EHC/26/0391
Date: 22 December 2026

Dear Mr and Mrs Brightwell

Education, health and care needs assessment: Rosie Brightwell (born 14 February 2023)

Following the mediation meeting on 16 December 2026, the local authority has reconsidered its decision of 16 November 2026. It has now decided to carry out an EHC needs assessment for Rosie under section 36 of the Children and Families Act 2014.

We will now request advice from Dr Aled Hughes (health), the speech and language therapy service, the occupational therapy service, the Educational Psychology Service, the Early Years Inclusion Team and Little Acorns Day Nursery.

Those asked for advice must provide it within six weeks of the date of this letter. The local authority must issue any final EHC plan within 20 weeks of receiving the request, that is by 22 February 2027.

Dr Imogen Faulkner, Educational Psychologist, will contact you in January to arrange to meet you and to observe Rosie at nursery.

Yours sincerely

Marcus Thorne
SEN Case Officer (Early Years)

If you have any questions, please contact me.

Kind regards,""",
    fold_mid=True,
    html="alt",
    attach=[("Decision to assess - signed.pdf", "application/pdf", PDF)],
    category="decision_to_assess",
    refs=[REF],
    dates=[
        D("22 December 2026", "2026-12-22", "other"),
        D("14 February 2023", "2023-02-14", "past"),
        D("16 December 2026", "2026-12-16", "past"),
        D("16 November 2026", "2026-11-16", "past"),
        D("within six weeks of the date of this letter", "2027-02-02", "deadline"),
        D("22 February 2027", "2027-02-22", "deadline"),
    ],
    commits=[
        C(
            "la",
            "request advice from health, therapists, EP service, EYIT and nursery",
            None,
            "We will now request advice from Dr Aled Hughes (health), the speech and language therapy service, the occupational therapy service, the Educational Psychology Service, the Early Years Inclusion Team and Little Acorns Day Nursery.",
        ),
        C(
            "la",
            "contact the parents to arrange the EP meeting and observation",
            None,
            "Dr Imogen Faulkner, Educational Psychologist, will contact you in January to arrange to meet you and to observe Rosie at nursery.",
        ),
    ],
)

M(
    n=21,
    slug="thanks_for_decision",
    thread="t09-decision-to-assess",
    date="Tue, 22 Dec 2026 12:48:51 +0000",
    frm=SAM,
    to=[MARCUS],
    cc=[ELEANOR],
    subject=f"Re: Decision to carry out an EHC needs assessment \u2013 Rosie Brightwell \u2013 {REF}",
    new="""\
Brilliant news - thank you Marcus, and have a lovely Christmas!

Sam""",
    quote=("iphone", m020),
    category="general",
    refs=[REF],
)
