"""Case events (from mail or added by hand) and the exceptions the parent marks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from ..clock.deadlines import Event, ExceptionClaim
from .messages import now


def add_event(
    db: Database,
    child: str,
    type_: str,
    date: dt.date,
    note: str | None = None,
    message: int | None = None,
    origin: str = "manual",
    kind: str | None = None,
) -> int:
    return (
        db["events"]
        .insert(
            {
                "child": child,
                "type": type_,
                "kind": kind,
                "date": date.isoformat(),
                "note": note,
                "message": message,
                "origin": origin,
                "deleted": 0,
                "created_at": now(),
            }
        )
        .last_pk
    )


def mail_event_exists(db: Database, message: int, type_: str) -> bool:
    """Also true for a mail event the parent deleted, so reprocessing never revives it."""
    row = db.execute(
        "select 1 from events where message = ? and type = ? and origin = 'mail'", [message, type_]
    ).fetchone()
    return row is not None


def update_event(db: Database, event_id: int, changes: dict[str, Any]) -> bool:
    """Apply the parent's corrections; a corrected mail event is never replaced on reprocess."""
    if not get_event(db, event_id):
        return False
    db["events"].update(event_id, {**changes, "edited": 1})
    return True


def delete_event(db: Database, event_id: int) -> bool:
    return update_event(db, event_id, {"deleted": 1})


def mail_events(db: Database) -> list[dict[str, Any]]:
    """Every event found in mail, deleted ones included, with its message's conversation."""
    return list(
        db.query(
            "select events.*, messages.thread_id from events "
            "join messages on messages.id = events.message where events.origin = 'mail' "
            "order by events.id"
        )
    )


def refresh_mail_event(
    db: Database, event_id: int, date: dt.date, kind: str | None, note: str | None
) -> None:
    """Follow a better reading of the same message (not an edit by the parent)."""
    db["events"].update(event_id, {"date": date.isoformat(), "kind": kind, "note": note})


def remove_mail_event(db: Database, event_id: int) -> None:
    """Drop a mail event the current analysis no longer supports (never one the parent
    edited or deleted: the caller checks)."""
    db["events"].delete(event_id)


def case_messages(db: Database) -> list[dict[str, Any]]:
    """Analysed messages in date order, with what the pipeline found in each."""
    return list(
        db.query(
            "select messages.id, messages.thread_id, messages.date_utc, messages.imported_at, "
            "messages.subject, messages.new_text, messages.signature, messages.sender_kind, "
            "messages.sender_party, messages.from_name, messages.from_address, "
            "messages.to_addresses, messages.cc_addresses, "
            "analyses.category, analyses.references_ as refs, analyses.dates, "
            "analyses.commitments "
            "from messages join analyses on analyses.message = messages.id "
            "order by coalesce(messages.date_utc, messages.imported_at), messages.id"
        )
    )


def get_event(db: Database, event_id: int) -> dict[str, Any] | None:
    rows = list(db.query("select * from events where id = ? and deleted = 0", [event_id]))
    return rows[0] if rows else None


def list_events(db: Database, child: str | None = None) -> list[dict[str, Any]]:
    sql = "select * from events where deleted = 0"
    params: list[Any] = []
    if child:
        sql += " and child = ? collate nocase"
        params.append(child)
    return list(db.query(sql + " order by date, id", params))


def clock_events(db: Database, child: str | None = None) -> list[Event]:
    return [
        Event(
            child=row["child"],
            type=row["type"],
            date=dt.date.fromisoformat(row["date"]),
            id=row["id"],
            note=row["note"],
            message_id=str(row["message"]) if row["message"] else None,
            kind=row["kind"],
        )
        for row in list_events(db, child)
    ]


def add_exception(db: Database, claim: ExceptionClaim) -> int:
    return (
        db["exception_claims"]
        .insert(
            {
                "child": claim.child,
                "rule": claim.rule,
                "exception": claim.exception,
                "note": claim.note,
                "created_at": now(),
            }
        )
        .last_pk
    )


def list_exceptions(db: Database, child: str | None = None) -> list[ExceptionClaim]:
    return [
        ExceptionClaim(r["child"], r["rule"], r["exception"], r["note"])
        for r in exception_rows(db, child)
    ]


def exception_rows(db: Database, child: str | None = None) -> list[dict[str, Any]]:
    sql = "select * from exception_claims"
    params: list[Any] = []
    if child:
        sql += " where child = ? collate nocase"
        params.append(child)
    return list(db.query(sql + " order by id", params))


def delete_exception(db: Database, claim_id: int) -> bool:
    if not list(db.query("select 1 from exception_claims where id = ?", [claim_id])):
        return False
    db["exception_claims"].delete(claim_id)
    return True
