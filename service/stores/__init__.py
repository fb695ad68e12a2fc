"""Storage backends: where windows and cases live (memory by default, or Redis).

A :class:`Backend` pairs a window store with a case store and offers a unit of work:
the writes of one scored batch (windows, fusion state, cases) are committed together,
so a failure leaves nothing half-written.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from ...nlp.store import MemoryWindowStore, WindowStore
from ..cases import Case, CaseStore
from ..crypto import Codec, PlainCodec
from .memory_cases import MemoryCaseStore


@dataclass
class Unit:
    """Writes of one batch, committed on a clean exit of :meth:`Backend.unit`."""

    cases: list[Case] = field(default_factory=list)


class Backend:
    """Memory backend; :class:`RedisBackend` overrides the unit of work."""

    name = "memory"

    def __init__(self, windows: WindowStore | None = None, cases: CaseStore | None = None) -> None:
        self.windows: WindowStore = windows if windows is not None else MemoryWindowStore()
        self.cases: CaseStore = cases if cases is not None else MemoryCaseStore()

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        u = Unit()
        yield u
        for c in u.cases:
            self.cases.save(c)

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass


class RedisBackend(Backend):
    """Windows, state and cases in one Redis; a batch commits in one MULTI/EXEC."""

    name = "redis"

    def __init__(self, url: str, prefix: str = "cw", codec: Codec | None = None, **client_kwargs: Any) -> None:
        import redis

        from .redis_cases import RedisCaseStore
        from .redis_window import RedisWindowStore

        kwargs = {"socket_timeout": 2.0, "socket_connect_timeout": 1.0, **client_kwargs}
        self.client = redis.Redis.from_url(url, **kwargs)
        codec = codec or PlainCodec()
        self.rwindows = RedisWindowStore(self.client, prefix, codec)
        self.rcases = RedisCaseStore(self.client, prefix, codec)
        super().__init__(self.rwindows, self.rcases)

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        u = Unit()
        with self.rwindows.staged() as stage:
            yield u
        pipe = self.client.pipeline(transaction=True)
        self.rwindows.write_staged(stage, pipe)
        for c in u.cases:
            self.rcases.save(c, pipe=pipe)
        pipe.execute()

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.client.close()


def make_backend(url: str, prefix: str = "cw", codec: Codec | None = None) -> Backend:
    """``memory`` or a ``redis://`` URL."""
    return Backend() if url == "memory" else RedisBackend(url, prefix, codec)


__all__ = ["Backend", "RedisBackend", "Unit", "make_backend", "MemoryCaseStore"]
