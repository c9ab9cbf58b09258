"""Phrase patterns for a case-insensitive ``PhraseMatcher``.

spaCy's tokenizer splits some lower-case words as contractions ("id" as "i" +
"d", for "I'd") but keeps "ID" whole, so a pattern made from "case id" alone
never matches "Case ID". Each phrase is tokenized as written, in lower, title
and upper case; distinct tokenizations are all kept.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def case_patterns(make_doc: Callable[[str], Doc], phrase: str) -> list[Doc]:
    docs: dict[tuple[str, ...], Doc] = {}
    for variant in (phrase, phrase.lower(), phrase.title(), phrase.upper()):
        doc = make_doc(variant)
        docs.setdefault(tuple(token.lower_ for token in doc), doc)
    return list(docs.values())
