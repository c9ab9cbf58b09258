"""LA and statutory reference numbers in the new text, the subject and the signature.

Token patterns (``references/candidates.jsonl``) find number-like spans,
however the tokenizer cut them (``EHC / 2025 / 00417``, ``EH 925/25/00031``,
``cf-2025`` ``-`` ``1187``); a code written without spaces (``ab-sen-004417``,
``EHCP/KL/2026/0042``) is also read whole, and the whole wins over its pieces
when both pass. Each candidate is then upper-cased with its white space removed
and judged against the shapes in ``references/shapes.json``:
some shapes are references on their own (``EHC/...``, tribunal numbers),
others only right after a cue such as "our ref" or in a message that mentions
the Ombudsman (``references/cues.json``). A number right after an order,
booking, NHS or phone cue is never a reference.

This component reports what it finds even in mail that is not about SEN; the
category component clears the references of ``not_send`` messages, because
the labelling conventions give such messages none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .context import MessageContext
from .phrases import case_patterns
from .tokens import doc_text, doc_tokens

_SEPARATORS = {"/", "-", "–", ":", ".", "#"}
_SUFFIX = re.compile(r"^(?=.*[A-Z])[A-Z0-9]{2,4}$")  # officer initials, check characters
_QUOTE_START = re.compile(
    r"^\s*(>|On\s.+(wrote:?|<)\s*$|(From|Sent):\s|-{3,}\s*(Original|Forwarded))", re.MULTILINE
)
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+(?:[\s/.:-]+\d+)*")
_WINDOW = 4  # tokens either side of a run of digits: prefixes, separators, initials
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


@dataclass(frozen=True)
class _Shape:
    name: str
    pattern: re.Pattern[str]
    needs: str  # none | cue | ombudsman


@dataclass(frozen=True)
class _Candidate:
    text: str  # upper-cased, white space removed
    cued: bool  # a reference cue comes right before it (or was glued to it)
    refused: bool  # an order / phone / NHS ... cue comes right before it
    where: tuple[int, int, int]  # (part, start, end): which text and which characters

    def inside(self, other: _Candidate) -> bool:
        """Strictly within `other`: a piece of a longer code that was also read whole."""
        part, start, end = self.where
        o_part, o_start, o_end = other.where
        return part == o_part and o_start <= start and end <= o_end and self.where != other.where


class ReferenceFinder:
    """Finds reference numbers; built once per pipeline from the data folder."""

    def __init__(self, nlp: Language, folder: Path) -> None:
        self.make_doc = nlp.make_doc
        self.matcher = Matcher(nlp.vocab)
        for line in (folder / "candidates.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                self.matcher.add(entry["label"], [entry["pattern"]], greedy="LONGEST")
        cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label in ("reference", "not_reference"):
            self.cues.add(label, [d for c in cues[label] for d in case_patterns(nlp.make_doc, c)])
        ombudsman = "|".join(re.escape(phrase) for phrase in cues["ombudsman"])
        self.ombudsman = re.compile(rf"\b({ombudsman})\b", re.IGNORECASE)
        self.fillers = set(cues["fillers"])
        attached = "|".join(re.escape(word.upper()) for word in cues["attached"])
        # "REF12345", "No.123456", and "ID:REQ0012345" (a code of its own after the colon)
        self.attached = re.compile(rf"^({attached})([.:#](?=[A-Z]{{0,6}}[-/]?\d)|(?=\d))")
        shapes = json.loads((folder / "shapes.json").read_text(encoding="utf-8"))
        prefixes = "|".join(re.escape(p) for p in shapes["case_prefixes"])
        self.exclude = [re.compile(e["regex"]) for e in shapes["exclude"]]
        self.shapes = [
            _Shape(s["name"], re.compile(s["regex"].replace("{prefixes}", prefixes)), s["needs"])
            for s in shapes["shapes"]
        ]

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.context
        texts = [context.subject, _without_quote(context.signature)] if context else []
        body = doc_text(doc)
        if not any(_has_digit(text) for text in [body, *texts]):
            doc._.references = []
            return doc
        parts = [(doc, body, False)]
        parts += [
            (self.make_doc(text), text, i == 0) for i, text in enumerate(texts) if _has_digit(text)
        ]
        candidates = [
            found
            for i, (part, text, is_subject) in enumerate(parts)
            for found in self._candidates(part, text, i, is_subject)
        ]
        # searched for only when a candidate has an Ombudsman shape: the search is slow
        ombudsman = cache(lambda: any(self.ombudsman.search(t) for t in [body, *texts]))
        known = _configured(context)
        accepted = [
            c for c in candidates if self._accept(c, _NOT_ALNUM.sub("", c.text), known, ombudsman)
        ]
        references: dict[str, str] = {}
        for candidate in accepted:
            key = _NOT_ALNUM.sub("", candidate.text)
            if key not in references and not any(candidate.inside(o) for o in accepted):
                references[key] = candidate.text
        doc._.references = list(references.values())
        return doc

    def _candidates(self, doc: Doc, source: str, part: int, is_subject: bool) -> list[_Candidate]:
        """Number-like spans of one text; a code written without spaces is also read whole.

        In the subject a code in square brackets counts as cued: case-management systems
        tag their subjects so ("RE: Request for assessment [SENQ-884213]")."""
        matches = [
            span
            for window in _digit_windows(doc, source)
            for span in self.matcher(window, as_spans=True)
        ]
        spans = sorted(
            filter_spans(s for s in matches if s.label_ != "code")
            + filter_spans(s for s in matches if s.label_ == "code"),
            key=lambda s: s.start,
        )
        cue_ends: dict[int, set[str]] = {}
        for match_id, _, end in self.cues(doc) if spans else ():
            cue_ends.setdefault(end, set()).add(doc.vocab.strings[match_id])
        found = []
        for span in spans:
            span = _extended(_trimmed(span))
            if not len(span):
                continue
            cue = self._cue_before(doc, span.start, cue_ends)
            text = "".join(span.text.split()).upper()
            glued = self.attached.match(text)
            if glued:
                text = text[glued.end() :]
                # "Meeting ID: 318 ...": a cue ending in the glued word counts too
                labels = cue_ends.get(span.start + 1, set())
                if labels:
                    cue = "refused" if "not_reference" in labels else "reference"
            where = (part, span.start_char, span.end_char)
            tagged = is_subject and _in_brackets(source, span)
            cued = (bool(glued) and cue != "refused") or cue == "reference" or tagged
            found.append(_Candidate(text, cued, cue == "refused", where))
        return found

    def _cue_before(self, doc: Doc, start: int, cue_ends: dict[int, set[str]]) -> str | None:
        """The cue just before ``start``, skipping a few filler words (``Our ref no.:``)."""
        position = start
        for _ in range(5):
            labels = cue_ends.get(position)
            if labels:
                return "refused" if "not_reference" in labels else "reference"
            if position == 0 or doc[position - 1].lower_ not in self.fillers:
                return None
            position -= 1
        return None

    def _accept(
        self, candidate: _Candidate, key: str, known: dict[str, str], ombudsman: Callable[[], bool]
    ) -> bool:
        """Whether a candidate is a reference; ``ombudsman()``: the message mentions one."""
        text = candidate.text
        if candidate.refused or any(p.match(text) for p in self.exclude):
            return False
        if _is_configured(key, known):
            return True
        satisfied = {"none": lambda: True, "cue": lambda: candidate.cued, "ombudsman": ombudsman}
        return any(s.pattern.match(text) and satisfied[s.needs]() for s in self.shapes)


def _in_brackets(source: str, span: Span) -> bool:
    before = source[: span.start_char].rstrip()
    after = source[span.end_char :].lstrip()
    return before.endswith("[") and after.startswith("]")


def _digit_windows(doc: Doc, text: str) -> list[Span]:
    """Stretches of tokens around the digits: the only places a reference can be.

    Matching these instead of the whole message keeps the token matcher off
    the (usually many) tokens that cannot start a reference.
    """
    if not _has_digit(text):
        return []
    runs = [(match.start(), match.end() - 1) for match in _DIGIT_RUN.finditer(text)]
    # the tokens holding each run's first and last digit
    tokens = numpy.searchsorted(doc_tokens(doc).idx, runs, side="right") - 1
    windows: list[tuple[int, int]] = []
    for first, last in tokens.tolist():
        start, end = max(first - _WINDOW, 0), min(last + 1 + _WINDOW, len(doc))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return [doc[start:end] for start, end in windows]


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (``\\d``): on ASCII text, plain substring tests are faster."""
    if text.isascii():
        return any(digit in text for digit in "0123456789")
    return _DIGIT.search(text) is not None


def _extended(span: Span) -> Span:
    """Take in glued suffixes such as officer initials (``123456/JW``)."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end].text in {"/", "-"}
        and _SUFFIX.match(doc[end + 1].text)
    ):
        end += 2
    return doc[span.start : end]


def _trimmed(span: Span) -> Span:
    end = span.end
    while end > span.start and span.doc[end - 1].text in _SEPARATORS:
        end -= 1
    return span.doc[span.start : end]


def _without_quote(signature: str) -> str:
    """The signature up to any quoted history that was left attached to it."""
    match = _QUOTE_START.search(signature)
    return signature[: match.start()] if match else signature


def _letters(key: str) -> str:
    """The leading letters of a reference key (``EHC`` for ``EHC202500417``)."""
    return key[: len(key) - len(key.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]


def _configured(context: MessageContext | None) -> dict[str, str]:
    """The children's configured LA references: letter prefix -> key."""
    known: dict[str, str] = {}
    for child in context.children if context else ():
        if child.la_reference:
            key = _NOT_ALNUM.sub("", child.la_reference.upper())
            known[_letters(key) or key] = key
    return known


def _is_configured(key: str, known: dict[str, str]) -> bool:
    """A configured reference, or one in the same council format (same letters, 4+ digits)."""
    letters = _letters(key)
    if key in known.values():
        return True
    return len(letters) >= 2 and letters in known and len(key) - len(letters) >= 4


@Language.factory("assistant_references", default_config={"data_dir": ""})
def make_references(nlp: Language, name: str, data_dir: str) -> ReferenceFinder:
    return ReferenceFinder(nlp, Path(data_dir) / "references")
