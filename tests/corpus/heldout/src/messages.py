"""Message declarations for the held-out corpus, in delivery order.

Each M(...) gives headers, the sender's NEW text (body + signature), the client
style, the parent it replies to (its quote is generated, never labelled) and the
gold labels:
  refs  = [reference as written]           (normalised by build.py)
  dates = [(text, "YYYY-MM-DD", role)]
  com   = [(actor, action, due or None, text)]

Date arithmetic is written next to each computed date and re-checked by
CHECKS at the bottom of this file (build.py runs them).
Bank holidays 2026 (England & Wales): 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May,
31 Aug, 25 Dec, 28 Dec.  BST runs 29 Mar - 25 Oct 2026.
"""

import datetime as dt

from corpus import Msg
from people import *  # noqa: F403

MSGS = []


def M(*a, **k):
    m = Msg(*a, **k)
    MSGS.append(m)
    return m


REF_AMARA = "EHCP/NV/2022/0378"
REF_KOFI = "EHCP/NV/2026/0113"
OURREF = "NV-SEN-004512"

# ============================================================== January 2026

M(
    "amara-draft",
    "2026-01-09 15:12",
    CALLUM,
    [OWNER],
    cc=[GRACE],
    subject="Draft amended EHCP - Amara Okafor - EHCP/NV/2022/0378",
    client="outlook",
    attach=["Amara Okafor - draft amended EHCP - Jan 2026.pdf"],
    body="""
Dear Mr Okafor,

Following Amara's phase transfer review at Hollins Brook on 25th November 2025, please find attached her draft amended EHC plan. Section I now names Castlegate Academy for Year 7, as you requested.

Any representations, or a request for a meeting to discuss the draft, need to reach me within 15 calendar days of today's date. If I have heard nothing by then, the plan will be finalised as drafted.

We shall issue the final amended plan no later than 13th February 2026, which is ahead of the 15 February deadline for children moving to secondary school.

Regards,
Callum
""",
    sig=SIG_CALLUM + "\n\n" + DISCLAIMER_NV,
    thread="t-amara-draft",
    category="draft_plan",
    refs=[REF_AMARA],
    dates=[
        ("25th November 2025", "2025-11-25", "past"),
        # 9 Jan + 15 calendar days = 24 Jan 2026 (Sat)
        ("within 15 calendar days of today's date", "2026-01-24", "deadline"),
        ("13th February 2026", "2026-02-13", "deadline"),
        ("15 February", "2026-02-15", "deadline"),
    ],
    com=[
        (
            "la",
            "finalise the plan as drafted if no comments arrive",
            None,
            "If I have heard nothing by then, the plan will be finalised as drafted.",
        ),
        (
            "la",
            "issue the final amended plan",
            "2026-02-13",
            "We shall issue the final amended plan no later than 13th February 2026, which is ahead of the 15 February deadline for children moving to secondary school.",
        ),
    ],
)

M(
    "kofi-request",
    "2026-01-12 21:18:02",
    OWNER,
    [SEN_TEAM],
    cc=[BETHAN],
    subject="EHC needs assessment request \u2013 Kofi Okafor (DOB 11/02/2019)",
    client="webmail",
    attach=["Kofi - Hollins Brook SEN support plan.pdf", "Kofi - SALT discharge letter.pdf"],
    body="""
To the SEND Assessment Team,

I am writing as Kofi's father to ask Northvale Council to carry out an EHC needs assessment for our son Kofi Okafor, born 11 February 2019, under section 36 of the Children and Families Act 2014. Kofi is in Year 2 at Hollins Brook Primary Academy.

Why we are asking:
- Kofi's speech is still very hard for adults outside the family to understand, and he was discharged from NHS speech therapy last summer after a single block of sessions.
- He has been on SEN Support since Reception, but his reading and number work are more than two years behind and the gap is widening.
- He has started hiding under tables and running out of the classroom when things get noisy. School have had to phone us to collect him three times this term.

Mrs Crowther, the SENCo, is copied in and supports this request. I attach his SEN Support plan and the speech and language discharge letter. Kofi's NHS number is 485 777 3456 and his UPN is H881200042017, if they are needed.

His older sister Amara already has an EHC plan with you (EHCP/NV/2022/0378), so please don't merge the two files - this request is about Kofi only.

I will forward the community paediatrician's letter as soon as it arrives.

Many thanks,
""",
    sig=SIG_DANIEL,
    thread="t-kofi-request",
    category="assessment_request",
    refs=[REF_AMARA],
    dates=[("born 11 February 2019", "2019-02-11", "past")],
    com=[
        (
            "parent",
            "forward the community paediatrician's letter",
            None,
            "I will forward the community paediatrician's letter as soon as it arrives.",
        )
    ],
)

M(
    "kofi-autoack",
    "2026-01-12 21:18:41",
    SEN_TEAM,
    [OWNER],
    subject="Automatic reply: EHC needs assessment request \u2013 Kofi Okafor (DOB 11/02/2019)",
    client="system",
    parent="kofi-request",
    hdrs="full",
    quote=False,
    html="none",
    cte="7bit",
    cs="us-ascii",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    zone_text="GMT",
    body="""
Thank you for contacting the Northvale SEND Assessment Team. This is an automatic acknowledgement: your email has reached our shared mailbox and will be allocated to an officer.

We aim to respond to all enquiries within 5 working days, but we cannot guarantee this during busy periods.

If you are worried that a child is at risk of harm, do not wait for a reply - call the Children's Front Door on 0113 496 0500.

Northvale SEND Assessment Team
""",
    thread="t-kofi-request",
    category="acknowledgement",
)

M(
    "trip-letter",
    "2026-01-14 10:02",
    HB_OFFICE,
    [OWNER],
    subject="Year 2 trip to the Deepwater Aquarium - Friday 6th February",
    client="system",
    html="only",
    cte="qp",
    cs="iso-8859-1",
    body="""
Dear Parents and Carers of Year 2,

As part of our 'Under the Sea' topic, Year 2 will be visiting the Deepwater Aquarium in Saltby on Friday 6th February. The coach leaves at 9.00am sharp and we will be back in time for the end of the school day.

The cost is £12.50 per child, payable on the school payments app. Please also complete the consent form on the app by Friday 30th January.

Children will need:
- a packed lunch in a named, disposable bag (school dinners can provide one if requested)
- a waterproof coat
- no money or toys, please

All children, including those with additional needs or an EHC plan, will be supported by the adults they usually work with in class. If your child needs medication on the day, please speak to the office.

Many thanks,
Mrs K. Lindqvist
Year 2 Team Leader
Hollins Brook Primary Academy
""",
    thread="t-trip",
    category="not_send",
)

M(
    "amara-reps",
    "2026-01-20 19:55",
    OWNER,
    [CALLUM],
    cc=[GRACE],
    subject="Re: Draft amended EHCP - Amara Okafor - EHCP/NV/2022/0378",
    client="webmail",
    parent="amara-draft",
    body="""
Dear Mr Reid,

Thank you for the draft. Grace and I have been through it with Amara's teacher and we have three points:

1. Section B says nothing about Amara's sensory processing difficulties, which are described in detail in the OT report from October. She covers her ears and leaves the room in assemblies and the dining hall.
2. Section F says Amara will have "regular OT input". Please specify the amount: the OT recommended six sessions per term, delivered in school.
3. Section I - we are happy that Castlegate Academy is named.

We would also like a short meeting before the plan is finalised. We are both free this Thursday after 4pm.

I will send you the updated OT report from Ms Kearney by Friday.

Kind regards,
Daniel and Grace Okafor
""",
    thread="t-amara-draft",
    category="draft_plan",
    refs=[REF_AMARA],
    dates=[("this Thursday", "2026-01-22", "meeting"), ("by Friday", "2026-01-23", "deadline")],
    com=[
        (
            "parent",
            "send the updated OT report",
            "2026-01-23",
            "I will send you the updated OT report from Ms Kearney by Friday.",
        )
    ],
)

M(
    "amara-reps-ack",
    "2026-01-21 08:47",
    CALLUM,
    [OWNER],
    subject="RE: Draft amended EHCP - Amara Okafor - EHCP/NV/2022/0378",
    client="outlook",
    parent="amara-reps",
    hdrs="index",
    body="""
Morning Mr Okafor,

Received, thanks - your comments are logged and I've passed them to the plan writer. I'll come back to you about a meeting once she has been through them.

Callum
""",
    sig=SIG_CALLUM + "\n\n" + DISCLAIMER_NV,
    thread="t-amara-draft",
    category="acknowledgement",
    refs=[REF_AMARA],
    com=[
        (
            "la",
            "come back about a meeting",
            None,
            "I'll come back to you about a meeting once she has been through them.",
        )
    ],
)

M(
    "kofi-logged",
    "2026-01-22 14:03",
    PRIYA,
    [OWNER],
    subject="RE: EHC needs assessment request \u2013 Kofi Okafor (DOB 11/02/2019)",
    client="outlook",
    parent="kofi-request",
    hdrs="full",
    attach=["Consent to share information - SEND.docx", "My Views booklet (KS1).docx"],
    body="""
Dear Mr Okafor,

Thank you for your request for an EHC needs assessment for Kofi, which we logged on 13.01.26. Kofi's case number is EHCP/NV/2026/0113 and I am his casework officer.

So that the SEND Assessment Panel can consider the request, I need the following from you by 30.01.26:

\u2022 the signed consent form (attached) - both parents with parental responsibility should sign
\u2022 the 'My Views' booklet, which Kofi can complete with you
\u2022 copies of any private or NHS reports you hold

The request will be heard at panel on 19.02.26. You can expect to hear the panel's decision by 23rd February 2026.

Kind regards,
Priya
""",
    sig=SIG_PRIYA + "\n\n" + DISCLAIMER_NV,
    thread="t-kofi-request",
    category="information_request",
    refs=[REF_KOFI, OURREF],
    dates=[
        ("13.01.26", "2026-01-13", "past"),
        ("30.01.26", "2026-01-30", "deadline"),
        ("19.02.26", "2026-02-19", "meeting"),
        ("23rd February 2026", "2026-02-23", "deadline"),
    ],
    com=[
        (
            "la",
            "tell the parents the panel's decision",
            "2026-02-23",
            "You can expect to hear the panel's decision by 23rd February 2026.",
        )
    ],
)

M(
    "kofi-forms",
    "2026-01-27 07:32",
    OWNER,
    [PRIYA],
    subject="Re: EHC needs assessment request \u2013 Kofi Okafor (DOB 11/02/2019)",
    client="iphone",
    parent="kofi-logged",
    html="none",
    attach=["IMG_4471.jpg", "IMG_4472.jpg"],
    body="""
Hi Priya

Kofi's My Views booklet attached - photos I'm afraid, the scanner has given up. Once Grace has signed the consent form I'll drop it into the Civic Centre reception on Thursday.

We don't have any private reports.

Thanks
Daniel
""",
    sig="Sent from my iPhone",
    thread="t-kofi-request",
    category="general",
    dates=[("Thursday", "2026-01-29", "deadline")],
    com=[
        (
            "parent",
            "hand in the signed consent form at Civic Centre reception",
            "2026-01-29",
            "Once Grace has signed the consent form I'll drop it into the Civic Centre reception on Thursday.",
        )
    ],
)

# ============================================================== February 2026

M(
    "family-party",
    "2026-02-05 18:20",
    GRACE,
    [OWNER],
    subject="Mum's 70th - the plan",
    client="iphone",
    html="none",
    body="""
Dan, Auntie Bisi has booked the back room at the Fox & Hounds for Mum's 70th on Saturday 14th, from 7. Can you pick up the cake from Hendry's on the Saturday morning? Order number is 20417, it's paid.

Kofi wants to do a card with glitter, god help us. Amara says she'll come if she can bring her headphones, which is fine.

G x
""",
    sig="Sent from my iPhone",
    thread="t-family-party",
    category="not_send",
)

M(
    "amara-final",
    "2026-02-12 16:45",
    CALLUM,
    [OWNER],
    cc=[GRACE, TARIQ],
    subject="Final amended EHC plan \u2013 Amara Okafor \u2013 EHCP/NV/2022/0378",
    client="outlook",
    cs="windows-1252",
    html="alt",
    attach=[
        "Amara Okafor - FINAL amended EHCP 12.02.2026.pdf",
        "Decision letter - final amended plan.pdf",
    ],
    body="""
Dear Mr and Mrs Okafor,

Re: Amara Okafor, date of birth 04.06.2015

I am writing to let you know that Northvale Council has issued Amara\u2019s final amended EHC plan, which is attached with the decision letter.

Having considered your representations, Section B now describes Amara\u2019s sensory processing needs and Section F specifies six sessions of occupational therapy per term, delivered in school. Section I names Castlegate Academy from 1st September 2026.

If you disagree with the special educational needs in Section B, the provision in Section F or the school named in Section I, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). An appeal must be registered within two months of the date of this letter, or one month from the date of a mediation certificate, whichever is later. Before appealing (except about Section I only) you must contact a mediation adviser: Clearwater Mediation, 0113 496 0388.

Castlegate Academy has been sent a copy of the plan. Mr Hamid, the SENDCo, will contact you after half term to plan Amara\u2019s transition visits.

Yours sincerely,

Callum Reid
EHC Plan Coordinator
""",
    sig="SEND Service, Northvale Council\nCivic Centre, Northvale NV1 4RT | 0113 496 0721\n\n"
    + DISCLAIMER_NV,
    thread="t-amara-final",
    category="final_plan",
    refs=[REF_AMARA],
    dates=[
        ("04.06.2015", "2015-06-04", "past"),
        ("1st September 2026", "2026-09-01", "other"),
        # letter dated 12 Feb 2026 + 2 months = 12 Apr 2026 (a Sunday; SEND Regs do not roll forward)
        ("within two months of the date of this letter", "2026-04-12", "deadline"),
    ],
    com=[
        (
            "school",
            "contact the parents to plan transition visits",
            None,
            "Mr Hamid, the SENDCo, will contact you after half term to plan Amara\u2019s transition visits.",
        )
    ],
)

M(
    "kofi-refusal",
    "2026-02-24 11:30",
    PRIYA,
    [OWNER],
    cc=[GRACE],
    subject="Outcome of request for EHC needs assessment \u2013 Kofi Okafor",
    client="outlook",
    wrap=72,
    attach=["NV-SEN-004512 decision letter.pdf"],
    body="""
Dear Mr and Mrs Okafor,

Please see below (and attached) the local authority's decision letter. I am sorry that it is a day later than I said.

Our Ref: NV-SEN-004512
Case number: EHCP/NV/2026/0113

23rd February 2026

Dear Mr and Mrs Okafor

Re: Kofi Okafor (DOB 11.02.2019), Hollins Brook Primary Academy

The SEND Assessment Panel met on 19th February 2026 to consider your request for an Education, Health and Care needs assessment for Kofi, together with the information provided by Hollins Brook Primary Academy.

Having considered all of the evidence, the panel has decided that it is not necessary to carry out an EHC needs assessment for Kofi at this time. The panel recognised that Kofi has speech, language and communication needs, but felt that these can be met through SEN Support at Hollins Brook, drawing on the advice of the Northvale Inclusion Advisory Team and the Ordinarily Available Provision guidance.

What happens next

- An Inclusion Advisory Teacher will visit Hollins Brook during w/b 9th March to observe Kofi in class and advise staff on strategies.
- The school should review Kofi's SEN Support plan with you at least once a term.

Your right to appeal

You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Any appeal must be made within two months of the date of this letter, or within one month of the date of a mediation certificate, whichever is later. Before you can register an appeal you must contact Clearwater Mediation (0113 496 0388) for information about mediation.

Northvale SENDIASS can give you free, impartial advice on 0113 496 0600.

Yours sincerely

Priya Nandra
SEND Casework Officer
On behalf of the SEND Assessment Panel
""",
    sig=DISCLAIMER_NV,
    thread="t-kofi-refusal",
    category="refusal_to_assess",
    refs=[OURREF, REF_KOFI],
    dates=[
        # relabelled "other" -> "past": the dev README gives every date before the
        # message's own date the role past, even a letter's date (SCHEMA says other)
        ("23rd February 2026", "2026-02-23", "past"),
        ("11.02.2019", "2019-02-11", "past"),
        ("19th February 2026", "2026-02-19", "past"),
        ("w/b 9th March", "2026-03-09", "other"),
        # letter dated 23 Feb 2026 + 2 months = 23 Apr 2026
        ("within two months of the date of this letter", "2026-04-23", "deadline"),
    ],
    com=[
        (
            "la",
            "send an Inclusion Advisory Teacher to observe Kofi and advise staff",
            None,
            "An Inclusion Advisory Teacher will visit Hollins Brook during w/b 9th March to observe Kofi in class and advise staff on strategies.",
        )
    ],
)

M(
    "kofi-minutes",
    "2026-02-25 22:10",
    OWNER,
    [PRIYA],
    subject="Panel minutes please \u2013 Kofi Okafor \u2013 NV-SEN-004512",
    client="webmail",
    parent="kofi-refusal",
    hdrs="full",
    body="""
Dear Priya,

Thank you for sending the decision. We are very disappointed, particularly as school supported the request.

Before we decide what to do next, please could you send us:
- the minutes or notes of the panel discussion about Kofi
- a list of the evidence the panel looked at
- the name of the Inclusion Advisory Teacher who will be visiting

We would be grateful to have these by Friday 6th March.

Regards,
Daniel Okafor
""",
    thread="t-kofi-refusal",
    category="information_request",
    refs=[OURREF],
    dates=[("Friday 6th March", "2026-03-06", "deadline")],
)

M(
    "kite-fwd",
    "2026-02-26 09:05",
    OWNER,
    [RUTH],
    subject="Fwd: Outcome of request for EHC needs assessment \u2013 Kofi Okafor",
    client="webmail",
    fwd="kofi-refusal",
    body="""
Hi Ruth,

We met briefly at the parent carer forum coffee morning last month - you said to get in touch if Northvale turned Kofi down, and they have. The letter is below.

Our daughter already has a plan, so we know a little about the process, but we have never been through an appeal. Could you give me a ring? Any weekday evening after 6 is fine.

Thanks,
Daniel
""",
    sig=SIG_DANIEL,
    thread="t-kite",
    category="general",
)

M(
    "kite-advice",
    "2026-02-27 13:40",
    RUTH,
    [OWNER],
    subject="Re: Fwd: Outcome of request for EHC needs assessment \u2013 Kofi Okafor",
    client="thunderbird",
    parent="kite-fwd",
    html="none",
    body="""
Hello Daniel,

Thanks for sending this - and sorry you've had this news.

A few quick points before we speak:

* You don't have to go to mediation, but you do have to contact the mediation service and get a certificate before you can appeal.
* You may wish to ask for mediation anyway. Northvale quite often agrees to assess at mediation when school backs the request, as it does here.
* Your appeal deadline is 23 April, two months from the date on the letter, unless a later certificate extends it.

I'll ring you on Tuesday 3 March at 6.30pm to go through the options, and I'll email our template letter for requesting mediation before then.

Best wishes,
Ruth
""",
    sig="Ruth Abernethy\nVolunteer SEND Advocate, Kite SEND Advocacy\nRegistered charity no. 1187345\n07700 900 744",
    thread="t-kite",
    category="general",
    dates=[
        ("23 April", "2026-04-23", "deadline"),
        ("Tuesday 3 March at 6.30pm", "2026-03-03", "meeting"),
    ],
    com=[
        (
            "other",
            "phone Daniel to go through the options",
            "2026-03-03",
            "I'll ring you on Tuesday 3 March at 6.30pm to go through the options, and I'll email our template letter for requesting mediation before then.",
        )
    ],
)

# ============================================================== March 2026

M(
    "amara-ot-chase",
    "2026-03-04 08:15",
    OWNER_WORK,
    [CALLUM],
    cc=[OWNER],
    subject="Amara Okafor (EHCP/NV/2022/0378) - Section F occupational therapy not being delivered",
    client="outlook-orig",
    html="alt",
    body="""
Dear Mr Reid,

I am writing from work, so please reply to my usual address as well.

Amara's final amended plan, issued on 12th February, says she will receive six sessions of occupational therapy per term in school. She has not had a single OT session since 12th January, when her previous therapist left the NHS team. I raised this with Hollins Brook on 16th February and school say it is out of their hands.

As the local authority has the duty to secure the provision in Section F, please can you tell me by Monday 9th March what you are doing to get Amara's OT restarted?

Regards,
Daniel Okafor
""",
    thread="t-amara-ot",
    category="chaser",
    refs=[REF_AMARA],
    dates=[
        ("12th February", "2026-02-12", "past"),
        ("12th January", "2026-01-12", "past"),
        ("16th February", "2026-02-16", "past"),
        ("Monday 9th March", "2026-03-09", "deadline"),
    ],
)

M(
    "amara-ot-reply",
    "2026-03-04 16:02",
    CALLUM,
    [OWNER_WORK, OWNER],
    subject="RE: Amara Okafor (EHCP/NV/2022/0378) - Section F occupational therapy not being delivered",
    client="outlook",
    parent="amara-ot-chase",
    hdrs="full",
    body="""
Mr Okafor

Noted. I've emailed the OT service manager and copied in my team manager. I'll update you by the end of next week.

Callum
""",
    sig=SIG_CALLUM,
    thread="t-amara-ot",
    category="acknowledgement",
    refs=[REF_AMARA],
    # sent Wed 4 Mar; "next week" = Mon 9 - Fri 13 Mar; end of the working week = Fri 13 Mar
    dates=[("by the end of next week", "2026-03-13", "deadline")],
    com=[
        (
            "la",
            "update the parent on the OT provision",
            "2026-03-13",
            "I'll update you by the end of next week.",
        )
    ],
)

M(
    "kofi-med-request",
    "2026-03-09 10:20",
    OWNER,
    [HUGH],
    cc=[GRACE],
    subject="Mediation request - Northvale refusal to assess - Kofi Okafor",
    client="webmail",
    body="""
Dear Mr Penrose,

Northvale Council wrote to us on 23 February refusing to carry out an EHC needs assessment for our son Kofi (Northvale ref NV-SEN-004512). We would like to try mediation before deciding whether to appeal.

Kofi's school supports the request and we think the panel did not give enough weight to his speech and language needs and his distress in class.

We can attend on any day except Wednesdays. My mobile is 07700 900 318.

Yours sincerely,
Daniel Okafor
""",
    thread="t-kofi-mediation",
    category="mediation_tribunal",
    refs=[OURREF],
    dates=[("23 February", "2026-02-23", "past")],
)

M(
    "kofi-med-booked",
    "2026-03-12 12:25",
    HUGH,
    [OWNER],
    cc=[PRIYA],
    subject="RE: Mediation request - Northvale refusal to assess - Kofi Okafor",
    client="outlook-eu",
    parent="kofi-med-request",
    hdrs="full",
    html="alt",
    body="""
Dear Mr Okafor,

Northvale Council has agreed to mediate. I have booked the session for Tuesday 31st March 2026 at 10.00am, on Microsoft Teams; it will last up to three hours. The council will be represented by Priya Nandra and her team manager.

Please confirm by Monday 16th March that this suits you both. I'll send the Teams link the day before the session.

Under the regulations, mediation must take place within 30 days of the council being told that you want to mediate, and this date meets that requirement.

Kind regards,
Hugh Penrose
Mediation Adviser
""",
    sig="Clearwater Mediation Ltd | 0113 496 0388 | Unit 4, Mill Wharf, Northvale NV2 8DD",
    thread="t-kofi-mediation",
    category="mediation_tribunal",
    dates=[
        ("Tuesday 31st March 2026 at 10.00am", "2026-03-31", "meeting"),
        ("Monday 16th March", "2026-03-16", "deadline"),
        # the day before the session on 31 Mar = 30 Mar
        ("the day before the session", "2026-03-30", "deadline"),
    ],
    com=[
        (
            "other",
            "send the Teams link",
            "2026-03-30",
            "I'll send the Teams link the day before the session.",
        )
    ],
)

M(
    "amara-ot-update",
    "2026-03-13 17:48",
    CALLUM,
    [OWNER],
    subject="RE: Amara Okafor (EHCP/NV/2022/0378) - Section F occupational therapy not being delivered",
    client="outlook",
    parent="amara-ot-reply",
    hdrs="full",
    body="""
Hi Mr Okafor,

As promised. The children's OT service has recruited a replacement, Siobhán Kearney, who starts in post next month. She will start Amara's sessions w/b 20th April and the service has apologised for the gap.

I am hopeful that the missed sessions can be made up before the summer holidays, but I can't promise that yet.

Callum
""",
    sig=SIG_CALLUM,
    thread="t-amara-ot",
    category="general",
    refs=[REF_AMARA],
    dates=[("w/b 20th April", "2026-04-20", "other")],
    com=[
        (
            "health",
            "start Amara's OT sessions",
            None,
            "She will start Amara's sessions w/b 20th April and the service has apologised for the gap.",
        )
    ],
)

M(
    "portal-1",
    "2026-03-20 09:10",
    HUB,
    [OWNER],
    subject="A new document is available on EHCP Hub",
    client="system",
    html="only",
    mid=False,
    body="""
Hello Daniel Okafor,

A new document has been added to the case for Kofi Okafor (EHCP/NV/2026/0113).

Document: Panel notes - SEND Assessment Panel 19-02-2026.pdf
Uploaded: 20/03/2026 09:08
Uploaded by: SEND Assessment Team

Sign in to EHCP Hub to view it: https://ehcphub.northvale.gov.uk/

This mailbox is not monitored. Please do not reply to this email.
""",
    thread="t-portal-1",
    category="general",
    refs=[REF_KOFI],
    dates=[("20/03/2026", "2026-03-20", "other")],
)

# ============================================================== April 2026

M(
    "kofi-assess",
    "2026-04-02 15:30",
    PRIYA,
    [OWNER],
    cc=[GRACE, BETHAN],
    subject="Kofi Okafor \u2013 decision to carry out EHC needs assessment \u2013 EHCP/NV/2026/0113",
    client="outlook",
    attach=["Section A - parent and child views.docx"],
    body="""
Dear Mr and Mrs Okafor,

Following the mediation on Tuesday, the local authority has reviewed its decision and has agreed to carry out an EHC needs assessment for Kofi.

We will now request advice from:
\u2022 the Educational Psychology Service
\u2022 Community Paediatrics and the Speech and Language Therapy service
\u2022 Hollins Brook Primary Academy
\u2022 Children's Social Care (for information)

Dr Owen Tremlett, Senior Educational Psychologist, has agreed to see Kofi in school on 21st April.

Please return the attached parental advice form (Section A) within 10 working days of the date of this email.

Because this assessment follows a change of decision, the 20-week timescale still runs from your original request, which means the local authority must issue any final EHC plan by 1st June 2026.

We aim to take Kofi's case to the decision-making panel in the second half of May, but I cannot guarantee a date yet.

Kind regards,
Priya
""",
    sig=SIG_PRIYA + "\n\n" + DISCLAIMER_NV,
    thread="t-kofi-assess",
    category="decision_to_assess",
    refs=[REF_KOFI, OURREF],
    dates=[
        ("Tuesday", "2026-03-31", "past"),
        ("21st April", "2026-04-21", "meeting"),
        # 10 working days after Thu 2 Apr: 3 Apr Good Friday and 6 Apr Easter Monday skipped;
        # 7,8,9,10,13,14,15,16,17,20 -> Mon 20 Apr
        ("within 10 working days of the date of this email", "2026-04-20", "deadline"),
        # request received 12 Jan 2026 + 20 weeks (140 days) = 1 Jun 2026
        ("1st June 2026", "2026-06-01", "deadline"),
    ],
    com=[
        (
            "la",
            "request advice from the EP service, health, school and social care",
            None,
            "We will now request advice from:",
        ),
        (
            "la",
            "see Kofi in school (EP assessment)",
            "2026-04-21",
            "Dr Owen Tremlett, Senior Educational Psychologist, has agreed to see Kofi in school on 21st April.",
        ),
    ],
)

M(
    "ep-visit",
    "2026-04-07 11:14",
    OWEN,
    [OWNER],
    cc=[BETHAN],
    subject="EP assessment - Kofi Okafor - Tuesday 21 April",
    client="outlook",
    html="only",
    parent=None,
    body="""
Dear Mr Okafor,

I have been asked to provide psychological advice as part of Kofi's EHC needs assessment.

I will be at Hollins Brook on Tuesday 21st April to observe Kofi in class from 9.15am and then to work with him individually. Mrs Crowther has kindly arranged a quiet room.

I would also like to hear your and Mrs Okafor's views. I'll ring you at 3.30pm that afternoon; please let me know by this Friday if that time is no good.

My advice will be sent to the SEND Assessment Team within six weeks of the visit.

With best wishes,
""",
    sig=SIG_OWEN + "\n\n" + DISCLAIMER_NV,
    thread="t-ep-visit",
    category="appointment",
    dates=[
        ("Tuesday 21st April", "2026-04-21", "meeting"),
        ("this Friday", "2026-04-10", "deadline"),
        # visit 21 Apr + 6 weeks (42 days) = Tue 2 Jun
        ("within six weeks of the visit", "2026-06-02", "deadline"),
    ],
    com=[
        (
            "la",
            "observe and assess Kofi at Hollins Brook",
            "2026-04-21",
            "I will be at Hollins Brook on Tuesday 21st April to observe Kofi in class from 9.15am and then to work with him individually.",
        ),
        (
            "la",
            "phone the parents for their views",
            "2026-04-21",
            "I'll ring you at 3.30pm that afternoon; please let me know by this Friday if that time is no good.",
        ),
        (
            "la",
            "send the psychological advice to the SEND Assessment Team",
            "2026-06-02",
            "My advice will be sent to the SEND Assessment Team within six weeks of the visit.",
        ),
    ],
)

M(
    "kite-bulletin",
    "2026-04-08 12:30",
    KITE_NEWS,
    [OWNER],
    subject="Kite Bulletin \u2013 Spring 2026: refusals, annual reviews and your rights",
    client="system",
    html="only",
    body="""
KITE SEND ADVOCACY - SPRING BULLETIN

In this issue

1. Refused an EHC needs assessment? Around half of refusals in our area are overturned at mediation or before a tribunal hearing. Our volunteers explain what a mediation certificate is and why you need one before appealing.
2. The 20-week clock: what local authorities must do, week by week, from the request to the final EHC plan.
3. Annual reviews: the review meeting must be held within 12 months of the plan being issued and the paperwork should be circulated two weeks before the meeting.
4. Section F: making sure therapy in a plan is "specified and quantified".

Free webinar: "Preparing for your first tribunal hearing", Thursday 23 April, 7pm on Zoom. Book at kiteadvocacy.org.uk/events.

Kite SEND Advocacy is a registered charity (no. 1187345). You are receiving this because you signed up at a parent carer forum event. Unsubscribe: kiteadvocacy.org.uk/unsubscribe
""",
    thread="t-kite-bulletin",
    category="not_send",
)

M(
    "complaint",
    "2026-04-27 20:05",
    OWNER,
    [FEEDBACK],
    cc=[CALLUM, GRACE],
    subject="Formal complaint - failure to deliver Section F OT - Amara Okafor EHCP/NV/2022/0378",
    client="webmail",
    body="""
Dear Sir or Madam,

I wish to make a formal Stage 1 complaint about Northvale Council's failure to secure the occupational therapy in my daughter Amara's EHC plan.

The facts:
- Amara's final amended plan, issued on 12th February 2026, specifies six OT sessions per term in school.
- She has had no OT at all since 12th January 2026.
- On 13th March Mr Reid, her EHC Plan Coordinator, told me that a new therapist would start w/b 20th April. Nobody has been into school and no-one has contacted us.

Under section 42 of the Children and Families Act 2014 the council must secure the special educational provision in the plan. That duty is not affected by NHS recruitment problems.

What I am asking for:
1. OT to restart immediately, with dates in writing.
2. Compensatory sessions to make up for those missed this year.
3. An explanation of how the council monitors whether Section F provision is being delivered.

I will send copies of my correspondence with Mr Reid separately tomorrow.

Yours faithfully,
Daniel Okafor
""",
    sig=SIG_DANIEL,
    thread="t-complaint",
    category="complaint",
    refs=[REF_AMARA],
    dates=[
        ("12th February 2026", "2026-02-12", "past"),
        ("12th January 2026", "2026-01-12", "past"),
        ("13th March", "2026-03-13", "past"),
        ("w/b 20th April", "2026-04-20", "past"),
        ("tomorrow", "2026-04-28", "deadline"),
    ],
    com=[
        (
            "parent",
            "send copies of correspondence with Mr Reid",
            "2026-04-28",
            "I will send copies of my correspondence with Mr Reid separately tomorrow.",
        )
    ],
)

M(
    "complaint-ack",
    "2026-04-28 09:41",
    FEEDBACK,
    [OWNER],
    subject="RE: Formal complaint - failure to deliver Section F OT - Amara Okafor EHCP/NV/2022/0378 [COMP-26-03317]",
    client="outlook",
    parent="complaint",
    hdrs="full",
    quote=True,
    body="""
Dear Mr Okafor

Thank you for contacting Northvale Council. Your complaint has been registered under our Corporate Complaints Procedure at Stage 1.

Your complaint reference is COMP-26-03317. Please quote this reference in any further contact about your complaint.

Your complaint has been passed to the Head of SEND, who will send you a full response within 20 working days of today.

If your complaint is about a decision that carries a right of appeal to the SEND Tribunal, we may not be able to investigate that part of it under this procedure.

Yours sincerely

Customer Feedback Team
Northvale Council
""",
    sig=DISCLAIMER_NV,
    thread="t-complaint",
    category="complaint",
    refs=["COMP-26-03317", REF_AMARA],
    # 20 working days after Tue 28 Apr, skipping Mon 4 May and Mon 25 May:
    # 29,30 Apr (2); 1 May (3); 5-8 May (7); 11-15 (12); 18-22 (17); 26,27,28 (20) -> Thu 28 May
    dates=[("within 20 working days of today", "2026-05-28", "deadline")],
    com=[
        (
            "la",
            "send a full response to the complaint",
            "2026-05-28",
            "Your complaint has been passed to the Head of SEND, who will send you a full response within 20 working days of today.",
        )
    ],
)

# ============================================================== May 2026

M(
    "kofi-salt-appt",
    "2026-05-01 10:00",
    LEWIS,
    [OWNER],
    subject="Kofi Okafor - speech and language assessment (EHC advice)",
    client="outlook",
    html="alt",
    body="""
Dear Mr Okafor,

I have received a request from Northvale Council for speech and language therapy advice for Kofi's EHC needs assessment.

I have booked Kofi in for an assessment on Thursday 14th May at 9.30am at Northvale Children's Centre, Lowgate Road, NV3 2LX. It will take about an hour. Please bring any previous therapy reports and his red book.

For our records: Kofi Okafor, NHS number 485 777 3456, hospital number RNV2093318.

I'll send my advice to the SEND team by 5th June.

If the appointment is not convenient, please call the Children's Therapy booking line on 0113 496 0822.

Kind regards,
Lewis Hartley
Highly Specialist Speech and Language Therapist
Northvale Children's Community Services
""",
    thread="t-kofi-salt",
    category="appointment",
    dates=[
        ("Thursday 14th May at 9.30am", "2026-05-14", "meeting"),
        ("5th June", "2026-06-05", "deadline"),
    ],
    com=[
        (
            "health",
            "send SALT advice to the SEND team",
            "2026-06-05",
            "I'll send my advice to the SEND team by 5th June.",
        )
    ],
)

M(
    "shop-order",
    "2026-05-12 14:22",
    SHOP,
    [OWNER],
    subject="Your Calm Corner order CC-558812 is confirmed",
    client="system",
    html="alt",
    body="""
Hi Daniel,

Thanks for your order! We're getting it ready.

Order number: CC-558812
- Weighted lap pad, 2kg, ocean blue x1 - £34.99
- Kids' ear defenders (SNR 27), green x1 - £17.50
- Chewable pencil toppers, pack of 6 x1 - £6.99
Delivery: £3.95
Total: £63.43

Estimated delivery: Friday 15 May.

Our sensory range is chosen by occupational therapists and is suitable for children with autism, ADHD and sensory processing differences. Returns are free within 30 days.

Calm Corner Ltd, Unit 9 Tannery Yard, Harrowby HB2 4PF
""",
    thread="t-shop",
    category="not_send",
)

M(
    "complaint-response",
    "2026-05-26 16:50",
    ANGELA,
    [OWNER],
    cc=[CALLUM],
    subject="Your complaint COMP-26-03317 - Stage 1 response",
    client="outlook",
    attach=["COMP-26-03317 Stage 1 response.pdf"],
    body="""
Dear Mr Okafor

Complaint reference: COMP-26-03317

Thank you for your complaint of 27th April 2026 about the occupational therapy in Amara's EHC plan. I have reviewed Amara's file, the correspondence with the SEND Service and information from the children's OT service.

Findings

I partly uphold your complaint. Amara's plan requires six OT sessions per term and none were delivered between 12th January and the end of the spring term. The local authority remained responsible for securing that provision, and we should have arranged an alternative provider when the NHS service could not. I do not uphold the part of your complaint about how you were kept informed, as Mr Reid did respond to you within the timescales he gave.

Actions

1. Siobhán Kearney, Children's Occupational Therapist, will begin weekly sessions with Amara at Hollins Brook on Thursday 4th June 2026.
2. The local authority will fund six additional sessions, to be completed by 17.07.26.
3. I have asked the SEND Service to add a check on Section F delivery to every six-monthly case review.

I apologise to you and to Amara for this failure.

If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter. After that, you may contact the Local Government and Social Care Ombudsman.

Yours sincerely

Angela Fairbairn
Head of SEND and Inclusion
Northvale Council
""",
    sig=DISCLAIMER_NV,
    thread="t-complaint-response",
    category="complaint",
    refs=["COMP-26-03317"],
    dates=[
        ("27th April 2026", "2026-04-27", "past"),
        ("12th January", "2026-01-12", "past"),
        ("Thursday 4th June 2026", "2026-06-04", "meeting"),
        ("17.07.26", "2026-07-17", "deadline"),
        # 20 working days after Tue 26 May (no bank holidays in June):
        # 27-29 May (3); 1-5 Jun (8); 8-12 (13); 15-19 (18); 22, 23 (20) -> Tue 23 Jun
        ("within 20 working days of the date of this letter", "2026-06-23", "deadline"),
    ],
    com=[
        (
            "health",
            "begin weekly OT sessions with Amara",
            "2026-06-04",
            "Siobhán Kearney, Children's Occupational Therapist, will begin weekly sessions with Amara at Hollins Brook on Thursday 4th June 2026.",
        ),
        (
            "la",
            "fund six additional OT sessions",
            "2026-07-17",
            "The local authority will fund six additional sessions, to be completed by 17.07.26.",
        ),
    ],
)

# ============================================================== June 2026

M(
    "ot-confirm",
    "2026-06-03 13:15",
    SIOBHAN,
    [OWNER],
    cc=[BETHAN],
    subject="OT sessions for Amara",
    client="outlook",
    html="alt",
    subj_enc="b",
    body="""
Hello Mr Okafor,

I'm Amara's new occupational therapist. Just confirming I'll see Amara at Hollins Brook tomorrow at 1.30pm; Mrs Crowther has booked the sensory room for us.

After that her sessions will be twice a week, on Monday and Thursday afternoons, until 16th July, which covers her six sessions for this term and the six extra ones agreed by the council.

If Amara is off sick on a Thursday please let the school office know first thing.

Best wishes,
Siobhán
""",
    sig="Siobhán Kearney\nChildren's Occupational Therapist\nNorthvale Children's Community Services\nTel 0113 496 0845",
    thread="t-ot-confirm",
    category="appointment",
    dates=[("tomorrow at 1.30pm", "2026-06-04", "meeting"), ("16th July", "2026-07-16", "other")],
    com=[
        (
            "health",
            "see Amara for OT at Hollins Brook",
            "2026-06-04",
            "Just confirming I'll see Amara at Hollins Brook tomorrow at 1.30pm; Mrs Crowther has booked the sensory room for us.",
        )
    ],
)

M(
    "kofi-chase",
    "2026-06-08 08:05",
    OWNER,
    [PRIYA],
    cc=[GRACE],
    subject="Kofi Okafor EHCP/NV/2026/0113 - still waiting for a decision",
    client="webmail",
    body="""
Dear Priya,

I'm writing to chase Kofi's assessment.

By my count the council should have told us by 4th May whether it intends to issue a plan (16 weeks from our request of 12th January). That date passed over a month ago and we have heard nothing, not even a panel date.

We also haven't seen Dr Tremlett's report, which he said would follow within six weeks of his visit, i.e. by 2nd June.

Please let me know by Friday where things stand, when the panel will meet and when we will receive a draft plan or a decision.

Regards,
Daniel Okafor
""",
    sig=SIG_DANIEL,
    thread="t-kofi-chase",
    category="chaser",
    refs=[REF_KOFI],
    dates=[
        ("4th May", "2026-05-04", "past"),
        ("12th January", "2026-01-12", "past"),
        ("2nd June", "2026-06-02", "past"),
        ("by Friday", "2026-06-12", "deadline"),
    ],
)

M(
    "kofi-delay",
    "2026-06-10 11:48",
    PRIYA,
    [OWNER],
    cc=[GRACE],
    subject="RE: Kofi Okafor EHCP/NV/2026/0113 - still waiting for a decision",
    client="outlook",
    parent="kofi-chase",
    hdrs="index",
    body="""
Dear Mr Okafor,

I am very sorry for the delay and for not updating you sooner.

We have not yet received the paediatric advice, and Dr Tremlett's report is in its final stages, so we have not been able to take Kofi's case to panel and we have missed the statutory timescale. This is because of the number of requests the service is dealing with this year, not anything you have done.

Kofi's case will now go to the panel on 02.07.26. You can expect to hear from the panel by 09.07.26.

Dr Tremlett will send his report to you directly by the end of this week.

I hope the paediatric advice arrives in time for the panel, and I will chase the community paediatrics team again.

Kind regards,
Priya
""",
    sig=SIG_PRIYA,
    thread="t-kofi-chase",
    category="delay_notice",
    refs=[REF_KOFI, OURREF],
    dates=[
        ("02.07.26", "2026-07-02", "meeting"),
        ("09.07.26", "2026-07-09", "deadline"),
        # sent Wed 10 Jun -> end of this (working) week Fri 12 Jun
        ("by the end of this week", "2026-06-12", "deadline"),
    ],
    com=[
        (
            "la",
            "tell the parents the panel's decision",
            "2026-07-09",
            "You can expect to hear from the panel by 09.07.26.",
        ),
        (
            "la",
            "send the EP report to the parents",
            "2026-06-12",
            "Dr Tremlett will send his report to you directly by the end of this week.",
        ),
        (
            "la",
            "chase the community paediatrics team",
            None,
            "I hope the paediatric advice arrives in time for the panel, and I will chase the community paediatrics team again.",
        ),
    ],
)

# ============================================================== July 2026

M(
    "kofi-noplan",
    "2026-07-09 16:58",
    PRIYA,
    [OWNER],
    cc=[GRACE, BETHAN],
    subject="Kofi Okafor \u2013 outcome of EHC needs assessment \u2013 EHCP/NV/2026/0113",
    client="outlook",
    cte="b64",
    subj_enc="b",
    attach=[
        "Kofi Okafor - notice of decision not to issue.pdf",
        "Kofi Okafor - advice reports.pdf",
    ],
    body="""
Dear Mr and Mrs Okafor,

Thank you for your patience. The SEND Panel met on 2nd July 2026 to consider the advice gathered during Kofi's EHC needs assessment.

The panel has decided that it is not necessary for the local authority to issue an Education, Health and Care plan for Kofi. The advice from Dr Tremlett, Mr Hartley and Hollins Brook shows that Kofi's needs can be met from the resources normally available to mainstream schools, using the strategies recommended in the reports. The paediatric advice was received on 29th June and was also considered.

An SEN Support summary, drawn from the assessment reports, will be sent to Hollins Brook by 17th July so that school can update Kofi's support plan for September. Copies of all the advice reports are attached.

If you would like to talk the decision through, I will arrange a meeting with you and Mrs Crowther before the end of term.

You have the right to appeal to the First-tier Tribunal (SEND) against the decision not to issue a plan. You must do so by 9th September 2026, or within one month of the date of a mediation certificate if that is later. Before appealing you must contact Clearwater Mediation on 0113 496 0388.

Yours sincerely,

Priya Nandra
SEND Casework Officer
""",
    sig="SEND Assessment Team | Northvale Council | 0113 496 0714\nOur Ref: NV-SEN-004512\n\n"
    + DISCLAIMER_NV,
    thread="t-kofi-noplan",
    category="decision_not_to_issue",
    refs=[REF_KOFI, OURREF],
    dates=[
        ("2nd July 2026", "2026-07-02", "past"),
        ("29th June", "2026-06-29", "past"),
        ("17th July", "2026-07-17", "deadline"),
        # 9 Jul 2026 + 2 months = 9 Sep 2026 (matches the letter)
        ("9th September 2026", "2026-09-09", "deadline"),
    ],
    com=[
        (
            "la",
            "send an SEN Support summary to Hollins Brook",
            "2026-07-17",
            "An SEN Support summary, drawn from the assessment reports, will be sent to Hollins Brook by 17th July so that school can update Kofi's support plan for September.",
        ),
        (
            "la",
            "arrange a meeting to talk the decision through (if wanted)",
            None,
            "If you would like to talk the decision through, I will arrange a meeting with you and Mrs Crowther before the end of term.",
        ),
    ],
)

M(
    "sendiass-call",
    "2026-07-13 15:20",
    SENDIASS,
    [OWNER],
    subject="Your call to Northvale SENDIASS today",
    client="outlook",
    html="alt",
    body="""
Dear Daniel,

Thank you for calling the SENDIASS helpline about Kofi. As promised, here is a summary of what we discussed.

- To appeal the decision not to issue a plan you first need a mediation certificate. You can ask Clearwater for a certificate without going to mediation.
- Your appeal must reach the Tribunal by 9 September, as that is later than one month from any certificate issued now.
- The appeal form is SEND35 and it can be completed online. Keep copies of everything you send.
- You may wish to ask an independent speech and language therapist for a report, as the appeal will turn on the level of his communication needs.

I'll put our "Appealing to the SEND Tribunal" pack in the post to you tomorrow. Our caseworker Nadia Osei will call you on Friday 17 July at 10am to help you start the form.

Northvale SENDIASS is an impartial service. We are funded by the council but we are not part of the SEND Service and we do not share your information without your consent.

Kind regards,
Jo
Helpline Adviser, Northvale SENDIASS
0113 496 0600
""",
    thread="t-sendiass",
    category="general",
    dates=[
        ("9 September", "2026-09-09", "deadline"),
        ("tomorrow", "2026-07-14", "deadline"),
        ("Friday 17 July at 10am", "2026-07-17", "meeting"),
    ],
    com=[
        (
            "other",
            "post the tribunal appeal pack",
            "2026-07-14",
            'I\'ll put our "Appealing to the SEND Tribunal" pack in the post to you tomorrow.',
        ),
        (
            "other",
            "call Daniel to help start the appeal form",
            "2026-07-17",
            "Our caseworker Nadia Osei will call you on Friday 17 July at 10am to help you start the form.",
        ),
    ],
)

# 23:20 UTC on Tue 14 Jul = 00:20 BST on Wed 15 Jul: "tomorrow" is Thu 16 Jul
M(
    "transition-visit",
    "2026-07-14 23:20",
    OWNER,
    [TARIQ],
    cc=[GRACE],
    utc=True,
    subject="Amara - extra transition visit",
    client="iphone",
    html="none",
    body="""
Dear Mr Hamid

Sorry for the very late email. Amara has been lying awake worrying about September, so thank you for offering an extra visit when we spoke.

As agreed on the phone, I'll bring her in tomorrow at 2pm to meet Ms Doyle and see the SEN base again. Her last day at Hollins Brook is Tuesday 21st July.

Could Ms Doyle show her where she can go at break if the corridors are too loud?

Many thanks
Daniel Okafor
""",
    sig="Sent from my iPhone",
    thread="t-transition",
    category="appointment",
    dates=[
        ("tomorrow at 2pm", "2026-07-16", "meeting"),
        ("Tuesday 21st July", "2026-07-21", "other"),
    ],
    com=[
        (
            "parent",
            "bring Amara in for an extra transition visit",
            "2026-07-16",
            "As agreed on the phone, I'll bring her in tomorrow at 2pm to meet Ms Doyle and see the SEN base again.",
        )
    ],
)

M(
    "transition-reply",
    "2026-07-15 08:30",
    TARIQ,
    [OWNER],
    cc=[GRACE],
    subject="RE: Amara - extra transition visit",
    client="outlook-eu",
    parent="transition-visit",
    hdrs="full",
    body="""
Good morning Mr Okafor,

No need to apologise. Ms Doyle will meet you both at reception tomorrow at 2pm, and yes, she will show Amara the quiet room that Year 7s can use at break and lunch.

See you then,
""",
    sig=SIG_TARIQ,
    thread="t-transition",
    category="appointment",
    dates=[("tomorrow at 2pm", "2026-07-16", "meeting")],
    com=[
        (
            "school",
            "meet Daniel and Amara at reception",
            "2026-07-16",
            "Ms Doyle will meet you both at reception tomorrow at 2pm, and yes, she will show Amara the quiet room that Year 7s can use at break and lunch.",
        )
    ],
)

M(
    "med-certificate",
    "2026-07-21 14:00",
    HUGH,
    [OWNER],
    subject="Mediation certificate - Kofi Okafor - Northvale",
    client="outlook-eu",
    html="alt",
    attach=["Mediation certificate - Kofi Okafor.pdf"],
    body="""
Dear Mr Okafor,

Further to your phone call, I attach your mediation certificate. It confirms that you have received information about mediation and do not wish to mediate about Northvale's decision not to issue an EHC plan for Kofi.

The certificate is dated today, 21 July 2026. One month from that date is earlier than the two-month deadline from the decision letter, so 9 September 2026 remains your last day to register an appeal.

Good luck with the appeal.

Kind regards,
Hugh Penrose
Mediation Adviser
""",
    sig="Clearwater Mediation Ltd | 0113 496 0388",
    thread="t-kofi-certificate",
    category="mediation_tribunal",
    dates=[("21 July 2026", "2026-07-21", "other"), ("9 September 2026", "2026-09-09", "deadline")],
)

# ============================================================== August 2026

M(
    "quick-q1",
    "2026-08-05 09:12:05",
    OWNER,
    [PRIYA],
    subject="Quick question",
    client="webmail",
    body="""
Hi Priya,

Your letter of 9 July (ref ehcp/nv/2026/0113) said an SEN Support summary for Kofi would be sent to Hollins Brook by 17 July. Mrs Crowther tells me school never received it. Has it been sent, and if not, when will it be?

Thanks,
Daniel
""",
    thread="t-quick-q1",
    category="chaser",
    refs=["ehcp/nv/2026/0113"],
    dates=[("9 July", "2026-07-09", "past"), ("17 July", "2026-07-17", "past")],
)

M(
    "quick-q1-ooo",
    "2026-08-05 09:12:20",
    PRIYA,
    [OWNER],
    subject="Automatic reply: Quick question",
    client="outlook",
    parent="quick-q1",
    hdrs="irt",
    quote=False,
    html="none",
    extra=[
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Inbox-Rules-Loop: priya.nandra@send.northvale.gov.uk",
    ],
    body="""
Thank you for your email. I am on annual leave and will be back in the office on Monday 17th August. Emails are not being forwarded.

For anything urgent please contact the SEND Assessment Team on sen.assessment@send.northvale.gov.uk or 0113 496 0700.

Priya Nandra
""",
    thread="t-quick-q1",
    category="general",
    dates=[("Monday 17th August", "2026-08-17", "other")],
)

# ============================================================== September 2026

M(
    "castlegate-welcome",
    "2026-09-02 16:15",
    CASTLEGATE,
    [OWNER],
    subject="Welcome to Castlegate! Year 7 information",
    client="system",
    html="only",
    cte="b64",
    body="""
Dear Year 7 Parents and Carers,

A very warm welcome to Castlegate Academy. We hope your child has enjoyed their first days with us.

A few reminders:
- Planners must come to school every day and be signed by a parent each Friday.
- PE kit is needed on the days shown on your child's timetable.
- Lunch accounts can be topped up through the ParentPay app.

Our Year 7 Meet the Tutor evening is on Thursday 24th September, 5pm to 7pm. You will be able to book a five-minute slot from Monday.

Students with additional needs can continue to use the SEN base at break and lunch, as they did during transition.

Mrs A. Pellow
Head of Year 7
Castlegate Academy, part of Brightwater Learning Trust
""",
    thread="t-castlegate-welcome",
    category="not_send",
)

M(
    "tribunal-reg",
    "2026-09-09 10:31",
    TRIBUNAL,
    [OWNER],
    cc=[MARCUS],
    subject="EH881/26/00142 | Kofi Okafor | Registration of appeal",
    client="outlook",
    html="alt",
    attach=["EH881-26-00142 Registration letter.pdf"],
    body="""
First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Appeal reference: EH881/26/00142
Appellant: Mr Daniel Okafor and Mrs Grace Okafor
Child: Kofi Okafor
Local authority: Northvale Council
Decision appealed: refusal to issue an EHC plan

Your appeal, received on 27 August 2026, has been registered. Please quote the appeal reference on all correspondence and keep the subject line in the format shown above.

Timetable:
- The local authority must send its response to the Tribunal and to you by 21 October 2026.
- You must return the attendance form by 4 November 2026.
- The appeal is listed for a hearing by video on Tuesday 19 January 2027.

The Tribunal will send a hearing notice with joining instructions nearer the time.

SEND Tribunal
Tribunals Unit, HM Courts & Tribunals Service
""",
    thread="t-tribunal-reg",
    category="mediation_tribunal",
    refs=["EH881/26/00142"],
    dates=[
        ("27 August 2026", "2026-08-27", "past"),
        ("21 October 2026", "2026-10-21", "deadline"),
        ("4 November 2026", "2026-11-04", "deadline"),
        ("Tuesday 19 January 2027", "2027-01-19", "meeting"),
    ],
    com=[
        (
            "other",
            "send a hearing notice with joining instructions",
            None,
            "The Tribunal will send a hearing notice with joining instructions nearer the time.",
        )
    ],
)

M(
    "leisure",
    "2026-09-12 08:00",
    LEISURE,
    [OWNER],
    subject="Kofi's swimming lessons - autumn term booking",
    client="system",
    html="alt",
    body="""
Hi Daniel,

Kofi's Stage 3 swimming lessons restart on Saturday 19 September at 9.30am at Northvale Pool. Your Direct Debit of £28.50 will be taken on 1 October.

Booking reference: NL-77310452

Our Aquatots and Stage 1-3 groups welcome children with additional needs; let the poolside team know if your child needs extra support getting changed.

See you at the pool!
Northvale Leisure (operated by Vale Active Ltd)
""",
    thread="t-leisure",
    category="not_send",
)

M(
    "council-news",
    "2026-09-16 19:40",
    NEWS,
    [OWNER],
    subject="Northvale News \u2013 September 2026",
    client="system",
    html="only",
    body="""
NORTHVALE NEWS - SEPTEMBER 2026

Bin collections: from Monday 5 October, brown garden waste bins will be collected fortnightly on Tuesdays. Check your new calendar online.

Have your say: home to school travel for children with SEND. We are consulting on changes to our travel assistance policy, including personal travel budgets. The consultation closes on 30 September.

Library news: Northvale Central Library reopens after refurbishment on Saturday 26 September.

Council Tax: set up a Direct Debit online and choose from four payment dates.

You are receiving this email because you subscribed to Northvale News. Manage your preferences at northvale.gov.uk/news.
""",
    thread="t-council-news",
    category="not_send",
)

# ============================================================== October 2026

M(
    "ar-invite",
    "2026-10-01 13:05",
    TARIQ,
    [OWNER],
    cc=[GRACE, CALLUM],
    subject="Annual review - Amara Okafor (Year 7) - Tuesday 10th November 2026",
    client="outlook-eu",
    html="alt",
    attach=["Annual review - parent and child views form.docx"],
    body="""
Dear Mr and Mrs Okafor,

I am writing to invite you to Amara's annual review. The meeting will be held at 2pm on Tuesday 10th November in the SEN base at Castlegate Academy. Mr Reid from the SEND Service and Ms Kearney have both been invited.

Please complete the attached parent and child views form and send it back to me by the 23rd. Amara may prefer to write her part with her LSA, Ms Doyle, and we will make time for that in school.

I will circulate all the reports to you and the other invitees by 27th October, two weeks before the meeting.

Kind regards,
""",
    sig=SIG_TARIQ,
    thread="t-annual-review",
    category="annual_review",
    dates=[
        ("2pm on Tuesday 10th November", "2026-11-10", "meeting"),
        ("by the 23rd", "2026-10-23", "deadline"),
        ("27th October", "2026-10-27", "deadline"),
    ],
    com=[
        (
            "school",
            "circulate the review reports",
            "2026-10-27",
            "I will circulate all the reports to you and the other invitees by 27th October, two weeks before the meeting.",
        )
    ],
)

M(
    "quick-q2",
    "2026-10-06 20:12",
    OWNER,
    [TARIQ],
    subject="Quick question",
    client="webmail",
    body="""
Hi Mr Hamid,

Amara's plan says she should have access to a quiet space at lunchtime (Section F). She told us that she has been eating her lunch in the corridor outside the library because the SEN base is locked at lunch. Is the quiet room actually open at lunchtimes at the moment, and who supervises it?

Thanks,
Daniel
""",
    thread="t-quick-q2",
    category="information_request",
)

M(
    "quick-q2-reply",
    "2026-10-07 12:50",
    TARIQ,
    [OWNER],
    subject="RE: Quick question",
    client="outlook-orig",
    parent="quick-q2",
    hdrs="index",
    body="""
Dear Mr Okafor,

Thank you for letting me know, and I'm sorry - the base has been locked at lunch while we are a TA short. That should not have affected Amara.

I'll speak to Amara and her form tutor this Friday. We will open the lunchtime quiet room for Amara and two other Year 7s from a week on Monday, supervised by Ms Doyle. Until then she can eat in my office if she would like to.

Kind regards,
""",
    sig=SIG_TARIQ,
    thread="t-quick-q2",
    category="general",
    # sent Wed 7 Oct: "this Friday" = 9 Oct; next Monday = 12 Oct, "a week on Monday" = 19 Oct
    dates=[
        ("this Friday", "2026-10-09", "deadline"),
        ("from a week on Monday", "2026-10-19", "deadline"),
    ],
    com=[
        (
            "school",
            "speak to Amara and her form tutor",
            "2026-10-09",
            "I'll speak to Amara and her form tutor this Friday.",
        ),
        (
            "school",
            "open the lunchtime quiet room for Amara",
            "2026-10-19",
            "We will open the lunchtime quiet room for Amara and two other Year 7s from a week on Monday, supervised by Ms Doyle.",
        ),
    ],
)

M(
    "la-appeal",
    "2026-10-12 10:00",
    MARCUS,
    [OWNER],
    cc=[TRIBUNAL],
    subject="EH881/26/00142 | Kofi Okafor | LA response and evidence",
    client="outlook",
    body="""
Dear Mr and Mrs Okafor,

I am the SEND Appeals Officer dealing with your appeal on behalf of Northvale Council.

We shall file the local authority's response with the Tribunal, and send you a copy, by 21st October 2026.

Please could you let me know by the 16th whether you intend to rely on any further evidence, such as independent expert reports, so that we can consider it before the response is filed.

The local authority would also be open to an informal meeting to see whether any issues can be narrowed or resolved. I could offer Thursday 15th October at 11am on Teams.

Yours sincerely,
Marcus Ellery
SEND Appeals Officer
Legal and Democratic Services, Northvale Council
0113 496 0766
""",
    sig=DISCLAIMER_NV,
    thread="t-la-appeal",
    category="mediation_tribunal",
    refs=["EH881/26/00142"],
    dates=[
        ("21st October 2026", "2026-10-21", "deadline"),
        ("by the 16th", "2026-10-16", "deadline"),
        ("Thursday 15th October at 11am", "2026-10-15", "meeting"),
    ],
    com=[
        (
            "la",
            "file the LA's response and send a copy",
            "2026-10-21",
            "We shall file the local authority's response with the Tribunal, and send you a copy, by 21st October 2026.",
        )
    ],
)

M(
    "la-appeal-reply",
    "2026-10-13 18:30",
    OWNER,
    [MARCUS],
    cc=[TRIBUNAL, GRACE],
    subject="Re: EH881/26/00142 | Kofi Okafor | LA response and evidence",
    client="webmail",
    parent="la-appeal",
    bottom=True,
    body="""
Dear Mr Ellery,

Thank you. Yes, we will be relying on an independent speech and language therapy report from Ms Helen Adeyemi, who assessed Kofi in September. We will send it to you and to the Tribunal by Friday.

We are not able to make the time you offered because of work, but we would be happy to meet on Teams after 4pm on any day this week.

Regards,
Daniel and Grace Okafor
""",
    thread="t-la-appeal",
    category="mediation_tribunal",
    refs=["EH881/26/00142"],
    # sent Tue 13 Oct: Friday = 16 Oct
    dates=[("by Friday", "2026-10-16", "deadline")],
    com=[
        (
            "parent",
            "send the independent SALT report to the LA and the Tribunal",
            "2026-10-16",
            "We will send it to you and to the Tribunal by Friday.",
        )
    ],
)

# ============================================================== November 2026

M(
    "ar-moved",
    "2026-11-03 09:15",
    TARIQ,
    [OWNER],
    cc=[GRACE, CALLUM],
    subject="RE: Annual review - Amara Okafor (Year 7) - Tuesday 10th November 2026",
    client="outlook-eu",
    parent="ar-invite",
    hdrs="full",
    body="""
Dear Mr and Mrs Okafor,

Unfortunately Ms Kearney has been called to mandatory training next Tuesday, so we need to move Amara's review. The new time is 2pm on Thursday 12th November, same place. Mr Reid has confirmed he can still attend.

Apologies for the change. Please let me know if the new time is a problem.

Kind regards,
""",
    sig=SIG_TARIQ,
    thread="t-annual-review",
    category="appointment",
    # "next Tuesday" from Tue 3 Nov = Tue 10 Nov, the moved-from meeting (dev labels: meeting)
    dates=[
        ("next Tuesday", "2026-11-10", "meeting"),
        ("2pm on Thursday 12th November", "2026-11-12", "meeting"),
    ],
)

M(
    "ar-decision",
    "2026-11-19 11:05",
    CALLUM,
    [OWNER],
    cc=[GRACE, TARIQ],
    subject="Annual review outcome \u2013 Amara Okafor \u2013 EHCP/NV/2022/0378",
    client="outlook",
    html="alt",
    body="""
Dear Mr and Mrs Okafor,

Thank you for attending Amara's annual review at Castlegate Academy on 12th November.

Having considered the review report and the views given at the meeting, the local authority has decided to amend Amara's EHC plan. The main changes will be:
- Section B updated to reflect her transition to secondary school and her current anxiety around noise;
- Section F to include a supervised lunchtime quiet space and a termly OT review;
- the outcomes in Section E rewritten for Key Stage 3.

I'll make sure the draft amended plan reaches you by Friday 4th December. You will then have 15 days to comment on it and to ask for a meeting.

Kind regards,
Callum
""",
    sig=SIG_CALLUM + "\n\n" + DISCLAIMER_NV,
    thread="t-ar-decision",
    category="annual_review",
    refs=[REF_AMARA],
    dates=[
        ("12th November", "2026-11-12", "past"),
        ("Friday 4th December", "2026-12-04", "deadline"),
    ],
    com=[
        (
            "la",
            "send the draft amended plan",
            "2026-12-04",
            "I'll make sure the draft amended plan reaches you by Friday 4th December.",
        )
    ],
)

M(
    "family-football",
    "2026-11-21 10:30",
    GRACE,
    [OWNER],
    subject="Kofi football tomorrow",
    client="webmail",
    body="""
Hi love,

Reminder that Kofi's under-8s match is at Riverside Park tomorrow, kick-off 10.30, and it's our turn to bring the half-time oranges. I've put the kit in the dryer.

Amara wants to stay home and finish her Lego, which is fine by me. I'll take her to the library in the afternoon.

x
""",
    thread="t-family-football",
    category="not_send",
)


# ============================================================== date arithmetic checks

BANK_HOLIDAYS = {
    dt.date(2026, 1, 1),
    dt.date(2026, 4, 3),
    dt.date(2026, 4, 6),
    dt.date(2026, 5, 4),
    dt.date(2026, 5, 25),
    dt.date(2026, 8, 31),
    dt.date(2026, 12, 25),
    dt.date(2026, 12, 28),
}


def add_working_days(start, n):
    d = dt.date.fromisoformat(start)
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d.isoformat()


def add_days(start, n):
    return (dt.date.fromisoformat(start) + dt.timedelta(days=n)).isoformat()


def add_months(start, n):
    d = dt.date.fromisoformat(start)
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day).isoformat()


CHECKS = [
    (add_days("2026-01-09", 15), "2026-01-24"),  # draft amended plan comment window
    (add_months("2026-02-12", 2), "2026-04-12"),  # final amended plan appeal
    (add_months("2026-02-23", 2), "2026-04-23"),  # refusal letter appeal
    (add_working_days("2026-04-02", 10), "2026-04-20"),  # Section A over Easter
    (add_days("2026-01-12", 140), "2026-06-01"),  # 20 weeks from request
    (add_days("2026-01-12", 112), "2026-05-04"),  # 16 weeks from request
    (add_days("2026-04-21", 42), "2026-06-02"),  # EP report six weeks after visit
    (
        add_working_days("2026-04-28", 20),
        "2026-05-28",
    ),  # complaint response (4 May, 25 May skipped)
    (add_working_days("2026-05-26", 20), "2026-06-23"),  # Stage 2 window
    (add_months("2026-07-09", 2), "2026-09-09"),  # decision not to issue appeal
]
