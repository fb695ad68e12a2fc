"""``convowatch rules test|lint [DIR]``: rule packs are code, and their examples are tests.

``lint`` validates packs (schema, patterns, duplicate ids) and prints every problem
as ``file:line: rule id: field: message``; ``test`` also runs every example through
the engine. Both exit 1 on any problem, so CI can gate pack changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app

rules_app = typer.Typer(help="Validate rule packs and run their examples.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

DirArg = Annotated[
    Optional[Path],
    typer.Argument(help="Pack directory or file (default: the bundled rules).", show_default=False),
]


def _load(target: Optional[Path], *, examples: bool):  # type: ignore[no-untyped-def]
    """Check packs (``check_packs``) or exit: 0 with a note when there are none, 1 on load errors."""
    from rich.console import Console

    from convowatch.nlp.rules import check_packs, default_rules_dir
    from convowatch.nlp.rules.loader import pack_files

    # piped or in CI: wide enough that file:line and rule ids stay on one line
    console = Console() if Console().is_terminal else Console(width=200)
    path = target or default_rules_dir()
    if path.is_dir() and not pack_files(path):
        console.print(f"no rule packs (*.yaml) in {path} yet; nothing to check")
        raise typer.Exit(0)
    report = check_packs(path, examples=examples)
    if report.ruleset is None:
        for e in report.errors:  # one unwrapped line each, so editors and CI can jump to file:line
            typer.echo(str(e), err=True)
        typer.echo(f"{len(report.errors)} problem(s); no pack was loaded", err=True)
        raise typer.Exit(1)
    return console, report


@rules_app.command("lint")
def lint(target: DirArg = None) -> None:
    """Validate packs without running their examples."""
    console, report = _load(target, examples=False)
    ruleset = report.ruleset
    console.print(f"ok: {len(ruleset.rules)} rules in {len(ruleset.packs)} pack(s), version {ruleset.version}")


@rules_app.command("test")
def test(target: DirArg = None) -> None:
    """Validate packs and run every example; exit 1 if any example fails."""
    from rich.table import Table

    console, report = _load(target, examples=True)
    ruleset, results, failed = report.ruleset, report.results, report.failures
    if failed:
        table = Table(title=f"{len(failed)} failing example(s)", show_lines=False)
        table.add_column("location", no_wrap=True)
        table.add_column("rule", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("detail", overflow="fold")
        for r in failed:
            table.add_row(f"{r.file}:{r.line}", r.rule_id, r.kind, r.detail)
        console.print(table)
        console.print(f"[red]{len(failed)} of {len(results)} examples failed[/red]")
        raise typer.Exit(1)
    console.print(
        f"ok: {len(results)} examples passed ({len(ruleset.rules)} rules, {len(ruleset.packs)} pack(s), version {ruleset.version})"
    )
