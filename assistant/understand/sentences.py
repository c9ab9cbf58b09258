"""Sentence boundaries that suit email: paragraphs and list items end sentences.

spaCy's rule-based sentencizer splits on punctuation only; in email a blank
line, a bullet or a salutation line also ends a sentence.
"""

from spacy.language import Language
from spacy.tokens import Doc, Token

_BULLETS = {"-", "*", "•", "–", "·"}


@Language.component("assistant_email_sentences", requires=["token.is_sent_start"])
def email_sentences(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and at a bullet or number opening a new line."""
    for i, token in enumerate(doc[:-1]):
        if _blank_line(token) or (_line_break(token) and _opens_item(doc, i + 1)):
            doc[i + 1].is_sent_start = True
    return doc


def _blank_line(token: Token) -> bool:
    return token.is_space and token.text.count("\n") >= 2


def _line_break(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _opens_item(doc: Doc, i: int) -> bool:
    return doc[i].text in _BULLETS or _looks_numbered(doc, i)


def _looks_numbered(doc: Doc, i: int) -> bool:
    token = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return token.like_num and len(token) <= 2 and nxt is not None and nxt.text in {".", ")"}
