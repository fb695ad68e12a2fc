"""Stated ages: what counts as an age in text, who it is about, and what the conversation keeps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from convowatch.nlp.age_cues import AgeCueDetector, age_features, statements, update_ages
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry


@pytest.mark.parametrize(
    "text,previous,expected",
    [
        ("13 f", [], [("self", 13)]),  # stranger-chat answer to asl
        ("f 15", [], [("self", 15)]),
        ("24 m here", [], [("self", 24)]),
        ("im onlyyyyy 14", [], [("self", 14)]),
        ("i am 30 years old", [], [("self", 30)]),
        ("16 u?", ["asl"], [("self", 16)]),  # a bare number right after an age question
        ("yeah 14", ["how old r u"], [("self", 14)]),
        ("13", ["how old r u"], [("self", 13)]),
        ("ur 16 right", [], [("other", 16)]),
        ("so you're 36? i'm 44, hope that's ok.", [], [("self", 44), ("other", 36)]),
        ("u r in yeat 9 now aren't you?", [], [("other", 14)]),  # school year: about the other only
        ("im in year 8", [], [("self", 13)]),
        ("so how old are u, ur profile says 37?", [], [("other", 37)]),
    ],
)
def test_when_a_message_states_an_age_then_it_is_read_with_who_it_is_about(text, previous, expected):
    assert sorted((s.about, s.age) for s in statements(text, previous)) == sorted(expected)


@pytest.mark.parametrize(
    "text,previous",
    [
        ("its 2pm :)", []),
        ("im 5 mins away", []),
        ("ur 10 mins late", []),
        ("im 99% sure", []),
        ("it onlyyy took 40 tries", []),
        ("12 viewers thats a record for me", []),
        ("yeah im on season 2", []),
        ("13", ["how many did u get"]),  # a bare number is an age only after an age question
        ("ill hop on at 7", ["wbu?"]),
        ("ur 2 funny", []),
        ("", []),
    ],
)
def test_when_a_number_is_not_an_age_then_nothing_is_stated(text, previous):
    assert statements(text, previous) == []


def _msg(i: int, sender: str, text: str, meta: dict | None = None) -> Message:
    return Message(conversation_id="c", message_id=f"m{i}", sender_id=sender,
                   ts=datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=i), text=text, meta=meta or {})


def _ages(texts: list[tuple[str, str]], meta: dict[str, dict] | None = None) -> dict[str, int]:
    det, ages, entries = AgeCueDetector(), {}, []
    for i, (sender, text) in enumerate(texts):
        entries = (entries + [WindowEntry(message=_msg(i, sender, text, (meta or {}).get(sender)))])[-12:]
        ages = update_ages(ages, det.detect(Window("c", tuple(entries))))
    return ages


def test_when_an_adult_and_a_minor_state_their_ages_then_the_conjunction_is_set():
    ages = _ages([("zoe", "hi asl? haha"), ("panda", "13 f"), ("zoe", "24 m here")])
    assert ages == {"panda": 13, "zoe": 24}
    assert age_features(ages) == {"age_conj": 1.0, "age_adults_only": 0.0, "age_minor": 1.0}


def test_when_two_adults_state_ages_then_only_adults_and_no_conjunction():
    ages = _ages([("lucy", "Ur 27 right?"), ("mia", "Yep 27, u? :P"), ("lucy", "35")])
    assert ages == {"mia": 27, "lucy": 35}
    assert age_features(ages) == {"age_conj": 0.0, "age_adults_only": 1.0, "age_minor": 0.0}


def test_when_two_peers_state_ages_then_a_minor_but_no_conjunction():
    feats = age_features(_ages([("a", "asl"), ("b", "15 f"), ("a", "im 16 btw")]))
    assert feats == {"age_conj": 0.0, "age_adults_only": 0.0, "age_minor": 1.0}


def test_when_the_platform_declares_ages_then_they_count_like_stated_ones_and_the_youngest_is_kept():
    ages = _ages([("dad", "pick u up at 5"), ("kid", "ok"), ("kid", "im 13")], meta={"dad": {"age": 41}, "kid": {"role": "minor"}})
    assert ages == {"dad": 41, "kid": 13}


def test_when_many_participants_state_ages_then_the_state_stays_bounded_and_keeps_both_ends():
    texts = [(f"p{i}", f"im {20 + i}") for i in range(20)] + [("kid", "im 12")]
    ages = _ages(texts)
    assert len(ages) <= 8 and ages["kid"] == 12 and max(ages.values()) == 39
