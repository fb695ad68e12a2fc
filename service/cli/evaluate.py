"""``convowatch eval --corpus FILE``: how good is the analyzer on a labelled corpus?

Streams every conversation through a fresh analyzer state, exactly as the service
would, and prints conversation-level, message-level and early-detection metrics
(see :mod:`convowatch.nlp.evaluate`). ``--ablation`` adds rules-only and model-only
runs next to the fused one; ``--json`` writes everything, ``--report`` a Markdown
report with PR curves and a detection-delay histogram.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import app
from ._common import BackendOpt, ModelOpt, RulesOpt, build_analyzer

#: Bumped when the JSON document changes shape.
RESULT_VERSION = 1


def _has_model(analyzer: Any) -> bool:
    return analyzer.encoder is not None or bool(analyzer.other_detectors)


def plan_runs(primary: Any, ablation: bool) -> tuple[list[tuple[str, Any]], str, list[str]]:
    """The analyzers to evaluate: the primary one, plus rules-only and model-only for ``--ablation``.

    The ablation analyzers share the primary's rule engine, detectors and encoder (the
    encoder loads once) with fresh stores: the same as ``Analyzer.default(model=None)``
    and ``Analyzer.default(use_rules=False)``.

    Returns:
        ``[(name, analyzer)]`` with the primary last, the primary's name (``fused`` when a
        model is loaded, else ``rules``; ``model`` when rules are off) and notes.
    """
    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig, apply_decision, config_for_bundle

    has_model = _has_model(primary)
    has_rules = primary.rules is not None
    name = "fused" if has_model and has_rules else ("model" if has_model else "rules")
    notes: list[str] = []
    runs: list[tuple[str, Any]] = []
    if ablation:
        if name == "fused":
            # each arm at its own operating point: rules-only at the library defaults (as
            # Analyzer.default(model=None)), model-only at the bundle's model-only section
            plain = AnalyzerConfig(window=primary.config.window, max_text_chars=primary.config.max_text_chars)
            bundle_config = getattr(primary, "bundle_config", None)
            model_cfg = config_for_bundle(apply_decision(plain, bundle_config), bundle_config, use_rules=False)
            runs = [
                ("rules", Analyzer(rules=primary.rules, config=plain)),
                ("model", Analyzer(detectors=primary.other_detectors, encoder=primary.encoder, config=model_cfg)),
            ]
        else:
            notes.append("ablation: no model loaded, so model-only and fused runs are skipped (fused = rules only)"
                         if not has_model else "ablation: rules are off, so only the model run is reported")
    runs.append((name, primary))
    return runs, name, notes


@app.command("eval")
def eval_command(
    corpus: Annotated[Path, typer.Option("--corpus", help="Corpus JSONL (.jsonl or .jsonl.gz); stream JSONL counts as benign.", exists=True, dir_okay=False)],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write every metric as JSON here.")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write report.md + PNG plots into this folder.")] = None,
    ablation: Annotated[bool, typer.Option("--ablation", help="Also run rules only and model only.")] = False,
    rules: RulesOpt = None,
    model: ModelOpt = "default",
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="Skip malformed lines and count them.")] = False,
    batch_messages: Annotated[int, typer.Option("--batch-messages", min=1, help="Messages per analyzer batch.")] = 1024,
    int8: Annotated[bool, typer.Option("--int8", help="Encoder with torch dynamic int8 quantisation (= --backend torch-int8).")] = False,
    backend: BackendOpt = None,
    window_embeddings: Annotated[str, typer.Option("--window-embeddings", help="How window entries keep embeddings: int8 (shipped) or float32 (the reference).")] = "int8",
    baselines: Annotated[bool, typer.Option("--baselines", help="Also train TF-IDF+LR and Sentinel-style baselines on --train-corpus and print their AUPRC beside convowatch's.")] = False,
    train_corpus: Annotated[Optional[list[Path]], typer.Option("--train-corpus", help="Training split for --baselines, repeatable (default: the committed corpora the model folder records as its training files, else the committed v2 train split).", exists=True, dir_okay=False)] = None,
    scores: Annotated[Optional[Path], typer.Option("--scores", help="Write each conversation's id, labels, highest score per category and whether each category flagged (no text) as JSONL here, for a paired comparison of two models (benchmarks/paired_bootstrap.py).")] = None,
) -> None:
    """Evaluate the analyzer on a labelled corpus."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from convowatch.nlp.corpora.reader import CorpusError, read_conversations
    from convowatch.nlp.evaluate import EvalConfig, evaluate
    from convowatch.nlp.report import print_tables, write_report

    out = Console()
    err = Console(stderr=True, soft_wrap=True)
    try:
        conversations, stats = read_conversations(corpus, skip_invalid=skip_invalid)
    except CorpusError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, markup=True)
        raise typer.Exit(2) from None
    if stats.skipped:
        err.print(f"skipped {stats.skipped} invalid line(s); first: {stats.errors[0]}", highlight=False)
    if not conversations:
        err.print("[red]error:[/red] the corpus holds no conversations")
        raise typer.Exit(2)

    notes: list[str] = []
    if stats.stream_messages:
        notes.append(f"{stats.stream_messages} stream messages carry no conversation labels and count as benign")
    primary = build_analyzer(rules, model, int8=int8, backend=backend, embedding_format=window_embeddings)
    runs, primary_name, plan_notes = plan_runs(primary, ablation)
    notes += plan_notes
    has_model = _has_model(primary)

    cfg = EvalConfig(batch_messages=batch_messages)
    results: dict[str, Any] = {}
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=err, transient=False,
    ) as progress:
        for name, analyzer in runs:
            task = progress.add_task(f"eval {name}", total=len(conversations))
            kept: list[Any] | None = [] if scores is not None and name == primary_name else None
            results[name] = evaluate(
                conversations, analyzer, config=cfg, on_progress=lambda n, t=task: progress.update(t, completed=n),
                outcomes=kept,
            )
            if kept is not None:
                from convowatch.nlp.evaluate import score_rows

                scores.parent.mkdir(parents=True, exist_ok=True)
                scores.write_text("".join(json.dumps(r) + "\n" for r in score_rows(kept)), encoding="utf-8")
                err.print(f"wrote {scores}", highlight=False)

    document = {
        "version": RESULT_VERSION,
        "corpus": {
            "path": str(corpus),
            "n_conversations": len(conversations),
            "n_messages": sum(len(c.messages) for c in conversations),
            "benign": sum(1 for c in conversations if not any(c.labels.values())),
            "positives": {cat: sum(1 for c in conversations if c.labels.get(cat)) for cat in results[primary_name]["categories"]},
            "skipped_lines": stats.skipped,
        },
        "config": {
            "model": model if has_model else "none",
            "rules": str(rules) if rules else "bundled",
            "batch_messages": batch_messages,
            "latency_p": cfg.latency_p,
            "erde_o": list(cfg.erde_o),
            "ece_bins": cfg.ece_bins,
        },
        "primary": primary_name,
        "runs": results,
        "notes": notes,
    }
    if baselines:
        document["baselines"] = _baselines(train_corpus or model_train_files(model), conversations, primary, results[primary_name], err)
    print_tables(document, out)
    if baselines:
        _print_baselines(document, out)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        err.print(f"wrote {json_out}", highlight=False)
    if report is not None:
        for path in write_report(document, report):
            err.print(f"wrote {path}", highlight=False)


def model_train_files(model: str) -> list[Path] | None:
    """The committed corpora a model folder was trained on, so that baselines see the same data.

    Read from the folder's ``config.json`` (``training.train_file`` / ``train_sha256``, file
    names in the committed corpus folder). None when there is no model, or when any file is
    missing or no longer has the recorded hash: a baseline trained on other data than the
    model's would make the side-by-side comparison unfair without saying so.
    """
    from convowatch.nlp.model.bundle import CONFIG_FILE, default_model_dir
    from convowatch.nlp.model.data import file_sha256
    from convowatch.synthetic import corpus_dir

    if model.lower() == "none":
        return None
    folder = default_model_dir() if model == "default" else Path(model)
    try:
        training = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))["training"]
        names, shas = training["train_file"].split(","), training["train_sha256"].split(",")
    except (OSError, ValueError, KeyError, AttributeError):
        return None
    paths = [corpus_dir() / name for name in names]
    if len(names) != len(shas) or not all(p.is_file() and file_sha256(p) == sha
                                          for p, sha in zip(paths, shas)):
        return None
    return paths


def _baselines(train_corpus: Optional[list[Path]], conversations: list, primary: Any, primary_result: dict, err: Any) -> dict[str, Any]:
    """Train the baselines on the train split and score ``conversations`` with them."""
    from convowatch.nlp.baselines import run_baselines
    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.synthetic import default_train_split

    paths = list(train_corpus) if train_corpus else [default_train_split()]
    names = " + ".join(str(p) for p in paths)
    err.print(f"baselines: training on {names}", highlight=False)
    train = [c for p in paths for c in read_conversations(p)[0]]
    encoder = primary.encoder
    if encoder is None:
        from convowatch.nlp.model.encoder import DEFAULT_ENCODER_ID, TransformerEncoder

        encoder = TransformerEncoder(DEFAULT_ENCODER_ID)
    scores = run_baselines(train, {"eval": conversations}, encoder)
    table = {name: by_corpus["eval"] for name, by_corpus in scores.items()}
    table["convowatch"] = {c: m.get("auprc") for c, m in primary_result["categories"].items()}
    return {"train_corpus": names, "auprc": table}


def _print_baselines(document: dict[str, Any], out: Any) -> None:
    from rich.table import Table

    table_data = document["baselines"]["auprc"]
    cats = list(table_data["convowatch"])
    t = Table(title=f"AUPRC beside baselines trained on {document['baselines']['train_corpus']}")
    t.add_column("analyzer")
    for c in cats:
        t.add_column(c, justify="right")
    for name in ["convowatch", *[n for n in table_data if n != "convowatch"]]:
        t.add_row(name, *["-" if table_data[name].get(c) is None else f"{table_data[name][c]:.3f}" for c in cats])
    out.print(t)
