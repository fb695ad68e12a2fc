"""Is one model's AUPRC above another's by more than the corpus's own noise? A paired bootstrap.

Every selection bar since session 11 compares two models' AUPRC on one validation file
(about 200 risky conversations per category) by fixed margins (+0.005, -0.002). Those
margins say nothing about how much AUPRC moves when the *same* model meets another sample
of the same writer. The paired bootstrap resamples conversations with replacement, scores
both models on each resample, and reports the difference's percentile interval and how
often it falls at or below zero. Paired, because both models score the same conversations:
the noise shared by both cancels, and what is left is the noise of the comparison.

Scores come from ``convowatch eval --scores FILE`` (:func:`convowatch.nlp.evaluate.score_rows`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from .categories import CATEGORIES
from .metrics import average_precision


class ScoreRow(BaseModel):
    """One conversation of a ``--scores`` file."""

    model_config = ConfigDict(extra="forbid")

    conversation_id: str
    labels: dict[str, int]
    max_score: dict[str, float]
    #: whether the analyzer flagged the category at any message (a critical rule flags at once,
    #: so this is not always ``max_score >= threshold``); absent in files written before session 28
    flagged: dict[str, bool] | None = None


class Difference(BaseModel):
    """One category's paired comparison, ``b`` minus ``a``."""

    model_config = ConfigDict(extra="forbid")

    positives: int
    a: float
    b: float
    diff: float
    low: float  # percentile interval of the difference over resamples
    high: float
    p_not_above: float  # share of resamples where b - a <= 0
    resamples: int


def read_scores(path: str | Path) -> list[ScoreRow]:
    """Read a ``--scores`` JSONL file; a bad line raises ValueError naming the file and line."""
    rows = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(ScoreRow.model_validate(json.loads(line)))
        except ValueError as exc:
            raise ValueError(f"{path}:{i}: not a score row ({exc.__class__.__name__})") from None
    return rows


def align(a: Sequence[ScoreRow], b: Sequence[ScoreRow]) -> tuple[list[ScoreRow], list[ScoreRow]]:
    """The two files' rows in one order; refuses files of different conversations or labels."""
    by_id = {r.conversation_id: r for r in b}
    if len(by_id) != len(b) or set(by_id) != {r.conversation_id for r in a} or len(a) != len(b):
        raise ValueError("the two score files are not of the same conversations")
    pairs = [(r, by_id[r.conversation_id]) for r in a]
    if any(x.labels != y.labels for x, y in pairs):
        raise ValueError("the two score files disagree on a conversation's labels")
    return [x for x, _ in pairs], [y for _, y in pairs]


def paired_bootstrap(a: Sequence[ScoreRow], b: Sequence[ScoreRow], n: int = 2000, seed: int = 0,
                     level: float = 0.95) -> dict[str, Difference]:
    """Per category with a positive, AUPRC of ``a`` and ``b`` and the bootstrap of ``b - a``.

    A resample without a positive of a category is skipped for it (its AUPRC is undefined).
    """
    a, b = align(a, b)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(a), size=(n, len(a)))
    out: dict[str, Difference] = {}
    for c in CATEGORIES:
        y = np.asarray([r.labels.get(c, 0) for r in a], np.int64)
        if not y.any():
            continue
        sa = np.asarray([r.max_score.get(c, 0.0) for r in a])
        sb = np.asarray([r.max_score.get(c, 0.0) for r in b])
        full_a, full_b = average_precision(y.tolist(), sa.tolist()), average_precision(y.tolist(), sb.tolist())
        diffs = []
        for k in idx:
            if not y[k].any():
                continue
            diffs.append(average_precision(y[k].tolist(), sb[k].tolist()) - average_precision(y[k].tolist(), sa[k].tolist()))
        d = np.asarray(diffs)
        tail = (1.0 - level) / 2 * 100
        out[c] = Difference(positives=int(y.sum()), a=round(full_a, 4), b=round(full_b, 4), diff=round(full_b - full_a, 4),
                            low=round(float(np.percentile(d, tail)), 4), high=round(float(np.percentile(d, 100 - tail)), 4),
                            p_not_above=round(float((d <= 0).mean()), 4), resamples=len(d))
    return out
