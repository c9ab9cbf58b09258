"""Messages, their raw bytes, sources, failures, analyses and threads."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..quoteheader import QuoteOrigin
from ..thread import ThreadEdit, ThreadInput


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def source_known(db: Database, source: str) -> bool:
    return bool(db.execute("select 1 from message_sources where source = ?", [source]).fetchone())


def message_by_key(db: Database, key: str) -> int | None:
    row = db.execute("select id from messages where message_key = ?", [key]).fetchone()
    return row[0] if row else None


def message_by_sha(db: Database, sha256: str) -> int | None:
    row = db.execute(
        "select message from message_sources where raw_sha256 = ? limit 1", [sha256]
    ).fetchone()
    return row[0] if row else None


def store_raw(db: Database, sha256: str, data: bytes) -> int:
    row = db.execute("select id from raw_messages where sha256 = ?", [sha256]).fetchone()
    if row:
        return row[0]
    return db["raw_messages"].insert({"sha256": sha256, "size": len(data), "data": data}).last_pk


def raw_bytes(db: Database, message: int) -> bytes:
    row = db.execute(
        "select data from raw_messages join messages on messages.raw_id = raw_messages.id "
        "where messages.id = ?",
        [message],
    ).fetchone()
    return row[0]


def insert_message(db: Database, record: dict[str, Any], attachments: list[dict]) -> int:
    pk = db["messages"].insert({**record, "imported_at": now()}).last_pk
    if attachments:
        db["attachments"].insert_all({**a, "message": pk} for a in attachments)
    return pk


def add_source(db: Database, message: int, source: str, sha256: str) -> None:
    db["message_sources"].insert(
        {"message": message, "source": source, "raw_sha256": sha256, "added_at": now()},
        ignore=True,
    )
    resolve_failure(db, source)


def record_failure(db: Database, source: str, reason: str, raw_id: int | None) -> None:
    existing = db.execute("select id, attempts from failures where source = ?", [source]).fetchone()
    if existing:
        db["failures"].update(
            existing[0],
            {"reason": reason, "raw_id": raw_id, "attempts": existing[1] + 1, "last_seen": now()},
        )
    else:
        stamp = now()
        db["failures"].insert(
            {
                "source": source,
                "reason": reason,
                "raw_id": raw_id,
                "attempts": 1,
                "first_seen": stamp,
                "last_seen": stamp,
                "resolved": 0,
            }
        )


def resolve_failure(db: Database, source: str) -> None:
    db.execute("update failures set resolved = 1 where source = ? and resolved = 0", [source])


def open_failures(db: Database) -> list[dict[str, Any]]:
    return list(db.query("select * from failures where resolved = 0 order by id"))


def retryable_failures(db: Database) -> Iterator[tuple[str, bytes]]:
    """Failed messages whose bytes were kept, so a newer parser can try again."""
    yield from db.execute(
        "select failures.source, raw_messages.data from failures "
        "join raw_messages on raw_messages.id = failures.raw_id where resolved = 0"
    ).fetchall()


# ---------------------------------------------------------------- threads


def thread_inputs(db: Database) -> list[ThreadInput]:
    rows = db.execute(
        "select message_key, message_id, references_, in_reply_to, subject, date_utc, "
        "from_address, to_addresses, cc_addresses, thread_index, from_name, quote_origin, "
        "auto_submitted from messages"
    ).fetchall()
    inputs = []
    for key, mid, refs, irt, subject, date, sender, to, cc, tindex, name, origin, auto in rows:
        people = {sender} | {a for _, a in json.loads(to or "[]") + json.loads(cc or "[]")}
        inputs.append(
            ThreadInput(
                key=key,
                message_id=mid,
                references=tuple(json.loads(refs or "[]") + json.loads(irt or "[]")),
                subject=subject or "",
                date=dt.datetime.fromisoformat(date) if date else None,
                participants=frozenset(p for p in people if p),
                addressees=frozenset(a for _, a in json.loads(to or "[]") if a),
                thread_index=tindex,
                sender=frozenset(x.lower() for x in (sender, name) if x),
                quote_origin=_origin(origin),
                automatic=bool(auto),
            )
        )
    return inputs


def _origin(value: str | None) -> QuoteOrigin | None:
    if not value:
        return None
    data = json.loads(value)
    return QuoteOrigin(data["sender"], dt.datetime.fromisoformat(data["sent"]), data["subject"])


def thread_edits(db: Database) -> list[ThreadEdit]:
    return [
        ThreadEdit(row["action"], row["message_key"], row["other_key"])
        for row in db.query("select * from thread_edits order by id")
    ]


def add_thread_edit(db: Database, action: str, message_key: str, other_key: str | None) -> None:
    db["thread_edits"].insert(
        {"action": action, "message_key": message_key, "other_key": other_key, "created_at": now()}
    )


def save_threads(db: Database, assignment: dict[str, str]) -> None:
    current = dict(db.execute("select message_key, thread_id from messages").fetchall())
    changed = [(tid, key) for key, tid in assignment.items() if current.get(key) != tid]
    with db.atomic():
        db.conn.executemany("update messages set thread_id = ? where message_key = ?", changed)


def conversation_categories(db: Database) -> list[tuple[int, str, str, str, int]]:
    """(message, conversation, own category, category, sent automatically) of every
    analysed message, each conversation's messages in date order (undated ones last)."""
    return db.execute(
        "select messages.id, messages.thread_id, analyses.own_category, analyses.category, "
        "messages.auto_submitted "
        "from messages join analyses on analyses.message = messages.id "
        "where messages.thread_id is not null "
        "order by messages.thread_id, messages.date_utc is null, messages.date_utc, messages.id"
    ).fetchall()


def save_categories(db: Database, changes: list[tuple[str, int]]) -> None:
    """Set (category, message) pairs."""
    with db.atomic():
        db.conn.executemany("update analyses set category = ? where message = ?", changes)


def resolve_message(db: Database, ref: str) -> dict[str, Any] | None:
    """A message by database id, Message-ID (with or without <>) or key."""
    candidates = [ref, f"<{ref.strip('<>')}>"]
    if ref.isdigit():
        row = db.execute("select * from messages where id = ?", [int(ref)]).fetchone()
        if row:
            return _as_dict(db, row)
    for value in candidates:
        row = db.execute(
            "select * from messages where message_key = ? or message_id = ?", [value, value]
        ).fetchone()
        if row:
            return _as_dict(db, row)
    return None


def _as_dict(db: Database, row: tuple) -> dict[str, Any]:
    columns = [c.name for c in db["messages"].columns]
    return dict(zip(columns, row, strict=True))


def thread_messages(db: Database, thread_id: str) -> list[dict[str, Any]]:
    return list(
        db.query("select * from messages where thread_id = ? order by date_utc, id", [thread_id])
    )


# ---------------------------------------------------------------- analyses


def messages_needing_analysis(db: Database, version: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "select messages.* from messages left join analyses "
            "on analyses.message = messages.id "
            "where analyses.message is null or analyses.pipeline_version != ? "
            "order by messages.id",
            [version],
        )
    )


def party_senders(db: Database) -> list[tuple[str, str]]:
    """(display name, party kind) of everyone who wrote from a configured party."""
    rows = db.execute(
        "select distinct from_name, sender_kind from messages where sender_kind is not null "
        "and sender_kind != 'owner' and coalesce(from_name, '') != ''"
    )
    return [(name, kind) for name, kind in rows]


def save_analysis(db: Database, message: int, version: str, result: dict[str, Any]) -> None:
    db["analyses"].upsert(
        {
            "message": message,
            "pipeline_version": version,
            "category": result["category"],
            "own_category": result["category"],
            "references_": json.dumps(result["references"]),
            "dates": json.dumps(result["dates"]),
            "commitments": json.dumps(result["commitments"]),
            "analysed_at": now(),
        },
        pk="message",
    )


def messages_with_analysis(db: Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "select messages.*, analyses.category, analyses.references_ as refs, analyses.dates, "
            "analyses.commitments, analyses.pipeline_version, "
            "(select source from message_sources where message = messages.id "
            " order by id limit 1) as source "
            "from messages left join analyses on analyses.message = messages.id "
            "order by messages.id"
        )
    )


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class SearchFilters:
    sender: str | None = None
    party_kind: str | None = None
    since: str | None = None  # ISO timestamp in UTC: on or after
    until: str | None = None  # ISO timestamp in UTC: before
    thread: str | None = None
    limit: int = 50


def search(db: Database, query: str, filters: SearchFilters) -> list[dict[str, Any]]:
    """Full-text search (FTS5 syntax), newest first, with highlighted snippets."""
    where = ["messages_fts match :query"]
    params: dict[str, Any] = {"query": query, "limit": filters.limit}
    if filters.sender:
        where.append("(messages.from_address like :sender or messages.from_name like :sender)")
        params["sender"] = f"%{filters.sender}%"
    if filters.party_kind:
        where.append("messages.sender_kind = :kind")
        params["kind"] = filters.party_kind
    if filters.since:
        where.append("messages.date_utc >= :since")
        params["since"] = filters.since
    if filters.until:
        where.append("messages.date_utc < :until")
        params["until"] = filters.until
    if filters.thread:
        where.append("messages.thread_id = :thread")
        params["thread"] = filters.thread
    sql = (
        "select messages.id, messages.thread_id, messages.date_utc, messages.from_name, "
        "messages.from_address, messages.sender_kind, messages.subject, "
        "snippet(messages_fts, 1, '[', ']', ' … ', 16) as snippet "
        "from messages_fts join messages on messages.rowid = messages_fts.rowid "
        f"where {' and '.join(where)} order by messages.date_utc desc limit :limit"
    )
    return list(db.query(sql, params))
