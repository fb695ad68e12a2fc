"""PAN-2012 Sexual Predator Identification corpus -> corpus format.

The PAN-2012 training and test sets (Inches & Crestani, CLEF 2012) are one XML file
of chats plus a text file listing predator author ids, one per line::

    <conversations>
      <conversation id="e621da5de598c9321a1d505ea95e6a2d">
        <message line="1">
          <author>97964e7a9e8eb9cf78f2e4d7b2ff34c7</author>
          <time>03:20</time>
          <text>...</text>
        </message>
        ...

A conversation is grooming-positive when a listed predator takes part (PAN's own
definition). PAN gives no onset; we use the predator's first message, so
"messages from onset to flag" counts from when the predator starts talking. Times are
``HH:MM`` without a date: they are placed on ``base_date`` and roll over to the next
day when the clock goes backwards. Empty messages (common in PAN) are dropped and
counted. No per-message role is written: it would leak the label into speaker rules.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterator

from ..categories import GROOMING
from ..types import Conversation, Message
from .common import DEFAULT_MAX_TEXT_CHARS, ConvertStats, CorpusError, clip_text, labelled_conversation

DEFAULT_BASE_DATE = date(2012, 1, 1)


def read_predators(path: str | Path) -> set[str]:
    """Predator author ids, one per line (blank lines ignored)."""
    with open(path, encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip()}


def _parse_time(value: str | None) -> time | None:
    if not value:
        return None
    try:
        hh, mm = value.strip().split(":")[:2]
        return time(int(hh), int(mm))
    except ValueError:
        return None


def convert_pan12(
    xml_path: str | Path,
    predators: set[str],
    *,
    base_date: date = DEFAULT_BASE_DATE,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    stats: ConvertStats | None = None,
) -> Iterator[Conversation]:
    """Stream conversations out of a PAN-2012 XML file (iterparse: bounded memory).

    Raises:
        CorpusError: malformed XML (file line and column, never content).
    """
    stats = stats if stats is not None else ConvertStats()
    name = Path(xml_path).name
    try:
        for _, elem in ET.iterparse(str(xml_path), events=("end",)):
            if elem.tag != "conversation":
                continue
            conv = _conversation(elem, predators, base_date, max_text_chars, stats)
            elem.clear()
            if conv is not None:
                yield conv
    except ET.ParseError as exc:
        line, col = exc.position
        raise CorpusError(name, line, "xml", f"malformed XML (column {col})") from None


def _conversation(
    elem: ET.Element, predators: set[str], base_date: date, max_chars: int, stats: ConvertStats
) -> Conversation | None:
    cid = elem.get("id") or f"pan12-{stats.conversations + stats.dropped_empty_conversations}"
    day = datetime.combine(base_date, time(0, 0), tzinfo=timezone.utc)
    last: datetime | None = None
    messages: list[Message] = []
    seen_ids: set[str] = set()
    for i, m in enumerate(elem.iter("message")):
        text = (m.findtext("text") or "").strip()
        if not text:
            stats.dropped_empty_messages += 1
            continue
        author = (m.findtext("author") or "").strip() or "unknown"
        t = _parse_time(m.findtext("time"))
        if t is None:
            ts = last or day
        else:
            ts = day.replace(hour=t.hour, minute=t.minute)
            if last is not None and ts < last:  # the clock went past midnight
                day += timedelta(days=1)
                ts = day.replace(hour=t.hour, minute=t.minute)
        last = ts
        mid = m.get("line") or str(i + 1)
        if mid in seen_ids:
            mid = f"{mid}.{i}"
        seen_ids.add(mid)
        messages.append(Message(cid, mid, author, ts, clip_text(text, stats, max_chars)))
    if not messages:
        stats.dropped_empty_conversations += 1
        return None
    predator_idx = [i for i, m in enumerate(messages) if m.sender_id in predators]
    return labelled_conversation(cid, messages, GROOMING, predator_idx[0] if predator_idx else None, "pan12", stats)
