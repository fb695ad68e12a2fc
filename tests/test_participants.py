"""One definition of a sender's declared age and role, shared by rules and model features."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from convowatch.nlp.model.features import FeatureSpec, entry_features
from convowatch.nlp.participants import declared_age, declared_role, sender_is_adult
from convowatch.nlp.rules.conditions import participants
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "meta, age, role, adult",
    [
        ({"age": 13}, 13, None, False),  # case: a plain age
        ({"age": 31.0}, 31, None, True),  # case: float ages are accepted
        ({"age": float("nan")}, None, None, None),  # case: NaN is no declaration (it used to crash int())
        ({"age": float("inf")}, None, None, None),  # case: 1e999 parses as inf
        ({"age": -3}, None, None, None),  # case: out of range
        ({"age": 10**40}, None, None, None),  # case: absurdly large
        ({"age": True}, None, None, None),  # case: a bool is not an age
        ({"age": "13"}, None, None, None),  # case: strings are not ages
        ({"role": "Adult"}, None, "adult", True),  # case: roles are matched case-insensitively
        ({"role": "minor", "age": 40}, 40, "minor", False),  # case: the declared role wins over the age
        ({"role": "teacher"}, None, None, None),  # case: unknown roles are ignored
        (None, None, None, None),  # case: no meta
    ],
)
def test_when_meta_declares_age_or_role_then_every_reader_agrees(meta, age, role, adult):
    assert declared_age(meta) == age
    assert declared_role(meta) == role
    assert sender_is_adult(meta) is adult
    entry = WindowEntry(Message("c", "m1", "s", T0, "hi", dict(meta or {})))
    # rules read the same declaration ...
    assert participants(Window("c", (entry,)))["s"] == (age, role)
    # ... and so do the model's role features
    f = entry_features([entry], FeatureSpec(window=2))
    assert (f[0, 7], f[0, 8]) == ((0.0, 0.0) if adult is None else (1.0, 0.0) if adult else (0.0, 1.0))
