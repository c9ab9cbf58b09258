"""The cast of the blind6 corpus: the Brightwell family and Kestrelford Borough Council."""

from corpuslib import Person

LA_DOMAINS = ("kestrelford.gov.uk",)

DISCLAIMER = """\
----------------------------------------------------------------------
CONFIDENTIALITY: This email and any attachments are confidential and may be
legally privileged. They are intended only for the person or organisation to
whom they are addressed. If you have received this email in error, please tell
the sender at once and delete it; do not copy, use or disclose it. Kestrelford
Borough Council may monitor and record email traffic for lawful business
purposes. Any views expressed are those of the author and do not necessarily
represent those of the Council. The Council accepts no liability for viruses.
Kestrelford Borough Council, Kestrel House, Market Street, Kestrelford KF1 2AB.
Please consider the environment before printing this email.
----------------------------------------------------------------------"""

MARCUS_SIG = (
    """\
Marcus Thorne
SEN Case Officer (Early Years)
SEN Statutory Assessment Team | Children, Families and Education Directorate
Kestrelford Borough Council
Kestrel House, Market Street, Kestrelford KF1 2AB
Direct line: 01632 960 233 | Team: 01632 960 201 | Mobile: 07700 900 417
Email: marcus.thorne@kestrelford.gov.uk | send@kestrelford.gov.uk
My working days are Monday to Thursday.

Kestrel House office closures 2026-27: Thursday 24 December 2026 (from 1pm)
to Friday 1 January 2027; Friday 26 March and Monday 29 March 2027;
Monday 3 May and Monday 31 May 2027. The SEN duty line is staffed on all
other working days from 9am to 4.30pm.

Find the Kestrelford Local Offer at www.kestrelford.gov.uk/localoffer
Follow us: @KestrelfordBC

"""
    + DISCLAIMER
)

# ------------------------------------------------------------------ family
ELEANOR = Person(
    "Eleanor Brightwell",
    "eleanor.brightwell@example.org",
    "gmail",
    "Eleanor Brightwell\nSolicitor (writing in a personal capacity)\n07700 900 581",
)
SAM = Person("Sam Brightwell", "sam.brightwell@example.com", "iphone", "Sent from my iPhone")

# ------------------------------------------------------------------ council
MARCUS = Person("Marcus Thorne", "marcus.thorne@kestrelford.gov.uk", "outlook", MARCUS_SIG)
SEN_TEAM = Person("SEN Statutory Assessment Team", "send@kestrelford.gov.uk", "outlook", "")
CASEWORK = Person("Kestrelford Casework", "noreply@casework.kestrelford.gov.uk", "plain", "")
RACHEL = Person(
    "Rachel Oduya",
    "rachel.oduya@kestrelford.gov.uk",
    "outlook",
    "Rachel Oduya\nSEN Team Manager (0-25)\nKestrelford Borough Council\nTel: 01632 960 240\n\n"
    + DISCLAIMER,
)
JO = Person(
    "Jo Pemberton",
    "jo.pemberton@kestrelford.gov.uk",
    "outlook",
    "Jo Pemberton\nPortage Home Visitor, Early Years Inclusion Team\nKestrelford Borough Council | 07700 900 662",
)
IMOGEN = Person(
    "Dr Imogen Faulkner",
    "imogen.faulkner@kestrelford.gov.uk",
    "outlook",
    "Dr Imogen Faulkner\nEducational Psychologist (HCPC PYL04417)\nKestrelford Educational Psychology Service",
)
COMPLAINTS = Person("Complaints Team", "complaints@kestrelford.gov.uk", "outlook", "")
HUB = Person("Kestrelford EHC Hub", "noreply@ehchub.kestrelford.gov.uk", "plain", "")
FEEDBACK = Person(
    "Kestrelford Customer Feedback", "noreply@feedback.kestrelford.gov.uk", "plain", ""
)
LEWIS = Person(
    "Lewis Grant",
    "lewis.grant@kestrelford.gov.uk",
    "outlook",
    "Lewis Grant\nCustomer Feedback Officer\nKestrelford Borough Council | 01632 960 310",
)
HAVE_YOUR_SAY = Person("Kestrelford Borough Council", "haveyoursay@kestrelford.gov.uk", "plain", "")
CHLOE = Person(
    "Chloe Venn",
    "chloe.venn@kestrelford.gov.uk",
    "outlook",
    "Chloe Venn\nSEND Review Officer (Early Years and Reception)\nKestrelford Borough Council\n"
    "Review ref: AR/27/1142 | Tel: 01632 960 257",
)

# ------------------------------------------------------------------ settings
BETHAN = Person(
    "Bethan Morgan",
    "bethan.morgan@littleacornsnursery.co.uk",
    "plain",
    "Bethan Morgan\nSENCO and Deputy Manager\nLittle Acorns Day Nursery, 14 Orchard Rise, Kestrelford\n01632 960 774",
)
ACORNS_NEWS = Person("Little Acorns Day Nursery", "news@littleacornsnursery.co.uk", "plain", "")
GWEN = Person(
    "Gwen Ashworth",
    "g.ashworth@hollinslane.kestrelford.sch.uk",
    "plain",
    "Gwen Ashworth\nSENCO and Enhanced Resource Base Lead\nHollins Lane Primary School\n01632 960 512",
)

# ------------------------------------------------------------------ health
PAEDS = Person("Community Paediatrics - Thornfield CDC", "kch.paediatrics@nhs.net", "plain", "")
NIAMH = Person(
    "Niamh Keane",
    "niamh.keane2@nhs.net",
    "plain",
    "Niamh Keane\nSpeech and Language Therapist (Early Years)\nKestrelford Community Health Services",
)
CARYS = Person(
    "Carys Pryce",
    "carys.pryce@nhs.net",
    "plain",
    "Carys Pryce\nChildren's Speech and Language Therapy Service Manager\nKestrelford Community Health Services",
)
FARAH = Person(
    "Dr Farah Qureshi",
    "farah.qureshi@nhs.net",
    "plain",
    "Dr Farah Qureshi\nDesignated Clinical Officer for SEND\nNHS Kestrel Vale Integrated Care Board",
)

# ------------------------------------------------------------------ others
KIERAN = Person(
    "Kieran Lowe",
    "kieran.lowe@kestrelfordiass.org.uk",
    "plain",
    "Kieran Lowe\nSENDIASS Adviser\nKestrelford SENDIASS - free, impartial and confidential\n01632 960 418",
)
PATIENCE = Person(
    "Patience Adebayo",
    "p.adebayo@clearwatermediation.co.uk",
    "plain",
    "Patience Adebayo\nMediation Adviser, Clearwater Mediation\n01632 960 900 | Company no. 08812345",
)

CONFIG = """\
# blind6: Eleanor Brightwell's mailbox (Kestrelford Borough Council). Generated by src/build.py.
timezone = "Europe/London"

[owner]
name = "Eleanor Brightwell"
addresses = ["eleanor.brightwell@example.org"]

[[children]]
name = "Rosie Brightwell"
la_reference = "EY/EHC/26/0391"
date_of_birth = "2023-02-14"

[[parties]]
kind = "la"
name = "Kestrelford Borough Council (SEN Statutory Assessment Team and other services)"
domains = ["kestrelford.gov.uk", "casework.kestrelford.gov.uk", "ehchub.kestrelford.gov.uk", "feedback.kestrelford.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Little Acorns Day Nursery"
domains = ["littleacornsnursery.co.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Hollins Lane Primary School"
domains = ["hollinslane.kestrelford.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Kestrelford Community Health Services and NHS Kestrel Vale ICB"
domains = []
addresses = ["kch.paediatrics@nhs.net", "niamh.keane2@nhs.net", "carys.pryce@nhs.net", "farah.qureshi@nhs.net"]

[[parties]]
kind = "advice"
name = "Kestrelford SENDIASS"
domains = ["kestrelfordiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Clearwater Mediation"
domains = ["clearwatermediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Sam Brightwell (Rosie's father)"
domains = []
addresses = ["sam.brightwell@example.com"]
"""
