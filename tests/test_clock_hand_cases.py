"""The clock against 185 cases computed by hand from timescales.md by someone who had not
read its code (``tests/data/clock_hand_cases.toml``; each case says how it was counted)."""

from __future__ import annotations

import tomllib
from collections import defaultdict

import pytest
from conftest import DATA

from assistant.clock import (
    DEFAULT_RULES_PATH,
    Deadline,
    Event,
    ExceptionClaim,
    compute_deadlines,
    load_rules,
)

CASES = tomllib.loads((DATA / "clock_hand_cases.toml").read_text(encoding="utf-8"))["case"]
RULES = load_rules()
CHILD = "Sam"


def _groups() -> dict[str, set[str]]:
    """Rule ids by "later of" group: an expectation may name the group's deadline."""
    found: dict[str, set[str]] = defaultdict(set)
    for rule in tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))["rule"]:
        if rule.get("group"):
            found[rule["group"]].add(rule["id"])
    return found


GROUPS = _groups()


def _deadlines(case: dict) -> list[Deadline]:
    events = [
        Event(CHILD, e["type"], e["date"], id=i, kind=e.get("kind"))
        for i, e in enumerate(case["events"])
    ]
    claims = [ExceptionClaim(CHILD, c["rule"], c["exception"]) for c in case.get("claims", [])]
    return compute_deadlines(events, as_of=case["as_of"], rules=RULES, exceptions=claims)


def _matches(deadline: Deadline, expected: dict) -> bool:
    return (
        deadline.due == expected["due"]
        and expected.get("status", deadline.status) == deadline.status
        and expected.get("days_overdue", deadline.days_overdue) == deadline.days_overdue
        and expected.get("approximate", deadline.approximate) == deadline.approximate
    )


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_hand_computed_case(case: dict):
    found = _deadlines(case)
    for expected in case.get("expect", []):
        names = GROUPS[expected["group"]] if expected.get("group") else {expected["rule"]}
        candidates = [d for d in found if d.rule in names]
        if expected.get("about"):
            candidates = [d for d in candidates if d.about == expected["about"]]
        if "count" in expected:
            assert len(candidates) == expected["count"], (case["why"], candidates)
        assert any(_matches(d, expected) for d in candidates), (case["why"], candidates)
    for rule in case.get("absent", []):
        assert not [d for d in found if d.rule == rule], (case["why"], rule)
    for about in case.get("absent_about", []):
        assert not [d for d in found if d.about == about], (case["why"], about)
    for rule, status in case.get("absent_status", []):
        assert not [d for d in found if d.rule == rule and d.status == status], case["why"]
