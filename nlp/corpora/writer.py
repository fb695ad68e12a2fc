"""Write conversations as corpus JSONL (docs/formats.md), plain or gzipped.

The converters write through here so everything they produce reads back with
:class:`~convowatch.nlp.corpora.reader.CorpusReader` (their tests check the round trip).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any, Iterable

from ..categories import CATEGORIES
from ..types import Conversation, Message


def _ts(message: Message) -> str:
    return message.ts.isoformat().replace("+00:00", "Z")


def conversation_to_dict(conv: Conversation) -> dict[str, Any]:
    """The corpus-format object for one conversation (optional fields only when set)."""
    messages = []
    for i, m in enumerate(conv.messages):
        d: dict[str, Any] = {"message_id": m.message_id, "sender_id": m.sender_id, "ts": _ts(m), "text": m.text}
        labels = conv.message_labels[i] if i < len(conv.message_labels) else None
        if labels:
            d["labels"] = dict(labels)
        if m.meta:
            d["meta"] = dict(m.meta)
        messages.append(d)
    out: dict[str, Any] = {
        "conversation_id": conv.conversation_id,
        "labels": {c: int(conv.labels.get(c, 0)) for c in CATEGORIES},
    }
    if conv.onset:
        out["onset"] = dict(conv.onset)
    if conv.meta:
        out["meta"] = dict(conv.meta)
    out["messages"] = messages
    return out


def write_lines(path: str | Path, lines: Iterable[str]) -> int:
    """Write text lines to ``path`` (gzip when the name ends in ``.gz``); return the count.

    The one file writer for corpora: UTF-8, ``\\n`` line ends, and gzip output without a
    file name and with mtime 0, so the same lines always give the same bytes (the
    synthetic generator's determinism test compares files byte for byte).
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(p, "wb") as raw:
        if p.suffix == ".gz":
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz, \
                    io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as text:
                for line in lines:
                    text.write(line)
                    count += 1
        else:
            with io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as text:
                for line in lines:
                    text.write(line)
                    count += 1
    return count


def write_corpus(path: str | Path, conversations: Iterable[Conversation]) -> int:
    """Write conversations one per line; return how many were written."""
    return write_lines(path, (json.dumps(conversation_to_dict(c), ensure_ascii=False, separators=(",", ":")) + "\n"
                              for c in conversations))
