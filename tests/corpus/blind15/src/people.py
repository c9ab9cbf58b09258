"""Cast, signatures and config.toml of the blind15 corpus (everyone and everything invented)."""

from corpuslib import Person

PBC_DISCLAIMER = (
    "OFFICIAL-SENSITIVE. This email and any attachments are intended only for the person or "
    "organisation to whom they are addressed and may contain personal or confidential information. "
    "If you have received it in error, please tell the sender and delete it; do not copy or use it. "
    "Pellingford Borough Council may monitor and record emails for business and security purposes. "
    "Our privacy notice is at www.pellingford.gov.uk/privacy"
)

# ---- the family
CRAIG = Person(
    "Craig Mellor", "craig.mellor84@example.com", "Sent from my Galaxy", client="samsung"
)
NICOLA = Person(
    "Nicola Brannigan",
    "nicola.brannigan@example.org",
    "Nicola Brannigan\n(Ellie's aunt, writing for her father, Craig Mellor)\n07700 900482",
    client="apple",
)
NIC_SHORT = "Nic x"  # what she signs to her brother

# ---- Pellingford Borough Council
SENTEAM = Person(
    "SEND Assessment and Planning Team", "sendteam@pellingford.gov.uk", "", client="exchange"
)
MARCIA = Person(
    "Marcia Dunleavy",
    "marcia.dunleavy@pellingford.gov.uk",
    "Kind regards\n\nMarcia Dunleavy\nSEN Casework Officer\nSEND Assessment and Planning Team\n"
    "Pellingford Borough Council, Civic Centre, Market Street, Pellingford PG1 1AA\n"
    "Tel: 01632 960417\n\n" + PBC_DISCLAIMER,
    client="exchange",
)
OWEN = Person(
    "Owen Threlfall",
    "owen.threlfall@pellingford.gov.uk",
    "Owen Threlfall\nEHC Plan Coordinator (North)\nSEND Assessment and Planning | Children's Services\n"
    "Pellingford Borough Council | Civic Centre, Market Street, Pellingford PG1 1AA\n"
    "Direct line 01632 960734 | Mobile 07700 900218\n\n" + PBC_DISCLAIMER,
    client="exchange",
)
PRIYANKA = Person(
    "Priyanka Sood",
    "priyanka.sood@pellingford.gov.uk",
    "Priyanka Sood\nSEND Assessment Manager\nPellingford Borough Council | 01632 960402\n\n"
    + PBC_DISCLAIMER,
    client="exchange",
)
LOMAX = Person(
    "Dr Gareth Lomax",
    "gareth.lomax@pellingford.gov.uk",
    "Dr Gareth Lomax\nEducational Psychologist\nPellingford Educational Psychology Service\n"
    "HCPC PYL29041 | 01632 960488",
    client="exchange",
)
PORTAL = Person(
    "Pellingford EHC Portal", "noreply@ehcportal.pellingford.gov.uk", "", client="plain"
)

# ---- school
FIONA = Person(
    "Fiona Ledger",
    "f.ledger@thistlewood.pellingford.sch.uk",
    "Fiona Ledger\nSENCO and Inclusion Lead\nThistlewood Primary School\n"
    "Thistlewood Road, Pellingford PG7 3DL | 01632 960582",
    client="exchange",
)

# ---- health
HEARING_BOOKINGS = Person(
    "Children's Hearing Service", "pellingford.childrenshearing@nhs.net", "", client="nhs"
)
SANJAY = Person(
    "Sanjay Mistry",
    "sanjay.mistry2@nhs.net",
    "Sanjay Mistry\nClinical Scientist (Audiology)\nChildren's Hearing Service\n"
    "Pellingford Community Health NHS Trust\nTel 01632 960236",
    client="nhs",
)
HOLLIE = Person(
    "Hollie Grainger",
    "hollie.grainger1@nhs.net",
    "Hollie Grainger\nSpeech and Language Therapist, Children's Community Team\n"
    "Pellingford Community Health NHS Trust\nMobile 07700 900731 | I work Mon, Tue and Thu",
    client="nhs",
)

# ---- advice and mediation
BERNADETTE = Person(
    "Bernadette Quayle",
    "b.quayle@pellingfordsendiass.org.uk",
    "Bernadette Quayle\nSENDIASS Adviser\nPellingford SEND Information, Advice and Support Service\n"
    "0808 196 0615 (freephone) | www.pellingfordsendiass.org.uk\nImpartial, confidential and free",
    client="web",
)
LEANNE = Person(
    "Leanne Fox",
    "leanne.fox@tallismediation.co.uk",
    "Leanne Fox\nMediation Adviser\nTallis Mediation Services Ltd\n01632 960950 | enquiries@tallismediation.co.uk\n"
    "Registered in England and Wales, company no. 09348817",
    client="exchange",
)
TALLIS = Person(
    "Tallis Mediation Services", "enquiries@tallismediation.co.uk", "", client="exchange"
)
GRAHAM = Person(
    "Graham Oyelaran",
    "graham.oyelaran@tallismediation.co.uk",
    "Graham Oyelaran\nMediator\nTallis Mediation Services Ltd | 01632 960950",
    client="exchange",
)

# ---- not configured (noise)
HARCASTLE = Person(
    "Harcastle Distribution Rota", "rota@harcastledistribution.co.uk", "", client="plain"
)
UPSTARS = Person("Pellingford Up Stars", "hello@upstarsfamilies.org.uk", "", client="plain")

LA_DOMAINS = ("pellingford.gov.uk",)

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Craig Mellor"
addresses = ["craig.mellor84@example.com"]

[[children]]
name = "Ellie Mellor"
la_reference = "PB/EHC/27/00562"
date_of_birth = "2019-03-14"

[[parties]]
kind = "la"
name = "Pellingford Borough Council (SEND Assessment and Planning, Educational Psychology, EHC Portal)"
domains = ["pellingford.gov.uk", "ehcportal.pellingford.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Thistlewood Primary School"
domains = ["thistlewood.pellingford.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Pellingford Community Health NHS Trust (Children's Hearing Service, speech and language therapy)"
domains = []
addresses = ["pellingford.childrenshearing@nhs.net", "sanjay.mistry2@nhs.net", "hollie.grainger1@nhs.net"]

[[parties]]
kind = "advice"
name = "Pellingford SENDIASS"
domains = ["pellingfordsendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Tallis Mediation Services (mediation adviser and mediators)"
domains = ["tallismediation.co.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Nicola Brannigan (Ellie's aunt, Craig's sister; writes the family's formal letters)"
domains = []
addresses = ["nicola.brannigan@example.org"]
"""
