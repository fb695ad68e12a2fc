"""Single-message matching: phrase, tokens, regex, unless, guards, spans, truncation.

Driven by the feature pack tests/conf/engine/features.yaml (one rule per feature).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from convowatch.nlp.detectors import Detector, registry
from convowatch.nlp.normalize import normalize
from convowatch.nlp.rules import RuleEngine, load_rules
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry

PACK = Path(__file__).parent / "conf" / "engine" / "features.yaml"

SEND = "grooming.image_request.send_pics"
HOW_OLD = "grooming.personal_info.how_old"
SECRET = "grooming.isolation_secrecy.little_secret"
THREAT = "bullying.threat.hurt_you"
NO_WAY = "self_harm.ideation.no_way_out"
MATURE = "grooming.rapport.so_mature"


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return RuleEngine(load_rules(PACK))


def _window(text: str, sender: str = "a") -> Window:
    msg = Message("c1", "m1", sender, datetime(2026, 1, 1, tzinfo=timezone.utc), text)
    return Window("c1", (WindowEntry(msg),))


CASES = [
    # phrase pattern, plain
    ("can you send pics", {SEND}),
    # phrase patterns match case-insensitively (normalised text is lowercase)
    ("CAN YOU SEND PICS", {SEND}),
    # fullwidth letters fold under NFKC
    ("ｓｅｎｄ ｐｉｃｓ", {SEND}),
    # leetspeak is undone by normalisation before matching
    ("s3nd p1cs", {SEND}),
    # token pattern with IN
    ("how old r u", {HOW_OLD}),
    ("so how old are you", {HOW_OLD}),
    # token pattern does not match a different sequence
    ("how old is your dog", set()),
    # regex pattern
    ("this is our little secret", {SECRET}),
    # unless: the allow-list phrase anywhere in the message suppresses the rule
    ("our little secret is the surprise party", set()),
    # negation guard: a negator within three words before the match
    ("i would never send pics", set()),
    ("i don't send pics", set()),
    # negation guard stops at clause punctuation
    ("no, send pics", {SEND}),
    # negation further than three words back does not count
    ("no i think you should send pics", {SEND}),
    # quotation guard: inside quotation marks
    ('he wrote "send pics" lol', set()),
    # quotation guard: one quote mark is not a quotation
    ('"send pics', {SEND}),
    # reported-speech guard: after a reporting cue in the same sentence
    ("she told me to send pics", set()),
    # reported-speech guard ends at the sentence
    ("she told me that. send pics", {SEND}),
    # a rule with the negation guard off still fires after a negator
    ("dont make me hurt you", {THREAT}),
    # ...but its quotation guard holds
    ('"i will hurt you" is a line from the film', set()),
    # YAML "no" stays a word in the token pattern; reported-speech cue "the song goes"
    ("there is no way out for me", {NO_WAY}),
    ("the song goes no way out", set()),
    # several rules on one message
    ("how old r u? send pics", {HOW_OLD, SEND}),
    # nothing
    ("good game everyone", set()),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_when_message_is_scored_then_expected_rules_fire(engine: RuleEngine, text: str, expected: set[str]) -> None:
    assert {s.detector for s in engine.detect(_window(text))} == expected


SPAN_CASES = [
    # (original text, the substring the signal's span must point at)
    ("ok SEND PICS now", SEND, "SEND PICS"),
    ("ok S3ND P1CS now", SEND, "S3ND P1CS"),
    ("ｓｅｎｄ ｐｉｃｓ", SEND, "ｓｅｎｄ ｐｉｃｓ"),
    ("Its OUR little SECRET!!", SECRET, "OUR little SECRET"),
    ("hey HOW OLD R U", HOW_OLD, "HOW OLD R U"),
    ("héllo 🙂 send pics", SEND, "send pics"),
    # RE2 reports byte offsets internally; non-ASCII before a regex match must not shift the span
    ("héllo 🙂 its OUR little secret", SECRET, "OUR little secret"),
    # spaced letters are joined by normalisation; the span covers the spaced original
    ("s e n d pics", SEND, "s e n d pics"),
    # masked handles/URLs after the match do not move it
    ("SEND PICS!!! @bob https://x.y/z", SEND, "SEND PICS"),
]


@pytest.mark.parametrize("text,rule_id,expected", SPAN_CASES, ids=[c[0] for c in SPAN_CASES])
def test_when_rule_fires_then_span_points_into_original_text(engine: RuleEngine, text: str, rule_id: str, expected: str) -> None:
    (sig,) = [s for s in engine.detect(_window(text)) if s.detector == rule_id]
    start, end = sig.span
    assert text[start:end] == expected


def test_when_rule_fires_then_signal_carries_rule_metadata(engine: RuleEngine) -> None:
    (sig,) = engine.detect(_window("how old r u"))
    assert (sig.category, sig.subtype, sig.source, sig.detector) == ("grooming", "personal_info", "rule", HOW_OLD)
    assert sig.score == 0.3 and sig.severity.label() == "low" and sig.message_id == "m1"


def test_when_caller_passes_normalized_text_then_engine_uses_it(engine: RuleEngine) -> None:
    # the analyzer normalises once and shares it; the engine must not need the raw text
    window = _window("unrelated words")
    ev = engine.evaluate(window, normalize("send pics"))
    assert ev.matched == (SEND,)


def test_when_message_exceeds_max_chars_then_tail_is_not_matched() -> None:
    rs = load_rules(PACK)
    text = "ok " * 2000 + "send pics"
    assert RuleEngine(rs, max_chars=4000).detect(_window(text)) == []
    assert [s.detector for s in RuleEngine(rs, max_chars=10_000).detect(_window(text))] == [SEND]


def test_when_rules_v1_is_created_from_registry_then_it_is_a_detector() -> None:
    det = registry.create("rules.v1", ruleset=load_rules(PACK))
    assert isinstance(det, Detector) and isinstance(det, RuleEngine)
    assert (det.name, det.kind) == ("rules.v1", "rule")
    assert [[s.detector for s in sigs] for sigs in det.detect_many([_window("send pics"), _window("hi")])] == [[SEND], []]


def test_when_guard_blocks_then_evaluation_says_which(engine: RuleEngine) -> None:
    ev = engine.evaluate(_window('he wrote "send pics"'))
    assert ev.matched == () and ev.blocked == {SEND: "quotation"}


def test_when_many_distinct_words_are_seen_then_vocabulary_is_rebuilt_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # spaCy interns every new word; the engine rebuilds its matchers past a bound so memory
    # (and words of long-gone messages) does not accumulate
    import convowatch.nlp.rules.engine as engine_mod

    monkeypatch.setattr(engine_mod, "MAX_VOCAB_GROWTH", 50)
    eng = RuleEngine(load_rules(PACK))
    first = eng._compiled
    for i in range(40):
        eng.detect(_window(f"word{i}a word{i}b"))
    assert eng._compiled is not first
    assert eng._compiled.vocab_growth() <= 50
    assert [s.detector for s in eng.detect(_window("send pics"))] == [SEND]


def _example_texts(rs) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for r in rs.rules for kind in ("match", "no_match") for ex in getattr(r.examples, kind) for m in ex]


def test_when_regex_set_prefilters_then_it_agrees_with_searching_every_regex() -> None:
    # the RE2::Set pass must never drop a regex that matches (it has no fallback)
    from convowatch.nlp.rules import default_rules_dir
    from convowatch.nlp.rules.loader import pack_files

    sets = [load_rules(PACK)] + ([load_rules(default_rules_dir())] if pack_files(default_rules_dir()) else [])
    for rs in sets:
        compiled = rs.compiled
        texts = [normalize(t).text for t in _example_texts(rs)]
        texts.append(" ".join(texts)[:4000])  # one full-length message with many matches
        assert compiled.regexes
        for text in texts:
            expected = {i for i, (_, _, rx) in enumerate(compiled.regexes) if rx.search(text) is not None}
            assert set(compiled._prefilter.Match(text) or ()) == expected
