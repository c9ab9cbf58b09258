"""Calendar dates in a message's new text, resolved to ISO dates with a role.

A Matcher finds date expressions (patterns in ``dates/patterns.jsonl``) and a
PhraseMatcher the today-relative words (``dates/cues.json``). Each mention is
resolved against the message's local date (``context.today``): missing years
go to the nearest such date (the past one for records: "your letter of 3 May"),
bare weekdays to the next one (the last one when the sentence is about the
past), "w/c" windows to their Monday, "the end of next week" to its Friday,
"a week on Monday" to the Monday after the coming one, durations with a known
start ("within 10 working days of the date of this letter") to their last day,
"the day before the hearing" to a day counted from the message's one meeting.
When the text is a letter that states its own date, "this letter" counts from
that date. The role comes from the mention's own clause, then its sentence:
past, a "by" deadline, a meeting, a bookkeeping date, a promised action, or
other.

Every mention is kept in ``doc.spans["dates"]`` with ``span._.date`` and
``span._.date_role``; ``doc._.dates`` lists each calendar date once.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..clock.calendar import BankHolidays, WorkingCalendar, add_months
from ..names import given_names
from .anchors import AnchorIndex, merged, overlaps
from .context import FoundDate, MessageContext
from .phrases import case_patterns
from .tokens import doc_text, doc_tokens

SPAN_KEY = "dates"
ROLE_PRIORITY = ("past", "meeting", "deadline", "other")
_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$")
_CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
_CLOCK_BARE = re.compile(r"^\d{1,2}[.:]\d{2}$")
_AFTER_BARE_HOUR = frozenset({"at", "on", "in", "please", "for", "with", "and", "or", "then", "if"})
_PREFILTER = re.compile(
    r"\d+|day|tomorrow|tmr|tomoz|tonight|night|morning|afternoon|evening|month|week|w/c|"
    + "|".join(name[:3] for name in [*calendar.month_name[1:], *calendar.day_name]),
    re.IGNORECASE,
)
_WINDOW = 8  # tokens either side of a date word: longer than any date pattern
_AFTER_PENALTY = 3  # tokens added to the distance of a tense marker after the date
_TENSE_OVERRIDE_DAYS = 90  # a year-less date this far off may follow the tense instead
_PREPOSITION_LED = frozenset({"ORDINAL_BARE", "NUMERIC_SHORT"})
# "13th is fine for me", "28th at 3.30 works": the ordinal alone is the date, the rest licenses it
_VERB_LED = frozenset({"ORDINAL_SUBJECT"})
_DATE_LABEL = re.compile(r"^dated?\s*:?\s*", re.IGNORECASE)
_TIME_LABEL = re.compile(r"^\s*time\s*:", re.IGNORECASE)
_LETTER_OPENING = re.compile(r"^\s*(dear|re:|our ref|your ref)", re.IGNORECASE | re.MULTILINE)
_HAS_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d")


def _names(full: Iterable[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Full lower-case names and their three-or-more-letter prefixes, to an index."""
    names = {name.lower(): i for i, name in enumerate(full)}
    prefixes = {name[:n]: i for name, i in names.items() for n in range(3, len(name))}
    return names, prefixes


_MONTHS, _MONTH_PREFIXES = _names(calendar.month_name[1:])
_WEEKDAYS, _WEEKDAY_PREFIXES = _names(calendar.day_name)
_WEEKDAY_PREFIXES["weds"] = 2  # "Weds 14th" is no prefix of Wednesday
# Abbreviations that mean nothing else, so count in lower case too ("fri 26th", "13th oct"):
# not "sat", "sun" or "wed", "mar" or "may"
_LOWER_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
}
_LOWER_MONTHS = {
    name: _MONTH_PREFIXES[name]
    for name in ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
}


def _month(token: Token) -> int:
    """Month number (1-12) of a month name or abbreviation, else 0.

    Lower-case "may" is the verb; abbreviations must be capitalised ("Sept").
    """
    text = token.text.rstrip(".")
    low = text.lower()
    if low == "may":
        return 5 if text[0] == "M" else 0
    if low in _MONTHS:
        return _MONTHS[low] + 1
    if low in _MONTH_PREFIXES and text[:1].isupper():
        return _MONTH_PREFIXES[low] + 1
    return _LOWER_MONTHS[low] + 1 if low in _LOWER_MONTHS else 0


def _weekday(token: Token) -> int:
    """Weekday number (Monday 0) of a weekday name or capitalised abbreviation, else -1."""
    text = token.text.rstrip(".")
    low = text.lower()
    if low in _WEEKDAYS:
        return _WEEKDAYS[low]
    if low in _WEEKDAY_PREFIXES and text[:1].isupper():
        return _WEEKDAY_PREFIXES[low]
    return _LOWER_WEEKDAYS.get(low, -1)


def _is_ordinal(token: Token) -> bool:
    return _day(token) > 0 and not token.text.isdigit()


def _day(token: Token) -> int:
    match = _DAY.match(token.text)
    if not match:
        return 0
    value = int(match.group(1))
    return value if 1 <= value <= 31 else 0


def _year(token: Token) -> int:
    return int(token.text) if _YEAR.match(token.text) else 0


def _surface_forms(
    names: dict[str, int], prefixes: dict[str, int], lower: dict[str, int], skip: str = ""
) -> list[str]:
    """How month or weekday names are written: any case in full, capitalised if short,
    and the unambiguous abbreviations in lower case too."""
    forms = [f for n in names for f in (n, n.title(), n.upper()) if f != skip]
    forms += [f for p in prefixes for f in (p.title(), p.upper(), p.title() + ".")]
    forms += [f for p in lower for f in (p, p + ".")]
    return forms


def _macros(cues: Cues) -> dict[str, dict]:
    """Token predicates that ``{"$": NAME}`` stands for in patterns.jsonl.

    Day numbers and years are listed rather than matched by regex: set lookups
    keep the Matcher fast.
    """
    days = [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)]
    ordinals = [d + suffix for d in days for suffix in ("st", "nd", "rd", "th")]
    return {
        "MONTH": {"TEXT": {"IN": _surface_forms(_MONTHS, _MONTH_PREFIXES, _LOWER_MONTHS, "may")}},
        "WEEKDAY": {"TEXT": {"IN": _surface_forms(_WEEKDAYS, _WEEKDAY_PREFIXES, _LOWER_WEEKDAYS)}},
        # alone, a weekday is written in full or as an abbreviation that means nothing else
        "WEEKDAY_FULL": {
            "TEXT": {
                "IN": [
                    *(f for n in _WEEKDAYS for f in (n, n.title(), n.upper())),
                    *(f for n in _LOWER_WEEKDAYS for f in (n, n.title())),
                    "Wed",
                    "Sat",
                ]
            }
        },
        "DAY": {"LOWER": {"IN": days + ordinals}},
        "ORDINAL": {"LOWER": {"IN": ordinals}},
        "YEAR": {"ORTH": {"IN": [str(y) for y in range(1900, 2100)]}},
        "NUMERIC": {"TEXT": {"REGEX": _NUMERIC.pattern}},
        "EVENT": {"LOWER": {"IN": sorted(cues.event_nouns)}},
        "DETERMINER": {"LOWER": {"IN": sorted(cues.adjective_determiners)}},
    }


def _expand(pattern: list[dict], macros: dict[str, dict]) -> list[dict]:
    expanded = []
    for token in pattern:
        token = dict(token)
        name = token.pop("$", None)
        if name is not None:
            token.update(macros[name])
        expanded.append(token)
    return expanded


def register_extensions() -> None:
    """The Span attributes of found dates (``doc.spans["dates"]``)."""
    for name in ("date", "date_role"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


@cache
def _working_calendar() -> WorkingCalendar:
    return WorkingCalendar([BankHolidays("england_wales")])


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The `count`-th England and Wales working day after `day`."""
    return _working_calendar().add_working_days(day, count)


@dataclass
class Mention:
    """One date expression in the text, resolved."""

    span: Span
    date: dt.date
    kind: str  # explicit | relative | weekday | window | duration
    role: str = "other"


class Cues:
    """The editable word lists of ``dates/cues.json``."""

    def __init__(self, raw: dict) -> None:
        self.relative_days: dict[str, int] = raw["relative_days"]
        self.deadline_before = [p.split() for p in raw["deadline_before_phrases"]]
        self.other_before = [p.split() for p in raw["other_before_phrases"]]
        self.receipt_before = [p.split() for p in raw["receipt_before_phrases"]]
        self.receipt_fields = frozenset(raw["receipt_fields"])
        self.until = [p.split() for p in raw["until_phrases"]]
        self.past_reporting_verbs = frozenset(raw["past_reporting_verbs"])
        self.list_marks = frozenset(raw["list_marks"])
        self.request_phrases = [p.split() for p in raw["request_phrases"]]
        self.meeting_words = frozenset(raw["meeting_words"])
        self.meeting_phrases = [p.split() for p in raw["meeting_phrases"]]
        self.meeting_exclusions = [p.split() for p in raw["meeting_exclusion_phrases"]]
        self.deadline_words = frozenset(raw["deadline_words"])
        self.deadline_phrases = [p.split() for p in raw["deadline_phrases"]]
        # Calling or ringing on a day is a call (a meeting), not a deadline.
        self.action_verbs = frozenset(raw["action_verbs"]) - frozenset(raw["meeting_words"])
        self.action_participles = frozenset(raw["action_participles"])
        self.meeting_nouns = self.meeting_words | frozenset(raw["meeting_nouns"])
        self.commitment_markers = frozenset(raw["commitment_markers"])
        self.future_markers = frozenset(raw["future_markers"])
        self.past_words = frozenset(raw["past_words"])
        self.not_past_ed = frozenset(raw["not_past_ed"])
        self.adjective_determiners = frozenset(raw["adjective_determiners"])
        self.participle_auxiliaries = frozenset(raw["participle_auxiliaries"])
        self.possessives = frozenset(raw["possessives"])
        self.report_nouns = frozenset(raw["report_nouns"])
        self.unspecific_before = frozenset(raw["unspecific_before"])
        self.recurring_after = frozenset(raw["recurring_after"])
        self.range_words = frozenset(raw["range_words"])
        self.time_words = frozenset(raw["time_words"])
        self.clock_suffixes = frozenset(raw["clock_suffixes"])
        self.dob_words = frozenset(raw["dob_words"])
        self.document_nouns = frozenset(raw["document_nouns"])
        self.receipt_objects = frozenset(raw["receipt_objects"])
        self.event_nouns = frozenset(raw["event_nouns"])
        self.unknown_units = frozenset(raw["unknown_units"])
        self.ordinal_blocked = frozenset(raw["ordinal_blocked_followers"])
        self.number_words: dict[str, int] = raw["number_words"]
        self.week_window_followers = frozenset(raw["week_window_followers"])
        self.record_nouns = frozenset(raw["record_nouns"])
        self.record_links = frozenset(raw["record_links"])
        self.own_document_nouns = frozenset(raw["own_document_nouns"])
        nouns = "|".join(map(re.escape, raw["own_document_nouns"]))
        self.own_document = re.compile(rf"\bthis\s+({nouns})\b", re.IGNORECASE)
        self.indefinite_anchors = frozenset(raw["indefinite_anchors"])
        self.clause_breaks = frozenset(raw["clause_breaks"])
        self.first_person = frozenset(raw["first_person"])
        self.not_commitment_verbs = frozenset(raw["not_commitment_verbs"])
        self.copulas = frozenset(raw["copulas"])
        self.future_auxiliaries = frozenset(raw["future_auxiliaries"])
        self.progressive_auxiliaries = frozenset(raw["progressive_auxiliaries"])
        self.opening_followers = frozenset(raw["opening_followers"])
        self.return_phrases = [p.split() for p in raw["return_phrases"]]
        self.meeting_links = frozenset(raw["meeting_links"])
        self.after_words = frozenset(raw["after_words"])
        self.thanks_phrases = [p.split() for p in raw["thanks_phrases"]]
        self.receiving_verbs = frozenset(raw["receiving_verbs"])
        self.counterfactual_modals = frozenset(raw["counterfactual_modals"])
        self.start_words = frozenset(raw["start_words"])
        self.restating_links = [p.split() for p in raw["restating_links"]]
        self.restating_skips = frozenset(raw["restating_skips"])
        self.modal_markers = frozenset(raw["modal_markers"])
        self.marker_nouns = frozenset(raw["marker_nouns"])


class DateFinder:
    """The ``assistant_dates`` component."""

    def __init__(self, nlp: Language, data_dir: str) -> None:
        folder = Path(data_dir) / "dates"
        self.cues = Cues(json.loads((folder / "cues.json").read_text(encoding="utf-8")))
        self.matcher = Matcher(nlp.vocab)
        patterns: dict[str, list] = {}
        for line in (folder / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                patterns.setdefault(entry["label"], []).append(entry["pattern"])
        macros = _macros(self.cues)
        expanded = {label: [_expand(p, macros) for p in group] for label, group in patterns.items()}
        for label, group in expanded.items():
            self.matcher.add(label, group)
        self.relative = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = [d for p in self.cues.relative_days for d in case_patterns(nlp.make_doc, p)]
        self.relative.add("RELATIVE", phrases)
        self.anchors = AnchorIndex(
            nlp.vocab,
            [p for group in expanded.values() for p in group]
            + [[{"LOWER": token.lower_} for token in phrase] for phrase in phrases],
        )

    def __call__(self, doc: Doc) -> Doc:
        context: MessageContext | None = doc._.context
        mentions: list[Mention] = []
        text = doc_text(doc)
        if context is not None:
            spans = self._matches(doc, text)
            if spans:
                mentions = _Resolver(doc, text, context, self).mentions(spans)
        doc.spans[SPAN_KEY] = [m.span for m in mentions]
        roles = _final_roles(mentions)
        for m in mentions:
            m.span._.date = m.date
            m.span._.date_role = roles[m.date]
        doc._.dates = _deduplicate(mentions, roles)
        return doc

    def _matches(self, doc: Doc, text: str) -> list[Span]:
        """Pattern and phrase matches, found with the white-space tokens taken out.

        The matchers read the tokens as if each run of white space were one
        space, so a line break does not split a date. A match must lie within
        a window around date words (``_windows``), and the matchers run only
        where those windows meet the stretches in which a pattern can match at
        all (``AnchorIndex``). Matches are mapped back to the message's tokens.
        """
        tokens = doc_tokens(doc)
        kept = numpy.flatnonzero(~tokens.is_space)  # the tokens the matchers read
        orths = tokens.orth[kept]
        stretches = self.anchors.stretches(orths)
        if not stretches:
            return []
        # a token before dropped white space is followed by a space, the last one by none
        spaces = numpy.append(tokens.spacy[kept[:-1]] | (numpy.diff(kept) > 1), False)
        windows = _windows(tokens.idx[kept], spaces, text, stretches)
        norms = tokens.norm[kept]
        strings = doc.vocab.strings
        found: list[tuple[str, int, int]] = []
        for start, end in overlaps(stretches, windows):
            piece = Doc(
                doc.vocab, words=orths[start:end].tolist(), spaces=spaces[start:end].tolist()
            )
            piece.from_array([NORM], norms[start:end])
            found += [(strings[key], start + s, start + e) for key, s, e in self.matcher(piece)]
            found += [("RELATIVE", start + s, start + e) for _, s, e in self.relative(piece)]
        # "on the 4th", "by 4/12", "13th is fine": the preposition or verb only licenses it.
        spans = [
            Span(
                doc,
                int(kept[s + (label in _PREPOSITION_LED)]),
                int(kept[s if label in _VERB_LED else e - 1]) + 1,
                label=label,
            )
            for label, s, e in found
        ]
        return [span for span in spans if not _ends_in_item_number(span)]


def _ends_in_item_number(span: Span) -> bool:
    """The number ending the match opens the next line's list item ("It's due 2 Feb\n3. Can
    I complain?"), so it is no day of the month."""
    doc, end = span.doc, span.end
    if end - span.start < 3 or end >= len(doc) or doc[end].text not in (".", ")"):
        return False
    return doc[end - 1].text.isdigit() and "\n" in doc[end - 2].text


def _final_roles(mentions: list[Mention]) -> dict[dt.date, str]:
    """One role per calendar date: the strongest among its mentions."""
    roles: dict[dt.date, str] = {}
    for m in mentions:
        current = roles.get(m.date)
        if current is None or ROLE_PRIORITY.index(m.role) < ROLE_PRIORITY.index(current):
            roles[m.date] = m.role
    return roles


def _deduplicate(mentions: list[Mention], roles: dict[dt.date, str]) -> list[FoundDate]:
    """One FoundDate per calendar date, carrying its first mention's text."""
    seen: set[dt.date] = set()
    found = []
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.date in seen:
            continue
        seen.add(m.date)
        span = m.span
        found.append(FoundDate(span.text, m.date, roles[m.date], span.start_char, span.end_char))
    return found


def dates_in_span(span: Span) -> list[FoundDate]:
    """Every date mention inside `span` (e.g. a sentence), in text order.

    Unlike ``doc._.dates`` a date mentioned twice is returned for each mention,
    so each sentence sees its own dates. The role is the date's message role.
    """
    mentions = span.doc.spans.get(SPAN_KEY, [])
    return [
        FoundDate(m.text, m._.date, m._.date_role, m.start_char, m.end_char)
        for m in mentions
        if span.start <= m.start and m.end <= span.end and m._.date is not None
    ]


class _Resolver:
    """Resolves and classifies the date mentions of one doc."""

    def __init__(self, doc: Doc, text: str, context: MessageContext, finder: DateFinder) -> None:
        self.doc = doc
        self.text = text
        self.today = context.today
        self.cues = finder.cues
        # Token attributes read as arrays: cheaper than a Token object per token.
        strings = doc.vocab.strings
        self.lower = [strings[h] for h in doc.to_array(LOWER).tolist()]
        self.sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.sent_of = [
            index for index, sent in enumerate(self.sents) for _ in range(sent.end - sent.start)
        ]
        self.births = {
            (c.date_of_birth.month, c.date_of_birth.day): c.date_of_birth
            for c in context.children
            if c.date_of_birth
        }
        self.letter_date: Mention | None = None
        # "I'll bring Rosie on the 3rd": taking the child somewhere is going to an appointment
        self.taking_child = [
            [verb, name.lower()]
            for child in context.children
            for name in given_names(child.name)
            for verb in ("bring", "take")
        ]
        subject = [w.strip(":-,.") for w in context.subject.lower().split()]
        self.subject_meeting = any(w in self.cues.meeting_words for w in subject) or any(
            _contains(subject, phrase) for phrase in self.cues.meeting_phrases
        )

    # -- finding ----------------------------------------------------------------

    def mentions(self, matches: list[Span]) -> list[Mention]:
        doc = self.doc
        spans = filter_spans(matches)
        prefixes = {self._next(s.end - 1): s for s in spans if s.label_ == "WEEK_PREFIX"}
        mentions: list[Mention] = []
        deferred: list[Span] = []  # counted from other mentions, once those are resolved
        for span in spans:
            start, end = span.start, span.end
            while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            while end - start > 1 and (doc[start].is_punct or doc[start].is_space):
                start += 1
            span = Span(doc, start, end, label=span.label)
            if span.label_ == "WEEK_PREFIX":
                continue
            if span.label_ in ("DURATION", "EVENT_RELATIVE"):
                deferred.append(span)
                continue
            mention = self._resolve(span)
            if mention is None:
                continue
            prefix = prefixes.get(span.start)
            if prefix is not None:
                monday = mention.date - dt.timedelta(days=mention.date.weekday())
                mention = Mention(doc[prefix.start : span.end], monday, "window")
            mentions.append(mention)
        self.letter_date = self._letter_date(mentions)
        previous: Mention | None = None
        for mention in mentions:
            mention.role = self._role(mention)
            if previous is not None and (
                self._in_apposition(previous, mention) or self._corrects(previous, mention)
            ):
                mention.role = previous.role
            previous = mention
        for span in [s for s in deferred if s.label_ == "EVENT_RELATIVE"]:
            mention = self._event_relative(span, mentions)
            if mention is not None:
                mention.role = self._relative_role(mention)
                mentions.append(mention)
        for span in [s for s in deferred if s.label_ == "DURATION"]:
            mention = self._duration(span, mentions)
            if mention is None:
                continue
            mention.role = "past" if mention.date < self.today else "deadline"
            inside = mention.span.start, mention.span.end
            mentions = [m for m in mentions if not _relative_within(m, *inside)]
            restated = self._restatement(span, mentions)
            if restated is None:
                mentions.append(mention)
            else:  # "15 days from this email, i.e. until 1 October": the writer's own count
                restated.role = mention.role
        return sorted(mentions, key=lambda m: m.span.start)

    def _restatement(self, duration: Span, mentions: list[Mention]) -> Mention | None:
        """The explicit date that restates a duration later in its sentence ("15 days from
        the date of this email, i.e. until 1 October 2026")."""
        sent = self.sents[self.sent_of[duration.start]]
        return next(
            (
                m
                for m in mentions
                if m.kind == "explicit"
                and duration.end <= m.span.start < sent.end
                and self._restating_link(m.span.start, duration.end) is not None
            ),
            None,
        )

    def _letter_date(self, mentions: list[Mention]) -> Mention | None:
        """The date the letter in this message is dated, if it states one.

        A line holding only a date with its year (a letter heading), a
        "Date:" line when the text speaks of "this letter", or "this
        letter, dated ...".
        """
        text = self.text
        own_letter = bool(self.cues.own_document.search(text))
        for m in mentions:
            if m.kind != "explicit":
                continue
            span = m.span
            start = text.rfind("\n", 0, span.start_char) + 1
            end = text.find("\n", span.end_char)
            line = text[start : end if end >= 0 else len(text)].strip().rstrip(".,")
            labelled = _DATE_LABEL.match(line)
            if labelled and self._appointment_block(span):
                continue
            if labelled:
                line = line[labelled.end() :]
            heading = not labelled and _LETTER_OPENING.search(
                text, span.end_char, span.end_char + 200
            )
            if line == span.text and _HAS_YEAR.search(line) and (own_letter or heading):
                return m
            sent = self.sents[self.sent_of[span.start]]
            if self._preceded_by(span.start, [["dated"]]) and self.cues.own_document.search(
                sent.text
            ):
                return m
        return None

    def _appointment_block(self, span: Span) -> bool:
        """ "Date: Wednesday 1 July 2026" with "Time: 10:30" on the next line: the
        appointment's fields, not the letter's date."""
        end = self.text.find("\n", span.end_char)
        if end < 0:
            return False
        after = self.text.find("\n", end + 1)
        return bool(_TIME_LABEL.match(self.text[end + 1 : after if after >= 0 else None]))

    def _in_apposition(self, first: Mention, second: Mention) -> bool:
        """A second name for the date just mentioned ("today, 21 July 2026")."""
        comma = self._prev(second.span.start)
        return (
            first.date == second.date
            and self._word(comma) == ","
            and self._prev(comma) == first.span.end - 1
        )

    def _relative_role(self, mention: Mention) -> str:
        """The role of a day counted from an event: the event named in its clause is not
        the day itself ("I will let you know the panel's decision the following day" is a
        deadline; "I will ring you the following day" a call)."""
        role = self._role(mention)
        if role != "meeting":
            return role
        sent = self.sents[self.sent_of[mention.span.start]]
        start, end = self._clause(mention.span, sent)
        words = self._words(start, mention.span.start) + self._words(mention.span.end, end)
        words = [w.removesuffix("'s").removesuffix("’s") for w in words]
        if self._meeting_in([w for w in words if w not in self.cues.event_nouns]):
            return role
        return "deadline" if self._is_deadline(words) else "other"

    def _corrects(self, first: Mention, second: Mention) -> bool:
        """ "on Monday 6 September, not Tuesday 7 September": the wrong date is the same
        kind of date as the right one."""
        k = self._prev(second.span.start)
        if self._word(k) != "not":
            return False
        k = self._prev(k)
        if self._word(k) == ",":
            k = self._prev(k)
        return k == first.span.end - 1

    def _event_relative(self, span: Span, mentions: list[Mention]) -> Mention | None:
        """A day counted from a meeting date ("the day before the session"): the message's
        one meeting or, when the phrase names no event, the last meeting named before it
        ("not the 4th but Tuesday 10 March; I'll send the link the day before.", "the panel
        meets on 1 April and I will ring you the following day")."""
        if self._word(self._next(span.end - 1)) in ("or", "and"):
            return None  # "in the next day or two"
        meetings = [m for m in mentions if m.role == "meeting"]
        # "... the day before.", "the following day" name no event
        unnamed = span[-1].lower_ in ("before", "after") or span[1].lower_ in ("following", "next")
        earlier = [m for m in meetings if m.span.end <= span.start] if unnamed else []
        if len({m.date for m in meetings}) == 1:
            anchor = meetings[0].date
        elif earlier:
            anchor = max(earlier, key=lambda m: m.span.end).date
        else:
            return None  # "the day after the hearing" with two meetings: not guessed
        words = [t.lower_ for t in span]
        count = self._number(span) if span[0].like_num else 1
        if count is None:
            return None
        unit = 7 if any(w.startswith("week") for w in words) else 1
        sign = -1 if "before" in words else 1
        working = "working" in words
        if working and unit == 1:
            date = _working_calendar().add_working_days(anchor, sign * count)
        else:
            date = anchor + dt.timedelta(days=sign * count * unit)
        return Mention(span, date, "relative")

    def _resolve(self, span: Span) -> Mention | None:
        label = span.label_
        if label in ("DMY", "MDY"):
            return self._day_month(span)
        if label in ("NUMERIC", "ISO", "NUMERIC_SHORT"):
            return self._numeric(span)
        if label == "WEEKDAY_DAY":
            return self._weekday_day(span)
        if label == "ORDINAL":
            return self._ordinal(span)
        if label in ("ORDINAL_BARE", "ORDINAL_SUBJECT"):
            return self._ordinal(span)
        if label == "WEEKDAY":
            return self._weekday(span)
        if label == "RELATIVE":
            return self._relative(span)
        if label in ("END_OF_MONTH", "END_OF_NAMED"):
            return self._end_of_month(span)
        if label == "END_OF_WEEK":
            return self._end_of_week(span)
        if label == "WEEK_ON":
            return self._week_on(span)
        return None

    def _day_month(self, span: Span) -> Mention | None:
        day = month = year = 0
        weekday = -1
        for token in span:
            if not month and _month(token):
                month = _month(token)
            elif not day and _day(token) and not _year(token):
                day = _day(token)
            elif _year(token):
                year = _year(token)
            elif weekday < 0 and _weekday(token) >= 0:
                weekday = _weekday(token)
        if not (day and month) or self._is_time(span.end - 1, after=True):
            return None
        if year:
            date = _safe_date(year, month, day)
        elif self._near_dob(span):
            date = self.births.get((month, day)) or self._latest(month, day, before=self.today)
        else:
            tense = self._tense_of(span)
            if tense is False and self._reported_would(span):
                tense = None  # "she said it would come by 10 November": the nearest one
            date = self._nearest(month, day, weekday, tense)
        return Mention(span, date, "explicit") if date else None

    def _numeric(self, span: Span) -> Mention | None:
        text = "".join(t.text for t in span if _weekday(t) < 0 and not t.is_space)
        parts = re.split(r"[/.\-]", text)
        if span.label_ == "ISO":
            year, month, day = (int(p) for p in parts)
        elif len(parts) == 2:
            day, month = (int(p) for p in parts)
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                return None
            date = self._nearest(month, day, -1)
            return Mention(span, date, "explicit") if date else None
        else:
            day, month, year = (int(p) for p in parts)
            if year < 100:
                year += 2000
            if month > 12 >= day:
                day, month = month, day
        date = _safe_date(year, month, day)
        return Mention(span, date, "explicit") if date else None

    def _weekday_day(self, span: Span) -> Mention | None:
        day_token = span[-1]
        if not _is_ordinal(day_token) and self._is_time(span.end - 1, after=True):
            return self._weekday(span[:1])  # "Thursday 2pm suits me"
        weekday = _weekday(span[0])
        past = self._is_past(span)
        date = self._day_number(_day(day_token), weekday, past)
        return Mention(span, date, "explicit") if date else None

    def _ordinal(self, span: Span) -> Mention | None:
        following = self._word(self._next(span.end - 1))
        if following in self.cues.ordinal_blocked:
            return None
        date = self._day_number(_day(span[-1]), -1, self._is_past(span))
        return Mention(span, date, "explicit") if date else None

    def _weekday(self, span: Span) -> Mention | None:
        day_token = span[-1]
        if self._is_recurring(day_token.i):
            return None
        weekday = _weekday(day_token)
        modifier = span[0].lower_ if len(span) > 1 else ""
        if modifier == "last" or (not modifier and self._is_past(span)):
            back = (self.today.weekday() - weekday) % 7 or 7
            return Mention(span, self.today - dt.timedelta(days=back), "weekday")
        ahead = (weekday - self.today.weekday()) % 7
        if ahead == 0 and modifier != "this":
            ahead = 7
        return Mention(span, self.today + dt.timedelta(days=ahead), "weekday")

    def _relative(self, span: Span) -> Mention | None:
        offset = self.cues.relative_days[span.text.lower()]
        return Mention(span, self.today + dt.timedelta(days=offset), "relative")

    def _end_of_month(self, span: Span) -> Mention | None:
        months = [_month(t) for t in span if _month(t)]
        years = [_year(t) for t in span if _year(t)]
        if months:
            month = months[0]
            if years:
                year = years[0]
            else:
                last = calendar.monthrange(self.today.year, month)[1]
                nearest = self._nearest(month, min(last, 28), -1)
                year = nearest.year if nearest else self.today.year
        else:
            shift = 1 if "next" in (t.lower_ for t in span) else 0
            first = add_months(self.today.replace(day=1), shift)
            year, month = first.year, first.month
        last = calendar.monthrange(year, month)[1]
        return Mention(span, dt.date(year, month, last), "explicit")

    def _end_of_week(self, span: Span) -> Mention | None:
        """The Friday of the working week named by "the end of (this/next) week"."""
        friday = self.today + dt.timedelta(days=4 - self.today.weekday())
        after = self._next(span.end - 1)
        if self._word(after) == "after" and self._word(self._next(after)) == "next":
            friday += dt.timedelta(days=14)  # "the end of the week after next"
            span = self.doc[span.start : self._next(after) + 1]
        elif "next" in (t.lower_ for t in span):
            friday += dt.timedelta(days=7)
        return Mention(span, friday, "weekday") if friday >= self.today else None

    def _week_on(self, span: Span) -> Mention | None:
        """British "a week on Monday", "Monday week", "a fortnight tomorrow".

        The named day (the coming Monday, tomorrow, today) plus a week or two.
        """
        if self._word(self._next(span.end - 1)) in self.cues.week_window_followers:
            return None
        words = [t.lower_ for t in span]
        weeks = 2 if "fortnight" in words else 1
        weekday = next((_weekday(t) for t in span if _weekday(t) >= 0), -1)
        if weekday >= 0:
            base = self.today + dt.timedelta(days=(weekday - self.today.weekday()) % 7 or 7)
        else:
            offset = next(self.cues.relative_days[w] for w in words if w in self.cues.relative_days)
            base = self.today + dt.timedelta(days=offset)
        return Mention(span, base + dt.timedelta(days=7 * weeks), "weekday")

    def _next(self, i: int) -> int:
        """Index of the first non-space token after `i` (len(doc) if none)."""
        i += 1
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return i

    def _prev(self, i: int) -> int:
        """Index of the last non-space token before `i` (-1 if none)."""
        i -= 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return i

    def _is_weekday(self, i: int) -> bool:
        return 0 <= i < len(self.doc) and _weekday(self.doc[i]) >= 0

    def _word(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.doc) else ""

    # -- durations ----------------------------------------------------------------

    def _duration(self, span: Span, mentions: list[Mention]) -> Mention | None:
        """A duration with a known start, or None when the start is unknown."""
        words = [t.lower_ for t in span]
        count = self._number(span)
        if count is None or any(w in self.cues.unknown_units for w in words):
            return None
        unit = next(w for w in reversed(words) if w.rstrip("s") in ("day", "week", "month"))
        working = "working" in words or "business" in words
        tail_start = span.end
        if words[-1] in ("from", "of", "after"):
            tail_start = span.end - 1
        start = self._anchor(tail_start, mentions)
        if start is None and "next" in words and not self._has_anchor_word(tail_start):
            start = self.today
        if start is None:
            return None
        end_token = self._anchor_end(tail_start)
        full = self.doc[span.start : max(end_token, span.end)]
        return Mention(full, _add(start, count, unit.rstrip("s"), working), "duration")

    def _number(self, span: Span) -> int | None:
        for token in span:
            if token.like_num and token.lower_ not in ("a", "an"):
                if token.text.isdigit():
                    return int(token.text)
                return self.cues.number_words.get(token.lower_)
        return None

    def _has_anchor_word(self, i: int) -> bool:
        return self._word(i) in ("of", "from", "after")

    def _anchor_end(self, i: int) -> int:
        """End of the "of the date of this letter" tail, or `i` when there is none."""
        if not self._has_anchor_word(i):
            return i
        sent_end = self.sents[self.sent_of[i]].end
        j = i + 1
        while j < sent_end and j - i <= 8 and not self.doc[j].is_punct:
            j += 1
            if self.lower[j - 1] in self.cues.document_nouns or self.lower[j - 1] in (
                "receipt",
                "today",
                "now",
            ):
                break
        return j

    def _anchor(self, i: int, mentions: list[Mention]) -> dt.date | None:
        """The start date named after "of/from/after", if it is known."""
        if not self._has_anchor_word(i):
            return None
        sent = self.sents[self.sent_of[i]]
        window = [t for t in self.doc[i + 1 : min(sent.end, i + 10)]]
        words = [t.lower_ for t in window]
        if words and words[0] in self.cues.indefinite_anchors:
            return None  # "one month from any certificate issued": no known start
        for j, word in enumerate(words):
            nouns = [w for w in words[j + 1 : j + 3] if w in self.cues.document_nouns]
            if word == "this" and nouns:
                return self._own_document_date(nouns[0])
            if word in ("today", "now"):
                return self.today
        if words and words[0] == "receipt":
            rest = words[1:3]
            if (
                not rest
                or window[1].is_punct
                or (
                    rest[0] == "of"
                    and len(rest) > 1
                    and rest[1] in ("this", "your")
                    and any(w in self.cues.receipt_objects for w in words[2:5])
                )
            ):
                return self.today
            return None
        stop = next((t.i for t in window if t.is_punct), sent.end)
        stated = [
            m
            for m in mentions
            if i < m.span.start < min(stop, i + 7) and m.kind in ("explicit", "weekday", "relative")
        ]
        if stated:
            return stated[0].date
        if any(w in self.cues.event_nouns for w in words[:4]):
            meetings = {
                m.date
                for m in mentions
                if m.role in ("meeting", "past")
                and self._mentions_event(m)
                and not (self.sent_of[m.span.start] == self.sent_of[i] and m.span.start > i)
            }
            if len(meetings) == 1:
                return meetings.pop()
        return None

    def _own_document_date(self, noun: str) -> dt.date:
        """The date of "this letter": the one it states, else the message date."""
        if noun in self.cues.own_document_nouns and self.letter_date is not None:
            return self.letter_date.date
        return self.today

    def _mentions_event(self, mention: Mention) -> bool:
        sent = self.sents[self.sent_of[mention.span.start]]
        return mention.role == "meeting" or any(
            self.lower[k] in self.cues.event_nouns for k in range(sent.start, sent.end)
        )

    # -- roles ----------------------------------------------------------------------

    def _role(self, mention: Mention) -> str:
        """The role of one mention, from the words of its own clause first, then its sentence."""
        if mention.date < self.today:
            return "past"  # even a letter dated the day before the email
        if mention is self.letter_date:
            return "other"
        if self._appointment_block(mention.span):
            return "meeting"
        span = mention.span
        # "Thanks for this morning", "Thank you for talking to me this morning"
        sent = self.sents[self.sent_of[span.start]]
        thanked = self._thanks_for(self._prev(span.start)) or self._thanks_for_doing(
            span.start, sent
        )
        if (
            mention.kind == "relative"
            and mention.date == self.today
            and (thanked or self._is_past(span))
        ):
            # "I submitted the advice this morning": done today, so not `past` (that is for
            # days before the message's) but `other`; a call held today is a meeting
            # ("Thank you for calling me this morning")
            sent = self.sents[self.sent_of[span.start]]
            start, end = self._clause(span, sent)
            clause = self._words(start, span.start) + self._words(span.end, end)
            meeting = self._meeting_in(clause) or self._names_meeting(span)
            # thanks for a time are thanks for what was held then
            return "meeting" if meeting or thanked else "other"
        if mention.kind == "window" or self._records_mail(span):
            return "other"  # "Your message ... was read on 09 November 2027 07:58:31"
        if self._preceded_by(span.start, self.cues.deadline_before):
            return "deadline"
        sent = self.sents[self.sent_of[span.start]]
        if self._preceded_by(span.start, self.cues.other_before):
            if self._near_time(span):
                return "meeting"  # "I'll observe him from 9.30am on Tuesday"
            if self._preceded_by(span.start, self.cues.until) and any(
                _contains(self._words(sent.start, span.start), phrase)
                for phrase in self.cues.request_phrases
            ):
                return "deadline"  # "Please could you confirm me until Wednesday" (by then)
            # "We will open the room from Monday", "From Monday we will start a check-in":
            # the start of an undertaking is its due date.
            around = self._words(sent.start, span.start), self._words(span.end, sent.end)
            # "Hollie will see Ellis weekly again from Tuesday": a meeting verb before "from"
            # starts a provision, it does not fix one meeting
            starts = self._preceded_by(span.start, [["from"], ["starting"]])
            if any(self._undertakes(words, meetings_act=starts) for words in around):
                return "deadline"
            # "the school will start sessions from Monday": someone else acts, in the clause
            start, end = self._clause(span, sent)
            if start > sent.start + 1 and len(self._words(start, span.start)) <= 2:
                # "..., starting on Monday 28 June": the clause before says who acts
                start = self._clause(self.doc[start - 2 : start - 1], sent)[0]
            own = self._words(start, span.start), self._words(span.end, end)
            acts = any(self._will_act(words, meetings_act=starts) for words in own)
            return "deadline" if acts else "other"
        start, end = self._clause(span, sent)
        clause = self._words(start, span.start) + self._words(span.end, end)
        if self._near_time(span) or self._names_meeting(span) or self._meeting_in(clause):
            return "meeting"
        if any(_contains(clause, phrase) for phrase in self.cues.return_phrases):
            return "other"  # "I am on leave and will return on Monday": no deadline
        if self._is_deadline(clause):
            return "deadline"
        sentence = self._words(sent.start, span.start) + self._words(span.end, sent.end)
        if self._meeting_in(sentence) or self._meeting_in(self._list_lead(sent)):
            return "meeting"  # "Could you do:\n- Thursday 25th, any time"
        if self._is_deadline(sentence):
            return "deadline"
        if self._restates_limit(span, sent):
            return "deadline"
        if self._is_complement(span) or any(w in self.cues.start_words for w in clause):
            return "other"  # "her last day is ...", "Rosie starts at Hollins Lane on ..."
        return "meeting" if self.subject_meeting else "other"

    def _records_mail(self, span: Span) -> bool:
        """When a message was sent or read: a "Sent:" field of a quoted header, or a read
        receipt's "was read on"."""
        if self._preceded_by(span.start, self.cues.receipt_before):
            return True
        colon = self._prev(span.start)
        field = self._prev(colon)
        if self._word(colon) != ":" or self._word(field) not in self.cues.receipt_fields:
            return False
        before = self._prev(field)
        return before < 0 or "\n" in self.doc.text[self.doc[before].idx : self.doc[field].idx]

    def _list_lead(self, sent: Span) -> list[str]:
        """For a list item ("- Thursday 25th"), the words of the line that introduces the
        list ("Could you do:"); else none."""
        index = self.sent_of[sent.start]
        while index > 0 and self._is_list_item(self.sents[index]):
            index -= 1
            lead = self.sents[index]
            if not self._is_list_item(lead):
                words = self._words(lead.start, lead.end)
                return words if words and words[-1] == ":" else []
        return []

    def _is_list_item(self, sent: Span) -> bool:
        first = next((t for t in sent if not t.is_space), None)
        return first is not None and first.text in self.cues.list_marks

    def _restates_limit(self, span: Span, sent: Span) -> bool:
        """The date spells out a time limit set earlier in its sentence ("must reach the
        Tribunal by the later of two months ..., which in your case is 16 December")."""
        link = self._restating_link(span.start, sent.start)
        if link is None:
            return False
        words = self._words(sent.start, link)
        limits = [*self.cues.deadline_before, ["within"]]
        return any(_contains(words, phrase) for phrase in limits)

    def _restating_link(self, start: int, lower_bound: int) -> int | None:
        """Where a restating link ("i.e.", "which is") ends right before ``start``, skipping
        "until", "by" and the like; the index where the link starts, or None."""
        k = self._prev(start)
        while k > lower_bound and self.lower[k] in self.cues.restating_skips:
            k = self._prev(k)
        for phrase in self.cues.restating_links:
            first = k
            for word in reversed(phrase[:-1]):
                first = self._prev(first)
                if self._word(first) != word:
                    break
            else:
                if self._word(k) == phrase[-1] and first >= lower_bound:
                    return first
        return None

    def _is_deadline(self, words: list[str]) -> bool:
        """A deadline word, or a request or undertaking to act ("please send", "I'll post")."""
        cues = self.cues
        if any(w in cues.deadline_words for w in words):
            return True
        if any(_contains(words, phrase) for phrase in cues.deadline_phrases):
            return True  # "the last day for the appeal is 24 March"
        if any(w in cues.commitment_markers for w in words) and self._has_action(words):
            return True
        return self._undertakes(words)

    def _will_act(self, words: list[str], meetings_act: bool = False) -> bool:
        """Someone will act: "the school will start sessions", "therapy will be delivered"
        (not "it will be", "he will receive", nor "we will meet" unless ``meetings_act``)."""
        cues = self.cues
        for k, word in enumerate(words[:-1]):
            if word not in cues.future_auxiliaries:
                continue
            verb = words[k + 1]
            if verb == "be" and k + 2 < len(words):
                return words[k + 2] in cues.action_participles
            if verb in cues.not_commitment_verbs or (
                verb in cues.meeting_words and not meetings_act
            ):
                continue
            if verb not in cues.receiving_verbs:  # "Oliver will receive 60 minutes from May"
                return True
        return False

    def _undertakes(self, words: list[str], meetings_act: bool = False) -> bool:
        """A first-person undertaking: "I'll post", "we will open" (not "we will be"), or
        "I'm chasing", "we are sending" (not "I am writing to ask"); a meeting verb ("we
        will meet") only if ``meetings_act``."""
        cues = self.cues
        for k, w in enumerate(words[:-2]):
            if w not in cues.first_person:
                continue
            verb = words[k + 2]
            if verb in cues.not_commitment_verbs or (
                verb in cues.meeting_words and not meetings_act
            ):
                continue
            if words[k + 1] in cues.future_auxiliaries:
                return True
            if words[k + 1] in cues.progressive_auxiliaries and self._progressive_action(
                words[k + 2 : k + 5]
            ):
                return True
        return False

    def _progressive_action(self, words: list[str]) -> bool:
        """ "sending it", "also chasing the OT": the -ing form of an action verb, perhaps after
        one adverb, that does not open a letter ("writing to ask", "emailing about")."""
        for k, word in enumerate(words[:2]):
            if word.endswith("ing") and _ing_bases(word) & self.cues.action_verbs:
                following = words[k + 1 : k + 2]
                return not following or following[0] not in self.cues.opening_followers
        return False

    def _clause(self, span: Span, sent: Span) -> tuple[int, int]:
        """The clause around `span`: the sentence cut at commas, semicolons and conjunctions."""
        start = span.start
        while start > sent.start and not self._breaks_clause(start - 1):
            start -= 1
        end = span.end
        while end < sent.end and not self._breaks_clause(end):
            end += 1
        return start, end

    def _breaks_clause(self, k: int) -> bool:
        """A clause break; a hyphen only with space around it ("small-group" is one word)."""
        if self.lower[k] not in self.cues.clause_breaks:
            return False
        if self.lower[k] != "-":
            return True
        return bool(self.doc[k].whitespace_) and k > 0 and bool(self.doc[k - 1].whitespace_)

    def _words(self, start: int, end: int) -> list[str]:
        return [w for w in self.lower[start:end] if not w.isspace()]

    def _names_meeting(self, span: Span) -> bool:
        """The date belongs to a meeting noun: "the visit on 4 May", "Tuesday's meeting"."""
        cues = self.cues
        k = self._prev(span.start)
        while k >= 0 and (self.lower[k] in cues.meeting_links or self._is_time(k)):
            k = self._prev(k)
        if k >= 0 and self.lower[k] in cues.meeting_nouns:
            return True
        place = k
        for _ in range(3):  # "Jayden's review at school is on 29 September"
            if place < 0 or self.lower[place] in ("at", "in"):
                break
            place = self._prev(place)
        if place >= 0 and self.lower[place] in ("at", "in"):
            noun = self._prev(place)
            if noun >= 0 and self.lower[noun] in cues.meeting_nouns:
                return True
        k = self._next(span.end - 1)
        if self._word(k) not in ("'s", "’s"):
            return self._word(k) in cues.meeting_nouns
        k = self._next(k)
        for _ in range(2):  # "today's emergency review", "Tuesday's annual review meeting"
            if self._word(k) in cues.meeting_nouns:
                return True
            k = self._next(k)
        return self._word(k) in cues.meeting_nouns

    def _is_complement(self, span: Span) -> bool:
        """The date completes "X is ...": it dates X, which is no meeting ("her last day is")."""
        k = self._prev(span.start)
        if self._word(k) == "on":
            k = self._prev(k)
        return self._word(k) in self.cues.copulas

    def _has_action(self, words: list[str]) -> bool:
        """An action verb used as a verb ("return the form", not "her phased return"),
        or its passive ("will be sent")."""
        cues = self.cues
        return any(
            (
                w in cues.action_verbs
                and not cues.adjective_determiners.intersection(words[max(0, k - 2) : k])
            )
            or (w in cues.action_participles and words[max(0, k - 1) : k] in (["be"], ["been"]))
            for k, w in enumerate(words)
        )

    def _preceded_by(self, start: int, phrases: list[list[str]]) -> bool:
        """True when one of `phrases` ends right before `start` (skipping "the", "on", ":")."""
        k = self._prev(start)
        while k >= 0 and (self.lower[k] in ("the", "on", ":", "of", "at") or self._is_time(k)):
            if self.lower[k] == "of" and self._word(self._prev(k)) == "end":
                break
            k = self._prev(k)
        words: list[str] = []
        while k >= 0 and len(words) < 4:
            words.insert(0, self.lower[k])
            k = self._prev(k)
        return any(words[-len(phrase) :] == phrase for phrase in phrases)

    def _excluded_meeting(self, words: list[str], k: int) -> bool:
        """The meeting word at ``k`` is part of an exclusion phrase ("see attached",
        "call us on", "ask for mediation")."""
        for phrase in self.cues.meeting_exclusions:
            for j, part in enumerate(phrase):
                if part == words[k] and k >= j and words[k - j : k - j + len(phrase)] == phrase:
                    return True
        return False

    def _meeting_in(self, words: list[str]) -> bool:
        """The words talk about a meeting, call, visit or appointment."""
        for k, word in enumerate(words):
            if word in self.cues.meeting_words and not self._excluded_meeting(words, k):
                return True
        phrases = [*self.cues.meeting_phrases, *self.taking_child]
        return any(_contains(words, phrase) for phrase in phrases)

    def _near_time(self, span: Span) -> bool:
        """A clock time right before or after the date ("at 2pm on 4 April", "9 June at 10am")."""
        lo = max(self.sents[self.sent_of[span.start]].start, span.start - 3)
        hi = min(self.sents[self.sent_of[span.start]].end, span.end + 3)
        for k in list(range(lo, span.start)) + list(range(span.end, hi)):
            if self._is_time(k):
                return True
        return any(self._is_time(k) for k in range(span.start, span.end))

    def _is_time(self, k: int, after: bool = False) -> bool:
        """Token `k` is (part of) a clock time; with `after`, the token following `k` is."""
        if after:
            k += 1
            k = self._next(k - 1)
            if self._word(k) in self.cues.clock_suffixes:
                return True
            if self._word(k) in (":", ".") and k + 1 < len(self.doc):
                return self.doc[k + 1].text.isdigit()
            return False
        if k < 0 or k >= len(self.doc):
            return False
        text, word = self.doc[k].text, self.lower[k]
        if _CLOCK.match(text) or word in self.cues.time_words:
            return True
        if word in self.cues.clock_suffixes:
            return k > 0 and self.doc[k - 1].text[-1:].isdigit()
        if (
            k + 1 < len(self.doc)
            and text.isdigit()
            and (
                self.lower[k + 1] in self.cues.clock_suffixes
                or self.lower[k + 1] in ("noon", "midday")  # "by 12 noon on Wednesday"
            )
        ):
            return True
        if text.isdigit() and 1 <= int(text) <= 12 and self._word(self._prev(k)) == "at":
            # "monday 8th at 3 at the civic centre": an hour, not "at 3 schools"
            following = self._next(k)
            return (
                following >= len(self.doc)
                or not self.doc[following].is_alpha
                or (self.lower[following] in _AFTER_BARE_HOUR)
            )
        if not _CLOCK_BARE.match(text):
            return False
        if k > 0 and self.lower[k - 1] in ("at", "from"):
            return True
        # a range of clock times: "10:00 - 12:00", "9.30 to 12.00"
        dash = self._next(k)
        return self._word(dash) in ("-", "–", "—", "to") and bool(
            _CLOCK_BARE.match(self._word(self._next(dash)))
        )

    def _near_dob(self, span: Span) -> bool:
        lo = max(0, span.start - 5)
        return any(self.lower[k].rstrip(":") in self.cues.dob_words for k in range(lo, span.start))

    def _is_recurring(self, i: int) -> bool:
        """Not one day: "Tuesday mornings", "every Monday", "a Thursday", "Monday to Friday"
        (but "I did the taster on Monday and Tuesday" names two days gone)."""
        cues = self.cues
        before = self._word(self._prev(i))
        after = self._word(self._next(i))
        if before in cues.unspecific_before or after in cues.recurring_after:
            return True
        if self._days_done(i):
            return False
        if after in (*cues.range_words, ",") and self._is_weekday(self._next(self._next(i))):
            return True  # "Monday to Friday", "I work Monday, Wednesday and Thursday"
        earlier = self._prev(self._prev(i))
        if before in (*cues.range_words, ",") and self._is_weekday(earlier):
            return True  # "Monday to Friday", the last of "(Mon, Tue, Thu, Fri)"
        # "any Tuesday or Friday", "Monday, Tuesday and Friday": the last is as
        # unspecific as the ones before it
        return before in ("or", "and") and self._is_weekday(earlier) and self._is_recurring(earlier)

    def _days_done(self, i: int) -> bool:
        """Weekday ``i`` is in an "on Monday and Tuesday" list in a sentence about the past."""
        k = i
        while self._word(self._prev(k)) in (",", "and") and self._is_weekday(
            self._prev(self._prev(k))
        ):
            k = self._prev(self._prev(k))
        if self._word(self._prev(k)) != "on":
            return False
        sent = self.sents[self.sent_of[i]]
        return self._nearest_tense(self.doc[k : i + 1], sent.start, sent.end) is True

    def _is_past(self, span: Span) -> bool:
        """The nearest tense marker in the sentence points to the past."""
        return self._tense_of(span) is True

    def _tense_of(self, span: Span) -> bool | None:
        """Past (True) or future (False) by the nearest tense marker; None without one."""
        if self._preceded_by(span.start, [["by"], ["before"], ["until"]]):
            return False
        if self._names_record(span.start):
            return True
        sent = self.sents[self.sent_of[span.start]]
        if self._follows_event(span.start, sent) or self._thanks_for_doing(span.start, sent):
            return True
        if self._thanks_for(self._prev(span.start)):
            return True  # "thanks for this and for thursday"
        # the date's own clause first: "I will send it on Monday, as it wasn't there"
        start, end = self._clause(span, sent)
        own = self._nearest_tense(span, start, end)
        return own if own is not None else self._nearest_tense(span, sent.start, sent.end)

    def _nearest_tense(self, span: Span, start: int, end: int) -> bool | None:
        best: tuple[int, bool] | None = None
        for k in range(start, end):
            if span.start <= k < span.end:
                continue
            marker = self._tense(k)
            if marker is None or (self._report_noun(k) and self._event_between(k, span.start)):
                continue  # "your email on Friday" dates the email; "my notes to the meeting on
                # Tuesday" does not
            # a marker after the date counts as further away: the clause's auxiliary comes
            # first ("I will be ringing the college on Tuesday to get their letter")
            distance = span.start - k if k < span.start else k - span.end + 1 + _AFTER_PENALTY
            if best is None or distance < best[0]:
                best = (distance, marker)
        return best[1] if best else None

    def _report_noun(self, k: int) -> bool:
        return self.lower[k] in self.cues.report_nouns

    def _event_between(self, k: int, start: int) -> bool:
        """An event noun after token ``k`` and before ``start``: what the date dates."""
        return any(self.lower[j] in self.cues.event_nouns for j in range(k + 1, start))

    def _names_record(self, start: int) -> bool:
        """A record already made: "our request of 12 January", "the letter dated 3 March"."""
        link = self._prev(start)
        return (
            self._word(link) in self.cues.record_links
            and self._word(self._prev(link)) in self.cues.record_nouns
        )

    def _follows_event(self, start: int, sent: Span) -> bool:
        """An event already held: "Following the mediation on Tuesday, the council has ...",
        "Thank you for the meeting on Thursday".

        Only when nothing in the sentence points to the future.
        """
        cues = self.cues
        k = self._prev(start)
        if self._word(k) != "on":
            return False
        k = self._prev(k)
        if self._word(k) not in cues.event_nouns:
            return False
        k = self._prev(k)
        for _ in range(2):  # "the annual review meeting on Thursday"
            word = self._word(k)
            if word in cues.adjective_determiners or word in cues.after_words or word == "for":
                break
            if not word.isalpha():
                return False
            k = self._prev(k)
        if self._word(k) in cues.adjective_determiners:
            k = self._prev(k)
        if self._word(k) not in cues.after_words and not self._thanks_for(k):
            return False
        words = self._words(sent.start, sent.end)
        return not any(w in cues.modal_markers for w in words)

    def _reported_would(self, span: Span) -> bool:
        """A "would" reported after "said" (or the like) before the date in its sentence."""
        sent = self.sents[self.sent_of[span.start]]
        return any(
            self.lower[k] == "would" and self._reported_before(k)
            for k in range(sent.start, span.start)
        )

    def _reported_before(self, k: int) -> bool:
        """A past reporting verb shortly before token ``k`` ("said that ... would")."""
        sent = self.sents[self.sent_of[k]]
        return any(
            self.lower[j] in self.cues.past_reporting_verbs
            for j in range(max(sent.start, k - 8), k)
        )

    def _thanks_for_doing(self, start: int, sent: Span) -> bool:
        """Thanks for something done: "Thank you for meeting me on the 25th", "Thank you for
        attending Isaac's review at Larkhill on Tuesday"."""
        for k in range(max(sent.start, start - 10), start):
            gerund = self._next(k)
            if (
                self.lower[k] == "for"
                and self._thanks_for(k)
                and self._word(gerund).endswith("ing")
            ):
                # up to the date's clause end; "coming" is a modal marker ("the coming
                # week"), not in "thanks for coming"
                end = next((j for j in range(start, sent.end) if self.lower[j] == ","), sent.end)
                words = self._words(sent.start, gerund) + self._words(gerund + 1, end)
                return not any(w in self.cues.modal_markers for w in words)
        return False

    def _thanks_for(self, k: int) -> bool:
        """Thanks "for" an event: "Thank you all for the meeting on Thursday" (it happened),
        also as the second thing thanked for ("thanks for this and for thursday")."""
        if self._ends_thanks(k):
            return True
        if self._word(k) != "for" or self._word(self._prev(k)) != "and":
            return False
        j = self._prev(self._prev(k))
        for _ in range(4):
            if j < 0:
                break
            if self._word(j) == "for" and self._ends_thanks(j):
                return True
            j = self._prev(j)
        return False

    def _ends_thanks(self, k: int) -> bool:
        """A thanks phrase ("thank you for") ends at token ``k``."""
        words: list[str] = []
        for _ in range(max(map(len, self.cues.thanks_phrases))):
            words.insert(0, self._word(k))
            k = self._prev(k)
        return any(words[-len(phrase) :] == phrase for phrase in self.cues.thanks_phrases)

    def _tense(self, k: int) -> bool | None:
        """True for a past marker, False for a future marker, None otherwise."""
        cues = self.cues
        word = self.lower[k]
        previous = self._word(self._prev(k))
        if word in cues.future_markers:
            # "her plan", "our hope": the noun, not "we plan to" or "I hope to"
            noun = word in cues.marker_nouns and previous in cues.adjective_determiners
            return None if noun else False
        if word in cues.report_nouns and previous in cues.possessives:
            return True
        if word == "have" and previous in cues.counterfactual_modals:
            return True  # "I should have emailed you on Friday"
        if previous in cues.participle_auxiliaries:
            return None  # "will be held", "has been moved", "has booked"
        if previous == "as" and self._word(self._next(k)) == ",":
            return None  # "As promised, the reports for the review on the 13th"
        if word == "would" and self._reported_before(k):
            return True  # "The officer said the decision would follow by 10 November"
        if word in cues.past_words:
            # "a new set of word cards", "the last": a noun or adjective, not a past verb
            noun = previous in ("a", "an", "the", *cues.possessives)
            return None if noun or self._word(self._next(k)) == "of" else True
        past_participle = (
            word.endswith("ed")
            and len(word) > 4
            and word.isalpha()
            and word not in cues.not_past_ed
            and previous not in cues.adjective_determiners
        )
        return True if past_participle else None

    # -- calendar arithmetic ----------------------------------------------------------

    def _nearest(
        self, month: int, day: int, weekday: int, past: bool | None = None
    ) -> dt.date | None:
        """The date with this month and day nearest to today (matching the weekday if given).

        When the nearest is months away on the wrong side of today for the
        sentence's tense ("will be held on 10 June" written in November), the
        nearest date on the right side is taken instead.
        """
        candidates = [
            d
            for y in (self.today.year - 1, self.today.year, self.today.year + 1)
            if (d := _safe_date(y, month, day))
        ]
        matching = [d for d in candidates if d.weekday() == weekday]
        pool = matching or candidates
        if not pool:
            return None
        best = min(pool, key=lambda d: abs((d - self.today).days))
        if past is None or abs((best - self.today).days) <= _TENSE_OVERRIDE_DAYS:
            return best
        side = [d for d in pool if (d < self.today) == past]
        if not side or (best < self.today) == past:
            return best
        return min(side, key=lambda d: abs((d - self.today).days))

    def _latest(self, month: int, day: int, before: dt.date) -> dt.date | None:
        for year in range(before.year, before.year - 2, -1):
            date = _safe_date(year, month, day)
            if date and date < before:
                return date
        return None

    def _day_number(self, day: int, weekday: int, past: bool) -> dt.date | None:
        """The next (or, for the past, last) date with this day number and weekday."""
        step = -1 if past else 1
        first = self.today.replace(day=1)
        fallback = None
        for shift in range(0, 13 * step, step):
            month = add_months(first, shift)
            date = _safe_date(month.year, month.month, day)
            if date is None or (date < self.today if not past else date >= self.today):
                continue
            if weekday < 0 or date.weekday() == weekday:
                return date
            fallback = fallback or date
        return fallback


def _windows(
    starts: numpy.ndarray, spaces: numpy.ndarray, text: str, near: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Stretches of tokens around the words a date can contain: the only places to match.

    The tokens are those that are not white space, ``starts`` their character
    offsets in ``text`` and ``spaces`` whether white space follows them. Only
    the windows' parts within ``near`` (token stretches) are exact: date words
    further away than ``_WINDOW`` tokens are not looked for.
    """
    # Date words hold no white space: search whole words, from a word's first token.
    first = numpy.flatnonzero(numpy.append(True, spaces[:-1]))
    ranges: list[tuple[int, int]] = []
    for start, end in near:
        low, high = max(start - _WINDOW, 0), min(end + _WINDOW, len(starts))
        begin = first[numpy.searchsorted(first, low, side="right") - 1]
        stop = numpy.searchsorted(first, high)
        ranges.append(
            (int(starts[begin]), int(starts[first[stop]]) if stop < len(first) else len(text))
        )
    hits = [
        match.start()
        for start, end in merged(ranges)
        for match in _PREFILTER.finditer(text, start, end)
    ]
    windows: list[tuple[int, int]] = []
    for token in (numpy.searchsorted(starts, hits, side="right") - 1).tolist():
        start, end = max(token - _WINDOW, 0), min(token + _WINDOW + 1, len(starts))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _relative_within(mention: Mention, start: int, end: int) -> bool:
    """A "today" that only anchors a duration ("15 days from today")."""
    return mention.kind == "relative" and start <= mention.span.start < end


def _ing_bases(word: str) -> set[str]:
    """The base verbs an -ing form may come from: "sending", "chasing", "submitting"."""
    stem = word.removesuffix("ing")
    bases = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.add(stem[:-1])
    return bases


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[k : k + n] == phrase for k in range(len(words) - n + 1))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add(start: dt.date, count: int, unit: str, working: bool) -> dt.date:
    if unit == "month":
        return add_months(start, count)
    if unit == "week":
        return start + dt.timedelta(days=7 * count)
    if working:
        return add_working_days(start, count)
    return start + dt.timedelta(days=count)


@Language.factory("assistant_dates", default_config={"data_dir": ""})
def make_dates(nlp: Language, name: str, data_dir: str) -> DateFinder:
    return DateFinder(nlp, data_dir)
