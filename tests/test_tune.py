"""Threshold choice on dev: best F1 at a precision floor, never below the minimum."""

from __future__ import annotations

import pytest

from convowatch.nlp.tune import TuneConfig, choose_threshold


@pytest.mark.parametrize(
    "y,scores,cfg,expect_on,reached",
    [
        # separable: the lowest positive score keeps precision 1.0 and full recall
        ([1, 1, 0, 0], [0.9, 0.6, 0.4, 0.1], TuneConfig(), 0.6, True),
        # a negative above a positive: 0.8 keeps precision but loses recall; 0.5 breaks the floor
        ([1, 0, 1, 0], [0.9, 0.7, 0.5, 0.1], TuneConfig(target_precision=0.95), 0.9, True),
        # the same with a lenient floor: 0.5 has P=0.67 R=1.0 F1=0.8 > 0.9's F1=0.67
        ([1, 0, 1, 0], [0.9, 0.7, 0.5, 0.1], TuneConfig(target_precision=0.6), 0.5, True),
        # never below min_on even if positives score lower (nothing detectable: target not met)
        ([1, 0], [0.1, 0.05], TuneConfig(min_on=0.3), 0.3, False),
    ],
)
def test_when_choosing_a_threshold_then_best_f1_at_the_precision_floor(y, scores, cfg, expect_on, reached):
    th = choose_threshold(y, scores, cfg)
    assert th["on"] == pytest.approx(expect_on)
    assert th["reached"] is reached
    assert th["off"] == pytest.approx(max(0.01, expect_on * cfg.off_ratio), abs=1e-4)


def test_when_no_threshold_meets_the_floor_then_best_precision_is_taken_and_marked():
    th = choose_threshold([0, 1, 0, 1], [0.9, 0.8, 0.7, 0.6], TuneConfig(target_precision=0.99))
    assert th["reached"] is False
    assert th["precision"] < 0.99


@pytest.mark.parametrize("kwargs", [{"target_precision": 0}, {"min_on": 0.9, "max_on": 0.5}, {"off_ratio": 1.5}])
def test_when_tune_config_is_invalid_then_refused(kwargs):
    with pytest.raises(ValueError):
        TuneConfig(**kwargs)
