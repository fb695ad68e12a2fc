"""Sliding message windows: what every detector sees.

A window is the last W messages of one conversation, oldest first, the newest being
the message under assessment. Each entry carries what was computed for its message
when it arrived (its embedding, which rules fired) so that nothing is recomputed
when the window slides: every message is normalised, matched and encoded once.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
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


#: How a window entry's embedding is kept: ``int8`` (one byte per dimension and a scale,
#: 4x smaller in Redis) or ``float32``.
EMBEDDING_FORMATS = ("int8", "float32")


def int8_embedding(v: np.ndarray) -> tuple[np.ndarray, float]:
    """Symmetric per-vector int8: ``q * scale / 127`` restores it (cosine to the original > 0.9999)."""
    v = np.asarray(v, dtype=np.float32)
    scale = float(np.abs(v).max()) or 1.0
    return np.clip(np.rint(v / scale * 127.0), -127, 127).astype(np.int8), scale


def compact_embedding(v: np.ndarray) -> np.ndarray:
    """The float32 values an int8-stored embedding reads back as.

    The analyzer uses these for the current message too, so a window read back from
    Redis and one kept in memory hold exactly the same numbers.
    """
    return _from_int8(*int8_embedding(v))


def _from_int8(q: np.ndarray, scale: float) -> np.ndarray:
    return q.astype(np.float32) * np.float32(scale / 127.0)


_BIN_MAGIC = b"\x00E1"


@dataclass(frozen=True)
class WindowEntry:
    """One message in a window plus what was computed for it on arrival.

    Saved form (``to_json``), read back by every later version: ``m`` the message,
    ``r`` rule ids, and the embedding as ``e8`` (base64 int8) with ``es`` (its scale),
    or as ``e`` (base64 float32, the format before int8 storage).
    """

    message: Message
    rule_hits: tuple[str, ...] = ()  # ids of rules that fired on this message
    embedding: np.ndarray | None = field(default=None, compare=False)  # [dim] float32
    embedding_format: str = field(default="float32", compare=False)

    def _head(self) -> dict[str, Any]:
        return {"m": self.message.to_dict(), "r": list(self.rule_hits)}

    def to_json(self) -> str:
        """Serialise for a window store."""
        d = self._head()
        if self.embedding is not None:
            if self.embedding_format == "int8":
                q, scale = int8_embedding(self.embedding)
                d["e8"] = base64.b64encode(q.tobytes()).decode("ascii")
                d["es"] = scale
            else:
                d["e"] = base64.b64encode(np.asarray(self.embedding, dtype=np.float32).tobytes()).decode("ascii")
        return json.dumps(d, separators=(",", ":"), ensure_ascii=False)

    def to_bytes(self) -> bytes:
        """The compact saved form: a JSON header and, for int8 embeddings, the raw bytes.

        Layout: ``b"\x00E1"``, 4-byte big-endian header length, the JSON header
        (``m``, ``r``, ``es``), then the int8 embedding. Base64 inside JSON would cost a
        third more (128 bytes per entry at 384 dimensions). Float32 entries stay JSON.
        """
        if self.embedding is None or self.embedding_format != "int8":
            return self.to_json().encode("utf-8")
        q, scale = int8_embedding(self.embedding)
        head = json.dumps(self._head() | {"es": scale}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return _BIN_MAGIC + len(head).to_bytes(4, "big") + head + q.tobytes()

    @classmethod
    def from_bytes(cls, raw: bytes) -> "WindowEntry":
        """Read :meth:`to_bytes` or any earlier JSON form (``e8`` or ``e``)."""
        if not raw.startswith(_BIN_MAGIC):
            return cls.from_json(raw)
        n = int.from_bytes(raw[3:7], "big")
        d = json.loads(raw[7:7 + n])
        emb = _from_int8(np.frombuffer(raw[7 + n:], dtype=np.int8), float(d["es"]))
        return cls(message=Message.from_dict(d["m"]), rule_hits=tuple(d.get("r", ())), embedding=emb, embedding_format="int8")

    @classmethod
    def from_json(cls, raw: str | bytes) -> "WindowEntry":
        d = json.loads(raw)
        emb, fmt = None, "float32"
        if "e8" in d:
            emb, fmt = _from_int8(np.frombuffer(base64.b64decode(d["e8"]), dtype=np.int8), float(d["es"])), "int8"
        elif "e" in d:
            emb = np.frombuffer(base64.b64decode(d["e"]), dtype=np.float32).copy()
        return cls(message=Message.from_dict(d["m"]), rule_hits=tuple(d.get("r", ())), embedding=emb, embedding_format=fmt)


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
