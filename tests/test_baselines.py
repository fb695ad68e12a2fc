"""The TF-IDF baseline, whole-conversation and streamed (scored message by message, as the analyzer is)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np

from convowatch.nlp.baselines import BASELINES, TfidfBaseline, run_baselines
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.types import Conversation, Message

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
RISKY = ["nobody likes you loser", "ur so pathetic and ugly", "everyone laughs at you loser"]
BENIGN = ["see you at practice", "what time is dinner", "that movie was good", "bring snacks tomorrow",
          "my bus is late again", "did you finish the homework"]


def conv(cid: str, texts: list[str], bullying: bool) -> Conversation:
    msgs = tuple(Message(cid, f"m{i}", "a" if i % 2 else "b", T0 + timedelta(seconds=i), t, {}) for i, t in enumerate(texts))
    labels = {c: int(c == "bullying" and bullying) for c in CATEGORIES}
    return Conversation(cid, msgs, labels, {}, {}, tuple(None for _ in texts))


def corpus(n: int, seed: int) -> list[Conversation]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        texts = [BENIGN[int(k)] for k in rng.integers(0, len(BENIGN), 4)]
        if i % 2:
            texts[int(rng.integers(0, 4))] = RISKY[int(rng.integers(0, len(RISKY)))]
        out.append(conv(f"c{i}", texts, bool(i % 2)))
    return out


def test_when_a_conversation_has_one_message_then_streamed_and_whole_scores_agree():
    b = TfidfBaseline().fit(corpus(40, 0))
    single = [replace(c, messages=c.messages[:1]) for c in corpus(10, 1)]
    whole, streamed = b.score(single), b.score_streamed(single)
    for c in CATEGORIES:
        np.testing.assert_allclose(streamed[c], whole[c], atol=1e-9)


def test_when_an_insult_comes_first_and_filler_follows_then_the_streamed_score_keeps_its_peak():
    b = TfidfBaseline().fit(corpus(40, 0))
    c = conv("late", [RISKY[0], *BENIGN], True)
    early = b.score([replace(c, messages=c.messages[:1])])["bullying"][0]
    whole = b.score([c])["bullying"][0]
    streamed = b.score_streamed([c])["bullying"][0]
    assert whole < early  # the whole-conversation bag dilutes the insult
    assert streamed == max(streamed, whole) and abs(streamed - early) < 1e-9  # the streamed one keeps the first prefix


def test_when_baselines_run_then_the_streamed_tfidf_is_reported_beside_the_whole_conversation_one():
    scores = run_baselines(corpus(40, 0), {"eval": corpus(20, 2)}, encoder=None)
    assert "tfidf_streamed" in BASELINES and {"tfidf", "tfidf_streamed"} <= set(scores)
    assert scores["tfidf_streamed"]["eval"]["bullying"] > 0.5


def test_when_a_model_folder_records_committed_training_files_then_baselines_default_to_them(tmp_path):
    # the side-by-side table is only fair when the baselines see the model's own training data
    import hashlib
    import json

    from convowatch.service.cli.evaluate import model_train_files
    from convowatch.synthetic import corpus_dir

    names = ["v2_train_sorrel.jsonl.gz", "v2_train_juniper.jsonl.gz"]
    shas = [hashlib.sha256((corpus_dir() / n).read_bytes()).hexdigest() for n in names]
    folder = tmp_path / "m"
    folder.mkdir()
    record = {"training": {"train_file": ",".join(names), "train_sha256": ",".join(shas)}}
    (folder / "config.json").write_text(json.dumps(record), encoding="utf-8")
    assert model_train_files(str(folder)) == [corpus_dir() / n for n in names]
    # a file changed since training: no silent substitution, the caller falls back and says so
    record["training"]["train_sha256"] = ",".join([shas[0], "0" * 64])
    (folder / "config.json").write_text(json.dumps(record), encoding="utf-8")
    assert model_train_files(str(folder)) is None
    assert model_train_files("none") is None
    assert model_train_files(str(tmp_path / "missing")) is None
