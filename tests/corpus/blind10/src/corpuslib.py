"""Message model, quoting styles, MIME rendering and self-checks for the blind10 corpus.

Stdlib only. Adapted from the layout of blind7's corpuslib (message model + checks); the quoting
styles, the "on behalf of" headers, the read receipt (multipart/report) and the Message-ID shapes
are this corpus's own.
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

# England and Wales bank holidays over the corpus period (shared/domain/timescales.md table).
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
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def h(s: str, k: int = 12) -> str:
    """Deterministic hex digest used for Message-IDs."""
    return hashlib.sha1(s.encode()).hexdigest()[:k]


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""
    client: str = "outlook"  # outlook | gmail | iphone | system | nhs

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
    date: str  # London local "YYYY-MM-DD HH:MM:SS"
    frm: Person
    to: list[Person]
    subject: str
    new: str = ""
    sig: str | None = None  # None = sender's default signature
    cc: list[Person] = field(default_factory=list)
    sender: Person | None = None  # Outlook "on behalf of": the delegate who pressed Send
    reply_to_hdr: Person | None = None  # Reply-To header
    parent: M | None = None  # message replied to / forwarded (quoted below the new text)
    quote: str = "gmail"  # gmail | gmail2 | apple | outlook | fwd | none
    tail: str = ""  # text after the quote (e.g. a disclaimer added by a transport rule)
    fmt: str = "plain"  # plain | alt | html | mdn
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    thread_index: bool = False
    utc: bool = False  # write the Date header in UTC (+0000)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    mdn_original: M | None = None  # for fmt="mdn": the message that was read
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

    @property
    def message_id(self) -> str | None:
        if self.msgid is None:
            return None
        if self.msgid != "auto":
            return self.msgid
        seed = f"blind10/{self.n}/{self.slug}/{self.date}"
        c = self.frm.client
        if c == "gmail":
            b = base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode()
            b = b.replace("/", "_").replace("=", "")
            return f"<CAJ{b[:10]}+{b[10:26]}-{b[26:]}@mail.gmail.com>"
        if c == "iphone":
            x = hashlib.sha1(seed.encode()).hexdigest().upper()
            return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@example.net>"
        if c == "system":
            stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
            return f"<{stamp}.{h(seed, 10)}@{self.frm.domain}>"
        # Exchange Online shapes
        pre = {"outlook": "LO4P123MB", "nhs": "CWLP265MB", "school": "DB8PR02MB"}.get(
            c, "LO4P123MB"
        )
        box = pre + str(1000 + int(h(self.frm.addr, 4), 16) % 9000)
        suffix = {
            "outlook": "GBRP123.PROD.OUTLOOK.COM",
            "nhs": "GBRP265.PROD.OUTLOOK.COM",
            "school": "eurprd02.prod.outlook.com",
        }.get(c, "GBRP123.PROD.OUTLOOK.COM")
        return f"<{box}{h(seed, 24).upper()}@{box}.{suffix}>"

    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig

    def body_segments(self) -> list[tuple[str, str]]:
        segs = [("new", self.new.strip("\n"))]
        if self.signature():
            segs.append(("sig", self.signature()))
        if self.parent is not None and self.quote != "none":
            segs.append(("quote", quote_block(self.parent, self.quote)))
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

_GMAIL_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _from_line(p: M) -> str:
    if p.sender is not None:
        return f"{p.sender.name} <{p.sender.addr}> On Behalf Of {p.frm.name}"
    return f"{p.frm.name} <{p.frm.addr}>"


def quote_block(p: M, style: str) -> str:
    body = p.plain().rstrip("\n")
    t = p.local_dt
    to = "; ".join(f"{x.name} <{x.addr}>" for x in p.to)
    if style in ("gmail", "gmail2", "apple"):
        if style == "gmail":
            head = (
                f"On {t:%a}, {t.day} {_GMAIL_MON[t.month - 1]} {t.year} at {t:%H:%M}, "
                f"{p.frm.name} <{p.frm.addr}> wrote:"
            )
        elif style == "gmail2":  # Gmail's two-line attribution when the line is long
            head = (
                f"On {t:%a}, {t.day} {_GMAIL_MON[t.month - 1]} {t.year} at {t:%H:%M}, {p.frm.name} <\n"
                f"{p.frm.addr}> wrote:"
            )
        else:
            head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n\n" + "\n".join(lines)
    if style == "outlook":
        cc = "; ".join(f"{x.name} <{x.addr}>" for x in p.cc)
        return (
            "________________________________\n"
            f"From: {_from_line(p)}\nSent: {t.day} {t:%B %Y %H:%M}\nTo: {to}\n"
            + (f"Cc: {cc}\n" if cc else "")
            + f"Subject: {p.subject}\n\n{body}"
        )
    if style == "fwd":
        return (
            "---------- Forwarded message ---------\n"
            f"From: {p.frm.name} <{p.frm.addr}>\n"
            f"Date: {t:%a}, {t.day} {_GMAIL_MON[t.month - 1]} {t.year} at {t:%H:%M}\n"
            f"Subject: {p.subject}\nTo: {to}\n\n{body}"
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
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + m.charset
        + '"></head><body><div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt">'
    ]
    for kind, text in m.body_segments():
        paras = "".join(
            f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>" for par in text.split("\n\n")
        )
        if kind == "quote":
            out.append(
                f'<div class="quote" style="border-top:1px solid #e1e1e1;padding-top:3pt">{paras}</div>'
            )
        elif kind == "sig":
            out.append(f'<div class="signature" style="color:#444">{paras}</div>')
        else:
            out.append(paras)
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def _part(ctype: str, text: str, charset: str, cte: str) -> str:
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
        f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
        f"{body.rstrip(chr(10))}\n"
    )


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str], params: str = "") -> str:
    s = f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def _refs_chain(m: M) -> list[str]:
    chain = []
    p = m.parent
    while p is not None:
        if p.message_id:
            chain.insert(0, p.message_id)
        p = p.parent if p.irt else None
    return chain


def render(m: M) -> bytes:
    hd: list[tuple[str, str]] = []
    t = m.local_dt
    if m.utc:
        t = t.astimezone(UTC)
    date_hdr = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    exchange = m.frm.client in ("outlook", "nhs", "school")
    hd.append(("From", m.frm.header()))
    if m.sender is not None:
        hd.append(("Sender", m.sender.header()))
    hd.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        hd.append(("Cc", ", ".join(p.header() for p in m.cc)))
    if m.reply_to_hdr is not None:
        hd.append(("Reply-To", m.reply_to_hdr.header()))
    hd.append(("Subject", _enc_header(m.subject)))
    hd.append(("Date", date_hdr))
    if m.message_id:
        # Exchange folds the Message-ID and In-Reply-To onto a continuation line
        hd.append(("Message-ID", ("\n " if exchange else "") + m.message_id))
    if m.parent is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            hd.append(("In-Reply-To", ("\n " if exchange else "") + chain[-1]))
            hd.append(("References", "\n ".join(chain) if len(chain) > 1 else chain[0]))
    if m.thread_index or exchange:
        topic = re.sub(r"^((re|fw|fwd|read|automatic reply):\s*)+", "", m.subject, flags=re.I)
        hd.append(("Thread-Topic", _enc_header(topic)))
        ti = hashlib.sha1((m.thread + str(m.n)).encode()).digest() + bytes(3)
        hd.append(("Thread-Index", base64.b64encode(b"\x01" + ti[:21]).decode()))
    hd.extend(m.extra_headers)
    hd.append(("MIME-Version", "1.0"))

    text = m.plain()
    if m.fmt == "plain":
        body = _part("text/plain", text, m.charset, m.cte)
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt == "alt":
        body = _multipart(
            "alternative",
            f"000000000000{h('alt' + m.slug, 12)}",
            [
                _part("text/plain", text, m.charset, m.cte),
                _part("text/html", _html(m), m.charset, m.cte),
            ],
        )
    elif m.fmt == "mdn":
        o = m.mdn_original
        rep = (
            "Content-Type: message/disposition-notification\n\n"
            "Reporting-UA: EXCHANGE.brackenmoor.gov.uk; Microsoft Exchange Server\n"
            f"Final-Recipient: rfc822;{m.frm.addr}\n"
            f"Original-Message-ID: {o.message_id}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n"
        )
        body = _multipart(
            "report",
            f"_mdn_{h('mdn' + m.slug, 16)}_",
            [_part("text/plain", text, m.charset, m.cte), rep],
            params=" report-type=disposition-notification;",
        )
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed",
            f"_004_{h('mix' + m.slug, 20)}_",
            [body] + [_attachment(a) for a in m.attachments],
        )
    if m.frm.client == "iphone":
        hd.insert(len(hd) - 1, ("X-Mailer", "iPhone Mail (21E236)"))
    if exchange:
        hd.insert(len(hd) - 1, ("Content-Language", "en-GB"))
    head = "".join(f"{k}:{v}\n" if v.startswith("\n") else f"{k}: {v}\n" for k, v in hd)
    raw = head + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def fake_pdf(title: str) -> bytes:
    t = title.encode("ascii", "replace")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"3 0 obj << /Title (" + t + b") /Producer (Brackenmoor blind10 placeholder) >> endobj\n"
        b"trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00blind10 placeholder docx: " + title.encode(
        "ascii", "replace"
    )


def pdf(name: str) -> Att:
    return Att(name, "application/pdf", fake_pdf(name.rsplit(".", 1)[0]))


def docx(name: str) -> Att:
    return Att(
        name,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        fake_docx(name.rsplit(".", 1)[0]),
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
    if "end of the month" in low:
        nxt = dt.date(ld.year + (ld.month == 12), ld.month % 12 + 1, 1)
        if iso != nxt - dt.timedelta(days=1):
            errs.append("'end of the month' is not the last day of the message's month")
    if re.search(r"w/c|week of|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    has_day = bool(_DM_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt))
    wds = _WD_RE.findall(txt)
    if wds and not has_day and not _MON_RE.search(txt):
        # bare weekday: the next such day after the message day, or the last one before it for the past
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt):
        gap = (iso - ld).days
        if not (-31 < gap < 31):
            errs.append("ordinal without month too far away")
    if not (wds or _MON_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt)):
        # a purely relative or duration phrase must be one the build knows how to resolve
        known = (
            "today",
            "tonight",
            "this morning",
            "this afternoon",
            "tomorrow",
            "yesterday",
            "within",
            "end of the month",
        )
        if not any(k in low for k in known):
            errs.append(f"unresolvable date text {txt!r}")
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
    if msg["Date"] is None or msg["Date"].datetime is None:
        errs.append("date header")
    elif msg["Date"].datetime.astimezone(LONDON).date() != m.london_day:
        errs.append("date header London day")
    if m.parent is not None and not m.irt and (msg["In-Reply-To"] or msg["References"]):
        errs.append("In-Reply-To present although dropped")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        errs.append("not CRLF")
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
    if len(labelled) != len(m.refs):
        errs.append("reference listed twice")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    for r in m.refs:
        if norm_ref(r) not in {norm_ref(k) for k in known_refs}:
            errs.append(f"reference {r} is not a known reference")
    return errs
