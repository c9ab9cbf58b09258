"""Category on short messages written by people who never saw the pipeline's cues.

- ``category_blind.jsonl`` (child Ellis Varga): first score 0.738 accuracy / 0.760 macro-F1;
  the cues it showed missing were then added, so it no longer measures generalisation.
- ``category_blind2.jsonl`` (child Rosa Adeyemi, deliberately free of stock phrases): written
  after those changes and never tuned on: 0.625 / 0.648. It is the honest figure for mail
  unlike ours; keep it untuned. Raise a floor when the score improves, never lower one.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from conftest import DATA

from assistant.understand.context import ChildInfo, MessageContext
from assistant.understand.pipeline import understand

SENT_AT = dt.datetime(2026, 6, 10, 11, 0, tzinfo=ZoneInfo("Europe/London"))
CHILDREN = {
    "category_blind.jsonl": ChildInfo("Ellis Varga", date_of_birth=dt.date(2017, 3, 3)),
    "category_blind2.jsonl": ChildInfo("Rosa Adeyemi", date_of_birth=dt.date(2013, 11, 21)),
}


@pytest.mark.parametrize(
    ("name", "floor"), [("category_blind.jsonl", 0.95), ("category_blind2.jsonl", 0.60)]
)
def test_category_accuracy_on_messages_written_blind(name, floor):
    rows = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line]
    contexts = [
        MessageContext(
            sent_at=SENT_AT,
            subject=row["subject"],
            sender_kind=None if row["sender"] == "unknown" else row["sender"],
            recipient_kinds=tuple(row["recipients"]),
            children=(CHILDREN[name],),
        )
        for row in rows
    ]
    texts = [row["text"] for row in rows]
    found = [u.category for u in understand(zip(texts, contexts, strict=True))]
    wrong = [
        (row["id"], row["category"], got)
        for row, got in zip(rows, found, strict=True)
        if got != row["category"]
    ]
    assert 1 - len(wrong) / len(rows) >= floor, wrong
