"""Who and when a reply quotes, read from its quoted history.

Outlook writes "From: ... Sent: 14 January 2025 21:47 ... Subject: ..." above
the quote, Gmail and Apple Mail "On <date>, <name> wrote:". When a client drops
In-Reply-To and References, this is the best evidence left of the parent.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

import dateparser

_FIELD = re.compile(r"^\s*\*?(from|sent|date|subject)\s*:\*?\s*(.*)$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^\s*on\s+(?P<date>.+?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*,?\s+(?P<who>.+?)\s+wrote:",
    re.IGNORECASE | re.DOTALL,
)
_WEEKDAY = re.compile(r"^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[, ]", re.IGNORECASE)
# Outlook ("14 January 2025 21:47", "Tuesday, January 14, 2025 9:47 PM"), Gmail
# ("Tue, 14 Jan 2025 at 21:47"), Apple ("14 Jan 2025, at 21:47") and numeric UK forms.
_FORMATS = (
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d %Y %I:%M %p",
    "%b %d %Y %I:%M %p",
    "%d %B %Y %I:%M %p",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d %b %Y %H:%M:%S",
)
_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class QuoteOrigin:
    sender: str  # an address when one is written, else the display name (lower case)
    sent: dt.datetime  # naive, in the sender's local time as written
    subject: str | None = None


def find_quote_origin(quoted_text: str) -> QuoteOrigin | None:
    """The first quoted message's sender and time, if the quote says them."""
    head = quoted_text[:2000]
    return _outlook_block(head) or _attribution(head)


def _outlook_block(text: str) -> QuoteOrigin | None:
    fields: dict[str, str] = {}
    for line in text.splitlines()[:12]:
        match = _FIELD.match(line)
        if match:
            fields.setdefault(match.group(1).lower(), match.group(2).strip())
    when = fields.get("sent") or fields.get("date")
    if "from" not in fields or not when:
        return None
    sent = _when(when)
    if sent is None:
        return None
    return QuoteOrigin(_who(fields["from"]), sent, fields.get("subject"))


def _attribution(text: str) -> QuoteOrigin | None:
    lines = [line.lstrip("> ").strip() for line in text.splitlines()[:6]]
    match = _ATTRIBUTION.search(" ".join(lines))
    if not match:
        return None
    sent = _when(match.group("date").replace(" at ", " "))
    return QuoteOrigin(_who(match.group("who")), sent) if sent else None


def _who(value: str) -> str:
    name, address = email.utils.parseaddr(value.replace("[mailto:", "<").replace("]", ">"))
    return (address if "@" in address else name or value).strip().lower()


def _when(value: str) -> dt.datetime | None:
    """Parse a quoted send time; the common client formats first, dateparser for the rest."""
    parsed = _common_format(value) or dateparser.parse(value, languages=["en"], settings=_SETTINGS)
    return parsed.replace(tzinfo=None, second=0, microsecond=0) if parsed else None


def _common_format(value: str) -> dt.datetime | None:
    text = _WEEKDAY.sub("", value.replace(" at ", " ").replace(",", " "))
    text = " ".join(text.split())
    for pattern in _FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
