"""Redis case store: one hash per case, a sorted set by urgency, an audit list.

Layout (``cw`` = prefix):

* ``cw:case:{<tag>}:<case_id>`` hash, for a case id ``case-<hex16>-<tag>`` whose tag
  hashes to its conversation's Redis Cluster slot (:mod:`.slots`); ``cw:case:{<case_id>}``
  for ids without a tag (cases written before tags, still read and updated): ``doc``
  (case JSON without text), ``messages`` (the text, sealed by the codec), plus
  ``status``/``urgency``/``categories`` for filtering without loading documents, and
  ``version`` for compare-and-set. Expires at the case's ``expires_at`` (retention).
* ``<case key>:audit`` list of audit entries (same slot, same expiry).
* ``cw:cases`` sorted set case_id -> urgency rank (lowest first); entries whose hash has
  expired are removed when listing. On a cluster it is a key of its own slot, so it is
  written outside a case's transaction: before the commit (a crash after it cannot hide
  the case from the queue) and again after it (a listing in between may have dropped
  the entry as not there yet).
* ``cw:{<conversation_id>}:case`` the conversation's latest case id (its slot).

Cases are plain Redis data, so they survive service restarts. Every write is
version-checked: :meth:`RedisCaseStore.update` (a moderator) runs under WATCH, and a
batch commit WATCHes the cases it changes and checks their ``version`` first
(:meth:`RedisCaseStore.versions_match`), so neither side overwrites the other.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import redis

from ..cases import AuditEntry, Case, CaseMessage, utcnow
from ..crypto import Codec, PlainCodec
from .memory_cases import matches
from .slots import tag_of_case


class RedisCaseStore:
    """Cases in Redis (see the module docstring for the layout).

    Args:
        cluster: the client is a Redis Cluster client: the queue index is written
            outside the case's transactions (it lives in another slot).
    """

    def __init__(self, client: redis.Redis, prefix: str = "cw", codec: Codec | None = None, clock: Callable[[], Any] = utcnow,
                 *, cluster: bool = False) -> None:
        self.r = client
        self.prefix = prefix
        self.codec = codec or PlainCodec()
        self.clock = clock
        self.cluster = cluster

    def case_key(self, case_id: str) -> str:
        tag = tag_of_case(case_id)
        return f"{self.prefix}:case:{{{tag}}}:{case_id}" if tag else f"{self.prefix}:case:{{{case_id}}}"

    def audit_key(self, case_id: str) -> str:
        return f"{self.case_key(case_id)}:audit"

    @property
    def index_key(self) -> str:
        return f"{self.prefix}:cases"

    def active_key(self, conversation_id: str) -> str:
        return f"{self.prefix}:{{{conversation_id}}}:case"

    # -- encoding ----------------------------------------------------------
    def _fields(self, case: Case) -> dict[str, bytes | str]:
        doc = case.model_dump_json(exclude={"messages"})
        msgs = json.dumps([m.model_dump(mode="json") for m in case.messages], separators=(",", ":"), ensure_ascii=False)
        return {
            "doc": doc,
            "messages": self.codec.seal(msgs.encode("utf-8")),
            "status": case.status.value,
            "urgency": case.urgency or "",
            "categories": ",".join(case.categories),
            "version": str(case.version),
        }

    def _decode(self, h: dict[bytes, bytes]) -> Case:
        case = Case.model_validate_json(h[b"doc"])
        case.messages = [CaseMessage.model_validate(m) for m in json.loads(self.codec.open(h[b"messages"]))]
        return case

    def _ttl_ms(self, case: Case) -> int:
        return max(1, int((case.expires_at - self.clock()).total_seconds() * 1000))

    # -- CaseStore ---------------------------------------------------------
    def get(self, case_id: str) -> Case | None:
        h = self.r.hgetall(self.case_key(case_id))
        return self._decode(h) if h else None

    def get_many(self, case_ids: list[str]) -> dict[str, Case]:
        """The cases that exist among ``case_ids``, in one pipeline."""
        if not case_ids:
            return {}
        p = self.r.pipeline(transaction=False)
        for cid in case_ids:
            p.hgetall(self.case_key(cid))
        return {cid: self._decode(h) for cid, h in zip(case_ids, p.execute()) if h}

    def save(self, case: Case, *, pipe: Any = None, index: bool = True) -> None:
        """Write a case and point its conversation at it; with ``pipe``, only queue the writes.

        Args:
            index: also queue the queue-index entry (False inside a cluster
                transaction: the caller indexes outside it, see :meth:`index`).
        """
        own = pipe is None
        p = self.r.pipeline(transaction=not self.cluster) if own else pipe
        ttl = self._ttl_ms(case)
        key = self.case_key(case.case_id)
        p.delete(key)
        p.hset(key, mapping=self._fields(case))
        p.pexpire(key, ttl)
        p.set(self.active_key(case.conversation_id), case.case_id, px=ttl)
        if index and not (own and self.cluster):
            p.zadd(self.index_key, {case.case_id: case.urgency_rank()})
        if own:
            p.execute()
            if self.cluster:
                self.index([case])

    def index(self, cases: list[Case]) -> None:
        """Put cases in the queue index at their urgency rank (idempotent)."""
        if cases:
            self.r.zadd(self.index_key, {c.case_id: c.urgency_rank() for c in cases})

    def version_of(self, case_id: str, client: Any = None) -> int | None:
        r = client if client is not None else self.r
        version, doc = r.hmget(self.case_key(case_id), ["version", "doc"])
        if version is not None:
            return int(version)
        return None if doc is None else Case.model_validate_json(doc).version  # written before the field existed

    def versions_match(self, pipe: redis.client.Pipeline, base_versions: dict[str, int | None]) -> bool:
        """WATCH the cases and check each still has its base version (None: absent).

        Leaves ``pipe`` watching: queue the writes after ``pipe.multi()``; EXEC then fails
        with ``WatchError`` if any of the cases changed after this check.
        """
        if not base_versions:
            return True
        pipe.watch(*(self.case_key(cid) for cid in base_versions))
        return all(self.version_of(cid, pipe) == v for cid, v in base_versions.items())

    def active_for(self, conversation_id: str) -> str | None:
        raw = self.r.get(self.active_key(conversation_id))
        return raw.decode() if raw else None

    def update(self, case_id: str, fn: Callable[[Case], Case], *, audit: AuditEntry | None = None) -> Case | None:
        key = self.case_key(case_id)
        while True:
            with self.r.pipeline(transaction=True) as pipe:
                try:
                    pipe.watch(key)
                    h = pipe.hgetall(key)
                    if not h:
                        return None
                    ttl = pipe.pttl(key)
                    old = self._decode(h)
                    seen = old.version
                    new = fn(old)
                    new.version = max(new.version, seen + 1)  # every saved change is a new version
                    pipe.multi()
                    pipe.hset(key, mapping=self._fields(new))
                    if not self.cluster:
                        pipe.zadd(self.index_key, {new.case_id: new.urgency_rank()})
                    if audit is not None:  # in the same MULTI/EXEC: no decision without its audit entry
                        pipe.rpush(self.audit_key(case_id), audit.model_dump_json())
                        if ttl and ttl > 0:
                            pipe.pexpire(self.audit_key(case_id), ttl)
                    pipe.execute()
                except redis.WatchError:  # saved meanwhile (a batch extended it): run fn on the fresh case
                    continue
            if self.cluster:
                self.index([new])
            return new

    def list(self, *, status: str | None = None, category: str | None = None, severity: str | None = None, limit: int = 100) -> list[Case]:
        found: list[Case] = []
        start, page = 0, max(limit, 100)
        while len(found) < limit:
            ids = [x.decode() for x in self.r.zrange(self.index_key, start, start + page - 1)]
            if not ids:
                break
            start += page
            p = self.r.pipeline(transaction=False)
            for cid in ids:
                p.hmget(self.case_key(cid), ["status", "urgency", "categories"])
            rows = p.execute()
            gone = [cid for cid, row in zip(ids, rows) if row[0] is None]
            if gone:
                self.r.zrem(self.index_key, *gone)
                start -= len(gone)
            want = []
            for cid, (st, urg, cats) in zip(ids, rows):
                if st is None:
                    continue
                if status and st.decode() != status or severity and urg.decode() != severity:
                    continue
                if category and category not in cats.decode().split(","):
                    continue
                want.append(cid)
            for cid in want[: limit - len(found)]:
                case = self.get(cid)
                if case is not None and matches(case, status, category, severity):
                    found.append(case)
        return found

    def audit(self, case_id: str, entry: AuditEntry | None = None) -> list[AuditEntry]:
        key = self.audit_key(case_id)
        if entry is not None:
            p = self.r.pipeline(transaction=True)
            p.rpush(key, entry.model_dump_json())
            p.pttl(self.case_key(case_id))
            _, ttl = p.execute()
            if ttl and ttl > 0:
                self.r.pexpire(key, ttl)
        return [AuditEntry.model_validate_json(x) for x in self.r.lrange(key, 0, -1)]

    def ping(self) -> bool:
        return bool(self.r.ping())
