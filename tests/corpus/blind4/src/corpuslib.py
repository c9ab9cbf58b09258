"""Helpers for the blind4 corpus: message model, rendering to RFC 5322, checks.

Standard library only. Used by build.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import quopri
import re
from email.header import Header

TAXONOMY = {
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
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


# --------------------------------------------------------------------------- parts


class Part:
    """A piece of a message body. kind: new | sig | quote (literal) | ref (quote of an earlier message)."""

    def __init__(self, kind: str, text: str = "", style: str = "", slug: str = ""):
        self.kind, self.text, self.style, self.slug = kind, text, style, slug


def N(text: str) -> Part:
    return Part("new", text.strip("\n"))


def S(text: str) -> Part:
    return Part("sig", text.strip("\n"))


def QL(text: str) -> Part:
    """Literal quoted text (forwarded blocks, interleaved quote lines)."""
    return Part("quote", text.strip("\n"))


def Q(style: str, slug: str) -> Part:
    """Quote the full plain text of an earlier message. style: gmail | iphone | outlook | original | forward."""
    return Part("ref", style=style, slug=slug)


# --------------------------------------------------------------------------- time


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def london_offset(utc: dt.datetime) -> int:
    """Hours ahead of UTC in Europe/London (BST from 01:00 UTC on the last Sunday of March
    to 01:00 UTC on the last Sunday of October)."""
    y = utc.year
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1, 0), dt.UTC)
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1, 0), dt.UTC)
    return 1 if start <= utc < end else 0


def parse_when(spec: str) -> dt.datetime:
    """'2026-09-14 16:42:10 +0100' -> aware datetime."""
    return dt.datetime.strptime(spec, "%Y-%m-%d %H:%M:%S %z")


def london(when: dt.datetime) -> dt.datetime:
    utc = when.astimezone(dt.UTC)
    return (utc + dt.timedelta(hours=london_offset(utc))).replace(tzinfo=None)


def rfc_date(when: dt.datetime, zone_name: str = "") -> str:
    s = email.utils.format_datetime(when)
    if zone_name:
        s = s.rsplit(" ", 1)[0] + " " + zone_name
    return s


# --------------------------------------------------------------------------- people


def addr(person) -> str:
    name, address = person
    if not name:
        return address
    return email.utils.formataddr((name, address), charset="utf-8")


def addr_plain(person) -> str:
    name, address = person
    return f"{name} <{address}>" if name else address


def h(seed: str, n: int = 16, alphabet: str = "0123456789ABCDEF") -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    out = []
    for i in range(n):
        out.append(alphabet[digest[i % len(digest)] % len(alphabet)])
    return "".join(out)


def make_msgid(style: str, seed: str, domain: str) -> str:
    if style == "gmail":
        return (
            "<CAF"
            + h(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
            + "@mail.gmail.com>"
        )
    if style == "exchange":
        a = "LO4P265MB" + h(seed, 4, "0123456789")
        return f"<{a}{h(seed + 'x', 32)}@{a}.GBRP265.PROD.OUTLOOK.COM>"
    if style == "iphone":
        return f"<{h(seed, 8)}-{h(seed + '1', 4)}-{h(seed + '2', 4)}-{h(seed + '3', 4)}-{h(seed + '4', 12)}@example.com>"
    return f"<{h(seed, 12, '0123456789abcdef')}.{h(seed + 'y', 8, '0123456789abcdef')}@{domain}>"


# --------------------------------------------------------------------------- the message


class Msg:
    def __init__(
        self,
        slug,
        thread,
        frm,
        to,
        subject,
        when,
        parts,
        *,
        cc=(),
        category,
        from_la,
        refs=(),
        dates=(),
        commits=(),
        reply_to=None,
        drop_threading=False,
        mime="plain",
        cte="qp",
        charset="utf-8",
        attachments=(),
        idstyle="exchange",
        msgid=True,
        extra_headers=(),
        outlook_thread=False,
        zone_name="",
    ):
        self.slug, self.thread, self.frm, self.to, self.cc = slug, thread, frm, list(to), list(cc)
        self.subject, self.when, self.parts = subject, parse_when(when), parts
        self.category, self.from_la = category, from_la
        self.refs, self.dates, self.commits = list(refs), list(dates), list(commits)
        self.reply_to, self.drop_threading = reply_to, drop_threading
        self.mime, self.cte, self.charset = mime, cte, charset
        self.attachments, self.idstyle, self.has_msgid = list(attachments), idstyle, msgid
        self.extra_headers, self.outlook_thread, self.zone_name = (
            list(extra_headers),
            outlook_thread,
            zone_name,
        )
        self.msgid = None
        self.plain = ""
        self.file = ""

    # new text, used for the label checks
    def new_text(self) -> str:
        return "\n".join(p.text for p in self.parts if p.kind == "new")

    def sig_text(self) -> str:
        return "\n".join(p.text for p in self.parts if p.kind == "sig")

    def local(self) -> dt.datetime:
        return london(self.when)


def quote_block(prev: Msg, style: str) -> str:
    loc = prev.local()
    who = addr_plain(prev.frm)
    body = prev.plain.rstrip("\n")
    if style in ("gmail", "iphone"):
        if style == "gmail":
            head = f"On {loc.strftime('%a')}, {loc.day} {loc.strftime('%b')} {loc.year} at {loc.strftime('%H:%M')}, {who} wrote:"
        else:
            head = f"On {loc.day} {loc.strftime('%b')} {loc.year}, at {loc.strftime('%H:%M')}, {who} wrote:"
        lines = [
            (">" if not ln else "> " + ln) if not ln.startswith(">") else ">" + ln
            for ln in body.split("\n")
        ]
        return (
            head + "\n\n" + "\n".join(lines)
            if style == "iphone"
            else head + "\n" + "\n".join(lines)
        )
    to = "; ".join(addr_plain(p) for p in prev.to)
    cc = "; ".join(addr_plain(p) for p in prev.cc)
    sent = f"{loc.strftime('%A')}, {loc.day} {loc.strftime('%B %Y')} {loc.strftime('%H:%M')}"
    if style == "outlook":
        head = ["________________________________", f"From: {who}", f"Sent: {sent}", f"To: {to}"]
    elif style == "original":
        head = [
            "-----Original Message-----",
            f"From: {who}",
            f"Sent: {loc.day} {loc.strftime('%B %Y %H:%M')}",
            f"To: {to}",
        ]
    elif style == "forward":
        gd = f"{loc.strftime('%a')}, {loc.day} {loc.strftime('%b')} {loc.year} at {loc.strftime('%H:%M')}"
        head = [
            "---------- Forwarded message ---------",
            f"From: {who}",
            f"Date: {gd}",
            f"Subject: {prev.subject}",
            f"To: {to}",
        ]
        if cc:
            head.append(f"Cc: {cc}")
        return "\n".join(head) + "\n\n" + body
    else:
        raise ValueError(style)
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {prev.subject}")
    return "\n".join(head) + "\n\n" + body


def render_plain(m: Msg, by_slug: dict) -> str:
    chunks = []
    for p in m.parts:
        if p.kind == "ref":
            chunks.append(quote_block(by_slug[p.slug], p.style))
        else:
            chunks.append(p.text)
    return "\n\n".join(chunks) + "\n"


def render_html(m: Msg, by_slug: dict) -> str:
    def para(text: str) -> str:
        blocks = re.split(r"\n\s*\n", text)
        return "".join("<p>" + html.escape(b).replace("\n", "<br>\n") + "</p>\n" for b in blocks)

    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        '<body><div style="font-family:Arial,sans-serif;font-size:11pt">',
    ]
    for p in m.parts:
        if p.kind == "new":
            out.append(para(p.text))
        elif p.kind == "sig":
            out.append(
                '<div class="signature" style="color:#555555;font-size:9pt">'
                + para(p.text)
                + "</div>"
            )
        elif p.kind == "quote":
            out.append(
                '<blockquote style="border-left:2px solid #999;padding-left:6px">'
                + para(p.text)
                + "</blockquote>"
            )
        else:
            prev = by_slug[p.slug]
            q = quote_block(prev, p.style)
            if p.style in ("gmail", "iphone"):
                head, _, rest = q.partition("\n")
                rest = "\n".join(
                    ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in rest.split("\n")
                )
                out.append(
                    '<div class="gmail_quote"><div class="gmail_attr">'
                    + html.escape(head)
                    + "</div>"
                    '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                    + para(rest)
                    + "</blockquote></div>"
                )
            else:
                out.append(
                    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                    '<div id="divRplyFwdMsg">' + para(q) + "</div>"
                )
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def encode_body(text: str, charset: str, cte: str) -> tuple[str, str]:
    data = text.encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        b = base64.b64encode(data).decode("ascii")
        return "base64", "\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "7bit":
        data.decode("ascii")
        return "7bit", text
    raise ValueError(cte)


def fake_pdf(name: str) -> bytes:
    body = (
        f"%PDF-1.4\n% {name}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        "trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1", "replace")


def boundary(seed: str, n: int) -> str:
    return f"_{n:03d}_{h(seed + str(n), 24)}_"


def text_part(ctype: str, text: str, charset: str, cte: str) -> str:
    enc, payload = encode_body(text, charset, cte)
    return (
        f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {enc}\n\n{payload}'
    )


def enc_header(value: str) -> str:
    """Encoded-word form for a non-ASCII unstructured header."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def build_raw(m: Msg, by_slug: dict) -> str:
    """Render a message to RFC 5322 text with LF line ends (converted to CRLF on write)."""
    hdrs = []
    hdrs.append(("From", addr(m.frm)))
    hdrs.append(("To", ", ".join(addr(p) for p in m.to)))
    if m.cc:
        hdrs.append(("Cc", ", ".join(addr(p) for p in m.cc)))
    hdrs.append(("Subject", enc_header(m.subject)))
    hdrs.append(("Date", rfc_date(m.when, m.zone_name)))
    if m.msgid:
        hdrs.append(("Message-ID", ("\n " if m.idstyle == "exchange" else "") + m.msgid))
    parent = by_slug[m.reply_to] if m.reply_to else None
    if parent is not None and not m.drop_threading:
        chain = []
        cur = parent
        while cur is not None:
            if cur.msgid:
                chain.insert(0, cur.msgid)
            cur = by_slug[cur.reply_to] if cur.reply_to else None
        if parent.msgid:
            hdrs.append(("In-Reply-To", ("\n " if m.idstyle == "exchange" else "") + parent.msgid))
        if chain:
            hdrs.append(("References", "\n ".join(chain[-6:])))
    if m.outlook_thread:
        core = re.sub(
            r"^((RE|FW|Fwd|Re|Automatic reply|OFFICIAL-SENSITIVE)\s*:\s*)+", "", m.subject
        )
        hdrs.append(("Thread-Topic", enc_header(core)))
        root = m
        while root.reply_to:
            root = by_slug[root.reply_to]
        depth = 0
        cur = m
        while cur.reply_to:
            depth += 1
            cur = by_slug[cur.reply_to]
        raw_idx = (
            hashlib.sha256(root.slug.encode()).digest()[:22]
            + hashlib.sha256(m.slug.encode()).digest()[: 5 * depth]
        )
        idx = base64.b64encode(raw_idx).decode()
        hdrs.append(("Thread-Index", idx))
    hdrs.extend(m.extra_headers)
    hdrs.append(("MIME-Version", "1.0"))

    plain = m.plain
    if m.mime == "plain":
        body = text_part("text/plain", plain, m.charset, m.cte)
    elif m.mime == "html":
        body = text_part("text/html", render_html(m, by_slug), m.charset, m.cte)
    elif m.mime == "alt":
        b = boundary(m.slug, 1)
        body = (
            f'Content-Type: multipart/alternative;\n boundary="{b}"\n\n'
            f"--{b}\n" + text_part("text/plain", plain, m.charset, m.cte) + "\n"
            f"--{b}\n" + text_part("text/html", render_html(m, by_slug), m.charset, m.cte) + "\n"
            f"--{b}--\n"
        )
    else:
        raise ValueError(m.mime)
    if m.attachments:
        b = boundary(m.slug, 2)
        inner = body
        out = [f'Content-Type: multipart/mixed;\n boundary="{b}"\n\n', f"--{b}\n", inner, "\n"]
        for name in m.attachments:
            data = (
                fake_pdf(name)
                if name.endswith(".pdf")
                else ("Invented attachment: " + name + "\n").encode()
            )
            ctype = (
                "application/pdf"
                if name.endswith(".pdf")
                else (
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    if name.endswith(".docx")
                    else "application/octet-stream"
                )
            )
            b64 = base64.b64encode(data).decode()
            b64 = "\n".join(b64[i : i + 76] for i in range(0, len(b64), 76))
            out.append(f"--{b}\n")
            out.append(
                f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
                f"Content-Transfer-Encoding: base64\n\n{b64}\n"
            )
        out.append(f"--{b}--\n")
        body = "".join(out)
    head = "".join(f"{k}:{v}\n" if v.startswith("\n") else f"{k}: {v}\n" for k, v in hdrs)
    return head + body


# --------------------------------------------------------------------------- checks


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def norm_ref(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


def file_text(raw: bytes) -> tuple[email.message.EmailMessage, str]:
    """Parse a written file and return (message, decoded body text: plain part, or HTML stripped)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content()
    if body.get_content_type() == "text/html":
        text = re.sub(r"<br>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return msg, text


def check_date_text(text: str, iso: str) -> list[str]:
    """Compare weekday, day, month and year written in a label text with the ISO date."""
    d = dt.date.fromisoformat(iso)
    errs = []
    low = text.lower()
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", low):
        if (int(m.group(1)), int(m.group(2)), int(m.group(3))) != (d.day, d.month, d.year):
            errs.append(f"numeric date {m.group(0)} != {iso}")
    for i, w in enumerate(WEEKDAYS):
        if re.search(r"\b" + w + r"\b", low) and d.weekday() != i:
            errs.append(f"weekday {w} != {iso}")
    months = re.findall(r"\b" + MONTH_RE + r"\b", low)
    for mo in months:
        idx = next(i for i, full in enumerate(MONTHS) if full.startswith(mo[:3]))
        if idx + 1 != d.month:
            errs.append(f"month {mo} != {iso}")
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"\b", low):
        if int(m.group(1)) != d.day:
            errs.append(f"day {m.group(1)} != {iso}")
    for m in re.finditer(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", low):
        if int(m.group(1)) != d.day:
            errs.append(f"day {m.group(1)} != {iso}")
    for m in re.finditer(r"\b(?:" + "|".join(WEEKDAYS) + r") (\d{1,2})(?:st|nd|rd|th)?\b", low):
        if int(m.group(1)) != d.day:
            errs.append(f"day {m.group(1)} != {iso}")
    for m in re.finditer(r"(?<![/\d])(\d{4})\b", low):
        y = int(m.group(1))
        if 1990 < y < 2100 and y != d.year:
            errs.append(f"year {y} != {iso}")
    return errs
