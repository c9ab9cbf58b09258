"""The command line: the only module that prints.

Library errors arrive as AssistantError subclasses and leave as one plain
English line (and exit status 1); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from . import case_events, chronology, commitment_log, ingest
from .clock import load_rules
from .config import Config, load_config
from .db import cases, memory_database, open_database
from .db import messages as store
from .errors import AssistantError, ConfigError, ThreadEditError
from .evaluate import check_floors, load_labels, score
from .resources import demo_dir
from .sources import count_messages, iter_paths


class _Command(click.Group):
    """Turns AssistantError into one plain-English line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            message = str(exc)
            problems = getattr(exc, "problems", [])
            if problems:
                message += "\n" + "\n".join(f"  - {p}" for p in problems)
            raise click.ClickException(message) from exc


class _DefaultShow(click.Group):
    """``assistant thread ID`` means ``assistant thread show ID``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in self.get_help_option_names(ctx):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_Command)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ASSISTANT_CONFIG",
    help="Configuration file (default: ASSISTANT_CONFIG, else your config folder).",
)
@click.option("--debug", is_flag=True, help="Show full error details (for bug reports).")
@click.version_option(package_name="ehcp-assistant")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """Keep a log of your child's EHCP correspondence, promises and deadlines.

    Everything stays on this computer.
    """
    ctx.ensure_object(dict)
    ctx.obj.update(config_path=config_path, debug=debug)


def _config(ctx: click.Context) -> Config:
    if "config" not in ctx.obj:
        ctx.obj["config"] = load_config(ctx.obj["config_path"])
    return ctx.obj["config"]


def _database(ctx: click.Context):
    if "db" not in ctx.obj:
        ctx.obj["db"] = open_database(_config(ctx).database)
    return ctx.obj["db"]


# ---------------------------------------------------------------- config


@main.group()
def config() -> None:
    """Check the configuration file."""


@config.command("check")
@click.pass_context
def config_check(ctx: click.Context) -> None:
    """Validate the configuration and explain every problem."""
    try:
        cfg = _config(ctx)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        for problem in exc.problems:
            click.echo(f"  - {problem}", err=True)
        ctx.exit(1)
    for warning in cfg.warnings:
        click.echo(f"Warning: {warning}")
    click.echo(
        f"The configuration in {cfg.path} is valid: {len(cfg.children)} child(ren), "
        f"{len(cfg.parties)} parties, {len(cfg.accounts)} mail account(s); "
        f"database at {cfg.database}."
    )


# ---------------------------------------------------------------- import


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def import_(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Import mail from .eml files, folders of them, mbox files or maildirs."""
    cfg = _config(ctx)
    db = _database(ctx)
    summary = _run_import(db, cfg, list(paths))
    _print_summary(summary)
    if summary.failed:
        ctx.exit(1)


def _run_import(db, cfg: Config, paths: list[Path]) -> ingest.ImportSummary:
    total = count_messages(paths)
    with tqdm(total=total, unit="msg", desc="Importing", disable=total < 50, leave=False) as bar:
        summary = ingest.import_items(db, cfg, iter_paths(paths), progress=bar.update)
    return summary


def _print_summary(summary: ingest.ImportSummary) -> None:
    click.echo(
        f"{summary.new} new message(s), {summary.duplicate} already in the log, "
        f"{len(summary.failed)} could not be imported."
    )
    if summary.warned:
        click.echo(f"{summary.warned} message(s) were damaged but imported; details are kept.")
    for source, reason in summary.failed:
        click.echo(f"  could not import {source}: {reason}")


# ---------------------------------------------------------------- search and threads


@main.command()
@click.argument("query")
@click.option("--from", "sender", help="Only messages from this address or name.")
@click.option(
    "--party",
    "party_kind",
    type=click.Choice(["owner", "la", "school", "health", "tribunal", "advice", "other"]),
    help="Only messages from this kind of party.",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Only messages on or after this date (YYYY-MM-DD, your time zone).",
)
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Only messages on or before this date (YYYY-MM-DD, your time zone).",
)
@click.option("--thread", help="Only messages of this conversation.")
@click.option("--limit", default=50, show_default=True, help="At most this many results.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def search(ctx: click.Context, query: str, as_json: bool, **filters: Any) -> None:
    """Search the correspondence log (SQLite FTS5 syntax: words, "phrases", OR, NOT)."""
    zone = _config(ctx).timezone
    for name, days in (("since", 0), ("until", 1)):  # local days, as UTC instants
        if filters[name]:
            start = (filters[name] + dt.timedelta(days=days)).replace(tzinfo=zone)
            filters[name] = start.astimezone(dt.UTC).isoformat()
    rows = _search(_database(ctx), query, store.SearchFilters(**filters))
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("No messages match.")
        return
    for row in rows:
        who = row["from_name"] or row["from_address"]
        when = _local_time(row["date_utc"], zone)[:10]
        click.echo(f"{when}  #{row['id']}  {row['thread_id']}  {who}")
        click.echo(f"    {row['subject']}")
        click.echo(f"    {' '.join(row['snippet'].split())}")


def _local_time(date_utc: str | None, zone: dt.tzinfo) -> str:
    """A stored UTC time as the parent reads it: their own zone, to the minute."""
    if not date_utc:
        return "(no date)"
    return dt.datetime.fromisoformat(date_utc).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _search(db, query: str, filters: store.SearchFilters) -> list[dict[str, Any]]:
    import sqlite3

    try:
        return store.search(db, query, filters)
    except sqlite3.OperationalError as exc:
        raise click.ClickException(
            f"The search {query!r} is not valid ({exc}). Put phrases in double quotes."
        ) from exc


@main.group(cls=_DefaultShow)
def thread() -> None:
    """Show a conversation, or split and join conversations by hand."""


@thread.command("show")
@click.argument("thread_id")
@click.option("--quoted", is_flag=True, help="Also print the quoted history of each message.")
@click.pass_context
def thread_show(ctx: click.Context, thread_id: str, quoted: bool) -> None:
    """Print a conversation in date order, new text only."""
    db = _database(ctx)
    rows = store.thread_messages(db, thread_id)
    if not rows:
        message = store.resolve_message(db, thread_id)
        rows = store.thread_messages(db, message["thread_id"]) if message else []
    if not rows:
        raise ThreadEditError(f"There is no conversation or message {thread_id!r}.")
    click.echo(f"Conversation {rows[0]['thread_id']}: {len(rows)} message(s)")
    for row in rows:
        click.echo("")
        click.echo(
            f"#{row['id']}  {_local_time(row['date_utc'], _config(ctx).timezone)}  "
            f"{row['from_name']} "
            f"<{row['from_address']}>"
        )
        click.echo(f"Subject: {row['subject']}")
        click.echo("")
        click.echo(row["new_text"] or "(no new text)")
        if row["quoted_text"]:
            lines = row["quoted_text"].count("\n") + 1
            click.echo(row["quoted_text"] if quoted else f"[… {lines} quoted line(s) folded]")


@thread.command("split")
@click.argument("message")
@click.pass_context
def thread_split(ctx: click.Context, message: str) -> None:
    """Make MESSAGE (and the replies to it) a conversation of its own."""
    db, cfg = _database(ctx), _config(ctx)
    row = _message(db, message)
    store.add_thread_edit(db, "split", row["message_key"], None)
    ingest.rethread(db, cfg)
    new = store.resolve_message(db, row["message_key"])
    click.echo(f"Message #{row['id']} is now in conversation {new['thread_id']}.")


@thread.command("join")
@click.argument("first")
@click.argument("second")
@click.pass_context
def thread_join(ctx: click.Context, first: str, second: str) -> None:
    """Put the conversations of messages FIRST and SECOND together."""
    db, cfg = _database(ctx), _config(ctx)
    a, b = _message(db, first), _message(db, second)
    store.add_thread_edit(db, "join", a["message_key"], b["message_key"])
    ingest.rethread(db, cfg)
    joined = store.resolve_message(db, a["message_key"])
    click.echo(f"Both messages are now in conversation {joined['thread_id']}.")


def _message(db, ref: str) -> dict[str, Any]:
    row = store.resolve_message(db, ref)
    if row is None:
        raise ThreadEditError(
            f"No message {ref!r} in the log. Use the number shown by 'assistant search' "
            "or the Message-ID."
        )
    return row


# ---------------------------------------------------------------- understanding


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (default).")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Print what the assistant understands of each message, without storing anything."""
    for row in _extract(_config(ctx), list(paths)):
        click.echo(json.dumps(row, ensure_ascii=False))


def _extract(cfg: Config, paths: list[Path]) -> list[dict[str, Any]]:
    db = memory_database()
    summary = ingest.import_items(db, cfg, iter_paths(paths))
    for source, reason in summary.failed:  # never a silent drop; stdout stays JSON only
        click.echo(f"could not read {source}: {reason}", err=True)
    return ingest.extraction_rows(db)


@main.command("eval")
@click.argument("corpus", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--floors",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Fail (exit 1) when a score falls below the floors in this TOML file.",
)
@click.option(
    "--details",
    multiple=True,
    type=click.Choice(["threads", "from_la", "category", "references", "dates", "commitments"]),
    help="Also list the differences for this field (repeatable).",
)
@click.pass_context
def eval_(ctx: click.Context, corpus: Path, floors: Path | None, details: tuple[str, ...]) -> None:
    """Score the assistant against a labelled corpus (format: corpus SCHEMA.md)."""
    cfg = load_config(corpus / "config.toml")
    gold = load_labels(corpus)
    predicted = _extract(cfg, [corpus / "messages"])
    scores = score(gold, predicted)
    click.echo(f"{len(gold)} labelled messages in {corpus}")
    for name, value in scores.values.items():
        click.echo(f"{name:32} {value:.3f}")
    for field in details:
        click.echo(f"\n{field}:")
        for line in scores.details[field]:
            click.echo(f"  {line}")
    if scores.details["missing"]:
        click.echo(f"Not extracted: {', '.join(scores.details['missing'])}")
    if floors:
        below = check_floors(scores.values, floors)
        for line in below:
            click.echo(f"BELOW FLOOR: {line}", err=True)
        if below or scores.details["missing"]:
            ctx.exit(1)


@main.command()
@click.pass_context
def reprocess(ctx: click.Context) -> None:
    """Re-run understanding and threading on stored mail (after an update), and
    retry messages that failed to import."""
    cfg, db = _config(ctx), _database(ctx)
    retried = ingest.retry_failures(db, cfg)
    done = ingest.reanalyse(db, cfg)
    click.echo(
        f"Re-analysed {done} message(s); {retried.new} previously failed message(s) now imported, "
        f"{len(retried.failed)} still failing."
    )


# ---------------------------------------------------------------- sync (IMAP)


@main.command("sync")
@click.option("--account", "account_name", help="Only the account with this name.")
@click.option("--watch", is_flag=True, help="Keep running; fetch new mail as it arrives.")
@click.pass_context
def sync_(ctx: click.Context, account_name: str | None, watch: bool) -> None:
    """Fetch mail to and from your parties over IMAP (read-only: nothing changes on the server)."""
    from . import sync

    cfg, db = _config(ctx), _database(ctx)
    if watch:
        _watch(cfg, db, sync.select_accounts(cfg, account_name))
        return
    ok = True
    for account in sync.select_accounts(cfg, account_name):
        with _SyncProgress() as progress:
            report = sync.sync_account(cfg, db, account, progress=progress)
        ok = _print_sync_report(report, len(cfg.accounts) > 1) and ok
    if not ok:
        ctx.exit(1)


def _watch(cfg: Config, db, accounts: list) -> None:
    import threading

    from . import sync

    if len(accounts) > 1:
        raise ConfigError("Watch one account at a time: add --account NAME.")
    click.echo(f"Watching {accounts[0].name} for new mail (Ctrl-C to stop).")
    stop = threading.Event()
    try:
        sync.watch(cfg, db, accounts[0], stop, on_sync=lambda r: _print_sync_report(r, True))
    except KeyboardInterrupt:
        stop.set()


def _print_sync_report(report, with_account: bool) -> bool:
    prefix = f"{report.account}: " if with_account else ""
    for summary in report.folders.values():
        if summary.error is not None:
            click.echo(f"{prefix}{summary.folder}: {summary.error}")
            continue
        click.echo(
            f"{prefix}{summary.folder}: {summary.new} new, {summary.duplicate} already stored, "
            f"{len(summary.failed)} failed"
        )
        for source, reason in summary.failed:
            click.echo(f"  could not import {source}: {reason}")
    return report.ok


class _SyncProgress:
    """A progress bar per folder, shown only for a backfill of some size."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None
        self.folder = ""

    def __enter__(self) -> _SyncProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.close()

    def __call__(self, folder: str, done: int, total: int) -> None:
        if folder != self.folder:
            self.__exit__()
            self.folder = folder
            self.bar = tqdm(total=total, unit="msg", desc=folder, disable=total < 200, leave=False)
        self.bar.n = done
        self.bar.refresh()


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


# ---------------------------------------------------------------- demo


@main.command()
@click.option(
    "--keep",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the demo database in this folder instead of a temporary one.",
)
def demo(keep: Path | None) -> None:
    """Show the assistant working on a small invented mailbox (nothing of yours is touched)."""
    folder = keep or Path(tempfile.mkdtemp(prefix="ehcp-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = demo_dir()
    cfg = load_config(source / "config.toml")
    cfg = type(cfg)(**{**cfg.__dict__, "database": folder / "demo.db"})
    db = open_database(cfg.database)
    click.echo(f"Importing the invented demo mailbox of {cfg.owner.name} ...")
    summary = _run_import(db, cfg, [source / "mailbox"])
    _print_summary(summary)
    rows = store.messages_with_analysis(db)
    click.echo(
        f"\nThe log holds {len(rows)} messages in "
        f"{len({r['thread_id'] for r in rows})} conversations:"
    )
    for row in rows:
        click.echo(
            f"  {(row['date_utc'] or '')[:10]}  {row['category'] or '':22} "
            f"{(row['subject'] or '')[:60]}"
        )
    click.echo("\nPromises found in the mail:")
    for row in rows:
        for commitment in json.loads(row["commitments"] or "[]"):
            due = commitment["due"] or "no date"
            click.echo(f"  [{commitment['actor']}] {commitment['action']} (due {due})")
    click.echo("\nSearching the log for 'draft plan':")
    for row in store.search(db, '"draft plan"', store.SearchFilters(limit=5)):
        click.echo(f"  #{row['id']} {row['subject']}: {' '.join(row['snippet'].split())}")
    if not keep:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
        click.echo(
            "(The demo database was temporary and has been removed; use --keep DIR to keep it.)"
        )


def run() -> None:  # pragma: no cover - console entry point helper
    main(obj={})


if __name__ == "__main__":
    sys.exit(main(obj={}))
