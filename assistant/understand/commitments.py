"""Commitments: undertakings of a future action in a message's new text.

The pipeline has no parser, so an undertaking is read from token patterns: a
future marker (``commitments/modals.jsonl``: "will", "'ll", "am going to",
"aim to", "intend to", reported "would") with a subject to its left and a verb
to its right.  Filters then drop requests, hopes, hedges, refusals, questions,
descriptions of plan wording and things that merely happen ("the meeting will
take place").  The actor comes from role words in the subject
(``commitments/actors.json``) or, for "I", "we" and "you", from the sender and
recipients in the message context.  The due date is one of the dates the
dates component found in the same sentence, never one inside a condition.
All cue words live in ``commitments/cues.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .context import FoundCommitment, FoundDate, MessageContext
from .dates import SPAN_KEY, dates_in_span

_MAX_SUBJECT = 6
_MAX_ACTION = 10
_PUNCT_BOUNDARY = frozenset(",;:()[]–—-\"“”'‘’!?.")
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-"})


@dataclass(frozen=True)
class Cues:
    """The word lists of ``cues.json`` as sets (all lower case)."""

    adverbs: frozenset[str]
    aim_words: frozenset[str]
    refusal_words: frozenset[str]
    hedge_verbs: frozenset[str]
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
    progressive_verbs: frozenset[str]
    third_person_verbs: frozenset[str]
    back_words: frozenset[str]
    perception_verbs: frozenset[str]
    event_verbs: frozenset[str]
    event_followers: frozenset[str]
    perception_accepts: tuple[tuple[str, ...], ...]
    bullets: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Cues:
        raw = json.loads(path.read_text(encoding="utf-8"))
        values = {}
        for name, kind in cls.__annotations__.items():
            value = raw[name]
            if kind.startswith("dict"):
                values[name] = dict(value)
            elif name in ("be_phrases", "perception_accepts"):
                values[name] = tuple(tuple(p) for p in value)
            elif name == "week_words":
                values[name] = tuple(value)
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


class CommitmentFinder:
    """The spaCy component: fills ``doc._.commitments``."""

    def __init__(self, nlp: Language, folder: Path) -> None:
        self.cues = Cues.load(folder / "cues.json")
        self.actors = Actors.load(folder / "actors.json")
        self.markers = Matcher(nlp.vocab)
        with (folder / "modals.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    entry = json.loads(line)
                    self.markers.add(entry["label"], [entry["pattern"]])
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for actor, words in self.actors.roles.items():
            self.role_matcher.add(actor, [nlp.make_doc(w) for w in words])
        self.reported_id = nlp.vocab.strings["REPORTED"]

    def __call__(self, doc: Doc) -> Doc:
        context: MessageContext | None = doc._.context
        matches = self.markers(doc) if self._reads(context) else []
        if not matches:
            doc._.commitments = []
            return doc
        reading = Reading(self, doc, context)
        found: list[FoundCommitment] = []
        done: set[int] = set()
        for match_id, start, end in sorted(matches, key=lambda m: m[1]):
            sent = doc[start].sent
            if sent.start in done:
                continue
            commitment = reading.commitment(sent, start, end, match_id == self.reported_id)
            if commitment is not None:
                found.append(commitment)
                done.add(sent.start)
        doc._.commitments = found
        return doc

    def _reads(self, context: MessageContext | None) -> bool:
        """Unknown senders are mostly shops, clubs and family: their "will"s are not the case's."""
        if context is None:
            return False
        return context.sender_kind is not None or not self.actors.skip_unknown_senders


class Reading:
    """One document being read for commitments: the doc-wide lookups live here."""

    def __init__(self, finder: CommitmentFinder, doc: Doc, context: MessageContext) -> None:
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
        self.has_mentions = SPAN_KEY in doc.spans
        self.dates: list[FoundDate] = list(doc._.dates or ())

    # -- the undertaking -------------------------------------------------

    def commitment(
        self, sent: Span, start: int, end: int, reported: bool
    ) -> FoundCommitment | None:
        """The commitment made by the future marker doc[start:end], if it is one."""
        cues = self.cues
        if self._is_question(sent) or self._inside_quotes(sent, start):
            return None
        subject = self._subject(sent, start)
        if subject is None:
            return None
        if subject.boundary is not None and subject.boundary.lower_ in cues.question_words:
            return None
        reporting = self._has_reporting_verb(sent, subject.start)
        if reported and not reporting:
            return None
        if self._hoped_or_requested(sent, subject.start):
            return None
        verb = self._verb(sent, end)
        if verb is None or self._is_child(subject):
            return None
        if subject.implicit and verb.passive_base is not None:
            return None
        if verb.passive_base is None and not self._acts(subject, verb):
            return None
        due, stale = self._due(sent, subject, verb)
        if stale and (reported or reporting):
            return None
        return FoundCommitment(
            actor=self._actor(sent, subject, verb, reporting),
            action=self._action(sent, subject, verb),
            due=due,
            text=_sentence_text(sent, cues.bullets),
        )

    def _is_question(self, sent: Span) -> bool:
        return any(t.text == "?" for t in sent[-3:])

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
        if doc[i].text in (",", ")"):
            return self._apposed_subject(sent, i)
        if doc[i].is_punct:
            return None
        head = doc[i]
        if head.lower_ in ("who", "whom"):
            return self._relative_subject(sent, head)
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
        while k > sent.start and close - k <= _MAX_SUBJECT and self.doc[k].text != opener:
            k -= 1
        if self.doc[k].text != opener or k == close - 1:
            return None
        named = self._subject(sent, k)
        if named is None or named.antecedent is not None:
            return None
        apposition = self.doc[k + 1 : close]
        return Subject(named.start, named.head, named.boundary, named.end, apposition)

    def _relative_subject(self, sent: Span, who: Token) -> Subject | None:
        """In "..., EHC Coordinator, who will ..." the antecedent is before the comma."""
        if who.i - 1 <= sent.start or self.doc[who.i - 1].text != ",":
            return None
        end = who.i - 1
        start = end
        while start > sent.start and end - start < _MAX_SUBJECT:
            prev = self.doc[start - 1]
            if prev.is_punct or prev.is_space or prev.lower_ in self.cues.subject_boundaries:
                break
            start -= 1
        antecedent = self.doc[start:end] if start < end else None
        return Subject(who.i, who.i, None, who.i + 1, antecedent)

    def _is_person(self, subject: Subject) -> bool:
        cues, doc = self.cues, self.doc
        head = doc[subject.head]
        if (
            subject.implicit
            or head.lower_ in cues.personal_pronouns
            or head.lower_ in ("who", "whom")
        ):
            return True
        if head.lower_ in cues.nonperson_pronouns or head.lower_ in cues.nonperson_nouns:
            return False
        people = self.actors.people
        if head.i in self.roles or head.lower_ in people:
            return True
        words = doc[subject.start : subject.end]
        if any(t.lower_ in cues.nonperson_nouns for t in words):
            return False  # "Section F will ...", "the support plan will ..."
        if any(t.i in self.roles or t.lower_ in people for t in words):
            return True
        return head.is_alpha and head.text[0].isupper()

    def _acts(self, subject: Subject, verb: Verb) -> bool:
        """Whether the subject is someone who undertakes the (active) verb."""
        if not self._is_person(subject):
            return False
        cues, doc = self.cues, self.doc
        head, word = doc[subject.head].lower_, doc[verb.index].lower_
        receiver = head not in cues.speaker_pronouns and head != "you" and not subject.implicit
        if word in cues.receiving_verbs and receiver and not self._back(verb):
            return False  # "he will receive one hour a week of therapy" describes provision
        if head in cues.personal_pronouns and head not in cues.speaker_pronouns | {"you"}:
            return word in cues.third_person_verbs or doc[verb.index].norm_ == "be"
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
        if word.norm_ == "be":
            return self._be_verb(sent, i)
        if word.lower_ in cues.perception_verbs and not self._perceives_someone(sent, i):
            return None  # "you will see that ...", "you will have 15 days"
        if word.lower_ in cues.event_verbs and self._intransitive(sent, i):
            return None  # "the panel will meet on 13 May" is a scheduled event
        if not word.is_alpha or word.is_title:
            return None
        return Verb(i)

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
            return Verb(i)
        for phrase in cues.be_phrases:
            words = [t.lower_ for t in doc[i : min(i + len(phrase), sent.end)]]
            if tuple(words) == phrase:
                return Verb(be)
        return None

    def _skip_adverbs(self, i: int, stop: int) -> int:
        while i < stop and (self.doc[i].lower_ in self.cues.adverbs or self.doc[i].text == ","):
            i += 1
        return i

    # -- actor ----------------------------------------------------------------

    def _actor(self, sent: Span, subject: Subject, verb: Verb, reporting: bool) -> str:
        doc, cues = self.doc, self.cues
        role = self._subject_role(subject, verb)
        if role is not None:
            return role
        head = doc[subject.head].lower_
        if subject.implicit or head in cues.speaker_pronouns:
            return self._sender()
        if head == "you":
            if self.context.sender_kind == "owner":
                return self._vocative(subject) or self._recipient()
            receives = doc[verb.index].lower_ in cues.receiving_verbs and not self._back(verb)
            if verb.passive_base is not None or receives:
                return self._sender()
            return self._recipient()
        if verb.passive_base is not None and self.context.sender_kind == "owner":
            if reporting or self._to_owner(sent, verb):
                return self._recipient()
            return self._sender()
        named = self._named_role(doc[subject.head]) or self._addressed(doc[subject.head])
        if named is not None:
            return named
        if self.context.sender_kind == "owner":
            return self._bystander() or self._recipient()
        return self._sender()

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
        return self.actors.of_kind(self.context.sender_kind)

    def _recipient(self) -> str:
        kinds = [k for k in self.context.recipient_kinds if k]
        if self.context.sender_kind == "owner":
            kinds = [k for k in kinds if k != "owner"]
        return self.actors.of_kind(kinds[0]) if kinds else self.actors.unknown

    # -- due date -------------------------------------------------------------

    def _due(self, sent: Span, subject: Subject, verb: Verb) -> tuple[dt.date | None, bool]:
        """The due date and whether the undertaking refers to a date already past."""
        cues = self.cues
        inside = self._dates_in(sent)
        if not inside:
            return None, False
        conditions = self._condition_spans(sent, subject)
        verb_char = self.doc[verb.index].idx
        subject_char = self.doc[subject.start].idx
        after: list[FoundDate] = []
        before: list[FoundDate] = []
        stale = False
        for found in inside:
            if any(s <= found.start < e for s, e in conditions):
                continue
            if found.start >= verb_char and found.role == "past":
                stale = True
            if found.role not in cues.due_roles or self._is_week(found):
                continue
            if found.start >= verb_char:
                after.append(found)
            elif found.end <= subject_char and found.role == "deadline":
                before.append(found)  # "I expect it by Friday 7 May and I will forward it"
        if after:
            return min(after, key=lambda d: d.start).date, False
        if before:
            return max(before, key=lambda d: d.start).date, False
        return None, stale

    def _dates_in(self, sent: Span) -> list[FoundDate]:
        """Every date mention in the sentence (``doc._.dates`` has each date only once)."""
        if self.has_mentions:
            return dates_in_span(sent)
        return [d for d in self.dates if sent.start_char <= d.start and d.end <= sent.end_char]

    def _is_week(self, found: FoundDate) -> bool:
        text = found.text.lower().lstrip()
        for prefix in ("by ", "on ", "in ", "the ", "during "):
            text = text.removeprefix(prefix)
        return text.startswith(self.cues.week_words)

    def _condition_spans(self, sent: Span, subject: Subject) -> list[tuple[int, int]]:
        """Character ranges of "if ...", "once ...", "after ..." clauses in the sentence."""
        doc = self.doc
        spans = []
        for token in sent:
            if token.lower_ not in self.cues.condition_words:
                continue
            end = token.i + 1
            limit = subject.start if token.i < subject.start else sent.end
            while end < limit and doc[end].text not in {",", ";", "–", "—"}:
                end += 1
            spans.append((token.idx, doc[end - 1].idx + len(doc[end - 1])))
        return spans

    # -- action ----------------------------------------------------------------

    def _action(self, sent: Span, subject: Subject, verb: Verb) -> str:
        """A short verb phrase: "send the draft plan"."""
        doc, cues = self.doc, self.cues
        word = doc[verb.index]
        if verb.passive_base is not None and doc[subject.head].lower_ not in cues.personal_pronouns:
            thing = doc[subject.start : subject.end]
            return f"{verb.passive_base} {thing[0].lower_}{thing.text[len(thing[0]) :]}"
        if verb.passive_base is not None:
            verb_text = verb.passive_base
        elif word.lower_ in cues.receiving_verbs and doc[subject.head].lower_ == "you":
            verb_text = cues.receiving_verbs[word.lower_]
        else:
            verb_text = word.text
        date_starts = {d.start for d in self._dates_in(sent)}
        end = verb.index + 1
        while end < min(sent.end, verb.index + _MAX_ACTION):
            token = doc[end]
            hyphen = token.text == "-" and not doc[end - 1].whitespace_
            if (token.text in _PUNCT_BOUNDARY and not hyphen) or token.lower_ in cues.action_stops:
                break
            if token.lower_ in cues.personal_pronouns and doc[end - 1].lower_ in ("and", "but"):
                break
            if token.idx in date_starts:
                break
            end += 1
        while end > verb.index + 1 and doc[end - 1].lower_ in cues.trailing_words:
            end -= 1
        rest = doc[verb.index + 1 : end].text
        return f"{verb_text} {rest}" if rest else verb_text


def _is_boundary_word(token: Token, cues: Cues) -> bool:
    return token.lower_ in cues.subject_boundaries or token.lower_ in cues.personal_pronouns


def _next_is(doc: Doc, i: int, word: str) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == word


def _child_names(context: MessageContext) -> frozenset[str]:
    names: set[str] = set()
    for child in context.children:
        parts = child.name.split()
        if parts:
            names.add(parts[0].lower())
    return frozenset(names)


def _family_names(context: MessageContext) -> frozenset[str]:
    """The children's surnames: in a greeting they stand for the parents."""
    return frozenset(c.name.split()[-1].lower() for c in context.children if c.name.split())


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
