"""Message model, MIME rendering and self-checks for the blind11 corpus (Python 3.11 stdlib only).

Adapted from the layout of blind7's generator: one `M(...)` per message carries its headers, body
segments, MIME options and gold labels; `render()` turns it into RFC 5322 bytes (CRLF); the
`check_*` functions verify the labels against the text.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
UTC = dt.UTC

CATEGORIES = {
    "assessment_request", "acknowledgement", "decision_to_assess", "refusal_to_assess",
    "information_request", "appointment", "draft_plan", "final_plan", "decision_not_to_issue",
    "annual_review", "delay_notice", "chaser", "complaint", "mediation_tribunal", "general",
    "not_send",
}  # fmt: skip
ROLES = {"deadline", "meeting", "past", "other"}
ACTORS = {"la", "parent", "school", "health", "other"}

# England and Wales bank holidays over the corpus period (gov.uk list, with substitute days).
BANK_HOLIDAYS = {
    dt.date.fromisoformat(s)
    for s in [
        "2026-08-31", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
        "2027-12-27", "2027-12-28",
    ]
}  # fmt: skip


def working_days_after(start: dt.date, n: int) -> dt.date:
    """The n-th England and Wales working day after `start` (start itself not counted)."""
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest().upper()


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""

    def header(self) -> str:
        try:
            self.name.encode("ascii")
            return formataddr((self.name, self.addr))
        except UnicodeEncodeError:
            return formataddr((self.name, self.addr), charset="utf-8")

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]


@dataclass
class D:
    text: str
    date: str
    role: str


@dataclass
class C:
    actor: str
    action: str
    due: str | None
    text: str


@dataclass
class Att:
    filename: str
    ctype: str
    payload: bytes


@dataclass
class M:
    n: int
    slug: str
    thread: str
    date: str  # London local time "YYYY-MM-DD HH:MM:SS"
    frm: Person
    to: list[Person]
    subject: str
    new: str = ""
    sig: str | None = None  # None: the sender's default signature
    cc: list[Person] = field(default_factory=list)
    sender: Person | None = None  # Microsoft 365 "on behalf of": the real user in Sender:
    reply_to: M | None = None  # the message quoted and referenced
    quote: str = "fastmail"  # fastmail | gmail | apple | outlook | orig | fwd | none
    segments: list[tuple[str, str]] | None = None  # explicit body ("new" | "quote" | "sig", text)
    tail: str = ""  # text after the quote (e.g. a transport-rule disclaimer); not new text
    fmt: str = "plain"  # plain | alt | html | calendar | mdn
    html_new: str | None = None  # hand-written HTML for the new text (tables)
    ics: str = ""  # text/calendar body for fmt == "calendar"
    mdn: str = ""  # message/disposition-notification body for fmt == "mdn"
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    client: str = "outlook"  # decides the Message-ID shape and a few headers
    msgid: str | None = "auto"
    fold_ids: bool = False  # Exchange style: Message-ID / In-Reply-To value on a continuation line
    irt: bool = True  # write In-Reply-To / References when replying
    thread_index: bool = False
    utc: bool = False  # Date header in UTC (+0000), as Exchange writes it
    zone_name: str | None = None  # e.g. a literal "GMT"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    # ----- gold labels
    from_la: bool = False
    category: str = "general"
    refs: list[str] = field(default_factory=list)
    dates: list[D] = field(default_factory=list)
    commits: list[C] = field(default_factory=list)

    # ----- derived
    @property
    def file(self) -> str:
        return f"{self.n:03d}-{self.slug}.eml"

    @property
    def local_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date).replace(tzinfo=LONDON)

    @property
    def london_day(self) -> dt.date:
        return self.local_dt.date()

    @property
    def message_id(self) -> str | None:
        if self.msgid is None:
            return None
        if self.msgid != "auto":
            return self.msgid
        h = _h("blind11", self.n, self.slug)
        stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        c = self.client
        if c in ("outlook", "tribunal"):
            box = self.sender or self.frm
            srv = _h("srv", box.addr)
            pref = (
                "CWXP265"
                if c == "tribunal"
                else ("LO4P265" if box.domain.endswith("gov.uk") else "LO2P265")
            )
            server = f"{pref}MB{int(srv[:6], 16) % 9000 + 1000}"
            return f"<{server}{h[:32]}@{server}.GBRP265.PROD.OUTLOOK.COM>"
        if c == "fastmail":
            x = h.lower()
            return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@app.fastmail.com>"
        if c == "iphone":
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{self.frm.domain}>"
        if c == "gmail":
            b = base64.b64encode(bytes.fromhex(h[:40])).decode().rstrip("=")
            return f"<CAK{b}{h[-6:].lower()}@mail.gmail.com>"
        if c == "crm":
            return f"<{stamp}.{h[:10].lower()}.crm@{self.frm.domain}>"
        if c == "secure":
            return f"<cp.{h[:20].lower()}@notify.cipherpost.net>"
        if c == "bulk":
            return f"<{h[:24].lower()}.{stamp}@{self.frm.domain}>"
        raise ValueError(c)

    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig

    def body_segments(self) -> list[tuple[str, str]]:
        if self.segments is not None:
            return self.segments
        segs = [("new", self.new.strip("\n"))]
        if self.signature():
            segs.append(("sig", self.signature()))
        if self.reply_to is not None and self.quote != "none":
            segs.append(("quote", quote_block(self.reply_to, self.quote)))
        if self.tail:
            segs.append(("quote", self.tail))
        return segs

    def plain(self) -> str:
        return "\n\n".join(t for _, t in self.body_segments()) + "\n"

    def new_text(self) -> str:
        return "\n\n".join(t for k, t in self.body_segments() if k == "new")

    def visible_ref_text(self) -> str:
        return (
            self.subject
            + "\n"
            + "\n".join(t for k, t in self.body_segments() if k in ("new", "sig"))
        )


# ---------------------------------------------------------------- quoting


def _to_line(p: M) -> str:
    return "; ".join(f"{x.name} <{x.addr}>" for x in p.to)


def quote_block(p: M, style: str) -> str:
    body = p.plain().rstrip("\n")
    t = p.local_dt
    shown = p.frm.name if p.sender is None else f"{p.sender.name} on behalf of {p.frm.name}"
    if style in ("fastmail", "gmail", "apple"):
        if style == "fastmail":
            head = f"On {t:%a}, {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} wrote:"
        elif style == "gmail":
            mon = t.strftime("%b")
            mon = "Sept" if mon == "Sep" else mon
            head = (
                f"On {t:%a}, {t.day} {mon} {t:%Y} at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
            )
        else:
            head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n\n" + "\n".join(lines)
    if style == "outlook":
        cc = f"Cc: {'; '.join(f'{x.name} <{x.addr}>' for x in p.cc)}\n" if p.cc else ""
        sent = t.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ", 1)
        return (
            "________________________________\n"
            f"From: {shown} <{p.frm.addr}>\nSent: {sent}\nTo: {_to_line(p)}\n{cc}"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "orig":
        return (
            "-----Original Message-----\n"
            f"From: {shown} <{p.frm.addr}>\nSent: {t.day} {t:%B %Y %H:%M}\nTo: {_to_line(p)}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "fwd":
        return (
            "----- Original message -----\n"
            f"From: {shown} <{p.frm.addr}>\nTo: {_to_line(p)}\nSubject: {p.subject}\n"
            f"Date: {t:%A}, {t.day} {t:%B %Y} {t:%H:%M}\n\n{body}"
        )
    raise ValueError(style)


# ---------------------------------------------------------------- rendering


def _enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _paras(text: str) -> str:
    return "".join(
        f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>" for par in text.split("\n\n")
    )


def _html_quote(text: str) -> str:
    lines = text.split("\n")
    if (
        lines
        and lines[0].endswith("wrote:")
        and all(ln.startswith(">") or not ln for ln in lines[1:])
    ):
        inner = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] for ln in lines[1:]).strip("\n")
        return (
            f"<div>{html.escape(lines[0])}</div>"
            f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
            f"{_paras(inner)}</blockquote>"
        )
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"{_paras(text)}</div>"
    )


def _html(m: M) -> str:
    out = [
        "<html><head>"
        f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">'
        '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
    ]
    done_new = False
    for kind, text in m.body_segments():
        if kind == "new" and m.html_new is not None:
            if not done_new:
                out.append(m.html_new)
                done_new = True
        elif kind == "quote":
            out.append(_html_quote(text))
        else:
            out.append(_paras(text))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode(charset)
    raise ValueError(cte)


def _part(ctype: str, text: str, charset: str, cte: str, params: str = "") -> str:
    body = _encode_body(text, charset, cte)
    return (
        f'Content-Type: {ctype}; charset="{charset}"{params}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n"
    )


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str], params: str = "") -> str:
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    if subtype == "mixed":
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def _refs_chain(m: M) -> list[str]:
    chain = []
    p = m.reply_to
    while p is not None:
        if p.message_id:
            chain.insert(0, p.message_id)
        p = p.reply_to
    return chain


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    t = m.local_dt.astimezone(UTC) if m.utc else m.local_dt
    date_hdr = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if m.zone_name:
        date_hdr = date_hdr[:-5] + m.zone_name
    h.append(("From", m.frm.header()))
    if m.sender is not None:
        h.append(("Sender", m.sender.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject)))
    h.append(("Date", date_hdr))
    if m.message_id:
        h.append(("Message-ID", ("\n " + m.message_id) if m.fold_ids else m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            irt = chain[-1]
            h.append(("In-Reply-To", ("\n " + irt) if m.fold_ids else irt))
            h.append(("References", "\n ".join(chain)))
    if m.thread_index:
        topic = re.sub(r"^((re|fw|fwd|automatic reply|read):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic)))
        seed = base64.b64encode(bytes.fromhex(_h("ti", m.thread, m.n)[:30])).decode()
        h.append(("Thread-Index", "AQH" + seed))
    h.extend(m.extra_headers)
    h.append(("MIME-Version", "1.0"))

    text = m.plain()
    tag = f"{m.n:03d}{_h('b', m.n)[:10]}"
    if m.fmt == "plain":
        body = _part("text/plain", text, m.charset, m.cte)
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt in ("alt", "calendar"):
        parts = [
            _part("text/plain", text, m.charset, m.cte),
            _part("text/html", _html(m), m.charset, m.cte),
        ]
        if m.fmt == "calendar":
            parts.append(_part("text/calendar", m.ics, "utf-8", "base64", "; method=REQUEST"))
        body = _multipart("alternative", f"_000_{tag}_alt_", parts)
    elif m.fmt == "mdn":
        parts = [
            _part("text/plain", text, m.charset, m.cte),
            f"Content-Type: message/disposition-notification\nContent-Transfer-Encoding: 7bit\n\n{m.mdn}\n",
        ]
        body = _multipart(
            "report", f"_000_{tag}_rpt_", parts, "; report-type=disposition-notification"
        )
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed", f"_004_{tag}_mix_", [body] + [_attachment(a) for a in m.attachments]
        )
    head = "".join((f"{k}:{v}\n" if v.startswith("\n") else f"{k}: {v}\n") for k, v in h)
    raw = head + body
    return (
        raw.replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8" if m.cte == "8bit" else "ascii")
    )


def fake_pdf(title: str) -> bytes:
    t = title.encode("ascii", "replace")
    return (
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Title (" + t + b") /Producer (blind11 placeholder) >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00blind11 placeholder docx: " + title.encode(
        "ascii", "replace"
    )


def fake_jpeg(title: str) -> bytes:
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
        + title.encode()
        + b"\xff\xd9"
    )


# ---------------------------------------------------------------- checks

WD = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5,
    "sun": 6, "sunday": 6,
}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WD_RE = re.compile(r"\b(" + "|".join(sorted(WD, key=len, reverse=True)) + r")\b", re.I)
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON_RE = re.compile(r"\b(" + _MON + r")\b", re.I)
_DM_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(" + _MON + r")\b", re.I)
_NUM_RE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2,4}))?\b")
_ORD_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b", re.I)
_YEAR_RE = re.compile(r"\b(20\d\d)\b")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_date_text(m: M, d: D) -> list[str]:
    """Weekday, day, month, year, numeric and relative forms in a date label agree with its ISO date."""
    errs = []
    iso = dt.date.fromisoformat(d.date)
    txt, low = d.text, d.text.lower()
    for w in _WD_RE.findall(txt):
        if WD[w.lower()] != iso.weekday():
            errs.append(f"weekday {w} != {iso:%a}")
    for mo in _MON_RE.findall(txt):
        if MONTHS[mo.lower()] != iso.month:
            errs.append(f"month {mo} != {iso.month}")
    for day, _ in _DM_RE.findall(txt):
        if int(day) != iso.day:
            errs.append(f"day {day} != {iso.day}")
    for a, sep, b, y in _NUM_RE.findall(txt):
        if sep == "." and not y:
            continue  # a time such as 9.15
        if (int(a), int(b)) != (iso.day, iso.month):
            errs.append(f"numeric {a}{sep}{b} != {iso}")
        if y and int(y) % 100 != iso.year % 100:
            errs.append(f"numeric year {y}")
    for day, _ in _ORD_RE.findall(txt):
        if int(day) != iso.day:
            errs.append(f"ordinal {day} != {iso.day}")
    for y in _YEAR_RE.findall(txt):
        if int(y) != iso.year:
            errs.append(f"year {y}")
    ld = m.london_day
    rel = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "tomorrow": 1,
        "yesterday": -1,
    }
    for k, off in rel.items():
        if re.search(r"\b" + k + r"\b", low) and iso != ld + dt.timedelta(days=off):
            errs.append(f"'{k}' != {ld + dt.timedelta(days=off)}")
    if re.search(r"w/c|week of|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    if "end of" in low:
        nxt = (iso.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if iso != nxt - dt.timedelta(days=1):
            errs.append("'end of' label is not the last day of its month")
    has_day = bool(_DM_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt))
    wds = _WD_RE.findall(txt)
    if (
        wds
        and not has_day
        and not _MON_RE.search(txt)
        and not re.search(r"today|tomorrow|yesterday", low)
    ):
        # a bare weekday: the next such day after the message's London day, or the last one for the past
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt) and not wds:
        # "the 13th": the next date with that day number (or the last one, for the past)
        ok = 0 < (ld - iso).days <= 31 if d.role == "past" else 0 <= (iso - ld).days <= 31
        if not ok:
            errs.append("bare ordinal too far away")
    if (
        not wds
        and not has_day
        and not _MON_RE.search(txt)
        and not re.search(
            r"today|tonight|tomorrow|yesterday|this morning|this afternoon|working days|days of|end of",
            low,
        )
    ):
        errs.append(f"date text {txt!r} has no checkable date form")
    if (d.role == "past") != (iso < ld):
        errs.append(f"past rule broken ({d.role}, {iso} vs {ld})")
    return errs


def norm_ref(r: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", r).upper()


def decoded_text(raw: bytes) -> tuple[email.message.EmailMessage, str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if (
            part.get_content_type() in ("text/plain", "text/html")
            and part.get_content_disposition() != "attachment"
        ):
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c.replace("<br>", "\n")))
            texts.append(c)
    return msg, ws("\n".join(texts))


def check_message(m: M, raw: bytes, known_refs: list[str]) -> list[str]:
    errs = []
    if m.category not in CATEGORIES:
        errs.append(f"category {m.category}")
    msg, decoded = decoded_text(raw)
    if ws(str(msg["Subject"])) != ws(m.subject):
        errs.append("subject does not round-trip")
    got_id = msg["Message-ID"]
    if m.message_id and (got_id is None or str(got_id).strip() != m.message_id):
        errs.append("message-id does not round-trip")
    if not m.message_id and got_id is not None:
        errs.append("message-id should be absent")
    if msg["Date"] is None or msg["Date"].datetime is None:
        errs.append("date header")
    elif msg["Date"].datetime.astimezone(LONDON).date() != m.london_day:
        errs.append("date header London day")
    if m.reply_to is not None and not m.irt and (msg["In-Reply-To"] or msg["References"]):
        errs.append("In-Reply-To/References should be absent")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append("not CRLF")
    new = ws(m.new_text())
    if m.category == "not_send" and (m.refs or m.dates or m.commits):
        errs.append("not_send carries labels")
    seen: set[str] = set()
    for d in m.dates:
        if d.role not in ROLES:
            errs.append(f"role {d.role}")
        if ws(d.text) not in new:
            errs.append(f"date text not in new text: {d.text!r}")
        if ws(d.text) not in decoded:
            errs.append(f"date text not in decoded file: {d.text!r}")
        if d.date in seen:
            errs.append(f"date {d.date} labelled twice")
        seen.add(d.date)
        errs += [f"{d.text!r}: {e}" for e in check_date_text(m, d)]
    for c in m.commits:
        if c.actor not in ACTORS:
            errs.append(f"actor {c.actor}")
        if ws(c.text) not in new:
            errs.append(f"commitment text not in new text: {c.text!r}")
        if ws(c.text) not in decoded:
            errs.append(f"commitment text not in decoded file: {c.text!r}")
        if c.due is not None:
            if c.due not in seen:
                errs.append(f"commitment due {c.due} is not a labelled date")
            elif not any(d.date == c.due and ws(d.text) in ws(c.text) for d in m.dates):
                errs.append(f"commitment due {c.due}: its date text is not in the same sentence")
    vis = norm_ref(m.visible_ref_text())
    labelled = {norm_ref(r) for r in m.refs}
    for r in m.refs:
        if norm_ref(r) not in vis:
            errs.append(f"reference {r} not visible")
        if norm_ref(r) not in {norm_ref(k) for k in known_refs}:
            errs.append(f"reference {r} is not a known reference")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    return errs
