"""ModelDetector and bundles: plugs into the Analyzer, round-trips through safetensors, encodes once."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
import torch

from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.detectors import Detector, registry
from convowatch.nlp.model import load_model_bundle
from convowatch.nlp.model.bundle import load_classifier, save_model
from convowatch.nlp.model.detector import DEFAULT_NAME, ModelDetector
from convowatch.nlp.model.features import FeatureSpec
from convowatch.nlp.model.head import WindowClassifier, WindowHead
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowConfig, WindowEntry
from model_fixtures import BENIGN, GROOMING_LINES, train_tiny

T0 = datetime(2026, 3, 1, 18, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("detector")
    train_tiny(root)
    return root / "model"


def conversation(cid: str, texts: list[str]) -> list[Message]:
    return [Message(cid, f"m{k}", "ab"[k % 2] + cid, T0 + timedelta(minutes=k), t) for k, t in enumerate(texts)]


def test_when_bundle_is_loaded_then_detector_is_a_model_detector_needing_embeddings(model_dir):
    b = load_model_bundle(model_dir)
    assert isinstance(b.detector, Detector) and b.detector.kind == "model" and b.detector.needs_embeddings
    assert b.detector.name == DEFAULT_NAME and b.encoder.dim == 32


def test_when_analyzer_runs_the_model_then_risky_conversations_get_model_signals_on_the_current_message(model_dir):
    b = load_model_bundle(model_dir)
    an = Analyzer(rules=None, detectors=[b.detector], encoder=b.encoder)
    risky = conversation("r", [BENIGN[0], BENIGN[1], GROOMING_LINES[0], BENIGN[2], GROOMING_LINES[2], BENIGN[3]])
    benign = conversation("b", [BENIGN[k % len(BENIGN)] for k in range(6)])
    out = an.process_many(risky + benign)
    for a in out:
        for s in a.signals:
            assert s.source == "model" and s.detector == DEFAULT_NAME and s.message_id == a.message_id
            assert s.score >= b.detector.floor and s.span is None
            # the explanation names the window the head read: it ends at this message
            ids = [m.message_id for m in (risky + benign) if m.conversation_id == a.conversation_id]
            first, size = s.evidence["window_from"], s.evidence["window_size"]
            assert ids[ids.index(first) + size - 1] == a.message_id and 1 <= size <= 12
    last_risky = [a for a in out if a.conversation_id == "r"][-1]
    last_benign = [a for a in out if a.conversation_id == "b"][-1]
    assert last_risky.scores["grooming"] > last_benign.scores["grooming"] + 0.3


def test_when_saved_and_loaded_then_probabilities_are_identical(tmp_path):
    spec = FeatureSpec(window=4)
    torch.manual_seed(3)
    head = WindowHead(dim=8, n_features=spec.n_features, hidden=16)
    temps = {"grooming": 1.5, "bullying": 0.8, "self_harm": 1.0}
    cfg = {"format_version": 1, "name": DEFAULT_NAME, "encoder": {"id": "x", "dim": 8}, "categories": list(CATEGORIES),
           "stages": ["none", "rapport", "personal_info", "isolation_secrecy", "gifts_leverage", "desensitisation",
                      "image_request", "meeting_offplatform"],
           "features": spec.to_dict(), "head": {"hidden": 16, "dropout": 0.1},
           "calibration": {"temperatures": temps}}
    save_model(tmp_path, head, cfg)
    rng = np.random.default_rng(0)
    windows = [Window("c", tuple(WindowEntry(Message("c", f"m{k}", "ab"[k % 2], T0, "x"), embedding=rng.normal(size=8).astype(np.float32))
                                 for k in range(n))) for n in (1, 3, 6)]
    before = WindowClassifier(head, spec, [temps[c] for c in CATEGORIES]).predict_all(windows)
    loaded, _ = load_classifier(tmp_path)
    after = loaded.predict_all(windows)
    np.testing.assert_array_equal(before[0], after[0])
    np.testing.assert_array_equal(before[1], after[1])


@pytest.mark.parametrize(
    "edit, error",
    [
        # a model from a future format version must not load silently
        (lambda c: c.update(format_version=99), "format_version"),
        # a model trained for another taxonomy must not load
        (lambda c: c.update(categories=["grooming"]), "categories"),
    ],
)
def test_when_config_does_not_match_this_version_then_loading_fails(model_dir, tmp_path, edit, error):
    cfg = json.loads((model_dir / "config.json").read_text())
    edit(cfg)
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    (tmp_path / "model.safetensors").write_bytes((model_dir / "model.safetensors").read_bytes())
    with pytest.raises(ValueError, match=error):
        load_classifier(tmp_path)


def test_when_model_folder_is_empty_then_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_model_bundle(tmp_path)


def test_when_floor_is_high_then_weak_probabilities_emit_no_signal(model_dir):
    clf, _ = load_classifier(model_dir)
    b = load_model_bundle(model_dir)
    an_low = Analyzer(detectors=[ModelDetector(clf, floor=0.0)], encoder=b.encoder)
    an_high = Analyzer(detectors=[ModelDetector(clf, floor=1.0)], encoder=b.encoder)
    msgs = conversation("f", BENIGN[:4])
    # case: floor 0 -> every category on every message; floor 1 -> nothing (no prob is exactly 1 here)
    assert all(len([s for s in a.signals if s.subtype is None]) == len(CATEGORIES) for a in an_low.process_many(msgs))
    assert all(not a.signals for a in an_high.process_many(msgs))


def test_when_registry_creates_the_model_detector_by_name_then_it_loads_the_folder(model_dir):
    assert DEFAULT_NAME in registry.names()
    det = registry.create(DEFAULT_NAME, path=str(model_dir))
    assert isinstance(det, ModelDetector)


class CountingEncoder:
    """Wraps a real encoder and records every text it is asked to encode."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim, self.texts = inner, inner.name, inner.dim, []

    def encode(self, texts):
        self.texts.extend(texts)
        return self.inner.encode(texts)


@pytest.mark.parametrize("batch", [1, 7, 20])  # one by one, uneven batches, all at once
def test_when_a_20_message_conversation_streams_in_batches_then_each_message_is_encoded_exactly_once(model_dir, batch):
    b = load_model_bundle(model_dir)
    enc = CountingEncoder(b.encoder)
    an = Analyzer(detectors=[b.detector], encoder=enc, config=AnalyzerConfig(window=WindowConfig(size=6)))
    msgs = conversation("e", [f"{BENIGN[k % len(BENIGN)]} {k}" for k in range(20)])
    for i in range(0, 20, batch):
        an.process_many(msgs[i : i + batch])
    assert sorted(enc.texts) == sorted(f"{BENIGN[k % len(BENIGN)]} {k}".lower() for k in range(20))


def test_when_no_default_weights_ship_then_default_bundle_is_none_or_loads(monkeypatch, tmp_path):
    from convowatch.nlp.model import bundle

    # case: no default folder -> None (the analyzer then runs rules-only)
    monkeypatch.setattr(bundle, "default_model_dir", lambda: tmp_path / "missing")
    assert load_model_bundle(None) is None


@pytest.mark.slow
def test_when_default_weights_ship_then_they_load_offline_and_were_trained_on_the_committed_corpora():
    import hashlib
    from pathlib import Path

    b = load_model_bundle(None)
    assert b is not None, "nlp/model/default/ should ship trained weights"
    root = Path(__file__).resolve().parents[1] / "data" / "synthetic"
    tr = b.config["training"]
    # if the corpora are regenerated, the default model must be re-trained (docs/model-card.md)
    files, shas = tr["train_file"].split(","), tr["train_sha256"].split(",")
    assert files == ["train.jsonl.gz", "v2_train.jsonl.gz"]  # the one command in docs/model-card.md
    for name, sha in zip(files, shas):
        assert sha == hashlib.sha256((root / name).read_bytes()).hexdigest(), name
    assert tr["dev_sha256"] == hashlib.sha256((root / tr["dev_file"]).read_bytes()).hexdigest()
    an = Analyzer(detectors=[b.detector], encoder=b.encoder)
    out = an.process_many(conversation("d", ["hey", "how old are you", "dont tell your parents we talk ok"]))
    assert len(out) == 3 and b.encoder.dim == 384
