"""Message model, MIME rendering and self-checks for the blind18 corpus (stdlib only).

Adapted from the blind7 generator library (same layout; prefix, bank holidays, folded
Message-IDs, quoting and checks changed for this corpus)."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
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

# England and Wales bank holidays used by the corpus period.
BANK_HOLIDAYS = {
    dt.date.fromisoformat(s)
    for s in [
        "2027-08-30",
        "2027-12-27",
        "2027-12-28",
        "2028-01-03",
        "2028-04-14",
        "2028-04-17",
        "2028-05-01",
        "2028-05-29",
        "2028-08-28",
    ]
}


def working_days_after(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    d = start
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d


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
    quote: str = "gmail"  # gmail | apple | outlook | orig | fwd | none
    segments: list[tuple[str, str]] | None = None  # explicit body: ("new"|"quote"|"sig", text)
    tail: str = ""  # text after the quote (e.g. disclaimer), not new text
    fmt: str = "plain"  # plain | alt | html
    cte: str = "quoted-printable"
    charset: str = "utf-8"
    attachments: list[Att] = field(default_factory=list)
    msgid: str | None = "auto"
    irt: bool = True  # write In-Reply-To/References when replying
    thread_index: bool = False
    utc: bool = False  # write the Date header in UTC (+0000)
    zone_name: str | None = None  # e.g. "GMT" literal
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    fold_ids: bool = False  # Exchange style: Message-ID / In-Reply-To value on a continuation line
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
        dom = self.frm.addr.split("@", 1)[1]
        stamp = self.local_dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        return f"<b18.{self.n:03d}.{stamp}.{self.slug.replace('_', '-')}@{dom}>"

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
        return t.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ", 1)
    if style == "orig":
        return t.strftime("%d %B %Y %H:%M").lstrip("0")
    return f"{t:%a}, {t.day} {t:%b %Y} at {t:%H:%M}"


def quote_block(p: M, style: str) -> str:
    body = p.plain().rstrip("\n")
    to = "; ".join(f"{x.name} <{x.addr}>" for x in p.to)
    if style in ("gmail", "apple"):
        if style == "gmail":
            head = f"On {_sent(p, style)}, {p.frm.name} <{p.frm.addr}> wrote:"
        else:
            t = p.local_dt
            head = f"On {t.day} {t.strftime('%b %Y')}, at {t.strftime('%H:%M')}, {p.frm.name} <{p.frm.addr}> wrote:"
        lines = [
            (">" + (" " + ln if ln and not ln.startswith(">") else ln)) for ln in body.split("\n")
        ]
        return head + "\n\n" + "\n".join(lines)
    if style == "outlook":
        return (
            "________________________________\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {_sent(p, 'outlook')}\nTo: {to}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "orig":
        return (
            "-----Original Message-----\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nSent: {_sent(p, 'orig')}\nTo: {to}\n"
            f"Subject: {p.subject}\n\n{body}"
        )
    if style == "fwd":
        return (
            "---------- Forwarded message ---------\n"
            f"From: {p.frm.name} <{p.frm.addr}>\nDate: {_sent(p, 'gmail')}\n"
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
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
    ]
    for kind, text in m.body_segments():
        if kind == "quote":
            inner = "".join(
                f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>" for par in text.split("\n\n")
            )
            out.append(
                f'<hr style="border:none;border-top:1px solid #ccc"><div class="quoted">{inner}</div>'
            )
        else:
            for par in text.split("\n\n"):
                out.append(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>")
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


def render(m: M) -> bytes:
    h: list[tuple[str, str]] = []
    t = m.local_dt
    if m.utc:
        t = t.astimezone(UTC)
    date_hdr = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if m.zone_name:
        date_hdr = date_hdr[:-5] + m.zone_name
    h.append(("From", m.frm.header()))
    h.append(("To", ", ".join(p.header() for p in m.to)))
    if m.cc:
        h.append(("Cc", ", ".join(p.header() for p in m.cc)))
    h.append(("Subject", _enc_header(m.subject)))
    h.append(("Date", date_hdr))
    fold = "\n " if m.fold_ids else ""
    if m.message_id:
        h.append(("Message-ID", fold + m.message_id))
    if m.reply_to is not None and m.irt:
        chain = _refs_chain(m)
        if chain:
            h.append(("In-Reply-To", fold + chain[-1]))
            h.append(("References", ("\n ".join(chain)) if m.fold_ids else " ".join(chain)))
    if m.thread_index:
        topic = re.sub(r"^((re|fw|fwd):\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", _enc_header(topic)))
        seed = base64.b64encode(f"b18{m.thread}{m.n:03d}".encode()).decode()[:30]
        h.append(("Thread-Index", "AdF" + seed))
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
            f"----=_Alt_b18_{m.n:03d}_0001",
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
            f"----=_Mix_b18_{m.n:03d}_0002",
            [body] + [_attachment(a) for a in m.attachments],
        )
    head = "".join((f"{k}:{v}\n" if v.startswith("\n") else f"{k}: {v}\n") for k, v in h)
    raw = head + body
    return (
        raw.replace("\r\n", "\n")
        .replace("\n", "\r\n")
        .encode("utf-8" if m.cte == "8bit" else "ascii")
    )


def fake_pdf(title: str) -> bytes:
    return (
        b"%PDF-1.4\n% blind18 placeholder\n1 0 obj << /Title ("
        + title.encode("ascii", "replace")
        + b") >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def fake_docx(title: str) -> bytes:
    return b"PK\x03\x04blind18 placeholder docx: " + title.encode("ascii", "replace")


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
_RANGE_RE = re.compile(r"\b(\d{1,2})-(\d{1,2})\b")


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
        "tmrw": 1,
        "yesterday": -1,
        "last night": -1,
    }
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
        # bare weekday: next such day after the message day, or the last one before it for the past
        ok = 0 < (ld - iso).days <= 7 if d.role == "past" else 0 < (iso - ld).days <= 7
        if not ok:
            errs.append(f"bare weekday {txt!r} does not resolve to {iso} from {ld}")
    if _ORD_RE.search(txt) and not _MON_RE.search(txt) and not wds:
        gap = (iso - ld).days
        if not (-31 < gap < 31):
            errs.append("ordinal without month too far away")
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
        errs.append("message-id present although labelled missing")
    if m.reply_to is not None and not m.irt and (msg["In-Reply-To"] or msg["References"]):
        errs.append("In-Reply-To/References present although dropped")
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
    if m.category != "not_send":
        for k in known_refs:
            if norm_ref(k) in vis and norm_ref(k) not in labelled:
                errs.append(f"visible reference {k} not labelled")
    return errs
