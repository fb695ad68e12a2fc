"""`synth check`: held-out splits must not reuse train templates, and a leak must fail."""

from __future__ import annotations

import itertools

import pytest
from typer.testing import CliRunner

from convowatch.service.cli import app
from convowatch.synthetic.banks import LEXICON_KEYS, SPLITS, load_banks
from convowatch.synthetic.check import check_banks, overlap
from convowatch.synthetic.generator import generate
from convowatch.synthetic.io import write_corpus

runner = CliRunner()


def test_when_committed_corpora_are_checked_then_exit_0_and_overlap_is_small():
    result = runner.invoke(app, ["synth", "check"])
    assert result.exit_code == 0, result.output
    assert "test vs train (corpus)" in result.output and "FAIL" not in result.output


def test_when_test_is_generated_from_train_banks_then_check_exits_1(tmp_path):
    train, leaked = tmp_path / "train.jsonl.gz", tmp_path / "leaked.jsonl.gz"
    write_corpus(train, generate(1, 300, "train"))
    write_corpus(leaked, generate(2, 150, "train"))  # same banks, another seed: a leak
    result = runner.invoke(app, ["synth", "check", "--train", str(train), "--test", str(leaked)])
    assert result.exit_code == 1
    assert "FAIL" in result.output


def test_when_test_uses_its_own_banks_then_check_passes(tmp_path):
    train, test = tmp_path / "train.jsonl.gz", tmp_path / "test.jsonl.gz"
    write_corpus(train, generate(1, 300, "train"))
    write_corpus(test, generate(2, 150, "test"))
    result = runner.invoke(app, ["synth", "check", "--train", str(train), "--test", str(test)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "heldout,reference,expected",
    [
        (["dont tell your mom about us"], ["dont tell your mom about us"], 1.0),  # verbatim reuse
        (["Dont TELL ur mom!! about us"], ["dont tell ur mom about us"], 1.0),  # styling does not hide reuse
        (["keep this between the two of us"], ["dont tell your mom about us"], 0.0),  # different phrasing
    ],
)
def test_when_texts_overlap_then_share_reflects_it(heldout, reference, expected):
    assert overlap("x", heldout, reference).ngram_share == pytest.approx(expected)


def test_when_banks_are_compared_then_no_test_template_4gram_is_in_train():
    assert all(r.shared_ngrams == 0 for r in check_banks())


@pytest.mark.parametrize("a,b", list(itertools.combinations(SPLITS, 2)))
@pytest.mark.parametrize("key", [k for k in LEXICON_KEYS if k not in ("handles",)])
def test_when_lexicons_of_two_splits_are_compared_then_they_are_disjoint(a, b, key):
    assert not set(load_banks(a).lexicon[key]) & set(load_banks(b).lexicon[key])


@pytest.mark.parametrize("a,b", list(itertools.combinations(SPLITS, 2)))
def test_when_hard_negative_hooks_of_two_splits_are_compared_then_none_is_shared(a, b):
    def hooks(split):
        return {line for sc in load_banks(split).negatives.scenarios.values() for lines in sc.hooks.values() for line in lines}

    assert not hooks(a) & hooks(b)
