"""`convowatch score` end to end on the bundled demo corpus and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from convowatch.service.cli import app
from convowatch.service.cli._common import demo_corpus_path

runner = CliRunner()


def _score(*args: str) -> tuple[int, list[dict], str]:
    res = runner.invoke(app, ["score", "--model", "none", *args])
    lines = [json.loads(l) for l in res.stdout.splitlines() if l.startswith("{")]
    return res.exit_code, lines, res.stderr


@pytest.fixture(scope="module")
def demo_results():
    code, lines, err = _score("--no-summary")
    assert code == 0, err
    return lines


def _flagged_by_conversation(lines: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in lines:
        out.setdefault(a["conversation_id"], set()).update(a["flagged"])
    return out


def test_when_scoring_the_demo_corpus_then_every_risky_conversation_is_flagged_for_its_category(demo_results):
    flagged = _flagged_by_conversation(demo_results)
    demo = [json.loads(l) for l in demo_corpus_path().read_text().splitlines() if l.strip()]
    for conv in demo:
        expected = {c for c, v in conv["labels"].items() if v}
        got = flagged[conv["conversation_id"]]
        assert expected <= got, (conv["conversation_id"], expected, got)


def test_when_scoring_the_demo_corpus_then_hard_negatives_are_left_alone(demo_results):
    flagged = _flagged_by_conversation(demo_results)
    demo = [json.loads(l) for l in demo_corpus_path().read_text().splitlines() if l.strip()]
    benign = [c["conversation_id"] for c in demo if not any(c["labels"].values())]
    assert benign, "the demo corpus must have hard negatives"
    assert {cid: flagged[cid] for cid in benign if flagged[cid]} == {}


def test_when_scoring_then_one_assessment_per_message_with_explanations(demo_results):
    demo = [json.loads(l) for l in demo_corpus_path().read_text().splitlines() if l.strip()]
    assert len(demo_results) == sum(len(c["messages"]) for c in demo)
    flagged = [a for a in demo_results if a["newly_flagged"]]
    assert flagged and all(a["reasons"] for a in flagged)
    for a in flagged:
        for r in a["reasons"]:
            assert {"category", "detector", "message_id", "span", "score", "severity"} <= set(r)


def test_when_a_line_is_malformed_then_error_names_line_and_field_and_nothing_is_scored(tmp_path: Path):
    good = {"conversation_id": "c", "message_id": "1", "sender_id": "a", "ts": "2026-01-01T00:00:00Z", "text": "secret words here"}
    bad = dict(good, message_id="2", ts="yesterday")
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    code, lines, err = _score(str(f))
    assert code == 2
    assert "in.jsonl:2" in err and "ts" in err
    assert "secret words" not in err  # errors name fields, never text
    assert lines == []


def test_when_skip_invalid_then_valid_lines_are_scored_and_bad_ones_counted(tmp_path: Path):
    good = {"conversation_id": "c", "message_id": "1", "sender_id": "a", "ts": "2026-01-01T00:00:00Z", "text": "hello"}
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(dict(good, message_id="3")) + "\n")
    code, lines, err = _score(str(f), "--skip-invalid")
    assert code == 0
    assert [a["message_id"] for a in lines] == ["1", "3"]
    assert "1" in err  # the skipped-lines count is reported


def test_when_file_is_missing_then_exit_2_with_a_clear_error(tmp_path: Path):
    code, _, err = _score(str(tmp_path / "nope.jsonl"))
    assert code == 2 and "no such file" in err


def test_when_a_stream_repeats_a_message_id_then_the_later_message_keeps_its_own_result(tmp_path: Path):
    """Issue 12 #10: results were looked up by id, so the first "m1" showed the flag the
    third line raised. Now each line gets its own assessment, the repeat a duplicate."""
    def line(mid: str, text: str, sec: int) -> str:
        return json.dumps({"conversation_id": "c", "message_id": mid, "sender_id": "a",
                           "ts": f"2026-01-01T00:00:{sec:02d}Z", "text": text})

    f = tmp_path / "stream.jsonl"
    f.write_text("\n".join([line("m1", "hello there", 0), line("m2", "how are you", 1),
                            line("m1", "im gonna end my life this weekend", 2)]) + "\n")
    code, lines, err = _score(str(f), "--no-summary")
    assert code == 0, err
    assert [(a["message_id"], a["flagged"], a.get("duplicate", False)) for a in lines] == [
        ("m1", [], False), ("m2", [], False), ("m1", [], True),
    ]


def test_when_skip_invalid_skips_lines_then_it_names_them(tmp_path: Path):
    good = {"conversation_id": "c", "message_id": "1", "sender_id": "a", "ts": "2026-01-01T00:00:00Z", "text": "hello"}
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(dict(good, message_id="3", ts="nope")) + "\n")
    code, _, err = _score(str(f), "--skip-invalid")
    assert code == 0
    assert "in.jsonl:2" in err and "in.jsonl:3" in err


def test_when_conversations_have_one_message_each_then_score_gathers_them_up_to_the_message_budget():
    """Issue 11: --batch counted conversations, so a comment stream (one message per
    conversation) reached the encoder 32 messages at a time; now it is a message budget."""
    from types import SimpleNamespace

    from convowatch.service.cli.score import _chunks

    singles = [SimpleNamespace(messages=[i]) for i in range(1000)]
    assert [len(c) for c in _chunks(singles, 512)] == [512, 488]
    chats = [SimpleNamespace(messages=list(range(20))) for _ in range(60)]
    sizes = [sum(len(c.messages) for c in chunk) for chunk in _chunks(chats, 512)]
    assert sizes == [520, 520, 160]  # whole conversations only: a chunk stops at the first one reaching the budget
