"""Write conversations as corpus JSONL (docs/formats.md), plain or gzipped.

The converters write through here so everything they produce reads back with
:class:`~convowatch.nlp.corpora.reader.CorpusReader` (their tests check the round trip).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import IO, Any, Iterable

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


def open_text_out(path: str | Path) -> IO[str]:
    """Open an output file for UTF-8 text; gzip when the name ends in ``.gz``."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.suffix == ".gz":
        return gzip.open(p, "wt", encoding="utf-8")
    return open(p, "w", encoding="utf-8")


def write_corpus(path: str | Path, conversations: Iterable[Conversation]) -> int:
    """Write conversations one per line.

    Returns:
        How many conversations were written.
    """
    n = 0
    with open_text_out(path) as fh:
        for conv in conversations:
            fh.write(json.dumps(conversation_to_dict(conv), ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
    return n
