"""benchmarks/benign_spread.py: a model's benign rate per unseen writer, its mean and worst writer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _script():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "benign_spread.py"
    spec = importlib.util.spec_from_file_location("benign_spread", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_when_benign_conversations_are_flagged_then_each_counts_once_and_by_every_category_it_reached():
    bs = _script()
    flags = [{"grooming": 3, "bullying": None, "self_harm": 5},  # two categories: one flagged conversation
             {"grooming": None, "bullying": None, "self_harm": None}] + [{}] * 98
    w = bs.writer_rate("s.jsonl.gz", flags)
    assert (w.benign, w.flagged, w.rate) == (100, 1, 0.01)
    assert w.by_category == {"grooming": 1, "bullying": 0, "self_harm": 1}
    assert 0.01 < w.upper_95 < 0.06  # one of 100 cannot rule out a few per cent
    assert bs.writer_rate("e", []).upper_95 == 1.0


def test_when_writers_disagree_then_the_spread_names_the_worst_and_those_over_budget():
    bs = _script()
    rates = [bs.writer_rate(name, [{"grooming": 1}] * k + [{}] * (1000 - k)) for name, k in (("a", 1), ("b", 7), ("c", 3))]
    s = bs.spread("m", rates, budget=0.005)
    assert s.worst_stream == "b" and s.worst_rate == pytest.approx(0.007)
    assert s.mean_rate == pytest.approx(0.011 / 3)
    assert s.over_budget == ["b"]


def test_when_no_stream_is_named_then_every_validation_writer_s_committed_stream_is_read():
    bs = _script()
    assert bs.VALIDATION_STREAMS == ("v2_stream_val.jsonl.gz", "v2_stream_val2.jsonl.gz", "v2_stream_val3.jsonl.gz", "v2_stream_val4.jsonl.gz")
    assert all((bs.ROOT / name).is_file() for name in bs.VALIDATION_STREAMS)
