"""The command line: config check, extract, thread show/split/join, demo, help and docs."""

from __future__ import annotations

import json
import re
import shutil

import click
import pytest
from click.testing import CliRunner
from conftest import DATA, REPO

from assistant.cli import main

THREADS = DATA / "threads"
THREAD_MAIL = sorted(THREADS.glob("*.eml"))  # the folder also holds expected.json
CONTRACT = ["file", "message_id", "thread", "from_la", "category", "references", "dates"]
CONTRACT.append("commitments")

# ---------------------------------------------------------------- config check


def test_config_check_accepts_a_good_config(cli, config_path):
    result = cli("config", "check")
    assert f"The configuration in {config_path} is valid: 1 child(ren), 4 parties" in result.output


def test_config_check_explains_every_problem_with_its_key(cli, write_config):
    bad = write_config(
        {
            "timezone": "London",
            "colour": "purple",
            "owner": {"name": "Priya Shah", "addresses": "priya.shah@example.net"},
            "parties": [
                {"kind": "la", "name": "Council", "domains": ["brackenmoor.gov.uk"]},
                {"kind": "health", "name": "Clinic", "domains": ["brackenmoor.gov.uk"]},
            ],
        },
        name="bad.toml",
    )
    result = cli("config", "check", config=bad, code=1)
    out = result.output
    assert "has 4 problem(s)" in out
    assert "  - colour: unknown setting" in out
    assert "  - timezone: 'London' is not a known time zone (in England: 'Europe/London')" in out
    assert "  - owner.addresses: expected a list in square brackets" in out
    assert "  - parties[1]: 'brackenmoor.gov.uk' is also listed under parties[0]" in out
    assert "Traceback" not in out


def test_config_check_warns_about_a_plain_password(cli, write_config):
    account = {"name": "home", "host": "imap.example.net", "username": "p", "password": "pw123"}
    path = write_config({"accounts": [account]}, name="pw.toml")
    result = cli("config", "check", config=path)
    assert result.output.startswith("Warning: accounts[0].password: the password is written")
    assert "pw123" not in result.output
    assert "1 mail account(s)" in result.output


def test_config_is_found_through_the_environment(config_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config_path))
    result = CliRunner().invoke(main, ["config", "check"], obj={})
    assert result.exit_code == 0 and "is valid" in result.output


def test_a_missing_config_is_one_plain_line(cli, tmp_path):
    result = cli("import", DATA / "formats", config=tmp_path / "none.toml", code=1)
    assert result.output.startswith("Error: No configuration file at")
    assert "Traceback" not in result.output


# ---------------------------------------------------------------- extract


def test_extract_prints_the_contract_and_writes_nothing(cli, config):
    result = cli("extract", "--json", *THREAD_MAIL)
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 19  # 20 files, one byte-identical copy
    assert all(list(row) == CONTRACT for row in rows)
    by_file = {row["file"]: row for row in rows}
    assert (
        by_file["10-ehcp-second-conversation.eml"]["thread"]
        == (by_file["11-ehcp-second-reply-no-headers.eml"]["thread"])
    )
    assert (
        by_file["09-ehcp-first-conversation.eml"]["thread"]
        != (by_file["10-ehcp-second-conversation.eml"]["thread"])
    )
    assert all(isinstance(row["from_la"], bool) for row in rows)
    assert not config.database.exists(), "extract must not create or touch the user's database"


def test_extract_reports_what_it_cannot_read_on_stderr(cli, tmp_path):
    shutil.copy(DATA / "formats" / "single.eml", tmp_path / "good.eml")
    (tmp_path / "notes.txt").write_text("shopping: milk, bread\n", encoding="utf-8")
    result = cli("extract", "--json", tmp_path / "good.eml", tmp_path / "notes.txt")
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["file"] == "good.eml"
    assert "could not read" in result.stderr and "notes.txt" in result.stderr


def test_extract_agrees_with_import(cli, db):
    extracted = [json.loads(x) for x in cli("extract", "--json", *THREAD_MAIL).output.splitlines()]
    cli("import", *THREAD_MAIL)
    stored = dict(db.execute("select message_id, thread_id from messages").fetchall())
    for row in extracted:
        if row["message_id"]:
            assert stored[row["message_id"]] == row["thread"]


# ---------------------------------------------------------------- thread show / split / join


@pytest.fixture
def imported(cli, db):
    cli("import", *THREAD_MAIL)
    return db


def message(db, file_name: str) -> dict:
    return next(
        db.query(
            "select messages.* from messages join message_sources "
            "on message_sources.message = messages.id where source like ?",
            [f"%/{file_name}"],
        )
    )


def test_thread_prints_new_text_in_date_order_with_quotes_folded(cli, imported):
    reply = message(imported, "11-ehcp-second-reply-no-headers.eml")
    assert reply["quoted_text"], "the fixture reply quotes its parent"
    result = cli("thread", reply["thread_id"])
    out = result.output
    assert out.startswith(f"Conversation {reply['thread_id']}: 2 message(s)")
    assert "Wednesday afternoon is fine, any time after 1pm." in out
    assert "> would like to offer you a call" not in out
    assert "[… 2 quoted line(s) folded]" in out
    dates = re.findall(r"^#\d+  (\S+)", out, re.MULTILINE)
    assert dates == sorted(dates) and len(dates) == 2
    assert out.index("Dear Ms Shah") < out.index("Dear Ms Ross")
    unfolded = cli("thread", "show", reply["thread_id"], "--quoted").output
    assert "> would like to offer you a call" in unfolded
    assert cli("thread", "--quoted", reply["thread_id"]).output == unfolded


def test_thread_accepts_a_message_number_or_message_id(cli, imported):
    reply = message(imported, "02-chain-reply.eml")
    by_number = cli("thread", str(reply["id"])).output
    by_id = cli("thread", reply["message_id"].strip("<>")).output
    assert by_number == by_id == cli("thread", reply["thread_id"]).output


def test_thread_of_nothing_is_a_plain_error(cli, imported):
    result = cli("thread", "t-does-not-exist", code=1)
    assert "There is no conversation or message 't-does-not-exist'" in result.output


def test_thread_split_and_join(cli, imported):
    root = message(imported, "01-chain-root.eml")
    reply = message(imported, "02-chain-reply.eml")
    later = message(imported, "03-chain-reply-edited-subject.eml")
    result = cli("thread", "split", str(later["id"]))
    new_thread = message(imported, "03-chain-reply-edited-subject.eml")["thread_id"]
    assert f"is now in conversation {new_thread}" in result.output
    assert new_thread != root["thread_id"]
    assert message(imported, "02-chain-reply.eml")["thread_id"] == root["thread_id"]

    # the split survives a re-import and a reprocess (edits are replayed)
    cli("import", *THREAD_MAIL)
    cli("reprocess")
    assert message(imported, "03-chain-reply-edited-subject.eml")["thread_id"] == new_thread

    other = message(imported, "09-ehcp-first-conversation.eml")
    result = cli("thread", "join", reply["message_id"], str(other["id"]))
    joined = message(imported, "09-ehcp-first-conversation.eml")["thread_id"]
    assert joined == message(imported, "01-chain-root.eml")["thread_id"]
    assert f"Both messages are now in conversation {joined}" in result.output


def test_thread_split_of_an_unknown_message(cli, imported):
    result = cli("thread", "split", "<nobody@nowhere>", code=1)
    assert "No message '<nobody@nowhere>' in the log" in result.output


# ---------------------------------------------------------------- demo


def test_demo_runs_and_summarises(cli, tmp_path):
    keep = tmp_path / "demo"
    result = cli("demo", "--keep", keep)
    out = result.output
    assert re.search(r"^\d+ new message\(s\), 0 already in the log, 0 could not", out, re.M)
    match = re.search(r"The log holds (\d+) messages in (\d+) conversations", out)
    assert match and int(match.group(1)) > int(match.group(2)) > 1
    assert "Promises found in the mail:" in out
    assert (keep / "demo.db").exists()


# ---------------------------------------------------------------- help and documentation


def all_commands(group: click.Group = main, prefix: str = "") -> dict[str, click.Command]:
    found = {}
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        found[path] = command
        if isinstance(command, click.Group):
            found.update(all_commands(command, path + " "))
    return found


COMMANDS = all_commands()
README = (REPO / "README.md").read_text(encoding="utf-8")
# `assistant thread ID` is how `thread show` is run (the group defaults to it)
README_ALIASES = {"thread show": "assistant thread ID"}


def test_the_expected_commands_exist():
    assert set(COMMANDS) >= {
        "config",
        "config check",
        "import",
        "search",
        "thread",
        "thread show",
        "thread split",
        "thread join",
        "extract",
        "eval",
        "reprocess",
        "demo",
    }


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_has_help_text(path):
    command = COMMANDS[path]
    assert (command.help or "").strip(), f"assistant {path} has no help text"
    result = CliRunner().invoke(main, [*path.split(), "--help"], obj={})
    assert result.exit_code == 0
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"assistant {path} {param.opts[0]} has no help text"


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_is_in_the_readme(path):
    wanted = README_ALIASES.get(path, f"assistant {path}")
    assert wanted in README, f"README.md does not mention `{wanted}`"
