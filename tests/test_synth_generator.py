"""The generator: seeded, byte-identical, in the corpus format, with the mix it promises."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter

import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.synthetic.adversarial import VARIANTS
from convowatch.synthetic.generator import COMMITTED, DATA_DIR, generate, generate_conversation
from convowatch.synthetic.io import read_corpus, write_corpus


def _bytes(tmp_path, name, seed, n=40, split="train", mix="mixed"):
    path = tmp_path / name
    write_corpus(path, generate(seed, n, split, mix))
    return path.read_bytes()


@pytest.mark.parametrize(
    "suffix",
    [
        ".jsonl",  # plain text
        ".jsonl.gz",  # gzip must not embed a timestamp or file name
    ],
)
def test_when_same_seed_then_identical_bytes(tmp_path, suffix):
    assert _bytes(tmp_path, "a" + suffix, 11) == _bytes(tmp_path, "b" + suffix, 11)


def test_when_seed_differs_then_output_differs(tmp_path):
    assert _bytes(tmp_path, "a.jsonl", 11) != _bytes(tmp_path, "b.jsonl", 12)


def test_when_hash_seed_differs_then_cli_output_is_identical(tmp_path):
    outs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"h{hash_seed}.jsonl.gz"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", "import sys; from convowatch.service.cli import app; app(sys.argv[1:])", "synth", "--seed", "3", "--n", "25",
                        "--split", "test", "--out", str(out)], check=True, env=env, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_when_one_conversation_is_regenerated_then_it_equals_its_corpus_line():
    corpus = list(generate(5, 12, "dev"))
    assert generate_conversation(5, 7, "dev") == corpus[7]


def test_when_committed_dev_is_regenerated_then_bytes_match(tmp_path):
    split, mix, seed, n = COMMITTED["dev.jsonl.gz"]
    out = tmp_path / "dev.jsonl.gz"
    write_corpus(out, generate(seed, n, split, mix))
    assert out.read_bytes() == (DATA_DIR / "dev.jsonl.gz").read_bytes()


def test_when_conversation_has_message_labels_then_labels_and_onset_agree():
    for conv in generate(21, 150, "test"):
        labelled = [i for i, m in enumerate(conv["messages"]) if m.get("labels")]
        for cat in CATEGORIES:
            first = next((i for i in labelled if cat in conv["messages"][i]["labels"]), None)
            assert conv["labels"][cat] == (first is not None)
            assert conv["onset"].get(cat) == first


@pytest.mark.parametrize(
    "profile,risky",
    [
        ("grooming", {"grooming"}),  # a grooming script always reaches a grooming signal
        ("bullying", {"bullying"}),  # bullying, sometimes with the target's ideation too
        ("self_harm", {"self_harm"}),  # self-harm only
        ("hard_negative", set()),  # look-alikes carry no label at all
        ("benign", set()),  # plain chatter carries no label
    ],
)
def test_when_single_profile_then_only_its_category_is_positive(profile, risky):
    for conv in generate(4, 60, "train", profile):
        positives = {c for c in CATEGORIES if conv["labels"][c]}
        assert conv["meta"]["profile"] == profile
        if risky:
            assert risky <= positives
            assert positives <= risky | {"self_harm"}
        else:
            assert positives == set()


def test_when_mixed_then_hard_negatives_at_least_positives_and_stages_vary():
    convs = list(generate(8, 500, "train"))
    profiles = Counter(c["meta"]["profile"] for c in convs)
    assert profiles["hard_negative"] >= profiles["grooming"] + profiles["bullying"] + profiles["self_harm"]
    # grooming stage order varies: not every conversation starts with rapport, and some stop early
    first_stages = Counter(next(m["labels"]["grooming"] for m in c["messages"] if m.get("labels", {}).get("grooming"))
                           for c in convs if c["labels"]["grooming"])
    assert len(first_stages) >= 3
    variants = {c["meta"]["adversarial"] for c in convs}
    assert variants - {False} == set(VARIANTS)


def test_when_stream_profile_then_risky_prevalence_is_between_1_and_3_percent():
    convs = list(generate(9, 1000, "test", "stream"))
    risky = sum(1 for c in convs if any(c["labels"].values()))
    assert 10 <= risky <= 30


def test_when_generating_then_lengths_are_mostly_10_to_60_and_never_over_300():
    lengths = [len(c["messages"]) for c in generate(13, 400, "train")]
    assert min(lengths) >= 10 and max(lengths) <= 300
    assert sum(10 <= x <= 60 for x in lengths) / len(lengths) >= 0.7


def test_when_generating_1000_then_it_takes_a_few_seconds():
    started = time.perf_counter()
    for _ in generate(1, 1000, "train"):
        pass
    assert time.perf_counter() - started < 6.0  # 10,000 must stay well under a minute


@pytest.mark.parametrize(
    "split,mix",
    [
        ("nope", "mixed"),  # unknown split
        ("train", "nope"),  # unknown mix / profile
    ],
)
def test_when_split_or_profile_unknown_then_value_error(split, mix):
    with pytest.raises(ValueError):
        list(generate(1, 1, split, mix))


def test_when_reading_plain_and_gzip_then_same_dicts(tmp_path):
    convs = list(generate(2, 5, "dev"))
    write_corpus(tmp_path / "a.jsonl", convs)
    write_corpus(tmp_path / "a.jsonl.gz", convs)
    assert list(read_corpus(tmp_path / "a.jsonl")) == list(read_corpus(tmp_path / "a.jsonl.gz")) == convs
