"""Cast, signatures and config.toml of the blind19 corpus (everything invented).

Hollinbrook Metropolitan Borough Council is fictional; personal addresses use example.*
domains and telephone numbers the Ofcom drama ranges (01632 960xxx, 07700 900xxx).
"""

from corpuslib import Person

HB_DISCLAIMER = (
    "Hollinbrook Metropolitan Borough Council: this e-mail and any attachments are confidential "
    "and may be legally privileged. If you are not the intended recipient please notify the sender "
    "and delete it. Emails to and from the council may be monitored. Please consider the "
    "environment before printing."
)

# ---- the family and its friend
MUHIT = Person(
    "Abdul Muhit Choudhury",
    "muhit.choudhury@example.net",
    "With kind regards,\n\nAbdul Muhit Choudhury\nFather of Ayaan Choudhury\nMobile: 07700 900482",
    "gmail",
)
MUHIT_PHONE_SIG = "Regards\nA M Choudhury\n\nSent from my iPhone"
SHAHANA = Person("Shahana Choudhury", "shahana.choudhury78@example.com", "", "android")
SHAHANA_Y = Person("Shahana Choudhury", "shahana.choudhury78@example.com", "", "yahoo")
RUMANA = Person("Rumana Akhtar", "rumana.akhtar.teach@example.org", "", "gmail")

# ---- Hollinbrook Metropolitan Borough Council
YVONNE = Person(
    "Yvonne Markham",
    "yvonne.markham@hollinbrook.gov.uk",
    "Yvonne Markham\nEHC Coordinator – Phase Transfer\nSEND Statutory Team | Children’s Services\n"
    "Hollinbrook Metropolitan Borough Council\nCivic Centre, Market Street, Hollinbrook HB1 1AA\n"
    "Tel: 01632 960412\nOur ref: HB/EHCP/21/0763\n\n" + HB_DISCLAIMER,
    "exchange",
)
DAMIAN = Person(
    "Damian Rourke",
    "damian.rourke@hollinbrook.gov.uk",
    "Damian Rourke\nSEND Team Manager\n\nGet Outlook for iOS",
    "exchange",
)
ROISIN = Person(
    "Róisín Egan",
    "roisin.egan@hollinbrook.gov.uk",
    "Róisín Egan\nQualified Teacher of Children and Young People with Vision Impairment (QTVI)\n"
    "Hollinbrook Sensory Support Service\nHollinbrook Metropolitan Borough Council\n"
    "Tel 01632 960427 | Mob 07700 900315\nI work Monday to Thursday.",
    "exchange",
)
LESLEY = Person(
    "Lesley Thwaite",
    "lesley.thwaite@hollinbrook.gov.uk",
    "Lesley Thwaite\nTravel Assistance Officer\nHome to School Transport | Hollinbrook Metropolitan Borough Council\n"
    "Tel 01632 960466",
    "exchange",
)
FEEDBACK = Person(
    "Hollinbrook Council Customer Feedback", "no-reply@feedback.hollinbrook.gov.uk", "", "system"
)
PRITI = Person(
    "Priti Soni",
    "priti.soni@hollinbrook.gov.uk",
    "Priti Soni\nComplaints and Information Officer\nChildren’s Services\n"
    "Hollinbrook Metropolitan Borough Council\nTel 01632 960455",
    "exchange",
)
NEWS = Person("Hollinbrook Council", "yourhollinbrook@news.hollinbrook.gov.uk", "", "system")
COMPLAINTS = Person("Children's Services Complaints", "complaints@hollinbrook.gov.uk")
DCS = Person("Director of Children's Services", "dcs@hollinbrook.gov.uk")
MEMBER_ENQ = Person("Member Enquiries", "memberenquiries@hollinbrook.gov.uk")

# ---- schools
SIAN = Person(
    "Sian Pritchard",
    "s.pritchard@ferncliffe.hollinbrook.sch.uk",
    "Sian Pritchard\nSENCO and Assistant Headteacher\nFerncliffe Primary School\n"
    "Ferncliffe Road, Hollinbrook HB4 7QT | Tel 01632 960733",
    "outlook",
)
NEIL = Person(
    "Neil Garside",
    "head@ferncliffe.hollinbrook.sch.uk",
    "Neil Garside\nHeadteacher\nFerncliffe Primary School\nTel 01632 960730",
    "outlook",
)
OLIVIA = Person(
    "Olivia Brennan",
    "o.brennan@thistlegate.northfold.org.uk",
    "Olivia Brennan\nAssistant Headteacher (Inclusion) and SENCO\n"
    "Thistlegate Academy – part of Northfold Learning Trust\nThistlegate Way, Hollinbrook HB2 5DX\n"
    "01632 960910",
    "gmail",
)
HAZEL = Person(
    "Hazel Kirkup",
    "h.kirkup@brindleymoor.hollinbrook.sch.uk",
    "Hazel Kirkup\nSENCO\nBrindley Moor School\nMoor Lane, Hollinbrook HB6 1LR\nTel 01632 960955",
    "outlook",
)

# ---- health
CHLOE = Person(
    "Chloe Barraclough",
    "chloe.barraclough@nhs.net",
    "Chloe Barraclough\nClinical Specialist Occupational Therapist (Paediatrics)\n"
    "Hollinbrook Children’s Therapy Service\nHollinbrook Community Health NHS Trust\nTel 01632 960812",
    "outlook",
)
TARIQ = Person(
    "Tariq Mahmood",
    "tariq.mahmood3@nhs.net",
    "Tariq Mahmood\nHighly Specialist Paediatric Physiotherapist\nHollinbrook Children’s Therapy Service\n"
    "01632 960815",
    "outlook",
)

# ---- MP's office and unconfigured senders
KEALEY = Person("Rosamund Kealey MP", "rosamund.kealey.mp@parliament.uk")
IMOGEN = Person(
    "HART, Imogen",
    "imogen.hart@parliament.uk",
    "Imogen Hart\nSenior Caseworker\nOffice of Rosamund Kealey MP (Hollinbrook North)\n"
    "House of Commons, London SW1A 0AA | Constituency office 01632 960101\nOur ref: RK/4471",
    "outlook",
)
BONDHU = Person("Bondhu Travel", "quotes@bondhutravel.co.uk", "", "system")

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Abdul Muhit Choudhury"
addresses = ["muhit.choudhury@example.net"]

[[children]]
name = "Ayaan Choudhury"
la_reference = "HB/EHCP/21/0763"
date_of_birth = "2016-11-22"

[[parties]]
kind = "la"
name = "Hollinbrook Metropolitan Borough Council"
domains = ["hollinbrook.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Ferncliffe Primary School"
domains = ["ferncliffe.hollinbrook.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Thistlegate Academy (Northfold Learning Trust)"
domains = ["thistlegate.northfold.org.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Brindley Moor School"
domains = ["brindleymoor.hollinbrook.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Hollinbrook Children's Therapy Service (OT and physiotherapy)"
domains = []
addresses = ["chloe.barraclough@nhs.net", "tariq.mahmood3@nhs.net"]

[[parties]]
kind = "other"
name = "Shahana Choudhury (Ayaan's mother)"
domains = []
addresses = ["shahana.choudhury78@example.com"]

[[parties]]
kind = "other"
name = "Rumana Akhtar (family friend, teacher)"
domains = []
addresses = ["rumana.akhtar.teach@example.org"]

[[parties]]
kind = "other"
name = "Office of Rosamund Kealey MP"
domains = []
addresses = ["imogen.hart@parliament.uk", "rosamund.kealey.mp@parliament.uk"]
"""

LA_DOMAINS = ("hollinbrook.gov.uk",)
