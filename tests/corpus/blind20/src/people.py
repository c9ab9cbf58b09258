"""Cast, signatures and config.toml of the blind20 corpus (everything invented).

Phone numbers are in the Ofcom drama ranges (01632 960xxx, 07700 900xxx); personal addresses use
example.* domains.
"""

from corpuslib import Person

LARK_DISCLAIMER = (
    "OFFICIAL-SENSITIVE. This email and any attachments may contain personal information and are "
    "intended only for the addressee. If you have received it in error, please tell the sender and "
    "delete it. Larkhaven County Council may monitor email traffic. Our privacy notice is at "
    "www.larkhaven.gov.uk/privacy"
)

# ---- the family
DOM = Person(
    "Dominic Farrelly", "dom.farrelly@example.com", "Dominic Farrelly\n07700 900382", "gmail"
)
DOM_NOSIG = Person("Dominic Farrelly", "dom.farrelly@example.com", "", "gmail")
DOM_PHONE = Person("Dominic Farrelly", "dom.farrelly@example.com", "Sent from my iPhone", "iphone")
BEX = Person("Rebecca Linton", "rebecca.linton@example.org", "", "apple")
BEX_PHONE = Person("Rebecca Linton", "rebecca.linton@example.org", "Sent from my iPhone", "iphone")

# ---- Larkhaven County Council
NATASHA = Person(
    "Natasha Greer",
    "natasha.greer@larkhaven.gov.uk",
    "Natasha Greer\nSEN Assessment Officer\nSEN Assessment and Review Team | Larkhaven County Council\n"
    "County Hall, Larkhaven LK1 1AA\nTel 01632 960880\n\n" + LARK_DISCLAIMER,
    "exchange",
)
SEN_TEAM = Person(
    "SEN Assessment and Review Team", "senassessment@larkhaven.gov.uk", "", "exchange"
)
PAULA = Person(
    "Paula Hendry",
    "paula.hendry@larkhaven.gov.uk",
    "Paula Hendry\nService Manager \u2013 SEN Statutory Services\nLarkhaven County Council\n01632 960801\n\n"
    + LARK_DISCLAIMER,
    "exchange",
)
ALISTAIR = Person(
    "Alistair Munro",
    "alistair.munro@larkhaven.gov.uk",
    "Alistair Munro\nEHC Plan Coordinator (Secondary)\nSEN Assessment and Review Team, Larkhaven County Council\n"
    "My working days are Monday to Thursday\nTel 01632 960884",
    "outlook",
)
WREN = Person(
    "Tobias Wren",
    "tobias.wren@larkhaven.gov.uk",
    "Dr Tobias Wren\nSenior Educational Psychologist (HCPC PYL30291)\nLarkhaven Educational Psychology Service\n"
    "Larkhaven County Council | 01632 960615",
    "exchange",
)
YVONNE = Person(
    "Yvonne Castle",
    "yvonne.castle@larkhaven.gov.uk",
    "Yvonne Castle\nSEND Appeals Officer\nLegal and Democratic Services, Larkhaven County Council\n"
    "County Hall, Larkhaven LK1 1AA | DX 88140 Larkhaven\nOur ref: LEG/SEND/27/0277\n\n"
    + LARK_DISCLAIMER,
    "exchange",
)
SEND_APPEALS = Person("SEND Appeals", "sendappeals@larkhaven.gov.uk", "", "exchange")

# ---- school
SIAN = Person(
    "Si\u00e2n Maddocks",
    "s.maddocks@kingswellacademy.org.uk",
    "Si\u00e2n Maddocks\nSENCO and Assistant Headteacher\nKingswell Academy \u2013 part of the Larkvale Learning Trust\n"
    "Kingswell Road, Larkhaven LK3 5EW | 01632 960350",
    "outlook",
)

# ---- private educational psychologist (paid by the father)
MIRIAM = Person(
    "Dr Miriam Achterberg",
    "miriam@achterberg-psychology.co.uk",
    "Dr Miriam Achterberg CPsychol\nHCPC-registered Practitioner Psychologist (Educational), PYL28814\n"
    "Achterberg Educational Psychology Ltd\n01632 960744 | www.achterberg-psychology.co.uk",
    "web",
)

# ---- advice, mediation, solicitor, tribunal
BRYONY = Person(
    "Bryony Keel",
    "bryony.keel@larkhavensendiass.org.uk",
    "Bryony Keel\nInformation, Advice and Support Officer\nLarkhaven SENDIASS\n"
    "Helpline 01632 960999 (Mon\u2013Thu 9.30\u20132.30) | www.larkhavensendiass.org.uk",
    "outlook",
)
FAIRWAY = Person("Fairway Mediation Services", "adviser@fairwaymediation.co.uk", "", "outlook")
HUGH = Person(
    "Hugh Dennison",
    "hugh.dennison@fairwaymediation.co.uk",
    "Hugh Dennison\nMediation Adviser\nFairway Mediation Services\n01632 960471\n"
    "Fairway Mediation Services Ltd, registered in England and Wales, company no. 10482213",
    "outlook",
)
JOANNA = Person(
    "Joanna Pritchard",
    "j.pritchard@hartwellmaddox.co.uk",
    "Joanna Pritchard\nSolicitor, Education and Community Care\nHartwell Maddox LLP\n4 Minster Yard, Larkhaven LK1 2PT\n"
    "T 01632 960730 | Our ref: JP/FAR/0931\n"
    "Hartwell Maddox LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612277).",
    "outlook",
)
TRIBUNAL = Person("SEND Tribunal", "send.appeals.admin@justice.gov.uk", "", "system")

# ---- not SEN
PENNANT = Person("Pennant Bay Holiday Park", "bookings@pennantbay.co.uk", "", "system")
MOORSIDE = Person("Moorside Garage", "service@moorsidegarage.co.uk", "", "system")

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Dominic Farrelly"
addresses = ["dom.farrelly@example.com"]

[[children]]
name = "Isaac Farrelly"
la_reference = "LK/EHC/27/0418"
date_of_birth = "2014-01-11"

[[parties]]
kind = "la"
name = "Larkhaven County Council (SEN Assessment and Review Team, Educational Psychology Service, Legal Services)"
domains = ["larkhaven.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Kingswell Academy"
domains = ["kingswellacademy.org.uk"]
addresses = []

[[parties]]
kind = "advice"
name = "Larkhaven SENDIASS"
domains = ["larkhavensendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Fairway Mediation Services (mediation adviser)"
domains = ["fairwaymediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Dr Miriam Achterberg (independent educational psychologist)"
domains = ["achterberg-psychology.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Hartwell Maddox LLP (the father's solicitors)"
domains = ["hartwellmaddox.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Rebecca Linton (Isaac's mother)"
domains = []
addresses = ["rebecca.linton@example.org"]

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []
"""

LA_DOMAINS = ("larkhaven.gov.uk",)
