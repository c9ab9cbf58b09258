"""Cast, signatures and config.toml of the blind7 corpus (all invented)."""

from corpuslib import Person

EAST_DISCLAIMER = (
    "This email and any attachments are confidential and intended only for the addressee. "
    "If you have received it in error please tell the sender and delete it. Eastmere County Council "
    "may monitor email traffic. Think before you print."
)

# ---- the family
HANNAH = Person(
    "Hannah Lindqvist", "hannah.lindqvist@example.net", "Hannah Lindqvist\n07700 900614"
)
TOMAS = Person("Tomas Lindqvist", "tomas.lindqvist@example.com", "Tomas")

# ---- Marrowdale Borough Council (the old council)
DEBORAH = Person(
    "Deborah Kettlewell",
    "deborah.kettlewell@marrowdale.gov.uk",
    "Kind regards\n\nDeborah Kettlewell\nEHC Plan Coordinator | Statutory SEN Service\nMarrowdale Borough Council\n"
    "Tel 01632 960418\nRef: MBC/EHCP/2021/0884",
)

# ---- Eastmere County Council (the new council)
GIDEON = Person(
    "Gideon Marchbanks",
    "gideon.marchbanks@eastmere.gov.uk",
    "Kind regards\n\nGideon Marchbanks\nEHC Coordinator (Transfers and Reviews)\nSEND Statutory Services | Eastmere County Council\n"
    "County Hall, Mereside, Eastmere EM1 2AB\nTel 01632 960205 | Office hours Monday to Friday, 8.30am to 4.30pm\n"
    "Our ref: EM/EHC/27/01193\n\n" + EAST_DISCLAIMER,
)
SEN_INBOX = Person("Eastmere SEND Statutory Services", "send.statutory@eastmere.gov.uk")
RHONA = Person(
    "Rhona Pettifer",
    "rhona.pettifer@eastmere.gov.uk",
    "Rhona Pettifer | SEND Team Manager | Eastmere CC\nSent from my mobile",
)
KELVIN = Person(
    "Kelvin Ashdown",
    "kelvin.ashdown@eastmere.gov.uk",
    "Kelvin Ashdown\nTravel Assistance Officer, Passenger Transport\nEastmere County Council | 01632 960377",
)
TRANSPORT = Person("Eastmere Passenger Transport", "transport@eastmere.gov.uk")
SUNITA = Person(
    "Sunita Greaves",
    "sunita.greaves@eastmere.gov.uk",
    "Sunita Greaves\nDirect Payments Officer | Personal Budgets Team\nEastmere County Council\nTel 01632 960290",
)
COYLE = Person(
    "Dr Ruairi Coyle",
    "ruairi.coyle@eastmere.gov.uk",
    "Dr Ruairi Coyle\nEducational Psychologist (HCPC PYL31877)\nEastmere Educational Psychology Service\n01632 960318",
)
FEEDBACK_NOREPLY = Person("Eastmere Customer Feedback", "no-reply@feedback.eastmere.gov.uk")
COMPLAINTS = Person("Eastmere Customer Feedback", "complaints@eastmere.gov.uk")
LEONIE = Person(
    "Leonie Farrant",
    "leonie.farrant@eastmere.gov.uk",
    "Leonie Farrant\nCustomer Feedback Officer\nEastmere County Council",
)
DESMOND = Person(
    "Desmond Okafor-Reid",
    "desmond.okafor-reid@eastmere.gov.uk",
    "Desmond Okafor-Reid\nSenior Solicitor (Education)\nLegal Services, Eastmere County Council\n"
    "County Hall, Mereside, Eastmere EM1 2AB | DX 71420 Mereside\n"
    "Our ref: LEG/ED/27/0093 | Tribunal ref: EH961/27/00412\n\n" + EAST_DISCLAIMER,
)
LEGAL = Person("Eastmere Legal Services", "legal@eastmere.gov.uk")
PORTAL = Person("Eastmere EHCP Portal", "noreply@ehcpportal.eastmere.gov.uk")

# ---- schools
JO = Person(
    "Joanna Brightmore",
    "j.brightmore@fennicklane.eastmere.sch.uk",
    "Jo Brightmore\nSENCO | Fennick Lane Primary School\nFennick Lane, Eastmere EM4 2RS | 01632 960551",
)
FENNICK_OFFICE = Person("Fennick Lane Primary School", "office@fennicklane.eastmere.sch.uk")
PENROSE = Person(
    "Matthew Penrose",
    "admissions@wrenfieldhouse.org.uk",
    "Matthew Penrose\nHead of Admissions and Transition\nWrenfield House School\nDfE 896/6012 | 01632 960844",
)

# ---- health
CAMHS = Person(
    "Eastmere CAMHS Neurodevelopmental Pathway",
    "eastmere.camhs.nd@nhs.net",
    "Bev Stannard\nPathway Administrator\nEastmere CAMHS Neurodevelopmental Pathway\nLakeside Child Development Centre, "
    "Mere Road, Eastmere EM2 9LP\nTel 01632 960650",
)
ALDOUS = Person(
    "Dr Neve Aldous",
    "neve.aldous@nhs.net",
    "Dr Neve Aldous\nClinical Psychologist\nEastmere CAMHS Neurodevelopmental Pathway",
)

# ---- advice, tribunal, other
OLU = Person(
    "Olu Fashola",
    "olu.fashola@eastmeresendiass.org.uk",
    "Olu Fashola\nSEND Information, Advice and Support Service (SENDIASS) Eastmere\n0808 157 0111 (freephone)",
)
TRIBUNAL = Person("SEND Tribunal", "send.tribunal@justice.gov.uk", "")
HAULWELL = Person("Haulwell Removals", "accounts@haulwellremovals.co.uk", "")

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Hannah Lindqvist"
addresses = ["hannah.lindqvist@example.net"]

[[children]]
name = "Arlo Lindqvist"
la_reference = "EM/EHC/27/01193"
date_of_birth = "2018-06-19"

[[parties]]
kind = "la"
name = "Eastmere County Council SEND Statutory Services"
domains = ["eastmere.gov.uk"]
addresses = []

[[parties]]
kind = "la"
name = "Marrowdale Borough Council Statutory SEN Service"
domains = ["marrowdale.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Fennick Lane Primary School"
domains = ["fennicklane.eastmere.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Wrenfield House School"
domains = ["wrenfieldhouse.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Eastmere CAMHS Neurodevelopmental Pathway"
domains = []
addresses = ["eastmere.camhs.nd@nhs.net", "neve.aldous@nhs.net"]

[[parties]]
kind = "advice"
name = "SENDIASS Eastmere"
domains = ["eastmeresendiass.org.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Tomas Lindqvist (Arlo's father)"
domains = []
addresses = ["tomas.lindqvist@example.com"]
"""

LA_DOMAINS = ("eastmere.gov.uk", "marrowdale.gov.uk")
