"""The learned conversation decision: fitting, its features in fusion, budget thresholds, and training."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DEFAULT_FEATURES, DecisionModel, Running, fit_decision
from convowatch.nlp.fusion import Fusion, FusionConfig
from convowatch.nlp.tune import TuneConfig, choose_by_budget
from convowatch.nlp.types import Signal

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _rows(n_conv: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Conversations of 6 messages; in risky ones (every other) the window probability rises."""
    rows, targets = [], []
    k = len(CATEGORIES)
    for ci in range(n_conv):
        risky = ci % 2 == 0
        for pos in range(6):
            p = np.full(k, 0.02)
            if risky and pos >= 3:
                p[0] = rng.uniform(0.5, 0.95)
            rows.append([ci, pos, *np.zeros(k), *p, *np.full(k, 0.01), 0.0, 0.0, 0.0])
            targets.append([int(risky and pos >= 3), 0, 0])
    return np.asarray(rows), np.asarray(targets)


def test_when_fitted_on_rows_where_the_window_probability_separates_then_it_gets_the_weight():
    rows, targets = _rows(60, np.random.default_rng(0))
    dm = fit_decision(rows, targets, ["model_max", "model_cur", "log_n"])
    g = dict(zip(dm.features, dm.weights["grooming"]))
    assert g["model_max"] + g["model_cur"] > 0.5
    assert dm.weights["bullying"] == [0.0, 0.0, 0.0] and dm.bias["bullying"] == -10.0  # no positives: never fires
    assert DecisionModel.model_validate(dm.model_dump(mode="json")) == dm  # what config.json stores reads back


def test_when_decision_weights_do_not_match_the_features_then_loading_names_the_category():
    with pytest.raises(ValueError, match="grooming"):
        DecisionModel(features=["model_max"], weights={c: [1.0, 2.0] for c in CATEGORIES}, bias={c: 0.0 for c in CATEGORIES})
    with pytest.raises(ValueError, match="unknown decision features"):
        DecisionModel(features=["nope"], weights={c: [1.0] for c in CATEGORIES}, bias={c: 0.0 for c in CATEGORIES})


def _decision() -> DecisionModel:
    """Hand-set weights: the window peak, and the stated-age conjunction for grooming."""
    feats = ["model_max", "age_conj", "age_adults_only"]
    w = {c: [1.0, 0.0, 0.0] for c in CATEGORIES}
    w["grooming"] = [1.0, 3.0, -3.0]
    return DecisionModel(features=feats, weights=w, bias={c: -1.0 for c in CATEGORIES})


def _run(fusion: Fusion, chat: list[tuple[str, float, int | None]]) -> dict:
    """(sender, grooming window probability, stated age) per message through fusion."""
    st = None
    for i, (sender, p, age) in enumerate(chat):
        sigs = [Signal(category=c, subtype=None, source="model", detector="m", score=p if c == "grooming" else 0.01,
                       message_id=f"m{i}", evidence={"lexical": 0.01}) for c in CATEGORIES]
        if age is not None:
            sigs.append(Signal(category="grooming", subtype="declared_age", source="context", detector="ages",
                               score=0.0, message_id=f"m{i}", evidence={"participant": sender, "age": age, "from": "text"}))
        st, a = fusion.update(st, "c", f"m{i}", T0 + timedelta(minutes=i), sigs)
    return {"state": st, "assessment": a}


def test_when_the_same_words_go_to_a_declared_minor_or_between_adults_then_only_the_minor_flags():
    fusion = Fusion(FusionConfig(decision=_decision()))
    words = [("a", 0.1, None), ("b", 0.1, None), ("a", 0.7, None), ("b", 0.1, None)]
    minor = _run(fusion, [("a", 0.05, 24), ("b", 0.05, 13)] + words)["assessment"]
    adults = _run(fusion, [("a", 0.05, 35), ("b", 0.05, 27)] + words)["assessment"]
    assert "grooming" in minor.flagged and minor.scores["grooming"] > 0.9
    assert "grooming" not in adults.flagged and adults.scores["grooming"] < 0.2
    # stated ages are context, never a reason by themselves; the decision says what weighed
    assert all(r.signal.source != "context" for r in minor.reasons)
    terms = minor.to_dict()["decision"]["grooming"]
    assert terms["age_conj"] == 3.0 and terms["bias"] == -1.0 and "age_adults_only" not in terms
    assert "decision" not in adults.to_dict()  # nothing flagged, nothing to explain


#: A fusion state as version 1 stored it (before the decision): no "v", short keys.
V1_STATE = {
    "n": 5, "last_ts": "2026-01-01T00:00:00+00:00",
    "ev": {"grooming": 0.8, "bullying": 0.0, "self_harm": 0.0}, "model": {"grooming": 0.3, "bullying": 0.0, "self_harm": 0.0},
    "stage_ev": {"isolation_secrecy": 0.8}, "rule_counts": {"grooming.secrecy.dont_tell.v1": 1},
    "reasons": {"grooming": [[{"category": "grooming", "subtype": "isolation_secrecy", "source": "rule",
                               "detector": "grooming.secrecy.dont_tell.v1", "score": 0.8, "message_id": "m3",
                               "severity": "high", "span": [0, 9]}, 0.8]], "bullying": [], "self_harm": []},
    "flagged": ["grooming"], "seen": ["m0", "m1", "m2", "m3", "m4"],
}


def test_when_a_version_1_state_is_read_then_its_evidence_carries_over_and_it_is_written_back_as_version_2():
    from convowatch.nlp.fusion_state import STATE_VERSION, FusionState

    st = FusionState.from_dict(V1_STATE)
    assert st.evidence["grooming"] == 0.8 and st.stage_evidence == {"isolation_secrecy": 0.8} and st.flagged == ["grooming"]
    new, a = Fusion().update(V1_STATE, "c", "m5", T0 + timedelta(minutes=1), [])
    assert new["v"] == STATE_VERSION and "ev" not in new and new["evidence"]["grooming"] > 0.7
    assert a.flagged == ("grooming",) and a.stage == "isolation_secrecy" and a.reasons[0].signal.message_id == "m3"
    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.snapshot import Snapshot
    from convowatch.nlp.types import Message

    # the ids a version 1 state remembers still make a retry a duplicate
    out = Analyzer().assess([Message("c", "m4", "u", T0, "hi")], {"c": Snapshot(state=V1_STATE)})
    assert out.assessments[0].duplicate and out.changes == {}
    with pytest.raises(ValueError, match="newer"):
        FusionState.from_dict({**new, "v": STATE_VERSION + 1})


def test_when_a_state_from_before_the_decision_is_read_then_it_continues_from_empty_summaries():
    fusion = Fusion(FusionConfig(decision=_decision()))
    st, a = fusion.update(V1_STATE, "c", "m9", T0, [Signal(category="grooming", subtype=None, source="model", detector="m",
                                                            score=0.5, message_id="m9")])
    assert Running.from_list(st["running"]["grooming"]).n == 1 and st["ages"] == {} and 0.0 < a.scores["grooming"] < 1.0


def test_when_every_window_is_benign_then_a_long_chat_scores_like_a_short_one_under_the_shipped_decision():
    import json

    from convowatch.nlp.model.bundle import default_model_dir

    shipped = DecisionModel.model_validate(json.loads((default_model_dir() / "config.json").read_text())["decision"])
    fusion = Fusion(FusionConfig(decision=shipped))
    short = _run(fusion, [("a", 0.02, None)] * 10)["assessment"].scores
    long = _run(fusion, [("a", 0.02, None)] * 300)["assessment"].scores
    for c in CATEGORIES:  # more benign messages are not more chances, nor a length bonus
        assert long[c] <= short[c] + 1e-3, c


def test_when_thresholds_are_chosen_for_a_benign_budget_then_at_most_that_share_of_benign_conversations_reach_them():
    rng = np.random.default_rng(1)
    benign = rng.uniform(0, 0.6, 1000)
    risky = rng.uniform(0.4, 1.0, 20)
    scores = np.concatenate([benign, risky])
    y = [0] * 1000 + [1] * 20
    point = choose_by_budget(y, [True] * 1000 + [False] * 20, scores, 0.005, TuneConfig(min_on=0.05, max_benign_fpr=0.005))
    assert np.mean(benign >= point["on"]) <= 0.005 and point["benign_fpr"] <= 0.005
    assert np.mean(benign >= point["on"] - 0.01) > 0.005  # and it is the lowest such threshold (up to rounding)
    assert point["recall"] == pytest.approx(np.mean(risky >= point["on"]), abs=1e-4)


def test_when_trained_with_the_decision_then_the_folder_carries_it_and_the_analyzer_reads_stated_ages(tmp_path):
    from model_fixtures import train_tiny

    from convowatch.nlp.analyzer import Analyzer

    result, _ = train_tiny(tmp_path, epochs=3, decision=True)
    dec = result.config["decision"]
    assert dec["features"] == list(DEFAULT_FEATURES) and "log_n" not in dec["features"] and set(dec["fitted_on"]["folds"]) == {"hash0", "hash1", "hash2"}
    assert sum(f["rows"] for f in dec["fitted_on"]["folds"].values()) > 0
    analyzer = Analyzer.default(model=tmp_path / "model")
    assert analyzer.config.fusion.decision is not None
    assert [d.name for d in analyzer.detectors][-1] == "participants.age-cues.v1"


def test_when_a_decision_reads_every_window_then_only_evidence_marks_case_messages_and_counts_as_hits():
    from convowatch.service.cases import _signal_categories
    from convowatch.nlp.types import Assessment

    def assessment(*signals: Signal) -> Assessment:
        return Assessment(conversation_id="c", message_id="m1", scores={c: 0.9 for c in CATEGORIES}, flagged=("grooming",),
                          newly_flagged=(), stage=None, urgency=None, reasons=(), signals=signals)

    quiet = Signal(category="grooming", subtype=None, source="model", detector="m", score=0.01, message_id="m1")
    age = Signal(category="grooming", subtype="declared_age", source="context", detector="ages", score=0.0,
                 message_id="m1", evidence={"participant": "a", "age": 13, "from": "text"})
    rule = Signal(category="grooming", subtype="isolation_secrecy", source="rule", detector="r", score=0.6, message_id="m1")
    loud = Signal(category="grooming", subtype=None, source="model", detector="m", score=0.4, message_id="m1")
    assert _signal_categories(assessment(quiet, age)) == []  # a later chat message is context, not "flagged"
    assert _signal_categories(assessment(quiet, rule)) == ["grooming"]
    assert _signal_categories(assessment(loud)) == ["grooming"]


def test_when_rows_are_weighted_per_conversation_then_a_long_benign_chat_no_longer_outvotes_a_short_risky_one():
    import numpy as np

    from convowatch.nlp.decision import fit_decision

    # the same feature values in a 2-message risky (bullying) thread and a 50-message benign chat
    def conv(idx: int, n: int) -> np.ndarray:
        rows = np.zeros((n, 14))
        rows[:, 0], rows[:, 1] = idx, np.arange(n)
        rows[:, 2 + 3 + 1] = 0.5  # bullying window probability
        rows[::2, 2 + 6 + 1] = 0.5  # some lexical variation, so the fit has something to read
        return rows

    rows = np.vstack([conv(0, 2), conv(1, 50)])
    targets = np.zeros((52, 3), int)
    targets[:2, 1] = 1
    per_message = fit_decision(rows, targets)
    per_conversation = fit_decision(rows, targets, per_conversation=True)
    assert per_conversation.bias["bullying"] > per_message.bias["bullying"] + 1.0


def test_when_training_is_asked_for_an_unknown_decision_weighting_then_it_refuses():
    from convowatch.nlp.model.train import TrainConfig

    with pytest.raises(ValueError, match="decision_weighting"):
        TrainConfig(decision_weighting="per-row")
    assert TrainConfig().decision_weighting == "message"  # the default (the shipped recipe passes conversation)


def test_when_the_train_command_gets_an_unknown_decision_weighting_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--decision-weighting", "per-row"])
    assert result.exit_code == 2 and "--decision-weighting" in result.output
    assert not (tmp_path / "m").exists()  # nothing was trained


def _sh_rows(idx: int, n: int, rule: float, risky: bool, window: float = 0.5) -> tuple:
    import numpy as np

    rows = np.zeros((n, 14))
    rows[:, 0], rows[:, 1] = idx, np.arange(n)
    rows[:, 2 + 2] = rule  # the self-harm rule score
    rows[:, 2 + 3 + 2] = window  # the self-harm window probability
    targets = np.zeros((n, 3), int)
    targets[:, 2] = int(risky)
    return rows, targets


def test_when_the_rule_weight_is_refitted_on_a_writer_where_rules_fire_on_look_alikes_then_it_drops_and_the_rest_is_kept():
    import numpy as np

    from convowatch.nlp.decision import fit_decision, refit_rule_weight

    # pooled rows: the rule fires exactly on the risky conversations (rules written against these writers)
    pooled = [_sh_rows(i, 5, 0.9 if i % 2 else 0.0, bool(i % 2), 0.4 + 0.2 * (i % 3 == 0)) for i in range(40)]
    # a new writer: the rule fires as often on look-alikes as on risky conversations
    new = [_sh_rows(100 + i, 5, 0.9 if i % 4 < 2 else 0.0, bool(i % 2)) for i in range(40)]
    rows, targets = np.vstack([r for r, _ in pooled]), np.vstack([t for _, t in pooled])
    model = fit_decision(rows, targets)
    refit = refit_rule_weight(model, np.vstack([r for r, _ in new]), np.vstack([t for _, t in new]))
    ri = model.features.index("rule")
    assert refit.weights["self_harm"][ri] < model.weights["self_harm"][ri] - 0.5
    assert abs(refit.weights["self_harm"][ri]) < 0.5  # a rule that does not separate is worth ~nothing there
    others = [i for i in range(len(model.features)) if i != ri]
    assert [refit.weights["self_harm"][i] for i in others] == [model.weights["self_harm"][i] for i in others]
    assert refit.weights["grooming"] == model.weights["grooming"]  # no positives there: left alone
    # limited to other categories, self-harm keeps the pooled weight and bias
    kept = refit_rule_weight(model, np.vstack([r for r, _ in new]), np.vstack([t for _, t in new]), categories=("bullying",))
    assert kept.weights["self_harm"] == model.weights["self_harm"] and kept.bias["self_harm"] == model.bias["self_harm"]


def test_when_a_rule_writer_is_not_a_writer_of_the_corpus_then_value_error_before_any_fold_is_trained():
    from convowatch.nlp.model.decision_fit import fit_out_of_writer
    from convowatch.nlp.model.train import TrainConfig
    from convowatch.service.cli._common import demo_corpus_path
    from convowatch.nlp.model.data import read_corpus

    convs = list(read_corpus(demo_corpus_path()))

    def train_fold(*_):
        raise AssertionError("no fold should be trained")

    with pytest.raises(ValueError, match="nobody"):
        fit_out_of_writer(convs, convs, train_fold, rule_writers=("nobody",))
    assert TrainConfig().decision_rule_writers == ()


def test_when_the_train_command_gets_an_unknown_rule_writer_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--decision-rule-writer", "nobody", "--no-progress", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 2 and "--decision-rule-writer" in result.output and "nobody" in result.output
    assert not (tmp_path / "m").exists()
    assert not list((tmp_path / "cache").glob("embeddings-*"))  # refused before anything was encoded


def test_when_conversation_max_is_taken_over_replay_rows_then_it_is_each_conversations_highest_streamed_probability():
    from convowatch.nlp.decision import AGE_FEATURES, conversation_max, feature_matrix

    rows, targets = _rows(12, np.random.default_rng(3))
    dm = fit_decision(rows, targets)
    best = conversation_max(dm, rows)
    assert best.shape == (12, len(CATEGORIES))
    # the same values message by message through the streaming path fusion uses
    k = len(CATEGORIES)
    expect = np.zeros((12, k))
    state = [Running() for _ in range(k)]
    for row in rows:
        if int(row[1]) == 0:
            state = [Running() for _ in range(k)]
        ages = dict(zip(AGE_FEATURES, row[2 + 3 * k:]))
        for j, c in enumerate(CATEGORIES):
            state[j] = dm.step(state[j], float(row[2 + k + j]), float(row[2 + 2 * k + j]))
            p = dm.probability(c, dm.feature_values(state[j], float(row[2 + j]), ages))
            expect[int(row[0]), j] = max(expect[int(row[0]), j], p)
    np.testing.assert_allclose(best, expect, atol=2e-6)
    assert (best[0::2, 0] > best[1::2, 0].max()).all()  # the risky conversations peak above every benign one
    assert feature_matrix(dm, rows).shape[0] == len(rows)


def test_when_trained_with_an_operating_stream_then_the_fused_point_is_chosen_on_out_of_writer_replays(tmp_path):
    from model_fixtures import make_tiny_bert, write_tiny_corpus

    from convowatch.nlp.model.config import ModelConfig
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.train import TrainConfig, train

    enc = tmp_path / "tiny-bert"
    make_tiny_bert(enc)
    tr, dv, st = (write_tiny_corpus(tmp_path / f"{n}.jsonl", n=k, seed=s)
                  for n, k, s in (("train", 36, 1), ("dev", 12, 2), ("stream", 40, 4)))
    cfg = TrainConfig(seed=7, epochs=2, batch_size=32, hidden=16, window=6, lr=1e-2, encoder=str(enc),
                      encoder_backend=None, max_benign_fpr=0.3)
    result = train(tr, dv, tmp_path / "model", cfg, rules=None, show_progress=False, operating_stream=st)
    folds = result.config["decision"]["fitted_on"]["folds"]
    # every stream conversation was replayed once, by the head of the fold it belongs to
    assert sum(f["stream_conversations"] for f in folds.values()) == 40
    saved = ModelConfig.load(tmp_path / "model" / "config.json")
    chosen = saved.fusion.model_extra["chosen_on"]
    assert chosen["method"] == "out-of-writer replay" and chosen["conversations"] == 40 and chosen["max_benign_fpr"] == 0.3
    benign = sum(not any(c.labels.values()) for c in read_corpus(st))
    for c in CATEGORIES:
        point = saved.fusion.thresholds[c]
        assert point["benign_fpr"] <= 0.1 + 1e-9  # the budget, split over the three categories
        assert np.floor(0.1 * benign) >= round(point["benign_fpr"] * benign)


def test_when_the_train_command_asks_for_an_out_of_writer_point_without_a_stream_then_it_exits_2(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    args = ["train", "--train", str(demo_corpus_path()), "--dev", str(demo_corpus_path()), "--out", str(tmp_path / "m"),
            "--operating-point", "out-of-writer", "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "--operating-point" in result.output
    assert not (tmp_path / "m").exists()


def test_when_the_train_command_gets_an_unknown_rule_category_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    args = ["train", "--train", str(demo_corpus_path()), "--dev", str(demo_corpus_path()), "--out", str(tmp_path / "m"),
            "--decision-rule-category", "selfharm", "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "--decision-rule-category" in result.output and "selfharm" in result.output
    assert not (tmp_path / "m").exists()


def test_when_more_benign_conversations_score_above_the_cap_than_the_budget_allows_then_the_point_is_not_reached():
    benign = [0.999] * 5 + [0.1] * 95
    cfg = TuneConfig(min_on=0.05, max_on=0.99, max_benign_fpr=0.01)
    point = choose_by_budget([0] * 100 + [1], [True] * 100 + [False], benign + [0.9995], 0.01, cfg)
    assert point["on"] == pytest.approx(0.99, abs=1e-3) and point["benign_fpr"] == pytest.approx(0.05)
    assert point["reached"] is False
    ok = choose_by_budget([0] * 100, [True] * 100, [0.5] * 1 + [0.1] * 99, 0.01, cfg)
    assert ok["reached"] is True and ok["benign_fpr"] <= 0.01


def test_when_tune_and_the_out_of_writer_point_record_fusion_parameters_then_they_are_the_same_defaults():
    import inspect

    from convowatch.nlp.tune import FUSION_DEFAULTS
    from convowatch.service.cli.tune import tune

    params = inspect.signature(tune).parameters
    given = {"model_mode": params["model_mode"].default, "model_weight": params["model_weight"].default,
             "model_half_life_messages": params["model_half_life"].default}
    assert given == FUSION_DEFAULTS


def test_when_the_budget_is_split_by_shares_then_each_category_gets_its_share_and_the_even_split_is_the_default():
    from convowatch.nlp.tune import choose_by_budgets

    rng = np.random.default_rng(3)
    n = 2000
    labels = [{c: 0 for c in CATEGORIES} for _ in range(n)]
    scores = {c: rng.uniform(0, 1, n).tolist() for c in CATEGORIES}
    shares = {"grooming": 0.7, "bullying": 0.1, "self_harm": 0.2}
    split = choose_by_budgets(labels, scores, TuneConfig(min_on=0.05, max_on=0.9999, max_benign_fpr=0.01, budget_shares=shares))
    even = choose_by_budgets(labels, scores, TuneConfig(min_on=0.05, max_on=0.9999, max_benign_fpr=0.01))
    for c in CATEGORIES:
        assert split[c]["benign_fpr"] <= 0.01 * shares[c] + 1e-9
        assert split[c]["benign_fpr"] >= 0.01 * shares[c] - 2 / n  # it uses the share, not less
        assert even[c]["benign_fpr"] <= 0.01 / 3 + 1e-9
    assert split["grooming"]["on"] < even["grooming"]["on"] < split["bullying"]["on"]


@pytest.mark.parametrize("shares, needle", [
    ({"grooming": 0.5, "bullying": 0.2}, "sum to 1"),
    ({"grooming": 1.2, "bullying": -0.2}, ">= 0"),
    ({"groming": 1.0}, "unknown categories"),
    ({"grooming": float("nan"), "bullying": 0.5, "self_harm": 0.5}, "finite"),
    ({"grooming": float("inf"), "bullying": -float("inf"), "self_harm": 1.0}, "finite"),
])
def test_when_budget_shares_are_invalid_then_the_config_says_which_rule_they_break(shares, needle):
    with pytest.raises(ValueError, match=needle):
        TuneConfig(max_benign_fpr=0.005, budget_shares=shares)


def test_when_the_train_command_gets_a_bad_budget_share_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.nlp.tune import parse_budget_shares
    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    assert parse_budget_shares(["grooming=0.5", "bullying=0.25", "self_harm=0.25"]) == {
        "grooming": 0.5, "bullying": 0.25, "self_harm": 0.25}
    for bad in (["grooming=0.5"], ["grooming=half", "bullying=0.5"], ["selfharm=1"]):
        args = ["train", "--train", str(demo_corpus_path()), "--dev", str(demo_corpus_path()), "--out", str(tmp_path / "m"),
                *[a for b in bad for a in ("--budget-share", b)], "--no-progress"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2 and "--budget-share" in result.output, (bad, result.output)
        assert not (tmp_path / "m").exists()


def test_when_held_replays_are_scored_at_a_threshold_then_recall_and_the_delay_from_onset_count_what_crossed():
    from convowatch.nlp.model.decision_fit import held_recall_and_delay
    from convowatch.nlp.types import Conversation

    k = len(CATEGORIES)
    # three replayed conversations: risky, crossing one message after its onset at 1; risky,
    # never crossing; benign, crossing (a false positive, not part of recall)
    probs = [[0.1, 0.1, 0.9, 0.95, 0.2], [0.3, 0.4, 0.2], [0.99, 0.1]]
    rows = np.asarray([[ci, pos] for ci, ps in enumerate(probs) for pos in range(len(ps))], float)
    p = np.zeros((len(rows), k))
    p[:, CATEGORIES.index("grooming")] = [v for ps in probs for v in ps]
    convs = [Conversation(f"c{i}", (), labels={"grooming": int(i < 2)}, onset={"grooming": 1} if i == 0 else {})
             for i in range(3)]
    recall, delay = held_recall_and_delay(p, rows, convs, "grooming", 0.9)
    assert recall == 0.5 and delay == 1.0  # the first crossing is message 2, one after the onset at 1
    assert held_recall_and_delay(p, rows, convs, "grooming", 0.95) == (0.5, 2.0)
    with pytest.raises(ValueError, match="conversations"):
        held_recall_and_delay(p, rows, convs[:2], "grooming", 0.9)


def test_when_fold_heads_are_shaped_differently_then_cached_replays_of_another_run_are_not_read(tmp_path, monkeypatch):
    """The fold-replay cache is keyed by what shapes the fold heads too: a run with a tuned
    encoder once silently reused a frozen-encoder run's rows from the same --cache-dir."""
    from convowatch.nlp.model import decision_fit
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.train import TrainConfig, head_fingerprint
    from convowatch.service.cli._common import demo_corpus_path

    convs = list(read_corpus(demo_corpus_path()))
    monkeypatch.setattr(decision_fit, "replay_rows",
                        lambda held, folder, rules_dir=None: np.zeros((sum(len(c.messages) for c in held), 3)))
    trained: list[int] = []

    def train_fold(tr, dv, folder):
        trained.append(len(tr))

    def run(fingerprint: str) -> int:
        before = len(trained)
        decision_fit.fold_replays(convs, convs, train_fold, cache_dir=tmp_path, fingerprint=fingerprint)
        return len(trained) - before

    folds = run("")
    assert folds >= 2 and run("") == 0  # the same heads: every fold read from the cache
    tuned = head_fingerprint(TrainConfig(tune_encoder_layers=3))
    assert tuned and run(tuned) == folds  # other heads: every fold trained again
    assert head_fingerprint(TrainConfig()) == ""  # the shipped recipe's rows keep their names (benchmarks read them)
    assert head_fingerprint(TrainConfig(decision_weighting="conversation", max_benign_fpr=0.01)) == ""
    assert head_fingerprint(TrainConfig(hidden=32)) not in ("", tuned)


def test_when_fold_heads_share_the_full_runs_embeddings_then_the_corpus_is_encoded_once_and_the_folds_are_keyed_apart(tmp_path, monkeypatch):
    """--share-fold-embeddings (session 28): the fold heads read the full run's rows instead of
    encoding their subsets again; their heads differ in the last float bits, so their cached
    replays must not be mistaken for those of a run that encoded per fold."""
    from model_fixtures import train_tiny

    from convowatch.nlp.model import train as train_mod
    from convowatch.nlp.model.train import TrainConfig, head_fingerprint
    from convowatch.nlp.model.windows import encode_unique, gather_unique

    calls: list[int] = []

    def counting(texts, encoder, **kw):
        calls.append(len(texts))
        return encode_unique(texts, encoder, **kw)

    monkeypatch.setattr(train_mod, "encode_unique", counting)
    result, _ = train_tiny(tmp_path, epochs=2, decision=True, share_fold_embeddings=True)
    assert len(result.config["decision"]["fitted_on"]["folds"]) == 3
    assert len(calls) == 1  # the full run only; without sharing each of the 3 folds encodes again
    assert result.config["training"]["hyperparameters"]["share_fold_embeddings"] is True
    assert head_fingerprint(TrainConfig(share_fold_embeddings=True)) not in ("", head_fingerprint(TrainConfig()))
    with pytest.raises(ValueError, match="share_fold_embeddings"):
        TrainConfig(share_fold_embeddings=True, tune_encoder_layers=2, tune_encoder_per_fold=True)

    matrix = np.arange(12, dtype=np.float32).reshape(4, 3)
    index = {"a": 0, "b": 1, "c": 2, "d": 3}
    got, own = gather_unique(["c", "a", "c"], matrix, index)
    assert own == {"c": 0, "a": 1} and got.tolist() == [matrix[2].tolist(), matrix[0].tolist()]
    assert gather_unique(["a", "zzz"], matrix, index) is None


def test_when_the_train_command_shares_fold_embeddings_with_per_fold_tuning_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--share-fold-embeddings", "--tune-encoder-layers", "2", "--tune-encoder-per-fold"])
    assert result.exit_code == 2 and "--share-fold-embeddings" in result.output
    assert not (tmp_path / "m").exists()
