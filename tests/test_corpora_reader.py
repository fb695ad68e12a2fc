"""Corpus/stream JSONL reader: typed records, line+field errors that never hold text, skipping."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from convowatch.nlp.corpora.reader import CorpusError, CorpusReader, group_stream, read_conversations
from convowatch.nlp.corpora.writer import write_corpus
from convowatch.nlp.types import Conversation, Message

SECRET = "PRIVATE-TEXT-7f3a"  # must never appear in an error


def msg(i, **over):
    d = {"message_id": f"m{i}", "sender_id": "u1", "ts": "2026-05-01T18:00:00Z", "text": f"{SECRET} {i}"}
    d.update(over)
    return d


def convo(**over):
    d = {"conversation_id": "c1", "labels": {"grooming": 1}, "onset": {"grooming": 1},
         "meta": {"lang": "en"}, "messages": [msg(0), msg(1, labels={"grooming": "rapport"}), msg(2)]}
    d.update(over)
    return d


def write_lines(path, lines):
    path.write_bytes(b"".join((l if isinstance(l, bytes) else l.encode()) + b"\n" for l in lines))
    return path


def test_when_corpus_line_valid_then_a_typed_conversation_is_yielded(tmp_path):
    p = write_lines(tmp_path / "in.jsonl", [json.dumps(convo())])
    [c] = list(CorpusReader(p))
    assert isinstance(c, Conversation)
    assert c.labels == {"grooming": 1, "bullying": 0, "self_harm": 0}  # missing categories count as 0
    assert c.onset == {"grooming": 1} and c.meta == {"lang": "en"}
    assert c.message_labels == (None, {"grooming": "rapport"}, None)
    assert c.messages[1].ts.tzinfo is not None and c.messages[1].conversation_id == "c1"


def test_when_stream_lines_given_then_messages_are_yielded_and_grouped_in_order(tmp_path):
    lines = [json.dumps({"conversation_id": cid, **msg(i)}) for i, cid in enumerate(["a", "b", "a"])]
    p = write_lines(tmp_path / "s.jsonl", lines + [""])  # a blank line is not an error
    records = list(CorpusReader(p))
    assert all(isinstance(r, Message) for r in records)
    groups = group_stream(records)
    assert [(g.conversation_id, [m.message_id for m in g.messages]) for g in groups] == [("a", ["m0", "m2"]), ("b", ["m1"])]
    assert all(not any(g.labels.values()) for g in groups)


@pytest.mark.parametrize(
    "line, field, reason",
    [
        # malformed JSON
        (b'{"conversation_id": "c1", "messages": [', "json", "malformed JSON"),
        # not an object
        (b"[1, 2]", "record", "expected a JSON object"),
        # neither kind of record
        (json.dumps({"conversation_id": "c1"}).encode(), "record", "neither a conversation"),
        # missing required message field
        (json.dumps(convo(messages=[msg(0), {k: v for k, v in msg(1).items() if k != "sender_id"}])).encode(),
         "messages[1].sender_id", "missing required field"),
        # bad timestamp
        (json.dumps(convo(messages=[msg(0), msg(1), msg(2), msg(3, ts="yesterday-ish")])).encode(),
         "messages[3].ts", "not an ISO-8601 timestamp"),
        # a number is not an ISO-8601 timestamp either
        (json.dumps(convo(messages=[msg(0, ts=1714586400)])).encode(), "messages[0].ts", "not an ISO-8601 timestamp"),
        # empty text
        (json.dumps(convo(messages=[msg(0, text="")])).encode(), "messages[0].text", "must not be empty"),
        # text must be a string
        (json.dumps(convo(messages=[msg(0, text=["x"])])).encode(), "messages[0].text", "valid string"),
        # label value must be 0/1
        (json.dumps(convo(labels={"grooming": 2})).encode(), "labels.grooming", "expected 0 or 1"),
        # unknown category in labels
        (json.dumps(convo(labels={"spam": 1})).encode(), "labels.spam", "unknown category"),
        # onset outside the conversation
        (json.dumps(convo(onset={"grooming": 3})).encode(), "onset.grooming", "outside the 3 messages"),
        # unknown message-level subtype
        (json.dumps(convo(onset={}, messages=[msg(0, labels={"grooming": "hug"})])).encode(), "messages[0].labels.grooming", "unknown subtype"),
        # duplicate message id
        (json.dumps(convo(messages=[msg(0), msg(0)])).encode(), "messages[1].message_id", "duplicate"),
        # no messages
        (json.dumps(convo(messages=[])).encode(), "messages", "must not be empty"),
        # stream line without conversation_id
        (json.dumps(msg(0)).encode(), "conversation_id", "missing required field"),
        # invalid UTF-8 (the byte offset, not the bytes)
        (b'{"conversation_id": "c1", "text": "caf\xe9 ' + SECRET.encode() + b'"}', "encoding", "not valid UTF-8"),
    ],
)
def test_when_line_is_bad_then_error_names_line_and_field_never_text(tmp_path, line, field, reason):
    good = json.dumps(convo()).encode()
    p = write_lines(tmp_path / "input.jsonl", [good, good.replace(b'"c1"', b'"c2"'), line])
    with pytest.raises(CorpusError) as info:
        list(CorpusReader(p))
    err = info.value
    assert (err.line, err.field) == (3, field)
    assert str(err).startswith(f"input.jsonl:3: {field}: ") and reason in str(err)
    assert SECRET not in str(err) and "yesterday" not in str(err)


def test_when_text_too_long_then_error_names_the_limit(tmp_path):
    p = write_lines(tmp_path / "input.jsonl", [json.dumps(convo(onset={}, messages=[msg(0, text="x" * 11)]))])
    with pytest.raises(CorpusError, match=r"input.jsonl:1: messages\[0\].text: longer than 10 characters"):
        list(CorpusReader(p, max_text_chars=10))


def test_when_skip_invalid_then_bad_lines_are_counted_and_every_valid_one_kept(tmp_path):
    good = [json.dumps(convo(conversation_id=f"c{i}")) for i in range(3)]
    lines = [good[0], "{not json", good[1], json.dumps(convo(onset={"grooming": 9})), b"\xff\xfe", good[2]]
    p = write_lines(tmp_path / "in.jsonl", lines)
    reader = CorpusReader(p, skip_invalid=True)
    got = [c.conversation_id for c in reader]
    assert got == ["c0", "c1", "c2"]
    assert reader.skipped == 3 and reader.stats.lines == 6
    assert [(e.line, e.field) for e in reader.stats.errors] == [(2, "json"), (4, "onset.grooming"), (5, "encoding")]


def test_when_file_is_gzipped_then_it_reads_the_same(tmp_path):
    plain = write_lines(tmp_path / "in.jsonl", [json.dumps(convo())])
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    assert list(CorpusReader(gz)) == list(CorpusReader(plain))


def test_when_gzip_is_corrupt_then_error_names_the_file_not_content(tmp_path):
    data = gzip.compress((json.dumps(convo()) + "\n").encode() * 50)
    p = tmp_path / "bad.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorpusError, match="bad.jsonl.gz:.*file: corrupt gzip stream"):
        list(CorpusReader(p))


def test_when_given_a_binary_stream_then_it_reads_from_it():
    raw = (json.dumps(convo()) + "\n").encode()
    [c] = list(CorpusReader(io.BytesIO(raw), name="upload"))
    assert c.conversation_id == "c1"
    with pytest.raises(CorpusError, match="^upload:1: json"):
        list(CorpusReader(io.BytesIO(b"{"), name="upload"))


def test_when_corpus_written_then_it_reads_back_identically(tmp_path):
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(convo()), json.dumps(convo(conversation_id="c9", onset={}, meta={}))])
    first, _ = read_conversations(src)
    for name in ("out.jsonl", "out.jsonl.gz"):
        write_corpus(tmp_path / name, first)
        again, stats = read_conversations(tmp_path / name)
        assert again == first and stats.skipped == 0


def test_when_mixed_file_read_then_stream_messages_become_benign_conversations(tmp_path):
    p = write_lines(tmp_path / "mix.jsonl", [json.dumps(convo()), json.dumps({"conversation_id": "s1", **msg(0)})])
    convs, stats = read_conversations(p)
    assert [c.conversation_id for c in convs] == ["c1", "s1"]
    assert stats.conversations == 1 and stats.stream_messages == 1


def test_when_demo_corpus_read_then_it_is_valid():
    from convowatch.service.cli._common import demo_corpus_path

    convs, stats = read_conversations(demo_corpus_path())
    assert stats.skipped == 0 and len(convs) >= 4
    assert any(c.labels["grooming"] for c in convs) and any(not any(c.labels.values()) for c in convs)


def test_when_a_corpus_is_written_by_either_writer_then_the_file_is_byte_stable_and_reads_back(tmp_path) -> None:
    """Issue 9 (#5): one file writer (``write_lines``) behind the corpus writer and the
    synthetic generator; gzip output is the same bytes every time."""
    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.nlp.corpora.writer import write_corpus
    from convowatch.service.cli._common import demo_corpus_path
    from convowatch.synthetic.io import read_corpus as read_dicts
    from convowatch.synthetic.io import write_corpus as write_dicts

    convs, _ = read_conversations(demo_corpus_path())
    a, b = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    assert write_corpus(a, convs) == len(convs) and write_corpus(b, convs) == len(convs)
    assert a.read_bytes() == b.read_bytes()
    again, _ = read_conversations(a)
    assert [c.conversation_id for c in again] == [c.conversation_id for c in convs]
    assert [m.text for c in again for m in c.messages] == [m.text for c in convs for m in c.messages]
    d1, d2 = tmp_path / "d1.jsonl.gz", tmp_path / "d2.jsonl.gz"
    write_dicts(d1, read_dicts(a))
    write_dicts(d2, read_dicts(d1))
    assert d1.read_bytes() == d2.read_bytes()
