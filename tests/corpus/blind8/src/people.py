"""Cast, signatures and config.toml of the blind8 corpus (all invented)."""

from corpuslib import OWNER_ADDRS, Person

HB_DISCLAIMER = (
    "Hollinsbridge Metropolitan Borough Council: this email and any attachments are intended only for "
    "the person to whom they are addressed and may contain personal or sensitive information. If you "
    "have received it by mistake, please let the sender know and delete it. The council may monitor "
    "email to and from its systems."
)
LA_BANNER = True  # the council's Microsoft 365 tenant tags inbound external mail

# ---- the family
DARIUSZ = Person(
    "Dariusz Nowak", "dariusz.nowak@example.org",
    "-- \nDariusz Nowak\n07700 900316", client="gmail",
)  # fmt: skip
DARIUSZ_PHONE = Person(
    "Dariusz Nowak", "dariusz.nowak@example.org", "Wysłane z iPhone'a", client="iphone"
)
GRACE = Person("Grace Adeyemi", "grace.adeyemi@example.com", "", client="applemail")
AGNIESZKA = Person(
    "Agnieszka Wróbel", "agnieszka.wrobel@example.net", "", client="thunderbird",
    hcharset="iso-8859-2",
)  # fmt: skip

# ---- Hollinsbridge Metropolitan Borough Council
LORRAINE = Person(
    "Lorraine Haworth",
    "lorraine.haworth@hollinsbridge.gov.uk",
    "Lorraine Haworth\nSEND Casework Officer\nSEND Assessment and Review Team\n"
    "Hollinsbridge Metropolitan Borough Council\nCivic Centre, Market Street, Hollinsbridge HB1 1AA\n"
    "Tel: 01632 960233\n\n" + HB_DISCLAIMER,
)
SEN_TEAM = Person(
    "SEND Assessment and Review Team", "sen.assessment@hollinsbridge.gov.uk", "", client="outlook"
)
TARIQ = Person(
    "Tariq Mahmood",
    "tariq.mahmood@hollinsbridge.gov.uk",
    "Tariq Mahmood\nEHC Assessment Coordinator\nSEND Assessment and Review Team | Hollinsbridge MBC\n"
    "01632 960241 | I work Monday to Thursday\n\n" + HB_DISCLAIMER,
)
TARIQ_OOO = Person("Tariq Mahmood", "tariq.mahmood@hollinsbridge.gov.uk", "")
DEBORAH = Person(
    "Deborah Stansfield",
    "deborah.stansfield@hollinsbridge.gov.uk",
    "Deborah Stansfield\nSEND Team Manager\nHollinsbridge Metropolitan Borough Council\n"
    "Civic Centre, Market Street, Hollinsbridge HB1 1AA",
)
VICKY = Person(
    "Vicky Rudd",
    "vicky.rudd@hollinsbridge.gov.uk",
    "Vicky Rudd\nAttendance and Inclusion Officer\nEducation Welfare and Attendance Service\n"
    "Hollinsbridge Metropolitan Borough Council\nMobile: 07700 900482\n\n" + HB_DISCLAIMER,
)
PHILIPPA = Person(
    "Philippa Grange",
    "philippa.grange@hollinsbridge.gov.uk",
    "Dr Philippa Grange\nEducational Psychologist (HCPC PYL29410)\n"
    "Hollinsbridge Educational Psychology Service\n01632 960277",
)
PHILIPPA_SECURE = Person(
    "Philippa Grange", "philippa.grange@hollinsbridge.gov.uk", "", client="system"
)
SIMON = Person(
    "Simon Crowther",
    "simon.crowther@hollinsbridge.gov.uk",
    "Simon Crowther\nAlternative Provision Officer\nInclusion and Alternative Provision\n"
    "Hollinsbridge Metropolitan Borough Council\n01632 960256",
)
NADIA = Person(
    "Nadia Rasool",
    "nadia.rasool@hollinsbridge.gov.uk",
    "Nadia Rasool\nSEND Tribunal Officer\nLegal and Governance\nHollinsbridge Metropolitan Borough Council\n"
    "Our ref: LS/TRB/28/0417\nTel: 01632 960219\n\n" + HB_DISCLAIMER,
)
SEND_CONNECT = Person(
    "SEND Connect", "noreply@sendconnect.hollinsbridge.gov.uk", "", client="system"
)
FEEDBACK = Person(
    "Hollinsbridge Council Customer Feedback", "feedback-noreply@hollinsbridge.gov.uk", "",
    client="system",
)  # fmt: skip
COMPLAINTS = Person("Customer Feedback Team", "complaints@hollinsbridge.gov.uk", "")
LIBRARIES = Person("Hollinsbridge Libraries", "libraries@hollinsbridge.gov.uk", "", client="system")

# ---- schools
CALLUM = Person(
    "Callum Fairbairn",
    "c.fairbairn@ashcombevale.org.uk",
    "Mr C. Fairbairn\nHead of Year 8\nAshcombe Vale Academy\nPart of the Pennine Crest Learning Trust",
)
CALLUM9 = Person(
    "Callum Fairbairn",
    "c.fairbairn@ashcombevale.org.uk",
    "Mr C. Fairbairn\nHead of Year 9\nAshcombe Vale Academy",
)
REBECCA = Person(
    "Rebecca Thwaite",
    "r.thwaite@ashcombevale.org.uk",
    "Rebecca Thwaite\nSENCO\nAshcombe Vale Academy | Ashcombe Lane, Hollinsbridge HB5 9RW\n"
    "01632 960512\nPart of the Pennine Crest Learning Trust",
)
REBECCA_OOO = Person("Rebecca Thwaite", "r.thwaite@ashcombevale.org.uk", "")
JANICE = Person("Janice Pollitt", "j.pollitt@ashcombevale.org.uk", "")
JESS = Person(
    "Jess Okafor",
    "j.okafor@brooksidelc.org.uk",
    "Jess Okafor\nHead of Centre\nBrookside Learning Centre\n2 Mill Wynd, Hollinsbridge HB2 6TE\n"
    "DfE 378/1107 | 01632 960580",
)

# ---- health
CAMHS = Person(
    "Hollinsbridge CAMHS",
    "hollinsbridge.camhs@nhs.net",
    "",
    client="system",
)
SINEAD = Person(
    "Sinéad Mulcahy",
    "sinead.mulcahy2@nhs.net",
    "Sinéad Mulcahy\nSenior Mental Health Practitioner\nHollinsbridge CAMHS\n"
    "Lowther Road Clinic, Lowther Road, Hollinsbridge HB3 2JD\nTel: 01632 960690",
    hcharset="utf-8",
)

# ---- advice, mediation, tribunal
HUGH = Person(
    "Hugh Penberthy",
    "hugh.penberthy@sendlawline.org.uk",
    "Hugh Penberthy\nVolunteer Adviser, SEND Law Advice Line\nsendlawline.org.uk\n"
    "Registered charity no. 1184620",
    client="workspace",
)
ADVICE_LINE = Person("SEND Law Advice Line", "advice@sendlawline.org.uk", "")
PENNANT = Person("Pennant Mediation Services", "info@pennantmediation.co.uk", "")
CLAIRE = Person(
    "Claire Ashworth-Boyd",
    "claire.ashworth-boyd@pennantmediation.co.uk",
    "Claire Ashworth-Boyd\nMediation Adviser\nPennant Mediation Services Ltd\n01632 960770\n"
    "Registered in England and Wales, company no. 08841372",
)
MARIANNE = Person(
    "Marianne Holt",
    "marianne.holt@pennantmediation.co.uk",
    "Marianne Holt\nMediator, Pennant Mediation Services Ltd",
)
TRIBUNAL = Person("SEND Tribunal", "send.tribunal@justice.gov.uk", "")

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Dariusz Nowak"
addresses = ["dariusz.nowak@example.org"]

[[children]]
name = "Zofia Nowak"
la_reference = "SENA/27/0583"
date_of_birth = "2014-11-19"

[[parties]]
kind = "la"
name = "Hollinsbridge Metropolitan Borough Council"
domains = ["hollinsbridge.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Ashcombe Vale Academy"
domains = ["ashcombevale.org.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Brookside Learning Centre (alternative provision)"
domains = ["brooksidelc.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Hollinsbridge CAMHS"
domains = []
addresses = ["hollinsbridge.camhs@nhs.net", "sinead.mulcahy2@nhs.net"]

[[parties]]
kind = "advice"
name = "SEND Law Advice Line"
domains = ["sendlawline.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Pennant Mediation Services (mediation adviser)"
domains = ["pennantmediation.co.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Grace Adeyemi (Zofia's mother)"
domains = []
addresses = ["grace.adeyemi@example.com"]
"""

LA_DOMAINS = ("hollinsbridge.gov.uk",)
OWNER_ADDRS.add("dariusz.nowak@example.org")
