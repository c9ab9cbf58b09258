"""Case events from classified mail, and the parent's own events and exceptions.

A stage of ``ingest.finish`` (import, sync and reprocess alike): each analysed
message is matched against ``clock/mail_events.toml`` and the events it proves
are recorded against the child it concerns (by reference number, full or first
name; else the first configured child), dated as the clock needs: a letter from
the LA on the day it was sent, something the parent emails on the day the LA is
taken to receive it.

The stage is idempotent and respects the parent: an event is never recorded
twice for the same message and type, an event the parent deleted is never
revived, one the parent edited is never touched, and an untouched event that
the current analysis no longer supports (after a better classifier) is removed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .clock import (
    Deadline,
    EventPattern,
    ExceptionClaim,
    Rules,
    WorkingCalendar,
    build_calendars,
    compute_deadlines,
)
from .clock import load_rules as load_timescales
from .config import Config
from .db import cases
from .errors import AssistantError, RulesError
from .names import full_names, given_names
from .parties import kind_of

MAIL_EVENTS_PATH = Path(__file__).parent / "clock" / "mail_events.toml"
SENDER_KINDS = frozenset({"owner", "la", "school", "health", "tribunal", "advice", "other"})
DATE_SOURCES = ("sent", "receipt", "meeting")
RECEIPT_CUTOFF = dt.time(17, 0)  # after 5 pm counts as received the next working day


class CaseEditError(AssistantError):
    """An event or exception the parent adds or edits names an unknown event, kind, rule,
    exception or id."""


@dataclass(frozen=True)
class EventSpec:
    type: str
    kind: str | None = None
    date: str | None = None  # overrides the rule's date source


@dataclass(frozen=True)
class MessageRule:
    """One ``[[message]]`` rule of mail_events.toml."""

    events: tuple[EventSpec, ...]
    categories: frozenset[str] = frozenset()
    senders: frozenset[str] = frozenset()
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    date: str = "sent"
    once_per_thread: bool = False
    recipients: frozenset[str] = frozenset()

    def matches(self, category: str | None, sender: str, recipients: set[str], text: str) -> bool:
        if self.categories and category not in self.categories:
            return False
        if not self.categories and category == "not_send":
            return False
        if self.senders and sender not in self.senders:
            return False
        if self.recipients and not self.recipients & recipients:
            return False
        return (
            (not self.any or any(p in text for p in self.any))
            and all(p in text for p in self.all)
            and not any(p in text for p in self.none)
        )


@dataclass(frozen=True)
class FulfilRule:
    """One ``[[fulfils]]`` rule: promise wording -> the event types that keep the promise."""

    any: tuple[str, ...]
    events: tuple[str, ...]
    none: tuple[str, ...] = ()

    def matches(self, action: str) -> bool:
        action = action.lower()
        return any(p in action for p in self.any) and not any(p in action for p in self.none)


@dataclass(frozen=True)
class MailEventRules:
    messages: tuple[MessageRule, ...]
    fulfils: tuple[FulfilRule, ...]

    def fulfilling_events(self, action: str, sentence: str = "") -> tuple[str, ...]:
        """Event types that fulfil a promise: the first rule matching its action, else the
        first matching the whole sentence (actions are sometimes cut short)."""
        for text in (action, sentence):
            found = next((r.events for r in self.fulfils if r.matches(text)), ())
            if found:
                return found
        return ()


@dataclass(frozen=True)
class FoundEvent:
    type: str
    date: dt.date
    kind: str | None = None
    note: str | None = None


# ---------------------------------------------------------------- the rules file


@functools.cache
def load_mail_rules(path: Path = MAIL_EVENTS_PATH) -> MailEventRules:
    """Read and check mail_events.toml against the clock's vocabulary; RulesError lists all."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"cannot read the mail events file {path}: {exc}") from exc
    timescales = load_timescales()
    problems: list[str] = []
    messages = tuple(
        _message_rule(raw, i, timescales, problems) for i, raw in enumerate(data.get("message", []))
    )
    fulfils = tuple(
        _fulfil_rule(raw, i, timescales, problems) for i, raw in enumerate(data.get("fulfils", []))
    )
    if problems:
        raise RulesError(f"invalid mail events data in {path}: {problems[0]}", problems)
    return MailEventRules(messages, fulfils)


def _phrases(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in raw.get(key, ()))


def _message_rule(
    raw: dict[str, Any], index: int, rules: Rules, problems: list[str]
) -> MessageRule:
    where = f"message #{index + 1}"
    specs = []
    for item in raw.get("events", ()):
        spec = _spec(item)
        if spec.type not in rules.events:
            problems.append(f"{where}: {spec.type!r} is not a [vocabulary] event")
        elif spec.kind and spec.kind not in rules.kinds.get(spec.type, ()):
            problems.append(f"{where}: {spec.kind!r} is not a [kinds] value of {spec.type!r}")
        if spec.date and spec.date not in DATE_SOURCES:
            problems.append(f"{where}: date {spec.date!r} is not one of {DATE_SOURCES}")
        specs.append(spec)
    types = {s.type for s in specs}
    for spec in specs:
        keys = [spec.type, *([f"{spec.type}:{spec.kind}"] if spec.kind else [])]
        for key in keys:
            implied = types & set(rules.implied_events.get(key, ()))
            if implied:
                problems.append(f"{where}: {sorted(implied)} already implied by {key!r}")
    if not specs:
        problems.append(f"{where}: no events")
    date = raw.get("date", "sent")
    if date not in DATE_SOURCES:
        problems.append(f"{where}: date {date!r} is not one of {DATE_SOURCES}")
    senders = frozenset(raw.get("senders", ()))
    recipients = frozenset(raw.get("recipients", ()))
    for key, kinds in (("senders", senders), ("recipients", recipients)):
        if kinds - SENDER_KINDS - {"unknown"}:
            problems.append(f"{where}: unknown {key} kinds {sorted(kinds - SENDER_KINDS)}")
    return MessageRule(
        events=tuple(specs),
        categories=frozenset(raw.get("categories", ())),
        senders=senders,
        any=_phrases(raw, "any"),
        all=_phrases(raw, "all"),
        none=_phrases(raw, "none"),
        date=date,
        once_per_thread=bool(raw.get("once_per_thread", False)),
        recipients=recipients,
    )


def _spec(item: str | dict[str, Any]) -> EventSpec:
    if isinstance(item, dict):
        return EventSpec(item.get("type", ""), item.get("kind"), item.get("date"))
    pattern = EventPattern.parse(item)
    return EventSpec(pattern.type, pattern.kind)


def _fulfil_rule(raw: dict[str, Any], index: int, rules: Rules, problems: list[str]) -> FulfilRule:
    events = tuple(raw.get("events", ()))
    unknown = [e for e in events if e not in rules.events]
    if unknown or not events or not raw.get("any"):
        problems.append(f"fulfils #{index + 1}: needs 'any' and vocabulary 'events' {unknown}")
    return FulfilRule(_phrases(raw, "any"), events, _phrases(raw, "none"))


# ---------------------------------------------------------------- reading one message


@functools.cache
def _working_calendar() -> WorkingCalendar:
    rules = load_timescales()
    return build_calendars(rules.holiday_overrides, rules.bank_holidays_england_wales).england_wales


def receipt_date(sent: dt.datetime, calendar: WorkingCalendar | None = None) -> dt.date:
    """The day the LA receives an email the parent sent at `sent` (local time).

    The day sent, or the next working day if sent after 5 pm or on a non-working
    day (IPSEA practice, timescales.md section 1).
    """
    calendar = calendar or _working_calendar()
    day = sent.date()
    if sent.time() > RECEIPT_CUTOFF or not calendar.is_working_day(day):
        return calendar.first_after(day)
    return day


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def children_of_messages(config: Config, rows: Iterable[dict[str, Any]]) -> dict[int, str]:
    """The child of each message (``case_messages`` rows): its reference number, then its
    child's full, then first name; with no clue ("Thank you, received"), the child its
    conversation is mostly about, else the first configured child (the parent corrects
    it with ``assistant event edit ID --child NAME``)."""
    if not config.children:
        return {}
    rows = list(rows)
    clued: dict[int, str] = {}
    by_thread: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        refs = json.loads(row["refs"] or "[]")
        child, _ = _child_clue(config, row["subject"] or "", row["new_text"] or "", refs)
        if child:
            clued[row["id"]] = child
            by_thread[row["thread_id"]][child] += 1
    first = config.children[0].name
    return {
        row["id"]: clued.get(row["id"])
        or next(iter(by_thread[row["thread_id"]].most_common(1)), (first, 0))[0]
        for row in rows
    }


def _child_clue(
    config: Config, subject: str, text: str, references: Iterable[str]
) -> tuple[str, int]:
    """The best-matching child and how strong the clue is (0: none)."""
    haystack = f"{subject}\n{text}"
    compact = _compact(haystack)
    refs = {_compact(r) for r in references}
    best, best_score = "", 0
    for child in config.children:
        score = 0
        if child.la_reference and (
            _compact(child.la_reference) in refs or _compact(child.la_reference) in compact
        ):
            score += 4
        if any(_has_words(haystack, name) for name in (child.name, *full_names(child.name))):
            score += 3
        elif any(_has_words(haystack, name) for name in given_names(child.name)):
            score += 1
        if score > best_score:
            best, best_score = child.name, score
    return best, best_score


def _has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE) is not None


def local_sent(row: dict[str, Any], config: Config) -> dt.datetime:
    stamp = row["date_utc"] or row["imported_at"]
    return dt.datetime.fromisoformat(stamp).astimezone(config.timezone)


def recipient_kinds(config: Config, row: dict[str, Any]) -> set[str]:
    """The kinds of the To and Cc addresses ("unknown" for an unconfigured one)."""
    pairs = json.loads(row["to_addresses"] or "[]") + json.loads(row["cc_addresses"] or "[]")
    return {kind_of(config, address) or "unknown" for _, address in pairs}


def events_in_message(
    rules: MailEventRules, row: dict[str, Any], sent: dt.datetime, recipients: set[str]
) -> tuple[MessageRule | None, list[FoundEvent]]:
    """The first rule matching an analysed message, and the events it proves."""
    text = f"{row['subject'] or ''}\n{row['new_text'] or ''}".lower()
    sender = row["sender_kind"] or "unknown"
    category = row["category"]
    rule = next((r for r in rules.messages if r.matches(category, sender, recipients, text)), None)
    if rule is None:
        return None, []
    found = []
    for spec in rule.events:
        source = spec.date or rule.date
        day = _event_date(source, sent, row)
        note = None
        if source == "receipt" and day is not None and day != sent.date():
            working = _working_calendar().is_working_day(sent.date())
            why = "after 5 pm" if working else "a non-working day"
            note = (
                f"emailed {sent:%a} {sent.day} {sent:%b %Y} at {sent:%H:%M} ({why}): "
                f"received {day:%a} {day.day} {day:%b %Y}"
            )
        if day is not None:
            found.append(FoundEvent(spec.type, day, spec.kind, note))
    return rule, found


def _event_date(source: str, sent: dt.datetime, row: dict[str, Any]) -> dt.date | None:
    if source == "receipt":
        return receipt_date(sent)
    if source == "meeting":
        meetings = [
            dt.date.fromisoformat(d["date"])
            for d in json.loads(row["dates"] or "[]")
            if d.get("role") == "meeting" and d["date"] >= sent.date().isoformat()
        ]
        return min(meetings, default=None)
    return sent.date()


# ---------------------------------------------------------------- the stage


def record_mail_events(db: Database, config: Config) -> int:
    """Bring the mail events up to date with the current analyses; return how many were added."""
    if not config.children:
        return 0
    rules = load_mail_rules()
    existing: dict[int, list[dict[str, Any]]] = defaultdict(list)
    in_thread: dict[tuple[str, str], set[int]] = defaultdict(set)
    for event in cases.mail_events(db):
        existing[event["message"]].append(event)
        in_thread[(event["thread_id"], event["type"])].add(event["message"])
    added = 0
    rows = cases.case_messages(db)
    children = children_of_messages(config, rows)
    with db.atomic():
        for row in rows:
            sent = local_sent(row, config)
            rule, found = events_in_message(rules, row, sent, recipient_kinds(config, row))
            if rule and rule.once_per_thread:
                found = [
                    e
                    for e in found
                    if not in_thread[(row["thread_id"], e.type)] - {row["id"]}
                    or any(x["type"] == e.type for x in existing[row["id"]])
                ]
            wanted = {e.type: e for e in found}
            for event in existing[row["id"]]:
                if event["deleted"] or event["edited"]:
                    continue  # the parent's word is final
                now = wanted.get(event["type"])
                if now is None:
                    cases.remove_mail_event(db, event["id"])
                    in_thread[(row["thread_id"], event["type"])].discard(row["id"])
                elif (now.date.isoformat(), now.kind) != (event["date"], event["kind"]):
                    cases.refresh_mail_event(db, event["id"], now.date, now.kind, now.note)
            for event in found:
                if cases.mail_event_exists(db, row["id"], event.type):
                    continue
                cases.add_event(
                    db,
                    children[row["id"]],
                    event.type,
                    event.date,
                    event.note,
                    row["id"],
                    "mail",
                    event.kind,
                )
                in_thread[(row["thread_id"], event.type)].add(row["id"])
                added += 1
    return added


# ---------------------------------------------------------------- the parent's own records


def resolve_child(config: Config, name: str) -> str:
    """A configured child's name for `name` (any case; a unique first name will do), else
    `name` as typed: a case can be built for a child who is not configured."""
    name = " ".join(name.split())
    for child in config.children:
        if child.name.casefold() == name.casefold():
            return child.name
    firsts = [
        c.name
        for c in config.children
        if name.casefold() in {given.casefold() for given in given_names(c.name)}
    ]
    return firsts[0] if len(firsts) == 1 else name


def check_event(rules: Rules, type_: str, kind: str | None) -> None:
    if type_ not in rules.events:
        close = difflib.get_close_matches(type_, sorted(rules.events), n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise CaseEditError(
            f"{type_!r} is not an event the clock knows.{hint} "
            "'assistant event types' lists them all."
        )
    kinds = rules.kinds.get(type_, frozenset())
    if kind is not None and kind not in kinds:
        allowed = ", ".join(sorted(kinds)) or "none"
        raise CaseEditError(f"{kind!r} is not a kind of {type_} (allowed: {allowed}).")


def add_event(
    db: Database,
    config: Config,
    child: str,
    type_: str,
    date: dt.date,
    note: str | None = None,
    kind: str | None = None,
) -> int:
    """Record an event the mailbox cannot show (a letter by post, a call, a meeting)."""
    check_event(load_timescales(), type_, kind)
    return cases.add_event(db, resolve_child(config, child), type_, date, note, kind=kind)


def edit_event(db: Database, config: Config, event_id: int, **changes: Any) -> None:
    """Correct an event; only the given fields change (None = leave as is)."""
    current = cases.get_event(db, event_id)
    if current is None:
        raise CaseEditError(f"There is no event {event_id}; 'assistant event list' shows them.")
    updates = {k: v for k, v in changes.items() if v is not None}
    if "child" in updates:
        updates["child"] = resolve_child(config, updates["child"])
    if "date" in updates:
        updates["date"] = updates["date"].isoformat()
    type_ = updates.get("type", current["type"])
    kind = updates.get("kind", current["kind"] if "type" not in updates else None)
    check_event(load_timescales(), type_, kind)
    updates["kind"] = kind
    cases.update_event(db, event_id, updates)


def delete_event(db: Database, event_id: int) -> None:
    if not cases.delete_event(db, event_id):
        raise CaseEditError(f"There is no event {event_id}; 'assistant event list' shows them.")


def add_exception(
    db: Database, config: Config, child: str, rule_id: str, exception: str, note: str | None
) -> int:
    """Mark that a legal exception applies to a rule: the clock stops counting it as late."""
    rules = load_timescales()
    if rule_id not in rules:
        close = difflib.get_close_matches(rule_id, [r.id for r in rules], n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise CaseEditError(f"{rule_id!r} is not a rule of the clock.{hint}")
    allowed = rules[rule_id].exceptions
    if exception not in allowed:
        which = ", ".join(allowed) if allowed else "no exceptions"
        raise CaseEditError(f"The law allows {which} for {rule_id}, not {exception!r}.")
    claim = ExceptionClaim(resolve_child(config, child), rule_id, exception, note)
    return cases.add_exception(db, claim)


def case_deadlines(
    db: Database, config: Config, as_of: dt.date, child: str | None = None
) -> list[Deadline]:
    """Every deadline of the case(s) at `as_of`. Child names written in another case (an
    unconfigured child typed twice as "sam" and "Sam") are one child."""
    names: dict[str, str] = {}

    def canonical(name: str) -> str:
        resolved = resolve_child(config, name)
        return names.setdefault(resolved.casefold(), resolved)

    events = [replace(e, child=canonical(e.child)) for e in cases.clock_events(db)]
    claims = [replace(c, child=canonical(c.child)) for c in cases.list_exceptions(db)]
    if child is not None:
        wanted = resolve_child(config, child).casefold()
        events = [e for e in events if e.child.casefold() == wanted]
        claims = [c for c in claims if c.child.casefold() == wanted]
    return compute_deadlines(events, as_of, load_timescales(), claims)


def delete_exception(db: Database, claim_id: int) -> None:
    if not cases.delete_exception(db, claim_id):
        raise CaseEditError(f"There is no exception {claim_id}; 'assistant exception list'.")
