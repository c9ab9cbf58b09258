"""Commands for the correspondence log: config, import, search, threads, extract, eval,
reprocess and the demo."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from .. import ingest
from ..config import Config, load_config
from ..db import memory_database, open_database
from ..db import messages as store
from ..errors import ConfigError, ThreadEditError
from ..evaluate import check_floors, load_labels, score
from ..resources import demo_dir
from ..sources import count_messages, iter_paths
from .app import _config, _database, main

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


class _DefaultShow(click.Group):
    """``assistant thread ID`` means ``assistant thread show ID``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in self.get_help_option_names(ctx):
            args = ["show", *args]
        return super().parse_args(ctx, args)


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
    ingest.update_case(db, cfg)  # categories may follow the new conversations
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
    ingest.update_case(db, cfg)  # categories may follow the new conversations
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
    done = ingest.reanalyse(db, cfg)  # first: retrying runs the analysis of the rest too
    retried = ingest.retry_failures(db, cfg)
    click.echo(
        f"Re-analysed {done} message(s); {retried.new} previously failed message(s) now imported, "
        f"{len(retried.failed)} still failing."
    )


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
