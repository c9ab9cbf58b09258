"""Cast, signatures and config.toml of the blind14 corpus (all invented)."""

from corpuslib import Person

WEALD_DISCLAIMER = (
    "Wealdshire County Council: this message and anything attached to it may contain personal "
    "information and is meant only for the person it is addressed to. If it has reached you by mistake, "
    "please let the sender know and then delete it. Emails to and from the council may be monitored."
)

# ---- the family
# Thunderbird on the desktop: display name in iso-8859-2 encoded words
TOMASZ = Person(
    "Tomasz Wiśniewski-Hart",
    "tomasz.wh@example.net",
    "-- \nTomasz Wiśniewski-Hart\nCEng MIMechE\n07700 900318",
    hcharset="iso-8859-2",
)
# the same man on his phone (utf-8 headers, no signature block)
TOMASZ_PHONE = Person("Tomasz Wiśniewski-Hart", "tomasz.wh@example.net", "Sent from my iPhone")
JO = Person("Jo Hart", "jo.hart@example.com")
AGNIESZKA = Person("Agnieszka Wiśniewska", "a.wisniewska@example.org", "", hcharset="iso-8859-2")

# ---- Wealdshire County Council
FENELLA = Person(
    "Fenella Okonedo-Marsh",
    "fenella.okonedo-marsh@wealdshire.gov.uk",
    "Kind regards,\n\nFenella Okonedo-Marsh\nEHC Review Officer\nSEND Assessment and Review Team\n"
    "Wealdshire County Council, Shire Hall, Ambridge Road, Wealdbury WS1 4QT\n"
    "Tel: 01632 960541 (Mon, Tue, Thu)\n\n" + WEALD_DISCLAIMER,
)
GARETH = Person(
    "Gareth Pilkington",
    "gareth.pilkington@wealdshire.gov.uk",
    "Gareth Pilkington\nSEND Service Manager (Statutory)\nWealdshire County Council\n01632 960502",
)
GARETH_PHONE = Person(
    "Gareth Pilkington", "gareth.pilkington@wealdshire.gov.uk", "Gareth\nSent from Outlook for iOS"
)
DAWN = Person(
    "Dawn Ashcroft",
    "dawn.ashcroft@wealdshire.gov.uk",
    "Many thanks\nDawn\n\nDawn Ashcroft | Travel Coordinator (SEND)\nHome to School Transport | Wealdshire County Council\n"
    "01632 960617",
)
SEN_TRANSPORT = Person("SEN Transport", "sen.transport@wealdshire.gov.uk")
SEN_TRANSPORT_TYPO = Person("sen.transport@wealdshrie.gov.uk", "sen.transport@wealdshrie.gov.uk")
EHC_HUB = Person("Wealdshire EHC Hub", "do-not-reply@ehchub.wealdshire.gov.uk")
FEEDBACK = Person("Wealdshire County Council", "do-not-reply@wealdshire.gov.uk")
FEEDBACK_TEAM = Person("Customer Feedback Team", "feedback@wealdshire.gov.uk")
MARGUERITE = Person(
    "Marguerite Dunleavy",
    "marguerite.dunleavy@wealdshire.gov.uk",
    "Marguerite Dunleavy\nComplaints and Customer Feedback Officer\nWealdshire County Council\n01632 960480",
)
NEIL = Person(
    "Neil Castellano",
    "neil.castellano@wealdshire.gov.uk",
    "Neil Castellano\nCorporate Complaints Manager (Stage 2)\nChief Executive's Office, Wealdshire County Council",
)
ALASDAIR = Person(
    "Alasdair Quayle",
    "alasdair.quayle@wealdshire.gov.uk",
    "Alasdair Quayle\nSolicitor, Education and Children's Team\nLegal Services, Wealdshire County Council\n"
    "DX 700431 Wealdbury | 01632 960455\nOur ref: LS-EDU-2028-0311",
)

# ---- Brambleford School (independent special school)
LORNA = Person(
    "Lorna Bexley",
    "l.bexley@brambleford.org.uk",
    "Best wishes,\nLorna\n\nLorna Bexley\nAssistant Head (Inclusion and Reviews)\nBrambleford School\n"
    "Brambleford Lane, Hollowmere, Wealdshire WS7 2LP | 01632 960880\nDfE 886/6079",
)
BRAMBLE_OFFICE = Person("Brambleford School Office", "office@brambleford.org.uk", "")

# ---- NHS
SIAN = Person(
    "Siân Pritchard-Lowe",
    "sian.pritchard-lowe@nhs.net",
    "Siân Pritchard-Lowe RN\nPaediatric Diabetes Specialist Nurse\nChildren's Diabetes Team, Wealdbury General Hospital\n"
    "Wealdshire Hospitals NHS Foundation Trust\nTeam line 01632 960912 (Mon-Fri 9-5)",
)

# ---- transport contractor
KERRY = Person(
    "Kerry Mallet",
    "bookings@ridgewaycars.co.uk",
    "Kerry Mallet\nOperations Manager, Ridgeway Cars Ltd\nUnit 4, Mill Yard, Wealdbury WS2 9DF\n01632 960733",
)

# ---- tribunal
TRIBUNAL = Person("SEND Tribunal", "send.appeals@justice.gov.uk", "")

LA_DOMAINS = ["wealdshire.gov.uk"]

CONFIG = """timezone = "Europe/London"

[owner]
name = "Tomasz Wiśniewski-Hart"
addresses = ["tomasz.wh@example.net"]

[[children]]
name = "Mia Wiśniewski-Hart"
la_reference = "WS-EHC-04127"
date_of_birth = "2015-11-14"

[[parties]]
kind = "la"
name = "Wealdshire County Council SEND Service"
domains = ["wealdshire.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Brambleford School"
domains = ["brambleford.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Wealdshire Hospitals Children's Diabetes Team"
domains = []
addresses = ["sian.pritchard-lowe@nhs.net"]

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Ridgeway Cars Ltd (transport contractor)"
domains = ["ridgewaycars.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Jo Hart (Mia's mother)"
domains = []
addresses = ["jo.hart@example.com"]
"""
