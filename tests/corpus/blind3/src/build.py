#!/usr/bin/env python3
"""Generate the blind3 corpus: messages/*.eml and labels.jsonl.

Stdlib only.  Run from anywhere:  python3 src/build.py
Every resolved date is computed with datetime from the message's Date
header (converted to Europe/London) or from another computed date; the
script then re-reads what it wrote and validates it.
"""

from __future__ import annotations

import datetime
import email
import email.message
import email.policy
import email.utils
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
MSG_DIR = ROOT / "messages"
LABELS = ROOT / "labels.jsonl"
LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC

CATEGORIES = {
    "assessment_request",
    "acknowledgement",
    "decision_to_assess",
    "refusal_to_assess",
    "information_request",
    "appointment",
    "draft_plan",
    "final_plan",
    "decision_not_to_issue",
    "annual_review",
    "delay_notice",
    "chaser",
    "complaint",
    "mediation_tribunal",
    "general",
    "not_send",
}
ROLES = {"deadline", "meeting", "past", "other"}
ACTORS = {"la", "parent", "school", "health", "other"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

# Bank holidays, England and Wales (timescales.md section 1).
BANK_HOLIDAYS = {
    datetime.date(2026, 1, 1),
    datetime.date(2026, 4, 3),
    datetime.date(2026, 4, 6),
    datetime.date(2026, 5, 4),
    datetime.date(2026, 5, 25),
    datetime.date(2026, 8, 31),
    datetime.date(2026, 12, 25),
    datetime.date(2026, 12, 28),
    datetime.date(2027, 1, 1),
    datetime.date(2027, 3, 26),
    datetime.date(2027, 3, 29),
    datetime.date(2027, 5, 3),
    datetime.date(2027, 5, 31),
    datetime.date(2027, 8, 30),
    datetime.date(2027, 12, 27),
    datetime.date(2027, 12, 28),
}

# Every reference identifier used anywhere in the corpus (normalised
# matching decides which of them a message carries).
KNOWN_REFS = [
    "EHC/26/04471",  # LA case reference
    "SENQ-884213",  # enquiry ticket from the casework auto-acknowledgement
    "CF/27/00318",  # stage 1 complaint
    "CLM-27-0092",  # mediation service case reference
    "EH947/27/00219",  # SEND Tribunal appeal
    "LS/SEND/2027/118",  # council legal team reference for the appeal
]


# --------------------------------------------------------------- time helpers


def london(y, mo, d, h, mi):
    """A wall-clock time in London; the Date header keeps the London offset."""
    return datetime.datetime(y, mo, d, h, mi, tzinfo=LONDON)


def utc(y, mo, d, h, mi):
    """A time written in UTC; the Date header is rendered as +0000."""
    return datetime.datetime(y, mo, d, h, mi, tzinfo=UTC)


def day(t):
    """The message's own calendar day in Europe/London."""
    return t.astimezone(LONDON).date()


def on(y, mo, d):
    return datetime.date(y, mo, d)


def dm(t, d, mo):
    """Day and month without a year: the matching date nearest the message day."""
    base = day(t)
    cands = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            cands.append(datetime.date(y, mo, d))
        except ValueError:
            continue
    return min(cands, key=lambda c: abs((c - base).days))


def nth(t, d):
    """'the 12th': the next date (on or after the message day) with that day number."""
    base = day(t)
    y, mo = base.year, base.month
    while True:
        try:
            cand = datetime.date(y, mo, d)
        except ValueError:
            cand = None
        if cand is not None and cand >= base:
            return cand
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1


def next_wd(t, name):
    """'Friday', 'on Monday': the first such weekday strictly after the message day."""
    base = day(t)
    target = WEEKDAYS.index(name.lower())
    delta = (target - base.weekday()) % 7 or 7
    return base + datetime.timedelta(days=delta)


def last_wd(t, name):
    """'on Thursday' about the past: the latest such weekday strictly before."""
    base = day(t)
    target = WEEKDAYS.index(name.lower())
    delta = (base.weekday() - target) % 7 or 7
    return base - datetime.timedelta(days=delta)


def rel_days(t, n):
    """'tomorrow' (+1), 'yesterday' (-1), 'today' (0)."""
    return day(t) + datetime.timedelta(days=n)


def plus_days(d, n):
    return d + datetime.timedelta(days=n)


def plus_weeks(d, n):
    return d + datetime.timedelta(weeks=n)


def plus_months(d, n):
    mo = d.month - 1 + n
    y, mo = d.year + mo // 12, mo % 12 + 1
    for dd in range(d.day, 27, -1):
        try:
            return datetime.date(y, mo, dd)
        except ValueError:
            continue
    return datetime.date(y, mo, min(d.day, 28))


def working_days(d, n):
    """n working days after d (day after d is day 1); weekends and bank holidays skipped."""
    cur = d
    while n:
        cur += datetime.timedelta(days=1)
        if cur.weekday() < 5 and cur not in BANK_HOLIDAYS:
            n -= 1
    return cur


def fmt(d, weekday=False, year=True):
    s = f"{d.day} {MONTHS[d.month - 1].capitalize()}"
    if year:
        s += f" {d.year}"
    if weekday:
        s = f"{WEEKDAYS[d.weekday()].capitalize()} {s}"
    return s


# --------------------------------------------------------------- data model


@dataclass(frozen=True)
class Person:
    name: str
    addr: str

    def header(self):
        return email.utils.formataddr((self.name, self.addr))


@dataclass
class Msg:
    key: str
    thread: str
    sender: Person
    to: list
    sent: datetime.datetime
    subject: str
    new: str
    category: str
    from_la: bool
    sig: str = ""
    cc: list = field(default_factory=list)
    reply_to: str | None = None  # key of the message replied to (In-Reply-To)
    drop_threading: bool = False  # client dropped In-Reply-To/References
    quote: tuple | None = None  # (style, key) style: gmail | outlook | forward
    html_only: bool = False
    attachments: list = field(default_factory=list)  # (filename, title)
    extra_headers: dict = field(default_factory=dict)
    msgid_style: str = "generic"
    no_message_id: bool = False
    dates: list = field(default_factory=list)
    commitments: list = field(default_factory=list)
    # filled in later
    file: str = ""
    message_id: str | None = None
    full_text: str = ""


def D(text, date, role):
    return {"text": text, "date": date, "role": role}


def C(actor, action, due, text):
    return {"actor": actor, "action": action, "due": due, "text": text}


# --------------------------------------------------------------- parties

PARENT = Person("Rachel Penhaligon", "rachel.penhaligon@example.net")
PARENT_WORK = Person("Rachel Penhaligon", "rpenhaligon@hollinsandmarr.example.com")
TEAM = Person("Brackenmoor SEND Casework", "sendcasework@brackenmoor.gov.uk")
DANIEL = Person("Daniel Price", "daniel.price@brackenmoor.gov.uk")
PRIYA = Person("Priya Natarajan", "priya.natarajan@brackenmoor.gov.uk")
GEMMA = Person("Gemma Holt", "gemma.holt@brackenmoor.gov.uk")
FIONA = Person("Dr Fiona Kerr", "fiona.kerr@brackenmoor.gov.uk")
ANDREW = Person("Andrew Moss", "andrew.moss@brackenmoor.gov.uk")
FEEDBACK = Person("Customer Feedback Team", "customer.feedback@brackenmoor.gov.uk")
APPEALS = Person("Liam Gorman (SEND Appeals)", "send.appeals@brackenmoor.gov.uk")
PORTAL = Person("Brackenmoor SEND Portal", "no-reply@sendportal.brackenmoor.gov.uk")
CTAX = Person("Brackenmoor Council Tax", "counciltax@brackenmoor.gov.uk")
SENCO = Person("Claire Dunmore", "c.dunmore@staidans.brackenmoor.sch.uk")
MEGAN = Person("Megan Yates", "megan.yates3@nhs.net")
PAEDS = Person("Community Paediatrics Brackenmoor", "bkm.communitypaeds@nhs.net")
TOM = Person("Tom Beckett", "tom.beckett@brackenmoorsendiass.org.uk")
CLAYBROOK = Person("Claybrook Mediation", "cases@claybrookmediation.co.uk")
TRIBUNAL = Person("SEND Tribunal", "send.tribunal@justice.gov.uk")
SWIM = Person("Kingfisher Swim Academy", "news@kingfisherswim.example.com")
SHOP = Person("Oakwood Outdoor", "orders@oakwoodoutdoor.example.co.uk")

LA_FOOTER = (
    "OFFICIAL-SENSITIVE\n"
    "This email and any attachments are intended only for the named recipient "
    "and may contain confidential information. If you have received it in error, "
    "please tell the sender and delete it. Brackenmoor Borough Council may monitor "
    "email traffic. Our privacy notice is at www.brackenmoor.gov.uk/privacy.\n"
    "The SEND Casework Team office is closed from 24 December to 1 January inclusive."
)
SIG_PARENT = "Rachel Penhaligon\n07700 900 318"
SIG_PARENT_WORK = (
    "Rachel Penhaligon | Senior Bookkeeper\nHollins & Marr LLP\n"
    "Direct: 0113 496 0321\nThink before you print."
)
SIG_DANIEL = (
    "Daniel Price\nSEN Case Officer | SEND Casework Team\n"
    "Brackenmoor Borough Council, Civic Centre, Moor Street, Brackenmoor BK1 1AA\n"
    "Tel: 01632 960 412\nOur ref: EHC/26/04471\n\n" + LA_FOOTER
)
SIG_PRIYA = (
    "Priya Natarajan\nEHC Co-ordinator | SEND Casework Team\n"
    "Brackenmoor Borough Council\nDirect line: 01632 960 427\n"
    "My working days are Monday to Thursday.\n\n" + LA_FOOTER
)
SIG_GEMMA = (
    "Gemma Holt\nSEND Review Officer\nBrackenmoor Borough Council\n"
    "Tel: 01632 960 433\nOur ref: EHC/26/04471\n\n" + LA_FOOTER
)
SIG_FIONA = (
    "Dr Fiona Kerr\nSenior Educational Psychologist (HCPC registered)\n"
    "Brackenmoor Educational Psychology Service\nBrackenmoor Borough Council\n"
    "Tel: 01632 960 450\n\n" + LA_FOOTER
)
SIG_FEEDBACK = (
    "Customer Feedback Team\nBrackenmoor Borough Council\nTel: 01632 960 300\n"
    "www.brackenmoor.gov.uk/complaints\n\n" + LA_FOOTER
)
SIG_LIAM = (
    "Liam Gorman\nSEND Tribunal Officer | Legal and SEND Services\n"
    "Brackenmoor Borough Council\nTel: 01632 960 470\n"
    "Our ref: LS/SEND/2027/118\nYour appeal ref: EH947/27/00219\n\n" + LA_FOOTER
)
SIG_SENCO = (
    "Claire Dunmore\nSENCO and Assistant Headteacher\nSt Aidan's CE Primary School\n"
    "Church Lane, Brackenmoor BK3 7QP\nTel: 01632 960 215\n'Let your light shine'"
)
SIG_MEGAN = (
    "Megan Yates\nHighly Specialist Speech and Language Therapist\n"
    "Brackenmoor Community Children's Services\n"
    "Fernside Children's Centre, Fernside Road, Brackenmoor BK4 2DN\n"
    "Tel: 01632 960 733\nI work Monday to Wednesday."
)
SIG_PAEDS = (
    "Community Paediatrics Administration\nBrackenmoor Community Children's Services\n"
    "Tel: 01632 960 740\nThis mailbox is not monitored for clinical queries."
)
SIG_TOM = (
    "Tom Beckett\nInformation, Advice and Support Officer\n"
    "Brackenmoor SENDIASS - free, impartial and confidential\n"
    "Tel: 01632 960 880 | www.brackenmoorsendiass.org.uk"
)
SIG_JANET = (
    "Janet Okoro\nMediation Adviser, Claybrook Mediation\nTel: 01632 960 990\n"
    "Claybrook Mediation Ltd. Registered in England and Wales, company no. 08812345."
)
SIG_TRIBUNAL = (
    "SEND Tribunal Clerk\nFirst-tier Tribunal (Special Educational Needs and Disability)\n"
    "HM Courts & Tribunals Service\n"
    "Please quote the appeal reference on all correspondence."
)


# --------------------------------------------------------------- messages


def build_messages():
    msgs = []

    def add(m):
        msgs.append(m)
        return m

    received = on(2026, 9, 14)  # LA receives the assessment request
    decision_due = plus_weeks(received, 6)
    noplan_due = plus_weeks(received, 16)
    final_due = plus_weeks(received, 20)

    # ------------------------------------------------------------ T01 request
    t = london(2026, 9, 14, 9, 12)
    add(
        Msg(
            key="request",
            thread="t01-assessment-request",
            sender=PARENT,
            to=[TEAM],
            cc=[SENCO],
            sent=t,
            msgid_style="parent",
            subject="Request for an EHC needs assessment – Oliver Penhaligon (DOB 03/11/2016)",
            new=(
                "Dear SEND Casework Team,\n\n"
                "I am writing to request an Education, Health and Care needs assessment for my son, "
                "Oliver Penhaligon, under section 36 of the Children and Families Act 2014. Oliver was "
                "born on 3 November 2016 and is in Year 5 at St Aidan's CE Primary School.\n\n"
                "Oliver has a diagnosis of developmental language disorder, which the community "
                "paediatrician confirmed in March. Despite two years of SEN support his language and "
                "literacy are still well below age-related expectations, and his anxiety about school "
                "has got much worse since the spring. At his last SEN support review on 8 July 2026 "
                "the "
                "school agreed that his needs cannot be met from the resources normally available to "
                "it, and Mrs Dunmore (SENCO, copied in) supports this request.\n\n"
                "I attach a short summary of my views and Oliver's school reports. I will send the "
                "speech and language therapy report as soon as Oliver's NHS therapist has written it "
                "up.\n\n"
                "Please confirm that you have received this request and let me know who will be "
                "dealing with it.\n\n"
                "Yours faithfully,"
            ),
            sig=SIG_PARENT,
            attachments=[
                (
                    "Parental_views_summary_Oliver_Penhaligon.pdf",
                    "Parental views - Oliver Penhaligon",
                )
            ],
            category="assessment_request",
            from_la=False,
            dates=[
                D("3 November 2016", on(2016, 11, 3), "past"),
                D("8 July 2026", on(2026, 7, 8), "past"),
            ],
            commitments=[
                C(
                    "parent",
                    "send the speech and language therapy report",
                    None,
                    "I will send the speech and language therapy report as soon as Oliver's "
                    "NHS therapist has written it up.",
                )
            ],
        )
    )

    t = london(2026, 9, 14, 9, 13)
    add(
        Msg(
            key="autoack",
            thread="t01-assessment-request",
            sender=TEAM,
            to=[PARENT],
            sent=t,
            reply_to="request",
            msgid_style="la",
            extra_headers={"Auto-Submitted": "auto-generated"},
            subject=(
                "RE: Request for an EHC needs assessment – Oliver Penhaligon (DOB 03/11/2016) "
                "[SENQ-884213]"
            ),
            new=(
                "This is an automated acknowledgement. Please do not reply to this message.\n\n"
                "Thank you for contacting the Brackenmoor SEND Casework Team. Your enquiry has been "
                "logged with reference SENQ-884213. Please quote this reference in any further "
                "correspondence.\n\n"
                "A member of the team will respond within 10 working days of receipt.\n\n"
                "If your enquiry concerns a child at immediate risk of harm, please contact the "
                "Children's Advice and Duty Service on 01632 960 100."
            ),
            sig=LA_FOOTER,
            category="acknowledgement",
            from_la=True,
            dates=[D("within 10 working days of receipt", working_days(day(t), 10), "deadline")],
            commitments=[
                C(
                    "la",
                    "respond to the enquiry",
                    working_days(day(t), 10),
                    "A member of the team will respond within 10 working days of receipt.",
                )
            ],
        )
    )

    t = london(2026, 9, 18, 14, 5)
    add(
        Msg(
            key="ack_daniel",
            thread="t01-assessment-request",
            sender=DANIEL,
            to=[PARENT],
            cc=[TEAM],
            sent=t,
            reply_to="autoack",
            quote=("outlook", "request"),
            msgid_style="la",
            subject=(
                "RE: Request for an EHC needs assessment – Oliver Penhaligon (DOB 03/11/2016) "
                "[SENQ-884213]"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                f"Thank you for your request for an EHC needs assessment for Oliver, which we received "
                f"on {fmt(received)}. I am the SEN case officer who will be handling it, and Oliver's "
                "case reference is EHC/26/04471.\n\n"
                "Your request will be considered by the EHC needs assessment panel on Thursday 15 "
                f"October. We will write to you with the panel's decision by {fmt(decision_due)}.\n\n"
                "I will be in touch separately about consent and Oliver's views.\n\n"
                "Kind regards,"
            ),
            sig=SIG_DANIEL,
            category="acknowledgement",
            from_la=True,
            dates=[
                D(fmt(received), received, "past"),
                D("Thursday 15 October", dm(t, 15, 10), "meeting"),
                D(fmt(decision_due), decision_due, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "write with the panel's decision",
                    decision_due,
                    f"We will write to you with the panel's decision by {fmt(decision_due)}.",
                ),
                C(
                    "la",
                    "be in touch about consent and Oliver's views",
                    None,
                    "I will be in touch separately about consent and Oliver's views.",
                ),
            ],
        )
    )

    t = london(2026, 9, 19, 8, 47)
    add(
        Msg(
            key="thanks_daniel",
            thread="t01-assessment-request",
            sender=PARENT,
            to=[DANIEL],
            cc=[TEAM],
            sent=t,
            reply_to="ack_daniel",
            quote=("gmail", "ack_daniel"),
            msgid_style="parent",
            subject=(
                "Re: Request for an EHC needs assessment – Oliver Penhaligon (DOB 03/11/2016) "
                "[SENQ-884213]"
            ),
            new=(
                "Thank you, Daniel - that's really helpful, and it's good to have a name at last. "
                "I'll keep an eye out for the consent forms.\n\n"
                "Rachel"
            ),
            category="general",
            from_la=False,
        )
    )

    # ------------------------------------------------------------ T02 consent
    t = london(2026, 9, 22, 11, 30)
    add(
        Msg(
            key="consent_req",
            thread="t02-consent-and-views",
            sender=DANIEL,
            to=[PARENT],
            sent=t,
            msgid_style="la",
            subject="Oliver Penhaligon – consent and parental views – Ref EHC/26/04471",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "As promised, I attach the consent form and our 'All About Me' parental views "
                "booklet. Please could you complete and return both by Friday 2 October so that they "
                "are ready for the panel.\n\n"
                "Could you also let me know the names of any other professionals involved with Oliver "
                "(for example CAMHS or an occupational therapist), with their contact details if you "
                "have them?\n\n"
                "Once I have the signed consent form, I will request information from St Aidan's and "
                "from the speech and language therapy service.\n\n"
                "Kind regards,"
            ),
            sig=SIG_DANIEL,
            attachments=[
                ("EHCNA_consent_form.pdf", "Consent to share information"),
                ("All_About_Me_booklet.pdf", "All About Me"),
            ],
            category="information_request",
            from_la=True,
            dates=[D("Friday 2 October", dm(t, 2, 10), "deadline")],
            commitments=[
                C(
                    "la",
                    "request information from school and SLT service",
                    None,
                    "Once I have the signed consent form, I will request information from "
                    "St Aidan's and from the speech and language therapy service.",
                )
            ],
        )
    )

    t = london(2026, 10, 1, 20, 14)
    add(
        Msg(
            key="consent_sent",
            thread="t02-consent-and-views",
            sender=PARENT,
            to=[DANIEL],
            sent=t,
            reply_to="consent_req",
            quote=("gmail", "consent_req"),
            msgid_style="parent",
            subject="Re: Oliver Penhaligon – consent and parental views – Ref EHC/26/04471",
            new=(
                "Hi Daniel,\n\n"
                "Please find attached the signed consent form and Oliver's All About Me booklet, which "
                "we filled in together at the weekend.\n\n"
                "The only other professional involved is Megan Yates, his NHS speech and language "
                "therapist (megan.yates3@nhs.net). He was discharged from occupational therapy in "
                "2024.\n\n"
                "I'll post the original signed consent form to you tomorrow as well, in case you need "
                "a wet signature.\n\n"
                "Best wishes,\nRachel"
            ),
            attachments=[
                ("Signed_consent_Oliver_Penhaligon.pdf", "Signed consent"),
                ("All_About_Me_Oliver.pdf", "All About Me - Oliver"),
            ],
            category="general",
            from_la=False,
            dates=[D("tomorrow", rel_days(t, 1), "deadline")],
            commitments=[
                C(
                    "parent",
                    "post the original signed consent form",
                    rel_days(t, 1),
                    "I'll post the original signed consent form to you tomorrow as well, in "
                    "case you need a wet signature.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T03 speech and language therapy
    t = london(2026, 9, 23, 10, 2)
    slt_appt = dm(t, 6, 10)
    add(
        Msg(
            key="slt_appt",
            thread="t03-slt",
            sender=MEGAN,
            to=[PARENT],
            sent=t,
            msgid_style="nhs",
            subject="Oliver Penhaligon – speech and language therapy appointment",
            new=(
                "Dear Mrs Penhaligon,\n\n"
                "Following our conversation at Oliver's school review, I would like to see him for an "
                "updated assessment so that my report is current for his EHC needs assessment.\n\n"
                "I have booked him in for Tuesday 6 October at 1.45pm at Fernside Children's Centre. "
                "The session will last about an hour and I'd like you to join us for the last 15 "
                "minutes.\n\n"
                "I will send my report to you and to the SEN team within two weeks of seeing "
                "Oliver.\n\n"
                "If this appointment is not convenient, please call the admin team on 01632 960 "
                "733.\n\n"
                "Kind regards"
            ),
            sig=SIG_MEGAN,
            category="appointment",
            from_la=False,
            dates=[
                D("Tuesday 6 October", slt_appt, "meeting"),
                D("within two weeks of seeing Oliver", plus_weeks(slt_appt, 2), "deadline"),
            ],
            commitments=[
                C(
                    "health",
                    "send the SLT report to parent and SEN team",
                    plus_weeks(slt_appt, 2),
                    "I will send my report to you and to the SEN team within two weeks of "
                    "seeing Oliver.",
                )
            ],
        )
    )

    # Sunday 23:20 UTC = Monday 00:20 in London: "tomorrow" is Tuesday 6 October.
    t = utc(2026, 10, 4, 23, 20)
    add(
        Msg(
            key="slt_confirm",
            thread="t03-slt",
            sender=PARENT,
            to=[MEGAN],
            sent=t,
            reply_to="slt_appt",
            quote=("gmail", "slt_appt"),
            msgid_style="parent",
            subject="Re: Oliver Penhaligon – speech and language therapy appointment",
            new=(
                "Dear Megan,\n\n"
                "Just confirming that we will be there tomorrow at 1.45. Oliver is a bit nervous, so "
                "I've told him it's mostly games and talking.\n\n"
                "Thanks,\nRachel"
            ),
            category="appointment",
            from_la=False,
            dates=[D("tomorrow", rel_days(t, 1), "meeting")],
            commitments=[
                C(
                    "parent",
                    "attend the SLT appointment",
                    rel_days(t, 1),
                    "Just confirming that we will be there tomorrow at 1.45.",
                )
            ],
        )
    )

    t = london(2026, 10, 19, 16, 40)
    add(
        Msg(
            key="slt_report",
            thread="t03-slt",
            sender=MEGAN,
            to=[PARENT],
            cc=[DANIEL],
            sent=t,
            reply_to="slt_confirm",
            quote=("outlook", "slt_confirm"),
            msgid_style="nhs",
            subject="RE: Oliver Penhaligon – speech and language therapy appointment",
            new=(
                "Dear Rachel,\n\n"
                "Please find attached my updated speech and language therapy report following Oliver's "
                "assessment on 6 October. I have copied in Daniel Price at the SEN team so that it can "
                "be used as health advice for the EHC needs assessment.\n\n"
                "In summary, Oliver's receptive and expressive language scores are both below the 2nd "
                "centile. I have recommended direct therapy from a qualified speech and language "
                "therapist for at least one hour per week in the first instance, plus a daily language "
                "programme delivered by a trained teaching assistant.\n\n"
                "I will offer Oliver a review block of therapy in the spring term and will write to "
                "you "
                "with dates.\n\n"
                "NHS number for your records: 485 777 3456.\n\n"
                "Best wishes"
            ),
            sig=SIG_MEGAN,
            attachments=[
                ("SLT_report_O_Penhaligon_Oct2026.pdf", "Speech and language therapy report")
            ],
            category="general",
            from_la=False,
            dates=[D("6 October", dm(t, 6, 10), "past")],
            commitments=[
                C(
                    "health",
                    "offer a review block of therapy and write with dates",
                    None,
                    "I will offer Oliver a review block of therapy in the spring term and will "
                    "write to you with dates.",
                )
            ],
        )
    )

    t = london(2026, 10, 20, 7, 55)
    add(
        Msg(
            key="slt_forward",
            # relabelled from "t03-slt": the dev README makes a forward to a new party that
            # starts its own exchange a conversation of its own
            thread="t03b-slt-forward",
            sender=PARENT,
            to=[SENCO],
            sent=t,
            quote=("forward", "slt_report"),
            msgid_style="parent",
            subject="Fwd: RE: Oliver Penhaligon – speech and language therapy appointment",
            new=(
                "Hi Mrs Dunmore,\n\n"
                "Forwarding Megan's updated report for Oliver's school file - the recommendations are "
                "on page 4. Could we find ten minutes to talk about the daily language programme "
                "before half term?\n\n"
                "Thanks,\nRachel"
            ),
            attachments=[
                ("SLT_report_O_Penhaligon_Oct2026.pdf", "Speech and language therapy report")
            ],
            category="general",
            from_la=False,
        )
    )

    # ------------------------------------------------------------ T04 decision to assess
    t = london(2026, 10, 22, 15, 20)
    letter = on(2026, 10, 21)
    add(
        Msg(
            key="decision",
            thread="t04-decision-to-assess",
            sender=DANIEL,
            to=[PARENT],
            cc=[SENCO],
            sent=t,
            msgid_style="la",
            subject="EHC/26/04471 – Oliver Penhaligon – decision on EHC needs assessment",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Please see below the letter confirming the panel's decision. A signed copy will "
                "follow by post.\n\n"
                "-----\n"
                "Brackenmoor Borough Council - Children's Services\nSEND Casework Team\n\n"
                f"Our ref: EHC/26/04471\nDate: {fmt(letter)}\n\n"
                "Dear Ms Penhaligon\n\n"
                "Re: Oliver Penhaligon, date of birth 3 November 2016\n"
                "Decision on your request for an Education, Health and Care needs assessment\n\n"
                "I am writing to let you know that the EHC needs assessment panel met on 15 October "
                "2026 and agreed that Brackenmoor Borough Council will carry out an EHC needs "
                "assessment for Oliver.\n\n"
                "We will now request advice and information from:\n"
                "- St Aidan's CE Primary School;\n"
                "- the Educational Psychology Service;\n"
                "- Brackenmoor Community Children's Services (speech and language therapy and "
                "community paediatrics);\n"
                "- the Children with Disabilities Social Care Team.\n\n"
                "Dr Fiona Kerr, Senior Educational Psychologist, will contact you to arrange to see "
                "Oliver. Each adviser has six weeks from our request to provide their advice.\n\n"
                "Under the SEND Regulations 2014 the local authority must issue a final EHC plan, if "
                "one is needed, within 20 weeks of receiving your request, which in Oliver's case is "
                f"by {fmt(final_due)}. If we decide that a plan is not needed, we must tell you by "
                f"{fmt(noplan_due)}.\n\n"
                "Yours sincerely\n\nDaniel Price\nSEN Case Officer\n-----"
            ),
            sig=SIG_DANIEL,
            category="decision_to_assess",
            from_la=True,
            dates=[
                D(fmt(letter), letter, "past"),
                D("3 November 2016", on(2016, 11, 3), "past"),
                D("15 October 2026", on(2026, 10, 15), "past"),
                D(fmt(final_due), final_due, "deadline"),
                D(fmt(noplan_due), noplan_due, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "post a signed copy of the letter",
                    None,
                    "A signed copy will follow by post.",
                ),
                C(
                    "la",
                    "request advice and information",
                    None,
                    "We will now request advice and information from:",
                ),
                C(
                    "la",
                    "contact parent to arrange to see Oliver",
                    None,
                    "Dr Fiona Kerr, Senior Educational Psychologist, will contact you to arrange to "
                    "see Oliver.",
                ),
            ],
        )
    )

    t = london(2026, 10, 22, 21, 5)
    add(
        Msg(
            key="decision_thanks",
            thread="t04-decision-to-assess",
            sender=PARENT,
            to=[DANIEL],
            sent=t,
            reply_to="decision",
            quote=("gmail", "decision"),
            msgid_style="parent",
            subject="Re: EHC/26/04471 – Oliver Penhaligon – decision on EHC needs assessment",
            new=(
                "Dear Daniel,\n\n"
                "Thank you - this is a huge relief after such a long time. I've let Mrs Dunmore know, "
                "and she is happy for Dr Kerr to observe Oliver in class whenever suits.\n\n"
                "Many thanks,\nRachel"
            ),
            category="general",
            from_la=False,
        )
    )

    # ------------------------------------------------------------ T05 EP appointment, moved
    t = london(2026, 11, 2, 9, 40)
    add(
        Msg(
            key="ep_appt",
            thread="t05-ep-visit",
            sender=FIONA,
            to=[PARENT],
            cc=[SENCO],
            sent=t,
            msgid_style="la",
            subject="Educational psychology assessment – Oliver Penhaligon (EHC/26/04471)",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "I am the educational psychologist who will be providing psychological advice for "
                "Oliver's EHC needs assessment. I would like to observe Oliver in class and then meet "
                "with you at school on Thursday 12 November at 2.30pm. Mrs Dunmore has kindly offered "
                "us the small meeting room.\n\n"
                "I will post you a short questionnaire about Oliver's strengths and difficulties "
                "beforehand; please bring it with you to the meeting if you can.\n\n"
                "With best wishes,"
            ),
            sig=SIG_FIONA,
            category="appointment",
            from_la=True,
            dates=[D("Thursday 12 November", dm(t, 12, 11), "meeting")],
            commitments=[
                C(
                    "la",
                    "post a questionnaire",
                    None,
                    "I will post you a short questionnaire about Oliver's strengths and "
                    "difficulties beforehand; please bring it with you to the meeting if you "
                    "can.",
                )
            ],
        )
    )

    t = london(2026, 11, 2, 12, 15)
    add(
        Msg(
            key="ep_move",
            thread="t05-ep-visit",
            sender=PARENT_WORK,
            to=[FIONA],
            cc=[SENCO],
            sent=t,
            reply_to="ep_appt",
            quote=("outlook", "ep_appt"),
            msgid_style="work",
            subject="RE: Educational psychology assessment – Oliver Penhaligon (EHC/26/04471)",
            new=(
                "Dear Dr Kerr,\n\n"
                "Thank you. Unfortunately I have a hospital appointment of my own on the 12th that I "
                "can't move. Would any day the following week work? Tuesdays and Wednesdays are "
                "easiest for me.\n\n"
                "Kind regards,"
            ),
            sig=SIG_PARENT_WORK,
            category="appointment",
            from_la=False,
            dates=[D("the 12th", nth(t, 12), "meeting")],
        )
    )

    t = london(2026, 11, 3, 8, 52)
    ep_new = dm(t, 18, 11)
    add(
        Msg(
            key="ep_moved",
            thread="t05-ep-visit",
            sender=FIONA,
            to=[PARENT_WORK],
            cc=[SENCO],
            sent=t,
            reply_to="ep_move",
            quote=("outlook", "ep_move"),
            msgid_style="la",
            subject="RE: Educational psychology assessment – Oliver Penhaligon (EHC/26/04471)",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Of course. Let's move our meeting to Wednesday 18 November, still at 2.30pm in "
                "school. I will observe Oliver in class that morning instead. I have let Mrs Dunmore "
                "know.\n\n"
                "Best wishes,\nFiona"
            ),
            sig=SIG_FIONA,
            category="appointment",
            from_la=True,
            dates=[D("Wednesday 18 November", ep_new, "meeting")],
            commitments=[
                C(
                    "la",
                    "observe Oliver in class",
                    ep_new,
                    "I will observe Oliver in class that morning instead.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T06 SENDIASS
    t = london(2026, 11, 9, 19, 30)
    add(
        Msg(
            key="iass_ask",
            thread="t06-sendiass",
            sender=PARENT,
            to=[TOM],
            sent=t,
            msgid_style="parent",
            subject="Help with parental views – EHC needs assessment",
            new=(
                "Hello,\n\n"
                "I was given your details by St Aidan's. My son Oliver (Year 5) is being assessed for "
                "an EHC plan by Brackenmoor and I have been asked to write my parental views. I have "
                "no "
                "idea how much detail to put in, or whether I should ask for specific hours of therapy "
                "at this stage.\n\n"
                "I'm also worried about timescales - the decision letter says the final plan is due by "
                "1 February. Is that realistic?\n\n"
                "Could someone ring me? I'm free most days after 3pm.\n\n"
                "Thank you,"
            ),
            sig=SIG_PARENT,
            category="general",
            from_la=False,
            dates=[D("1 February", dm(t, 1, 2), "deadline")],
        )
    )

    t = london(2026, 11, 11, 13, 10)
    iass_call = dm(t, 16, 11)
    add(
        Msg(
            key="iass_reply",
            thread="t06-sendiass",
            sender=TOM,
            to=[PARENT],
            sent=t,
            reply_to="iass_ask",
            quote=("outlook", "iass_ask"),
            msgid_style="generic",
            subject="RE: Help with parental views – EHC needs assessment",
            new=(
                "Dear Rachel,\n\n"
                "Thank you for getting in touch with Brackenmoor SENDIASS. I'm sorry you've had such a "
                "long wait for support for Oliver.\n\n"
                "Your parental views are your chance to describe Oliver as you know him - what he "
                "finds "
                "hard, what helps, and what you hope for him. You don't need to ask for specific hours "
                "in your views, but you should make sure every need you see at home is written down, "
                "because needs that aren't identified are unlikely to end up in section B of the "
                "plan.\n\n"
                "The 20-week timescale is a legal requirement, so the council should be working to it. "
                "It would be sensible to ask your case officer to confirm when you can expect the "
                "draft plan.\n\n"
                "I can go through a draft of your views with you on a Teams call on Monday 16 November "
                "at 10am. I'll send you the link the day before.\n\n"
                "Best wishes,"
            ),
            sig=SIG_TOM,
            category="general",
            from_la=False,
            dates=[
                D("Monday 16 November", iass_call, "meeting"),
                D("the day before", plus_days(iass_call, -1), "deadline"),
            ],
            commitments=[
                C(
                    "other",
                    "send the Teams link",
                    plus_days(iass_call, -1),
                    "I'll send you the link the day before.",
                )
            ],
        )
    )

    t = london(2026, 11, 11, 17, 45)
    add(
        Msg(
            key="iass_ok",
            thread="t06-sendiass",
            sender=PARENT,
            to=[TOM],
            sent=t,
            reply_to="iass_reply",
            quote=("gmail", "iass_reply"),
            msgid_style="parent",
            subject="Re: Help with parental views – EHC needs assessment",
            new=(
                "Dear Tom,\n\n"
                "Monday at 10 is perfect, thank you. I'll email you my draft views on Friday so you "
                "have a chance to look before we speak.\n\n"
                "Rachel"
            ),
            category="general",
            from_la=False,
            dates=[
                D("Monday at 10", next_wd(t, "monday"), "meeting"),
                D("Friday", next_wd(t, "friday"), "deadline"),
            ],
            commitments=[
                C(
                    "parent",
                    "email draft views to SENDIASS",
                    next_wd(t, "friday"),
                    "I'll email you my draft views on Friday so you have a chance to look "
                    "before we speak.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T07 chaser, OOO, delay
    t = london(2026, 11, 30, 10, 5)
    add(
        Msg(
            key="chase1",
            thread="t07-chase-and-delay",
            sender=PARENT,
            to=[DANIEL],
            sent=t,
            msgid_style="parent",
            subject="Oliver Penhaligon EHC/26/04471 – where are we?",
            new=(
                "Dear Daniel,\n\n"
                "I'm writing to ask for an update on Oliver's assessment. Megan Yates sent her report "
                "on 19 October and Dr Kerr saw Oliver on 18 November, but I've heard nothing from the "
                "team since the decision letter.\n\n"
                f"The decision letter says the final plan must be issued by {fmt(final_due)}. With "
                "Christmas coming, I'm anxious that there won't be time for me to comment on a draft. "
                "Please could you tell me which advice you are still waiting for and when I can expect "
                "the draft plan?\n\n"
                "Regards,"
            ),
            sig=SIG_PARENT,
            category="chaser",
            from_la=False,
            dates=[
                D("19 October", dm(t, 19, 10), "past"),
                D("18 November", dm(t, 18, 11), "past"),
                D(fmt(final_due), final_due, "deadline"),
            ],
        )
    )

    t = london(2026, 11, 30, 10, 6)
    add(
        Msg(
            key="ooo",
            thread="t07-chase-and-delay",
            sender=DANIEL,
            to=[PARENT],
            sent=t,
            reply_to="chase1",
            msgid_style="la",
            extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            subject="Automatic reply: Oliver Penhaligon EHC/26/04471 – where are we?",
            new=(
                "Thank you for your email. I am on annual leave and will return to the office on "
                "Monday 7 December. Your email has not been forwarded.\n\n"
                "If your enquiry is urgent, please contact the SEND Casework Team on 01632 960 400 or "
                "sendcasework@brackenmoor.gov.uk."
            ),
            category="general",
            from_la=True,
            dates=[D("Monday 7 December", dm(t, 7, 12), "other")],
        )
    )

    t = london(2026, 12, 8, 16, 20)
    ep_due = dm(t, 18, 12)
    add(
        Msg(
            key="delay",
            thread="t07-chase-and-delay",
            sender=DANIEL,
            to=[PARENT],
            cc=[TEAM],
            sent=t,
            reply_to="chase1",
            quote=("outlook", "chase1"),
            msgid_style="la",
            subject="RE: Oliver Penhaligon EHC/26/04471 – where are we?",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "I am sorry for the delay in replying - I was on leave last week.\n\n"
                "We have now received advice from school, from speech and language therapy and from "
                "social care. We are still waiting for the educational psychology advice and the "
                "paediatric advice. The Educational Psychology Service is experiencing very high "
                "demand this term, but Dr Kerr has confirmed that she will complete her report by "
                "Friday 18 December.\n\n"
                "Unfortunately this means that we will not be able to issue the final plan within the "
                "20-week timescale. We will send you the draft plan in the week commencing 11 January "
                "2027. I apologise for this delay.\n\n"
                "I should also let you know that I am leaving Brackenmoor at the end of this month. "
                "Your new EHC co-ordinator will be Priya Natarajan, who will contact you early in the "
                "new year.\n\n"
                "Kind regards,"
            ),
            sig=SIG_DANIEL,
            category="delay_notice",
            from_la=True,
            dates=[
                D("Friday 18 December", ep_due, "deadline"),
                D("the week commencing 11 January 2027", on(2027, 1, 11), "other"),
            ],
            commitments=[
                C(
                    "la",
                    "complete the EP report",
                    ep_due,
                    "The Educational Psychology Service is experiencing very high demand this term, but "
                    "Dr Kerr has confirmed that she will complete her report by Friday 18 December.",
                ),
                C(
                    "la",
                    "send the draft plan",
                    None,
                    "We will send you the draft plan in the week commencing 11 January 2027.",
                ),
                C(
                    "la",
                    "contact parent as new co-ordinator",
                    None,
                    "Your new EHC co-ordinator will be Priya Natarajan, who will contact you early in "
                    "the new year.",
                ),
            ],
        )
    )

    t = london(2026, 12, 8, 21, 47)
    add(
        Msg(
            key="angry",
            thread="t07-chase-and-delay",
            sender=PARENT,
            to=[DANIEL],
            cc=[TEAM],
            sent=t,
            reply_to="delay",
            quote=("gmail", "delay"),
            msgid_style="parent",
            subject="Re: Oliver Penhaligon EHC/26/04471 – where are we?",
            new=(
                "Daniel,\n\n"
                "I'm sorry, but this isn't good enough. Oliver's request went in on 14 September. "
                "'High demand' is not one of the exceptions in the regulations, and the law hasn't "
                "changed just because the EP service is busy. Oliver has now lost a whole term of the "
                "support everyone agrees he needs.\n\n"
                "Please confirm in writing by Friday that the draft plan will be with me no later than "
                "15 January, and that the council still accepts that the legal deadline for the final "
                "plan is 1 February.\n\n"
                "If I don't have that confirmation, I will make a formal complaint.\n\n"
                "Rachel Penhaligon"
            ),
            category="chaser",
            from_la=False,
            dates=[
                D("14 September", dm(t, 14, 9), "past"),
                D("Friday", next_wd(t, "friday"), "deadline"),
                D("15 January", dm(t, 15, 1), "deadline"),
                D("1 February", dm(t, 1, 2), "deadline"),
            ],
            commitments=[
                C(
                    "parent",
                    "make a formal complaint",
                    None,
                    "If I don't have that confirmation, I will make a formal complaint.",
                )
            ],
        )
    )

    t = london(2027, 1, 6, 11, 15)
    draft_promise = dm(t, 15, 1)
    add(
        Msg(
            key="priya_intro",
            thread="t07-chase-and-delay",
            sender=PRIYA,
            to=[PARENT],
            sent=t,
            reply_to="angry",
            quote=("outlook", "angry"),
            msgid_style="la",
            subject="RE: Oliver Penhaligon EHC/26/04471 – where are we?",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Happy new year. I have taken over Oliver's case from Daniel Price, who has now left "
                "the council, and I have read back through your emails. I am sorry that you did not "
                "receive a reply to your email of 8 December before Daniel left.\n\n"
                "Dr Kerr's report arrived on 21 December and the paediatric advice came in yesterday, "
                "so I now have all the advice I need. I am writing the draft plan now and I will send "
                "it to you by Friday 15 January.\n\n"
                "I cannot change the position on the final plan: it will not be issued by 1 February. "
                "I will do everything I can to keep the delay as short as possible.\n\n"
                "Kind regards"
            ),
            sig=SIG_PRIYA,
            category="delay_notice",
            from_la=True,
            dates=[
                D("8 December", dm(t, 8, 12), "past"),
                D("21 December", dm(t, 21, 12), "past"),
                D("yesterday", rel_days(t, -1), "past"),
                D("Friday 15 January", draft_promise, "deadline"),
                D("1 February", dm(t, 1, 2), "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "send the draft plan",
                    draft_promise,
                    "I am writing the draft plan now and I will send it to you by Friday "
                    "15 January.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T08 paediatrics
    t = london(2026, 11, 23, 10, 30)
    paed = dm(t, 15, 12)
    add(
        Msg(
            key="paed_appt",
            thread="t08-paediatrics",
            sender=PAEDS,
            to=[PARENT],
            sent=t,
            msgid_style="nhs",
            subject="Appointment – Community Paediatric Clinic – Oliver Penhaligon",
            new=(
                "Dear Parent/Carer of Oliver Penhaligon,\n\n"
                "NHS number: 485 777 3456\nHospital number: K2209871\n\n"
                "An appointment has been made for Oliver to see Dr Amir Haddad, Consultant Community "
                "Paediatrician, on Tuesday 15 December 2026 at 11.20am at Fernside Children's Centre, "
                "Fernside Road, Brackenmoor BK4 2DN.\n\n"
                "Please arrive 15 minutes before your appointment time. If you cannot attend, please "
                "let us know as soon as possible so that the slot can be offered to another child.\n\n"
                "Dr Haddad has been asked by the council to provide health advice for Oliver's EHC "
                "needs assessment. He will write his advice after this appointment and send it to the "
                "SEN team."
            ),
            sig=SIG_PAEDS,
            category="appointment",
            from_la=False,
            dates=[D("Tuesday 15 December 2026", paed, "meeting")],
            commitments=[
                C(
                    "health",
                    "write health advice and send it to the SEN team",
                    None,
                    "He will write his advice after this appointment and send it to the SEN team.",
                )
            ],
        )
    )

    t = london(2026, 11, 23, 13, 2)
    add(
        Msg(
            key="paed_reply",
            thread="t08-paediatrics",
            sender=PARENT,
            to=[PAEDS],
            sent=t,
            reply_to="paed_appt",
            quote=("gmail", "paed_appt"),
            msgid_style="parent",
            subject="Re: Appointment – Community Paediatric Clinic – Oliver Penhaligon",
            new=(
                "Thank you. Oliver's dad will bring him on the 15th as I'm at work.\n\n"
                "Please could copies of any letters also be sent to me at this address?\n\n"
                "Rachel Penhaligon"
            ),
            category="appointment",
            from_la=False,
            dates=[D("the 15th", nth(t, 15), "meeting")],
            commitments=[
                C(
                    "parent",
                    "bring Oliver to the paediatric appointment",
                    nth(t, 15),
                    "Oliver's dad will bring him on the 15th as I'm at work.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T09 complaint
    t = london(2027, 1, 18, 8, 30)
    add(
        Msg(
            key="complaint",
            thread="t09-complaint",
            sender=PARENT,
            to=[FEEDBACK],
            cc=[PRIYA],
            sent=t,
            msgid_style="parent",
            subject=(
                "Formal complaint – delay in Oliver Penhaligon's EHC needs assessment "
                "(EHC/26/04471)"
            ),
            new=(
                "Dear Sir or Madam,\n\n"
                "I wish to make a formal complaint under the council's complaints procedure about the "
                "handling of my son Oliver's EHC needs assessment. Oliver's date of birth is 3 "
                "November "
                "2016.\n\n"
                f"1. I requested the assessment on {fmt(received)}. The council agreed to assess in "
                "October.\n"
                "2. I was told on 8 December that the draft plan would be delayed because of 'high "
                "demand' in the Educational Psychology Service. That is not a lawful reason for "
                "delay.\n"
                "3. On 6 January I was promised the draft plan by 15 January. It has not arrived and "
                "nobody has contacted me.\n"
                f"4. The council has told me it will not meet the legal deadline of {fmt(final_due)} "
                "for the final plan.\n\n"
                "Oliver is struggling badly at school and has missed a term of the provision "
                "recommended by his therapist.\n\n"
                "To resolve my complaint I would like an apology; the draft plan sent without further "
                "delay; a date for the final plan that the council will keep; and an explanation of "
                "what is being done about delays in the EP service.\n\n"
                "Yours faithfully,"
            ),
            sig=SIG_PARENT,
            category="complaint",
            from_la=False,
            dates=[
                D("3 November 2016", on(2016, 11, 3), "past"),
                D(fmt(received), received, "past"),
                D("8 December", dm(t, 8, 12), "past"),
                D("6 January", dm(t, 6, 1), "past"),
                D("15 January", dm(t, 15, 1), "past"),
                D(fmt(final_due), final_due, "deadline"),
            ],
        )
    )

    t = london(2027, 1, 19, 10, 2)
    cmp_due = working_days(day(t), 10)
    add(
        Msg(
            key="complaint_ack",
            thread="t09-complaint",
            sender=FEEDBACK,
            to=[PARENT],
            sent=t,
            reply_to="complaint",
            quote=("outlook", "complaint"),
            msgid_style="la",
            subject=(
                "RE: Formal complaint – delay in Oliver Penhaligon's EHC needs assessment "
                "(EHC/26/04471) – CF/27/00318"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Thank you for your email of 18 January 2027. Your complaint has been registered at "
                "stage 1 of the council's complaints procedure under reference CF/27/00318.\n\n"
                "Your complaint has been passed to Andrew Moss, Head of SEND Services, who will "
                f"investigate. We will send you a full response by {fmt(cmp_due)} (10 working "
                "days).\n\n"
                "Please quote the reference above in any correspondence about your complaint.\n\n"
                "Yours sincerely,"
            ),
            sig=SIG_FEEDBACK,
            category="complaint",
            from_la=True,
            dates=[
                D("18 January 2027", on(2027, 1, 18), "past"),
                D(fmt(cmp_due), cmp_due, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "investigate the complaint",
                    None,
                    "Your complaint has been passed to Andrew Moss, Head of SEND Services, who will "
                    "investigate.",
                ),
                C(
                    "la",
                    "send a full response",
                    cmp_due,
                    f"We will send you a full response by {fmt(cmp_due)} (10 working days).",
                ),
            ],
        )
    )

    t = london(2027, 2, 1, 17, 30)
    resp_letter = day(t)
    final_promise = on(2027, 3, 5)
    payment_due = plus_days(resp_letter, 14)
    stage2_due = working_days(resp_letter, 20)
    add(
        Msg(
            key="complaint_resp",
            thread="t09-complaint",
            sender=ANDREW,
            to=[PARENT],
            cc=[FEEDBACK, PRIYA],
            sent=t,
            reply_to="complaint_ack",
            quote=("outlook", "complaint_ack"),
            msgid_style="la",
            subject=(
                "RE: Formal complaint – delay in Oliver Penhaligon's EHC needs assessment "
                "(EHC/26/04471) – CF/27/00318"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Please find below my stage 1 response to your complaint.\n\n"
                f"Complaint reference: CF/27/00318\nDate: {fmt(resp_letter)}\n\n"
                "I have looked into the four points you raised.\n\n"
                "Points 1 and 4: I uphold these. The council received your request on "
                f"{fmt(received)}, "
                "so the final plan should have been issued within 20 weeks. The delay was caused by a "
                "shortfall in educational psychology capacity. I accept that this is not one of the "
                "exceptions allowed by the regulations.\n\n"
                "Point 2: I partly uphold this. Mr Price did tell you about the delay, but he did not "
                "explain what the council would do about it.\n\n"
                "Point 3: I uphold this. The draft plan was sent to you on 20 January, five days later "
                "than Ms Natarajan promised.\n\n"
                "To put things right:\n"
                "- I apologise on behalf of the council.\n"
                f"- Ms Natarajan will issue Oliver's final EHC plan by {fmt(final_promise)}.\n"
                "- The council will make a payment of £250 to you within 14 days of the date of this "
                "letter, in recognition of the time and trouble caused.\n"
                "- We have commissioned additional locum educational psychologists, and it is hoped "
                "that the backlog will be cleared by the spring.\n\n"
                "If you are dissatisfied with this response you may ask for your complaint to be "
                "considered at stage 2 within 20 working days of the date of this letter.\n\n"
                "Yours sincerely\n\nAndrew Moss\nHead of SEND Services"
            ),
            sig="Brackenmoor Borough Council\n\n" + LA_FOOTER,
            category="complaint",
            from_la=True,
            dates=[
                D(fmt(resp_letter), resp_letter, "other"),
                D(fmt(received), received, "past"),
                D("20 January", dm(t, 20, 1), "past"),
                D(fmt(final_promise), final_promise, "deadline"),
                D("within 14 days of the date of this letter", payment_due, "deadline"),
                D("within 20 working days of the date of this letter", stage2_due, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "issue the final EHC plan",
                    final_promise,
                    f"Ms Natarajan will issue Oliver's final EHC plan by {fmt(final_promise)}.",
                ),
                C(
                    "la",
                    "make a payment of £250",
                    payment_due,
                    "The council will make a payment of £250 to you within 14 days of the date of this "
                    "letter, in recognition of the time and trouble caused.",
                ),
            ],
        )
    )

    # ------------------------------------------------------------ T10 portal notification
    t = london(2027, 1, 20, 15, 48)
    add(
        Msg(
            key="portal",
            thread="t10-portal",
            sender=PORTAL,
            to=[PARENT],
            sent=t,
            no_message_id=True,
            subject="You have a new document on the Brackenmoor SEND Portal",
            new=(
                "Dear Rachel Penhaligon,\n\n"
                "A new document has been shared with you on the Brackenmoor SEND Portal.\n\n"
                "Case: EHC/26/04471\nDocument: Draft EHC Plan - O Penhaligon (v1)\n"
                "Shared by: Priya Natarajan\n\n"
                "To view the document, sign in at https://sendportal.brackenmoor.gov.uk. For your "
                "security we do not attach documents to notification emails.\n\n"
                "This is an automated message. Replies to this address are not monitored."
            ),
            category="general",
            from_la=True,
        )
    )

    # ------------------------------------------------------------ T11 draft plan
    t = london(2027, 1, 20, 16, 5)
    comment_due = plus_days(day(t), 14)  # 15 days, day of service = day 1
    add(
        Msg(
            key="draft",
            thread="t11-draft-plan",
            sender=PRIYA,
            to=[PARENT],
            sent=t,
            msgid_style="la",
            html_only=True,
            subject="Draft EHC plan for Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "I have shared Oliver's draft EHC plan with you on the SEND Portal, together "
                "with the advice we received during the assessment. I am sorry it is later than I "
                "promised.\n\n"
                "You have 15 days to comment on the draft, so please send your comments to me by "
                f"{fmt(comment_due)}. You can also:\n"
                "- tell us which school you would like to be named in section I (the draft "
                "deliberately leaves section I blank);\n"
                "- ask to meet me to discuss the draft.\n\n"
                "If we do not hear from you by then, we will finalise the plan as drafted.\n\n"
                "Once I know your preferred school, I will consult it straight away.\n\n"
                "Kind regards"
            ),
            sig=SIG_PRIYA,
            category="draft_plan",
            from_la=True,
            dates=[D(f"by {fmt(comment_due)}", comment_due, "deadline")],
            commitments=[
                C(
                    "la",
                    "finalise the plan as drafted",
                    None,
                    "If we do not hear from you by then, we will finalise the plan as drafted.",
                ),
                C(
                    "la",
                    "consult the preferred school",
                    None,
                    "Once I know your preferred school, I will consult it straight away.",
                ),
            ],
        )
    )

    t = london(2027, 1, 25, 9, 20)
    add(
        Msg(
            key="draft_missing",
            thread="t11-draft-plan",
            sender=PARENT,
            to=[PRIYA],
            sent=t,
            reply_to="draft",
            quote=("gmail", "draft"),
            msgid_style="parent",
            subject="Re: Draft EHC plan for Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Priya,\n\n"
                "Thank you for the draft. Before I can comment properly, could you please upload the "
                "educational psychology advice and the paediatric advice? Only the school and speech "
                "and language reports are on the portal, and section B quotes Dr Kerr's report, so I "
                "need to see it.\n\n"
                f"Could you also tell me whether the {fmt(comment_due, year=False)} deadline will be "
                "extended if the reports aren't available until later this week?\n\n"
                "Many thanks,\nRachel"
            ),
            category="information_request",
            from_la=False,
            dates=[D(f"the {fmt(comment_due, year=False)} deadline", comment_due, "deadline")],
        )
    )

    t = london(2027, 1, 25, 14, 2)
    add(
        Msg(
            key="draft_extend",
            thread="t11-draft-plan",
            sender=PRIYA,
            to=[PARENT],
            sent=t,
            reply_to="draft_missing",
            quote=("outlook", "draft_missing"),
            msgid_style="la",
            subject="RE: Draft EHC plan for Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Rachel,\n\n"
                "Apologies - both reports should have been shared with the draft. I have uploaded them "
                "now.\n\n"
                "Because of my error I am happy to extend your deadline for comments to Friday 5 "
                "February.\n\n"
                "Kind regards\nPriya"
            ),
            sig=SIG_PRIYA,
            category="general",
            from_la=True,
            dates=[D("Friday 5 February", dm(t, 5, 2), "deadline")],
        )
    )

    t = london(2027, 2, 4, 22, 58)
    add(
        Msg(
            key="draft_comments",
            thread="t11-draft-plan",
            sender=PARENT,
            to=[PRIYA],
            sent=t,
            reply_to="draft_extend",
            quote=("gmail", "draft_extend"),
            msgid_style="parent",
            subject="Re: Draft EHC plan for Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Priya,\n\n"
                "Here are my comments on Oliver's draft EHC plan. I have also attached them as a PDF "
                "with the changes marked.\n\n"
                "Section B\n"
                "- The draft does not mention Oliver's anxiety, even though Dr Kerr describes it in "
                "detail (pages 6-7 of her report). Please add it under social, emotional and mental "
                "health.\n"
                "- His difficulty processing spoken instructions needs to be described specifically, "
                "not just as 'language needs'.\n\n"
                "Section F\n"
                "- 'Access to speech and language therapy as required' is not specific. Megan Yates "
                "recommends direct therapy from a qualified speech and language therapist for at least "
                "one hour per week. The plan should say: 'Oliver will receive one hour per week of "
                "direct speech and language therapy delivered by a qualified speech and language "
                "therapist.'\n"
                "- The daily language programme needs to say who delivers it, how often and for how "
                "long.\n\n"
                "Section I\n"
                "My preference is the Speech and Language Resource Base at Harbour Lane Primary "
                "School. I have visited, and I think Oliver would thrive there. Please consult Harbour "
                "Lane.\n\n"
                "I would also like to meet you to discuss the plan. I am free on Tuesday 9 February or "
                "any time on Thursday 11 February.\n\n"
                "I will send you the independent occupational therapy report as soon as I receive it - "
                "the appointment was on 28 January.\n\n"
                "Yours sincerely,"
            ),
            sig=SIG_PARENT,
            attachments=[
                ("Comments_on_draft_EHCP_Oliver_Penhaligon.pdf", "Parent comments on draft plan")
            ],
            # relabelled from "general": in the dev labels the parent's comments on a draft are
            # `draft_plan` (its msg-068, msg-071, msg-122), whatever one README sentence says
            category="draft_plan",
            from_la=False,
            dates=[
                D("Tuesday 9 February", dm(t, 9, 2), "meeting"),
                D("Thursday 11 February", dm(t, 11, 2), "meeting"),
                D("28 January", dm(t, 28, 1), "past"),
            ],
            commitments=[
                C(
                    "parent",
                    "send the independent OT report",
                    None,
                    "I will send you the independent occupational therapy report as soon as I "
                    "receive it - the appointment was on 28 January.",
                )
            ],
        )
    )

    t = london(2027, 2, 5, 12, 10)
    add(
        Msg(
            key="comments_ack",
            thread="t11-draft-plan",
            sender=PRIYA,
            to=[PARENT],
            sent=t,
            reply_to="draft_comments",
            quote=("outlook", "draft_comments"),
            msgid_style="la",
            subject="RE: Draft EHC plan for Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Rachel,\n\n"
                "Thank you for your detailed comments, which I received last night. I will go through "
                "them with my manager and I will consult Harbour Lane Primary School as your preferred "
                "school. Schools are asked to respond to a consultation within 15 days.\n\n"
                "I will ring you early next week to arrange a meeting.\n\n"
                "Kind regards\nPriya"
            ),
            sig=SIG_PRIYA,
            category="acknowledgement",
            from_la=True,
            dates=[D("last night", rel_days(t, -1), "past")],
            commitments=[
                C(
                    "la",
                    "review comments and consult Harbour Lane",
                    None,
                    "I will go through them with my manager and I will consult Harbour Lane Primary "
                    "School as your preferred school.",
                ),
                C(
                    "la",
                    "ring to arrange a meeting",
                    None,
                    "I will ring you early next week to arrange a meeting.",
                ),
            ],
        )
    )

    # ------------------------------------------------------------ T12 phone call summary
    t = london(2027, 2, 10, 18, 40)
    add(
        Msg(
            key="call_note",
            thread="t12-call-summary",
            sender=PARENT,
            to=[PRIYA],
            sent=t,
            msgid_style="parent",
            subject="Summary of our phone call – Oliver Penhaligon",
            new=(
                "Dear Priya,\n\n"
                "Thank you for calling me earlier. To make sure we have the same understanding, this "
                "is my note of what we agreed:\n\n"
                "1. You have received Harbour Lane's consultation response. They say they could meet "
                "Oliver's needs but that the Resource Base is full for this year. You will speak to "
                "the head teacher at Harbour Lane by Friday to ask whether a place could come up from "
                "September.\n"
                "2. You will send me a copy of Harbour Lane's response once their head teacher has "
                "agreed to it being shared.\n"
                "3. You agreed to change section F to specify weekly direct speech and language "
                "therapy, and will confirm the number of minutes after speaking to Megan Yates.\n"
                "4. I will send you the private occupational therapy report by 19 February.\n"
                "5. You said it is hoped the final plan can be issued before the end of February, but "
                "that this is a target and not a promise.\n\n"
                "We agreed not to hold a face-to-face meeting for now.\n\n"
                "Please let me know if anything above is wrong.\n\n"
                "Best wishes,\nRachel"
            ),
            category="general",
            from_la=False,
            dates=[
                D("Friday", next_wd(t, "friday"), "deadline"),
                D("19 February", dm(t, 19, 2), "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "speak to the Harbour Lane head teacher",
                    next_wd(t, "friday"),
                    "You will speak to the head teacher at Harbour Lane by Friday to ask whether a place "
                    "could come up from September.",
                ),
                C(
                    "la",
                    "send a copy of Harbour Lane's response",
                    None,
                    "You will send me a copy of Harbour Lane's response once their head teacher has "
                    "agreed to it being shared.",
                ),
                C(
                    "la",
                    "change section F and confirm the therapy minutes",
                    None,
                    "You agreed to change section F to specify weekly direct speech and language "
                    "therapy, and will confirm the number of minutes after speaking to Megan Yates.",
                ),
                C(
                    "parent",
                    "send the private OT report",
                    dm(t, 19, 2),
                    "I will send you the private occupational therapy report by 19 February.",
                ),
            ],
        )
    )

    t = london(2027, 2, 11, 9, 15)
    add(
        Msg(
            key="call_note_reply",
            thread="t12-call-summary",
            sender=PRIYA,
            to=[PARENT],
            sent=t,
            reply_to="call_note",
            quote=("outlook", "call_note"),
            msgid_style="la",
            subject="RE: Summary of our phone call – Oliver Penhaligon",
            new=(
                "Hi Rachel,\n\n"
                "That is an accurate summary, thank you. One correction to point 1: Harbour Lane's "
                "head teacher is away this week, so I will speak to her on Monday 15 February "
                "instead.\n\n"
                "Priya"
            ),
            sig=SIG_PRIYA,
            category="general",
            from_la=True,
            dates=[D("Monday 15 February", dm(t, 15, 2), "meeting")],
            commitments=[
                C(
                    "la",
                    "speak to the Harbour Lane head teacher",
                    dm(t, 15, 2),
                    "Harbour Lane's head teacher is away this week, so I will speak to her on "
                    "Monday 15 February instead.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T13 final plan (+ amended)
    t = london(2027, 3, 5, 16, 45)
    final_letter = on(2027, 3, 4)
    appeal_due = plus_months(final_letter, 2)
    add(
        Msg(
            key="final",
            thread="t13-final-plan",
            sender=PRIYA,
            to=[PARENT],
            cc=[SENCO],
            sent=t,
            msgid_style="la",
            subject="Final EHC plan – Oliver Penhaligon – EHC/26/04471",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Please find attached Oliver's final Education, Health and Care plan, together with "
                "the covering letter below.\n\n"
                "---\n"
                f"Brackenmoor Borough Council\nOur ref: EHC/26/04471\n{fmt(final_letter)}\n\n"
                "Dear Ms Penhaligon\n\n"
                "Final Education, Health and Care plan for Oliver Penhaligon\n\n"
                "Following the EHC needs assessment, the council has issued the enclosed final EHC "
                "plan for Oliver.\n\n"
                "We considered your request for Harbour Lane Primary School. Harbour Lane's Speech and "
                "Language Resource Base has no places available for the current academic year, and the "
                "council has therefore named St Aidan's CE Primary School in section I.\n\n"
                "Section F now specifies 45 minutes per week of direct speech and language therapy "
                "delivered by a qualified speech and language therapist, and a daily 20-minute "
                "language programme delivered by a trained teaching assistant.\n\n"
                "Your right to appeal\n"
                "If you disagree with sections B, F or I of the plan you can appeal to the First-tier "
                "Tribunal (Special Educational Needs and Disability). You must do so within two months "
                f"of the date of this letter, that is by {fmt(appeal_due)}, or within one month of the "
                "date of a mediation certificate, whichever is later. Unless your appeal is only about "
                "the school named, you must first contact the mediation adviser, Claybrook Mediation "
                "(01632 960 990, cases@claybrookmediation.co.uk).\n\n"
                "Brackenmoor SENDIASS can give you free, impartial advice.\n\n"
                "Yours sincerely\nPriya Natarajan\nEHC Co-ordinator\n---\n\n"
                "A paper copy will be posted to you on Monday."
            ),
            sig=SIG_PRIYA,
            attachments=[
                ("Final_EHC_Plan_Oliver_Penhaligon.pdf", "Final EHC plan - Oliver Penhaligon")
            ],
            category="final_plan",
            from_la=True,
            dates=[
                D(fmt(final_letter), final_letter, "past"),
                D(f"by {fmt(appeal_due)}", appeal_due, "deadline"),
                D("on Monday", next_wd(t, "monday"), "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "post a paper copy of the plan",
                    next_wd(t, "monday"),
                    "A paper copy will be posted to you on Monday.",
                )
            ],
        )
    )

    t = london(2027, 3, 6, 9, 30)
    add(
        Msg(
            key="final_reply",
            thread="t13-final-plan",
            sender=PARENT,
            to=[PRIYA],
            sent=t,
            reply_to="final",
            quote=("gmail", "final"),
            msgid_style="parent",
            subject="Re: Final EHC plan – Oliver Penhaligon – EHC/26/04471",
            new=(
                "Priya,\n\n"
                "I have read the final plan. I'm glad section F is finally specific, but 45 minutes is "
                "less than Megan recommended and less than we discussed.\n\n"
                "I also don't accept that a full Resource Base is a reason not to name Harbour Lane "
                "from September.\n\n"
                "I will be contacting Claybrook Mediation on Monday about sections F and I.\n\n"
                "Rachel"
            ),
            category="mediation_tribunal",
            from_la=False,
            dates=[D("on Monday", next_wd(t, "monday"), "deadline")],
            commitments=[
                C(
                    "parent",
                    "contact Claybrook Mediation",
                    next_wd(t, "monday"),
                    "I will be contacting Claybrook Mediation on Monday about sections F and I.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T14 mediation
    t = london(2027, 3, 8, 10, 12)
    add(
        Msg(
            key="med_req",
            thread="t14-mediation",
            sender=PARENT,
            to=[CLAYBROOK],
            sent=t,
            msgid_style="parent",
            subject="Mediation request – Oliver Penhaligon – Brackenmoor final EHC plan",
            new=(
                "Dear Claybrook Mediation,\n\n"
                "Brackenmoor Borough Council gave me your details as the mediation adviser. The "
                "council "
                f"issued my son's final EHC plan with a letter dated {fmt(final_letter)} (council "
                "reference EHC 26 04471). I disagree with section F (the amount of speech and language "
                "therapy) and section I (the school named), and I would like to go to mediation.\n\n"
                "My son is Oliver Penhaligon, born 3 November 2016. I can be reached on 07700 900 318 "
                "and am available for mediation on any weekday except Fridays.\n\n"
                "Yours faithfully,"
            ),
            sig=SIG_PARENT,
            category="mediation_tribunal",
            from_la=False,
            dates=[
                D(fmt(final_letter), final_letter, "past"),
                D("3 November 2016", on(2016, 11, 3), "past"),
            ],
        )
    )

    t = london(2027, 3, 9, 14, 30)
    add(
        Msg(
            key="med_ack",
            thread="t14-mediation",
            sender=CLAYBROOK,
            to=[PARENT],
            sent=t,
            reply_to="med_req",
            quote=("gmail", "med_req"),
            msgid_style="generic",
            subject=(
                "RE: Mediation request – Oliver Penhaligon – Brackenmoor final EHC plan "
                "[CLM-27-0092]"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Thank you for contacting Claybrook Mediation. Your case reference is CLM-27-0092.\n\n"
                "I have informed Brackenmoor Borough Council that you wish to go to mediation about "
                "sections F and I, and the council must now arrange for mediation to take place within "
                "the statutory timescale. I will write to you by Friday 12 March with proposed dates "
                "and the name of your mediator.\n\n"
                "Mediation is voluntary and confidential. If at any point you decide not to continue, "
                "we will issue a mediation certificate within three working days so that you can "
                "appeal.\n\n"
                "Kind regards"
            ),
            sig=SIG_JANET,
            category="mediation_tribunal",
            from_la=False,
            dates=[D("Friday 12 March", dm(t, 12, 3), "deadline")],
            commitments=[
                C(
                    "other",
                    "write with proposed dates and mediator",
                    dm(t, 12, 3),
                    "I will write to you by Friday 12 March with proposed dates and the name of your "
                    "mediator.",
                ),
                C(
                    "other",
                    "issue a mediation certificate",
                    None,
                    "If at any point you decide not to continue, we will issue a mediation certificate "
                    "within three working days so that you can appeal.",
                ),
            ],
        )
    )

    t = london(2027, 3, 11, 11, 5)
    mediation = on(2027, 4, 7)
    add(
        Msg(
            key="med_date",
            thread="t14-mediation",
            sender=CLAYBROOK,
            to=[PARENT],
            cc=[PRIYA],
            sent=t,
            reply_to="med_ack",
            quote=("gmail", "med_ack"),
            msgid_style="generic",
            subject=(
                "RE: Mediation request – Oliver Penhaligon – Brackenmoor final EHC plan "
                "[CLM-27-0092]"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Mediation confirmation - CLM-27-0092\n\n"
                "I am pleased to confirm that mediation has been arranged as follows:\n\n"
                f"Date: {fmt(mediation, weekday=True)}\nTime: 10.00am to 1.00pm\n"
                "Venue: Meeting Room 3, Brackenmoor Civic Centre, Moor Street\nMediator: Susan Ng\n\n"
                "The council will be represented by Priya Natarajan, EHC Co-ordinator, and a SEND team "
                "manager. You are welcome to bring a friend, relative or SENDIASS adviser.\n\n"
                "Please send any documents you would like the mediator to read by Thursday 25 March "
                "2027. I will send you the agenda a week before the mediation.\n\n"
                "Kind regards"
            ),
            sig=SIG_JANET,
            category="mediation_tribunal",
            from_la=False,
            dates=[
                D(fmt(mediation, weekday=True), mediation, "meeting"),
                D("Thursday 25 March 2027", on(2027, 3, 25), "deadline"),
                D("a week before the mediation", plus_weeks(mediation, -1), "deadline"),
            ],
            commitments=[
                C(
                    "other",
                    "send the mediation agenda",
                    plus_weeks(mediation, -1),
                    "I will send you the agenda a week before the mediation.",
                )
            ],
        )
    )

    t = london(2027, 3, 11, 19, 22)
    add(
        Msg(
            key="med_confirm",
            thread="t14-mediation",
            sender=PARENT,
            to=[CLAYBROOK],
            sent=t,
            reply_to="med_date",
            quote=("gmail", "med_date"),
            msgid_style="parent",
            subject=(
                "Re: Mediation request – Oliver Penhaligon – Brackenmoor final EHC plan "
                "[CLM-27-0092]"
            ),
            new=(
                "Dear Janet,\n\n"
                "Thank you. I confirm that I will attend on 7 April. Tom Beckett from Brackenmoor "
                "SENDIASS will come with me.\n\n"
                "Rachel Penhaligon"
            ),
            category="mediation_tribunal",
            from_la=False,
            dates=[D("7 April", dm(t, 7, 4), "meeting")],
            commitments=[
                C(
                    "parent",
                    "attend mediation",
                    dm(t, 7, 4),
                    "I confirm that I will attend on 7 April.",
                ),
                C(
                    "other",
                    "accompany parent to mediation",
                    dm(t, 7, 4),
                    "Tom Beckett from Brackenmoor SENDIASS will come with me.",
                ),
            ],
        )
    )

    t = london(2027, 4, 9, 15, 0)
    cert = day(t)
    amend_due = on(2027, 4, 23)
    cert_appeal = plus_months(cert, 1)
    add(
        Msg(
            key="med_outcome",
            thread="t14-mediation",
            sender=CLAYBROOK,
            to=[PARENT],
            cc=[PRIYA],
            sent=t,
            reply_to="med_confirm",
            quote=("gmail", "med_confirm"),
            msgid_style="generic",
            subject=(
                "RE: Mediation request – Oliver Penhaligon – Brackenmoor final EHC plan "
                "[CLM-27-0092] – outcome and certificate"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Thank you for taking part in mediation on 7 April. I attach the mediation certificate "
                f"dated {fmt(cert)} and a copy of the written agreement.\n\n"
                "Summary of the agreement:\n"
                "- Section F: the council has agreed to increase direct speech and language therapy to "
                "60 minutes per week. Brackenmoor will issue an amended final plan with this wording "
                f"by {fmt(amend_due)}.\n"
                "- Section I: no agreement was reached. The council maintains that St Aidan's should "
                "be named.\n\n"
                "Because no agreement was reached on section I, you may appeal to the SEND Tribunal. "
                "Your deadline is the later of two months from the date of the council's decision "
                f"letter ({fmt(appeal_due)}) or one month from the date of this certificate "
                f"({fmt(cert_appeal)}).\n\n"
                "Kind regards"
            ),
            sig=SIG_JANET,
            attachments=[
                ("Mediation_certificate_CLM-27-0092.pdf", "Mediation certificate"),
                ("Mediation_agreement_CLM-27-0092.pdf", "Mediation agreement"),
            ],
            category="mediation_tribunal",
            from_la=False,
            dates=[
                D("7 April", dm(t, 7, 4), "past"),
                D(fmt(cert), cert, "other"),
                D(f"by {fmt(amend_due)}", amend_due, "deadline"),
                D(fmt(appeal_due), appeal_due, "deadline"),
                D(fmt(cert_appeal), cert_appeal, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "issue an amended final plan with the agreed wording",
                    amend_due,
                    "Brackenmoor will issue an amended final plan with this wording by "
                    f"{fmt(amend_due)}.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T06 again: old SENDIASS thread
    t = london(2027, 4, 12, 20, 15)
    add(
        Msg(
            key="iass_appeal",
            thread="t06-sendiass",
            sender=PARENT,
            to=[TOM],
            sent=t,
            reply_to="iass_ok",
            quote=("gmail", "iass_ok"),
            msgid_style="parent",
            subject="Re: Help with parental views – EHC needs assessment",
            new=(
                "Hi Tom,\n\n"
                "Replying to your old email as it's the only address I have for you. Thank you so much "
                "for coming to mediation with me last week.\n\n"
                "As you know we didn't get anywhere on section I. I think I want to appeal to the "
                "Tribunal about the school - could you help me with the SEND35 form? My deadline is "
                f"{fmt(cert_appeal, year=False)}.\n\n"
                "Rachel"
            ),
            category="general",
            from_la=False,
            dates=[D(fmt(cert_appeal, year=False), cert_appeal, "deadline")],
        )
    )

    t = london(2027, 4, 13, 10, 40)
    tribunal_accepts = plus_days(cert_appeal, 1)
    assert cert_appeal.weekday() == 6 and tribunal_accepts.weekday() == 0
    add(
        Msg(
            key="iass_appeal_reply",
            thread="t06-sendiass",
            sender=TOM,
            to=[PARENT],
            sent=t,
            reply_to="iass_appeal",
            quote=("outlook", "iass_appeal"),
            msgid_style="generic",
            subject="RE: Help with parental views – EHC needs assessment",
            new=(
                "Dear Rachel,\n\n"
                f"Of course. Because the certificate is dated {fmt(cert, year=False)}, your appeal "
                "must "
                f"reach the Tribunal by {fmt(cert_appeal)}. As that is a Sunday, the Tribunal will "
                f"accept it on {fmt(tribunal_accepts, weekday=True, year=False)}, but I would aim to "
                "send it well before then.\n\n"
                "I will ring you on Thursday at 1pm to go through the form together.\n\n"
                "You should attach the final plan, the decision letter and the mediation "
                "certificate.\n\n"
                "Best wishes,"
            ),
            sig=SIG_TOM,
            category="general",
            from_la=False,
            dates=[
                D(fmt(cert, year=False), cert, "past"),
                D(fmt(cert_appeal), cert_appeal, "deadline"),
                D(fmt(tribunal_accepts, weekday=True, year=False), tribunal_accepts, "deadline"),
                D("Thursday at 1pm", next_wd(t, "thursday"), "meeting"),
            ],
            commitments=[
                C(
                    "other",
                    "ring to go through the SEND35 form",
                    next_wd(t, "thursday"),
                    "I will ring you on Thursday at 1pm to go through the form together.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T13 again: amended final plan
    t = london(2027, 4, 22, 17, 5)
    therapy_start = on(2027, 5, 4)
    add(
        Msg(
            key="amended_final",
            thread="t13-final-plan",
            sender=PRIYA,
            to=[PARENT],
            cc=[SENCO],
            sent=t,
            reply_to="final_reply",
            quote=("outlook", "final_reply"),
            msgid_style="la",
            subject=(
                "RE: Final EHC plan – Oliver Penhaligon – EHC/26/04471 – amended following "
                "mediation"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "As agreed at mediation on 7 April, please find attached Oliver's amended final EHC "
                "plan. The only change is in section F: Oliver will receive 60 minutes per week of "
                "direct speech and language therapy from a qualified therapist, starting from "
                f"{fmt(therapy_start, weekday=True)}.\n\n"
                "I should also let you know that I am moving to the council's Preparing for Adulthood "
                "team from 1 May. From then on your contact will be Gemma Holt, SEND Review Officer, "
                "who will be in touch about Oliver's first annual review.\n\n"
                "Kind regards\nPriya"
            ),
            sig=SIG_PRIYA,
            attachments=[
                ("Amended_Final_EHC_Plan_Oliver_Penhaligon.pdf", "Amended final EHC plan")
            ],
            category="final_plan",
            from_la=True,
            dates=[
                D("7 April", dm(t, 7, 4), "past"),
                D(fmt(therapy_start, weekday=True), therapy_start, "other"),
                D("1 May", dm(t, 1, 5), "other"),
            ],
            commitments=[
                C(
                    "la",
                    "be in touch about the annual review",
                    None,
                    "From then on your contact will be Gemma Holt, SEND Review Officer, who "
                    "will be in touch about Oliver's first annual review.",
                )
            ],
        )
    )

    # ------------------------------------------------------------ T15 appeal lodged / registered
    t = london(2027, 4, 26, 21, 10)
    add(
        Msg(
            key="send35",
            thread="t15-appeal",
            sender=PARENT,
            to=[TRIBUNAL],
            sent=t,
            msgid_style="parent",
            subject="New appeal – SEND35 – Oliver Penhaligon v Brackenmoor Borough Council",
            new=(
                "Dear Sir or Madam,\n\n"
                "Please find attached my appeal (form SEND35) against section I of my son Oliver "
                "Penhaligon's EHC plan, issued by Brackenmoor Borough Council, together with the final "
                f"plan, the council's decision letter dated {final_letter:%d/%m/%Y} and the mediation "
                f"certificate dated {fmt(cert)}.\n\n"
                "Please could you confirm receipt.\n\n"
                "Yours faithfully,"
            ),
            sig=SIG_PARENT,
            attachments=[("SEND35_Oliver_Penhaligon.pdf", "SEND35 notice of appeal")],
            category="mediation_tribunal",
            from_la=False,
            dates=[D(f"{final_letter:%d/%m/%Y}", final_letter, "past"), D(fmt(cert), cert, "past")],
        )
    )

    t = london(2027, 5, 13, 11, 20)
    hearing = on(2027, 9, 21)
    add(
        Msg(
            key="registered",
            thread="t15-appeal",
            sender=TRIBUNAL,
            to=[PARENT],
            sent=t,
            reply_to="send35",
            msgid_style="justice",
            subject=(
                "RE: New appeal – SEND35 – Oliver Penhaligon v Brackenmoor Borough Council – "
                "EH947/27/00219"
            ),
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Appeal reference: EH 947/27/00219\nChild: Oliver Penhaligon\n"
                "Local authority: Brackenmoor Borough Council\n\n"
                "Your appeal was received on 26 April 2027 and has been registered. A copy has been "
                "sent to the local authority.\n\n"
                "The Tribunal has made the following directions:\n"
                "1. The local authority must send its response to the appeal to the Tribunal and to "
                "you by 24 June 2027.\n"
                "2. Both parties must send any further evidence and an attendance form by 8 July "
                "2027.\n"
                f"3. The hearing will take place on {fmt(hearing, weekday=True)} by video.\n\n"
                "Yours sincerely,"
            ),
            sig=SIG_TRIBUNAL,
            category="mediation_tribunal",
            from_la=False,
            dates=[
                D("26 April 2027", on(2027, 4, 26), "past"),
                D("24 June 2027", on(2027, 6, 24), "deadline"),
                D("8 July 2027", on(2027, 7, 8), "deadline"),
                D(fmt(hearing, weekday=True), hearing, "meeting"),
            ],
        )
    )

    # ------------------------------------------------------------ T16 settlement / consent order
    subj_settle = "HD 21/09/2027 | EH947/27/00219 | Oliver Penhaligon | Proposed settlement"
    t = london(2027, 5, 27, 14, 45)
    order_draft_due = dm(t, 11, 6)
    add(
        Msg(
            key="settle",
            thread="t16-settlement",
            sender=APPEALS,
            to=[PARENT],
            sent=t,
            msgid_style="la",
            subject=subj_settle,
            new=(
                "Dear Ms Penhaligon,\n\n"
                "I am the council's SEND Tribunal Officer and I am dealing with Oliver's appeal.\n\n"
                "Having reviewed the appeal, the council has spoken to Harbour Lane Primary School, "
                "which has confirmed that a place in its Speech and Language Resource Base will be "
                "available from September 2027. The council is therefore prepared to name Harbour Lane "
                "Primary School in section I of Oliver's plan from the start of the autumn term, and "
                "to settle the appeal by consent.\n\n"
                "I will send you a draft consent order by Friday 11 June so that you can consider the "
                "wording. Please let me know your view in principle by 4 June.\n\n"
                "Please note that the appeal remains live until the Tribunal approves an order, and "
                "the directions remain in force.\n\n"
                "Yours sincerely"
            ),
            sig=SIG_LIAM,
            category="mediation_tribunal",
            from_la=True,
            dates=[
                D("Friday 11 June", order_draft_due, "deadline"),
                D("4 June", dm(t, 4, 6), "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "send a draft consent order",
                    order_draft_due,
                    "I will send you a draft consent order by Friday 11 June so that you can "
                    "consider the wording.",
                )
            ],
        )
    )

    # Client dropped In-Reply-To/References but quoted the original.
    t = london(2027, 5, 29, 8, 5)
    add(
        Msg(
            key="settle_reply",
            thread="t16-settlement",
            sender=PARENT,
            to=[APPEALS],
            sent=t,
            quote=("gmail", "settle"),
            drop_threading=True,
            msgid_style="parent",
            subject="Re: " + subj_settle,
            new=(
                "Dear Mr Gorman,\n\n"
                "Thank you - this is the news we have been hoping for. I agree in principle, but I "
                "will "
                "take advice from SENDIASS before I sign anything. I will reply properly by Friday 4 "
                "June.\n\n"
                "Could the order also say that the transition arrangements (visits to Harbour Lane in "
                "the summer term) will be set out in the plan?\n\n"
                "Yours sincerely,\nRachel Penhaligon"
            ),
            category="mediation_tribunal",
            from_la=False,
            dates=[D("Friday 4 June", dm(t, 4, 6), "deadline")],
            commitments=[
                C(
                    "parent",
                    "take advice from SENDIASS before signing",
                    None,
                    "I agree in principle, but I will take advice from SENDIASS before I sign anything.",
                ),
                C(
                    "parent",
                    "reply properly",
                    dm(t, 4, 6),
                    "I will reply properly by Friday 4 June.",
                ),
            ],
        )
    )

    t = london(2027, 6, 4, 16, 50)
    add(
        Msg(
            key="settle_agree",
            thread="t16-settlement",
            sender=PARENT,
            to=[APPEALS],
            sent=t,
            reply_to="settle",
            quote=("gmail", "settle"),
            msgid_style="parent",
            subject="Re: " + subj_settle,
            new=(
                "Dear Mr Gorman,\n\n"
                "Further to my email of 29 May, I have now spoken to Tom Beckett at SENDIASS and I "
                "confirm that I agree to settle the appeal on the basis set out in your email, "
                "provided "
                "the transition visits are included. I look forward to receiving the draft order.\n\n"
                "Yours sincerely,\nRachel Penhaligon"
            ),
            category="mediation_tribunal",
            from_la=False,
            dates=[D("29 May", dm(t, 29, 5), "past")],
        )
    )

    t = london(2027, 6, 10, 12, 30)
    add(
        Msg(
            key="draft_order",
            thread="t16-settlement",
            sender=APPEALS,
            to=[PARENT],
            sent=t,
            reply_to="settle_agree",
            quote=("outlook", "settle_agree"),
            msgid_style="la",
            subject="RE: " + subj_settle,
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Thank you for your email of 4 June confirming that you agree to settle the appeal. I "
                "attach the draft consent order. As you asked, paragraph 3 provides that section F "
                "will "
                "include a transition programme of at least four visits to Harbour Lane before the end "
                "of the summer term.\n\n"
                "Please sign and return the order by 17 June 2027. The council will then send the "
                "signed order to the Tribunal for approval.\n\n"
                "Kind regards"
            ),
            sig=SIG_LIAM,
            attachments=[("Draft_consent_order_EH947-27-00219.pdf", "Draft consent order")],
            category="mediation_tribunal",
            from_la=True,
            dates=[
                D("4 June", dm(t, 4, 6), "past"),
                D("17 June 2027", on(2027, 6, 17), "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "send the signed order to the Tribunal",
                    None,
                    "The council will then send the signed order to the Tribunal for approval.",
                )
            ],
        )
    )

    t = london(2027, 6, 21, 9, 40)
    add(
        Msg(
            key="order_to_trib",
            thread="t16-settlement",
            sender=APPEALS,
            to=[TRIBUNAL],
            cc=[PARENT],
            sent=t,
            reply_to="draft_order",
            quote=("outlook", "draft_order"),
            msgid_style="la",
            subject="HD 21/09/2027 | EH947/27/00219 | Oliver Penhaligon | Consent order for approval",
            new=(
                "Dear Tribunal Clerk,\n\n"
                "Please find attached a consent order signed by both parties in this appeal. The "
                "parties invite the Tribunal to approve the order and to vacate the hearing listed for "
                f"{fmt(hearing)}.\n\n"
                "Ms Penhaligon is copied in.\n\n"
                "Yours faithfully"
            ),
            sig=SIG_LIAM,
            attachments=[("Signed_consent_order_EH947-27-00219.pdf", "Signed consent order")],
            category="mediation_tribunal",
            from_la=True,
            dates=[D(fmt(hearing), hearing, "meeting")],
        )
    )

    t = london(2027, 6, 25, 10, 10)
    order_date = day(t)
    amend_order_due = plus_weeks(order_date, 5)
    add(
        Msg(
            key="order_made",
            thread="t16-settlement",
            sender=TRIBUNAL,
            to=[APPEALS],
            cc=[PARENT],
            sent=t,
            reply_to="order_to_trib",
            msgid_style="justice",
            subject=(
                "RE: HD 21/09/2027 | EH947/27/00219 | Oliver Penhaligon | Consent order for "
                "approval"
            ),
            new=(
                "Dear Parties,\n\n"
                f"A Tribunal Judge has approved the consent order, which is dated {fmt(order_date)}. "
                "A sealed copy is attached.\n\n"
                f"The hearing listed for {fmt(hearing)} is vacated.\n\n"
                "Under the order the local authority must issue an amended EHC plan naming Harbour "
                "Lane Primary School within five weeks of the date of the order, that is by "
                f"{fmt(amend_order_due)}.\n\n"
                "Yours sincerely,"
            ),
            sig=SIG_TRIBUNAL,
            attachments=[("Sealed_consent_order_EH947-27-00219.pdf", "Sealed consent order")],
            category="mediation_tribunal",
            from_la=False,
            dates=[
                D(fmt(order_date), order_date, "other"),
                D(fmt(hearing), hearing, "meeting"),
                D(fmt(amend_order_due), amend_order_due, "deadline"),
            ],
        )
    )

    # ------------------------------------------------------------ T17 annual review
    t = london(2027, 5, 6, 15, 30)
    review = on(2027, 6, 17)
    papers_due = plus_weeks(review, -2)
    add(
        Msg(
            key="ar_invite",
            thread="t17-annual-review",
            sender=SENCO,
            to=[PARENT],
            cc=[GEMMA],
            sent=t,
            msgid_style="school",
            subject="Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear Mrs Penhaligon,\n\n"
                "I am writing to invite you to Oliver's first annual review meeting, which will be "
                "held "
                f"on {fmt(review, weekday=True)} at 9.00am in the school library. Gemma Holt from the "
                "council's SEND team, Megan Yates and Dr Kerr have also been invited.\n\n"
                "Although Oliver's plan is only a few months old, the council has asked us to hold the "
                "review this term so that the plan can be updated before Oliver moves into Year 6 and "
                "transfer planning begins.\n\n"
                "Please complete the enclosed parent/carer views form and return it to me by "
                f"{fmt(papers_due, weekday=True, year=False)}.\n\n"
                "I will circulate all the reports at least two weeks before the meeting.\n\n"
                "Kind regards"
            ),
            sig=SIG_SENCO,
            attachments=[("Parent_carer_views_form.pdf", "Parent/carer views form")],
            category="annual_review",
            from_la=False,
            dates=[
                D(fmt(review, weekday=True), review, "meeting"),
                D(fmt(papers_due, weekday=True, year=False), papers_due, "deadline"),
            ],
            commitments=[
                C(
                    "school",
                    "circulate the review reports",
                    papers_due,
                    "I will circulate all the reports at least two weeks before the meeting.",
                )
            ],
        )
    )

    t = london(2027, 6, 7, 7, 40)
    add(
        Msg(
            key="ar_move",
            thread="t17-annual-review",
            sender=PARENT,
            to=[SENCO],
            cc=[GEMMA],
            sent=t,
            reply_to="ar_invite",
            quote=("gmail", "ar_invite"),
            msgid_style="parent",
            subject="Re: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear Mrs Dunmore,\n\n"
                "I'm really sorry to do this, but I've just been told I must attend a compulsory "
                "training course for work on the 17th and I can't get out of it. Could the review be "
                "moved to the following week? Any morning that week would work.\n\n"
                "I'll drop the views form into the office on Wednesday.\n\n"
                "Rachel"
            ),
            category="appointment",
            from_la=False,
            dates=[
                D("the 17th", nth(t, 17), "meeting"),
                D("Wednesday", next_wd(t, "wednesday"), "deadline"),
            ],
            commitments=[
                C(
                    "parent",
                    "drop the views form into the office",
                    next_wd(t, "wednesday"),
                    "I'll drop the views form into the office on Wednesday.",
                )
            ],
        )
    )

    t = london(2027, 6, 8, 12, 55)
    review2 = dm(t, 24, 6)
    add(
        Msg(
            key="ar_moved",
            thread="t17-annual-review",
            sender=SENCO,
            to=[PARENT],
            cc=[GEMMA],
            sent=t,
            reply_to="ar_move",
            quote=("outlook", "ar_move"),
            msgid_style="school",
            subject="RE: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear Mrs Penhaligon,\n\n"
                "No problem at all. I have moved Oliver's annual review to "
                f"{fmt(review2, weekday=True, year=False)} at 9.00am, still in the library. Gemma Holt "
                "and Megan Yates have both confirmed they can attend.\n\n"
                "I will send an updated invitation to everyone today.\n\n"
                "Kind regards"
            ),
            sig=SIG_SENCO,
            category="appointment",
            from_la=False,
            dates=[
                D(fmt(review2, weekday=True, year=False), review2, "meeting"),
                D("today", rel_days(t, 0), "deadline"),
            ],
            commitments=[
                C(
                    "school",
                    "send an updated invitation",
                    rel_days(t, 0),
                    "I will send an updated invitation to everyone today.",
                )
            ],
        )
    )

    t = london(2027, 6, 10, 16, 0)
    add(
        Msg(
            key="ar_papers",
            thread="t17-annual-review",
            sender=SENCO,
            to=[PARENT, GEMMA],
            cc=[MEGAN],
            sent=t,
            reply_to="ar_moved",
            quote=("outlook", "ar_moved"),
            msgid_style="school",
            subject="RE: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear all,\n\n"
                "Please find attached the reports for Oliver's annual review on "
                f"{fmt(review2, weekday=True, year=False)}:\n"
                "- school report and updated provision map (St Aidan's);\n"
                "- speech and language therapy progress report (Megan Yates);\n"
                "- educational psychology update (Dr Kerr);\n"
                "- Oliver's pupil views sheet.\n\n"
                "Mrs Penhaligon, thank you for your views form, which I received yesterday.\n\n"
                "Kind regards\nClaire"
            ),
            sig=SIG_SENCO,
            attachments=[("Annual_review_reports_Oliver_Penhaligon.pdf", "Annual review reports")],
            category="annual_review",
            from_la=False,
            dates=[
                D(fmt(review2, weekday=True, year=False), review2, "meeting"),
                D("yesterday", rel_days(t, -1), "past"),
            ],
        )
    )

    # Thursday 23:35 UTC = Friday 00:35 in London: "on Thursday" is yesterday.
    t = utc(2027, 6, 24, 23, 35)
    report_due = dm(t, 8, 7)
    decision_ar_due = dm(t, 22, 7)
    add(
        Msg(
            key="ar_summary",
            thread="t17-annual-review",
            sender=PARENT,
            to=[SENCO, GEMMA],
            cc=[MEGAN],
            sent=t,
            reply_to="ar_papers",
            quote=("gmail", "ar_papers"),
            msgid_style="parent",
            subject="Re: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear Mrs Dunmore and Gemma,\n\n"
                "Thank you all for the review meeting on Thursday. I wanted to write down what I "
                "understood we agreed, so that nothing is lost:\n\n"
                "- Everyone agreed that Oliver's plan needs to be amended to reflect his move to "
                "Harbour Lane in September and his progress in speech and language.\n"
                "- Mrs Dunmore will send the review report and the updated provision map to the "
                "council by 8 July.\n"
                "- Gemma will let me know the council's decision on the amendments by 22 July.\n"
                "- Megan will update Oliver's therapy targets for the amended plan.\n"
                "- I will send Gemma the private OT report on Monday, as it wasn't in the review "
                "papers.\n"
                "- Gemma said the council will try to arrange for Oliver's new key adult at Harbour "
                "Lane to visit St Aidan's before the end of term.\n\n"
                "Please let me know if I have got anything wrong.\n\n"
                "Best wishes,\nRachel"
            ),
            category="annual_review",
            from_la=False,
            dates=[
                D("Thursday", last_wd(t, "thursday"), "past"),
                D("8 July", report_due, "deadline"),
                D("22 July", decision_ar_due, "deadline"),
                D("Monday", next_wd(t, "monday"), "deadline"),
            ],
            commitments=[
                C(
                    "school",
                    "send the review report and provision map to the council",
                    report_due,
                    "Mrs Dunmore will send the review report and the updated provision map to the "
                    "council by 8 July.",
                ),
                C(
                    "la",
                    "tell parent the decision on the amendments",
                    decision_ar_due,
                    "Gemma will let me know the council's decision on the amendments by 22 July.",
                ),
                C(
                    "health",
                    "update Oliver's therapy targets",
                    None,
                    "Megan will update Oliver's therapy targets for the amended plan.",
                ),
                C(
                    "parent",
                    "send Gemma the private OT report",
                    next_wd(t, "monday"),
                    "I will send Gemma the private OT report on Monday, as it wasn't in the review "
                    "papers.",
                ),
            ],
        )
    )

    t = london(2027, 7, 15, 11, 0)
    proposals_due = on(2027, 7, 30)
    add(
        Msg(
            key="ar_decision",
            thread="t17-annual-review",
            sender=GEMMA,
            to=[PARENT],
            cc=[SENCO],
            sent=t,
            reply_to="ar_summary",
            quote=("outlook", "ar_summary"),
            msgid_style="la",
            subject="RE: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Dear Ms Penhaligon,\n\n"
                "Outcome of annual review - Oliver Penhaligon (EHC/26/04471)\n\n"
                f"Thank you for attending Oliver's annual review at St Aidan's on {fmt(review2)}. I "
                "have now considered the review report, which the school sent to us on 7 July.\n\n"
                "The council has decided to amend Oliver's EHC plan. The amendments will update "
                "sections B and F to reflect the advice given at the review, and section I to name "
                "Harbour Lane Primary School in line with the Tribunal's consent order.\n\n"
                "I will send you the proposed amendments and a copy of the existing plan by "
                f"{fmt(proposals_due)}. You will then have 15 days to comment, and you may ask to meet "
                "me to discuss them.\n\n"
                "Yours sincerely"
            ),
            sig=SIG_GEMMA,
            category="annual_review",
            from_la=True,
            dates=[
                D(fmt(review2), review2, "past"),
                D("7 July", dm(t, 7, 7), "past"),
                D(fmt(proposals_due), proposals_due, "deadline"),
            ],
            commitments=[
                C(
                    "la",
                    "send the proposed amendments and existing plan",
                    proposals_due,
                    "I will send you the proposed amendments and a copy of the existing plan "
                    f"by {fmt(proposals_due)}.",
                )
            ],
        )
    )

    t = london(2027, 7, 15, 18, 12)
    add(
        Msg(
            key="ar_thanks",
            thread="t17-annual-review",
            sender=PARENT,
            to=[GEMMA],
            sent=t,
            reply_to="ar_decision",
            quote=("gmail", "ar_decision"),
            msgid_style="parent",
            subject="Re: Invitation – Oliver Penhaligon – annual review of EHC plan",
            new=(
                "Thank you, Gemma - that's great news. I look forward to seeing the "
                "amendments.\n\nRachel"
            ),
            category="general",
            from_la=False,
        )
    )

    # ------------------------------------------------------------ not_send
    t = london(2026, 10, 16, 17, 0)
    add(
        Msg(
            key="swim",
            thread="t18-swim-newsletter",
            sender=SWIM,
            to=[PARENT],
            sent=t,
            msgid_style="generic",
            subject="Kingfisher Swim Academy – October news & half-term crash courses",
            new=(
                "Hi Rachel,\n\n"
                "Half-term crash courses run from Monday 26 October to Friday 30 October. Book by 19 "
                "October to get the early-bird price - we will hold Oliver's usual lane until then.\n\n"
                "Our gala is on Saturday 21 November at Brackenmoor Leisure Centre. Certificates from "
                "last term's badges will be handed out at the next lesson.\n\n"
                "See you in the pool!\nThe Kingfisher team\n\n"
                "Unsubscribe | Manage preferences"
            ),
            category="not_send",
            from_la=False,
        )
    )

    t = london(2026, 12, 12, 10, 14)
    add(
        Msg(
            key="shop",
            thread="t19-shop-order",
            sender=SHOP,
            to=[PARENT],
            sent=t,
            msgid_style="generic",
            subject="Your Oakwood Outdoor order KF-20931 is confirmed",
            new=(
                "Thanks for your order, Rachel!\n\n"
                "Order number: KF-20931\nOrdered: 12/12/2026\n"
                "1 x Kids' waterproof jacket (age 9-10), navy - £34.00\n"
                "1 x Trail head-torch - £12.50\n\n"
                "Estimated delivery: Wednesday 16 December. We'll email you again when your parcel has "
                "been dispatched.\n\n"
                "Oakwood Outdoor Ltd, Unit 4, Moor Lane Trading Estate, BK7 9ZZ"
            ),
            category="not_send",
            from_la=False,
        )
    )

    t = london(2027, 3, 1, 7, 0)
    add(
        Msg(
            key="ctax",
            thread="t20-council-tax",
            sender=CTAX,
            to=[PARENT],
            sent=t,
            msgid_style="la",
            subject="Your Council Tax bill for 2027/28 is ready",
            new=(
                "Dear Rachel Penhaligon,\n\n"
                "Your Council Tax bill for 2027/28 is now available in your online account.\n\n"
                "Account reference: 40012345678\nProperty band: C\n\n"
                "Your first instalment of £168.00 will be collected by Direct Debit on or after 1 "
                "April "
                "2027. We will write to you if your instalments change.\n\n"
                "If you think you may be entitled to a discount, for example the single person "
                "discount, please apply before 31 March.\n\n"
                "Brackenmoor Borough Council - Revenues and Benefits"
            ),
            sig=LA_FOOTER,
            category="not_send",
            from_la=True,
        )
    )

    return msgs


# --------------------------------------------------------------- rendering


def message_id(m):
    h = hashlib.sha256(m.key.encode()).hexdigest()
    hu = h.upper()
    style = m.msgid_style
    if style == "parent":
        return f"<{h[:16]}.{h[16:24]}@mail.example.net>"
    if style == "work":
        return f"<DB9PR01MB{hu[:4]}{hu[4:20]}@DB9PR01MB{hu[20:24]}.eurprd01.prod.example.com>"
    if style == "la":
        return f"<LO2P265MB{hu[:4]}{hu[4:24]}@LO2P265MB{hu[24:28]}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "nhs":
        return f"<CWLP123MB{hu[:4]}{hu[4:22]}@CWLP123MB{hu[22:26]}.GBRP123.PROD.OUTLOOK.COM>"
    if style == "justice":
        return f"<AM0PR05MB{hu[:4]}{hu[4:22]}@AM0PR05MB{hu[22:26]}.justice.gov.uk>"
    if style == "school":
        return f"<{h[:20]}@staidans.brackenmoor.sch.uk>"
    domain = m.sender.addr.split("@", 1)[1]
    return f"<{h[:10]}-{h[10:18]}-{h[18:26]}@{domain}>"


def short_when(t):
    lt = t.astimezone(LONDON)
    return lt.strftime("%a, ") + f"{lt.day} " + lt.strftime("%b %Y at %H:%M")


def long_when(t):
    lt = t.astimezone(LONDON)
    return f"{lt.day} " + lt.strftime("%B %Y %H:%M")


def addr_list(people):
    return "; ".join(f"{p.name} <{p.addr}>" for p in people)


def quoted(style, orig):
    body = orig.full_text.rstrip("\n")
    if style == "gmail":
        head = f"On {short_when(orig.sent)}, {orig.sender.name} <{orig.sender.addr}> wrote:"
        lines = [("> " + ln) if ln else ">" for ln in body.split("\n")]
        return head + "\n" + "\n".join(lines)
    if style == "outlook":
        head = [
            "________________________________",
            f"From: {orig.sender.name} <{orig.sender.addr}>",
            f"Sent: {long_when(orig.sent)}",
            f"To: {addr_list(orig.to)}",
        ]
        if orig.cc:
            head.append(f"Cc: {addr_list(orig.cc)}")
        head.append(f"Subject: {orig.subject}")
        return "\n".join(head) + "\n\n" + body
    if style == "forward":
        head = [
            "---------- Forwarded message ---------",
            f"From: {orig.sender.name} <{orig.sender.addr}>",
            f"Date: {short_when(orig.sent)}",
            f"Subject: {orig.subject}",
            f"To: {addr_list(orig.to)}",
        ]
        if orig.cc:
            head.append(f"Cc: {addr_list(orig.cc)}")
        return "\n".join(head) + "\n\n" + body
    raise ValueError(style)


def tiny_pdf(title):
    """A minimal one-page PDF carrying a title line (valid xref offsets)."""
    safe = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 14 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def to_html(text):
    paras = []
    for block in text.split("\n\n"):
        inner = "<br>\n".join(html.escape(ln, quote=False) for ln in block.split("\n"))
        paras.append(f'<p style="margin:0 0 12px 0">{inner}</p>')
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body style="font-family:Arial,sans-serif;font-size:11pt">\n'
        + "\n".join(paras)
        + "\n</body></html>\n"
    )


def html_to_text(markup):
    text = re.sub(r"<br\s*/?>\s*", "\n", markup)
    text = re.sub(r"</p>\s*", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


def render(m, by_key):
    parts = [m.new.rstrip()]
    if m.sig:
        parts.append(m.sig.rstrip())
    if m.quote:
        style, qkey = m.quote
        parts.append(quoted(style, by_key[qkey]))
    m.full_text = "\n\n".join(parts) + "\n"

    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = m.sender.header()
    msg["To"] = ", ".join(p.header() for p in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(p.header() for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = email.utils.format_datetime(m.sent)
    if not m.no_message_id:
        m.message_id = message_id(m)
        msg["Message-ID"] = m.message_id
    if m.reply_to and not m.drop_threading:
        parent = by_key[m.reply_to]
        chain = []
        cur = parent
        while cur is not None:
            if cur.message_id:
                chain.insert(0, cur.message_id)
            cur = by_key[cur.reply_to] if cur.reply_to else None
        if parent.message_id:
            msg["In-Reply-To"] = parent.message_id
        if chain:
            msg["References"] = " ".join(chain)
    msg["MIME-Version"] = "1.0"
    for k, v in m.extra_headers.items():
        msg[k] = v
    if m.html_only:
        msg.set_content(to_html(m.full_text), subtype="html")
    else:
        msg.set_content(m.full_text)
    for fname, title in m.attachments:
        msg.add_attachment(tiny_pdf(title), maintype="application", subtype="pdf", filename=fname)
    return msg


# --------------------------------------------------------------- labels


def norm_ref(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def find_refs(m):
    hay = norm_ref(m.subject + "\n" + m.new + "\n" + m.sig)
    return [r for r in KNOWN_REFS if norm_ref(r) in hay]


def label_of(m):
    not_send = m.category == "not_send"
    return {
        "file": m.file,
        "message_id": m.message_id,
        "thread": m.thread,
        "from_la": m.from_la,
        "category": m.category,
        "references": [] if not_send else find_refs(m),
        "dates": []
        if not_send
        else [
            {"text": d["text"], "date": d["date"].isoformat(), "role": d["role"]} for d in m.dates
        ],
        "commitments": []
        if not_send
        else [
            {
                "actor": c["actor"],
                "action": c["action"],
                "due": c["due"].isoformat() if c["due"] else None,
                "text": c["text"],
            }
            for c in m.commitments
        ],
    }


# --------------------------------------------------------------- checks

DAY_MONTH = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r")", re.I)
DATE_WORDS = re.compile(
    r"\b(" + "|".join(WEEKDAYS + MONTHS) + r"|today|tomorrow|yesterday|tonight|"
    r"last night|\d{1,2}/\d{1,2}/\d{2,4}|the \d{1,2}(st|nd|rd|th))\b",
    re.I,
)


def check_source(msgs):
    """Internal consistency of the data before writing."""
    problems = []
    for m in msgs:
        ld = day(m.sent)
        for d in m.dates:
            txt, dt_, role = d["text"], d["date"], d["role"]
            if txt not in m.new:
                problems.append(f"{m.key}: date text not in new text: {txt!r}")
            if role not in ROLES:
                problems.append(f"{m.key}: bad role {role}")
            if (dt_ < ld) != (role == "past"):
                problems.append(f"{m.key}: role/past mismatch {txt!r} {dt_} vs {ld}")
            for wd in WEEKDAYS:
                if (
                    re.search(rf"\b{wd}\b", txt, re.I)
                    and re.search(r"\d", txt)
                    and dt_.weekday() != WEEKDAYS.index(wd)
                ):
                    problems.append(f"{m.key}: weekday mismatch {txt!r} {dt_}")
            mm = DAY_MONTH.search(txt)
            if mm and (int(mm.group(1)), MONTHS.index(mm.group(2).lower()) + 1) != (
                dt_.day,
                dt_.month,
            ):
                problems.append(f"{m.key}: day/month mismatch {txt!r} {dt_}")
            ym = re.search(r"\b(20\d\d)\b", txt)
            if ym and int(ym.group(1)) != dt_.year:
                problems.append(f"{m.key}: year mismatch {txt!r} {dt_}")
        for c in m.commitments:
            if c["text"] not in m.new:
                problems.append(f"{m.key}: commitment text not in new text: {c['text']!r}")
            if c["actor"] not in ACTORS:
                problems.append(f"{m.key}: bad actor {c['actor']}")
        if m.category not in CATEGORIES:
            problems.append(f"{m.key}: bad category {m.category}")
        if m.from_la != m.sender.addr.endswith("brackenmoor.gov.uk"):
            problems.append(f"{m.key}: from_la inconsistent with sender")
    keys = [m.key for m in msgs]
    if len(keys) != len(set(keys)):
        problems.append("duplicate keys")
    return problems


def uncovered_date_words(m):
    """Date-like words in new text not inside a labelled date text (for review)."""
    spans = []
    for d in m.dates:
        for mt in re.finditer(re.escape(d["text"]), m.new):
            spans.append((mt.start(), mt.end()))
    out = []
    for mt in DATE_WORDS.finditer(m.new):
        if not any(a <= mt.start() < b for a, b in spans):
            out.append(mt.group(0))
    return out


def validate_written(msgs):
    problems = []
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(msgs):
        problems.append(f"labels.jsonl has {len(lines)} lines, expected {len(msgs)}")
    files_seen = set()
    for ln in lines:
        rec = json.loads(ln)
        for k in (
            "file",
            "message_id",
            "thread",
            "from_la",
            "category",
            "references",
            "dates",
            "commitments",
        ):
            if k not in rec:
                problems.append(f"missing key {k} in {rec.get('file')}")
        path = MSG_DIR / rec["file"]
        files_seen.add(rec["file"])
        if not path.exists():
            problems.append(f"missing file {path}")
            continue
        parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        hdr = parsed["Message-ID"]
        if (str(hdr).strip() if hdr is not None else None) != rec["message_id"]:
            problems.append(f"{rec['file']}: Message-ID mismatch")
        if rec["category"] not in CATEGORIES:
            problems.append(f"{rec['file']}: category {rec['category']}")
        if not isinstance(rec["from_la"], bool):
            problems.append(f"{rec['file']}: from_la not bool")
        body_part = parsed.get_body(preferencelist=("plain", "html"))
        body = body_part.get_content()
        if body_part.get_content_type() == "text/html":
            body = html_to_text(body)
        for d in rec["dates"]:
            datetime.date.fromisoformat(d["date"])
            if d["role"] not in ROLES:
                problems.append(f"{rec['file']}: role {d['role']}")
            if d["text"] not in body:
                problems.append(f"{rec['file']}: date text not in body {d['text']!r}")
        for c in rec["commitments"]:
            if c["due"] is not None:
                datetime.date.fromisoformat(c["due"])
            if c["actor"] not in ACTORS:
                problems.append(f"{rec['file']}: actor {c['actor']}")
            if c["text"] not in body:
                problems.append(f"{rec['file']}: commitment text not in body {c['text']!r}")
        hay = norm_ref(str(parsed["Subject"]) + "\n" + body)
        for r in rec["references"]:
            if norm_ref(r) not in hay:
                problems.append(f"{rec['file']}: reference {r} not found")
    on_disk = {p.name for p in MSG_DIR.glob("*.eml")}
    if on_disk != files_seen:
        problems.append(f"stray or missing .eml files: {sorted(on_disk ^ files_seen)}")
    return problems


# --------------------------------------------------------------- main


def main():
    msgs = build_messages()
    problems = check_source(msgs)
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    by_key = {m.key: m for m in msgs}
    ordered = sorted(msgs, key=lambda m: m.sent)
    for i, m in enumerate(ordered, start=1):
        m.file = f"{i:03d}_{m.key}.eml"

    MSG_DIR.mkdir(parents=True, exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    # Render in chronological order so quoted originals are complete.
    rendered = {}
    for m in ordered:
        rendered[m.key] = render(m, by_key)
    for m in ordered:
        (MSG_DIR / m.file).write_bytes(rendered[m.key].as_bytes())

    with LABELS.open("w", encoding="utf-8") as fh:
        for m in ordered:
            fh.write(json.dumps(label_of(m), ensure_ascii=False) + "\n")

    problems = validate_written(ordered)
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    if "--review" in sys.argv:
        for m in ordered:
            extra = uncovered_date_words(m) if m.category != "not_send" else []
            if extra:
                print(f"{m.file}: unlabelled date-like words: {extra}")

    threads = {m.thread for m in ordered}
    n_dates = sum(len(label_of(m)["dates"]) for m in ordered)
    n_comm = sum(len(label_of(m)["commitments"]) for m in ordered)
    n_refs = sum(len(label_of(m)["references"]) for m in ordered)
    print(
        f"ok: {len(ordered)} messages, {len(threads)} conversations, {n_dates} dates, "
        f"{n_comm} commitments, {n_refs} references"
    )


if __name__ == "__main__":
    main()
