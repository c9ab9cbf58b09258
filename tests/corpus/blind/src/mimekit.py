"""MIME helpers for the blind corpus (stdlib only, deterministic).

Adapted from the held-out corpus generator.

Nothing here uses the clock or a random generator: every Message-ID, boundary,
Thread-Index and queue id is derived from a SHA-256 of the message key.
"""

import base64
import datetime as dt
import hashlib
import html
import quopri
import re
import textwrap
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import formataddr

OWNER_MX = "mx1.example.org"


# --------------------------------------------------------------------------- time


def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def london_offset(local):
    """UTC offset (hours) in Europe/London for a naive *local* datetime."""
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(1, 0))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(2, 0))
    return 1 if start <= local < end else 0


def utc_to_london(utc):
    start = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1, 0))
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1, 0))
    return utc + dt.timedelta(hours=1 if start <= utc < end else 0)


def rfc_date(when, offset_hours, zone_text=None):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    z = zone_text or f"+{offset_hours:02d}00"
    return (
        f"{days[when.weekday()]}, {when.day} {months[when.month - 1]} {when.year} "
        f"{when.hour:02d}:{when.minute:02d}:{when.second:02d} {z}"
    )


# --------------------------------------------------------------------------- ids


def h(key, n=64):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def hbytes(key, n):
    return hashlib.sha256(key.encode("utf-8")).digest()[:n]


def message_id(key, style, domain):
    x = h(key).upper()
    if style == "exchange":  # Exchange Online, council / NHSmail / trust tenants
        return f"<CWLP123MB{x[:4]}{x[4:36]}@CWLP123MB{x[36:40]}.GBRP123.PROD.OUTLOOK.COM>"
    if style == "exchange-eu":
        return f"<AM6PR02MB{x[:36]}@AM6PR02MB{x[36:40]}.eurprd02.prod.outlook.com>"
    if style == "webmail":  # the owner's provider (Gmail-like)
        b = base64.b64encode(hbytes(key, 33)).decode().replace("/", "_").replace("=", "")
        return f"<CAH{b}@mail.example.org>"
    if style == "apple":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"
    if style == "thunderbird":
        y = x.lower()
        return f"<{y[:8]}-{y[8:12]}-{y[12:16]}-{y[16:20]}-{y[20:32]}@{domain}>"
    if style == "system":
        return f"<{int(x[:8], 16)}.{x[8:24].lower()}@{domain}>"
    raise ValueError(style)


def thread_index(key, parent_index=None):
    """Outlook Thread-Index: 22 bytes for a new conversation, +5 bytes per reply."""
    if parent_index is None:
        raw = b"\x01" + hbytes("ti:" + key, 21)
    else:
        raw = base64.b64decode(parent_index) + hbytes("ti-child:" + key, 5)
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------- headers


def fold(name, value, width=78):
    """Fold an ASCII header value at spaces (RFC 5322 folding white space)."""
    line = f"{name}: {value}"
    if len(line) <= width:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\n".join(out)


def enc_subject(subject, how):
    if all(ord(c) < 128 for c in subject):
        return fold("Subject", subject)
    cs = Charset("utf-8")
    cs.header_encoding = QP if how == "q" else BASE64
    return "Subject: " + Header(subject, cs, header_name="Subject").encode(maxlinelen=76)


def addr(person):
    if all(ord(c) < 128 for c in person.name):
        return formataddr((person.name, person.addr))
    return formataddr((person.name, person.addr), charset="utf-8")


def addr_list(people):
    return ", ".join(addr(p) for p in people)


# --------------------------------------------------------------------------- bodies


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte in ("7bit", "8bit"):
        return data.decode(charset)
    raise ValueError(cte)


CTE_NAME = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit", "8bit": "8bit"}


BULLET = r"^\s*([-\u2022*]|\d+\.)\s"
BLOCKQUOTE = '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'


def text_to_html(text, style):
    """A plausible HTML rendering of the plain text (paragraphs, lists, quotes)."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(re.sub(r"^> ?", "", line) for line in lines)
            out.append(f"{BLOCKQUOTE}{text_to_html(inner, style)}</blockquote>")
        elif all(re.match(BULLET, line) for line in lines):
            items = "".join(
                "<li>{}</li>".format(html.escape(re.sub(BULLET + "+", "", line), quote=False))
                for line in lines
            )
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(
                "<p>{}</p>".format("<br>\n".join(html.escape(line, quote=False) for line in lines))
            )
    body = "\n".join(out)
    if style == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;"
            'font-family:"Aptos",sans-serif;}</style>\n'
            '</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D">\n'
            '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n"
        )
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif">\n' + body + "\n</body></html>\n"
    )


def wrap_paragraphs(text, width):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(re.match(BULLET, line) for line in lines) or len(lines) > 1:
            out.append(
                "\n".join(
                    textwrap.fill(
                        line,
                        width,
                        break_on_hyphens=False,
                        subsequent_indent="  " if re.match(BULLET, line) else "",
                    )
                    if len(line) > width
                    else line
                    for line in lines
                )
            )
        else:
            out.append(textwrap.fill(para, width, break_on_hyphens=False))
    return "\n\n".join(out)


def fake_pdf(title):
    body = (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        f"3 0 obj\n<< /Title ({title}) /Producer (Microsoft Word for Microsoft 365) >>\nendobj\n"
        "trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1")


def fake_docx(title):
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + hashlib.sha256(title.encode()).digest() * 8


def fake_jpeg(title):
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + hashlib.sha256(title.encode()).digest() * 12
        + b"\xff\xd9"
    )


ATTACH_TYPES = {
    "pdf": ("application/pdf", fake_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fake_docx),
    "jpg": ("image/jpeg", fake_jpeg),
}


def attachment_part(filename):
    ext = filename.rsplit(".", 1)[1].lower()
    ctype, maker = ATTACH_TYPES[ext]
    data = base64.encodebytes(maker(filename)).decode("ascii").rstrip("\n")
    return (
        f'Content-Type: {ctype}; name="{filename}"\nContent-Description: {filename}\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{data}"
    )
