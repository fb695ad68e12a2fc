"""The selection scripts' shared screen: held-writer loop, validation writer, and the bar an arm must meet."""

from __future__ import annotations

import json

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DEFAULT_FEATURES
from convowatch.nlp.model.decision_fit import FoldReplay
from convowatch.nlp.model.selection import CRITERION, ScreenReport, keeps, screen, write_report
from convowatch.nlp.types import Conversation

K = len(CATEGORIES)


def _replay(name: str, n_conv: int, rng: np.random.Generator) -> FoldReplay:
    """Six-message conversations; every other one is grooming from message 3, where only the
    *window* probability rises (the lexical and rule columns stay flat), so an arm without
    the window features cannot rank them."""
    rows, targets, convs = [], [], []
    for ci in range(n_conv):
        risky = ci % 2 == 0
        for pos in range(6):
            p = np.full(K, 0.02)
            if risky and pos >= 3:
                p[0] = rng.uniform(0.5, 0.95)
            else:
                p[0] = rng.uniform(0.0, 0.3)
            rows.append([ci, pos, *np.zeros(K), *p, *np.full(K, 0.01), 0.0, 0.0, 0.0])
            targets.append([int(risky and pos >= 3), 0, 0])
        convs.append(Conversation(f"{name}-{ci}", (), labels={"grooming": int(risky)}))
    return FoldReplay(name, n_conv, convs, np.asarray(rows), np.asarray(targets))


def test_when_an_arm_drops_the_only_informative_features_then_it_falls_out_of_writer_and_is_not_kept(tmp_path):
    rng = np.random.default_rng(0)
    replays = {n: _replay(n, 16, rng) for n in ("ash", "elm", "oak")}
    val = _replay("val", 20, rng)
    blind = [f for f in DEFAULT_FEATURES if not f.startswith("model_") and "_x_" not in f]
    report = screen(replays, {"defaults": list(DEFAULT_FEATURES), "blind": blind, "same": list(DEFAULT_FEATURES)},
                    val.held, val.rows, log=False)
    assert set(report.by_held_writer) == {"ash", "elm", "oak"}
    assert report.mean["defaults"]["grooming"] > 0.95  # the window column separates every writer
    assert report.gain["blind"]["grooming"] < -0.2 and report.v2_val_gain["blind"]["grooming"] < -0.2
    assert report.keep == {"blind": False, "same": False}  # an identical arm gains nothing, so it is not kept either
    assert report.gain["same"] == {"grooming": 0.0}  # bullying and self-harm have no positive: not judged
    assert report.v2_val["defaults"]["bullying"] is None  # no positive there: undefined, not 0

    out = tmp_path / "screen.json"
    write_report(report, out, {"seed": 13}, operating_points={"defaults": {}})
    data = json.loads(out.read_text())
    assert list(data)[:3] == ["params", "criterion", "by_held_writer"] and data["params"] == {"seed": "13"}
    assert data["criterion"] == CRITERION and data["operating_points"] == {"defaults": {}}
    data.pop("operating_points")
    assert ScreenReport.model_validate(data).keep == report.keep


@pytest.mark.parametrize(("gain", "val_gain", "kept"), [
    ((0.005, 0.0, -0.002), (0.0, -0.002, 0.0), True),  # exactly at the bar
    ((0.0049, 0.004, 0.004), (0.01, 0.01, 0.01), False),  # no category reaches +0.005 (session 14's miss)
    ((0.02, 0.0, -0.0021), (0.0, 0.0, 0.0), False),  # one category falls too far out of writer
    ((0.02, 0.0, 0.0), (0.0, -0.0021, 0.0), False),  # or on the validation writer
])
def test_when_gains_are_judged_then_the_bar_is_plus_0_005_somewhere_and_minus_0_002_at_most_everywhere(gain, val_gain, kept):
    assert keeps(dict(zip(CATEGORIES, gain)), dict(zip(CATEGORIES, val_gain))) is kept
