"""Shared fixtures: a config file written from a dict, an opened database, a CLI runner.

Everything runs against real files in pytest's tmp_path and a real SQLite
database; nothing touches the user's own config or data folders.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from assistant import ingest
from assistant.cli import main
from assistant.config import Config, load_config
from assistant.db import open_database
from assistant.sources import iter_paths

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent

# The invented family and parties of the fixtures under tests/data.
BASE_CONFIG: dict[str, Any] = {
    "timezone": "Europe/London",
    "owner": {"name": "Priya Shah", "addresses": ["priya.shah@example.net"]},
    "children": [
        {"name": "Arjun Shah", "date_of_birth": "2017-09-14", "la_reference": "EHC/2026/01532"}
    ],
    "parties": [
        {"kind": "la", "name": "Brackenmoor County Council", "domains": ["brackenmoor.gov.uk"]},
        {
            "kind": "school",
            "name": "Oakfield Primary School",
            "domains": ["oakfieldprimary.sch.uk"],
        },
        {"kind": "health", "name": "Brackenmoor Health", "domains": ["brackenmoorhealth.nhs.uk"]},
        {"kind": "advice", "name": "SENDIASS", "domains": ["brackenmoorsendiass.org.uk"]},
    ],
}


# The invented case under tests/data/case (Eastmere Borough Council, Toby Okafor).
CASE_CONFIG = {
    "owner": {"name": "Grace Okafor", "addresses": ["grace.okafor@example.org"]},
    "children": [
        {"name": "Toby Okafor", "date_of_birth": "2018-03-12", "la_reference": "SEN-55012"},
        {"name": "Lily Okafor", "la_reference": "SEN-60877"},
    ],
    "parties": [
        {"kind": "la", "name": "Eastmere Borough Council", "domains": ["eastmere.gov.uk"]},
        {"kind": "tribunal", "name": "SEND Tribunal", "domains": ["tribunal.example.gov.uk"]},
    ],
}


def to_toml(data: dict[str, Any]) -> str:
    """Enough TOML for our configs: scalars, lists, tables and arrays of tables."""
    lines: list[str] = []
    tables: list[tuple[str, dict]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append((f"[{key}]", value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.extend((f"[[{key}]]", item) for item in value)
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for header, table in tables:
        lines.append("")
        lines.append(header)
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)  # a TOML basic string is a JSON string


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a config file from BASE_CONFIG updated with the given keys; return its path.

    The database goes to tmp_path unless a [storage] table is given.
    """

    def write(overrides: dict[str, Any] | None = None, name: str = "config.toml") -> Path:
        data = {**BASE_CONFIG, "storage": {"path": str(tmp_path / "log.db")}}
        data.update(overrides or {})
        path = tmp_path / name
        path.write_text(to_toml(data), encoding="utf-8")
        return path

    return write


@pytest.fixture
def config_path(write_config) -> Path:
    return write_config()


@pytest.fixture
def config(config_path: Path) -> Config:
    return load_config(config_path)


@pytest.fixture
def db(config: Config):
    """The config's database, opened (created, migrated) as the CLI opens it."""
    database = open_database(config.database)
    yield database
    database.close()


@pytest.fixture
def cli(config_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ``assistant --config <tmp config> ARGS``; fails the test on an unexpected exit code."""
    monkeypatch.delenv("ASSISTANT_CONFIG", raising=False)

    def run(*args: str | Path, code: int | None = 0, config: Path | None = None) -> Result:
        argv = ["--config", str(config or config_path), *map(str, args)]
        result = CliRunner().invoke(main, argv, obj={}, catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, result.output
        return result

    return run


@pytest.fixture
def case_config(write_config: Callable[..., Path]) -> Path:
    return write_config(CASE_CONFIG, name="case.toml")


@pytest.fixture
def imported_case(case_config: Path):
    """The case's config and a database holding all of tests/data/case."""
    config = load_config(case_config)
    db = open_database(config.database)
    ingest.import_items(db, config, iter_paths([DATA / "case"]))
    yield config, db
    db.close()
