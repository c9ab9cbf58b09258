"""The commitment log: every promise found in the mail, who made it and where it stands.

Status at a date: ``withdrawn`` or ``done`` when the parent says so; otherwise
``done`` when a later event of the same child keeps the promise (the action
words map to event types in ``clock/mail_events.toml`` ``[[fulfils]]``: "send
the draft plan" is kept by ``draft_plan_issued``), else ``open``, and
``overdue`` once its due date has passed. The parent confirms or rejects what
the pipeline found; rejected promises stay hidden after ``reprocess``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .case_events import (
    CaseEditError,
    children_of_messages,
    load_mail_rules,
    local_sent,
    resolve_child,
)
from .config import Config
from .db import cases
from .db import commitments as store

STATUSES = ("open", "overdue", "done", "withdrawn")
ACTORS = ("la", "parent", "school", "health", "other")
PARTY_ALIASES = {"owner": "parent"}  # the mailbox owner is the parent


@dataclass(frozen=True)
class Commitment:
    id: int
    child: str
    actor: str
    action: str
    quote: str
    due: dt.date | None
    status: str
    review: str | None  # None (not yet reviewed) | "confirmed"
    message: int
    message_date: dt.date
    subject: str
    sender: str
    fulfilled_by: dict[str, Any] | None  # the event that kept the promise, if any

    def as_json(self) -> dict[str, Any]:
        event = self.fulfilled_by
        return {
            "id": self.id,
            "child": self.child,
            "actor": self.actor,
            "action": self.action,
            "quote": self.quote,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "review": self.review,
            "message": self.message,
            "message_date": self.message_date.isoformat(),
            "subject": self.subject,
            "sender": self.sender,
            "fulfilled_by": (
                {"id": event["id"], "type": event["type"], "date": event["date"]} if event else None
            ),
        }


@dataclass(frozen=True)
class Filters:
    open: bool = False  # open or overdue
    overdue: bool = False
    party: str | None = None  # the actor
    child: str | None = None
    since: dt.date | None = None  # message date on or after
    search: str | None = None  # in the quote, action or subject


def normalise(text: str) -> str:
    """Lower case words only: the key of a commitment across re-analyses."""
    return " ".join(re.findall(r"\w+", text.lower()))


def keyed(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Key each commitment by its sentence; two in one sentence also by their action."""
    sentences = [normalise(c.get("text") or c.get("action") or "") for c in found]
    out = []
    for item, sentence in zip(found, sentences, strict=True):
        key = sentence
        if sentences.count(sentence) > 1:
            key = f"{sentence} | {normalise(item.get('action') or '')}"
        out.append({**item, "key": key})
    return out


def record_commitments(db: Database, config: Config) -> int:
    """Bring the log up to date with the current analyses; return how many are new."""
    known = store.messages_with_commitments(db)
    new = 0
    rows = cases.case_messages(db)
    children = children_of_messages(config, rows)
    with db.atomic():
        for row in rows:
            found = [] if row["category"] == "not_send" else json.loads(row["commitments"] or "[]")
            if not found and row["id"] not in known:
                continue
            child = children.get(row["id"])
            new += store.save_extracted(db, row["id"], child or None, keyed(found))
    return new


def commitment_log(
    db: Database, config: Config, as_of: dt.date, filters: Filters | None = None
) -> list[Commitment]:
    """The commitments (rejected ones left out) with their status at `as_of`, oldest first."""
    filters = filters or Filters()
    rules = load_mail_rules()
    everything = cases.list_events(db)
    # the child the parent set on an event found in a message is the message's child
    corrected = {e["message"]: e["child"] for e in everything if e["message"]}
    events = [e for e in everything if e["date"] <= as_of.isoformat()]
    wanted_child = resolve_child(config, filters.child).casefold() if filters.child else None
    found = []
    for row in store.commitment_rows(db):
        fulfilling = rules.fulfilling_events(row["action"] or "", row["text"] or "")
        row = {**row, "child": corrected.get(row["message"], row["child"])}
        entry = _entry(row, config, as_of, events, fulfilling)
        if _keep(entry, filters, wanted_child):
            found.append(entry)
    return found


def _entry(
    row: dict[str, Any],
    config: Config,
    as_of: dt.date,
    events: list[dict[str, Any]],
    fulfilling: tuple[str, ...],
) -> Commitment:
    sent = local_sent(row, config).date()
    child = row["child"] or ""
    fulfilled = next(
        (
            e
            for e in events
            if e["type"] in fulfilling
            and e["date"] >= sent.isoformat()
            and e["message"] != row["message"]
            and resolve_child(config, e["child"]).casefold() == child.casefold()
        ),
        None,
    )
    due = dt.date.fromisoformat(row["due"]) if row["due"] else None
    status = row["state"] or ("done" if fulfilled else "open")
    if status != "done":
        fulfilled = None
    if status == "open" and due is not None and due < as_of:
        status = "overdue"
    return Commitment(
        id=row["id"],
        child=child,
        actor=row["actor"] or "other",
        action=" ".join((row["action"] or "").split()),
        quote=" ".join((row["text"] or "").split()),
        due=due,
        status=status,
        review=row["review"],
        message=row["message"],
        message_date=sent,
        subject=row["subject"] or "",
        sender=row["from_name"] or row["from_address"] or "",
        fulfilled_by=fulfilled,
    )


def _keep(entry: Commitment, filters: Filters, child: str | None) -> bool:
    if filters.open and entry.status not in ("open", "overdue"):
        return False
    if filters.overdue and entry.status != "overdue":
        return False
    if filters.party and entry.actor != PARTY_ALIASES.get(filters.party, filters.party):
        return False
    if child is not None and entry.child.casefold() != child:
        return False
    if filters.since and entry.message_date < filters.since:
        return False
    if filters.search:
        needle = filters.search.casefold()
        return any(needle in text.casefold() for text in (entry.quote, entry.action, entry.subject))
    return True


_ACTIONS = {
    "confirm": ("review", "confirmed"),
    "reject": ("review", "rejected"),
    "done": ("state", "done"),
    "withdraw": ("state", "withdrawn"),
    "reopen": ("state", "open"),
}


def mark(db: Database, commitment_id: int, action: str) -> None:
    """The parent's verdict: confirm | reject | done | withdraw | reopen."""
    field, value = _ACTIONS[action]
    setter = store.set_review if field == "review" else store.set_state
    if not setter(db, commitment_id, value):
        raise CaseEditError(
            f"There is no commitment {commitment_id}; 'assistant commitments' lists them."
        )
