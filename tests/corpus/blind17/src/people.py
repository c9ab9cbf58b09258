"""Cast, signatures and config.toml of the blind17 corpus (all invented).

Phone numbers are from the Ofcom drama ranges; personal addresses use example.* domains.
"""

from corpuslib import Person

STOURLEY_DISCLAIMER = (
    "------------------------------------------------------------\n"
    "Stourley Metropolitan Borough Council. This email and any files sent with it are confidential "
    "and may be legally privileged. If you are not the intended recipient please let the sender "
    "know and delete it; do not copy or forward it. Emails to and from the council may be "
    "monitored. Please consider the environment before printing."
)

# ---- the family
CATRIN = Person("Catrin Holloway", "catrin.holloway@example.net", "", "gmail")
CATRIN_PHONE = Person("Catrin Holloway", "catrin.holloway@example.net", "", "iphone")
IMMY = Person("Immy Reyes", "immy.reyes@example.com", "Sent from my iPhone", "iphone")

# ---- Stourley Metropolitan Borough Council
RHYS = Person(
    "Rhys Gallagher",
    "rhys.gallagher@stourley.gov.uk",
    "Rhys Gallagher\nEHC Assessment Coordinator (Early Years)\nSEN Assessment Team | Children's Services\n"
    "Stourley Metropolitan Borough Council\nCivic House, Market Street, Stourley ST1 1AA\n"
    "Tel 01632 960407 | Mobile 07700 900261\nOur ref: SMB/EY/27/0614\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
TAMSIN = Person(
    "Tamsin Webb",
    "tamsin.webb@stourley.gov.uk",
    "Tamsin Webb\nEHC Assessment Coordinator\nSEN Assessment Team | Stourley Metropolitan Borough Council\n"
    "Tel 01632 960403\nOur ref: SMB/EY/27/0614\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
SEN_NOREPLY = Person(
    "Stourley Council SEN Assessment Team", "no-reply@stourley.gov.uk", "", "plain"
)
SEN_INBOX = Person("SEN Assessment Team", "sen.assessment@stourley.gov.uk", "", "exchange")
MARCIA = Person(
    "Marcia Pennington",
    "marcia.pennington@stourley.gov.uk",
    "Marcia Pennington\nEarly Years Inclusion Officer\nEarly Years Inclusion Service | Stourley MBC\n"
    "01632 960482\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
BRONWEN = Person(
    "Bronwen Ellis",
    "bronwen.ellis@stourley.gov.uk",
    "Bronwen Ellis\nPortage Home Visitor\nEarly Years Inclusion Service, Stourley MBC\n"
    "Mobile 07700 900547 (I work Tuesday to Thursday)",
    "exchange",
)
LOMAX = Person(
    "Dr Harriet Lomax",
    "harriet.lomax@stourley.gov.uk",
    "Dr Harriet Lomax\nEducational Psychologist (HCPC PYL29054)\nStourley Educational Psychology Service\n"
    "01632 960495\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
LORRAINE = Person(
    "Lorraine Whitfield",
    "lorraine.whitfield@stourley.gov.uk",
    "Lorraine Whitfield\nStatutory SEND Service Manager\nChildren's Services, Stourley Metropolitan Borough Council\n"
    "01632 960410\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
PAUL = Person(
    "Paul Desai",
    "paul.desai@stourley.gov.uk",
    "Paul Desai\nSEND Appeals Officer\nLegal and Democratic Services, Stourley Metropolitan Borough Council\n"
    "Civic House, Market Street, Stourley ST1 1AA | 01632 960455\n"
    "Our ref: SA/TRIB/28/019 | Tribunal ref: EH873/28/00142\n\n" + STOURLEY_DISCLAIMER,
    "exchange",
)
LIBRARIES = Person("Stourley Libraries", "libraries@stourley.gov.uk", "", "plain")

# ---- nursery and schools
SHAUNA = Person(
    "Shauna Doyle",
    "shauna.doyle@bramblehillnursery.co.uk",
    "Shauna Doyle\nDeputy Manager and SENCO\nBramble Hill Day Nursery\n14 Orchard Rise, Stourley ST6 4QP | 01632 960731",
    "gmail",
)
ANJALI = Person(
    "Anjali Shah",
    "a.shah@brookside.stourley.sch.uk",
    "Mrs Anjali Shah\nAssistant Headteacher (Early Years and Admissions)\nBrookside School\n"
    "Greenway Road, Stourley ST3 8LS | 01632 960820\nDfE 873/7004",
    "exchange",
)
OSTROWSKI = Person(
    "Graham Ostrowski",
    "head@larkfield.stourley.sch.uk",
    "Graham Ostrowski\nHeadteacher, Larkfield Primary School\n01632 960855",
    "exchange",
)

# ---- health
CDC = Person("Stourley Child Development Centre", "stourley.cdc@nhs.net", "", "exchange")
BAKARE = Person(
    "BAKARE, Olusegun (STOURLEY CHILDREN'S COMMUNITY HEALTH SERVICES)",
    "segun.bakare@nhs.net",
    "Dr Olusegun Bakare MRCPCH\nConsultant Paediatrician (Neurodisability)\nStourley Child Development Centre\n"
    "Secretary: 01632 960662",
    "exchange",
)
GEMMA = Person(
    "FAULDS, Gemma (STOURLEY CHILDREN'S COMMUNITY HEALTH SERVICES)",
    "gemma.faulds@nhs.net",
    "Gemma Faulds\nHighly Specialist Paediatric Physiotherapist\nStourley Children's Therapy Service\n"
    "01632 960671 | I work part-time, so please allow a few days for a reply",
    "exchange",
)
HEALTH_EHC = Person(
    "Stourley Children's Health - EHC Health Advice",
    "scch.ehcadvice@nhs.net",
    "Health EHC Advice Team\nStourley Children's Community Health Services\nKingfisher Building, Greenway Road, "
    "Stourley ST3 8LR\n01632 960677",
    "exchange",
)

# ---- advice, tribunal, other
SIAN = Person(
    "Siân Pryor",
    "sian.pryor@stourleysendiass.org.uk",
    "Siân Pryor\nSENDIASS Adviser\nStourley SENDIASS (Information, Advice and Support Service)\n"
    "Freephone 0808 164 2200",
    "exchange",
)
TRIB_REG = Person("SEND Tribunal", "send.registrations@justice.gov.uk", "", "plain")
TRIB_CASE = Person("SEND Tribunal Casework", "send.casework@justice.gov.uk", "", "plain")
TRIB_EVIDENCE = Person("SEND Tribunal", "sendtribunal.evidence@justice.gov.uk", "", "plain")
PUDDLE = Person("Puddle & Pine", "orders@puddleandpine.co.uk", "", "plain")

CONFIG = """\
# blind17: Catrin Holloway's mailbox (Stourley Metropolitan Borough Council). Generated by src/build.py.
timezone = "Europe/London"

[owner]
name = "Catrin Holloway"
addresses = ["catrin.holloway@example.net"]

[[children]]
name = "Edward (Teddy) Holloway-Reyes"
la_reference = "SMB/EY/27/0614"
date_of_birth = "2023-11-14"

[[parties]]
kind = "la"
name = "Stourley Metropolitan Borough Council (SEN Assessment Team, Early Years Inclusion, EP Service, SEND Appeals)"
domains = ["stourley.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Bramble Hill Day Nursery"
domains = ["bramblehillnursery.co.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Brookside School"
domains = ["brookside.stourley.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Larkfield Primary School"
domains = ["larkfield.stourley.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "St Wilfrid's CE Primary School"
domains = ["stwilfrids.stourley.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Stourley Children's Community Health Services (NHS)"
domains = []
addresses = ["stourley.cdc@nhs.net", "segun.bakare@nhs.net", "gemma.faulds@nhs.net", "scch.ehcadvice@nhs.net"]

[[parties]]
kind = "advice"
name = "Stourley SENDIASS"
domains = ["stourleysendiass.org.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Imogen (Immy) Reyes (Teddy's mother)"
domains = []
addresses = ["immy.reyes@example.com"]
"""

LA_DOMAINS = ("stourley.gov.uk",)
