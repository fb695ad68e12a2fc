"""Check rule packs the one way every front end does: load, then run every example.

``convowatch rules lint|test`` and ``PUT``/``POST /v1/rules`` used to each load and run
examples themselves; both now call :func:`check_packs` and only present its report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .examples import ExampleResult, run_examples
from .loader import RuleError, RuleLoadError, RuleSet, load_rules


@dataclass
class PackCheck:
    """What checking a set of packs found.

    Attributes:
        ruleset: the loaded rules, or None when any pack failed to load.
        errors: load errors (``file:line: rule: field: message``), all of them.
        results: one result per example (empty when loading failed or not run).
    """

    ruleset: RuleSet | None
    errors: list[RuleError] = field(default_factory=list)
    results: list[ExampleResult] = field(default_factory=list)

    @property
    def failures(self) -> list[ExampleResult]:
        return [r for r in self.results if not r.passed]

    @property
    def ok(self) -> bool:
        return self.ruleset is not None and not self.errors and not self.failures


def check_packs(dirs_or_files: str | Path | Iterable[str | Path], *, examples: bool = True) -> PackCheck:
    """Load packs (every problem collected) and, when they load, run their examples."""
    try:
        ruleset = load_rules(dirs_or_files)
    except RuleLoadError as exc:
        return PackCheck(None, list(exc.errors))
    return PackCheck(ruleset, [], run_examples(ruleset) if examples else [])
