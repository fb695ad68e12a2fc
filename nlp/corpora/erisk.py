"""CLEF eRisk collections -> corpus format.

eRisk (Losada & Crestani 2016; the self-harm task ran 2019-2021) ships one XML file per
subject (or per subject and chunk) with the subject's writings::

    <INDIVIDUAL>
      <ID>subject8292</ID>
      <WRITING>
        <TITLE> ... </TITLE>
        <DATE> 2013-09-09 11:23:51 </DATE>
        <INFO> reddit post </INFO>
        <TEXT> ... </TEXT>
      </WRITING>
      ...

plus a golden-truth file of ``subject label`` lines (space or tab separated, 1 = at
risk). Each subject becomes one conversation of their writings in date order (chunks
of one subject are merged), labelled for ``category`` (self_harm by default). eRisk
measures delay from the subject's first writing, so positives get onset 0.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from ..categories import CATEGORIES, SELF_HARM
from ..types import Conversation, Message, parse_ts
from .common import DEFAULT_MAX_TEXT_CHARS, ConvertStats, CorpusError, clip_text, labelled_conversation

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def read_golden_truth(path: str | Path) -> dict[str, int]:
    """``subject label`` lines -> {subject: 0/1}.

    Raises:
        CorpusError: a line that is not ``subject 0|1``.
    """
    truth: dict[str, int] = {}
    name = Path(path).name
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 2 or parts[1] not in ("0", "1"):
                raise CorpusError(name, lineno, "label", "expected 'subject 0|1'")
            truth[parts[0]] = int(parts[1])
    return truth


def subject_files(source: str | Path) -> list[Path]:
    """The XML files of a collection: one file, or every ``*.xml`` under a folder (sorted)."""
    p = Path(source)
    return sorted(p.rglob("*.xml")) if p.is_dir() else [p]


def _writings(path: Path) -> tuple[str, list[tuple[datetime | None, str]]]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, col = exc.position
        raise CorpusError(path.name, line, "xml", f"malformed XML (column {col})") from None
    subject = (root.findtext("ID") or "").strip()
    if not subject:
        raise CorpusError(path.name, 1, "ID", "missing subject ID")
    out: list[tuple[datetime | None, str]] = []
    for w in root.iter("WRITING"):
        title = (w.findtext("TITLE") or "").strip()
        body = (w.findtext("TEXT") or "").strip()
        text = "\n\n".join(t for t in (title, body) if t)
        raw_date = (w.findtext("DATE") or "").strip()
        try:
            ts: datetime | None = parse_ts(raw_date) if raw_date else None
        except ValueError:
            ts = None
        out.append((ts, text))
    return subject, out


def convert_erisk(
    source: str | Path | Iterable[Path],
    truth: dict[str, int],
    *,
    category: str = SELF_HARM,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    stats: ConvertStats | None = None,
) -> Iterator[Conversation]:
    """Convert subjects to conversations, in the order of their first file.

    Subjects missing from ``truth`` are skipped and counted (``unlabelled_skipped``).

    Raises:
        CorpusError: malformed XML or a file without a subject ID.
    """
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {list(CATEGORIES)}")
    stats = stats if stats is not None else ConvertStats()
    files = subject_files(source) if isinstance(source, (str, Path)) else list(source)
    merged: dict[str, list[tuple[datetime | None, str]]] = {}
    for f in files:  # chunks of one subject are merged before sorting by date
        subject, writings = _writings(f)
        merged.setdefault(subject, []).extend(writings)
    for subject, writings in merged.items():
        if subject not in truth:
            stats.unlabelled_skipped += 1
            continue
        kept = [(ts, text) for ts, text in writings if text]
        stats.dropped_empty_messages += len(writings) - len(kept)
        if not kept:
            stats.dropped_empty_conversations += 1
            continue
        if all(ts is not None for ts, _ in kept):  # otherwise keep the file order
            kept.sort(key=lambda w: w[0])  # type: ignore[arg-type, return-value]
        messages = tuple(
            Message(subject, f"w{i}", subject, ts or _EPOCH, clip_text(text, stats, max_text_chars))
            for i, (ts, text) in enumerate(kept)
        )
        yield labelled_conversation(subject, messages, category, 0 if truth[subject] == 1 else None, "erisk", stats)
