"""The paired bootstrap of two models' AUPRC, and the eval command's per-conversation scores it reads."""

from __future__ import annotations

import json

import numpy as np
import pytest

from convowatch.nlp.compare import ScoreRow, paired_bootstrap, read_scores


def _rows(scores_groom: np.ndarray, labels: np.ndarray) -> list[ScoreRow]:
    return [ScoreRow(conversation_id=f"c{i}", labels={"grooming": int(y), "bullying": 0, "self_harm": 0},
                     max_score={"grooming": float(s), "bullying": 0.0, "self_harm": 0.0})
            for i, (s, y) in enumerate(zip(scores_groom, labels))]


def test_when_a_model_is_compared_with_itself_then_the_difference_is_zero_and_never_above():
    rng = np.random.default_rng(0)
    y = rng.random(200) < 0.2
    a = _rows(rng.random(200) + 0.5 * y, y)
    out = paired_bootstrap(a, list(reversed(a)), n=200)  # row order does not matter: paired by id
    assert list(out) == ["grooming"]  # bullying and self-harm have no positive: not compared
    d = out["grooming"]
    assert d.diff == 0.0 and d.low == 0.0 and d.high == 0.0 and d.p_not_above == 1.0 and d.positives == int(y.sum())


def test_when_one_model_ranks_far_better_then_the_interval_excludes_zero_and_a_small_gain_does_not():
    rng = np.random.default_rng(1)
    y = rng.random(400) < 0.15
    noise = rng.random(400)
    weak, strong = _rows(noise + 0.3 * y, y), _rows(noise + 1.5 * y, y)
    big = paired_bootstrap(weak, strong, n=300, seed=3)["grooming"]
    assert big.diff > 0.2 and big.low > 0.0 and big.p_not_above == 0.0
    slightly = _rows(noise + 0.33 * y, y)
    small = paired_bootstrap(weak, slightly, n=300, seed=3)["grooming"]
    assert 0.0 < small.diff < big.diff and small.low < small.diff < small.high
    assert paired_bootstrap(weak, strong, n=300, seed=3) == {"grooming": big}  # seeded


def test_when_the_files_are_of_different_conversations_or_labels_then_they_are_refused():
    rng = np.random.default_rng(2)
    y = rng.random(50) < 0.3
    a = _rows(rng.random(50), y)
    with pytest.raises(ValueError, match="not of the same conversations"):
        paired_bootstrap(a, a[:-1])
    flipped = _rows(rng.random(50), ~y)
    with pytest.raises(ValueError, match="disagree on a conversation's labels"):
        paired_bootstrap(a, flipped)


def test_when_a_score_file_has_a_bad_line_then_reading_names_the_file_and_line(tmp_path):
    p = tmp_path / "s.jsonl"
    good = {"conversation_id": "c1", "labels": {"grooming": 1}, "max_score": {"grooming": 0.9}}
    p.write_text(json.dumps(good) + "\n" + json.dumps({"conversation_id": "c2"}) + "\n")
    with pytest.raises(ValueError, match=r"s\.jsonl:2: not a score row"):
        read_scores(p)


def test_when_eval_writes_scores_then_each_conversation_has_its_labels_and_highest_scores_and_no_text(tmp_path):
    from typer.testing import CliRunner

    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    out, js = tmp_path / "scores.jsonl", tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", "--corpus", str(demo_corpus_path()), "--model", "none",
                                      "--scores", str(out), "--json", str(js)])
    assert result.exit_code == 0, result.output
    rows = read_scores(out)
    convs, _ = read_conversations(demo_corpus_path())
    assert [r.conversation_id for r in rows] == [c.conversation_id for c in convs]
    assert all(r.labels == {k: int(c.labels.get(k, 0)) for k in r.labels} for r, c in zip(rows, convs))
    texts = {m.text for c in convs for m in c.messages if len(m.text) > 12}
    raw = out.read_text()
    assert not any(t in raw for t in texts)  # scores and labels only
    doc = json.loads(js.read_text())  # the file's scores are the ones the report summarises
    from convowatch.nlp.metrics import average_precision

    for c, m in doc["runs"][doc["primary"]]["categories"].items():
        if m.get("auprc") is not None:
            assert average_precision([r.labels[c] for r in rows], [r.max_score[c] for r in rows]) == pytest.approx(m["auprc"])
        assert sum(r.flagged[c] for r in rows) == m["n_pred"]  # the flags the report counts
    assert any(any(r.flagged.values()) for r in rows)  # the demo's risky conversations flag
