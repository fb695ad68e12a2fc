"""Evaluate an analyzer on a labelled corpus, the way it runs in production.

Each conversation is streamed through a *fresh* analyzer state message by message
(many conversations are interleaved in one pure ``assess`` call from empty snapshots
for speed, so results equal one conversation at a time), and what the analyzer
said at every message is kept as a small :class:`ConversationOutcome` (scores, flags,
rule hits; no text). :func:`summarize` turns outcomes into metrics:

* conversation level, per category: precision, recall, F1, F0.5, AUPRC and ECE of the
  conversation score (its highest fused score), false-positive rate on benign
  conversations (no positive label at all);
* message level where message labels exist (a message is predicted positive when its
  category is flagged as of that message);
* early detection: messages from onset to first flag (median, p90) for true
  positives, latency-weighted F1, ERDE_5 and ERDE_50 (formulas in
  :mod:`convowatch.nlp.metrics`; ``k`` counts messages from the conversation start,
  as in eRisk and eSPD);
* per-rule hit counts and precision; slices by ``meta.adversarial`` and ``meta.lang``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import metrics as M
from .categories import CATEGORIES
from .types import Conversation

ProgressFn = Callable[[int], None]


@dataclass(frozen=True)
class EvalConfig:
    """Evaluation settings.

    Args:
        batch_messages: messages handed to one ``process_many`` call (whole
            conversations are never split across calls).
        latency_p: the latency penalty parameter of latency-weighted F1.
        erde_o: the ``o`` values of the ERDE_o reported.
        ece_bins: bins of the expected calibration error.
    """

    batch_messages: int = 1024
    latency_p: float = M.LATENCY_P
    erde_o: tuple[int, ...] = (5, 50)
    ece_bins: int = 10

    def __post_init__(self) -> None:
        if self.batch_messages < 1:
            raise ValueError(f"batch_messages must be >= 1, got {self.batch_messages}")
        if self.ece_bins < 1:
            raise ValueError(f"ece_bins must be >= 1, got {self.ece_bins}")


@dataclass(frozen=True)
class ConversationOutcome:
    """What the analyzer said about one conversation, message by message (no text)."""

    conversation_id: str
    labels: Mapping[str, int]
    onset: Mapping[str, int]  # labelled onset, else first message labelled with the category
    meta: Mapping[str, Any]
    message_labels: tuple[Mapping[str, Any] | None, ...]
    max_score: Mapping[str, float]
    first_flag: Mapping[str, int | None]  # index of the first message flagged, per category
    flags: tuple[tuple[str, ...], ...]  # categories flagged as of each message
    rule_hits: Mapping[str, tuple[str, int]] = field(default_factory=dict)  # rule id -> (category, hits)

    @property
    def n_messages(self) -> int:
        return len(self.flags)

    @property
    def benign(self) -> bool:
        return not any(self.labels.get(c, 0) for c in CATEGORIES)


def effective_onset(conv: Conversation) -> dict[str, int]:
    """Known onsets of the positive categories (:meth:`Conversation.onsets`); a positive
    conversation without one is left out of messages-until-flag rather than guessed."""
    return conv.onsets()


# -- running ----------------------------------------------------------------------------


def _batches(conversations: Sequence[Conversation], batch_messages: int) -> Iterable[list[int]]:
    """Indexes of conversations per analyzer call: about ``batch_messages`` messages each,
    never two conversations with the same id in one call (each is assessed from empty)."""
    batch: list[int] = []
    ids: set[str] = set()
    size = 0
    for i, conv in enumerate(conversations):
        if batch and (size + len(conv.messages) > batch_messages or conv.conversation_id in ids):
            yield batch
            batch, ids, size = [], set(), 0
        batch.append(i)
        ids.add(conv.conversation_id)
        size += len(conv.messages)
    if batch:
        yield batch


def run_analyzer(
    conversations: Sequence[Conversation],
    analyzer: Any,
    *,
    config: EvalConfig | None = None,
    on_progress: ProgressFn | None = None,
) -> list[ConversationOutcome]:
    """Stream every conversation through ``analyzer`` and record what it said.

    Args:
        analyzer: an :class:`~convowatch.nlp.analyzer.Analyzer` (anything with the pure
            ``assess(messages, snapshots)`` step).
        on_progress: called with the number of conversations finished after each batch.

    Returns:
        One outcome per conversation, in input order.
    """
    cfg = config or EvalConfig()
    outcomes: list[ConversationOutcome | None] = [None] * len(conversations)
    done = 0
    for batch in _batches(conversations, cfg.batch_messages):
        messages = [m for i in batch for m in conversations[i].messages]
        # the pure step from empty snapshots: every conversation starts fresh, no store is touched
        assessments = analyzer.assess(messages, {}).assessments
        if len(assessments) != len(messages):  # pragma: no cover - assess answers every message
            raise ValueError(f"analyzer returned {len(assessments)} assessments for {len(messages)} messages")
        pos = 0
        for i in batch:
            conv = conversations[i]
            n = len(conv.messages)
            outcomes[i] = _outcome(conv, assessments[pos : pos + n])
            pos += n
        done += len(batch)
        if on_progress is not None:
            on_progress(done)
    return [o for o in outcomes if o is not None]


def _outcome(conv: Conversation, assessments: Sequence[Any]) -> ConversationOutcome:
    max_score = {c: 0.0 for c in CATEGORIES}
    first_flag: dict[str, int | None] = {c: None for c in CATEGORIES}
    flags: list[tuple[str, ...]] = []
    hits: dict[str, list[Any]] = {}
    for idx, a in enumerate(assessments):
        for c in CATEGORIES:
            max_score[c] = max(max_score[c], float(a.scores.get(c, 0.0)))
            if first_flag[c] is None and c in a.flagged:
                first_flag[c] = idx
        flags.append(tuple(a.flagged))
        for sig in a.signals:
            if sig.source == "rule":
                hits.setdefault(sig.detector, [sig.category, 0])[1] += 1
    return ConversationOutcome(
        conversation_id=conv.conversation_id,
        labels={c: int(conv.labels.get(c, 0)) for c in CATEGORIES},
        onset=effective_onset(conv),
        meta=dict(conv.meta),
        message_labels=tuple(conv.message_labels),
        max_score=max_score,
        first_flag=first_flag,
        flags=tuple(flags),
        rule_hits={k: (v[0], v[1]) for k, v in hits.items()},
    )


# -- summarising ----------------------------------------------------------------------


def _conversation_metrics(outcomes: Sequence[ConversationOutcome], c: str, cfg: EvalConfig) -> dict[str, Any]:
    y = [o.labels[c] for o in outcomes]
    pred = [o.first_flag[c] is not None for o in outcomes]
    scores = [o.max_score[c] for o in outcomes]
    counts = M.Counts.of(y, pred)
    out = {"n": len(outcomes), "n_pos": sum(y), "n_pred": sum(pred), **M.prf(counts)}
    out["auprc"] = M.average_precision(y, scores)
    out["ece"] = M.expected_calibration_error(y, scores, cfg.ece_bins)
    benign = [o for o in outcomes if o.benign]
    out["n_benign"] = len(benign)
    out["fpr_benign"] = sum(1 for o in benign if o.first_flag[c] is not None) / len(benign) if benign else None
    return out


def _early_metrics(outcomes: Sequence[ConversationOutcome], c: str, f1: float | None, cfg: EvalConfig) -> dict[str, Any]:
    delays: list[int] = []
    flagged_before_onset = 0
    tp_k: list[int] = []
    for o in outcomes:
        flag = o.first_flag[c]
        if not o.labels[c] or flag is None:
            continue
        tp_k.append(flag + 1)
        if c in o.onset:
            delays.append(max(0, flag - o.onset[c]))
            flagged_before_onset += flag < o.onset[c]
    truth = [o.labels[c] for o in outcomes]
    decision = [None if o.first_flag[c] is None else o.first_flag[c] + 1 for o in outcomes]  # type: ignore[operator]
    out: dict[str, Any] = {
        "n_with_onset": len(delays),
        "flagged_before_onset": flagged_before_onset,
        "delay_median": M.percentile(delays, 50),
        "delay_p90": M.percentile(delays, 90),
        "delays": delays,
        "latency_f1": M.latency_weighted_f1(f1, tp_k, cfg.latency_p),
        "latency_p": cfg.latency_p,
    }
    for o_ in cfg.erde_o:
        out[f"erde_{o_}"] = M.erde(truth, decision, o_)
    return out


def _message_metrics(outcomes: Sequence[ConversationOutcome], c: str) -> dict[str, Any] | None:
    # Only where truth is known: conversations negative for c (every message negative)
    # and positive ones that carry message labels for c.
    if not any(lab and c in lab for o in outcomes for lab in o.message_labels):
        return None
    y: list[bool] = []
    pred: list[bool] = []
    for o in outcomes:
        if o.labels[c]:
            if not any(lab and c in lab for lab in o.message_labels):
                continue
            y.extend(bool(lab and c in lab) for lab in o.message_labels)
        else:
            y.extend([False] * o.n_messages)
        pred.extend(c in f for f in o.flags)
    return {"n": len(y), **M.prf(M.Counts.of(y, pred))}


def _rule_metrics(outcomes: Sequence[ConversationOutcome]) -> list[dict[str, Any]]:
    from .rules.reliability import count_rule_hits

    rows = [{"rule_id": rule_id, **r.model_dump()} for rule_id, r in count_rule_hits(outcomes).items()]
    rows.sort(key=lambda r: (-r["hits"], r["rule_id"]))
    for r in rows:
        r["precision"] = r["true_hits"] / r["hits"] if r["hits"] else None
    return rows


def _slice_key_adversarial(meta: Mapping[str, Any]) -> str:
    v = meta.get("adversarial")
    if v is None or v is False or (isinstance(v, str) and v.strip().lower() in ("", "clean", "none", "false")):
        return "clean"
    return "adversarial" if v is True else f"variant:{v}"


def _slices(outcomes: Sequence[ConversationOutcome], cfg: EvalConfig) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if any("adversarial" in o.meta for o in outcomes):
        groups: dict[str, list[ConversationOutcome]] = defaultdict(list)
        for o in outcomes:
            key = _slice_key_adversarial(o.meta)
            groups[key].append(o)
            if key != "clean" and key != "adversarial":
                groups["adversarial"].append(o)  # all variants together
        out["adversarial"] = {k: _slice_summary(v, cfg) for k, v in sorted(groups.items())}
    if any("lang" in o.meta for o in outcomes):
        groups = defaultdict(list)
        for o in outcomes:
            groups[str(o.meta.get("lang", "unknown"))].append(o)
        out["lang"] = {k: _slice_summary(v, cfg) for k, v in sorted(groups.items())}
    return out


def _slice_summary(outcomes: Sequence[ConversationOutcome], cfg: EvalConfig) -> dict[str, Any]:
    cats = {}
    for c in CATEGORIES:
        m = _conversation_metrics(outcomes, c, cfg)
        cats[c] = {k: m[k] for k in ("n_pos", "precision", "recall", "f1", "fpr_benign")}
    return {
        "n": len(outcomes),
        "categories": cats,
        "macro_recall": M.mean_defined([cats[c]["recall"] for c in CATEGORIES]),
        "macro_f1": M.mean_defined([cats[c]["f1"] for c in CATEGORIES]),
    }


def summarize(outcomes: Sequence[ConversationOutcome], config: EvalConfig | None = None) -> dict[str, Any]:
    """All metrics of one run as a JSON-able dict (``None`` where undefined)."""
    cfg = config or EvalConfig()
    categories: dict[str, Any] = {}
    curves: dict[str, Any] = {}
    for c in CATEGORIES:
        m = _conversation_metrics(outcomes, c, cfg)
        m["early"] = _early_metrics(outcomes, c, m["f1"], cfg)
        m["message"] = _message_metrics(outcomes, c)
        categories[c] = m
        curves[c] = M.pr_curve([o.labels[c] for o in outcomes], [o.max_score[c] for o in outcomes])
    benign = [o for o in outcomes if o.benign]
    return {
        "n_conversations": len(outcomes),
        "n_messages": sum(o.n_messages for o in outcomes),
        "categories": categories,
        "macro": {
            k: M.mean_defined([categories[c][k] for c in CATEGORIES])
            for k in ("precision", "recall", "f1", "f05", "auprc", "ece")
        },
        "benign": {
            "n": len(benign),
            "fpr_any": sum(1 for o in benign if any(o.first_flag[c] is not None for c in CATEGORIES)) / len(benign)
            if benign
            else None,
        },
        "rules": _rule_metrics(outcomes),
        "slices": _slices(outcomes, cfg),
        "pr_curves": curves,
    }


def evaluate(
    conversations: Sequence[Conversation],
    analyzer: Any,
    *,
    config: EvalConfig | None = None,
    on_progress: ProgressFn | None = None,
    outcomes: list[ConversationOutcome] | None = None,
) -> dict[str, Any]:
    """Run ``analyzer`` over ``conversations`` and summarise (see module docstring).

    ``outcomes``, when given, receives every conversation's :class:`ConversationOutcome`
    (for :func:`score_rows`: a paired comparison of two models needs the scores, not only
    the summary).

    Each rule row also says what share of its weight the analyzer counts (``reliability``:
    the model folder's :mod:`.rules.reliability` multiplier, 1.0 when it has none), so a
    rule's precision on this corpus reads beside how far the model already trusts it.
    """
    cfg = config or EvalConfig()
    ran = run_analyzer(conversations, analyzer, config=cfg, on_progress=on_progress)
    if outcomes is not None:
        outcomes.extend(ran)
    out = summarize(ran, cfg)
    fusion = getattr(getattr(analyzer, "config", None), "fusion", None)
    reliability = getattr(fusion, "rule_reliability", None) or {}
    for row in out["rules"]:
        row["reliability"] = float(reliability.get(row["rule_id"], 1.0))
    return out


def score_rows(outcomes: Sequence[ConversationOutcome]) -> list[dict[str, Any]]:
    """One row per conversation: its id, labels, highest score per category and whether it was
    flagged (no text), the input of ``benchmarks/paired_bootstrap.py``."""
    return [{"conversation_id": o.conversation_id, "labels": {c: int(o.labels.get(c, 0)) for c in CATEGORIES},
             "max_score": {c: round(float(o.max_score.get(c, 0.0)), 6) for c in CATEGORIES},
             "flagged": {c: o.first_flag.get(c) is not None for c in CATEGORIES}} for o in outcomes]
