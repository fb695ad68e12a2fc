"""Settings: env vars, API keys with roles, and refusing unsafe defaults outside development."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from convowatch.service.cli import app as cli
from convowatch.service.config import Role, Settings, parse_api_keys

#: a random-looking key (fixed, so the tests are repeatable); "k" * 20 is refused as a pattern
STRONG = "q7Lr2VxT9mKc4ZwB8nHs1Jd6"


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
        ("prod", "changemechangemechangeme:ingest", False),  # long, but a deny-listed word (issue 12 #9)
        ("prod", f"{'a' * 32}:ingest", False),   # long, no entropy
        ("prod", "cw-dev-AbCdEfGhIjKlMnOpQrStUv:ingest", False),  # a key generated in dev mode
        ("prod", "abcabcabcabcabcabcabcabc:ingest", False),      # a repeated pattern
        ("prod", "Tz4Tz4Tz4qTz4Tz4Tz4Tz4q1:ingest", False),      # little entropy (few distinct characters)
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
    assert "refusing a weak API key" in result.output and "changeme" not in result.output


def test_when_the_env_file_is_missing_then_start_up_stops_naming_it(tmp_path) -> None:
    """Issue 12 #9: the file used to be ignored and a dev server started with a generated key."""
    missing = tmp_path / "nope.env"
    result = CliRunner().invoke(cli, ["serve", "--env-file", str(missing)])
    assert result.exit_code == 2 and f"env_file: {missing}: no such file" in result.output


def test_when_a_convowatch_variable_is_unknown_then_prod_refuses_and_dev_warns(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CONVOWATCH_API_KEY", "typo-of-api-keys")  # the setting is API_KEYS
    monkeypatch.setenv("CONVOWATCH_API_KEYS", f"{STRONG}:ingest")
    monkeypatch.setenv("CONVOWATCH_ENV", "prod")
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2 and "unknown setting(s) CONVOWATCH_API_KEY" in result.output
    assert "typo-of-api-keys" not in result.output
    monkeypatch.setenv("CONVOWATCH_ENV", "dev")
    assert Settings.load().unknown == ("CONVOWATCH_API_KEY",)
    env_file = tmp_path / "cw.env"
    env_file.write_text("CONVOWATCH_WINDOW_SIZ=5\n")  # a typo inside the file counts too
    assert Settings.load(env_file).unknown == ("CONVOWATCH_API_KEY", "CONVOWATCH_WINDOW_SIZ")


def test_when_settings_load_then_the_mode_is_announced(monkeypatch, capsys) -> None:
    from convowatch.service.cli._settings import load_settings

    monkeypatch.delenv("CONVOWATCH_ENV", raising=False)
    load_settings("serve", None)
    assert "DEVELOPMENT mode" in capsys.readouterr().err
    monkeypatch.setenv("CONVOWATCH_ENV", "prod")
    monkeypatch.setenv("CONVOWATCH_API_KEYS", f"{STRONG}:ingest")
    load_settings("serve", None)
    assert "production mode" in capsys.readouterr().err


def test_when_the_service_is_built_then_encoder_threads_follow_the_setting() -> None:
    """Issue 12 #6: torch's default (one thread per core) measured 5-8x slower on a shared host."""
    torch = pytest.importorskip("torch")
    from convowatch.service.app import build_services

    before = torch.get_num_threads()
    try:
        build_services(Settings(env="dev", model=None, threads=2)).backend.close()
        assert torch.get_num_threads() == 2
        build_services(Settings(env="dev", model=None)).backend.close()
        assert torch.get_num_threads() == 1  # the default
    finally:
        torch.set_num_threads(before)
