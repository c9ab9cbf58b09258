"""The one path every message takes: raw bytes -> parse -> store -> understand -> thread.

``import``, ``sync``, ``extract`` and ``reprocess`` all call these functions,
so there is no second pipeline to drift out of step. Storing is idempotent
(Message-ID, else a hash of the bytes), and a message that cannot be parsed is
recorded as a failure with its reason and its bytes, to be retried later.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from .case_events import record_mail_events
from .commitment_log import record_commitments
from .config import Config
from .conversation_category import inheritance, settle_categories
from .db import messages as store
from .parse import ParsedMessage, content_hash, parse_message
from .parties import identify_sender, kind_of, known_names, party_for_address
from .quoteheader import QuoteOrigin
from .sources import RawItem
from .thread import assign_threads

if TYPE_CHECKING:
    from .understand.context import ChildInfo, MessageContext

Progress = Callable[[int], None]


@dataclass
class ImportSummary:
    new: int = 0
    duplicate: int = 0
    warned: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.duplicate + len(self.failed)


def import_items(
    db: Database,
    config: Config,
    items: Iterable[RawItem],
    progress: Progress | None = None,
    batch_size: int = 200,
) -> ImportSummary:
    """Store every item, then bring analyses and threads up to date."""
    summary = ImportSummary()
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        with db.atomic():
            store_items(db, config, batch, summary)
        if progress:
            progress(len(batch))
    finish(db, config)
    return summary


def store_items(
    db: Database, config: Config, items: Sequence[RawItem], summary: ImportSummary
) -> None:
    """Parse and store a batch. The caller holds the transaction (sync commits its
    folder cursor in the same one)."""
    for item in items:
        _store_one(db, config, item, summary)


def finish(db: Database, config: Config, progress: Progress | None = None) -> None:
    """Understand what is new or stale, re-thread the whole log, then update the case."""
    analyse_pending(db, config, progress)
    rethread(db, config)
    update_case(db, config)


def rethread(db: Database, config: Config) -> None:
    """Assign conversations, then let replies take their conversation's category."""
    inputs = store.thread_inputs(db)
    addresses = {address for item in inputs for address in item.participants}
    parties = {address: party_for_address(config, address) for address in addresses}
    assignment = assign_threads(
        inputs,
        config.owner.addresses,
        store.thread_edits(db),
        local_zone=config.timezone,
        organisations={address: party.name for address, party in parties.items() if party},
    )
    store.save_threads(db, assignment)
    settle_categories(db, inheritance())


def update_case(db: Database, config: Config) -> None:
    """Case events and the commitment log from the current analyses (idempotent)."""
    record_mail_events(db, config)
    record_commitments(db, config)


def _store_one(db: Database, config: Config, item: RawItem, summary: ImportSummary) -> None:
    if item.data is None:
        _fail(db, item.source, item.error or "cannot be read", None, summary)
        return
    sha = content_hash(item.data)
    existing = store.message_by_sha(db, sha)
    if existing is not None:
        store.add_source(db, existing, item.source, sha)
        summary.duplicate += 1
        return
    try:
        parsed = parse_message(item.data)
    except Exception as exc:
        raw_id = store.store_raw(db, sha, item.data) if item.data.strip() else None
        _fail(db, item.source, _reason(exc), raw_id, summary)
        return
    key = parsed.message_id or f"sha256:{sha}"
    existing = store.message_by_key(db, key)
    if existing is not None:
        store.add_source(db, existing, item.source, sha)
        summary.duplicate += 1
        return
    raw_id = store.store_raw(db, sha, item.data)
    pk = store.insert_message(db, _record(config, parsed, key, raw_id), _attachments(parsed))
    store.add_source(db, pk, item.source, sha)
    summary.new += 1
    summary.warned += bool(parsed.warnings)


def _fail(
    db: Database, source: str, reason: str, raw_id: int | None, summary: ImportSummary
) -> None:
    store.record_failure(db, source, reason, raw_id)
    summary.failed.append((source, reason))


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    return f"the message could not be read ({type(exc).__name__}: {exc})"


def _record(config: Config, parsed: ParsedMessage, key: str, raw_id: int) -> dict[str, Any]:
    sender = identify_sender(
        config, parsed.from_address, parsed.from_name, parsed.body.signature, parsed.body.new_text
    )
    return {
        "message_key": key,
        "message_id": parsed.message_id,
        "raw_id": raw_id,
        "date_utc": parsed.date.astimezone(dt.UTC).isoformat() if parsed.date else None,
        "subject": parsed.subject,
        "from_name": parsed.from_name,
        "from_address": parsed.from_address,
        "to_addresses": json.dumps(parsed.to),
        "cc_addresses": json.dumps(parsed.cc),
        "in_reply_to": json.dumps(parsed.in_reply_to),
        "references_": json.dumps(parsed.references),
        "thread_index": parsed.thread_index,
        "thread_topic": parsed.thread_topic,
        "quote_origin": _origin_json(parsed.quote_origin),
        "auto_submitted": int(parsed.auto_submitted),
        "body_format": parsed.body_format,
        "new_text": parsed.body.new_text,
        "quoted_text": parsed.body.quoted_text,
        "signature": parsed.body.signature,
        "attachment_names": "\n".join(a.filename for a in parsed.attachments),
        "warnings": json.dumps(parsed.warnings),
        "sender_kind": sender.kind,
        "sender_party": sender.party,
        "from_la": int(sender.from_la),
    }


def _origin_json(origin: QuoteOrigin | None) -> str | None:
    if origin is None:
        return None
    return json.dumps(
        {"sender": origin.sender, "sent": origin.sent.isoformat(), "subject": origin.subject}
    )


def _attachments(parsed: ParsedMessage) -> list[dict[str, Any]]:
    return [
        {"filename": a.filename, "content_type": a.content_type, "size": a.size}
        for a in parsed.attachments
    ]


def retry_failures(db: Database, config: Config) -> ImportSummary:
    """Try again the failed messages whose bytes were kept."""
    items = [RawItem(source, data) for source, data in store.retryable_failures(db)]
    return import_items(db, config, items)


def reanalyse(db: Database, config: Config) -> int:
    """Bring every stored message up to the current pipeline version, then re-thread."""
    count = analyse_pending(db, config)
    rethread(db, config)
    update_case(db, config)
    return count


def load_understanding() -> None:
    """Load the language pipeline ahead of ``finish`` (it is cached once loaded)."""
    from .understand.pipeline import load_pipeline, pipeline_version

    load_pipeline()
    pipeline_version()


def analyse_pending(db: Database, config: Config, progress: Progress | None = None) -> int:
    """Run the pipeline on messages never analysed, or analysed by another version."""
    # spaCy loads only when there is something to understand, so a no-change sync starts fast.
    from .understand.context import ChildInfo
    from .understand.pipeline import pipeline_version, understand

    version = pipeline_version()
    rows = store.messages_needing_analysis(db, version)
    children = tuple(ChildInfo(c.name, c.date_of_birth, c.la_reference) for c in config.children)
    names = known_names(config, store.party_senders(db))
    pairs = ((row["new_text"] or "", message_context(config, row, children, names)) for row in rows)
    results = understand(pairs)
    for chunk in _chunks(zip(rows, results, strict=True), 256):
        with db.atomic():
            for row, result in chunk:
                store.save_analysis(db, row["id"], version, _result_json(result))
        if progress:
            progress(len(chunk))
    return len(rows)


def _chunks(pairs: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(pairs)
    while chunk := list(islice(iterator, size)):
        yield chunk


def message_context(
    config: Config,
    row: dict[str, Any],
    children: tuple[ChildInfo, ...],
    names: tuple[tuple[str, str], ...] = (),
) -> MessageContext:
    from .understand.context import MessageContext

    sent = dt.datetime.fromisoformat(row["date_utc"]) if row["date_utc"] else None
    if sent is None:
        sent = dt.datetime.fromisoformat(row["imported_at"])
    recipients = json.loads(row["to_addresses"] or "[]") + json.loads(row["cc_addresses"] or "[]")
    return MessageContext(
        sent_at=sent.astimezone(config.timezone),
        subject=row["subject"] or "",
        signature=row["signature"] or "",
        sender_kind=row["sender_kind"],
        sender_party=row["sender_party"] or "",
        recipient_kinds=tuple(k for _, a in recipients if (k := kind_of(config, a))),
        children=children,
        auto_submitted=bool(row["auto_submitted"]),
        attachment_names=tuple(filter(None, (row["attachment_names"] or "").split("\n"))),
        from_address=row["from_address"] or "",
        owner_name=config.owner.name,
        known_names=names,
    )


def _result_json(result) -> dict[str, Any]:
    return {
        "category": result.category,
        "references": list(result.references),
        "dates": [
            {"text": d.text, "date": d.date.isoformat(), "role": d.role} for d in result.dates
        ],
        "commitments": [
            {
                "actor": c.actor,
                "action": c.action,
                "due": c.due.isoformat() if c.due else None,
                "text": c.text,
            }
            for c in result.commitments
        ],
    }


def extraction_rows(db: Database) -> list[dict[str, Any]]:
    """One object per stored message, in the ``extract --json`` contract."""
    rows = []
    for row in store.messages_with_analysis(db):
        rows.append(
            {
                "file": _file_name(row["source"] or ""),
                "message_id": row["message_id"],
                "thread": row["thread_id"],
                "from_la": bool(row["from_la"]),
                "category": row["category"],
                "references": json.loads(row["refs"] or "[]"),
                "dates": json.loads(row["dates"] or "[]"),
                "commitments": json.loads(row["commitments"] or "[]"),
            }
        )
    return rows


def _file_name(source: str) -> str:
    """The file name of a source, keeping an mbox's message number ("box.mbox#3")."""
    path, _, number = source.partition("#")
    return Path(path).name + (f"#{number}" if number else "")
