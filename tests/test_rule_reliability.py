"""Rule reliability: rules that fire on look-alikes where no rule was written count for less."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from convowatch.nlp.rules.reliability import RuleCount, RuleReliability, count_rule_hits, fit_reliability

PREVALENCE = {"grooming": 0.2, "bullying": 0.2, "self_harm": 0.2}


def test_when_a_rule_fires_on_look_alikes_then_its_multiplier_drops_and_precise_or_rare_rules_keep_their_weight():
    counts = {
        "self_harm.precise": RuleCount(category="self_harm", hits=40, true_hits=40),
        "self_harm.hyperbole": RuleCount(category="self_harm", hits=30, true_hits=0),
        "self_harm.chance": RuleCount(category="self_harm", hits=30, true_hits=6),  # precision = prevalence
        "self_harm.rare_miss": RuleCount(category="self_harm", hits=1, true_hits=0),
        "grooming.only": RuleCount(category="grooming", hits=10, true_hits=10),
    }
    rel = fit_reliability(counts, PREVALENCE, prior_strength=10, fitted_on={"writers": ["a"]})
    m = rel.multipliers
    assert "self_harm.precise" not in m and rel.factor("self_harm.precise") == 1.0  # never up-weighted past its author
    assert "grooming.only" not in m  # as precise as its category's rules: kept
    assert m["self_harm.hyperbole"] < 0.2 and m["self_harm.chance"] < 0.35
    assert m["self_harm.hyperbole"] < m["self_harm.chance"] < m["self_harm.rare_miss"]
    assert m["self_harm.rare_miss"] > 0.8  # one miss is not evidence: shrunk to the pooled precision
    assert rel.factor("bullying.never_fired") == 1.0
    assert rel.fitted_on["writers"] == ["a"] and rel.fitted_on["pooled_precision"]["self_harm"] == pytest.approx(46 / 101, abs=1e-4)
    assert RuleReliability.model_validate(json.loads(rel.model_dump_json())) == rel


@pytest.mark.parametrize("value", [-0.5, 1.5, float("nan")])
def test_when_a_folder_s_multiplier_is_out_of_range_then_it_is_refused_by_rule_id(value):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"multipliers must be in \[0, 1\].*bullying.insult.stupid"):
        RuleReliability(multipliers={"bullying.insult.stupid": value, "grooming.ok": 0.5})


def test_when_a_category_s_rules_are_no_better_than_chance_then_nothing_is_scaled():
    counts = {"bullying.a": RuleCount(category="bullying", hits=10, true_hits=1),
              "bullying.b": RuleCount(category="bullying", hits=10, true_hits=0)}
    assert fit_reliability(counts, {"bullying": 0.5}).multipliers == {}


def test_when_outcomes_are_counted_then_hits_in_conversations_of_the_rule_s_category_are_true_hits():
    from types import SimpleNamespace as NS

    outcomes = [NS(rule_hits={"r1": ("grooming", 2), "r2": ("bullying", 1)}, labels={"grooming": 1, "bullying": 0}),
                NS(rule_hits={"r1": ("grooming", 1)}, labels={"grooming": 0})]
    counts = count_rule_hits(outcomes)
    assert counts["r1"].hits == 3 and counts["r1"].true_hits == 2
    assert counts["r2"].hits == 1 and counts["r2"].true_hits == 0


def _rules_only_score(reliability):
    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.fusion import FusionConfig
    from convowatch.nlp.types import Message

    analyzer = Analyzer.default(model=None, config=AnalyzerConfig(fusion=FusionConfig(rule_reliability=reliability)))
    a = analyzer.process(Message(conversation_id="c1", message_id="m1", sender_id="u1",
                                 ts=datetime(2026, 3, 1, 18, tzinfo=timezone.utc), text="i just want to die, nothing ever gets better"))
    return a.scores["self_harm"], [s.detector for s in a.signals if s.source == "rule"]


def test_when_fusion_has_a_rule_s_multiplier_then_that_rule_adds_that_share_of_its_evidence():
    full, fired = _rules_only_score(None)
    assert "self_harm.ideation.want_to_die" in fired and full > 0.3
    halved, _ = _rules_only_score({r: 0.5 for r in fired})
    muted, _ = _rules_only_score({r: 0.0 for r in fired})
    assert muted == 0.0 < halved < full
    other, _ = _rules_only_score({"grooming.some_other_rule": 0.0})
    assert other == full


def test_when_trained_with_reliability_writers_then_the_folder_ships_the_multipliers_and_the_analyzer_applies_them(tmp_path):
    from model_fixtures import make_tiny_bert, write_tiny_corpus

    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.model.train import TrainConfig, default_rule_engine, train

    enc = tmp_path / "tiny-bert"
    make_tiny_bert(enc)
    paths = []
    for name, n, seed in (("train", 36, 1), ("dev", 12, 2)):
        path = write_tiny_corpus(tmp_path / f"{name}.jsonl", n=n, seed=seed)
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        for i, r in enumerate(rows):
            r.setdefault("meta", {})["writer"] = ("ash", "elm", "fir")[i % 3]
            if i % 3 == 0 and i % 4 >= 2:  # a look-alike of writer ash: a benign conversation that fires a rule
                r["messages"][3]["text"] = "dont tell anyone about us"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        paths.append(path)
    rules, _ = default_rule_engine()
    cfg = TrainConfig(seed=7, epochs=2, batch_size=32, hidden=16, window=6, lr=1e-2, encoder=str(enc),
                      encoder_backend=None, rule_reliability_writers=("ash",))
    result = train(paths[0], paths[1], tmp_path / "model", cfg, rules=rules, show_progress=False)
    rel = result.config["rule_reliability"]
    assert rel["fitted_on"]["writers"] == ["ash"] and rel["fitted_on"]["conversations"] == 12
    assert rel["multipliers"] and all(0.0 <= v < 1.0 for v in rel["multipliers"].values())  # the look-alike rule
    analyzer = Analyzer.default(model=tmp_path / "model")
    assert dict(analyzer.config.fusion.rule_reliability) == rel["multipliers"]
    assert "decision" in result.config


def test_when_the_train_command_gets_an_unknown_reliability_writer_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--rule-reliability-writer", "nobody", "--no-progress"])
    assert result.exit_code == 2 and "--rule-reliability-writer" in result.output and "nobody" in result.output
    assert not (tmp_path / "m").exists()


def test_when_the_folder_carries_reliabilities_then_its_operating_point_still_applies():
    from convowatch.nlp.analyzer import AnalyzerConfig, apply_decision, config_for_bundle

    bundle = {"rule_reliability": {"multipliers": {"self_harm.ideation.want_to_die": 0.1}},
              "fusion": {"thresholds": {c: {"on": 0.9, "off": 0.6} for c in ("grooming", "bullying", "self_harm")}}}
    config = config_for_bundle(apply_decision(AnalyzerConfig(), bundle), bundle, use_rules=True)
    assert config.fusion.rule_reliability == {"self_harm.ideation.want_to_die": 0.1}
    assert {c: (t.on, t.off) for c, t in config.fusion.thresholds.items()} == {
        c: (0.9, 0.6) for c in ("grooming", "bullying", "self_harm")}
