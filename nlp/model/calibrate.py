"""Calibration and threshold choice on the dev split.

Fusion adds the model's probability to rule evidence by noisy-OR and flags at fixed
thresholds, so the model's probabilities must *mean* something: temperature scaling
(Guo et al., 2017) fits one temperature per category on dev by minimising the
negative log-likelihood (a deterministic grid search: one parameter, no optimiser
state to seed). Per-category thresholds are then chosen on dev for a target precision
and recorded in the model config as the recommended model-only operating points.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

_GRID = np.exp(np.linspace(np.log(0.2), np.log(10.0), 400))


def _nll(logits: np.ndarray, y: np.ndarray, t: float) -> float:
    z = logits / t
    # log(1 + exp(-|z|)) form: stable for large |z|
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """Temperature minimising dev NLL of ``sigmoid(logits / T)``; 1.0 when dev has one class only."""
    logits = np.asarray(logits, np.float64)
    y = np.asarray(y, np.float64)
    if len(y) == 0 or y.min() == y.max():
        return 1.0
    losses = [_nll(logits, y, t) for t in _GRID]
    return float(_GRID[int(np.argmin(losses))])


def ece(probs: np.ndarray, y: np.ndarray, bins: int = 15) -> float:
    """Expected calibration error with equal-width bins: the evaluation's definition
    (:func:`convowatch.nlp.metrics.expected_calibration_error`), 0.0 for no data."""
    from ..metrics import expected_calibration_error

    return expected_calibration_error(np.asarray(y), np.asarray(probs), n_bins=bins) or 0.0


@dataclass(frozen=True)
class OperatingPoint:
    """A threshold and what it achieves on dev."""

    threshold: float
    precision: float
    recall: float
    target_precision: float
    reached: bool  # False: no threshold reached the target; the most precise point is given

    def to_dict(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def threshold_for_precision(probs: np.ndarray, y: np.ndarray, target: float) -> OperatingPoint:
    """Lowest threshold whose dev precision is at least ``target`` (highest recall at that precision)."""
    from sklearn.metrics import precision_recall_curve

    y = np.asarray(y)
    if y.sum() == 0:
        return OperatingPoint(1.0, 0.0, 0.0, target, False)
    prec, rec, thr = precision_recall_curve(y, probs)
    prec, rec = prec[:-1], rec[:-1]  # the last point has no threshold
    ok = np.nonzero(prec >= target)[0]
    if len(ok):
        i = int(ok[np.argmax(rec[ok])])
        return OperatingPoint(float(thr[i]), float(prec[i]), float(rec[i]), target, True)
    i = int(np.argmax(prec))
    return OperatingPoint(float(thr[i]), float(prec[i]), float(rec[i]), target, False)


def auprc(probs: np.ndarray, y: np.ndarray) -> float | None:
    """Average precision as the evaluation computes it
    (:func:`convowatch.nlp.metrics.average_precision`); None when dev has no positives."""
    from ..metrics import average_precision

    return average_precision(np.asarray(y), np.asarray(probs))


@dataclass(frozen=True)
class DecisionShift:
    """A logit shift and the conversation-level decisions it gives on dev."""

    shift: float
    on_threshold: float
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def fit_decision_shift(
    logits: np.ndarray,
    temperature: float,
    conversation_index: np.ndarray,
    conversation_labels: np.ndarray,
    on_threshold: float,
    grid: np.ndarray | None = None,
) -> DecisionShift:
    """Shift window logits so that fusion's fixed threshold makes good *conversation* decisions.

    Why: fusion keeps the highest recent model probability of a conversation and flags
    at a fixed ``on`` threshold, so a conversation is flagged by the model alone when
    *any* of its windows reaches ``on``. Window-level calibration does not control that
    maximum over dozens of windows: on dev, benign conversations with a few risky-looking
    lines crossed it far too often. The shift ``b`` in ``sigmoid(logit / T - b)`` is
    chosen on dev to maximise conversation-level F1 of ``max_window_prob >= on`` (ties
    go to the smaller shift); it trades window-level calibration for decisions.

    Args:
        logits: ``[N]`` raw window logits of one category.
        temperature: that category's temperature.
        conversation_index: ``[N]`` conversation number (0..C-1) of each window.
        conversation_labels: ``[C]`` 0/1 labels.
        on_threshold: fusion's flag threshold for the category.
        grid: shifts to try (default 0..8 in steps of 0.25).
    """
    grid = np.arange(0.0, 8.001, 0.25) if grid is None else grid
    y = np.asarray(conversation_labels).astype(bool)
    z = np.asarray(logits, np.float64) / temperature
    zmax = np.full(len(y), -np.inf)
    np.maximum.at(zmax, conversation_index, z)
    best = DecisionShift(0.0, on_threshold, 0.0, 0.0, -1.0)
    for b in grid:
        pred = 1.0 / (1.0 + np.exp(-(zmax - b))) >= on_threshold
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best.f1 + 1e-12:
            best = DecisionShift(float(b), on_threshold, p, r, f1)
    return best
