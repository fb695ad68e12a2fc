"""Redis implementation of :class:`convowatch.nlp.store.WindowStore`.

Keys carry a hash tag per conversation (``cw:{<cid>}:win``, ``cw:{<cid>}:state``) so a
conversation's window and state live in one Redis Cluster slot. Append + trim + TTL is
one Lua script, so a window never holds more than W entries nor outlives its TTL.

Staging: inside :meth:`RedisWindowStore.staged` (per thread) writes are buffered and
reads see them; the scoring service then commits the staged writes together with case
writes in one MULTI/EXEC, so a Redis failure mid-batch leaves nothing half-written.
The stage remembers the fusion state it read, and the commit WATCHes the state keys
and checks they still hold it (:meth:`RedisWindowStore.states_unchanged`): a state
written by another worker meanwhile is never overwritten; the batch is scored again.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

import redis

from ...nlp.window import WindowEntry
from ..crypto import Codec, PlainCodec

# KEYS[1] window list; ARGV: max_len, ttl_ms, entry... -> the window after the append
_APPEND = """
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[1]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('LRANGE', KEYS[1], 0, -1)
"""


@dataclass
class _Stage:
    windows: dict[str, list[WindowEntry]] = field(default_factory=dict)  # full current view
    appended: dict[str, list[tuple[WindowEntry, int, float]]] = field(default_factory=dict)
    states: dict[str, tuple[dict[str, Any], float]] = field(default_factory=dict)
    read_states: dict[str, bytes | None] = field(default_factory=dict)  # raw state as first read


class RedisWindowStore:
    """Windows as Redis lists, fusion state as JSON strings, both with TTLs.

    Args:
        client: a ``redis.Redis`` (bytes responses).
        prefix: key prefix, so deployments and tests can share a Redis.
        codec: seals entry bytes (text) at rest; state holds no text and is not sealed.
    """

    def __init__(self, client: redis.Redis, prefix: str = "cw", codec: Codec | None = None) -> None:
        self.r = client
        self.prefix = prefix
        self.codec = codec or PlainCodec()
        self._append = client.register_script(_APPEND)
        self._local = threading.local()

    # -- keys ------------------------------------------------------------
    def win_key(self, cid: str) -> str:
        return f"{self.prefix}:{{{cid}}}:win"

    def state_key(self, cid: str) -> str:
        return f"{self.prefix}:{{{cid}}}:state"

    def _enc(self, entry: WindowEntry) -> bytes:
        return self.codec.seal(entry.to_bytes())

    def _dec(self, raw: bytes) -> WindowEntry:
        return WindowEntry.from_bytes(self.codec.open(raw))

    @property
    def _stage(self) -> _Stage | None:
        return getattr(self._local, "stage", None)

    # -- WindowStore -----------------------------------------------------
    def append(self, conversation_id: str, entry: WindowEntry, *, max_len: int, ttl_s: float) -> list[WindowEntry]:
        st = self._stage
        if st is None:
            raw = self._append(keys=[self.win_key(conversation_id)], args=[max_len, int(ttl_s * 1000), self._enc(entry)])
            return [self._dec(x) for x in raw]
        view = (self.window(conversation_id) + [entry])[-max_len:]
        st.windows[conversation_id] = view
        st.appended.setdefault(conversation_id, []).append((entry, max_len, ttl_s))
        return list(view)

    def window(self, conversation_id: str) -> list[WindowEntry]:
        st = self._stage
        if st is not None and conversation_id in st.windows:
            return list(st.windows[conversation_id])
        entries = [self._dec(x) for x in self.r.lrange(self.win_key(conversation_id), 0, -1)]
        if st is not None:
            st.windows[conversation_id] = entries
        return entries

    def get_state(self, conversation_id: str) -> dict[str, Any] | None:
        st = self._stage
        if st is not None and conversation_id in st.states:
            return dict(st.states[conversation_id][0])
        raw = self.r.get(self.state_key(conversation_id))
        if st is not None:
            st.read_states.setdefault(conversation_id, raw)
        return None if raw is None else json.loads(raw)

    def put_state(self, conversation_id: str, state: dict[str, Any], *, ttl_s: float) -> None:
        st = self._stage
        if st is not None:
            st.states[conversation_id] = (dict(state), ttl_s)
            return
        self.r.set(self.state_key(conversation_id), json.dumps(state, separators=(",", ":")), px=int(ttl_s * 1000))

    def delete(self, conversation_id: str) -> None:
        self.r.delete(self.win_key(conversation_id), self.state_key(conversation_id))

    # -- staging -----------------------------------------------------------
    @contextmanager
    def staged(self) -> Iterator[_Stage]:
        """Buffer this thread's writes; commit them with :meth:`write_staged` or drop them."""
        if self._stage is not None:
            raise RuntimeError("already staging on this thread")
        self._local.stage = _Stage()
        try:
            yield self._local.stage
        finally:
            self._local.stage = None

    def states_unchanged(self, stage: _Stage, pipe: redis.client.Pipeline) -> bool:
        """WATCH the states this stage will write and check they still hold what it read.

        Leaves ``pipe`` watching, so EXEC fails if a state changes after the check.
        """
        cids = [cid for cid in stage.states if cid in stage.read_states]
        if not cids:
            return True
        keys = [self.state_key(cid) for cid in cids]
        pipe.watch(*keys)
        return pipe.mget(keys) == [stage.read_states[cid] for cid in cids]

    def write_staged(self, stage: _Stage, pipe: redis.client.Pipeline) -> None:
        """Queue the staged appends and states on a (transaction) pipeline."""
        for cid, items in stage.appended.items():
            max_len = min(m for _, m, _ in items)
            ttl_ms = int(max(t for _, _, t in items) * 1000)
            self._append(keys=[self.win_key(cid)], args=[max_len, ttl_ms, *(self._enc(e) for e, _, _ in items)], client=pipe)
        for cid, (state, ttl_s) in stage.states.items():
            pipe.set(self.state_key(cid), json.dumps(state, separators=(",", ":")), px=int(ttl_s * 1000))
