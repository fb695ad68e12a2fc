"""Training: learns an easy signal, is reproducible with a seed, records its provenance."""

from __future__ import annotations

import hashlib

import numpy as np
import torch
import pytest
from safetensors.numpy import load_file

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.model.calibrate import ece, fit_temperature, threshold_for_precision
from convowatch.nlp.model.data import message_targets, read_corpus
from model_fixtures import train_tiny, write_tiny_corpus


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    result, _ = train_tiny(root)
    return root, result


def test_when_trained_on_an_easy_signal_then_loss_falls_and_dev_separates_the_classes(trained):
    _, result = trained
    hist = result.history
    assert hist[-1]["train_loss"] < hist[0]["train_loss"] * 0.7
    dev = result.config["training"]["dev_metrics"]
    # grooming and bullying carry the easy signal; self_harm has no positives in the tiny corpus
    assert dev["grooming"]["auprc"] > 0.9
    assert dev["bullying"]["auprc"] > 0.9
    assert dev["self_harm"]["auprc"] is None


def test_when_trained_twice_with_the_same_seed_then_weights_are_identical(trained, tmp_path_factory):
    root, result = trained
    again, _ = train_tiny(root, out_name="again")
    a = load_file(str(root / "model" / "model.safetensors"))
    b = load_file(str(root / "again" / "model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])
    assert again.config["calibration"] == result.config["calibration"]


def test_when_saved_then_config_records_data_hashes_encoder_and_thresholds(trained):
    root, result = trained
    cfg = result.config
    assert cfg["training"]["train_sha256"] == hashlib.sha256((root / "train.jsonl").read_bytes()).hexdigest()
    assert cfg["training"]["dev_sha256"] == hashlib.sha256((root / "dev.jsonl").read_bytes()).hexdigest()
    assert cfg["encoder"]["id"] == str(root / "tiny-bert") and cfg["encoder"]["dim"] == 32
    assert cfg["features"]["window"] == 6 and cfg["features"]["use_rules"] is False  # trained with rules=None
    assert set(cfg["thresholds"]) == set(CATEGORIES)
    assert cfg["training"]["fine_tuned_encoder"] is False
    env = cfg["training"]["environment"]  # where it was trained, so that two runs that differ can say why
    assert env["packages"]["numpy"] == np.__version__ and env["packages"]["torch"].startswith(torch.__version__.split("+")[0])
    assert env["cpu_count"] >= 1 and env["torch_threads"] >= 1 and env["python"].count(".") == 2


def test_when_message_targets_are_built_then_windows_turn_positive_at_the_onset(tmp_path):
    convs = read_corpus(write_tiny_corpus(tmp_path / "c.jsonl", n=4, seed=3))
    groom = convs[0]  # kind order: grooming, bullying, benign, benign
    onset = groom.onset["grooming"]
    t = message_targets(groom)
    assert [x.categories[0] for x in t] == [0] * onset + [1] * (len(t) - onset)
    assert t[onset].stage > 0  # the onset message carries a grooming stage label
    assert all(x.categories == (0, 0, 0) for x in message_targets(convs[2]))


@pytest.mark.parametrize(
    "logits, y, expect",
    [
        # over-confident logits on a 50/50 coin: temperature must grow
        (np.array([8.0, -8.0] * 50 + [8.0, -8.0][::-1] * 50), np.array([1, 0] * 50 + [1, 0] * 50), "up"),
        # under-confident but perfectly ordered: temperature must shrink
        (np.array([0.3, -0.3] * 100), np.array([1, 0] * 100), "down"),
    ],
)
def test_when_temperature_is_fitted_then_it_moves_the_right_way(logits, y, expect):
    t = fit_temperature(logits, y)
    assert (t > 1.0) if expect == "up" else (t < 1.0)


def test_when_precision_target_is_set_then_the_threshold_reaches_it_with_most_recall():
    probs = np.array([0.1, 0.2, 0.3, 0.6, 0.7, 0.8, 0.9])
    y = np.array([0, 0, 1, 0, 1, 1, 1])
    op = threshold_for_precision(probs, y, 0.75)
    assert op.reached and op.precision >= 0.75 and op.threshold == pytest.approx(0.3)  # P=0.8, R=1
    op = threshold_for_precision(probs, y, 0.85)
    assert op.reached and op.threshold == pytest.approx(0.7) and op.recall == pytest.approx(0.75)
    assert ece(np.array([1.0, 0.0]), np.array([1, 0])) == 0.0


def test_when_benign_conversations_spike_below_the_positives_then_the_decision_shift_suppresses_them():
    from convowatch.nlp.model.calibrate import fit_decision_shift

    # 4 conversations x 3 windows; positives peak at logit 5, benign ones spike to 2
    logits = np.array([0, 1, 5, 0, 5, 1, 0, 2, 0, -1, 2, 0], dtype=float)
    conv = np.repeat(np.arange(4), 3)
    y = np.array([1, 1, 0, 0])
    # case: no shift -> every conversation crosses 0.7 (sigmoid(2) = 0.88), F1 = 2/3
    assert fit_decision_shift(logits, 1.0, conv, y, 0.7, grid=np.array([0.0])).f1 == pytest.approx(2 / 3)
    # case: fitted shift puts the threshold between 2 and 5 -> perfect separation
    d = fit_decision_shift(logits, 1.0, conv, y, 0.7)
    assert d.f1 == 1.0 and 2.0 - np.log(0.7 / 0.3) < d.shift <= 5.0 - np.log(0.7 / 0.3)


def test_when_the_train_command_gets_an_operating_stream_then_one_command_writes_the_operating_point(trained, tmp_path):
    from typer.testing import CliRunner

    from convowatch.nlp.model.config import ModelConfig
    from convowatch.service.cli import app

    root, _ = trained
    out = tmp_path / "model"
    args = ["train", "--train", str(root / "train.jsonl"), "--dev", str(root / "dev.jsonl"), "--out", str(out),
            "--encoder", str(root / "tiny-bert"), "--epochs", "2", "--hidden", "32", "--window", "6", "--backend", "torch",
            "--no-decision", "--no-progress", "--operating-stream", str(root / "dev.jsonl"), "--max-benign-fpr", "0.02"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    cfg = ModelConfig.load(out / "config.json")
    assert cfg.encoder_backend == "torch"
    assert cfg.fusion is not None and cfg.fusion.model_extra["chosen_on"]["max_benign_fpr"] == 0.02
    assert set(cfg.fusion.thresholds) == set(CATEGORIES)


def test_when_trained_with_two_heads_then_the_folder_averages_two_seeds_and_its_first_head_is_the_single_run(trained, tmp_path_factory):
    from convowatch.nlp.model.bundle import load_classifier
    from convowatch.nlp.model.head import HeadEnsemble

    root, single = trained
    pair, _ = train_tiny(root, out_name="pair", heads=2)
    assert pair.config["head"]["members"] == 2 and len(pair.config["training"]["best_epoch"]) == 2
    assert {h["member"] for h in pair.history} == {0, 1}
    weights = load_file(str(root / "pair" / "model.safetensors"))
    one = load_file(str(root / "model" / "model.safetensors"))
    for k, v in one.items():  # member 0 is trained exactly as the one-head run
        np.testing.assert_array_equal(weights[f"members.0.{k}"], v)
    assert not np.array_equal(weights["members.1.categories.weight"], one["categories.weight"])  # member 1: seed + 1

    clf, _ = load_classifier(root / "pair")
    assert isinstance(clf.head, HeadEnsemble)
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(5, 6, clf.head.members[0].proj.in_features)).astype(np.float32)
    feats = rng.normal(size=(5, 6, clf.spec.n_features)).astype(np.float32)
    lengths = np.array([6, 1, 3, 6, 2])
    fast_cat, fast_stage = clf.logits(emb, feats, lengths)
    ref_cat, ref_stage = clf.torch_logits(emb, feats, lengths)
    np.testing.assert_allclose(fast_cat, ref_cat, atol=1e-4)
    np.testing.assert_allclose(fast_stage, ref_stage, atol=1e-4)
    with torch.inference_mode():  # the ensemble is the mean of its members
        member_cats = [m(torch.from_numpy(emb), torch.from_numpy(feats), torch.from_numpy(lengths))[0].numpy()
                       for m in clf.head.members]
    np.testing.assert_allclose(ref_cat, np.mean(member_cats, axis=0), atol=1e-5)
    assert single.config["head"].get("members", 1) == 1


def test_when_heads_is_below_one_then_the_config_is_refused():
    from convowatch.nlp.model.train import TrainConfig

    with pytest.raises(ValueError, match="heads"):
        TrainConfig(heads=0)
