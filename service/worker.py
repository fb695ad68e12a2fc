"""``convowatch worker``: score messages from a Redis Stream in a consumer group.

Many workers (on many machines) share one input stream through one consumer group:
XREADGROUP hands each entry to one worker, XAUTOCLAIM moves the entries of a worker
that died (idle longer than ``min_idle_ms``) to a live one, and on a single Redis XACK
happens in the same MULTI/EXEC as the batch's window, state and case writes, so an
entry is acked exactly when its effects are committed: never lost, never counted twice.
Where that cannot be one transaction (the store is another Redis, or a cluster whose
slots differ) the ack follows the commit: at least once, and a re-delivery after a
commit is answered as a duplicate by the seen-id store.

Order per conversation: a conversation's messages must be scored in stream order for
the same input to give the same assessments with one worker or several. Before
scoring, a worker looks at the group's pending entries list (PEL): an entry waits
while an older entry of the same conversation is still pending (held by another
worker, or by this one but not in this batch). It stays pending under this worker and
is read again from its history (``XREADGROUP ... 0``) on the next step. Waits only ever
point at older entries, so they cannot form a cycle, and the oldest pending entry of
the stream can always proceed.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import redis

from ..nlp.types import MAX_TEXT_CHARS
from .cases import StaleCase
from .logging import get_logger
from .scoring import ScoringService
from .stores import StaleState
from .streams import Bad, Entry, dead_letter_fields, is_output, output_fields, parse_entry

log = get_logger("worker")


def default_consumer_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


@dataclass(frozen=True)
class WorkerConfig:
    """Streams, group and limits of a worker (the service maps ``CONVOWATCH_*`` settings here).

    Args:
        stream_in / stream_out / stream_dead: input, flagged-assessment output, dead letters.
        group: the consumer group every worker joins.
        consumer: this worker's name in the group (unique per live worker).
        batch: at most this many entries per step (one analyzer call).
        block_ms: how long an idle worker waits for new entries per step.
        min_idle_ms: an entry pending this long under another consumer is re-claimed.
        out_maxlen: the output and dead-letter streams are trimmed (approximately) to this.
        max_text_chars: longer messages are dead-lettered, never cut.
    """

    stream_in: str = "convowatch:in"
    stream_out: str = "convowatch:out"
    stream_dead: str = "convowatch:dead"
    group: str = "convowatch"
    consumer: str = field(default_factory=default_consumer_name)
    batch: int = 64
    block_ms: int = 1000
    min_idle_ms: int = 30_000
    out_maxlen: int = 100_000
    max_text_chars: int = MAX_TEXT_CHARS
    media_min_quality: int = 50

    def __post_init__(self) -> None:
        if not 1 <= self.batch <= 10_000:
            raise ValueError(f"batch must be in 1..10000, got {self.batch}")
        if self.block_ms < 1 or self.min_idle_ms < 1:
            raise ValueError("block_ms and min_idle_ms must be positive")


@dataclass
class StepResult:
    """What one step did (for tests, metrics and logs)."""

    results: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (entry id, assessment)
    deferred: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    reclaimed: list[str] = field(default_factory=list)


def _s(x: bytes | str) -> str:
    return x.decode() if isinstance(x, bytes) else x


def _key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


class StreamWorker:
    """One consumer of the input stream.

    Args:
        scoring: the scoring service (its backend holds windows, state, cases).
        client: the Redis holding the streams. When the store is Redis it must be the
            store's Redis: acks and outputs then commit in the batch's transaction.
        config: streams, group, consumer name and limits.
        reader: a client for the blocking XREADGROUP (its socket timeout must exceed
            ``block_ms``); defaults to ``client``.
    """

    def __init__(self, scoring: ScoringService, client: redis.Redis, config: WorkerConfig,
                 reader: redis.Redis | None = None, on_close: Callable[[], None] | None = None) -> None:
        self.scoring = scoring
        self.r = client
        self.reader = reader or client
        self.cfg = config
        self.atomic = getattr(scoring.backend, "client", None) is client
        self._stop = threading.Event()
        self._claim_cursor = "0-0"
        self._conv_of: dict[str, str | None] = {}  # entry id -> conversation id (entries never change)
        metrics = scoring.metrics
        self._count: Callable[[str, int], None] = lambda result, n: metrics.stream_entries.labels(result).inc(n) if n else None
        self._on_close = on_close

    def close(self) -> None:
        """Release what the worker was built with (``build_worker`` passes what it opened)."""
        if self._on_close is not None:
            self._on_close()

    # -- lifecycle -----------------------------------------------------------
    def ensure_group(self) -> None:
        """Create the stream and the group (from the start of the stream) if missing."""
        try:
            self.r.xgroup_create(self.cfg.stream_in, self.cfg.group, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def stop(self) -> None:
        """Finish the current step, then return from :meth:`run` (the SIGTERM handler calls this)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self, *, backoff_s: float = 1.0) -> None:
        """Step until :meth:`stop`; a store outage is logged and retried, losing nothing."""
        self.ensure_group()
        log.info("worker_started", consumer=self.cfg.consumer, group=self.cfg.group, atomic=self.atomic)
        while not self._stop.is_set():
            try:
                out = self.step()
            except (redis.RedisError, StaleCase, StaleState) as exc:  # entries stay pending; read again next step
                log.warning("worker_retry", exc_type=type(exc).__name__)
                self._stop.wait(backoff_s if isinstance(exc, redis.RedisError) else 0.05)
                continue
            if out.deferred and not out.results and not out.dead:
                self._stop.wait(0.02)  # only waiting on other workers: do not spin on Redis
        log.info("worker_stopped", consumer=self.cfg.consumer)

    # -- one step --------------------------------------------------------------
    def step(self, block: bool = True) -> StepResult:
        """Re-claim, read, dead-letter, order-check and score one batch of entries."""
        out = StepResult()
        out.reclaimed = self._autoclaim()
        raw = self._read(block)
        parsed = [parse_entry(eid, fields, self.cfg.max_text_chars, media_min_quality=self.cfg.media_min_quality)
                  for eid, fields in raw]
        bad = [p for p in parsed if isinstance(p, Bad)]
        good = [p for p in parsed if isinstance(p, Entry)]
        if bad:
            self._dead_letter(bad)
            out.dead = [b.entry_id for b in bad]
        ready, out.deferred = self._fence(good)
        if ready:
            out.results = self._score(ready)
        self._count("processed", len(out.results))
        self._count("deferred", len(out.deferred))
        self._count("dead", len(out.dead))
        self._count("reclaimed", len(out.reclaimed))
        if raw:
            log.info("worker_step", n_read=len(raw), n_scored=len(out.results), n_deferred=len(out.deferred),
                     n_dead=len(out.dead), n_reclaimed=len(out.reclaimed))
        return out

    def _autoclaim(self) -> list[str]:
        """Take over entries idle longer than ``min_idle_ms`` (their worker died)."""
        cursor, claimed, *_ = self.r.xautoclaim(
            self.cfg.stream_in, self.cfg.group, self.cfg.consumer, min_idle_time=self.cfg.min_idle_ms,
            start_id=self._claim_cursor, count=self.cfg.batch,
        ) or ["0-0", []]  # (redis-py drops the cursor with JUSTID, so entries come whole and are read again below)
        self._claim_cursor = _s(cursor)
        ids = [_s(eid) for eid, _ in claimed]
        if ids:
            log.info("worker_reclaimed", n=len(ids), consumer=self.cfg.consumer)
        return ids

    def _read(self, block: bool) -> list[tuple[str, dict[bytes, bytes]]]:
        """This consumer's pending entries first (oldest first), then new ones if there is room."""
        cfg = self.cfg
        got = self.r.xreadgroup(cfg.group, cfg.consumer, {cfg.stream_in: "0"}, count=cfg.batch)
        mine = [(_s(eid), f) for eid, f in (got[0][1] if got else []) if f]  # f is empty for a deleted entry
        gone = [_s(eid) for eid, f in (got[0][1] if got else []) if not f]
        if gone:  # pending, but trimmed away: nothing to score
            self.r.xack(cfg.stream_in, cfg.group, *gone)
        room = cfg.batch - len(mine)
        if room <= 0:
            return mine
        wait = cfg.block_ms if block and not mine else None
        got = self.reader.xreadgroup(cfg.group, cfg.consumer, {cfg.stream_in: ">"}, count=room, block=wait)
        return mine + [(_s(eid), f) for eid, f in (got[0][1] if got else [])]

    def _fence(self, entries: list[Entry]) -> tuple[list[Entry], list[str]]:
        """Split into entries that may be scored now and entries that wait (see the module docstring)."""
        if not entries:
            return [], []
        entries = sorted(entries, key=lambda e: _key(e.entry_id))
        mine = {e.entry_id for e in entries}
        newest = entries[-1].entry_id
        blockers = [eid for eid in self._pending_before(newest) if eid not in mine]
        oldest_blocker: dict[str, tuple[int, int]] = {}
        for eid, cid in zip(blockers, self._conversations(blockers)):
            if cid is not None:
                k = _key(eid)
                oldest_blocker[cid] = min(oldest_blocker.get(cid, k), k)
        ready, deferred, waiting = [], [], set()
        for e in entries:
            cid = e.message.conversation_id
            if cid in waiting or (cid in oldest_blocker and oldest_blocker[cid] < _key(e.entry_id)):
                waiting.add(cid)  # later entries of the conversation wait too, keeping order
                deferred.append(e.entry_id)
            else:
                ready.append(e)
        return ready, deferred

    def _pending_before(self, newest: str) -> list[str]:
        """Ids of every pending entry of the group up to ``newest`` (any consumer)."""
        ids: list[str] = []
        start = "-"
        while True:
            page = self.r.xpending_range(self.cfg.stream_in, self.cfg.group, start, newest, 1000)
            ids.extend(_s(p["message_id"]) for p in page)
            if len(page) < 1000:
                return ids
            start = "(" + ids[-1]

    def _conversations(self, entry_ids: list[str]) -> list[str | None]:
        """The conversation of each entry (None when it cannot be read: it will be dead-lettered)."""
        import json

        todo = [eid for eid in entry_ids if eid not in self._conv_of]
        if todo:
            p = self.r.pipeline(transaction=False)
            for eid in todo:
                p.xrange(self.cfg.stream_in, eid, eid)
            if len(self._conv_of) > 100_000:
                self._conv_of.clear()
            for eid, rows in zip(todo, p.execute()):
                cid = None
                if rows:
                    try:
                        data = json.loads(rows[0][1].get(b"m", b""))
                        cid = data.get("conversation_id") if isinstance(data, dict) else None
                    except (ValueError, UnicodeDecodeError):
                        cid = None
                self._conv_of[eid] = cid if isinstance(cid, str) else None
        return [self._conv_of[eid] for eid in entry_ids]

    # -- writes ----------------------------------------------------------------
    def _finish(self, pipe: Any, acked: list[str], outputs: list[tuple[str, dict[str, str]]]) -> None:
        """Queue outputs, then ack and delete the input entries (their text leaves the stream)."""
        cfg = self.cfg
        for stream, fields in outputs:
            pipe.xadd(stream, fields, maxlen=cfg.out_maxlen, approximate=True)
        if acked:
            pipe.xack(cfg.stream_in, cfg.group, *acked)
            pipe.xdel(cfg.stream_in, *acked)

    def _dead_letter(self, bad: list[Bad]) -> None:
        log.warning("worker_dead_letter", n=len(bad), entries=[b.entry_id for b in bad])
        pipe = self.r.pipeline(transaction=True)
        self._finish(pipe, [b.entry_id for b in bad], [(self.cfg.stream_dead, dead_letter_fields(b)) for b in bad])
        pipe.execute()

    def _score(self, ready: list[Entry]) -> list[tuple[str, dict[str, Any]]]:
        ids = [e.entry_id for e in ready]

        def on_commit(results: list[dict[str, Any]], pipe: Any) -> None:
            outputs = [(self.cfg.stream_out, output_fields(eid, a)) for eid, a in zip(ids, results) if is_output(a)]
            if pipe is not None and self.atomic:
                self._finish(pipe, ids, outputs)
                in_commit.append(True)
            else:
                pending.append(outputs)

        pending: list[list[tuple[str, dict[str, str]]]] = []
        in_commit: list[bool] = []
        try:
            results = self.scoring.score([e.message for e in ready], on_commit=on_commit)
        except (redis.RedisError, StaleCase, StaleState):
            raise  # retryable: the entries stay pending and are read again
        except Exception as exc:  # noqa: BLE001 - one bad message must not stall the stream
            if len(ready) == 1:
                log.error("worker_score_failed", exc_type=type(exc).__name__, entry=ready[0].entry_id)
                self._dead_letter([Bad(ready[0].entry_id, f"scoring failed: {type(exc).__name__}",
                                       {"conversation_id": ready[0].message.conversation_id,
                                        "message_id": ready[0].message.message_id})])
                return []
            return [r for e in ready for r in self._score([e])]  # find the one that fails
        if not in_commit:  # the store is not this Redis, or a cluster: ack after the commit (at least once)
            pipe = self.r.pipeline(transaction=True)
            self._finish(pipe, ids, pending[-1] if pending else [])
            pipe.execute()
        return list(zip(ids, results))


def build_worker(settings: Any, analyzer: Any = None, consumer: str | None = None) -> "StreamWorker":
    """A worker wired from service settings (stores, analyzer and scoring as ``create_app`` wires them).

    Raises:
        ValueError: when there is no Redis for the streams.
    """
    from .app import build_services
    from .stores import RedisBackend

    url = settings.stream_url or settings.store_url
    if url == "memory":
        raise ValueError("the worker needs Redis: set CONVOWATCH_STORE_URL (or CONVOWATCH_STREAM_URL with a memory store)")
    if settings.stream_url is None and settings.cluster_store:
        raise ValueError("the worker's streams need one Redis node: set CONVOWATCH_STREAM_URL beside a cluster store")
    services = build_services(settings, analyzer)
    backend = services.backend
    same = isinstance(backend, RedisBackend) and not backend.cluster
    client = backend.client if same else redis.Redis.from_url(url, socket_timeout=5.0)
    reader = redis.Redis.from_url(url, socket_timeout=settings.worker_block_ms / 1000 + 5.0, socket_connect_timeout=1.0)
    config = WorkerConfig(
        stream_in=settings.stream_in, stream_out=settings.stream_out, stream_dead=settings.stream_dead,
        group=settings.stream_group, consumer=consumer or default_consumer_name(), batch=settings.worker_batch,
        block_ms=settings.worker_block_ms, min_idle_ms=settings.worker_min_idle_ms, out_maxlen=settings.stream_maxlen,
        max_text_chars=settings.max_text_chars, media_min_quality=settings.media_min_quality,
    )
    def close() -> None:
        reader.close()
        if client is not getattr(backend, "client", None):
            client.close()
        if services.webhook is not None:
            services.webhook.close()
        backend.close()

    return StreamWorker(services.scoring, client, config, reader=reader, on_close=close)
