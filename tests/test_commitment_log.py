"""The commitment log: statuses, automatic fulfilment by later events, the parent's verdicts.

Uses the invented case in tests/data/case (see test_case_events.py): the council promises
on 10 Feb 2026 to write with the panel's decision by 23 Mar (kept on 20 Mar), and on
5 Jun to send the final plan once it has the comments (kept on 10 Jul).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.case_events import CaseEditError
from assistant.commitment_log import Filters, commitment_log, keyed, mark, normalise

D = dt.date


def statuses(config, db, as_of, filters=None) -> dict[str, str]:
    return {c.action: c.status for c in commitment_log(db, config, as_of, filters)}


DECISION = "write to you with the panel's decision"
FINAL = "send you the final plan"


def test_keys_survive_wording_changes_in_the_action():
    assert normalise("  I'll send it — by FRIDAY!") == "i ll send it by friday"
    found = keyed(
        [
            {"action": "send the plan", "text": "I will send the plan and call you."},
            {"action": "call you", "text": "I will send the plan and call you."},
            {"action": "visit", "text": "The EP will visit."},
        ]
    )
    assert [f["key"] for f in found] == [
        "i will send the plan and call you | send the plan",
        "i will send the plan and call you | call you",
        "the ep will visit",
    ]


def test_commitments_with_who_where_and_status(imported_case):
    config, db = imported_case
    log = {c.action: c for c in commitment_log(db, config, D(2026, 3, 1))}
    decision = log[DECISION]
    assert (decision.actor, decision.due, decision.status, decision.message) == (
        "la",
        D(2026, 3, 23),
        "open",
        2,
    )
    assert decision.quote == "We will write to you with the panel's decision by 23 March 2026."
    assert decision.child == "Toby Okafor"
    assert decision.sender == "Daniel Price"


def test_a_later_event_fulfils_a_commitment(imported_case):
    config, db = imported_case
    assert statuses(config, db, D(2026, 3, 19))[DECISION] == "open"
    assert statuses(config, db, D(2026, 3, 20))[DECISION] == "done"  # decision letter that day
    log = {c.action: c for c in commitment_log(db, config, D(2026, 7, 31))}
    assert log[FINAL].status == "done"
    assert log[FINAL].fulfilled_by["type"] == "final_plan_issued"
    assert log[FINAL].fulfilled_by["date"] == "2026-07-10"


def test_overdue_when_open_after_its_due_date(imported_case, case_config, cli):
    config, db = imported_case
    events = json.loads(cli("event", "list", "--json", config=case_config).output.splitlines()[1])
    assert events["type"] == "assessment_decision_notified"
    cli("event", "delete", str(events["id"]), config=case_config)
    assert statuses(config, db, D(2026, 3, 23))[DECISION] == "open"  # due that day
    assert statuses(config, db, D(2026, 3, 24))[DECISION] == "overdue"


def test_an_event_added_by_hand_fulfils_too(imported_case, case_config, cli):
    config, db = imported_case
    cli("event", "delete", "2", config=case_config)  # the decision found in the mail
    cli(
        "event", "add", "--child", "toby", "--type", "assessment_decision_notified",
        "--date", "2026-03-25", "--kind", "assess", "--note", "letter by post",
        config=case_config,
    )  # fmt: skip
    log = {c.action: c for c in commitment_log(db, config, D(2026, 4, 1))}
    assert log[DECISION].status == "done"
    assert log[DECISION].fulfilled_by["date"] == "2026-03-25"


def test_an_earlier_event_does_not_fulfil(imported_case, case_config, cli):
    config, db = imported_case
    cli("event", "delete", "5", config=case_config)  # the final plan of 10 Jul
    cli(
        "event", "add", "--child", "Toby Okafor", "--type", "final_plan_issued",
        "--date", "2026-06-01", config=case_config,
    )  # fmt: skip
    assert statuses(config, db, D(2026, 7, 31))[FINAL] == "open"


def test_the_parent_closes_withdraws_and_reopens(imported_case):
    config, db = imported_case
    ids = {c.action: c.id for c in commitment_log(db, config, D(2026, 7, 31))}
    mark(db, ids[FINAL], "reopen")  # the plan that came was not the one promised
    assert statuses(config, db, D(2026, 7, 31))[FINAL] == "open"
    mark(db, ids[FINAL], "withdraw")
    assert statuses(config, db, D(2026, 7, 31))[FINAL] == "withdrawn"
    mark(db, ids[FINAL], "done")
    assert statuses(config, db, D(2026, 7, 31))[FINAL] == "done"
    with pytest.raises(CaseEditError, match="no commitment 999"):
        mark(db, 999, "done")


def test_a_rejected_commitment_stays_rejected_after_reprocess(imported_case, case_config, cli):
    config, db = imported_case
    ids = {c.action: c.id for c in commitment_log(db, config, D(2026, 7, 31))}
    wrong = ids["request advice from the educational psychology service"]
    cli("commitment", "reject", str(wrong), config=case_config)
    cli("commitment", "confirm", str(ids[DECISION]), config=case_config)
    db.execute("update analyses set pipeline_version = 'older'")  # force a full re-analysis
    cli("reprocess", config=case_config)
    after = {c.id: c for c in commitment_log(db, config, D(2026, 7, 31))}
    assert wrong not in after
    assert after[ids[DECISION]].review == "confirmed"
    assert set(after) == set(ids.values()) - {wrong}  # same ids after re-analysis


def test_filters(imported_case):
    config, db = imported_case
    day = D(2026, 7, 31)
    everything = commitment_log(db, config, day)
    assert len(everything) == 4
    assert {c.action for c in commitment_log(db, config, day, Filters(open=True))} == {
        "carry out an EHC needs assessment for Toby",
        "request advice from the educational psychology service",
    }
    assert commitment_log(db, config, day, Filters(overdue=True)) == []
    assert commitment_log(db, config, day, Filters(party="school")) == []
    assert len(commitment_log(db, config, day, Filters(party="la"))) == 4
    assert [c.action for c in commitment_log(db, config, day, Filters(since=D(2026, 6, 1)))] == [
        FINAL
    ]
    assert [c.action for c in commitment_log(db, config, day, Filters(search="PANEL'S"))] == [
        DECISION
    ]
    assert commitment_log(db, config, day, Filters(child="lily")) == []


def test_commitments_command(imported_case, case_config, cli):
    out = cli("commitments", "--as-of", "2026-03-01", config=case_config).output
    assert "open      due 2026-03-23  [la] write to you with the panel's decision" in out
    assert "message #2 of 2026-02-10 from Daniel Price" in out
    rows = [
        json.loads(line)
        for line in cli(
            "commitments", "--json", "--overdue", "--as-of", "2026-03-24", "--party", "la",
            config=case_config,
        ).output.splitlines()
    ]  # fmt: skip
    assert rows == []
    rows = [
        json.loads(line)
        for line in cli(
            "commitments", "--json", "--as-of", "2026-07-31", config=case_config
        ).output.splitlines()
    ]
    assert set(rows[0]) >= {"id", "actor", "message", "quote", "due", "status", "fulfilled_by"}
    csv_out = cli("commitments", "--csv", "--search", "final", config=case_config).output
    assert csv_out.splitlines()[0].startswith("id,child,actor,action,quote,due,status")
    assert len(csv_out.splitlines()) == 2
    assert cli("commitment", "done", "99", config=case_config, code=1).output.startswith(
        "Error: There is no commitment 99"
    )


def test_moving_a_message_to_another_child_moves_its_commitments(imported_case, case_config, cli):
    config, db = imported_case
    cli("event", "edit", "3", "--child", "Lily Okafor", config=case_config)  # the draft plan
    lily = commitment_log(db, config, D(2026, 7, 31), Filters(child="Lily Okafor"))
    assert [c.action for c in lily] == [FINAL]
    assert lily[0].status == "open"  # Toby's final plan does not keep a promise made for Lily
