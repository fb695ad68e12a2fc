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


# -- the pure step (issue 9): assess(batch, snapshots) -> outcome ------------------

def _rules_analyzer(store: MemoryWindowStore | None = None) -> Analyzer:
    from convowatch.nlp.rules import RuleEngine, default_rules_dir, load_rules

    return Analyzer(rules=RuleEngine(load_rules(default_rules_dir())), store=store)


RISKY = ["hey", "how old r u", "dont tell ur mum about us ok", "delete our chats", "send me a pic of u"]


def test_when_assessing_then_no_store_is_read_or_written():
    store = MemoryWindowStore()
    analyzer = _rules_analyzer(store)
    outcome = analyzer.assess(conv("c1", RISKY), {})
    assert len(store) == 0 and store.get_state("c1") is None
    change = outcome.changes["c1"]
    assert [e.message.text for e in change.appended] == RISKY
    assert change.before == [] and [m.text for m in change.history()] == RISKY
    assert change.state is not None and change.state["n"] == len(RISKY)


def test_when_snapshots_come_from_the_store_then_assess_equals_process_many():
    from convowatch.nlp.snapshot import Snapshot

    msgs = conv("c1", RISKY)
    stored = _rules_analyzer()
    first = stored.process_many(msgs[:2])
    second = stored.process_many(msgs[2:])
    pure = _rules_analyzer()
    o1 = pure.assess(msgs[:2], {})
    snap = Snapshot(tuple(o1.changes["c1"].appended), o1.changes["c1"].state)
    o2 = pure.assess(msgs[2:], {"c1": snap})
    assert [a.to_dict() for a in o1.assessments + o2.assessments] == [a.to_dict() for a in first + second]
    assert o2.changes["c1"].state == stored.store.get_state("c1")
    assert [m.message_id for m in o2.changes["c1"].before] == ["c1-m0", "c1-m1"]


def test_when_an_id_is_known_or_repeats_in_the_batch_then_it_is_a_duplicate_that_changes_nothing():
    from convowatch.nlp.snapshot import Snapshot

    msgs = conv("c1", RISKY[:3])
    analyzer = _rules_analyzer()
    out = analyzer.assess(msgs + [msgs[1]], {"c1": Snapshot(known_ids=frozenset({"c1-m0"}))})
    assert [a.duplicate for a in out.assessments] == [True, False, False, True]
    change = out.changes["c1"]
    assert [m.message_id for m in change.new] == ["c1-m1", "c1-m2"]
    assert change.state["n"] == 2
    # a batch of nothing but known ids changes nothing
    again = analyzer.assess(msgs[:1], {"c1": Snapshot(known_ids=frozenset({"c1-m0"}))})
    assert again.changes == {} and again.assessments[0].duplicate


def test_when_rules_are_swapped_then_the_pipeline_keeps_one_rule_detector_in_place():
    from convowatch.nlp.rules import RuleEngine, default_rules_dir, load_rules

    analyzer = _rules_analyzer()
    old = analyzer.rules
    new = RuleEngine(load_rules(default_rules_dir()))
    analyzer.swap_rules(new)
    assert analyzer.rules is new and old not in analyzer.detectors
    assert sum(d.kind == "rule" for d in analyzer.detectors) == 1
