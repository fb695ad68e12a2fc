"""Generic CSV (``text,label[,conversation_id,sender_id,ts]``) -> corpus format.

Most public abuse and self-harm datasets are tables of labelled texts. Without a
``conversation_id`` column every row becomes a one-message conversation; with it,
rows are grouped (file order kept) and a conversation is positive when any of its
rows is, with its onset at the first positive row. Labels are read for one
``category``; with ``subtype`` the positive rows also get message-level labels.
Errors name the CSV line and column, never the text.
"""

from __future__ import annotations

import csv
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, Sequence

from ..categories import CATEGORIES, SUBTYPES
from ..types import Conversation, Message, parse_ts
from .common import DEFAULT_MAX_TEXT_CHARS, ConvertStats, CorpusError, clip_text, labelled_conversation

TRUE_LABELS = frozenset({"1", "true", "yes", "y", "positive", "pos"})
FALSE_LABELS = frozenset({"0", "false", "no", "n", "negative", "neg"})
#: Rows without a ``ts`` are spaced a minute apart from here.
DEFAULT_BASE_TS = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _label(raw: str | None, positive: frozenset[str] | None, name: str, line: int) -> int:
    value = (raw or "").strip().lower()
    if positive is not None:
        return int(value in positive)
    if value in TRUE_LABELS:
        return 1
    if value in FALSE_LABELS:
        return 0
    raise CorpusError(name, line, "label", "expected 0/1, true/false or yes/no (or pass --positive-label)")


def convert_csv(
    path: str | Path,
    *,
    category: str,
    subtype: str | None = None,
    positive_labels: Sequence[str] | None = None,
    delimiter: str = ",",
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    stats: ConvertStats | None = None,
) -> Iterator[Conversation]:
    """Convert a labelled CSV with a header row.

    Args:
        category: the category the ``label`` column is about.
        subtype: if given, positive rows get the message label ``{category: subtype}``.
        positive_labels: label values that mean positive (case-insensitive); every other
            value is negative. Default: 0/1, true/false, yes/no, anything else an error.

    Raises:
        CorpusError: missing columns, a bad label or timestamp (CSV line and column).
        ValueError: an unknown category or subtype.
    """
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {list(CATEGORIES)}")
    if subtype is not None and subtype not in SUBTYPES[category]:
        raise ValueError(f"unknown subtype {subtype!r} for {category}; expected one of {sorted(SUBTYPES[category])}")
    stats = stats if stats is not None else ConvertStats()
    positive = frozenset(v.strip().lower() for v in positive_labels) if positive_labels else None
    name = Path(path).name
    groups: OrderedDict[str, list[tuple[int, dict[str, str]]]] = OrderedDict()
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        fields = [f.strip() for f in (reader.fieldnames or [])]
        for col in ("text", "label"):
            if col not in fields:
                raise CorpusError(name, 1, col, "missing column in the header")
        reader.fieldnames = fields
        grouped = "conversation_id" in fields
        try:
            for row in reader:
                line = reader.line_num
                key = (row.get("conversation_id") or "").strip() if grouped else ""
                groups.setdefault(key or f"row{line}", []).append((line, row))
        except UnicodeDecodeError:
            raise CorpusError(name, reader.line_num + 1, "encoding", "not valid UTF-8") from None
        except csv.Error as exc:
            raise CorpusError(name, reader.line_num, "csv", f"malformed CSV ({type(exc).__name__})") from None
    for cid, rows in groups.items():
        conv = _conversation(cid, rows, category, subtype, positive, name, max_text_chars, stats)
        if conv is not None:
            yield conv


def _conversation(
    cid: str,
    rows: list[tuple[int, dict[str, str]]],
    category: str,
    subtype: str | None,
    positive: frozenset[str] | None,
    name: str,
    max_chars: int,
    stats: ConvertStats,
) -> Conversation | None:
    messages: list[Message] = []
    flags: list[int] = []
    for j, (line, row) in enumerate(rows):
        text = (row.get("text") or "").strip()
        if not text:
            stats.dropped_empty_messages += 1
            continue
        flag = _label(row.get("label"), positive, name, line)
        raw_ts = (row.get("ts") or "").strip()
        try:
            ts = parse_ts(raw_ts) if raw_ts else DEFAULT_BASE_TS + timedelta(minutes=j)
        except ValueError:
            raise CorpusError(name, line, "ts", "not an ISO-8601 timestamp") from None
        sender = (row.get("sender_id") or "").strip() or "unknown"
        messages.append(Message(cid, f"r{line}", sender, ts, clip_text(text, stats, max_chars)))
        flags.append(flag)
    if not messages:
        stats.dropped_empty_conversations += 1
        return None
    is_pos = any(flags)
    return labelled_conversation(
        cid,
        messages,
        category,
        flags.index(1) if is_pos else None,
        "csv",
        stats,
        tuple({category: subtype} if f else None for f in flags) if subtype and is_pos else (),
    )
