"""``convowatch tune``: choose fused thresholds on a dev corpus and store them in a model folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app
from ._common import RulesOpt


@app.command()
def tune(
    dev: Annotated[Path, typer.Option("--dev", exists=True, dir_okay=False, help="Dev corpus (never the test split).")],
    model: Annotated[Path, typer.Option("--model", exists=True, file_okay=False, help="Model folder whose config.json receives the thresholds.")],
    rules: RulesOpt = None,
    target_precision: Annotated[float, typer.Option(min=0.5, max=1.0)] = 0.95,
    write: Annotated[bool, typer.Option("--write/--dry-run", help="Write the thresholds into the model's config.json (default: only print them).")] = False,
    model_mode: Annotated[str, typer.Option(help="How window probabilities become the model's conversation score: max | ema.")] = "ema",
    model_weight: Annotated[float, typer.Option(min=0.0, max=1.0, help="Weight of the model score in the noisy-OR.")] = 1.0,
    model_half_life: Annotated[float, typer.Option(min=0.5, help="Half life (messages) of the model score.")] = 10.0,
    analyzers: Annotated[str, typer.Option(help="Which operating points to choose: both | fused | model-only.")] = "both",
    max_benign_fpr: Annotated[Optional[float], typer.Option(min=0.0, max=0.5, help="Instead of a precision target: the lowest thresholds that flag at most this share of the benign conversations (use a stream split, e.g. v2_stream_dev).")] = None,
    budget_shares: Annotated[Optional[list[str]], typer.Option("--budget-share", help="CATEGORY=SHARE: that category's share of --max-benign-fpr (repeat; shares sum to 1; default: even).")] = None,
    allow_held_out: Annotated[bool, typer.Option("--allow-held-out", help="Tune on a corpus whose conversations say they are a held-out split (test, stream and the validation splits val to val4 and their streams); refused by default.")] = False,
) -> None:
    """Pick per-category fused thresholds on dev, for the fused and the model-only analyzer."""
    # the three fusion defaults above are nlp.tune.FUSION_DEFAULTS (literal here: the CLI
    # imports no numpy at start-up; tests/test_decision.py checks they agree)
    from dataclasses import replace

    from rich.console import Console
    from rich.table import Table

    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.nlp.evaluate import run_analyzer
    from convowatch.nlp.fusion import FusionConfig
    from convowatch.nlp.tune import TuneConfig, choose_thresholds, parse_budget_shares

    try:
        shares = parse_budget_shares(budget_shares or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--budget-share") from None
    if shares is not None and max_benign_fpr is None:
        raise typer.BadParameter("needs --max-benign-fpr", param_hint="--budget-share")
    if analyzers not in ("both", "fused", "model-only"):
        raise typer.BadParameter("expected both, fused or model-only", param_hint="--analyzers")
    console = Console(stderr=True)
    conversations, _ = read_conversations(dev)
    if not allow_held_out:
        from convowatch.nlp.corpora.held_out import HeldOutSplit, check_not_held_out

        try:
            check_not_held_out(conversations, dev, "dev")
        except HeldOutSplit as exc:
            raise typer.BadParameter(str(exc), param_hint="--dev") from None
    cfg = (TuneConfig(target_precision=target_precision) if max_benign_fpr is None
           else TuneConfig(target_precision=target_precision, min_on=0.05, max_benign_fpr=max_benign_fpr,
                           budget_shares=shares))
    fusion_params = {"model_mode": model_mode, "model_weight": model_weight, "model_half_life_messages": model_half_life}
    config = AnalyzerConfig(fusion=replace(FusionConfig(), **fusion_params))
    # the bundle's current operating point must not replace the one being chosen; the
    # model-only analyzer shares the fused one's encoder and head (loaded once)
    fused = Analyzer.default(rules_dir=rules, model=str(model), config=config, bundle_fusion=False)
    candidates = {
        "fusion": fused,
        "fusion_model_only": Analyzer(detectors=fused.other_detectors, encoder=fused.encoder, config=fused.config),
    }
    wanted = {"both": ("fusion", "fusion_model_only"), "fused": ("fusion",), "model-only": ("fusion_model_only",)}[analyzers]
    sections = {}
    for key in wanted:
        sections[key] = {"thresholds": choose_thresholds(run_analyzer(conversations, candidates[key]), cfg), **fusion_params}
    digest = hashlib.sha256(Path(dev).read_bytes()).hexdigest()
    criterion = f"target precision {target_precision}" if max_benign_fpr is None else f"benign FPR <= {max_benign_fpr}"
    table = Table(title=f"fused thresholds chosen on {Path(dev).name} ({criterion})")
    for col in ("analyzer", "category", "on", "off", "dev P", "dev R", "dev F1", "target met"):
        table.add_column(col)
    for key, sec in sections.items():
        sec["chosen_on"] = {"corpus": Path(dev).name, "sha256": digest, "target_precision": target_precision,
                            "max_benign_fpr": max_benign_fpr, "budget_shares": shares}
        for c, th in sec["thresholds"].items():
            table.add_row(key, c, f"{th['on']:.3f}", f"{th['off']:.3f}", f"{th['precision']:.3f}", f"{th['recall']:.3f}", f"{th['f1']:.3f}", str(th["reached"]))
    console.print(table)
    if write:
        from convowatch.nlp.model.config import ModelConfig

        cfg_path = model / "config.json"
        typed = ModelConfig.load(cfg_path)
        ModelConfig.model_validate(typed.to_dict() | sections).save(cfg_path)
        console.print(f"wrote fusion thresholds to {cfg_path}")
