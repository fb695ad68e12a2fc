"""Sliding message windows: what every detector sees.

A window is the last W messages of one conversation, oldest first, the newest being
the message under assessment. Each entry carries what was computed for its message
when it arrived (its embedding, which rules fired) so that nothing is recomputed
when the window slides: every message is normalised, matched and encoded once.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from .types import Message


@dataclass(frozen=True)
class WindowConfig:
    """How much of a conversation is kept and for how long.

    Args:
        size: W, messages kept per conversation (the context detectors and the model see).
        ttl_s: seconds a conversation's window lives after its last message; benign text
            is gone after this even if the window never slides.
    """

    size: int = 12
    ttl_s: float = 6 * 3600.0

    def __post_init__(self) -> None:
        if not 1 <= self.size <= 512:
            raise ValueError(f"window size must be in 1..512, got {self.size}")
        if self.ttl_s <= 0:
            raise ValueError(f"window ttl_s must be positive, got {self.ttl_s}")


@dataclass(frozen=True)
class WindowEntry:
    """One message in a window plus what was computed for it on arrival."""

    message: Message
    rule_hits: tuple[str, ...] = ()  # ids of rules that fired on this message
    embedding: np.ndarray | None = field(default=None, compare=False)  # [dim] float32

    def with_embedding(self, embedding: np.ndarray) -> "WindowEntry":
        return replace(self, embedding=np.asarray(embedding, dtype=np.float32))

    def to_json(self) -> str:
        """Serialise for a window store (embedding as base64 float32)."""
        d: dict[str, Any] = {"m": self.message.to_dict(), "r": list(self.rule_hits)}
        if self.embedding is not None:
            d["e"] = base64.b64encode(np.asarray(self.embedding, dtype=np.float32).tobytes()).decode("ascii")
        return json.dumps(d, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | bytes) -> "WindowEntry":
        d = json.loads(raw)
        emb = None
        if "e" in d:
            emb = np.frombuffer(base64.b64decode(d["e"]), dtype=np.float32).copy()
        return cls(message=Message.from_dict(d["m"]), rule_hits=tuple(d.get("r", ())), embedding=emb)


@dataclass(frozen=True)
class Window:
    """The last W entries of one conversation, oldest first; the last is the current message."""

    conversation_id: str
    entries: tuple[WindowEntry, ...]

    def __post_init__(self) -> None:
        if not self.entries:
            raise ValueError("a window holds at least the current message")

    @property
    def current(self) -> WindowEntry:
        return self.entries[-1]

    @property
    def previous(self) -> tuple[WindowEntry, ...]:
        return self.entries[:-1]

    def __len__(self) -> int:
        return len(self.entries)
