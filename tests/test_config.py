"""Loading and validating the TOML configuration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import BASE_CONFIG, REPO

from assistant.config import load_config, parse_config
from assistant.errors import ConfigError

CORPUS = REPO.parent / "shared" / "corpus"


def problems(raw: dict) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(raw)
    return caught.value.problems


def test_the_example_config_loads_with_everything_it_documents():
    cfg = load_config(REPO / "config.example.toml")
    assert cfg.timezone.key == "Europe/London"
    assert cfg.owner.addresses == ("priya.shah@example.net",)
    assert cfg.children[0].date_of_birth == dt.date(2017, 9, 14)
    assert {p.kind for p in cfg.parties} >= {"la", "school", "health"}


def test_the_bundled_demo_config_loads():
    cfg = load_config(REPO / "assistant" / "demo" / "config.toml")
    assert any(p.kind == "la" for p in cfg.parties)


def test_every_corpus_config_loads():
    configs = sorted(CORPUS.glob("*/config.toml"))
    assert configs, f"no corpus configs under {CORPUS}"
    for path in configs:
        cfg = load_config(path)
        assert cfg.parties, path


def test_values_are_normalised(config_path):
    cfg = parse_config(
        {
            **BASE_CONFIG,
            "owner": {"name": "Priya Shah", "addresses": ["  Priya.Shah@Example.NET "]},
            "parties": [{"kind": "la", "name": "Council", "domains": ["@Brackenmoor.gov.uk"]}],
        }
    )
    assert cfg.owner.addresses == ("priya.shah@example.net",)
    assert cfg.parties[0].domains == ("brackenmoor.gov.uk",)


def test_a_family_may_have_several_children():
    cfg = parse_config({**BASE_CONFIG, "children": [{"name": "Arjun Shah"}, {"name": "Maya Shah"}]})
    assert [c.name for c in cfg.children] == ["Arjun Shah", "Maya Shah"]
    assert cfg.children[1].la_reference is None


def test_every_problem_is_reported_at_once_with_its_key():
    found = problems(
        {
            **BASE_CONFIG,
            "timezone": "Europe/Londn",
            "colour": "blue",
            "owner": {"name": 7, "addresses": "priya.shah@example.net"},
            "children": [{"name": "Arjun", "date_of_birth": "14/09/2017", "shoe_size": 2}],
            "parties": [{"kind": "council", "name": "Brackenmoor", "domains": ["b.gov.uk"]}],
        }
    )
    text = "\n".join(found)
    assert "timezone: 'Europe/Londn' is not a known time zone" in text
    assert "colour: unknown setting" in text
    assert "owner.name: expected text in quotes, found 7" in text
    assert "owner.addresses: expected a list" in text
    assert "children[0].date_of_birth: expected a date written YYYY-MM-DD" in text
    assert "children[0].shoe_size: unknown setting" in text
    assert "parties[0].kind: 'council' is not one of" in text
    assert len(found) == 7


def test_a_missing_required_setting_is_named():
    raw = {k: v for k, v in BASE_CONFIG.items() if k != "owner"}
    assert problems(raw) == ["owner: this setting is required"]


def test_a_party_needs_a_domain_or_an_address():
    found = problems({**BASE_CONFIG, "parties": [{"kind": "school", "name": "Oakfield"}]})
    assert found == ["parties[0]: give at least one of 'domains' or 'addresses' for this party"]


def test_overlapping_party_domains_are_refused():
    parties = [
        {"kind": "la", "name": "Council", "domains": ["brackenmoor.gov.uk"]},
        {"kind": "school", "name": "School", "domains": ["oak.sch.uk", "Brackenmoor.gov.uk"]},
    ]
    found = problems({**BASE_CONFIG, "parties": parties})
    assert len(found) == 1
    assert found[0].startswith("parties[1]: 'brackenmoor.gov.uk' is also listed under parties[0]")


def test_a_subdomain_of_another_party_is_not_an_overlap():
    parties = [
        {"kind": "la", "name": "Council", "domains": ["brackenmoor.gov.uk"]},
        {"kind": "health", "name": "Therapy", "domains": ["therapy.brackenmoor.gov.uk"]},
    ]
    assert len(parse_config({**BASE_CONFIG, "parties": parties}).parties) == 2


def test_a_password_in_the_file_is_a_warning_not_an_error():
    account = {"name": "home", "host": "imap.example.net", "username": "p", "password": "hunter2"}
    cfg = parse_config({**BASE_CONFIG, "accounts": [account]})
    assert len(cfg.warnings) == 1
    assert "accounts[0].password" in cfg.warnings[0]
    assert "hunter2" not in cfg.warnings[0]


def test_no_encryption_is_refused_for_a_remote_server():
    account = {
        "name": "home",
        "host": "imap.example.net",
        "username": "p",
        "password_env": "MAIL_PASSWORD",
        "security": "none",
    }
    found = problems({**BASE_CONFIG, "accounts": [account]})
    assert len(found) == 1 and found[0].startswith("accounts[0].security:")


def test_account_folders_must_be_names_and_keep_their_case():
    account = {"name": "home", "host": "h", "username": "p", "password_env": "PW"}
    cfg = parse_config(
        {**BASE_CONFIG, "accounts": [{**account, "folders": ["INBOX", "Sent Items"]}]}
    )
    assert cfg.accounts[0].folders == ("INBOX", "Sent Items")
    found = problems({**BASE_CONFIG, "accounts": [{**account, "folders": ["INBOX", 2]}]})
    assert found == ["accounts[0].folders: expected a list of folder names in quotes"]


def test_storage_path_is_relative_to_the_config_file(tmp_path: Path):
    path = tmp_path / "cfg" / "config.toml"
    path.parent.mkdir()
    path.write_text(
        'timezone = "Europe/London"\n[owner]\nname = "P"\naddresses = ["p@example.net"]\n'
        '[storage]\npath = "log/assistant.db"\n',
        encoding="utf-8",
    )
    assert load_config(path).database == tmp_path / "cfg" / "log" / "assistant.db"


def test_a_missing_file_says_what_to_do(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"config\.example\.toml"):
        load_config(tmp_path / "nowhere.toml")


def test_invalid_toml_is_one_plain_error(tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text("[owner\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(path)


def test_the_environment_variable_names_the_config(tmp_path: Path, write_config, monkeypatch):
    path = write_config({"timezone": "Europe/Dublin"})
    monkeypatch.setenv("ASSISTANT_CONFIG", str(path))
    assert load_config().timezone.key == "Europe/Dublin"
