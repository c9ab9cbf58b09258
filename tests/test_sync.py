"""IMAP sync against a real Dovecot on 127.0.0.1 (see tests/dovecot.py); no mocks.

Every test that syncs also checks at the end that no message on the server was
marked \\Seen: the sync only ever EXAMINEs and fetches with BODY.PEEK[].
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from click.testing import CliRunner
from dovecot import PASSWORD, DovecotServer, dovecot, dovecot_factory  # noqa: F401

from assistant.cli import main
from assistant.config import Config, load_config
from assistant.credentials import obtain_secret
from assistant.db import open_database
from assistant.db import sync_state as state
from assistant.errors import AuthenticationError, CredentialsError, FolderError, ServerUnreachable
from assistant.sync import Retry, sync_account, watch

OWNER = "parent@example.org"
LA = "casework@northshire.gov.uk"
SCHOOL = "senco@oakfield-primary.sch.uk"
FAST = Retry(attempts=4, first_delay=0.2, timeout=10)

PARTIES = """\
[owner]
name = "Sam Parent"
addresses = ["parent@example.org"]

[[parties]]
kind = "la"
name = "Northshire County Council"
domains = ["northshire.gov.uk"]

[[parties]]
kind = "school"
name = "Oakfield Primary"
addresses = ["senco@oakfield-primary.sch.uk"]
"""


def message(sender: str, to: str, subject: str, body: str = "", attachment: bytes = b"") -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    mail["Message-ID"] = make_msgid(domain="test.invalid")
    mail.set_content(body or f"Dear all,\n\n{subject}.\n\nKind regards\n")
    if attachment:
        mail.add_attachment(
            attachment, maintype="application", subtype="pdf", filename="report.pdf"
        )
    return mail.as_bytes().replace(b"\n", b"\r\n")


def la_mail(n: int) -> bytes:
    return message(LA, OWNER, f"EHC needs assessment update {n}")


def newsletter(n: int) -> bytes:
    return message("news@shop.example.com", OWNER, f"Weekly offers {n}")


def write_config(tmp_path: Path, server: DovecotServer, **extra: str) -> Config:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "config.toml"
    if not {"password_command", "password"} & extra.keys():
        extra["password_env"] = '"TEST_IMAP_PASSWORD"'
    path.write_text(
        PARTIES + f'\n[storage]\npath = "{tmp_path}/log.db"\n\n' + server.account_toml(**extra)
    )
    return load_config(path)


@pytest.fixture
def server(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    """The Dovecot of the test, checked afterwards for any \\Seen flag we set."""
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    yield dovecot
    if dovecot.process is not None:
        assert dovecot.seen_flags() == 0


def run_sync(config: Config, **kwargs):
    db = open_database(config.database)
    return db, sync_account(config, db, config.accounts[0], retry=FAST, **kwargs)


def stored(db) -> int:
    return db.execute("select count(*) from messages").fetchone()[0]


def sources(db) -> int:
    return db.execute("select count(*) from message_sources").fetchone()[0]


def test_first_then_incremental_sync_fetches_only_party_mail(server, tmp_path):
    server.append("INBOX", la_mail(1), newsletter(1), la_mail(2), newsletter(2))
    server.append("INBOX", message(SCHOOL, OWNER, "Support plan meeting"))
    server.append("Sent", message(OWNER, LA, "Re: EHC needs assessment update 1"))
    config = write_config(tmp_path, server)

    db, report = run_sync(config)
    inbox, sent = report.folders["INBOX"], report.folders["Sent"]
    assert (inbox.new, inbox.duplicate, inbox.failed) == (3, 0, [])
    assert inbox.fetched == 3 and inbox.skipped == 0  # the newsletters never left the server
    assert (sent.new, sent.fetched) == (1, 1)
    assert report.ok and stored(db) == 4

    db, again = run_sync(config)
    assert [(s.new, s.fetched, s.examined) for s in again.folders.values()] == [(0, 0, 0)] * 2

    server.append("INBOX", newsletter(3), la_mail(3))
    db, third = run_sync(config)
    assert (third.folders["INBOX"].new, third.folders["INBOX"].fetched) == (1, 1)
    assert third.folders["INBOX"].examined == 2
    assert stored(db) == 5 and sources(db) == 5
    assert db.execute("select count(*) from imap_locations").fetchone()[0] == 5
    source = db.execute("select source from message_sources order by id").fetchone()[0]
    uidvalidity = state.folder_cursor(db, "home", "INBOX").uidvalidity
    assert source == f"imap:home/INBOX/{uidvalidity}/1"


def test_client_drops_what_the_server_search_only_nearly_matched(server, tmp_path):
    server.append("INBOX", message("offers@notnorthshire.gov.uk.example.com", OWNER, "Sale"))
    config = write_config(tmp_path, server)
    db, report = run_sync(config)
    assert (report.folders["INBOX"].fetched, report.folders["INBOX"].skipped) == (1, 1)
    assert stored(db) == 0
    db, again = run_sync(config)
    assert again.folders["INBOX"].fetched == 0


def test_fetch_all_and_since(server, tmp_path):
    server.append("INBOX", la_mail(1), newsletter(1))
    config = write_config(tmp_path, server, fetch='"all"')
    _db, report = run_sync(config)
    assert report.folders["INBOX"].new == 2

    config = write_config(tmp_path / "later", server, since='"2999-01-01"')
    _db, report = run_sync(config)
    assert report.folders["INBOX"].new == 0 and report.folders["INBOX"].examined == 2


@pytest.mark.parametrize(
    ("special_use", "folders", "expected"),
    [
        ({"Outbox Copies": "\\Sent"}, ["Sent", "Outbox Copies"], "Outbox Copies"),
        ({}, ["Archive", "Sent Items"], "Sent Items"),
        ({}, ["Sent Messages"], "Sent Messages"),
        ({}, ["[Gmail]/Sent Mail", "[Gmail]/All Mail"], "[Gmail]/Sent Mail"),
    ],
)
def test_sent_folder_found(
    dovecot_factory,  # noqa: F811
    monkeypatch,
    tmp_path,
    special_use,
    folders,
    expected,
):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    server = dovecot_factory(special_use)
    for folder in folders:
        server.append(folder, message(OWNER, LA, f"Letter kept in {folder}"))
    _db, report = run_sync(write_config(tmp_path, server))
    assert list(report.folders) == ["INBOX", expected]
    assert report.folders[expected].new == 1
    assert server.seen_flags() == 0


def test_message_appended_during_sync_is_neither_lost_nor_doubled(server, tmp_path):
    server.append("INBOX", *(la_mail(n) for n in range(6)))
    config = write_config(tmp_path, server)
    appended = []

    def append_once(folder: str, done: int, total: int) -> None:
        if not appended:
            appended.append(done)
            server.append("INBOX", la_mail(99))

    db, report = run_sync(config, progress=append_once, batch_size=2)
    db, again = run_sync(config)
    assert report.folders["INBOX"].new + again.folders["INBOX"].new == 7
    assert stored(db) == 7 and sources(db) == 7


def test_server_killed_mid_sync_then_restarted(server, tmp_path):
    server.append("INBOX", *(la_mail(n) for n in range(8)))
    config = write_config(tmp_path, server)
    restarts: list[threading.Thread] = []

    def crash_once(folder: str, done: int, total: int) -> None:
        if not restarts:
            server.kill()
            restarts.append(threading.Timer(0.5, server.start))
            restarts[0].start()

    db, report = run_sync(config, progress=crash_once, batch_size=3)
    restarts[0].join()
    assert report.ok and report.folders["INBOX"].new == 8
    assert stored(db) == 8 and sources(db) == 8
    db, again = run_sync(config)
    assert again.folders["INBOX"].fetched == 0 and stored(db) == 8


def test_uidvalidity_change_resyncs_without_doubles(server, tmp_path):
    kept = [la_mail(1), la_mail(2)]
    server.append("EHCP", *kept)
    config = write_config(tmp_path, server, folders='["EHCP"]')
    db, _ = run_sync(config)
    before = state.folder_cursor(db, "home", "EHCP")

    with server.client() as client:
        client.delete_folder("EHCP")
    server.append("EHCP", *kept, la_mail(3))
    db, report = run_sync(config)
    after = state.folder_cursor(db, "home", "EHCP")
    assert after.uidvalidity != before.uidvalidity and after.last_uid == 3
    assert (report.folders["EHCP"].new, report.folders["EHCP"].duplicate) == (1, 2)
    assert stored(db) == 3


def test_wrong_password_is_explained(server, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "not-the-password")
    with pytest.raises(AuthenticationError, match="refused the username or password"):
        run_sync(write_config(tmp_path, server))


def test_missing_folder_is_reported_and_the_rest_synced(server, tmp_path):
    server.append("INBOX", la_mail(1))
    config = write_config(tmp_path, server, folders='["No Such Folder"]')
    _db, report = run_sync(config)
    assert isinstance(report.folders["No Such Folder"].error, FolderError)
    assert report.folders["INBOX"].new == 1 and not report.ok

    result = CliRunner().invoke(main, ["--config", str(config.path), "sync"], obj={})
    assert result.exit_code == 1
    assert "INBOX: 0 new, 1 already stored, 0 failed" not in result.output  # cursor moved on
    assert "INBOX: 0 new, 0 already stored, 0 failed" in result.output
    assert "'No Such Folder' of account 'home' does not exist" in result.output
    assert "Traceback" not in result.output


def test_cli_sync_prints_one_line_per_folder(server, tmp_path):
    server.append("INBOX", la_mail(1), la_mail(2))
    server.append("Sent", message(OWNER, SCHOOL, "Thank you"))
    config = write_config(tmp_path, server)
    result = CliRunner().invoke(main, ["--config", str(config.path), "sync"], obj={})
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "INBOX: 2 new, 0 already stored, 0 failed",
        "Sent: 1 new, 0 already stored, 0 failed",
    ]


def test_unreachable_server_is_explained(tmp_path, dovecot, monkeypatch):  # noqa: F811
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    config = write_config(tmp_path, dovecot)
    dovecot.kill()
    with pytest.raises(ServerUnreachable, match=r"could not be reached.*run sync again"):
        run_sync(config)


def test_huge_message(server, tmp_path):
    attachment = os.urandom(20 * 1024 * 1024)
    server.append("INBOX", message(LA, OWNER, "Draft EHC plan with appendices", "", attachment))
    db, report = run_sync(write_config(tmp_path, server))
    assert report.folders["INBOX"].new == 1
    size = db.execute("select size from attachments").fetchone()[0]
    assert size == len(attachment)


def test_watch_stores_new_mail_within_five_seconds(server, tmp_path):
    config = write_config(tmp_path, server)
    with watching(config) as (syncs, _, errors):
        deadline = time.monotonic() + 30
        while not syncs and time.monotonic() < deadline:
            time.sleep(0.05)
        assert syncs, errors
        time.sleep(0.5)  # let the watcher settle into IDLE
        server.append("INBOX", la_mail(1))
        assert wait_until_stored(config, 1, 5), f"not stored within 5 seconds: {errors}"


def test_password_command(server, tmp_path):
    script = tmp_path / "show-password"
    script.write_text(f"import sys\nprint('{PASSWORD}')\n")
    command = f'"{sys.executable} {script}"'
    config = write_config(tmp_path, server, password_command=command)
    assert obtain_secret(config.accounts[0]).value == PASSWORD
    server.append("INBOX", la_mail(1))
    _db, report = run_sync(config)
    assert report.folders["INBOX"].new == 1


def test_failing_password_command_and_missing_variable(server, tmp_path, monkeypatch):
    config = write_config(tmp_path, server, password_command=f'"{sys.executable} -c exit(3)"')
    with pytest.raises(CredentialsError, match="exit status 3"):
        obtain_secret(config.accounts[0])
    monkeypatch.delenv("TEST_IMAP_PASSWORD")
    config = write_config(tmp_path, server)
    with pytest.raises(CredentialsError, match="TEST_IMAP_PASSWORD is not set"):
        obtain_secret(config.accounts[0])


def test_gmail_label_copies_are_not_downloaded_or_stored_twice(tmp_path):
    """Gmail's X-GM-MSGID (Dovecot has none, so the parts are fed directly): a message
    stored from INBOX is known under another label, counted as a duplicate and located."""
    from assistant.sync import FolderSummary, _Download, _store_download

    config = load_config_text(tmp_path)
    db = open_database(config.database)
    account = config.accounts[0]
    inbox = FolderSummary(folder="INBOX")
    first = _Download([7], {7: la_mail(1)}, {7: 1234567890123}, frozenset())
    _store_download(db, config, account, inbox, 11, first)
    assert inbox.new == 1 and state.gm_msgids(db, "home") == {1234567890123}

    label = FolderSummary(folder="[Gmail]/All Mail")
    again = _Download([40], {}, {40: 1234567890123}, frozenset({40}))
    _store_download(db, config, account, label, 22, again)
    assert (label.new, label.duplicate, stored(db)) == (0, 1, 1)
    rows = db.execute("select folder, uid, message from imap_locations order by uid").fetchall()
    assert rows == [("INBOX", 7, 1), ("[Gmail]/All Mail", 40, 1)]
    assert state.folder_cursor(db, "home", "[Gmail]/All Mail") == state.Cursor(22, 40)


def load_config_text(tmp_path: Path) -> Config:
    path = tmp_path / "config.toml"
    path.write_text(
        PARTIES + f'\n[storage]\npath = "{tmp_path}/log.db"\n\n'
        '[[accounts]]\nname = "home"\nhost = "imap.example.org"\nport = 993\n'
        'security = "tls"\nusername = "parent"\npassword_env = "TEST_IMAP_PASSWORD"\n'
    )
    return load_config(path)


def test_sync_loads_the_pipeline_while_downloading(server, tmp_path, monkeypatch):
    """The warm-up fills the very cache understanding reads (one entry per pipeline name),
    and only when there is something to download."""
    from assistant.understand import pipeline

    loads = []
    original = pipeline._build_pipeline.__wrapped__
    monkeypatch.setattr(
        pipeline,
        "_build_pipeline",
        functools.cache(lambda name: loads.append(name) or original(name)),
    )
    config = write_config(tmp_path, server)
    run_sync(config)
    assert loads == []  # empty mailbox: nothing to understand, spaCy never loaded
    server.append("INBOX", la_mail(1))
    db, report = run_sync(config)
    assert report.folders["INBOX"].new == 1 and loads == ["default"]
    assert db.execute("select count(*) from analyses").fetchone()[0] == 1
    assert pipeline.load_pipeline() is pipeline.load_pipeline("default")


def other_mailbox(server: DovecotServer, user: str, *messages: bytes) -> None:
    """Put mail in another user's INBOX on the same server (the userdb is per user)."""
    from imapclient import IMAPClient

    with IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=30) as client:
        client.login(user, PASSWORD)
        for data in messages:
            client.append("INBOX", data)


def test_several_accounts_each_synced_and_one_failing_does_not_stop_the_others(
    server, tmp_path, monkeypatch
):
    server.append("INBOX", la_mail(1))
    other_mailbox(server, "second@example.org", la_mail(2), la_mail(3))
    monkeypatch.setenv("WRONG_PASSWORD", "not-the-password")
    second = server.account_toml("second", password_env='"TEST_IMAP_PASSWORD"')
    second = second.replace('username = "parent@example.org"', 'username = "second@example.org"')
    broken = server.account_toml("broken", password_env='"WRONG_PASSWORD"')
    path = tmp_path / "config.toml"
    path.write_text(
        PARTIES
        + f'\n[storage]\npath = "{tmp_path}/log.db"\n\n'
        + server.account_toml(password_env='"TEST_IMAP_PASSWORD"')
        + "\n"
        + second
    )
    run = CliRunner().invoke
    result = run(main, ["--config", str(path), "sync", "--account", "second"], obj={})
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "second: INBOX: 2 new, 0 already stored, 0 failed"

    path.write_text(path.read_text() + "\n" + broken)
    result = run(main, ["--config", str(path), "sync"], obj={})
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert "home: INBOX: 1 new, 0 already stored, 0 failed" in lines
    assert "second: INBOX: 0 new, 0 already stored, 0 failed" in lines
    assert any(line.startswith("broken: The mail server refused") for line in lines), lines
    assert stored(open_database(tmp_path / "log.db")) == 3


def test_full_disk_is_explained_and_the_next_sync_resumes(server, tmp_path):
    """SQLite's own limit on the database size stands in for a full disk (SQLITE_FULL)."""
    from assistant.errors import StorageError

    server.append(
        "INBOX", *(message(LA, OWNER, f"Report {n}", "", os.urandom(300_000)) for n in range(6))
    )
    config = write_config(tmp_path, server)
    db = open_database(config.database)
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages + 300}")  # room for two or three messages
    with pytest.raises(StorageError, match="The disk holding the database is full"):
        sync_account(config, db, config.accounts[0], retry=FAST, batch_size=1)
    kept = stored(db)
    assert 0 < kept < 6

    db.execute("pragma max_page_count = 1073741823")
    report = sync_account(config, db, config.accounts[0], retry=FAST)
    assert report.folders["INBOX"].new == 6 - kept and report.folders["INBOX"].duplicate == 0
    assert stored(db) == 6 and sources(db) == 6


def test_a_server_that_stops_answering_times_out_then_resumes(server, tmp_path):
    server.append("INBOX", la_mail(1))
    config = write_config(tmp_path, server)
    db = open_database(config.database)
    quick = Retry(attempts=2, first_delay=0.1, timeout=1)
    server.pause()
    try:
        started = time.monotonic()
        with pytest.raises(ServerUnreachable, match="could not be reached"):
            sync_account(config, db, config.accounts[0], retry=quick)
        assert time.monotonic() - started < 10  # every socket operation has its timeout
        threading.Timer(1.5, server.resume).start()
        patient = Retry(attempts=5, first_delay=0.2, timeout=1)
        report = sync_account(config, db, config.accounts[0], retry=patient)
    finally:
        server.resume()
    assert report.folders["INBOX"].new == 1 and stored(db) == 1


@contextmanager
def watching(config: Config, retry: Retry = FAST) -> Iterator[tuple[list, list, list]]:
    """``watch`` in a thread for the length of the block: the reports of its syncs, the
    outages it met and any error; afterwards it must stop cleanly and without error."""
    stop, syncs, outages, errors = threading.Event(), [], [], []

    def run() -> None:
        try:
            db = open_database(config.database)
            watch(
                config,
                db,
                config.accounts[0],
                stop,
                on_sync=syncs.append,
                retry=retry,
                on_outage=outages.append,
            )
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield syncs, outages, errors
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive() and not errors


def wait_until_stored(config: Config, count: int, seconds: float) -> bool:
    db = open_database(config.database)
    deadline = time.monotonic() + seconds
    while stored(db) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return stored(db) >= count


def test_watch_renews_its_idle_and_still_hears_new_mail(server, tmp_path, monkeypatch):
    monkeypatch.setattr("assistant.sync.IDLE_RENEW_SECONDS", 1)
    config = write_config(tmp_path, server)
    with watching(config) as (syncs, _, errors):
        time.sleep(3.5)
        assert len(syncs) >= 3, errors  # each renewal ends one IDLE and syncs again
        server.append("INBOX", la_mail(1))
        assert wait_until_stored(config, 1, 5), errors


def test_watch_polls_a_server_without_idle(dovecot_factory, tmp_path, monkeypatch):  # noqa: F811
    capabilities = "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE SORT UIDPLUS"
    plain = dovecot_factory(extra_config=f"imap_capability = {capabilities}\n")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setattr("assistant.sync.POLL_SECONDS", 1)
    with plain.client() as client:
        assert not client.has_capability("IDLE")
    config = write_config(tmp_path, plain)
    with watching(config) as (_, _, errors):
        time.sleep(1.5)
        plain.append("INBOX", la_mail(1))
        assert wait_until_stored(config, 1, 5), errors
    assert plain.seen_flags() == 0


def test_watch_outlives_an_outage_and_picks_up_mail_after_it(server, tmp_path, monkeypatch):
    monkeypatch.setattr("assistant.sync.POLL_SECONDS", 1)
    config = write_config(tmp_path, server)
    server.stop()
    brief = Retry(attempts=2, first_delay=0.1, timeout=2)
    with watching(config, brief) as (_, outages, errors):
        deadline = time.monotonic() + 20
        while not outages and time.monotonic() < deadline:
            time.sleep(0.1)
        assert outages and "could not be reached" in str(outages[0]), errors
        server.start()
        server.append("INBOX", la_mail(1))
        assert wait_until_stored(config, 1, 15), errors
