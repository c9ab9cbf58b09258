"""Calendar arithmetic: months, bank holidays, working days, tribunal days."""

import datetime as dt

import pytest

from assistant.clock import load_rules
from assistant.clock.calendar import (
    BankHolidays,
    HolidayOverride,
    WorkingCalendar,
    add_months,
    build_calendars,
    in_tribunal_closure,
    roll_hesc_sen,
)

D = dt.date
CAL = build_calendars()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 3, 3), 1, D(2025, 4, 3)),
        (D(2027, 12, 31), 2, D(2028, 2, 29)),  # leap year: clamp to 29 Feb
        (D(2024, 12, 31), 2, D(2025, 2, 28)),  # common year: clamp to 28 Feb
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2025, 7, 31), -5, D(2025, 2, 28)),  # backwards clamps too
        (D(2025, 11, 15), 3, D(2026, 2, 15)),  # across a year end
        (D(2026, 1, 15), -1, D(2025, 12, 15)),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_package_matches_the_shipped_england_wales_table():
    # timescales.md section 1 lists 2025-2028; the `holidays` package must agree on every
    # weekday (it also lists the weekend day a substitute replaces, e.g. Sat 26 Dec 2026).
    rules = load_rules()
    shipped = set(rules.bank_holidays_england_wales)
    package = BankHolidays("england_wales", extra=())
    for year in (2025, 2026, 2027, 2028):
        weekdays = {d for d in package.for_year(year) if d.weekday() < 5}
        assert weekdays == {d for d in shipped if d.year == year}


@pytest.mark.parametrize(
    ("day", "is_holiday"),
    [
        (D(2020, 5, 8), True),  # VE Day move
        (D(2020, 5, 4), False),
        (D(2022, 6, 2), True),
        (D(2022, 6, 3), True),
        (D(2022, 9, 19), True),
        (D(2023, 5, 8), True),
        (D(2026, 12, 28), True),  # Boxing Day substitute
        (D(2028, 1, 3), True),  # New Year substitute
    ],
)
def test_one_off_and_substitute_holidays(day, is_holiday):
    assert CAL.england_wales.is_bank_holiday(day) is is_holiday


def test_override_adds_and_removes_a_holiday():
    proclaimed = D(2030, 6, 3)
    overrides = [
        HolidayOverride(proclaimed, "england_wales", "add", "Proclaimed"),
        HolidayOverride(D(2030, 12, 25), "england_wales", "remove"),
    ]
    cal = build_calendars(overrides)
    assert not cal.england_wales.is_working_day(proclaimed)
    assert cal.england_wales.is_working_day(D(2030, 12, 25))  # a Wednesday
    assert CAL.england_wales.is_working_day(proclaimed)
    assert not cal.uk.is_working_day(proclaimed)  # the UK calendar includes England and Wales


def test_unknown_region_is_rejected():
    with pytest.raises(ValueError, match="region"):
        BankHolidays("mars")


def test_working_days_over_easter_and_christmas():
    # Thu 17 Apr 2025 + 1: Fri 18 (Good Friday), Mon 21 (Easter Monday) skipped -> Tue 22 Apr
    assert CAL.england_wales.add_working_days(D(2025, 4, 17), 1) == D(2025, 4, 22)
    # Wed 24 Dec 2025 + 1: 25, 26 bank holidays, 27-28 weekend -> Mon 29 Dec
    assert CAL.england_wales.add_working_days(D(2025, 12, 24), 1) == D(2025, 12, 29)
    # backwards: Tue 22 Apr 2025 - 1 -> Thu 17 Apr
    assert CAL.england_wales.add_working_days(D(2025, 4, 22), -1) == D(2025, 4, 17)
    assert CAL.england_wales.add_working_days(D(2025, 4, 22), 0) == D(2025, 4, 22)


def test_uk_calendar_excludes_every_nation():
    assert CAL.england_wales.is_working_day(D(2025, 3, 17))
    assert not CAL.uk.is_working_day(D(2025, 3, 17))  # St Patrick's Day (NI)
    assert not CAL.uk.is_working_day(D(2025, 7, 14))  # Battle of the Boyne, substitute (NI)
    assert not CAL.uk.is_working_day(D(2026, 1, 2))  # 2 January (Scotland)
    assert not CAL.uk.is_working_day(D(2025, 8, 4))  # Summer bank holiday (Scotland)
    assert not CAL.uk.is_working_day(D(2025, 12, 1))  # St Andrew's Day substitute (Scotland)


def test_tribunal_days_skip_august_and_christmas_week():
    assert in_tribunal_closure(D(2025, 8, 1))
    assert in_tribunal_closure(D(2025, 12, 25))
    assert in_tribunal_closure(D(2026, 1, 1))
    assert not in_tribunal_closure(D(2026, 1, 2))
    assert not in_tribunal_closure(D(2025, 12, 24))
    # Tue 29 Jul 2025 + 3 tribunal days: Wed 30, Thu 31, (August), Mon 1 Sep
    assert CAL.tribunal.add_working_days(D(2025, 7, 29), 3) == D(2025, 9, 1)
    # Wed 24 Dec 2025 + 1 tribunal day: 25 Dec - 1 Jan skipped -> Fri 2 Jan 2026
    assert CAL.tribunal.add_working_days(D(2025, 12, 24), 1) == D(2026, 1, 2)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (D(2025, 8, 15), D(2025, 9, 1)),  # August -> first working day after 31 Aug
        (D(2026, 8, 3), D(2026, 9, 1)),  # 31 Aug 2026 is itself a bank holiday
        (D(2025, 12, 29), D(2026, 1, 2)),  # 25 Dec - 1 Jan -> first working day after 1 Jan
        (D(2025, 12, 25), D(2026, 1, 2)),
        (D(2027, 1, 1), D(2027, 1, 4)),  # Fri 1 Jan 2027 -> Mon 4 Jan
        (D(2028, 1, 1), D(2028, 1, 4)),  # Mon 3 Jan 2028 is a substitute holiday -> Tue 4 Jan
        (D(2025, 9, 21), D(2025, 9, 22)),  # Sunday -> Monday (r12(2))
        (D(2025, 4, 18), D(2025, 4, 22)),  # Good Friday -> Tuesday after Easter Monday
        (D(2025, 12, 24), D(2025, 12, 24)),  # a working day stays
        (D(2025, 7, 31), D(2025, 7, 31)),
    ],
)
def test_hesc_roll_forward(end, expected):
    assert roll_hesc_sen(end, CAL.england_wales) == expected


def test_dates_do_not_shift_across_bst_changes():
    # BST starts Sun 30 Mar 2025 and ends Sun 26 Oct 2025: plain dates, no off-by-one.
    cal = WorkingCalendar([BankHolidays("england_wales")])
    assert cal.add_working_days(D(2025, 3, 28), 1) == D(2025, 3, 31)
    assert cal.add_working_days(D(2025, 10, 24), 1) == D(2025, 10, 27)
    assert add_months(D(2025, 3, 30), 1) == D(2025, 4, 30)
