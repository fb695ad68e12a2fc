"""Shared pieces of the public-format converters (PAN-2012, eRisk, CSV)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .reader import DEFAULT_MAX_TEXT_CHARS, CorpusError

__all__ = ["ConvertStats", "CorpusError", "DEFAULT_MAX_TEXT_CHARS", "clip_text"]


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
