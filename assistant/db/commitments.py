"""The commitment log: promises found in mail, and the parent's verdict on each.

A row is keyed by (message, normalised sentence), never by its position in the
analysis, so the parent's confirmations, rejections and closures survive
``reprocess``. A commitment the current analysis no longer finds is kept with
``extracted = 0`` and shown only if the parent confirmed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from .messages import now

REVIEWS = ("confirmed", "rejected")
STATES = ("open", "done", "withdrawn")


def save_extracted(
    db: Database, message: int, child: str | None, found: Iterable[dict[str, Any]]
) -> int:
    """Store what the analysis of `message` found now (dicts with key, actor, action, text,
    due); return how many are new."""
    rows = db.query("select id, key, child from commitments where message = ?", [message])
    known = {row["key"]: row for row in rows}
    stamp, new, seen = now(), 0, set()
    for item in found:
        values = {k: item[k] for k in ("actor", "action", "text", "due")}
        seen.add(item["key"])
        if item["key"] in known:
            row = known[item["key"]]
            values["child"] = row["child"] or child  # a child configured later fills a gap
            db["commitments"].update(row["id"], {**values, "extracted": 1, "updated_at": stamp})
            continue
        db["commitments"].insert(
            {
                **values,
                "message": message,
                "key": item["key"],
                "child": child,
                "review": None,
                "state": None,
                "extracted": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        new += 1
    gone = [row["id"] for key, row in known.items() if key not in seen]
    if gone:
        marks = ",".join("?" * len(gone))
        db.execute(f"update commitments set extracted = 0 where id in ({marks})", gone)
    return new


def commitment_rows(db: Database) -> list[dict[str, Any]]:
    """Commitments worth showing (found now, or confirmed by the parent; never rejected ones),
    with their message, oldest first."""
    return list(
        db.query(
            "select commitments.*, messages.date_utc, messages.imported_at, messages.subject, "
            "messages.from_name, messages.from_address, messages.sender_kind "
            "from commitments join messages on messages.id = commitments.message "
            "where coalesce(commitments.review, '') != 'rejected' "
            "and (commitments.extracted = 1 or commitments.review = 'confirmed') "
            "order by coalesce(messages.date_utc, messages.imported_at), commitments.id"
        )
    )


def get_commitment(db: Database, commitment_id: int) -> dict[str, Any] | None:
    rows = list(db.query("select * from commitments where id = ?", [commitment_id]))
    return rows[0] if rows else None


def set_review(db: Database, commitment_id: int, review: str) -> bool:
    """Confirm or reject a commitment; False if there is no such id."""
    assert review in REVIEWS
    return _update(db, commitment_id, {"review": review})


def set_state(db: Database, commitment_id: int, state: str) -> bool:
    """Close, withdraw or reopen by hand (overrides automatic fulfilment)."""
    assert state in STATES
    return _update(db, commitment_id, {"state": state})


def _update(db: Database, commitment_id: int, changes: dict[str, Any]) -> bool:
    if get_commitment(db, commitment_id) is None:
        return False
    db["commitments"].update(commitment_id, {**changes, "updated_at": now()})
    return True


def messages_with_commitments(db: Database) -> set[int]:
    return {row[0] for row in db.execute("select distinct message from commitments").fetchall()}
