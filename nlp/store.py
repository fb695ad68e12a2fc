"""Where conversation windows and fusion state live between messages.

:class:`WindowStore` is the protocol; :class:`MemoryWindowStore` is the embedded
default. The Redis implementation lives in ``convowatch.service.stores`` (nlp/ never
imports Redis). Both must pass the same store test suite.

Privacy contract: a store holds a benign message's text only inside its window,
bounded by ``WindowConfig.size`` entries and ``ttl_s`` seconds; when an entry is
trimmed or expires, its text is gone. Fusion state holds scores and ids, never text.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Protocol, Sequence, runtime_checkable

from .window import WindowConfig, WindowEntry


@runtime_checkable
class WindowStore(Protocol):
    def append(self, conversation_id: str, entry: WindowEntry, *, max_len: int, ttl_s: float) -> list[WindowEntry]:
        """Atomically append ``entry``, trim to the last ``max_len``, refresh the TTL.

        Returns:
            The window after the append, oldest first (the new entry last).
        """
        ...

    def window(self, conversation_id: str) -> list[WindowEntry]:
        """The current window, oldest first (empty when unknown or expired)."""
        ...

    def get_state(self, conversation_id: str) -> dict[str, Any] | None:
        """Fusion state (JSON-able, no text) or None."""
        ...

    def put_state(self, conversation_id: str, state: dict[str, Any], *, ttl_s: float) -> None:
        ...

    def delete(self, conversation_id: str) -> None:
        """Forget a conversation: window and state."""
        ...


class MemoryWindowStore:
    """In-process window store: a dict of bounded lists with lazy TTL expiry.

    Args:
        clock: seconds, monotonic; injectable so tests can move time.
        max_conversations: LRU bound on how many conversations are held at once, so a
            flood of one-message conversations cannot grow memory without limit.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_conversations: int = 200_000) -> None:
        self._clock = clock
        self._max = max_conversations
        self._windows: OrderedDict[str, tuple[float, list[WindowEntry]]] = OrderedDict()
        self._states: dict[str, tuple[float, dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def _expire(self, conversation_id: str) -> None:
        now = self._clock()
        w = self._windows.get(conversation_id)
        if w is not None and w[0] <= now:
            del self._windows[conversation_id]
        s = self._states.get(conversation_id)
        if s is not None and s[0] <= now:
            del self._states[conversation_id]

    def append(self, conversation_id: str, entry: WindowEntry, *, max_len: int, ttl_s: float) -> list[WindowEntry]:
        with self._lock:
            self._expire(conversation_id)
            _, entries = self._windows.pop(conversation_id, (0.0, []))
            entries = (entries + [entry])[-max_len:]
            self._windows[conversation_id] = (self._clock() + ttl_s, entries)
            while len(self._windows) > self._max:
                old, _ = self._windows.popitem(last=False)
                self._states.pop(old, None)
            return list(entries)

    def window(self, conversation_id: str) -> list[WindowEntry]:
        with self._lock:
            self._expire(conversation_id)
            w = self._windows.get(conversation_id)
            return list(w[1]) if w else []

    def get_state(self, conversation_id: str) -> dict[str, Any] | None:
        with self._lock:
            self._expire(conversation_id)
            s = self._states.get(conversation_id)
            return dict(s[1]) if s else None

    def put_state(self, conversation_id: str, state: dict[str, Any], *, ttl_s: float) -> None:
        with self._lock:
            self._states[conversation_id] = (self._clock() + ttl_s, dict(state))

    def delete(self, conversation_id: str) -> None:
        with self._lock:
            self._windows.pop(conversation_id, None)
            self._states.pop(conversation_id, None)

    def __len__(self) -> int:
        return len(self._windows)


def store_change(store: WindowStore, conversation_id: str, appended: Sequence[WindowEntry],
                 state: dict[str, Any] | None, window: WindowConfig) -> None:
    """Write a batch's new window entries (only the last ``window.size`` can stay) and its
    fusion state, each with the window's TTL: what a conversation's change is, stored."""
    for entry in appended[-window.size:]:
        store.append(conversation_id, entry, max_len=window.size, ttl_s=window.ttl_s)
    if state is not None:
        store.put_state(conversation_id, state, ttl_s=window.ttl_s)
