"""Fitting the conversation decision on out-of-writer predictions.

The decision (:mod:`convowatch.nlp.decision`) weighs the window head, the lexical
channel, the rules and the stated ages. Fitted on predictions for conversations the
head was trained on, it would learn that the head is always right (dev saturates at
AUPRC 1.0 for the same writers). So, for each train writer W, a head is trained
without W's conversations, the full analyzer (rules, that head, stated ages) replays
W's conversations message by message, and the decision is fitted on those replays:
it learns how far each view carries to phrasing it has not read. A corpus with fewer
than two writers (``meta.writer``) falls back to hash folds of conversations, which
only protects against memorising conversations, not phrasing.
"""

from __future__ import annotations

import hashlib
import math
import tempfile
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

import numpy as np

from ..categories import CATEGORIES
from ..decision import (AGE_FEATURES, DEFAULT_FEATURES, STAGE_FEATURES, DecisionModel, append_stage_block, row_base,
                        conversation_max, fit_decision, message_probabilities, refit_rule_weight)
from ..types import Conversation
from .data import training_onsets

if TYPE_CHECKING:
    from .lexical import LexicalModel

#: Conversations per held-out writer replayed for the fit (a seeded sample; enough rows
#: for a dozen weights, and it keeps the extra training time to minutes).
MAX_HELD_CONVERSATIONS = 1000


def replay_rows(conversations: Sequence[Conversation], model_dir: Path, rules_dir: Path | None = None,
                batch: int = 40) -> np.ndarray:
    """Per-message rows for :func:`~convowatch.nlp.decision.fit_decision` from the real analyzer.

    The analyzer runs with fusion's model weight at 0, so an assessment's score is the
    rule score alone; the window and lexical probabilities come from the model's
    signals, the stated ages from the age-cue detector's.
    """
    from ..age_cues import AgeCueDetector, age_features, update_ages
    from ..analyzer import Analyzer, AnalyzerConfig
    from ..fusion import Fusion, FusionConfig

    analyzer = Analyzer.default(rules_dir=rules_dir, model=model_dir, bundle_fusion=False,
                                config=AnalyzerConfig(fusion=FusionConfig(model_weight=0.0)))
    # a folder that already carries a decision (the final model, not a fold head) would
    # have it applied, and the score column would be its probability instead of the rules'
    analyzer.config = replace(analyzer.config, fusion=replace(analyzer.config.fusion, decision=None))
    analyzer.fusion = Fusion(analyzer.config.fusion)
    model = next(d for d in analyzer.detectors if d.kind == "model")
    model.every_window = True  # every window's probability and the lexical one as evidence
    with_wlex = model.classifier.window_lexical is not None  # the window-lexical column, when the model has the channel
    with_ctx = model.classifier.context_lexical is not None  # and the context-lexical one (after a window-lexical block)
    if not any(isinstance(d, AgeCueDetector) for d in analyzer.detectors):
        analyzer.detectors = (*analyzer.detectors, AgeCueDetector())
    rows: list[list[float]] = []
    k = len(CATEGORIES)
    for start in range(0, len(conversations), batch):
        chunk = conversations[start:start + batch]
        index = {c.conversation_id: start + i for i, c in enumerate(chunk)}
        msgs = [m for c in chunk for m in c.messages]
        position: dict[str, int] = {}
        ages: dict[str, dict[str, int]] = {}
        for m, a in zip(msgs, analyzer.process_many(msgs)):
            cid = m.conversation_id
            pos = position.get(cid, 0)
            position[cid] = pos + 1
            p, lex, wlex, ctx = [0.0] * k, [0.0] * k, [0.0] * k, [0.0] * k
            for s in a.signals:
                if s.source == "model" and s.subtype is None:
                    j = CATEGORIES.index(s.category)
                    p[j] = s.score
                    lex[j] = float((s.evidence or {}).get("lexical", 0.0))
                    wlex[j] = float((s.evidence or {}).get("window_lexical", 0.0))
                    ctx[j] = float((s.evidence or {}).get("context_lexical", 0.0))
            ages[cid] = update_ages(ages.get(cid, {}), a.signals)
            feats = age_features(ages[cid])
            rows.append([float(index[cid]), float(pos), *(a.scores[c] for c in CATEGORIES), *p, *lex,
                         *(feats[f] for f in AGE_FEATURES), *(wlex if with_wlex or with_ctx else ()),
                         *(ctx if with_ctx else ())])
    width = row_base() + (k if with_wlex or with_ctx else 0) + (k if with_ctx else 0)
    return np.asarray(rows, np.float64).reshape(-1, width)


def stage_rows(conversations: Sequence[Conversation]) -> np.ndarray:
    """Per-message :data:`~convowatch.nlp.decision.STAGE_FEATURES` in row order, as fusion
    reads them after each message: the age-cue and life-stage detectors run through a real
    analyzer (nothing else: the block does not depend on a fold head, so it is added to
    cached replays) and their signals are folded in by fusion's own update functions."""
    from ..age_cues import AgeCueDetector, update_ages
    from ..analyzer import Analyzer
    from ..life_stage import LifeStageDetector, stage_features, update_stages

    analyzer = Analyzer.default(model=None, use_rules=False)
    analyzer.detectors = (AgeCueDetector(), LifeStageDetector())
    out: list[list[float]] = []
    for c in conversations:
        ages: dict[str, int] = {}
        stages: dict[str, int] = {}
        for a in analyzer.process_many(list(c.messages)):
            if any(s.source == "context" for s in a.signals):
                ages, stages = update_ages(ages, a.signals), update_stages(stages, a.signals)
            out.append(list(stage_features(ages, stages).values()))
    return np.asarray(out, np.float64).reshape(-1, len(STAGE_FEATURES))


def with_stage_block(replays: Sequence[FoldReplay]) -> list[FoldReplay]:
    """The replays with the stage block (:func:`~convowatch.nlp.decision.append_stage_block`)
    appended to their rows and stream rows."""
    out = []
    for r in replays:
        rows = append_stage_block(r.rows, stage_rows(r.held))
        srows = append_stage_block(r.stream_rows, stage_rows(r.streamed)) if r.streamed else r.stream_rows
        out.append(FoldReplay(r.name, r.train_conversations, r.held, rows, r.targets, r.streamed, srows))
    return out


def row_targets(conversations: Sequence[Conversation]) -> np.ndarray:
    """Per-message targets in row order: risky in the category at or after its training onset."""
    out = []
    for c in conversations:
        ons = training_onsets(c)
        for i, _ in enumerate(c.messages):
            out.append([1 if cat in ons and i >= ons[cat] else 0 for cat in CATEGORIES])
    return np.asarray(out, np.int64).reshape(-1, len(CATEGORIES))


def _folds(conversations: Sequence[Conversation]) -> list[str]:
    from .lexical import fold_keys

    return fold_keys(conversations)


def _sample(conversations: list[Conversation], n: int, seed: int) -> list[Conversation]:
    if len(conversations) <= n:
        return conversations
    key = lambda c: hashlib.sha1(f"{seed}:{c.conversation_id}".encode()).hexdigest()  # noqa: E731
    return sorted(sorted(conversations, key=key)[:n], key=lambda c: c.conversation_id)


class UnknownWriter(ValueError):
    """A writer named for the rule-weight refit or the rule reliabilities is not a writer of the training corpus."""

    def __init__(self, message: str, setting: str = "decision_rule_writers") -> None:
        super().__init__(message)
        self.setting = setting  # the TrainConfig field that named them


def check_rule_writers(train_convs: Sequence[Conversation], rule_writers: Sequence[str],
                       setting: str = "decision_rule_writers") -> None:
    """Refuse rule writers the corpus does not have (train calls this before encoding anything).

    Raises:
        UnknownWriter: naming them and the corpus's writers (its out-of-writer folds).
    """
    names = sorted(set(_folds(list(train_convs))))
    unknown = sorted(set(rule_writers) - set(names))
    if unknown:
        raise UnknownWriter(f"rule writers {unknown} are not writers of the training corpus ({names})", setting)


@dataclass
class FoldReplay:
    """One writer's conversations replayed by the head trained without that writer."""

    name: str
    train_conversations: int
    held: list[Conversation]
    rows: np.ndarray
    targets: np.ndarray
    streamed: list[Conversation] = field(default_factory=list)
    stream_rows: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    def summary(self, with_stream: bool) -> dict[str, int]:
        out = {"train_conversations": self.train_conversations, "replayed_conversations": len(self.held),
               "rows": len(self.rows)}
        return out | ({"stream_conversations": len(self.streamed)} if with_stream else {})


def fold_replays(train_convs: Sequence[Conversation], dev_convs: Sequence[Conversation],
                 train_fold: Callable[[list[Conversation], list[Conversation], Path], None] | None, *, seed: int = 13,
                 rules_dir: Path | None = None, on_fold: Callable[[str], None] | None = None,
                 cache_dir: Path | None = None, stream_convs: Sequence[Conversation] = (),
                 fingerprint: str = "") -> list[FoldReplay]:
    """Per train writer: a head trained without it (``train_fold``) replays a seeded sample of
    its train and dev conversations, and its conversations of ``stream_convs``.

    Rows are cached in ``cache_dir`` keyed by the fold's conversations and ``fingerprint``
    (what shapes the fold heads, :func:`~convowatch.nlp.model.train.head_fingerprint`;
    empty for the default head settings, so the selection scripts find the shipped
    recipe's rows), so a second run (another decision, a selection experiment) skips
    the fold heads, and a run whose heads differ never reads another run's rows.
    ``train_fold=None`` reads the cache only (the selection scripts in ``benchmarks/``).

    Raises:
        FileNotFoundError: ``train_fold`` is None and a fold's rows are not in ``cache_dir``.
    """
    folds = _folds(list(train_convs))
    dev_folds = _folds(list(dev_convs)) if dev_convs else []
    stream_folds = _folds(list(stream_convs)) if stream_convs else []
    out: list[FoldReplay] = []
    for name in sorted(set(folds)):
        if on_fold:
            on_fold(name)
        tr = [c for c, f in zip(train_convs, folds) if f != name]
        dv = [c for c, f in zip(dev_convs, dev_folds) if f != name] or list(dev_convs)
        held = _sample([c for c, f in zip(train_convs, folds) if f == name]
                       + [c for c, f in zip(dev_convs, dev_folds) if f == name], MAX_HELD_CONVERSATIONS, seed)
        streamed = [c for c, f in zip(stream_convs, stream_folds) if f == name]
        ids = "\n".join(c.conversation_id for c in (*tr, *dv, *held))
        key = hashlib.sha256((ids + (f"\n#{fingerprint}" if fingerprint else "")).encode()).hexdigest()[:16]
        cached = cache_dir / f"decision-rows-{name}-{key}.npy" if cache_dir else None
        skey = hashlib.sha256("\n".join(c.conversation_id for c in streamed).encode()).hexdigest()[:16]
        scached = cache_dir / f"stream-rows-{name}-{key}-{skey}.npy" if cache_dir and streamed else None
        rows = np.load(cached) if cached is not None and cached.is_file() else None
        srows = np.load(scached) if scached is not None and scached.is_file() else None
        if rows is None or (streamed and srows is None):
            if train_fold is None:
                raise FileNotFoundError(f"fold {name!r}: its replays are not in cache_dir {cache_dir}; run the "
                                        "training command with that --cache-dir first")
            with tempfile.TemporaryDirectory(prefix="convowatch-fold-") as tmp:
                folder = Path(tmp) / "model"
                train_fold(tr, dv, folder)
                if rows is None:
                    rows = replay_rows(held, folder, rules_dir=rules_dir)
                if streamed and srows is None:
                    srows = replay_rows(streamed, folder, rules_dir=rules_dir)
            for path, value in ((cached, rows), (scached, srows)):
                if path is not None and value is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    np.save(path, value)
        out.append(FoldReplay(name, len(tr), held, rows, row_targets(held), streamed,
                              srows if srows is not None else np.zeros((0, 0))))
    return out


@dataclass
class OutOfWriterFit:
    """The fitted decision, and the fold replays it was fitted on (with the stream replays
    an operating point can be chosen on)."""

    decision: DecisionModel
    replays: list[FoldReplay] = field(default_factory=list)
    #: how the decision was fitted, so that :meth:`decision_without` refits it the same way
    per_conversation: bool = False
    rule_writers: tuple[str, ...] = ()
    rule_categories: tuple[str, ...] | None = None

    def decision_without(self, name: str) -> DecisionModel:
        """The decision refitted exactly as this fit was, on every fold's replays but ``name``'s.

        Why: the held replays are the rows the decision was fitted on, so scoring a writer's
        conversations with it is in-sample for the decision (its heads are out of writer,
        its weights are not); the writer's stream is drawn from the same scenarios. An
        operating point read off the tail of those scores needs both out of writer
        (:func:`pooled_operating_point`).
        """
        rest = [r for r in self.replays if r.name != name]
        if len(rest) == len(self.replays):
            raise ValueError(f"no fold {name!r}; folds are {[r.name for r in self.replays]}")
        model = fit_pooled(rest, self.decision.features, per_conversation=self.per_conversation,
                           fitted_on={"without": name})
        keep = [r for r in rest if r.name in self.rule_writers]
        if keep:
            model = refit_rule_weight(model, np.vstack([r.rows for r in keep]), np.vstack([r.targets for r in keep]),
                                      per_conversation=self.per_conversation, categories=self.rule_categories)
        return model

    @property
    def stream_conversations(self) -> list[Conversation]:
        """The stream conversations, each replayed by the head trained without its writer, in row order."""
        return [c for r in self.replays for c in r.streamed]

    @property
    def stream_rows(self) -> np.ndarray:
        """Their replay rows (:func:`replay_rows`); not used in the fit."""
        parts = [r.stream_rows for r in self.replays if r.streamed]
        return np.vstack(parts) if parts else np.zeros((0, 0))

    @property
    def held_conversations(self) -> list[Conversation]:
        """The held train/dev conversations, each replayed by the head trained without its writer, in row order."""
        return [c for r in self.replays for c in r.held]

    @cached_property
    def held_rows(self) -> np.ndarray:
        """Their replay rows, the rows the decision was fitted on (stacked once)."""
        return np.vstack([r.rows for r in self.replays])

    @cached_property
    def held_probabilities(self) -> np.ndarray:
        """The decision's per-message probabilities on :attr:`held_rows` (computed once)."""
        return message_probabilities(self.decision, self.held_rows)

    def held_recall_and_delay(self, category: str, on: float) -> tuple[float, float | None]:
        """:func:`held_recall_and_delay` of the decision on the held replays at ``on``."""
        return held_recall_and_delay(self.held_probabilities, self.held_rows, self.held_conversations, category, on)


def fit_pooled(replays: Sequence[FoldReplay], features: Sequence[str] = DEFAULT_FEATURES, *,
               per_conversation: bool, fitted_on: dict[str, Any] | None = None) -> DecisionModel:
    """The decision fitted on the replays' rows and targets pooled, as training fits it
    (the selection benchmarks fit it the same way on every writer but a held one)."""
    return fit_decision(np.vstack([r.rows for r in replays]), np.vstack([r.targets for r in replays]), features,
                        fitted_on=fitted_on, per_conversation=per_conversation)


def fit_out_of_writer(train_convs: Sequence[Conversation], dev_convs: Sequence[Conversation],
                      train_fold: Callable[[list[Conversation], list[Conversation], Path], None] | None,
                      seed: int = 13, features: Sequence[str] = DEFAULT_FEATURES, rules_dir: Path | None = None,
                      on_fold: Callable[[str], None] | None = None, cache_dir: Path | None = None,
                      per_conversation: bool = False, rule_writers: Sequence[str] = (),
                      stream_convs: Sequence[Conversation] = (),
                      rule_categories: Sequence[str] | None = None,
                      window_lexical: int | None = None, window_lexical_documents: str = "windows",
                      fingerprint: str = "", context_lexical: Callable[[str], str] | None = None) -> OutOfWriterFit:
    """Train one head per held-out writer (``train_fold``), replay that writer, fit the decision.

    Args:
        train_convs, dev_convs: the training run's corpora.
        train_fold: trains and saves a model folder from (train, dev) conversations; None
            reads every fold's replays from ``cache_dir`` (see :func:`fold_replays`).
        seed: sampling seed for the replayed conversations.
        cache_dir: keep each fold's replay rows here (keyed by the fold's conversations),
            so that refitting the decision with other features skips the fold heads.
        per_conversation: weigh every replayed conversation once (``fit_decision``).
        rule_writers: writers no rule was written against; when given, the rule weight and
            bias are refitted on their replays alone (:func:`~convowatch.nlp.decision.refit_rule_weight`).
        rule_categories: the categories whose rule weight is refitted (None: all); chosen
            with ``benchmarks/decision_rule_selection.py`` on the rule-unseen writers.
        stream_convs: a stream split of the same writers (``v2_stream_dev``): each fold's
            head also replays that writer's stream conversations, for an operating point
            chosen the way the model meets a writer it has not read
            (:func:`out_of_writer_operating_point`). Conversations of no train writer are skipped.
        window_lexical: the window size W when the decision reads the window-lexical
            channel (:mod:`.window_lexical`): each fold's rows get its column from a
            channel fitted on that fold's train conversations (the fold heads do not
            carry it, so cached rows stay valid).
        window_lexical_documents: what the channel is fitted on (``window_lexical.DOCUMENTS``).
        fingerprint: what shapes the fold heads, part of the cache key (:func:`fold_replays`).
        context_lexical: the text normalisation when the decision reads the context-lexical
            channel (:mod:`.context_lexical`): each fold's rows get its column from a channel
            fitted on that fold's train conversations (cached rows stay valid, as above).
    """
    check_rule_writers(train_convs, rule_writers)  # before any fold head is trained
    replays = fold_replays(train_convs, dev_convs, train_fold, seed=seed, rules_dir=rules_dir, on_fold=on_fold,
                           cache_dir=cache_dir, stream_convs=stream_convs, fingerprint=fingerprint)
    if window_lexical is not None:
        replays = with_window_lexical(replays, train_convs, window_lexical, seed=seed, documents=window_lexical_documents)
    if context_lexical is not None:
        replays = with_context_lexical(replays, train_convs, context_lexical, seed=seed)
    if set(features) & set(STAGE_FEATURES):  # last: the stage block follows the lexical ones
        replays = with_stage_block(replays)
    names = [r.name for r in replays]
    all_rows, all_targets = [r.rows for r in replays], [r.targets for r in replays]
    summary: dict[str, Any] = {"method": "out-of-writer replay", "folds": {r.name: r.summary(bool(stream_convs)) for r in replays},
                               "weighting": "conversation" if per_conversation else "message"}
    if rule_writers:
        summary["rule_weight_fitted_on"] = sorted(rule_writers)
        if rule_categories is not None:
            summary["rule_weight_refitted_for"] = sorted(rule_categories)
    model = fit_pooled(replays, features, per_conversation=per_conversation, fitted_on=summary)
    if rule_writers:
        keep = [i for i, n in enumerate(names) if n in rule_writers]
        model = refit_rule_weight(model, np.vstack([all_rows[i] for i in keep]), np.vstack([all_targets[i] for i in keep]),
                                  per_conversation=per_conversation, categories=rule_categories)
    return OutOfWriterFit(model, replays, per_conversation=per_conversation, rule_writers=tuple(rule_writers),
                          rule_categories=tuple(rule_categories) if rule_categories is not None else None)


class CachedRunMismatch(ValueError):
    """A cache and a model folder that are not one training run's (or a recipe the reader cannot rebuild)."""


def fit_from_cache(model_dir: Path, cache_dir: Path, train_convs: Sequence[Conversation],
                   dev_convs: Sequence[Conversation], stream_convs: Sequence[Conversation] = ()) -> OutOfWriterFit:
    """A training run's out-of-writer fit, rebuilt from its fold-replay cache and checked against its folder.

    The selection scripts in ``benchmarks/`` study a run's decision and operating point
    without training a head. They must refit the decision exactly as the run did (seed,
    weighting, features, rule refit, from ``config.json``), and a decision that differs
    from the folder's, weight for weight, means the cache or the corpora are not that
    run's: every figure read from it would describe another model.

    Raises:
        CachedRunMismatch: the folder's decision reads a lexical channel that is added to
            the replays after they are cached, or the refitted decision differs.
    """
    import json

    from .train import folder_fingerprint

    folder = json.loads((Path(model_dir) / "config.json").read_text())
    hp = folder["training"]["hyperparameters"]
    if hp.get("window_lexical") or hp.get("context_lexical"):
        raise CachedRunMismatch("the run's decision reads a lexical channel added to the replays; "
                                "rebuilding it from the cache is not supported")
    fit = fit_out_of_writer(train_convs, dev_convs, None, seed=hp["seed"], cache_dir=cache_dir,
                            per_conversation=hp["decision_weighting"] == "conversation",
                            features=folder["decision"]["features"], fingerprint=folder_fingerprint(model_dir),
                            rule_writers=hp.get("decision_rule_writers") or (),
                            rule_categories=hp.get("decision_rule_categories"), stream_convs=stream_convs)
    for c in CATEGORIES:
        if not np.allclose(fit.decision.weights[c], folder["decision"]["weights"][c], atol=1e-5):
            raise CachedRunMismatch(f"the refitted {c} decision differs from {model_dir}'s: "
                                    "the cache or files are not that run's")
    return fit


@dataclass(frozen=True)
class PooledReplays:
    """Conversations of the train writers, each scored by a head and a decision fitted without
    its writer (:func:`pooled_replays`): what an operating point is chosen on."""

    labels: list[dict[str, int]]
    scores: np.ndarray  # [n_conversations, categories]: each conversation's highest decision probability
    sources: dict[str, int]  # conversations per source ("stream", "held")
    #: per conversation: the fold (writer) that replayed it, and its source ("stream" or "held")
    writers: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()

    @property
    def benign_mask(self) -> np.ndarray:
        """Per conversation: true where it is labelled with no category."""
        return np.asarray([not any(lab.get(c, 0) for c in CATEGORIES) for lab in self.labels], dtype=bool)

    @property
    def benign(self) -> int:
        return int(self.benign_mask.sum())

    def subset(self, keep: Sequence[bool] | np.ndarray) -> "PooledReplays":
        """The conversations where ``keep`` is true (writer and source tags kept)."""
        mask = np.asarray(keep, dtype=bool)
        if len(mask) != len(self.labels) or len(self.writers) != len(self.labels):
            raise ValueError(f"{len(mask)} flags and {len(self.writers)} writer tags for {len(self.labels)} conversations")
        return self.take(np.flatnonzero(mask))

    def take(self, idx: Sequence[int] | np.ndarray) -> "PooledReplays":
        """The conversations at ``idx``, in that order and repeats allowed (a bootstrap
        resample), with their writer and source tags and the per-source counts recomputed."""
        idx = np.asarray(idx, dtype=np.int64)
        if len(self.writers) != len(self.labels) or len(self.origins) != len(self.labels):
            raise ValueError(f"{len(self.writers)} writer and {len(self.origins)} source tags "
                             f"for {len(self.labels)} conversations")
        origins = tuple(self.origins[i] for i in idx)
        return PooledReplays([self.labels[i] for i in idx], self.scores[idx],
                             {o: origins.count(o) for o in ("stream", "held")},
                             tuple(self.writers[i] for i in idx), origins)


def _pooled_folds(fit: OutOfWriterFit) -> list[tuple[FoldReplay, list[int]]]:
    """The folds :func:`pooled_replays` reads, each with the indices of its held conversations of its own writer."""
    out = []
    for r in fit.replays:
        keep = [i for i, c in enumerate(r.held) if str(c.meta.get("writer")) == r.name]
        if keep or r.streamed:
            out.append((r, keep))
    return out


def pooled_conversations(fit: OutOfWriterFit) -> list[Conversation]:
    """The conversations of :func:`pooled_replays`, in its order (held, then stream, fold by fold)."""
    return [c for r, keep in _pooled_folds(fit) for c in [*(r.held[i] for i in keep), *r.streamed]]


def pooled_replays(fit: OutOfWriterFit) -> PooledReplays:
    """Every stream replay and every held train/dev replay of an authored writer (one with
    ``meta.writer``, in its own fold), scored by :meth:`OutOfWriterFit.decision_without` its writer.

    Conversations without a writer (the v1 template corpus, dealt to the writer folds by a
    hash of their id) are left out: they are not a platform's benign traffic, and easy negatives would loosen
    the thresholds.
    """
    labels: list[dict[str, int]] = []
    parts: list[np.ndarray] = []
    sources = {"stream": 0, "held": 0}
    writers: list[str] = []
    origins: list[str] = []
    for r, keep in _pooled_folds(fit):
        decision = fit.decision_without(r.name)
        if keep:
            best = conversation_max(decision, r.rows)
            if len(best) != len(r.held):  # two conversations with one id replay as one
                raise ValueError(f"fold {r.name!r}: {len(r.held)} held conversations for {len(best)} replayed ones")
            parts.append(best[keep])
            labels += [dict(r.held[i].labels) for i in keep]
            sources["held"] += len(keep)
            writers += [r.name] * len(keep)
            origins += ["held"] * len(keep)
        if r.streamed:
            parts.append(conversation_max(decision, r.stream_rows))
            labels += [dict(c.labels) for c in r.streamed]
            sources["stream"] += len(r.streamed)
            writers += [r.name] * len(r.streamed)
            origins += ["stream"] * len(r.streamed)
    if not parts:
        raise ValueError("no authored writer's replays to choose an operating point on")
    return PooledReplays(labels, np.vstack(parts), sources, tuple(writers), tuple(origins))


def operating_replays(fit: OutOfWriterFit, pool: str = "stream") -> PooledReplays:
    """The replays an operating point is chosen on: the stream replays scored by the fitted
    decision (``stream``), or :func:`pooled_replays` (``stream+held``, and the writer-by-writer
    ``writer-max`` and ``writer-median``, :func:`writer_operating_point`).

    Raises:
        ValueError: no stream replays (``fit_out_of_writer`` got no stream conversations),
            or an unknown ``pool``.
    """
    from .train import OPERATING_POOLS  # one list of pools; train imports this module lazily

    if pool not in OPERATING_POOLS:
        raise ValueError(f"unknown operating pool {pool!r}; expected one of {OPERATING_POOLS}")
    if pool != "stream":  # the writer-by-writer points read the same pool as stream+held
        return pooled_replays(fit)
    convs = fit.stream_conversations
    if not convs:
        raise ValueError("no out-of-writer stream replays to choose an operating point on")
    return PooledReplays([dict(c.labels) for c in convs], conversation_max(fit.decision, fit.stream_rows),
                         {"stream": len(convs), "held": 0},
                         tuple(r.name for r in fit.replays for _ in r.streamed), ("stream",) * len(convs))


def pooled_operating_point(pool: PooledReplays, max_benign_fpr: float, min_on: float = 0.05, max_on: float = 0.99,
                           budget_shares: Mapping[str, float] | None = None) -> dict[str, dict[str, Any]]:
    """Per-category thresholds at which at most ``max_benign_fpr`` of the pool's benign
    conversations (split as :func:`out_of_writer_operating_point` splits it) reach a flag.

    Why not the stream replays alone: about 2,000 benign conversations put each category's
    third of a 0.5% budget at its third-highest benign score, a threshold that moves with
    whichever look-alike scripts a writer has (session 16's arm B: 0.10% of the validation
    writer's stream, 1.07% of the test writer's). The held replays are drawn from the same
    benign scenarios (and a look-alike writer's), about three times as many.
    """
    from ..tune import TuneConfig, choose_by_budgets

    return choose_by_budgets(pool.labels, {c: pool.scores[:, j].tolist() for j, c in enumerate(CATEGORIES)},
                             TuneConfig(min_on=min_on, max_on=max_on, max_benign_fpr=max_benign_fpr,
                                        budget_shares=budget_shares))


#: How per-writer thresholds combine into one (:func:`writer_operating_point`).
WRITER_COMBINE: tuple[str, ...] = ("max", "median")


def writer_operating_point(pool: PooledReplays, max_benign_fpr: float, combine: str = "max", min_on: float = 0.05,
                           max_on: float = 0.99, budget_shares: Mapping[str, float] | None = None,
                           min_benign: int | None = None) -> dict[str, dict[str, Any]]:
    """Per-category thresholds chosen writer by writer: each writer's own conversations of
    the pool give a threshold for the budget (:func:`pooled_operating_point`), and the
    category's threshold is the highest of them (``max``) or their median (``median``).

    Why: the pooled point holds the budget on the train writers' traffic taken together,
    and a new writer is not that average. Arm D's self-harm threshold, read off the pooled
    stream replays, flagged 0.10-0.21% of the validation writer's benign stream and 2.39%
    of the test writer's. Asking the budget of each writer separately prices in how far
    writers differ. Writers with fewer than ``min_benign`` benign conversations in the pool
    are left out; by default that is as many as the smallest category budget needs to allow
    one flagged conversation (600 for an even split of 0.5%): below it a writer's threshold
    would sit above its highest benign score, whatever the budget.

    Each record is :func:`~convowatch.nlp.tune.point_at` of the combined threshold on the
    whole pool, with ``per_writer`` (writer -> that writer's threshold) added.

    Raises:
        ValueError: an unknown ``combine``, a pool without writer tags, or no writer with
            ``min_benign`` benign conversations.
    """
    from ..tune import TuneConfig, category_share, point_at

    if combine not in WRITER_COMBINE:
        raise ValueError(f"unknown combine {combine!r}; expected one of {WRITER_COMBINE}")
    if len(pool.writers) != len(pool.labels):
        raise ValueError("the pool has no writer tags (build it with pooled_replays or operating_replays)")
    cfg = TuneConfig(min_on=min_on, max_on=max_on, max_benign_fpr=max_benign_fpr, budget_shares=budget_shares)
    if min_benign is None:
        smallest = min(max_benign_fpr * category_share(cfg, c) for c in CATEGORIES if category_share(cfg, c) > 0)
        min_benign = math.ceil(round(1 / smallest, 6)) if smallest > 0 else 1
    benign = pool.benign_mask
    tags = np.asarray(pool.writers)
    names = sorted(w for w in set(pool.writers) if int(benign[tags == w].sum()) >= min_benign)
    if not names:
        raise ValueError(f"no writer has {min_benign} benign conversations in the pool")
    per = {w: pooled_operating_point(pool.subset(tags == w), max_benign_fpr, min_on=min_on, max_on=max_on,
                                     budget_shares=budget_shares) for w in names}
    out: dict[str, dict[str, Any]] = {}
    for j, c in enumerate(CATEGORIES):
        ons = [per[w][c]["on"] for w in names]
        on = max(ons) if combine == "max" else round(float(np.median(ons)), 4)
        point = point_at([lab.get(c, 0) for lab in pool.labels], benign, pool.scores[:, j], on,
                         max_benign_fpr * category_share(cfg, c), cfg)
        out[c] = point | {"per_writer": {w: per[w][c]["on"] for w in names}}
    return out


def with_window_lexical(replays: Sequence[FoldReplay], train_convs: Sequence[Conversation], window: int,
                        seed: int = 13, documents: str = "windows") -> list[FoldReplay]:
    """The replays with the window-lexical column appended to their rows and stream rows,
    each fold's from a channel fitted on the train conversations of every other writer."""
    from .window_lexical import fit_window_lexical, message_counts, window_lexical_rows

    folds = _folds(list(train_convs))
    every: dict[str, Conversation] = {c.conversation_id: c for c in train_convs}
    for r in replays:
        every.update((c.conversation_id, c) for c in (*r.held, *r.streamed))
    counts = message_counts(list(every.values()))
    out = []
    for r in replays:
        model = fit_window_lexical([c for c, f in zip(train_convs, folds) if f != r.name], window=window, seed=seed,
                                   counts=counts, documents=documents)
        rows = np.hstack([r.rows, window_lexical_rows(model, r.held, r.rows, window=window, counts=counts)])
        srows = r.stream_rows
        if r.streamed:
            srows = np.hstack([srows, window_lexical_rows(model, r.streamed, srows, window=window, counts=counts)])
        out.append(FoldReplay(r.name, r.train_conversations, r.held, rows, r.targets, r.streamed, srows))
    return out


def append_context_block(rows: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """``rows`` with a context block (one probability per category and row) appended,
    after a zero window-lexical block when the rows carry none."""
    k = len(CATEGORIES)
    base = row_base()
    if rows.shape[1] not in (base, base + k):
        raise ValueError(f"rows have {rows.shape[1]} columns; expected {base} or {base + k} (no context block yet)")
    if len(probs) != len(rows):
        raise ValueError(f"{len(probs)} messages for {len(rows)} rows")
    pad = [np.zeros((len(rows), k))] if rows.shape[1] == base else []
    return np.hstack([rows, *pad, np.asarray(probs, np.float64).reshape(len(rows), k)])


def context_lexical_rows(model: "LexicalModel", conversations: Sequence[Conversation], rows: np.ndarray,
                         prepare: Callable[[str], str]) -> np.ndarray:
    """``rows`` with the context-lexical block appended (:func:`append_context_block`), the
    probability of each replayed message in row order."""
    return append_context_block(rows, model.predict([prepare(m.text) for c in conversations for m in c.messages]))


def with_context_lexical(replays: Sequence[FoldReplay], train_convs: Sequence[Conversation],
                         prepare: Callable[[str], str], seed: int = 13) -> list[FoldReplay]:
    """The replays with the context-lexical column appended to their rows and stream rows,
    each fold's from a channel fitted on the train conversations of every other writer."""
    from .context_lexical import fit_context_lexical

    folds = _folds(list(train_convs))
    out = []
    for r in replays:
        model = fit_context_lexical([c for c, f in zip(train_convs, folds) if f != r.name], prepare, seed=seed)
        rows = context_lexical_rows(model, r.held, r.rows, prepare)
        srows = context_lexical_rows(model, r.streamed, r.stream_rows, prepare) if r.streamed else r.stream_rows
        out.append(FoldReplay(r.name, r.train_conversations, r.held, rows, r.targets, r.streamed, srows))
    return out


def with_conversation_lexical(replays: Sequence[FoldReplay], train_convs: Sequence[Conversation],
                              prepare: Callable[[str], str], seed: int = 13) -> list[FoldReplay]:
    """The replays with the conversation-lexical column appended to their rows and stream
    rows, each fold's from a channel fitted without that writer (for the selection script;
    no shipped model reads the channel)
    (:func:`~.conversation_lexical.fit_conversation_lexical` on :func:`~.conversation_lexical.fit_conversations`)."""
    from .conversation_lexical import conversation_lexical_rows, fit_conversation_lexical, fit_conversations

    folds = _folds(list(train_convs))
    out = []
    for r in replays:
        model = fit_conversation_lexical(fit_conversations([c for c, f in zip(train_convs, folds) if f != r.name]),
                                         prepare, seed=seed)
        rows = conversation_lexical_rows(model, r.held, r.rows, prepare)
        srows = conversation_lexical_rows(model, r.streamed, r.stream_rows, prepare) if r.streamed else r.stream_rows
        out.append(FoldReplay(r.name, r.train_conversations, r.held, rows, r.targets, r.streamed, srows))
    return out


def held_recall_and_delay(probabilities: np.ndarray, rows: np.ndarray, convs: Sequence[Conversation], category: str,
                          on: float) -> tuple[float, float | None]:
    """Recall at ``on`` over the replayed risky conversations of ``category``, and the median
    number of messages from its onset to the first score at or above ``on``.

    ``probabilities`` are :func:`~convowatch.nlp.decision.message_probabilities` of
    ``rows`` (replay rows, conversation after conversation, as ``convs``). A flag before
    the onset counts as a hit but not as a delay. Used to choose how a benign budget is
    split over the categories (``benchmarks/budget_split_selection.py``), never on test.
    """
    hits, positives, delays = onset_delays(probabilities, rows, convs, category, on)
    return hits / max(1, positives), (float(np.median(delays)) if delays else None)


def onset_delays(probabilities: np.ndarray, rows: np.ndarray, convs: Sequence[Conversation], category: str,
                 on: float) -> tuple[int, int, list[int]]:
    """Replayed risky conversations of ``category`` that reach ``on``, how many there are, and
    each flagged one's messages from onset to the first score at or above ``on``
    (:func:`held_recall_and_delay` reduces these; the operating-rule script pools them)."""
    j = CATEGORIES.index(category)
    starts = np.flatnonzero(rows[:, 1] == 0)
    ends = np.append(starts[1:], len(rows))
    if len(starts) != len(convs):
        raise ValueError(f"{len(convs)} conversations for {len(starts)} replayed ones")
    hits, positives, delays = 0, 0, []
    for c, a, e in zip(convs, starts, ends):
        if not c.labels.get(category):
            continue
        positives += 1
        above = probabilities[a:e, j] >= on
        hits += int(above.any())
        onset = c.onsets().get(category)
        if onset is not None:
            after = np.flatnonzero(above[onset:])
            if len(after):
                delays.append(int(after[0]))
    return hits, positives, delays


def out_of_writer_operating_point(fit: OutOfWriterFit, max_benign_fpr: float, min_on: float = 0.05,
                                  max_on: float = 0.99,
                                  budget_shares: Mapping[str, float] | None = None) -> dict[str, dict[str, Any]]:
    """Per-category thresholds at which at most ``max_benign_fpr`` of the stream's benign
    conversations (split over the categories by ``budget_shares``, evenly without, as
    ``convowatch tune`` does) reach a flag, measured on out-of-writer replays.

    Why: chosen on the final model's own scores of its train writers' stream, the budget
    held there (0.56% flagged) and not on a new writer's (7.2% of the test writer's
    stream, docs/model-card.md), because the head has read those writers' phrasing. Each
    replay here comes from a head that has not: the rate a new writer's stream will see.
    The same :func:`~convowatch.nlp.tune.choose_by_budget` picks the point; critical rule
    hits, which flag at once whatever the score, are not in these rows.

    Raises:
        ValueError: no stream replays (``fit_out_of_writer`` got no stream conversations).
    """
    return pooled_operating_point(operating_replays(fit, "stream"), max_benign_fpr, min_on=min_on, max_on=max_on,
                                  budget_shares=budget_shares)
