"""Storage backends: where windows and cases live (memory by default, or Redis).

A :class:`Backend` pairs a window store with a case store and offers a unit of work:
the writes of one scored batch (windows, fusion state, cases) are committed together,
so a failure leaves nothing half-written.

Case writes are compare-and-set on the case ``version``: a moderator may claim or
decide a case while a batch that extends it is being scored. The batch's commit then
finds a newer version, re-plans its case changes on the fresh case (the windows and
fusion state of the batch stay as scored) and tries again, so neither the moderator's
change nor the new messages are lost.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ...nlp.store import MemoryWindowStore, WindowStore
from ..cases import Case, CaseStore, Plan, StaleCase
from ..crypto import Codec, PlainCodec
from ..logging import get_logger
from .dedup import MemorySeenStore, RedisSeenStore, SeenStore
from .memory_cases import MemoryCaseStore

log = get_logger("stores")

#: how often a batch re-plans its case changes after losing a compare-and-set
MAX_COMMIT_ATTEMPTS = 8
#: defaults of the seen-id store (``CONVOWATCH_DEDUP_TTL_S`` / ``CONVOWATCH_DEDUP_MAX_IDS``)
DEDUP_TTL_S, DEDUP_MAX_IDS = 24 * 3600.0, 1024


class StaleState(Exception):
    """A conversation's fusion state changed in the store while a batch was scored.

    Another writer (a second worker, or the API and a worker) scored the same
    conversation meanwhile. Nothing of the batch was written; score it again.
    """


@dataclass
class Unit:
    """Writes of one batch, committed on a clean exit of :meth:`Backend.unit`.

    Attributes:
        cases: cases to save (unchecked unless ``base_versions`` names them).
        base_versions: case id -> the version the change was based on (None: new case).
        planner: when set, called at commit time to produce the case changes (and again
            after a lost compare-and-set); its latest result is left in ``plan``.
        seen: (conversation_id, message_id) of the batch's new messages, for the seen-id store.
        hooks: called inside the commit with the transaction pipeline (Redis) or None
            (memory), after the case writes are queued: extra writes that must commit
            with the batch (the stream worker's XACK and output entries).
    """

    cases: list[Case] = field(default_factory=list)
    base_versions: dict[str, int | None] = field(default_factory=dict)
    planner: Callable[[], Plan] | None = None
    plan: Plan | None = None
    hooks: list[Callable[[Any], None]] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)
    conflicts: int = 0

    def commit_loop(self, try_commit: Callable[["Unit"], bool]) -> None:
        """Plan, try to commit, and on a lost compare-and-set re-plan and retry.

        Raises:
            StaleCase: still losing after :data:`MAX_COMMIT_ATTEMPTS`, or a conflict with
                no planner to re-plan (nothing was written by this unit's commit).
        """
        for _ in range(MAX_COMMIT_ATTEMPTS):
            if self.planner is not None:
                self.plan = self.planner()
                self.cases, self.base_versions = list(self.plan.changed), dict(self.plan.base_versions)
            if try_commit(self):
                return
            self.conflicts += 1
            log.info("case_conflict", attempt=self.conflicts, n_cases=len(self.cases))
            if self.planner is None:
                break
        raise StaleCase(f"case changed concurrently {self.conflicts} time(s); the batch was not committed")


class Backend:
    """Memory backend; :class:`RedisBackend` overrides the unit of work."""

    name = "memory"

    def __init__(
        self, windows: WindowStore | None = None, cases: CaseStore | None = None, seen: SeenStore | None = None,
        *, dedup_ttl_s: float = DEDUP_TTL_S, dedup_max_ids: int = DEDUP_MAX_IDS,
    ) -> None:
        self.windows: WindowStore = windows if windows is not None else MemoryWindowStore()
        self.cases: CaseStore = cases if cases is not None else MemoryCaseStore()
        self.seen: SeenStore = seen if seen is not None else MemorySeenStore(dedup_ttl_s, dedup_max_ids)

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        u = Unit()
        yield u
        u.commit_loop(self._try_commit)

    def _try_commit(self, u: Unit) -> bool:
        # windows and state were written through while scoring (one scoring thread per process)
        store = self.cases
        if isinstance(store, MemoryCaseStore):
            if not store.save_if(u.cases, u.base_versions):
                return False
        else:  # pragma: no cover - a foreign case store without compare-and-set
            for c in u.cases:
                store.save(c)
        self.seen.add(u.seen)
        for hook in u.hooks:
            hook(None)
        return True

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass


class RedisBackend(Backend):
    """Windows, state and cases in one Redis; a batch commits in one MULTI/EXEC."""

    name = "redis"

    def __init__(
        self, url: str, prefix: str = "cw", codec: Codec | None = None, *,
        dedup_ttl_s: float = DEDUP_TTL_S, dedup_max_ids: int = DEDUP_MAX_IDS, **client_kwargs: Any,
    ) -> None:
        import redis

        from .redis_cases import RedisCaseStore
        from .redis_window import RedisWindowStore

        kwargs = {"socket_timeout": 2.0, "socket_connect_timeout": 1.0, **client_kwargs}
        self.client = redis.Redis.from_url(url, **kwargs)
        codec = codec or PlainCodec()
        self.rwindows = RedisWindowStore(self.client, prefix, codec)
        self.rcases = RedisCaseStore(self.client, prefix, codec)
        self.rseen = RedisSeenStore(self.client, prefix, dedup_ttl_s, dedup_max_ids)
        super().__init__(self.rwindows, self.rcases, self.rseen)

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        u = Unit()
        with self.rwindows.staged() as stage:
            yield u
            # still staged: a re-plan reads the batch's own (uncommitted) window view
            u.commit_loop(lambda unit: self._try_commit(unit, stage))

    def _try_commit(self, u: Unit, stage: Any) -> bool:
        import redis

        with self.client.pipeline(transaction=True) as pipe:
            if not self.rwindows.states_unchanged(stage, pipe):
                raise StaleState("a conversation's state changed during scoring; nothing was written")
            if not self.rcases.versions_match(pipe, u.base_versions):
                return False
            pipe.multi()
            self.rwindows.write_staged(stage, pipe)
            for c in u.cases:
                self.rcases.save(c, pipe=pipe)
            self.rseen.add(u.seen, pipe=pipe)
            for hook in u.hooks:
                hook(pipe)
            try:
                pipe.execute()
            except redis.WatchError:  # a case or a state changed after the checks: check again
                return False
        return True

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
    """``memory`` or a ``redis://`` URL."""
    dedup = {"dedup_ttl_s": dedup_ttl_s, "dedup_max_ids": dedup_max_ids}
    return Backend(**dedup) if url == "memory" else RedisBackend(url, prefix, codec, **dedup)


__all__ = ["Backend", "RedisBackend", "StaleState", "Unit", "make_backend", "MemoryCaseStore", "MemorySeenStore", "SeenStore"]
