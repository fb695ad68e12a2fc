"""Loading service settings for the commands that run the service (serve, worker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import typer


def load_settings(command: str, env_file: Path | None, **overrides: Any) -> Any:
    """``Settings.load`` with the command-line overrides that were given.

    A bad setting prints ``convowatch <command>: <field>: <problem>`` and exits 2; the
    values are never echoed (they may be API or encryption keys).
    """
    from pydantic import ValidationError

    from ..config import Settings

    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings.load(env_file, **given)
    except ValidationError as exc:
        exit_invalid(command, exc)


def exit_invalid(command: str, exc: Any) -> NoReturn:
    """Print a pydantic ValidationError field by field (never the values) and exit 2."""
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "settings"
        typer.echo(f"convowatch {command}: {field}: {err['msg'].removeprefix('Value error, ')}", err=True)
    raise typer.Exit(2) from None
