"""Cast, signatures and config.toml of the blind16 corpus. Everyone and everything is invented."""

from corpuslib import Person

GT_DISCLAIMER = (
    "OFFICIAL - This email and any files sent with it are confidential and may be legally privileged. "
    "They are for the use of the intended recipient only. If you have received this email in error, "
    "please tell the sender and delete it. Greythorne County Council monitors incoming and outgoing "
    "email. Our privacy notice is on the council's website."
)

# ---- the family
CATRIN = Person("Catrin Rowlands", "catrin.rowlands@example.org", "")
IDRIS = Person("Idris Rowlands", "idris.rowlands@example.com", "")

# ---- Greythorne County Council
DUNCAN = Person(
    "Duncan Meriwether",
    "duncan.meriwether@greythorne.gov.uk",
    "Duncan Meriwether\nEHC Coordinator (Post-16)\nPreparing for Adulthood Team | SEND Statutory Service\n"
    "Greythorne County Council, Shire Hall, Greythorne GT1 1AA\nTel: 01632 960734\n"
    "Our ref: GT/EHC/19/04417\n\n" + GT_DISCLAIMER,
)
POST16_INBOX = Person("SEND Post-16 Team", "send.post16@greythorne.gov.uk", "")
ALISHA = Person(
    "Alisha Gorecki",
    "alisha.gorecki@greythorne.gov.uk",
    "Alisha Gorecki | EHC Coordinator (Post-16)\nPreparing for Adulthood Team, Greythorne County Council\n"
    "01632 960752 | I work Monday to Thursday\nRef: GT/EHC/19/04417\n\n" + GT_DISCLAIMER,
)
STUART = Person(
    "Stuart Thackray",
    "stuart.thackray@greythorne.gov.uk",
    "Stuart Thackray\nSEND Service Manager (Post-16 and Preparing for Adulthood)\nGreythorne County Council",
)
RUKHSANA = Person(
    "Rukhsana Mir",
    "rukhsana.mir@greythorne.gov.uk",
    "Rukhsana Mir\nPersonal Budgets Officer (SEND)\nGreythorne County Council | 01632 960761",
)
MAIREAD = Person(
    "Information Rights Team",
    "infogov@greythorne.gov.uk",
    "Mairead Colley\nInformation Rights Officer\nInformation Governance, Greythorne County Council\n"
    "Shire Hall, Greythorne GT1 1AA",
)
DATA_PROTECTION = Person("Data Protection Officer", "dataprotection@greythorne.gov.uk", "")
COMPLAINTS = Person("Greythorne Customer Feedback", "complaints@greythorne.gov.uk", "")
FEEDBACK_NOREPLY = Person("Greythorne County Council", "no-reply@feedback.greythorne.gov.uk", "")
PETER = Person(
    "Peter Ngata",
    "peter.ngata@greythorne.gov.uk",
    "Peter Ngata\nComplaints and Resolution Officer\nCustomer Feedback Team, Greythorne County Council",
)
HAYLEY = Person(
    "Customer Feedback Team",
    "complaints@greythorne.gov.uk",
    "Hayley Dunmore\nCustomer Feedback Officer\nGreythorne County Council",
)
FRANCES = Person(
    "Frances Oyelaran",
    "frances.oyelaran@greythorne.gov.uk",
    "Frances Oyelaran\nAssistant Director, Education and Inclusion\nGreythorne County Council",
)
COUNCIL_TAX = Person("Greythorne County Council", "ebilling@greythorne.gov.uk", "")

# ---- college
BETHANY = Person(
    "Bethany Sowerby",
    "b.sowerby@harrowfield.ac.uk",
    "Bethany Sowerby\nLearning Support Manager – Foundation and Supported Learning\nHarrowfield College | "
    "Arkwright Building, Mill Lane, Harrowfield GT4 3DN\n01632 960915",
)

# ---- health
CAMHS = Person(
    "Greythorne CAMHS",
    "greythorne.camhs@nhs.net",
    "Greythorne CAMHS Admin Team\nWillow House, 14 Station Road, Harrowfield GT4 7QE\nTel: 01632 960288",
)
MEDEIROS = Person(
    "Dr Rafael Medeiros",
    "rafael.medeiros@nhs.net",
    "Dr Rafael Medeiros\nClinical Psychologist\nGreythorne CAMHS (Greythorne and Vale NHS Foundation Trust)",
)

# ---- advice
SHELLEY = Person(
    "Shelley Naidoo",
    "shelley.naidoo@greythornesendiass.org.uk",
    "Shelley Naidoo\nSEND Information, Advice and Support Officer\nGreythorne SENDIASS | 0808 157 0244 (free)\n"
    "Impartial and confidential. We are not part of the council's SEND team.",
)

# ---- others
LANTHORN = Person(
    "Yvonne Achebe – Lanthorn Tutors",
    "yvonne@lanthorntutors.co.uk",
    "Yvonne Achebe\nTuition Coordinator, Lanthorn Tutors\n01632 960480 | lanthorntutors.co.uk",
)
LANTHORN_INFO = Person("Lanthorn Tutors", "info@lanthorntutors.co.uk", "")
LGSCO = Person(
    "Local Government and Social Care Ombudsman",
    "intake@lgo.org.uk",
    "Intake Team\nLocal Government and Social Care Ombudsman\nPO Box 4771, Coventry CV4 0EH",
)
FRETWORK = Person("Fretwork Music", "orders@fretworkmusic.co.uk", "")

LA_DOMAINS = ("greythorne.gov.uk",)

CONFIG = """\
timezone = "Europe/London"

[owner]
name = "Catrin Rowlands"
addresses = ["catrin.rowlands@example.org"]

[[children]]
name = "Idris Rowlands"
la_reference = "GT/EHC/19/04417"
date_of_birth = "2010-07-09"

[[parties]]
kind = "la"
name = "Greythorne County Council (SEND Statutory Service and other council teams)"
domains = ["greythorne.gov.uk", "feedback.greythorne.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Harrowfield College"
domains = ["harrowfield.ac.uk"]
addresses = []

[[parties]]
kind = "school"
name = "Moorgate Sixth Form College"
domains = ["moorgate6fc.ac.uk"]
addresses = []

[[parties]]
kind = "health"
name = "Greythorne CAMHS"
domains = []
addresses = ["greythorne.camhs@nhs.net", "rafael.medeiros@nhs.net"]

[[parties]]
kind = "advice"
name = "Greythorne SENDIASS"
domains = ["greythornesendiass.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Lanthorn Tutors (tuition agency paid from the personal budget)"
domains = ["lanthorntutors.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Local Government and Social Care Ombudsman"
domains = ["lgo.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Idris Rowlands (the young person)"
domains = []
addresses = ["idris.rowlands@example.com"]
"""
