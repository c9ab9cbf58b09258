"""Message model, quoting styles, MIME rendering and self-checks for the blind9 corpus.

Stdlib only. Adapted from the layout of blind7's corpuslib (message model + checks); the quoting
styles (Thunderbird, Outlook for iOS, Exchange), the calendar part, folded Exchange headers and the
extra checks are new here.
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
from email.charset import BASE64, QP, Charset
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


def _easter(y: int) -> dt.date:
    """Anonymous Gregorian algorithm."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _first_monday(y: int, mo: int) -> dt.date:
    d = dt.date(y, mo, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def _last_monday(y: int, mo: int) -> dt.date:
    d = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())


def bank_holidays(y: int) -> set[dt.date]:
    """England and Wales bank holidays (no one-off extra days occur in 2027-2028)."""
    out = set()
    ny = dt.date(y, 1, 1)
    while ny.weekday() >= 5:
        ny += dt.timedelta(days=1)
    out.add(ny)
    e = _easter(y)
    out |= {e - dt.timedelta(days=2), e + dt.timedelta(days=1)}
    out |= {_first_monday(y, 5), _last_monday(y, 5), _last_monday(y, 8)}
    xmas, boxing = dt.date(y, 12, 25), dt.date(y, 12, 26)
    if xmas.weekday() == 5:  # Saturday
        out |= {xmas + dt.timedelta(days=2), boxing + dt.timedelta(days=2)}
    elif xmas.weekday() == 6:  # Sunday
        out |= {boxing, xmas + dt.timedelta(days=2)}
    elif boxing.weekday() == 5:
        out |= {xmas, boxing + dt.timedelta(days=2)}
    else:
        out |= {xmas, boxing}
    return out


BANK_HOLIDAYS = bank_holidays(2027) | bank_holidays(2028)


def working_days_after(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d


# ---------------------------------------------------------------- model


@dataclass
class Person:
    name: str
    addr: str
    sig: str = ""
    client: str = "plain"  # exchange | thunderbird | ios | gmail | web | system
    utc_dates: bool = False  # write the Date header in UTC (Exchange, systems)

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
    reply_to: M | None = None  # message quoted and referenced
    quote: str | None = None  # tb | tbfwd | ios | outlook | orig | gmail | none (None = by client)
    bottom: bool = False  # bottom-posted: quote first, then the new text and signature
    tail: str = ""  # text after everything (e.g. a disclaimer appended by a transport rule)
    fmt: str = "plain"  # plain | alt | html
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    calendar: str | None = None  # text/calendar part (METHOD:REQUEST)
    extra_block: str = ""  # non-new block after the signature (e.g. a Teams join block)
    attachments: list[Att] = field(default_factory=list)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    thread_index: bool = False
    utc: bool | None = None  # None = by sender
    zone_name: str | None = None  # e.g. "GMT" literal
    subj_enc: str = "b"  # encoded-word style for a non-ASCII subject: b | q
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

    def _h(self, k: int = 0) -> str:
        return hashlib.sha1(f"blind9/{self.n}/{self.slug}/{k}".encode()).hexdigest()

    @property
    def message_id(self) -> str | None:
        if self.msgid is None:
            return None
        if self.msgid != "auto":
            return self.msgid
        c = self.frm.client
        stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        if c == "exchange":
            box = "LO4P265MB" + self._h(1)[:4].upper()
            return f"<{box}{self._h()[:22].upper()}@{box}.GBRP265.PROD.OUTLOOK.COM>"
        if c == "ios":
            box = "DB7PR08MB" + self._h(1)[:4].upper()
            return f"<{box}{self._h()[:20].upper()}@{box}.eurprd08.prod.outlook.com>"
        if c == "thunderbird":
            h = self._h()
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example.co.uk>"
        if c == "apple":
            h = self._h().upper()
            return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{self.frm.domain}>"
        if c == "gmail":
            return f"<CAF{self._h()[:12]}+{self._h(2)[:10]}_{self._h(3)[:6]}@mail.gmail.com>"
        return f"<{stamp}.{self._h()[:16]}@{self.frm.domain}>"

    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig

    def quote_style(self) -> str:
        if self.quote is not None:
            return self.quote
        return {
            "thunderbird": "tb",
            "ios": "ios",
            "exchange": "outlook",
            "gmail": "gmail",
            "apple": "apple",
        }.get(self.frm.client, "outlook")

    def body_segments(self) -> list[tuple[str, str]]:
        head: list[tuple[str, str]] = [("new", self.new.strip("\n"))]
        if self.signature():
            head.append(("sig", self.signature()))
        if self.extra_block:
            head.append(("sig", self.extra_block))
        q: list[tuple[str, str]] = []
        if self.reply_to is not None and self.quote_style() != "none":
            q.append(("quote", quote_block(self.reply_to, self.quote_style())))
        segs = q + head if self.bottom else head + q
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
    if style in ("tb", "gmail", "apple"):
        if style == "tb":
            head = f"On {t:%d/%m/%Y %H:%M}, {p.frm.name} wrote:"
        elif style == "apple":
            head = f"On {t.day} {t:%b %Y}, at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:\n"
        else:
            head = f"On {t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}, {p.frm.name} <{p.frm.addr}> wrote:"
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n" + "\n".join(lines)
    if style == "ios":
        sent = f"{t:%A}, {t.day} {t:%B %Y} {t:%H:%M:%S}"
        cc = f"\nCc: {'; '.join(x.addr for x in p.cc)}" if p.cc else ""
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {sent}\nTo: {_to_line(p)}{cc}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "outlook":
        sent = f"{t:%d} {t:%B %Y} {t:%H:%M}".lstrip("0")
        cc = f"\nCc: {'; '.join(x.name for x in p.cc)}" if p.cc else ""
        return (
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {sent}\nTo: {'; '.join(x.name for x in p.to)}{cc}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "orig":
        return (
            "-----Original Message-----\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {t:%A}, {t.day} {t:%B %Y} {t:%H:%M}\n"
            f"To: {_to_line(p)}\nSubject: {p.subject}\n\n{body}"
        )
    if style == "tbfwd":
        hdr_date = _date_header(p)
        return (
            "-------- Forwarded Message --------\n"
            f"Subject: \t{p.subject}\nDate: \t{hdr_date}\nFrom: \t{p.frm.name} <{p.frm.addr}>\n"
            f"To: \t{_to_line(p)}\n\n{body}"
        )
    if style == "iosfwd":
        sent = f"{t:%A}, {t.day} {t:%B %Y} {t:%H:%M:%S}"
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {sent}\nTo: {_to_line(p)}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    raise ValueError(style)


# ---------------------------------------------------------------- rendering


def _enc_header(value: str, enc: str = "b") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if enc == "q":
            cs = Charset("utf-8")
            cs.header_encoding = QP
            return Header(value, cs, maxlinelen=76).encode()
        cs = Charset("utf-8")
        cs.header_encoding = BASE64
        return Header(value, cs, maxlinelen=76).encode()


def _date_header(m: M) -> str:
    t = m.local_dt
    use_utc = m.frm.utc_dates if m.utc is None else m.utc
    if use_utc:
        t = t.astimezone(UTC)
    s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if m.zone_name:
        s = s[:-5] + m.zone_name
    return s


def _html_par(text: str) -> str:
    return "".join(
        f"<p>{html.escape(par, quote=False).replace(chr(10), '<br>')}</p>\n"
        for par in text.split("\n\n")
    )


def _html(m: M) -> str:
    font = {
        "exchange": "Calibri,Arial,sans-serif",
        "ios": "-apple-system,Helvetica,sans-serif",
        "gmail": "Arial,Helvetica,sans-serif",
    }.get(m.frm.client, "Verdana,Arial,sans-serif")
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + m.charset
        + f'"></head>\n<body style="font-family:{font};font-size:11pt">\n'
    ]
    for kind, text in m.body_segments():
        if kind == "quote":
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">\n'
                + _html_par(text)
                + "</div>\n"
            )
        else:
            out.append(_html_par(text))
    out.append("</body></html>")
    return "".join(out) + "\n"


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
        f'Content-Type: {ctype}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body.rstrip(chr(10))}\n"
    )


def _attachment(a: Att) -> str:
    b = base64.encodebytes(a.payload).decode("ascii")
    return (
        f'Content-Type: {a.ctype}; name="{a.filename}"\n'
        f'Content-Disposition: attachment; filename="{a.filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{b.rstrip(chr(10))}\n"
    )


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    s += "This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else ""
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def _refs_chain(m: M) -> list[str]:
    """References as a client builds them: the parent's own References (if it wrote any) + its id."""
    p = m.reply_to
    if p is None:
        return []
    base = _refs_chain(p) if p.irt else []
    return base + ([p.message_id] if p.message_id else [])


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    fold = m.frm.client == "exchange"
    h.append(("From", m.frm.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject, m.subj_enc)))
    h.append(("Date", _date_header(m)))
    if m.message_id:
        h.append(("Message-ID", ("\n " if fold else "") + m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            h.append(("In-Reply-To", ("\n " if fold else "") + chain[-1]))
            h.append(("References", ("\n " if fold else "") + "\n ".join(chain)))
    if m.thread_index:
        topic = re.sub(r"^((re|fw|fwd|automatic reply):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic)))
        seed = base64.b64encode(hashlib.sha1(f"b9{m.thread}".encode()).digest()).decode()[:22]
        tail = base64.b64encode(hashlib.sha1(f"b9{m.n}".encode()).digest()).decode()[:8]
        h.append(("Thread-Index", "AQH" + seed + tail))
    h.extend(m.extra_headers)
    if m.frm.client == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
    if m.frm.client == "apple":
        h.append(("X-Mailer", "iPad Mail (21F90)"))
    h.append(("MIME-Version", "1.0"))

    text = m.plain()
    bnd = hashlib.sha1(f"b9-boundary-{m.n}".encode()).hexdigest()[:24]
    if m.fmt == "plain":
        body = _part("text/plain", text, m.charset, m.cte)
    elif m.fmt == "html":
        body = _part("text/html", _html(m), m.charset, m.cte)
    elif m.fmt == "alt":
        parts = [
            _part("text/plain", text, m.charset, m.cte),
            _part("text/html", _html(m), m.charset, m.cte),
        ]
        if m.calendar is not None:
            parts.append(_part("text/calendar", m.calendar, "utf-8", "base64", "; method=REQUEST"))
        body = _multipart("alternative", f"_000_alt_{bnd}_", parts)
    else:
        raise ValueError(m.fmt)
    if m.attachments:
        body = _multipart(
            "mixed", f"_004_mix_{bnd}_", [body] + [_attachment(a) for a in m.attachments]
        )
    head = "".join(f"{k}:{v}\n" if v.startswith("\n") else f"{k}: {v}\n" for k, v in h)
    raw = head + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def fake_pdf(title: str) -> bytes:
    return (
        b"%PDF-1.4\n% blind9 placeholder document\n1 0 obj << /Title ("
        + title.encode("ascii", "replace")
        + b") /Producer (blind9) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04\x14\x00blind9 placeholder docx: " + title.encode("ascii", "replace")


def fake_jpg(title: str) -> bytes:
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00blind9 placeholder photo: "
        + title.encode("ascii")
        + b"\xff\xd9"
    )


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPG = "image/jpeg"


def pdf(name: str) -> Att:
    return Att(name, PDF, fake_pdf(name))


def docx(name: str) -> Att:
    return Att(name, DOCX, fake_docx(name))


def jpg(name: str) -> Att:
    return Att(name, JPG, fake_jpg(name))


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
_WD_RE = re.compile(r"\b(" + "|".join(sorted(WD, key=len, reverse=True)) + r")(?:'s)?\b", re.I)
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON_RE = re.compile(r"\b(" + _MON + r")\b", re.I)
_DM_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(" + _MON + r")\b", re.I)
_MD_RE = re.compile(r"\b(" + _MON + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
_NUM_RE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2,4}))?\b")
_ORD_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b", re.I)
_YEAR_RE = re.compile(r"\b(20\d\d)\b")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


REL = {
    "today": 0, "today's": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "tomorrow": 1, "yesterday": -1, "last night": -1,
}  # fmt: skip


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
        if re.search(r"(?<![\w'])" + re.escape(k) + r"(?![\w'])", low) and iso != ld + dt.timedelta(
            days=off
        ):
            errs.append(f"'{k}' != {ld + dt.timedelta(days=off)}")
    if re.search(r"w/c|\bthe week of\b|week commencing|week beginning", low) and iso.weekday() != 0:
        errs.append("week label is not a Monday")
    has_day = bool(
        _DM_RE.search(txt) or _MD_RE.search(txt) or _NUM_RE.search(txt) or _ORD_RE.search(txt)
    )
    wds = _WD_RE.findall(txt)
    if wds and not has_day and not _MON_RE.search(txt):
        # bare weekday: the next such day after the message day, or the last one before it (past)
        back = iso < ld
        ok = 0 < (ld - iso).days <= 7 if back else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt) and not wds:
        # "the 3rd": the next date with that day number (or the last one, for the past)
        gap = (iso - ld).days
        nxt = ld
        while True:
            nxt += dt.timedelta(days=1) if gap > 0 else -dt.timedelta(days=1)
            if nxt.day == iso.day:
                break
        if nxt != iso:
            errs.append(f"ordinal {txt!r} does not resolve to {iso} from {ld}")
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
    if m.message_id and (got_id is None or got_id.strip() != m.message_id):
        errs.append("message-id does not round-trip")
    if not m.message_id and got_id is not None:
        errs.append("unexpected Message-ID")
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
        if norm_ref(r) not in {norm_ref(k) for k in known_refs}:
            errs.append(f"reference {r} is not a known reference")
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    return errs
