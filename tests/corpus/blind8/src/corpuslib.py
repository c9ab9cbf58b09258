"""Message model, MIME rendering and self-checks for the blind8 corpus (stdlib only).

Adapted from the layout of blind7's generator: one `M` per message carries its headers, its body
(new text, signature, quoted text) and its gold labels; `render` turns it into RFC 5322 bytes with
CRLF line endings; `check_message` verifies the labels against the rendered file.
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

# England and Wales bank holidays for the corpus period (timescales.md, section 1).
BANK_HOLIDAYS = {
    dt.date.fromisoformat(s)
    for s in [
        "2027-08-30", "2027-12-27", "2027-12-28",
        "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
        "2028-12-25", "2028-12-26",
    ]
}  # fmt: skip

OWNER_ADDRS: set[str] = (
    set()
)  # filled by people.py: the owner's own sent mail has no Received trace

BANNER = (
    "CAUTION: This email originated from outside the organisation. Do not click links or open "
    "attachments unless you recognise the sender and know the content is safe."
)


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


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""
    client: str = (
        "outlook"  # outlook | gmail | iphone | applemail | thunderbird | workspace | system
    )
    banner: str = ""  # banner text this person's organisation puts on inbound external mail
    hcharset: str = "utf-8"

    def header(self) -> str:
        try:
            self.name.encode("ascii")
            return formataddr((self.name, self.addr))
        except UnicodeEncodeError:
            return formataddr((self.name, self.addr), charset=self.hcharset)

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
    reply_to: M | None = None  # parent message (quoted and referenced)
    quote: str = "auto"  # auto | gmail | iphone_pl | apple | outlook | owa | fwd | none
    banner: bool = False  # the quoted original carries the recipient organisation's banner
    segments: list[tuple[str, str]] | None = None  # explicit body: ("new"|"quote"|"sig", text)
    tail: str = ""  # text after the quote (e.g. a transport-rule disclaimer), not new text
    fmt: str = "alt"  # plain | alt | html
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    calendar: str | None = None  # text/calendar body (METHOD:REQUEST)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    utc: bool | None = None  # write the Date header in UTC; None = by client
    zone_name: str | None = None
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
    def client(self) -> str:
        return self.frm.client

    @property
    def local_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.date).replace(tzinfo=LONDON)

    @property
    def london_day(self) -> dt.date:
        return self.local_dt.date()

    @property
    def seconds(self) -> int:
        s = self.local_dt.second
        return s if s else int(_h("sec", self.n, self.slug)[:4], 16) % 60

    @property
    def stamp(self) -> dt.datetime:
        return self.local_dt.replace(second=self.seconds)

    @property
    def message_id(self) -> str | None:
        if self.msgid is None:
            return None
        if self.msgid != "auto":
            return self.msgid
        h = _h("mid", self.n, self.slug).upper()
        c = self.client
        dom = self.frm.domain
        if c == "outlook":
            pre = {
                "hollinsbridge.gov.uk": "LO2P265MB",
                "ashcombevale.org.uk": "CWXP123MB",
                "brooksidelc.org.uk": "LNXP123MB",
                "nhs.net": "DB9PR09MB",
                "pennantmediation.co.uk": "AS8P191MB",
                "justice.gov.uk": "LO0P123MB",
            }.get(dom, "AM0P190MB")
            return f"<{pre}{h[:4]}{h[4:36]}@{pre}{h[36:40]}.GBRP265.PROD.OUTLOOK.COM>"
        if c == "gmail":
            b = base64.b64encode(bytes.fromhex(_h("g", self.n) + _h("g2", self.n)[:16])).decode()
            b = b.replace("/", "_").replace("=", "")[:46]
            return f"<CAH{b}@mail.gmail.com>"
        if c == "workspace":
            b = base64.b64encode(bytes.fromhex(_h("w", self.n))).decode().replace("/", "-")[:40]
            return f"<CAJ{b.rstrip('=')}@mail.gmail.com>"
        if c in ("iphone", "applemail"):
            u = h[:32]
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        if c == "thunderbird":
            u = h[:32].lower()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        return f"<{self.stamp.astimezone(UTC):%Y%m%d%H%M%S}.{h[:12].lower()}@{dom}>"

    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig

    def quote_style(self) -> str:
        if self.quote != "auto":
            return self.quote
        return {
            "outlook": "outlook",
            "gmail": "gmail",
            "workspace": "gmail",
            "iphone": "iphone_pl",
            "applemail": "apple",
            "thunderbird": "gmail",
        }.get(self.client, "none")

    def body_segments(self) -> list[tuple[str, str]]:
        if self.segments is not None:
            return self.segments
        segs = []
        if self.new.strip("\n"):
            segs.append(("new", self.new.strip("\n")))
        if self.signature():
            segs.append(("sig", self.signature()))
        if self.reply_to is not None and self.quote_style() != "none":
            segs.append(("quote", quote_block(self.reply_to, self.quote_style(), self.banner)))
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


def _addr_list(ps: list[Person]) -> str:
    return "; ".join(f"{p.name} <{p.addr}>" for p in ps)


def _quoted_subject(p: M, banner: bool) -> str:
    """The subject as the recipient's organisation saw it (its gateway tags external mail)."""
    if banner and not p.subject.startswith("[EXTERNAL]"):
        return "[EXTERNAL] " + p.subject
    return p.subject


def _orig_body(p: M, banner: bool) -> str:
    body = p.plain().rstrip("\n")
    if banner:
        body = BANNER + "\n\n" + body
    return body


def quote_block(p: M, style: str, banner: bool = False) -> str:
    body = _orig_body(p, banner)
    t = p.local_dt
    if style in ("gmail", "apple", "iphone_pl"):
        if style == "gmail":
            head = f"On {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        elif style == "apple":
            head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        else:
            head = (
                f"Wiadomość napisana przez {p.frm.name} <{p.frm.addr}> w dniu "
                f"{t:%d.%m.%Y}, o godz. {t:%H:%M}:"
            )
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n\n" + "\n".join(lines)
    cc = f"Cc: {_addr_list(p.cc)}\n" if p.cc else ""
    if style == "outlook":
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {t:%d %B %Y %H:%M}\nTo: {_addr_list(p.to)}\n{cc}"
            f"Subject: {_quoted_subject(p, banner)}\n\n{body}"
        )
    if style == "owa":
        return (
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {t:%A}, {t.day} {t:%B %Y} {t:%H:%M}\n"
            f"To: {_addr_list(p.to)}\n{cc}Subject: {_quoted_subject(p, banner)}\n\n{body}"
        )
    if style == "fwd":
        tocc = f"To: {', '.join(f'{x.name} <{x.addr}>' for x in p.to)}\n"
        if p.cc:
            tocc += f"Cc: {', '.join(f'{x.name} <{x.addr}>' for x in p.cc)}\n"
        return (
            "---------- Forwarded message ---------\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nDate: {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}\n"
            f"Subject: {p.subject}\n{tocc}\n\n{body}"
        )
    raise ValueError(style)


# ---------------------------------------------------------------- rendering


def _enc_header(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _paras(text: str) -> str:
    """Paragraphs as <p>; runs of '>'-quoted lines become nested blockquotes."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append("<p>" + "<br>".join(_esc(x) for x in para) + "</p>\n")
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                x = lines[i][1:]
                block.append(x[1:] if x.startswith(" ") else x)
                i += 1
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                + _paras("\n".join(block))
                + "</blockquote>\n"
            )
            continue
        if ln.strip() == "":
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    return "".join(out)


def _html_quote(m: M, text: str) -> str:
    style = m.quote_style()
    if style == "gmail":
        head, _, rest = text.partition("\n\n")
        inner = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] for ln in rest.split("\n"))
        return (
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_esc(head)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">\n{_paras(inner)}</blockquote></div>\n'
        )
    if style in ("apple", "iphone_pl"):
        head, _, rest = text.partition("\n\n")
        inner = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] for ln in rest.split("\n"))
        return (
            f'<div>{_esc(head)}<br></div><blockquote type="cite">\n{_paras(inner)}</blockquote>\n'
        )
    if style in ("outlook", "owa"):
        if text.startswith("____"):
            text = text.split("\n", 1)[1]
        head, _, rest = text.partition("\n\n")
        hl = []
        for ln in head.split("\n"):
            k, _, v = ln.partition(": ")
            hl.append(f"<b>{_esc(k)}:</b> {_esc(v)}")
        banner = ""
        if rest.startswith(BANNER):
            rest = rest[len(BANNER) :].lstrip("\n")
            banner = (
                '<table style="border:1px solid #9C6500;background-color:#FFEB9C;width:100%">'
                f'<tr><td style="padding:4px"><b>{_esc(BANNER)}</b></td></tr></table>\n'
            )
        return (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{"<br>".join(hl)}</font><div>&nbsp;</div></div>\n'
            f"{banner}<div>\n{_paras(rest)}</div>\n"
        )
    return f'<div class="quoted">\n{_paras(text)}</div>\n'


def _html(m: M) -> str:
    font = "Calibri, Arial, Helvetica, sans-serif" if m.client == "outlook" else "Arial, sans-serif"
    out = [
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>',
        f'<body><div style="font-family:{font};font-size:11pt">',
    ]
    for kind, text in m.body_segments():
        if kind == "quote":
            out.append(_html_quote(m, text))
        elif kind == "sig":
            out.append(f'<div class="signature">{_paras(text)}</div>')
        else:
            out.append(_paras(text))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def _encode(raw: bytes, cte: str, charset: str) -> str:
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode(charset)
    raise ValueError(cte)


def _part(ctype: str, text: str, charset: str, cte: str, params: str = "") -> str:
    body = _encode(text.encode(charset), cte, charset)
    return (
        f'Content-Type: {ctype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n\n'
        f"{body.rstrip(chr(10))}\n"
    )


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str], preamble: bool = False) -> str:
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    s += "This is a multi-part message in MIME format.\n\n" if preamble else ""
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
        if not p.irt:
            break  # the parent dropped its own references
        p = p.reply_to
    return chain


def _boundary(m: M, k: str) -> str:
    h = _h("b", m.n, k)
    c = m.client
    if c == "outlook":
        return f"_{k}_{h[:36].upper()}_"
    if c in ("gmail", "workspace"):
        return f"0000000000{h[:16]}"
    if c in ("iphone", "applemail"):
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return f"------------{h[:24]}"


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    st = m.stamp
    utc = m.utc if m.utc is not None else m.client in ("outlook", "system")
    t = st.astimezone(UTC) if utc else st
    date_hdr = f"{t:%a}, {t.day} {t:%b %Y %H:%M:%S %z}"
    if m.client == "outlook":
        date_hdr = f"{t:%a}, {t:%d %b %Y %H:%M:%S %z}"
    if m.zone_name:
        date_hdr = date_hdr[:-5] + m.zone_name
    rcv = st.astimezone(UTC) + dt.timedelta(seconds=3 + m.n % 7)
    if (
        m.frm.addr not in OWNER_ADDRS
    ):  # delivered mail carries a trace; the owner's sent mail does not
        h.append(("Return-Path", f"<{m.frm.addr}>"))
        h.append(
            (
                "Received",
                f"from {m.frm.domain} (mail.{m.frm.domain}) by mx.example.org with ESMTPS id "
                f"{_h('rid', m.n)[:12]};\n\t{rcv:%a, %d %b %Y %H:%M:%S} +0000",
            )
        )
    h.append(("From", m.frm.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject, m.frm.hcharset)))
    h.append(("Date", date_hdr))
    folded = m.client == "outlook"
    if m.message_id:
        h.append(("Message-ID", ("\n " if folded else "") + m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            h.append(("In-Reply-To", ("\n " if folded else "") + chain[-1]))
            h.append(("References", ("\n " if folded else "") + "\n ".join(chain)))
    if m.client == "outlook":
        topic = re.sub(r"^((re|fw|fwd|automatic reply):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic, m.frm.hcharset)))
        root = m
        while root.reply_to is not None:
            root = root.reply_to
        seed = base64.b64encode(bytes.fromhex(_h("ti", root.thread, root.n)[:32])).decode()
        extra = (
            base64.b64encode(bytes.fromhex(_h("tx", m.n)[:10])).decode() if root is not m else ""
        )
        h.append(("Thread-Index", "AQH" + seed.rstrip("=")[:27] + extra.rstrip("=")))
        h.append(("Accept-Language", "en-GB, en-US"))
        h.append(("Content-Language", "en-GB"))
        h.append(("X-MS-Has-Attach", "yes" if m.attachments else ""))
    elif m.client == "applemail":
        h.append(("X-Mailer", "Apple Mail (2.3826.500.181)"))
    elif m.client == "iphone":
        h.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif m.client == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
    h.extend(m.extra_headers)
    h.append(("MIME-Version", "1.0"))

    text = m.plain()
    if m.fmt == "plain":
        body = _part("text/plain", text, m.charset, m.cte)
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt == "alt":
        parts = [
            _part("text/plain", text, m.charset, m.cte),
            _part("text/html", _html(m), m.charset, m.cte),
        ]
        if m.calendar:
            parts.append(_part("text/calendar", m.calendar, "utf-8", "base64", "; method=REQUEST"))
        body = _multipart("alternative", _boundary(m, "alt"), parts)
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed",
            _boundary(m, "mix"),
            [body] + [_attachment(a) for a in m.attachments],
            preamble=m.client == "outlook",
        )
    head = "".join(f"{k}:{v}\n" if (not v or v.startswith("\n")) else f"{k}: {v}\n" for k, v in h)
    raw = head + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def fake_pdf(title: str) -> bytes:
    t = title.encode("ascii", "replace")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" + t + b") "
        b"/Producer (blind8 placeholder) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00blind8 placeholder docx: " + title.encode("ascii", "replace")


def fake_jpeg(title: str) -> bytes:
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
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
            continue  # times such as 9.30
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
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
        "tomorrow": 1, "yesterday": -1,
    }  # fmt: skip
    for k, off in rel.items():
        if re.search(r"\b" + k + r"\b", low) and iso != ld + dt.timedelta(days=off):
            errs.append(f"'{k}' != {ld + dt.timedelta(days=off)}")
    if re.search(r"w/c|week of|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    has_day = bool(
        _DM_RE.search(txt) or _MD_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt)
    )
    wds = _WD_RE.findall(txt)
    if wds and not has_day and not _MON_RE.search(txt):
        # bare weekday: the next such day after the message day, or the last one before it
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    # "the 11th": the next date with that day number
    if (
        _ORD_RE.search(txt)
        and not _MON_RE.search(txt)
        and not wds
        and not (0 <= (iso - ld).days < 31)
    ):
        errs.append("ordinal without month is not the next such day")
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
    if m.message_id and (msg["Message-ID"] or "").strip() != m.message_id:
        errs.append("message-id does not round-trip")
    if not m.message_id and msg["Message-ID"] is not None:
        errs.append("message-id should be absent")
    if m.reply_to is not None and not m.irt and (msg["In-Reply-To"] or msg["References"]):
        errs.append("In-Reply-To/References should be absent")
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
        if c.text in texts:
            errs.append(f"commitment text used twice: {c.text!r}")
        texts.add(c.text)
    vis = norm_ref(m.visible_ref_text())
    labelled = {norm_ref(r) for r in m.refs}
    for r in m.refs:
        if norm_ref(r) not in vis:
            errs.append(f"reference {r} not visible")
    if len(labelled) != len(m.refs):
        errs.append("reference labelled twice")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    return errs


# date-like words in new text that carry no label (for --review)
_REVIEW_RE = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|next week|"
    r"last week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MON + r")|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"(?:" + _MON + r")\b)",
    re.I,
)


def review(m: M) -> list[str]:
    new = ws(m.new_text())
    covered = [ws(d.text) for d in m.dates]
    out = []
    for mt in _REVIEW_RE.finditer(new):
        s, e = mt.span()
        if any(
            new.find(c) != -1
            and any(
                new.find(c, k) <= s and e <= new.find(c, k) + len(c)
                for k in [i for i in range(len(new)) if new.startswith(c, i)]
            )
            for c in covered
        ):
            continue
        out.append(new[max(0, s - 30) : e + 30])
    return out
