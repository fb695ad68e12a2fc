"""Property tests for the offset map of convowatch.nlp.normalize, plus a linear-time guard."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convowatch.nlp.normalize import normalize

# Characters the normaliser treats specially, so that generated text hits every step
# far more often than uniform unicode would.
_SPECIAL = list(
    "aeiklnopsty013457$@!|._- \t\n\u200b\u200d\ufe0f\u0301"
    "аеорсхуіѕјԁονακᴋｋ𝐤ⓚ🅚🔪☠💀😀👋🏽🇺"
) + ["https://x.co/a", "@bob", "555-123-4567", "a@b.com", "k y s", "eeee"]
mixed_text = st.lists(st.one_of(st.sampled_from(_SPECIAL), st.text(max_size=3)), max_size=40).map("".join)
any_text = st.one_of(st.text(), mixed_text)


def _check_invariants(raw: str) -> None:
    n = normalize(raw)
    offs = n.offsets
    assert n.original == raw
    assert len(offs) == len(n.text) + 1
    assert offs[-1] == len(raw)
    assert all(0 <= o <= len(raw) for o in offs)
    assert all(a <= b for a, b in zip(offs, offs[1:])), "offsets must not decrease"


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_when_any_text_then_offsets_are_monotonic_and_in_range(raw: str) -> None:
    _check_invariants(raw)


@settings(max_examples=200, deadline=None)
@given(any_text, st.data())
def test_when_any_span_mapped_back_then_range_is_inside_original(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    a, b = n.to_original(start, end)
    assert 0 <= a <= b <= len(raw)
    if end > start:
        assert b > a, "a non-empty span maps to a non-empty range"


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_when_normalised_then_no_whitespace_runs_or_invisibles_remain(raw: str) -> None:
    text = normalize(raw).text
    assert text == text.strip()
    assert "  " not in text
    assert not any(c in text for c in "\u200b\u200d\ufe0f\t\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["s3nd", "p1cs", "k y s", "🔪", "@bob", "hi", "13", "sooo", " "]), max_size=12))
def test_when_words_joined_then_each_normalised_word_maps_to_its_source(words: list[str]) -> None:
    raw = " ".join(words)
    n = normalize(raw)
    # every normalised token maps back to a range that starts on a non-space character
    pos = 0
    for tok in n.text.split(" "):
        if not tok:
            continue
        i = n.text.index(tok, pos)
        pos = i + len(tok)
        a, b = n.to_original(i, pos)
        assert raw[a:b].strip(), "a token never maps back to whitespace alone"


HOSTILE = [
    # inputs that would make a careless regex quadratic
    "a" * 100_000,
    "a." * 50_000,
    "1 " * 50_000,
    "1-" * 50_000,
    "@a" * 50_000,
    "x@" * 50_000,
    "s3" * 50_000,
    "🔪" * 30_000,
    "ԁо" * 50_000,
    "https://" + "a" * 100_000,
    "a.b" * 33_000,
]


@pytest.mark.timeout(60)  # a hang guard, not a speed claim (speed lives in benchmarks/)
@pytest.mark.parametrize("raw", HOSTILE, ids=range(len(HOSTILE)))
def test_when_input_is_long_and_hostile_then_it_is_normalised_with_consistent_offsets(raw: str) -> None:
    n = normalize(raw)
    assert len(n.offsets) == len(n.text) + 1
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:])) and n.offsets[-1] <= len(raw)
