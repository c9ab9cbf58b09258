"""A reply's category from its conversation.

A message's own category comes from its text alone, before threading. Some
conversations are one matter from start to end: a short reply inside a
mediation or tribunal exchange ("Thank you. I confirm that I will attend on
7 April.") belongs to that exchange, though its words say little. After
threading, replies whose own category is a weak one take the category of the
message that opened their conversation, as the pipeline's
``category/rules.json`` (``conversation``) lists. Automatic replies (out of
office) keep their own.
"""

from __future__ import annotations

import json
from itertools import groupby

from sqlite_utils import Database

from . import resources
from .db import messages as store


def inheritance(pipeline: str = "default") -> dict[str, frozenset[str]]:
    """{opening category: the own categories of replies that take it}."""
    path = resources.pipeline_dir(pipeline) / "category" / "rules.json"
    rules = json.loads(path.read_text(encoding="utf-8")).get("conversation", {})
    return {opening: frozenset(weak) for opening, weak in rules.get("inherit", {}).items()}


def settle_categories(db: Database, inherit: dict[str, frozenset[str]]) -> None:
    """Recompute every analysed message's category from its own and its conversation's."""
    changes: list[tuple[str, int]] = []
    for _, rows in groupby(store.conversation_categories(db), key=lambda row: row[1]):
        rows = list(rows)
        opening = rows[0][2]
        for message, _, own, current, automatic in rows:
            # an out-of-office reply is no step of the matter, whatever the exchange
            weak = own in inherit.get(opening, ()) and not automatic
            settled = opening if weak else own
            if settled != current:
                changes.append((settled, message))
    store.save_categories(db, changes)
