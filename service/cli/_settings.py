"""Loading service settings for the commands that run the service (serve, worker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import typer

from ...nlp.errors import field_path


def load_settings(command: str, env_file: Path | None, **overrides: Any) -> Any:
    """``Settings.load`` with the command-line overrides that were given.

    A bad setting prints ``convowatch <command>: <field>: <problem>`` and exits 2; the
    values are never echoed (they may be API or encryption keys).
    """
    from pydantic import ValidationError

    from ..config import Settings

    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        settings = Settings.load(env_file, **given)
    except ValidationError as exc:
        exit_invalid(command, exc)
    except ValueError as exc:  # a missing env file, unknown variables in prod
        typer.echo(f"convowatch {command}: {exc}", err=True)
        raise typer.Exit(2) from None
    if settings.unknown:
        typer.echo(f"convowatch {command}: warning: unknown setting(s) {', '.join(settings.unknown)} "
                   "(ignored in dev, refused in prod)", err=True)
    announce_mode(command, settings)
    return settings


def announce_mode(command: str, settings: Any) -> None:
    """Say at start-up which mode runs: dev relaxes key checks and may generate a key."""
    if settings.env == "dev":
        typer.echo(f"convowatch {command}: DEVELOPMENT mode (CONVOWATCH_ENV=dev): a missing API key is generated, "
                   "weak keys and unknown settings are allowed; set CONVOWATCH_ENV=prod in production", err=True)
    else:
        typer.echo(f"convowatch {command}: production mode (CONVOWATCH_ENV={settings.env})", err=True)


def exit_invalid(command: str, exc: Any) -> NoReturn:
    """Print a pydantic ValidationError field by field (never the values) and exit 2."""
    for err in exc.errors():
        field = field_path(err["loc"], empty="settings")
        typer.echo(f"convowatch {command}: {field}: {err['msg'].removeprefix('Value error, ')}", err=True)
    raise typer.Exit(2) from None
