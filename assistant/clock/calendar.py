"""Calendar arithmetic for the statutory clock: months, working days, tribunal days.

Dates are plain ``datetime.date`` values (already resolved in Europe/London), so
clock changes such as BST never shift a deadline.

Bank holidays come from the ``holidays`` package and are then corrected by data
from ``timescales.toml``: the shipped England and Wales list is added, and
``[[working_day.override]]`` entries add or remove single days, so a newly
proclaimed one-off holiday needs no code change.
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import holidays

# Region names used in timescales.toml, mapped to the `holidays` UK subdivisions.
# Wales shares the England list (Banking and Financial Dealings Act 1971, Sch 1).
REGIONS = {"england_wales": "ENG", "scotland": "SCT", "northern_ireland": "NIR"}
# Which regions' bank holidays a named working-day calendar excludes.
CALENDARS = {
    "england_wales": ("england_wales",),
    "uk": ("england_wales", "scotland", "northern_ireland"),  # FOIA s10(6)
}
OVERRIDE_ACTIONS = ("add", "remove")
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class HolidayOverride:
    """One correction to the `holidays` package: add or remove a bank holiday."""

    date: dt.date
    region: str  # a key of REGIONS
    action: str  # "add" | "remove"
    name: str = ""


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month `months` later (or earlier); clamp to the month's last day.

    31 Dec 2027 + 2 months = 29 Feb 2028; 31 Mar - 1 month = 28/29 Feb.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _stdcal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def in_tribunal_closure(day: dt.date) -> bool:
    """True for any day in August or from 25 Dec to 1 Jan inclusive (HESC r12(3))."""
    return day.month == 8 or (day.month == 12 and day.day >= 25) or (day.month, day.day) == (1, 1)


class BankHolidays:
    """Bank holidays of one region: the `holidays` package plus data corrections."""

    def __init__(
        self, region: str, extra: Iterable[dt.date] = (), overrides: Iterable[HolidayOverride] = ()
    ) -> None:
        if region not in REGIONS:
            raise ValueError(f"unknown bank-holiday region {region!r}")
        self.region = region
        self._extra = frozenset(extra)
        mine = [o for o in overrides if o.region == region]
        self._added = frozenset(o.date for o in mine if o.action == "add")
        self._removed = frozenset(o.date for o in mine if o.action == "remove")
        self._years: dict[int, frozenset[dt.date]] = {}

    def for_year(self, year: int) -> frozenset[dt.date]:
        if year not in self._years:
            base = set(holidays.UK(subdiv=REGIONS[self.region], years=year))
            base |= {d for d in self._extra | self._added if d.year == year}
            self._years[year] = frozenset(base - self._removed)
        return self._years[year]

    def __contains__(self, day: dt.date) -> bool:
        return day in self.for_year(day.year)


class WorkingCalendar:
    """Mon-Fri minus the bank holidays of some regions (and, optionally, tribunal closures).

    `tribunal=True` gives HESC "tribunal working days" for SEN cases: August and
    25 Dec - 1 Jan are not counted either.
    """

    def __init__(self, regions: Iterable[BankHolidays], tribunal: bool = False) -> None:
        self._regions = tuple(regions)
        self.tribunal = tribunal

    def is_bank_holiday(self, day: dt.date) -> bool:
        return any(day in region for region in self._regions)

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= 5 or self.is_bank_holiday(day):
            return False
        return not (self.tribunal and in_tribunal_closure(day))

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `day` (before it if `count` is negative).

        `day` itself is never counted; add_working_days(d, 0) returns d.
        """
        step = _ONE_DAY if count >= 0 else -_ONE_DAY
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` if it is a working day, else the next working day."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def first_after(self, day: dt.date) -> dt.date:
        """The first working day strictly after `day`."""
        return self.on_or_after(day + _ONE_DAY)


@dataclass(frozen=True)
class Calendars:
    """The working-day calendars a rule can name, built once per rule set."""

    england_wales: WorkingCalendar
    uk: WorkingCalendar
    tribunal: WorkingCalendar

    def named(self, name: str) -> WorkingCalendar:
        return {"england_wales": self.england_wales, "uk": self.uk}[name]


def build_calendars(
    overrides: Iterable[HolidayOverride] = (), extra_england_wales: Iterable[dt.date] = ()
) -> Calendars:
    """Build the England & Wales, UK-wide (FOI) and tribunal calendars."""
    overrides = tuple(overrides)
    extras = {"england_wales": tuple(extra_england_wales)}
    regions = {r: BankHolidays(r, extras.get(r, ()), overrides) for r in REGIONS}
    england_wales = [regions[r] for r in CALENDARS["england_wales"]]
    return Calendars(
        england_wales=WorkingCalendar(england_wales),
        uk=WorkingCalendar(regions[r] for r in CALENDARS["uk"]),
        tribunal=WorkingCalendar(england_wales, tribunal=True),
    )


def roll_hesc_sen(day: dt.date, calendar: WorkingCalendar) -> dt.date:
    """HESC r12(2)-(3) for starting SEN proceedings.

    An end date in August moves to the first working day after 31 August; one
    from 25 Dec to 1 Jan moves to the first working day after 1 January; any
    other non-working day moves to the next working day. Only the computed end
    date is tested against August / Christmas (a literal reading of r12(3)).
    """
    if day.month == 8:
        return calendar.first_after(dt.date(day.year, 8, 31))
    if day.month == 12 and day.day >= 25:
        return calendar.first_after(dt.date(day.year + 1, 1, 1))
    if (day.month, day.day) == (1, 1):
        return calendar.first_after(day)
    return calendar.on_or_after(day)
