"""``corpus split``: seeded, stratified, by conversation; and the researcher path it opens (split, train, eval)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.corpora.reader import read_conversations
from convowatch.nlp.corpora.split import split_conversations
from convowatch.nlp.types import Conversation, Message
from convowatch.service.cli import app


def _convs(n_pos: int, n_neg: int) -> list[Conversation]:
    out = []
    for i in range(n_pos + n_neg):
        pos = i < n_pos
        msg = Message(conversation_id=f"c{i}", message_id="m0", sender_id="a", ts=datetime(2026, 1, 1, tzinfo=timezone.utc), text="hi")
        out.append(Conversation(conversation_id=f"c{i}", messages=(msg,), labels={c: int(pos and c == "grooming") for c in CATEGORIES}))
    return out


def test_when_a_corpus_is_split_then_conversations_are_disjoint_stratified_and_the_seed_fixes_the_assignment():
    convs = _convs(40, 160)
    a = split_conversations(convs, dev=0.15, test=0.15, seed=3)
    ids = {name: {c.conversation_id for c in part} for name, part in a.items()}
    assert not ids["train"] & ids["dev"] and not ids["train"] & ids["test"] and not ids["dev"] & ids["test"]
    assert sum(len(v) for v in ids.values()) == 200
    for name, share in (("test", 0.15), ("dev", 0.15)):
        assert sum(1 for c in a[name] if c.labels["grooming"]) == round(40 * share)  # prevalence kept per split
        assert len(a[name]) == round(40 * share) + round(160 * share)
    assert split_conversations(convs, seed=3) == a
    assert split_conversations(convs, seed=4)["test"] != a["test"]
    # adding conversations moves at most the few at a split boundary
    extra = [Conversation(conversation_id=f"new{i}", messages=c.messages, labels=c.labels) for i, c in enumerate(_convs(0, 12))]
    more = split_conversations(convs + extra, seed=3)
    place = {c.conversation_id: n for n, part in a.items() for c in part}
    moved = sum(1 for n, part in more.items() for c in part if c.conversation_id in place and place[c.conversation_id] != n)
    assert moved <= 4


@pytest.mark.parametrize("dev,test", [(0.5, 0.5), (-0.1, 0.2), (0.2, 1.0)])
def test_when_the_shares_leave_nothing_to_train_on_then_the_split_is_refused(dev, test):
    with pytest.raises(ValueError, match="train share"):
        split_conversations(_convs(2, 2), dev=dev, test=test)


def test_when_a_researcher_brings_a_corpus_then_split_train_and_eval_with_baselines_run_end_to_end(tmp_path):
    from model_fixtures import make_tiny_bert, write_tiny_corpus

    corpus = tmp_path / "mine.jsonl"
    write_tiny_corpus(corpus, n=90, seed=5)
    enc = tmp_path / "tiny-bert"
    make_tiny_bert(enc)
    runner = CliRunner()
    split = runner.invoke(app, ["corpus", "split", str(corpus), "--out", str(tmp_path / "parts"), "--seed", "7"])
    assert split.exit_code == 0, split.output
    parts = {n: read_conversations(tmp_path / "parts" / f"{n}.jsonl.gz")[0] for n in ("train", "dev", "test")}
    assert sum(len(v) for v in parts.values()) == 90 and all(parts.values())
    train = runner.invoke(app, ["train", "--train", str(tmp_path / "parts" / "train.jsonl.gz"), "--dev", str(tmp_path / "parts" / "dev.jsonl.gz"),
                                "--out", str(tmp_path / "model"), "--encoder", str(enc), "--epochs", "3", "--hidden", "32",
                                "--window", "6", "--backend", "torch", "--no-decision", "--no-progress"])
    assert train.exit_code == 0, train.output
    report = tmp_path / "eval.json"
    ev = runner.invoke(app, ["eval", "--corpus", str(tmp_path / "parts" / "test.jsonl.gz"), "--model", str(tmp_path / "model"),
                             "--baselines", "--train-corpus", str(tmp_path / "parts" / "train.jsonl.gz"),
                             "--train-corpus", str(tmp_path / "parts" / "dev.jsonl.gz"), "--json", str(report)])
    assert ev.exit_code == 0, ev.output
    doc = json.loads(report.read_text())
    assert set(doc["baselines"]["auprc"]) >= {"convowatch", "tfidf"}  # side by side, on the researcher's own held-out part
    assert doc["baselines"]["train_corpus"].endswith("train.jsonl.gz + " + str(tmp_path / "parts" / "dev.jsonl.gz"))  # every file the model saw
    assert doc["runs"][doc["primary"]]["n_conversations"] == len(parts["test"])


def test_when_the_corpus_to_split_is_malformed_or_the_shares_leave_no_train_then_the_command_says_so(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"conversation_id": "c1", "messages": "nope"}\n')
    runner = CliRunner()
    result = runner.invoke(app, ["corpus", "split", str(bad), "--out", str(tmp_path / "parts")])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output and not (tmp_path / "parts").exists()
    good = tmp_path / "good.jsonl"
    good.write_text('{"conversation_id": "c1", "labels": {}, "messages": [{"message_id": "m", "sender_id": "a", '
                    '"ts": "2026-01-01T00:00:00Z", "text": "hi"}]}\n')
    result = runner.invoke(app, ["corpus", "split", str(good), "--out", str(tmp_path / "p2"), "--dev", "0.5", "--test", "0.5"])
    assert result.exit_code == 2 and "train share" in result.output
