"""Message model, MIME rendering and self-checks for the blind6 corpus (stdlib only)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parsedate_to_datetime

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

BANK_HOLIDAYS = {
    dt.date.fromisoformat(d)
    for d in [
        "2026-08-31",
        "2026-12-25",
        "2026-12-28",
        "2027-01-01",
        "2027-03-26",
        "2027-03-29",
        "2027-05-03",
        "2027-05-31",
        "2027-08-30",
        "2027-12-27",
        "2027-12-28",
    ]
}

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
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "weds": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}


# ----------------------------------------------------------------- labels


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


# ----------------------------------------------------------------- time


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def london(ts: dt.datetime) -> dt.datetime:
    """Convert an aware datetime to Europe/London wall time (BST rule since 1996)."""
    utc = ts.astimezone(dt.UTC).replace(tzinfo=None)
    start = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1))
    return utc + dt.timedelta(hours=1 if start <= utc < end else 0)


def add_working_days(day: dt.date, n: int) -> dt.date:
    d = day
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n -= 1
    return d


# ----------------------------------------------------------------- parties


@dataclass
class Person:
    name: str
    addr: str
    mid_style: str = "plain"  # outlook | gmail | plain
    sig: str = ""

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]


def _h(n: int, salt: str, k: int) -> str:
    return hashlib.sha1(f"blind6-{salt}-{n}".encode()).hexdigest()[:k]


def make_mid(n: int, p: Person) -> str:
    if p.mid_style == "outlook":
        h = _h(n, "ol", 12).upper()
        return f"<LO2P265MB{n:04d}{h}@LO2P265MB{n:04d}.GBRP265.PROD.OUTLOOK.COM>"
    if p.mid_style == "gmail":
        return f"<CAJ{_h(n, 'gm', 28)}@mail.gmail.com>"
    if p.mid_style == "iphone":
        return f"<{_h(n, 'ip', 8).upper()}-{_h(n, 'ip2', 4).upper()}-{_h(n, 'ip3', 12).upper()}@example.com>"
    return f"<{_h(n, 'pl', 16)}.{n}@{p.domain}>"


# ----------------------------------------------------------------- message


@dataclass
class Msg:
    n: int
    slug: str
    thread: str
    date: str  # RFC 5322 Date header value
    frm: Person
    to: list
    subject: str
    new: str  # new plain text written by the sender (without signature)
    category: str
    cc: list = field(default_factory=list)
    sig: str | None = None  # None: the person's default signature
    quote: tuple | None = None  # (style, previous Msg)
    bottom: bool = False
    mid: str | None = "auto"  # None: no Message-ID header
    irt: bool = True  # write In-Reply-To/References from the quoted message
    irt_to: object = None  # explicit Msg to reply to when nothing is quoted
    fold_mid: bool = False  # Exchange-style folded Message-ID
    headers: list = field(default_factory=list)
    html: str = "none"  # none | alt | only
    html_new: str | None = None  # explicit HTML for the new part
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    attach: list = field(default_factory=list)  # (filename, ctype, bytes)
    ics: str | None = None
    refs: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    commits: list = field(default_factory=list)
    from_la: bool | None = None
    trailer: str = ""  # text after the quote (e.g. a disclaimer added by a transport rule)

    # -------------------------------------------------------- derived
    @property
    def file(self) -> str:
        return f"{self.n:03d}_{self.slug}.eml"

    @property
    def dt(self) -> dt.datetime:
        return parsedate_to_datetime(self.date)

    @property
    def london_day(self) -> dt.date:
        return london(self.dt).date()

    @property
    def message_id(self) -> str | None:
        if self.mid is None:
            return None
        if self.mid == "auto":
            return make_mid(self.n, self.frm)
        return self.mid

    @property
    def signature(self) -> str:
        return self.frm.sig if self.sig is None else self.sig

    def quote_text(self) -> str:
        if not self.quote:
            return ""
        style, prev = self.quote
        body = prev.plain_body()
        when = london(prev.dt)
        who = f"{prev.frm.name} <{prev.frm.addr}>"
        to = "; ".join(f"{p.name} <{p.addr}>" for p in prev.to)
        if style == "gmail":
            lines = [(">" + (" " + ln if ln else "")) for ln in body.split("\n")]
            head = f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {who} wrote:"
            return head + "\n" + "\n".join(lines)
        if style == "iphone":
            lines = [(">" + (" " + ln if ln else "")) for ln in body.split("\n")]
            head = f"On {when.day} {when:%b %Y}, at {when:%H:%M}, {who} wrote:"
            return head + "\n\n" + "\n".join(lines)
        if style == "outlook":
            head = (
                "________________________________\n"
                f"From: {who}\nSent: {when:%A}, {when.day} {when:%B %Y} {when:%H:%M}\n"
                f"To: {to}\nSubject: {prev.subject}\n"
            )
            return head + "\n" + body
        if style == "fwd":
            head = (
                "---------- Forwarded message ---------\n"
                f"From: {who}\nDate: {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}\n"
                f"Subject: {prev.subject}\nTo: {to}\n"
            )
            return head + "\n" + body
        raise ValueError(style)

    def plain_body(self) -> str:
        parts = []
        q = self.quote_text()
        if self.bottom and q:
            parts.append(q)
        parts.append(self.new.strip("\n"))
        if self.signature:
            parts.append(self.signature.strip("\n"))
        if q and not self.bottom:
            parts.append(q)
        if self.trailer:
            parts.append(self.trailer.strip("\n"))
        return "\n\n".join(parts) + "\n"

    def html_body(self) -> str:
        def para(text: str) -> str:
            out = []
            for block in text.strip("\n").split("\n\n"):
                out.append(
                    "<p>" + "<br>\n".join(html.escape(x) for x in block.split("\n")) + "</p>"
                )
            return "\n".join(out)

        new = self.html_new if self.html_new is not None else para(self.new)
        sig = (
            f'<div class="signature" style="color:#1f3864">{para(self.signature)}</div>'
            if self.signature
            else ""
        )
        q = ""
        if self.quote:
            qt = self.quote_text()
            style = self.quote[0]
            if style == "outlook":
                q = (
                    '<div id="divRplyFwdMsg" style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                    + para(qt)
                    + "</div>"
                )
            else:
                q = (
                    '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                    + para(qt)
                    + "</blockquote>"
                )
        trailer = para(self.trailer) if self.trailer else ""
        body = "\n".join(
            x for x in ([q, new, sig] if self.bottom else [new, sig, q]) + [trailer] if x
        )
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
            + self.charset
            + '">'
            "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>"
            "</head>\n<body>\n" + body + "\n</body></html>\n"
        )

    # -------------------------------------------------------- rendering
    def _bnd(self, level: int) -> str:
        return f"----=_Part_b6_{self.n:03d}_{level}"

    def _leaf(
        self,
        ctype: str,
        text: str | bytes,
        cte: str,
        extra: list | None = None,
        charset: str | None = None,
    ) -> str:
        cs = charset or self.charset
        hdr = [f"Content-Type: {ctype}" + (f'; charset="{cs}"' if isinstance(text, str) else "")]
        data = text.encode(cs) if isinstance(text, str) else text
        if cte == "quoted-printable":
            enc = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
        elif cte == "base64":
            enc = base64.encodebytes(data).decode("ascii")
        else:
            enc = data.decode(cs)
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        hdr += extra or []
        return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"

    def _multipart(self, sub: str, level: int, parts: list, extra: str = "") -> str:
        b = self._bnd(level)
        out = [
            f'Content-Type: multipart/{sub}; boundary="{b}"{extra}',
            "",
            "This is a multi-part message in MIME format.",
            "",
        ]
        for p in parts:
            out.append(f"--{b}")
            out.append(p.rstrip("\n"))
            out.append("")
        out.append(f"--{b}--")
        return "\n".join(out) + "\n"

    def render(self, quoted_map: dict) -> bytes:
        def addr(p: Person) -> str:
            try:
                p.name.encode("ascii")
                return formataddr((p.name, p.addr))
            except UnicodeEncodeError:
                return formataddr((p.name, p.addr), charset="utf-8")

        def subj(s: str) -> str:
            try:
                s.encode("ascii")
                return s
            except UnicodeEncodeError:
                return Header(s, "utf-8").encode(maxlinelen=900)

        h = [f"From: {addr(self.frm)}", "To: " + ", ".join(addr(p) for p in self.to)]
        if self.cc:
            h.append("Cc: " + ", ".join(addr(p) for p in self.cc))
        h.append(f"Subject: {subj(self.subject)}")
        h.append(f"Date: {self.date}")
        mid = self.message_id
        if mid:
            h.append(f"Message-ID:\n {mid}" if self.fold_mid else f"Message-ID: {mid}")
        parent = self.quote[1] if self.quote else self.irt_to
        if parent is not None and self.irt and parent.message_id:
            chain = [*quoted_map.get(parent.n, []), parent.message_id]
            h.append(f"In-Reply-To: {parent.message_id}")
            h.append("References: " + "\n ".join(chain))
            quoted_map[self.n] = chain
        else:
            quoted_map[self.n] = []
        h += self.headers
        h.append("MIME-Version: 1.0")

        plain = self._leaf("text/plain", self.plain_body(), self.cte)
        if self.html == "only":
            body = self._leaf("text/html", self.html_body(), self.cte)
        elif self.html == "alt" or self.ics:
            alts = [plain, self._leaf("text/html", self.html_body(), self.cte)]
            if self.ics:
                alts.append(
                    self._leaf("text/calendar; method=REQUEST", self.ics, "7bit", charset="utf-8")
                )
            body = self._multipart("alternative", 2, alts)
        else:
            body = plain
        if self.attach:
            parts = [body]
            for fname, ctype, data in self.attach:
                parts.append(
                    self._leaf(
                        f'{ctype}; name="{fname}"',
                        data,
                        "base64",
                        [f'Content-Disposition: attachment; filename="{fname}"'],
                    )
                )
            body = self._multipart("mixed", 1, parts)
        text = "\n".join(h) + "\n" + body
        return (
            text.replace("\r\n", "\n")
            .replace("\n", "\r\n")
            .encode("utf-8" if self.charset == "utf-8" else "ascii", "strict")
        )

    def label(self) -> dict:
        return {
            "file": self.file,
            "message_id": self.message_id,
            "thread": self.thread,
            "from_la": bool(self.from_la),
            "category": self.category,
            "references": list(self.refs),
            "dates": [{"text": d.text, "date": d.date, "role": d.role} for d in self.dates],
            "commitments": [
                {"actor": c.actor, "action": c.action, "due": c.due, "text": c.text}
                for c in self.commits
            ],
        }


# ----------------------------------------------------------------- checks


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def strip_html(s: str) -> str:
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</td>|</th>|</div>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def decoded_text(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            t = strip_html(t)
        chunks.append(t)
    return norm_ws("\n".join(chunks))


def _check_date_text(text: str, iso: str, day: dt.date) -> list:
    errs = []
    d = dt.date.fromisoformat(iso)
    low = text.lower()
    for w, wd in WEEKDAYS.items():
        if re.search(rf"\b{w}\b", low) and wd != d.weekday():
            errs.append(f"weekday {w} != {d:%A}")
    for i, m in enumerate(MONTHS):
        if re.search(rf"\b{m}\b", low) or re.search(rf"\b{m[:3]}\b", low):
            if i + 1 != d.month:
                errs.append(f"month {m} != {d.month}")
            for mm in re.finditer(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m[:3]}", low):
                if int(mm.group(1)) != d.day:
                    errs.append(f"day {mm.group(1)} != {d.day}")
    for y in re.findall(r"\b(20\d\d)\b", low):
        if int(y) != d.year:
            errs.append(f"year {y} != {d.year}")
    for a, b, c in re.findall(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", low):
        if int(a) != d.day or int(b) != d.month:
            errs.append(f"numeric {a}/{b} != {d}")
        if c and int(c) % 100 != d.year % 100:
            errs.append(f"numeric year {c} != {d.year}")
    for o in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b", low):
        if int(o) != d.day:
            errs.append(f"ordinal {o} != {d.day}")
    words = {"five": 5, "six": 6, "three": 3, "ten": 10, "15": 15, "20": 20, "two": 2}
    mw = re.search(r"within (\w+) working days of (the date of this|receipt)", low)
    if mw and add_working_days(day, words[mw.group(1)]) != d:
        errs.append(f"working days: expected {add_working_days(day, words[mw.group(1)])}")
    md = re.search(r"within (\w+) days of the date of this letter", low)
    if md and day + dt.timedelta(days=words[md.group(1)]) != d:
        errs.append("calendar days miscounted")
    mk = re.search(r"within (\w+) weeks of the date of this letter", low)
    if mk and day + dt.timedelta(weeks=words[mk.group(1)]) != d:
        errs.append("weeks miscounted")
    rel = {"tomorrow": 1, "yesterday": -1, "today": 0, "this morning": 0, "tonight": 0}
    for w, off in rel.items():
        if w in low and d != day + dt.timedelta(days=off):
            errs.append(f"{w} != {d}")
    if ("w/b" in low or "w/c" in low or "week beginning" in low) and d.weekday() != 0:
        errs.append("week label not a Monday")
    if re.fullmatch(
        r"(?:by |on |from )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", low.strip()
    ):
        delta = (d - day).days
        if not (1 <= delta <= 7 or -7 <= delta <= -1):
            errs.append("bare weekday not within a week of the message")
    return errs


def check(msgs: list, raw: dict, la_domains: tuple, known_refs: tuple = ()) -> list:
    errors = []
    seen_ids = set()
    for m in msgs:
        pre = m.file
        if m.category not in CATEGORIES:
            errors.append(f"{pre}: bad category {m.category}")
        if m.message_id:
            if m.message_id in seen_ids:
                errors.append(f"{pre}: duplicate Message-ID")
            seen_ids.add(m.message_id)
        dom = m.frm.domain
        is_la = any(dom == d or dom.endswith("." + d) for d in la_domains)
        if m.from_la is None:
            m.from_la = is_la
        elif m.from_la != is_la:
            errors.append(f"{pre}: from_la disagrees with the sender's domain")
        new = norm_ws(m.new if m.html_new is None else m.new + " " + strip_html(m.html_new))
        dec = decoded_text(raw[m.n])
        vis = norm_ws(
            m.subject
            + " "
            + m.new
            + " "
            + m.signature
            + " "
            + (strip_html(m.html_new) if m.html_new else "")
        )
        if m.category == "not_send" and (m.refs or m.dates or m.commits):
            errors.append(f"{pre}: not_send message carries labels")
        for r in m.refs:
            key = re.sub(r"[^A-Z0-9]", "", r.upper())
            if key not in re.sub(r"[^A-Z0-9]", "", vis.upper()):
                errors.append(f"{pre}: reference {r} not visible")
        labelled = {re.sub(r"[^A-Z0-9]", "", r.upper()) for r in m.refs}
        for r in known_refs:
            key = re.sub(r"[^A-Z0-9]", "", r.upper())
            if m.category != "not_send" and r.upper() in vis.upper() and key not in labelled:
                errors.append(f"{pre}: visible reference {r} not labelled")
        seen_dates = set()
        for d in m.dates:
            if d.role not in ROLES:
                errors.append(f"{pre}: bad role {d.role}")
            if norm_ws(d.text) not in new:
                errors.append(f"{pre}: date text not in new text: {d.text!r}")
            if norm_ws(d.text) not in dec:
                errors.append(f"{pre}: date text not in decoded file: {d.text!r}")
            if d.date in seen_dates:
                errors.append(f"{pre}: date {d.date} labelled twice")
            seen_dates.add(d.date)
            iso = dt.date.fromisoformat(d.date)
            if (iso < m.london_day) != (d.role == "past"):
                errors.append(
                    f"{pre}: past/role mismatch for {d.text!r} ({d.date}, {d.role}, day {m.london_day})"
                )
            for e in _check_date_text(d.text, d.date, m.london_day):
                errors.append(f"{pre}: {d.text!r}: {e}")
        for c in m.commits:
            if c.actor not in ACTORS:
                errors.append(f"{pre}: bad actor {c.actor}")
            if norm_ws(c.text) not in new:
                errors.append(f"{pre}: commitment text not in new text: {c.text!r}")
            if norm_ws(c.text) not in dec:
                errors.append(f"{pre}: commitment text not in decoded file: {c.text!r}")
            if c.due is not None and c.due not in seen_dates:
                errors.append(f"{pre}: due {c.due} is not a labelled date")
        # re-parse
        parsed = BytesParser(policy=policy.default).parsebytes(raw[m.n])
        got = parsed["Message-ID"]
        got = str(got).strip() if got is not None else None
        if got != m.message_id:
            errors.append(f"{pre}: Message-ID round trip {got!r} != {m.message_id!r}")
        if str(parsed["Subject"]) != m.subject:
            errors.append(f"{pre}: Subject round trip {parsed['Subject']!r}")
        if parsedate_to_datetime(str(parsed["Date"])) != m.dt:
            errors.append(f"{pre}: Date round trip")
        if b"\r\n" not in raw[m.n] or re.search(rb"[^\r]\n", raw[m.n]):
            errors.append(f"{pre}: line endings are not CRLF")
    return errors
