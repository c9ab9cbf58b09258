"""Load and validate the statutory timescales (``timescales.toml``) into frozen dataclasses.

Every problem in the file is collected, each prefixed with where it is
(``rule 'ASMT-FINAL': key 'unit': ...``), and raised together as one
:class:`~assistant.errors.RulesError`, whose message starts with the first one.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import RulesError
from .calendar import CALENDARS, OVERRIDE_ACTIONS, REGIONS, HolidayOverride

DEFAULT_RULES_PATH = Path(__file__).with_name("timescales.toml")

# What the clock knows how to compute. A vocabulary value outside these is an error:
# the data would promise a convention the code does not implement.
SUPPORTED_UNITS = frozenset(
    {"calendar_days", "weeks", "months", "working_days", "school_days", "tribunal_working_days"}
    | {"fixed_date", "none"}
)
WORKING_UNITS = frozenset({"working_days", "school_days", "tribunal_working_days"})
_COUNTED_UNITS = frozenset({"calendar_days", "weeks"}) | WORKING_UNITS
# counting -> units it can be combined with
COUNTING_UNITS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "after_exclusive": _COUNTED_UNITS | {"months"},
        "after_inclusive": _COUNTED_UNITS,
        "month_corresponding": frozenset({"months"}),
        "period_starting_with": frozenset({"months"}),
        "before_exclusive": _COUNTED_UNITS | {"months"},
        "fixed_date_before": frozenset({"fixed_date"}),
        "immediate": frozenset({"none"}),
        "as_soon_as_practicable": frozenset({"none"}),
    }
)
BACKWARD_COUNTINGS = frozenset({"before_exclusive", "fixed_date_before"})
SUPPORTED_ROLL_FORWARD = frozenset({"none", "next_working_day", "hesc_sen"})
REPEATS = ("each", "restart")
COMBINES = ("latest",)
PAIRS = ("following", "preceding")

_REQUIRED = {
    "id": str,
    "title": str,
    "trigger": str,
    "period": int,
    "unit": str,
    "counting": str,
    "roll_forward": str,
    "due_event": str,
    "actor": str,
    "strength": str,
    "confidence": str,
    "citation": str,
    "exceptions": list,
    "notes": str,
}
_LIST_KEYS = (
    "exceptions",
    "trigger_kinds",
    "also_met_by",
    "excluded_by",
    "suspended_by",
    "resumed_by",
)
_OPTIONAL = {
    "fixed_month": int,
    "fixed_day": int,
    "group": str,
    "combine": str,
    "pair": str,
    "calendar": str,
    "repeat": str,
    "restart_after": str,
    "trigger_kinds": list,
    "kind_required": bool,
    "also_met_by": list,
    "excluded_by": list,
    "suspended_by": list,
    "resumed_by": list,
}


@dataclass(frozen=True)
class EventPattern:
    """``"type"`` or ``"type:kind"``: matches events of that type (and kind, if given)."""

    type: str
    kind: str | None = None

    @classmethod
    def parse(cls, text: str) -> EventPattern:
        type_, _, kind = text.partition(":")
        return cls(type_, kind or None)

    def matches(self, event_type: str, event_kind: str | None) -> bool:
        return event_type == self.type and (self.kind is None or self.kind == event_kind)


@dataclass(frozen=True)
class ExceptionDef:
    """A legal exception that can disapply a time limit (timescales.md section 8)."""

    id: str
    citation: str
    condition: str
    confidence: str


@dataclass(frozen=True)
class Rule:
    """One timescale: from a trigger event, a period counted a certain way, to a due event."""

    id: str
    title: str
    trigger: str
    period: int
    unit: str
    counting: str
    roll_forward: str
    due_event: str
    actor: str
    strength: str
    confidence: str
    citation: str
    exceptions: tuple[str, ...]
    notes: str
    fixed_month: int | None = None
    fixed_day: int | None = None
    group: str | None = None
    combine: str | None = None
    pair: str | None = None
    calendar: str = "england_wales"
    repeat: str = "each"
    restart_after: str | None = None
    trigger_kinds: tuple[str, ...] = ()
    kind_required: bool = False  # a trigger event without a kind does not start it
    also_met_by: tuple[str, ...] = ()
    excluded_by: tuple[EventPattern, ...] = ()
    suspended_by: tuple[EventPattern, ...] = ()
    resumed_by: tuple[EventPattern, ...] = ()

    @property
    def due_events(self) -> tuple[str, ...]:
        """Event types that meet the rule: `due_event`, then any `also_met_by`."""
        return (self.due_event, *self.also_met_by)

    @property
    def counts_backward(self) -> bool:
        """True when the trigger is a planned future date (a meeting, a transfer year)."""
        return self.counting in BACKWARD_COUNTINGS

    @property
    def approximate(self) -> bool:
        """School days need the school's term dates; the clock counts working days instead."""
        return self.unit == "school_days"

    def applies_to_kind(self, kind: str | None) -> bool:
        if kind is None:
            return not self.kind_required
        return not self.trigger_kinds or kind in self.trigger_kinds


@dataclass(frozen=True, eq=False)
class Rules:
    """A validated rule set. Iterate it for the rules; look one up with ``rules[rule_id]``.

    Compared and hashed by identity, so it can key caches (e.g. the built calendars).
    """

    rules: tuple[Rule, ...]
    exceptions: Mapping[str, ExceptionDef]
    events: frozenset[str]
    kinds: Mapping[str, frozenset[str]]
    implied_events: Mapping[str, tuple[str, ...]]
    bank_holidays_england_wales: tuple[dt.date, ...]
    holiday_overrides: tuple[HolidayOverride, ...]
    source: Path | None = None

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def __contains__(self, rule_id: object) -> bool:
        return any(rule.id == rule_id for rule in self.rules)

    @property
    def scheduled_events(self) -> frozenset[str]:
        """Event types that may be recorded ahead of time (triggers of backward-counted rules)."""
        return frozenset(rule.trigger for rule in self.rules if rule.counts_backward)


def load_rules(path: Path | str | None = None) -> Rules:
    """Read and validate a timescales TOML file (default: the packaged ``timescales.toml``)."""
    if path is None:
        return _load_default()
    return _load(Path(path))


@functools.cache
def _load_default() -> Rules:
    return _load(DEFAULT_RULES_PATH)


def _load(path: Path) -> Rules:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(f"cannot read the rules file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"the rules file {path} is not valid TOML: {exc}") from exc
    return parse_rules(data, source=path)


def parse_rules(data: Mapping[str, Any], source: Path | None = None) -> Rules:
    """Validate already-parsed TOML data; raise RulesError listing every problem."""
    problems: list[str] = []
    vocab = _vocabulary(data, problems)
    exceptions = _exceptions(data, problems)
    kinds = _kinds(data, vocab["events"], problems)
    implied = _implied(data, vocab["events"], kinds, problems)
    holidays_ew, overrides = _working_day(data, problems)
    rules = tuple(
        rule
        for index, raw in enumerate(data.get("rule", []))
        if (rule := _rule(raw, index, vocab, exceptions, kinds, problems)) is not None
    )
    _check_ids_and_groups(rules, problems)
    if problems:
        where = f" in {source}" if source else ""
        raise RulesError(f"invalid rules data{where}: {problems[0]}", problems)
    return Rules(
        rules=rules,
        exceptions=MappingProxyType(exceptions),
        events=vocab["events"],
        kinds=MappingProxyType(kinds),
        implied_events=MappingProxyType(implied),
        bank_holidays_england_wales=holidays_ew,
        holiday_overrides=overrides,
        source=source,
    )


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _vocabulary(data: Mapping[str, Any], problems: list[str]) -> dict[str, frozenset[str]]:
    raw = data.get("vocabulary")
    if not isinstance(raw, dict):
        problems.append("[vocabulary]: table missing")
        raw = {}
    supported = {
        "units": SUPPORTED_UNITS,
        "counting": frozenset(COUNTING_UNITS),
        "roll_forward": SUPPORTED_ROLL_FORWARD,
    }
    vocab: dict[str, frozenset[str]] = {}
    for key in ("events", "units", "counting", "roll_forward", "actors", "strength", "confidence"):
        values = raw.get(key)
        if not _strings(values):
            problems.append(f"[vocabulary]: key {key!r}: expected a list of strings")
            values = []
        unknown = sorted(set(values) - supported.get(key, set(values)))
        if unknown:
            problems.append(f"[vocabulary]: key {key!r}: not implemented by the clock: {unknown}")
        vocab[key] = frozenset(values)
    return vocab


def _exceptions(data: Mapping[str, Any], problems: list[str]) -> dict[str, ExceptionDef]:
    found: dict[str, ExceptionDef] = {}
    for index, raw in enumerate(data.get("exception", [])):
        fields = {k: raw.get(k) for k in ("id", "citation", "condition", "confidence")}
        bad = [k for k, v in fields.items() if not isinstance(v, str)]
        name = fields["id"] if isinstance(fields["id"], str) else f"#{index + 1}"
        if bad:
            problems.append(f"exception {name!r}: key {bad[0]!r}: missing or not a string")
        elif name in found:
            problems.append(f"exception {name!r}: key 'id': duplicate")
        else:
            found[name] = ExceptionDef(**fields)
    return found


def _kinds(
    data: Mapping[str, Any], events: frozenset[str], problems: list[str]
) -> dict[str, frozenset[str]]:
    kinds: dict[str, frozenset[str]] = {}
    for event, values in data.get("kinds", {}).items():
        if event not in events:
            problems.append(f"[kinds]: key {event!r}: not a vocabulary event")
        elif not _strings(values):
            problems.append(f"[kinds]: key {event!r}: expected a list of strings")
        else:
            kinds[event] = frozenset(values)
    return kinds


def _implied(
    data: Mapping[str, Any],
    events: frozenset[str],
    kinds: Mapping[str, frozenset[str]],
    problems: list[str],
) -> dict[str, tuple[str, ...]]:
    """Keys are event types, or "type:kind" for the events of one kind only."""
    implied: dict[str, tuple[str, ...]] = {}
    for key, values in data.get("implied_events", {}).items():
        event, _, kind = key.partition(":")
        known = event in events and (not kind or kind in kinds.get(event, ()))
        if not known or not _strings(values) or not set(values) <= events:
            problems.append(f"[implied_events]: key {key!r}: expected vocabulary events")
        else:
            implied[key] = tuple(values)
    return implied


def _working_day(
    data: Mapping[str, Any], problems: list[str]
) -> tuple[tuple[dt.date, ...], tuple[HolidayOverride, ...]]:
    raw = data.get("working_day", {})
    dates: list[dt.date] = []
    for text in raw.get("bank_holidays_england_wales", []):
        try:
            dates.append(dt.date.fromisoformat(str(text)))
        except ValueError:
            problems.append(f"[working_day]: key 'bank_holidays_england_wales': bad date {text!r}")
    overrides: list[HolidayOverride] = []
    for index, item in enumerate(raw.get("overrides", [])):
        where = f"[working_day]: key 'overrides' #{index + 1}"
        date = item.get("date") if isinstance(item, dict) else None
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                date = None
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            problems.append(f"{where}: 'date' must be a date such as 2030-06-03")
        elif item.get("region") not in REGIONS:
            problems.append(f"{where}: 'region' must be one of {sorted(REGIONS)}")
        elif item.get("action") not in OVERRIDE_ACTIONS:
            problems.append(f"{where}: 'action' must be one of {list(OVERRIDE_ACTIONS)}")
        else:
            overrides.append(
                HolidayOverride(date, item["region"], item["action"], str(item.get("name", "")))
            )
    return tuple(dates), tuple(overrides)


def _rule(
    raw: Any,
    index: int,
    vocab: Mapping[str, frozenset[str]],
    exceptions: Mapping[str, ExceptionDef],
    kinds: Mapping[str, frozenset[str]],
    problems: list[str],
) -> Rule | None:
    """Build one Rule, or record its problems and return None."""
    if not isinstance(raw, dict):
        problems.append(f"rule #{index + 1}: not a table")
        return None
    rule_id = raw.get("id") if isinstance(raw.get("id"), str) else f"#{index + 1}"
    mine: list[str] = []

    def bad(key: str, message: str) -> None:
        mine.append(f"rule {rule_id!r}: key {key!r}: {message}")

    for key, kind in _REQUIRED.items():
        if key not in raw:
            bad(key, "missing")
        elif not isinstance(raw[key], kind) or isinstance(raw[key], bool):
            bad(key, f"expected {kind.__name__}, got {type(raw[key]).__name__}")
    for key in raw.keys() - _REQUIRED.keys() - _OPTIONAL.keys():
        bad(key, "unknown key")
    for key, kind in _OPTIONAL.items():
        wrong_bool = isinstance(raw.get(key), bool) and kind is not bool
        if key in raw and (not isinstance(raw[key], kind) or wrong_bool):
            bad(key, f"expected {kind.__name__}, got {type(raw[key]).__name__}")
    for key in _LIST_KEYS:
        if key in raw and isinstance(raw[key], list) and not _strings(raw[key]):
            bad(key, "expected a list of strings")
    if mine:
        problems.extend(mine)
        return None
    _check_values(raw, vocab, exceptions, kinds, bad)
    if mine:
        problems.extend(mine)
        return None
    patterns = {
        key: tuple(EventPattern.parse(text) for text in raw.get(key, ()))
        for key in ("excluded_by", "suspended_by", "resumed_by")
    }
    lists = {k: tuple(raw[k]) for k in _LIST_KEYS if k in raw and k not in patterns}
    simple = {k: raw[k] for k in raw if k not in _LIST_KEYS}
    return Rule(**simple, **lists, **patterns)


_Bad = Callable[[str, str], None]
_Vocab = Mapping[str, frozenset[str]]


def _check_values(
    raw: dict[str, Any],
    vocab: _Vocab,
    exceptions: Mapping[str, ExceptionDef],
    kinds: _Vocab,
    bad: _Bad,
) -> None:
    """Check one rule's values against the vocabulary and the counting conventions."""
    for key, vocab_key in (
        ("trigger", "events"),
        ("due_event", "events"),
        ("unit", "units"),
        ("counting", "counting"),
        ("roll_forward", "roll_forward"),
        ("actor", "actors"),
        ("strength", "strength"),
        ("confidence", "confidence"),
    ):
        if raw[key] not in vocab[vocab_key]:
            bad(key, f"{raw[key]!r} is not in [vocabulary] {vocab_key}")
    for exc in raw["exceptions"]:
        if exc not in exceptions:
            bad("exceptions", f"{exc!r} is not a defined [[exception]]")
    counting, unit, period = raw["counting"], raw["unit"], raw["period"]
    known = unit in vocab["units"] and counting in vocab["counting"]
    if known and unit not in COUNTING_UNITS.get(counting, frozenset()):
        bad("unit", f"{unit!r} cannot be counted with counting = {counting!r}")
    if unit in _COUNTED_UNITS | {"months"} and period <= 0:
        bad("period", f"must be positive for unit {unit!r}")
    if period < 0:
        bad("period", "must not be negative")
    if counting == "fixed_date_before":
        _check_fixed_date(raw, bad)
    elif "fixed_month" in raw or "fixed_day" in raw:
        bad("fixed_month", "only used with counting = 'fixed_date_before'")
    _check_options(raw, vocab, kinds, bad)


def _check_fixed_date(raw: dict[str, Any], bad: _Bad) -> None:
    month, day = raw.get("fixed_month"), raw.get("fixed_day")
    if month is None or day is None:
        bad("fixed_month" if month is None else "fixed_day", "required by fixed_date_before")
        return
    try:
        dt.date(2024, month, day)  # a leap year, so 29 Feb is accepted
    except ValueError:
        bad("fixed_day", f"{month}-{day} is not a calendar date")


def _check_options(raw: dict[str, Any], vocab: _Vocab, kinds: _Vocab, bad: _Bad) -> None:
    if raw.get("calendar", "england_wales") not in CALENDARS:
        bad("calendar", f"must be one of {sorted(CALENDARS)}")
    if raw.get("repeat", "each") not in REPEATS:
        bad("repeat", f"must be one of {list(REPEATS)}")
    if raw.get("kind_required") and not raw.get("trigger_kinds"):
        bad("kind_required", "needs trigger_kinds")
    if "restart_after" in raw:
        if raw.get("repeat") != "restart":
            bad("restart_after", "needs repeat = 'restart'")
        if raw["restart_after"] not in vocab["events"]:
            bad("restart_after", f"{raw['restart_after']!r} is not a vocabulary event")
    for event in raw.get("also_met_by", ()):
        if event not in vocab["events"]:
            bad("also_met_by", f"{event!r} is not a vocabulary event")
    for kind in raw.get("trigger_kinds", ()):
        if kind not in kinds.get(raw["trigger"], ()):
            bad("trigger_kinds", f"{kind!r} is not a [kinds] value of {raw['trigger']!r}")
    for key in ("excluded_by", "suspended_by", "resumed_by"):
        for text in raw.get(key, ()):
            pattern = EventPattern.parse(text)
            if pattern.type not in vocab["events"]:
                bad(key, f"{pattern.type!r} is not a vocabulary event")
            elif pattern.kind is not None and pattern.kind not in kinds.get(pattern.type, ()):
                bad(key, f"{pattern.kind!r} is not a [kinds] value of {pattern.type!r}")
    if ("suspended_by" in raw) != ("resumed_by" in raw):
        bad("suspended_by", "suspended_by and resumed_by go together")
    if "group" in raw and raw.get("combine") not in COMBINES:
        bad("combine", f"a grouped rule needs combine = one of {list(COMBINES)}")
    if ("combine" in raw or "pair" in raw) and "group" not in raw:
        bad("group", "combine and pair need a group")
    if raw.get("pair", "following") not in PAIRS:
        bad("pair", f"must be one of {list(PAIRS)}")


def _check_ids_and_groups(rules: tuple[Rule, ...], problems: list[str]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            problems.append(f"rule {rule.id!r}: key 'id': duplicate")
        seen.add(rule.id)
    groups: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.group:
            groups.setdefault(rule.group, []).append(rule)
    for name, members in groups.items():
        anchors = [r for r in members if r.pair is None]
        if len(anchors) != 1 or len(members) < 2:
            first = members[0].id
            problems.append(
                f"rule {first!r}: key 'group': group {name!r} needs one rule without 'pair' "
                f"(the anchor) and at least one with it"
            )
        if len({r.combine for r in members}) > 1:
            problems.append(f"rule {members[0].id!r}: key 'combine': differs within {name!r}")
