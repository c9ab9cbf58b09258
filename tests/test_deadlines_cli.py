"""The clock contract on the command line: event add|edit|delete|list, exception, deadlines.

Hand-checked: a request received Mon 3 Mar 2025 gives the decision by Mon 14 Apr 2025
(3 Mar + 6 x 7 days), the no-plan notice by Mon 23 Jun and the final plan by Mon 21 Jul.
"""

from __future__ import annotations

import json

import pytest

from assistant.clock import load_rules

CONTRACT_KEYS = {"rule", "child", "trigger", "trigger_date", "due", "status", "citation"}
RULES = load_rules()


def rows(result) -> list[dict]:
    return [json.loads(line) for line in result.output.splitlines()]


def by_rule(found: list[dict], rule: str) -> dict:
    [row] = [r for r in found if r["rule"] == rule]
    return row


@pytest.mark.parametrize("event_type", sorted(RULES.events))
def test_event_add_accepts_every_vocabulary_event(cli, event_type):
    result = cli(
        "event", "add", "--child", "Arjun Shah", "--type", event_type, "--date", "2025-03-03"
    )
    assert result.output.startswith("Event 1 added")
    listed = rows(cli("event", "list", "--json"))
    assert [(r["child"], r["type"], r["date"], r["origin"]) for r in listed] == [
        ("Arjun Shah", event_type, "2025-03-03", "manual")
    ]
    cli("deadlines", "--json", "--as-of", "2025-06-01")  # every event can be evaluated


def test_a_case_with_no_mail_at_all(cli):
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_requested",
        "--date",
        "2025-03-03",
    )
    found = rows(cli("deadlines", "--json", "--child", "Arjun Shah", "--as-of", "2025-04-01"))
    assert all(set(r) >= CONTRACT_KEYS for r in found)
    decide = by_rule(found, "ASMT-DECIDE")
    assert decide == {
        **decide,
        "child": "Arjun Shah",
        "trigger": "assessment_requested",
        "trigger_date": "2025-03-03",
        "due": "2025-04-14",
        "status": "upcoming",
        "citation": "R 4(1), 5(1), 5(3); CFA s36; CoP 9.14-9.17",
        "met_by": None,
        "days_overdue": None,
        "actor": "la",
    }
    assert by_rule(found, "ASMT-NOPLAN")["due"] == "2025-06-23"
    assert by_rule(found, "ASMT-FINAL")["due"] == "2025-07-21"


def test_as_of_evaluates_the_case_on_another_day(cli):
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_requested",
        "--date",
        "2025-03-03",
    )
    status = {}
    for day in ("2025-03-20", "2025-04-10", "2025-04-14", "2025-04-20"):
        found = rows(cli("deadlines", "--json", "--as-of", day))
        status[day] = (
            by_rule(found, "ASMT-DECIDE")["status"],
            by_rule(found, "ASMT-DECIDE")["days_overdue"],
        )
    assert status == {
        "2025-03-20": ("upcoming", None),
        "2025-04-10": ("due_soon", None),
        "2025-04-14": ("due_soon", None),  # due that day: not yet missed
        "2025-04-20": ("missed", 6),
    }
    cli(
        "event",
        "add",
        "--child",
        "arjun",
        "--type",
        "assessment_decision_notified",
        "--date",
        "2025-04-16",
        "--kind",
        "assess",
    )
    decide = by_rule(rows(cli("deadlines", "--json", "--as-of", "2025-04-20")), "ASMT-DECIDE")
    assert (decide["status"], decide["days_overdue"]) == ("met", 2)
    assert decide["met_by"]["type"] == "assessment_decision_notified"
    assert decide["met_by"]["date"] == "2025-04-16"


def test_an_unconfigured_child_is_accepted_and_matched_in_any_case(cli):
    cli("event", "add", "--child", "Sam Jones", "--type", "sar_submitted", "--date", "2025-01-31")
    found = rows(cli("deadlines", "--json", "--child", "sam jones", "--as-of", "2025-02-01"))
    sar = by_rule(found, "SAR")
    assert (sar["child"], sar["due"]) == ("Sam Jones", "2025-02-28")  # 31 Jan + 1 month
    assert rows(cli("deadlines", "--json", "--child", "Arjun Shah", "--as-of", "2025-02-01")) == []


def test_an_exception_marked_by_the_parent_changes_the_status(cli):
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_requested",
        "--date",
        "2025-03-03",
    )
    before = by_rule(rows(cli("deadlines", "--json", "--as-of", "2025-08-01")), "ASMT-FINAL")
    assert before["status"] == "missed"
    result = cli(
        "exception",
        "add",
        "--child",
        "arjun",
        "--rule",
        "ASMT-FINAL",
        "--exception",
        "EXC-SCHOOL",
        "--note",
        "school closed for summer",
    )
    assert result.output == "Exception 1 recorded: EXC-SCHOOL for ASMT-FINAL.\n"
    after = by_rule(rows(cli("deadlines", "--json", "--as-of", "2025-08-01")), "ASMT-FINAL")
    assert (after["status"], after["due"], after["excepted_by"]) == (
        "excepted",
        "2025-07-21",
        "EXC-SCHOOL",
    )
    assert "school closed for summer" in after["notes"]
    assert "ASMT-FINAL EXC-SCHOOL - school closed for summer" in cli("exception", "list").output
    cli("exception", "delete", "1")
    again = by_rule(rows(cli("deadlines", "--json", "--as-of", "2025-08-01")), "ASMT-FINAL")
    assert again["status"] == "missed"


def test_an_exception_the_law_does_not_allow_is_refused(cli):
    result = cli(
        "exception",
        "add",
        "--child",
        "Arjun Shah",
        "--rule",
        "REV-DECISION",
        "--exception",
        "EXC-SCHOOL",
        code=1,
    )
    assert (
        result.output == "Error: The law allows no exceptions for REV-DECISION, not 'EXC-SCHOOL'.\n"
    )
    result = cli(
        "exception",
        "add",
        "--child",
        "A",
        "--rule",
        "ASMT-FINALS",
        "--exception",
        "EXC-SCHOOL",
        code=1,
    )
    assert "Did you mean ASMT-FINAL" in result.output


def test_event_edit_delete_and_list(cli):
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_requested",
        "--date",
        "2025-03-03",
        "--note",
        "by post",
    )
    cli("event", "edit", "1", "--date", "2025-03-04", "--note", "hand delivered")
    listed = cli("event", "list").output
    assert "2025-03-04  Arjun Shah: assessment_requested [added by you] - hand delivered" in listed
    decide = by_rule(rows(cli("deadlines", "--json", "--as-of", "2025-03-10")), "ASMT-DECIDE")
    assert decide["due"] == "2025-04-15"
    cli("event", "delete", "1")
    assert cli("event", "list").output == "No events recorded.\n"
    assert cli("deadlines").output.startswith("No deadlines")
    assert cli("event", "delete", "1", code=1).output.startswith("Error: There is no event 1")


def test_bad_event_names_and_kinds_are_one_plain_line(cli):
    result = cli(
        "event", "add", "--child", "A", "--type", "final_plan", "--date", "2025-01-01", code=1
    )
    assert result.output.startswith("Error: 'final_plan' is not an event the clock knows.")
    assert "Traceback" not in result.output
    result = cli(
        "event",
        "add",
        "--child",
        "A",
        "--type",
        "tribunal_order",
        "--date",
        "2025-01-01",
        "--kind",
        "x",
        code=1,
    )
    assert (
        result.output
        == "Error: 'x' is not a kind of tribunal_order (allowed: amend, assess, cease, plan).\n"
    )
    assert "tribunal_order  (kinds: amend, assess, cease, plan)" in cli("event", "types").output


def test_deadlines_table_csv_and_open(cli):
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_requested",
        "--date",
        "2025-03-03",
    )
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "assessment_decision_notified",
        "--date",
        "2025-04-10",
        "--kind",
        "assess",
    )
    table = cli("deadlines", "--as-of", "2025-05-01").output
    assert "2025-04-14  met on 2025-04-10" in table and "ASMT-DECIDE" in table
    open_only = cli("deadlines", "--as-of", "2025-05-01", "--open").output
    assert "ASMT-DECIDE" not in open_only and "ASMT-FINAL" in open_only
    csv_lines = cli("deadlines", "--csv", "--as-of", "2025-05-01").output.splitlines()
    assert csv_lines[0].startswith("rule,child,trigger,trigger_date,due,status,citation,title")
    assert any(
        line.startswith("ASMT-DECIDE,Arjun Shah,assessment_requested,2025-03-03,2025-04-14,met")
        for line in csv_lines
    )


def test_as_of_defaults_to_today(cli):
    import datetime as dt

    today = dt.datetime.now(dt.UTC).date()
    cli(
        "event",
        "add",
        "--child",
        "Arjun Shah",
        "--type",
        "sar_submitted",
        "--date",
        today.isoformat(),
    )
    [sar] = [r for r in rows(cli("deadlines", "--json")) if r["rule"] == "SAR"]
    assert sar["status"] in ("upcoming", "due_soon")
