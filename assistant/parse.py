"""Turn raw message bytes into a ParsedMessage.

mail-parser does the MIME work; this module picks the body the sender wrote
(not the bodies of attached messages), decodes it even when the declared
charset is wrong, and records every oddity as a warning instead of failing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.errors
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message

import mailparser
from mailparser.const import EPILOGUE_DEFECTS

from .htmltext import html_to_text
from .quoteheader import QuoteOrigin, find_quote_origin
from .split import SplitBody, split_body

logging.getLogger("mailparser").setLevel(logging.ERROR)

_MSGID = re.compile(r"<([^<>\s]+)>")
_FALLBACK_CHARSETS = ("utf-8", "windows-1252")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (a compound document)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class ParsedMessage:
    message_id: str | None
    subject: str
    from_name: str
    from_address: str
    to: list[tuple[str, str]]
    cc: list[tuple[str, str]]
    date: dt.datetime | None  # timezone-aware, as written in the Date header
    in_reply_to: list[str]
    references: list[str]
    thread_index: str | None
    thread_topic: str | None
    auto_submitted: bool
    body_format: str  # plain | html | none
    body: SplitBody
    quote_origin: QuoteOrigin | None  # from the body's own quote, not from attached messages
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def recipients(self) -> list[str]:
        return [address for _, address in self.to + self.cc]


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one message; never raises for bad mail, but records warnings."""
    warnings: list[str] = []
    if not raw.strip():
        raise ValueError("the file is empty")
    if raw.startswith(_OLE_MAGIC):
        raise ValueError("this is an Outlook .msg file, not an email; save it from Outlook as .eml")
    msg = _read_mime(raw)
    if not _looks_like_email(msg):
        raise ValueError("this does not look like an email message (no From, Date or Subject)")
    for header in ("Message-ID", "Subject", "From", "Date", "In-Reply-To"):
        if len(msg.get_all(header) or []) > 1:
            warnings.append(f"the {header} header appears more than once; the first one is used")
    for defect in msg.defects:
        warnings.append(f"MIME problem: {type(defect).__name__}")

    from_name, from_address = _first_address(_header(msg, "From", warnings))
    text, html, attachments, quoted_parts = _walk(msg, warnings)
    if text.strip():
        body_format, body_text = "plain", text
    elif html.strip():
        body_format, body_text = "html", html_to_text(html)
    else:
        body_format, body_text = "none", ""
    body = split_body(body_text)
    origin = find_quote_origin(body.quoted_text)
    if quoted_parts:
        body = body.with_extra_quoted("\n\n".join(quoted_parts))
    return ParsedMessage(
        message_id=_first_id(msg.get("Message-ID")),
        subject=_header(msg, "Subject", warnings).strip(),
        from_name=from_name,
        from_address=from_address,
        to=_addresses(_header(msg, "To", warnings)),
        cc=_addresses(_header(msg, "Cc", warnings)),
        date=_date(msg.get("Date"), warnings),
        in_reply_to=_ids(msg.get("In-Reply-To")) or _reported_ids(msg),
        references=_ids(msg.get("References")),
        thread_index=_plain(msg.get("Thread-Index")),
        thread_topic=_header(msg, "Thread-Topic", warnings).strip() or None,
        auto_submitted=_is_automatic(msg),
        body_format=body_format,
        body=body,
        quote_origin=origin,
        attachments=attachments,
        warnings=warnings,
    )


class _MessageOnly(mailparser.MailParser):
    """mail-parser's MIME parse, with its guard against too deeply nested parts, and no more.

    Only ``.message`` is read here. ``MailParser.parse()`` also decodes every
    attachment and reads every header again, which costs more than the MIME
    parse, so it runs only where it can change the outcome:

    * decoding a single-part base64 body notes its damage on the message itself,
      where the MIME warnings are read;
    * recovering the parts lost before a missing start boundary can fail;
    * flattening an attached container (a multipart or message part with a
      Content-Disposition) can nest too deeply.
    """

    def parse(self) -> _MessageOnly:
        msg: Message = self.message
        encoding = str(msg.get("Content-Transfer-Encoding", "")).lower()
        full = not msg.is_multipart() and "base64" in encoding
        # walking the parts, as parse() does, is what fails when they nest too deeply
        for part in msg.walk():
            full = full or (part.is_multipart() and "Content-Disposition" in part)
            full = full or any(type(d).__name__ in EPILOGUE_DEFECTS for d in part.defects)
        if full:
            super().parse()
        return self


def _read_mime(raw: bytes) -> Message:
    """The MIME structure, as ``mailparser.parse_from_bytes(raw).message`` reads it."""
    return _MessageOnly.from_bytes(raw).message


def _looks_like_email(msg: Message) -> bool:
    known = ("from", "date", "subject", "message-id", "to", "received", "mime-version")
    return any(key.lower() in known for key in msg)


def _plain(value: object) -> str | None:
    return str(value).strip() if value is not None else None


def _header(msg: Message, name: str, warnings: list[str]) -> str:
    """Decode a header: encoded-words, and raw 8-bit bytes nobody declared."""
    # The stored value: msg.get() would turn undeclared 8-bit bytes into U+FFFD.
    raw = next((str(v) for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    if raw is None:
        return ""
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        warnings.append(f"the {name} header has undeclared 8-bit characters")
        raw = _decode_bytes(raw.encode("utf-8", "surrogateescape"))[0]
    try:
        decoded = str(make_header(decode_header(raw)))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        warnings.append(f"the {name} header has an unreadable encoded part; read as best we can")
        decoded = _decode_words(raw)
    return " ".join(decoded.split())


def _decode_words(raw: str) -> str:
    """Encoded-words with an unknown charset, read with the fallback charsets."""
    try:
        parts = decode_header(raw)
    except (ValueError, email.errors.HeaderParseError):
        return raw
    return "".join(
        part if isinstance(part, str) else _decode_bytes(part, _known(charset))[0]
        for part, charset in parts
    )


def _known(charset: str | None) -> str | None:
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def _decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, bool]:
    """Decode text with its declared charset, falling back when it is wrong.

    Returns the text and whether a fallback was needed.
    """
    candidates = [declared] if declared else []
    candidates += [c for c in _FALLBACK_CHARSETS if c != declared]
    for index, charset in enumerate(candidates):
        try:
            return data.decode(charset), index > 0
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1"), True


def _walk(msg: Message, warnings: list[str]) -> tuple[str, str, list[Attachment], list[str]]:
    """Collect the sender's own text and HTML, the attachments, and attached messages' text."""
    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    quoted: list[str] = []
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop(0)
        ctype = part.get_content_type()
        filename = _filename(part)
        if part.get_content_maintype() == "message":
            attachments.append(Attachment(filename or "attached message.eml", ctype, _size(part)))
            quoted.append(_attached_message_text(part, warnings))
            continue
        if part.is_multipart():
            stack[0:0] = [p for p in part.get_payload() if isinstance(p, Message)]
            continue
        disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if filename or disposition == "attachment" or ctype not in ("text/plain", "text/html"):
            attachments.append(Attachment(filename or "unnamed", ctype, _size(part)))
            continue
        text = _part_text(part, warnings)
        (htmls if ctype == "text/html" else texts).append(text)
    return "\n".join(texts), "\n".join(htmls), attachments, quoted


def _part_text(part: Message, warnings: list[str]) -> str:
    try:
        data = part.get_payload(decode=True) or b""
    except (ValueError, TypeError):
        warnings.append("a body part could not be decoded")
        data = str(part.get_payload()).encode("utf-8", "replace")
    if part.defects:
        warnings.append("a body part is damaged; what could be read is kept")
    declared = part.get_content_charset()
    if declared in (None, "us-ascii", "ascii"):
        declared = "utf-8" if declared is None else declared
    text, fell_back = _decode_bytes(data, declared)
    if fell_back and declared not in ("us-ascii", "ascii"):
        warnings.append(f"the body is not valid {declared}; it was read as Windows-1252 instead")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _attached_message_text(part: Message, warnings: list[str]) -> str:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return ""
    text, html, _, nested = _walk(inner, warnings)
    body = text if text.strip() else html_to_text(html) if html.strip() else ""
    headers = "\n".join(
        f"{name}: {_header(inner, name, warnings)}"
        for name in ("From", "Date", "Subject")
        if inner.get(name)
    )
    return "\n\n".join(filter(None, [headers, body, *nested]))


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except (LookupError, UnicodeError, ValueError):
        return "unreadable name"
    if name is None:
        return None
    try:
        return " ".join(str(make_header(decode_header(name))).split())
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return name


def _size(part: Message) -> int:
    if part.is_multipart():
        return len(part.as_bytes()) if part.get_content_maintype() == "message" else 0
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError):
        data = None
    if data is None:
        payload = part.get_payload()
        return len(str(payload)) if not isinstance(payload, list) else 0
    return len(data)


def _first_address(value: str) -> tuple[str, str]:
    found = _addresses(value)
    return found[0] if found else ("", "")


def _addresses(value: str) -> list[tuple[str, str]]:
    if not value:
        return []
    pairs = email.utils.getaddresses([value])
    return [(name.strip(), addr.strip().lower()) for name, addr in pairs if "@" in addr]


def _first_id(value: object) -> str | None:
    ids = _ids(value)
    if ids:
        return ids[0]
    text = str(value or "").strip()
    return f"<{text}>" if text and " " not in text else None


def _ids(value: object) -> list[str]:
    """Message-IDs in a header, in order, angle brackets kept, duplicates dropped."""
    seen: dict[str, None] = {}
    for found in _MSGID.findall(str(value or "")):
        if "@" in found or len(found) > 8:
            seen.setdefault(f"<{found}>", None)
    return list(seen)


def _reported_ids(msg: Message) -> list[str]:
    """The message a read receipt or a bounce reports on, for reports that name it only in
    their body: a read receipt's Original-Message-ID, a bounce's returned message."""
    if msg.get("References") or msg.get_content_type() != "multipart/report":
        return []
    for part in msg.walk():
        kind = part.get_content_type()
        blocks = part.get_payload() if kind in _REPORT_PARTS else None
        for block in blocks if isinstance(blocks, list) else []:
            found = _ids(block.get(_REPORT_PARTS[kind]))
            if found:
                return found
    return []


# the report parts that name the reported message, and the field that does
_REPORT_PARTS = {
    "message/disposition-notification": "Original-Message-ID",
    "message/rfc822": "Message-ID",
}


def _date(value: object, warnings: list[str]) -> dt.datetime | None:
    if value is None:
        warnings.append("the message has no Date header")
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        warnings.append(f"the Date header {str(value)[:60]!r} cannot be read")
        return None
    if parsed.tzinfo is None:
        warnings.append("the Date header has no time zone; UTC was assumed")
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def _is_automatic(msg: Message) -> bool:
    auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(msg.get("Precedence", "")).strip().lower()
    return (
        auto not in ("", "no")
        or precedence in ("auto_reply", "bulk", "junk")
        or bool(msg.get("X-Autoreply") or msg.get("X-Autorespond"))
    )
