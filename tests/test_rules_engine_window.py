"""Window conditions: speaker (declared age/role), context (other rules recently) and repeat.

Each case is a conversation scored in order the way the analyzer does it: every entry
keeps the ``matched`` ids the engine returned for it as ``rule_hits``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from convowatch.nlp.rules import RuleEngine, RuleEvaluation, load_rules
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry

PACK = Path(__file__).parent / "conf" / "engine" / "features.yaml"

MATURE = "grooming.rapport.so_mature"
MEET = "grooming.meeting_offplatform.meet_me"
GIFT = "grooming.gifts_leverage.gift_card"
HOW_OLD = "grooming.personal_info.how_old"
LOSER = "bullying.insult.loser"
PILE_ON = "bullying.exclusion.pile_on"

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def engine() -> RuleEngine:
    return RuleEngine(load_rules(PACK))


def _msg(i: int, sender: str, text: str, meta: dict[str, Any] | None = None) -> Message:
    return Message("c1", f"m{i}", sender, T0 + timedelta(minutes=i), text, meta or {})


def _score(engine: RuleEngine, turns: list[tuple]) -> RuleEvaluation:  # type: ignore[type-arg]
    """Score (sender, text[, meta]) turns in order; the evaluation of the last one."""
    entries: list[WindowEntry] = []
    ev = None
    for i, turn in enumerate(turns):
        msg = _msg(i, *turn)
        ev = engine.evaluate(Window("c1", tuple(entries) + (WindowEntry(msg),)))
        entries.append(WindowEntry(msg, rule_hits=ev.matched))
    assert ev is not None
    return ev


def _fired(ev: RuleEvaluation) -> set[str]:
    return {s.detector for s in ev.signals}


SPEAKER_CASES = [
    # "older": the sender declared 31, the other participant 13
    ([("a", "hi", {"age": 31}), ("b", "hey", {"age": 13}), ("a", "you are so mature")], MATURE, True),
    # "older": the sender is the younger one
    ([("a", "hi", {"age": 13}), ("b", "hey", {"age": 31}), ("a", "you are so mature")], MATURE, False),
    # "older" with unknown: pass and no ages declared
    ([("a", "hi"), ("b", "hey"), ("a", "you are so mature")], MATURE, True),
    # "older" from roles when ages are missing
    ([("a", "hi", {"role": "adult"}), ("b", "hey", {"role": "minor"}), ("a", "you are so mature")], MATURE, True),
    # "older" with equal ages is not older
    ([("a", "hi", {"age": 15}), ("b", "hey", {"age": 15}), ("a", "you are so mature")], MATURE, False),
    # adult with unknown: fail and nothing declared
    ([("a", "meet me at the mall")], MEET, False),
    # adult by declared age on this message
    ([("a", "meet me at the mall", {"age": 35})], MEET, True),
    # adult by an age declared on an earlier message of the same sender
    ([("a", "hi", {"age": 35}), ("b", "hi"), ("a", "meet me at the mall")], MEET, True),
    # a minor's message does not satisfy "adult"
    ([("a", "meet me at the mall", {"age": 14})], MEET, False),
    # role adult counts as adult
    ([("a", "meet me at the mall", {"role": "adult"})], MEET, True),
    # the other participant's age says nothing about the sender
    ([("b", "hi", {"age": 40}), ("a", "meet me at the mall")], MEET, False),
]


@pytest.mark.parametrize("turns,rule_id,fires", SPEAKER_CASES)
def test_when_speaker_condition_is_checked_then_declared_ages_decide(engine: RuleEngine, turns: list[tuple], rule_id: str, fires: bool) -> None:  # type: ignore[type-arg]
    ev = _score(engine, turns)
    assert (rule_id in _fired(ev)) is fires
    assert (rule_id in ev.matched) is fires  # speaker is part of "matched": a blocked speaker leaves no hit


CONTEXT_CASES = [
    # required subtype two messages earlier, other sender (sender: any)
    ([("a", "how old r u"), ("b", "13"), ("a", "want a gift card")], True),
    # required subtype in the same message (current included)
    ([("a", "how old r u, want a gift card")], True),
    # nothing required before
    ([("a", "want a gift card")], False),
    # required subtype 3 messages back is outside within: 3
    ([("a", "how old r u"), ("b", "x"), ("b", "y"), ("a", "want a gift card")], False),
    # negated requirement is no requirement (guards apply before hits are recorded)
    ([("a", "i never asked how old r u"), ("a", "want a gift card")], False),
]


@pytest.mark.parametrize("turns,fires", CONTEXT_CASES)
def test_when_context_is_required_then_recent_hits_decide(engine: RuleEngine, turns: list[tuple], fires: bool) -> None:  # type: ignore[type-arg]
    ev = _score(engine, turns)
    assert (GIFT in _fired(ev)) is fires
    assert GIFT in ev.matched  # matched either way: context gates the signal, not the hit
    if not fires:
        assert ev.blocked[GIFT] == "context"


PILE_ON_CASES = [
    # all of an insult and a threat, by the same sender, within 4
    ([("a", "loser"), ("a", "i will hurt you"), ("a", "nobody likes you")], True),
    # the same by another sender: sender: same fails
    ([("b", "loser"), ("b", "i will hurt you"), ("a", "nobody likes you")], False),
    # mode all: the threat is missing
    ([("a", "loser"), ("a", "nobody likes you")], False),
]


@pytest.mark.parametrize("turns,fires", PILE_ON_CASES)
def test_when_context_needs_all_by_same_sender_then_each_is_required(engine: RuleEngine, turns: list[tuple], fires: bool) -> None:  # type: ignore[type-arg]
    assert (PILE_ON in _fired(_score(engine, turns))) is fires


REPEAT_CASES = [
    # third match by the same sender within 5
    ([("a", "loser"), ("a", "total loser"), ("a", "loser lol")], True),
    # only the second
    ([("a", "loser"), ("a", "total loser")], False),
    # another sender's match does not count (sender: same)
    ([("a", "loser"), ("b", "loser"), ("a", "loser")], False),
    # the first match slid out of the last 5 messages
    ([("a", "loser"), ("b", "1"), ("b", "2"), ("b", "3"), ("a", "loser"), ("a", "loser")], False),
    # a guarded (quoted) match is not a match and does not count
    ([("a", '"loser"'), ("a", "loser"), ("a", "loser")], False),
]


@pytest.mark.parametrize("turns,fires", REPEAT_CASES)
def test_when_repeat_is_required_then_count_of_matches_decides(engine: RuleEngine, turns: list[tuple], fires: bool) -> None:  # type: ignore[type-arg]
    assert (LOSER in _fired(_score(engine, turns))) is fires


def test_when_earlier_entry_carries_rule_hits_then_context_reads_them_not_text(engine: RuleEngine) -> None:
    # the earlier message's text is benign; only its stored rule_hits say personal_info fired
    prev = WindowEntry(_msg(0, "b", "hello"), rule_hits=(HOW_OLD,))
    cur = WindowEntry(_msg(1, "a", "want a gift card"))
    assert GIFT in _fired(engine.evaluate(Window("c1", (prev, cur))))


def test_when_hit_is_from_a_rule_no_longer_loaded_then_category_subtype_comes_from_its_id(engine: RuleEngine) -> None:
    # after a hot reload, older entries may name rules that the new ruleset lacks
    prev = WindowEntry(_msg(0, "b", "hello"), rule_hits=("grooming.personal_info.retired_rule",))
    cur = WindowEntry(_msg(1, "a", "want a gift card"))
    assert GIFT in _fired(engine.evaluate(Window("c1", (prev, cur))))


def test_when_a_rule_fires_under_conditions_then_its_signal_names_them(engine: RuleEngine) -> None:
    # the explanation says which conditions beyond the pattern held: speaker for MATURE,
    # context for GIFT; a rule with neither carries no conditions
    mature = _score(engine, [("a", "hi", {"age": 31}), ("b", "hey", {"age": 13}), ("a", "you are so mature")])
    (sig,) = [s for s in mature.signals if s.detector == MATURE]
    assert sig.evidence == {"conditions": ["speaker"]}
    gift = _score(engine, [("a", "how old r u"), ("b", "13"), ("a", "want a gift card")])
    (sig,) = [s for s in gift.signals if s.detector == GIFT]
    assert "context" in sig.evidence["conditions"]
    by_id = {r.id: r for r in engine.ruleset.rules}
    for ev in (mature, gift):  # every signal names exactly the conditions its rule has
        for s in ev.signals:
            r = by_id[s.detector]
            want = [n for n, c in (("speaker", r.speaker), ("context", r.context), ("repeat", r.repeat)) if c is not None]
            assert (s.evidence or {}).get("conditions", []) == want
