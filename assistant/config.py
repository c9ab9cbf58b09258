"""Read and validate the TOML configuration.

Every problem is collected with its key path (``parties[2].kind: ...``) so the
user sees all of them at once, in plain English, instead of one per run.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from .errors import ConfigError

APP_NAME = "ehcp-assistant"
PARTY_KINDS = ("la", "school", "health", "tribunal", "advice", "other")
SECRET_KEYS = ("password_env", "password_command", "keyring", "password", "oauth2_token_command")


@dataclass(frozen=True)
class Owner:
    name: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class Child:
    name: str
    date_of_birth: dt.date | None = None
    la_reference: str | None = None


@dataclass(frozen=True)
class Party:
    kind: str
    name: str
    domains: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Account:
    name: str
    host: str
    port: int
    security: str
    username: str
    secret_kind: str  # which of SECRET_KEYS was given
    secret: str
    folders: tuple[str, ...] = ()
    fetch: str = "parties"
    since: dt.date | None = None


@dataclass(frozen=True)
class Config:
    timezone: ZoneInfo
    owner: Owner
    children: tuple[Child, ...]
    parties: tuple[Party, ...]
    database: Path
    accounts: tuple[Account, ...] = ()
    path: Path | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)


def default_config_path() -> Path:
    """The config file used when neither --config nor ASSISTANT_CONFIG is given."""
    env = os.environ.get("ASSISTANT_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "assistant.db"


def load_config(path: Path | str | None = None) -> Config:
    """Load and validate a config file; raise ConfigError listing every problem."""
    path = Path(path).expanduser() if path else default_config_path()
    if not path.exists():
        raise ConfigError(
            f"No configuration file at {path}. Copy config.example.toml there and fill it in, "
            "or point to yours with --config FILE."
        )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Cannot read the configuration file {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The configuration file {path} is not valid TOML: {exc}") from exc
    return parse_config(raw, path)


def parse_config(raw: dict[str, Any], path: Path | None = None) -> Config:
    checker = _Checker()
    config = checker.config(raw, path)
    if checker.problems:
        where = f" in {path}" if path else ""
        raise ConfigError(
            f"The configuration{where} has {len(checker.problems)} problem(s).", checker.problems
        )
    return config


class _Checker:
    """Walks the raw TOML, building the Config and collecting problems."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(f"{key}: {message}")

    def keys(self, table: dict[str, Any], key: str, allowed: set[str], required: set[str]) -> None:
        for name in table:
            if name not in allowed:
                hint = ", ".join(sorted(allowed))
                self.problem(_join(key, name), f"unknown setting (allowed here: {hint})")
        for name in sorted(required - table.keys()):
            self.problem(_join(key, name), "this setting is required")

    def get(self, table: dict[str, Any], key: str, name: str, kind: type, default: Any = None):
        value = table.get(name, default)
        if value is None or value is default:
            return value
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if not ok:
            self.problem(_join(key, name), f"expected {_KIND_NAMES[kind]}, found {value!r}")
            return default
        return value

    def strings(self, table: dict[str, Any], key: str, name: str) -> tuple[str, ...]:
        value = self.get(table, key, name, list, [])
        if not all(isinstance(item, str) for item in value):
            self.problem(_join(key, name), "expected a list of text values in quotes")
            return ()
        return tuple(item.strip().lower() for item in value)

    def folder_names(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        """Like strings(), but keeping case: IMAP folder names are case-sensitive."""
        value = self.get(table, key, "folders", list, [])
        if not all(isinstance(item, str) for item in value):
            self.problem(_join(key, "folders"), "expected a list of folder names in quotes")
            return ()
        return tuple(value)

    def date(self, table: dict[str, Any], key: str, name: str) -> dt.date | None:
        value = table.get(name)
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(_join(key, name), f"expected a date written YYYY-MM-DD, found {value!r}")
        return None

    def tables(self, raw: dict[str, Any], name: str) -> list[dict[str, Any]]:
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
            self.problem(name, f"expected one or more [[{name}]] tables")
            return []
        return value

    def config(self, raw: dict[str, Any], path: Path | None) -> Config:
        self.keys(
            raw,
            "",
            {"timezone", "owner", "children", "parties", "storage", "accounts"},
            {"owner"},
        )
        timezone = self.timezone(raw.get("timezone", "Europe/London"))
        owner_raw = self.get(raw, "", "owner", dict, {})
        if isinstance(raw.get("owner"), dict):  # else the problem is already said once
            self.keys(owner_raw, "owner", {"name", "addresses"}, {"name", "addresses"})
        owner = Owner(
            self.get(owner_raw, "owner", "name", str, ""),
            self.strings(owner_raw, "owner", "addresses"),
        )
        children = tuple(
            self.child(t, f"children[{i}]") for i, t in enumerate(self.tables(raw, "children"))
        )
        parties = tuple(
            self.party(t, f"parties[{i}]") for i, t in enumerate(self.tables(raw, "parties"))
        )
        self.overlaps(parties)
        storage = self.get(raw, "", "storage", dict, {})
        self.keys(storage, "storage", {"path"}, set())
        db_path = self.get(storage, "storage", "path", str)
        database = Path(db_path).expanduser() if db_path else default_database_path()
        if path and not database.is_absolute():
            database = path.parent / database
        accounts = tuple(
            self.account(t, f"accounts[{i}]") for i, t in enumerate(self.tables(raw, "accounts"))
        )
        names = [a.name for a in accounts]
        for name in {n for n in names if names.count(n) > 1}:
            self.problem("accounts", f"two accounts are both called {name!r}; names must differ")
        return Config(
            timezone, owner, children, parties, database, accounts, path, tuple(self.warnings)
        )

    def timezone(self, value: Any) -> ZoneInfo:
        try:
            return ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            self.problem(
                "timezone", f"{value!r} is not a known time zone (in England: 'Europe/London')"
            )
            return ZoneInfo("Europe/London")

    def child(self, table: dict[str, Any], key: str) -> Child:
        self.keys(table, key, {"name", "date_of_birth", "la_reference"}, {"name"})
        return Child(
            self.get(table, key, "name", str, ""),
            self.date(table, key, "date_of_birth"),
            self.get(table, key, "la_reference", str),
        )

    def party(self, table: dict[str, Any], key: str) -> Party:
        self.keys(table, key, {"kind", "name", "domains", "addresses"}, {"kind", "name"})
        kind = self.get(table, key, "kind", str, "other")
        if kind not in PARTY_KINDS:
            self.problem(_join(key, "kind"), f"{kind!r} is not one of {', '.join(PARTY_KINDS)}")
        party = Party(
            kind,
            self.get(table, key, "name", str, ""),
            tuple(d.lstrip("@.") for d in self.strings(table, key, "domains")),
            self.strings(table, key, "addresses"),
        )
        if not party.domains and not party.addresses:
            self.problem(key, "give at least one of 'domains' or 'addresses' for this party")
        return party

    def overlaps(self, parties: tuple[Party, ...]) -> None:
        """The same domain or address in two parties makes 'who sent this' ambiguous."""
        seen: dict[str, int] = {}
        for i, party in enumerate(parties):
            for item in (*party.domains, *party.addresses):
                if item in seen and seen[item] != i:
                    self.problem(
                        f"parties[{i}]",
                        f"{item!r} is also listed under parties[{seen[item]}]; "
                        "each domain or address may belong to one party only",
                    )
                seen.setdefault(item, i)

    def account(self, table: dict[str, Any], key: str) -> Account:
        allowed = {"name", "host", "port", "security", "username", "folders", "fetch", "since"}
        self.keys(table, key, allowed | set(SECRET_KEYS), {"name", "host", "username"})
        security = self.get(table, key, "security", str, "tls")
        if security not in ("tls", "starttls", "none"):
            self.problem(_join(key, "security"), "expected 'tls', 'starttls' or 'none'")
        host = self.get(table, key, "host", str, "")
        if security == "none" and not _is_loopback(host):
            self.problem(
                _join(key, "security"),
                "'none' (no encryption) is only allowed for a server on this computer "
                "(127.0.0.1); use 'tls' or 'starttls'",
            )
        port = self.get(table, key, "port", int, 993 if security == "tls" else 143)
        given = [name for name in SECRET_KEYS if name in table]
        if len(given) != 1:
            self.problem(
                key,
                "give exactly one of "
                + ", ".join(SECRET_KEYS)
                + f" (found {len(given) or 'none'})",
            )
        secret_kind = given[0] if given else "password_env"
        secret = self.get(table, key, secret_kind, str, "")
        if secret_kind == "password":
            self.warnings.append(
                f"{key}.password: the password is written in the config file in plain text; "
                "prefer password_env, password_command or keyring"
            )
        fetch = self.get(table, key, "fetch", str, "parties")
        if fetch not in ("parties", "all"):
            self.problem(_join(key, "fetch"), "expected 'parties' or 'all'")
        return Account(
            name=self.get(table, key, "name", str, ""),
            host=host,
            port=port,
            security=security,
            username=self.get(table, key, "username", str, ""),
            secret_kind=secret_kind,
            secret=secret,
            folders=self.folder_names(table, key),
            fetch=fetch,
            since=self.date(table, key, "since"),
        )


_KIND_NAMES = {
    str: "text in quotes",
    int: "a whole number",
    list: "a list in square brackets",
    dict: "a table",
    bool: "true or false",
}


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
