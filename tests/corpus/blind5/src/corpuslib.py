"""Helpers for the blind5 corpus: the message model, MIME rendering and the self-checks.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import html
import re
import textwrap
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

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


def dd(text: str) -> str:
    """Dedent a triple-quoted block and strip the first and last newline."""
    return textwrap.dedent(text).strip("\n")


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""  # signature block (without the "-- " separator)

    def header(self) -> str:
        return formataddr((self.name, self.addr))


@dataclass
class Msg:
    num: int
    slug: str
    thread: str
    date: str  # "2026-09-17 15:42 +0100"
    frm: Person
    to: list
    subject: str
    body: str  # new text; lines starting with ">" are interleaved quotes (inline replies)
    category: str
    cc: list = field(default_factory=list)
    sig: str | None = None  # None: the sender's default signature; "" for none
    reply_to: int | None = None  # number of the message this one replies to / forwards
    quote_style: str = "gmail"  # gmail | iphone | outlook | original | fwd | none
    drop_irt: bool = False  # client dropped In-Reply-To / References
    no_msgid: bool = False
    mode: str = "plain"  # plain | html | alt | calendar
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    attachments: list = field(default_factory=list)  # (filename, mimetype)
    extra_headers: list = field(default_factory=list)
    ics: str = ""
    refs: list = field(default_factory=list)
    dates: list = field(default_factory=list)  # (text, iso, role)
    commits: list = field(default_factory=list)  # (actor, action, due, text)
    quote_override: str | None = None  # hand-written quoted block (forward of a forward)

    # filled in by render()
    message_id: str | None = None
    full_text: str = ""

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def london_day(self) -> dt.date:
        return self.when.astimezone(LONDON).date()

    @property
    def file(self) -> str:
        return f"{self.num:03d}_{self.slug}.eml"

    def new_text(self) -> str:
        return "\n".join(ln for ln in self.body.splitlines() if not ln.startswith(">"))

    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig


# ---------------------------------------------------------------- rendering


def _domain(addr: str) -> str:
    return addr.split("@", 1)[1]


def make_msgid(m: Msg) -> str:
    h = hashlib.sha1(f"blind5-{m.num}-{m.date}-{m.subject}".encode()).hexdigest().upper()
    dom = _domain(m.frm.addr)
    if dom.endswith("wyvernshire.gov.uk") and "sendhub" not in dom and "feedback" not in dom:
        return f"<LO2P265MB{h[:10]}{m.num:03d}@LO2P265MB{h[10:14]}.GBRP265.PROD.OUTLOOK.COM>"
    if dom == "example.net" and m.quote_style == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example.net>"
    if dom == "example.net":
        return f"<CAK{h[:6].lower()}+{h[6:20]}{m.num:03d}@mail.gmail.com>"
    return f"<{h[:16].lower()}.{m.num:03d}@{dom}>"


def _fmt_sent(m: Msg) -> str:
    w = m.when.astimezone(LONDON)
    return w.strftime("%d %B %Y %H:%M").lstrip("0")


def quote_block(prev: Msg, style: str) -> str:
    """The quoted copy of an earlier message as a client would append it."""
    text = prev.full_text
    if style in ("gmail", "iphone"):
        w = prev.when.astimezone(LONDON)
        if style == "gmail":
            attr = f"On {w.strftime('%a')}, {w.day} {w.strftime('%b %Y')} at {w.strftime('%H:%M')}, {prev.frm.name} <{prev.frm.addr}> wrote:"
        else:
            attr = f"On {w.day} {w.strftime('%b %Y')}, at {w.strftime('%H:%M')}, {prev.frm.name} <{prev.frm.addr}> wrote:"
        quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())
        return attr + "\n\n" + quoted
    head = [
        f"From: {prev.frm.name} <{prev.frm.addr}>",
        f"Sent: {prev.when.astimezone(LONDON).strftime('%A')}, {_fmt_sent(prev)}",
        f"To: {'; '.join(p.name for p in prev.to)}",
    ]
    if prev.cc:
        head.append(f"Cc: {'; '.join(p.name for p in prev.cc)}")
    head.append(f"Subject: {prev.subject}")
    if style == "outlook":
        return "________________________________\n" + "\n".join(head) + "\n\n" + text
    if style == "original":
        return "-----Original Message-----\n" + "\n".join(head) + "\n\n" + text
    if style == "fwd":
        w = prev.when.astimezone(LONDON)
        fh = [
            "---------- Forwarded message ---------",
            f"From: {prev.frm.name} <{prev.frm.addr}>",
            f"Date: {w.strftime('%a')}, {w.day} {w.strftime('%b %Y')} at {w.strftime('%H:%M')}",
            f"Subject: {prev.subject}",
            f"To: {', '.join(p.header() for p in prev.to)}",
        ]
        if prev.cc:
            fh.append(f"Cc: {', '.join(p.header() for p in prev.cc)}")
        return "\n".join(fh) + "\n\n" + text
    raise ValueError(style)


def compose_text(m: Msg, by_num: dict) -> str:
    parts = [m.body.rstrip("\n")]
    sig = m.signature()
    if sig:
        parts.append(sig)
    if m.quote_override is not None:
        parts.append(m.quote_override)
    elif m.reply_to is not None and m.quote_style != "none":
        parts.append(quote_block(by_num[m.reply_to], m.quote_style))
    return "\n\n".join(parts) + "\n"


def text_to_html(text: str, charset: str = "utf-8") -> str:
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [html.escape(ln, quote=False) for ln in para.splitlines()]
        if lines and lines[0].startswith("________"):
            out.append(
                '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">'
            )
            rest = []
            for ln in lines[1:]:
                k, _, v = ln.partition(": ")
                rest.append(f"<b>{k}:</b> {v}")
            out.append(
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + "<br>\n".join(rest)
                + "</font></div>"
            )
            continue
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">'
        '<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif;}</style></head>\n'
        '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(out)
        + "\n</div>\n</body>\n</html>\n"
    )


def fake_attachment(filename: str, mimetype: str) -> bytes:
    if mimetype == "application/pdf":
        return (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% "
            + filename.encode("ascii", "replace")
            + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        )
    return b"PK\x03\x04" + hashlib.sha256(filename.encode()).digest() * 4


def render(m: Msg, by_num: dict) -> bytes:
    m.full_text = compose_text(m, by_num)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = m.frm.header()
    msg["To"] = ", ".join(p.header() for p in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(p.header() for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.when)
    if not m.no_msgid:
        m.message_id = make_msgid(m)
        msg["Message-ID"] = m.message_id
    if m.reply_to is not None and not m.drop_irt:
        prev = by_num[m.reply_to]
        chain = []
        p = prev
        while p is not None:
            if p.message_id:
                chain.insert(0, p.message_id)
            p = by_num.get(p.reply_to) if p.reply_to is not None and not p.drop_irt else None
        if prev.message_id:
            msg["In-Reply-To"] = prev.message_id
        if chain:
            msg["References"] = " ".join(chain)
    msg["MIME-Version"] = "1.0"
    for k, v in m.extra_headers:
        msg[k] = v
    if m.mode == "plain":
        msg.set_content(m.full_text, charset=m.charset, cte=m.cte)
    elif m.mode == "html":
        msg.set_content(
            text_to_html(m.full_text, m.charset), subtype="html", charset=m.charset, cte=m.cte
        )
    elif m.mode == "alt":
        msg.set_content(m.full_text, charset=m.charset, cte=m.cte)
        msg.add_alternative(
            text_to_html(m.full_text, m.charset), subtype="html", charset=m.charset, cte=m.cte
        )
    elif m.mode == "calendar":
        msg.set_content(m.full_text, charset=m.charset, cte=m.cte)
        msg.add_alternative(
            text_to_html(m.full_text, m.charset), subtype="html", charset=m.charset, cte=m.cte
        )
        msg.add_alternative(
            m.ics + "\n",
            subtype="calendar",
            charset="utf-8",
            cte="quoted-printable",
            params={"method": "REQUEST"},
        )
    else:
        raise ValueError(m.mode)
    for fname, mtype in m.attachments:
        maintype, subtype = mtype.split("/", 1)
        msg.add_attachment(
            fake_attachment(fname, mtype), maintype=maintype, subtype=subtype, filename=fname
        )
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(
            f"----=_Part_{m.num:03d}_{i}_{hashlib.md5(m.subject.encode()).hexdigest()[:12]}"
        )
    raw = msg.as_bytes(policy=email.policy.SMTP.clone(max_line_length=160))
    if _domain(m.frm.addr) == "wyvernshire.gov.uk" and not m.no_msgid:
        # Exchange folds Message-ID / In-Reply-To onto a continuation line
        raw = raw.replace(b"\r\nMessage-ID: <", b"\r\nMessage-ID:\r\n <", 1)
        raw = raw.replace(b"\r\nIn-Reply-To: <", b"\r\nIn-Reply-To:\r\n <", 1)
    return raw


# ---------------------------------------------------------------- checks

WEEKDAYS = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "weds": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
RELATIVE = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "tomorrow": 1,
    "tmrw": 1,
    "yesterday": -1,
    "a fortnight today": 14,
}


def check_date_text(text: str, iso: str, day0: dt.date) -> list:
    """Problems with a date label: its words must agree with the ISO date."""
    errs = []
    d = dt.date.fromisoformat(iso)
    low = text.lower()
    num = re.search(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", low)
    if num:
        day, mon, yr = int(num.group(1)), int(num.group(2)), num.group(3)
        if (day, mon) != (d.day, d.month):
            errs.append(f"numeric {num.group(0)} != {iso}")
        if yr and int(yr) % 100 != d.year % 100:
            errs.append(f"year in {num.group(0)} != {iso}")
    else:
        for mname, mnum in MONTHS.items():
            if re.search(rf"\b{mname}\b", low) and mnum != d.month:
                errs.append(f"month {mname} != {iso}")
        dm = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b(?!\s*(am|pm|hrs|hours|days|working))", low)
        if dm and not re.fullmatch(r"\d{4}", dm.group(0)) and int(dm.group(1)) != d.day:
            errs.append(f"day {dm.group(0)} != {iso}")
    yr4 = re.search(r"\b(20\d\d)\b", low)
    if yr4 and int(yr4.group(1)) != d.year:
        errs.append(f"year {yr4.group(1)} != {iso}")
    for wname, wnum in WEEKDAYS.items():
        if re.search(rf"\b{wname}\b", low) and wnum != d.weekday():
            errs.append(f"weekday {wname} != {iso}")
    has_number = re.search(r"\d", low)
    for phrase, off in RELATIVE.items():
        if re.search(rf"\b{phrase}\b", low) and not has_number:
            if phrase == "today" and "fortnight" in low:
                continue
            if d != day0 + dt.timedelta(days=off):
                errs.append(f"relative '{phrase}' from {day0} != {iso}")
    if "week" in low and "monday week" in low:
        nxt = day0 + dt.timedelta(days=(7 - day0.weekday()) % 7 or 7)
        if d != nxt + dt.timedelta(days=7):
            errs.append(f"'Monday week' from {day0} != {iso}")
    elif not has_number and any(re.search(rf"\b{w}\b", low) for w in WEEKDAYS):
        delta = (d - day0).days
        ok = -8 <= delta <= 0 if "last" in low else -8 <= delta <= 8
        if not ok:
            errs.append(f"bare weekday '{text}' too far from {day0}: {iso}")
    return errs


def norm_ref(r: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", r).upper()


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def decoded_text(raw: bytes) -> str:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = []
    for part in parsed.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c.replace("<br>", "\n")))
            chunks.append(c)
    return norm_space("\n".join(chunks))


def check_message(m: Msg, raw: bytes, known_refs: list) -> list:
    errs = []
    where = m.file
    if m.category not in CATEGORIES:
        errs.append(f"{where}: bad category {m.category}")
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    if parsed["Subject"] != m.subject:
        errs.append(f"{where}: subject did not round-trip")
    if parsed["Date"].datetime != m.when:
        errs.append(f"{where}: date did not round-trip")
    mid = parsed["Message-ID"]
    if m.no_msgid != (mid is None):
        errs.append(f"{where}: Message-ID presence wrong")
    if mid is not None and mid.strip() != m.message_id:
        errs.append(f"{where}: Message-ID mismatch {mid!r}")
    if m.drop_irt and (parsed["In-Reply-To"] or parsed["References"]):
        errs.append(f"{where}: In-Reply-To should be absent")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append(f"{where}: not CRLF")
    new = m.new_text()
    decoded = decoded_text(raw)
    sig = m.signature() or ""
    visible = norm_ref(m.subject + " " + new + " " + sig)
    if m.category == "not_send" and (m.refs or m.dates or m.commits):
        errs.append(f"{where}: not_send with labels")
    for r in m.refs:
        if norm_ref(r) not in visible:
            errs.append(f"{where}: reference {r} not visible")
    if m.category != "not_send":
        labelled = {norm_ref(r) for r in m.refs}
        for r in known_refs:
            if norm_ref(r) in visible and norm_ref(r) not in labelled:
                # a known reference written in another shape (e.g. with spaces) is still the same string
                errs.append(f"{where}: known reference {r} visible but not labelled")
    seen = set()
    for text, iso, role in m.dates:
        if text not in new:
            errs.append(f"{where}: date text {text!r} not in new text")
        if norm_space(text) not in decoded:
            errs.append(f"{where}: date text {text!r} not in decoded file")
        if role not in ROLES:
            errs.append(f"{where}: bad role {role}")
        if iso in seen:
            errs.append(f"{where}: date {iso} labelled twice")
        seen.add(iso)
        d = dt.date.fromisoformat(iso)
        if (role == "past") != (d < m.london_day):
            errs.append(f"{where}: role {role} wrong for {iso} (message day {m.london_day})")
        errs += [f"{where}: {e}" for e in check_date_text(text, iso, m.london_day)]
    for actor, action, due, text in m.commits:
        if actor not in ACTORS:
            errs.append(f"{where}: bad actor {actor}")
        if text not in new:
            errs.append(f"{where}: commitment text {text!r} not in new text")
        if norm_space(text) not in decoded:
            errs.append(f"{where}: commitment text not in decoded file: {text!r}")
        if due is not None and due not in seen:
            errs.append(f"{where}: due {due} is not a labelled date")
        if not action:
            errs.append(f"{where}: empty action")
    return errs


def label_obj(m: Msg) -> dict:
    return {
        "file": m.file,
        "message_id": m.message_id,
        "thread": m.thread,
        "from_la": None,  # filled by build.py from the config
        "category": m.category,
        "references": list(m.refs),
        "dates": [{"text": t, "date": d, "role": r} for t, d, r in m.dates],
        "commitments": [
            {"actor": a, "action": act, "due": due, "text": t} for a, act, due, t in m.commits
        ],
    }
