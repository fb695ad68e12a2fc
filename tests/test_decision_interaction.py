"""The lexical peak gated by the window head (``lex_x_model``): its value, its fit, and the train option."""

from __future__ import annotations

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import (DEFAULT_FEATURES, INTERACTION_FEATURES, DecisionModel, Running, conversation_max,
                                     fit_decision, logit, message_probabilities)
from convowatch.nlp.metrics import average_precision

S = CATEGORIES.index("self_harm")


def _model(features):
    return DecisionModel(features=list(features), weights={c: [0.0] * len(features) for c in CATEGORIES},
                         bias={c: 0.0 for c in CATEGORIES})


def test_when_the_lexical_peak_is_read_then_it_counts_as_much_as_the_head_agrees():
    dm = _model([*DEFAULT_FEATURES, *INTERACTION_FEATURES])
    agree = dm.feature_values(dm.step(Running(), 0.9, 0.8), 0.0)
    alone = dm.feature_values(dm.step(Running(), 0.0, 0.8), 0.0)
    assert agree["lex_x_model"] == pytest.approx(logit(0.8) * 0.9)
    assert alone["lex_x_model"] == 0.0 and alone["lex_top"] == agree["lex_top"]
    assert "lex_x_model" not in DEFAULT_FEATURES


def _rows(n_conv: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Replay rows where risk is the conjunction: a confident lexical spike with a quiet
    head is benign ("i dont want it anymore" about a game skin), so is a head alarm
    without lexical support; risky windows have both, each only moderately high. An
    additive decision on the raw logits cannot rank "both moderate" above "one very high"
    (the default features' other transforms of the same inputs can, so both rank these
    rows well; the check is that the fit leans on the conjunction)."""
    k = len(CATEGORIES)
    rows, targets, labels = [], [], []
    for ci in range(n_conv):
        kind = ci % 4  # 0 plain, 1 lexical spike alone, 2 head alone (both benign), 3 both (risky)
        risky = kind == 3
        for mi in range(6):
            after = mi >= 3
            lex = [0.05] * k
            p = [0.05] * k
            if after and kind == 1:
                lex[S], p[S] = float(rng.uniform(0.9, 0.99)), float(rng.uniform(0.02, 0.1))
            elif after and kind == 2:
                lex[S], p[S] = float(rng.uniform(0.02, 0.1)), float(rng.uniform(0.9, 0.99))
            elif after and kind == 3:
                lex[S], p[S] = float(rng.uniform(0.6, 0.8)), float(rng.uniform(0.6, 0.8))
            rows.append([ci, mi, *([0.0] * k), *p, *lex, 0.0, 0.0, 0.0])
            targets.append([int(risky and after and c == "self_harm") for c in CATEGORIES])
        labels.append(int(risky))
    return np.asarray(rows, np.float64), np.asarray(targets), np.asarray(labels)


def test_when_a_lexical_spike_without_the_head_is_benign_then_the_fit_leans_on_the_gated_feature_and_streams_the_same():
    rows, targets, labels = _rows(80, np.random.default_rng(3))
    held_rows, _, held_labels = _rows(40, np.random.default_rng(4))
    plain = fit_decision(rows, targets, DEFAULT_FEATURES)
    gated = fit_decision(rows, targets, [*DEFAULT_FEATURES, *INTERACTION_FEATURES])
    ap = {name: average_precision(held_labels.tolist(), conversation_max(dm, held_rows)[:, S].tolist())
          for name, dm in (("plain", plain), ("gated", gated))}
    assert ap["gated"] >= ap["plain"] - 1e-9 and ap["gated"] > 0.95, ap
    w = dict(zip(gated.features, gated.weights["self_harm"]))
    assert w["lex_x_model"] > 0.5, w
    # the streaming path fusion runs gives the replayed probabilities
    k = len(CATEGORIES)
    state, got = Running(), []
    for row in held_rows:
        if int(row[1]) == 0:
            state = Running()
        state = gated.step(state, float(row[2 + k + S]), float(row[2 + 2 * k + S]))
        got.append(gated.probability("self_harm", gated.feature_values(state, float(row[2 + S]), {})))
    np.testing.assert_allclose(np.round(got, 6), message_probabilities(gated, held_rows)[:, S], atol=2e-6)


def test_when_trained_with_an_extra_decision_feature_then_the_folder_reads_it_and_live_scores_equal_the_replay(tmp_path):
    from model_fixtures import train_tiny

    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.decision_fit import replay_rows

    result, _ = train_tiny(tmp_path, epochs=2, decision=True, decision_extra_features=("lex_x_model",))
    dm = DecisionModel.model_validate(result.config["decision"])
    assert dm.features == [*DEFAULT_FEATURES, "lex_x_model"]
    convs = read_corpus(tmp_path / "dev.jsonl")[:6]
    replayed = message_probabilities(dm, replay_rows(convs, tmp_path / "model"))
    msgs = [m for c in convs for m in c.messages]
    live = [[a.scores[c] for c in CATEGORIES] for a in Analyzer.default(model=tmp_path / "model").process_many(msgs)]
    np.testing.assert_allclose(np.asarray(live), replayed, atol=2e-6)


def test_when_an_unknown_decision_feature_is_asked_for_then_config_and_command_refuse_it_by_name(tmp_path):
    from typer.testing import CliRunner

    from convowatch.nlp.model.train import TrainConfig
    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    with pytest.raises(ValueError, match="decision_extra_features"):
        TrainConfig(decision_extra_features=("log_n",))
    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--decision-feature", "shoe_size"])
    assert result.exit_code == 2 and "--decision-feature" in result.output
    assert not (tmp_path / "m").exists()

