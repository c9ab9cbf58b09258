"""The `sync` command: fetch mail over IMAP, once or watching for new mail."""

from __future__ import annotations

import click
from tqdm import tqdm

from ..config import Config
from ..errors import AssistantError, ConfigError
from .app import _config, _database, main

# ---------------------------------------------------------------- sync (IMAP)


@main.command("sync")
@click.option("--account", "account_name", help="Only the account with this name.")
@click.option("--watch", is_flag=True, help="Keep running; fetch new mail as it arrives.")
@click.pass_context
def sync_(ctx: click.Context, account_name: str | None, watch: bool) -> None:
    """Fetch mail to and from your parties over IMAP (read-only: nothing changes on the server)."""
    from .. import sync

    cfg, db = _config(ctx), _database(ctx)
    if watch:
        _watch(cfg, db, sync.select_accounts(cfg, account_name))
        return
    accounts = sync.select_accounts(cfg, account_name)
    ok = True
    for account in accounts:
        try:
            with _SyncProgress() as progress:
                report = sync.sync_account(cfg, db, account, progress=progress)
        except AssistantError as exc:
            if len(accounts) == 1:
                raise
            click.echo(f"{account.name}: {exc}")  # one mailbox's trouble does not stop the rest
            ok = False
            continue
        ok = _print_sync_report(report, len(cfg.accounts) > 1) and ok
    if not ok:
        ctx.exit(1)


def _watch(cfg: Config, db, accounts: list) -> None:
    import threading

    from .. import sync

    if len(accounts) > 1:
        raise ConfigError("Watch one account at a time: add --account NAME.")
    click.echo(f"Watching {accounts[0].name} for new mail (Ctrl-C to stop).")
    stop = threading.Event()
    try:
        sync.watch(
            cfg,
            db,
            accounts[0],
            stop,
            on_sync=lambda r: _print_sync_report(r, True),
            on_outage=lambda e: click.echo(f"{e} Still watching: trying again shortly."),
        )
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
