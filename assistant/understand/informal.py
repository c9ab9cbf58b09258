"""Contractions written without an apostrophe that spaCy leaves whole: "ill" for "I'll".

spaCy's tokenizer already splits "im", "ive" and "id", but not "ill", which is also
a word ("he was ill"). Mail written on a phone drops the apostrophe ("ill do the form
over the wknd", "and ill ring bea tmrw"), so "ill" is read as "I" + "'ll" where it
opens a clause and a word that can be a verb follows it. Runs first, so every later
component sees the two tokens.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

# words after which a clause starts ("thanks ill send it", "and ill ring")
_OPENERS = frozenset(
    {
        ".",
        "!",
        "?",
        ",",
        ";",
        ":",
        "-",
        "and",
        "so",
        "but",
        "then",
        "also",
        "ok",
        "okay",
        "yes",
        "yeah",
        "thanks",
        "thx",
        "ta",
        "now",
        "lol",
        "x",
    }
)
# words after "ill" that are not verbs ("ill health", "ill with a cold", "ill again")
_NOT_VERBS = frozenset(
    {
        "health",
        "with",
        "and",
        "or",
        "at",
        "in",
        "on",
        "for",
        "from",
        "again",
        "today",
        "yesterday",
        "now",
        "too",
        "so",
        "very",
        "since",
        "after",
        "because",
        "as",
        "but",
        "this",
        "last",
        "all",
        "over",
        "effects",
        "treated",
        "informed",
        "advised",
        "equipped",
    }
)


@Language.component("assistant_informal")
def informal_contractions(doc: Doc) -> Doc:
    ill = doc.vocab.strings["ill"]
    at = numpy.flatnonzero(doc.to_array(LOWER) == ill).tolist()
    found = [doc[i] for i in at if _opens_clause(doc, i) and _verb_follows(doc, i)]
    if found:
        with doc.retokenize() as retokenizer:
            for token in found:
                retokenizer.split(
                    token,
                    [token.text[0], token.text[1:]],
                    heads=[(token, 1), (token, 1)],
                    attrs={"NORM": ["i", "will"]},
                )
    return doc


def _opens_clause(doc: Doc, i: int) -> bool:
    k = i - 1
    while k >= 0 and doc[k].is_space:
        if "\n" in doc[k].text:
            return True
        k -= 1
    return k < 0 or doc[k].lower_ in _OPENERS


def _verb_follows(doc: Doc, i: int) -> bool:
    nxt: Token | None = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.lower_ not in _NOT_VERBS
