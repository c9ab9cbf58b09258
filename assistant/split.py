"""Split a plain-text body into new text, quoted history and signature.

Everything downstream (search snippets, dates, commitments) reads only the new
text, so quoted history must never leak into it. Lines are classified one by
one:

* ``>`` lines, and the "On ... wrote:" attribution above them, are quoted;
  non-quoted lines after a ``>`` block are new again (bottom-posting, inline
  replies);
* a desktop-client header block (From:/Sent:/To:/Subject:), an
  "Original Message" or "Forwarded message" separator starts quoted history
  that runs to the end, except a confidentiality disclaimer appended after it;
* in what remains, the sign-off ("Kind regards," and the lines after it),
  a "-- " delimiter, "Sent from my ..." and disclaimer paragraphs are the
  signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTION_END = re.compile(r"(wrote|writes|a écrit|schrieb)\s*:\s*$", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")
_ADDRESS = re.compile(r"<?[\w.+-]+@[\w-]+(\.[\w-]+)+>?")
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_ATTRIBUTION_START = re.compile(r"^\s*(on|le|am)\s+\S", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(original message|forwarded message|message transféré)\s*-{2,}"
    r"|begin forwarded message:|_{10,}|-{10,})\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*\*?(from|sent|date|to|cc|subject|importance)\s*:\*?\s", re.I)
_VALEDICTION = re.compile(
    r"^\s*(kind(est)? regards|best regards|warm(est)? regards|regards|best wishes|"
    r"many thanks|thanks( again| very much)?|thank you|with thanks|yours (sincerely|faithfully|"
    r"truly)|sincerely|best|cheers|all the best|take care|love|speak soon)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_MOBILE = re.compile(r"^\s*(sent from my|get outlook for|sent from outlook|sent via)\b", re.I)
_DISCLAIMER_CUES = (
    "confidential",
    "intended recipient",
    "intended solely",
    "received this email in error",
    "received this e-mail in error",
    "virus",
    "privacy notice",
    "think before you print",
    "views expressed",
    "do not necessarily represent",
    "monitored",
    "legally privileged",
    "unauthorised",
    "this email has been scanned",
)
_MAX_SIGNATURE_LINES = 14
_RULE_LINE = re.compile(r"^\s*([-_*=~])\1{2,}\s*$")  # "---", "_____", "***" alone on a line


@dataclass(frozen=True)
class SplitBody:
    new_text: str
    quoted_text: str
    signature: str

    def with_extra_quoted(self, extra: str) -> SplitBody:
        quoted = "\n\n".join(filter(None, [self.quoted_text, extra]))
        return SplitBody(self.new_text, quoted, self.signature)


def split_body(text: str) -> SplitBody:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kinds = _classify(lines)
    _mark_signature(lines, kinds)
    return SplitBody(
        new_text=_join(lines, kinds, "new"),
        quoted_text=_join(lines, kinds, "quoted"),
        signature=_join(lines, kinds, "signature"),
    )


def _join(lines: list[str], kinds: list[str], kind: str) -> str:
    picked = [line.rstrip() for line, k in zip(lines, kinds, strict=True) if k == kind]
    text = "\n".join(picked)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


def _classify(lines: list[str]) -> list[str]:
    kinds = ["new"] * len(lines)
    block_start = _header_block_start(lines)
    if block_start is not None:
        end = _trailing_disclaimer_start(lines, block_start)
        for i in range(block_start, end):
            kinds[i] = "quoted"
        for i in range(end, len(lines)):
            kinds[i] = "signature"
    for i, line in enumerate(lines[: block_start if block_start is not None else len(lines)]):
        if line.lstrip().startswith(">"):
            kinds[i] = "quoted"
    _mark_attributions(lines, kinds)
    return kinds


def _header_block_start(lines: list[str]) -> int | None:
    """First line of an Outlook-style header block or a forward/original separator."""
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if _SEPARATOR.match(line):
            following = [x for x in lines[i + 1 : i + 8] if x.strip()]
            if not line.strip().startswith(("_", "-" * 10)) or _is_header_block(following):
                return i
        is_from = _HEADER_LINE.match(line) and line.lower().lstrip("* ").startswith("from")
        if is_from and _is_header_block(lines[i : i + 8]):
            previous = i - 1
            while previous >= 0 and not lines[previous].strip():
                previous -= 1
            if previous >= 0 and _SEPARATOR.match(lines[previous]):
                return previous
            return i
    return None


def _is_header_block(lines: list[str]) -> bool:
    names = {m.group(1).lower() for line in lines if (m := _HEADER_LINE.match(line))}
    return "from" in names and bool(names & {"sent", "date"}) and bool(names & {"to", "subject"})


def _trailing_disclaimer_start(lines: list[str], block_start: int) -> int:
    """A disclaimer appended after the quoted thread (an Exchange transport rule)."""
    end = len(lines)
    while end > block_start and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > block_start:
        paragraph_start = start - 1
        while paragraph_start > block_start and lines[paragraph_start - 1].strip():
            paragraph_start -= 1
        block = lines[paragraph_start:start]
        paragraph = " ".join(block).lower()
        quoted = any(line.lstrip().startswith(">") or _ends_attribution(line) for line in block)
        if quoted or not any(cue in paragraph for cue in _DISCLAIMER_CUES):
            break
        start = paragraph_start
        while start > block_start and not lines[start - 1].strip():
            start -= 1
    return start if start < end else len(lines)


def _mark_attributions(lines: list[str], kinds: list[str]) -> None:
    """'On <date>, <name> wrote:' (possibly wrapped over 2-3 lines) above a quote, and
    the same in any language: an address and a time, ending in a colon, above a quote."""
    for i, line in enumerate(lines):
        if kinds[i] != "new":
            continue
        if not _ends_attribution(line):
            start = _foreign_attribution_start(lines, kinds, i)
            for j in range(i + 1 if start is None else start, i + 1):
                kinds[j] = "quoted"
            continue
        start = i
        for back in range(i, max(i - 3, -1), -1):
            if _ATTRIBUTION_START.match(lines[back]):
                start = back
                break
        else:
            if not _next_is_quote(lines, kinds, i):
                continue
        for j in range(start, i + 1):
            kinds[j] = "quoted"


def _ends_attribution(line: str) -> bool:
    """ "... wrote:" (searching only lines with a colon: most have none, and the search is slow)."""
    return ":" in line and _ATTRIBUTION_END.search(line) is not None


def _foreign_attribution_start(lines: list[str], kinds: list[str], i: int) -> int | None:
    """The first line of an attribution in another language ending at line ``i``
    ("Wiadomość napisana przez X <x@y> w dniu 12.01.2028, o godz. 11:30:")."""
    if not lines[i].rstrip().endswith(":") or not _next_is_quote(lines, kinds, i):
        return None
    start = i
    while start > max(i - 2, 0) and lines[start - 1].strip() and kinds[start - 1] == "new":
        start -= 1
    text = " ".join(lines[start : i + 1])
    return start if _ADDRESS.search(text) and _CLOCK_TIME.search(text) else None


def _next_is_quote(lines: list[str], kinds: list[str], i: int) -> bool:
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].strip():
            return kinds[j] == "quoted"
    return False


def _mark_signature(lines: list[str], kinds: list[str]) -> None:
    """Within each run of new lines, find where the sign-off or disclaimer starts."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if kinds[i] != "new":
            i += 1
            continue
        j = i
        while j < len(lines) and kinds[j] == "new":
            j += 1
        runs.append((i, j))
        i = j
    for start, end in runs:
        cut = _signature_start(lines, start, end)
        for k in range(cut, end):
            if kinds[k] == "new":
                kinds[k] = "signature"


def _signature_start(lines: list[str], start: int, end: int) -> int:
    cut = end
    for i in range(start, end):
        stripped = lines[i].strip()
        if stripped == "--" or lines[i].rstrip("\n") == "-- " or _MOBILE.match(lines[i]):
            cut = min(cut, i)
            break
    cut = min(cut, _disclaimer_start(lines, start, cut))
    for i in range(cut - 1, start - 1, -1):
        if _VALEDICTION.match(lines[i]):
            tail = [x for x in lines[i + 1 : cut] if x.strip()]
            if len(tail) <= _MAX_SIGNATURE_LINES and all(len(x) < 100 for x in tail):
                note = _note_after_letter(lines, i + 1, cut)
                return i + 1 if note is None else _signature_start(lines, note, end)
            break
    return cut


def _note_after_letter(lines: list[str], start: int, end: int) -> int | None:
    """Where a note starts after a pasted letter's sign-off and a separator line
    ("Yours sincerely / Name / --- / A paper copy will follow by post.")."""
    for i in range(start, end):
        if _RULE_LINE.match(lines[i]):
            if any(line.strip() for line in lines[i + 1 : end]):
                return i + 1
            return None
    return None


def _disclaimer_start(lines: list[str], start: int, end: int) -> int:
    """First paragraph from the end backwards that reads as a legal footer."""
    cut = end
    i = end
    while i > start:
        while i > start and not lines[i - 1].strip():
            i -= 1
        paragraph_end = i
        while i > start and lines[i - 1].strip():
            i -= 1
        paragraph = " ".join(lines[i:paragraph_end]).lower()
        hits = sum(cue in paragraph for cue in _DISCLAIMER_CUES)
        if hits >= 2 or (hits == 1 and len(paragraph) > 150 and "email" in paragraph):
            cut = i
        elif paragraph.strip():
            break
    return cut
