"""Message model, quoting styles, MIME rendering and self-checks for the blind20 corpus.

Stdlib only. Adapted from the layout of blind7's corpuslib (message model + checks); the
message-id styles, the forward styles, the read receipt (multipart/report) and the Exchange
header folding are new here.
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

# England and Wales bank holidays for the corpus period (2027-2028).
BANK_HOLIDAYS = {
    dt.date.fromisoformat(s)
    for s in [
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
        "2027-12-27", "2027-12-28", "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01",
        "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
    ]
}  # fmt: skip


def working_days_after(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return d.replace(year=d.year + m // 12, month=m % 12 + 1)


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""
    client: str = "generic"  # gmail | apple | iphone | outlook | exchange | web | system

    def header(self) -> str:
        try:
            self.name.encode("ascii")
            return formataddr((self.name, self.addr))
        except UnicodeEncodeError:
            return formataddr((self.name, self.addr), charset="utf-8")


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
    date: str  # London local "YYYY-MM-DD HH:MM:SS"
    frm: Person
    to: list[Person]
    subject: str
    new: str = ""
    sig: str | None = None  # None = the sender's default signature
    cc: list[Person] = field(default_factory=list)
    reply_to: M | None = None  # the message quoted / replied to
    quote: str = "gmail"  # gmail | apple | outlook | orig | gmail_fwd | apple_fwd | none
    segments: list[tuple[str, str]] | None = None  # explicit body: ("new"|"quote"|"sig", text)
    tail: str = ""  # text after the quote (disclaimer added by a transport rule): not new text
    fmt: str = "plain"  # plain | alt | html | mdn
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    thread_index: bool = False
    utc: bool = False  # write the Date header in UTC (+0000)
    zone_name: str | None = None  # e.g. "GMT" written literally
    fold_ids: bool | None = None  # Exchange-style folded Message-ID/In-Reply-To (None: by client)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    mdn_for: M | None = None  # read receipt: the message that was read
    from_la: bool = False
    category: str = "general"
    refs: list[str] = field(default_factory=list)
    dates: list[D] = field(default_factory=list)
    commits: list[C] = field(default_factory=list)

    # ----- derived -----
    @property
    def file(self) -> str:
        return f"{self.n:03d}_{self.slug}.eml"

    @property
    def local_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date).replace(tzinfo=LONDON)

    @property
    def london_day(self) -> dt.date:
        return self.local_dt.date()

    def _h(self, salt: str, n: int = 40) -> str:
        return hashlib.sha256(f"blind20|{self.n}|{self.slug}|{salt}".encode()).hexdigest()[:n]

    @property
    def message_id(self) -> str | None:
        if self.msgid is None:
            return None
        if self.msgid != "auto":
            return self.msgid
        dom = self.frm.addr.split("@", 1)[1]
        c = self.frm.client
        h = self._h("id")
        if c == "gmail":
            b = base64.b64encode(bytes.fromhex(h + self._h("x", 24))).decode().rstrip("=")
            b = b.replace("/", "_").replace("+", "-")
            return f"<CAH{b}@mail.gmail.com>"
        if c in ("apple", "iphone"):
            u = h[:32].upper()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        if c in ("outlook", "exchange"):
            a, b2 = h[:16].upper(), self._h("b", 16).upper()
            return f"<LO4P265MB{a}{b2}@LO4P265MB{a[:4]}.GBRP265.PROD.OUTLOOK.COM>"
        stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        return f"<{stamp}.{h[:12]}@{dom}>"

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


def _sent(m: M, style: str) -> str:
    t = m.local_dt
    if style == "outlook":
        return f"{t:%A}, {t.day} {t:%B %Y} {t:%H:%M}"
    if style == "orig":
        return f"{t.day} {t:%B %Y} {t:%H:%M}"
    if style == "apple":
        return (
            f"{t.day} {t:%B %Y} at {t:%H:%M:%S} BST"
            if t.dst()
            else f"{t.day} {t:%B %Y} at {t:%H:%M:%S} GMT"
        )
    return f"{t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}"


def _addr_list(ps: list[Person]) -> str:
    return ", ".join(f"{x.name} <{x.addr}>" for x in ps)


def quote_block(p: M, style: str) -> str:
    body = p.plain().rstrip("\n")
    to = "; ".join(f"{x.name} <{x.addr}>" for x in p.to)
    if style in ("gmail", "apple"):
        if style == "gmail":
            head = f"On {_sent(p, 'gmail')}, {p.frm.name} <{p.frm.addr}> wrote:"
        else:
            t = p.local_dt
            head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n\n" + "\n".join(lines)
    if style == "outlook":
        cc = f"\nCc: {'; '.join(f'{x.name} <{x.addr}>' for x in p.cc)}" if p.cc else ""
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {_sent(p, 'outlook')}\nTo: {to}{cc}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "orig":
        return (
            "-----Original Message-----\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {_sent(p, 'orig')}\nTo: {to}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "gmail_fwd":
        cc = f"\nCc: {_addr_list(p.cc)}" if p.cc else ""
        return (
            "---------- Forwarded message ---------\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nDate: {_sent(p, 'gmail')}\n"
            f"Subject: {p.subject}\nTo: {_addr_list(p.to)}{cc}\n\n{body}"
        )
    if style == "apple_fwd":
        cc = f"\nCc: {_addr_list(p.cc)}" if p.cc else ""
        return (
            "Begin forwarded message:\n\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSubject: {p.subject}\nDate: {_sent(p, 'apple')}\n"
            f"To: {_addr_list(p.to)}{cc}\n\n{body}"
        )
    raise ValueError(style)


# ---------------------------------------------------------------- rendering


def _enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _html(m: M) -> str:
    outlookish = m.frm.client in ("outlook", "exchange")
    font = "Calibri,Arial,sans-serif" if outlookish else "Helvetica,Arial,sans-serif"
    out = [
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>',
        f'<body><div style="font-family:{font};font-size:11pt">',
    ]
    for kind, text in m.body_segments():
        paras = text.split("\n\n")
        if kind == "quote":
            if text.startswith("________________________________"):
                out.append(
                    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                )
                text = text.split("\n", 1)[1]
                paras = text.split("\n\n")
            inner = "".join(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>" for par in paras)
            out.append(
                f'<div class="quoted" style="border-left:1px solid #ccc;padding-left:8px">{inner}</div>'
            )
        else:
            for par in paras:
                out.append(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def _part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> str:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        body = raw.decode(charset)
    else:
        raise ValueError(cte)
    return (
        f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
        f"{body.rstrip(chr(10))}\n"
    )


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str], extra: str = "") -> str:
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'
    s += (
        "This is a multi-part message in MIME format.\n\n" if subtype in ("mixed", "report") else ""
    )
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


def _date_header(m: M) -> str:
    t = m.local_dt
    if m.utc:
        t = t.astimezone(UTC)
    s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if m.zone_name:
        s = s[:-5] + m.zone_name
    return s


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    fold = m.fold_ids if m.fold_ids is not None else m.frm.client == "exchange"
    h.append(("From", m.frm.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject)))
    h.append(("Date", _date_header(m)))
    if m.message_id:
        h.append(("Message-ID", ("\n " if fold else "") + m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            h.append(("In-Reply-To", ("\n " if fold else "") + chain[-1]))
            h.append(("References", ("\n " if fold else "") + "\n ".join(chain)))
    if m.thread_index:
        topic = re.sub(r"^((re|fw|fwd|read):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic)))
        seed = base64.b64encode(
            hashlib.sha256(f"b20{m.thread}{m.n}".encode()).digest()[:21]
        ).decode()
        h.append(("Thread-Index", "AdlQ" + seed))
    h.extend(m.extra_headers)
    h.append(("MIME-Version", "1.0"))

    text = m.plain()
    if m.fmt == "plain":
        body = _part(
            "text/plain",
            text,
            m.charset,
            m.cte,
            "; format=flowed" if m.frm.client == "apple" else "",
        )
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt == "alt":
        body = _multipart(
            "alternative",
            f"_000_b20{m.n:03d}{m._h('alt', 12)}_",
            [
                _part("text/plain", text, m.charset, m.cte),
                _part("text/html", _html(m), m.charset, m.cte),
            ],
        )
    elif m.fmt == "mdn":
        o = m.mdn_for
        assert o is not None
        notif = (
            f"Reporting-UA: {m.frm.addr.split('@')[1]}; Microsoft Exchange Server\n"
            f"Final-Recipient: rfc822;{m.frm.addr}\n"
            f"Original-Message-ID: {o.message_id}\n"
            "Disposition: automatic-action/MDN-sent-automatically; displayed\n"
        )
        body = _multipart(
            "report",
            f"_002_b20{m.n:03d}{m._h('mdn', 12)}_",
            [
                _part("text/plain", text, m.charset, m.cte),
                "Content-Type: message/disposition-notification\n\n" + notif,
            ],
            "; report-type=disposition-notification",
        )
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed",
            f"_004_b20{m.n:03d}{m._h('mix', 12)}_",
            [body] + [_attachment(a) for a in m.attachments],
        )
    head = "".join(f"{k}: {v}\n".replace(": \n", ":\n") for k, v in h)
    raw = head + body
    return (
        raw.replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8" if m.cte == "8bit" else "ascii")
    )


def fake_pdf(title: str, lines: list[str] | None = None) -> bytes:
    text = " ".join(lines or [title])
    stream = f"BT /F1 11 Tf 72 760 Td ({text}) Tj ET".encode("latin-1", "replace")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length "
        + str(len(stream)).encode()
        + b" >> stream\n"
        + stream
        + b"\nendstream endobj\n"
        b"5 0 obj << /Title ("
        + title.encode("latin-1", "replace")
        + b") /Producer (blind20) >> endobj\n"
        b"trailer << /Root 1 0 R /Info 5 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00blind20 placeholder docx: " + title.encode(
        "ascii", "replace"
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
_MD_RE = re.compile(r"\b(" + _MON + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
_NUM_RE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2,4}))?\b")
_ORD_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b", re.I)
_YEAR_RE = re.compile(r"\b(20\d\d)\b")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_date_text(m: M, d: D) -> list[str]:
    errs = []
    iso = dt.date.fromisoformat(d.date)
    txt = d.text
    low = txt.lower()
    for w in _WD_RE.findall(txt):
        if WD[w.lower()] != iso.weekday():
            errs.append(f"weekday {w} != {iso:%a}")
    for mo in _MON_RE.findall(txt):
        if MONTHS[mo.lower()] != iso.month:
            errs.append(f"month {mo} != {iso.month}")
    for day, _ in _DM_RE.findall(txt):
        if int(day) != iso.day:
            errs.append(f"day {day} != {iso.day}")
    for _, day in _MD_RE.findall(txt):
        if int(day) != iso.day:
            errs.append(f"day {day} != {iso.day}")
    for a, sep, b, y in _NUM_RE.findall(txt):
        if sep == "." and not y:
            continue  # times such as 9.15
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
    # "next Tuesday" is used here only where it is also the coming Tuesday
    coming = 0 < (iso - ld).days <= 7
    if re.search(r"\bnext\b", low) and _WD_RE.search(txt) and not coming:
        errs.append("'next <weekday>' is not the coming one")
    if re.search(r"w/c|week of|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    has_day = bool(
        _DM_RE.search(txt) or _MD_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt)
    )
    wds = _WD_RE.findall(txt)
    if wds and not has_day and not _MON_RE.search(txt):
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt) and not wds:
        gap = (iso - ld).days
        if not (-31 < gap < 31):
            errs.append("ordinal without month too far away")
        # "the 13th" is the next date with that day number (or the last one when past)
        nxt = ld + dt.timedelta(days=1)
        while nxt.day != iso.day:
            nxt += dt.timedelta(days=1)
        prv = ld - dt.timedelta(days=1)
        while prv.day != iso.day:
            prv -= dt.timedelta(days=1)
        if iso not in (nxt, prv, ld):
            errs.append("ordinal is not the nearest such day")
    if (d.role == "past") != (iso < ld):
        errs.append(f"past rule broken ({d.role}, {iso} vs {ld})")
    return errs


def norm_ref(r: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", r).upper()


def decoded_text(raw: bytes) -> tuple[email.message.EmailMessage, str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            c = part.get_content()
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c.replace("<br>", "\n")))
            texts.append(c)
    return msg, ws("\n".join(texts))


def check_message(m: M, raw: bytes, known_refs: list[str], never_refs: list[str]) -> list[str]:
    errs = []
    if m.category not in CATEGORIES:
        errs.append(f"category {m.category}")
    msg, decoded = decoded_text(raw)
    if ws(str(msg["Subject"])) != ws(m.subject):
        errs.append("subject does not round-trip")
    got_id = msg["Message-ID"]
    if m.message_id and (got_id is None or got_id.strip() != m.message_id):
        errs.append("message-id does not round-trip")
    if not m.message_id and got_id is not None:
        errs.append("message-id present though absent by design")
    if m.reply_to is not None and not m.irt and (msg["In-Reply-To"] or msg["References"]):
        errs.append("In-Reply-To/References present though dropped by design")
    if msg["Date"] is None or msg["Date"].datetime is None:
        errs.append("date header")
    elif msg["Date"].datetime.astimezone(LONDON).date() != m.london_day:
        errs.append("date header London day")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append("not CRLF")
    if msg.defects:
        errs.append(f"parser defects {msg.defects}")
    new = ws(m.new_text())
    if m.category == "not_send" and (m.refs or m.dates or m.commits):
        errs.append("not_send carries labels")
    seen = set()
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
        if c.due is not None and c.due not in seen:
            errs.append(f"commitment due {c.due} is not a labelled date")
    vis = norm_ref(m.visible_ref_text())
    labelled = {norm_ref(r) for r in m.refs}
    for r in m.refs:
        if norm_ref(r) not in vis:
            errs.append(f"reference {r} not visible")
        if any(norm_ref(r) == norm_ref(x) for x in never_refs):
            errs.append(f"reference {r} is on the never-label list")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    if len(labelled) != len(m.refs):
        errs.append("reference labelled twice")
    return errs
