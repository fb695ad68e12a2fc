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


BackendOpt = Annotated[
    Optional[str],
    typer.Option("--backend", help="Encoder backend: torch, torch-int8, onnx or onnx-int8 (default: the model's).",
                 envvar="CONVOWATCH_ENCODER_BACKEND"),
]


def build_analyzer(
    rules: Path | None, model: str, *, use_rules: bool = True, int8: bool = False, backend: str | None = None,
    embedding_format: str = "int8",
):
    """The analyzer the CLI commands use, on in-memory stores."""
    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.model.bundle import BACKENDS
    from convowatch.nlp.window import EMBEDDING_FORMATS

    if backend is not None and backend not in BACKENDS:
        raise typer.BadParameter(f"expected one of {', '.join(BACKENDS)}", param_hint="--backend")
    if embedding_format not in EMBEDDING_FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(EMBEDDING_FORMATS)}", param_hint="--window-embeddings")
    model_arg = None if model.lower() == "none" else model
    return Analyzer.default(rules_dir=rules, use_rules=use_rules, model=model_arg, int8=int8, backend=backend,
                            config=AnalyzerConfig(embedding_format=embedding_format))


def demo_corpus_path() -> Path:
    """The small bundled demo corpus (hand-written conversations of each kind)."""
    from importlib.resources import files

    return Path(str(files("convowatch.synthetic").joinpath("demo.jsonl")))
