"""Train the window head on a labelled corpus, calibrate on dev, save a model folder.

The encoder stays frozen: every distinct message text of train and dev is encoded
once, windows are built by the real analyzer (see :mod:`.windows`), and only the small
GRU head trains, so a run takes minutes on a laptop CPU. The best epoch is the one
with the lowest dev loss; temperatures and recommended thresholds come from dev.
Everything random is seeded (python, numpy, torch) so the same corpora and seed give
the same weights.
"""

from __future__ import annotations

import copy
import random
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..categories import CATEGORIES
from .bundle import FORMAT_VERSION, save_model
from .calibrate import auprc, ece, fit_decision_shift, fit_temperature, threshold_for_precision
from ..corpora.held_out import check_not_held_out
from .data import file_sha256, read_corpus
from .detector import DEFAULT_NAME
from .encoder import DEFAULT_ENCODER_ID
from .features import LEX_COLUMNS, ROLE_COLUMNS, RULE_COLUMNS, FeatureSpec
from .head import STAGE_LABELS, HeadEnsemble, WindowHead, calibrated, single_thread
from .lexical import fit_out_of_fold
from .windows import WindowSet, build_windows, encode_unique, gather_unique, normalized_text, unique_index


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters of a training run (all recorded in the model config).

    Args:
        seed: seeds python, numpy and torch.
        epochs: passes over the training windows.
        batch_size: windows per optimiser step.
        lr, weight_decay: AdamW settings.
        hidden, dropout: head size and regularisation.
        heads: window heads trained alike from seeds ``seed``, ``seed + 1``, ..., their
            logits averaged (:class:`.head.HeadEnsemble`; 1: a single head, as shipped).
        window: W, entries the head reads.
        use_rules: rule hits as features (needs the rule engine; off when it is missing).
        use_roles: declared sender roles as features.
        use_lexical: the lexical channel's per-message probabilities as features
            (:mod:`.lexical`; trained out-of-fold by writer, shipped as ``lexical.npz``).
        feature_dropout: chance, per window, that rule or role features are hidden while
            training, so the head still works without rules (model-only ablation) or
            without declared ages (most real platforms).
        stage_weight: weight of the grooming-stage loss.
        target_precision: dev precision the recommended thresholds aim for.
        decision_shift: shift logits so fusion's thresholds give the best conversation-level
            F1 on dev (see :func:`.calibrate.fit_decision_shift`); False keeps the
            temperature-calibrated window probabilities.
        encoder: encoder id or local folder.
        max_length: encoder tokens per message.
        encode_batch: encoder batch size.
        fit_decision: also fit the learned conversation decision (:mod:`.decision_fit`):
            one extra head per train writer, each replaying the writer it did not see.
        decision_weighting: ``message`` (every replayed message one row; the default) or
            ``conversation`` (every conversation weighs once, whatever its length; out of
            writer a small gain in 7 of 9 cells; the shipped model, docs/model-card.md).
        decision_rule_writers: writers no rule was written against (``ember``); the
            decision's rule weight is refitted on their replays alone.
        decision_rule_categories: refit only these categories' rule weight (None: all).
        max_benign_fpr: the benign budget of the out-of-writer operating point, chosen
            when :func:`train` gets an ``operating_stream`` (with ``fit_decision``).
        budget_shares: how that budget is split over the categories (category -> share,
            summing to 1; None: evenly); chosen with ``benchmarks/budget_split_selection.py``.
        operating_pool: the replays that budget is measured on (:data:`OPERATING_POOLS`).
        window_lexical: the decision also reads the window-lexical channel (one bag of
            words over the window, :mod:`.window_lexical`, shipped as ``window_lexical.npz``);
            only with ``fit_decision``. Scored with ``benchmarks/window_lexical_selection.py``
            (not selected for the shipped model).
        window_lexical_documents: what that channel is fitted on: ``windows`` (sampled
            windows, the decision's targets) or ``conversations`` (whole conversations,
            their labels, as the TF-IDF baseline).
        context_lexical: the decision also reads the context-lexical channel (per-message
            n-grams fitted on conversation-context targets, :mod:`.context_lexical`, shipped as
            ``context_lexical.npz``); only with ``fit_decision``. Scored with
            ``benchmarks/context_lexical_selection.py``.
        allow_held_out: train (or choose the operating point) on corpora whose
            conversations say they are a held-out split (``meta.split`` in
            :data:`~convowatch.nlp.corpora.held_out.HELD_OUT_SPLITS`); off, such a file is refused by name (recorded in
            ``config.json``, so a folder says whether it saw one).
        decision_extra_features: decision features read on top of the defaults, from
            :data:`~convowatch.nlp.decision.OPTIONAL_FEATURES` (the window-lexical ones
            come with ``window_lexical``); scored with ``benchmarks/decision_feature_selection.py``.
        tune_encoder_layers: tune the encoder's top layers on the train split's message
            labels first (:mod:`.encoder_tuning`; shipped as ``encoder_tuned.safetensors``);
            0 keeps the encoder frozen.
        tune_encoder_epochs: passes of that tuning.
        tune_encoder_per_fold: each fold head of the decision gets its own tuning without
            its writer (honest replays, one tuning per writer); False reuses the full
            tuning for the fold heads (one tuning; their replays have seen the writer's
            other messages).
        tune_encoder_on: corpus files whose message labels the tuning reads instead of the
            train files (e.g. only corpus v1, so that the head trains on embeddings of
            writers the tuning never read); empty: the train files.
        rule_reliability_writers: writers no rule was written against: each rule's weight
            is scaled by its precision on their train conversations
            (:mod:`convowatch.nlp.rules.reliability`), shipped as ``rule_reliability``; a fold
            head measures it without its held writer, so the decision is fitted on honestly
            scaled evidence. Empty: every rule counts in full.
        share_fold_embeddings: the decision's fold heads read their texts' embeddings from
            the full run's encoding instead of encoding their subset again (about a third of
            a fold's time; session 28). Off by default so that earlier recipes, the shipped
            one included, rebuild as they were: the encoder is not batch-invariant, so the
            fold heads differ in the last float bits.
        encoder_backend: the backend the folder records for inference (``bundle.BACKENDS``);
            training always encodes with torch fp32, and ONNX int8 was measured within
            0.01 AUPRC of it (docs/performance.md). None: torch.
    """

    seed: int = 13
    epochs: int = 6
    batch_size: int = 256
    lr: float = 1e-3
    weight_decay: float = 1e-2
    hidden: int = 64
    dropout: float = 0.3
    heads: int = 1
    window: int = 12
    use_rules: bool = True
    use_roles: bool = True
    use_lexical: bool = True
    feature_dropout: float = 0.3
    stage_weight: float = 0.5
    target_precision: float = 0.9
    encoder: str = DEFAULT_ENCODER_ID
    max_length: int = 128
    encode_batch: int = 128
    emit_floor: float = 0.05
    stage_min: float = 0.5
    decision_shift: bool = True
    fit_decision: bool = True
    encoder_backend: str | None = "onnx-int8"
    decision_weighting: str = "message"
    decision_rule_writers: tuple[str, ...] = ()
    decision_rule_categories: tuple[str, ...] | None = None
    max_benign_fpr: float = 0.005
    budget_shares: dict[str, float] | None = None
    window_lexical: bool = False
    window_lexical_documents: str = "windows"
    context_lexical: bool = False
    decision_extra_features: tuple[str, ...] = ()
    allow_held_out: bool = False
    tune_encoder_layers: int = 0
    tune_encoder_epochs: int = 2
    tune_encoder_per_fold: bool = False
    tune_encoder_on: tuple[str, ...] = ()
    rule_reliability_writers: tuple[str, ...] = ()
    operating_pool: str = "stream"
    share_fold_embeddings: bool = False

    def __post_init__(self) -> None:
        from ..decision import OPTIONAL_FEATURES
        from .window_lexical import DOCUMENTS

        bad = [f for f in self.decision_extra_features if f not in OPTIONAL_FEATURES]
        if bad:
            raise ValueError(f"decision_extra_features: unknown {bad}; expected some of {sorted(OPTIONAL_FEATURES)}")

        if self.window_lexical_documents not in DOCUMENTS:
            raise ValueError(f"window_lexical_documents must be one of {DOCUMENTS}, got {self.window_lexical_documents!r}")
        if self.operating_pool not in OPERATING_POOLS:
            raise ValueError(f"operating_pool must be one of {OPERATING_POOLS}, got {self.operating_pool!r}")
        if self.decision_weighting not in ("message", "conversation"):
            raise ValueError(f"decision_weighting must be 'message' or 'conversation', got {self.decision_weighting!r}")
        if self.tune_encoder_layers < 0 or self.tune_encoder_epochs < 1:
            raise ValueError("tune_encoder_layers must be >= 0 and tune_encoder_epochs >= 1")
        if self.share_fold_embeddings and self.tune_encoder_per_fold:
            raise ValueError("share_fold_embeddings: with tune_encoder_per_fold each fold has its own encoder, so no rows to share")
        if self.tune_encoder_per_fold and self.tune_encoder_on:
            raise ValueError("tune_encoder_per_fold: a tuning on fixed corpora (tune_encoder_on) is the same for every fold")
        if self.epochs < 1 or self.batch_size < 1 or self.lr <= 0 or self.hidden < 1 or self.heads < 1:
            raise ValueError("epochs, batch_size, hidden and heads must be >= 1 and lr > 0")
        if not 0.0 <= self.feature_dropout < 1.0 or not 0.0 < self.target_precision <= 1.0:
            raise ValueError("feature_dropout must be in [0, 1) and target_precision in (0, 1]")
        from .bundle import BACKENDS

        if self.encoder_backend is not None and self.encoder_backend not in BACKENDS:
            raise ValueError(f"encoder_backend {self.encoder_backend!r}: expected one of {', '.join(BACKENDS)}")
        if self.budget_shares is not None:
            from ..tune import TuneConfig

            TuneConfig(max_benign_fpr=self.max_benign_fpr, budget_shares=self.budget_shares)  # same checks, same messages


@dataclass(frozen=True)
class TrainResult:
    """What a run produced: the saved config and per-epoch history."""

    out_dir: Path
    config: dict[str, Any]
    history: list[dict[str, float]]


#: TrainConfig fields that only shape the conversation decision or the operating point,
#: not a fold head: changing them must not invalidate cached fold replays.
_DECISION_ONLY = frozenset({"fit_decision", "decision_weighting", "decision_rule_writers", "decision_rule_categories",
                            "max_benign_fpr", "budget_shares", "window_lexical", "window_lexical_documents", "context_lexical",
                            "decision_extra_features", "allow_held_out", "operating_pool"})
#: What the out-of-writer operating point is chosen on: the stream replays (``stream``), or
#: those and the held train/dev replays of the authored writers, every score from a head and
#: a decision fitted without its writer (``stream+held``, :func:`.decision_fit.pooled_operating_point`);
#: or that pool read writer by writer, the category taking the highest (``writer-max``) or the
#: median (``writer-median``) of the writers' thresholds (:func:`.decision_fit.writer_operating_point`;
#: compared with ``benchmarks/operating_rule_selection.py``).
OPERATING_POOLS: tuple[str, ...] = ("stream", "stream+held", "writer-max", "writer-median")


def head_fingerprint(cfg: "TrainConfig") -> str:
    """What shapes a fold head, for the fold-replay cache key: empty when every such
    setting is the default (the shipped recipe, whose cached rows the selection scripts
    in ``benchmarks/`` read), else a hash of the settings that differ."""
    default = asdict(TrainConfig())
    differ = {k: v for k, v in asdict(cfg).items() if k not in _DECISION_ONLY and v != default[k]}
    if not differ:
        return ""
    import hashlib
    import json

    return hashlib.sha256(json.dumps(differ, sort_keys=True, default=str).encode()).hexdigest()[:16]


def folder_train_config(model_dir: Path) -> TrainConfig:
    """The :class:`TrainConfig` of the run that wrote ``model_dir``, from the hyperparameters its
    ``config.json`` records (settings it does not record take today's defaults)."""
    import json
    from dataclasses import fields

    hp = json.loads((Path(model_dir) / "config.json").read_text())["training"]["hyperparameters"]
    known = {f.name for f in fields(TrainConfig)}
    return TrainConfig(**{k: tuple(v) if isinstance(v, list) else v for k, v in hp.items() if k in known})


def folder_fingerprint(model_dir: Path) -> str:
    """:func:`head_fingerprint` of the run that wrote ``model_dir`` (:func:`folder_train_config`),
    so that a selection script in ``benchmarks/`` finds that run's cached fold replays
    whatever recipe it used."""
    return head_fingerprint(folder_train_config(model_dir))


#: Packages whose version changes a fit (the encoder's floats, the head's, the regressions').
ENVIRONMENT_PACKAGES: tuple[str, ...] = ("numpy", "scipy", "scikit-learn", "torch", "transformers", "tokenizers",
                                         "onnxruntime", "safetensors")


def training_environment() -> dict[str, Any]:
    """Where a folder was trained: Python, package versions, CPU and threads.

    Why: the same command, seed and corpora gave two different heads on two machines
    (session 17: final dev loss 0.04516 against 0.04469, ``v2_val`` -0.003 in two
    categories), and the folder could not say what differed. Recorded, not enforced.
    """
    import os
    import platform
    from importlib import metadata

    import torch

    versions: dict[str, str | None] = {}
    for name in ENVIRONMENT_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    cpu = platform.processor() or None
    try:  # Linux names the CPU model here; platform.processor() is often empty there
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "machine": platform.machine(),
            "cpu": cpu, "cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(), "packages": versions}


def seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def default_rule_engine() -> tuple[Any | None, str | None]:
    """The bundled rule engine and a hash of its packs, or (None, None) when unavailable."""
    try:
        from ..rules import RuleEngine, default_rules_dir, load_rules  # type: ignore[attr-defined]
    except ImportError:
        return None, None
    import hashlib

    d = Path(default_rules_dir())
    h = hashlib.sha256()
    for p in sorted(d.glob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return RuleEngine(load_rules([d])), h.hexdigest()


def _batches(n: int, size: int, rng: np.random.Generator | None) -> list[np.ndarray]:
    order = rng.permutation(n) if rng is not None else np.arange(n)
    return [order[i : i + size] for i in range(0, n, size)]


def _logits(head: Any, E: Any, ws: WindowSet, idx: np.ndarray) -> tuple[Any, Any]:
    import torch

    rows = torch.from_numpy(ws.rows[idx])
    return head(E[rows], torch.from_numpy(ws.feats[idx]), torch.from_numpy(ws.lengths[idx]))


def _loss(cat: Any, stage: Any, ws: WindowSet, idx: np.ndarray, stage_weight: float) -> Any:
    import torch
    import torch.nn.functional as F

    y = torch.from_numpy(ws.y[idx])
    s = torch.from_numpy(ws.stage[idx])
    return F.binary_cross_entropy_with_logits(cat, y) + stage_weight * F.cross_entropy(stage, s)


def evaluate_logits(head: Any, E: Any, ws: WindowSet, stage_weight: float, batch: int = 4096) -> tuple[float, np.ndarray, np.ndarray]:
    """Dev loss and raw logits (categories ``[N, C]``, stages ``[N, S]``)."""
    import torch

    head.eval()
    cats, stages, total = [], [], 0.0
    with torch.inference_mode():
        for idx in _batches(len(ws), batch, None):
            c, s = _logits(head, E, ws, idx)
            total += float(_loss(c, s, ws, idx, stage_weight)) * len(idx)
            cats.append(c.numpy())
            stages.append(s.numpy())
    return total / max(1, len(ws)), np.concatenate(cats), np.concatenate(stages)


def _encode_cached(texts: list[str], encoder: Any, cache_dir: Path | None, tick: Any) -> tuple[np.ndarray, dict[str, int]]:
    """:func:`encode_unique`, memoised on disk by a hash of the encoder name and the texts."""
    import hashlib

    if cache_dir is None:
        return encode_unique(texts, encoder, on_progress=tick)
    h = hashlib.sha256(f"{encoder.name}|{getattr(encoder, 'max_length', '')}".encode())
    for t in texts:
        h.update(t.encode("utf-8") + b"\0")
    path = Path(cache_dir) / f"embeddings-{h.hexdigest()[:24]}.npy"
    if path.is_file():
        return np.load(path), unique_index(texts)
    matrix, index = encode_unique(texts, encoder, on_progress=tick)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, matrix)
    return matrix, index


def _fit(
    head: Any, opt: Any, E: Any, tr: WindowSet, dv: WindowSet, spec: FeatureSpec, cfg: TrainConfig,
    rng: np.random.Generator, history: list[dict[str, float]], tick: Any,
) -> tuple[dict[str, Any], int]:
    """The epoch loop; returns the state dict and number of the epoch with the lowest dev loss."""
    import torch

    best_loss, best_state, best_epoch = float("inf"), None, 0
    for epoch in range(1, cfg.epochs + 1):
        head.train()
        run, seen = 0.0, 0
        for idx in _batches(len(tr), cfg.batch_size, rng):
            feats = torch.from_numpy(tr.feats[idx]).clone()
            # hide rule / role features for a random share of windows (see TrainConfig.feature_dropout)
            drop = torch.from_numpy(rng.random((3, len(idx))) < cfg.feature_dropout)
            if spec.use_rules:
                feats[:, :, list(RULE_COLUMNS)] *= (~drop[0]).float()[:, None, None]
            if spec.use_roles:
                feats[:, :, list(ROLE_COLUMNS)] *= (~drop[1]).float()[:, None, None]
            if spec.use_lexical:  # so the head keeps reading the text itself, not only the lexical channel
                feats[:, :, list(LEX_COLUMNS)] *= (~drop[2]).float()[:, None, None]
            cat, stage = head(E[torch.from_numpy(tr.rows[idx])], feats, torch.from_numpy(tr.lengths[idx]))
            loss = _loss(cat, stage, tr, idx, cfg.stage_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            run += float(loss.detach()) * len(idx)
            seen += len(idx)
            tick()
        dev_loss, _, _ = evaluate_logits(head, E, dv, cfg.stage_weight)
        history.append({"epoch": epoch, "train_loss": round(run / seen, 5), "dev_loss": round(dev_loss, 5)})
        if dev_loss < best_loss:
            best_loss, best_state, best_epoch = dev_loss, copy.deepcopy(head.state_dict()), epoch
    assert best_state is not None
    return best_state, best_epoch


def train(
    train_path: Path | Sequence[Path],
    dev_path: Path,
    out_dir: Path,
    config: TrainConfig | None = None,
    *,
    encoder: Any | None = None,
    rules: Any | None | str = "default",
    show_progress: bool = True,
    cache_dir: Path | None = None,
    operating_stream: Path | None = None,
    embeddings: tuple[np.ndarray, dict[str, int]] | None = None,
) -> TrainResult:
    """Train, calibrate and save a model folder.

    Args:
        train_path, dev_path: corpus JSONL(.gz) files (docs/formats.md); ``train_path`` may
            be several files, read in the order given (e.g. corpus v2 and the v1 corpus).
        out_dir: where ``model.safetensors`` and ``config.json`` go.
        config: hyper-parameters.
        encoder: an already loaded encoder (tests); default loads ``config.encoder``.
        rules: ``"default"`` for the bundled rule engine (if importable), an engine, or None.
        show_progress: draw rich progress bars.
        cache_dir: keep the encoded corpus here (keyed by encoder and texts) so that
            hyper-parameter runs on the same corpora skip the encoder.
        operating_stream: a stream split of the train writers (``v2_stream_dev``): with
            ``fit_decision``, the fold heads also replay it and the fused operating point
            for ``config.max_benign_fpr`` is chosen on those out-of-writer replays
            (:func:`.decision_fit.out_of_writer_operating_point`), written as the folder's
            ``fusion`` section.
        embeddings: an encoding (matrix, text -> row) of a superset of this run's texts,
            read instead of encoding (:func:`.windows.gather_unique`); the fold heads get
            the full run's when ``config.share_fold_embeddings``.

    Returns:
        The saved config and the per-epoch history.
    """
    import torch
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..analyzer import AnalyzerConfig

    cfg = config or TrainConfig()
    if cfg.tune_encoder_layers and encoder is not None:
        raise ValueError("tune_encoder_layers: the tuning makes its own encoder; do not pass one")
    seed_everything(cfg.seed)
    rules_sha = None
    if isinstance(rules, str) and rules == "default":
        rules, rules_sha = default_rule_engine() if cfg.use_rules else (None, None)
    spec = FeatureSpec(window=cfg.window, use_rules=cfg.use_rules and rules is not None, use_roles=cfg.use_roles,
                       use_lexical=cfg.use_lexical)
    train_paths = [Path(train_path)] if isinstance(train_path, (str, Path)) else [Path(p) for p in train_path]
    train_files = [(p, read_corpus(p)) for p in train_paths]
    train_convs = [c for _, convs in train_files for c in convs]
    dev_convs = list(read_corpus(dev_path))
    stream = list(read_corpus(operating_stream)) if operating_stream is not None else []
    if not cfg.allow_held_out:  # before minutes of encoding
        for p, convs in train_files:
            check_not_held_out(convs, p, "train")
        check_not_held_out(dev_convs, Path(dev_path), "dev")
        if stream:
            check_not_held_out(stream, Path(operating_stream), "operating-stream")
    tuned: dict[str, Any] | None = None
    if cfg.tune_encoder_layers:
        from .encoder import TransformerEncoder

        tune_convs = train_convs
        if cfg.tune_encoder_on:
            tune_convs = []
            for f in map(Path, cfg.tune_encoder_on):
                convs = read_corpus(f)
                if not cfg.allow_held_out:
                    check_not_held_out(convs, f, "tune-encoder-on")
                tune_convs += convs
        folder, tuned = _tune_encoder(tune_convs, cfg, Path(out_dir), cache_dir, show_progress)
        encoder = TransformerEncoder(folder, max_length=cfg.max_length, batch_size=cfg.encode_batch)
    if encoder is None:
        from .encoder import TransformerEncoder

        encoder = TransformerEncoder(cfg.encoder, max_length=cfg.max_length, batch_size=cfg.encode_batch)

    if cfg.fit_decision:  # named writers must exist, before minutes of encoding (fold heads lack their held one)
        from .decision_fit import check_rule_writers

        for setting in ("decision_rule_writers", "rule_reliability_writers"):
            if getattr(cfg, setting):
                check_rule_writers(train_convs, getattr(cfg, setting), setting)
    reliability = _rule_reliability(train_convs, cfg, rules) if spec.use_rules else None
    acfg = AnalyzerConfig()
    texts = [normalized_text(m.text, acfg) for c in (*train_convs, *dev_convs) for m in c.messages]

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), disable=not show_progress
    )
    history: list[dict[str, float]] = []
    with progress:
        n_unique = len(set(texts))
        t_enc = progress.add_task("encoding messages", total=n_unique)
        shared = gather_unique(texts, *embeddings) if embeddings is not None else None
        if shared is not None:
            matrix, index = shared
            progress.advance(t_enc, n_unique)
        else:
            matrix, index = _encode_cached(texts, encoder, cache_dir, lambda k: progress.advance(t_enc, k))
        lexical, tr_lex, dv_lex, lex_summary = None, None, None, None
        if spec.use_lexical:
            t_lex = progress.add_task("lexical channel (out-of-fold)", total=1)
            prepare = lambda t: normalized_text(t, acfg)  # noqa: E731
            lexical, tr_lex, lex_summary = fit_out_of_fold(train_convs, prepare, seed=cfg.seed)
            dv_flat = [(c.conversation_id, m.message_id, prepare(m.text)) for c in dev_convs for m in c.messages]
            dv_lex = dict(zip([(a, b) for a, b, _ in dv_flat], lexical.predict([t for _, _, t in dv_flat])))
            progress.advance(t_lex)
        t_win = progress.add_task("building windows", total=len(train_convs) + len(dev_convs))
        adv = lambda k: progress.advance(t_win, k)  # noqa: E731
        tr = build_windows(train_convs, matrix, index, spec, rules, on_progress=adv, lexical_of=tr_lex)
        dv = build_windows(dev_convs, matrix, index, spec, rules, on_progress=adv, lexical_of=dv_lex)
        if len(tr) == 0 or len(dv) == 0:
            raise ValueError("train and dev corpora must each hold at least one message")

        E = torch.from_numpy(matrix)
        steps = (len(tr) + cfg.batch_size - 1) // cfg.batch_size
        t_ep = progress.add_task("training head", total=cfg.heads * cfg.epochs * steps)
        members, best_epochs = [], []
        for k in range(cfg.heads):  # member k from seed + k: its own initialisation, batch order and dropout
            if k:
                torch.manual_seed(cfg.seed + k)
            member = WindowHead(dim=matrix.shape[1], n_features=spec.n_features, hidden=cfg.hidden, dropout=cfg.dropout)
            opt = torch.optim.AdamW(member.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
            rng = np.random.default_rng(cfg.seed + k)
            log: list[dict[str, float]] = []
            with single_thread():
                best_state, best_epoch = _fit(member, opt, E, tr, dv, spec, cfg, rng, log, lambda: progress.advance(t_ep))
            member.load_state_dict(best_state)
            members.append(member)
            best_epochs.append(best_epoch)
            history += [h | {"member": k} for h in log] if cfg.heads > 1 else log
    head = members[0] if cfg.heads == 1 else HeadEnsemble(members)
    best_epoch = best_epochs[0] if cfg.heads == 1 else best_epochs
    head.eval()
    with single_thread():
        _, dev_cat, dev_stage = evaluate_logits(head, E, dv, cfg.stage_weight)
    from ..fusion import FusionConfig

    fusion_on = {c: FusionConfig().thresholds[c].on for c in CATEGORIES}
    conv_order = list(dict.fromkeys(dv.conversation_ids))
    conv_pos = {cid: i for i, cid in enumerate(conv_order)}
    conv_index = np.array([conv_pos[cid] for cid in dv.conversation_ids])
    dev_labels = {c.conversation_id: c.labels for c in dev_convs}
    temps: dict[str, float] = {}
    shifts: dict[str, float] = {}
    decisions: dict[str, Any] = {}
    dev_metrics: dict[str, Any] = {}
    thresholds: dict[str, Any] = {}
    for j, c in enumerate(CATEGORIES):
        temps[c] = round(fit_temperature(dev_cat[:, j], dv.y[:, j]), 4)
        conv_y = np.array([int(dev_labels[cid].get(c, 0)) for cid in conv_order])
        decision = fit_decision_shift(dev_cat[:, j], temps[c], conv_index, conv_y, fusion_on[c])
        shifts[c] = decision.shift if cfg.decision_shift else 0.0
        decisions[c] = decision.to_dict()
        raw = calibrated(dev_cat[:, [j]], np.ones(1, np.float32))[:, 0]
        cal = calibrated(dev_cat[:, [j]], np.array([temps[c]], np.float32))[:, 0]
        shifted = calibrated(dev_cat[:, [j]], np.array([temps[c]], np.float32), np.float32(shifts[c]))[:, 0]
        op = threshold_for_precision(shifted, dv.y[:, j], cfg.target_precision)
        thresholds[c] = op.to_dict()
        ap = auprc(cal, dv.y[:, j])
        dev_metrics[c] = {
            "windows": int(len(dv)),
            "positives": int(dv.y[:, j].sum()),
            "auprc": None if ap is None else round(ap, 4),
            "ece_raw": round(ece(raw, dv.y[:, j]), 4),
            "ece_calibrated": round(ece(cal, dv.y[:, j]), 4),
            "ece_shifted": round(ece(shifted, dv.y[:, j]), 4),
        }
    stage_mask = dv.stage > 0
    dev_metrics["stage_accuracy_on_staged_messages"] = (
        round(float((dev_stage[stage_mask].argmax(1) == dv.stage[stage_mask]).mean()), 4) if stage_mask.any() else None
    )

    model_config: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "name": DEFAULT_NAME,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "encoder": {"id": cfg.encoder, "dim": int(matrix.shape[1]), "max_length": cfg.max_length,
                    **({"tuned": tuned} if tuned else {})},
        "encoder_backend": cfg.encoder_backend,
        "categories": list(CATEGORIES),
        "stages": list(STAGE_LABELS),
        "features": spec.to_dict(),
        "head": {"type": "gru", "hidden": cfg.hidden, "dropout": cfg.dropout,
                 **({"members": cfg.heads} if cfg.heads > 1 else {})},
        "calibration": {
            "method": "temperature + conversation-level decision shift",
            "temperatures": temps,
            "shifts": shifts,
            "dev_conversation_decisions": decisions,
        },
        "thresholds": thresholds,
        "emit_floor": cfg.emit_floor,
        "stage_min": cfg.stage_min,
        "training": {
            "train_file": ",".join(p.name for p in train_paths),
            "train_sha256": ",".join(file_sha256(p) for p in train_paths),
            "dev_file": dev_path.name,
            "dev_sha256": file_sha256(dev_path),
            "rules_sha256": rules_sha if spec.use_rules else None,
            "train_conversations": len(train_convs),
            "train_windows": int(len(tr)),
            "dev_conversations": len(dev_convs),
            "unique_texts_encoded": int(matrix.shape[0]),
            "best_epoch": best_epoch,
            "environment": training_environment(),
            "hyperparameters": asdict(cfg),
            "history": history,
            "dev_metrics": dev_metrics,
            "fine_tuned_encoder": bool(tuned),
            "lexical": lex_summary,
        },
    }
    if reliability is not None:
        model_config["rule_reliability"] = reliability.model_dump(mode="json")
    if cfg.fit_decision:
        fit = _fit_decision(train_convs, dev_convs, cfg, encoder, rules, cache_dir, show_progress, stream,
                            embeddings=(matrix, index) if cfg.share_fold_embeddings else None)
        model_config["decision"] = fit.decision.model_dump(mode="json")
        if stream:
            model_config["fusion"] = _out_of_writer_fusion(fit, cfg, Path(operating_stream))
    save_model(out_dir, head, model_config)
    if lexical is not None:
        lexical.save(out_dir)
    if cfg.fit_decision and cfg.window_lexical:
        from .window_lexical import fit_window_lexical, save_window_lexical

        save_window_lexical(fit_window_lexical(train_convs, window=cfg.window, seed=cfg.seed,
                                               documents=cfg.window_lexical_documents), out_dir)
    if cfg.fit_decision and cfg.context_lexical:
        from ..analyzer import AnalyzerConfig
        from .context_lexical import fit_context_lexical, save_context_lexical

        acfg = AnalyzerConfig()
        save_context_lexical(fit_context_lexical(train_convs, lambda t: normalized_text(t, acfg), seed=cfg.seed), out_dir)
    return TrainResult(out_dir=out_dir, config=model_config, history=history)


def _tune_encoder(train_convs: list, cfg: TrainConfig, out_dir: Path, cache_dir: Path | None,
                  show_progress: bool) -> tuple[Path, dict[str, Any]]:
    """Tune the encoder's top layers on the train messages, write them to ``out_dir`` and
    return the materialised encoder folder with the config's ``encoder.tuned`` section.

    The tuned layers are memoised in ``cache_dir`` by the tuning settings, base weights,
    texts and targets, so a rerun with the same ``--cache-dir`` skips the tuning.
    """
    import hashlib
    import json
    import shutil

    from rich.console import Console

    from ..analyzer import AnalyzerConfig
    from .encoder import resolve_encoder_path
    from .encoder_tuning import (TUNED_FILE, EncoderTuning, file_digest, materialise, save_tuned, texts_and_targets,
                                 tune_top_layers)

    console = Console(stderr=True, quiet=not show_progress)
    acfg = AnalyzerConfig()
    texts, targets = texts_and_targets(train_convs, lambda t: normalized_text(t, acfg))
    tuning = EncoderTuning(layers=cfg.tune_encoder_layers, epochs=cfg.tune_encoder_epochs, seed=cfg.seed,
                           max_length=cfg.max_length)
    base = resolve_encoder_path(cfg.encoder)
    out_dir.mkdir(parents=True, exist_ok=True)
    dst = out_dir / TUNED_FILE
    memo = None
    if cache_dir is not None:
        h = hashlib.sha256(json.dumps(tuning.to_dict(), sort_keys=True).encode())
        h.update(file_digest(base / "model.safetensors").encode())
        for t in texts:
            h.update(t.encode("utf-8") + b"\0")
        h.update(np.ascontiguousarray(targets, dtype=np.float32).tobytes())
        memo = Path(cache_dir) / f"encoder-tuned-{h.hexdigest()[:24]}.safetensors"
    if memo is not None and memo.is_file():
        shutil.copyfile(memo, dst)
    else:
        console.print(f"tuning the encoder's top {tuning.layers} layers on {len(texts)} train texts")
        save_tuned(out_dir, tune_top_layers(texts, targets, base, tuning, on_progress=console.print), tuning)
        if memo is not None:
            memo.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(dst, memo)
    folder = materialise(base, dst, cache_dir=Path(cache_dir) / "encoders" if cache_dir is not None else None)
    return folder, {"file": TUNED_FILE, "sha256": file_digest(dst), "tuning": tuning.to_dict(),
                    "per_fold": cfg.tune_encoder_per_fold,
                    "tuned_on": [Path(f).name for f in cfg.tune_encoder_on] or "train files"}


def _rule_reliability(train_convs: list, cfg: TrainConfig, rules: Any) -> Any:
    """Per-rule multipliers measured on the train conversations of ``cfg.rule_reliability_writers``
    present in ``train_convs`` (a fold head's set lacks its held writer); None when unset or
    none of them is present."""
    from ..analyzer import Analyzer, AnalyzerConfig
    from ..evaluate import run_analyzer
    from ..rules.reliability import count_rule_hits, fit_reliability

    if not cfg.rule_reliability_writers or rules is None:
        return None
    wanted = set(cfg.rule_reliability_writers)
    convs = [c for c in train_convs if str(c.meta.get("writer")) in wanted]
    if not convs:
        return None
    outcomes = run_analyzer(convs, Analyzer(detectors=[rules], config=AnalyzerConfig()))
    prevalence = {c: sum(1 for o in outcomes if o.labels.get(c, 0)) / len(outcomes) for c in CATEGORIES}
    writers = sorted({str(c.meta.get("writer")) for c in convs})
    return fit_reliability(count_rule_hits(outcomes), prevalence,
                           fitted_on={"writers": writers, "conversations": len(convs)})


def _out_of_writer_fusion(fit: Any, cfg: TrainConfig, stream_path: Path) -> dict[str, Any]:
    """The ``fusion`` section (as ``convowatch tune --write`` writes it) from out-of-writer stream replays."""
    import hashlib

    from ..tune import FUSION_DEFAULTS
    from .decision_fit import operating_replays, pooled_operating_point, writer_operating_point

    by_writer = cfg.operating_pool.startswith("writer-")
    pool = operating_replays(fit, cfg.operating_pool)
    chosen_on: dict[str, Any] = {"corpus": stream_path.name, "sha256": hashlib.sha256(stream_path.read_bytes()).hexdigest(),
                                 "max_benign_fpr": cfg.max_benign_fpr, "budget_shares": cfg.budget_shares}
    if cfg.operating_pool != "stream":
        how = f", the {cfg.operating_pool.removeprefix('writer-')} of each writer's threshold" if by_writer else ""
        chosen_on |= {"method": f"out-of-writer replay, stream and held conversations, decision without the writer{how}",
                      "conversations": len(pool.labels), "benign": pool.benign, "sources": pool.sources}
    else:
        chosen_on |= {"method": "out-of-writer replay", "conversations": len(pool.labels)}
    if by_writer:
        thresholds = writer_operating_point(pool, cfg.max_benign_fpr, cfg.operating_pool.removeprefix("writer-"),
                                            budget_shares=cfg.budget_shares)
    else:
        thresholds = pooled_operating_point(pool, cfg.max_benign_fpr, budget_shares=cfg.budget_shares)
    return {"thresholds": thresholds, **FUSION_DEFAULTS, "chosen_on": chosen_on}


def _fit_decision(train_convs: list, dev_convs: list, cfg: TrainConfig, encoder: Any, rules: Any,
                  cache_dir: Path | None, show_progress: bool, stream: list | None = None,
                  embeddings: tuple[np.ndarray, dict[str, int]] | None = None) -> Any:
    """The conversation decision, fitted on out-of-writer replays (:mod:`.decision_fit`)."""
    from rich.console import Console

    from ..corpora.writer import write_corpus
    from ..analyzer import AnalyzerConfig
    from ..decision import CONTEXT_FEATURES, DEFAULT_FEATURES, WINDOW_LEXICAL_FEATURES
    from .decision_fit import fit_out_of_writer

    acfg = AnalyzerConfig()
    features = (*DEFAULT_FEATURES, *(WINDOW_LEXICAL_FEATURES if cfg.window_lexical else ()),
                *(CONTEXT_FEATURES if cfg.context_lexical else ()),
                *dict.fromkeys(cfg.decision_extra_features))

    console = Console(stderr=True, quiet=not show_progress)

    fold_cfg, fold_encoder = replace(cfg, fit_decision=False), encoder
    if cfg.tune_encoder_layers and cfg.tune_encoder_per_fold:
        fold_encoder = None  # each fold tunes its own, without its writer
    elif cfg.tune_encoder_layers:  # the folds read the full run's tuned encoder folder as it is
        fold_cfg = replace(fold_cfg, tune_encoder_layers=0, encoder=str(encoder.path))

    def train_fold(tr: list, dv: list, folder: Path) -> None:
        tmp = folder.parent
        write_corpus(tmp / "train.jsonl.gz", tr)
        write_corpus(tmp / "dev.jsonl.gz", dv)
        train(tmp / "train.jsonl.gz", tmp / "dev.jsonl.gz", folder, fold_cfg, encoder=fold_encoder,
              rules=rules, show_progress=False, cache_dir=cache_dir, embeddings=embeddings)

    return fit_out_of_writer(train_convs, dev_convs, train_fold, seed=cfg.seed, cache_dir=cache_dir,
                             per_conversation=cfg.decision_weighting == "conversation",
                             rule_writers=cfg.decision_rule_writers, stream_convs=stream or (),
                             rule_categories=cfg.decision_rule_categories,
                             window_lexical=cfg.window if cfg.window_lexical else None,
                             window_lexical_documents=cfg.window_lexical_documents,
                             features=features, fingerprint=head_fingerprint(cfg),
                             context_lexical=(lambda t: normalized_text(t, acfg)) if cfg.context_lexical else None,
                             on_fold=lambda name: console.print(f"decision: head without fold {name!r}, replaying it"))
