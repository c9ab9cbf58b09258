"""Deadlines, pinned against dates computed by hand from timescales.md section 1.

Weekdays used below: Mon 3 Mar 2025, Tue 22 Apr 2025, Mon 2 Jun 2025, Mon 21 Jul 2025,
Tue 4 Nov 2025, Wed 1 Oct 2025, Mon 3 Nov 2025, Wed 24 Dec 2025, Sat 14 Feb 2026.
England & Wales bank holidays 2025: 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25-26 Dec.
"""

import datetime as dt

import pytest

from assistant.clock import (
    Deadline,
    Event,
    ExceptionClaim,
    compute_deadlines,
    due_date,
    load_rules,
)

D = dt.date
RULES = load_rules()
CHILD = "Sam"


def ev(type_: str, day: dt.date, **extra) -> Event:
    return Event(CHILD, type_, day, **extra)


def run(events, as_of, **kwargs) -> list[Deadline]:
    return compute_deadlines(events, as_of, RULES, **kwargs)


def only(deadlines: list[Deadline], rule: str) -> Deadline:
    found = [d for d in deadlines if d.rule == rule]
    assert len(found) == 1, (rule, found)
    return found[0]


def rules_of(deadlines: list[Deadline]) -> set[str]:
    return {d.rule for d in deadlines}


# Every rule pinned once: (rule id, trigger date, expected last day, hand computation).
PINS = [
    ("ASMT-DECIDE", D(2025, 3, 3), D(2025, 4, 14), "Mon 3 Mar + 6*7 = Mon 14 Apr"),
    ("ASMT-ADVICE", D(2025, 4, 22), D(2025, 6, 3), "Tue 22 Apr + 42 = Tue 3 Jun"),
    ("ASMT-NOPLAN", D(2025, 3, 3), D(2025, 6, 23), "3 Mar + 16*7 = Mon 23 Jun"),
    ("ASMT-DRAFT", D(2025, 3, 3), D(2025, 6, 23), "planning convention: week 16"),
    ("ASMT-COMMENT", D(2025, 6, 2), D(2025, 6, 16), "served Mon 2 Jun is day 1: + 14"),
    ("ASMT-CONSULT", D(2025, 6, 16), D(2025, 7, 1), "16 Jun + 15 days = 1 Jul"),
    ("ASMT-FINAL", D(2025, 3, 3), D(2025, 7, 21), "3 Mar + 20*7 = Mon 21 Jul"),
    ("ASMT-FINAL-ASAP", D(2025, 6, 16), None, "as soon as practicable: no date"),
    # 10 school days ~ working days after Mon 23 Jun: 24-27 (4), 30 Jun-4 Jul (9), Mon 7 Jul
    ("ASMT-SPECIAL-STAY", D(2025, 6, 23), D(2025, 7, 7), "approximate"),
    ("REV-ANNUAL", D(2025, 1, 1), D(2025, 12, 31), "12 months starting 1 Jan: anniversary - 1"),
    ("REV-UNDER5", D(2025, 1, 1), D(2025, 6, 30), "6 months starting 1 Jan: 1 Jul - 1"),
    ("REV-TERMLIST", D(2025, 9, 3), D(2025, 8, 20), "term starts Wed 3 Sep - 14 days"),
    ("REV-NOTICE", D(2025, 11, 4), D(2025, 10, 21), "meeting Tue 4 Nov - 14 = Tue 21 Oct"),
    ("REV-PAPERS", D(2025, 11, 4), D(2025, 10, 21), "meeting Tue 4 Nov - 14 = Tue 21 Oct"),
    ("REV-REPORT", D(2025, 11, 4), D(2025, 11, 18), "4 Nov + 14"),
    ("REV-DECISION", D(2025, 11, 4), D(2025, 12, 2), "4 Nov + 28"),
    ("REV-AMEND-NOTICE", D(2025, 11, 4), D(2025, 12, 2), "4 Nov + 28"),
    ("REV-AMEND-COMMENT", D(2025, 12, 2), D(2025, 12, 16), "served 2 Dec is day 1: + 14"),
    ("REV-AMEND-FINAL", D(2025, 12, 2), D(2026, 1, 27), "2 Dec + 56: 31 Dec is +29, +27"),
    ("REV-AMEND-CAP", D(2025, 11, 4), D(2026, 1, 27), "4 Nov + 84 = 26 + 31 + 27"),
    ("REV-NOT-AMEND", D(2025, 12, 2), D(2026, 1, 27), "assumed 8 weeks"),
    ("PHASE-SCHOOL", D(2026, 1, 1), D(2026, 2, 14), "before 15 Feb: Sat 14 Feb, no roll"),
    ("PHASE-POST16", D(2026, 1, 1), D(2026, 3, 30), "before 31 Mar: 30 Mar"),
    ("PHASE-P16-P16", D(2026, 9, 1), D(2026, 4, 1), "move 1 Sep - 5 months"),
    ("REA-DECIDE", D(2025, 3, 3), D(2025, 3, 18), "3 Mar + 15 days"),
    ("REA-FINAL", D(2025, 3, 18), D(2025, 6, 24), "Tue 18 Mar + 14*7 = Tue 24 Jun"),
    # 15 working days beginning with Mon 3 Mar: 3-7 (5), 10-14 (10), 17-21 (15)
    ("MOVE-TRANSFER", D(2025, 3, 3), D(2025, 3, 21), "day of awareness counts"),
    ("MOVE-NOTIFY", D(2025, 3, 21), D(2025, 5, 2), "Fri 21 Mar + 42 = Fri 2 May"),
    ("MOVE-REVIEW", D(2025, 3, 15), D(2025, 6, 14), "3 months starting 15 Mar: 15 Jun - 1"),
    ("MOVE-REVIEW-12M", D(2024, 7, 1), D(2025, 6, 30), "12 months starting 1 Jul 2024"),
    ("CEASE", D(2025, 6, 2), None, "no fixed period"),
    ("MED-CONTACT", D(2025, 7, 21), D(2025, 9, 21), "2 months: Sun 21 Sep, no roll (R 33)"),
    # 3 working days after Thu 17 Apr 2025: Easter -> Tue 22, Wed 23, Thu 24
    ("MED-CERT-DECLINED", D(2025, 4, 17), D(2025, 4, 24), "over Easter"),
    # after Wed 24 Dec 2025: 25, 26 holidays, weekend -> Mon 29, Tue 30, Wed 31
    ("MED-HEALTH-NOTIFY", D(2025, 12, 24), D(2025, 12, 31), "over Christmas"),
    ("MED-HOLD", D(2025, 12, 1), D(2025, 12, 31), "1 Dec + 30 days"),
    # after Fri 2 May 2025: Mon 5 May holiday -> Tue 6, Wed 7, Thu 8
    ("MED-CERT-LATE", D(2025, 5, 2), D(2025, 5, 8), "over the early May holiday"),
    # after Fri 22 Aug 2025: Mon 25 Aug holiday -> Tue 26, Wed 27, Thu 28 (August counts)
    ("MED-CERT-AFTER", D(2025, 8, 22), D(2025, 8, 28), "ordinary working days"),
    ("MED-AGREE", D(2025, 10, 1), D(2025, 10, 15), "1 Oct + 14"),
    ("TRIB-APPEAL-DECISION", D(2025, 7, 21), D(2025, 9, 22), "21 Sep is a Sunday -> Mon 22"),
    ("TRIB-APPEAL-CERT", D(2025, 9, 10), D(2025, 10, 10), "10 Sep + 1 month = Fri 10 Oct"),
    # 10 tribunal days after Mon 22 Sep 2025: 23-26 (4), 29 Sep-3 Oct (9), Mon 6 Oct
    ("TRIB-REGISTER", D(2025, 9, 22), D(2025, 10, 6), "tribunal working days"),
    # 30 tribunal days after Mon 1 Dec 2025: 2-5 (4), 8-12 (9), 15-19 (14), 22-24 (17),
    # 25 Dec-1 Jan skipped, Fri 2 Jan (18), 5-9 (23), 12-16 (28), Mon 19 (29), Tue 20 Jan
    ("TRIB-RESPONSE", D(2025, 12, 1), D(2026, 1, 20), "skips Christmas week"),
    ("TRIB-HEARING", D(2025, 10, 6), D(2025, 12, 29), "6 Oct + 84 = 29 Dec, no roll"),
    ("TRIB-ORDER-ASSESS-NOTIFY", D(2025, 10, 1), D(2025, 10, 15), "1 Oct + 14"),
    ("TRIB-ORDER-ASSESS-NOPLAN", D(2025, 10, 1), D(2025, 12, 10), "1 Oct + 70"),
    ("TRIB-ORDER-ASSESS-FINAL", D(2025, 10, 1), D(2026, 1, 7), "1 Oct + 98"),
    ("TRIB-ORDER-PLAN-DRAFT", D(2025, 10, 1), D(2025, 11, 5), "1 Oct + 35"),
    ("TRIB-ORDER-PLAN-FINAL", D(2025, 10, 1), D(2025, 12, 17), "1 Oct + 77"),
    ("TRIB-ORDER-AMEND", D(2025, 10, 1), D(2025, 11, 5), "1 Oct + 35"),
    ("TRIB-ORDER-CEASE", D(2025, 10, 1), D(2025, 10, 1), "immediately"),
    ("TRIB-CONCEDE-ASSESS-NOTIFY", D(2025, 11, 3), D(2025, 11, 17), "3 Nov + 14"),
    ("TRIB-CONCEDE-ASSESS-NOPLAN", D(2025, 11, 3), D(2026, 1, 12), "3 Nov + 70 = 27+31+12"),
    ("TRIB-CONCEDE-ASSESS-FINAL", D(2025, 11, 3), D(2026, 2, 9), "12 Jan + 28"),
    ("TRIB-CONCEDE-AMEND", D(2025, 11, 3), D(2025, 12, 8), "3 Nov + 35"),
    # 25 Dec 2025 + next working day; no Christmas extension for discrimination claims
    ("TRIB-DISC", D(2025, 6, 25), D(2025, 12, 29), "6 months = Thu 25 Dec -> Mon 29 Dec"),
    ("SAR", D(2024, 12, 21), D(2025, 1, 21), "same date next month"),
    ("SAR-EXTENDED", D(2025, 9, 3), D(2025, 12, 3), "3 months"),
    # 15 school days ~ working days after Mon 1 Sep 2025: 2-5 (4), 8-12 (9), 15-19 (14), 22
    ("EDREC", D(2025, 9, 1), D(2025, 9, 22), "approximate"),
    ("FOI", D(2025, 3, 3), D(2025, 4, 1), "timescales.md: 17 Mar (NI) does not count"),
    # 5 working days after Thu 17 Apr 2025: 22, 23, 24, 25, Mon 28
    ("CMP1-ACK", D(2025, 4, 17), D(2025, 4, 28), "over Easter"),
    # 10 working days after Mon 28 Apr: 29, 30, 1, 2 (4), 5 May holiday, 6-9 (8), 12, 13
    ("CMP1-RESP", D(2025, 4, 28), D(2025, 5, 13), "over the early May holiday"),
    # 5 working days after Fri 19 Dec 2025: 22, 23, 24, (25, 26), 29, 30
    ("CMP2-ACK", D(2025, 12, 19), D(2025, 12, 30), "over Christmas"),
    # 20 after Tue 30 Dec: 31 (1), 1 Jan holiday, 2 (2), 5-9 (7), 12-16 (12), 19-23 (17), 26-28
    ("CMP2-RESP", D(2025, 12, 30), D(2026, 1, 28), "over New Year"),
    # 10 working days after Mon 3 Mar: 4-7 (4), 10-14 (9), Mon 17 (England: a working day)
    ("CSC-STAGE1", D(2025, 3, 3), D(2025, 3, 17), "England & Wales calendar"),
    ("LGSCO-LIMIT", D(2028, 2, 29), D(2029, 2, 28), "12 months from 29 Feb 2028: clamp"),
    ("LGSCO-PREMATURE", D(2025, 3, 3), D(2025, 5, 26), "+84 = bank holiday, no roll"),
    ("JR-CLAIM", D(2025, 11, 30), D(2026, 2, 28), "3 months from 30 Nov: clamp to 28 Feb"),
    ("JR-REPLY", D(2025, 12, 1), D(2025, 12, 15), "1 Dec + 14"),
    # 10 working days after Wed 24 Dec 2025: 29, 30, 31 (3), 2 Jan (4), 5-9 (9), Mon 12
    ("CUST-REPLY", D(2025, 12, 24), D(2026, 1, 12), "over Christmas"),
    # 5 working days before Mon 14 Apr 2025: Fri 11, Thu 10, Wed 9, Tue 8, Mon 7
    ("CUST-REMIND", D(2025, 4, 14), D(2025, 4, 7), "counted backwards"),
    ("CUST-BREACH", D(2026, 2, 14), D(2026, 2, 16), "after Sat 14 Feb: Mon 16 Feb"),
    # 10 working days after Mon 16 Feb 2026: 17-20 (4), 23-27 (9), Mon 2 Mar
    ("CUST-CURE", D(2026, 2, 16), D(2026, 3, 2), "working days"),
    ("CUST-CALL-NOTE", D(2025, 5, 2), D(2025, 5, 6), "Fri 2 May: Mon 5 May holiday -> Tue"),
    ("DFE-COMPLAINT", D(2025, 6, 2), None, "no time limit"),
]


def test_every_rule_is_pinned():
    assert {pin[0] for pin in PINS} == {rule.id for rule in RULES}


@pytest.mark.parametrize(("rule_id", "trigger", "expected", "why"), PINS, ids=[p[0] for p in PINS])
def test_rule_due_date(rule_id, trigger, expected, why):
    assert due_date(RULES[rule_id], trigger, RULES) == expected, why


# ---------------------------------------------------------------- section 9 worked example


def worked_example_events():
    return [
        ev("assessment_requested", D(2025, 3, 3), id=1),  # emailed 11:00 Mon 3 Mar
        ev("assessment_decision_notified", D(2025, 4, 10), id=2, kind="assess"),
        ev("advice_requested", D(2025, 4, 22), id=3),
        ev("draft_plan_issued", D(2025, 6, 2), id=4),
        ev("final_plan_issued", D(2025, 7, 21), id=5),
    ]


def test_worked_example_assessment():
    found = run(worked_example_events(), D(2025, 3, 4))
    assert only(found, "ASMT-DECIDE").due == D(2025, 4, 14)
    assert only(found, "ASMT-NOPLAN").due == D(2025, 6, 23)
    assert only(found, "ASMT-FINAL").due == D(2025, 7, 21)
    assert only(found, "ASMT-FINAL").trigger_event_id == 1
    later = run(worked_example_events(), D(2025, 6, 3))
    assert only(later, "ASMT-ADVICE").due == D(2025, 6, 3)
    assert only(later, "ASMT-COMMENT").due == D(2025, 6, 16)
    assert "ASMT-NOPLAN" not in rules_of(later)  # a draft was issued: no "no plan" notice due


def test_worked_example_appeal():
    events = [*worked_example_events(), ev("mediation_certificate_issued", D(2025, 9, 10))]
    before_cert = run(events, D(2025, 9, 1))
    appeal = only(before_cert, "TRIB-APPEAL-DECISION")  # final plan letter = decision letter
    assert appeal.due == D(2025, 9, 22)  # Sun 21 Sep -> Mon 22 Sep (r12(2))
    assert only(before_cert, "MED-CONTACT").due == D(2025, 9, 21)  # R 33: no roll
    after_cert = run(events, D(2025, 9, 11))
    assert "TRIB-APPEAL-DECISION" not in rules_of(after_cert)
    appeal = only(after_cert, "TRIB-APPEAL-CERT")
    assert appeal.due == D(2025, 10, 10)  # the later date
    assert "TRIB-APPEAL-DECISION 2025-09-22" in appeal.notes


def test_worked_example_appeal_in_august():
    # letter 15 Jun -> 2 months = Fri 15 Aug (August) -> in time on Mon 1 Sep
    found = run([ev("decision_notified", D(2025, 6, 15))], D(2025, 6, 16))
    assert only(found, "TRIB-APPEAL-DECISION").due == D(2025, 9, 1)


def test_worked_example_appeal_at_christmas():
    # letter 1 Oct -> 1 Dec; certificate 29 Nov -> 29 Dec (25 Dec-1 Jan) -> Fri 2 Jan 2026
    events = [
        ev("decision_notified", D(2025, 10, 1)),
        ev("mediation_certificate_issued", D(2025, 11, 29)),
    ]
    appeal = only(run(events, D(2025, 12, 1)), "TRIB-APPEAL-CERT")
    assert appeal.due == D(2026, 1, 2)
    assert appeal.trigger_date == D(2025, 11, 29)


def test_certificate_earlier_than_decision_limb_keeps_decision_date():
    # letter 21 Jul -> 22 Sep; certificate 1 Aug -> Mon 1 Sep: the decision limb is later
    events = [
        ev("decision_notified", D(2025, 7, 21)),
        ev("mediation_certificate_issued", D(2025, 8, 1)),
    ]
    found = run(events, D(2025, 8, 2))
    assert only(found, "TRIB-APPEAL-DECISION").due == D(2025, 9, 22)
    assert "TRIB-APPEAL-CERT" not in rules_of(found)


def test_certificate_without_decision_on_record():
    found = run([ev("mediation_certificate_issued", D(2025, 9, 10))], D(2025, 9, 10))
    assert only(found, "TRIB-APPEAL-CERT").due == D(2025, 10, 10)


def test_appeal_lodged_meets_the_appeal_deadline():
    events = [ev("decision_notified", D(2025, 7, 21)), ev("appeal_lodged", D(2025, 9, 22), id=9)]
    appeal = only(run(events, D(2025, 10, 1)), "TRIB-APPEAL-DECISION")
    assert appeal.status == "met"
    assert appeal.met_by.id == 9
    assert appeal.days_overdue is None


def test_worked_example_annual_review():
    events = [ev("annual_review_meeting", D(2025, 11, 4))]
    found = run(events, D(2025, 10, 1))  # the meeting is planned: it counts before it happens
    assert only(found, "REV-NOTICE").due == D(2025, 10, 21)
    assert only(found, "REV-PAPERS").due == D(2025, 10, 21)
    assert only(found, "REV-REPORT").due == D(2025, 11, 18)
    assert only(found, "REV-DECISION").due == D(2025, 12, 2)
    assert only(found, "REV-AMEND-CAP").due == D(2026, 1, 27)
    events.append(ev("amendment_notice_issued", D(2025, 12, 2)))
    found = run(events, D(2025, 12, 3))
    assert only(found, "REV-AMEND-COMMENT").due == D(2025, 12, 16)
    assert only(found, "REV-AMEND-FINAL").due == D(2026, 1, 27)


def test_review_invitations_sent_late_are_met_with_days_late():
    events = [
        ev("annual_review_meeting", D(2025, 11, 4)),
        ev("review_invitations_sent", D(2025, 10, 24)),
    ]
    notice = only(run(events, D(2025, 11, 5)), "REV-NOTICE")
    assert notice.status == "met"
    assert notice.days_overdue == 3  # due Tue 21 Oct, sent Fri 24 Oct


def test_review_decision_to_maintain_drops_the_amendment_deadlines():
    events = [
        ev("annual_review_meeting", D(2025, 11, 4)),
        ev("review_decision_notified", D(2025, 11, 20), kind="maintain"),
    ]
    found = rules_of(run(events, D(2026, 2, 1)))
    assert "REV-DECISION" in found
    assert not found & {"REV-AMEND-NOTICE", "REV-AMEND-CAP"}


# ---------------------------------------------------------------- holidays and weekends


def test_request_just_before_christmas():
    # Mon 22 Dec 2025: calendar weeks run through the holidays.
    found = run([ev("assessment_requested", D(2025, 12, 22))], D(2025, 12, 22))
    assert only(found, "ASMT-DECIDE").due == D(2026, 2, 2)  # 22 Dec + 42 = 9 + 31 + 2
    assert only(found, "ASMT-FINAL").due == D(2026, 5, 11)  # 2 Feb + 98
    # FOI received Mon 22 Dec 2025 (UK-wide): 23, 24 (2), 29, 30, 31 (5), 2 Jan is a
    # Scottish holiday, 5-9 (10), 12-16 (15), 19-23 (20) -> Fri 23 Jan 2026
    foi = run([ev("foi_submitted", D(2025, 12, 22))], D(2025, 12, 22))
    assert only(foi, "FOI").due == D(2026, 1, 23)


def test_request_just_before_easter():
    # Thu 17 Apr 2025
    found = run([ev("assessment_requested", D(2025, 4, 17))], D(2025, 4, 17))
    assert only(found, "ASMT-DECIDE").due == D(2025, 5, 29)  # same weekday 6 weeks on
    # FOI: 22-25 (4), 28 Apr-2 May (9), 5 May holiday, 6-9 (13), 12-16 (18), 19, 20 (20)
    foi = run([ev("foi_submitted", D(2025, 4, 17))], D(2025, 4, 17))
    assert only(foi, "FOI").due == D(2025, 5, 20)
    # SAR received Tue 18 Mar -> Fri 18 Apr (Good Friday) -> Tue 22 Apr (after Easter Monday)
    sar = run([ev("sar_submitted", D(2025, 3, 18))], D(2025, 3, 18))
    assert only(sar, "SAR").due == D(2025, 4, 22)


def test_send_regs_deadline_on_bank_holiday_and_weekend_does_not_roll():
    # Mon 14 Jul 2025 + 6 weeks = Mon 25 Aug 2025, the late summer bank holiday: stays.
    assert due_date(RULES["ASMT-DECIDE"], D(2025, 7, 14), RULES) == D(2025, 8, 25)
    # Sat 19 Jul 2025 + 20 weeks = Sat 6 Dec 2025: stays a Saturday.
    assert due_date(RULES["ASMT-FINAL"], D(2025, 7, 19), RULES) == D(2025, 12, 6)


def test_sar_and_tribunal_deadlines_roll_forward():
    # SAR received Wed 26 Nov 2025 -> Fri 26 Dec (Boxing Day) -> Mon 29 Dec
    assert due_date(RULES["SAR"], D(2025, 11, 26), RULES) == D(2025, 12, 29)
    # SAR received 30 Apr 2025 -> Fri 30 May 2025 is a working day: no roll
    assert due_date(RULES["SAR"], D(2025, 4, 30), RULES) == D(2025, 5, 30)
    # SAR received 31 Jan 2025 -> 28 Feb 2025 (clamped)
    assert due_date(RULES["SAR"], D(2025, 1, 31), RULES) == D(2025, 2, 28)
    # Appeal: letter 26 Mar 2025 -> Mon 26 May 2025 (bank holiday) -> Tue 27 May
    assert due_date(RULES["TRIB-APPEAL-DECISION"], D(2025, 3, 26), RULES) == D(2025, 5, 27)
    # Discrimination claim: 31 Aug 2025 + 6 months = Sat 28 Feb 2026 -> Mon 2 Mar
    assert due_date(RULES["TRIB-DISC"], D(2025, 8, 31), RULES) == D(2026, 3, 2)


def test_tribunal_response_skips_august():
    # 30 tribunal days after Mon 14 Jul 2025: 15-18 (4), 21-25 (9), 28-31 (13), August
    # skipped, 1-5 Sep (18), 8-12 (23), 15-19 (28), Mon 22 (29), Tue 23 Sep (30)
    assert due_date(RULES["TRIB-RESPONSE"], D(2025, 7, 14), RULES) == D(2025, 9, 23)


def test_appeal_deadline_in_august_of_a_later_year():
    # letter 30 Jun 2026 -> 30 Aug 2026 (August) -> 31 Aug is a bank holiday -> Tue 1 Sep
    assert due_date(RULES["TRIB-APPEAL-DECISION"], D(2026, 6, 30), RULES) == D(2026, 9, 1)
    # letter 1 Nov 2027 -> 1 Jan 2028 (Sat, in the window) -> Mon 3 Jan is a holiday -> Tue 4
    assert due_date(RULES["TRIB-APPEAL-DECISION"], D(2027, 11, 1), RULES) == D(2028, 1, 4)


def test_dates_across_bst_changes():
    # BST starts Sun 30 Mar 2025: Fri 28 Mar + 6 weeks = Fri 9 May
    assert due_date(RULES["ASMT-DECIDE"], D(2025, 3, 28), RULES) == D(2025, 5, 9)
    # BST ends Sun 26 Oct 2025: Fri 24 Oct + 6 weeks = Fri 5 Dec
    assert due_date(RULES["ASMT-DECIDE"], D(2025, 10, 24), RULES) == D(2025, 12, 5)
    # FOI received Fri 28 Mar 2025: 31 Mar-4 Apr (5), 7-11 (10), 14-17 (14), Easter,
    # 22-25 (18), 28, 29 (20) -> Tue 29 Apr
    assert due_date(RULES["FOI"], D(2025, 3, 28), RULES) == D(2025, 4, 29)


def test_leap_years():
    # 31 Dec 2027 + 2 months -> 29 Feb 2028 (a Tuesday, so no roll either)
    assert due_date(RULES["MED-CONTACT"], D(2027, 12, 31), RULES) == D(2028, 2, 29)
    assert due_date(RULES["TRIB-APPEAL-DECISION"], D(2027, 12, 31), RULES) == D(2028, 2, 29)
    # 12 months starting 29 Feb 2028: 2029 has no 29 Feb, so the anniversary is 1 Mar 2029
    # (English law's reading of a 29 February anniversary); the period ends 28 Feb 2029
    assert due_date(RULES["REV-ANNUAL"], D(2028, 2, 29), RULES) == D(2029, 2, 28)
    # 12 months starting 1 Mar 2028: anniversary 1 Mar 2029 - 1 = 28 Feb 2029
    assert due_date(RULES["REV-ANNUAL"], D(2028, 3, 1), RULES) == D(2029, 2, 28)
    # SAR received 29 Jan 2028 -> 29 Feb 2028 (leap day exists)
    assert due_date(RULES["SAR"], D(2028, 1, 29), RULES) == D(2028, 2, 29)


def test_foi_example_counts_every_uk_nation():
    found = run([ev("foi_submitted", D(2025, 3, 3))], D(2025, 3, 3))
    foi = only(found, "FOI")
    assert foi.due == D(2025, 4, 1)
    assert foi.status == "upcoming"


# ---------------------------------------------------------------- phase transfer


def test_phase_transfer_15_february():
    transfer = ev("phase_transfer_year", D(2026, 1, 1), kind="school")
    found = run([transfer], D(2025, 11, 1))  # planned year: visible before 1 Jan
    phase = only(found, "PHASE-SCHOOL")
    assert phase.due == D(2026, 2, 14)  # "before 15 February": Sat 14 Feb, no roll
    assert phase.status == "upcoming"
    assert "PHASE-POST16" not in rules_of(found)
    assert only(run([transfer], D(2026, 2, 10)), "PHASE-SCHOOL").status == "due_soon"
    assert only(run([transfer], D(2026, 2, 15)), "PHASE-SCHOOL").status == "missed"
    breach = only(run([transfer], D(2026, 2, 15)), "CUST-BREACH")
    assert breach.about == "PHASE-SCHOOL"
    assert breach.due == D(2026, 2, 16)  # next working day after Sat 14 Feb


def test_phase_transfer_met_by_plan_amended_in_the_autumn():
    events = [
        ev("phase_transfer_year", D(2026, 1, 1), kind="school"),
        ev("amended_plan_issued", D(2025, 12, 12), id=7),
    ]
    phase = only(run(events, D(2026, 3, 1)), "PHASE-SCHOOL")
    assert phase.status == "met"
    assert phase.met_by.id == 7


def test_phase_transfer_without_kind_shows_both_dates():
    found = run([ev("phase_transfer_year", D(2027, 1, 1))], D(2026, 11, 22))
    assert only(found, "PHASE-SCHOOL").due == D(2027, 2, 14)
    assert only(found, "PHASE-POST16").due == D(2027, 3, 30)


# ---------------------------------------------------------------- restarts and exceptions


def test_new_request_after_a_decision_restarts_the_clock():
    events = [
        ev("assessment_requested", D(2025, 3, 3), id=1),
        ev("assessment_decision_notified", D(2025, 4, 10), kind="refuse"),
        ev("assessment_requested", D(2025, 9, 1), id=2),
    ]
    found = run(events, D(2025, 9, 2))
    final = only(found, "ASMT-FINAL")
    assert final.trigger_event_id == 2
    assert final.due == D(2026, 1, 19)  # 1 Sep + 140: 30 Sep (29), 31 Oct (60), 30 Nov (90),
    # 31 Dec (121), 19 Jan (140)
    decisions = [d for d in found if d.rule == "ASMT-DECIDE"]
    assert [(d.trigger_date, d.status) for d in decisions] == [
        (D(2025, 3, 3), "met"),
        (D(2025, 9, 1), "upcoming"),
    ]


def test_new_request_without_decision_does_not_restart_the_clock():
    events = [
        ev("assessment_requested", D(2025, 3, 3), id=1),
        ev("assessment_requested", D(2025, 3, 24), id=2),  # a chaser, no decision yet
    ]
    found = run(events, D(2025, 4, 20))
    decide = only(found, "ASMT-DECIDE")
    assert (decide.trigger_event_id, decide.due, decide.status) == (1, D(2025, 4, 14), "missed")
    assert decide.days_overdue == 6
    assert only(found, "ASMT-FINAL").due == D(2025, 7, 21)


def test_refusal_then_la_gives_in_keeps_the_original_20_weeks():
    # R (W) v Hertfordshire: no tribunal order, so time runs from the original request.
    events = [
        ev("assessment_requested", D(2025, 3, 3)),
        ev("assessment_decision_notified", D(2025, 4, 14), kind="refuse"),
    ]
    assert "ASMT-FINAL" not in rules_of(run(events, D(2025, 5, 1)))
    events.append(ev("assessment_decision_notified", D(2025, 6, 1), kind="assess"))
    assert only(run(events, D(2025, 6, 2)), "ASMT-FINAL").due == D(2025, 7, 21)


def test_refusal_then_tribunal_order_uses_the_order_periods():
    events = [
        ev("assessment_requested", D(2025, 3, 3)),
        ev("assessment_decision_notified", D(2025, 4, 14), kind="refuse"),
        ev("tribunal_order", D(2025, 10, 1), kind="assess"),
        ev("assessment_decision_notified", D(2025, 10, 10), kind="assess"),
    ]
    found = run(events, D(2025, 10, 11))
    assert "ASMT-FINAL" not in rules_of(found)
    assert only(found, "TRIB-ORDER-ASSESS-NOTIFY").status == "met"
    assert only(found, "TRIB-ORDER-ASSESS-FINAL").due == D(2026, 1, 7)
    assert not rules_of(found) & {"TRIB-ORDER-PLAN-FINAL", "TRIB-ORDER-CEASE"}


def test_exception_marked_by_parent():
    events = [ev("assessment_requested", D(2025, 3, 3))]
    claim = ExceptionClaim(CHILD, "ASMT-FINAL", "EXC-SCHOOL", note="summer holidays")
    found = run(events, D(2025, 8, 1), exceptions=[claim])
    final = only(found, "ASMT-FINAL")
    assert final.status == "excepted"
    assert final.due == D(2025, 7, 21)  # the original date is still shown
    assert final.excepted_by == "EXC-SCHOOL"
    assert final.days_overdue is None
    assert "as soon as practicable" in final.notes
    assert not [d for d in found if d.about == "ASMT-FINAL"]  # no breach letter
    assert only(found, "ASMT-DECIDE").status == "missed"  # other rules unaffected


def test_exception_does_not_restart_and_met_later_is_met():
    events = [
        ev("assessment_requested", D(2025, 3, 3)),
        ev("final_plan_issued", D(2025, 9, 15)),
    ]
    claim = ExceptionClaim(CHILD, "ASMT-FINAL", "EXC-PERSONAL")
    final = only(run(events, D(2025, 10, 1), exceptions=[claim]), "ASMT-FINAL")
    assert (final.status, final.due, final.days_overdue) == ("met", D(2025, 7, 21), None)


def test_exception_not_available_for_the_rule_is_not_applied():
    events = [ev("annual_review_meeting", D(2025, 11, 4))]
    claim = ExceptionClaim(CHILD, "REV-DECISION", "EXC-SCHOOL")
    decision = only(run(events, D(2025, 12, 10), exceptions=[claim]), "REV-DECISION")
    assert decision.status == "missed"
    assert "does not apply" in decision.notes


def test_claim_for_unknown_rule_is_an_error():
    with pytest.raises(ValueError, match="unknown rule"):
        run([], D(2025, 1, 1), exceptions=[ExceptionClaim(CHILD, "NOPE", "EXC-SCHOOL")])


# ---------------------------------------------------------------- status over time


def test_status_before_and_after_as_of():
    events = [
        ev("assessment_requested", D(2025, 3, 3)),
        ev("final_plan_issued", D(2025, 8, 1), id=5),
    ]
    assert run(events, D(2025, 3, 2)) == []  # before the request: nothing yet
    assert only(run(events, D(2025, 6, 1)), "ASMT-FINAL").status == "upcoming"
    soon = only(run(events, D(2025, 7, 14)), "ASMT-FINAL")  # Mon 14 + 5 wd = Mon 21 Jul
    assert soon.status == "due_soon"
    assert only(run(events, D(2025, 7, 21)), "ASMT-FINAL").status == "due_soon"  # due today
    missed = only(run(events, D(2025, 7, 23)), "ASMT-FINAL")
    assert (missed.status, missed.days_overdue, missed.met_by) == ("missed", 2, None)
    late = only(run(events, D(2025, 8, 2)), "ASMT-FINAL")
    assert (late.status, late.days_overdue, late.met_by.id) == ("met", 11, 5)


def test_due_soon_window_is_configurable():
    events = [ev("assessment_requested", D(2025, 3, 3))]
    decide = only(run(events, D(2025, 4, 1), due_soon_days=10), "ASMT-DECIDE")
    assert decide.status == "due_soon"  # Tue 1 Apr + 10 wd = Tue 15 Apr >= 14 Apr


def test_events_of_other_children_are_kept_apart():
    events = [
        Event("Sam", "assessment_requested", D(2025, 3, 3)),
        Event("Alex", "assessment_requested", D(2025, 3, 10)),
        Event("Alex", "assessment_decision_notified", D(2025, 3, 20)),
    ]
    found = run(events, D(2025, 3, 21))
    decide = {d.child: d.status for d in found if d.rule == "ASMT-DECIDE"}
    assert decide == {"Sam": "upcoming", "Alex": "met"}


def test_unknown_event_types_are_ignored():
    assert run([ev("letter_received", D(2025, 3, 3))], D(2025, 4, 1)) == []


def test_several_advice_requests_are_met_one_by_one():
    events = [
        ev("advice_requested", D(2025, 4, 22), id=1),
        ev("advice_requested", D(2025, 4, 22), id=2),
        ev("advice_provided", D(2025, 5, 20), id=3),
    ]
    found = [d for d in run(events, D(2025, 6, 10)) if d.rule == "ASMT-ADVICE"]
    assert sorted(d.status for d in found) == ["met", "missed"]


# ---------------------------------------------------------------- reviews, moves, reminders


def test_annual_reviews_chain_from_each_review_decision():
    events = [
        ev("final_plan_issued", D(2025, 1, 1)),
        ev("review_decision_notified", D(2025, 11, 1), kind="maintain"),
    ]
    reviews = [d for d in run(events, D(2025, 11, 2)) if d.rule == "REV-ANNUAL"]
    assert [(d.trigger_date, d.due, d.status) for d in reviews] == [
        (D(2025, 1, 1), D(2025, 12, 31), "met"),
        (D(2025, 11, 1), D(2026, 10, 31), "upcoming"),
    ]


def test_move_review_takes_the_later_limb():
    last_review = ev("plan_issued_or_reviewed", D(2024, 7, 1))
    transfer = ev("plan_transferred", D(2025, 3, 15))
    # 3 months from 15 Mar = 14 Jun 2025; 12 months from 1 Jul 2024 = 30 Jun 2025 (later)
    review = only(run([last_review, transfer], D(2025, 3, 16)), "MOVE-REVIEW-12M")
    assert review.due == D(2025, 6, 30)
    # with a review on 1 Jan 2024 the 12-month limb (31 Dec 2024) is earlier
    old = ev("plan_issued_or_reviewed", D(2024, 1, 1))
    found = run([old, transfer], D(2025, 3, 16))
    assert only(found, "MOVE-REVIEW").due == D(2025, 6, 14)
    assert "MOVE-REVIEW-12M" not in rules_of(found)


def test_reminder_and_breach_are_derived_from_la_deadlines():
    events = [ev("assessment_requested", D(2025, 3, 3))]
    found = run(events, D(2025, 4, 1))
    reminders = {d.about: d for d in found if d.rule == "CUST-REMIND"}
    assert reminders["ASMT-DECIDE"].due == D(2025, 4, 7)  # 5 working days before Mon 14 Apr
    assert reminders["ASMT-DECIDE"].trigger_date == D(2025, 4, 14)
    assert "ASMT-DRAFT" not in reminders  # customary, not statutory
    events.append(ev("reminder_sent", D(2025, 4, 4)))
    remind = [d for d in run(events, D(2025, 4, 5)) if d.about == "ASMT-DECIDE"]
    assert remind[0].status == "met"
    breach = [d for d in run(events, D(2025, 4, 15)) if d.about == "ASMT-DECIDE"]
    assert [(d.rule, d.due, d.status) for d in breach] == [
        ("CUST-BREACH", D(2025, 4, 15), "due_soon")
    ]


def test_no_reminders_for_the_parents_own_deadlines():
    found = run([ev("draft_plan_issued", D(2025, 6, 2))], D(2025, 6, 3))
    assert only(found, "ASMT-COMMENT").actor == "parent"
    assert not [d for d in found if d.about == "ASMT-COMMENT"]


def test_explicit_statutory_deadline_event():
    found = run([ev("statutory_deadline", D(2025, 4, 22))], D(2025, 4, 1))
    # 5 working days before Tue 22 Apr 2025: Thu 17, Wed 16, Tue 15, Mon 14, Fri 11
    assert only(found, "CUST-REMIND").due == D(2025, 4, 11)


def test_school_days_are_flagged_approximate():
    edrec = only(run([ev("educational_record_requested", D(2025, 9, 1))], D(2025, 9, 2)), "EDREC")
    assert edrec.approximate
    assert "term dates" in edrec.notes


def test_as_soon_as_practicable_has_no_date():
    found = run([ev("representations_made", D(2025, 6, 16))], D(2025, 6, 20))
    asap = only(found, "ASMT-FINAL-ASAP")
    assert (asap.due, asap.status, asap.days_overdue) == (None, "upcoming", None)


def test_amendment_notice_is_the_review_decision_and_one_outcome_excludes_the_other():
    events = [
        ev("annual_review_meeting", D(2025, 11, 4)),
        ev("amendment_notice_issued", D(2025, 11, 28), id=3),
        ev("amended_plan_issued", D(2026, 1, 10), id=4),
    ]
    found = run(events, D(2026, 2, 1))
    decision = only(found, "REV-DECISION")
    assert (decision.status, decision.met_by.id) == ("met", 3)
    # 28 Nov + 56 days = 23 Jan 2026; met on 10 Jan
    assert only(found, "REV-AMEND-FINAL").due == D(2026, 1, 23)
    assert only(found, "REV-AMEND-FINAL").status == "met"
    assert "REV-NOT-AMEND" not in rules_of(found)  # the LA did amend
    appeal = only(found, "TRIB-APPEAL-DECISION")  # the amended plan is appealable
    assert appeal.trigger_date == D(2026, 1, 10)
    assert appeal.due == D(2026, 3, 10)


def test_conceded_appeal_uses_r45_periods():
    events = [ev("appeal_conceded", D(2025, 11, 3), kind="assess")]
    found = rules_of(run(events, D(2025, 11, 4)))
    assert {"TRIB-CONCEDE-ASSESS-NOTIFY", "TRIB-CONCEDE-ASSESS-FINAL"} <= found
    assert "TRIB-CONCEDE-AMEND" not in found


def test_special_circumstance_rules_need_their_kind():
    # An ordinary complaint is not a children's social care complaint, and a plan is not
    # reviewed every 3-6 months unless the child is under 5: both need the event's kind.
    events = [
        Event("Sam", "complaint_submitted", D(2026, 10, 23)),
        Event("Sam", "final_plan_issued", D(2026, 7, 10)),
    ]
    rules = {d.rule for d in compute_deadlines(events, D(2026, 11, 20))}
    assert "CSC-STAGE1" not in rules and "REV-UNDER5" not in rules
    assert "CMP1-ACK" in rules and "REV-ANNUAL" in rules
    social = [Event("Sam", "complaint_submitted", D(2026, 10, 23), kind="social_care")]
    stage1 = [d for d in compute_deadlines(social, D(2026, 11, 20)) if d.rule == "CSC-STAGE1"]
    # 10 working days after Fri 23 Oct 2026: 26-30 Oct (5), 2-6 Nov (10) -> Fri 6 Nov
    assert stage1[0].due == D(2026, 11, 6) and stage1[0].status == "missed"


# -- findings of an independent audit against timescales.md (cases computed by hand first)


@pytest.mark.parametrize(
    ("decision", "appeal_by"),
    [
        # CFA s51: refusals to assess or reassess, ceasing, and keeping a plan unchanged
        # after a review are appealable: 2 months after the letter (HESC r20), rolled to
        # the next working day where r12 says so
        (ev("assessment_decision_notified", D(2025, 4, 14), kind="refuse"), D(2025, 6, 16)),
        (ev("reassessment_decision_notified", D(2026, 11, 2), kind="refuse"), D(2027, 1, 4)),
        (ev("cease_decision_notified", D(2026, 3, 10)), D(2026, 5, 11)),
        (ev("review_decision_notified", D(2025, 12, 2), kind="maintain"), D(2026, 2, 2)),
    ],
)
def test_every_appealable_decision_starts_the_appeal_and_mediation_clocks(decision, appeal_by):
    found = run([decision], as_of=decision.date)
    assert only(found, "TRIB-APPEAL-DECISION").due == appeal_by
    assert "MED-CONTACT" in rules_of(found)


def test_a_decision_to_assess_or_to_amend_is_not_appealable():
    events = [
        ev("assessment_decision_notified", D(2025, 4, 14), kind="assess"),
        ev("review_decision_notified", D(2025, 12, 2), kind="amend"),
    ]
    assert not {"TRIB-APPEAL-DECISION", "MED-CONTACT"} & rules_of(run(events, D(2025, 12, 3)))


def test_an_amendment_notice_after_the_review_meets_the_annual_review_and_restarts_it():
    events = [
        ev("plan_issued_or_reviewed", D(2025, 1, 1)),
        ev("annual_review_meeting", D(2025, 11, 4)),
        ev("amendment_notice_issued", D(2025, 12, 2)),
    ]
    annual = [d for d in run(events, D(2026, 1, 5)) if d.rule == "REV-ANNUAL"]
    assert [(d.due, d.status) for d in annual] == [
        (D(2025, 12, 31), "met"),
        (D(2026, 12, 1), "upcoming"),  # 12 months starting with 2 Dec 2025
    ]


def test_after_a_transfer_the_new_councils_review_replaces_the_annual_one():
    events = [
        ev("plan_issued_or_reviewed", D(2025, 3, 10)),
        ev("plan_transferred", D(2026, 2, 1)),
    ]
    found = run(events, D(2026, 3, 20))
    assert "REV-ANNUAL" not in rules_of(found)
    assert only(found, "MOVE-REVIEW").due == D(2026, 4, 30)  # later of 30 Apr and 9 Mar


def test_the_review_decision_that_starts_an_annual_review_does_not_meet_it():
    events = [
        ev("plan_issued_or_reviewed", D(2025, 3, 10)),
        ev("plan_transferred", D(2026, 2, 1)),
        ev("review_decision_notified", D(2026, 4, 20), kind="maintain"),
    ]
    found = run(events, D(2026, 4, 21))
    assert only(found, "MOVE-REVIEW").status == "met"
    annual = only(found, "REV-ANNUAL")
    assert (annual.due, annual.status) == (D(2027, 4, 19), "upcoming")


def test_a_social_care_complaint_follows_the_statutory_procedure_only():
    found = run([ev("complaint_submitted", D(2026, 12, 18), kind="social_care")], D(2026, 12, 19))
    assert only(found, "CSC-STAGE1").due == D(2027, 1, 6)
    assert not {"CMP1-ACK", "LGSCO-PREMATURE"} & rules_of(found)
    corporate = run([ev("complaint_submitted", D(2026, 12, 18))], D(2026, 12, 19))
    assert {"CMP1-ACK", "LGSCO-PREMATURE"} <= rules_of(corporate)
    assert "CSC-STAGE1" not in rules_of(corporate)


def test_an_event_meets_the_deadline_it_is_in_time_for_before_an_older_one():
    # decision 2 Mar 2026 (appeal by Tue 5 May, not appealed); amended plan 1 Jun (appeal
    # by 1 Aug, in August: Tue 1 Sep); the appeal lodged on 20 Aug is the amended plan's
    events = [
        ev("decision_notified", D(2026, 3, 2)),
        ev("amended_plan_issued", D(2026, 6, 1)),
        ev("appeal_lodged", D(2026, 8, 20)),
    ]
    appeals = [d for d in run(events, D(2026, 9, 5)) if d.rule == "TRIB-APPEAL-DECISION"]
    assert [(d.due, d.status) for d in appeals] == [
        (D(2026, 5, 5), "missed"),
        (D(2026, 9, 1), "met"),
    ]
    # with no deadline open, a late event still meets the oldest
    late = [ev("decision_notified", D(2026, 3, 2)), ev("appeal_lodged", D(2026, 5, 20))]
    [appeal] = [d for d in run(late, D(2026, 6, 1)) if d.rule == "TRIB-APPEAL-DECISION"]
    assert (appeal.status, appeal.days_overdue) == ("met", 15)
