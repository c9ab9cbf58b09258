"""Commands for a child's case: events, exceptions, deadlines, commitments, chronology."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import click

from .. import case_events, chronology, commitment_log
from ..clock import load_rules
from ..db import cases
from .app import _config, _database, main

# ---------------------------------------------------------------- case: events, deadlines,
# commitments and chronology (issue 5)


def _today(ctx: click.Context) -> dt.date:
    return dt.datetime.now(_config(ctx).timezone).date()


_DATE = click.DateTime(["%Y-%m-%d"])


@main.group()
def event() -> None:
    """Add, correct, delete and list the events of a child's case."""


@event.command("add")
@click.option("--child", required=True, help="The child's name (as in your configuration).")
@click.option("--type", "type_", required=True, help="The event, e.g. assessment_requested.")
@click.option("--date", "day", required=True, type=_DATE, help="When it happened (YYYY-MM-DD).")
@click.option("--note", help="What it was: a letter by post, a phone call, a meeting ...")
@click.option("--kind", help="The outcome, where the event has several (e.g. assess, refuse).")
@click.pass_context
def event_add(
    ctx: click.Context,
    child: str,
    type_: str,
    day: dt.datetime,
    note: str | None,
    kind: str | None,
) -> None:
    """Record an event the mailbox cannot show ('assistant event types' lists them)."""
    cfg, db = _config(ctx), _database(ctx)
    event_id = case_events.add_event(db, cfg, child, type_, day.date(), note, kind)
    click.echo(f"Event {event_id} added: {type_} on {day.date().isoformat()}.")


@event.command("edit")
@click.argument("event_id", type=int)
@click.option("--date", "day", type=_DATE, help="The correct date (YYYY-MM-DD).")
@click.option("--type", "type_", help="The correct event.")
@click.option("--kind", help="The correct outcome.")
@click.option("--child", help="The child it concerns.")
@click.option("--note", help="A note.")
@click.pass_context
def event_edit(
    ctx: click.Context,
    event_id: int,
    day: dt.datetime | None,
    type_: str | None,
    kind: str | None,
    child: str | None,
    note: str | None,
) -> None:
    """Correct an event (found in the mail or added by you); it is then never changed
    automatically."""
    when = day.date() if day else None
    changes = {"date": when, "type": type_, "kind": kind, "child": child, "note": note}
    case_events.edit_event(_database(ctx), _config(ctx), event_id, **changes)
    click.echo(f"Event {event_id} corrected.")


@event.command("delete")
@click.argument("event_id", type=int)
@click.pass_context
def event_delete(ctx: click.Context, event_id: int) -> None:
    """Delete a wrong event (one found in the mail stays deleted after reprocess)."""
    case_events.delete_event(_database(ctx), event_id)
    click.echo(f"Event {event_id} deleted.")


@event.command("list")
@click.option("--child", help="Only this child's events.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def event_list(ctx: click.Context, child: str | None, as_json: bool) -> None:
    """List the events of the case in date order."""
    cfg, db = _config(ctx), _database(ctx)
    name = case_events.resolve_child(cfg, child) if child else None
    keys = ("id", "child", "date", "type", "kind", "note", "message", "origin")
    rows = [{k: row[k] for k in keys} for row in cases.list_events(db, name)]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("No events recorded.")
    for row in rows:
        kind = f" ({row['kind']})" if row["kind"] else ""
        source = f"message #{row['message']}" if row["message"] else "added by you"
        note = f" - {row['note']}" if row["note"] else ""
        click.echo(
            f"{row['id']:>4}  {row['date']}  {row['child']}: {row['type']}{kind} [{source}]{note}"
        )


@event.command("types")
def event_types() -> None:
    """List every event name the clock knows, with the kinds it accepts."""
    rules = load_rules()
    for name in sorted(rules.events):
        kinds = rules.kinds.get(name)
        click.echo(name + (f"  (kinds: {', '.join(sorted(kinds))})" if kinds else ""))


@main.group("exception")
def exception_() -> None:
    """Mark that a legal exception applies to a deadline (timescales.md section 8)."""


@exception_.command("add")
@click.option("--child", required=True, help="The child's name.")
@click.option("--rule", "rule_id", required=True, help="The rule, e.g. ASMT-FINAL.")
@click.option("--exception", "exception_id", required=True, help="e.g. EXC-SCHOOL.")
@click.option("--note", help="The facts that make it apply.")
@click.pass_context
def exception_add(
    ctx: click.Context, child: str, rule_id: str, exception_id: str, note: str | None
) -> None:
    """Mark an exception: the deadline is then 'as soon as practicable', not late."""
    claim_id = case_events.add_exception(
        _database(ctx), _config(ctx), child, rule_id, exception_id, note
    )
    click.echo(f"Exception {claim_id} recorded: {exception_id} for {rule_id}.")


@exception_.command("list")
@click.option("--child", help="Only this child's exceptions.")
@click.pass_context
def exception_list(ctx: click.Context, child: str | None) -> None:
    """List the exceptions you have marked."""
    cfg = _config(ctx)
    name = case_events.resolve_child(cfg, child) if child else None
    rows = cases.exception_rows(_database(ctx), name)
    if not rows:
        click.echo("No exceptions marked.")
    for row in rows:
        note = f" - {row['note']}" if row["note"] else ""
        click.echo(f"{row['id']:>4}  {row['child']}: {row['rule']} {row['exception']}{note}")


@exception_.command("delete")
@click.argument("claim_id", type=int)
@click.pass_context
def exception_delete(ctx: click.Context, claim_id: int) -> None:
    """Remove an exception you marked."""
    case_events.delete_exception(_database(ctx), claim_id)
    click.echo(f"Exception {claim_id} removed.")


@main.command()
@click.option("--child", help="Only this child's deadlines.")
@click.option("--as-of", "as_of", type=_DATE, help="Evaluate on this day (default: today).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per deadline.")
@click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values.")
@click.option("--open", "only_open", is_flag=True, help="Leave out the deadlines already met.")
@click.pass_context
def deadlines(
    ctx: click.Context,
    child: str | None,
    as_of: dt.datetime | None,
    as_json: bool,
    as_csv: bool,
    only_open: bool,
) -> None:
    """The statutory deadlines of the case: upcoming, due soon, met, missed or excepted."""
    cfg, db = _config(ctx), _database(ctx)
    day = as_of.date() if as_of else _today(ctx)
    found = case_events.case_deadlines(db, cfg, day, child)
    rows = [_deadline_json(d) for d in found if not (only_open and d.status == "met")]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif as_csv:
        _echo_csv(rows, _flat_deadline)
    elif not rows:
        click.echo("No deadlines: record events with 'assistant event add' or import mail.")
    else:
        for row in rows:
            _echo_deadline(row)


def _deadline_json(deadline) -> dict[str, Any]:
    met = deadline.met_by
    return {
        "rule": deadline.rule,
        "child": deadline.child,
        "trigger": deadline.trigger,
        "trigger_date": deadline.trigger_date.isoformat(),
        "due": deadline.due.isoformat() if deadline.due else None,
        "status": deadline.status,
        "citation": deadline.citation,
        "title": deadline.title,
        "met_by": (
            {"type": met.type, "date": met.date.isoformat(), "message": met.message_id}
            if met
            else None
        ),
        "days_overdue": deadline.days_overdue,
        "actor": deadline.actor,
        "strength": deadline.strength,
        "confidence": deadline.confidence,
        "excepted_by": deadline.excepted_by,
        "about": deadline.about,
        "approximate": deadline.approximate,
        "notes": deadline.notes,
    }


def _flat_deadline(row: dict[str, Any]) -> dict[str, Any]:
    met = row["met_by"] or {}
    flat = {k: v for k, v in row.items() if k != "met_by"}
    flat.update(met_by_type=met.get("type"), met_by_date=met.get("date"))
    flat["met_by_message"] = met.get("message")
    return flat


def _echo_csv(rows: list[dict[str, Any]], flatten) -> None:
    out = io.StringIO()
    flat = [flatten(r) for r in rows]
    if flat:
        writer = csv.DictWriter(out, fieldnames=list(flat[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
    click.echo(out.getvalue(), nl=False)


def _echo_deadline(row: dict[str, Any]) -> None:
    due = row["due"] or "ASAP"
    status = row["status"].replace("_", " ")
    if row["met_by"]:
        status += f" on {row['met_by']['date']}"
    if row["days_overdue"]:
        status += f", {row['days_overdue']} day(s) late"
    about = f" (about {row['about']})" if row["about"] else ""
    click.echo(f"{due:10}  {status:28}  {row['rule']:24} {row['child']}: {row['title']}{about}")
    click.echo(f"{'':12}from {row['trigger']} on {row['trigger_date']}; {row['citation']}")


@main.command()
@click.option("--open", "only_open", is_flag=True, help="Only open and overdue ones.")
@click.option("--overdue", is_flag=True, help="Only overdue ones.")
@click.option(
    "--party",
    type=click.Choice([*commitment_log.ACTORS, *commitment_log.PARTY_ALIASES]),
    help="Who made the promise (owner = you, the parent).",
)
@click.option("--child", help="Only this child's.")
@click.option("--since", type=_DATE, help="Only from messages on or after this day.")
@click.option("--search", help="Only those whose words contain this text.")
@click.option("--as-of", "as_of", type=_DATE, help="Evaluate on this day (default: today).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values.")
@click.pass_context
def commitments(
    ctx: click.Context,
    only_open: bool,
    overdue: bool,
    party: str | None,
    child: str | None,
    since: dt.datetime | None,
    search: str | None,
    as_of: dt.datetime | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Every promise found in the mail: who made it, where, when it is due, its status."""
    filters = commitment_log.Filters(
        only_open, overdue, party, child, since.date() if since else None, search
    )
    day = as_of.date() if as_of else _today(ctx)
    found = commitment_log.commitment_log(_database(ctx), _config(ctx), day, filters)
    rows = [c.as_json() for c in found]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif as_csv:
        _echo_csv(rows, _flat_commitment)
    elif not rows:
        click.echo("No commitments match.")
    else:
        for row in rows:
            mark = " (confirmed)" if row["review"] == "confirmed" else ""
            due = row["due"] or "no date"
            click.echo(
                f"{row['id']:>4}  {row['status']:9} due {due:10}  [{row['actor']}] "
                f"{row['action']}{mark}"
            )
            click.echo(
                f"{'':6}message #{row['message']} of {row['message_date']} from "
                f"{row['sender']}: “{row['quote']}”"
            )


def _flat_commitment(row: dict[str, Any]) -> dict[str, Any]:
    event = row["fulfilled_by"] or {}
    flat = {k: v for k, v in row.items() if k != "fulfilled_by"}
    flat.update(fulfilled_by_type=event.get("type"), fulfilled_by_date=event.get("date"))
    return flat


@main.group()
def commitment() -> None:
    """Confirm, reject, close or reopen a commitment by its number."""


def _commitment_command(action: str, help_text: str, done: str) -> None:
    @commitment.command(action, help=help_text)
    @click.argument("commitment_id", type=int)
    @click.pass_context
    def command(ctx: click.Context, commitment_id: int) -> None:
        commitment_log.mark(_database(ctx), commitment_id, action)
        click.echo(f"Commitment {commitment_id} {done}.")


_commitment_command("confirm", "Confirm that the assistant read a real promise.", "confirmed")
_commitment_command("reject", "Not a promise: hide it, also after reprocess.", "rejected")
_commitment_command("done", "Close it by hand: the promise was kept.", "marked done")
_commitment_command("withdraw", "Close it by hand: the promise was withdrawn.", "withdrawn")
_commitment_command("reopen", "Reopen it, even if an event seemed to keep it.", "reopened")


@main.command("chronology")
@click.option("--child", help="Only this child's case (default: every message and event).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(chronology.FORMATS),
    default="md",
    show_default=True,
    help="md (Markdown), html (prints to PDF from a browser) or csv (spreadsheets).",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (readable only by you) instead of the screen.",
)
@click.option("--as-of", "as_of", type=_DATE, help="Up to this day (default: today).")
@click.pass_context
def chronology_(
    ctx: click.Context, child: str | None, fmt: str, output: Path | None, as_of: dt.datetime | None
) -> None:
    """A numbered, dated chronology of the case for an adviser, a complaint or a tribunal."""
    cfg, db = _config(ctx), _database(ctx)
    day = as_of.date() if as_of else _today(ctx)
    text = chronology.render(chronology.build_chronology(db, cfg, day, child), cfg, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    chronology.write_private(output, text)
    click.echo(f"Chronology written to {output}.")
