"""The statutory clock: EHCP and related deadlines computed from the events of a case.

Pure computation, no database or I/O beyond reading the rules file::

    from assistant.clock import Event, compute_deadlines
    deadlines = compute_deadlines([Event("Sam", "assessment_requested", date(2025, 3, 3))],
                                  as_of=date(2025, 4, 1))

The rules live in ``timescales.toml`` next to this file (see its header for the
keys the clock adds to the shared reference); ``deadlines.py`` documents how a
case is read (which event starts and which meets a deadline, statuses,
exceptions, "later of" rules, reminders).
"""

from .calendar import HolidayOverride, WorkingCalendar, add_months, build_calendars
from .deadlines import (
    DUE_SOON_WORKING_DAYS,
    STATUSES,
    Deadline,
    Event,
    ExceptionClaim,
    compute_deadlines,
    due_date,
)
from .rules import DEFAULT_RULES_PATH, EventPattern, ExceptionDef, Rule, Rules, load_rules

__all__ = [
    "DEFAULT_RULES_PATH",
    "DUE_SOON_WORKING_DAYS",
    "STATUSES",
    "Deadline",
    "Event",
    "EventPattern",
    "ExceptionClaim",
    "ExceptionDef",
    "HolidayOverride",
    "Rule",
    "Rules",
    "WorkingCalendar",
    "add_months",
    "build_calendars",
    "compute_deadlines",
    "due_date",
    "load_rules",
]
