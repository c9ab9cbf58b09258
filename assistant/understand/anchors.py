"""Where token patterns can match: the short stretches of a doc around the tokens they need.

spaCy's Matcher tries every pattern at every token it is given, and most tokens
of a message cannot be part of any match. Every pattern has tokens it cannot
match without (a month name, "end", a number), and a match reaches only so many
tokens either side of such an anchor token. ``AnchorIndex`` reads the anchors
off the patterns themselves, so the patterns stay editable data, and finds the
stretches of a doc where a match is possible; running the matcher on those
alone finds exactly what running it on the whole doc finds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy
from spacy.lexeme import Lexeme
from spacy.vocab import Vocab

Stretch = tuple[int, int]  # token offsets, end exclusive
Test = Callable[[str, Lexeme], bool]  # on a token's text and its lexeme

_BITS = 64  # tests beyond 64 share bits: weaker anchors, never a missed match


@dataclass(frozen=True)
class _Anchor:
    """A token a pattern cannot match without, and how far a match reaches from it."""

    bit: int  # the bit of its test; 0: no testable token, the pattern may match anywhere
    before: int | None  # at most this many tokens of a match precede it (None: no limit)
    after: int | None  # ... and follow it


@dataclass(frozen=True)
class _Pattern:
    required: int  # the bits of every token the pattern cannot match without
    anchors: tuple[_Anchor, ...]


@dataclass(frozen=True)
class _Words:
    """The test that a token's text (or its lower-case form) is one of ``words``."""

    words: frozenset[str]
    lower: bool

    def __call__(self, text: str, lexeme: Lexeme) -> bool:
        return (lexeme.lower_ if self.lower else text) in self.words


class AnchorIndex:
    """The anchors of a set of Matcher patterns (lists of token dicts)."""

    def __init__(self, vocab: Vocab, patterns: Iterable[list[dict]]) -> None:
        self.vocab = vocab
        self._bit_of: dict[str, int] = {}  # a test, described -> its bit
        self._by_text: dict[str, int] = {}  # word -> the bits of the word-list tests naming it
        self._by_lower: dict[str, int] = {}  # the same for lower-case forms
        self._other_tests: list[tuple[int, Test]] = []
        self._bits_of_word: dict[int, int] = {}  # orth -> the bits of the tests it passes
        self.patterns = [self._pattern(pattern) for pattern in patterns]

    def stretches(self, orths: numpy.ndarray) -> list[Stretch]:
        """Where in a token sequence (given by ORTH ids) a pattern may match: sorted,
        disjoint stretches around anchors, merged where they overlap or touch."""
        masks = self._masks(orths)
        present = int(numpy.bitwise_or.reduce(masks)) if len(masks) else 0
        counts: dict[int, int] = {}

        def count(anchor: _Anchor) -> int:
            if anchor.bit not in counts:
                counts[anchor.bit] = numpy.count_nonzero(masks & numpy.uint64(anchor.bit))
            return counts[anchor.bit]

        size = len(orths)
        lows: list[int] = []
        highs: list[int] = []
        for pattern in self.patterns:
            if pattern.required & ~present:
                continue  # a token it needs occurs nowhere
            anchor = min(pattern.anchors, key=count) if pattern.required else pattern.anchors[0]
            if not anchor.bit:
                return [(0, size)] if size else []
            at = numpy.flatnonzero(masks & numpy.uint64(anchor.bit))
            before = size if anchor.before is None else anchor.before
            after = size if anchor.after is None else anchor.after
            lows += numpy.maximum(at - before, 0).tolist()
            highs += numpy.minimum(at + after + 1, size).tolist()
        return merged(zip(lows, highs, strict=True))

    def _masks(self, orths: numpy.ndarray) -> numpy.ndarray:
        """For each token, the bits of the tests it passes."""
        words, index = numpy.unique(orths, return_inverse=True)
        known = self._bits_of_word
        bits = [known[w] if w in known else self._word_bits(w) for w in words.tolist()]
        return numpy.array(bits, dtype=numpy.uint64)[index]

    def _word_bits(self, orth: int) -> int:
        text = self.vocab.strings[orth]
        lexeme = self.vocab[text]
        bits = self._by_text.get(text, 0) | self._by_lower.get(lexeme.lower_, 0)
        for bit, test in self._other_tests:
            if test(text, lexeme):
                bits |= bit
        self._bits_of_word[orth] = bits
        return bits

    def _pattern(self, pattern: list[dict]) -> _Pattern:
        lengths = [_longest(token) for token in pattern]
        required = 0
        anchors = []
        for i, token in enumerate(pattern):
            bit = self._bit(token) if "OP" not in token else None
            if bit is not None:
                required |= bit
                anchors.append(_Anchor(bit, _total(lengths[:i]), _total(lengths[i + 1 :])))
        return _Pattern(required, tuple(anchors) or (_Anchor(0, None, None),))

    def _bit(self, token: dict) -> int | None:
        """The bit of a test every token matching ``token`` passes; None if none is known."""
        predicates = {
            key: token[key] for key in ("ORTH", "TEXT", "LOWER", "LIKE_NUM") if key in token
        }
        tests = [test for key, value in predicates.items() if (test := _test(key, value))]
        if not tests:
            return None
        description = json.dumps(predicates, sort_keys=True)
        if description not in self._bit_of:
            bit = self._bit_of[description] = 1 << (len(self._bit_of) % _BITS)
            if len(tests) == 1 and isinstance(tests[0], _Words):
                table = self._by_lower if tests[0].lower else self._by_text
                for word in tests[0].words:
                    table[word] = table.get(word, 0) | bit
            elif len(tests) == 1:
                self._other_tests.append((bit, tests[0]))
            else:
                self._other_tests.append((bit, lambda t, lex: all(f(t, lex) for f in tests)))
        return self._bit_of[description]


def merged(stretches: Iterable[Stretch]) -> list[Stretch]:
    """The stretches, sorted and merged where they overlap or touch."""
    result: list[Stretch] = []
    for start, end in sorted(stretches):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def overlaps(first: list[Stretch], second: list[Stretch]) -> list[Stretch]:
    """The non-empty intersections of two lists of sorted, disjoint stretches."""
    found: list[Stretch] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if start < end:
            found.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return found


def _test(key: str, value: object) -> Test | None:
    """A test of a token's text or lexeme for one pattern predicate; None for the others."""
    if key == "LIKE_NUM":
        return (lambda _, lexeme: lexeme.like_num == value) if isinstance(value, bool) else None
    lower = key == "LOWER"
    if isinstance(value, str):
        return _Words(frozenset([value]), lower)
    if isinstance(value, dict) and list(value) == ["IN"]:
        words = value["IN"]
        return _Words(frozenset(words), lower) if all(isinstance(w, str) for w in words) else None
    if isinstance(value, dict) and list(value) == ["REGEX"]:
        regex = re.compile(value["REGEX"])
        return lambda text, lexeme: regex.search(lexeme.lower_ if lower else text) is not None
    return None


def _longest(token: dict) -> int | None:
    """How many tokens a pattern token can match at most (None: any number)."""
    return 1 if token.get("OP") in (None, "?", "!") else None


def _total(lengths: list[int | None]) -> int | None:
    return None if None in lengths else sum(lengths)  # type: ignore[arg-type]
