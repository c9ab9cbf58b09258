"""Cast, signatures and config.toml of the blind11 corpus. Everyone and everything here is invented.

Telephone numbers use the Ofcom drama ranges; personal addresses use example.* domains.
"""

from corpuslib import Person

ADBC_FOOTER = (
    "OFFICIAL-SENSITIVE. This email and any files sent with it are confidential and intended solely for "
    "the person or organisation to whom they are addressed. If you have received it in error, please tell "
    "the sender and delete it. Ashbury Downs Borough Council may monitor and record email for lawful "
    "purposes. Our privacy notice is on the council website."
)

# ---- the family
MICHAEL = Person(
    "Michael Oduya-Grant",
    "m.oduyagrant@example.org",
    "Michael Oduya-Grant\n14 Ferncroft Rise, Ashbury Downs AD4 7QJ\nTel: 07700 900482",
)
MICHAEL_PHONE_SIG = "Sent from my iPhone"
SINEAD = Person("Sinead Oduya-Grant", "sinead.oduyagrant@example.com", "Sinead")

# ---- Ashbury Downs Borough Council (ashburydowns.gov.uk)
BEVERLEY = Person(
    "Beverley Coutts",
    "beverley.coutts@ashburydowns.gov.uk",
    "Kind regards\n\nBeverley Coutts\nEHC Case Officer (West Locality)\nSEND Assessment and Review Team\n"
    "Ashbury Downs Borough Council | Town Hall, Market Parade, Ashbury Downs AD1 1AA\n"
    "Tel 01632 960731 | I work Monday to Thursday\n\n" + ADBC_FOOTER,
)
EHC_REVIEWS = Person("SEND Assessment & Review - EHC Reviews", "ehcreviews@ashburydowns.gov.uk")
TARIQ = Person(
    "Tariq Mahmood",
    "tariq.mahmood@ashburydowns.gov.uk",
    "Tariq Mahmood\nEHC Case Officer (West Locality) | SEND Assessment and Review Team\n"
    "Ashbury Downs Borough Council | 01632 960744 | ehcreviews@ashburydowns.gov.uk\n\n"
    + ADBC_FOOTER,
)
GRAHAM = Person(
    "Graham Whitlock",
    "graham.whitlock@ashburydowns.gov.uk",
    "Graham Whitlock\nSEND Assessment and Review Team Manager\nChildren's Services, Ashbury Downs Borough Council\n"
    "01632 960702",
)
EILIDH = Person(
    "Eilidh Forsyth",
    "eilidh.forsyth@ashburydowns.gov.uk",
    "Eilidh Forsyth\nEHC Case Officer | SEND Assessment and Review Team\nAshbury Downs Borough Council\n"
    "01632 960759\n\n" + ADBC_FOOTER,
)
DAWN = Person(
    "Dawn Pickering",
    "dawn.pickering@ashburydowns.gov.uk",
    "Dawn Pickering\nTravel Assistance Officer | Passenger Transport Unit\nAshbury Downs Borough Council | 01632 960788",
)
CX_NOREPLY = Person("Ashbury Downs Customer Experience", "noreply@ashburydowns.gov.uk")
CX_TEAM = Person("Ashbury Downs Customer Experience", "complaints@ashburydowns.gov.uk")
PAULINE = Person(
    "Pauline Stroud",
    "pauline.stroud@ashburydowns.gov.uk",
    "Pauline Stroud\nComplaints and Resolution Officer\nCustomer Experience Team, Ashbury Downs Borough Council\n"
    "01632 960615",
)
HARRIET = Person(
    "Harriet Lomax",
    "harriet.lomax@ashburydowns.gov.uk",
    "Harriet Lomax\nSolicitor (Education and Social Care)\nLegal Services, Ashbury Downs Borough Council\n"
    "Town Hall, Market Parade, Ashbury Downs AD1 1AA | DX 48813 Ashbury\nOur ref: ED1186/HL\n\n"
    + ADBC_FOOTER,
)
ELECTORAL = Person("Ashbury Downs Electoral Services", "electoral.services@ashburydowns.gov.uk")

# ---- schools
NADIA = Person(
    "Nadia Karimi",
    "n.karimi@larkhillprimary.ashburydowns.sch.uk",
    "Mrs Nadia Karimi\nAssistant Headteacher and SENCO\nLarkhill Primary School, Larkhill Road, Ashbury Downs AD4 2LP\n"
    "01632 960540",
)
OSEI = Person(
    "Daniel Osei",
    "d.osei@coldharbouracademy.org.uk",
    "Daniel Osei\nSENCO | Coldharbour Academy\nPart of the Downland Learning Trust\n01632 960577",
)

# ---- health
GRAINNE = Person(
    "Gráinne Walsh",
    "grainne.walsh3@nhs.net",
    "Gráinne Walsh\nChildren's Occupational Therapist\nAshbury and Vale Children's Therapy Services\n"
    "Orchard Child Development Centre | 01632 960920",
)
OWEN = Person(
    "Owen Rhys-Jones",
    "owen.rhys-jones@nhs.net",
    "Owen Rhys-Jones MCSP\nSenior Paediatric Physiotherapist\nAshbury and Vale Children's Therapy Services\n01632 960924",
)
CLAIRE = Person(
    "Claire Danquah",
    "claire.danquah@nhs.net",
    "Claire Danquah RN\nSpecialist School Nurse (Complex Health Needs)\nAshbury and Vale Community Children's Nursing\n"
    "Mobile 07700 900915",
)

# ---- advice, tribunal, unconfigured
ROSA = Person(
    "Rosa Kimathi",
    "rosa.kimathi@pathwaysendadvice.org.uk",
    "Rosa Kimathi\nSEND Helpline Adviser | Pathway SEND Advice\nHelpline 0808 157 0473 (Monday to Friday, 10am to 3pm)\n"
    "Registered charity in England and Wales",
)
PATHWAY = Person("Pathway SEND Advice", "helpline@pathwaysendadvice.org.uk")
TRIBUNAL_REG = Person("SEND Tribunal Registrations", "send.registrations@justice.gov.uk")
TRIBUNAL = Person("SEND Tribunal", "send.tribunal@justice.gov.uk")
WHEELERS = Person("Downs Wheelers", "hello@downswheelers.org.uk")

LA_DOMAINS = ("ashburydowns.gov.uk",)

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Michael Oduya-Grant"
addresses = ["m.oduyagrant@example.org"]

[[children]]
name = "Isaac Oduya-Grant"
la_reference = "4051187"
date_of_birth = "2016-05-23"

[[parties]]
kind = "la"
name = "Ashbury Downs Borough Council"
domains = ["ashburydowns.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Larkhill Primary School"
domains = ["larkhillprimary.ashburydowns.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Coldharbour Academy"
domains = ["coldharbouracademy.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Ashbury and Vale Children's Community Health Services"
domains = []
addresses = ["grainne.walsh3@nhs.net", "owen.rhys-jones@nhs.net", "claire.danquah@nhs.net"]

[[parties]]
kind = "advice"
name = "Pathway SEND Advice"
domains = ["pathwaysendadvice.org.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Sinead Oduya-Grant (Isaac's mother)"
domains = []
addresses = ["sinead.oduyagrant@example.com"]
"""
