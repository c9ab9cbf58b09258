"""The cast of the held-out corpus (all fictional).

Telephone numbers are in Ofcom's drama ranges (0113 496 0xxx, 07700 900xxx);
personal addresses use the reserved example.* domains.
"""

from corpus import Person

OWNER = Person("Daniel Okafor", "daniel.okafor@example.com", "owner")
OWNER_WORK = Person("Daniel Okafor", "d.okafor@work.example.org", "owner")
GRACE = Person("Grace Okafor", "grace.okafor@example.net", "other")

# Northvale Council: SEN team on a sub-domain, the rest on the main domain
SEN_TEAM = Person("SEND Assessment Team", "sen.assessment@send.northvale.gov.uk", "la")
PRIYA = Person("Priya Nandra", "priya.nandra@send.northvale.gov.uk", "la")
CALLUM = Person("Callum Reid", "callum.reid@send.northvale.gov.uk", "la")
OWEN = Person("Dr Owen Tremlett", "owen.tremlett@northvale.gov.uk", "la")
FEEDBACK = Person("Northvale Council Customer Feedback", "feedback@northvale.gov.uk", "la")
ANGELA = Person("Angela Fairbairn", "angela.fairbairn@northvale.gov.uk", "la")
MARCUS = Person("Marcus Ellery", "marcus.ellery@northvale.gov.uk", "la")
HUB = Person("Northvale EHCP Hub", "no-reply@ehcphub.northvale.gov.uk", "la")
NEWS = Person("Northvale Council", "news@northvale.gov.uk", "la")
# SENDIASS is hosted on the council's domain but is configured by exact address as advice
SENDIASS = Person("Northvale SENDIASS", "sendiass@northvale.gov.uk", "advice")

# Brightwater Learning Trust (both schools share the trust domain)
BETHAN = Person("Bethan Crowther", "b.crowther@brightwatertrust.org.uk", "school")
HB_OFFICE = Person(
    "Hollins Brook Primary Academy", "hollinsbrook.office@brightwatertrust.org.uk", "school"
)
TARIQ = Person("Tariq Hamid", "t.hamid@brightwatertrust.org.uk", "school")
CASTLEGATE = Person("Castlegate Academy", "castlegate.comms@brightwatertrust.org.uk", "school")

# NHS staff on nhs.net
SIOBHAN = Person("Siobh\u00e1n Kearney", "siobhan.kearney4@nhs.net", "health")
LEWIS = Person("Lewis Hartley", "lewis.hartley2@nhs.net", "health")

TRIBUNAL = Person("SEND Tribunal", "send.registrations@tribunals.justice.gov.uk", "tribunal")
RUTH = Person("Ruth Abernethy", "ruth.abernethy@kiteadvocacy.org.uk", "advice")
KITE_NEWS = Person("Kite SEND Advocacy", "bulletin@kiteadvocacy.org.uk", "advice")
HUGH = Person("Hugh Penrose", "hugh.penrose@clearwatermediation.co.uk", "other")

# noise
SHOP = Person("Calm Corner", "orders@calmcornerstore.co.uk", "noise")
LEISURE = Person("Northvale Leisure", "swim@northvale-leisure.co.uk", "noise")

SIG_PRIYA = """Priya Nandra
SEND Casework Officer
SEND Assessment Team | Children's Services | Northvale Council
Civic Centre, Market Street, Northvale NV1 4RT
Tel: 0113 496 0714
Our Ref: NV-SEN-004512"""

SIG_CALLUM = """Callum Reid | EHC Plan Coordinator (Transfers & Reviews)
SEND Service, Northvale Council, Civic Centre, Northvale NV1 4RT
0113 496 0721 | Mobile 07700 900 562
Working days Mon-Thu"""

SIG_OWEN = """Dr Owen Tremlett
Senior Educational Psychologist (HCPC PYL04417)
Northvale Educational Psychology Service
0113 496 0738"""

SIG_BETHAN = """Mrs B. Crowther
SENCo | Hollins Brook Primary Academy
Part of Brightwater Learning Trust
Hollins Lane, Northvale NV4 7QS | 0113 496 0255"""

SIG_TARIQ = """Mr T Hamid
SENDCo / Assistant Headteacher
Castlegate Academy - a Brightwater Learning Trust school
0113 496 0290"""

SIG_DANIEL = """Daniel Okafor
07700 900 318"""

DISCLAIMER_NV = """OFFICIAL-SENSITIVE: This email and any attachments are confidential and intended for the named recipient only. If you have received it in error please tell the sender and delete it. Northvale Council may monitor email traffic. Think before you print."""
