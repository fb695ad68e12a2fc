"""The ``convowatch`` command line.

Each sub-command lives in its own module and registers itself on :data:`app` (or adds
a sub-app); this file only imports them. Heavy imports (torch, spaCy, FastAPI) happen
inside the commands, so ``convowatch --help`` stays fast.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="convowatch",
    help="Conversation-level risk analyzer: grooming, bullying and self-harm.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Modules that register commands on ``app``. A missing optional module is skipped,
#: so a half-built command never breaks the others.
COMMAND_MODULES = (
    "score",
    "evaluate",
    "rules",
    "synth",
    "train",
    "corpus",
    "serve",
    "worker",
    "tune",
    "banks",
)

def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"convowatch {version('convowatch')}")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            typer.echo("convowatch (not installed)")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: bool = typer.Option(False, "--version", help="Print the version and exit.", callback=_version, is_eager=True),
) -> None:
    """Conversation-level risk analyzer: grooming, bullying and self-harm."""


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # only our own not-yet-written modules
        if exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    """Console-script entry point."""
    app()
