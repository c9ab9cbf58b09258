"""Compute a child's statutory deadlines from the events of the case.

How the clock reads a case (see also the ``timescales.toml`` header):

* **As of a date.** Events dated after ``as_of`` are ignored, so a case can be
  replayed at any point of its life. The exception is a *planned* date that a
  rule counts backwards from (a review meeting, a transfer year, a planned
  post-16 move, a term start, a known statutory deadline): it is used even when
  it lies after ``as_of``, otherwise the notice periods before it could never
  be shown in time. Events whose type is not in the vocabulary are ignored.
* **Implied events.** ``[implied_events]`` lets one letter count as several
  events (a final plan is also an appealable decision and the date the plan was
  made; a review decision is the date of the last review, so annual reviews
  chain from one to the next).
* **Which trigger starts a rule.** Every occurrence of the trigger starts its own
  deadline (three advice requests = three 6-week deadlines). Rules with
  ``repeat = "restart"`` keep a single running clock: a later trigger replaces
  the earlier deadline if that one is still unmet, and with ``restart_after``
  it counts only if that event happened in between. So a second
  ``assessment_requested`` before any decision is a duplicate and the original
  20 weeks keep running (a chaser gives the LA no extra time), while a new
  request after a decision starts a new assessment clock.
* **Which event meets it.** The first ``due_event`` (or ``also_met_by``) event within
  the deadline's window: on or after the trigger for forward rules; after the
  previous instance and up to the planned date for backward rules (invitations
  before a meeting); within the 12 months before the date for fixed-date rules.
  Each due event meets one deadline per rule (or per group): the oldest it is in
  time for, else (late) the oldest still unmet.
* **Met late** keeps status ``"met"``; ``days_overdue`` then says how many days
  late it was (``None`` when on time). ``"missed"`` means not met by ``as_of``
  and the due date has passed; ``days_overdue`` counts to ``as_of``.
* **Due soon**: unmet and due within ``due_soon_days`` working days (England &
  Wales) of ``as_of``, including a due date on ``as_of`` itself.
* **Rules that stop applying.** ``excluded_by`` events end a deadline that was
  not met before them (a no-plan notice ends the 20-week final-plan duty);
  ``suspended_by``/``resumed_by`` switch it off and on, the latest winning. A
  refusal to assess suspends the assessment clock; if the LA later agrees
  without a tribunal order or concession it resumes *from the original
  request* (R (W) v Hertfordshire CC [2023]). An order or concession ends it:
  the R 44 / R 45 periods take over. Kinds (``Event.kind``) say which outcome a
  generic event was; an event without a kind matches every rule on its type.
* **"Later of" groups** (appeal: 2 months after the decision or 1 month after
  the mediation certificate; moving LA: 3 months after transfer or 12 months
  after the last review) give one deadline per anchor event, reported under
  the rule whose date is later; the notes show both limbs. A certificate with
  no decision on record still gets its own one-month deadline.
* **Exceptions** claimed by the parent never move or restart the clock: the
  deadline keeps its original ``due`` date, its status becomes ``"excepted"``
  (duty now "as soon as practicable") until it is met. A claimed exception that
  the rule does not allow is not applied; the notes say so.
* **Derived rules** (trigger ``statutory_deadline``: CUST-REMIND, CUST-BREACH)
  are computed from every other statutory or case-law deadline owed *to* the
  parent (actor is not the parent) that is not excepted: a reminder while it is
  still open, a breach letter once it is missed or was met late. ``about`` names
  the deadline they come from. Explicit ``statutory_deadline`` events work too.
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .calendar import Calendars, WorkingCalendar, add_months, build_calendars, roll_hesc_sen
from .rules import WORKING_UNITS, Rule, Rules, load_rules

DUE_SOON_WORKING_DAYS = 5
STATUSES = ("upcoming", "due_soon", "met", "missed", "excepted")
DERIVED_TRIGGER = "statutory_deadline"
DERIVED_FROM_STRENGTHS = frozenset({"statutory", "case_law"})
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Event:
    """Something that happened (or, for planned dates, will happen) in a child's case."""

    child: str
    type: str  # one of the [vocabulary] events
    date: dt.date
    id: int | None = None
    note: str | None = None
    message_id: str | None = None  # the email that proves it, if any
    kind: str | None = None  # optional [kinds] value, e.g. "refuse" for a refusal to assess


@dataclass(frozen=True)
class ExceptionClaim:
    """The parent marks that a legal exception applies to a rule for a child."""

    child: str
    rule: str  # rule id, e.g. "ASMT-FINAL"
    exception: str  # exception id, e.g. "EXC-SCHOOL"
    note: str | None = None
    trigger_date: dt.date | None = None  # only the deadline started that day (default: all)


@dataclass(frozen=True)
class Deadline:
    """One computed deadline and where it stands at ``as_of``."""

    rule: str
    title: str
    child: str
    trigger: str
    trigger_date: dt.date
    trigger_event_id: int | None
    due: dt.date | None  # None for "as soon as practicable" rules
    status: str  # "upcoming" | "due_soon" | "met" | "missed" | "excepted"
    met_by: Event | None
    days_overdue: int | None  # days late (met late, or missed as of as_of); None if not late
    citation: str
    actor: str
    strength: str
    confidence: str
    notes: str
    excepted_by: str | None = None  # the exception id the parent claimed, if applied
    approximate: bool = False  # school days counted as working days (term dates unknown)
    about: str | None = None  # derived rules: the rule id of the underlying deadline


@dataclass
class _Instance:
    """A deadline being built: a rule started by one trigger event."""

    rule: Rule
    trigger: Event
    due: dt.date | None
    start: dt.date  # first day a due event can meet it
    end: dt.date | None = None  # last such day (None: as_of); superseded if unmet by then
    pool: str = ""  # due events are used once per pool
    notes: list[str] = field(default_factory=list)
    about: Deadline | None = None


def compute_deadlines(
    events: Sequence[Event],
    as_of: dt.date,
    rules: Rules | None = None,
    exceptions: Sequence[ExceptionClaim] = (),
    *,
    due_soon_days: int = DUE_SOON_WORKING_DAYS,
) -> list[Deadline]:
    """Every deadline of every child in `events`, evaluated at `as_of`, sorted by due date.

    Raises ValueError if an exception claim names an unknown rule or exception.
    """
    rules = load_rules() if rules is None else rules
    _check_claims(exceptions, rules)
    clock = _Clock(rules, _calendars(rules), as_of, due_soon_days)
    by_child: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_child[event.child].append(event)
    found: list[Deadline] = []
    for child, child_events in by_child.items():
        claims = [c for c in exceptions if c.child == child]
        found.extend(clock.deadlines(child_events, claims))
    return sorted(found, key=_sort_key)


def due_date(rule: Rule, trigger_date: dt.date, rules: Rules | None = None) -> dt.date | None:
    """The last permitted day for `rule` started on `trigger_date` (None if no fixed date)."""
    rules = load_rules() if rules is None else rules
    return _Counter(_calendars(rules)).due(rule, trigger_date)


def _sort_key(deadline: Deadline) -> tuple:
    return (deadline.due or dt.date.max, deadline.child, deadline.trigger_date, deadline.rule)


@functools.lru_cache(maxsize=8)
def _calendars(rules: Rules) -> Calendars:
    return build_calendars(rules.holiday_overrides, rules.bank_holidays_england_wales)


def _check_claims(claims: Iterable[ExceptionClaim], rules: Rules) -> None:
    for claim in claims:
        if claim.rule not in rules:
            raise ValueError(f"exception claim names an unknown rule {claim.rule!r}")
        if claim.exception not in rules.exceptions:
            raise ValueError(f"exception claim names an unknown exception {claim.exception!r}")


class _Counter:
    """Turns (rule, trigger date) into the last permitted day (timescales.md section 1)."""

    def __init__(self, calendars: Calendars) -> None:
        self.cal = calendars

    def due(self, rule: Rule, start: dt.date) -> dt.date | None:
        """Count the period from `start`, then apply the rule's roll-forward."""
        end = self._count(rule, start)
        if end is None or rule.roll_forward == "none":
            return end
        calendar = self.cal.named(rule.calendar)
        if rule.roll_forward == "hesc_sen":
            return roll_hesc_sen(end, calendar)
        return calendar.on_or_after(end)  # next_working_day

    def _count(self, rule: Rule, start: dt.date) -> dt.date | None:
        n = rule.period
        match rule.counting:
            case "after_exclusive":
                return self._shift(rule, start, n)
            case "after_inclusive" if rule.unit in WORKING_UNITS:
                return self._shift(rule, start - _ONE_DAY, n)  # the start day counts if working
            case "after_inclusive" | "period_starting_with" if rule.unit == "months":
                return _months_starting_with(start, n)
            case "after_inclusive" | "period_starting_with":
                return self._shift(rule, start, n) - _ONE_DAY
            case "month_corresponding":
                return add_months(start, n)
            case "before_exclusive":
                return self._shift(rule, start, -n)
            case "fixed_date_before":
                return _fixed_date(start.year, rule) - _ONE_DAY
            case "immediate":
                return start
            case "as_soon_as_practicable":
                return None
        raise AssertionError(f"unhandled counting {rule.counting!r}")  # rules.py validates

    def _shift(self, rule: Rule, day: dt.date, n: int) -> dt.date:
        if rule.unit == "calendar_days":
            return day + dt.timedelta(days=n)
        if rule.unit == "weeks":
            return day + dt.timedelta(weeks=n)
        if rule.unit == "months":
            return add_months(day, n)
        return self._working(rule).add_working_days(day, n)

    def _working(self, rule: Rule) -> WorkingCalendar:
        if rule.unit == "tribunal_working_days":
            return self.cal.tribunal
        return self.cal.named(rule.calendar)


def _months_starting_with(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` months starting with `start`.

    It ends the day before the corresponding date; where the final month has no
    such date (29 February in a common year), the anniversary is taken as
    1 March, so the period ends on the last day of February.
    """
    same = add_months(start, months)
    return same if same.day < start.day else same - _ONE_DAY


class _Clock:
    """Reads one child's case against a rule set at one `as_of` date."""

    def __init__(self, rules: Rules, calendars: Calendars, as_of: dt.date, due_soon: int) -> None:
        self.rules = rules
        self.counter = _Counter(calendars)
        self.as_of = as_of
        self.due_soon_limit = calendars.england_wales.add_working_days(as_of, due_soon)

    def deadlines(self, events: list[Event], claims: list[ExceptionClaim]) -> list[Deadline]:
        case = _Case(self._visible(events), self.rules, self.as_of)
        instances: list[_Instance] = []
        groups: dict[str, list[Rule]] = defaultdict(list)
        for rule in self.rules:
            if rule.group:
                groups[rule.group].append(rule)
            else:
                instances.extend(self._instances(rule, case))
        for members in groups.values():
            instances.extend(self._group(members, case))
        primary = self._evaluate(instances, case, claims)
        derived = [i for rule in self.rules for i in self._derived(rule, primary)]
        return primary + self._evaluate(derived, case, claims)

    def _visible(self, events: list[Event]) -> list[Event]:
        scheduled = self.rules.scheduled_events
        return [
            e
            for e in events
            if e.type in self.rules.events and (e.date <= self.as_of or e.type in scheduled)
        ]

    def _instances(self, rule: Rule, case: _Case) -> list[_Instance]:
        triggers = [e for e in case.of_type(rule.trigger) if rule.applies_to_kind(e.kind)]
        if rule.repeat == "restart":
            triggers = _drop_duplicates(rule, triggers, case)
        made: list[_Instance] = []
        for index, event in enumerate(triggers):
            instance = self._instance(rule, event)
            if rule.counting == "before_exclusive":
                instance.start = made[-1].trigger.date + _ONE_DAY if made else dt.date.min
                instance.end = event.date
            if rule.repeat == "restart" and index + 1 < len(triggers):
                instance.end = triggers[index + 1].date
            made.append(instance)
        return made

    def _instance(self, rule: Rule, event: Event) -> _Instance:
        due = self.counter.due(rule, event.date)
        start = event.date
        if rule.counting == "fixed_date_before":
            start = _fixed_date(event.date.year - 1, rule)  # the previous year's date onwards
        return _Instance(rule, event, due, start, pool=rule.group or rule.id)

    def _group(self, members: list[Rule], case: _Case) -> list[_Instance]:
        """'Later of' rules: one deadline per anchor event, under the later limb."""
        anchor = next(r for r in members if r.pair is None)
        limbs = [r for r in members if r.pair]
        anchors = self._instances(anchor, case)
        used: set[int] = set()
        combined: list[_Instance] = []
        for index, first in enumerate(anchors):
            until = anchors[index + 1].trigger.date if index + 1 < len(anchors) else None
            options = [first]
            for limb in limbs:
                event = _limb_trigger(limb, first.trigger.date, until, case)
                if event is not None:
                    used.add(id(event))
                    options.append(self._instance(limb, event))
            best = max(options, key=lambda i: i.due or dt.date.min)
            best.start, best.end = first.start, first.end
            if len(options) > 1:
                best.notes.append(_later_of_note(options))
            combined.append(best)
        for limb in limbs:
            if limb.pair == "following":
                combined.extend(
                    self._instance(limb, e)
                    for e in case.of_type(limb.trigger)
                    if id(e) not in used and limb.applies_to_kind(e.kind)
                )
        return combined

    def _derived(self, rule: Rule, primary: list[Deadline]) -> list[_Instance]:
        """CUST-REMIND / CUST-BREACH style rules, started by other deadlines' due dates."""
        if rule.trigger != DERIVED_TRIGGER:
            return []
        made = []
        for deadline in primary:
            if not _derives(rule, deadline):
                continue
            trigger = Event(deadline.child, DERIVED_TRIGGER, deadline.due)
            instance = self._instance(rule, trigger)
            instance.pool = f"{rule.id}/{deadline.rule}/{deadline.trigger_date}"
            instance.about = deadline
            if rule.counts_backward:  # a reminder may be sent any time after the trigger
                instance.start, instance.end = deadline.trigger_date, deadline.due
            made.append(instance)
        return made

    def _evaluate(
        self, instances: list[_Instance], case: _Case, claims: list[ExceptionClaim]
    ) -> list[Deadline]:
        used: dict[str, set[int]] = defaultdict(set)
        ordered = sorted(instances, key=lambda i: (i.trigger.date, i.rule.id))
        ends = {}
        for instance in ordered:
            closed = case.closed_from(instance.rule, instance.trigger.date)
            ends[id(instance)] = (
                closed,
                min(d for d in (instance.end, closed, self.as_of) if d is not None),
            )
        met: dict[int, Event] = {}
        # an event meets the oldest deadline it is in time for; only then, late, the oldest
        # still unmet (an appeal lodged in time for the amended plan is not the late appeal
        # against the decision before it)
        for on_time in (True, False):
            for instance in ordered:
                if id(instance) in met:
                    continue
                end = ends[id(instance)][1]
                if on_time and instance.due is not None:
                    end = min(end, instance.due)
                found = case.first_unused(
                    instance.rule.due_events,
                    instance.start,
                    end,
                    used[instance.pool],
                    proof=case.origin(instance.trigger),
                )
                if found is not None:
                    used[instance.pool].add(id(found))
                    met[id(instance)] = found
        out = []
        for instance in ordered:
            closed = ends[id(instance)][0]
            event = met.get(id(instance))
            if event is None and (closed is not None or _superseded(instance, self.as_of)):
                continue  # no longer applies, or replaced by a restarted clock
            out.append(self._deadline(instance, case.origin(event), claims))
        return out

    def _deadline(
        self, instance: _Instance, met: Event | None, claims: list[ExceptionClaim]
    ) -> Deadline:
        rule, due = instance.rule, instance.due
        notes = [rule.notes, *instance.notes]
        excepted = _apply_claims(instance, claims, notes, self.rules)
        if instance.about is not None:
            about = instance.about
            notes.append(f"For {about.rule} ({about.title}), due {about.due}.")
        if rule.approximate:
            notes.append("Approximate: counted in working days; check the school's term dates.")
        status = self._status(due, met, excepted)
        return Deadline(
            rule=rule.id,
            title=rule.title,
            child=instance.trigger.child,
            trigger=rule.trigger,
            trigger_date=instance.trigger.date,
            trigger_event_id=instance.trigger.id,
            due=due,
            status=status,
            met_by=met,
            days_overdue=self._days_overdue(due, met, status, excepted),
            citation=rule.citation,
            actor=rule.actor,
            strength=rule.strength,
            confidence=rule.confidence,
            notes=" ".join(n for n in notes if n),
            excepted_by=excepted,
            approximate=rule.approximate,
            about=instance.about.rule if instance.about else None,
        )

    def _status(self, due: dt.date | None, met: Event | None, excepted: str | None) -> str:
        if met is not None:
            return "met"
        if excepted:
            return "excepted"
        if due is None:
            return "upcoming"
        if due < self.as_of:
            return "missed"
        return "due_soon" if due <= self.due_soon_limit else "upcoming"

    def _days_overdue(
        self, due: dt.date | None, met: Event | None, status: str, excepted: str | None
    ) -> int | None:
        if due is None or excepted:
            return None
        if status == "missed":
            return (self.as_of - due).days
        if met is not None and met.date > due:
            return (met.date - due).days
        return None


class _Case:
    """One child's visible events (with implied ones), indexed by type."""

    def __init__(self, events: list[Event], rules: Rules, as_of: dt.date) -> None:
        self.as_of = as_of
        self._origin: dict[int, Event] = {}
        everything = list(events)
        for event in events:
            keys = [event.type, *([f"{event.type}:{event.kind}"] if event.kind else [])]
            for implied in (i for key in keys for i in rules.implied_events.get(key, ())):
                if not any(e.type == implied and e.date == event.date for e in events):
                    copy = replace(event, type=implied, kind=None)
                    self._origin[id(copy)] = event
                    everything.append(copy)
        self._by_type: dict[str, list[Event]] = defaultdict(list)
        for event in sorted(everything, key=lambda e: e.date):
            self._by_type[event.type].append(event)

    def of_type(self, event_type: str) -> list[Event]:
        return self._by_type.get(event_type, [])

    def origin(self, event: Event | None) -> Event | None:
        """The recorded event behind an implied one."""
        return None if event is None else self._origin.get(id(event), event)

    def happened(self, event_type: str, first: dt.date, last: dt.date) -> list[Event]:
        return [e for e in self.of_type(event_type) if first <= e.date <= min(last, self.as_of)]

    def first_unused(
        self,
        event_types: Iterable[str],
        first: dt.date,
        last: dt.date,
        used: set[int],
        proof: Event | None = None,
    ) -> Event | None:
        """The earliest event of these types in [first, last] not yet used, nor implied by
        ``proof``, the event that started the deadline (a review decision starts the next
        annual review; it does not meet it)."""
        found = [
            e
            for t in event_types
            for e in self.happened(t, first, last)
            if id(e) not in used and (proof is None or self.origin(e) is not proof)
        ]
        return min(found, key=lambda e: e.date, default=None)

    def closed_from(self, rule: Rule, start: dt.date) -> dt.date | None:
        """The first day from which `rule` no longer applies to a deadline started on `start`."""
        dates = [
            e.date
            for p in rule.excluded_by
            for e in self.happened(p.type, start, self.as_of)
            if p.matches(e.type, e.kind)
        ]
        switches = sorted(
            (e.date, p in rule.resumed_by)
            for p in (*rule.suspended_by, *rule.resumed_by)
            for e in self.happened(p.type, start, self.as_of)
            if p.matches(e.type, e.kind)
        )
        suspended_since = None
        for day, resumes in switches:
            if resumes:
                suspended_since = None
            elif suspended_since is None:
                suspended_since = day
        if suspended_since is not None:
            dates.append(suspended_since)
        return min(dates, default=None)


def _fixed_date(year: int, rule: Rule) -> dt.date:
    """The rule's fixed month and day in `year` (clamped to the month's last day)."""
    assert rule.fixed_month is not None and rule.fixed_day is not None  # validated
    last = _stdcal.monthrange(year, rule.fixed_month)[1]
    return dt.date(year, rule.fixed_month, min(rule.fixed_day, last))


def _drop_duplicates(rule: Rule, triggers: list[Event], case: _Case) -> list[Event]:
    """For restartable clocks: a repeat trigger counts only after a `restart_after` event."""
    kept: list[Event] = []
    for event in triggers:
        if kept and rule.restart_after:
            between = case.happened(rule.restart_after, kept[-1].date, event.date)
            if not between:
                continue  # a duplicate request: the running clock is not restarted
        kept.append(event)
    return kept


def _superseded(instance: _Instance, as_of: dt.date) -> bool:
    return instance.rule.repeat == "restart" and instance.end is not None and instance.end <= as_of


def _limb_trigger(rule: Rule, anchor: dt.date, until: dt.date | None, case: _Case) -> Event | None:
    """The event that starts a limb of a 'later of' group for the anchor on `anchor`."""
    events = [e for e in case.of_type(rule.trigger) if rule.applies_to_kind(e.kind)]
    if rule.pair == "preceding":
        return next((e for e in reversed(events) if e.date <= anchor), None)
    return next((e for e in events if e.date >= anchor and (until is None or e.date < until)), None)


def _later_of_note(options: list[_Instance]) -> str:
    limbs = "; ".join(
        f"{i.rule.id} {i.due} (from {i.trigger.type} {i.trigger.date})" for i in options
    )
    return f"Later of: {limbs}."


def _derives(rule: Rule, deadline: Deadline) -> bool:
    """Whether a derived rule (reminder before / breach letter after) applies to `deadline`."""
    if (
        deadline.due is None
        or deadline.about is not None
        or deadline.excepted_by is not None
        or deadline.actor == "parent"
        or deadline.strength not in DERIVED_FROM_STRENGTHS
    ):
        return False
    if rule.counts_backward:
        return deadline.status in ("upcoming", "due_soon")
    return deadline.status == "missed" or bool(deadline.status == "met" and deadline.days_overdue)


def _apply_claims(
    instance: _Instance, claims: list[ExceptionClaim], notes: list[str], rules: Rules
) -> str | None:
    """Apply the parent's exception claims; return the exception id that applies, if any."""
    applied = None
    for claim in claims:
        if claim.rule != instance.rule.id or claim.trigger_date not in (
            None,
            instance.trigger.date,
        ):
            continue
        if claim.exception in instance.rule.exceptions and applied is None:
            applied = claim.exception
            citation = rules.exceptions[claim.exception].citation
            notes.append(
                f"Exception {claim.exception} claimed ({citation}): the time limit no longer "
                f"applies and the duty is 'as soon as practicable'; original date {instance.due}."
            )
        elif claim.exception not in instance.rule.exceptions:
            notes.append(
                f"Exception {claim.exception} was claimed but does not apply to "
                f"{instance.rule.id}; the time limit stands."
            )
        if claim.note:
            notes.append(f"Parent's note: {claim.note}")
    return applied
