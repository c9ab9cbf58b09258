"""Cast, signatures, the council disclaimer and config.toml of the blind10 corpus (all invented).

Telephone numbers are in the Ofcom drama ranges; personal addresses use example.* domains.
"""

from corpuslib import Person

# The council's standard footer, appended by every staff signature (and once by a transport rule).
DISCLAIMER = (
    "IMPORTANT: This email and any attachments are confidential and may contain legally privileged or "
    "sensitive personal information. They are intended only for the person or organisation to whom they "
    "are addressed. If you have received this email in error, please tell the sender at once and delete it "
    "and any copies; you must not use, copy, disclose or act on any part of it. Brackenmoor Council monitors "
    "and records email for business, security and legal purposes. Anything you send us may have to be "
    "disclosed under the Freedom of Information Act 2000, the Data Protection Act 2018 or the UK GDPR, or in "
    "proceedings before a court or the First-tier Tribunal (Special Educational Needs and Disability). "
    "Nothing in this email extends any deadline or time limit set by legislation or by a tribunal direction, "
    "and no statutory deadline is waived unless the email says so expressly. Where a statutory period "
    "applies, it runs from the date of the letter, not the date the email is opened. The SEN Casework Team "
    "is closed from 24 December to 2 January inclusive and on bank holidays; emails received then are dealt "
    "with from the next working day. Please consider the environment before printing this email."
)

# ---- the family
LEANNE = Person("Leanne Marsh", "leanne.marsh@example.net", "", client="gmail")
LEANNE_PHONE = Person(
    "Leanne Marsh", "leanne.marsh@example.net", "Sent from my iPhone", client="iphone"
)

# ---- Brackenmoor Council (unitary)
CASEWORK = Person(
    "SEN Casework Team",
    "sencasework@brackenmoor.gov.uk",
    "SEN Casework Team\nChildren's Services | Brackenmoor Council\nCivic Centre, Moor Street, Brackenmoor BK1 1AA\n"
    "sencasework@brackenmoor.gov.uk | 01632 960700\n\n" + DISCLAIMER,
)
CASEWORK_AUTO = Person("SEN Casework Team", "sencasework@brackenmoor.gov.uk", "", client="system")
NADIA = Person(
    "Nadia Kowalczyk",
    "nadia.kowalczyk@brackenmoor.gov.uk",
    "Nadia Kowalczyk\nEHC Assessment Coordinator\nSEN Casework Team | Children's Services\n"
    "Brackenmoor Council, Civic Centre, Moor Street, Brackenmoor BK1 1AA\n"
    "Direct line: 01632 960731 | Team: 01632 960700\nMy working days are Monday to Thursday.\n\n"
    + DISCLAIMER,
)
GARY = Person(
    "Gary Whitlow",
    "gary.whitlow@brackenmoor.gov.uk",
    "Gary Whitlow\nEHC Coordinator (Reviews)\nSEN Casework Team | Brackenmoor Council\n"
    "T: 01632 960745 | M: 07700 900917\n\n" + DISCLAIMER,
)
GARY_AUTO = Person("Gary Whitlow", "gary.whitlow@brackenmoor.gov.uk", "")
ANDREA = Person(
    "Andrea Lockwood",
    "andrea.lockwood@brackenmoor.gov.uk",
    "Andrea Lockwood\nSEND Statutory Services Manager\nChildren's Services | Brackenmoor Council\n"
    "01632 960702\n\n" + DISCLAIMER,
)
TAMSIN = Person(
    "Dr Tamsin Greaves",
    "tamsin.greaves@brackenmoor.gov.uk",
    "Dr Tamsin Greaves\nEducational Psychologist (HCPC PYL29431)\nBrackenmoor Educational Psychology Service\n"
    "Brackenmoor Council | 01632 960760\n\n" + DISCLAIMER,
)
FEEDBACK_AUTO = Person(
    "Brackenmoor Council Customer Feedback",
    "noreply.feedback@brackenmoor.gov.uk",
    "",
    client="system",
)
FEEDBACK = Person("Customer Feedback Team", "customerfeedback@brackenmoor.gov.uk")
SUNIL = Person(
    "Sunil Varma",
    "sunil.varma@brackenmoor.gov.uk",
    "Sunil Varma\nComplaints and Resolution Officer\nCustomer Feedback Team | Brackenmoor Council\n"
    "Civic Centre, Moor Street, Brackenmoor BK1 1AA | 01632 960650\n\n" + DISCLAIMER,
)
WASTE = Person(
    "Brackenmoor Council Waste and Recycling", "bulkywaste@brackenmoor.gov.uk", "", client="system"
)

# ---- schools
KIRSTY = Person(
    "Kirsty Ollerenshaw",
    "k.ollerenshaw@heathfieldlane.brackenmoor.sch.uk",
    "Kirsty Ollerenshaw\nSENCO / Inclusion Lead\nHeathfield Lane Primary School\nHeathfield Lane, Brackenmoor BK3 7QT\n"
    "01632 960274",
    client="school",
)
FRAN = Person(
    "Frances Okonjo",
    "f.okonjo@moorsideacademy.org.uk",
    "Fran Okonjo\nSENCo | Moorside Academy\nPart of Brackenmoor Learning Trust\nMoorside Road, Brackenmoor BK6 2HD\n"
    "01632 960588",
    client="school",
)

# ---- health (NHS speech and language therapy, exact nhs.net addresses)
SLT_ADMIN = Person(
    "Children's Speech and Language Therapy",
    "bkm.childrenssalt@nhs.net",
    "Rachel Mounsey\nSpeech and Language Therapy Team Lead (Mainstream Schools)\n"
    "Brackenmoor Children's Speech and Language Therapy Service\nBrackenmoor Community Health NHS Trust\n"
    "The Willows Child Development Centre, Fell Lane, Brackenmoor BK2 4RN | 01632 960480",
    client="nhs",
)
RACHEL = Person(
    "Rachel Mounsey",
    "rachel.mounsey2@nhs.net",
    "Rachel Mounsey\nSpeech and Language Therapy Team Lead (Mainstream Schools)\n"
    "Brackenmoor Community Health NHS Trust | 01632 960480",
    client="nhs",
)
HOLLIE = Person(
    "Hollie Brannigan",
    "hollie.brannigan@nhs.net",
    "Hollie Brannigan\nSpecialist Speech and Language Therapist (HCPC SL31208)\n"
    "Brackenmoor Children's Speech and Language Therapy Service\nBrackenmoor Community Health NHS Trust",
    client="nhs",
)
# Leanne's employer's staff bank: also nhs.net, but not a configured party and nothing to do with SEN
STAFFBANK = Person("BHFT Staff Bank", "bhft.staffbank@nhs.net", "", client="nhs")

# ---- advice
DOM = Person(
    "Dom Kavanagh",
    "dom.kavanagh@brackenmoorsendiass.org.uk",
    "Dom Kavanagh\nInformation, Advice and Support Officer\nBrackenmoor SENDIASS - free, impartial and confidential\n"
    "Helpline 0808 157 0642 | www.brackenmoorsendiass.org.uk",
)

LA_DOMAINS = ("brackenmoor.gov.uk",)

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Leanne Marsh"
addresses = ["leanne.marsh@example.net"]

[[children]]
name = "Ellis Marsh"
la_reference = "4410627"
date_of_birth = "2018-10-07"

[[children]]
name = "Ruby Marsh"
la_reference = "NA/27/0318"
date_of_birth = "2015-09-23"

[[parties]]
kind = "la"
name = "Brackenmoor Council SEN Casework Team"
domains = ["brackenmoor.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Heathfield Lane Primary School"
domains = ["heathfieldlane.brackenmoor.sch.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Moorside Academy"
domains = ["moorsideacademy.org.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Brackenmoor Children's Speech and Language Therapy Service"
domains = []
addresses = ["bkm.childrenssalt@nhs.net", "rachel.mounsey2@nhs.net", "hollie.brannigan@nhs.net"]

[[parties]]
kind = "advice"
name = "Brackenmoor SENDIASS"
domains = ["brackenmoorsendiass.org.uk"]
addresses = []

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []
"""
