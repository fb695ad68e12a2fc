"""Analyzer: streaming semantics, batching equivalence, encode-once, window bounds."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from typing import Sequence

import numpy as np
import pytest

from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
from convowatch.nlp.detectors.base import BaseDetector
from convowatch.nlp.store import MemoryWindowStore
from convowatch.nlp.types import Message, Signal
from convowatch.nlp.window import Window, WindowConfig

T0 = datetime(2026, 5, 1, 18, 0, tzinfo=timezone.utc)


class HashingEncoder:
    """A real (if simple) encoder: hashed bag of words. Counts how many texts it encoded."""

    name = "hashing"
    dim = 32

    def __init__(self) -> None:
        self.encoded = 0
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.split():
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        return out


class WindowKeywordDetector(BaseDetector):
    """Fires 'bullying' when the window's embeddings contain the hashed word 'loser' at least twice."""

    name = "test.window-keyword"
    kind = "model"
    needs_embeddings = True

    def __init__(self, encoder: HashingEncoder) -> None:
        self.slot = int(hashlib.md5(b"loser").hexdigest(), 16) % encoder.dim
        self.seen_windows: list[int] = []

    def detect(self, window: Window) -> list[Signal]:
        self.seen_windows.append(len(window))
        total = sum(float(e.embedding[self.slot]) for e in window.entries)
        p = min(1.0, total / 3.0)
        return [Signal("bullying", None, "model", self.name, p, window.current.message.message_id)] if p else []


def conv(cid: str, texts: list[str]) -> list[Message]:
    return [Message(cid, f"{cid}-m{i}", f"u{i % 2}", T0 + timedelta(seconds=10 * i), t) for i, t in enumerate(texts)]


def make(window_size: int = 4):
    enc = HashingEncoder()
    det = WindowKeywordDetector(enc)
    an = Analyzer(rules=None, detectors=[det], encoder=enc, config=AnalyzerConfig(window=WindowConfig(size=window_size)))
    return an, enc, det


TEXTS_A = ["hi", "you loser", "ok", "loser loser", "bye", "loser"]
TEXTS_B = ["hello", "nice game", "gg", "see you"]


def test_when_batched_or_streamed_then_assessments_are_identical():
    stream, _, _ = make()
    batch, _, _ = make()
    msgs = conv("a", TEXTS_A) + conv("b", TEXTS_B)
    one_by_one = [stream.process(m).to_dict() for m in msgs]
    interleaved = msgs[:]  # interleave the two conversations, keep per-conversation order
    interleaved.sort(key=lambda m: (int(m.message_id.split("m")[-1]), m.conversation_id))
    batched = {(a.conversation_id, a.message_id): a.to_dict() for a in batch.process_many(interleaved)}
    assert [batched[(d["conversation_id"], d["message_id"])] for d in one_by_one] == one_by_one


def test_when_batch_processed_then_each_message_is_encoded_exactly_once():
    an, enc, det = make()
    msgs = conv("a", TEXTS_A)
    an.process_many(msgs[:3])
    an.process_many(msgs[3:])
    assert enc.encoded == len(msgs)  # never re-encode a window
    assert enc.calls == 2  # one encoder call per batch
    assert det.seen_windows == [1, 2, 3, 4, 4, 4]  # windows grow to W and slide


def test_when_results_come_back_then_they_follow_input_order():
    an, _, _ = make()
    msgs = conv("a", TEXTS_A[:3]) + conv("b", TEXTS_B[:2])
    out = an.process_many(msgs)
    assert [(a.conversation_id, a.message_id) for a in out] == [(m.conversation_id, m.message_id) for m in msgs]


def test_when_window_slides_then_store_keeps_only_last_w_messages():
    an, _, _ = make(window_size=3)
    an.process_many(conv("a", TEXTS_A))
    kept = [e.message.text for e in an.store.window("a")]
    assert kept == TEXTS_A[-3:]


def test_when_message_is_retried_then_it_is_not_counted_twice():
    an, enc, _ = make()
    msgs = conv("a", TEXTS_A[:4])
    first = an.process_many(msgs)
    again = an.process(msgs[3])
    assert again.duplicate
    assert again.scores == first[-1].scores
    assert an.risk("a").n_messages == 4
    assert [e.message.message_id for e in an.store.window("a")] == [m.message_id for m in msgs]


def test_when_signals_accumulate_then_conversation_is_flagged_and_risk_has_no_text():
    an, _, _ = make()
    out = an.process_many(conv("a", TEXTS_A))
    assert "bullying" in out[3].flagged
    risk = an.risk("a").to_dict()
    for t in TEXTS_A:
        assert t not in str(risk)


def test_when_ttl_expires_then_window_and_state_are_gone():
    now = [0.0]
    store = MemoryWindowStore(clock=lambda: now[0])
    an = Analyzer(rules=None, store=store, config=AnalyzerConfig(window=WindowConfig(size=4, ttl_s=60)))
    an.process_many(conv("a", ["hello there"]))
    assert store.window("a") and an.risk("a") is not None
    now[0] = 61.0
    assert store.window("a") == [] and an.risk("a") is None


def test_when_detector_needs_embeddings_without_encoder_then_refused():
    det = WindowKeywordDetector(HashingEncoder())
    with pytest.raises(ValueError, match="encoder"):
        Analyzer(detectors=[det])
