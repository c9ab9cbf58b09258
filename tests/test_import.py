"""Importing mail from files into the SQLite log: formats, idempotency, damage, storage."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest
from conftest import DATA

from assistant import ingest
from assistant.db import open_database
from assistant.sources import iter_paths

FORMATS = DATA / "formats"
MALFORMED = DATA / "malformed"


def import_paths(db, config, *paths) -> ingest.ImportSummary:
    return ingest.import_items(db, config, iter_paths(list(paths)))


def message_ids(db) -> list[str]:
    return sorted(r[0] for r in db.execute("select message_id from messages").fetchall())


# ---------------------------------------------------------------- formats


def test_a_single_eml_file(db, config):
    summary = import_paths(db, config, FORMATS / "single.eml")
    assert (summary.new, summary.duplicate, summary.failed) == (1, 0, [])
    row = next(db.query("select * from messages"))
    assert row["message_id"] == "<fmt-single-0001@brackenmoor.gov.uk>"
    assert row["from_la"] == 1 and row["sender_kind"] == "la"
    raw = db.execute("select data from raw_messages").fetchone()[0]
    assert raw == (FORMATS / "single.eml").read_bytes(), "the original bytes are kept unchanged"


def test_an_mbox_file_yields_each_message_and_unescapes_from_lines(db, config):
    summary = import_paths(db, config, FORMATS / "three.mbox")
    assert summary.new == 3
    sources = [r[0] for r in db.execute("select source from message_sources order by id")]
    assert [s.rsplit("#", 1)[1] for s in sources] == ["1", "2", "3"]
    bodies = [r[0] for r in db.execute("select new_text from messages order by id")]
    assert "From what his teacher says he is really enjoying the new series." in bodies[1]
    assert not any(">From " in b for b in bodies)


def test_a_maildir_reads_new_and_cur_and_tolerates_a_missing_tmp(tmp_path, db, config):
    copy = tmp_path / "Maildir"
    shutil.copytree(FORMATS / "maildir", copy)
    shutil.rmtree(copy / "tmp", ignore_errors=True)
    summary = import_paths(db, config, copy)
    assert summary.new == 2 and summary.failed == []


def test_only_a_maildirs_own_tmp_folder_is_skipped(tmp_path, db, config):
    export = tmp_path / "export"
    (export / "tmp").mkdir(parents=True)  # a user's folder that happens to be called tmp
    shutil.copy(FORMATS / "single.eml", export / "tmp" / "kept.eml")
    maildir = export / "Maildir"
    shutil.copytree(FORMATS / "maildir", maildir)
    (maildir / "tmp").mkdir(exist_ok=True)
    (maildir / "tmp" / "half-written").write_bytes(b"From: someone@example.org\r\nSubj")
    summary = import_paths(db, config, export)
    assert (summary.new, summary.failed) == (3, [])


def test_a_maildir_plus_plus_tree_with_server_files(tmp_path, db, config):
    root = tmp_path / "Maildir"
    shutil.copytree(FORMATS / "maildir", root)
    (root / "dovecot-uidlist").write_text("3 V1782547200 N3\n", encoding="utf-8")
    (root / "subscriptions").write_text("Sent\n", encoding="utf-8")
    (root / ".Sent" / "cur").mkdir(parents=True)
    (root / ".Sent" / "new").mkdir()
    shutil.copy(FORMATS / "single.eml", root / ".Sent" / "cur" / "1783000000.M3P1.host:2,S")
    (root / ".cache").mkdir()  # an ordinary hidden folder is still skipped
    (root / ".cache" / "x").write_text("not mail", encoding="utf-8")
    summary = import_paths(db, config, root)
    assert (summary.new, summary.failed) == (3, [])


def test_a_mistyped_path_stops_the_import_before_it_starts(cli, db, tmp_path):
    result = cli("import", FORMATS / "single.eml", tmp_path / "typo.mbox", code=1)
    assert "typo.mbox does not exist" in result.output
    assert db.execute("select count(*) from messages").fetchone()[0] == 0


def test_a_folder_of_mixed_formats(tmp_path, db, config):
    folder = tmp_path / "export"
    shutil.copytree(FORMATS, folder)
    summary = import_paths(db, config, folder)
    assert (summary.new, summary.duplicate, len(summary.failed)) == (6, 0, 0)
    assert len(set(message_ids(db))) == 6


def test_a_path_that_does_not_exist_is_a_plain_error(cli, tmp_path):
    result = cli("import", tmp_path / "nowhere.mbox", code=1)
    assert "nowhere.mbox does not exist" in result.output
    assert "Traceback" not in result.output


# ---------------------------------------------------------------- idempotency and duplicates


def test_importing_twice_stores_each_message_once(cli, db):
    first = cli("import", FORMATS)
    assert "6 new message(s), 0 already in the log, 0 could not be imported." in first.output
    second = cli("import", FORMATS)
    assert "0 new message(s), 6 already in the log, 0 could not be imported." in second.output
    assert db.execute("select count(*) from messages").fetchone()[0] == 6
    assert db.execute("select count(*) from raw_messages").fetchone()[0] == 6


def test_the_same_message_in_two_folders_is_stored_once_with_both_sources(tmp_path, db, config):
    for folder in ("Inbox", "Archive"):
        (tmp_path / folder).mkdir()
        shutil.copy(FORMATS / "single.eml", tmp_path / folder / "a.eml")
    summary = import_paths(db, config, tmp_path / "Inbox", tmp_path / "Archive")
    assert (summary.new, summary.duplicate) == (1, 1)
    sources = db.execute("select count(distinct message), count(*) from message_sources")
    assert sources.fetchone() == (1, 2)


def test_same_message_id_with_different_bytes_is_a_duplicate(tmp_path, db, config):
    original = (FORMATS / "single.eml").read_bytes()
    resent = b"X-Resent-By: a server that adds headers\r\n" + original
    (tmp_path / "a.eml").write_bytes(original)
    (tmp_path / "b.eml").write_bytes(resent)
    summary = import_paths(db, config, tmp_path)
    assert (summary.new, summary.duplicate) == (1, 1)


def test_messages_without_a_message_id_still_dedupe(tmp_path, db, config):
    (tmp_path / "one").mkdir()
    shutil.copy(MALFORMED / "missing-message-id-and-date.eml", tmp_path / "one" / "x.eml")
    shutil.copy(MALFORMED / "missing-message-id-and-date.eml", tmp_path / "copy.eml")
    summary = import_paths(db, config, tmp_path / "one", tmp_path / "copy.eml")
    assert (summary.new, summary.duplicate) == (1, 1)
    key = db.execute("select message_key from messages").fetchone()[0]
    assert key.startswith("sha256:")
    again = import_paths(db, config, tmp_path)
    assert (again.new, again.duplicate) == (0, 2)


# ---------------------------------------------------------------- malformed mail

STORED_WITH_WARNING = {
    "broken-base64.eml",
    "duplicate-subject-and-message-id.eml",
    "header-without-colon.eml",
    "missing-message-id-and-date.eml",
    "truncated-multipart.eml",
    "undeclared-8bit-headers.eml",
    "unknown-charset-encoded-word.eml",
    "wrong-charset-utf8.eml",
}
STORED_CLEAN = {
    "headers-only-no-body.eml",
    "html-broken.eml",
    "mixed-line-endings.eml",
    "truncated-rfc822-attachment.eml",
    "very-long-header.eml",
    "wrong-charset-usascii.eml",
}
FAILED = {
    "empty.eml": "the file is empty",
    "not-an-email.eml": "this does not look like an email message",
}


def test_every_malformed_fixture_is_classified_here():
    names = {p.name for p in MALFORMED.glob("*.eml")}
    assert names == STORED_WITH_WARNING | STORED_CLEAN | set(FAILED)


def test_malformed_mail_never_crashes_and_is_never_dropped(tmp_path, db, config):
    folder = tmp_path / "bad"
    folder.mkdir()
    for path in MALFORMED.glob("*.eml"):
        shutil.copy(path, folder / path.name)
    summary = import_paths(db, config, folder)
    assert summary.new == len(STORED_WITH_WARNING | STORED_CLEAN)
    assert summary.warned == len(STORED_WITH_WARNING)
    assert {Path(source).name: reason for source, reason in summary.failed}.keys() == set(FAILED)
    for source, reason in summary.failed:
        assert FAILED[Path(source).name] in reason
    rows = db.query(
        "select message_sources.source, messages.warnings from messages "
        "join message_sources on message_sources.message = messages.id"
    )
    warned = {Path(r["source"]).name for r in rows if json.loads(r["warnings"])}
    assert warned == STORED_WITH_WARNING
    failures = {Path(r["source"]).name: r for r in db.query("select * from failures")}
    assert failures.keys() == set(FAILED)
    assert failures["empty.eml"]["raw_id"] is None
    assert failures["not-an-email.eml"]["raw_id"] is not None, "bytes kept for a retry"


def test_the_import_continues_after_a_failure_and_exits_1(cli, tmp_path, db):
    shutil.copy(MALFORMED / "empty.eml", tmp_path / "a-empty.eml")
    shutil.copy(FORMATS / "single.eml", tmp_path / "b-good.eml")
    result = cli("import", tmp_path / "a-empty.eml", tmp_path / "b-good.eml", code=1)
    assert "1 new message(s), 0 already in the log, 1 could not be imported." in result.output
    assert "could not import" in result.output and "a-empty.eml: the file is empty" in result.output


def test_an_unreadable_file_is_reported_not_dropped(tmp_path, db, config):
    folder = tmp_path / "mail"
    folder.mkdir()
    if os.geteuid() == 0:  # root reads anything: a link to nothing cannot be read either
        (folder / "gone.eml").symlink_to(tmp_path / "missing-target")
    else:
        path = folder / "locked.eml"
        path.write_bytes(b"From: a@example.org\n\nx")
        path.chmod(0)
    summary = import_paths(db, config, folder)
    assert summary.new == 0 and len(summary.failed) == 1
    assert "cannot be read" in summary.failed[0][1]


def test_failures_are_retried_by_reprocess(cli, db, monkeypatch):
    real_parse = ingest.parse_message

    def broken(raw: bytes):
        if b"fmt-single-0001" in raw:
            raise ValueError("an old parser bug")
        return real_parse(raw)

    monkeypatch.setattr(ingest, "parse_message", broken)
    result = cli("import", FORMATS / "single.eml", code=1)
    assert "single.eml: an old parser bug" in result.output
    failure = next(db.query("select * from failures"))
    assert (failure["reason"], failure["attempts"], failure["resolved"]) == (
        "an old parser bug",
        1,
        0,
    )
    cli("reprocess", code=0)  # still broken: recorded again, not lost
    failure = next(db.query("select * from failures"))
    assert (failure["attempts"], failure["resolved"]) == (2, 0)

    monkeypatch.setattr(ingest, "parse_message", real_parse)  # "the new version"
    result = cli("reprocess")
    assert "1 previously failed message(s) now imported, 0 still failing" in result.output
    assert next(db.query("select resolved from failures"))["resolved"] == 1
    assert message_ids(db) == ["<fmt-single-0001@brackenmoor.gov.uk>"]


def test_reprocess_counts_the_messages_it_brings_up_to_date(cli, db):
    cli("import", FORMATS / "single.eml")
    db.execute("update analyses set pipeline_version = 'an older version'")
    db.conn.commit()
    result = cli("reprocess")
    assert "Re-analysed 1 message(s)" in result.output
    assert "an older version" not in {
        r["pipeline_version"] for r in db.query("select * from analyses")
    }


def test_a_50_mb_attachment(tmp_path, db, config):
    size = 50 * 1024 * 1024
    chunk = base64.encodebytes(os.urandom(57 * 1024)).replace(b"\n", b"\r\n")
    path = tmp_path / "big.eml"
    with path.open("wb") as out:
        out.write(
            b"From: Helen Marsden <helen.marsden@brackenmoor.gov.uk>\r\n"
            b"To: priya.shah@example.net\r\nSubject: Scanned reports\r\n"
            b"Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
            b"Message-ID: <big-scan@brackenmoor.gov.uk>\r\n"
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
            b"--b1\r\nContent-Type: text/plain\r\n\r\nThe scanned reports are attached.\r\n"
            b'--b1\r\nContent-Type: application/pdf; name="reports.pdf"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
        )
        for _ in range(size // (57 * 1024)):
            out.write(chunk)
        out.write(b"--b1--\r\n")
    started = time.monotonic()
    summary = import_paths(db, config, path)
    elapsed = time.monotonic() - started
    assert summary.new == 1 and summary.failed == []
    attachment = next(db.query("select * from attachments"))
    assert (attachment["filename"], attachment["content_type"]) == (
        "reports.pdf",
        "application/pdf",
    )
    assert attachment["size"] == size // (57 * 1024) * 57 * 1024 > 49 * 1024 * 1024
    assert db.execute("select size from raw_messages").fetchone()[0] == path.stat().st_size
    assert next(db.query("select new_text from messages"))["new_text"] == (
        "The scanned reports are attached."
    )
    assert elapsed < 30


# ---------------------------------------------------------------- storage


def test_the_database_is_private_in_wal_mode_with_migrations_recorded(tmp_path, db, config):
    import_paths(db, config, FORMATS / "single.eml")
    path = config.database
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            assert stat.S_IMODE(companion.stat().st_mode) == 0o600
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in db.execute("select name from _sqlite_migrations order by id")]
    assert applied[:2] == ["m001_correspondence_log", "m002_understanding"]
    again = open_database(path)  # reopening runs nothing twice
    assert [r[0] for r in again.execute("select name from _sqlite_migrations")] == applied
    again.close()


def test_an_existing_database_with_loose_permissions_is_made_private(tmp_path):
    path = tmp_path / "loose.db"
    path.write_bytes(b"")
    path.chmod(0o644)
    open_database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_new_data_folder_is_private_too(tmp_path):
    path = tmp_path / "fresh" / "log.db"
    open_database(path).close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_file_that_is_not_a_database_is_a_plain_error(tmp_path):
    from assistant.errors import StorageError

    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        open_database(path)


def test_attachment_names_sender_subject_and_new_text_are_searchable(db, config):
    import_paths(db, config, DATA / "malformed" / "truncated-multipart.eml")
    hits = db.execute(
        "select count(*) from messages_fts where messages_fts match ?", ['"Draft EHC Plan"']
    ).fetchone()[0]
    assert hits == 1
    for query in ("marsden", "attached", "EHC"):
        assert db.execute(
            "select count(*) from messages_fts where messages_fts match ?", [query]
        ).fetchone()[0]
