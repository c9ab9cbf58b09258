"""The cast of the blind corpus (all fictional).

Telephone numbers are in Ofcom's drama ranges (01632 960xxx, 07700 900xxx,
0808 157 0xxx); personal addresses use the reserved example.* domains.
"""

from corpus import Person

# The family
OWNER = Person("Helen Brennan", "helen.brennan@example.org", "owner")
LIAM = Person("Liam Brennan", "liam.brennan@example.com", "other")

# Ferncombe Borough Council (all on ferncombe.gov.uk and its sub-domains)
SEND_TEAM = Person("Ferncombe SEND Assessment Team", "send.assessment@ferncombe.gov.uk", "la")
GEMMA = Person("Gemma Pritchard", "gemma.pritchard@ferncombe.gov.uk", "la")
KAREN = Person("Karen Whitlock", "karen.whitlock@ferncombe.gov.uk", "la")
# Karen's own address, used once during an email outage: not in config.toml
KAREN_HOME = Person("Karen Whitlock", "kwhitlock71@example.net", "la")
FARIDA = Person("Dr Farida Sheikh", "farida.sheikh@ferncombe.gov.uk", "la")
MARCUS = Person("Marcus Doyle", "marcus.doyle@ferncombe.gov.uk", "la")
RACHEL = Person("Rachel Goodwin", "rachel.goodwin@ferncombe.gov.uk", "la")
CUSTREL = Person("Ferncombe Customer Relations", "customer.relations@ferncombe.gov.uk", "la")
IG = Person("Information Governance Team", "information.governance@ferncombe.gov.uk", "la")
HUB = Person("Ferncombe EHC Hub", "noreply@ehchub.ferncombe.gov.uk", "la")
GARDEN = Person("Ferncombe Borough Council", "garden.waste@ferncombe.gov.uk", "la")

# Schools: a maintained primary on a council-looking .sch.uk domain, and an academy trust
JO = Person("Jo Tennant", "j.tennant@staidans.ferncombe.sch.uk", "school")
AARON = Person("Aaron Fielding", "a.fielding@oakhollow.org.uk", "school")
MILLBROOK_NEWS = Person("Millbrook Academy", "newsletter@oakhollow.org.uk", "school")

# Health
CDC = Person("Wealdside CDC Appointments", "cdc.appointments@wealdside.nhs.uk", "health")
TOMASZ = Person("Dr Tomasz W\u00f3jcik", "tomasz.wojcik@wealdside.nhs.uk", "health")

# Tribunal
TRIB = Person("First-tier Tribunal (SEND)", "send.casework@tribunals.justice.gov.uk", "tribunal")

# Advice and mediation
SENDIASS_INBOX = Person("Ferncombe SENDIASS", "hello@ferncombesendiass.org.uk", "advice")
BEV = Person("Bev Marsh", "bev.marsh@ferncombesendiass.org.uk", "advice")
SENDIASS_NEWS = Person("Ferncombe SENDIASS", "news@ferncombesendiass.org.uk", "advice")
OWEN = Person("Owen Price", "owen.price@lanternsmediation.co.uk", "other")

# Noise
SHOP = Person("Snug & Steady", "hello@snugandsteady.co.uk", "noise")

# ----------------------------------------------------------------- signatures

SIG_GEMMA = """Gemma Pritchard
EHC Coordinator (Assessments)
SEND Service | Ferncombe Borough Council
Town Hall, Market Parade, Ferncombe FN1 1AA
Tel: 01632 960 512
Our ref: SEN/25/07316"""

SIG_KAREN = """Karen Whitlock
EHC Coordinator - Reviews (Secondary)
Ferncombe Borough Council SEND Service
01632 960 527 | I work Mon, Tue and Thu"""

SIG_FARIDA = """Dr Farida Sheikh
Educational Psychologist | HCPC PYL31207
Ferncombe Educational Psychology Service
01632 960 540"""

SIG_MARCUS = """Marcus Doyle
SEND Appeals and Tribunal Officer
Legal and Democratic Services, Ferncombe Borough Council
01632 960 588 | DX 700145 Ferncombe"""

SIG_RACHEL = """Rachel Goodwin
Head of SEND and Inclusion
Children's Services, Ferncombe Borough Council
01632 960 501"""

SIG_JO = """Mrs J. Tennant
SENCo and Assistant Head | St Aidan's C of E Primary School
Church Lane, Ferncombe FN4 2QB | 01632 960 233
URN 148920 | DfE 947/2031"""

SIG_AARON = """Aaron Fielding
SENDCo | Millbrook Academy
Part of the Oakhollow Learning Trust
Millbrook Road, Ferncombe FN2 8LT | 01632 960 310"""

SIG_BEV = """Bev Marsh
Information, Advice and Support Officer
Ferncombe SENDIASS | free, confidential, impartial
Helpline 0808 157 0421 (Mon to Thu, 9.30am to 2.30pm)
Registered charity no. 1164208"""

SIG_OWEN = """Owen Price
Mediator | Lanterns Mediation
3 Quayside Chambers, Ferncombe FN1 3PJ | 01632 960 744"""

SIG_TOMASZ = """Dr Tomasz W\u00f3jcik
Consultant Community Paediatrician
Wealdside Children's Community Services
Secretary: 01632 960 872"""

SIG_HELEN = """Helen Brennan
14 Rowan Close, Ferncombe FN3 7RW
07700 900 614"""

DISCLAIMER = (
    "Ferncombe Borough Council: this email and any attachments are confidential and intended"
    " solely for the addressee. If you have received it in error, please tell the sender and"
    " delete it; do not copy or forward it. Views expressed are those of the author and not"
    " necessarily those of the council. Emails to and from the council may be monitored and"
    " may be disclosed under the Freedom of Information Act 2000. Please consider the"
    " environment before printing this email."
)
