"""Sentence boundaries that suit email: paragraphs and list items end sentences.

spaCy's rule-based sentencizer splits on punctuation only; in email a blank
line, a bullet or a salutation line also ends a sentence.
"""

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from .tokens import doc_text, doc_tokens

_BULLETS = {"-", "*", "•", "–", "·"}
_SHORT_LINE = 60  # characters: hard-wrapped mail fills its lines to 65-80
_SECTION_LETTERS = "ABCDEFGHIJK"  # the sections of an EHC plan
_SECTION_WORDS = {"section", "sections", "part", "appendix", "annex", "and", "or"}


@Language.component("assistant_email_sentences", requires=["token.is_sent_start"])
def email_sentences(doc: Doc) -> Doc:
    """Start a sentence after a blank line, at a bullet or number opening a new line, and
    after a short line (a note of its own, not a hard wrap).

    Only a white-space token can hold a line break (a token's trailing white
    space is one space at most), so only those are looked at. The tokens are
    read, and the new sentence starts written, as arrays: cheaper than Token
    objects.
    """
    tokens = doc_tokens(doc)
    strings, orths = doc.vocab.strings, tokens.orth.tolist()
    starts: list[int] = []
    text = doc_text(doc)
    for i in numpy.flatnonzero(tokens.is_space[:-1]).tolist():
        newlines = strings[orths[i]].count("\n")
        if newlines >= 2 or (
            newlines
            and (
                _opens_item(doc, strings, orths, i + 1)
                or _short_line_before(text, int(tokens.idx[i]))
            )
        ):
            starts.append(i + 1)
    starts += _after_section_letters(doc, strings, orths)
    if starts:
        sent_starts = doc.to_array(SENT_START)
        sent_starts[starts] = 1
        doc.from_array([SENT_START], sent_starts)
    return doc


def _after_section_letters(doc: Doc, strings: StringStore, orths: list[int]) -> list[int]:
    """ "... set out in section F. Mr Haworth will send ...": the tokenizer keeps "F." whole,
    so the sentencizer does not end the sentence there."""
    letters = {strings.add(f"{c}.") for c in _SECTION_LETTERS}
    return [
        i + 1
        for i in range(1, len(orths) - 1)
        if orths[i] in letters and doc[i - 1].lower_ in _SECTION_WORDS and doc[i + 1].is_title
    ]


def _short_line_before(text: str, newline: int) -> bool:
    """A short line before a single line break is a line of its own, not a hard wrap
    ("u will issue the plan by fri 26th\nu will send me the reasons by thurs")."""
    start = text.rfind("\n", 0, newline) + 1
    line = text[start:newline].strip()
    return 0 < len(line) < _SHORT_LINE and line[-1].isalnum()


def _opens_item(doc: Doc, strings: StringStore, orths: list[int], i: int) -> bool:
    """A bullet, or a number of one or two characters followed by "." or ")"."""
    text = strings[orths[i]]
    if text in _BULLETS:
        return True
    numbered = len(text) <= 2 and i + 1 < len(orths) and strings[orths[i + 1]] in {".", ")"}
    return numbered and doc[i].like_num
