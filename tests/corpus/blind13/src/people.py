"""Cast, signatures and config.toml of the blind13 corpus (all invented)."""

from corpuslib import Person

RLB_DISCLAIMER = (
    "Riverhithe London Borough Council: this message and any attachment are intended for the named "
    "recipient only and may contain personal information. If it has reached you by mistake, please "
    "let the sender know and delete it. Emails to and from the council may be monitored."
)

# ---- the family
AMARA = Person(
    "Amara Okoye-Bell",
    "amara.okb@example.com",
    "Amara Okoye-Bell\n07700 900381",
)
AMARA_PHONE_SIG = "Sent from my iPhone"

# ---- Riverhithe London Borough Council
RUTH = Person(
    "Ruth Kavanagh-Mensah",
    "ruth.kavanagh-mensah@riverhithe.gov.uk",
    "Kind regards,\n\nRuth Kavanagh-Mensah\nSEN Assessment & Planning Officer\n"
    "SEND Statutory Team | Children’s Services\nRiverhithe London Borough Council\n"
    "Riverhithe Town Hall, Quay Street, London SE16 9XR\nTel: 020 7946 0734\n"
    "Our ref: RH/SEN/26/0419\n\n" + RLB_DISCLAIMER,
)
SEN_INBOX = Person("SEN Assessment Team", "sen.assessment@riverhithe.gov.uk")
CONTACT_NOREPLY = Person("Riverhithe Council", "no-reply@contact.riverhithe.gov.uk")
MARCUS = Person(
    "Marcus Adeyemi-Stone",
    "marcus.adeyemi-stone@riverhithe.gov.uk",
    "Marcus Adeyemi-Stone\nSEND Statutory Team Manager\nRiverhithe London Borough Council\n"
    "Tel: 020 7946 0719\n\n" + RLB_DISCLAIMER,
)
NIAMH = Person(
    "Dr Niamh Casey",
    "niamh.casey@riverhithe.gov.uk",
    "Dr Niamh Casey\nSenior Educational Psychologist\nRiverhithe Educational Psychology Service\n"
    "HCPC PYL40217 | 020 7946 0788",
)
WASTE = Person("Riverhithe Street Services", "bulkywaste@riverhithe.gov.uk")

# ---- school
PRIYA = Person(
    "Priya Vasudevan",
    "p.vasudevan@stsaviours.riverhithe.sch.uk",
    "Priya Vasudevan (she/her)\nSENCO and Inclusion Lead\nSt Saviour’s C of E Primary School\n"
    "Tanner Row, London SE16 4QP | 020 7946 0552",
)

# ---- health
NHS_SLT = Person(
    "Children's Speech and Language Therapy",
    "souththames.cslt.riverhithe@nhs.net",
    "Children's Speech and Language Therapy Service (Riverhithe)\n"
    "South Thames Community Health NHS Trust\nCanal Walk Health Centre, London SE16 7LN\n"
    "Tel 020 7946 0611 (Monday to Friday, 9am to 4pm)",
)
OLUWASEUN = Person(
    "Oluwaseun Hartley",
    "oluwaseun.hartley@nhs.net",
    "Oluwaseun Hartley\nHighly Specialist Speech and Language Therapist\n"
    "South Thames Community Health NHS Trust",
)

# ---- tribunal
TRIBUNAL = Person(
    "SEND Tribunal",
    "send.tribunal@justice.gov.uk",
    "SEND Tribunal Administration Team\nFirst-tier Tribunal (Special Educational Needs and Disability)\n"
    "HM Courts & Tribunals Service",
)

# ---- advice line (IPSEA-like)
TOMASZ = Person(
    "Tomasz Wróbel",
    "advice@sendrightsline.org.uk",
    "Tomasz Wróbel\nVolunteer Adviser, SEND Rights Line\n"
    "Free, independent legal advice on special educational needs\n"
    "Registered charity 1190442",
)

# ---- mediation adviser
GAIL = Person(
    "Gail Mensforth",
    "gail.mensforth@kingfishermediation.co.uk",
    "Gail Mensforth\nMediation Adviser\nKingfisher Mediation Services Ltd\n"
    "Company no. 09917731 | 0800 160 1432",
)

# ---- independent speech and language therapist
ROSALIND = Person(
    "Rosalind Achebe-Hart",
    "rosalind@talkwellspeech.co.uk",
    "Rosalind Achebe-Hart MRCSLT\nIndependent Speech and Language Therapist\nTalkwell Speech & Language\n"
    "HCPC SL09981 | 07700 900622",
)

# ---- not SEN
GYM = Person("Little Movers Gymnastics", "hello@littlemoversgym.co.uk")

LA_DOMAINS = ["riverhithe.gov.uk"]

CONFIG = """timezone = "Europe/London"

[owner]
name = "Amara Okoye-Bell"
addresses = ["amara.okb@example.com"]

[[children]]
name = "Jayden Okoye-Bell"
la_reference = "RH/SEN/26/0419"
date_of_birth = "2018-11-02"

[[parties]]
kind = "la"
name = "Riverhithe London Borough Council SEND Statutory Team"
domains = ["riverhithe.gov.uk"]
addresses = []

[[parties]]
kind = "school"
name = "St Saviour's C of E Primary School"
domains = ["stsaviours.riverhithe.sch.uk"]
addresses = []

[[parties]]
kind = "health"
name = "South Thames Community Health NHS Trust, Children's Speech and Language Therapy"
domains = []
addresses = ["souththames.cslt.riverhithe@nhs.net", "oluwaseun.hartley@nhs.net"]

[[parties]]
kind = "tribunal"
name = "First-tier Tribunal (SEND)"
domains = ["justice.gov.uk"]
addresses = []

[[parties]]
kind = "advice"
name = "SEND Rights Line"
domains = ["sendrightsline.org.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Kingfisher Mediation Services (mediation adviser)"
domains = ["kingfishermediation.co.uk"]
addresses = []

[[parties]]
kind = "other"
name = "Talkwell Speech & Language (independent SLT)"
domains = ["talkwellspeech.co.uk"]
addresses = []
"""
