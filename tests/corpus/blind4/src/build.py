#!/usr/bin/env python3
"""Build the blind4 corpus (Whitcombe family / Calderbrook Metropolitan Borough Council).

Writes ../config.toml, ../messages/NNN_slug.eml and ../labels.jsonl from the data below,
then checks the result (see check() for the list). Standard library only, deterministic.

    python3 src/build.py            # build and check
    python3 src/build.py --review   # also list date-like words in new text that carry no label
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpuslib import (
    ACTORS,
    MONTH_RE,
    QL,
    ROLES,
    TAXONOMY,
    WEEKDAYS,
    Msg,
    N,
    Q,
    S,
    build_raw,
    check_date_text,
    file_text,
    london_offset,
    make_msgid,
    norm_ref,
    norm_ws,
    render_plain,
)

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- cast

JO = ("Jo Whitcombe", "jo.whitcombe@example.com")
MARCUS = ("Marcus Whitcombe", "marcus.whitcombe@example.org")
GARETH = ("Gareth Lloyd", "gareth.lloyd@calderbrook.gov.uk")
SIOBHAN = ("Siobhán Mulvey", "siobhan.mulvey@calderbrook.gov.uk")
NATALIE = ("Natalie Birch", "natalie.birch@calderbrook.gov.uk")
ASANTE = ("Dr Kwame Asante", "kwame.asante@calderbrook.gov.uk")
REBECCA = ("Rebecca Thornhill", "rebecca.thornhill@calderbrook.gov.uk")
CASEWORK = ("SEND Casework", "send.casework@calderbrook.gov.uk")
CASEBOT = ("Calderbrook SEND Casework", "no-reply@casework.calderbrook.gov.uk")
CUSTREL = ("Customer Relations", "customer.relations@calderbrook.gov.uk")
CUSTBOT = (
    "Calderbrook Council Customer Relations",
    "customer.relations-noreply@calderbrook.gov.uk",
)
LORRAINE = ("Lorraine Betts", "lorraine.betts@calderbrook.gov.uk")
ANITA = ("Anita Rowe", "anita.rowe@calderbrook.gov.uk")
DEAN = ("Dean Farley", "dean.farley@calderbrook.gov.uk")
YASMIN = ("Yasmin Patel", "yasmin.patel@calderbrook.gov.uk")
PORTAL = ("Calderbrook SEND Portal", "notifications@sendportal.calderbrook.gov.uk")
WASTE = ("Calderbrook Council", "garden.waste@calderbrook.gov.uk")
DEB = ("Deborah Fairweather", "d.fairweather@ashgrove.calderbrook.sch.uk")
RUDD = ("Ian Rudd", "irudd@marlstoneacademy.org.uk")
ELEANOR = ("Eleanor Vance", "eleanor.vance2@nhs.net")
FEMI = ("Femi Adeyemi", "femi.adeyemi@calderbrooksendiass.org.uk")
PENNINE = ("Pennine Resolve", "enquiries@pennineresolve.co.uk")
JOY = ("Joy Marsden", "joy.marsden@pennineresolve.co.uk")
TRIBUNAL = ("SEND Tribunal", "send.tribunal@justice.gov.uk")
LGSCO = ("Local Government and Social Care Ombudsman", "intake@lgo.org.uk")
GROCER = ("Harvest & Hearth", "orders@harvesthearth.example.com")

CONFIG = """timezone = "Europe/London"

[owner]
name = "Joanne Whitcombe"
addresses = ["jo.whitcombe@example.com"]

[[children]]
name = "Isla Whitcombe"
la_reference = "CB/EHC/19/3318"
date_of_birth = "2015-10-14"

[[children]]
name = "Theo Whitcombe"
la_reference = "SA/26/1092"
date_of_birth = "2020-03-02"

[[parties]]
kind = "la"
name = "Calderbrook Metropolitan Borough Council"
domains = ["calderbrook.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Ashgrove Community Primary School"
domains = ["ashgrove.calderbrook.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Marlstone Academy"
domains = ["marlstoneacademy.org.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Brookfield High School"
domains = ["brookfield.calderbrook.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Calder and Pennine NHS Foundation Trust (Children's OT)"
domains = []
addresses = ["eleanor.vance2@nhs.net", "hannah.greaves4@nhs.net"]

[[parties]]
kind = "advice"
name = "Calderbrook SENDIASS"
domains = ["calderbrooksendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Pennine Resolve (mediation adviser)"
domains = ["pennineresolve.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Local Government and Social Care Ombudsman"
domains = ["lgo.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Marcus Whitcombe (father)"
domains = []
addresses = ["marcus.whitcombe@example.org"]

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []
"""

LA_DOMAINS = ("calderbrook.gov.uk",)

# --------------------------------------------------------------------------- signatures

DISCLAIMER = """**********************************************************************
This email and any attachments are confidential and may also be legally privileged. They are intended solely for the use of the addressee. If you are not the intended recipient, please notify the sender immediately and delete this email and any attachments from your system; you must not copy, forward, disclose or take any action in reliance on its contents. Calderbrook Metropolitan Borough Council may monitor and record email communications in accordance with the law, and any email sent to or from the Council may be disclosed under the Freedom of Information Act 2000. Any views or opinions expressed are those of the author and do not necessarily represent those of the Council. Although this email has been scanned for viruses, the Council accepts no liability for any loss or damage caused by software viruses. For how we use personal information see www.calderbrook.gov.uk/privacy.
Please consider the environment before printing this email.
**********************************************************************"""

SIG_GARETH = """Gareth Lloyd
EHC Coordinator (Secondary Transfer)
SEND Statutory Assessment and Review Team
Calderbrook Metropolitan Borough Council
Calder House, Market Street, Calderbrook CK1 2AB
Tel: 0113 496 0742
Working pattern: Monday to Thursday"""

SIG_SIOBHAN = """Siobhán Mulvey | SEND Casework Officer
SEND Statutory Assessment Team | Calderbrook MBC
Tel 0113 496 0318 | Mob 07700 900582
I work Monday to Wednesday and Friday mornings."""

SIG_NATALIE = """Natalie Birch
SEN Team Manager
SEND Statutory Assessment and Review Team
Calderbrook Metropolitan Borough Council | 0113 496 0701"""

SIG_ASANTE = """Dr Kwame Asante CPsychol
Educational Psychologist (HCPC PYL34567)
Calderbrook Educational Psychology Service
Calderbrook Metropolitan Borough Council | 0113 496 0760"""

SIG_REBECCA = """Rebecca Thornhill
SEND Appeals and Tribunal Officer
Legal and Democratic Services
Calderbrook Metropolitan Borough Council
Our ref: LEG/SEN/27/0419
DX 712340 Calderbrook | Tel 0113 496 0833"""

SIG_DEB = """Deborah Fairweather
SENCo and Assistant Headteacher
Ashgrove Community Primary School
Ashgrove Road, Calderbrook CK3 5TW | 0113 496 0551
URN 147203"""

SIG_FEMI = """Femi Adeyemi
SENDIASS Adviser
Calderbrook SENDIASS - free, impartial and confidential
0113 496 0655 | www.calderbrooksendiass.org.uk
Hosted by Calderbrook Together, registered charity no. 1187321"""

SIG_JOY = """Joy Marsden
Mediation Adviser
Pennine Resolve Ltd | 0113 496 0890 | www.pennineresolve.co.uk
Registered in England and Wales, company no. 09876543"""

SIG_DEAN = """Dean Farley
Transport Eligibility Officer
Passenger Transport Unit
Calderbrook Metropolitan Borough Council | 0113 496 0455"""

SIG_YASMIN = """Yasmin Patel
Direct Payments Officer (Children's Services)
Calderbrook Metropolitan Borough Council | 0113 496 0612"""

SIG_JO = """Joanne Whitcombe
14 Linnet Close, Calderbrook CK4 7JD
07700 900417"""

IPHONE = "Sent from my iPhone"

# --------------------------------------------------------------------------- references

ISLA = "CB/EHC/19/3318"
THEO = "SA/26/1092"
TICKET = "CAS-270041"
MEDREF = "PR-27-0233"
TRIB = "EH385/27/00214"
LEGAL = "LEG/SEN/27/0419"
TRANSPORT = "HST/27/0458"
COMPLAINT = "2027/FB/0613"
OMBUDSMAN = "27 004 815"
KNOWN_REFS = [ISLA, THEO, TICKET, MEDREF, TRIB, LEGAL, TRANSPORT, COMPLAINT, OMBUDSMAN]

# --------------------------------------------------------------------------- messages

MESSAGES: list[Msg] = []


def M(*args, **kw) -> Msg:
    m = Msg(*args, **kw)
    MESSAGES.append(m)
    return m


# ---- Isla's phase-transfer review (school) --------------------------------

SUBJ_AR = "Isla's Year 6 annual review - Tuesday 13 October"

M(
    "ar-invitation",
    "t01-isla-phase-review",
    DEB,
    [JO],
    SUBJ_AR,
    "2026-09-14 16:42:10 +0100",
    [
        N("""Hi Jo,

I hope Isla has settled back in OK - she seemed really happy in Mrs Kaur's class this morning!

It's that time again. As Isla is in Year 6 this will be her phase transfer review, so the big one for secondary. I'd like to invite you and Marcus to her annual review meeting on Tuesday 13 October at 9.15am in the Rainbow Room. I've also invited Gareth Lloyd from the council's SEND team, Hannah Greaves (OT) and Dr Asante (EP).

Could you fill in the parent/carer views form (attached) and get it back to me by Tuesday 29 September? If Isla would like to do her own 'All About Me' page we can do that with her in school.

I'll send round all the reports (school, EP and OT) by the 29th too, so everyone has them two weeks before the meeting.

Any questions just give me a shout.

Deb"""),
        S(SIG_DEB),
    ],
    cc=[MARCUS],
    category="annual_review",
    from_la=False,
    mime="alt",
    idstyle="exchange",
    attachments=["Parent carer views form - annual review.docx"],
    outlook_thread=True,
    dates=[
        ("Tuesday 13 October", "2026-10-13", "meeting"),
        ("Tuesday 29 September", "2026-09-29", "deadline"),
    ],
    commits=[
        (
            "school",
            "send round the review reports",
            "2026-09-29",
            "I'll send round all the reports (school, EP and OT) by the 29th too, so everyone has them two weeks before the meeting.",
        )
    ],
)

M(
    "ar-reply",
    "t01-isla-phase-review",
    JO,
    [DEB],
    "Re: " + SUBJ_AR,
    "2026-09-15 20:05:13 +0100",
    [
        N("""Hi Deb,

Thanks for this. Marcus and I will both be there on the 13th - he's booked the morning off.

I'll get the views form back to you by Friday 25th. Isla says she wants to do her own page, so yes please.

One thing: we want Marlstone Academy for September next year, so it would really help if Gareth could come in person rather than send apologies. Would you mind checking with him?

Thanks,
Jo"""),
        Q("gmail", "ar-invitation"),
    ],
    cc=[MARCUS],
    reply_to="ar-invitation",
    category="appointment",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    dates=[("the 13th", "2026-10-13", "meeting"), ("Friday 25th", "2026-09-25", "deadline")],
    commits=[
        (
            "parent",
            "attend the annual review meeting",
            "2026-10-13",
            "Marcus and I will both be there on the 13th - he's booked the morning off.",
        ),
        (
            "parent",
            "return the parental views form",
            "2026-09-25",
            "I'll get the views form back to you by Friday 25th.",
        ),
    ],
)

M(
    "ar-papers",
    "t01-isla-phase-review",
    DEB,
    [JO, MARCUS],
    "RE: " + SUBJ_AR,
    "2026-09-29 15:20:44 +0100",
    [
        N("""Hi Jo and Marcus,

As promised, here are the reports for Isla's review: the school report, Dr Asante's updated EP advice and Hannah's OT report. The meeting is a fortnight today, so everyone has them in good time.

Gareth has confirmed he will come in person on the 13th - he said he's happy to talk about Marlstone then.

Thanks for the views form, got it on Friday. Isla's 'All About Me' page is brilliant, she drew a picture of herself with the class guinea pig!

Deb"""),
        S(SIG_DEB),
        Q("outlook", "ar-reply"),
    ],
    cc=[GARETH],
    reply_to="ar-reply",
    category="annual_review",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Isla Whitcombe - school report for annual review.pdf",
        "EP advice update - Isla Whitcombe.pdf",
        "OT report - Isla Whitcombe Sept 2026.pdf",
    ],
    dates=[("a fortnight today", "2026-10-13", "meeting"), ("on Friday", "2026-09-25", "past")],
    commits=[
        (
            "la",
            "attend the review meeting in person",
            "2026-10-13",
            "Gareth has confirmed he will come in person on the 13th - he said he's happy to talk about Marlstone then.",
        )
    ],
)

M(
    "ar-report",
    "t01-isla-phase-review",
    DEB,
    [JO, MARCUS],
    "RE: " + SUBJ_AR,
    "2026-10-14 17:55:02 +0100",
    [
        N("""Hi both,

Thank you for coming yesterday - I know these meetings are a lot, and Isla was so proud that you read out her page.

I've attached the review report with the amendments we all agreed (mainly sections B and F, plus the OT targets) and the record of your preference for Marlstone Academy. I've sent the same report to Gareth.

From here it's over to the council. Gareth explained that the LA has to tell you within four weeks of the meeting whether it will amend the plan, so by 10 November, and that the amended plan naming Isla's secondary school has to be finalised by 15 February.

Once we know which school it is, I will set up extra transition visits for Isla in the summer term.

Deb"""),
        S(SIG_DEB),
        Q("outlook", "ar-papers"),
    ],
    cc=[GARETH],
    reply_to="ar-papers",
    category="annual_review",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    attachments=["Annual review report - Isla Whitcombe - 13.10.2026.pdf"],
    dates=[
        ("yesterday", "2026-10-13", "past"),
        ("10 November", "2026-11-10", "deadline"),
        ("15 February", "2027-02-15", "deadline"),
    ],
    commits=[
        (
            "school",
            "set up extra transition visits",
            None,
            "Once we know which school it is, I will set up extra transition visits for Isla in the summer term.",
        )
    ],
)

# ---- Theo's request for assessment ----------------------------------------

SUBJ_REQ = "Request for an EHC needs assessment - Theo Whitcombe (DOB 02/03/2020)"

M(
    "theo-request",
    "t02-theo-request",
    JO,
    [CASEWORK],
    SUBJ_REQ,
    "2026-09-21 09:12:05 +0100",
    [
        N("""Dear SEND Casework Team,

I am writing to request an Education, Health and Care needs assessment for my son, Theo Whitcombe, under section 36(1) of the Children and Families Act 2014.

Theo was born on 02/03/2020 and is in Year 2 at Ashgrove Community Primary School. His NHS number is 485 777 3456. His sister Isla already has an EHC plan with Calderbrook.

Theo has a severe speech and language disorder and is waiting for an ADHD assessment. Despite two terms of SEN support, including small-group language work three times a week, he is making very little progress, and his attendance has dropped because of anxiety about school. I attach his NHS speech and language therapy report and the school's SEN support plan.

Please confirm in writing the date on which you received this request. By my calculation the local authority must tell me whether it will carry out an assessment by 2 November 2026.

I would also ask you to seek advice from the Community Paediatrics team at Calderbrook General Hospital, who saw Theo on 8 July.

I will forward the paediatrician's clinic letter as soon as I receive it.

Yours faithfully,

Joanne Whitcombe"""),
        S(SIG_JO),
    ],
    category="assessment_request",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=[
        "Theo Whitcombe - SLT report July 2026.pdf",
        "Ashgrove SEN support plan - Theo.pdf",
    ],
    dates=[
        ("02/03/2020", "2020-03-02", "past"),
        ("2 November 2026", "2026-11-02", "deadline"),
        ("8 July", "2026-07-08", "past"),
    ],
    commits=[
        (
            "parent",
            "forward the paediatrician's clinic letter",
            None,
            "I will forward the paediatrician's clinic letter as soon as I receive it.",
        )
    ],
)

M(
    "theo-autoack",
    "t02-theo-request",
    CASEBOT,
    [JO],
    f"[{TICKET}] " + SUBJ_REQ,
    "2026-09-21 08:12:41 +0000",
    [
        N(f"""This is an automated message. Please do not reply to this email.

Thank you for contacting the Calderbrook SEND Casework Team. Your enquiry has been logged with the ticket number {TICKET}. Please quote this number in the subject line of any further correspondence about this enquiry.

We aim to respond to all enquiries within 10 working days of receipt. If your enquiry is urgent, please telephone the SEND Advice Line on 0113 496 0300 (Monday to Friday, 9am to 4.30pm).

If you are making a request for an EHC needs assessment, the date of receipt will be the date shown on this message."""),
        S("Calderbrook Metropolitan Borough Council - SEND Statutory Assessment Team"),
    ],
    reply_to="theo-request",
    category="acknowledgement",
    from_la=True,
    mime="plain",
    cte="7bit",
    charset="us-ascii",
    idstyle="other",
    extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    refs=[TICKET],
    dates=[("within 10 working days of receipt", "2026-10-05", "deadline")],
)

M(
    "theo-ack",
    "t02-theo-request",
    SIOBHAN,
    [JO],
    f"RE: [{TICKET}] " + SUBJ_REQ,
    "2026-09-24 11:37:29 +0000",
    [
        N(f"""Hi Joanne,

Thanks for your email and for sending everything through so clearly. Just to confirm we received Theo's request on 21 September, and I've set him up on our system with the case reference {THEO} - if you could pop that on anything you send us it makes life a lot easier!

Theo's request will go to the EHC Needs Assessment Panel on the 15th (October, that is). Whatever the panel decides, we have to let you know by 2 November, and I'll be in touch well before then.

I'll give you a ring next Tuesday to go through the parental views form - is the morning OK? I've also written to Community Paediatrics to ask for their input, as you suggested.

Speak soon,
Siobhán"""),
        S(SIG_SIOBHAN),
        Q("outlook", "theo-request"),
        S(DISCLAIMER),
    ],
    cc=[CASEWORK],
    reply_to="theo-request",
    category="acknowledgement",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[THEO, TICKET],
    dates=[
        ("21 September", "2026-09-21", "past"),
        ("the 15th (October, that is)", "2026-10-15", "meeting"),
        ("2 November", "2026-11-02", "deadline"),
        ("next Tuesday", "2026-09-29", "meeting"),
    ],
    commits=[
        (
            "la",
            "be in touch about the panel decision",
            None,
            "Whatever the panel decides, we have to let you know by 2 November, and I'll be in touch well before then.",
        ),
        (
            "la",
            "phone about the parental views form",
            "2026-09-29",
            "I'll give you a ring next Tuesday to go through the parental views form - is the morning OK?",
        ),
    ],
)

# ---- noise ------------------------------------------------------------------

M(
    "grocery",
    "t03-grocery",
    GROCER,
    [JO],
    "Your Harvest & Hearth order HH-20871533 is confirmed",
    "2026-10-02 07:03:55 +0100",
    [
        N("""Hi Jo,

Thanks for your order! Here's what happens next.

Order number: HH-20871533
Delivery: Saturday 3 October, 8am - 9am
Delivery address: 14 Linnet Close, Calderbrook CK4 7JD

Changes to this order closed at 11pm on Thursday 1 October. Your driver will text you about 30 minutes before arrival.

New this month: our Quiet Hour deliveries. If anyone in your home finds a knock at the door stressful, choose a Quiet Hour slot and our driver will text instead of ringing the bell.

Order total: £87.40 (including £1.50 bag charge)

Happy cooking!
The Harvest & Hearth team"""),
        S(
            "You are receiving this email because you placed an order at harvesthearth.example.com. Harvest & Hearth Ltd, Unit 4, Calder Trading Estate. Unsubscribe from marketing emails."
        ),
    ],
    category="not_send",
    from_la=False,
    mime="alt",
    idstyle="other",
)

# ---- Theo: refusal to assess ------------------------------------------------

SUBJ_REF = f"Outcome of request for EHC needs assessment - Theo Whitcombe - {THEO}"

M(
    "theo-refusal",
    "t04-theo-refusal",
    SIOBHAN,
    [JO],
    SUBJ_REF,
    "2026-10-16 14:08:51 +0000",
    [
        N(f"""Hi Joanne,

I'm really sorry this isn't the news you were hoping for. I've pasted the decision letter below and the signed PDF is attached. I know it's a lot to take in, so do call me if you want to talk it through - I'm at my desk until 4.

------------------------------------------------------------

Calderbrook Metropolitan Borough Council
SEND Statutory Assessment Team
Calder House, Market Street, Calderbrook CK1 2AB

16 October 2026

Our ref: {THEO}

Dear Mrs Whitcombe

Re: Theo Whitcombe, date of birth 02/03/2020
Decision not to carry out an Education, Health and Care needs assessment

Thank you for your request for an EHC needs assessment for Theo, which the local authority received on 21 September 2026.

Your request was considered by the EHC Needs Assessment Panel on 15 October 2026. Having considered the evidence provided by you and by Ashgrove Community Primary School, the panel decided that it is not necessary to carry out an EHC needs assessment at this time. The panel's view is that Theo's needs can be met through SEN support and the provision ordinarily available in mainstream schools in Calderbrook, with advice from the Inclusion Support Team.

The Inclusion Support Team will contact Ashgrove by 30 October 2026 to offer the school a consultation about Theo's speech, language and communication needs.

Your right to appeal
You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Before you can appeal you must contact the mediation adviser, Pennine Resolve (telephone 0113 496 0890, www.pennineresolve.co.uk). Your appeal must be received by the Tribunal within two months of the date of this letter, that is by 16 December 2026, or within one month of the date of a mediation certificate, whichever is later.

Independent information, advice and support is available from Calderbrook SENDIASS on 0113 496 0655.

Yours sincerely

Martin Okonedo
Head of SEND"""),
        S(SIG_SIOBHAN + "\n\n" + DISCLAIMER),
    ],
    category="refusal_to_assess",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[f"{THEO.replace('/', '-')} Decision letter.pdf"],
    refs=[THEO],
    dates=[
        ("16 October 2026", "2026-10-16", "other"),
        ("21 September 2026", "2026-09-21", "past"),
        ("15 October 2026", "2026-10-15", "past"),
        ("30 October 2026", "2026-10-30", "deadline"),
        ("16 December 2026", "2026-12-16", "deadline"),
        ("02/03/2020", "2020-03-02", "past"),
    ],
    commits=[
        (
            "la",
            "contact the school to offer an Inclusion Support consultation",
            "2026-10-30",
            "The Inclusion Support Team will contact Ashgrove by 30 October 2026 to offer the school a consultation about Theo's speech, language and communication needs.",
        )
    ],
)

M(
    "theo-reasons",
    "t04-theo-refusal",
    JO,
    [SIOBHAN],
    "Re: " + SUBJ_REF,
    "2026-10-19 21:14:37 +0100",
    [
        N("""Dear Siobhán,

Thank you for your email and for being so kind on the phone on Friday.

I do not agree with the panel's decision. Before I decide whether to appeal, please could you send me:

1. the minutes or notes of the panel discussion on 15 October about Theo;
2. a list of the evidence the panel considered; and
3. the criteria the panel applies when deciding whether an assessment is necessary.

I attach a letter from Dr Fenwick, the community paediatrician, dated 12 October, which I only received on Saturday. It confirms that Theo has been referred for an autism assessment as well as for ADHD, and I believe it was not before the panel. I ask the local authority to reconsider its decision in the light of it.

I am aware that the deadline for an appeal, 16 December, is not paused while you reconsider. If I have not heard from you by Friday 30 October, I will contact Pennine Resolve about mediation.

Kind regards,

Joanne Whitcombe"""),
        Q("gmail", "theo-refusal"),
    ],
    reply_to="theo-refusal",
    category="information_request",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=["Dr Fenwick clinic letter 12.10.26.pdf"],
    refs=[THEO],
    dates=[
        ("on Friday", "2026-10-16", "past"),
        ("15 October", "2026-10-15", "past"),
        ("12 October", "2026-10-12", "past"),
        ("on Saturday", "2026-10-17", "past"),
        ("16 December", "2026-12-16", "deadline"),
        ("Friday 30 October", "2026-10-30", "deadline"),
    ],
    commits=[
        (
            "parent",
            "contact the mediation adviser",
            None,
            "If I have not heard from you by Friday 30 October, I will contact Pennine Resolve about mediation.",
        )
    ],
)

M(
    "theo-reconsider",
    "t04-theo-refusal",
    SIOBHAN,
    [JO],
    "RE: " + SUBJ_REF,
    "2026-11-03 10:02:16 +0000",
    [
        N("""Hi Joanne,

Thanks for Dr Fenwick's letter - you're right that the panel didn't have it.

I've spoken to my manager and Theo's request will go back to panel on the 12th so that the panel can look at it again with the new evidence. I'll send you the notes from the October panel and the list of evidence by close of play Friday. The panel criteria are on the Local Offer (Statutory assessment > Panel guidance), and a copy is attached to save you hunting.

We hope to let you know the outcome soon after the panel. As you said, the appeal deadline doesn't change in the meantime, so it's worth keeping your options open with Pennine Resolve.

Siobhán"""),
        S(SIG_SIOBHAN),
        Q("outlook", "theo-reasons"),
        S(DISCLAIMER),
    ],
    reply_to="theo-reasons",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=["EHC Needs Assessment Panel guidance 2026.pdf"],
    refs=[THEO],
    dates=[
        ("the 12th", "2026-11-12", "meeting"),
        ("close of play Friday", "2026-11-06", "deadline"),
    ],
    commits=[
        (
            "la",
            "send the October panel notes and list of evidence",
            "2026-11-06",
            "I'll send you the notes from the October panel and the list of evidence by close of play Friday.",
        )
    ],
)

# ---- Isla: decision after the review, consultations ---------------------------

SUBJ_DEC = f"OFFICIAL-SENSITIVE: Isla Whitcombe {ISLA} - decision following annual review"

M(
    "isla-decision",
    "t05-isla-review-decision",
    GARETH,
    [JO],
    SUBJ_DEC,
    "2026-11-09 16:51:20 +0000",
    [
        N("""Dear Mrs Whitcombe,

Annual review meeting held 13/10/2026 at Ashgrove Community Primary School.

Having considered the review report, the LA has decided to amend Isla's EHC plan. A draft amended plan and amendment notice will follow w/c 16/11/2026.

Secondary placement: consultations have been sent to Marlstone Academy (your preference) and Brookfield High School. Schools are asked to respond by 24/11/2026. Placement will be decided at the Resources Panel on 03/12/2026.

Under regulation 18 the amended plan naming Isla's secondary school must be issued before 15/02/2027.

Regards,
Gareth Lloyd"""),
        S(SIG_GARETH + "\n\n" + DISCLAIMER),
    ],
    cc=[DEB],
    category="annual_review",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[
        ("13/10/2026", "2026-10-13", "past"),
        ("w/c 16/11/2026", "2026-11-16", "other"),
        ("24/11/2026", "2026-11-24", "deadline"),
        ("03/12/2026", "2026-12-03", "meeting"),
        ("15/02/2027", "2027-02-15", "deadline"),
    ],
    commits=[
        (
            "la",
            "send the draft amended plan and amendment notice",
            None,
            "A draft amended plan and amendment notice will follow w/c 16/11/2026.",
        )
    ],
)

M(
    "isla-decision-reply",
    "t05-isla-review-decision",
    JO,
    [GARETH],
    "Re: " + SUBJ_DEC,
    "2026-11-09 18:22:48 +0000",
    [
        N("""Thanks Gareth. Please can you send me copies of both schools' consultation responses as soon as they come in? And can you confirm Marlstone has been sent the OT report as well as the EP advice?

Jo"""),
        S(IPHONE),
        Q("iphone", "isla-decision"),
    ],
    reply_to="isla-decision",
    category="information_request",
    from_la=False,
    mime="plain",
    idstyle="iphone",
    extra_headers=[("X-Mailer", "iPhone Mail (22B91)")],
    refs=[ISLA],
)

M(
    "isla-willdo",
    "t05-isla-review-decision",
    GARETH,
    [JO],
    "RE: " + SUBJ_DEC,
    "2026-11-10 08:14:03 +0000",
    [
        N("""Both reports went to both schools. Will forward responses once received.

G Lloyd"""),
        Q("outlook", "isla-decision-reply"),
        S(DISCLAIMER),
    ],
    reply_to="isla-decision-reply",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    commits=[
        ("la", "forward the consultation responses", None, "Will forward responses once received.")
    ],
)

# ---- Theo: decision to assess, EP visit -------------------------------------

SUBJ_DTA = f"Theo Whitcombe {THEO} - the council will carry out an EHC needs assessment"

M(
    "theo-assess",
    "t06-theo-assessment",
    SIOBHAN,
    [JO],
    SUBJ_DTA,
    "2026-11-13 15:30:12 +0000",
    [
        N("""Hi Joanne,

Good news this time! The panel met yesterday and, having read Dr Fenwick's letter, agreed that the local authority will carry out an EHC needs assessment for Theo. The formal letter is attached.

What happens now:

- We will now ask for advice from the educational psychology service, Community Paediatrics, the speech and language therapy service and Ashgrove.
- Dr Kwame Asante, the educational psychologist, will contact you directly to arrange to see Theo.
- Please could you complete the consent form and the parental views form and return them by Friday 27 November?
- The law says that if the council decides to issue a plan, the final plan must be issued within 20 weeks of your original request, so by 8 February 2027. If we decide not to issue a plan, we must tell you within 16 weeks, by 11 January 2027.

As you've had the panel outcome, I'm assuming you'll let Pennine Resolve know you won't need them for now, but that's completely up to you.

Have a lovely weekend,
Siobhán"""),
        S(SIG_SIOBHAN + "\n\n" + DISCLAIMER),
    ],
    category="decision_to_assess",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Decision to assess - Theo Whitcombe.pdf",
        "Consent to share information form.pdf",
        "Parental views form.docx",
    ],
    refs=[THEO],
    dates=[
        ("yesterday", "2026-11-12", "past"),
        ("Friday 27 November", "2026-11-27", "deadline"),
        ("8 February 2027", "2027-02-08", "deadline"),
        ("11 January 2027", "2027-01-11", "deadline"),
    ],
    commits=[
        (
            "la",
            "request advice for the assessment",
            None,
            "We will now ask for advice from the educational psychology service, Community Paediatrics, the speech and language therapy service and Ashgrove.",
        ),
        (
            "la",
            "contact the parent to arrange to see Theo",
            None,
            "Dr Kwame Asante, the educational psychologist, will contact you directly to arrange to see Theo.",
        ),
    ],
)

M(
    "theo-consent",
    "t06-theo-assessment",
    JO,
    [SIOBHAN],
    "Re: " + SUBJ_DTA,
    "2026-11-16 12:40:31 +0000",
    [
        N("""Hi Siobhán,

That is a relief - thank you. The signed consent form and my parental views are attached.

I've copied in Dr Asante because Theo is only in school in the mornings at the moment (he's on a part-time timetable while his anxiety is so high), so any observation would need to be before lunch. Tuesdays and Thursdays are best.

I will let Pennine Resolve know tomorrow that we don't need mediation for now.

Jo"""),
        Q("gmail", "theo-assess"),
    ],
    cc=[ASANTE],
    reply_to="theo-assess",
    category="general",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=["Consent form - signed.pdf", "Parental views - Theo Whitcombe.pdf"],
    refs=[THEO],
    dates=[("tomorrow", "2026-11-17", "deadline")],
    commits=[
        (
            "parent",
            "tell the mediation adviser mediation is not needed",
            "2026-11-17",
            "I will let Pennine Resolve know tomorrow that we don't need mediation for now.",
        )
    ],
)

M(
    "theo-ep",
    "t06-theo-assessment",
    ASANTE,
    [JO],
    "RE: " + SUBJ_DTA,
    "2026-11-18 09:26:40 +0000",
    [
        N("""Dear Mrs Whitcombe,

Thank you for copying me in and for the helpful information about Theo's timetable.

I have arranged with Mrs Fairweather to observe Theo in class on Thursday 3 December 2026 from 9.15am to 10.30am. I would then like to speak with you by telephone that afternoon at 2pm, for around 45 minutes, to hear your views and Theo's history. Would that suit you?

I will send my psychological advice to the SEND team within six weeks of the request for advice, in line with regulation 8, and you will receive a copy at the same time.

Yours sincerely,
Dr Kwame Asante"""),
        S(SIG_ASANTE),
        Q("outlook", "theo-consent"),
        S(DISCLAIMER),
    ],
    cc=[SIOBHAN],
    reply_to="theo-consent",
    category="appointment",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[THEO],
    dates=[("Thursday 3 December 2026", "2026-12-03", "meeting")],
    commits=[
        (
            "la",
            "send the psychological advice",
            None,
            "I will send my psychological advice to the SEND team within six weeks of the request for advice, in line with regulation 8, and you will receive a copy at the same time.",
        )
    ],
)

M(
    "theo-ep-ok",
    "t06-theo-assessment",
    JO,
    [ASANTE],
    "Re: " + SUBJ_DTA,
    "2026-11-18 10:03:22 +0000",
    [
        N("""Dear Dr Asante,

Thursday 3 December at 2pm is fine. I'll be on my mobile, 07700 900417. Marcus (Theo's dad) will drop Theo at school a bit earlier that morning so he is settled before you arrive.

Many thanks,
Joanne Whitcombe"""),
        Q("gmail", "theo-ep"),
    ],
    cc=[SIOBHAN],
    reply_to="theo-ep",
    category="appointment",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[THEO],
    dates=[("Thursday 3 December", "2026-12-03", "meeting")],
    commits=[
        (
            "parent",
            "bring Theo to school early on the day of the observation",
            "2026-12-03",
            "Marcus (Theo's dad) will drop Theo at school a bit earlier that morning so he is settled before you arrive.",
        )
    ],
)

# ---- Isla: consultation responses, SENDIASS ---------------------------------

MARLSTONE_RESPONSE = f"""-----Original Message-----
From: Ian Rudd <irudd@marlstoneacademy.org.uk>
Sent: 23 November 2026 16:10
To: Gareth Lloyd <gareth.lloyd@calderbrook.gov.uk>
Subject: RE: Consultation under section 39 - Isla Whitcombe - {ISLA}

Dear Mr Lloyd

Thank you for consulting Marlstone Academy about Isla. We have considered the draft plan, the EP advice and the OT report carefully.

Our resourced provision for autistic students has 12 places, all of which are allocated for September 2027. To admit Isla we would need the local authority to fund an additional teaching assistant in the resourced provision. Without that funding we are unable to meet her needs, and I must therefore respond that the Academy cannot meet Isla's needs.

Please contact me by 30 November if you wish to discuss this.

Ian Rudd
SENDCo, Marlstone Academy (part of Riverline Learning Trust)
DfE 385/4021 | URN 149876"""

BROOKFIELD_RESPONSE = f"""-----Original Message-----
From: SENCO Brookfield High <senco@brookfield.calderbrook.sch.uk>
Sent: 20 November 2026 11:42
To: Gareth Lloyd <gareth.lloyd@calderbrook.gov.uk>
Subject: Consultation response - Isla Whitcombe - {ISLA}

Dear Gareth

Brookfield High School can meet Isla's needs as described in the draft plan and is happy to be named from September 2027. We would start transition in the summer term.

Kind regards
Sam Okoro
SENCO, Brookfield High School"""

M(
    "isla-consult",
    "t05-isla-review-decision",
    GARETH,
    [JO],
    "RE: " + SUBJ_DEC,
    "2026-11-25 13:47:09 +0000",
    [
        N("""Mrs Whitcombe,

As requested, both consultation responses below.

Marlstone Academy has said it cannot meet Isla's needs. Brookfield High School has confirmed it can. Both responses will go to the Resources Panel on 03/12/2026.

G Lloyd"""),
        S(SIG_GARETH),
        QL(MARLSTONE_RESPONSE),
        QL(BROOKFIELD_RESPONSE),
        Q("outlook", "isla-willdo"),
    ],
    reply_to="isla-willdo",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[("03/12/2026", "2026-12-03", "meeting")],
)

M(
    "sendiass-fwd",
    "t07-sendiass",
    JO,
    [FEMI],
    "Fwd: RE: " + SUBJ_DEC,
    "2026-11-25 20:31:54 +0000",
    [
        N("""Hi Femi,

We spoke briefly at the SENDIASS drop-in at the library in September about my daughter Isla (Year 6, autistic, EHCP). Marlstone Academy has said it can't meet her needs - the council's email and both schools' responses are below.

Marlstone seems to be saying it could meet her needs if the council paid for extra staffing, which isn't the same thing as 'can't', is it? The draft plan is due any day and I want to get my response right.

Could we have a call? I'm free most mornings except Thursdays.

Thanks so much,
Jo Whitcombe
07700 900417"""),
        Q("forward", "isla-consult"),
    ],
    category="general",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[ISLA],
)

M(
    "sendiass-reply",
    "t07-sendiass",
    FEMI,
    [JO],
    "Re: Fwd: RE: " + SUBJ_DEC,
    "2026-11-27 11:15:26 +0000",
    [
        N("""Hi Jo,

Yes, I remember you and Isla. You're right that there's a difference. A school saying it would need extra resources is not the same as saying that Isla's attendance would be incompatible with the efficient education of others, and it is the council's job to secure the resources in section F. The council can only refuse to name Marlstone on the grounds in section 39(4) of the Children and Families Act 2014.

I'll ring you on Tuesday at 10am and we can go through it. In the meantime you may wish to ask Gareth for the Resources Panel's decision in writing once it has met.

I'll also send you our factsheet on responding to a draft plan after we've spoken.

Best wishes,
Femi"""),
        S(SIG_FEMI),
        Q("gmail", "sendiass-fwd"),
    ],
    reply_to="sendiass-fwd",
    category="general",
    from_la=False,
    mime="alt",
    idstyle="other",
    refs=[ISLA],
    dates=[("on Tuesday", "2026-12-01", "meeting")],
    commits=[
        (
            "other",
            "phone the parent",
            "2026-12-01",
            "I'll ring you on Tuesday at 10am and we can go through it.",
        ),
        (
            "other",
            "send the factsheet on responding to a draft plan",
            None,
            "I'll also send you our factsheet on responding to a draft plan after we've spoken.",
        ),
    ],
)

M(
    "garden-waste",
    "t08-garden-waste",
    WASTE,
    [JO],
    "Your garden waste subscription is due for renewal",
    "2026-11-30 07:30:00 +0000",
    [
        N("""Dear Joanne Whitcombe,

Your garden waste collection subscription (brown bin) for 14 Linnet Close ends on 31 January 2027.

Renew by 15 January 2027 to keep your collections going without a break. The annual charge for 2027 is £48, or £38 if you renew online before 31 December.

Collections are suspended from w/c 14 December and restart in w/c 1 March.

Renew online at www.calderbrook.gov.uk/gardenwaste using your customer number GW-00918237.

Calderbrook Council Waste and Recycling Services"""),
        S(
            "Please do not reply to this email. Calderbrook Metropolitan Borough Council, Calder House, Market Street, Calderbrook CK1 2AB."
        ),
    ],
    category="not_send",
    from_la=True,
    mime="alt",
    idstyle="other",
)

# ---- Isla: draft amended plan, representations, meeting ---------------------

SUBJ_DRAFT = f"OFFICIAL-SENSITIVE: Draft amended EHC plan - Isla Whitcombe - {ISLA}"

M(
    "isla-draft",
    "t09-isla-draft",
    GARETH,
    [JO],
    SUBJ_DRAFT,
    "2026-12-04 16:05:37 +0000",
    [
        N("""Dear Mrs Whitcombe,

Please find attached Isla's draft amended EHC plan and the amendment notice, both dated 04/12/2026.

The Resources Panel met on 03/12/2026 and considered both consultation responses. Section I has been left blank in the draft. The LA is minded to name Brookfield High School, as Marlstone Academy has advised that it cannot meet Isla's needs.

You have 15 days from the date of the notice to make representations, request a meeting and/or state a preference for a school, i.e. by 18/12/2026.

If no response is received by 18/12/2026 the LA will finalise the plan in the form of the draft.

Regards,
Gareth Lloyd
EHC Coordinator"""),
        S(SIG_GARETH + "\n\n" + DISCLAIMER),
    ],
    cc=[DEB],
    category="draft_plan",
    from_la=True,
    mime="html",
    cte="b64",
    outlook_thread=True,
    attachments=[
        "Isla Whitcombe - Draft Amended EHCP 04-12-2026.pdf",
        "Amendment notice CB-EHC-19-3318.pdf",
    ],
    refs=[ISLA],
    dates=[
        ("04/12/2026", "2026-12-04", "other"),
        ("03/12/2026", "2026-12-03", "past"),
        ("18/12/2026", "2026-12-18", "deadline"),
    ],
    commits=[
        (
            "la",
            "finalise the plan as drafted",
            None,
            "If no response is received by 18/12/2026 the LA will finalise the plan in the form of the draft.",
        )
    ],
)

M(
    "isla-reps",
    "t09-isla-draft",
    JO,
    [GARETH],
    "Re: " + SUBJ_DRAFT,
    "2026-12-15 22:48:19 +0000",
    [
        N(f"""Dear Mr Lloyd,

Re: Isla Whitcombe, {ISLA} - representations on the draft amended plan

Please find attached my representations on Isla's draft amended EHC plan. In summary:

1. Section I: under section 38(2)(b) of the Children and Families Act 2014 I ask the local authority to name Marlstone Academy. Marlstone's response does not say that Isla's attendance would be unsuitable or incompatible with the efficient education of others; it says extra staffing would be needed. That is a matter for section F.
2. Section F: the occupational therapy provision must be specified and quantified. 'Access to OT as needed' is not acceptable. Hannah Greaves recommended six direct sessions per half term.
3. Section B does not mention Isla's sensory needs at lunchtime.

I would like a meeting with you to discuss the draft before the plan is finalised. Femi Adeyemi from Calderbrook SENDIASS will attend with me.

I have commissioned an independent OT report, which I will send you by Friday.

Yours sincerely,
Joanne Whitcombe"""),
        S(SIG_JO),
        Q("gmail", "isla-draft"),
    ],
    cc=[DEB, FEMI],
    reply_to="isla-draft",
    # relabelled from "general": in the dev labels the parent's comments on a draft are
    # `draft_plan` (its msg-068, msg-071, msg-122), whatever one README sentence says
    category="draft_plan",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=["Representations - Isla Whitcombe draft amended plan.pdf"],
    refs=[ISLA],
    dates=[("by Friday", "2026-12-18", "deadline")],
    commits=[
        (
            "other",
            "attend the meeting with the parent",
            None,
            "Femi Adeyemi from Calderbrook SENDIASS will attend with me.",
        ),
        (
            "parent",
            "send the independent OT report",
            "2026-12-18",
            "I have commissioned an independent OT report, which I will send you by Friday.",
        ),
    ],
)

M(
    "isla-meeting-offer",
    "t09-isla-draft",
    GARETH,
    [JO],
    "RE: " + SUBJ_DRAFT,
    "2026-12-16 09:40:05 +0000",
    [
        N("""Mrs Whitcombe,

Representations received 15/12/2026. I can offer a meeting on 07/01/2027 at 14:00 at Calder House, or alternatively on Teams w/c 11/01/2027. Please confirm which you prefer.

G Lloyd"""),
        Q("outlook", "isla-reps"),
        S(DISCLAIMER),
    ],
    reply_to="isla-reps",
    category="appointment",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[
        ("15/12/2026", "2026-12-15", "past"),
        ("07/01/2027", "2027-01-07", "meeting"),
        ("w/c 11/01/2027", "2027-01-11", "other"),
    ],
)

M(
    "isla-meeting-ok",
    "t09-isla-draft",
    JO,
    [GARETH],
    "Re: " + SUBJ_DRAFT,
    "2026-12-16 12:15:44 +0000",
    [
        Q("gmail", "isla-meeting-offer"),
        N("""Thank you. 7 January at 2pm at Calder House is best for us. Femi will come with me. I'll bring a paper copy of the independent OT report in case it hasn't reached you.

Jo Whitcombe"""),
    ],
    cc=[FEMI],
    reply_to="isla-meeting-offer",
    category="appointment",
    from_la=False,
    mime="plain",
    idstyle="gmail",
    refs=[ISLA],
    dates=[("7 January", "2027-01-07", "meeting")],
    commits=[
        ("other", "come to the meeting", "2027-01-07", "Femi will come with me."),
        (
            "parent",
            "bring a paper copy of the OT report",
            "2027-01-07",
            "I'll bring a paper copy of the independent OT report in case it hasn't reached you.",
        ),
    ],
)

SUBJ_NOTES = f"Notes of our meeting on 7 January - Isla Whitcombe {ISLA}"

M(
    "isla-notes",
    "t09-isla-draft",
    JO,
    [GARETH],
    SUBJ_NOTES,
    "2027-01-08 19:20:58 +0000",
    [
        N("""Dear Mr Lloyd,

Thank you for meeting Femi and me yesterday. This is my note of what was agreed; please tell me by Friday 15 January if you think anything is wrong.

1. You said that the OT provision in section F will be rewritten as six 45-minute direct sessions per half term, delivered by an HCPC-registered occupational therapist, plus a sensory diet reviewed termly.
2. You said you will ask Marlstone Academy to reconsider its response in the light of the independent OT report and the offer of funding for extra staffing, and let me know Marlstone's answer by 22 January.
3. You said the final amended plan will be issued by 12 February, before the 15 February deadline, whatever school is named.
4. I will send you Isla's CAMHS letter from December by Monday.
5. Femi will send you SENDIASS's note on section 39(4) by Wednesday.

Many thanks,
Joanne Whitcombe"""),
        S(SIG_JO),
        Q("gmail", "isla-meeting-offer"),
    ],
    cc=[FEMI],
    reply_to="isla-meeting-offer",
    category="general",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[ISLA],
    dates=[
        ("yesterday", "2027-01-07", "past"),
        ("Friday 15 January", "2027-01-15", "deadline"),
        ("22 January", "2027-01-22", "deadline"),
        ("12 February", "2027-02-12", "deadline"),
        ("15 February", "2027-02-15", "deadline"),
        ("by Monday", "2027-01-11", "deadline"),
        ("by Wednesday", "2027-01-13", "deadline"),
    ],
    commits=[
        (
            "la",
            "rewrite the OT provision in section F",
            None,
            "You said that the OT provision in section F will be rewritten as six 45-minute direct sessions per half term, delivered by an HCPC-registered occupational therapist, plus a sensory diet reviewed termly.",
        ),
        (
            "la",
            "ask Marlstone to reconsider and report its answer",
            "2027-01-22",
            "You said you will ask Marlstone Academy to reconsider its response in the light of the independent OT report and the offer of funding for extra staffing, and let me know Marlstone's answer by 22 January.",
        ),
        (
            "la",
            "issue the final amended plan",
            "2027-02-12",
            "You said the final amended plan will be issued by 12 February, before the 15 February deadline, whatever school is named.",
        ),
        (
            "parent",
            "send the CAMHS letter",
            "2027-01-11",
            "I will send you Isla's CAMHS letter from December by Monday.",
        ),
        (
            "other",
            "send the SENDIASS note on section 39(4)",
            "2027-01-13",
            "Femi will send you SENDIASS's note on section 39(4) by Wednesday.",
        ),
    ],
)

M(
    "isla-notes-reply",
    "t09-isla-draft",
    GARETH,
    [JO],
    "RE: " + SUBJ_NOTES,
    "2027-01-11 11:02:33 +0000",
    [
        N("""Mrs Whitcombe,

Notes are accurate except point 3. The final amended plan will be issued before 15/02/2027, as the law requires; I did not give a date of 12/02/2027.

Point 2: I have written to Marlstone. I will update you by 22/01/2027.

CAMHS letter received, thank you.

G Lloyd"""),
        Q("outlook", "isla-notes"),
        S(DISCLAIMER),
    ],
    cc=[FEMI],
    reply_to="isla-notes",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[
        ("15/02/2027", "2027-02-15", "deadline"),
        ("12/02/2027", "2027-02-12", "other"),
        ("22/01/2027", "2027-01-22", "deadline"),
    ],
    commits=[
        (
            "la",
            "issue the final amended plan",
            "2027-02-15",
            "The final amended plan will be issued before 15/02/2027, as the law requires; I did not give a date of 12/02/2027.",
        ),
        (
            "la",
            "update on Marlstone's reconsideration",
            "2027-01-22",
            "I will update you by 22/01/2027.",
        ),
    ],
)

# ---- Isla: chaser, out-of-office, holding reply, final amended plan ----------

SUBJ_FINAL = f"Isla Whitcombe {ISLA} - final amended plan and the 15 February deadline"

M(
    "isla-chaser",
    "t10-isla-final",
    JO,
    [GARETH],
    SUBJ_FINAL,
    "2027-02-01 08:05:02 +0000",
    [
        N("""Dear Mr Lloyd,

Further to our meeting on 7 January and your email of 11 January, I have still not heard Marlstone Academy's answer, which you said you would give me by 22 January, and I have not received the final amended plan.

The plan naming Isla's secondary school must be issued before 15 February 2027 under regulation 18(1)(b) of the SEND Regulations 2014. That is now two weeks away. Isla is very anxious about not knowing where she is going, and the secondary transition programmes at both schools start after half term.

Please could you tell me by Wednesday 3 February:
- whether Marlstone has replied; and
- the date on which the final amended plan will be issued.

I have copied in Ms Birch as SEN Team Manager.

Yours sincerely,
Joanne Whitcombe"""),
        S(SIG_JO),
    ],
    cc=[NATALIE, CASEWORK],
    category="chaser",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[ISLA],
    dates=[
        ("7 January", "2027-01-07", "past"),
        ("11 January", "2027-01-11", "past"),
        ("22 January", "2027-01-22", "past"),
        ("15 February 2027", "2027-02-15", "deadline"),
        ("Wednesday 3 February", "2027-02-03", "deadline"),
    ],
)

M(
    "isla-ooo",
    "t10-isla-final",
    GARETH,
    [JO],
    "Automatic reply: " + SUBJ_FINAL,
    "2027-02-01 08:05:09 +0000",
    [
        N("""Thank you for your email. I am out of the office until Monday 8 February with limited access to email.

For urgent matters please contact the SEND Statutory Assessment and Review Team on 0113 496 0300 or send.casework@calderbrook.gov.uk.

Gareth Lloyd"""),
    ],
    reply_to="isla-chaser",
    category="general",
    from_la=True,
    mime="plain",
    outlook_thread=True,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    refs=[ISLA],
    dates=[("Monday 8 February", "2027-02-08", "other")],
)

M(
    "isla-holding",
    "t10-isla-final",
    NATALIE,
    [JO],
    "RE: " + SUBJ_FINAL,
    "2027-02-03 15:44:18 +0000",
    [
        N("""Dear Mrs Whitcombe,

I’m sorry you have not had the update Gareth promised on 22 January. Gareth is on leave this week and I am covering his cases.

Marlstone Academy has not yet responded to the re-consultation; I chased the Principal yesterday. I have asked for a reply by Friday.

I can confirm that the final amended plan will be issued to you no later than Friday 12 February, whether or not Marlstone has replied by then.

I apologise for the delay and for the worry this has caused Isla – I know how unsettling “not knowing” is at this stage of Year 6.

Kind regards,
Natalie Birch"""),
        S(SIG_NATALIE),
        Q("original", "isla-chaser"),
        S(DISCLAIMER),
    ],
    cc=[GARETH],
    reply_to="isla-chaser",
    category="delay_notice",
    from_la=True,
    mime="plain",
    charset="windows-1252",
    outlook_thread=True,
    refs=[ISLA],
    dates=[
        ("22 January", "2027-01-22", "past"),
        ("yesterday", "2027-02-02", "past"),
        ("by Friday", "2027-02-05", "deadline"),
        ("Friday 12 February", "2027-02-12", "deadline"),
    ],
    commits=[
        (
            "la",
            "issue the final amended plan",
            "2027-02-12",
            "I can confirm that the final amended plan will be issued to you no later than Friday 12 February, whether or not Marlstone has replied by then.",
        )
    ],
)

# ---- Theo: decision not to issue ----------------------------------------------

SUBJ_DNI = f"Theo Whitcombe {THEO} - outcome of the EHC needs assessment"

M(
    "theo-dni",
    "t11-theo-no-plan",
    SIOBHAN,
    [JO],
    SUBJ_DNI,
    "2027-02-05 13:20:40 +0000",
    [
        N(f"""Hi Joanne,

I wanted to let you know before the weekend, although I'm afraid it isn't what you wanted to hear. The panel has decided that an EHC plan isn't needed for Theo at the moment. The letter is below and attached, with all the advice we received. I'm sorry it's later than it should have been - the paediatric advice only arrived on 22 January.

I'll call you on Monday to talk it through, if that's OK, and to set up a meeting with Deb about the SEN support plan.

------------------------------------------------------------

Calderbrook Metropolitan Borough Council
SEND Statutory Assessment Team

5 February 2027
Our ref: {THEO}

Dear Mrs Whitcombe

Theo Whitcombe (DOB 02/03/2020): decision not to issue an Education, Health and Care plan

Following the EHC needs assessment, the local authority has decided that it is not necessary to issue an EHC plan for Theo. The panel on 3 February 2027 considered advice from the educational psychologist, Community Paediatrics, the speech and language therapy service and Ashgrove Community Primary School. The panel concluded that Theo's needs can be met from the resources normally available to mainstream schools, through a SEN support plan informed by the assessment.

Ashgrove Community Primary School will hold a SEN support plan meeting with you before the February half term to put the recommendations of the assessment into place.

You have the right to appeal against this decision to the First-tier Tribunal (SEND). You must contact the mediation adviser, Pennine Resolve, before appealing. An appeal must be received by the Tribunal within two months of the date of this letter, by 5 April 2027, or within one month of the date of a mediation certificate, if that is later.

Yours sincerely

Martin Okonedo
Head of SEND"""),
        S(SIG_SIOBHAN + "\n\n" + DISCLAIMER),
    ],
    category="decision_not_to_issue",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[THEO],
    attachments=[
        "Decision not to issue - Theo Whitcombe.pdf",
        "EP advice - Theo Whitcombe.pdf",
        "Paediatric advice - Theo Whitcombe.pdf",
        "SALT advice - Theo Whitcombe.pdf",
    ],
    dates=[
        ("22 January", "2027-01-22", "past"),
        ("on Monday", "2027-02-08", "meeting"),
        ("5 February 2027", "2027-02-05", "other"),
        ("02/03/2020", "2020-03-02", "past"),
        ("3 February 2027", "2027-02-03", "past"),
        ("5 April 2027", "2027-04-05", "deadline"),
    ],
    commits=[
        (
            "la",
            "phone the parent and set up a SEN support meeting",
            "2027-02-08",
            "I'll call you on Monday to talk it through, if that's OK, and to set up a meeting with Deb about the SEN support plan.",
        ),
        (
            "school",
            "hold a SEN support plan meeting",
            None,
            "Ashgrove Community Primary School will hold a SEN support plan meeting with you before the February half term to put the recommendations of the assessment into place.",
        ),
    ],
)

M(
    "theo-dni-reply",
    "t11-theo-no-plan",
    JO,
    [SIOBHAN],
    "Re: " + SUBJ_DNI,
    "2027-02-06 09:12:27 +0000",
    [
        N("""Siobhán, thank you for letting me know yourself. We will be challenging this. I'm going to contact Pennine Resolve next week about mediation, and I'd rather we talk on Monday once I've spoken to Femi.

Jo"""),
        S(IPHONE),
        Q("iphone", "theo-dni"),
    ],
    reply_to="theo-dni",
    category="mediation_tribunal",
    from_la=False,
    mime="plain",
    idstyle="iphone",
    extra_headers=[("X-Mailer", "iPhone Mail (22D63)")],
    refs=[THEO],
    dates=[("on Monday", "2027-02-08", "meeting")],
    commits=[
        (
            "parent",
            "contact the mediation adviser",
            None,
            "I'm going to contact Pennine Resolve next week about mediation, and I'd rather we talk on Monday once I've spoken to Femi.",
        )
    ],
)

M(
    "isla-final",
    "t10-isla-final",
    GARETH,
    [JO],
    "RE: " + SUBJ_FINAL,
    "2027-02-12 15:58:11 +0000",
    [
        N("""Dear Mrs Whitcombe,

Please find attached Isla's final amended EHC plan, dated 12/02/2027, with the covering letter.

Section F now includes the OT provision as discussed on 07/01/2027. Marlstone Academy did not respond to the re-consultation. Section I names Brookfield High School from 01/09/2027.

Right of appeal: you may appeal to the First-tier Tribunal (SEND) against sections B, F and/or I. Appeals must be received within two months of the date of the covering letter, i.e. by 12/04/2027. If your appeal is only about the school named in section I you do not need to contact a mediation adviser first.

Brookfield's SENCO will contact you w/c 01/03/2027 about transition.

G Lloyd"""),
        S(SIG_GARETH),
        Q("outlook", "isla-holding"),
        S(DISCLAIMER),
    ],
    cc=[DEB, NATALIE],
    reply_to="isla-holding",
    category="final_plan",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Isla Whitcombe - Final Amended EHCP 12-02-2027.pdf",
        "Covering letter and appeal rights.pdf",
    ],
    refs=[ISLA],
    dates=[
        ("12/02/2027", "2027-02-12", "other"),
        ("07/01/2027", "2027-01-07", "past"),
        ("01/09/2027", "2027-09-01", "other"),
        ("12/04/2027", "2027-04-12", "deadline"),
        ("w/c 01/03/2027", "2027-03-01", "other"),
    ],
    commits=[
        (
            "school",
            "contact the parent about transition",
            None,
            "Brookfield's SENCO will contact you w/c 01/03/2027 about transition.",
        )
    ],
)

M(
    "isla-final-reply",
    "t10-isla-final",
    JO,
    [GARETH],
    "Re: " + SUBJ_FINAL,
    "2027-02-13 10:30:06 +0000",
    [
        N("""Thank you for sending the plan before the deadline. We will be appealing to the Tribunal to have Marlstone named in section I. As it's only about the school, I understand we don't need a mediation certificate, so I'll send the SEND35 off in the next few weeks.

Jo Whitcombe"""),
        S(IPHONE),
        Q("iphone", "isla-final"),
    ],
    cc=[NATALIE],
    reply_to="isla-final",
    drop_threading=True,
    category="mediation_tribunal",
    from_la=False,
    mime="plain",
    idstyle="iphone",
    extra_headers=[("X-Mailer", "iPhone Mail (22D63)")],
    refs=[ISLA],
    commits=[
        (
            "parent",
            "send the appeal form to the Tribunal",
            None,
            "As it's only about the school, I understand we don't need a mediation certificate, so I'll send the SEND35 off in the next few weeks.",
        )
    ],
)

# ---- Theo: mediation ------------------------------------------------------------

SUBJ_MED = "Mediation - Theo Whitcombe - Calderbrook decision not to issue an EHC plan"

M(
    "med-request",
    "t12-theo-mediation",
    JO,
    [PENNINE],
    SUBJ_MED,
    "2027-02-15 09:45:50 +0000",
    [
        N(f"""Dear Pennine Resolve,

I am contacting you as the mediation adviser about a decision by Calderbrook Metropolitan Borough Council, in a letter dated 5 February 2027, not to issue an Education, Health and Care plan for my son Theo Whitcombe (date of birth 2 March 2020, council reference {THEO}).

I intend to appeal to the SEND Tribunal, but I would like to try mediation first. The issue is the refusal to issue a plan; I would also like the mediation to cover Theo's speech and language therapy, which is commissioned by the NHS.

I am available for mediation on any weekday except Fridays. My mobile number is 07700 900417.

Yours faithfully,
Joanne Whitcombe"""),
        S(SIG_JO),
    ],
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[THEO],
    dates=[("5 February 2027", "2027-02-05", "past"), ("2 March 2020", "2020-03-02", "past")],
)

M(
    "med-ack",
    "t12-theo-mediation",
    JOY,
    [JO],
    "RE: " + SUBJ_MED,
    "2027-02-16 14:20:03 +0000",
    [
        N(f"""Dear Mrs Whitcombe,

Thank you for contacting Pennine Resolve. I have opened a mediation case for Theo under reference {MEDREF}; please quote it in any correspondence.

I have told Calderbrook that you wish to go to mediation. The council must arrange for the mediation to take place within 30 days of being told, so by 18 March 2027. Because you have raised speech and language therapy, the council must also tell the Integrated Care Board within three working days, and I have asked it to do so.

I will write to you with a proposed date by Friday.

Kind regards,
Joy Marsden"""),
        S(SIG_JOY),
        Q("outlook", "med-request"),
    ],
    reply_to="med-request",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    refs=[MEDREF],
    dates=[("18 March 2027", "2027-03-18", "deadline"), ("by Friday", "2027-02-19", "deadline")],
    commits=[
        (
            "other",
            "write with a proposed mediation date",
            "2027-02-19",
            "I will write to you with a proposed date by Friday.",
        )
    ],
)

M(
    "med-date",
    "t12-theo-mediation",
    JOY,
    [JO],
    f"RE: {SUBJ_MED} [{MEDREF}]",
    "2027-02-23 10:05:47 +0000",
    [
        N("""Dear Mrs Whitcombe,

I am pleased to confirm that the mediation will take place on Thursday 11 March 2027 from 10am to 1pm at Calder House, Market Street, Calderbrook (Committee Room 2). The mediator will be Alan Pryce.

The local authority will be represented by Siobhán Mulvey and Martin Okonedo, Head of SEND. A representative of the Integrated Care Board is expected to join for the part of the session about speech and language therapy.

Please send me any documents you would like the mediator to read by Monday 8 March. You are welcome to bring a friend or an adviser from SENDIASS.

Kind regards,
Joy Marsden"""),
        S(SIG_JOY),
        Q("outlook", "med-ack"),
    ],
    cc=[SIOBHAN],
    reply_to="med-ack",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    refs=[MEDREF],
    dates=[
        ("Thursday 11 March 2027", "2027-03-11", "meeting"),
        ("Monday 8 March", "2027-03-08", "deadline"),
    ],
)

# ---- Isla: home to school transport -------------------------------------------

SUBJ_HST = f"Home to school transport application {TRANSPORT} - Isla Whitcombe"

HST_Q1 = "1. Will Isla need a passenger assistant (escort) on the vehicle?"
HST_Q2 = "2. Can Isla travel with other children, or does she need to travel alone?"
HST_Q3 = "3. Which school should we assess for? Isla's plan names Brookfield High School, but your application says Marlstone Academy."
HST_Q4 = "4. Proof of address dated within the last three months (for example a council tax bill or utility bill)."

M(
    "hst-request",
    "t13-transport",
    DEAN,
    [JO],
    SUBJ_HST,
    "2027-03-02 11:30:15 +0000",
    [
        N(f"""Dear Mrs Whitcombe,

Thank you for your application for home to school transport for Isla from September 2027, which we received on 26 February. Your application reference is {TRANSPORT}.

To assess the application we need the following information:

{HST_Q1}
{HST_Q2}
{HST_Q3}
{HST_Q4}

Please send this information by 16 March 2027. You will receive a decision within 20 working days of our receiving all the information.

Regards,

Dean Farley"""),
        S(SIG_DEAN + "\n\n" + DISCLAIMER),
    ],
    category="information_request",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[TRANSPORT],
    dates=[("26 February", "2027-02-26", "past"), ("16 March 2027", "2027-03-16", "deadline")],
    commits=[
        (
            "la",
            "decide the transport application",
            None,
            "You will receive a decision within 20 working days of our receiving all the information.",
        )
    ],
)

M(
    "hst-answers",
    "t13-transport",
    JO,
    [DEAN],
    "Re: " + SUBJ_HST,
    "2027-03-04 21:10:39 +0000",
    [
        N("""Hi Dean,

My answers are below each of your questions."""),
        QL(f"""On Tue, 2 Mar 2027 at 11:30, Dean Farley <dean.farley@calderbrook.gov.uk> wrote:
> Dear Mrs Whitcombe,
>
> Thank you for your application for home to school transport for Isla from September 2027, which we received on 26 February. Your application reference is {TRANSPORT}.
>
> To assess the application we need the following information:
>
> {HST_Q1}"""),
        N(
            """Yes please. She once ran from a taxi when the driver was a stranger to her. Ideally the same escort every day."""
        ),
        QL(f"> {HST_Q2}"),
        N(
            """She can share with one or two other children as long as they are the same children every day."""
        ),
        QL(f"> {HST_Q3}"),
        N(
            """Please assess for both. We have appealed to the SEND Tribunal to have Marlstone named (the appeal went in on 1 March) and the hearing won't be until the summer."""
        ),
        QL(f"> {HST_Q4}"),
        N("""I'll drop our council tax bill into Calder House reception on Monday."""),
        QL("""> Please send this information by 16 March 2027. You will receive a decision within 20 working days of our receiving all the information.
>
> Regards,
>
> Dean Farley
> Transport Eligibility Officer
> Passenger Transport Unit
> Calderbrook Metropolitan Borough Council | 0113 496 0455"""),
        N("""Thanks,
Jo"""),
    ],
    reply_to="hst-request",
    category="general",
    from_la=False,
    mime="plain",
    idstyle="gmail",
    refs=[TRANSPORT],
    dates=[("on 1 March", "2027-03-01", "past"), ("on Monday", "2027-03-08", "deadline")],
    commits=[
        (
            "parent",
            "hand in proof of address",
            "2027-03-08",
            "I'll drop our council tax bill into Calder House reception on Monday.",
        )
    ],
)

# ---- Isla: section F occupational therapy not delivered -------------------------

SUBJ_OT = f"Isla Whitcombe {ISLA} - occupational therapy in section F not being delivered"

M(
    "ot-s42",
    "t14-isla-ot",
    JO,
    [GARETH],
    SUBJ_OT,
    "2027-03-08 07:55:31 +0000",
    [
        N("""Dear Mr Lloyd,

Section F of Isla's final amended EHC plan (dated 12 February 2027), like her previous plan, requires "six 45-minute direct sessions of occupational therapy per half term, delivered by an HCPC-registered occupational therapist".

Isla has not had any occupational therapy since 1 December 2026. Ashgrove tells me that the NHS occupational therapist left in December and has not been replaced. That is now twelve missed sessions.

Under section 42 of the Children and Families Act 2014 the local authority has an absolute duty to secure the special educational provision in Isla's plan. A staff vacancy does not change that duty.

Please confirm in writing by Monday 22 March:
1. the date the OT sessions will restart; and
2. how the missed sessions will be made up before Isla moves to secondary school.

If I do not receive a satisfactory reply by then, I will make a formal complaint.

Yours sincerely,
Joanne Whitcombe"""),
        S(SIG_JO),
    ],
    cc=[NATALIE],
    category="chaser",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[ISLA],
    dates=[
        ("12 February 2027", "2027-02-12", "past"),
        ("1 December 2026", "2026-12-01", "past"),
        ("Monday 22 March", "2027-03-22", "deadline"),
    ],
    commits=[
        (
            "parent",
            "make a formal complaint",
            None,
            "If I do not receive a satisfactory reply by then, I will make a formal complaint.",
        )
    ],
)

M(
    "ot-holding",
    "t14-isla-ot",
    GARETH,
    [JO],
    "RE: " + SUBJ_OT,
    "2027-03-10 16:40:26 +0000",
    [
        N("""Mrs Whitcombe,

Acknowledged. The NHS children's OT service has a vacancy and is recruiting. I have escalated to the Designated Clinical Officer and to the SEND commissioning manager. Interim provision will be discussed at the commissioning meeting w/c 15/03/2027.

I will update you by 19/03/2027.

G Lloyd"""),
        Q("outlook", "ot-s42"),
        S(DISCLAIMER),
    ],
    cc=[NATALIE],
    reply_to="ot-s42",
    category="delay_notice",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[("w/c 15/03/2027", "2027-03-15", "other"), ("19/03/2027", "2027-03-19", "deadline")],
    commits=[
        (
            "la",
            "update the parent on OT provision",
            "2027-03-19",
            "I will update you by 19/03/2027.",
        )
    ],
)

M(
    "med-outcome",
    "t12-theo-mediation",
    JOY,
    [JO],
    f"Mediation outcome - Theo Whitcombe - {MEDREF}",
    "2027-03-12 12:30:44 +0000",
    [
        N("""Dear Mrs Whitcombe,

Thank you for taking part in yesterday's mediation. I attach the mediation certificate and the written agreement signed by you and by Mr Okonedo for the council. The agreement records:

1. The local authority will issue a draft EHC plan for Theo within five weeks of the agreement, that is by 15 April 2027.
2. The draft will include weekly speech and language therapy, to be quantified by the NHS speech and language therapist.
3. Ashgrove Community Primary School will start daily small-group language sessions for Theo from Monday 15 March, pending the plan.
4. The Integrated Care Board will confirm to the local authority the therapy hours available by 26 March 2027.

As the agreement was reached at mediation, the local authority must comply with it within the time limits that would apply if the Tribunal had made the order. If it does not, please contact me or seek advice.

The certificate is dated 12 March 2027. If you still wish to appeal, you have until 12 April 2027 or the original appeal deadline, whichever is later.

Kind regards,
Joy Marsden"""),
        S(SIG_JOY),
        Q("outlook", "med-date"),
    ],
    cc=[SIOBHAN],
    reply_to="med-date",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    attachments=[f"Mediation certificate {MEDREF}.pdf", f"Mediation agreement {MEDREF}.pdf"],
    refs=[MEDREF],
    dates=[
        ("yesterday's mediation", "2027-03-11", "past"),
        ("15 April 2027", "2027-04-15", "deadline"),
        ("Monday 15 March", "2027-03-15", "deadline"),
        ("26 March 2027", "2027-03-26", "deadline"),
        ("12 March 2027", "2027-03-12", "other"),
        ("12 April 2027", "2027-04-12", "deadline"),
    ],
    commits=[
        (
            "la",
            "issue a draft EHC plan for Theo",
            "2027-04-15",
            "1. The local authority will issue a draft EHC plan for Theo within five weeks of the agreement, that is by 15 April 2027.",
        ),
        (
            "school",
            "start daily small-group language sessions",
            "2027-03-15",
            "3. Ashgrove Community Primary School will start daily small-group language sessions for Theo from Monday 15 March, pending the plan.",
        ),
        (
            "health",
            "confirm the therapy hours available",
            "2027-03-26",
            "4. The Integrated Care Board will confirm to the local authority the therapy hours available by 26 March 2027.",
        ),
    ],
)

M(
    "ot-call-note",
    "t14-isla-ot",
    JO,
    [NATALIE],
    "Re: " + SUBJ_OT + " - note of our call today",
    "2027-03-19 13:05:12 +0000",
    [
        N("""Dear Ms Birch,

Thank you for phoning me this morning (Friday 19 March) in place of the update Gareth promised. This is my note of our call.

- You said the NHS OT service cannot restart Isla's sessions until a new therapist starts in April, so the council will commission an independent OT, Brightside Therapy, to deliver the sessions until the NHS can.
- You said you would email me by Wednesday with the date of Isla's first session with Brightside.
- You said the council will arrange for the twelve missed sessions to be made up before the end of the summer term.
- I will send you Isla's timetable for the summer term by Monday, so that the sessions can avoid her transition days.
- Deb Fairweather will let Brightside use the sensory room on Tuesday afternoons.

If any of this is wrong, please let me know by Friday 26 March.

Kind regards,
Joanne Whitcombe"""),
        S(SIG_JO),
        Q("gmail", "ot-holding"),
    ],
    cc=[GARETH],
    reply_to="ot-holding",
    category="general",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[ISLA],
    dates=[
        ("Friday 19 March", "2027-03-19", "meeting"),
        ("by Wednesday", "2027-03-24", "deadline"),
        ("by Monday", "2027-03-22", "deadline"),
        ("Friday 26 March", "2027-03-26", "deadline"),
    ],
    commits=[
        (
            "la",
            "commission an independent OT",
            None,
            "You said the NHS OT service cannot restart Isla's sessions until a new therapist starts in April, so the council will commission an independent OT, Brightside Therapy, to deliver the sessions until the NHS can.",
        ),
        (
            "la",
            "email the date of the first Brightside session",
            "2027-03-24",
            "You said you would email me by Wednesday with the date of Isla's first session with Brightside.",
        ),
        (
            "la",
            "arrange for the missed sessions to be made up",
            None,
            "You said the council will arrange for the twelve missed sessions to be made up before the end of the summer term.",
        ),
        (
            "parent",
            "send Isla's summer term timetable",
            "2027-03-22",
            "I will send you Isla's timetable for the summer term by Monday, so that the sessions can avoid her transition days.",
        ),
        (
            "school",
            "let Brightside use the sensory room",
            None,
            "Deb Fairweather will let Brightside use the sensory room on Tuesday afternoons.",
        ),
    ],
)

M(
    "ot-correction",
    "t14-isla-ot",
    NATALIE,
    [JO],
    "RE: " + SUBJ_OT + " - note of our call today",
    "2027-03-22 09:15:37 +0000",
    [
        N("""Dear Mrs Whitcombe,

Thank you for your note, which is accurate apart from two points.

First, I said the council would try to arrange for the missed sessions to be made up by the end of the summer term; I could not promise that, as it depends on Brightside's capacity.

Second, Brightside have now confirmed that their therapist, Ruth Kemp, will see Isla for her first session on Tuesday 13 April at 1.30pm, so I will not need to send the separate email I mentioned.

Kind regards,
Natalie Birch"""),
        S(SIG_NATALIE),
        Q("outlook", "ot-call-note"),
        S(DISCLAIMER),
    ],
    cc=[GARETH],
    reply_to="ot-call-note",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[ISLA],
    dates=[("Tuesday 13 April", "2027-04-13", "meeting")],
    commits=[
        (
            "other",
            "see Isla for her first OT session",
            "2027-04-13",
            "Second, Brightside have now confirmed that their therapist, Ruth Kemp, will see Isla for her first session on Tuesday 13 April at 1.30pm, so I will not need to send the separate email I mentioned.",
        )
    ],
)

# ---- Isla: tribunal appeal --------------------------------------------------------

HD = f"HD 22/06/2027 | {TRIB} | Isla Whitcombe"

M(
    "trib-registered",
    "t15-tribunal",
    TRIBUNAL,
    [JO],
    HD + " | Registration and directions",
    "2027-03-22 14:02:51 +0000",
    [
        N(f"""First-tier Tribunal (Special Educational Needs and Disability)

Dear Mrs Whitcombe

Appeal reference: {TRIB}
Child: Isla Whitcombe
Local authority: Calderbrook Metropolitan Borough Council

Your appeal against the contents of section I of Isla's EHC plan was received on 1 March 2027 and has been registered. A copy of the appeal has been sent to the local authority.

The Tribunal has made the following directions:

1. The local authority must send its response to the appeal to the Tribunal and to you by 26 April 2027.
2. Both parties must send any further evidence, and the attendance form, by 25 May 2027.
3. The local authority must send the working document to the Tribunal by 8 June 2027.
4. The hearing will take place by video on Tuesday 22 June 2027 at 10am. The hearing is listed for one day.

Please use the subject line of this email in all correspondence and quote the appeal reference. Do not send documents to the Tribunal by post unless you are asked to.

Yours sincerely

Tribunal Caseworker
on behalf of the First-tier Tribunal (SEND)"""),
        S("""HM Courts & Tribunals Service | First-tier Tribunal (SEND)
This email and any files transmitted with it are intended solely for the addressee. If you have received it in error, please tell the sender and delete it."""),
    ],
    cc=[REBECCA],
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    attachments=[
        f"{TRIB.replace('/', '-')} Registration letter.pdf",
        f"{TRIB.replace('/', '-')} Directions.pdf",
    ],
    refs=[TRIB],
    dates=[
        ("1 March 2027", "2027-03-01", "past"),
        ("26 April 2027", "2027-04-26", "deadline"),
        ("25 May 2027", "2027-05-25", "deadline"),
        ("8 June 2027", "2027-06-08", "deadline"),
        ("Tuesday 22 June 2027", "2027-06-22", "meeting"),
    ],
)

# ---- Isla: the new NHS occupational therapist ------------------------------------

M(
    "ot-health",
    "t16-ot-health",
    ELEANOR,
    [JO],
    "Isla Whitcombe - Children's Occupational Therapy",
    "2027-03-24 10:10:09 +0000",
    [
        N("""Re: Isla Whitcombe, DOB 14/10/2015, NHS number 612 384 0097

Dear Mrs Whitcombe,

I am the new Highly Specialist Occupational Therapist in the Calderbrook Children's OT team, and I have taken over Isla's case from Hannah Greaves. I understand an independent therapist will be covering Isla's sessions for now, and I am very sorry that she has been without therapy since December.

I would like to meet you and Isla at Ashgrove on Wednesday 21 April at 2.15pm to reassess her sensory profile before I take over her sessions from Brightside after the May half term. Please let me know if this time does not suit.

I will also write to Marlstone and Brookfield before the end of the summer term, so that whichever school Isla goes to has a transition report.

Kind regards,
Eleanor Vance"""),
        S("""Eleanor Vance MSc BSc (Hons)
Highly Specialist Occupational Therapist, Children's OT
Calder and Pennine NHS Foundation Trust
Tel 0113 496 0921
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it."""),
    ],
    cc=[GARETH, DEB],
    category="appointment",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    dates=[("14/10/2015", "2015-10-14", "past"), ("Wednesday 21 April", "2027-04-21", "meeting")],
    commits=[
        (
            "health",
            "write a transition report to both secondary schools",
            None,
            "I will also write to Marlstone and Brookfield before the end of the summer term, so that whichever school Isla goes to has a transition report.",
        )
    ],
)

# ---- Isla: formal complaint ----------------------------------------------------------

SUBJ_CMP = f"Formal complaint - SEND service - Isla Whitcombe {ISLA}"

M(
    "complaint",
    "t17-complaint",
    JO,
    [CUSTREL],
    SUBJ_CMP,
    "2027-04-14 08:30:22 +0100",
    [
        N(f"""Dear Customer Relations Team,

I wish to make a formal complaint under the council's complaints procedure about the SEND service's handling of my daughter Isla's case (Isla Whitcombe, date of birth 14 October 2015, EHC plan reference {ISLA}).

1. The occupational therapy in section F of Isla's plan was not delivered between 1 December 2026 and 13 April 2027: eighteen sessions were missed. The council did not tell me; I found out from the school. The council has an absolute duty under section 42 of the Children and Families Act 2014 to secure this provision.
2. When I raised this on 8 March, I was promised an update by 19 March, which did not arrive.
3. The council's decision following Isla's annual review on 13 October 2026 did not include the proposed amendments, and the draft amended plan was not sent until 4 December 2026.
4. I was promised Marlstone Academy's answer by 22 January and never received it.

To resolve my complaint I would like:
- a written apology;
- a written plan, with dates, for making up all the missed OT sessions before Isla starts secondary school; and
- an explanation of what the council will do to make sure provision is not lost again when a therapist leaves.

Please acknowledge this complaint within five working days and give me a complaint reference.

Yours faithfully,
Joanne Whitcombe"""),
        S(SIG_JO),
    ],
    cc=[NATALIE],
    category="complaint",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=["Complaint timeline - Isla Whitcombe.pdf"],
    refs=[ISLA],
    dates=[
        ("14 October 2015", "2015-10-14", "past"),
        ("1 December 2026", "2026-12-01", "past"),
        ("13 April 2027", "2027-04-13", "past"),
        ("8 March", "2027-03-08", "past"),
        ("19 March", "2027-03-19", "past"),
        ("13 October 2026", "2026-10-13", "past"),
        ("4 December 2026", "2026-12-04", "past"),
        ("22 January", "2027-01-22", "past"),
        ("within five working days", "2027-04-21", "deadline"),
    ],
)

M(
    "complaint-ack",
    "t17-complaint",
    CUSTBOT,
    [JO],
    f"Your complaint has been received - reference {COMPLAINT}",
    "2027-04-14 07:31:05 +0000",
    [
        N(f"""Your reference: {COMPLAINT}

Dear Joanne Whitcombe,

Thank you for contacting Calderbrook Metropolitan Borough Council. We have received your complaint and it has been logged under the reference above. This is a Stage 1 complaint under the Council's Corporate Complaints Procedure.

Your complaint has been passed to the relevant service, which will respond within 10 working days of today's date. If the service needs more time, you will be told why and given a new date.

Please do not reply to this email. This mailbox is not monitored."""),
        S("""Customer Relations Team
Calderbrook Metropolitan Borough Council
www.calderbrook.gov.uk/complaints"""),
    ],
    reply_to="complaint",
    category="complaint",
    from_la=True,
    mime="plain",
    cte="7bit",
    charset="us-ascii",
    idstyle="other",
    extra_headers=[("Auto-Submitted", "auto-generated")],
    refs=[COMPLAINT],
    dates=[("within 10 working days of today's date", "2027-04-28", "deadline")],
    commits=[
        (
            "la",
            "respond to the complaint",
            "2027-04-28",
            "Your complaint has been passed to the relevant service, which will respond within 10 working days of today's date.",
        ),
        (
            "la",
            "explain any extension and give a new date",
            None,
            "If the service needs more time, you will be told why and given a new date.",
        ),
    ],
)

# ---- Theo: draft plan, comments, final plan ------------------------------------------

SUBJ_TDRAFT = f"Theo's draft EHC plan – {THEO} ({MEDREF})"

M(
    "theo-draft",
    "t18-theo-plan",
    SIOBHAN,
    [JO],
    SUBJ_TDRAFT,
    "2027-04-14 14:30:55 +0000",
    [
        N("""Hi Joanne,

As promised at mediation, Theo's draft EHC plan is attached - a day early, for once!

You have 15 days to send me your comments and tell me which school you would like named, so by 28 April. If you'd like a meeting to go through it, just say and I'll find a slot.

The speech and language therapy in section F has been quantified by the NHS therapist as one 30-minute session a week plus a termly programme review, as agreed with the ICB.

I'm on leave from the 19th to the 23rd, so if you need anything that week please copy in send.casework@calderbrook.gov.uk and Natalie will pick it up.

Siobhán"""),
        S(SIG_SIOBHAN + "\n\n" + DISCLAIMER),
    ],
    cc=[CASEWORK],
    category="draft_plan",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=["Theo Whitcombe - DRAFT EHCP 14-04-2027.pdf"],
    refs=[THEO, MEDREF],
    dates=[
        ("28 April", "2027-04-28", "deadline"),
        ("the 19th", "2027-04-19", "other"),
        ("the 23rd", "2027-04-23", "other"),
    ],
    commits=[
        (
            "la",
            "find a meeting slot",
            None,
            "If you'd like a meeting to go through it, just say and I'll find a slot.",
        ),
        (
            "la",
            "pick up queries during the officer's leave",
            None,
            "I'm on leave from the 19th to the 23rd, so if you need anything that week please copy in send.casework@calderbrook.gov.uk and Natalie will pick it up.",
        ),
    ],
)

# ---- Isla: personal budget --------------------------------------------------------------

SUBJ_PB = f"Personal budget request - Isla Whitcombe ({ISLA})"

M(
    "pb-request",
    "t19-personal-budget",
    YASMIN,
    [JO],
    SUBJ_PB,
    "2027-04-19 09:20:14 +0000",
    [
        N("""Dear Mrs Whitcombe,

Gareth Lloyd has passed me your request for a personal budget for the social communication group in section F of Isla's plan.

The SEND panel agreed on 15 April that this element can be provided as a direct payment of £1,240 per term, so that you can arrange the group sessions with a provider of your choice.

Before we can set this up, please:
1. sign and return the enclosed Direct Payment Agreement;
2. complete the support plan template, naming the provider you intend to use; and
3. send us the details of the separate bank account the payments will go into.

Please return these by Friday 30 April so that the first payment can be made at the start of the summer half term.

Kind regards,
Yasmin Patel"""),
        S(SIG_YASMIN + "\n\n" + DISCLAIMER),
    ],
    cc=[GARETH],
    category="information_request",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Direct Payment Agreement - children's SEND.pdf",
        "Personal budget support plan template.docx",
    ],
    refs=[ISLA],
    dates=[("15 April", "2027-04-15", "past"), ("Friday 30 April", "2027-04-30", "deadline")],
)

M(
    "trib-la-response",
    "t15-tribunal",
    REBECCA,
    [TRIBUNAL],
    HD + " | Local Authority Response",
    "2027-04-26 15:45:02 +0000",
    [
        N("""Dear Sir or Madam,

In accordance with direction 1, please find attached the local authority's response to the appeal, together with the local authority's evidence. A copy is sent to Mrs Whitcombe by this email.

The local authority opposes the appeal. Its position is that Brookfield High School can meet Isla's needs and that naming Marlstone Academy would be incompatible with the efficient use of resources, for the reasons set out in the response.

The local authority will be represented at the hearing by Ms Claire Heaton, solicitor, with Mr Gareth Lloyd, EHC Coordinator, as a witness.

I will circulate the draft working document to Mrs Whitcombe by 1 June 2027 for her comments, so that the agreed version can be filed by 8 June 2027.

Yours faithfully,"""),
        S(SIG_REBECCA + "\n\n" + DISCLAIMER),
        Q("outlook", "trib-registered"),
    ],
    cc=[JO],
    reply_to="trib-registered",
    category="mediation_tribunal",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        f"{TRIB.replace('/', '-')} LA Response.pdf",
        "LA evidence bundle - Isla Whitcombe.pdf",
    ],
    refs=[TRIB, LEGAL],
    dates=[("1 June 2027", "2027-06-01", "deadline"), ("8 June 2027", "2027-06-08", "deadline")],
    commits=[
        (
            "la",
            "circulate the draft working document",
            "2027-06-01",
            "I will circulate the draft working document to Mrs Whitcombe by 1 June 2027 for her comments, so that the agreed version can be filed by 8 June 2027.",
        )
    ],
)

M(
    "complaint-stage1",
    "t17-complaint",
    LORRAINE,
    [JO],
    f"RE: {SUBJ_CMP} [{COMPLAINT}]",
    "2027-04-28 13:10:40 +0000",
    [
        N(f"""Dear Mrs Whitcombe,

Please find below, and attached as a PDF, the council's response to your Stage 1 complaint.

Yours sincerely,
Lorraine Betts

------------------------------------------------------------

Calderbrook Metropolitan Borough Council
Children's Services

28 April 2027
Our ref: {COMPLAINT}

Dear Mrs Whitcombe

Stage 1 complaint response

Thank you for your complaint of 14 April 2027, which has been investigated by Natalie Birch, SEN Team Manager.

Point 1 - occupational therapy not delivered: upheld. The NHS occupational therapist left in December 2026 and the council did not put interim provision in place until 13 April 2027. The council accepts that it did not meet its duty under section 42 and I apologise on the council's behalf.

Point 2 - update not provided: upheld. Mr Lloyd was on leave and the update was not reassigned.

Point 3 - the decision following the annual review: partly upheld. The decision was sent within four weeks of the meeting, but the proposed amendments should have been sent with it.

Point 4 - Marlstone Academy's response: not upheld. Marlstone Academy did not reply to the re-consultation, and the council could not give you an answer it did not have. However, you should have been told this.

Remedy: the council will commission 18 additional OT sessions from Brightside Therapy, in addition to Isla's normal sessions, to be completed by 16 July 2027. Mr Lloyd will send you the session dates by 5 May 2027. The SEND service will introduce a monthly check of therapy vacancies against section F provision from the summer term.

If you are not satisfied with this response, you may ask for your complaint to be considered at Stage 2 within 20 working days of the date of this letter, that is by 27 May 2027.

Yours sincerely

Lorraine Betts
Complaints and Feedback Officer, on behalf of the Director of Children's Services"""),
        S(
            """Lorraine Betts | Complaints and Feedback Officer
Customer Relations Team, Calderbrook Metropolitan Borough Council | 0113 496 0200

"""
            + DISCLAIMER
        ),
        Q("outlook", "complaint"),
    ],
    reply_to="complaint",
    category="complaint",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[f"Stage 1 response {COMPLAINT.replace('/', '-')}.pdf"],
    refs=[COMPLAINT, ISLA],
    dates=[
        ("28 April 2027", "2027-04-28", "other"),
        ("14 April 2027", "2027-04-14", "past"),
        ("13 April 2027", "2027-04-13", "past"),
        ("16 July 2027", "2027-07-16", "deadline"),
        ("5 May 2027", "2027-05-05", "deadline"),
        ("27 May 2027", "2027-05-27", "deadline"),
    ],
    commits=[
        (
            "la",
            "commission 18 additional OT sessions",
            "2027-07-16",
            "Remedy: the council will commission 18 additional OT sessions from Brightside Therapy, in addition to Isla's normal sessions, to be completed by 16 July 2027.",
        ),
        (
            "la",
            "send the session dates",
            "2027-05-05",
            "Mr Lloyd will send you the session dates by 5 May 2027.",
        ),
        (
            "la",
            "introduce a monthly check of therapy vacancies",
            None,
            "The SEND service will introduce a monthly check of therapy vacancies against section F provision from the summer term.",
        ),
    ],
)

M(
    "pb-forms",
    "t19-personal-budget",
    JO,
    [YASMIN],
    "Re: " + SUBJ_PB,
    "2027-04-27 21:40:18 +0100",
    [
        N("""Dear Yasmin,

Thank you. I attach the signed Direct Payment Agreement and the support plan. The provider is Calderbrook Young Explorers CIC, who run the Saturday social communication group at the leisure centre.

The separate account is with Northway Bank, sort code 40-12-76, account number 31926684, in the name "J Whitcombe - Isla DP".

Isla can start on Saturday 8 May if the first payment has been made by then. Could you let me know?

Best wishes,
Joanne Whitcombe"""),
        Q("gmail", "pb-request"),
    ],
    reply_to="pb-request",
    category="general",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=["Direct Payment Agreement - signed.pdf", "Support plan - Isla Whitcombe.docx"],
    refs=[ISLA],
    dates=[("Saturday 8 May", "2027-05-08", "other")],
)

M(
    "theo-comments",
    "t18-theo-plan",
    JO,
    [SIOBHAN],
    "Re: " + SUBJ_TDRAFT,
    "2027-04-27 22:05:33 +0100",
    [
        N("""Hi Siobhán,

Thank you for sending Theo's draft early. Our comments:

- Section I: we would like Ashgrove Community Primary School to be named. Deb Fairweather has said the school is happy to keep Theo.
- Section F: the plan should say who will deliver the daily language group, and how long each session lasts.
- Section E: please add an outcome about Theo attending full days by the end of Year 3.

We don't need a meeting. Marcus will drop the signed parental views page into Calder House on Thursday.

Thanks,
Jo"""),
        Q("gmail", "theo-draft"),
    ],
    cc=[CASEWORK],
    reply_to="theo-draft",
    # relabelled from "general": in the dev labels the parent's comments on a draft are
    # `draft_plan` (its msg-068, msg-071, msg-122), whatever one README sentence says
    category="draft_plan",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[THEO, MEDREF],
    dates=[("on Thursday", "2027-04-29", "deadline")],
    commits=[
        (
            "parent",
            "deliver the signed parental views page",
            "2027-04-29",
            "Marcus will drop the signed parental views page into Calder House on Thursday.",
        )
    ],
)

M(
    "pb-confirmed",
    "t19-personal-budget",
    YASMIN,
    [JO],
    "RE: " + SUBJ_PB,
    "2027-05-05 10:25:49 +0000",
    [
        N("""Dear Mrs Whitcombe,

Thank you, everything is in order. The first payment of £1,240 will be made into the account on Friday 7 May, and then at the start of each term.

Please keep the receipts from Calderbrook Young Explorers, as these are checked at the first direct payment review in the autumn.

Kind regards,
Yasmin Patel"""),
        S(SIG_YASMIN),
        Q("outlook", "pb-forms"),
        S(DISCLAIMER),
    ],
    reply_to="pb-forms",
    category="general",
    from_la=True,
    mime="plain",
    charset="iso-8859-1",
    outlook_thread=True,
    refs=[ISLA],
    dates=[("Friday 7 May", "2027-05-07", "deadline")],
    commits=[
        (
            "la",
            "make the first direct payment",
            "2027-05-07",
            "The first payment of £1,240 will be made into the account on Friday 7 May, and then at the start of each term.",
        )
    ],
)

M(
    "complaint-stage2",
    "t17-complaint",
    JO,
    [LORRAINE],
    f"Stage 2 request - {COMPLAINT}",
    "2027-05-12 19:45:27 +0100",
    [
        N(f"""Dear Ms Betts,

Complaint reference {COMPLAINT}: request for Stage 2 review

I ask for my complaint to be considered at Stage 2.

I accept the findings on points 1 and 2, and the apology. However:

(a) The remedy has not happened. Mr Lloyd was to send me the dates of the additional OT sessions by 5 May. I have had nothing, and Brightside tell me they have not been asked to provide any extra sessions. Isla leaves Ashgrove on 21 July.
(b) On point 4, the council says it could not give me an answer it did not have. I was never told that Marlstone had not replied, even when I asked in writing on 1 February.
(c) The response does not explain how the council will cover vacancies in future; a monthly check is not a plan for covering them.

I would like the Stage 2 review to confirm a timetable for the 18 sessions, with dates, and to set out what cover arrangements will be made in future.

Yours sincerely,
Joanne Whitcombe"""),
        S(SIG_JO),
        Q("gmail", "complaint-stage1"),
    ],
    reply_to="complaint-stage1",
    category="complaint",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[COMPLAINT],
    dates=[
        ("5 May", "2027-05-05", "past"),
        ("21 July", "2027-07-21", "other"),
        ("1 February", "2027-02-01", "past"),
    ],
)

M(
    "trib-evidence",
    "t15-tribunal",
    JO,
    [REBECCA],
    "Re: " + HD + " | Local Authority Response",
    "2027-05-14 12:00:19 +0100",
    [
        N("""Dear Ms Thornhill,

Thank you for the local authority's response.

For information, I attach the evidence I intend to rely on: the independent OT report, a letter from Isla's CAMHS practitioner about her anxiety, and the notes made by Marlstone Academy's SENCO after Isla's visit on 29 April, in which he says Marlstone could meet her needs with one extra teaching assistant in the resourced provision.

I will send the same documents and my attendance form to the Tribunal by 25 May, in line with direction 2. Femi Adeyemi of Calderbrook SENDIASS will attend the hearing with me as my supporter.

Yours sincerely,
Joanne Whitcombe"""),
        S(SIG_JO),
        Q("gmail", "trib-la-response"),
    ],
    reply_to="trib-la-response",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    attachments=[
        "Independent OT report - Isla Whitcombe.pdf",
        "CAMHS letter - Isla Whitcombe.pdf",
        "Marlstone visit notes 29.04.27.pdf",
    ],
    refs=[TRIB],
    dates=[("29 April", "2027-04-29", "past"), ("25 May", "2027-05-25", "deadline")],
    commits=[
        (
            "parent",
            "send the evidence and attendance form to the Tribunal",
            "2027-05-25",
            "I will send the same documents and my attendance form to the Tribunal by 25 May, in line with direction 2.",
        ),
        (
            "other",
            "attend the hearing as supporter",
            None,
            "Femi Adeyemi of Calderbrook SENDIASS will attend the hearing with me as my supporter.",
        ),
    ],
)

M(
    "theo-final",
    "t18-theo-plan",
    SIOBHAN,
    [JO],
    "RE: " + SUBJ_TDRAFT,
    "2027-05-20 15:10:26 +0000",
    [
        N("""Hi Joanne,

Theo's final EHC plan is attached, naming Ashgrove Community Primary School. I've made all three changes you asked for - the daily language group is now down as 20 minutes a day with a teaching assistant trained by the speech and language therapist.

Because this is a final plan you have the right to appeal to the Tribunal about sections B, F or I. The details are in the covering letter; any appeal must be received within two months of the date of the letter, so by 20 July 2027.

Deb and I will meet you in school in three weeks' time to look at how it's all going - I'll send an invite.

It's been a long road - thank you for your patience with us.

Siobhán"""),
        S(SIG_SIOBHAN),
        Q("outlook", "theo-comments"),
        S(DISCLAIMER),
    ],
    cc=[DEB],
    reply_to="theo-comments",
    category="final_plan",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Theo Whitcombe - FINAL EHCP 20-05-2027.pdf",
        "Covering letter - final EHC plan.pdf",
    ],
    refs=[THEO, MEDREF],
    dates=[
        ("20 July 2027", "2027-07-20", "deadline"),
        ("in three weeks' time", "2027-06-10", "meeting"),
    ],
    commits=[
        (
            "la",
            "meet the parent in school with the SENCo",
            "2027-06-10",
            "Deb and I will meet you in school in three weeks' time to look at how it's all going - I'll send an invite.",
        )
    ],
)

M(
    "trib-concession",
    "t15-tribunal",
    REBECCA,
    [JO],
    "RE: " + HD + " | Proposal to settle",
    "2027-05-28 14:20:33 +0000",
    [
        N("""Dear Mrs Whitcombe,

I write further to your email of 14 May and the evidence you have filed.

Having considered the notes of Isla's visit to Marlstone Academy, and following further discussion between the local authority and the Academy, I am instructed that the local authority no longer opposes the appeal. Marlstone Academy confirmed in writing on 26 May 2027 that it can meet Isla's needs with the additional staffing to be set out in section F.

The local authority therefore proposes that the appeal be settled by consent on the following terms: (1) section I of Isla's plan will name Marlstone Academy; (2) section F will include 15 hours per week of additional teaching assistant support in the resourced provision.

If you agree, please confirm by reply by 2 June 2027. On receipt of your agreement I will send a draft consent order to the Tribunal, and the local authority will issue the amended final plan within five weeks of the date of the Tribunal's order.

Yours sincerely,"""),
        S(SIG_REBECCA + "\n\n" + DISCLAIMER),
        Q("outlook", "trib-evidence"),
    ],
    reply_to="trib-evidence",
    category="mediation_tribunal",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[TRIB, LEGAL],
    dates=[
        ("14 May", "2027-05-14", "past"),
        ("26 May 2027", "2027-05-26", "past"),
        ("2 June 2027", "2027-06-02", "deadline"),
    ],
    commits=[
        (
            "la",
            "send a draft consent order and issue the amended plan",
            None,
            "On receipt of your agreement I will send a draft consent order to the Tribunal, and the local authority will issue the amended final plan within five weeks of the date of the Tribunal's order.",
        )
    ],
)

M(
    "trib-agree",
    "t15-tribunal",
    JO,
    [REBECCA],
    "Re: " + HD + " | Proposal to settle",
    "2027-05-30 23:20:41 +0000",
    [
        N("""Dear Ms Thornhill,

Thank you for your email on Friday. I have talked it through with my husband, and with Femi Adeyemi at SENDIASS, over the weekend, and I agree to the appeal being settled on the terms you set out.

Please send me the draft consent order before it goes to the Tribunal. If anything needs my signature, I can come to Calder House tomorrow.

I will tell Brookfield High School that Isla will not be taking up her place once the Tribunal has approved the order.

Yours sincerely,
Joanne Whitcombe"""),
        Q("gmail", "trib-concession"),
    ],
    reply_to="trib-concession",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    idstyle="gmail",
    refs=[TRIB],
    dates=[("on Friday", "2027-05-28", "past"), ("tomorrow", "2027-06-01", "other")],
    commits=[
        (
            "parent",
            "tell Brookfield that Isla will not take up her place",
            None,
            "I will tell Brookfield High School that Isla will not be taking up her place once the Tribunal has approved the order.",
        )
    ],
)

M(
    "trib-order-sent",
    "t15-tribunal",
    REBECCA,
    [TRIBUNAL],
    "RE: " + HD + " | Consent order",
    "2027-06-02 09:15:08 +0000",
    [
        N("""Dear Sir or Madam,

The parties have reached agreement. Please find attached a draft consent order, agreed by both parties, for the Tribunal's approval. Mrs Whitcombe confirmed her agreement by email on 31 May 2027 and is copied in.

The parties respectfully ask the Tribunal to make the order in the terms of the draft and to vacate the hearing listed for 22 June 2027.

If the order is made, the local authority will issue Isla's amended final EHC plan naming Marlstone Academy within five weeks of the date of the order, as required by regulation 44.

Yours faithfully,"""),
        S(SIG_REBECCA + "\n\n" + DISCLAIMER),
        Q("outlook", "trib-agree"),
    ],
    cc=[JO],
    reply_to="trib-agree",
    category="mediation_tribunal",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[f"{TRIB.replace('/', '-')} draft consent order.pdf"],
    refs=[TRIB, LEGAL],
    dates=[("31 May 2027", "2027-05-31", "past"), ("22 June 2027", "2027-06-22", "meeting")],
    commits=[
        (
            "la",
            "issue the amended final plan naming Marlstone",
            None,
            "If the order is made, the local authority will issue Isla's amended final EHC plan naming Marlstone Academy within five weeks of the date of the order, as required by regulation 44.",
        )
    ],
)

M(
    "complaint-final",
    "t17-complaint",
    ANITA,
    [JO],
    f"Stage 2 complaint response - {COMPLAINT}",
    "2027-06-09 10:00:12 +0000",
    [
        N(f"""Dear Mrs Whitcombe,

Stage 2 complaint response - reference {COMPLAINT}

I have reviewed your complaint and the Stage 1 response, and I have spoken to the SEN Team Manager and to Brightside Therapy.

(a) Additional OT sessions: upheld. The sessions were not commissioned after the Stage 1 response, and I apologise. They have now been commissioned: Brightside will deliver three additional sessions each week from Monday 14 June. Ms Birch will send you the full timetable by 11 June 2027.

(b) Marlstone Academy: upheld. You should have been told that Marlstone had not replied.

(c) Future cover: partly upheld. From September 2027 the SEND service will check every therapy vacancy reported by the NHS trust against the EHC plans affected within five working days, and will commission interim provision wherever a child would otherwise miss more than two weeks of provision.

In recognition of the time and trouble you have been put to, the council will make a payment of £300 to you, which will be paid within 28 days of this letter.

This is the council's final response. If you remain dissatisfied, you can ask the Local Government and Social Care Ombudsman to investigate. You should normally do so within 12 months of becoming aware of the problem.

Yours sincerely,
Anita Rowe
Corporate Complaints Manager"""),
        S(
            """Anita Rowe | Corporate Complaints Manager | Calderbrook Metropolitan Borough Council

"""
            + DISCLAIMER
        ),
        Q("outlook", "complaint-stage2"),
    ],
    reply_to="complaint-stage2",
    category="complaint",
    from_la=True,
    mime="html",
    cte="qp",
    outlook_thread=True,
    refs=[COMPLAINT],
    dates=[
        ("Monday 14 June", "2027-06-14", "deadline"),
        ("11 June 2027", "2027-06-11", "deadline"),
        ("within 28 days of this letter", "2027-07-07", "deadline"),
    ],
    commits=[
        (
            "other",
            "deliver three additional OT sessions a week",
            "2027-06-14",
            "They have now been commissioned: Brightside will deliver three additional sessions each week from Monday 14 June.",
        ),
        (
            "la",
            "send the full timetable",
            "2027-06-11",
            "Ms Birch will send you the full timetable by 11 June 2027.",
        ),
        (
            "la",
            "check therapy vacancies and commission interim provision",
            None,
            "From September 2027 the SEND service will check every therapy vacancy reported by the NHS trust against the EHC plans affected within five working days, and will commission interim provision wherever a child would otherwise miss more than two weeks of provision.",
        ),
        (
            "la",
            "pay £300",
            "2027-07-07",
            "In recognition of the time and trouble you have been put to, the council will make a payment of £300 to you, which will be paid within 28 days of this letter.",
        ),
    ],
)

M(
    "trib-order",
    "t15-tribunal",
    TRIBUNAL,
    [REBECCA, JO],
    "RE: " + HD + " | Consent order",
    "2027-06-09 14:40:27 +0000",
    [
        N("""Dear Parties

A Tribunal Judge has considered the parties' draft consent order and has made the order in the agreed terms. A sealed copy of the order, dated 9 June 2027, is attached.

The hearing listed for 22 June 2027 has been vacated. The parties do not need to attend.

Under regulation 44 of the SEND Regulations 2014, the local authority must issue the amended EHC plan within five weeks of the date of the order, that is by 14 July 2027.

The appeal is now concluded.

Tribunal Caseworker
First-tier Tribunal (SEND)"""),
        S("""HM Courts & Tribunals Service | First-tier Tribunal (SEND)
This email and any files transmitted with it are intended solely for the addressee. If you have received it in error, please tell the sender and delete it."""),
        Q("outlook", "trib-order-sent"),
    ],
    reply_to="trib-order-sent",
    category="mediation_tribunal",
    from_la=False,
    mime="alt",
    outlook_thread=True,
    attachments=[f"{TRIB.replace('/', '-')} Consent order (sealed).pdf"],
    refs=[TRIB],
    dates=[
        ("9 June 2027", "2027-06-09", "other"),
        ("22 June 2027", "2027-06-22", "meeting"),
        ("14 July 2027", "2027-07-14", "deadline"),
    ],
)

M(
    "hst-decision",
    "t13-transport",
    DEAN,
    [JO],
    "RE: " + SUBJ_HST,
    "2027-06-17 11:30:50 +0000",
    [
        N("""Dear Mrs Whitcombe,

Thank you for the information, and for letting us know that the Tribunal has now ordered that Marlstone Academy be named.

I am pleased to confirm that Isla is eligible for free home to school transport to Marlstone Academy from September 2027. She will travel on a shared minibus (route M12) with a passenger assistant.

Transport will start on Thursday 2 September 2027. The operator, Calder Valley Travel, will phone you in the last week of August to introduce the driver and passenger assistant and confirm the pick-up time.

If Isla's circumstances change, please tell us straight away.

Regards,
Dean Farley"""),
        S(SIG_DEAN),
        Q("outlook", "hst-answers"),
        S(DISCLAIMER),
    ],
    reply_to="hst-answers",
    category="general",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    refs=[TRANSPORT],
    dates=[("Thursday 2 September 2027", "2027-09-02", "other")],
    commits=[
        (
            "other",
            "phone the parent to introduce the driver and confirm pick-up",
            None,
            "The operator, Calder Valley Travel, will phone you in the last week of August to introduce the driver and passenger assistant and confirm the pick-up time.",
        )
    ],
)

M(
    "lgsco-ack",
    "t20-lgsco",
    LGSCO,
    [JO],
    f"Your complaint about Calderbrook Metropolitan Borough Council - our reference {OMBUDSMAN}",
    "2027-07-05 08:10:38 +0000",
    [
        N(f"""Dear Mrs Whitcombe

Thank you for your complaint, which we received on 1 July 2027. Your complaint about Calderbrook Metropolitan Borough Council has been given the reference {OMBUDSMAN}. Please quote this in all contact with us.

Council complaint reference: {COMPLAINT}

You have complained that the council failed to provide the occupational therapy in your daughter's Education, Health and Care plan between December 2026 and April 2027, and did not put in place the remedy it agreed at Stage 1.

What happens next
We will now ask the council for information about your complaint. Once we have it, an assessment officer decides whether we can investigate. We aim to contact you with our decision within six weeks, but this can take longer.

We cannot consider the content of the EHC plan or the school named in it, as you have a right of appeal to the SEND Tribunal for those matters.

Yours sincerely

Intake Team
Local Government and Social Care Ombudsman"""),
        S("""PO Box 4771, Coventry CV4 0ZZ | Tel 03069 990614
We will use the information you have given us to consider your complaint. Our privacy notice explains how we handle personal information."""),
    ],
    category="complaint",
    from_la=False,
    mime="alt",
    idstyle="other",
    refs=[OMBUDSMAN, COMPLAINT],
    dates=[("1 July 2027", "2027-07-01", "past")],
    commits=[
        (
            "other",
            "ask the council for information",
            None,
            "We will now ask the council for information about your complaint.",
        )
    ],
)

M(
    "isla-final-marlstone",
    "t21-isla-final-marlstone",
    GARETH,
    [JO],
    f"OFFICIAL-SENSITIVE: Final amended EHC plan - Isla Whitcombe - {ISLA} - {TRIB}",
    "2027-07-08 13:30:16 +0000",
    [
        N("""Dear Mrs Whitcombe,

Further to the Tribunal's consent order of 09/06/2027, please find attached Isla's final amended EHC plan dated 08/07/2027. Section I names Marlstone Academy (DfE 385/4021) from 01/09/2027. Section F includes 15 hours per week of additional teaching assistant support and the OT provision.

Marlstone's SENCO, Mr Rudd, is copied in. He will contact you w/c 12/07/2027 to arrange a transition visit before the end of term.

You have the right to appeal to the First-tier Tribunal (SEND) against the content of sections B, F and I of the amended plan within two months of the date of this letter, i.e. by 08/09/2027.

Regards,
Gareth Lloyd"""),
        S(SIG_GARETH + "\n\n" + DISCLAIMER),
    ],
    cc=[RUDD, DEB],
    category="final_plan",
    from_la=True,
    mime="alt",
    outlook_thread=True,
    attachments=[
        "Isla Whitcombe - Final Amended EHCP 08-07-2027.pdf",
        "Covering letter - amended plan following Tribunal order.pdf",
    ],
    refs=[ISLA, TRIB],
    dates=[
        ("09/06/2027", "2027-06-09", "past"),
        ("08/07/2027", "2027-07-08", "other"),
        ("01/09/2027", "2027-09-01", "other"),
        ("w/c 12/07/2027", "2027-07-12", "other"),
        ("08/09/2027", "2027-09-08", "deadline"),
    ],
    commits=[
        (
            "school",
            "contact the parent to arrange a transition visit",
            None,
            "He will contact you w/c 12/07/2027 to arrange a transition visit before the end of term.",
        )
    ],
)

M(
    "portal",
    "t22-portal",
    PORTAL,
    [JO],
    "New document available on the Calderbrook SEND Portal",
    "2027-07-08 13:31:02 +0000",
    [
        N(f"""Dear Joanne Whitcombe,

A new document has been added to your case on the Calderbrook SEND Portal.

Case: {ISLA}
Document: Final amended EHC plan (issued 08/07/2027)

To view it, sign in at https://sendportal.calderbrook.gov.uk. For your security we do not attach documents to portal notifications.

This is an automated message. Replies to this address are not read."""),
    ],
    category="general",
    from_la=True,
    mime="alt",
    idstyle="other",
    msgid=False,
    refs=[ISLA],
    extra_headers=[("Auto-Submitted", "auto-generated")],
    dates=[("08/07/2027", "2027-07-08", "other")],
)


# =========================================================================== build


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1].lower()


def is_la(address: str) -> bool:
    d = domain_of(address)
    return any(d == x or d.endswith("." + x) for x in LA_DOMAINS)


def build() -> list[Msg]:
    msgs = sorted(MESSAGES, key=lambda m: m.when.astimezone(dt.UTC))
    slugs = [m.slug for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    by_slug = {m.slug: m for m in msgs}
    for i, m in enumerate(msgs, 1):
        m.file = f"{i:03d}_{m.slug}.eml"
        if m.has_msgid:
            m.msgid = make_msgid(m.idstyle, "blind4/" + m.slug, domain_of(m.frm[1]))
    seen = set()
    for m in msgs:
        for p in m.parts:
            if p.kind == "ref":
                assert p.slug in seen, f"{m.slug} quotes {p.slug}, which is not earlier"
        if m.reply_to:
            assert m.reply_to in seen, f"{m.slug} replies to a later message"
        m.plain = render_plain(m, by_slug)
        seen.add(m.slug)

    out = ROOT / "messages"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for m in msgs:
        raw = build_raw(m, by_slug).replace("\r\n", "\n").replace("\n", "\r\n")
        (out / m.file).write_bytes(raw.encode("ascii"))

    with open(ROOT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for m in msgs:
            fh.write(json.dumps(label(m), ensure_ascii=False) + "\n")
    (ROOT / "config.toml").write_text(CONFIG, encoding="utf-8", newline="\n")
    return msgs


def label(m: Msg) -> dict:
    return {
        "file": m.file,
        "message_id": m.msgid,
        "thread": m.thread,
        "from_la": m.from_la,
        "category": m.category,
        "references": list(m.refs),
        "dates": [{"text": t, "date": d, "role": r} for t, d, r in m.dates],
        "commitments": [
            {"actor": a, "action": act, "due": due, "text": t} for a, act, due, t in m.commits
        ],
    }


# =========================================================================== checks


def check(msgs: list[Msg]) -> list[str]:
    errs: list[str] = []

    def err(m: Msg, text: str) -> None:
        errs.append(f"{m.file}: {text}")

    for m in msgs:
        new = norm_ws(m.new_text())
        day = m.local().date()
        if m.category not in TAXONOMY:
            err(m, f"category {m.category!r} not in taxonomy")
        if m.from_la != is_la(m.frm[1]):
            err(m, f"from_la {m.from_la} disagrees with the sender's domain")
        offset = m.when.utcoffset().total_seconds() / 3600
        if offset and offset != london_offset(m.when.astimezone(dt.UTC)):
            err(m, "Date offset is neither UTC nor London local time")
        if m.category == "not_send" and (m.refs or m.dates or m.commits):
            err(m, "not_send message carries labels")

        # references: present in subject, new text or signature; and nothing known left out
        visible = norm_ref(m.subject + " " + m.new_text() + " " + m.sig_text())
        for r in m.refs:
            if norm_ref(r) not in visible:
                err(m, f"reference {r} not in subject/new text/signature")
        if m.category != "not_send":
            for r in KNOWN_REFS:
                if norm_ref(r) in visible and r not in m.refs:
                    err(m, f"reference {r} visible but not labelled")

        # dates
        isos = [d for _, d, _ in m.dates]
        if len(set(isos)) != len(isos):
            err(m, "a calendar date is labelled twice")
        for text, iso, role in m.dates:
            if role not in ROLES:
                err(m, f"role {role}")
            if norm_ws(text) not in new:
                err(m, f"date text {text!r} not in new text")
            for e in check_date_text(text, iso):
                err(m, f"date {text!r}: {e}")
            rel = resolve_relative(text, day, role)
            if rel is not None and rel.isoformat() != iso:
                err(m, f"date {text!r}: relative phrase resolves to {rel}, labelled {iso}")
            is_past = dt.date.fromisoformat(iso) < day
            if is_past != (role == "past"):
                err(m, f"date {text!r} {iso}: role {role} but message day is {day}")

        # commitments
        for actor, action, due, text in m.commits:
            if actor not in ACTORS:
                err(m, f"actor {actor}")
            if not action or not text:
                err(m, "empty commitment")
            if norm_ws(text) not in new:
                err(m, f"commitment text not in new text: {text[:60]!r}")
            if due is not None:
                if due not in isos:
                    err(m, f"commitment due {due} is not a labelled date")
                elif dict((d, r) for _, d, r in m.dates)[due] == "past":
                    err(m, f"commitment due {due} is in the past")

        # the written file
        raw = (ROOT / "messages" / m.file).read_bytes()
        if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
            err(m, "line endings are not CRLF throughout")
        msg, body = file_text(raw)
        if not msg["Date"]:
            err(m, "no Date header")
        if bool(msg["Message-ID"]) != m.has_msgid:
            err(m, "Message-ID presence differs from intent")
        if m.has_msgid and msg["Message-ID"].strip() != m.msgid:
            err(m, "Message-ID differs")
        parsed = email.utils.parsedate_to_datetime(msg["Date"])
        if parsed != m.when:
            err(m, "Date header does not round-trip")
        if msg["Subject"] != m.subject:
            err(m, f"Subject does not round-trip: {msg['Subject']!r}")
        flat = norm_ws(body)
        for text in [t for t, _, _ in m.dates] + [c[3] for c in m.commits]:
            if norm_ws(text) not in flat:
                err(m, f"label text not found in the decoded file: {text[:60]!r}")
        if m.mime != "html" and norm_ws(body) != norm_ws(m.plain):
            err(m, "decoded plain body differs from the source")
        if m.drop_threading and (msg["In-Reply-To"] or msg["References"]):
            err(m, "threading headers present though dropped")
    threads = {m.thread for m in msgs}
    if len(threads) < 2:
        errs.append("too few threads")
    return errs


def resolve_relative(text: str, day: dt.date, role: str) -> dt.date | None:
    """Resolve the relative phrases used in this corpus against the message's London day."""
    low = text.lower()
    if re.search(r"\d", low) and not re.search(r"\bthe \d{1,2}(?:st|nd|rd|th)\b", low):
        return None
    if "tomorrow" in low:
        return day + dt.timedelta(days=1)
    if "yesterday" in low:
        return day - dt.timedelta(days=1)
    if "fortnight today" in low:
        return day + dt.timedelta(days=14)
    if "three weeks" in low:
        return day + dt.timedelta(days=21)
    hit = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", low)
    if hit:
        n = int(hit.group(1))
        d = day + dt.timedelta(days=1)
        while d.day != n:
            d += dt.timedelta(days=1)
        return d
    for i, name in enumerate(WEEKDAYS):
        if re.search(r"\b" + name + r"\b", low):
            step = -1 if role == "past" else 1
            d = day + dt.timedelta(days=step)
            while d.weekday() != i:
                d += dt.timedelta(days=step)
            return d
    return None


DATEISH = re.compile(
    r"\b(?:"
    + "|".join(WEEKDAYS)
    + r")\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_RE
    + r"\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:today|tomorrow|yesterday|fortnight|w/c|next week|half term|end of (?:the )?(?:month|term))\b"
    r"|\bthe \d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)


def review(msgs: list[Msg]) -> None:
    for m in msgs:
        new = m.new_text()
        spans = []
        for text, _, _ in m.dates:
            for hit in re.finditer(re.escape(text), new):
                spans.append(hit.span())
        for hit in DATEISH.finditer(new):
            if not any(a <= hit.start() and hit.end() <= b for a, b in spans):
                line = new[max(0, hit.start() - 40) : hit.end() + 30].replace("\n", " ")
                print(f"  {m.file}: {hit.group(0)!r}  ...{line}...")


def stats(msgs: list[Msg]) -> None:
    from collections import Counter

    threads = Counter(m.thread for m in msgs)
    print(
        f"messages {len(msgs)}; conversations {len(threads)} ({sum(1 for v in threads.values() if v > 1)} with more than one message)"
    )
    print(
        f"from_la {sum(m.from_la for m in msgs)}; references {sum(len(m.refs) for m in msgs)}; "
        f"dates {sum(len(m.dates) for m in msgs)}; commitments {sum(len(m.commits) for m in msgs)} "
        f"({sum(1 for m in msgs for c in m.commits if c[2])} with a due date)"
    )
    print("categories:", dict(Counter(m.category for m in msgs).most_common()))
    print("roles:", dict(Counter(r for m in msgs for _, _, r in m.dates).most_common()))
    print("actors:", dict(Counter(c[0] for m in msgs for c in m.commits).most_common()))
    print(f"span: {msgs[0].local():%Y-%m-%d} to {msgs[-1].local():%Y-%m-%d}")


def main() -> int:
    msgs = build()
    errs = check(msgs)
    for e in errs:
        print("ERROR", e)
    if "--review" in sys.argv:
        print("date-like words in new text without a label:")
        review(msgs)
    stats(msgs)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
