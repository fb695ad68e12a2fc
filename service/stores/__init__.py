"""Storage backends: where windows and cases live (memory by default, or Redis).

A :class:`Backend` pairs a window store with a case store and a seen-id store, and
offers the two operations the scoring service needs around the analyzer's pure step:

* :meth:`Backend.load`: each conversation as stored (its window, fusion state and
  latest case, and which of the batch's ids it has already seen): one pipeline on
  Redis;
* :meth:`Backend.commit`: the writes of conversations that share a slot
  (:meth:`Backend.slot_of`: everything on memory and on one Redis node, one hash slot
  on Redis Cluster), all or nothing, compare-and-set against what was loaded.

A commit loses when a conversation's fusion state or one of its cases changed since
the load (another worker scored it, or a moderator claimed or decided the case); the
caller then loads those conversations again and re-scores them, so neither the other
writer's change nor the new messages are lost, and nothing half-written is left.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Mapping, Sequence

from ...nlp.snapshot import Snapshot
from ...nlp.store import MemoryWindowStore, WindowStore, store_change
from ...nlp.window import WindowConfig, WindowEntry
from ..cases import Case, CaseStore, StaleCase, new_case_id
from ..crypto import Codec, PlainCodec
from ..logging import get_logger
from .dedup import MemorySeenStore, RedisSeenStore, SeenStore
from .memory_cases import MemoryCaseStore

log = get_logger("stores")

#: how often a batch's conversations are loaded, scored and committed again after losing
#: a compare-and-set (the one retry loop, in :meth:`convowatch.service.scoring.ScoringService.score`)
MAX_COMMIT_ATTEMPTS = 8
#: defaults of the seen-id store (``CONVOWATCH_DEDUP_TTL_S`` / ``CONVOWATCH_DEDUP_MAX_IDS``)
DEDUP_TTL_S, DEDUP_MAX_IDS = 24 * 3600.0, 1024


class StaleState(Exception):
    """A conversation's fusion state changed in the store while a batch was scored.

    Another writer (a second worker, or the API and a worker) scored the same
    conversation meanwhile. Nothing of the batch was written; score it again.
    """


@dataclass(frozen=True)
class Loaded:
    """One conversation as stored before a batch.

    Attributes:
        snapshot: what the analyzer's pure step reads (window, state, already-seen ids).
        case: its latest case (it may be decided), for the case planner.
        state_token: the state exactly as read, which the commit compares against.
    """

    snapshot: Snapshot
    case: Case | None = None
    state_token: Any = None


@dataclass
class Write:
    """One conversation's writes from a scored batch (see :meth:`Backend.commit`).

    Attributes:
        appended: new window entries, in order.
        state: the fusion state after the batch (None: unchanged).
        state_token: the state as loaded; the commit fails if it changed since.
        cases: the conversation's changed cases.
        case_bases: case id -> the version the change was based on (None: a new case).
        seen: the batch's new message ids of the conversation.
    """

    conversation_id: str
    appended: list[WindowEntry] = field(default_factory=list)
    state: dict[str, Any] | None = None
    state_token: Any = None
    cases: list[Case] = field(default_factory=list)
    case_bases: dict[str, int | None] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)


#: why a commit lost: a conversation's state or one of its cases changed since the load
Conflict = str  # "state" | "case"


class Backend:
    """In-memory stores; :class:`RedisBackend` keeps the same contract in Redis."""

    name = "memory"
    #: a commit's ``hook`` may share its transaction (False on a cluster: the streams
    #: live in other slots, so the worker acks after the commit, at least once)
    hooks_in_commit = True

    def __init__(
        self, windows: WindowStore | None = None, cases: CaseStore | None = None, seen: SeenStore | None = None,
        *, dedup_ttl_s: float = DEDUP_TTL_S, dedup_max_ids: int = DEDUP_MAX_IDS,
    ) -> None:
        self.windows: WindowStore = windows if windows is not None else MemoryWindowStore()
        self.cases: CaseStore = cases if cases is not None else MemoryCaseStore()
        self.seen: SeenStore = seen if seen is not None else MemorySeenStore(dedup_ttl_s, dedup_max_ids)
        self._commit_lock = threading.Lock()

    # -- the two operations around the analyzer ------------------------------------
    def load(self, ids: Mapping[str, Sequence[str]]) -> dict[str, Loaded]:
        """Each conversation of ``ids`` (conversation id -> the batch's message ids) as stored."""
        out: dict[str, Loaded] = {}
        known = self.seen.contains([(cid, mid) for cid, mids in ids.items() for mid in mids])
        pos = 0
        for cid, mids in ids.items():
            seen = frozenset(mid for mid, k in zip(mids, known[pos:pos + len(mids)]) if k)
            pos += len(mids)
            state = self.windows.get_state(cid)
            case_id = self.cases.active_for(cid)
            out[cid] = Loaded(Snapshot(tuple(self.windows.window(cid)), state, seen),
                              self.cases.get(case_id) if case_id else None, state)
        return out

    def slot_of(self, conversation_id: str) -> Hashable:
        """Conversations with the same slot may commit together: all of them here."""
        return 0

    def new_case_id(self, conversation_id: str) -> str:
        """An id for a new case of the conversation (on Redis Cluster it routes to the conversation's slot)."""
        return new_case_id(conversation_id)

    def commit(self, writes: Sequence[Write], window: WindowConfig, hook: Callable[[Any], None] | None = None) -> Conflict | None:
        """Write conversations of one slot, all or nothing, if nothing changed since their load.

        Args:
            writes: one per conversation, all with the same :meth:`slot_of`.
            window: the window bound and TTL the entries and states are written with.
            hook: called inside the commit with the transaction pipeline (Redis; None on
                memory): writes that must commit with these or not at all (the stream
                worker's acks and outputs).

        Returns:
            None when written; ``"state"`` or ``"case"`` when a compare-and-set lost
            (nothing was written).
        """
        with self._commit_lock:  # the only writer of windows and states in a service process
            for w in writes:
                if w.state is not None and self.windows.get_state(w.conversation_id) != w.state_token:
                    return "state"
            store = self.cases
            cases = [c for w in writes for c in w.cases]
            bases = {k: v for w in writes for k, v in w.case_bases.items()}
            if isinstance(store, MemoryCaseStore):
                if not store.save_if(cases, bases):
                    return "case"
            else:  # pragma: no cover - a foreign case store without compare-and-set
                for c in cases:
                    store.save(c)
            for w in writes:
                store_change(self.windows, w.conversation_id, w.appended, w.state, window)
            self.seen.add([(w.conversation_id, mid) for w in writes for mid in w.seen])
            if hook is not None:
                hook(None)
        return None

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass


#: store URL schemes of a Redis Cluster (any node's address; the client finds the rest)
CLUSTER_SCHEMES = ("redis+cluster://", "rediss+cluster://")


class RedisBackend(Backend):
    """Windows, state, seen ids and cases in Redis, or in a Redis Cluster.

    Every key of a conversation carries its hash tag (``cw:{<cid>}:...``), and case ids
    carry a tag of the same slot (:func:`~convowatch.service.stores.slots.slot_tag`), so
    a conversation's commit is one MULTI/EXEC on one node. On a single node every
    conversation shares one slot group, so a batch is still one transaction (with the
    stream worker's acks); on a cluster it is one transaction per slot.
    """

    name = "redis"

    def __init__(
        self, url: str, prefix: str = "cw", codec: Codec | None = None, *,
        dedup_ttl_s: float = DEDUP_TTL_S, dedup_max_ids: int = DEDUP_MAX_IDS, **client_kwargs: Any,
    ) -> None:
        import redis

        from .redis_cases import RedisCaseStore
        from .redis_window import RedisWindowStore

        kwargs = {"socket_timeout": 2.0, "socket_connect_timeout": 1.0, **client_kwargs}
        self.cluster = url.startswith(CLUSTER_SCHEMES)
        self.hooks_in_commit = not self.cluster
        if self.cluster:
            from redis.cluster import RedisCluster

            self.client = RedisCluster.from_url(url.replace("+cluster", "", 1), **kwargs)
        else:
            self.client = redis.Redis.from_url(url, **kwargs)
        codec = codec or PlainCodec()
        self._script: Any = None  # the one-round-trip commit (single node), registered on first use
        self.rwindows = RedisWindowStore(self.client, prefix, codec)
        self.rcases = RedisCaseStore(self.client, prefix, codec, cluster=self.cluster)
        self.rseen = RedisSeenStore(self.client, prefix, dedup_ttl_s, dedup_max_ids)
        super().__init__(self.rwindows, self.rcases, self.rseen)

    def load(self, ids: Mapping[str, Sequence[str]]) -> dict[str, Loaded]:
        """One pipeline for windows, states, seen ids and case pointers; one more for the cases."""
        cids = list(ids)
        if not cids:
            return {}
        p = self.client.pipeline(transaction=False)
        for cid in cids:
            p.lrange(self.rwindows.win_key(cid), 0, -1)
            p.get(self.rwindows.state_key(cid))
            p.zmscore(self.rseen.key(cid), list(ids[cid]) or [""])
            p.get(self.rcases.active_key(cid))
        raw = p.execute()
        active = {cid: raw[4 * i + 3].decode() for i, cid in enumerate(cids) if raw[4 * i + 3]}
        cases = self.rcases.get_many(list(active.values()))
        out: dict[str, Loaded] = {}
        for i, cid in enumerate(cids):
            window, state, scores = raw[4 * i], raw[4 * i + 1], raw[4 * i + 2]
            seen = frozenset(mid for mid, sc in zip(ids[cid], scores) if sc is not None)
            snap = Snapshot(tuple(self.rwindows.decode(x) for x in window), self.rwindows.parse_state(state), seen)
            out[cid] = Loaded(snap, cases.get(active[cid]) if cid in active else None, state)
        return out

    def slot_of(self, conversation_id: str) -> Hashable:
        from .slots import key_slot

        return key_slot(self.rwindows.state_key(conversation_id)) if self.cluster else 0

    def new_case_id(self, conversation_id: str) -> str:
        """``case-<hex16>-<tag>``: the tag routes the case's keys to the conversation's slot
        (also on a single node, so the data can move to a cluster)."""
        from .slots import key_slot, slot_tag

        return f"{new_case_id(conversation_id)}-{slot_tag(key_slot(self.rwindows.state_key(conversation_id)))}"

    def commit(self, writes: Sequence[Write], window: WindowConfig, hook: Callable[[Any], None] | None = None) -> Conflict | None:
        """One MULTI/EXEC, WATCHing the states and cases it compares (one slot on a cluster).

        The moderator queue's index (``cw:cases``, a key of its own slot) is updated after
        the transaction on a cluster (before it, too, so a crash in between cannot hide a
        case: see :meth:`RedisCaseStore.index`).
        """
        import redis

        cases = [c for w in writes for c in w.cases]
        bases = {k: v for w in writes for k, v in w.case_bases.items()}
        queued: list[tuple[Any, Any]] | None = None
        if not self.cluster:
            queued = self._queued(writes, cases, window, hook)  # the hook runs once, here
            why = self._commit_script(queued, writes, bases)
            if why != "too_large":
                return why
        if self.cluster and cases:
            self.rcases.index(cases)
        state_keys = [self.rwindows.state_key(w.conversation_id) for w in writes if w.state is not None]
        with self.client.pipeline(transaction=True) as pipe:
            try:
                if state_keys:
                    pipe.watch(*state_keys)
                    tokens = [w.state_token for w in writes if w.state is not None]
                    # one MGET on a single node; a cluster pipeline has none (same slot: one node anyway)
                    now = [pipe.get(k) for k in state_keys] if self.cluster else pipe.mget(state_keys)
                    if now != tokens:
                        return "state"
                if not self.rcases.versions_match(pipe, bases):
                    return "case"
                pipe.multi()
                if queued is None:
                    self._queue_writes(pipe, writes, cases, window, hook)
                else:  # a command too long for the script: the same commands, in the WATCH form
                    for args, options in queued:
                        pipe.execute_command(*args, **options)
                pipe.execute()
            except redis.WatchError:  # a state or case changed after the checks
                return "state"
        if self.cluster and cases:
            self.rcases.index(cases)
        return None

    def _queue_writes(self, pipe: Any, writes: Sequence[Write], cases: list[Case], window: WindowConfig,
                      hook: Callable[[Any], None] | None) -> None:
        """Queue a commit's writes on ``pipe``: windows and states, cases (indexed in the same
        transaction except on a cluster), seen ids, then whatever the hook adds."""
        for w in writes:
            self.rwindows.queue(pipe, w.conversation_id, w.appended, w.state, window)
        for c in cases:
            self.rcases.save(c, pipe=pipe, index=not self.cluster)
        self.rseen.add([(w.conversation_id, mid) for w in writes for mid in w.seen], pipe=pipe)
        if hook is not None:
            hook(pipe)

    def _queued(self, writes: Sequence[Write], cases: list[Case], window: WindowConfig,
                hook: Callable[[Any], None] | None) -> list[tuple[Any, Any]]:
        """A commit's writes as (args, options) commands, queued on a pipeline that is never sent."""
        pipe = self.client.pipeline(transaction=True)
        try:
            self._queue_writes(pipe, writes, cases, window, hook)
            return list(pipe.command_stack)
        finally:
            pipe.reset()

    def _commit_script(self, queued: list[tuple[Any, Any]], writes: Sequence[Write],
                       bases: dict[str, int | None]) -> Conflict | None | str:
        """The single-node commit in one round trip (:mod:`.commit_script`): the script checks
        the loaded states and case versions, then replays ``queued``; ``"too_large"`` when a
        command is too long for a script (the WATCH form runs the same commands instead)."""
        from .commit_script import COMMIT_LUA, script_args

        with_state = [w for w in writes if w.state is not None]
        commands = [args for args, _ in queued]
        keys = [self.rwindows.state_key(w.conversation_id) for w in with_state] + [self.rcases.case_key(c) for c in bases]
        args = script_args([w.state_token for w in with_state], list(bases.values()), commands, len(keys))
        if args is None:
            return "too_large"
        if self._script is None:
            self._script = self.client.register_script(COMMIT_LUA)
        out = self._script(keys=keys, args=args)
        out = out.decode() if isinstance(out, bytes) else out
        return None if out == "ok" else out  # "state" or "case"

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.client.close()


def make_backend(
    url: str, prefix: str = "cw", codec: Codec | None = None, *,
    dedup_ttl_s: float = DEDUP_TTL_S, dedup_max_ids: int = DEDUP_MAX_IDS,
) -> Backend:
    """``memory``, a ``redis://`` URL, or ``redis+cluster://host:port`` (any node of a cluster)."""
    dedup = {"dedup_ttl_s": dedup_ttl_s, "dedup_max_ids": dedup_max_ids}
    return Backend(**dedup) if url == "memory" else RedisBackend(url, prefix, codec, **dedup)


__all__ = ["Backend", "Conflict", "Loaded", "MAX_COMMIT_ATTEMPTS", "RedisBackend", "StaleState", "Write", "make_backend",
           "MemoryCaseStore", "MemorySeenStore", "SeenStore", "StaleCase"]
