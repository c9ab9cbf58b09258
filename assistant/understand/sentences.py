"""Sentence boundaries that suit email: paragraphs and list items end sentences.

spaCy's rule-based sentencizer splits on punctuation only; in email a blank
line, a bullet or a salutation line also ends a sentence.
"""

from spacy.language import Language
from spacy.tokens import Doc

_BULLETS = {"-", "*", "•", "–", "·"}


@Language.component("assistant_email_sentences", requires=["token.is_sent_start"])
def email_sentences(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        following = doc[i + 1]
        if token.is_space and token.text.count("\n") >= 2:
            following.is_sent_start = True
        elif "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            if following.text in _BULLETS or _looks_numbered(doc, i + 1):
                following.is_sent_start = True
    return doc


def _looks_numbered(doc: Doc, i: int) -> bool:
    token = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return token.like_num and len(token) <= 2 and nxt is not None and nxt.text in {".", ")"}
