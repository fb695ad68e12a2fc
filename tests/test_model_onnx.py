"""The ONNX Runtime encoder backend and int8 window embeddings (issue 11).

The export runs once per test session into a temporary cache (as it would once per
machine), so these tests also prove the offline export path works on a clean machine.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")

from convowatch.nlp.model.encoder import TransformerEncoder
from convowatch.nlp.model.onnx_encoder import OnnxEncoder
from convowatch.nlp.types import Message
from convowatch.nlp.window import WindowEntry, compact_embedding

pytestmark = pytest.mark.slow

TEXTS = ["hey how was school", "keep this between us ok", "i cant do this anymore", "lol you carried us",
         "what are you doing this weekend, want to come to the lake with us and bring your sister?", "ok"]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return TransformerEncoder().encode(TEXTS)


def test_when_the_onnx_fp32_backend_encodes_then_it_equals_torch(cache: Path, reference: np.ndarray) -> None:
    enc = OnnxEncoder(cache_dir=cache)
    got = enc.encode(TEXTS)
    assert got.shape == reference.shape and enc.dim == 384
    assert float((got * reference).sum(1).min()) > 0.9999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_when_the_onnx_int8_backend_encodes_then_it_stays_close_to_fp32(cache: Path, reference: np.ndarray) -> None:
    got = OnnxEncoder(int8=True, cache_dir=cache).encode(TEXTS)
    cos = (got * reference).sum(1)
    assert float(cos.min()) > 0.95 and float(cos.mean()) > 0.97, cos  # per-channel int8; per-tensor fell to ~0.75 min


def test_when_the_export_is_cached_then_a_second_encoder_reuses_it(cache: Path) -> None:
    first = OnnxEncoder(int8=True, cache_dir=cache)
    stamp = os.stat(first.file).st_mtime_ns
    second = OnnxEncoder(int8=True, cache_dir=cache)
    assert second.file == first.file and os.stat(second.file).st_mtime_ns == stamp
    assert len(list(cache.iterdir())) == 1  # one fingerprint folder: fp32 and int8 side by side


def test_when_an_entry_keeps_an_int8_embedding_then_it_is_a_quarter_of_the_size_and_reads_back_exactly() -> None:
    from datetime import datetime, timezone

    rng = np.random.default_rng(0)
    v = rng.normal(size=384).astype(np.float32)
    v /= np.linalg.norm(v)
    msg = Message("c", "m1", "u", datetime(2026, 1, 1, tzinfo=timezone.utc), "hello")
    compact = compact_embedding(v)
    assert float(compact @ v / np.linalg.norm(compact)) > 0.9999
    e8 = WindowEntry(msg, ("r1",), compact, embedding_format="int8")
    f32 = WindowEntry(msg, ("r1",), v, embedding_format="float32")
    back = WindowEntry.from_json(e8.to_json())
    assert np.array_equal(back.embedding, compact) and back.embedding_format == "int8"  # memory and Redis agree exactly
    assert len(e8.to_json()) < 0.4 * len(f32.to_json())


def test_when_a_window_entry_was_saved_by_the_previous_version_then_it_still_loads() -> None:
    """The float32 format ("e") that Redis may still hold after an upgrade."""
    import base64

    v = np.linspace(-1, 1, 384, dtype=np.float32)
    old = json.dumps({"m": {"conversation_id": "c", "message_id": "m1", "sender_id": "u", "ts": "2026-01-01T00:00:00Z",
                            "text": "hello", "meta": {}}, "r": ["r1"], "e": base64.b64encode(v.tobytes()).decode()})
    entry = WindowEntry.from_json(old)
    assert np.array_equal(entry.embedding, v) and entry.rule_hits == ("r1",) and entry.message.text == "hello"


def test_when_the_int8_graph_is_built_then_no_scratch_file_is_left_in_the_working_directory(tmp_path: Path,
                                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    OnnxEncoder(int8=True, cache_dir=tmp_path / "cache")
    assert list(work.iterdir()) == [] and Path.cwd() == work


def test_when_texts_are_batched_by_tokens_then_long_ones_do_not_pad_short_ones() -> None:
    from convowatch.nlp.model.onnx_encoder import token_batches

    lengths = [8] * 300 + [128] * 5  # sorted: 300 short messages, then 5 long comments
    batches = token_batches(lengths, 128, 4096)
    assert [b.start for b in batches] == sorted(b.start for b in batches) and sum(len(b) for b in batches) == 305
    assert all(len(b) <= 128 and len(b) * lengths[b[-1]] <= 4096 or len(b) == 1 for b in batches)
    assert lengths[batches[2][-1]] == 8  # the third batch is still short texts only, not padded to 128
    assert [len(b) for b in batches][-1] == 5  # the long ones together: 5 x 128 tokens


def test_when_the_encoder_pads_by_itself_then_embeddings_match_the_tokenizer_padding(cache: Path, reference: np.ndarray) -> None:
    enc = OnnxEncoder(cache_dir=cache)
    by_tokenizer = np.concatenate([enc._run([t]) for t in TEXTS])
    assert np.allclose(enc.encode(TEXTS), by_tokenizer, atol=1e-5)
