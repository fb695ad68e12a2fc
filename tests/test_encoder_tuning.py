"""Encoder tuning: the top layers move, only they are shipped, and a model folder loads them back."""

from __future__ import annotations

import json

import numpy as np
import pytest
from safetensors import safe_open
from safetensors.numpy import load_file, save_file

from convowatch.nlp.model.encoder import TransformerEncoder
from convowatch.nlp.model.encoder_tuning import TUNED_FILE, EncoderTuning, materialise, save_tuned, tune_top_layers
from model_fixtures import BENIGN, BULLYING_LINES, GROOMING_LINES, make_tiny_bert, train_tiny

TEXTS = BENIGN + GROOMING_LINES + BULLYING_LINES
TARGETS = np.array([[0, 0, 0]] * len(BENIGN) + [[1, 0, 0]] * len(GROOMING_LINES) + [[0, 1, 0]] * len(BULLYING_LINES),
                   np.float32)
FAST = EncoderTuning(layers=1, epochs=3, lr=1e-3, batch_size=4)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_tiny_bert(tmp_path_factory.mktemp("enc") / "tiny-bert")


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def test_when_tuned_then_only_the_top_layers_come_back_changed_and_a_seed_repeats_them(tiny):
    base = load_file(str(tiny / "model.safetensors"))
    a = tune_top_layers(TEXTS, TARGETS, tiny, FAST)
    b = tune_top_layers(TEXTS, TARGETS, tiny, FAST)
    assert a and all(k.startswith("encoder.layer.0.") for k in a)  # the tiny encoder has one layer
    assert all(v.dtype == np.float16 for v in a.values())
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])
    moved = [k for k in a if not np.allclose(a[k].astype(np.float32), base[k], atol=1e-3)]
    assert len(moved) >= len(a) // 2


def test_when_more_layers_are_asked_than_the_encoder_has_then_it_says_so(tiny):
    with pytest.raises(ValueError, match="cannot tune 2 layers of a 1-layer encoder"):
        tune_top_layers(TEXTS, TARGETS, tiny, EncoderTuning(layers=2, epochs=1))
    with pytest.raises(ValueError, match="one target row per text"):
        tune_top_layers(TEXTS, TARGETS[:3], tiny, FAST)


def test_when_materialised_then_the_folder_loads_as_an_encoder_that_separates_better(tiny, tmp_path):
    path = save_tuned(tmp_path / "model", tune_top_layers(TEXTS, TARGETS, tiny, FAST), FAST)
    with safe_open(str(path), "np") as f:  # metadata is written in hash-map order: the file's bytes would not repeat
        assert f.metadata() is None
    folder = materialise(tiny, path, cache_dir=tmp_path / "cache")
    assert materialise(tiny, path, cache_dir=tmp_path / "cache") == folder  # made once
    assert (folder / "vocab.txt").is_file() and json.loads((folder / "config.json").read_text())["hidden_size"] == 32

    def gap(enc: TransformerEncoder) -> float:  # cosine of risky lines to each other minus to benign ones
        e = enc.encode(TEXTS)
        risky, benign = e[len(BENIGN):], e[:len(BENIGN)]
        return float((risky @ risky.T).mean() - (risky @ benign.T).mean())

    assert gap(TransformerEncoder(folder)) > gap(TransformerEncoder(tiny))


def test_when_the_tuned_file_does_not_fit_the_base_then_materialise_refuses_it(tiny, tmp_path):
    bad = tmp_path / TUNED_FILE
    save_file({"encoder.layer.9.output.dense.bias": np.zeros(32, np.float16)}, str(bad))
    with pytest.raises(ValueError, match="encoder.layer.9.output.dense.bias does not match"):
        materialise(tiny, bad, cache_dir=tmp_path / "cache")


@pytest.mark.parametrize("per_fold", [False, True])
def test_when_training_tunes_the_encoder_then_the_folder_ships_the_layers_and_loads_them(tmp_path, per_fold):
    from convowatch.nlp.model.bundle import load_model_bundle

    result, _ = train_tiny(tmp_path, epochs=3, decision=True, tune_encoder_layers=1, tune_encoder_per_fold=per_fold)
    out = result.out_dir
    tuned = result.config["encoder"]["tuned"]
    assert tuned["file"] == TUNED_FILE and tuned["per_fold"] is per_fold and tuned["tuning"]["layers"] == 1
    assert result.config["training"]["fine_tuned_encoder"] is True
    assert set(load_file(str(out / TUNED_FILE))) and "decision" in result.config
    bundle = load_model_bundle(out, backend="torch")
    assert bundle.encoder.path.name.startswith("tuned-") and bundle.encoder.dim == 32
    # a swapped tuned file is refused by name, not served
    save_file({k: v + np.float16(1) for k, v in load_file(str(out / TUNED_FILE)).items()}, str(out / TUNED_FILE))
    with pytest.raises(ValueError, match="sha256 differs"):
        load_model_bundle(out, backend="torch")


def test_when_tuning_is_asked_with_a_ready_encoder_then_training_refuses(tmp_path):
    from convowatch.nlp.model.train import TrainConfig, train

    with pytest.raises(ValueError, match="tune_encoder_layers"):
        train(tmp_path / "t.jsonl", tmp_path / "d.jsonl", tmp_path / "m", TrainConfig(tune_encoder_layers=1),
              encoder=object(), rules=None, show_progress=False)


def test_when_the_tuning_reads_another_corpus_then_the_folder_says_which(tmp_path):
    from model_fixtures import write_tiny_corpus

    other = write_tiny_corpus(tmp_path / "other.jsonl", n=16, seed=5)
    result, _ = train_tiny(tmp_path, epochs=2, tune_encoder_layers=1, tune_encoder_on=(str(other),))
    assert result.config["encoder"]["tuned"]["tuned_on"] == ["other.jsonl"]
    with pytest.raises(ValueError, match="same for every fold"):
        train_tiny(tmp_path, epochs=2, tune_encoder_layers=1, tune_encoder_on=(str(other),), tune_encoder_per_fold=True)
