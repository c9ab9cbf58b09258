"""`assistant search`: FTS5 queries, every filter, --json, highlighted snippets, bad syntax."""

from __future__ import annotations

import json

import pytest

MAIL = {
    "a-council-panel.eml": (
        "Helen Marsden <helen.marsden@brackenmoor.gov.uk>",
        "Panel outcome",
        "Tue, 03 Mar 2026 10:00:00 +0000",
        "<panel-1@brackenmoor.gov.uk>",
        "",
        "Dear Ms Shah,\n\nThe panel agreed to issue a draft plan for Arjun.\n\nHelen",
    ),
    "b-parent-reply.eml": (
        "Priya Shah <priya.shah@example.net>",
        "Re: Panel outcome",
        "Wed, 04 Mar 2026 21:15:00 +0000",
        "<panel-2@example.net>",
        "<panel-1@brackenmoor.gov.uk>",
        "Thank you. When will the draft plan arrive?\n\n"
        "> The panel agreed to issue a draft plan for Arjun.\n> quotedonlyword",
    ),
    "c-school-trip.eml": (
        "Laura Bennett <senco@oakfieldprimary.sch.uk>",
        "Museum trip",
        "Mon, 20 Apr 2026 08:30:00 +0100",
        "<trip-1@oakfieldprimary.sch.uk>",
        "",
        "Dear Ms Shah,\n\nArjun can join the museum trip with his teaching assistant.\n\n"
        "Mrs Bennett",
    ),
    "d-council-transport.eml": (
        "Tom Ellery <tom.ellery@brackenmoor.gov.uk>",
        "Transport",
        "Fri, 01 May 2026 23:30:00 +0000",
        "<transport-1@brackenmoor.gov.uk>",
        "",
        "Dear Ms Shah,\n\nTransport to the museum is arranged from September.\n\nTom",
    ),
}


@pytest.fixture
def search(cli, tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    for name, (sender, subject, date, mid, parent, body) in MAIL.items():
        headers = f"From: {sender}\nTo: priya.shah@example.net\nSubject: {subject}\nDate: {date}\n"
        headers += f"Message-ID: {mid}\n"
        if parent:
            headers += f"In-Reply-To: {parent}\nReferences: {parent}\n"
        (folder / name).write_text(headers + "\n" + body + "\n", encoding="utf-8")
    cli("import", folder)

    def run(*args: str, code: int = 0) -> list[dict]:
        result = cli("search", *args, "--json", code=code)
        return [json.loads(line) for line in result.output.splitlines()]

    return run


def subjects(rows: list[dict]) -> list[str]:
    return [r["subject"] for r in rows]


def test_words_phrases_and_operators(search):
    assert subjects(search("museum")) == ["Transport", "Museum trip"]  # newest first
    assert subjects(search('"draft plan"')) == ["Re: Panel outcome", "Panel outcome"]
    assert subjects(search("museum NOT transport")) == ["Museum trip"]
    assert subjects(search("trip OR panel")) == [
        "Museum trip",
        "Re: Panel outcome",
        "Panel outcome",
    ]
    assert subjects(search("arrang*")) == ["Transport"]  # prefix; porter stemming too
    assert search("zebra") == []


def test_quoted_history_is_not_searched(search):
    assert search("quotedonlyword") == []


def test_sender_names_and_addresses_are_searched(search):
    assert subjects(search("bennett")) == ["Museum trip"]
    assert subjects(search("oakfieldprimary")) == ["Museum trip"]


def test_from_filter_matches_address_or_name(search):
    assert subjects(search("museum", "--from", "tom.ellery@")) == ["Transport"]
    assert subjects(search("museum", "--from", "Laura")) == ["Museum trip"]
    assert search("museum", "--from", "priya") == []


def test_party_filter(search):
    assert subjects(search("museum OR panel", "--party", "la")) == ["Transport", "Panel outcome"]
    assert subjects(search("museum OR panel", "--party", "school")) == ["Museum trip"]
    assert subjects(search("museum OR panel", "--party", "owner")) == ["Re: Panel outcome"]
    assert search("museum OR panel", "--party", "health") == []


def test_since_and_until_are_whole_days_inclusive(search):
    everything = "museum OR panel"
    assert subjects(search(everything, "--since", "2026-04-20")) == ["Transport", "Museum trip"]
    assert subjects(search(everything, "--until", "2026-03-04")) == [
        "Re: Panel outcome",
        "Panel outcome",
    ]
    window = search(everything, "--since", "2026-03-04", "--until", "2026-04-20")
    assert subjects(window) == ["Museum trip", "Re: Panel outcome"]


def test_days_are_the_parents_local_days(search):
    # "Transport" was sent at 23:30 UTC on 1 May: 00:30 on 2 May in London
    assert subjects(search("transport", "--since", "2026-05-02")) == ["Transport"]
    assert search("transport", "--until", "2026-05-01") == []


def test_the_table_shows_local_dates(search, cli):
    assert cli("search", "transport").output.startswith("2026-05-02  #")


def test_a_badly_written_date_is_refused(search, cli):
    result = cli("search", "museum", "--since", "1/5/2026", code=2)
    assert "'1/5/2026' does not match the format '%Y-%m-%d'" in result.output


def test_thread_filter(search):
    [reply] = search("thank")
    thread = search("panel OR museum", "--thread", reply["thread_id"])
    assert subjects(thread) == ["Re: Panel outcome", "Panel outcome"]


def test_json_rows_and_highlighted_snippets(search):
    [row] = search("teaching")
    assert set(row) >= {"id", "thread_id", "date_utc", "from_name", "from_address", "subject"}
    assert row["from_address"] == "senco@oakfieldprimary.sch.uk"
    assert row["sender_kind"] == "school"
    assert row["date_utc"].startswith("2026-04-20T07:30")
    assert "[teaching]" in row["snippet"]


def test_plain_table_output(search, cli):
    result = cli("search", "teaching")
    assert "Laura Bennett" in result.output and "Museum trip" in result.output
    assert "[teaching]" in result.output
    assert cli("search", "zebra").output.strip() == "No messages match."


@pytest.mark.parametrize("query", ['"draft plan', "panel AND", "(museum", "NOT"])
def test_invalid_query_syntax_is_one_plain_error(search, cli, query):
    result = cli("search", query, code=1)
    assert result.output.startswith("Error: The search")
    assert "is not valid" in result.output
    assert "Traceback" not in result.output
