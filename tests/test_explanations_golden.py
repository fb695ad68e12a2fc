"""Golden explanations: what the analyzer says, and why, on the bundled demo corpus.

Moderators and evaluation read the same explanation objects; a change in what fires,
where a span points or which stage is reported shows up here as a diff to review.
Refresh after an intended change with ``CONVOWATCH_UPDATE_GOLDEN=1 pytest tests/test_explanations_golden.py``.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.corpora.reader import read_conversations
from convowatch.service.cli._common import demo_corpus_path

GOLDEN = Path(__file__).parent / "golden" / "demo_explanations.json"


def _explain() -> dict:
    conversations, _ = read_conversations(demo_corpus_path())
    analyzer = Analyzer.default(model=None)  # rules only: the model's scores move with retraining
    out: dict[str, list] = {}
    for conv in conversations:
        events = []
        for m, a in zip(conv.messages, analyzer.process_many(list(conv.messages))):
            if not (a.signals or a.newly_flagged):
                continue
            events.append(
                {
                    "message_id": m.message_id,
                    "signals": [
                        {"detector": s.detector, "span": list(s.span) if s.span else None, "quote": m.text[s.span[0] : s.span[1]] if s.span else None}
                        for s in a.signals
                    ],
                    "newly_flagged": list(a.newly_flagged),
                    "stage": a.stage,
                    "urgency": a.urgency.label() if a.urgency else None,
                }
            )
        out[conv.conversation_id] = events
    return out


def test_when_demo_corpus_is_scored_then_explanations_match_the_golden_file():
    got = _explain()
    if os.environ.get("CONVOWATCH_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got == expected


def test_when_a_span_is_reported_then_the_quote_alone_fires_the_same_rule():
    """A span is right when the words it quotes are what the rule matched: scored alone,
    the quote fires that rule again (rules that also need context, a speaker or repeats
    cannot fire on a quote alone and are skipped). A span cut in the wrong place quotes
    words that no longer match."""
    from convowatch.nlp.types import Message

    probe = Analyzer.default(model=None)
    ruleset = probe.rules.ruleset
    checked = 0
    for events in _explain().values():
        for e in events:
            for s in e["signals"]:
                assert s["span"] is not None and s["quote"], s
                rule = ruleset.rule(s["detector"])
                if rule.context or rule.repeat or rule.speaker:
                    continue
                checked += 1
                quote = Message(f"quote-{checked}", "q", "u", datetime(2026, 1, 1, tzinfo=timezone.utc), s["quote"])
                fired = {sig.detector for sig in probe.process(quote).signals}
                assert s["detector"] in fired, (s, fired)
    assert checked >= 10
