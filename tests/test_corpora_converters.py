"""PAN-2012, eRisk and CSV converters on hand-written fixtures that follow the public formats.

Each converter's output goes through the corpus writer and back through the reader
(the round trip ``eval`` and ``train`` depend on).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from convowatch.nlp.corpora.common import ConvertStats, CorpusError
from convowatch.nlp.corpora.csv import convert_csv
from convowatch.nlp.corpora.erisk import convert_erisk, read_golden_truth
from convowatch.nlp.corpora.pan12 import convert_pan12, read_predators
from convowatch.nlp.corpora.reader import read_conversations
from convowatch.nlp.corpora.writer import write_corpus
from convowatch.service.cli import app

FIX = Path(__file__).parent / "fixtures"
PAN = FIX / "pan12"
ERISK = FIX / "erisk"
CSV = FIX / "csv"
PREDATOR = "5f4dcc3b5aa765d61d8327deb882cf99"


def roundtrip(tmp_path, conversations, name="out.jsonl"):
    conversations = list(conversations)
    write_corpus(tmp_path / name, conversations)
    back, stats = read_conversations(tmp_path / name)
    assert back == conversations and stats.skipped == 0
    return back


# -- PAN-2012 ---------------------------------------------------------------------------


def test_when_pan12_converted_then_predator_chats_are_grooming_positive(tmp_path):
    stats = ConvertStats()
    convs = roundtrip(tmp_path, convert_pan12(PAN / "conversations.xml", read_predators(PAN / "predators.txt"), stats=stats))
    by_id = {c.conversation_id: c for c in convs}
    pos = by_id["a1b2c3d4e5f60718293a4b5c6d7e8f90"]
    neg = by_id["0f0e0d0c0b0a09080706050403020100"]
    assert pos.labels == {"grooming": 1, "bullying": 0, "self_harm": 0} and pos.onset == {"grooming": 0}
    assert not any(neg.labels.values()) and neg.onset == {}
    # the empty message (line 3) is dropped; ids keep PAN's line numbers
    assert [m.message_id for m in pos.messages] == ["1", "2", "4", "5", "6"]
    # entities are decoded
    assert neg.messages[1].text == "try clearing the cache & rebuilding"
    # the all-empty conversation is dropped and counted
    assert "ffffeeeeddddccccbbbbaaaa99998888" not in by_id
    assert (stats.conversations, stats.positives, stats.dropped_empty_messages, stats.dropped_empty_conversations) == (2, 1, 2, 1)
    # no role/age meta that would leak the label into speaker rules
    assert all(not m.meta for m in pos.messages)


def test_when_pan12_clock_passes_midnight_then_the_date_rolls_over():
    [pos, _] = convert_pan12(PAN / "conversations.xml", {PREDATOR})
    ts = [m.ts.isoformat() for m in pos.messages]
    assert ts[2] == "2012-01-01T23:58:00+00:00" and ts[3] == "2012-01-02T00:03:00+00:00"
    assert ts == sorted(ts)


def test_when_predator_speaks_later_then_onset_is_their_first_message():
    # the decoy's id as "predator": its first message is index 1
    [pos, _] = convert_pan12(PAN / "conversations.xml", {"e99a18c428cb38d5f260853678922e03"})
    assert pos.onset == {"grooming": 1}


def test_when_pan12_xml_is_malformed_then_error_names_line_not_content(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<conversations>\n<conversation id="x">\n<message line="1"><text>PRIVATE words</message>\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"^bad.xml:3: xml: malformed XML") as info:
        list(convert_pan12(bad, set()))
    assert "PRIVATE" not in str(info.value)


# -- eRisk --------------------------------------------------------------------------------


def test_when_erisk_converted_then_subjects_become_date_ordered_conversations(tmp_path):
    stats = ConvertStats()
    convs = roundtrip(tmp_path, convert_erisk(ERISK, read_golden_truth(ERISK / "risk_golden_truth.txt"), stats=stats), "e.jsonl.gz")
    by_id = {c.conversation_id: c for c in convs}
    assert set(by_id) == {"subject101", "subject202"}  # subject303 has no ground truth
    s101 = by_id["subject101"]
    assert s101.labels["self_harm"] == 1 and s101.onset == {"self_harm": 0}
    # two chunk files merged, sorted by date, the blank writing dropped, title + text joined
    assert [m.ts.day for m in s101.messages] == [1, 2, 5]
    assert s101.messages[1].text.startswith("rough week\n\n")
    assert {m.sender_id for m in s101.messages} == {"subject101"}
    assert by_id["subject202"].labels == {"grooming": 0, "bullying": 0, "self_harm": 0}
    assert (stats.conversations, stats.positives, stats.unlabelled_skipped, stats.dropped_empty_messages) == (2, 1, 1, 1)


@pytest.mark.parametrize(
    "content, line",
    [
        ("subject1 1\nsubject2 maybe\n", 2),  # label not 0/1
        ("subject1\n", 1),  # no label
    ],
)
def test_when_golden_truth_is_malformed_then_error_names_the_line(tmp_path, content, line):
    p = tmp_path / "truth.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"^truth.txt:{line}: label:"):
        read_golden_truth(p)


def test_when_erisk_category_is_unknown_then_it_is_refused():
    with pytest.raises(ValueError, match="unknown category"):
        list(convert_erisk(ERISK, {}, category="depression"))


# -- CSV --------------------------------------------------------------------------------


def test_when_csv_has_no_conversation_column_then_each_row_is_a_conversation(tmp_path):
    convs = roundtrip(tmp_path, convert_csv(CSV / "messages.csv", category="bullying"))
    assert [(c.conversation_id, c.labels["bullying"]) for c in convs] == [("row2", 1), ("row3", 0), ("row4", 0), ("row5", 1)]
    assert all(c.message_labels == () for c in convs)  # no --subtype, no message labels


def test_when_csv_rows_share_a_conversation_then_they_are_grouped_with_onset_and_message_labels(tmp_path):
    convs = roundtrip(tmp_path, convert_csv(CSV / "threads.csv", category="bullying", subtype="insult"))
    t1, t2 = convs
    assert [m.sender_id for m in t1.messages] == ["ana", "ben", "ana"]
    assert t1.labels["bullying"] == 1 and t1.onset == {"bullying": 1}
    assert t1.message_labels == (None, {"bullying": "insult"}, None)
    assert t2.labels["bullying"] == 0 and t2.messages[0].ts.isoformat() == "2024-02-02T08:00:00+00:00"  # +01:00 -> UTC


def test_when_positive_label_given_then_only_those_values_are_positive(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("text,label\na,toxic\nb,clean\nc,TOXIC\n", encoding="utf-8")
    convs = list(convert_csv(p, category="bullying", positive_labels=["toxic"]))
    assert [c.labels["bullying"] for c in convs] == [1, 0, 1]


@pytest.mark.parametrize(
    "content, match",
    [
        ("text,label\nfine,1\nother,maybe\n", r"^bad.csv:3: label:"),  # unknown label value
        ("body,label\nx,1\n", r"^bad.csv:1: text: missing column"),  # no text column
        ("text,label,ts\nx,1,soon\n", r"^bad.csv:2: ts: not an ISO-8601"),  # bad timestamp
    ],
)
def test_when_csv_is_bad_then_error_names_line_and_column(tmp_path, content, match):
    p = tmp_path / "bad.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=match) as info:
        list(convert_csv(p, category="bullying"))
    assert "fine" not in str(info.value) and "other" not in str(info.value)


def test_when_csv_subtype_does_not_fit_the_category_then_it_is_refused():
    with pytest.raises(ValueError, match="unknown subtype"):
        list(convert_csv(CSV / "messages.csv", category="bullying", subtype="farewell"))


# -- CLI --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, n",
    [
        (["--format", "pan12", str(PAN / "conversations.xml"), "OUT", "--predators", str(PAN / "predators.txt")], 2),
        (["--format", "erisk", str(ERISK), "OUT", "--truth", str(ERISK / "risk_golden_truth.txt")], 2),
        (["--format", "csv", str(CSV / "threads.csv"), "OUT", "--category", "bullying"], 2),
    ],
)
def test_when_corpus_convert_runs_then_output_reads_back(tmp_path, args, n):
    out = tmp_path / "out.jsonl.gz"
    result = CliRunner().invoke(app, ["corpus", "convert", *[str(out) if a == "OUT" else a for a in args]])
    assert result.exit_code == 0, result.output
    convs, stats = read_conversations(out)
    assert len(convs) == n and stats.skipped == 0


def test_when_corpus_convert_fails_then_exit_2_and_no_partial_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["corpus", "convert", "--format", "csv", str(CSV / "bad_label.csv"), str(out), "--category", "bullying"])
    assert result.exit_code == 2 and "bad_label.csv:3: label" in result.output
    assert not out.exists()
    missing = CliRunner().invoke(app, ["corpus", "convert", "--format", "pan12", str(PAN / "conversations.xml"), str(out)])
    assert missing.exit_code == 2 and "--predators" in missing.output
