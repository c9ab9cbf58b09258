"""Loading and validating timescales.toml."""

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from assistant.clock import DEFAULT_RULES_PATH, Event, compute_deadlines, load_rules
from assistant.clock.rules import (
    COUNTING_UNITS,
    SUPPORTED_ROLL_FORWARD,
    SUPPORTED_UNITS,
    parse_rules,
)
from assistant.errors import RulesError

SHARED = Path("/work/shared/domain/timescales.toml")
BASE_KEYS = [
    "id",
    "title",
    "trigger",
    "period",
    "unit",
    "counting",
    "roll_forward",
    "due_event",
    "actor",
    "strength",
    "confidence",
    "citation",
    "exceptions",
    "notes",
    "fixed_month",
    "fixed_day",
    "group",
    "combine",
]


def raw_data() -> dict:
    return tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def with_rule(**changes) -> dict:
    """The packaged data with the ASMT-FINAL rule changed (None deletes a key)."""
    data = raw_data()
    rule = next(r for r in data["rule"] if r["id"] == "ASMT-FINAL")
    for key, value in changes.items():
        if value is None:
            rule.pop(key)
        else:
            rule[key] = value
    return data


def test_packaged_rules_load():
    rules = load_rules()
    assert len(rules) == 74
    assert rules["ASMT-FINAL"].period == 20
    assert rules["FOI"].calendar == "uk"
    assert "EXC-SCHOOL" in rules["ASMT-FINAL"].exceptions
    assert load_rules() is rules  # the default file is read once


@pytest.mark.skipif(not SHARED.exists(), reason="shared reference not available")
def test_project_copy_keeps_the_shared_rules():
    shared = tomllib.loads(SHARED.read_text(encoding="utf-8"))
    ours = {r["id"]: r for r in raw_data()["rule"]}
    assert [r["id"] for r in shared["rule"]] == list(ours)
    for rule in shared["rule"]:
        for key in BASE_KEYS:
            assert ours[rule["id"]].get(key) == rule.get(key), (rule["id"], key)
    assert raw_data()["vocabulary"] == shared["vocabulary"]


def test_every_vocabulary_convention_is_implemented_and_used():
    data = raw_data()
    vocab = data["vocabulary"]
    assert set(vocab["counting"]) == set(COUNTING_UNITS)
    assert set(vocab["units"]) == set(SUPPORTED_UNITS)
    assert set(vocab["roll_forward"]) == set(SUPPORTED_ROLL_FORWARD)
    used = {key: {r[key] for r in data["rule"]} for key in ("counting", "unit", "roll_forward")}
    assert used["counting"] == set(vocab["counting"])
    assert used["unit"] == set(vocab["units"])
    assert used["roll_forward"] == set(vocab["roll_forward"])


def test_rules_are_frozen():
    rule = load_rules()["ASMT-FINAL"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.period = 30  # type: ignore[misc]


def test_scheduled_events_are_the_backward_triggers():
    scheduled = load_rules().scheduled_events
    assert {"annual_review_meeting", "phase_transfer_year", "post16_transfer_planned"} <= scheduled
    assert "assessment_requested" not in scheduled


@pytest.mark.parametrize(
    ("changes", "key", "fragment"),
    [
        ({"unit": None}, "unit", "missing"),
        ({"unit": "fortnights"}, "unit", "not in [vocabulary] units"),
        ({"trigger": "request_sent"}, "trigger", "not in [vocabulary] events"),
        ({"period": "20"}, "period", "expected int"),
        ({"period": 0}, "period", "must be positive"),
        ({"exceptions": ["EXC-MOON"]}, "exceptions", "not a defined"),
        ({"counting": "month_corresponding"}, "unit", "cannot be counted"),
        ({"colour": "red"}, "colour", "unknown key"),
        ({"calendar": "wales"}, "calendar", "must be one of"),
        ({"trigger_kinds": ["urgent"]}, "trigger_kinds", "not a [kinds] value"),
        ({"excluded_by": ["no_such_event"]}, "excluded_by", "not a vocabulary event"),
        ({"restart_after": "appeal_lodged", "repeat": None}, "restart_after", "needs repeat"),
        ({"resumed_by": None}, "suspended_by", "go together"),
        ({"pair": "following"}, "group", "need a group"),
        ({"fixed_month": 2}, "fixed_month", "only used with"),
    ],
)
def test_bad_rule_names_rule_and_key(changes, key, fragment):
    with pytest.raises(RulesError) as caught:
        parse_rules(with_rule(**changes))
    message = str(caught.value)
    assert "rule 'ASMT-FINAL'" in message
    assert f"key {key!r}" in message
    assert fragment in message


def test_fixed_date_rule_needs_a_real_date():
    data = raw_data()
    phase = next(r for r in data["rule"] if r["id"] == "PHASE-SCHOOL")
    phase["fixed_day"] = 30  # 30 February
    with pytest.raises(RulesError, match="rule 'PHASE-SCHOOL': key 'fixed_day'"):
        parse_rules(data)
    del phase["fixed_day"]
    with pytest.raises(RulesError, match="required by fixed_date_before"):
        parse_rules(data)


def test_duplicate_rule_id_is_rejected():
    data = raw_data()
    data["rule"].append(dict(data["rule"][0]))
    with pytest.raises(RulesError, match="rule 'ASMT-DECIDE': key 'id': duplicate"):
        parse_rules(data)


def test_group_needs_one_anchor():
    data = raw_data()
    for rule in data["rule"]:
        if rule["id"] == "TRIB-APPEAL-DECISION":
            rule["pair"] = "following"
    with pytest.raises(RulesError, match="key 'group'"):
        parse_rules(data)


def test_all_problems_are_collected():
    data = with_rule(unit="fortnights", actor="wizard")
    with pytest.raises(RulesError) as caught:
        parse_rules(data)
    assert len(caught.value.problems) == 2


def test_vocabulary_value_the_clock_cannot_compute_is_rejected():
    data = raw_data()
    data["vocabulary"]["counting"].append("lunar_months")
    with pytest.raises(RulesError, match="not implemented by the clock"):
        parse_rules(data)


def test_implied_events_of_one_kind_name_a_known_kind():
    data = raw_data()
    data["implied_events"]["assessment_decision_notified:maybe"] = ["decision_notified"]
    with pytest.raises(RulesError, match="assessment_decision_notified:maybe"):
        parse_rules(data)
    assert "assessment_decision_notified:refuse" in load_rules().implied_events


def test_bad_holiday_override_is_rejected():
    data = raw_data()
    data["working_day"]["overrides"] = [{"date": "2030-06-03", "region": "mars", "action": "add"}]
    with pytest.raises(RulesError, match="overrides' #1: 'region'"):
        parse_rules(data)


def test_holiday_override_is_loaded(tmp_path):
    text = DEFAULT_RULES_PATH.read_text(encoding="utf-8").replace(
        "overrides = [",
        'overrides = [{ date = 2030-06-03, region = "england_wales", action = "add", name = "X" },',
    )
    path = tmp_path / "timescales.toml"
    path.write_text(text, encoding="utf-8")
    rules = load_rules(path)
    assert rules.holiday_overrides[0].date == dt.date(2030, 6, 3)
    assert rules.source == path


def test_scottish_days_are_those_of_the_reference_for_foi():
    # timescales.md: Scotland adds 2 January, the first Monday in August and St Andrew's Day;
    # the `holidays` package's one-off 15 June 2026 is removed, so FOI from Monday 1 June
    # 2026 ends on the 20th working day, Monday 29 June
    [override] = load_rules().holiday_overrides
    assert (override.date, override.region, override.action) == (
        dt.date(2026, 6, 15),
        "scotland",
        "remove",
    )
    events = [Event("Sam", "foi_submitted", dt.date(2026, 6, 1))]
    [foi] = [d for d in compute_deadlines(events, as_of=dt.date(2026, 6, 2)) if d.rule == "FOI"]
    assert foi.due == dt.date(2026, 6, 29)


def test_unreadable_or_invalid_file(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[rule]\n", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid TOML"):
        load_rules(broken)


def test_also_met_by_must_name_events():
    with pytest.raises(RulesError, match="key 'also_met_by'"):
        parse_rules(with_rule(also_met_by=["a_phone_call"]))
