"""Every committed corpus line (and the demo corpus) is valid against docs/formats.md."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from convowatch.nlp.categories import CATEGORIES, GROOMING, GROOMING_STAGES, SUBTYPES
from convowatch.nlp.types import parse_ts
from convowatch.synthetic.adversarial import VARIANTS
from convowatch.synthetic.generator import COMMITTED, DATA_DIR
from convowatch.synthetic.io import read_corpus

FILES = [*COMMITTED, "demo.jsonl"]
MAX_TEXT_CHARS = 2000
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def problems(conv: dict) -> list[str]:
    """Every way a conversation breaks the corpus format (field names only, never text)."""
    errs: list[str] = []
    if not isinstance(conv.get("conversation_id"), str) or not conv["conversation_id"]:
        errs.append("conversation_id")
    labels = conv.get("labels", {})
    if set(labels) - set(CATEGORIES) or any(v not in (0, 1) for v in labels.values()):
        errs.append("labels")
    messages = conv.get("messages")
    if not isinstance(messages, list) or not messages:
        return errs + ["messages"]
    for cat, idx in conv.get("onset", {}).items():
        if cat not in CATEGORIES or not isinstance(idx, int) or not 0 <= idx < len(messages) or labels.get(cat) != 1:
            errs.append(f"onset.{cat}")
    meta = conv.get("meta", {})
    if meta.get("adversarial") not in (False, None) and meta.get("adversarial") not in VARIANTS:
        errs.append("meta.adversarial")
    ids, last = set(), None
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(m.get("message_id"), str) or m["message_id"] in ids:
            errs.append(f"{where}.message_id")
        ids.add(m.get("message_id"))
        if not isinstance(m.get("sender_id"), str) or not m["sender_id"]:
            errs.append(f"{where}.sender_id")
        try:
            ts = parse_ts(m["ts"])
            if last is not None and ts < last:
                errs.append(f"{where}.ts order")
            last = ts
        except (KeyError, ValueError):
            errs.append(f"{where}.ts")
        text = m.get("text")
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_TEXT_CHARS or _PLACEHOLDER.search(text):
            errs.append(f"{where}.text")
        for cat, name in (m.get("labels") or {}).items():
            valid = GROOMING_STAGES if cat == GROOMING else tuple(SUBTYPES.get(cat, {}))
            if name not in valid:
                errs.append(f"{where}.labels.{cat}")
            elif labels.get(cat) != 1:
                errs.append(f"{where}.labels.{cat} without conversation label")
        mmeta = m.get("meta") or {}
        if "age" in mmeta and (not isinstance(mmeta["age"], int) or mmeta.get("role") not in (None, "adult" if mmeta["age"] >= 18 else "minor")):
            errs.append(f"{where}.meta.age/role")
    return errs


@lru_cache(maxsize=None)
def _load(name: str) -> tuple[dict, ...]:
    return tuple(read_corpus(DATA_DIR / name))


@pytest.mark.parametrize("name", FILES)
def test_when_committed_corpus_is_read_then_every_line_is_valid(name):
    convs = _load(name)
    bad = {c.get("conversation_id"): p for c in convs if (p := problems(c))}
    assert not bad, dict(list(bad.items())[:5])
    ids = [c["conversation_id"] for c in convs]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "name,minimum",
    [
        ("train.jsonl.gz", 3000),  # issue 3: train >= 3,000
        ("dev.jsonl.gz", 500),  # dev >= 500
        ("test.jsonl.gz", 1000),  # test >= 1,000
        ("stream_test.jsonl.gz", 2000),  # stream test >= 2,000
        ("demo.jsonl", 12),  # the README's demo
    ],
)
def test_when_counting_committed_corpora_then_sizes_meet_the_issue(name, minimum):
    assert len(_load(name)) >= minimum


def test_when_committed_corpora_are_summed_then_they_stay_under_20_mb():
    assert sum((DATA_DIR / name).stat().st_size for name in FILES) < 20 * 1024 * 1024


def test_when_stream_test_is_read_then_prevalence_is_1_to_3_percent():
    convs = _load("stream_test.jsonl.gz")
    share = sum(1 for c in convs if any(c["labels"].values())) / len(convs)
    assert 0.01 <= share <= 0.03


def test_when_demo_is_read_then_it_has_the_promised_scenarios():
    profiles = [c["meta"]["profile"] for c in _load("demo.jsonl")]
    assert profiles.count("grooming") == 3 and profiles.count("bullying") == 2
    assert profiles.count("self_harm") == 2 and profiles.count("hard_negative") == 5


@pytest.mark.parametrize(
    "mutate,field",
    [
        (lambda c: c["onset"].update(grooming=999), "onset.grooming"),  # onset past the end
        (lambda c: c["messages"][0].update(ts="yesterday"), "messages[0].ts"),  # unparsable timestamp
        (lambda c: c["messages"][1].update(labels={"grooming": "flirting"}), "messages[1].labels.grooming"),  # unknown stage
        (lambda c: c["labels"].update(spam=1), "labels"),  # unknown category
        (lambda c: c["messages"][2].update(text=""), "messages[2].text"),  # empty text
    ],
)
def test_when_line_is_broken_then_validator_names_the_field(mutate, field):
    import copy

    conv = copy.deepcopy(_load("demo.jsonl")[0])
    assert problems(conv) == []
    mutate(conv)
    assert any(p.startswith(field) for p in problems(conv))
