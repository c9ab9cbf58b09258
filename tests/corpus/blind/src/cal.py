"""Calendar arithmetic used to check the hand-computed dates in messages.py.

England and Wales bank holidays are taken from /work/shared/domain/timescales.md
(table "Bank holidays, England & Wales"); working days are Monday to Friday
excluding those days. Counting rules follow timescales.md section 1.
"""

import datetime as dt

BANK_HOLIDAYS = {
    dt.date.fromisoformat(d)
    for d in (
        # 2025
        "2025-01-01",
        "2025-04-18",
        "2025-04-21",
        "2025-05-05",
        "2025-05-26",
        "2025-08-25",
        "2025-12-25",
        "2025-12-26",
        # 2026
        "2026-01-01",
        "2026-04-03",
        "2026-04-06",
        "2026-05-04",
        "2026-05-25",
        "2026-08-31",
        "2026-12-25",
        "2026-12-28",
        # 2027
        "2027-01-01",
        "2027-03-26",
        "2027-03-29",
        "2027-05-03",
        "2027-05-31",
        "2027-08-30",
        "2027-12-27",
        "2027-12-28",
    )
}


def d(iso):
    return dt.date.fromisoformat(iso)


def is_working_day(day):
    return day.weekday() < 5 and day not in BANK_HOLIDAYS


def add_days(iso, n):
    """Calendar days: "within 15 calendar days of the date of this letter" = date + 15."""
    return (d(iso) + dt.timedelta(days=n)).isoformat()


def add_weeks(iso, n):
    """ "within N weeks of X" = X + 7N days (same weekday)."""
    return add_days(iso, 7 * n)


def add_working_days(iso, n):
    """N working days counted from the day after `iso` (day 1 = next working day)."""
    day = d(iso)
    count = 0
    while count < n:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return day.isoformat()


def add_months(iso, n):
    """Same day number n months later; if that month is shorter, its last day."""
    day = d(iso)
    month0 = day.month - 1 + n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for dd in range(day.day, 27, -1) if day.day > 28 else [day.day]:
        try:
            return dt.date(year, month, dd).isoformat()
        except ValueError:
            continue
    raise ValueError(iso)


def friday_of_week(iso, weeks_ahead=0):
    """The Friday of the week containing `iso` (weeks_ahead=1: of the following week)."""
    day = d(iso) + dt.timedelta(weeks=weeks_ahead)
    return (day + dt.timedelta(days=4 - day.weekday())).isoformat()


def next_weekday(iso, weekday):
    """The first date strictly after `iso` falling on `weekday` (Monday = 0)."""
    day = d(iso) + dt.timedelta(days=1)
    while day.weekday() != weekday:
        day += dt.timedelta(days=1)
    return day.isoformat()


def previous_weekday(iso, weekday):
    """The last date strictly before `iso` falling on `weekday` (Monday = 0)."""
    day = d(iso) - dt.timedelta(days=1)
    while day.weekday() != weekday:
        day -= dt.timedelta(days=1)
    return day.isoformat()
