"""Commitments: undertakings of a future action in a message's new text.

The pipeline has no parser, so an undertaking is read from token patterns: a
future marker (``commitments/modals.jsonl``: "will", "'ll", "am going to",
"aim to", "intend to", "we expect to send", reported "would", "you can expect to hear", dated "has
agreed to", the writer's dated present progressive "I'm chasing ... tomorrow")
with a subject to its left and a verb to its right.  Filters then
drop requests, hopes, offers, hedges the sentence takes back ("... but we
cannot guarantee this"), refusals, questions, descriptions of plan wording,
bookkeeping of the reader's own mail ("your email will be allocated") and
things that merely happen ("the meeting will take place").  The actor comes
from role words in the subject (``commitments/actors.json``), the writer's own
staff ("our caseworker"), the party named before "he"/"she", a name the
mailbox knows a party by ("Ms Rahman", who wrote from the NHS trust; "Millbrook",
a configured school), or, for "I", "we" and "you", from the sender and
recipients in the message context.  The due
date is one of the dates the dates component found in the same sentence, never
one inside a condition or a request ("please let me know by Friday"); "that
afternoon" takes the day named just before.  The action is a short verb phrase
ending at a natural boundary.  Hard-wrapped plain text is read from a flat copy
of the doc (``flat_view``), so line breaks do not split patterns or actions.
All cue words live in ``commitments/cues.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import numpy
from spacy.attrs import IDX, NORM, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..names import given_names, is_family
from .context import FoundCommitment, FoundDate, MessageContext
from .dates import SPAN_KEY, dates_in_span
from .phrases import case_patterns
from .tokens import Tokens, doc_tokens, remember_tokens

_MAX_SUBJECT = 6
_MAX_APPOSITION = 12  # "Lorna Fitch, who runs learning support at the college, will ..."
_TEXTED = {"u": "you", "ur": "your"}  # pronouns as written on a phone
_SOFT_ACTION = 8  # past this many words the action phrase ends at the next phrase boundary
_MAX_ACTION = 14
_PURPOSE_AFTER = 3  # "ring you to arrange a time" keeps its purpose; longer phrases end before it
_FLAT_KEY = "assistant_flat_view"
_WRAPPED_LINE = 30  # a line at least this long that ends without a blank line was wrapped
_LIST_MARKS = frozenset("-*•–·")
_PUNCT_BOUNDARY = frozenset(",;:()[]–—-\"“”'‘’!?.")
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-"})


@dataclass(frozen=True)
class Cues:
    """The word lists of ``cues.json`` as sets (all lower case)."""

    adverbs: frozenset[str]
    aim_words: frozenset[str]
    refusal_words: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_phrases: tuple[tuple[str, ...], ...]
    be_phrases: tuple[tuple[str, ...], ...]
    passive_participles: dict[str, str]
    receiving_verbs: dict[str, str]
    reporting_verbs: frozenset[str]
    hope_words: frozenset[str]
    request_words: frozenset[str]
    request_exceptions: frozenset[str]
    question_words: frozenset[str]
    subject_boundaries: frozenset[str]
    determiners: frozenset[str]
    personal_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    nonperson_pronouns: frozenset[str]
    child_words: frozenset[str]
    nonperson_nouns: frozenset[str]
    generic_subjects: frozenset[str]
    condition_words: frozenset[str]
    action_stops: frozenset[str]
    trailing_words: frozenset[str]
    week_words: tuple[str, ...]
    due_roles: frozenset[str]
    quote_chars: frozenset[str]
    greetings: frozenset[str]
    progressive_verbs: dict[str, str]
    opening_followers: frozenset[str]
    third_person_verbs: frozenset[str]
    back_words: frozenset[str]
    perception_verbs: frozenset[str]
    event_verbs: frozenset[str]
    event_followers: frozenset[str]
    perception_accepts: tuple[tuple[str, ...], ...]
    bullets: frozenset[str]
    takeback_words: frozenset[str]
    takeback_negations: frozenset[str]
    takeback_phrases: tuple[tuple[str, ...], ...]
    openers: frozenset[str]
    routing_participles: frozenset[str]
    elided_subject_conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    anaphoric_days: tuple[tuple[str, ...], ...]
    own_staff_determiners: frozenset[str]
    phrase_boundaries: frozenset[str]
    date_prepositions: frozenset[str]
    manner_words: frozenset[str]
    purpose_verbs: frozenset[str]
    possessives: frozenset[str]
    time_words: frozenset[str]
    object_pronouns: dict[str, str]
    receiving_from: str
    option_modals: frozenset[str]
    third_person_pronouns: frozenset[str]
    stop_pairs: frozenset[tuple[str, str]]
    sending_movements: frozenset[tuple[str, str]]
    decision_bodies: frozenset[str]
    plan_parts: frozenset[str]
    subject_pronouns: frozenset[str]
    dangling_possessives: frozenset[str]
    choice_verbs: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Cues:
        raw = json.loads(path.read_text(encoding="utf-8"))
        values = {}
        for name, kind in cls.__annotations__.items():
            value = raw[name]
            if kind.startswith("dict"):
                values[name] = dict(value)
            elif name in (
                "be_phrases",
                "perception_accepts",
                "anaphoric_days",
                "stop_pairs",
                "sending_movements",
                "hedge_phrases",
                "takeback_phrases",
            ):
                values[name] = tuple(tuple(p) for p in value)
            elif name == "week_words":
                values[name] = tuple(value)
            elif kind == "str":
                values[name] = value
            else:
                values[name] = frozenset(value)
        return cls(**values)


@dataclass(frozen=True)
class Actors:
    """Who is who: sender kinds, role words and person words from ``actors.json``."""

    sender_kinds: dict[str, str]
    unknown: str
    skip_unknown_senders: bool
    roles: dict[str, list[str]]
    people: frozenset[str]
    titles: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Actors:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            sender_kinds=dict(raw["sender_kinds"]),
            unknown=raw["unknown"],
            skip_unknown_senders=bool(raw["skip_unknown_senders"]),
            roles={actor: list(words) for actor, words in raw["roles"].items()},
            people=frozenset(raw["people"]),
            titles=frozenset(raw["titles"]),
        )

    def of_kind(self, kind: str | None) -> str:
        return self.sender_kinds.get(kind or "", self.unknown)


@dataclass(frozen=True)
class Subject:
    """The words left of the future marker that say who acts (or what is acted on)."""

    start: int
    head: int  # index of the head token ("payment" in "a payment of £150")
    boundary: Token | None  # the word or mark that ended the leftward scan
    end: int  # one past the last word of the subject
    antecedent: Span | None = None  # for "..., who will": the noun phrase before the comma
    implicit: bool = False  # "Will send it tomorrow.": the writer, left unsaid


@dataclass(frozen=True)
class Verb:
    """The action right of the future marker."""

    index: int
    passive_base: str | None = None  # "send" for "will be sent"
    base: str | None = None  # "chase" for "I'm chasing": the action's verb


@dataclass(frozen=True)
class FlatView:
    """The new text with its line wraps undone, for patterns over adjacent tokens.

    Hard-wrapped plain-text mail puts newline tokens inside sentences ("will\\ncontact"),
    which token patterns cannot see past. The flat copy has the same tokens and sentence
    boundaries without the white-space tokens of wraps and runs of spaces; paragraph
    breaks, list lines and the line breaks after short lines (a greeting, a heading)
    stay. ``starts`` and ``flat_starts`` pair the kept tokens' character offsets in the
    original and in the copy.
    """

    doc: Doc
    starts: numpy.ndarray | None = None  # None: the original is already flat
    flat_starts: numpy.ndarray | None = None

    def char(self, original: int) -> int:
        """The offset in the copy of a token boundary of the original."""
        if self.starts is None or self.flat_starts is None:
            return original
        i = max(int(numpy.searchsorted(self.starts, original, side="right")) - 1, 0)
        token = self.doc[i]
        inside = min(original - int(self.starts[i]), len(token) + len(token.whitespace_))
        return int(self.flat_starts[i]) + max(inside, 0)


def flat_view(doc: Doc) -> FlatView:
    """The flat copy of ``doc``, made once per doc and shared by the components."""
    view = doc.user_data.get(_FLAT_KEY)
    if view is None:
        view = _flatten(doc)
        doc.user_data[_FLAT_KEY] = view
    return view


def release_flat_view(doc: Doc) -> None:
    """Drop the cached copy once the last component that reads it is done."""
    doc.user_data.pop(_FLAT_KEY, None)


def _flatten(doc: Doc) -> FlatView:
    tokens = doc_tokens(doc)
    spaces = numpy.flatnonzero(tokens.is_space)
    if not len(spaces):
        return FlatView(doc)
    keep = ~tokens.is_space
    orths, starts = tokens.orth.tolist(), tokens.idx.tolist()

    def word(i: int) -> str:
        return doc.vocab.strings[orths[i]]

    line_start = 0
    for j in spaces.tolist():
        keep[j] = _line_break_stays(doc, word, j, starts[j] - line_start)
        if "\n" in word(j):
            line_start = starts[j] + len(word(j))
    if keep.all() or not keep.any():
        return FlatView(doc)  # only paragraph breaks: nothing to join
    kept = numpy.flatnonzero(keep)
    dropped_next = numpy.append(~keep[1:], False)
    trailing = tokens.spacy[kept] | (dropped_next[kept] & ~tokens.is_space[kept])
    flat = Doc(doc.vocab, words=tokens.orth[kept].tolist(), spaces=trailing.tolist())
    sentence_starts = numpy.full(len(flat), -1, dtype="int64")
    if doc.has_annotation("SENT_START"):
        position = numpy.cumsum(keep) - keep  # the flat token at or after each original one
        firsts = position[doc.to_array(SENT_START) == 1]
        sentence_starts[firsts[firsts < len(flat)]] = 1
    sentence_starts[0] = 1
    values = numpy.stack([tokens.norm[kept], sentence_starts.astype("uint64")], axis=1)
    flat.from_array([NORM, SENT_START], values)
    flat_starts = flat.to_array(IDX)
    remember_tokens(
        flat,
        Tokens(tokens.orth[kept], tokens.norm[kept], flat_starts, trailing, tokens.is_space[kept]),
    )
    return FlatView(flat, tokens.idx[kept].astype("int64"), flat_starts.astype("int64"))


def _line_break_stays(doc: Doc, word: Callable[[int], str], i: int, line_length: int) -> bool:
    """A paragraph break, a line break before a list item or after a short line is kept.

    ``i`` is the white-space token; ``word(k)`` is the text of token ``k``.
    """
    newlines = word(i).count("\n")
    if newlines != 1 or i == 0 or i == len(doc) - 1:
        return newlines > 0
    if line_length < _WRAPPED_LINE:
        return True
    numbered = i + 2 < len(doc) and word(i + 2) in ".)" and doc[i + 1].like_num
    return word(i + 1) in _LIST_MARKS or numbered


class CommitmentFinder:
    """The spaCy component: fills ``doc._.commitments``."""

    def __init__(self, nlp: Language, folder: Path) -> None:
        self.cues = Cues.load(folder / "cues.json")
        self.actors = Actors.load(folder / "actors.json")
        self.markers = PhraseMatcher(nlp.vocab, attr="NORM")
        with (folder / "modals.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    entry = json.loads(line)
                    phrases = _expand_pattern(entry["pattern"])
                    self.markers.add(entry["label"], [nlp.make_doc(" ".join(p)) for p in phrases])
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for actor, words in self.actors.roles.items():
            self.role_matcher.add(actor, [d for w in words for d in case_patterns(nlp.make_doc, w)])

    def __call__(self, doc: Doc) -> Doc:
        context: MessageContext | None = doc._.context
        doc._.commitments = []
        if not self._reads(context) or not self.markers(doc):
            return doc
        view = flat_view(doc)
        flat = view.doc
        matches = self.markers(flat) if flat is not doc else self.markers(doc)
        reading = Reading(self, flat, context, _mentions(doc, view))
        found: list[FoundCommitment] = []
        done: dict[int, int] = {}  # sentence start -> its commitment in ``found``
        for match_id, start, end in sorted(matches, key=lambda m: m[1]):
            sent = flat[start].sent
            first = done.get(sent.start)
            if first is not None and found[first].due is not None:
                continue
            label = flat.vocab.strings[match_id]
            commitment = reading.commitment(sent, start, end, label)
            if commitment is None:
                continue
            if first is None:
                done[sent.start] = len(found)
                found.append(commitment)
            elif commitment.due is not None and commitment.actor == found[first].actor:
                # one undertaking a sentence, dated by its later clause: "I will take the
                # case to the panel, and you will have the decision by Wednesday 24 May"
                found[first] = replace(found[first], due=commitment.due)
        doc._.commitments = found
        return doc

    def _reads(self, context: MessageContext | None) -> bool:
        """Unknown senders are mostly shops, clubs and family: their "will"s are not the case's."""
        if context is None:
            return False
        return context.sender_kind is not None or not self.actors.skip_unknown_senders


class Reading:
    """One document being read for commitments: the doc-wide lookups live here."""

    def __init__(
        self, finder: CommitmentFinder, doc: Doc, context: MessageContext, dates: list[FoundDate]
    ) -> None:
        self.cues = finder.cues
        self.actors = finder.actors
        self.doc = doc
        self.context = context
        self.roles: dict[int, str] = {}
        spans = [Span(doc, s, e, label=m) for m, s, e in finder.role_matcher(doc)]
        for span in filter_spans(spans):
            for i in range(span.start, span.end):
                self.roles[i] = span.label_
        self.child_names = _child_names(context)
        self.family_names = _family_names(context)
        self.dates = dates  # every date mention, at its character offsets in ``doc``

    # -- the undertaking -------------------------------------------------

    def commitment(self, sent: Span, start: int, end: int, label: str) -> FoundCommitment | None:
        """The commitment made by the marker doc[start:end] (a ``modals.jsonl`` label), if any.

        FUTURE is "will", "going to", "aim to"; INTENDED "we expect to send" (a hedge that
        still names the writer's own action); REPORTED a "would" after "said" or
        "promised"; EXPECTED "you can expect to hear" / "you should receive", the
        writer's undertaking; AGREED "has agreed to" and PROGRESSIVE "I am / we are"
        + -ing ("I'm chasing the OT tomorrow") count only with a date to come.
        """
        cues = self.cues
        if self._is_question(sent, start) or self._inside_quotes(sent, start):
            return None
        subject = self._subject(sent, start)
        if subject is None:
            return None
        if subject.boundary is not None and self._opens_question(subject.boundary):
            return None
        if self._names_an_intention(subject, start):
            return None
        reporting = self._has_reporting_verb(sent, subject.start)
        reported = label == "REPORTED"
        if reported and not reporting:
            return None
        if self._hoped_or_requested(sent, subject.start) or self._taken_back(sent):
            return None
        if self._offered(sent, subject.start):
            return None
        if label == "EXPECTED_OBJECT":
            verb = self._expected_thing(sent, end)
        elif label == "PROGRESSIVE":
            verb = self._progressive_verb(sent, subject, end)
        else:
            verb = self._verb(sent, end)
        if verb is None or self._is_child(subject):
            return None
        if self._document_sent(sent, subject, verb):
            verb = Verb(verb.index, passive_base="send")
        if label == "INTENDED" and self.doc[verb.index].lower_ in cues.receiving_verbs:
            return None  # "we expect to send" undertakes; "I expect to hear" does not
        expected = label in ("EXPECTED", "EXPECTED_OBJECT")
        if expected and not self._expects_from_writer(subject, verb):
            return None
        if verb.passive_base is not None and (subject.implicit or self._routing(subject, verb)):
            return None
        if verb.passive_base is None and not self._acts(subject, verb):
            return None
        due, stale = self._due(sent, subject, verb)
        dated_only = label in ("AGREED", "PROGRESSIVE")
        if dated_only and self._dated_by_relative_clause(sent, verb):
            due = None  # "I am making these comments within the period, which ends on 1 May"
        if (stale and (reported or reporting)) or (dated_only and due is None):
            return None
        return FoundCommitment(
            actor=self._actor(sent, subject, verb, reporting),
            action=self._action(sent, subject, verb),
            due=due,
            text=_sentence_text(sent, cues.bullets),
        )

    def _dated_by_relative_clause(self, sent: Span, verb: Verb) -> bool:
        """Every date after the verb sits in a ", which ..." clause: it dates something else."""
        doc = self.doc
        dates = [d for d in self._dates_in(sent) if d.start >= doc[verb.index].idx]
        relative = next(
            (
                t.idx
                for t in doc[verb.index : sent.end]
                if t.lower_ == "which" and t.i > 0 and doc[t.i - 1].text == ","
            ),
            None,
        )
        return bool(dates) and relative is not None and all(d.start > relative for d in dates)

    def _names_an_intention(self, subject: Subject, marker: int) -> bool:
        """ "the evidence I intend to rely on", "the provider you intend to use": an
        intention that describes a thing, not an undertaking (no "that" before the subject)."""
        doc, cues = self.doc, self.cues
        if doc[marker].lower_ not in cues.aim_words or subject.start == 0:
            return False
        if doc[subject.head].lower_ not in cues.personal_pronouns:
            return False
        before = doc[subject.start - 1]
        return before.is_alpha and not (
            before.lower_ in cues.subject_boundaries
            or before.lower_ in cues.adverbs
            or before.lower_ in cues.elided_subject_conjunctions
        )

    def _opens_question(self, boundary: Token) -> bool:
        """A question word opens the subject's clause ("tell me when you will ..."); not
        a relative "which" after a comma ("the report, which I will send you by Friday")."""
        if boundary.lower_ not in self.cues.question_words:
            return False
        relative = boundary.lower_ in ("which", "who") and boundary.i > 0
        return not (relative and self.doc[boundary.i - 1].text == ",")

    def _taken_back(self, sent: Span) -> bool:
        """The sentence takes the undertaking back: "..., but we cannot guarantee this",
        "..., but this can take longer"."""
        cues = self.cues
        words = [t.lower_ for t in sent]
        if any(_contains(words, phrase) for phrase in cues.takeback_phrases):
            return True
        for token in sent:
            if token.lower_ in cues.takeback_words:
                before = self.doc[max(sent.start, token.i - 3) : token.i]
                if any(t.lower_ in cues.takeback_negations for t in before):
                    return True
        return False

    def _offered(self, sent: Span, before: int) -> bool:
        """ "Leo may prefer to ..., and we will make time for that": an offer for the
        reader to take up, not an undertaking."""
        cues = self.cues
        words = self.doc[sent.start : before]
        for token in words:
            if token.lower_ in cues.option_modals:
                nxt = self.doc[token.i + 1 : min(token.i + 3, before)]
                if any(t.lower_ in cues.choice_verbs for t in nxt):
                    return True
        return False

    def _expected_thing(self, sent: Span, end: int) -> Verb | None:
        """ "You can expect a decision letter by ...": "expect" itself is the receiving verb."""
        if end >= sent.end or self.doc[end].lower_ == "to":
            return None
        return Verb(end - 1)

    def _expects_from_writer(self, subject: Subject, verb: Verb) -> bool:
        """ "You can expect to hear / should receive ...": only the reader receiving counts."""
        receives = self.doc[verb.index].lower_ in self.cues.receiving_verbs
        return _pronoun(self.doc[subject.head]) == "you" and receives and verb.passive_base is None

    def _routing(self, subject: Subject, verb: Verb) -> bool:
        """Bookkeeping of the reader's own mail ("your email will be allocated to an officer")."""
        if self.doc[verb.index].lower_ not in self.cues.routing_participles:
            return False
        words = {t.lower_ for t in self.doc[subject.start : subject.end]}
        return bool(words & {"your", "it", "this"})

    def _is_question(self, sent: Span, start: int) -> bool:
        """The marker's clause asks: "I'll ring you; could you ...?" asks only after the ";"
        (or a dash: "I'll ring you on Tuesday - is the morning OK?")."""
        if not any(t.text == "?" for t in sent[-3:]):
            return False
        return not any(
            t.text in (";", "–", "—")
            or (t.text == "-" and t.whitespace_ and t.i > 0 and self.doc[t.i - 1].whitespace_)
            for t in self.doc[start : sent.end]
        )

    def _inside_quotes(self, sent: Span, start: int) -> bool:
        marks = sum(1 for t in self.doc[sent.start : start] if t.text in self.cues.quote_chars)
        return marks % 2 == 1

    def _has_reporting_verb(self, sent: Span, before: int) -> bool:
        return any(t.lower_ in self.cues.reporting_verbs for t in self.doc[sent.start : before])

    def _hoped_or_requested(self, sent: Span, before: int) -> bool:
        """A hope, belief or request governs the clause ("I hope the panel will ...")."""
        cues = self.cues
        start = before
        while start > sent.start and not self._clause_break(start - 1):
            start -= 1
        for token in self.doc[start:before]:
            if token.lower_ in cues.hope_words:
                return True
            if token.lower_ in cues.request_words:
                following = token.nbor(1) if token.i + 1 < before else None
                if following is None or following.lower_ not in cues.request_exceptions:
                    return True
        return False

    def _clause_break(self, i: int) -> bool:
        """A comma or dash, or "and"/"but" starting a new clause ("..., and I will ...")."""
        token = self.doc[i]
        if token.text == "-":  # a dash with space around it, not "small-group"
            return bool(token.whitespace_) and i > 0 and bool(self.doc[i - 1].whitespace_)
        if token.text in _CLAUSE_PUNCT:
            return True
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        pronouns = self.cues.personal_pronouns
        return token.lower_ in ("and", "but") and nxt is not None and nxt.lower_ in pronouns

    # -- subject ----------------------------------------------------------

    def _subject(self, sent: Span, start: int) -> Subject | None:
        """Scan left from the future marker for the subject noun phrase."""
        doc, cues = self.doc, self.cues
        i = start - 1
        while i >= sent.start and doc[i].lower_ in cues.adverbs:
            i -= 1
        if i < sent.start or (i == sent.start and doc[i].text in cues.bullets):
            return self._unsaid_subject(sent, start)
        if doc[i].text == "," and i - 1 == sent.start and doc[i - 1].lower_ in cues.openers:
            return self._unsaid_subject(sent, start)  # "Noted, will revert by Weds."
        if doc[i].text in (",", ")"):
            return self._apposed_subject(sent, i)
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in cues.elided_subject_conjunctions:
            return self._elided_subject(sent, i)
        head = doc[i]
        if head.lower_ in ("who", "whom"):
            return self._relative_subject(sent, head)
        if head.lower_ == "which" and i > sent.start and doc[i - 1].text == ",":
            # "passed to the relevant service, which will respond within 10 days";
            # "the draft, which will be sent to you by Friday"
            relative = self._relative_subject(sent, head)
            if relative is not None:
                return relative
        if head.lower_ in cues.personal_pronouns or head.lower_ in cues.nonperson_pronouns:
            boundary = doc[i - 1] if i > sent.start else None
            return Subject(i, i, boundary, i + 1)
        j = i
        while j > sent.start and i - j < _MAX_SUBJECT and doc[j].lower_ not in cues.determiners:
            prev = doc[j - 1]
            if prev.text in _PUNCT_BOUNDARY or prev.is_space or _is_boundary_word(prev, cues):
                break
            j -= 1
        boundary = doc[j - 1] if j > sent.start else None
        # "a payment of £150 will be made": the head is the word before "of"
        head = next((k - 1 for k in range(j + 1, i) if doc[k].lower_ == "of"), i)
        if doc[head].like_num:
            return None
        return Subject(j, head, boundary, i + 1)

    def _elided_subject(self, sent: Span, conjunction: int) -> Subject | None:
        """ "I've emailed the OT lead and will ...": the subject of the clause's first verb."""
        doc, cues = self.doc, self.cues
        start = conjunction
        while start > sent.start and doc[start - 1].text not in {";", ":"}:
            start -= 1
        while start < conjunction and (doc[start].is_space or doc[start].text in cues.bullets):
            start += 1
        if doc[start].lower_ in cues.personal_pronouns:
            return Subject(start, start, None, start + 1)
        stop = min(conjunction, start + _MAX_SUBJECT + 1)
        end = next((k for k in range(start + 1, stop) if _is_verb_like(doc[k], cues)), None)
        if end is None:
            return None
        head = next((k - 1 for k in range(start + 1, end) if doc[k].lower_ == "of"), end - 1)
        return Subject(start, head, None, end)

    def _unsaid_subject(self, sent: Span, start: int) -> Subject | None:
        """A sentence opening "Will send the forms on Monday." speaks for the writer."""
        doc = self.doc
        nxt = doc[start + 1] if start + 1 < sent.end else None
        if doc[start].norm_ != "will" or nxt is None or not nxt.is_lower or not nxt.is_alpha:
            return None
        if nxt.lower_ in self.cues.personal_pronouns or nxt.lower_ in self.cues.nonperson_pronouns:
            return None
        return Subject(start, start, None, start, implicit=True)

    def _apposed_subject(self, sent: Span, close: int) -> Subject | None:
        """A name with a role beside it: "Ms Tran, Senior Caseworker, will ..."."""
        opener = "(" if self.doc[close].text == ")" else ","
        k = close - 1
        while k > sent.start and close - k <= _MAX_APPOSITION and self.doc[k].text != opener:
            k -= 1
        if self.doc[k].text != opener or k == close - 1:
            return None
        named = self._subject(sent, k)
        if named is None or named.antecedent is not None:
            return None
        apposition = self.doc[k + 1 : close]
        return Subject(named.start, named.head, named.boundary, named.end, apposition)

    def _relative_subject(self, sent: Span, who: Token) -> Subject | None:
        """In "..., EHC Coordinator, who will ..." the antecedent is before the comma; in
        "allocated to a caseworker who will ..." it is the noun phrase before "who"."""
        if who.i - 1 <= sent.start:
            return None
        end = who.i - 1 if self.doc[who.i - 1].text == "," else who.i
        start = end
        while start > sent.start and end - start < _MAX_SUBJECT:
            prev = self.doc[start - 1]
            if prev.is_punct or prev.is_space or prev.lower_ in self.cues.subject_boundaries:
                break
            start -= 1
            if end == who.i and prev.lower_ in self.cues.determiners:
                break
        antecedent = self.doc[start:end] if start < end else None
        if end == who.i and not self._to_reader(who.i + 2, sent.end):
            # "let me know who will ..." asks; "the teacher who will be visiting" identifies
            # someone; "a caseworker who will ring you" undertakes
            return None
        return Subject(who.i, who.i, None, who.i + 1, antecedent)

    def _to_reader(self, start: int, stop: int) -> bool:
        words = self.doc[start : min(start + 4, stop)]
        return start < stop and any(_pronoun(t) in ("you", "your") for t in words)

    def _is_person(self, subject: Subject) -> bool:
        cues, doc = self.cues, self.doc
        head = doc[subject.head]
        if (
            subject.implicit
            or head.lower_ in cues.personal_pronouns
            or head.lower_ in ("who", "whom")
            or (head.lower_ == "which" and self._names_people(subject.antecedent))
        ):
            return True
        if head.lower_ == "it" and self._party_named_before(subject) is not None:
            return True  # "the council has confirmed it will send a decision-maker"
        if self._organisation_name(doc[subject.start : subject.end]):
            return True  # "Brightwater Therapy will contact you"
        if head.lower_ in cues.nonperson_pronouns or head.lower_ in cues.nonperson_nouns:
            return False
        people = self.actors.people
        if head.i in self.roles or _hyphenated(head) in people:
            return True
        words = doc[subject.start : subject.end]
        if any(t.lower_ in cues.nonperson_nouns for t in words):
            return False  # "Section F will ...", "the support plan will ..."
        if any(t.i in self.roles or _hyphenated(t) in people for t in words):
            return True
        if head.is_alpha and head.text[0].isupper():
            return True
        # "The operator, Calder Valley Travel, will phone you": named beside it
        named = subject.antecedent
        return named is not None and named.start > subject.head and _is_name(named)

    def _organisation_name(self, words: Span) -> bool:
        """Two or more capitalised words opening with a name ("Brightwater Therapy"),
        not "The Plan" or "Section F"."""
        cues = self.cues
        first = words[0] if len(words) else None
        return (
            len(words) >= 2
            and _is_name(words)
            and first is not None
            and first.lower_ not in cues.determiners
            and first.lower_ not in cues.nonperson_nouns
            and first.lower_ not in cues.personal_pronouns
            and first.lower_.rstrip(".") not in self.actors.titles  # "Dr Marsh" is a person
        )

    def _names_people(self, words: Span | None) -> bool:
        """The words name a party or a team ("the relevant service", "the EP team")."""
        people = self.actors.people
        return words is not None and any(t.i in self.roles or t.lower_ in people for t in words)

    def _acts(self, subject: Subject, verb: Verb) -> bool:
        """Whether the subject is someone who undertakes the (active) verb."""
        if not self._is_person(subject):
            return False
        cues, doc = self.cues, self.doc
        head, word = _pronoun(doc[subject.head]), doc[verb.index].lower_
        receiver = head not in cues.speaker_pronouns and head != "you" and not subject.implicit
        if word in cues.receiving_verbs and receiver and not self._back(verb):
            return False  # "he will receive one hour a week of therapy" describes provision
        if head == "it":  # a party named before it: only what parties do, not "it will be"
            return word in cues.third_person_verbs and word != "be"
        if head in cues.personal_pronouns and head not in cues.speaker_pronouns | {"you"}:
            if word in cues.third_person_verbs or doc[verb.index].norm_ == "be":
                return True
            # "she will start Amara's sessions", "she will see Amir": acting on the child, so
            # not the child
            after = doc[verb.index + 1 : min(verb.index + 4, len(doc))]
            return any(t.lower_ in self.child_names for t in after)
        return True

    def _back(self, verb: Verb) -> bool:
        nxt = verb.index + 1
        return nxt < len(self.doc) and self.doc[nxt].lower_ in self.cues.back_words

    def _is_child(self, subject: Subject) -> bool:
        head = self.doc[subject.head]
        if head.lower_ in self.child_names:
            return True
        words = self.doc[subject.start : subject.end].text.lower()
        cues = self.cues
        return bool({head.lower_, words} & (cues.child_words | cues.generic_subjects))

    # -- verb ---------------------------------------------------------------

    def _verb(self, sent: Span, end: int) -> Verb | None:
        """The action after the future marker, or None for refusals and hedges."""
        doc, cues = self.doc, self.cues
        i = self._skip_adverbs(end, sent.end)
        if i < sent.end and doc[i].lower_ in cues.aim_words and _next_is(doc, i, "to"):
            i = self._skip_adverbs(i + 2, sent.end)
        if i >= sent.end:
            return None
        word = doc[i]
        if word.norm_ in cues.refusal_words or word.lower_ in cues.hedge_verbs:
            return None
        following = tuple(t.lower_ for t in doc[i : min(i + 4, sent.end)])
        if any(following[: len(p)] == p for p in cues.hedge_phrases):
            return None  # "I will do everything I can to ..." promises effort, no action
        if word.lower_ in cues.determiners:  # "commit to the plan" names no action
            return None
        if word.norm_ == "be":
            return self._be_verb(sent, i)
        if word.lower_ == "follow" and self._follows_on(sent, i):
            return Verb(i, passive_base="send")  # "a signed copy will follow by post"
        if word.lower_ in cues.perception_verbs and not self._perceives_someone(sent, i):
            return None  # "you will see that ...", "you will have 15 days"
        if word.lower_ in cues.event_verbs and self._intransitive(sent, i):
            return None  # "the panel will meet on 13 May" is a scheduled event
        if not word.is_alpha or word.is_title:
            return None
        return Verb(i)

    def _document_sent(self, sent: Span, subject: Subject, verb: Verb) -> bool:
        """A document that will go to someone is sent: "the review report will go to the
        council by Tuesday"; a person going somewhere undertakes nothing here."""
        i = verb.index
        if verb.passive_base is not None or verb.base is not None or i + 1 >= sent.end:
            return False
        movement = (self.doc[i].lower_, self.doc[i + 1].lower_)
        if movement not in self.cues.sending_movements or self._is_person(subject):
            return False
        # "the request will go to the EHC Needs Assessment Panel on the 15th": a scheduled step
        for token in self.doc[i + 2 : min(i + 8, sent.end)]:
            if token.lower_ in self.cues.decision_bodies:
                return False
            if token.is_punct:
                break
        return True

    def _progressive_verb(self, sent: Span, subject: Subject, end: int) -> Verb | None:
        """ "I'm chasing the OT", "we are sending the draft": the writer's own arrangement,
        never a letter's opening ("I am writing to ask", "I'm emailing about")."""
        doc, cues = self.doc, self.cues
        if subject.implicit or doc[subject.head].lower_ not in cues.speaker_pronouns:
            return None
        i = self._skip_adverbs(end, sent.end)
        if i >= sent.end or doc[i].lower_ not in cues.progressive_verbs:
            return None
        if self._opens_letter(sent, i):
            return None
        return Verb(i, base=cues.progressive_verbs[doc[i].lower_])

    def _opens_letter(self, sent: Span, verb: int) -> bool:
        """ "writing about", "emailing to ask", "writing to you": not "sending to the school"."""
        cues = self.cues
        words = self.doc[verb + 1 : min(verb + 3, sent.end)]
        if not words:
            return False
        if words[0].lower_ in cues.opening_followers:
            return True
        if words[0].lower_ != "to" or len(words) < 2 or not words[1].is_lower:
            return False
        return words[1].lower_ not in cues.determiners | cues.possessives

    def _intransitive(self, sent: Span, i: int) -> bool:
        nxt = self.doc[i + 1] if i + 1 < sent.end else None
        return nxt is None or nxt.is_punct or nxt.lower_ in self.cues.event_followers

    def _perceives_someone(self, sent: Span, i: int) -> bool:
        """Seeing someone or having a look is an action; seeing that or having days is not."""
        if i + 1 >= sent.end:
            return False
        nxt = self.doc[i + 1]
        if nxt.is_alpha and nxt.is_title and nxt.lower_ not in self.cues.personal_pronouns:
            return True
        for phrase in self.cues.perception_accepts:
            words = tuple(t.lower_ for t in self.doc[i + 1 : min(i + 1 + len(phrase), sent.end)])
            if words == phrase:
                return True
        return False

    def _be_verb(self, sent: Span, be: int) -> Verb | None:
        """Passive "will be sent", progressive "will be contacting", "will be there"."""
        doc, cues = self.doc, self.cues
        i = self._skip_adverbs(be + 1, sent.end)
        if i >= sent.end:
            return None
        word = doc[i]
        base = cues.passive_participles.get(word.lower_)
        if base is not None:
            return Verb(i, passive_base=base)
        if word.lower_ in cues.progressive_verbs:
            return Verb(i, base=cues.progressive_verbs[word.lower_])  # "will be sending" -> "send"
        if word.lower_ == "with" and i + 1 < sent.end and self._names_person(doc[i + 1]):
            return Verb(i, passive_base="send")  # "my advice will be with Mrs Karimi by Friday"
        for phrase in cues.be_phrases:
            words = [t.lower_ for t in doc[i : min(i + len(phrase), sent.end)]]
            if tuple(words) == phrase:
                return Verb(be)
        return None

    def _names_person(self, token: Token) -> bool:
        """ "you", "Mrs Karimi", "the school": someone a thing can reach."""
        return token.lower_ in self.cues.object_pronouns.values() or token.is_title

    def _follows_on(self, sent: Span, i: int) -> bool:
        """ "will follow by post / separately / shortly": the thing will be sent, not the
        reader following advice ("you will follow the plan")."""
        nxt = self.doc[i + 1].lower_ if i + 1 < sent.end else "."
        return nxt in ("by", "in", "separately", "shortly", "soon", "later", ".", ",")

    def _skip_adverbs(self, i: int, stop: int) -> int:
        while i < stop and (self.doc[i].lower_ in self.cues.adverbs or self.doc[i].text == ","):
            i += 1
        return i

    # -- actor ----------------------------------------------------------------

    def _actor(self, sent: Span, subject: Subject, verb: Verb, reporting: bool) -> str:
        doc, cues = self.doc, self.cues
        if self._own_staff(subject, verb):
            return self._sender()
        role = self._subject_role(subject, verb)
        if role is not None:
            return role
        if self._names_family(subject):
            return self.actors.of_kind("owner")
        head = _pronoun(doc[subject.head])
        if subject.implicit or head in cues.speaker_pronouns:
            return self._sender()
        if head in cues.third_person_pronouns:
            antecedent = self._antecedent_role(sent, subject)
            if antecedent is not None:
                return antecedent
        if head == "it":
            party = self._party_named_before(subject)
            if party is not None:
                return party
        if head == "you":
            if self.context.sender_kind == "owner":
                return self._vocative(subject) or self._recipient()
            receives = doc[verb.index].lower_ in cues.receiving_verbs and not self._back(verb)
            if verb.passive_base is not None or receives:
                return self._sender()
            return self._recipient()
        if verb.passive_base is not None and self.context.sender_kind == "owner":
            if reporting or self._to_owner(sent, verb) or self._names_plan_part(subject):
                return self._recipient()
            return self._sender()
        named = (
            self._named_role(doc[subject.head])
            or self._addressed(doc[subject.head])
            or self._known_name(subject)
        )
        if named is not None:
            return named
        named_organisation = self._organisation_name(doc[subject.start : subject.end]) or (
            subject.antecedent is not None
            and subject.antecedent.start > subject.head
            and self._organisation_name(subject.antecedent)
        )
        if verb.passive_base is None and named_organisation:
            return self.actors.unknown  # "Brightwater Therapy will", "The operator, X Travel,"
        if self.context.sender_kind == "owner":
            return self._bystander() or self._recipient()
        return self._sender()

    def _names_plan_part(self, subject: Subject) -> bool:
        """ "Section B will be redrafted": only the council writes the plan."""
        words = self.doc[subject.start : subject.end]
        return any(t.lower_ in self.cues.plan_parts for t in words)

    def _names_family(self, subject: Subject) -> bool:
        """ "Mr and Mrs Okoro will send the form": the family's surname names the parents."""
        head = self.doc[subject.head]
        return head.is_title and head.lower_ in self.family_names and not subject.implicit

    def _antecedent_role(self, sent: Span, subject: Subject) -> str | None:
        """ "The OT service has recruited Ms Kay. She will start ...": the party named last
        before "he", "she" or "they", in this sentence or the one before."""
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        named = [i for i in range(subject.start - 1, first - 1, -1) if i in self.roles]
        return self.roles[named[0]] if named else None

    def _party_named_before(self, subject: Subject) -> str | None:
        """The party a sentence names before "it": "the school has said it will apply"."""
        start = self.doc[subject.start].sent.start
        named = [i for i in range(subject.start - 1, start - 1, -1) if i in self.roles]
        return self.roles[named[0]] if named else None

    def _own_staff(self, subject: Subject, verb: Verb) -> bool:
        """ "Our caseworker will call you" from SENDIASS is SENDIASS, whatever a caseworker
        usually is; the parent's "our solicitor" keeps the role's party."""
        first = self.doc[subject.start].lower_
        sender = self.context.sender_kind
        own = first in self.cues.own_staff_determiners and verb.passive_base is None
        return own and sender is not None and sender != "owner"

    def _subject_role(self, subject: Subject, verb: Verb) -> str | None:
        """A party named in the subject ("the local authority will ...")."""
        doc = self.doc
        words: list[int] = []
        if subject.antecedent is not None:
            words += range(subject.antecedent.start, subject.antecedent.end)
        if verb.passive_base is None:
            words += range(subject.start, subject.end)
        else:
            # "the council's decision letter will be sent", "... will be sent by the school"
            words += [
                i
                for i in range(subject.start, subject.end)
                if i + 1 < len(doc) and doc[i + 1].norm_ == "'s"
            ]
            words += self._agent(verb)
        for i in words:
            if i in self.roles:
                return self.roles[i]
        return None

    def _agent(self, verb: Verb) -> list[int]:
        doc = self.doc
        i = verb.index + 1
        if i < len(doc) and doc[i].lower_ == "by":
            stop = min(i + 5, doc[verb.index].sent.end)
            return list(range(i + 1, stop))
        return []

    def _to_owner(self, sent: Span, verb: Verb) -> bool:
        """Whether it "will be sent to me": the parent reports what the other side will do."""
        after = [t.lower_ for t in self.doc[verb.index + 1 : min(verb.index + 4, sent.end)]]
        return "to" in after and ("me" in after or "us" in after)

    def _named_role(self, head: Token) -> str | None:
        """A named person's party, from an apposition elsewhere ("Mrs Hale, the SENCo")."""
        if not head.text[:1].isupper():
            return None
        doc = self.doc
        for token in doc:
            if token.text != head.text or token.i == head.i:
                continue
            after = token.i + 1
            if after < len(doc) and doc[after].text in {",", "("}:
                for i in range(after + 1, min(after + 5, len(doc))):
                    if i in self.roles:
                        return self.roles[i]
                    if doc[i].is_punct:
                        break
            before = token.i - 1
            while before >= 0 and doc[before].lower_ in self.actors.titles | {","}:
                before -= 1
            if before >= 0 and before < token.i - 1 and before in self.roles:
                return self.roles[before]
        return None

    def _known_name(self, subject: Subject) -> str | None:
        """ "Ms Rahman will ...", "Millbrook will ...": a name the mailbox knows a party by."""
        names = dict(self.context.known_names)
        for token in self.doc[subject.start : subject.end]:
            kind = names.get(token.lower_) if token.text[:1].isupper() else None
            if kind is not None:
                return self.actors.of_kind(kind)
        return None

    def _vocative(self, subject: Subject) -> str | None:
        """In "Ms Hale, you will send ..." the actor is the party of the person addressed."""
        boundary = subject.boundary
        if boundary is None or boundary.text != "," or boundary.i == 0:
            return None
        return self._addressed(self.doc[boundary.i - 1])

    def _addressed(self, name: Token) -> str | None:
        return self.addressees.get(name.lower_)

    def _bystander(self) -> str | None:
        """A person the parent names who is not addressed: the first copied party."""
        addressed = set(self.addressees.values())
        kinds = [self.actors.of_kind(k) for k in self.context.recipient_kinds if k != "owner"]
        return next((k for k in kinds if k not in addressed), None)

    @cached_property
    def addressees(self) -> dict[str, str]:
        """Names in the greeting line, paired in order with the recipients' parties."""
        names = _greeting_names(self.doc, self.cues.greetings, self.actors.titles)
        names = [n for n in names if n not in self.family_names]
        kinds = [self.actors.of_kind(k) for k in self.context.recipient_kinds if k != "owner"]
        return dict(zip(names, kinds, strict=False))

    def _sender(self) -> str:
        """The sender's side; a family member configured as a party of their own ("Sam
        Brightwell (Rosie's father)") writes for the parent's side."""
        if is_family(self.context.sender_party):
            return self.actors.of_kind("owner")
        return self.actors.of_kind(self.context.sender_kind)

    def _recipient(self) -> str:
        kinds = [k for k in self.context.recipient_kinds if k]
        if self.context.sender_kind == "owner":
            kinds = [k for k in kinds if k != "owner"]
        return self.actors.of_kind(kinds[0]) if kinds else self.actors.unknown

    # -- due date -------------------------------------------------------------

    def _due(self, sent: Span, subject: Subject, verb: Verb) -> tuple[dt.date | None, bool]:
        """The due date and whether the undertaking refers to a date already past."""
        inside = self._dates_in(sent)
        if not inside:
            return self._anaphoric_due(sent), False
        conditions = self._condition_spans(sent, subject)
        verb_char = self.doc[verb.index].idx
        subject_char = self.doc[subject.start].idx
        # "..., and I'd rather we talk on Monday": a clause with its own subject keeps its date
        conditions.append((self._next_clause_char(sent, verb.index), sent.end_char))
        after: list[FoundDate] = []
        before: list[FoundDate] = []
        stale = False
        that = self._that_clause_char(sent, verb.index)
        for found in inside:
            if any(s <= found.start < e for s, e in conditions):
                continue
            if found.role == "meeting" and found.start >= that:
                continue  # "... with a request that the hearing on 25 January be vacated"
            if found.start >= verb_char and found.role == "past":
                stale = True
            if not self._may_be_due(found) or self._is_week(found):
                continue
            if found.start >= verb_char:
                after.append(found)
            elif (
                found.end <= subject_char
                and found.role in ("deadline", "meeting")
                and not self._requested_before(sent, found)
            ):
                # "I expect it by Friday 7 May and I will forward it";
                # "Tuesday 20 May is fine and I will be at reception at 12.15";
                # not the reader's date: "please let me know by Thursday and I will ..."
                before.append(found)
        if after:
            return min(after, key=lambda d: d.start).date, False
        if before and not self._before_that(sent, verb):
            return max(before, key=lambda d: d.start).date, False
        return (None if stale else self._anaphoric_due(sent)), stale

    def _that_clause_char(self, sent: Span, verb: int) -> int:
        """Where a "that" clause with a subject of its own starts after the verb ("a request
        that the hearing ... be vacated"), or the sentence's end."""
        doc, cues = self.doc, self.cues
        for k in range(verb + 1, sent.end - 1):
            if doc[k].lower_ == "that" and doc[k + 1].lower_ in cues.determiners:
                return doc[k].idx
        return sent.end_char

    def _next_clause_char(self, sent: Span, verb: int) -> int:
        """Where a clause with a subject of its own starts after the verb (", and I'd
        rather ...", "but we"), or the sentence's end."""
        doc, cues = self.doc, self.cues
        for k in range(verb + 1, sent.end - 2):
            conjunction, subject = doc[k + 1].lower_, doc[k + 2].lower_
            if (
                doc[k].text == ","
                and conjunction in cues.elided_subject_conjunctions
                and subject in cues.personal_pronouns
            ):
                return doc[k].idx
        return sent.end_char

    def _requested_before(self, sent: Span, found: FoundDate) -> bool:
        """A request ("please ...") opens the part of the sentence that holds the date."""
        token = self._token_at(found.start)
        stop = token.i if token is not None else sent.end
        return any(t.lower_ in self.cues.request_words for t in self.doc[sent.start : stop])

    def _before_that(self, sent: Span, verb: Verb) -> bool:
        """ "..., and I'll be in touch well before then": done ahead of the date named."""
        words = [t.lower_ for t in self.doc[verb.index : sent.end]]
        return any(_contains(words, (a, b)) for a in ("before", "ahead") for b in ("then", "that"))

    def _may_be_due(self, found: FoundDate) -> bool:
        """A meeting or deadline date, or any date to come right after "by" ("by 4 May")."""
        if found.role in self.cues.due_roles:
            return True
        if found.role == "past":
            return False
        token = self._token_at(found.start)
        return (
            token is not None and token.i > 0 and self.doc[token.i - 1].lower_ in ("by", "before")
        )

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _anaphoric_due(self, sent: Span) -> dt.date | None:
        """ "I'll ring you that afternoon": the day of the last date named before the sentence."""
        words = [t.lower_ for t in sent]
        if not any(_contains(words, phrase) for phrase in self.cues.anaphoric_days):
            return None
        earlier = [
            d
            for d in self.dates
            if d.end <= sent.start_char and d.role in self.cues.due_roles and not self._is_week(d)
        ]
        if not earlier:
            return None
        last = max(earlier, key=lambda d: d.start)
        # "Please sign it and return it by Wednesday. I will then send it on the same day":
        # the day the reader acts, which is not known
        return None if self._requested_date(last) else last.date

    def _requested_date(self, found: FoundDate) -> bool:
        """The date is the time limit of a request to the reader ("please return it by ...")."""
        token = self._token_at(found.start)
        if token is None:
            return False
        words = self.doc[token.sent.start : token.i]
        return any(t.lower_ in self.cues.request_words for t in words)

    def _dates_in(self, sent: Span) -> list[FoundDate]:
        """Every date mention in the sentence."""
        return [d for d in self.dates if sent.start_char <= d.start and d.end <= sent.end_char]

    def _is_week(self, found: FoundDate) -> bool:
        text = found.text.lower().lstrip()
        for prefix in ("by ", "on ", "in ", "the ", "during "):
            text = text.removeprefix(prefix)
        return text.startswith(self.cues.week_words)

    def _condition_spans(self, sent: Span, subject: Subject) -> list[tuple[int, int]]:
        """Character ranges of conditions ("if ...", "once ...") and of requests after the
        undertaking ("...; please let me know by Friday if ..."): their dates are not due dates.
        """
        doc = self.doc
        spans = []
        for token in sent:
            if token.lower_ not in self.cues.condition_words and not self._asks(token, subject):
                continue
            end = token.i + 1
            trailing = token.i > subject.start
            limit = subject.start if not trailing else sent.end
            while end < limit and doc[end].text not in {",", ";", "–", "—"}:
                if (
                    trailing
                    and doc[end].lower_ in ("and", "then")
                    and self._phrase_only(token, end)
                ):
                    break  # "I'll ring after the panel and write on Friday": "write" is mine
                end += 1
            spans.append((token.idx, doc[end - 1].idx + len(doc[end - 1])))
        return spans

    def _phrase_only(self, word: Token, end: int) -> bool:
        """The condition from ``word`` to ``end`` is a phrase ("after the appointment"), not
        a clause with its own subject ("if you agree"), so an "and" ends it."""
        pronouns = self.cues.personal_pronouns
        return not any(t.lower_ in pronouns or t.lower_ == "it" for t in self.doc[word.i + 1 : end])

    def _asks(self, token: Token, subject: Subject) -> bool:
        """A request to the reader starts here, after the undertaking's subject."""
        if token.i <= subject.start:
            return False
        cues, doc = self.cues, self.doc
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ in cues.request_words:
            return nxt not in cues.request_exceptions
        # "...; let me know by Friday if ..." asks; "... and let me know by Friday" undertakes
        return (
            token.lower_ == "let" and nxt in ("me", "us") and doc[token.i - 1].text in _CLAUSE_PUNCT
        )

    # -- action ----------------------------------------------------------------

    def _action(self, sent: Span, subject: Subject, verb: Verb) -> str:
        """A short verb phrase: the verb and its object, up to a natural boundary.

        "send the draft plan to the school", never "send the draft plan by"; a passive
        undertaking becomes active ("the plan will be sent" -> "send the plan"), and what
        the reader will receive becomes what the writer sends ("send you a full response").
        """
        doc, cues = self.doc, self.cues
        word = doc[verb.index]
        start = verb.index + 1
        if verb.passive_base is not None:
            head = verb.passive_base
            words = doc[subject.start : subject.end]
            if doc[subject.head].lower_ == "which" and subject.antecedent is not None:
                words = subject.antecedent  # "the draft, which will be sent" -> "send the draft"
            if not subject.implicit:
                head += " " + self._object_form(words)
            if word.lower_ == "with":
                head += " to"  # "the report will be with you" -> "send the report to you"
        elif word.lower_ in cues.receiving_verbs and _pronoun(doc[subject.head]) == "you":
            head = cues.receiving_verbs[word.lower_]
            if start < sent.end and doc[start].lower_ == "from":
                head, start = cues.receiving_from, sent.end  # "hear from the panel by ..."
        elif verb.base is not None:
            head = verb.base
        else:
            head = word.lower_ if word.is_title and word.i == sent.start else word.text
        end = self._phrase_end(sent, start) if start < sent.end else start
        rest = doc[start:end].text if end > start else ""
        quotes = sum(rest.count(q) for q in cues.quote_chars)
        return _clean(f"{head} {rest}", cues.quote_chars if quotes % 2 else frozenset())

    def _object_form(self, words: Span) -> str:
        """The passive subject as an object: "Arjun's plan", "the draft", "you", "it"."""
        cues = self.cues
        if len(words) == 1 and words[0].lower_ in cues.object_pronouns:
            return cues.object_pronouns[words[0].lower_]
        first = words[0]
        text = words.text
        if first.lower_ in cues.determiners or first.lower_ in cues.possessives:
            text = first.lower_ + text[len(first) :]
        return text

    def _phrase_end(self, sent: Span, start: int) -> int:
        """Where the action's words after the verb end (exclusive)."""
        doc = self.doc
        date_starts = {d.start for d in self._dates_in(sent)}
        limit = min(sent.end, start + _MAX_ACTION)
        end = start
        while end < limit:
            token = doc[end]
            if token.idx in date_starts or self._ends_phrase(token, start, date_starts):
                break
            if end - start >= _SOFT_ACTION and self._phrase_boundary(token):
                break
            end += 1
        else:
            if limit < sent.end:  # cut mid-phrase: go back to the last phrase boundary
                cuts = [k for k in range(start + 1, end) if self._phrase_boundary(doc[k])]
                end = cuts[-1] if cuts else end
        if end - start >= _SOFT_ACTION:
            end = self._before_short_tail(start, end)
        return self._trim(start, end)

    def _before_short_tail(self, start: int, end: int) -> int:
        """ "forward it to the Head of SEND and ask her": a second verb cut short goes."""
        for k in range(end - 1, max(start, end - 4), -1):
            if self.doc[k].lower_ in ("and", "or"):
                return k
        return end

    def _phrase_boundary(self, token: Token) -> bool:
        """A place to end a long action: before a preposition or conjunction, not inside a
        name ("Education, Health and Care")."""
        cues, doc = self.cues, self.doc
        if token.text != "," and token.lower_ not in cues.phrase_boundaries:
            return False
        if token.i == 0 or token.i == len(doc) - 1:
            return True
        nxt = doc[token.i + 1]
        if doc[token.i - 1].is_title and nxt.is_title:
            return False
        if token.lower_ in ("and", "or"):  # "fine motor and handwriting needs" goes on
            return nxt.lower_ in cues.determiners or nxt.lower_ in cues.possessives
        return True

    def _ends_phrase(self, token: Token, start: int, date_starts: set[int]) -> bool:
        doc, cues = self.doc, self.cues
        prev = doc[token.i - 1]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text in cues.quote_chars:
            return False
        if token.is_space or token.lower_ in cues.action_stops:
            return True
        if token.text in _PUNCT_BOUNDARY:
            hyphen = token.text == "-" and not prev.whitespace_
            listed = token.text == "," and prev.is_title and nxt is not None and nxt.is_title
            return not (hyphen or listed)  # "Education, Health and Care" goes on
        if token.lower_ in cues.subject_pronouns and token.i > start:
            return True  # "include the report I sent": a relative clause
        if nxt is None:
            return False
        if (token.lower_, nxt.lower_) in cues.stop_pairs:  # "no later than", "in order to"
            return True
        if token.lower_ in ("and", "but", "or"):
            return nxt.lower_ in cues.personal_pronouns or nxt.lower_ == "then"
        if token.lower_ in cues.date_prepositions:
            if token.lower_ == "by":
                return nxt.lower_ not in cues.manner_words
            clock = nxt.text[:1].isdigit()
            return nxt.idx in date_starts or clock or nxt.like_num or nxt.lower_ in cues.time_words
        complement = prev.lower_ in cues.purpose_verbs or prev.lower_ in cues.third_person_verbs
        if token.lower_ == "to" and token.i - start >= _PURPOSE_AFTER and not complement:
            # "send you the form today to help you ...": a purpose clause after a full object
            return nxt.lower_ in cues.purpose_verbs or nxt.lower_ in cues.third_person_verbs
        return False

    def _trim(self, start: int, end: int) -> int:
        """Drop trailing determiners, prepositions, conjunctions and a dangling possessive."""
        doc, cues = self.doc, self.cues
        while end > start:
            last = doc[end - 1]
            if last.norm_ == "'s" or last.text in ("'", "’"):
                end -= 2
            elif _dangles(last, cues):
                end -= 1
            else:
                break
        return max(end, start)


def _dangles(token: Token, cues: Cues) -> bool:
    """A word or mark an action phrase must not end on."""
    if token.lower_ in cues.trailing_words or token.lower_ in cues.dangling_possessives:
        return True
    return token.is_space or token.is_punct or token.text in cues.quote_chars


def _clean(text: str, quotes: frozenset[str]) -> str:
    """White space collapsed, unpaired quotation marks dropped."""
    for quote in quotes:
        text = text.replace(quote, "")
    return " ".join(text.split())


def _expand_pattern(pattern: list[dict]) -> list[list[str]]:
    """The word sequences a ``modals.jsonl`` pattern stands for.

    A pattern is a list of tokens, each {"NORM" or "LOWER": a word or {"IN": [words]}},
    optionally with "OP": "?"; they are matched as phrases on the words' norms (so "will"
    also finds "'ll" and "won't"), which is much faster than a token Matcher.
    """
    sequences: list[list[str]] = [[]]
    for token in pattern:
        value = token.get("NORM", token.get("LOWER"))
        words = value["IN"] if isinstance(value, dict) else [value]
        grown = [[*seq, word] for seq in sequences for word in words]
        sequences = grown + sequences if token.get("OP") == "?" else grown
    return sequences


def _mentions(doc: Doc, view: FlatView) -> list[FoundDate]:
    """Every date mention of ``doc`` (each one, not each date), at its offsets in the view."""
    found = dates_in_span(doc[:]) if SPAN_KEY in doc.spans else list(doc._.dates or ())
    if view.doc is doc:
        return found
    return [FoundDate(d.text, d.date, d.role, view.char(d.start), view.char(d.end)) for d in found]


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _is_verb_like(token: Token, cues: Cues) -> bool:
    """An auxiliary or a past tense: where a clause's subject ends ("The school called ...")."""
    return token.lower_ in cues.auxiliaries or (token.is_lower and token.lower_.endswith("ed"))


def _is_boundary_word(token: Token, cues: Cues) -> bool:
    return token.lower_ in cues.subject_boundaries or token.lower_ in cues.personal_pronouns


def _next_is(doc: Doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word


def _child_names(context: MessageContext) -> frozenset[str]:
    return frozenset(name.lower() for c in context.children for name in given_names(c.name))


def _family_names(context: MessageContext) -> frozenset[str]:
    """The children's and the owner's surnames: in a greeting or as a subject ("Mr and
    Mrs Okoro will ...") they stand for the parents."""
    names = [child.name for child in context.children] + [context.owner_name]
    return frozenset(name.split()[-1].lower() for name in names if name.split())


def _greeting_names(doc: Doc, greetings: frozenset[str], titles: frozenset[str]) -> list[str]:
    """Surnames (or lone first names) addressed in the "Dear ..." line, in order."""
    start = next((t.i for t in doc if not t.is_space), None)
    if start is None or doc[start].lower_ not in greetings:
        return []
    names: list[str] = []
    current: str | None = None
    for token in doc[start + 1 :]:
        if token.is_space or "\n" in token.text:
            break
        if token.is_alpha and token.text[0].isupper() and token.lower_ not in titles | greetings:
            current = token.lower_
            continue
        if current is not None:
            names.append(current)
            current = None
        if "\n" in token.whitespace_:
            break
    if current is not None:
        names.append(current)
    return names


def _sentence_text(sent: Span, bullets: frozenset[str]) -> str:
    """The sentence with list markers dropped and white space collapsed."""
    start = sent.start
    doc = sent.doc
    while start < sent.end - 1:
        token = doc[start]
        numbered = token.like_num and len(token) <= 2 and doc[start + 1].text in {".", ")"}
        if token.is_space or token.text in bullets:
            start += 1
        elif numbered:
            start += 2
        else:
            break
    return " ".join(doc[start : sent.end].text.split())


@Language.factory("assistant_commitments", default_config={"data_dir": ""})
def make_commitments(nlp: Language, name: str, data_dir: str) -> CommitmentFinder:
    return CommitmentFinder(nlp, Path(data_dir) / "commitments")


def _hyphenated(token: Token) -> str:
    """The lower-case word a token ends, joined across a hyphen the tokenizer split
    ("Co-ordinator" is "co", "-", "ordinator")."""
    doc, i = token.doc, token.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def _is_name(words: Span) -> bool:
    """Capitalised words only ("Calder Valley Travel"), as a name is written."""
    alpha = [t for t in words if t.is_alpha]
    return bool(alpha) and all(t.text[0].isupper() for t in alpha)


def _pronoun(token: Token) -> str:
    """The token in lower case, "u" read as "you" (mail written on a phone)."""
    return _TEXTED.get(token.lower_, token.lower_)
