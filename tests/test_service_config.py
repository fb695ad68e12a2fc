"""Settings: env vars, API keys with roles, and refusing unsafe defaults outside development."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from convowatch.service.cli import app as cli
from convowatch.service.config import Role, Settings, parse_api_keys

STRONG = "k" * 20


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("", {}),                                                          # none
        (f"{STRONG}:ingest", {STRONG: {Role.INGEST}}),                     # one key
        (f"{STRONG}:ingest, {STRONG}:moderator", {STRONG: {Role.INGEST, Role.MODERATOR}}),  # one key, two roles
        ("a:b:rules-admin", {"a:b": {Role.RULES_ADMIN}}),                  # a colon inside the key
    ],
)
def test_when_parsing_api_keys_then_roles_are_collected(spec: str, expected: dict) -> None:
    assert parse_api_keys(spec) == expected


@pytest.mark.parametrize("spec", ["nokey", ":ingest", f"{STRONG}:superuser"])  # no role, no key, unknown role
def test_when_api_keys_are_malformed_then_the_error_names_the_entry_not_the_key(spec: str) -> None:
    with pytest.raises(ValueError) as exc:
        parse_api_keys(spec)
    assert "entry 0" in str(exc.value) and STRONG not in str(exc.value)


@pytest.mark.parametrize(
    "env, keys, ok",
    [
        ("dev", "", True),                       # dev without keys: a key is generated
        ("prod", "", False),                     # prod needs keys
        ("prod", "changeme:ingest", False),      # a documented default key
        ("prod", "short-key:ingest", False),     # too short
        ("prod", f"{STRONG}:ingest", True),
    ],
)
def test_when_starting_outside_dev_then_default_keys_are_refused(monkeypatch, env: str, keys: str, ok: bool) -> None:
    monkeypatch.setenv("CONVOWATCH_ENV", env)
    monkeypatch.setenv("CONVOWATCH_API_KEYS", keys)
    if ok:
        Settings()
    else:
        with pytest.raises(ValidationError):
            Settings()


def test_when_env_vars_are_set_then_settings_read_them(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CONVOWATCH_STORE_URL", "redis://127.0.0.1:6379/3")
    monkeypatch.setenv("CONVOWATCH_MAX_BATCH", "7")
    env_file = tmp_path / "cw.env"
    env_file.write_text("CONVOWATCH_WINDOW_SIZE=5\nCONVOWATCH_MODEL=none\n")
    s = Settings.load(env_file)
    assert (s.store_url, s.max_batch, s.window_size, s.model, s.uses_redis) == ("redis://127.0.0.1:6379/3", 7, 5, None, True)


def test_when_dev_has_no_keys_then_one_all_roles_key_is_generated() -> None:
    s, key = Settings(env="dev").with_dev_key()
    assert key and s.keys() == {key: frozenset(Role)}
    again, none = s.with_dev_key()
    assert none is None and again.keys() == s.keys()


def test_when_serve_is_misconfigured_then_it_exits_2_without_echoing_the_key(monkeypatch) -> None:
    monkeypatch.setenv("CONVOWATCH_ENV", "prod")
    monkeypatch.setenv("CONVOWATCH_API_KEYS", "changeme:ingest")
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "refusing a default or short API key" in result.output and "changeme" not in result.output
