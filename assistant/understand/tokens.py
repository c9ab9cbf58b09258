"""What several components read from a doc, read once per doc and kept in ``doc.user_data``.

``Doc.text`` builds a Token object per token, and ``Doc.to_array`` costs about as
much per column as a component's own work on a short message; components that
need the text or the tokens' fixed attributes share one copy instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_SPACE, NORM, ORTH, SPACY
from spacy.tokens import Doc

_TEXT_KEY = "assistant_text"
_TOKENS_KEY = "assistant_tokens"


@dataclass(frozen=True)
class Tokens:
    """Attributes of a doc's tokens that no component changes, one array each."""

    orth: numpy.ndarray  # uint64 string ids
    norm: numpy.ndarray  # uint64 string ids
    idx: numpy.ndarray  # character offsets
    spacy: numpy.ndarray  # bool: followed by a space
    is_space: numpy.ndarray  # bool: white space itself


def doc_text(doc: Doc) -> str:
    """The text of ``doc``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record that ``doc`` was tokenised from ``text`` (the tokenizer keeps every character)."""
    doc.user_data[_TEXT_KEY] = text


def doc_tokens(doc: Doc) -> Tokens:
    """The attributes of ``doc``'s tokens."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        columns = doc.to_array([ORTH, NORM, IDX, SPACY, IS_SPACE])
        tokens = Tokens(
            columns[:, 0], columns[:, 1], columns[:, 2], columns[:, 3] == 1, columns[:, 4] == 1
        )
        remember_tokens(doc, tokens)
    return tokens


def remember_tokens(doc: Doc, tokens: Tokens) -> None:
    """Record the attributes of a doc built from known tokens."""
    doc.user_data[_TOKENS_KEY] = tokens
