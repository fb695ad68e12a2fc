"""`convowatch train` and `tune` refuse the splits that measure a model: test, validation and their streams."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("option, split_file, named", [
    ("--train", "v2_val.jsonl.gz", "val"),
    ("--dev", "v2_test.jsonl.gz", "test"),
    ("--operating-stream", "v2_stream.jsonl.gz", "stream"),
    ("--train", "v2_val2.jsonl.gz", "val2"),
    ("--operating-stream", "v2_stream_val2.jsonl.gz", "stream_val2"),
    ("--dev", "v2_val3.jsonl.gz", "val3"),
    ("--train", "v2_val4.jsonl.gz", "val4"),
    ("--operating-stream", "v2_stream_val4.jsonl.gz", "stream_val4"),
])
def test_when_a_held_out_split_is_given_for_training_then_the_command_refuses_it_naming_option_file_and_split(
        tmp_path, option, split_file, named):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.synthetic import corpus_dir

    train, dev = str(corpus_dir() / "v2_dev.jsonl.gz"), str(corpus_dir() / "v2_dev.jsonl.gz")
    args = {"--train": train, "--dev": dev}
    args[option] = str(corpus_dir() / split_file)
    argv = ["train", "--out", str(tmp_path / "m"), *[x for kv in args.items() for x in kv]]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2, result.output
    out = " ".join(result.output.split())
    assert option in out and split_file in out and f"held-out split {named}" in out
    assert not (tmp_path / "m").exists()


def test_when_conversations_say_they_are_held_out_then_the_check_names_the_file_and_only_those_splits():
    from pathlib import Path

    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.corpora.held_out import HELD_OUT_SPLITS, HeldOutSplit, check_not_held_out
    from convowatch.synthetic import corpus_dir

    dev = read_corpus(corpus_dir() / "v2_dev.jsonl.gz")[:5]
    check_not_held_out(dev, Path("dev.jsonl"), "dev")  # a train-writer split passes
    assert {"test", "val", "stream", "stream_val", "val2", "stream_val2", "val3", "stream_val3", "val4", "stream_val4"} <= HELD_OUT_SPLITS and "stream_dev" not in HELD_OUT_SPLITS
    # every validation split the corpus builds, and its stream, is refused: a new validation
    # writer cannot be added to the corpus and forgotten here (nlp may not import the corpus tools)
    from convowatch.synthetic.v2.writers import VALIDATION_WRITERS

    assert {*VALIDATION_WRITERS, *(f"stream_{split}" for split in VALIDATION_WRITERS)} <= HELD_OUT_SPLITS
    val = read_corpus(corpus_dir() / "v2_val.jsonl.gz")[:5]
    with pytest.raises(HeldOutSplit, match=r"mine\.jsonl: .*held-out split val"):
        check_not_held_out([*dev, *val], Path("mine.jsonl"), "train")


def test_when_tune_is_pointed_at_the_test_writers_stream_then_it_refuses_before_loading_a_model(tmp_path):
    from typer.testing import CliRunner

    from convowatch.service.cli import app
    from convowatch.synthetic import corpus_dir

    (tmp_path / "m").mkdir()
    result = CliRunner().invoke(app, ["tune", "--dev", str(corpus_dir() / "v2_stream.jsonl.gz"), "--model", str(tmp_path / "m"),
                                      "--max-benign-fpr", "0.005", "--write"])
    out = " ".join(result.output.split())
    assert result.exit_code == 2 and "--dev" in out and "held-out split stream" in out, result.output
    assert not (tmp_path / "m" / "config.json").exists()
