"""The pooled operating point: thresholds chosen on the stream and held replays of the train
writers, every score from a head and a decision fitted without its writer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DEFAULT_FEATURES, conversation_max
from convowatch.nlp.model.decision_fit import (FoldReplay, OutOfWriterFit, fit_pooled, operating_replays,
                                               out_of_writer_operating_point, pooled_conversations, pooled_operating_point,
                                               pooled_replays)
from convowatch.nlp.types import Conversation

K = len(CATEGORIES)


def _rows(name: str, n_conv: int, rng: np.random.Generator, writer: str | None, tag: str,
          risky_every: int = 3) -> tuple[list[Conversation], np.ndarray, np.ndarray]:
    """Five-message conversations; every ``risky_every``-th is grooming from message 2, where
    the window probability rises; the benign ones have a noisy window probability, so their
    highest scores spread out and a budget picks a threshold among them."""
    rows, targets, convs = [], [], []
    for ci in range(n_conv):
        risky = ci % risky_every == 0
        for pos in range(5):
            p = np.full(K, 0.02)
            p[0] = rng.uniform(0.5, 0.95) if risky and pos >= 2 else rng.uniform(0.0, 0.6)
            rows.append([ci, pos, *np.zeros(K), *p, *np.full(K, 0.01), 0.0, 0.0, 0.0])
            targets.append([int(risky and pos >= 2), 0, 0])
        meta = {"writer": writer} if writer else {}
        convs.append(Conversation(f"{name}-{tag}-{ci}", (), labels={"grooming": int(risky)}, meta=meta,
                                  onset={"grooming": 2} if risky else {}))
    return convs, np.asarray(rows, np.float64), np.asarray(targets, np.float64)


def _fit(rng: np.random.Generator) -> OutOfWriterFit:
    replays = []
    for name in ("ash", "elm", "oak"):
        authored, rows_a, tg_a = _rows(name, 18, rng, name, "held")
        template, rows_t, tg_t = _rows(name, 6, rng, None, "v1")  # a template conversation in this writer's fold
        streamed, srows, _ = _rows(name, 30, rng, name, "stream", risky_every=15)
        replays.append(FoldReplay(name, 100, authored + template, np.vstack([rows_a, rows_t]), np.vstack([tg_a, tg_t]),
                                  streamed, srows))
    decision = fit_pooled(replays, DEFAULT_FEATURES, per_conversation=True)
    return OutOfWriterFit(decision, replays, per_conversation=True)


def test_when_a_writer_is_left_out_then_the_decision_is_refitted_on_the_others_exactly_as_training_fits_it():
    fit = _fit(np.random.default_rng(0))
    without = fit.decision_without("elm")
    expect = fit_pooled([r for r in fit.replays if r.name != "elm"], fit.decision.features, per_conversation=True)
    for c in CATEGORIES:
        np.testing.assert_allclose(without.weights[c], expect.weights[c])
        assert without.bias[c] == pytest.approx(expect.bias[c])
    assert without.weights["grooming"] != fit.decision.weights["grooming"]  # not the full fit
    with pytest.raises(ValueError, match="no fold 'pine'"):
        fit.decision_without("pine")


def test_when_the_pool_is_built_then_it_holds_stream_and_authored_held_conversations_scored_without_their_writer():
    fit = _fit(np.random.default_rng(1))
    pool = pooled_replays(fit)
    assert pool.sources == {"held": 3 * 18, "stream": 3 * 30}  # the six template conversations per fold are left out
    assert len(pool.labels) == len(pool.scores) == 3 * 48
    # the first writer's block: its held authored conversations, then its stream, each by its own decision
    ash = fit.replays[0]
    d = fit.decision_without("ash")
    np.testing.assert_allclose(pool.scores[:18], conversation_max(d, ash.rows)[:18])
    np.testing.assert_allclose(pool.scores[18:48], conversation_max(d, ash.stream_rows))
    assert not np.allclose(pool.scores[:18], conversation_max(fit.decision, ash.rows)[:18])
    assert pool.benign == sum(1 for lab in pool.labels if not lab["grooming"])
    convs = pooled_conversations(fit)  # the same conversations, in the pool's order
    assert [dict(c.labels) for c in convs] == pool.labels
    assert [c.meta.get("writer") for c in convs[:18]] == ["ash"] * 18 and convs[18:48] == list(ash.streamed)


@pytest.mark.parametrize("budget", [0.03, 0.09, 0.3])
def test_when_a_point_is_chosen_on_the_pool_then_each_category_keeps_its_share_of_the_budget(budget):
    fit = _fit(np.random.default_rng(2))
    pool = pooled_replays(fit)
    points = pooled_operating_point(pool, budget)
    benign = np.asarray([not any(lab.values()) for lab in pool.labels])
    for j, c in enumerate(CATEGORIES):
        flagged = int((pool.scores[benign, j] >= points[c]["on"]).sum())
        assert flagged <= np.floor(budget / K * benign.sum())
    # a larger budget never raises grooming's threshold, and a small one flags fewer benign conversations
    on = points["grooming"]["on"]
    assert on <= pooled_operating_point(pool, budget / 3)["grooming"]["on"]


def test_when_the_operating_pool_is_unknown_then_the_config_is_refused_and_the_pool_never_keys_the_fold_cache():
    from convowatch.nlp.model.train import TrainConfig, head_fingerprint

    with pytest.raises(ValueError, match="operating_pool"):
        TrainConfig(operating_pool="everything")
    assert head_fingerprint(TrainConfig(operating_pool="stream+held")) == ""  # same fold replays as the stream point


def test_when_the_train_command_gets_an_unknown_operating_point_then_it_exits_2_naming_the_choices(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    args = ["train", "--train", str(demo_corpus_path()), "--dev", str(demo_corpus_path()), "--out", str(tmp_path / "m"),
            "--operating-point", "pooled", "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "out-of-writer-pooled" in result.output
    assert not (tmp_path / "m").exists()
    args[args.index("pooled")] = "out-of-writer-pooled"  # without a stream it cannot be chosen either
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "--operating-point" in result.output and not (tmp_path / "m").exists()


def _with_writers(path, writers=("ash", "elm")):
    """The tiny corpus with its conversations dealt to two writers (``meta.writer``), so the folds go by writer,
    and ids unique across files (a fold replays its train and dev conversations together)."""
    import json

    lines = path.read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        rec = json.loads(line)
        rec["meta"] = {"writer": writers[i % len(writers)]}
        rec["conversation_id"] = f"{path.stem}-{rec['conversation_id']}"
        out.append(json.dumps(rec))
    path.write_text("\n".join(out) + "\n")
    return path


def test_when_trained_with_the_pooled_point_then_held_and_stream_replays_choose_it_and_the_folder_says_so(tmp_path):
    from model_fixtures import make_tiny_bert, write_tiny_corpus

    from convowatch.nlp.model.config import ModelConfig
    from convowatch.nlp.model.train import TrainConfig, train

    enc = tmp_path / "tiny-bert"
    make_tiny_bert(enc)
    tr, dv, st = (_with_writers(write_tiny_corpus(tmp_path / f"{n}.jsonl", n=k, seed=s))
                  for n, k, s in (("train", 36, 1), ("dev", 12, 2), ("stream", 40, 4)))
    cfg = TrainConfig(seed=7, epochs=2, batch_size=32, hidden=16, window=6, lr=1e-2, encoder=str(enc),
                      encoder_backend=None, max_benign_fpr=0.3, operating_pool="stream+held")
    result = train(tr, dv, tmp_path / "model", cfg, rules=None, show_progress=False, operating_stream=st,
                   cache_dir=tmp_path / "cache")
    fusion = ModelConfig.load(tmp_path / "model" / "config.json").fusion
    chosen = fusion.model_extra["chosen_on"]
    assert chosen["method"].startswith("out-of-writer replay, stream and held")
    held = sum(f["replayed_conversations"] for f in result.config["decision"]["fitted_on"]["folds"].values())
    assert chosen["sources"] == {"stream": 40, "held": held} and held == 36 + 12  # every train and dev conversation
    assert chosen["conversations"] == 40 + held and 0 < chosen["benign"] < chosen["conversations"]
    assert result.config["training"]["hyperparameters"]["operating_pool"] == "stream+held"
    # the selection scripts rebuild this run's fit from its cache, and refuse a folder it does not match
    import json

    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.decision_fit import CachedRunMismatch, fit_from_cache

    convs = [list(read_corpus(p)) for p in (tr, dv, st)]
    rebuilt = fit_from_cache(tmp_path / "model", tmp_path / "cache", *convs)
    assert all(np.allclose(rebuilt.decision.weights[c], result.config["decision"]["weights"][c], atol=1e-5)
               for c in CATEGORIES)
    other = tmp_path / "other"
    other.mkdir()
    folder = json.loads((tmp_path / "model" / "config.json").read_text())
    folder["decision"]["weights"]["bullying"][0] += 0.5
    (other / "config.json").write_text(json.dumps(folder))  # same recipe (the cache key), another decision
    with pytest.raises(CachedRunMismatch, match="bullying decision differs"):
        fit_from_cache(other, tmp_path / "cache", *convs)
    # the same replays read writer by writer (the fold heads come from the cache): no threshold below the pooled one
    cfg = replace(cfg, operating_pool="writer-max")
    train(tr, dv, tmp_path / "by-writer", cfg, rules=None, show_progress=False, operating_stream=st,
          cache_dir=tmp_path / "cache")
    top = ModelConfig.load(tmp_path / "by-writer" / "config.json").fusion
    assert top.model_extra["chosen_on"]["method"].endswith("the max of each writer's threshold")
    for c in CATEGORIES:
        per = top.thresholds[c]["per_writer"]
        assert set(per) == {"ash", "elm"} and top.thresholds[c]["on"] == max(per.values())
        assert top.thresholds[c]["on"] >= fusion.thresholds[c]["on"]


def test_when_a_folds_rows_do_not_match_its_conversations_then_the_pool_refuses_instead_of_misreading_scores():
    fit = _fit(np.random.default_rng(3))
    r = fit.replays[1]
    fit.replays[1] = FoldReplay(r.name, r.train_conversations, r.held + r.held[:1], r.rows, r.targets, r.streamed,
                                r.stream_rows)  # one conversation more than was replayed
    with pytest.raises(ValueError, match="fold 'elm': 25 held conversations for 24 replayed ones"):
        pooled_replays(fit)


def test_when_the_pool_is_the_stream_then_its_replays_and_point_are_the_stream_only_ones():
    fit = _fit(np.random.default_rng(4))
    pool = operating_replays(fit, "stream")
    assert pool.sources == {"stream": 90, "held": 0}
    np.testing.assert_allclose(pool.scores, conversation_max(fit.decision, fit.stream_rows))
    assert pooled_operating_point(pool, 0.09) == out_of_writer_operating_point(fit, 0.09)
    assert operating_replays(fit, "stream+held").sources == pooled_replays(fit).sources
    assert operating_replays(fit, "writer-max").sources == pooled_replays(fit).sources  # read writer by writer later
    with pytest.raises(ValueError, match="unknown operating pool 'held'"):
        operating_replays(fit, "held")


def _tagged(fit: OutOfWriterFit):
    from convowatch.nlp.model.decision_fit import PooledReplays

    pool = pooled_replays(fit)
    assert isinstance(pool, PooledReplays) and len(pool.writers) == len(pool.origins) == len(pool.labels)
    return pool


def test_when_the_pool_is_built_then_every_conversation_carries_its_writer_and_source_and_a_subset_keeps_them():
    fit = _fit(np.random.default_rng(3))
    pool = _tagged(fit)
    assert pool.writers[:48] == ("ash",) * 48 and pool.origins[:18] == ("held",) * 18 and pool.origins[18:48] == ("stream",) * 30
    elm = pool.subset(np.asarray(pool.writers) == "elm")
    assert elm.sources == {"stream": 30, "held": 18} and set(elm.writers) == {"elm"}
    np.testing.assert_allclose(elm.scores, pool.scores[48:96])
    stream = operating_replays(fit, "stream")
    assert stream.writers == ("ash",) * 30 + ("elm",) * 30 + ("oak",) * 30 and set(stream.origins) == {"stream"}
    with pytest.raises(ValueError, match="flags"):
        pool.subset([True])


def test_when_the_pool_is_resampled_then_repeats_keep_their_scores_tags_and_source_counts():
    # benchmarks/operating_point_noise.py re-chooses the point on bootstrap resamples of the pool
    pool = _tagged(_fit(np.random.default_rng(3)))
    idx = np.asarray([0, 0, 20, 20, 20, 60])
    drawn = pool.take(idx)
    np.testing.assert_allclose(drawn.scores, pool.scores[idx])
    assert drawn.labels == [pool.labels[i] for i in idx] and drawn.writers == ("ash",) * 5 + ("elm",)
    assert drawn.origins == ("held", "held", "stream", "stream", "stream", "held")
    assert drawn.sources == {"stream": 3, "held": 3}


@pytest.mark.parametrize("budget", [0.05, 0.15])
def test_when_thresholds_are_read_writer_by_writer_then_max_holds_each_writers_budget_and_median_sits_between(budget):
    from convowatch.nlp.model.decision_fit import writer_operating_point

    pool = _tagged(_fit(np.random.default_rng(4)))
    tags = np.asarray(pool.writers)
    benign = np.asarray([not any(lab.values()) for lab in pool.labels])
    top = writer_operating_point(pool, budget, "max", min_benign=10)
    mid = writer_operating_point(pool, budget, "median", min_benign=10)
    for j, c in enumerate(CATEGORIES):
        per = top[c]["per_writer"]
        assert set(per) == {"ash", "elm", "oak"} and top[c]["on"] == max(per.values())
        assert min(per.values()) <= mid[c]["on"] <= top[c]["on"]
        for w in per:  # at the highest threshold, no writer flags more than its own share allows
            mine = benign & (tags == w)
            assert (pool.scores[mine, j] >= top[c]["on"]).sum() <= np.floor(budget / K * mine.sum())
        # the record is measured on the whole pool at that threshold
        flagged = int((pool.scores[benign, j] >= top[c]["on"]).sum())
        assert top[c]["benign_fpr"] == pytest.approx(flagged / benign.sum(), abs=1e-4)
    # grooming's writers differ, so the highest of their thresholds is above the pooled one
    assert top["grooming"]["on"] >= pooled_operating_point(pool, budget)["grooming"]["on"]


def test_when_the_writer_point_cannot_be_read_then_it_says_why():
    from convowatch.nlp.model.decision_fit import PooledReplays, writer_operating_point

    pool = _tagged(_fit(np.random.default_rng(5)))
    with pytest.raises(ValueError, match="combine"):
        writer_operating_point(pool, 0.1, "mean", min_benign=10)
    with pytest.raises(ValueError, match="no writer has 60 benign"):
        writer_operating_point(pool, 0.05)  # a category budget of 1/60; 40 benign conversations per writer here
    assert set(writer_operating_point(pool, 0.3)["grooming"]["per_writer"]) == {"ash", "elm", "oak"}  # 1/10 is enough
    with pytest.raises(ValueError, match="writer tags"):
        writer_operating_point(PooledReplays(pool.labels, pool.scores, pool.sources), 0.1, min_benign=10)


def _benchmark(name: str):
    """A script of ``benchmarks/``, loaded as a module (the folder is not a package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_when_each_writer_is_held_out_then_its_rates_come_from_thresholds_chosen_without_it():
    from convowatch.nlp.model.decision_fit import writer_operating_point

    sel = _benchmark("operating_rule_selection")
    sel.MIN_POSITIVES = 5  # eight grooming conversations per writer here
    fit = _fit(np.random.default_rng(6))
    pool = _tagged(fit)
    rules = {"stream": sel.RULES["stream"], "stream+held": sel.RULES["stream+held"],
             "writer-max": lambda p, f: sel._ons(writer_operating_point(p, f, "max", min_benign=10))}
    out = sel.evaluate(pool, sel.grooming_delays(fit), 0.15, rules)
    tags = np.asarray(pool.writers)
    benign = np.asarray([not any(lab.values()) for lab in pool.labels])
    for name in rules:
        for w, rec in out[name]["writers"].items():
            ons = rules[name](pool.subset(tags != w), 0.15)
            assert rec["thresholds"] == ons
            mine = benign & (tags == w)
            flagged = np.zeros(len(tags), bool)
            for j, c in enumerate(CATEGORIES):
                flagged |= pool.scores[:, j] >= ons[c]
            assert rec["benign_flagged"] == pytest.approx(flagged[mine].mean(), abs=1e-5)
            assert set(rec["recall"]) == {"grooming"}  # the only risky category here
            pos = (tags == w) & np.asarray([bool(lab.get("grooming")) for lab in pool.labels])
            assert rec["recall"]["grooming"] == pytest.approx((pool.scores[pos, 0] >= ons["grooming"]).mean(), abs=1e-4)
        assert out[name]["O"] == sum(r["benign_flagged"] > 0.15 for r in out[name]["writers"].values())
        assert set(out[name]["recall"]) == {"grooming"} and out[name]["R"] == out[name]["recall"]["grooming"]
        # held grooming conversations reach a flag at or after their onset (message 2); the delay counts from there
        assert out[name]["D"] is not None and 0 <= out[name]["D"] <= 2


def test_when_rules_are_compared_then_one_replaces_stream_only_if_it_wins_on_every_seed():
    sel = _benchmark("operating_rule_selection")
    row = lambda o, r, d: {"O": o, "R": r, "D": d}  # noqa: E731
    seed_a = {"stream": row(3, 0.80, 4.0), "strict": row(1, 0.77, 5.0), "loose": row(2, 0.81, 4.0), "costly": row(0, 0.70, 4.0)}
    seed_b = {"stream": row(2, 0.82, 4.0), "strict": row(1, 0.80, 4.0), "loose": row(2, 0.83, 4.0), "costly": row(0, 0.72, 4.0)}
    assert sel.choose([seed_a, seed_b]) == {"chosen": "strict", "qualified": ["strict"]}  # loose ties on seed b
    seed_b["strict"]["D"] = 5.5  # more than a message slower on one seed
    assert sel.choose([seed_a, seed_b]) == {"chosen": "stream", "qualified": []}


def test_when_no_benign_replay_is_flagged_then_the_rate_bound_is_the_exact_binomial_one():
    # benchmarks/operating_point_noise.py reads the budget as a bound: with k of n flagged,
    # the true rate could be as high as the one-sided 95% Clopper-Pearson bound
    mod = _benchmark("operating_point_noise")
    assert mod.upper_bound(0, 2000) == pytest.approx(1 - 0.05 ** (1 / 2000), rel=1e-6)  # (1 - p)^n = 0.05
    # three of 2,000 (session 24's slack) bounds the rate near 0.39%, fifteen of 10,000 near 0.23%
    assert mod.upper_bound(3, 2000) > mod.upper_bound(15, 10000) > 15 / 10000
    assert mod.upper_bound(5, 5) == 1.0


def test_when_a_screen_drops_a_feature_then_its_reference_is_the_runs_own_decision(tmp_path):
    # a drop from arm H/I's decision must be measured against that decision (defaults plus
    # its stage features), not against the bare defaults, or the screen confounds two changes
    import json

    sel = _benchmark("decision_feature_selection")
    shipped = Path(__file__).resolve().parents[1] / "nlp" / "model" / "default"
    assert sel.reference_extras(shipped) == []  # the shipped folder was trained on the defaults
    run = tmp_path / "run"
    run.mkdir()
    extras = ["stage_peer_minors", "stage_adults_only", "stage_conj"]
    (run / "config.json").write_text(json.dumps({"training": {"hyperparameters": {"decision_extra_features": extras}}}))
    assert sel.reference_extras(run) == extras
