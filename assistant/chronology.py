"""A case chronology in the form advisers and tribunal bundles use.

One dated, numbered line per message (subject, category and its first
meaningful sentence), event, commitment made or broken, and statutory deadline
met or missed, each pointing to its source: the message number, date and
sender, or the parent's own record. Rendered as Markdown, CSV or HTML (Jinja2,
``templates/chronology.html.j2``, with print CSS for "Save as PDF").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
import platformdirs
from sqlite_utils import Database

from . import resources
from .case_events import case_deadlines, children_of_messages, local_sent, resolve_child
from .clock import Deadline
from .commitment_log import Commitment, Filters, commitment_log
from .config import APP_NAME, Config
from .db import cases

FORMATS = ("md", "html", "csv")
COLUMNS = ("No.", "Date", "Event", "Source/Reference")
TEMPLATE = "chronology.html.j2"
# Deadlines worth a line: the law, case law and guidance; not the assistant's own reminders.
SHOWN_STRENGTHS = frozenset({"statutory", "case_law", "guidance"})
_LABEL = re.compile(r"^[\w][\w /'.-]{0,30}:\s")  # "Our ref: ...", "Date of birth: ..."
_ACRONYMS = frozenset({"sar", "foi", "la", "jr"})
_ORDER = {"message": 0, "event": 1, "commitment": 2, "deadline": 3}
_GREETING = re.compile(
    r"^(dear|hi|hello|good (morning|afternoon|evening))\b|^(many )?thanks?( you)?\b.{0,30}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entry:
    date: dt.date
    kind: str  # message | event | commitment | deadline
    text: str
    source: str
    message: int | None = None


@dataclass(frozen=True)
class Chronology:
    child: str | None
    as_of: dt.date
    entries: tuple[Entry, ...]

    def rows(self) -> list[dict[str, Any]]:
        """Numbered rows in date order."""
        return [
            {"no": n, "date": e.date, "kind": e.kind, "text": e.text, "source": e.source}
            for n, e in enumerate(self.entries, start=1)
        ]


def build_chronology(
    db: Database, config: Config, as_of: dt.date, child: str | None = None
) -> Chronology:
    """Everything known about the case (one child, or all) up to `as_of`."""
    name = resolve_child(config, child) if child else None
    wanted = name.casefold() if name else None
    messages = {row["id"]: row for row in cases.case_messages(db)}
    events = [e for e in cases.list_events(db, None) if _same(e["child"], wanted, config)]
    deadlines = case_deadlines(db, config, as_of, name)
    several = name is None and len({d.child for d in deadlines} | {e["child"] for e in events}) > 1

    def who(child: str, entry: Entry) -> Entry:
        """With several children in one chronology, say whose each line is."""
        return replace(entry, text=f"{child}: {entry.text}") if several else entry

    entries: list[Entry] = []
    entries += _message_entries(messages, events, config, wanted, as_of)
    entries += [
        who(e["child"], _event_entry(e, messages, config))
        for e in events
        if e["date"] <= str(as_of)
    ]
    for commitment in commitment_log(db, config, as_of, Filters(child=name)):
        entries += [
            who(commitment.child, e)
            for e in _commitment_entries(commitment, as_of, messages, config)
        ]
    by_id = {e["id"]: e for e in events}
    for deadline in deadlines:
        entry = _deadline_entry(deadline, by_id, messages, config, as_of)
        if entry is not None:
            entries.append(who(deadline.child, entry))
    entries.sort(key=lambda e: (e.date, _ORDER[e.kind], e.message or 0))
    return Chronology(name, as_of, tuple(entries))


def _same(child: str, wanted: str | None, config: Config) -> bool:
    return wanted is None or resolve_child(config, child).casefold() == wanted


def _message_entries(
    messages: dict[int, dict[str, Any]],
    events: list[dict[str, Any]],
    config: Config,
    wanted: str | None,
    as_of: dt.date,
) -> list[Entry]:
    corrected = {e["message"]: e["child"] for e in events if e["message"]}
    inferred = children_of_messages(config, messages.values()) if wanted is not None else {}
    found = []
    for row in messages.values():
        if row["category"] == "not_send":
            continue
        day = local_sent(row, config).date()
        if day > as_of:
            continue
        if wanted is not None:
            child = corrected.get(row["id"]) or inferred[row["id"]]
            if resolve_child(config, child).casefold() != wanted:
                continue
        found.append(Entry(day, "message", summary(row), _source(row, config), row["id"]))
    return found


def summary(row: dict[str, Any]) -> str:
    """Subject, category and the first meaningful sentence of the new text."""
    category = (row["category"] or "general").replace("_", " ")
    subject = row["subject"] or "(no subject)"
    sentence = first_sentence(row["new_text"] or "")
    return f"{subject} [{category}]" + (f": {sentence}" if sentence else "")


def first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence that is not a greeting, a bare thank-you or a letter heading
    ("Our ref: ...", "Child: ...")."""
    lines = [line.strip() for line in text.splitlines()]
    body = " ".join(
        line for line in lines if line and not _GREETING.match(line) and not _LABEL.match(line)
    )
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        if sentence and not _GREETING.match(sentence):
            return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
    return ""


def _source(row: dict[str, Any] | None, config: Config) -> str:
    if row is None:
        return "Parent's record"
    day = local_sent(row, config).date()
    sender = row["from_name"] or row["from_address"] or "unknown sender"
    party = row["sender_party"]
    if party and party != sender and row["sender_kind"] != "owner":
        sender = f"{sender} ({party})"
    return f"Message #{row['id']}, {_long(day)}, from {sender}"


def _long(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _label(event_type: str, capital: bool = True) -> str:
    """``sar_submitted`` -> "SAR submitted"; ``draft_plan_issued`` -> "Draft plan issued"."""
    text = " ".join(w.upper() if w in _ACRONYMS else w for w in event_type.split("_"))
    return text[0].upper() + text[1:] if capital else text


def _event_entry(event: dict[str, Any], messages: dict[int, dict], config: Config) -> Entry:
    text = _label(event["type"]) + (f" ({event['kind']})" if event["kind"] else "")
    if event["note"]:
        text += f": {event['note']}"
    source = _source(messages.get(event["message"]), config)
    if not event["message"] and event["origin"] == "manual":
        source = "Parent's record"
    day = dt.date.fromisoformat(event["date"])
    return Entry(day, "event", text, source, event["message"])


def _commitment_entries(
    item: Commitment, as_of: dt.date, messages: dict[int, dict], config: Config
) -> list[Entry]:
    source = _source(messages.get(item.message), config)
    due = f", due {_long(item.due)}" if item.due else ""
    made = f"Commitment made ({item.actor}): “{item.quote}”{due} — {item.status}"
    if item.fulfilled_by:
        kept = dt.date.fromisoformat(item.fulfilled_by["date"])
        made += f" ({_label(item.fulfilled_by['type'], False)} on {_long(kept)})"
    entries = [Entry(item.message_date, "commitment", made, source, item.message)]
    if item.status == "overdue" and item.due is not None:
        broken = f"Commitment broken ({item.actor}): “{item.action}” not done by {_long(item.due)}"
        entries.append(Entry(item.due, "commitment", broken, source, item.message))
    return entries


def _deadline_entry(
    deadline: Deadline,
    events: dict[int, dict[str, Any]],
    messages: dict[int, dict],
    config: Config,
    as_of: dt.date,
) -> Entry | None:
    if deadline.strength not in SHOWN_STRENGTHS or deadline.about or deadline.due is None:
        return None
    what = f"{deadline.title} ({deadline.rule}, {deadline.citation})"
    trigger = events.get(deadline.trigger_event_id or -1)
    trigger_row = messages.get(trigger["message"]) if trigger else None
    started = f"started by {_label(deadline.trigger, False)} on {_long(deadline.trigger_date)}"
    if deadline.status == "met" and deadline.met_by is not None:
        late = f" late by {deadline.days_overdue} day(s)" if deadline.days_overdue else ""
        text = f"Deadline met{late}: {what}; due {_long(deadline.due)}"
        met_row = messages.get(int(deadline.met_by.message_id or 0))
        return Entry(deadline.met_by.date, "deadline", text, _source(met_row, config))
    if deadline.status == "missed":
        text = (
            f"Deadline missed: {what}; due {_long(deadline.due)}, {started}; "
            f"{deadline.days_overdue} day(s) overdue on {_long(as_of)}"
        )
        return Entry(deadline.due, "deadline", text, _source(trigger_row, config))
    return None


# ---------------------------------------------------------------- rendering


def render(chronology: Chronology, config: Config, fmt: str) -> str:
    """The chronology as Markdown, CSV or HTML text."""
    if fmt == "csv":
        return _csv(chronology)
    if fmt == "md":
        return _markdown(chronology, config)
    if fmt == "html":
        context = {**_heading(chronology, config), "rows": chronology.rows(), "columns": COLUMNS}
        return template_environment().get_template(TEMPLATE).render(context)
    raise ValueError(f"unknown chronology format {fmt!r}")


def _heading(chronology: Chronology, config: Config) -> dict[str, Any]:
    child = next((c for c in config.children if c.name == chronology.child), None)
    details = []
    if child and child.date_of_birth:
        details.append(f"Date of birth: {_long(child.date_of_birth)}")
    if child and child.la_reference:
        details.append(f"LA reference: {child.la_reference}")
    return {
        "title": f"Chronology: {chronology.child or 'all children'}",
        "details": details,
        "as_of": _long(chronology.as_of),
        "prepared_by": config.owner.name,
        "long_date": _long,
    }


def _csv(chronology: Chronology) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in chronology.rows():
        writer.writerow([row["no"], row["date"].isoformat(), row["text"], row["source"]])
    return out.getvalue()


def _markdown(chronology: Chronology, config: Config) -> str:
    head = _heading(chronology, config)
    lines = [f"# {head['title']}", ""]
    lines += [f"{d}  " for d in head["details"]]
    lines += [f"Prepared by {head['prepared_by']}; as at {head['as_of']}.", ""]
    lines += ["| " + " | ".join(COLUMNS) + " |", "|---:|---|---|---|"]
    for row in chronology.rows():
        cells = [str(row["no"]), _long(row["date"]), row["text"], row["source"]]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def user_templates_dir() -> Path:
    """Where the user may put their own versions of the templates."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "templates"


def template_environment() -> jinja2.Environment:
    """User's templates first, then the package's; escaping on; undefined names fail."""
    loader = jinja2.FileSystemLoader([str(user_templates_dir()), str(resources.templates_dir())])
    return jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )


def write_private(path: Path, text: str) -> None:
    """Write a file only the user can read (mode 0600), replacing any earlier one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
