"""Message model, MIME rendering and self-checks for the blind19 corpus (stdlib only).

Adapted from the layout of blind7's corpuslib (message model + quoting + rendering + checks);
the client-specific Message-IDs, the bare top-post quote, the Yahoo/Samsung quote headers,
folded Exchange headers and the review helper are new here.
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

# England and Wales bank holidays for the corpus period (shared/domain/timescales.md).
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
    y, m = d.year + m // 12, m % 12 + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""
    client: str = "plain"  # gmail | outlook | exchange | iphone | android | yahoo | web | system

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
    mention: str = (
        ""  # second mention of the due date inside the sentence, when the label sits earlier
    )


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
    reply_to: M | None = None  # parent message (quoted and referenced)
    quote: str = "gmail"  # gmail | apple | outlook | orig | fwd | yahoo | samsung | bare | none
    segments: list[tuple[str, str]] | None = None  # explicit body: ("new"|"quote"|"sig", text)
    tail: str = ""  # text after the quote (e.g. disclaimer), not new text
    fmt: str = "plain"  # plain | alt | html
    html_body: str | None = None  # hand-written HTML (newsletters)
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    thread_index: bool = False
    utc: bool = False  # write the Date header in UTC (+0000)
    zone_name: str | None = None  # e.g. "GMT" literal
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
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
        h = hashlib.sha1(f"blind19-{self.n}-{self.slug}".encode()).hexdigest()
        stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        dom = self.frm.addr.split("@", 1)[1]
        c = self.frm.client
        if c == "gmail":
            tok = base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_")
            return f"<CAH{tok}+{h[:6]}@mail.gmail.com>"
        if c in ("exchange", "outlook"):
            return f"<{h[:12].upper()}{h[12:24].upper()}@LO4P265MB{h[24:28].upper()}.GBRP265.PROD.OUTLOOK.COM>"
        if c == "iphone":
            u = h[:32].upper()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        if c == "yahoo":
            return f"<{int(h[:15], 16)}.{int(h[15:20], 16)}@mail.yahoo.com>"
        if c == "android":
            return f"<{h[:10]}.{stamp}.{h[10:16]}@email.android.com>"
        return f"<{stamp}.{h[:16]}@{dom}>"

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


def _gt(body: str) -> str:
    return "\n".join(
        (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
    )


def quote_block(p: M, style: str) -> str:
    body = p.plain().rstrip("\n")
    to = "; ".join(f"{x.name} <{x.addr}>" for x in p.to)
    cc = "; ".join(f"{x.name} <{x.addr}>" for x in p.cc)
    t = p.local_dt
    if style == "gmail":
        head = f"On {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        return head + "\n\n" + _gt(body)
    if style == "gmail2":  # Gmail wraps long attributions onto two lines
        head = f"On {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}, {p.frm.name} <\n{p.frm.addr}> wrote:"
        return head + "\n\n" + _gt(body)
    if style == "apple":
        head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        return head + "\n\n" + _gt(body)
    if style == "yahoo":
        zone = t.strftime("%Z")
        head = (
            f"On {t:%A}, {t.day} {t:%B %Y}, {t:%H:%M:%S} {zone}, {p.frm.name} <{p.frm.addr}> wrote:"
        )
        return head + "\n\n" + _gt(body)
    if style == "samsung":
        z = t.strftime("%z")
        return (
            "-------- Original message --------\n"
            f"From: {p.frm.name} <{p.frm.addr}> \nDate: {t:%d/%m/%Y %H:%M} (GMT{z[:3]}:{z[3:]}) \n"
            f"To: {to} \n" + (f"Cc: {cc} \n" if cc else "") + f"Subject: {p.subject} \n\n{body}"
        )
    if style == "bare":  # top-posted phone reply with no attribution line at all
        return _gt(body)
    if style == "outlook":
        sent = t.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ", 1)
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {sent}\nTo: {to}\n"
            + (f"Cc: {cc}\n" if cc else "")
            + f"Subject: {p.subject}\n\n{body}"
        )
    if style == "orig":
        sent = t.strftime("%d %B %Y %H:%M")
        return (
            "-----Original Message-----\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {sent}\nTo: {to}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "fwd":
        return (
            "---------- Forwarded message ---------\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nDate: {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}\n"
            f"Subject: {p.subject}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "") + f"\n\n{body}"
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
    if m.html_body is not None:
        return m.html_body
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + m.charset
        + '"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
    ]
    for kind, text in m.body_segments():
        paras = "".join(
            f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>\n" for par in text.split("\n\n")
        )
        if kind == "quote":
            out.append(
                '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                f'<div class="quoted" style="border-left:1px solid #ccc;padding-left:8px">{paras}</div>'
            )
        elif kind == "sig":
            out.append(f'<div class="signature" style="color:#444">{paras}</div>')
        else:
            out.append(paras)
    out.append("</body></html>")
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
    return f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n'


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    s += "This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else ""
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


MAILERS = {
    "gmail": None,
    "outlook": "Microsoft Outlook 16.0",
    "iphone": "iPhone Mail (21E236)",
    "android": None,
    "yahoo": "WebService/1.1.22205 YMailNorrin",
}


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    t = m.local_dt
    if m.utc:
        t = t.astimezone(UTC)
    date_hdr = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if m.zone_name:
        date_hdr = date_hdr[:-5] + m.zone_name
    exchange = m.frm.client == "exchange"
    h.append(("From", m.frm.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject)))
    h.append(("Date", date_hdr))
    if m.message_id:
        h.append(("Message-ID", ("\n " if exchange else "") + m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            h.append(("In-Reply-To", ("\n " if exchange else "") + chain[-1]))
            h.append(("References", "\n ".join(chain) if len(chain) > 1 else chain[0]))
    if m.thread_index or exchange:
        topic = re.sub(r"^((re|fw|fwd|automatic reply):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic)))
        seed = base64.b64encode(hashlib.sha1(f"b19{m.thread}".encode()).digest()).decode()[:22]
        extra = base64.b64encode(f"{m.n:03d}".encode()).decode()
        h.append(("Thread-Index", "AdsC" + seed + extra))
    if exchange:
        h.append(("Content-Language", "en-GB"))
        h.append(("X-MS-Has-Attach", "yes" if m.attachments else ""))
    mailer = MAILERS.get(m.frm.client)
    if mailer:
        h.append(("X-Mailer", mailer))
    h.extend(m.extra_headers)
    h.append(("MIME-Version", "1.0"))

    text = m.plain()
    if m.fmt == "plain":
        body = _part("text/plain", text, m.charset, m.cte)
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt == "alt":
        body = _multipart(
            "alternative",
            f"_000_b19{m.n:03d}alt_",
            [
                _part("text/plain", text, m.charset, m.cte),
                _part("text/html", _html(m), m.charset, m.cte),
            ],
        )
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed",
            f"_004_b19{m.n:03d}mix_",
            [body] + [_attachment(a) for a in m.attachments],
        )
    head = "".join(f"{k}: {v}\n" for k, v in h)
    raw = head + body
    return (
        raw.replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8" if m.cte == "8bit" else "ascii")
    )


def fake_pdf(title: str) -> bytes:
    return (
        b"%PDF-1.4\n% blind19 placeholder\n1 0 obj << /Title ("
        + title.encode("ascii", "replace")
        + b") >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00blind19 placeholder docx: " + title.encode(
        "ascii", "replace"
    )


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf(name: str) -> Att:
    return Att(name, PDF, fake_pdf(name))


def docx(name: str) -> Att:
    return Att(name, DOCX, fake_docx(name))


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
REL = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "tomorrow": 1, "tmrw": 1,
    "yesterday": -1, "last night": -1, "last nite": -1,
}  # fmt: skip


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
    for k, off in REL.items():
        if re.search(r"\b" + k + r"\b", low) and iso != ld + dt.timedelta(days=off):
            errs.append(f"'{k}' != {ld + dt.timedelta(days=off)}")
    if re.search(r"w/c|week of|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    has_day = bool(
        _DM_RE.search(txt) or _MD_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt)
    )
    wds = _WD_RE.findall(txt)
    if wds and not has_day and not _MON_RE.search(txt):
        # bare weekday: next such day after the message day, or the last one before it for the past
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt) and not wds:
        gap = (iso - ld).days
        if not (-31 < gap < 31):
            errs.append("ordinal without month too far away")
    if not (
        wds or has_day or _MON_RE.search(txt) or any(re.search(r"\b" + k + r"\b", low) for k in REL)
    ):
        errs.append("date text carries no recognisable date")
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
    if m.message_id and str(msg["Message-ID"]).strip() != m.message_id:
        errs.append("message-id does not round-trip")
    if not m.message_id and msg["Message-ID"] is not None:
        errs.append("unexpected Message-ID")
    if msg["Date"] is None or msg["Date"].datetime is None:
        errs.append("date header")
    elif msg["Date"].datetime.astimezone(LONDON).date() != m.london_day:
        errs.append("date header London day")
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
    texts = set()
    for c in m.commits:
        if c.actor not in ACTORS:
            errs.append(f"actor {c.actor}")
        if ws(c.text) not in new:
            errs.append(f"commitment text not in new text: {c.text!r}")
        if ws(c.text) not in decoded:
            errs.append(f"commitment text not in decoded file: {c.text!r}")
        if c.due is not None and c.due not in seen:
            errs.append(f"commitment due {c.due} is not a labelled date")
        if c.due is not None and not any(
            d.date == c.due and ws(d.text) in ws(c.text) for d in m.dates
        ):
            if not (c.mention and c.mention in c.text):
                errs.append(f"commitment due {c.due}: no mention of that date inside the sentence")
            else:
                errs += [
                    f"mention {c.mention!r}: {e}"
                    for e in check_date_text(
                        m, D(c.mention, c.due, "past" if c.due < str(m.london_day) else "deadline")
                    )
                ]
        if c.text in texts:
            errs.append("commitment text used twice")
        texts.add(c.text)
    vis = norm_ref(m.visible_ref_text())
    labelled = {norm_ref(r) for r in m.refs}
    for r in m.refs:
        if norm_ref(r) not in vis:
            errs.append(f"reference {r} not visible")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    return errs


# ---------------------------------------------------------------- review helper

_REVIEW_RE = re.compile(
    r"\b(?:" + "|".join(sorted(WD, key=len, reverse=True)) + r")\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:" + _MON + r")\b"
    r"|\b(?:" + _MON + r")\s+\d{1,2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b(?:today|tonight|tomorrow|yesterday|last night|last nite|this morning|this afternoon)\b",
    re.I,
)


def review(m: M) -> list[str]:
    """Date-like phrases in new text that are not inside any labelled date text."""
    new = ws(m.new_text())
    spans = []
    for d in m.dates:
        i = new.find(ws(d.text))
        while i >= 0:
            spans.append((i, i + len(ws(d.text))))
            i = new.find(ws(d.text), i + 1)
    out = []
    for mt in _REVIEW_RE.finditer(new):
        if not any(a <= mt.start() and mt.end() <= b for a, b in spans):
            ctx = new[max(0, mt.start() - 30) : mt.end() + 30]
            out.append(f"{mt.group(0)!r} in …{ctx}…")
    return out
