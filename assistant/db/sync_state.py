"""Where each IMAP folder's sync stands, and where each stored message lives on the server.

A folder's cursor is its UIDVALIDITY and the highest UID examined. The sync writes
it in the same transaction as the messages it covers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from .messages import now


@dataclass(frozen=True)
class Cursor:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Location:
    uid: int
    source: str  # the RawItem source label the message was stored under
    gm_msgid: int | None = None


def folder_cursor(db: Database, account: str, folder: str) -> Cursor | None:
    row = db.execute(
        "select uidvalidity, last_uid from imap_folders where account = ? and folder = ?",
        [account, folder],
    ).fetchone()
    return Cursor(row[0], row[1]) if row else None


def save_cursor(db: Database, account: str, folder: str, cursor: Cursor) -> None:
    db["imap_folders"].upsert(
        {
            "account": account,
            "folder": folder,
            "uidvalidity": cursor.uidvalidity,
            "last_uid": cursor.last_uid,
            "synced_at": now(),
        },
        pk=("account", "folder"),
    )


def record_locations(
    db: Database, account: str, folder: str, uidvalidity: int, locations: Iterable[Location]
) -> None:
    """Link each UID to the message stored from it (none when it failed to import)."""
    rows = []
    for location in locations:
        found = db.execute(
            "select message from message_sources where source = ?", [location.source]
        ).fetchone()
        message = found[0] if found else message_for_gm_msgid(db, account, location.gm_msgid)
        rows.append(
            {
                "account": account,
                "folder": folder,
                "uidvalidity": uidvalidity,
                "uid": location.uid,
                "message": message,
                "gm_msgid": location.gm_msgid,
            }
        )
    if rows:
        db["imap_locations"].upsert_all(rows, pk=("account", "folder", "uidvalidity", "uid"))


def message_for_gm_msgid(db: Database, account: str, gm_msgid: int | None) -> int | None:
    """The stored message Gmail knows by this id (the same mail under another label)."""
    if gm_msgid is None:
        return None
    row = db.execute(
        "select message from imap_locations where account = ? and gm_msgid = ? "
        "and message is not null limit 1",
        [account, gm_msgid],
    ).fetchone()
    return row[0] if row else None


def gm_msgids(db: Database, account: str) -> set[int]:
    """Every Gmail message id already stored for this account."""
    rows = db.execute(
        "select distinct gm_msgid from imap_locations where account = ? "
        "and gm_msgid is not null and message is not null",
        [account],
    )
    return {row[0] for row in rows}


def location_count(db: Database, account: str) -> int:
    return db.execute(
        "select count(*) from imap_locations where account = ?", [account]
    ).fetchone()[0]
