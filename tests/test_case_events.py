"""Case events found in mail: dates, children, idempotence, the parent's corrections.

The whole case in tests/data/case is invented (Eastmere Borough Council, Toby Okafor):
request emailed Fri 6 Feb 2026 18:30 (received Mon 9 Feb), decision to assess Fri 20 Mar,
draft plan Fri 5 Jun, comments emailed Mon 15 Jun 20:05 BST (received Tue 16 Jun),
final plan Fri 10 Jul (20 weeks from 9 Feb = Mon 29 Jun: 11 days late).
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from conftest import CASE_CONFIG, DATA

from assistant import ingest
from assistant.case_events import (
    CaseEditError,
    add_event,
    case_deadlines,
    children_of_messages,
    edit_event,
    load_mail_rules,
    receipt_date,
    resolve_child,
)
from assistant.clock import load_rules
from assistant.config import load_config
from assistant.db import cases, open_database
from assistant.sources import RawItem, iter_paths

D = dt.date
LONDON = ZoneInfo("Europe/London")
CASE = DATA / "case"


@pytest.fixture
def case(write_config):
    config = load_config(write_config(CASE_CONFIG, name="case.toml"))
    db = open_database(config.database)
    yield config, db
    db.close()


def imported(case):
    config, db = case
    ingest.import_items(db, config, iter_paths([CASE]))
    return config, db


def summary(db) -> list[tuple]:
    return [
        (e["child"], e["type"], e["kind"], e["date"], e["message"]) for e in cases.list_events(db)
    ]


def eml(n: int, sender: str, to: str, subject: str, date: str, body: str, reply: int = 0) -> bytes:
    headers = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: <t{n}@test.example>",
    ]
    if reply:
        headers += [f"In-Reply-To: <t{reply}@test.example>", f"References: <t{reply}@test.example>"]
    headers += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"']
    return ("\n".join(headers) + "\n\n" + body + "\n").encode()


PARENT = "Grace Okafor <grace.okafor@example.org>"
OFFICER = "Daniel Price <daniel.price@eastmere.gov.uk>"


# ---------------------------------------------------------------- receipt of what the parent sends


@pytest.mark.parametrize(
    ("sent", "received", "why"),
    [
        (dt.datetime(2026, 2, 6, 11, 0), D(2026, 2, 6), "weekday morning: that day"),
        (dt.datetime(2026, 2, 6, 17, 0), D(2026, 2, 6), "5 pm exactly is not after 5 pm"),
        (dt.datetime(2026, 2, 6, 17, 1), D(2026, 2, 9), "Friday after 5 pm: Monday"),
        (dt.datetime(2026, 2, 7, 10, 0), D(2026, 2, 9), "Saturday: Monday"),
        (dt.datetime(2026, 12, 24, 18, 0), D(2026, 12, 29), "Christmas Eve evening: 25, 28 off"),
        (dt.datetime(2026, 4, 2, 19, 0), D(2026, 4, 7), "Thursday before Easter: Good Fri, Mon"),
    ],
)
def test_receipt_date(sent, received, why):
    assert receipt_date(sent.replace(tzinfo=LONDON)) == received, why


def test_receipt_is_decided_on_london_time_in_summer(case):
    config, db = case
    request = eml(
        1,
        PARENT,
        "senteam@eastmere.gov.uk",
        "Request for an EHC needs assessment - Lily Okafor",
        "Wed, 01 Jul 2026 16:30:00 +0000",  # 17:30 BST: after 5 pm in London
        "I am writing to request an Education, Health and Care needs assessment for my "
        "daughter Lily Okafor under section 36 of the Children and Families Act 2014.",
    )
    ingest.import_items(db, config, [RawItem("t1.eml", request)])
    [event] = cases.list_events(db)
    assert (event["child"], event["type"], event["date"]) == (
        "Lily Okafor",
        "assessment_requested",
        "2026-07-02",
    )
    assert event["note"] == "emailed Wed 1 Jul 2026 at 17:30 (after 5 pm): received Thu 2 Jul 2026"


# ---------------------------------------------------------------- which child


def _row(id_: int, thread: str, subject: str, text: str = "", refs=()) -> dict:
    return {
        "id": id_,
        "thread_id": thread,
        "subject": subject,
        "new_text": text,
        "refs": json.dumps(list(refs)),
    }


def test_which_child_by_reference_then_name(case):
    config, _ = case
    rows = [
        _row(1, "a", "Re: SEN-60877"),
        _row(2, "b", "", "Our ref SEN 55012"),  # spaces ignored
        _row(3, "c", "", "", ["SEN-60877"]),
        _row(4, "d", "Lily's review", "about Toby Okafor"),  # the full name wins
        _row(5, "e", "Lily's review"),
        _row(6, "f", "Transport", "no name here"),  # no clue, alone: the first child
        _row(7, "g", "Tobyfied"),  # not a word match
    ]
    assert children_of_messages(config, rows) == {
        1: "Lily Okafor",
        2: "Toby Okafor",
        3: "Lily Okafor",
        4: "Toby Okafor",
        5: "Lily Okafor",
        6: "Toby Okafor",
        7: "Toby Okafor",
    }


def test_a_message_without_a_clue_belongs_to_its_conversations_child(case):
    config, _ = case
    rows = [
        _row(1, "t", "Request for an assessment for Lily", "Lily is struggling."),
        _row(2, "t", "Automatic reply", "Thank you, your email has been received."),
        _row(3, "u", "Thanks", "Received, thank you."),
    ]
    children = children_of_messages(config, rows)
    assert children[2] == "Lily Okafor"  # the second child, from the conversation
    assert children[3] == "Toby Okafor"  # nothing to go on: the first child


def test_resolve_child_accepts_any_case_and_unconfigured_names(case):
    config, _ = case
    assert resolve_child(config, "toby okafor") == "Toby Okafor"
    assert resolve_child(config, "LILY") == "Lily Okafor"
    assert resolve_child(config, "Sam  Jones") == "Sam Jones"


def test_a_child_is_known_by_the_name_in_brackets_too(write_config):
    children = [{"name": "Edward (Teddy) Holloway-Reyes"}, {"name": "Lily Okafor"}]
    config = load_config(write_config({**CASE_CONFIG, "children": children}, name="teddy.toml"))
    assert resolve_child(config, "teddy") == "Edward (Teddy) Holloway-Reyes"
    rows = [_row(1, "t", "Teddy's visit", "Please bring Teddy on Tuesday.")]
    rows.append(_row(2, "u", "Lily", "Lily's review is on Friday."))
    assert children_of_messages(config, rows) == {
        1: "Edward (Teddy) Holloway-Reyes",
        2: "Lily Okafor",
    }


# ---------------------------------------------------------------- the rules file


def test_mail_rules_use_only_vocabulary_events():
    rules = load_mail_rules()
    vocabulary = load_rules().events
    assert rules.messages and rules.fulfils
    for rule in rules.messages:
        assert {e.type for e in rule.events} <= vocabulary
    for rule in rules.fulfils:
        assert set(rule.events) <= vocabulary


def test_fulfilment_matches_the_action_then_the_sentence():
    rules = load_mail_rules()
    assert rules.fulfilling_events("send you the draft plan") == (
        "draft_plan_issued",
        "amendment_notice_issued",
    )
    assert rules.fulfilling_events("issue the final plan") == (
        "final_plan_issued",
        "amended_plan_issued",
    )
    assert "amended_plan_issued" in rules.fulfilling_events("send the final amended plan")
    assert "assessment_decision_notified" in rules.fulfilling_events(
        "let you know", "We will let you know the panel's decision by Friday."
    )
    assert rules.fulfilling_events("call you") == ()


# ---------------------------------------------------------------- a whole case from mail


def test_a_case_from_mail(case):
    _, db = imported(case)
    assert summary(db) == [
        ("Toby Okafor", "assessment_requested", None, "2026-02-09", 1),
        ("Toby Okafor", "assessment_decision_notified", "assess", "2026-03-20", 3),
        ("Toby Okafor", "draft_plan_issued", None, "2026-06-05", 4),
        ("Toby Okafor", "representations_made", None, "2026-06-16", 5),
        ("Toby Okafor", "final_plan_issued", None, "2026-07-10", 6),
    ]
    assert all(e["origin"] == "mail" for e in cases.list_events(db))


def test_the_stage_is_idempotent(case):
    config, db = imported(case)
    before = summary(db)
    ingest.import_items(db, config, iter_paths([CASE]))  # the same files again
    ingest.finish(db, config)
    ingest.reanalyse(db, config)
    assert summary(db) == before


def test_a_deleted_mail_event_is_not_revived_by_reprocess(case):
    config, db = imported(case)
    draft = next(e for e in cases.list_events(db) if e["type"] == "draft_plan_issued")
    cases.delete_event(db, draft["id"])
    db.execute("update analyses set pipeline_version = 'older'")
    ingest.reanalyse(db, config)
    assert "draft_plan_issued" not in {e["type"] for e in cases.list_events(db)}


def test_an_edited_mail_event_survives_reprocess(case):
    config, db = imported(case)
    final = next(e for e in cases.list_events(db) if e["type"] == "final_plan_issued")
    edit_event(db, config, final["id"], date=D(2026, 7, 9), child="lily")
    db.execute("update analyses set pipeline_version = 'older'")
    ingest.reanalyse(db, config)
    [again] = [e for e in cases.list_events(db) if e["type"] == "final_plan_issued"]
    assert (again["id"], again["child"], again["date"]) == (
        final["id"],
        "Lily Okafor",
        "2026-07-09",
    )


def test_an_event_the_analysis_no_longer_supports_is_removed(case):
    config, db = imported(case)
    db.execute("update analyses set category = 'general' where message = 4")
    ingest.update_case(db, config)
    assert "draft_plan_issued" not in {e["type"] for e in cases.list_events(db)}
    db.execute("update analyses set category = 'draft_plan' where message = 4")
    ingest.update_case(db, config)
    assert "draft_plan_issued" in {e["type"] for e in cases.list_events(db)}


def test_no_events_without_a_configured_child(write_config):
    config = load_config(write_config({**CASE_CONFIG, "children": []}, name="nochild.toml"))
    db = open_database(config.database)
    ingest.import_items(db, config, iter_paths([CASE]))
    assert cases.list_events(db) == []


def test_a_refusal_is_also_an_appealable_decision(case):
    config, db = case
    refusal = eml(
        1,
        OFFICER,
        PARENT,
        "Outcome of your request for an EHC needs assessment - Toby Okafor - SEN-55012",
        "Thu, 12 Mar 2026 10:00:00 +0000",
        "Dear Mrs Okafor,\n\nThe panel considered your request on 10 March 2026 and decided "
        "not to carry out an EHC needs assessment for Toby at this time. The panel felt that "
        "Toby's needs can be met through SEN support from resources normally available to "
        "his school.\n\nYou have the right to appeal this decision to the SEND Tribunal. "
        "Before you appeal you must contact a mediation adviser. SENDIASS can help.",
    )
    ingest.import_items(db, config, [RawItem("t1.eml", refusal)])
    assert [(e["type"], e["kind"], e["date"]) for e in cases.list_events(db)] == [
        ("assessment_decision_notified", "refuse", "2026-03-12"),
    ]
    # the clock reads the refusal as an appealable decision: mediation and appeal deadlines
    found = {d.rule: d.due for d in case_deadlines(db, config, dt.date(2026, 3, 13))}
    assert found["MED-CONTACT"] == dt.date(2026, 5, 12)
    assert found["TRIB-APPEAL-DECISION"] == dt.date(2026, 5, 12)


def test_a_reply_in_a_complaint_thread_is_not_a_new_complaint(case):
    config, db = case
    complaint = eml(
        1,
        PARENT,
        "complaints@eastmere.gov.uk",
        "Formal complaint - delay in Toby Okafor's EHC needs assessment",
        "Mon, 02 Nov 2026 09:00:00 +0000",
        "Dear Complaints Team,\n\nI wish to make a formal complaint under stage 1 of the "
        "council's complaints procedure about the delay in Toby's EHC needs assessment. The "
        "final plan was due on 29 June 2026 and was not issued until 10 July 2026.",
    )
    follow_up = eml(
        2,
        PARENT,
        "complaints@eastmere.gov.uk",
        "RE: Formal complaint - delay in Toby Okafor's EHC needs assessment",
        "Tue, 03 Nov 2026 09:00:00 +0000",
        "Dear Complaints Team,\n\nFurther to my formal complaint yesterday, I attach the "
        "letters that show the dates. Please add them to my complaint.",
        reply=1,
    )
    ingest.import_items(db, config, [RawItem("t1.eml", complaint), RawItem("t2.eml", follow_up)])
    submitted = [e for e in cases.list_events(db) if e["type"] == "complaint_submitted"]
    assert [(e["message"], e["date"]) for e in submitted] == [(1, "2026-11-02")]


# ---------------------------------------------------------------- the parent's own events


def test_add_event_checks_the_vocabulary_and_kinds(case):
    config, db = case
    with pytest.raises(CaseEditError, match="Did you mean assessment_requested"):
        add_event(db, config, "Toby", "assesment_requested", D(2026, 1, 5))
    with pytest.raises(CaseEditError, match="allowed: assess, refuse"):
        add_event(db, config, "Toby", "assessment_decision_notified", D(2026, 1, 5), kind="no")
    pk = add_event(db, config, "toby", "tribunal_order", D(2026, 1, 5), "by post", kind="plan")
    assert cases.get_event(db, pk)["child"] == "Toby Okafor"


def test_edit_event_changes_only_what_is_given(case):
    config, db = case
    pk = add_event(db, config, "Toby", "assessment_decision_notified", D(2026, 1, 5), kind="refuse")
    edit_event(db, config, pk, note="letter dated 2 January")
    row = cases.get_event(db, pk)
    assert (row["type"], row["kind"], row["date"], row["note"]) == (
        "assessment_decision_notified",
        "refuse",
        "2026-01-05",
        "letter dated 2 January",
    )
    edit_event(db, config, pk, type="final_plan_issued")
    assert cases.get_event(db, pk)["kind"] is None  # a kind belongs to its old type
    with pytest.raises(CaseEditError, match="no event 99"):
        edit_event(db, config, 99, note="x")


def test_later_stages_of_a_case_from_mail(write_config):
    parties = [
        *CASE_CONFIG["parties"],
        {"kind": "school", "name": "Hillside Primary School", "domains": ["hillside.sch.uk"]},
        {"kind": "other", "name": "Calm Mediation", "domains": ["calmmediation.example.org"]},
    ]
    config = load_config(write_config({**CASE_CONFIG, "parties": parties}, name="later.toml"))
    db = open_database(config.database)
    ingest.import_items(db, config, iter_paths([DATA / "case_later"]))
    assert [(e["type"], e["kind"], e["date"], e["message"]) for e in cases.list_events(db)] == [
        ("review_invitations_sent", None, "2026-10-05", 1),
        ("annual_review_meeting", None, "2026-11-03", 1),  # the meeting date, not the email's
        ("review_decision_notified", "maintain", "2026-11-23", 2),  # appealable: the clock knows
        ("sar_submitted", None, "2026-12-02", 3),
        ("mediation_certificate_issued", None, "2026-12-10", 4),
        ("appeal_registered", None, "2027-01-11", 5),
    ]


def test_a_better_reading_of_the_same_message_updates_its_event(case):
    config, db = imported(case)
    db.execute("update analyses set category = 'refusal_to_assess' where message = 3")
    ingest.update_case(db, config)
    decisions = [e for e in cases.list_events(db) if e["message"] == 3]
    assert [(e["type"], e["kind"]) for e in decisions] == [
        ("assessment_decision_notified", "refuse"),
    ]
    assert decisions[0]["edited"] == 0
