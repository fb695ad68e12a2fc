"""Redis implementation of :class:`convowatch.nlp.store.WindowStore`.

Keys carry a hash tag per conversation (``cw:{<cid>}:win``, ``cw:{<cid>}:state``) so a
conversation's window and state live in one Redis Cluster slot. Append + trim + TTL is
one Lua script, so a window never holds more than W entries nor outlives its TTL.

The scoring service does not write through this store: it loads conversations in one
pipeline (``RedisBackend.load``, decoding with :meth:`RedisWindowStore.decode` and
:meth:`RedisWindowStore.parse_state`) and queues a batch's appends and states on its
commit transaction (:meth:`RedisWindowStore.queue`), WATCHing the states it read.
"""

from __future__ import annotations

import json
from typing import Any

import redis

from ...nlp.window import WindowConfig, WindowEntry
from ..crypto import Codec, PlainCodec

# KEYS[1] window list; ARGV: max_len, ttl_ms, entry... -> the window after the append
_APPEND = """
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[1]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('LRANGE', KEYS[1], 0, -1)
"""


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

    # -- keys ------------------------------------------------------------
    def win_key(self, cid: str) -> str:
        return f"{self.prefix}:{{{cid}}}:win"

    def state_key(self, cid: str) -> str:
        return f"{self.prefix}:{{{cid}}}:state"

    def _enc(self, entry: WindowEntry) -> bytes:
        return self.codec.seal(entry.to_bytes())

    def decode(self, raw: bytes) -> WindowEntry:
        """A window entry as stored (opened by the codec)."""
        return WindowEntry.from_bytes(self.codec.open(raw))

    @staticmethod
    def parse_state(raw: bytes | None) -> dict[str, Any] | None:
        """A fusion state as stored (JSON), or None."""
        return None if raw is None else json.loads(raw)

    # -- WindowStore -----------------------------------------------------
    def append(self, conversation_id: str, entry: WindowEntry, *, max_len: int, ttl_s: float) -> list[WindowEntry]:
        raw = self._append(keys=[self.win_key(conversation_id)], args=[max_len, int(ttl_s * 1000), self._enc(entry)])
        return [self.decode(x) for x in raw]

    def window(self, conversation_id: str) -> list[WindowEntry]:
        return [self.decode(x) for x in self.r.lrange(self.win_key(conversation_id), 0, -1)]

    def get_state(self, conversation_id: str) -> dict[str, Any] | None:
        return self.parse_state(self.r.get(self.state_key(conversation_id)))

    def put_state(self, conversation_id: str, state: dict[str, Any], *, ttl_s: float) -> None:
        self.r.set(self.state_key(conversation_id), json.dumps(state, separators=(",", ":")), px=int(ttl_s * 1000))

    def delete(self, conversation_id: str) -> None:
        p = self.r.pipeline(transaction=False)  # two keys of one slot; a cluster client routes each
        p.delete(self.win_key(conversation_id))
        p.delete(self.state_key(conversation_id))
        p.execute()

    # -- the scoring commit -------------------------------------------------
    def queue(self, pipe: Any, conversation_id: str, appended: list[WindowEntry], state: dict[str, Any] | None,
              window: WindowConfig) -> None:
        """Queue a conversation's appends (trimmed to the window, TTL refreshed) and state on ``pipe``.

        Plain commands inside the caller's MULTI/EXEC (atomic there), not the append
        script, so the same transaction runs on a Redis Cluster node.
        """
        ttl_ms = int(window.ttl_s * 1000)
        if appended:
            key = self.win_key(conversation_id)
            pipe.rpush(key, *(self._enc(e) for e in appended[-window.size:]))
            pipe.ltrim(key, -window.size, -1)
            pipe.pexpire(key, ttl_ms)
        if state is not None:
            pipe.set(self.state_key(conversation_id), json.dumps(state, separators=(",", ":")), px=ttl_ms)
