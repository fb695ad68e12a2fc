"""Evaluation metrics with defined behaviour on degenerate inputs.

Every function returns ``None`` (JSON ``null``) when a metric is undefined — no
positives, nothing predicted, no data — instead of NaN or a crash, so a corpus
without, say, self-harm conversations still evaluates the other categories.

Early-detection metrics follow the literature:

* **latency-weighted F1** (Sadeque, Xu & Bethard, WSDM 2018; used by CLEF eRisk and
  by eSPD, Vogt et al. 2021)::

      penalty(k) = -1 + 2 / (1 + exp(-p * (k - 1)))      # 0 at k = 1, -> 1 as k grows
      speed      = 1 - median(penalty(k_u) for true positives u)
      F_latency  = F1 * speed

  where ``k_u`` is the number of messages seen when ``u`` was first flagged. eRisk
  uses ``p = 0.0078`` (a decision after the 90th item costs about a third of F1).
* **ERDE_o** (Losada & Crestani, CLEF 2016): the mean over conversations of
  ``c_fp`` for a false positive, ``c_fn`` for a false negative,
  ``lc_o(k) * c_tp`` for a true positive with ``lc_o(k) = 1 - 1 / (1 + exp(k - o))``,
  and 0 for a true negative; ``c_fp`` is the proportion of positives in the
  collection, ``c_fn = c_tp = 1``. Lower is better.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

#: eRisk's latency penalty parameter (Sadeque et al. 2018).
LATENCY_P = 0.0078


@dataclass(frozen=True)
class Counts:
    """Confusion counts of a binary decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, y_true: Sequence[bool | int], y_pred: Sequence[bool | int]) -> "Counts":
        if len(y_true) != len(y_pred):
            raise ValueError(f"y_true has {len(y_true)} items but y_pred has {len(y_pred)}")
        tp = fp = fn = tn = 0
        for t, p in zip(y_true, y_pred):
            if t and p:
                tp += 1
            elif p:
                fp += 1
            elif t:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, fn, tn)

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)


def precision(c: Counts) -> float | None:
    """tp / (tp + fp); None when nothing was predicted positive."""
    return c.tp / (c.tp + c.fp) if c.tp + c.fp else None


def recall(c: Counts) -> float | None:
    """tp / (tp + fn); None when there are no positives."""
    return c.tp / (c.tp + c.fn) if c.tp + c.fn else None


def f_beta(c: Counts, beta: float = 1.0) -> float | None:
    """F-beta; None without positives, 0 when positives exist but none was found or predicted."""
    r = recall(c)
    if r is None:
        return None
    p = precision(c)
    if p is None or p + r == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r)


def prf(c: Counts) -> dict[str, Any]:
    """Counts plus precision, recall, F1 and F0.5 (PAN-2012's ranking metric)."""
    return {
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
        "tn": c.tn,
        "precision": precision(c),
        "recall": recall(c),
        "f1": f_beta(c, 1.0),
        "f05": f_beta(c, 0.5),
    }


def average_precision(y_true: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the precision-recall curve (sklearn's step-wise average precision).

    None when there are no positives (undefined); 1.0 when every item is positive.
    """
    y = np.asarray(y_true, dtype=int)
    if y.size == 0 or y.sum() == 0:
        return None
    from sklearn.metrics import average_precision_score

    return float(average_precision_score(y, np.asarray(scores, dtype=float)))


def pr_curve(y_true: Sequence[int], scores: Sequence[float], max_points: int = 200) -> dict[str, list[float]] | None:
    """Precision-recall curve points (thinned to ``max_points``), None without positives."""
    y = np.asarray(y_true, dtype=int)
    if y.size == 0 or y.sum() == 0:
        return None
    from sklearn.metrics import precision_recall_curve

    p, r, _ = precision_recall_curve(y, np.asarray(scores, dtype=float))
    if len(p) > max_points:
        idx = np.unique(np.linspace(0, len(p) - 1, max_points).round().astype(int))
        p, r = p[idx], r[idx]
    return {"precision": [round(float(x), 6) for x in p], "recall": [round(float(x), 6) for x in r]}


def expected_calibration_error(y_true: Sequence[int], probs: Sequence[float], n_bins: int = 10) -> float | None:
    """ECE over ``n_bins`` equal-width bins of [0, 1]: sum_b (n_b / N) |acc_b - conf_b|.

    A score of exactly 1.0 falls in the last bin. None for no data.
    """
    y = np.asarray(y_true, dtype=float)
    p = np.clip(np.asarray(probs, dtype=float), 0.0, 1.0)
    if y.size == 0:
        return None
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        mask = bins == b
        if mask.any():
            total += mask.sum() / y.size * abs(y[mask].mean() - p[mask].mean())
    return float(total)


def latency_penalty(k: int, p: float = LATENCY_P) -> float:
    """Sadeque et al.'s penalty for deciding after ``k`` (>= 1) items."""
    return -1.0 + 2.0 / (1.0 + math.exp(-p * (k - 1)))


def latency_weighted_f1(f1: float | None, tp_delays: Sequence[int], p: float = LATENCY_P) -> float | None:
    """F1 times speed; ``tp_delays`` are the k (items seen) of the true positives.

    None when F1 is undefined; 0.0 when there is no true positive (F1 is 0 then too).
    """
    if f1 is None:
        return None
    if not tp_delays:
        return 0.0
    speed = 1.0 - float(np.median([latency_penalty(k, p) for k in tp_delays]))
    return f1 * speed


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def erde(
    truth: Sequence[bool | int],
    decision_k: Sequence[int | None],
    o: int,
    *,
    c_fp: float | None = None,
    c_fn: float = 1.0,
    c_tp: float = 1.0,
) -> float | None:
    """ERDE_o over items: ``decision_k[i]`` is the k of the positive decision, None if never.

    Args:
        c_fp: cost of a false positive; default the proportion of positives.

    Returns:
        The mean cost, None for no items.
    """
    if len(truth) != len(decision_k):
        raise ValueError(f"truth has {len(truth)} items but decision_k has {len(decision_k)}")
    n = len(truth)
    if n == 0:
        return None
    if c_fp is None:
        c_fp = sum(1 for t in truth if t) / n
    total = 0.0
    for t, k in zip(truth, decision_k):
        if k is not None and t:
            total += _sigmoid(k - o) * c_tp  # lc_o(k) = 1 - 1/(1+e^(k-o)) = sigmoid(k-o)
        elif k is not None:
            total += c_fp
        elif t:
            total += c_fn
    return total / n


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation), None for no values."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else None


def mean_defined(values: Sequence[float | None]) -> float | None:
    """Mean of the defined values (macro averages skip undefined categories)."""
    vals = [v for v in values if v is not None]
    return float(sum(vals) / len(vals)) if vals else None


def rate_upper_bound(flagged: int, n: int, level: float = 0.95) -> float:
    """One-sided Clopper-Pearson upper bound on a rate seen as ``flagged`` of ``n`` (1.0 when
    every one, or none of none, was flagged): how high a benign flag rate could be, given
    only that many conversations. Shared by the benchmark scripts that read a budget as a bound."""
    from scipy.stats import beta

    return 1.0 if flagged >= n else float(beta.ppf(level, flagged + 1, n - flagged))
