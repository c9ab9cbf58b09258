"""Schema migrations, applied in order on every start; each runs in a transaction.

Never edit a migration that has shipped: add a new one below it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("ehcp-assistant")


@migrations()
def m001_correspondence_log(db: Database) -> None:
    db["raw_messages"].create(
        {"id": int, "sha256": str, "size": int, "data": bytes}, pk="id", not_null={"sha256"}
    )
    db["raw_messages"].create_index(["sha256"], unique=True)
    db["messages"].create(
        {
            "id": int,
            "message_key": str,  # Message-ID, or "sha256:<hash>" when there is none
            "message_id": str,
            "raw_id": int,
            "date_utc": str,
            "subject": str,
            "from_name": str,
            "from_address": str,
            "to_addresses": str,  # JSON list of [name, address]
            "cc_addresses": str,
            "in_reply_to": str,  # JSON list of ids
            "references_": str,
            "thread_index": str,
            "thread_topic": str,
            "quote_origin": str,  # JSON: sender and time of the quoted message, if written
            "auto_submitted": int,
            "body_format": str,
            "new_text": str,
            "quoted_text": str,
            "signature": str,
            "attachment_names": str,
            "warnings": str,  # JSON list of plain-English parse warnings
            "sender_kind": str,
            "sender_party": str,
            "from_la": int,
            "thread_id": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"message_key", "raw_id"},
        foreign_keys=[("raw_id", "raw_messages", "id")],
    )
    db["messages"].create_index(["message_key"], unique=True)
    db["messages"].create_index(["thread_id"])
    db["messages"].create_index(["date_utc"])
    db["attachments"].create(
        {"id": int, "message": int, "filename": str, "content_type": str, "size": int},
        pk="id",
        foreign_keys=[("message", "messages", "id")],
    )
    db["attachments"].create_index(["message"])
    db["message_sources"].create(
        {"id": int, "message": int, "source": str, "raw_sha256": str, "added_at": str},
        pk="id",
        foreign_keys=[("message", "messages", "id")],
    )
    db["message_sources"].create_index(["source"], unique=True)
    db["failures"].create(
        {
            "id": int,
            "source": str,
            "reason": str,
            "raw_id": int,
            "attempts": int,
            "first_seen": str,
            "last_seen": str,
            "resolved": int,
        },
        pk="id",
        foreign_keys=[("raw_id", "raw_messages", "id")],
    )
    db["failures"].create_index(["source"], unique=True)
    db["thread_edits"].create(
        {"id": int, "action": str, "message_key": str, "other_key": str, "created_at": str},
        pk="id",
    )
    db["messages"].enable_fts(
        ["subject", "new_text", "from_name", "from_address", "attachment_names"],
        create_triggers=True,
        tokenize="porter",
    )


@migrations()
def m002_understanding(db: Database) -> None:
    db["analyses"].create(
        {
            "message": int,
            "pipeline_version": str,
            "category": str,
            "references_": str,
            "dates": str,
            "commitments": str,
            "analysed_at": str,
        },
        pk="message",
        foreign_keys=[("message", "messages", "id")],
    )


@migrations()
def m003_case_events(db: Database) -> None:
    db["events"].create(
        {
            "id": int,
            "child": str,
            "type": str,  # an event name from the rules' [vocabulary]
            "kind": str,  # optional outcome from the rules' [kinds], e.g. "refuse"
            "date": str,  # ISO date
            "note": str,
            "message": int,  # the email that proves it, if any
            "origin": str,  # "mail" (found in a message) or "manual" (added by the parent)
            "deleted": int,  # a mail event the parent rejected stays rejected on reprocess
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("message", "messages", "id")],
        defaults={"deleted": 0},
    )
    db["events"].create_index(["child", "date"])
    db["events"].create_index(["message", "type"])
    db["exception_claims"].create(
        {"id": int, "child": str, "rule": str, "exception": str, "note": str, "created_at": str},
        pk="id",
    )


@migrations()
def m003_sync_state(db: Database) -> None:
    db["imap_folders"].create(
        {
            "account": str,
            "folder": str,
            "uidvalidity": int,
            "last_uid": int,  # highest UID examined, relevant or not
            "synced_at": str,
        },
        pk=("account", "folder"),
        not_null={"uidvalidity", "last_uid"},
    )
    db["imap_locations"].create(
        {
            "account": str,
            "folder": str,
            "uidvalidity": int,
            "uid": int,
            "message": int,
            "gm_msgid": int,  # Gmail's id of the message across labels, where offered
        },
        pk=("account", "folder", "uidvalidity", "uid"),
        foreign_keys=[("message", "messages", "id")],
    )
    db["imap_locations"].create_index(["account", "gm_msgid"])


@migrations()
def m004_case_log(db: Database) -> None:
    db["events"].add_column("edited", int, not_null_default=0)  # the parent changed it by hand
    db["commitments"].create(
        {
            "id": int,
            "message": int,
            "key": str,  # normalised sentence: survives reprocessing, unlike a list index
            "child": str,
            "actor": str,
            "action": str,
            "text": str,
            "due": str,  # ISO date or null
            "review": str,  # null | "confirmed" | "rejected" (rejected ones stay hidden)
            "state": str,  # null (automatic) | "open" | "done" | "withdrawn", set by the parent
            "extracted": int,  # 1 while the current analysis of the message still finds it
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"message", "key"},
        foreign_keys=[("message", "messages", "id")],
    )
    db["commitments"].create_index(["message", "key"], unique=True)


@migrations()
def m005_own_category(db: Database) -> None:
    # the category read from the message alone; ``category`` may then take its conversation's
    db["analyses"].add_column("own_category", str)
    db.execute("update analyses set own_category = category")
