"""Cast, signatures and config.toml of the blind18 corpus (all invented).

Ravensholt Metropolitan Borough Council is both Reece's corporate parent (Children's Services,
the Virtual School, the IRO service) and his SEN authority (SEN Statutory Assessment Team,
Educational Psychology Service). Quarrington Borough Council is the neighbouring council into
whose area the foster family moves.
"""

from corpuslib import Person

RAV_DISCLAIMER = (
    "OFFICIAL-SENSITIVE\n"
    "This email and any files sent with it are confidential and intended only for the person or "
    "organisation to whom it is addressed. If you have received it in error, please tell the sender "
    "and delete it. Ravensholt Metropolitan Borough Council may monitor email to protect its "
    "systems and for business purposes."
)

# ---- the foster carer (mailbox owner)
MAXINE = Person("Maxine Trelawney", "maxine.trelawney@example.net", "")

# ---- Ravensholt: children's social care, Virtual School, IRO
NADIA = Person(
    "Nadia Khoury",
    "nadia.khoury@ravensholt.gov.uk",
    "Nadia Khoury\nSocial Worker | Children in Care Team 2\nRavensholt Children's Services\n"
    "Mob 07700 900482 | Office 01632 960215\nI work Monday to Thursday\n\n" + RAV_DISCLAIMER,
)
NADIA_MOBILE_SIG = "Get Outlook for iOS"
MARTIN = Person(
    "Martin Oyelaran",
    "martin.oyelaran@ravensholt.gov.uk",
    "Martin Oyelaran\nHeadteacher | Ravensholt Virtual School for Children in Care\n"
    "Ravensholt Metropolitan Borough Council\n01632 960560\n\n" + RAV_DISCLAIMER,
)
JESS = Person(
    "Jess Hamblin",
    "jess.hamblin@ravensholt.gov.uk",
    "Jess Hamblin\nEducation Adviser (Secondary) | Ravensholt Virtual School\n01632 960563",
)
SIAN = Person(
    "Siân Amankwah",
    "sian.amankwah@ravensholt.gov.uk",
    "Siân Amankwah\nIndependent Reviewing Officer\nSafeguarding and Quality Assurance Unit\n"
    "Ravensholt Metropolitan Borough Council | 01632 960289",
)

# ---- Ravensholt: SEN
GEMMA = Person(
    "Gemma Thirlwell",
    "gemma.thirlwell@ravensholt.gov.uk",
    "Kind regards\n\nGemma Thirlwell\nStatutory Assessment Coordinator\n"
    "SEN Statutory Assessment Team | Children and Education\nRavensholt Metropolitan Borough Council\n"
    "Civic Centre, Moor Street, Ravensholt RV1 1AA\nTel 01632 960731\n\n" + RAV_DISCLAIMER,
)
GEMMA_SHORT = "Gemma Thirlwell\nStatutory Assessment Coordinator | SEN Statutory Assessment Team"
SEN_INBOX = Person("Ravensholt SEN Statutory Assessment Team", "sen.assessment@ravensholt.gov.uk")
FFION = Person(
    "Dr Ffion Garside",
    "ffion.garside@ravensholt.gov.uk",
    "Dr Ffion Garside\nEducational Psychologist\nRavensholt Educational Psychology Service\n"
    "HCPC PYL40217 | 01632 960744",
)
FEEDBACK_NOREPLY = Person("Ravensholt Customer Feedback", "noreply@feedback.ravensholt.gov.uk")
COMPLAINTS = Person("Ravensholt Complaints and Feedback", "complaints@ravensholt.gov.uk")
COLETTE = Person(
    "Colette Varley",
    "colette.varley@ravensholt.gov.uk",
    "Colette Varley\nComplaints and Feedback Officer\nRavensholt Metropolitan Borough Council\n"
    "01632 960100",
)
LYNNE = Person(
    "Lynne Haworth",
    "lynne.haworth@ravensholt.gov.uk",
    "Lynne Haworth\nSEND Service Manager\nChildren and Education | Ravensholt Metropolitan Borough Council",
)
FOSTERING = Person("Ravensholt Fostering", "fostering.news@ravensholt.gov.uk")

# ---- Quarrington (neighbouring council)
SUNIL = Person(
    "Sunil Vaghela",
    "sunil.vaghela@quarrington.gov.uk",
    "Sunil Vaghela\nSEND Casework Officer\nQuarrington Borough Council\n"
    "Town Hall, Kelsby Road, Quarrington QB2 4TH\n01632 960918",
)
QBC_SEND = Person("Quarrington SEND Casework", "send.casework@quarrington.gov.uk")

# ---- schools
KERSHAW = Person(
    "Lee Kershaw",
    "l.kershaw@hexleyparkacademy.org.uk",
    "Mr L Kershaw\nHead of Year 8\nHexley Park Academy, part of Brookvale Learning Trust\n"
    "Hexley Road, Ravensholt RV3 8PL | 01632 960370",
)
RACHAEL = Person(
    "Rachael Ibbotson",
    "r.ibbotson@hexleyparkacademy.org.uk",
    "Rachael Ibbotson\nSENCO | Hexley Park Academy\nBrookvale Learning Trust | 01632 960370 ext 214",
)
DEAN = Person("Dean Whitworth", "d.whitworth@hexleyparkacademy.org.uk")
PAULINE = Person("Pauline Greaves", "p.greaves@hexleyparkacademy.org.uk")
OWEN = Person(
    "Owen Falconer",
    "o.falconer@kelsbybrook.quarrington.sch.uk",
    "Owen Falconer\nSENCO and Designated Teacher for Children in Care\nKelsby Brook School\n"
    "Brook Lane, Kelsby, Quarrington QB4 7JD | 01632 960955",
)

# ---- health
ESTHER = Person(
    "Dr Esther Nwachukwu",
    "esther.nwachukwu@nhs.net",
    "Dr Esther Nwachukwu\nClinical Psychologist\nCAMHS Children in Care Service\n"
    "Ravensholt and Quarrington CAMHS, Moorside NHS Foundation Trust\nMoorside Clinic, Tanner Street, "
    "Ravensholt RV2 5QS",
)

# ---- the birth mother's advocate, the mediation adviser, noise
PRITI = Person(
    "Priti Lakhani",
    "priti.lakhani@hearthsideadvocacy.org.uk",
    "Priti Lakhani\nParent Advocate\nHearthside Family Advocacy\n"
    "Registered charity no. 1190427 | Freephone 0808 157 0244",
)
JOEL = Person(
    "Joel Mahony",
    "joel.mahony@trentsidemediation.co.uk",
    "Joel Mahony\nMediation Adviser\nTrentside Mediation Services Ltd\n01632 960880 | Company no. 09912345",
)
ROVERS = Person("Kelsby Rovers JFC", "u13s@kelsbyroversjfc.co.uk")

CONFIG = """\
# blind18: Maxine Trelawney's mailbox (foster carer; Ravensholt MBC). Generated by src/build.py.
timezone = "Europe/London"

[owner]
name = "Maxine Trelawney"
addresses = ["maxine.trelawney@example.net"]

[[children]]
name = "Reece Fairbairn"
la_reference = "EHCNA/27/2281"
date_of_birth = "2015-06-11"

[[parties]]
kind = "la"
name = "Ravensholt Metropolitan Borough Council (SEN, Children's Services, Virtual School, IRO service)"
domains = ["ravensholt.gov.uk", "feedback.ravensholt.gov.uk"]
addresses = []

[[parties]]
kind = "la"
name = "Quarrington Borough Council"
domains = ["quarrington.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Hexley Park Academy"
domains = ["hexleyparkacademy.org.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Kelsby Brook School"
domains = ["kelsbybrook.quarrington.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Ravensholt and Quarrington CAMHS (Moorside NHS Foundation Trust)"
domains = []
addresses = ["esther.nwachukwu@nhs.net", "rq.camhs.cic@nhs.net"]

[[parties]]
kind = "advice"
name = "Ravensholt SENDIASS"
domains = ["ravensholtsendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Hearthside Family Advocacy (advocate for Reece's mother)"
domains = ["hearthsideadvocacy.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Trentside Mediation Services (mediation adviser)"
domains = ["trentsidemediation.co.uk"]
addresses = []
"""

LA_DOMAINS = ("ravensholt.gov.uk", "quarrington.gov.uk")
