"""The cast of the blind5 corpus. Everything is invented."""

from corpuslib import Person, dd

DISCLAIMER = dd(
    """
    OFFICIAL. This email and any attachments are confidential and intended for the
    addressee only. If you have received it in error please tell the sender and
    delete it. Wyvernshire County Council monitors email for security purposes.
    Think before you print.
    """
)

SHONA = Person("Shona McAllister", "shona.mcallister@example.net", "Sent from my iPhone")
SHONA_LAPTOP = Person("Shona McAllister", "shona.mcallister@example.net", "")
CALLUM = Person("Callum McAllister", "callum.mcallister@example.net", "")

GRAHAM = Person(
    "Graham Tolley",
    "graham.tolley@wyvernshire.gov.uk",
    dd(
        """
        Graham Tolley
        SEN Case Officer, SEND Statutory Assessment and Review Team
        Children's Services, Wyvernshire County Council
        County Hall, Castle Street, Wyvern Bridge WY1 2AA
        Tel: 01632 960733
        """
    )
    + "\n\n"
    + DISCLAIMER,
)
AISHA = Person(
    "Aisha Rahman",
    "aisha.rahman@wyvernshire.gov.uk",
    dd(
        """
        Aisha Rahman (she/her)
        EHC Coordinator – Post-16
        SEND Statutory Team | Wyvernshire County Council
        01632 960745 | Mon–Thu
        """
    )
    + "\n\n"
    + DISCLAIMER,
)
HELEN = Person(
    "Helen Pryce",
    "helen.pryce@wyvernshire.gov.uk",
    dd(
        """
        Helen Pryce
        SEND Team Manager (North and Central)
        Wyvernshire County Council
        """
    ),
)
MARK = Person(
    "Mark Ellery",
    "customer.resolution@wyvernshire.gov.uk",
    dd(
        """
        Mark Ellery
        Customer Resolution Officer
        Customer Resolution Team, Wyvernshire County Council
        PO Box 1170, Wyvern Bridge WY1 9ZZ
        """
    ),
)
CUSTOMER_RES = Person("Customer Resolution Team", "customer.resolution@wyvernshire.gov.uk", "")
FEEDBACK_NOREPLY = Person("Wyvernshire County Council", "no-reply@feedback.wyvernshire.gov.uk", "")
SUNITA = Person(
    "Sunita Batra",
    "sunita.batra@wyvernshire.gov.uk",
    dd(
        """
        Sunita Batra
        SEND Appeals and Tribunal Officer
        Legal and Democratic Services, Wyvernshire County Council
        Our ref: LEG/SEND/27/311
        DX 711240 Wyvern Bridge 3 | Tel 01632 960766
        """
    ),
)
JODIE = Person(
    "Jodie Marsh",
    "jodie.marsh@wyvernshire.gov.uk",
    dd(
        """
        Jodie Marsh
        Social Worker, Children with Disabilities Team
        Wyvernshire County Council
        Our ref: CWD/26/5512
        Mobile 07700 900512
        """
    ),
)
CWD_TEAM = Person("Children with Disabilities Team", "cwd.team@wyvernshire.gov.uk", "")
SEND_TEAM = Person("SEND Statutory Team", "send.statutory@wyvernshire.gov.uk", "")
HUB = Person("Wyvernshire SEND Hub", "noreply@sendhub.wyvernshire.gov.uk", "")
NEWS = Person("Your Wyvernshire", "news@wyvernshire.gov.uk", "")

DEV = Person(
    "Dev Sharma",
    "d.sharma@longmeadacademy.org.uk",
    dd(
        """
        Dev Sharma
        SENCO | Longmead Academy
        Longmead Road, Wyvern Bridge WY4 9TR | 01632 960418
        Part of the Wyvern Learning Trust
        """
    ),
)
WEBB = Person(
    "Caroline Webb",
    "headteacher@longmeadacademy.org.uk",
    dd(
        """
        Mrs C. Webb
        Headteacher, Longmead Academy
        """
    ),
)
LORNA = Person(
    "Lorna Fitch",
    "lorna.fitch@wyvernvalley.ac.uk",
    dd(
        """
        Lorna Fitch
        Additional Learning Support Manager
        Wyvern Valley College | Riverside Campus, Wyvern Bridge WY3 5PL
        """
    ),
)
COLLEGE_EVENTS = Person("Wyvern Valley College", "events@wyvernvalley.ac.uk", "")

CAMHS = Person(
    "Wyvernshire CAMHS",
    "wyvernshire.camhs@nhs.net",
    dd(
        """
        CAMHS Admin Team
        Riverside Child and Family Centre
        Wyvernshire Community Health NHS Trust
        """
    ),
)
REID = Person(
    "Dr Ewan Reid",
    "ewan.reid@nhs.net",
    dd(
        """
        Dr Ewan Reid
        Clinical Psychologist, Wyvernshire CAMHS
        """
    ),
)
BEA = Person(
    "Bea Lawson",
    "bea.lawson@wyvernshiresendiass.org.uk",
    dd(
        """
        Bea Lawson
        Information, Advice and Support Officer
        Wyvernshire SENDIASS – free, confidential, impartial
        Helpline 01632 960890
        """
    ),
)
TRIBUNAL = Person("SEND Tribunal", "sendregistrations@justice.gov.uk", "")
KEYSTONE = Person("Keystone Tutors Scheduling", "bookings@keystonetutors.co.uk", "")


PARTIES = [
    {
        "kind": "la",
        "name": "Wyvernshire County Council (SEND Statutory Team and other services)",
        "domains": [
            "wyvernshire.gov.uk",
            "sendhub.wyvernshire.gov.uk",
            "feedback.wyvernshire.gov.uk",
        ],
        "addresses": [],
    },
    {
        "kind": "school",
        "name": "Longmead Academy",
        "domains": ["longmeadacademy.org.uk"],
        "addresses": [],
    },
    {
        "kind": "school",
        "name": "Wyvern Valley College",
        "domains": ["wyvernvalley.ac.uk"],
        "addresses": [],
    },
    {
        "kind": "health",
        "name": "Wyvernshire CAMHS",
        "domains": [],
        "addresses": ["wyvernshire.camhs@nhs.net", "ewan.reid@nhs.net"],
    },
    {
        "kind": "advice",
        "name": "Wyvernshire SENDIASS",
        "domains": ["wyvernshiresendiass.org.uk"],
        "addresses": [],
    },
    {
        "kind": "tribunal",
        "name": "First-tier Tribunal (SEND)",
        "domains": ["justice.gov.uk"],
        "addresses": [],
    },
    {
        "kind": "other",
        "name": "Keystone Tutors (tuition commissioned by the council)",
        "domains": ["keystonetutors.co.uk"],
        "addresses": [],
    },
    {
        "kind": "other",
        "name": "Callum McAllister (the young person)",
        "domains": [],
        "addresses": ["callum.mcallister@example.net"],
    },
]

LA_DOMAINS = PARTIES[0]["domains"]
