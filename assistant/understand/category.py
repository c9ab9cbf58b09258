"""One category per message, from weighted cue phrases and the message's context.

The cue phrases and their weights live in ``category/cues.json``; how scores
turn into a category (sender weights, subject weight, tie-break order, the
``not_send`` test) in ``category/rules.json``. Scoring, in short:

* every cue found in the new text or the subject adds its weight to its
  category, less in a conditional sentence ("if you disagree ... appeal") or a
  question, and scaled by who sent the message (a parent does not send final
  plans);
* questions add a little to ``information_request``; attachment names, the
  sender kind, automatic sending, the dates found (a meeting date) and a
  tribunal-shaped reference add points;
* the best category wins if it reaches ``min_score``, else ``general``; near
  ties go to the higher category in the priority order of correspondence.md,
  and a few conventions of the labels override the winner ("absorb": arranging
  mediation is ``mediation_tribunal``, a decision letter with the usual appeal
  paragraph is the decision).

Before that, the message must be about the child's SEN at all: references, SEN
vocabulary, the child's name (fully only beside SEN words or an official party:
family news names the child too) and a known sender count for it; an unknown
sender and newsletter or shop wording count against it. Cues are matched on the
flat copy of the text (``commitments.flat_view``), so a line wrap inside a
phrase does not hide it. A ``not_send`` message
carries no references, dates or commitments in the labels, so this component,
which runs last, clears what the earlier components found.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..names import full_names, given_names
from .category_model import load_model, model_doc, probabilities
from .commitments import flat_view, release_flat_view
from .context import FoundDate, MessageContext
from .phrases import case_patterns
from .tokens import doc_tokens

NOT_SEND = "not_send"
GENERAL = "general"
_SEN = "_sen"
_BULK = "_bulk"
_CONDITIONS = ("if", "unless", "whether")  # "to say whether they will reassess"
_FUTURE = ("will", "'ll", "’ll", "shall", "aim", "wo")  # "the plan will be issued", "won't"
# "please find attached", "Please find in attachment:"
_SENDING = ("attached", "attach", "attachment", "attachments", "enclosed", "enclose", "returning")
_LIST_MARKS = ("-", "•", "*", "–", "·")
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|tr)\s*:\s*|\[[^\]]*\]\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class _Cue:
    group: str  # a category, or _SEN / _BULK for the not_send test
    weight: float


class CategoryClassifier:
    """Picks the category; built once per pipeline from the data folder."""

    def __init__(self, nlp: Language, folder: Path) -> None:
        self.make_doc = nlp.make_doc
        cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
        self.rules = json.loads((folder / "rules.json").read_text(encoding="utf-8"))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.cues: dict[str, _Cue] = {}
        self.senders: dict[str, dict[str, float]] = {}
        self.attachments: dict[str, dict[tuple[str, ...], float]] = {}
        for category, entry in cues["categories"].items():
            self.senders[category] = entry.get("senders", {})
            self.attachments[category] = {
                tuple(words.split("+")): weight
                for words, weight in entry.get("attachments", {}).items()
            }
            for phrase, weight in entry["cues"].items():
                for variant in _expand(phrase, cues["synonyms"]):
                    self._add(nlp, category, variant, weight)
        not_send = self.rules["not_send"]
        for group, key in ((_SEN, "sen_cues"), (_BULK, "bulk_cues")):
            for phrase, weight in not_send[key].items():
                self._add(nlp, group, phrase, weight)
        for acronym, weight in not_send["sen_acronyms"].items():
            self._add(nlp, _SEN, acronym, weight, self.acronyms)
        self.tribunal_reference = re.compile(self.rules["tribunal_reference"]["regex"])
        self.model = load_model(nlp, folder)

    def _add(
        self,
        nlp: Language,
        group: str,
        phrase: str,
        weight: float,
        matcher: PhraseMatcher | None = None,
    ) -> None:
        key = f"{group}|{phrase}"
        if key not in self.cues:
            self.cues[key] = _Cue(group, weight)
            if matcher is None:
                self.matcher.add(key, case_patterns(nlp.make_doc, phrase))
            else:
                matcher.add(key, [nlp.make_doc(phrase)])  # acronyms: exact case

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.context
        subject = context.subject if context else ""
        scores: dict[str, float] = defaultdict(float)
        self.owner_writes = _sender_kind(context) == "owner"
        flat = flat_view(doc).doc  # cues may run across a line wrap
        release_flat_view(doc)
        sentences = _Sentences(flat) if flat.has_annotation("SENT_START") else None
        self._score_doc(flat, sentences, 1.0, scores)
        if sentences is not None:
            self._score_questions(sentences, scores)
        if subject and not (context and context.auto_submitted):  # an auto-reply's is not its own
            is_reply = bool(_REPLY_PREFIX.match(subject))
            weight = self.rules["subject_weight"]["reply" if is_reply else "new"]
            self._score_doc(self.make_doc(_REPLY_PREFIX.sub("", subject)), None, weight, scores)
        if not self._is_about_sen(doc, scores):
            doc._.category = NOT_SEND
            doc._.references, doc._.dates, doc._.commitments = [], [], []
            return doc
        self._add_context(doc, scores)
        learned = self._learned(doc, subject) if self.model is not None else {}
        doc._.category = self._choose(scores, learned)
        return doc

    def _learned(self, doc: Doc, subject: str) -> dict[str, float]:
        """The trained model's probability of each category (not ``not_send``, decided
        above), scaled like the cues by who sent the message."""
        context: MessageContext | None = doc._.context
        found = probabilities(
            self.model, model_doc(self.make_doc, _sender_kind(context), subject, doc)
        )
        sender = self._sender(context)
        return {
            category: probability * self.senders.get(category, {}).get(sender, 1.0)
            for category, probability in found.items()
            if category != NOT_SEND
        }

    def _score_doc(
        self, doc: Doc, sentences: _Sentences | None, weight: float, scores: dict[str, float]
    ) -> None:
        """Add the weights of the cues in ``doc``; overlapping cues of one group count once.

        ``sentences`` are the doc's sentences, None when it has none (the subject).
        """
        by_group: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        strings = doc.vocab.strings
        for match_id, start, end in [*self.matcher(doc), *self.acronyms(doc)]:
            key = strings[match_id]
            by_group[self.cues[key].group].append((start, end, key))
        repeats: dict[str, int] = defaultdict(int)
        for group, found in by_group.items():
            for start, _, key in _filter_spans(found):
                repeats[key] += 1
                if repeats[key] > self.rules["max_repeats"]:
                    continue
                factor = weight * self._sentence_factor(start, group, sentences)
                scores[group] += self.cues[key].weight * factor

    def _score_questions(self, sentences: _Sentences, scores: dict[str, float]) -> None:
        """Each question in the new text is a little evidence of a request for information."""
        rule = self.rules["question_points"]
        ends = sentences.question_ends()
        scores[rule["category"]] += rule["points"] * min(len(ends), rule["max"])

    def _sentence_factor(self, start: int, group: str, sentences: _Sentences | None) -> float:
        """Cues after an "if" and (for most categories) in questions count less."""
        if group in (_SEN, _BULK) or sentences is None:
            return 1.0
        condition, question = sentences.kind(start)
        factor = self.rules["conditional_weight"] if condition <= start else 1.0
        if question and group not in self.rules["questions_count_fully"]:
            factor *= self.rules["question_weight"]
        if group in self.rules["future_weighted"] and sentences.speaks_of_future(start):
            factor *= self.rules["future_weight"]
        if group in self.rules["sending_weighted"] and self.owner_writes and sentences.sends(start):
            factor *= self.rules["sending_weight"]  # the parent returning the consent form
        return factor

    def _is_about_sen(self, doc: Doc, scores: dict[str, float]) -> bool:
        """Weigh the evidence that the message concerns the child's SEN at all.

        Takes the SEN-vocabulary and bulk-mail pseudo-scores out of ``scores``.
        """
        rules = self.rules["not_send"]
        context: MessageContext | None = doc._.context
        sender = self._sender(context)
        topical = min(scores.pop(_SEN, 0.0), rules["sen_cue_cap"])
        if doc._.references:
            topical += rules["reference_weight"]
        evidence = topical - rules["bulk_weight"] * scores.pop(_BULK, 0.0)
        evidence += rules["sender_weight"].get(sender, 0.0)
        births = {child.date_of_birth for child in context.children} if context else set()
        if any(found.date in births for found in doc._.dates or []):
            evidence += rules["child_birth_date_weight"]  # a clinic's letter: "DOB 19/11/2014"
        if context and _names_child(doc, context):
            # family news names the child too: there the name alone says little
            kinds = {context.sender_kind, *context.recipient_kinds}
            official = topical > 0 or bool(kinds & set(rules["official_kinds"]))
            evidence += rules["child_named_weight" if official else "child_named_alone_weight"]
        if context and set(context.recipient_kinds) & set(rules["official_kinds"]):
            evidence += rules["recipient_party_weight"]
        if context and _REPLY_PREFIX.match(context.subject):
            evidence += rules["reply_weight"]
        if context and context.auto_submitted and sender == "unknown":
            evidence += rules["automatic_from_unknown_weight"]
        best = max((v for k, v in scores.items() if k != GENERAL), default=0.0)
        evidence += min(rules["category_score_weight"] * best, rules["category_score_cap"])
        return evidence >= rules["threshold"]

    def _add_context(self, doc: Doc, scores: dict[str, float]) -> None:
        """Scale by sender kind; add points for attachments, sender, dates and references."""
        context: MessageContext | None = doc._.context
        references: list[str] = doc._.references or []
        dates: list[FoundDate] = doc._.dates or []
        sender = self._sender(context)
        for category in list(scores):
            scores[category] *= self.senders.get(category, {}).get(sender, 1.0)
        names = [name.lower() for name in context.attachment_names] if context else []
        for category, words in self.attachments.items():
            for parts, weight in words.items():
                if any(all(part in name for part in parts) for name in names):
                    scores[category] += weight * self.senders[category].get(sender, 1.0)
        priors = [self.rules["sender_priors"].get(sender, {})]
        if names:
            priors.append(self.rules["attachment_priors"].get(sender, {}))
        if context and context.auto_submitted:
            priors.append(self.rules["automatic_priors"])
        roles = {found.role for found in dates}
        priors.extend(self.rules["date_role_priors"].get(role, {}) for role in roles)
        short = self.rules["short_reply"]
        if (
            "meeting" in roles
            and sender not in short["not_from"]
            and sum(t.is_alpha for t in doc) <= short["max_words"]
        ):
            priors.append(short["meeting_priors"])  # "Tuesday 23rd at 3.30 it is. Thanks."
        for prior in priors:
            for category, points in prior.items():
                scores[category] += points
        tribunal = self.rules["tribunal_reference"]
        if any(self.tribunal_reference.match(ref) for ref in references):
            scores[tribunal["category"]] += tribunal["weight"]

    def _sender(self, context: MessageContext | None) -> str:
        """The sender kind, or the recipients' kind for the parent's mail to one kind of party."""
        kind = _sender_kind(context)
        recipients = set(context.recipient_kinds) - {"owner"} if context else set()
        if kind == "owner" and len(recipients) == 1:
            return self.rules["owner_writing_to"].get(recipients.pop(), kind)
        return kind

    def _choose(self, scores: dict[str, float], learned: dict[str, float]) -> str:
        """The best cue score, the model's probabilities added; when no category reaches
        ``min_score``, the model's choice if it is confident enough, else general."""
        model = self.rules["model"]
        for category, probability in learned.items():
            scores[category] += model["weight"] * probability
            if probability >= model["confident"]:  # the model is sure where cues mislead
                scores[category] += model["confident_bonus"]
        priority: list[str] = self.rules["priority"]
        best = max(scores.values(), default=0.0)
        if best < self.rules["min_score"]:
            guess = max(learned, key=learned.__getitem__, default=GENERAL)
            return guess if learned.get(guess, 0.0) >= model["alone"] else GENERAL
        close = [c for c in priority if scores.get(c, 0.0) >= best - self.rules["tie_margin"]]
        chosen = close[0]
        if learned.get(chosen, 0.0) >= model["confident"]:
            return chosen  # the model is sure of it: no neighbour absorbs it
        absorbing = [
            other
            for other, minimum in self.rules["absorb"].get(chosen, {}).items()
            if scores.get(other, 0.0) >= minimum
        ]
        return max(absorbing, key=lambda other: scores[other], default=chosen)


class _Sentences:
    """The sentences of a doc, read once as arrays (cheaper than a Span or Token per cue)."""

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array([SENT_START, LOWER])
        tokens = doc_tokens(doc)
        strings = doc.vocab.strings
        self.starts = numpy.flatnonzero(columns[:, 0] == 1).tolist()
        self.length = len(doc)
        self.conditions = numpy.isin(columns[:, 1], [strings[w] for w in _CONDITIONS])
        self.futures = numpy.isin(columns[:, 1], [strings[w] for w in _FUTURE])
        self.sendings = numpy.isin(columns[:, 1], [strings[w] for w in _SENDING])
        self.questions = tokens.orth == strings["?"]
        self.spaces = tokens.is_space
        self.doc = doc
        self.kinds: dict[int, tuple[int, bool]] = {}

    def bounds(self, i: int) -> tuple[int, int]:
        """Start and end of the sentence of token ``i``, as ``Token.sent`` finds them."""
        k = bisect_right(self.starts, i)
        start = self.starts[k - 1] if k else 0
        end = self.starts[k] if k < len(self.starts) else self.length
        return start, end

    def kind(self, i: int) -> tuple[int, bool]:
        """Where the sentence of token ``i`` has its condition ("if", "unless"; else the
        doc's length) and whether it asks."""
        start, end = self.bounds(i)
        if start not in self.kinds:
            conditions = numpy.flatnonzero(self.conditions[start:end])
            condition = start + int(conditions[0]) if len(conditions) else self.length
            ending = end - 1
            while ending > start and self.spaces[ending]:
                ending -= 1
            self.kinds[start] = (condition, bool(self.questions[ending]))
        return self.kinds[start]

    def sends(self, i: int) -> bool:
        """Whether the sentence of token ``i`` sends something ("please find attached"),
        also as an item of a list that a sending line introduces ("Attached:\n- consent
        form")."""
        start, end = self.bounds(i)
        while self._is_list_item(start) and start > 0:
            if self.sendings[start:end].any():
                return True
            start, end = self.bounds(start - 1)
            if not self._is_list_item(start) and not self._ends_with_colon(start, end):
                return False
        return bool(self.sendings[start:end].any())

    def _first_word(self, start: int) -> int:
        while start < self.length and self.spaces[start]:
            start += 1
        return start

    def _is_list_item(self, start: int) -> bool:
        first = self._first_word(start)
        return first < self.length and self.doc[first].text in _LIST_MARKS

    def _ends_with_colon(self, start: int, end: int) -> bool:
        ending = end - 1
        while ending > start and self.spaces[ending]:
            ending -= 1
        return self.doc[ending].text == ":"

    def speaks_of_future(self, i: int) -> bool:
        """Whether the sentence of token ``i`` has "will", "shall" or "aim"."""
        start, end = self.bounds(i)
        return bool(self.futures[start:end].any())

    def question_ends(self) -> set[int]:
        """The ends of the sentences a "?" ends (white space aside)."""
        ends: set[int] = set()
        for i in numpy.flatnonzero(self.questions).tolist():
            end = self.bounds(i)[1]
            if self.spaces[i + 1 : end].all():
                ends.add(end)
        return ends


def _filter_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spacy.util.filter_spans`` for (start, end, label) triples."""
    ordered = sorted(spans, key=lambda span: (span[1] - span[0], -span[0]), reverse=True)
    kept: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for span in ordered:
        start, end, _ = span
        if start not in seen and end - 1 not in seen:
            kept.append(span)
            seen.update(range(start, end))
    return sorted(kept, key=lambda span: span[0])


def _expand(phrase: str, synonyms: dict[str, list[str]]) -> list[str]:
    """Every spelling of a cue phrase with ``{plan}``-style placeholders."""
    variants = [phrase]
    for placeholder, spellings in synonyms.items():
        variants = [
            v.replace(placeholder, s) if placeholder in v else v
            for v in variants
            for s in spellings
        ]
    return list(dict.fromkeys(variants))


def _sender_kind(context: MessageContext | None) -> str:
    return (context.sender_kind if context else None) or "unknown"


def _names_child(doc: Doc, context: MessageContext) -> bool:
    """Whether the text or the subject names one of the children: the first name as a whole
    word, or the full name in any case ("notes from yesterdays meeting - ellie mellor"; a
    first name alone must keep its capital, so that "will" is not Will)."""
    words = doc_tokens(doc).orth
    for child in context.children:
        for first in given_names(child.name):  # "Edward (Teddy) ...": either
            if (words == doc.vocab.strings[first]).any():
                return True
            if re.search(rf"\b{re.escape(first)}\b", context.subject):
                return True
        for full in full_names(child.name):
            found = re.compile(rf"\b{re.escape(full)}\b", re.IGNORECASE)
            if found.search(context.subject) or found.search(doc.text):
                return True
    return False


@Language.factory("assistant_category", default_config={"data_dir": ""})
def make_category(nlp: Language, name: str, data_dir: str) -> CategoryClassifier:
    return CategoryClassifier(nlp, Path(data_dir) / "category")
