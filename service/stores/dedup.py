"""Seen message ids per conversation: idempotency that outlives the window.

The analyzer already ignores a retried message while its conversation's fusion state
lives (the state remembers recent ids). Once the window TTL passes the state is gone,
and a platform retrying an old message would have it counted again. This store keeps
only ids (never text), bounded per conversation (the newest ``max_ids``) and with its
own, longer TTL, and the scoring service consults it before scoring.

Redis layout: ``cw:{<conversation>}:seen`` sorted set, message id -> first-seen time
in microseconds; trimmed to the newest ``max_ids`` and expiring ``ttl_s`` after the last add
(same hash tag, so same Cluster slot, as the conversation's window).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Iterable, Protocol, Sequence

Key = tuple[str, str]  # (conversation_id, message_id)


class SeenStore(Protocol):
    def contains(self, keys: Sequence[Key]) -> list[bool]:
        """For each key, whether that message was recorded and not yet forgotten."""
        ...

    def add(self, keys: Iterable[Key], *, pipe: Any = None) -> None:
        """Record ids (queue them on ``pipe``, a Redis transaction, when given)."""
        ...


class MemorySeenStore:
    """In-process seen ids: per conversation an insertion-ordered set with lazy expiry.

    Args:
        ttl_s: a conversation's ids are forgotten this long after its last add.
        max_ids: ids kept per conversation (the oldest go first).
        max_conversations: LRU bound, so memory stays bounded under a flood of conversations.
        clock: seconds, monotonic; injectable for tests.
    """

    def __init__(self, ttl_s: float, max_ids: int, *, max_conversations: int = 200_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s, self.max_ids, self._max = ttl_s, max_ids, max_conversations
        self._clock = clock
        self._ids: OrderedDict[str, tuple[float, OrderedDict[str, None]]] = OrderedDict()
        self._lock = threading.Lock()

    def _live(self, cid: str) -> OrderedDict[str, None] | None:
        got = self._ids.get(cid)
        if got is None:
            return None
        if got[0] <= self._clock():
            del self._ids[cid]
            return None
        return got[1]

    def contains(self, keys: Sequence[Key]) -> list[bool]:
        with self._lock:
            return [mid in (self._live(cid) or ()) for cid, mid in keys]

    def add(self, keys: Iterable[Key], *, pipe: Any = None) -> None:
        with self._lock:
            for cid, mid in keys:
                ids = self._live(cid)
                ids = OrderedDict() if ids is None else ids
                ids[mid] = None
                while len(ids) > self.max_ids:
                    ids.popitem(last=False)
                self._ids.pop(cid, None)
                self._ids[cid] = (self._clock() + self.ttl_s, ids)
                while len(self._ids) > self._max:
                    self._ids.popitem(last=False)


class RedisSeenStore:
    """Seen ids as one sorted set per conversation (see the module docstring)."""

    def __init__(self, client: Any, prefix: str, ttl_s: float, max_ids: int) -> None:
        self.r, self.prefix, self.ttl_ms, self.max_ids = client, prefix, int(ttl_s * 1000), max_ids

    def key(self, cid: str) -> str:
        return f"{self.prefix}:{{{cid}}}:seen"

    def contains(self, keys: Sequence[Key]) -> list[bool]:
        if not keys:
            return []
        by_conv: dict[str, list[str]] = {}
        for cid, mid in keys:
            by_conv.setdefault(cid, []).append(mid)
        p = self.r.pipeline(transaction=False)
        for cid, mids in by_conv.items():
            p.zmscore(self.key(cid), mids)
        found: set[Key] = set()
        for (cid, mids), scores in zip(by_conv.items(), p.execute()):
            found.update((cid, m) for m, s in zip(mids, scores) if s is not None)
        return [k in found for k in keys]

    def add(self, keys: Iterable[Key], *, pipe: Any = None) -> None:
        by_conv: dict[str, list[str]] = {}
        for cid, mid in keys:
            by_conv.setdefault(cid, []).append(mid)
        if not by_conv:
            return
        p = pipe if pipe is not None else self.r.pipeline(transaction=True)
        now_us = time.time_ns() // 1000
        for cid, mids in by_conv.items():
            k = self.key(cid)
            # microseconds plus the position in the batch: the trim keeps the newest ids
            p.zadd(k, {m: now_us + i for i, m in enumerate(mids)}, nx=True)
            p.zremrangebyrank(k, 0, -(self.max_ids + 1))
            p.pexpire(k, self.ttl_ms)
        if pipe is None:
            p.execute()
