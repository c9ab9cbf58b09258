"""The command line: the only module that prints.

Library errors arrive as AssistantError subclasses and leave as one plain
English line (and exit status 1); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from . import ingest
from .config import Config, load_config
from .db import memory_database, open_database
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
        if args and args[0] not in self.commands and not args[0].startswith("-"):
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
        click.echo(f"{(row['date_utc'] or '')[:10]}  #{row['id']}  {row['thread_id']}  {who}")
        click.echo(f"    {row['subject']}")
        click.echo(f"    {' '.join(row['snippet'].split())}")


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
            f"#{row['id']}  {(row['date_utc'] or '')[:16]}  {row['from_name']} "
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
    ingest.import_items(db, cfg, iter_paths(paths))
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
