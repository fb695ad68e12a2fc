"""Metrics on tiny hand-computed cases, including the degenerate ones."""

from __future__ import annotations

import math

import pytest

from convowatch.nlp import metrics as M


@pytest.mark.parametrize(
    "y_true, y_pred, expected",
    [
        # perfect: every positive found, nothing else
        ([1, 1, 0, 0], [1, 1, 0, 0], {"precision": 1.0, "recall": 1.0, "f1": 1.0, "f05": 1.0}),
        # all wrong: positives missed, negatives flagged
        ([1, 1, 0, 0], [0, 0, 1, 1], {"precision": 0.0, "recall": 0.0, "f1": 0.0, "f05": 0.0}),
        # half found, one false alarm: P = 1/2, R = 1/2
        ([1, 1, 0, 0], [1, 0, 1, 0], {"precision": 0.5, "recall": 0.5, "f1": 0.5, "f05": 0.5}),
        # P = 1, R = 1/3: F1 = 0.5, F0.5 = 1.25 * (1/3) / (0.25 + 1/3) = 5/7
        ([1, 1, 1, 0], [1, 0, 0, 0], {"precision": 1.0, "recall": 1 / 3, "f1": 0.5, "f05": 5 / 7}),
        # no positives and nothing predicted: everything undefined, no NaN
        ([0, 0, 0], [0, 0, 0], {"precision": None, "recall": None, "f1": None, "f05": None}),
        # no positives but a false alarm: precision 0, recall and F undefined
        ([0, 0], [1, 0], {"precision": 0.0, "recall": None, "f1": None, "f05": None}),
        # positives exist, nothing predicted: precision undefined, F = 0
        ([1, 0], [0, 0], {"precision": None, "recall": 0.0, "f1": 0.0, "f05": 0.0}),
        # empty input
        ([], [], {"precision": None, "recall": None, "f1": None, "f05": None}),
    ],
)
def test_when_counts_given_then_prf_matches_hand_computation(y_true, y_pred, expected):
    got = M.prf(M.Counts.of(y_true, y_pred))
    for key, value in expected.items():
        assert got[key] == (pytest.approx(value) if value is not None else None), key


def test_when_lengths_differ_then_counts_raise():
    with pytest.raises(ValueError, match="3 items"):
        M.Counts.of([1, 0, 1], [1])


@pytest.mark.parametrize(
    "y_true, scores, expected",
    [
        # perfect ranking
        ([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1], 1.0),
        # reversed ranking: positives at ranks 3 and 4 -> (1/3 + 2/4) / 2
        ([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9], (1 / 3 + 2 / 4) / 2),
        # all tied: one threshold, AP = prevalence
        ([1, 0, 0, 0], [0.5, 0.5, 0.5, 0.5], 0.25),
        # partial tie: top group {pos, pos, neg} then {pos, neg}: (2/3)(2/3) + (1/3)(3/5)
        ([1, 1, 0, 1, 0], [0.6, 0.6, 0.6, 0.0, 0.0], 4 / 9 + 1 / 5),
        # every item positive
        ([1, 1], [0.1, 0.9], 1.0),
        # no positives: undefined
        ([0, 0, 0], [0.3, 0.2, 0.1], None),
        # empty
        ([], [], None),
    ],
)
def test_when_scores_ranked_then_average_precision_matches_hand_computation(y_true, scores, expected):
    got = M.average_precision(y_true, scores)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_when_no_positives_then_pr_curve_is_none_else_ends_at_full_recall():
    assert M.pr_curve([0, 0], [0.1, 0.2]) is None
    curve = M.pr_curve([1, 0, 1], [0.9, 0.5, 0.1])
    assert max(curve["recall"]) == 1.0 and len(curve["precision"]) == len(curve["recall"])


@pytest.mark.parametrize(
    "y_true, probs, expected",
    [
        # perfectly calibrated and confident
        ([1, 0], [1.0, 0.0], 0.0),
        # maximally wrong
        ([0, 1], [1.0, 0.0], 1.0),
        # one bin [0.7, 0.8): accuracy 1/2, confidence 0.75 -> 0.25
        ([1, 0], [0.75, 0.75], 0.25),
        # two bins: {0.05 (y=0)} -> |0 - 0.05|, {0.95 (y=1)} -> |1 - 0.95|; each weight 1/2
        ([0, 1], [0.05, 0.95], 0.05),
        # no data
        ([], [], None),
    ],
)
def test_when_probabilities_binned_then_ece_matches_hand_computation(y_true, probs, expected):
    got = M.expected_calibration_error(y_true, probs, n_bins=10)
    assert got == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(
    "k, expected",
    [
        (1, 0.0),  # deciding on the first message costs nothing
        (90, -1 + 2 / (1 + math.exp(-0.0078 * 89))),  # ~0.3337: a third of F1 after 90 items
        (10_000, 1.0),  # the penalty saturates at 1
    ],
)
def test_when_k_given_then_latency_penalty_matches_sadeque_formula(k, expected):
    assert M.latency_penalty(k) == pytest.approx(expected, abs=1e-9)


def test_when_true_positives_have_delays_then_latency_f1_uses_the_median_penalty():
    # penalties at k = 1, 3, 101; median is the k = 3 one
    expected = 0.8 * (1 - (-1 + 2 / (1 + math.exp(-0.0078 * 2))))
    assert M.latency_weighted_f1(0.8, [1, 101, 3]) == pytest.approx(expected)
    assert M.latency_weighted_f1(0.0, []) == 0.0  # no true positive
    assert M.latency_weighted_f1(None, [3]) is None  # F1 undefined (no positives)


def test_when_decisions_mixed_then_erde_matches_losada_crestani_by_hand():
    # 4 items, 2 positive -> c_fp = 0.5
    truth = [1, 1, 0, 0]
    decision_k = [3, None, 7, None]  # TP at k=3, FN, FP, TN
    tp_cost = 1 - 1 / (1 + math.exp(3 - 5))
    assert M.erde(truth, decision_k, 5) == pytest.approx((tp_cost + 1.0 + 0.5 + 0.0) / 4)
    # ERDE_50: the same TP is nearly free
    tp_cost_50 = 1 - 1 / (1 + math.exp(3 - 50))
    assert M.erde(truth, decision_k, 50) == pytest.approx((tp_cost_50 + 1.5) / 4)


@pytest.mark.parametrize(
    "truth, decision_k, expected",
    [
        ([], [], None),  # no items: undefined
        ([0, 0], [None, None], 0.0),  # all true negatives
        ([0, 0], [1, None], 0.0),  # no positives -> c_fp = 0
        ([1], [10_000], 1.0),  # very late true positive costs c_tp (no overflow)
    ],
)
def test_when_erde_degenerate_then_defined(truth, decision_k, expected):
    got = M.erde(truth, decision_k, 5)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_when_values_given_then_percentile_and_mean_defined():
    assert M.percentile([0, 3], 50) == 1.5
    assert M.percentile([], 90) is None
    assert M.mean_defined([1.0, None, 0.0]) == 0.5
    assert M.mean_defined([None]) is None


def test_when_training_and_evaluation_compute_ece_and_auprc_then_they_agree() -> None:
    """Issue 9 (#5): one definition of ECE and AUPRC for calibration reports and evaluation."""
    import numpy as np

    from convowatch.nlp.metrics import average_precision, expected_calibration_error
    from convowatch.nlp.model.calibrate import auprc, ece

    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 500)
    p = np.clip(y * 0.6 + rng.random(500) * 0.5, 0, 1)
    p[:10] = [0.0, 0.1, 0.2, 0.5, 0.9, 1.0, 0.3, 0.7, 0.15, 0.85]  # bin edges included
    assert ece(p, y, bins=10) == expected_calibration_error(y, p, n_bins=10)
    assert auprc(p, y) == average_precision(y, p)
