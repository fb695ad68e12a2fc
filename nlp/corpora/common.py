"""Shared pieces of the public-format converters (PAN-2012, eRisk, CSV)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..categories import CATEGORIES
from ..types import Conversation, Message
from .reader import DEFAULT_MAX_TEXT_CHARS, CorpusError

__all__ = ["ConvertStats", "CorpusError", "DEFAULT_MAX_TEXT_CHARS", "clip_text", "labelled_conversation"]


@dataclass
class ConvertStats:
    """What a conversion did, so the CLI can say what was dropped and why (counts only)."""

    conversations: int = 0
    messages: int = 0
    positives: int = 0
    dropped_empty_messages: int = 0
    dropped_empty_conversations: int = 0
    truncated_messages: int = 0
    unlabelled_skipped: int = 0  # subjects/conversations without ground truth
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "notes" or v}


def clip_text(text: str, stats: ConvertStats, max_chars: int = DEFAULT_MAX_TEXT_CHARS) -> str:
    """Cut a text to the corpus limit (the analyzer would not look further anyway)."""
    if len(text) > max_chars:
        stats.truncated_messages += 1
        return text[:max_chars]
    return text


def labelled_conversation(
    conversation_id: str,
    messages: Sequence[Message],
    category: str,
    onset: int | None,
    source: str,
    stats: ConvertStats,
    message_labels: Sequence[Mapping[str, Any] | None] = (),
) -> Conversation:
    """A converted conversation positive for at most one category, counted in ``stats``.

    Public corpora label one risk each (PAN-2012 grooming, eRisk self-harm, a CSV's
    ``--category``): ``onset`` is the index of the first risky message, or None for a
    negative conversation.
    """
    positive = onset is not None
    stats.conversations += 1
    stats.messages += len(messages)
    stats.positives += positive
    return Conversation(
        conversation_id=conversation_id,
        messages=tuple(messages),
        labels={c: int(positive and c == category) for c in CATEGORIES},
        onset={category: onset} if positive else {},
        meta={"source": source},
        message_labels=tuple(message_labels),
    )
