"""Options shared by the CLI commands that build an analyzer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

RulesOpt = Annotated[
    Optional[Path],
    typer.Option("--rules", help="Rule pack folder (default: the bundled packs).", envvar="CONVOWATCH_RULES_DIR"),
]
ModelOpt = Annotated[
    str,
    typer.Option(
        "--model",
        help="'default' (bundled weights, if shipped), 'none' (rules only) or a model folder.",
        envvar="CONVOWATCH_MODEL",
    ),
]


def build_analyzer(rules: Path | None, model: str, *, use_rules: bool = True, int8: bool = False):
    """The analyzer the CLI commands use, on in-memory stores."""
    from convowatch.nlp.analyzer import Analyzer

    model_arg = None if model.lower() == "none" else model
    return Analyzer.default(rules_dir=rules, use_rules=use_rules, model=model_arg, int8=int8)


def demo_corpus_path() -> Path:
    """The small bundled demo corpus (hand-written conversations of each kind)."""
    from importlib.resources import files

    return Path(str(files("convowatch.synthetic").joinpath("demo.jsonl")))
