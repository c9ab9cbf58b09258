"""Cast, signatures and config.toml of the blind9 corpus. Everyone and everything is invented.

Personal addresses use example.* domains; telephone numbers use the Ofcom drama ranges.
"""

from corpuslib import Person

FENMOOR_NOTICE = (
    "OFFICIAL-SENSITIVE. This email and any files sent with it are confidential and may be legally "
    "privileged. If you are not the intended recipient please tell the sender and delete it. "
    "Fenmoor County Council monitors email for security and compliance. Please consider the "
    "environment before printing."
)

# ---- the family
PAT_TB = Person(  # Pat at the desktop: Thunderbird, bottom-posts by default, sometimes types on top
    "Pat Holloway", "pat.holloway@example.co.uk", "Kind regards, Pat (Nan)", client="thunderbird"
)
PAT_IOS = Person(  # Pat on her phone: Outlook for iOS, top-posts
    "Pat Holloway",
    "pat.holloway@example.co.uk",
    "Kind regards, Pat (Nan)\n\nGet Outlook for iOS",
    client="ios",
    utc_dates=True,
)
KAYDEN = Person("Kayden Holloway", "kaydenh.2011@example.com", "", client="gmail")

# ---- Fenmoor County Council
CRAIG = Person(
    "Craig Mottram",
    "craig.mottram@fenmoor.gov.uk",
    "Craig Mottram\nEHC Coordinator \u2013 Reviews\nSEND Statutory Service | Fenmoor County Council\n"
    "County Hall, Castle Street, Ravensholme RV1 3FC\nDirect line: 01632 960472\n"
    "Our ref: FM/EHCP/06627 | Review: RV/27/0613\n\n" + FENMOOR_NOTICE,
    client="exchange",
    utc_dates=True,
)
CRAIG_OOO = Person(
    "Craig Mottram", "craig.mottram@fenmoor.gov.uk", "", client="exchange", utc_dates=True
)
SEND_DUTY = Person(
    "SEND Statutory Service",
    "send.statutory@fenmoor.gov.uk",
    "Shabnam Iqbal\nSEND Duty Officer\nSEND Statutory Service | Fenmoor County Council\nDuty line: 01632 960400\n\n"
    + FENMOOR_NOTICE,
    client="exchange",
    utc_dates=True,
)
ANJALI = Person(
    "Anjali Bhatt",
    "anjali.bhatt@fenmoor.gov.uk",
    "Anjali Bhatt (she/her)\nPreparing for Adulthood Coordinator\nSEND 14\u201325 Team | Fenmoor County Council\n"
    "Mobile: 07700 900552\nWorking days: Mon, Tue, Thu, Fri\n\n" + FENMOOR_NOTICE,
    client="exchange",
    utc_dates=True,
)
FIONA = Person(
    "Fiona Stirling",
    "fiona.stirling@fenmoor.gov.uk",
    "Fiona Stirling\nSEND Team Manager (14\u201325)\nFenmoor County Council\nTel: 01632 960410\n\n"
    + FENMOOR_NOTICE,
    client="exchange",
    utc_dates=True,
)
RUTH = Person(
    "Ruth Amankwah",
    "ruth.amankwah@fenmoor.gov.uk",
    "Ruth Amankwah\nQualified Teacher of the Deaf\nFenmoor Sensory Support Service (Hearing)\n"
    "Mobile 07700 900318 (text or call)",
    client="exchange",
    utc_dates=True,
)
GEMMA = Person(
    "Gemma Lowther",
    "gemma.lowther@fenmoor.gov.uk",
    "Gemma Lowther\nSocial Worker | Kinship Care Support Team\nFenmoor Children's Services\n"
    "07700 900741\nCase ref: CSC-1184520",
    client="exchange",
    utc_dates=True,
)
COMPLAINTS_NOREPLY = Person(
    "Fenmoor Customer Experience",
    "no-reply@customerexperience.fenmoor.gov.uk",
    "",
    client="system",
    utc_dates=True,
)
COMPLAINTS = Person(
    "Fenmoor Customer Experience Team", "complaints@fenmoor.gov.uk", "", client="exchange"
)
DALE = Person(
    "Dale Whitworth",
    "dale.whitworth@fenmoor.gov.uk",
    "Dale Whitworth\nComplaints and Resolution Officer\nCustomer Experience Team, Fenmoor County Council\n"
    "Tel: 01632 960205",
    client="exchange",
    utc_dates=True,
)
TRAVEL = Person("Post-16 Travel Support", "post16travel@fenmoor.gov.uk", "", client="exchange")
NADIA = Person(
    "Nadia Osei",
    "nadia.osei@fenmoor.gov.uk",
    "Nadia Osei\nPost-16 Travel Support Officer\nPassenger Transport Unit | Fenmoor County Council\n01632 960388",
    client="exchange",
    utc_dates=True,
)
PORTAL = Person(
    "Fenmoor SEND Online", "noreply@sendonline.fenmoor.gov.uk", "", client="system", utc_dates=True
)
LIBRARIES = Person("Fenmoor Libraries", "libraries@fenmoor.gov.uk", "", client="system")

# ---- school and colleges
HAYLEY = Person(
    "Hayley Dunstan",
    "h.dunstan@fleetmarshpark.org.uk",
    "Hayley Dunstan\nSENCO and Lead, Hearing Impaired Resource Base\nFleetmarsh Park Academy | part of Fen Edge Learning Trust\n"
    "01632 960623",
    client="exchange",
)
DECLAN = Person(
    "Declan Hurst",
    "declan.hurst@ravensholme.ac.uk",
    "Declan Hurst\nAdditional Learning Support Manager (Deaf Support)\nRavensholme College\n01632 960870",
    client="exchange",
    utc_dates=True,
)
NORTHFEN = Person("Sue Kettering", "s.kettering@northfen.ac.uk", "", client="exchange")

# ---- health
AUDIOLOGY = Person(
    "Paediatric Audiology RGH",
    "rgh.paediatricaudiology@nhs.net",
    "Paediatric Audiology Administration\nAudiology Department, Level 1\nRavensholme General Hospital\n"
    "Tel 01632 960733 (Mon\u2013Fri 8.30am\u20134.30pm)",
    client="exchange",
    utc_dates=True,
)

# ---- advice, mediation, other
MARCUS = Person(
    "Marcus Fairley",
    "marcus.fairley@fenmoorsendiass.org.uk",
    "Marcus Fairley\nInformation, Advice and Support Officer\nFenmoor SENDIASS (free, confidential and impartial)\n"
    "Helpline 0808 157 0192\n\nSent from my iPad",
    client="apple",
)
IMOGEN = Person(
    "Imogen Castell",
    "imogen.castell@brookwaymediation.co.uk",
    "Imogen Castell\nSEND Mediator | Brookway Mediation\n01632 960915\nBrookway Mediation Ltd, registered in England no. 08812345",
    client="exchange",
)
WOOLLY = Person("The Woolly Ewe", "orders@thewoollyewe.co.uk", "", client="system")

CONFIG = """\
# blind9: Pat Holloway's mailbox (Fenmoor County Council). Generated by src/build.py.
timezone = "Europe/London"

[owner]
name = "Pat Holloway"
addresses = ["pat.holloway@example.co.uk"]

[[children]]
name = "Kayden Holloway"
la_reference = "FM/EHCP/06627"
date_of_birth = "2011-10-23"

[[parties]]
kind = "la"
name = "Fenmoor County Council (SEND Statutory Service and other council services)"
domains = ["fenmoor.gov.uk", "sendonline.fenmoor.gov.uk", "customerexperience.fenmoor.gov.uk"]
addresses = []

[[parties]]
kind = "la"
name = "Fenmoor Children's Services, Kinship Care Support Team (social worker)"
domains = []
addresses = ["gemma.lowther@fenmoor.gov.uk"]

[[parties]]
kind = "la"
name = "Fenmoor Sensory Support Service (Teacher of the Deaf)"
domains = []
addresses = ["ruth.amankwah@fenmoor.gov.uk"]

[[parties]]
kind = "school"
name = "Fleetmarsh Park Academy (Hearing Impaired Resource Base)"
domains = ["fleetmarshpark.org.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Ravensholme College"
domains = ["ravensholme.ac.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Northfen College"
domains = ["northfen.ac.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Paediatric Audiology, Ravensholme General Hospital"
domains = []
addresses = ["rgh.paediatricaudiology@nhs.net"]

[[parties]]
kind = "advice"
name = "Fenmoor SENDIASS"
domains = ["fenmoorsendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Brookway Mediation"
domains = ["brookwaymediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Kayden Holloway (the young person)"
domains = []
addresses = ["kaydenh.2011@example.com"]
"""

LA_DOMAINS = ("fenmoor.gov.uk",)
