"""Where hash banks live: in memory (optionally saved to a JSON file), or in Redis.

Every change bumps a version and appends an audit entry (who, what, how many; never
media). Readers hold a :class:`~convowatch.nlp.media.HashBanks` built for one version
and rebuild when the version moves, so every API process and worker matches against
the same banks within one version check of a change.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from ...nlp.media.banks import Bank, BankEntry, HashBanks, IndexedEntry

FILE_FORMAT = "convowatch.banks.v1"
AUDIT_KEEP = 10_000
#: Banks at least this large are re-indexed in the background after a change.
BACKGROUND_REBUILD_ENTRIES = 100_000


class BankAudit(BaseModel):
    """One change to the banks."""

    model_config = ConfigDict(extra="forbid")

    at: datetime
    actor: str
    action: Literal["put_bank", "delete_bank", "add_entries", "remove_entry"]
    bank: str
    count: int = 0
    entry_id: str | None = None
    version: int


class _BankRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bank: Bank
    entries: list[BankEntry] = Field(default_factory=list)


class BankFile(BaseModel):
    """The saved form of a memory bank store (``banks.json``)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["convowatch.banks.v1"] = FILE_FORMAT
    version: int = 0
    banks: list[_BankRecord] = Field(default_factory=list)
    audit: list[BankAudit] = Field(default_factory=list)


class UnknownBank(KeyError):
    """No bank of that name."""


class BankStore(Protocol):
    def current(self) -> HashBanks: ...
    def list_banks(self) -> list[tuple[Bank, int]]: ...
    def put_bank(self, bank: Bank, actor: str) -> int: ...
    def delete_bank(self, name: str, actor: str) -> int: ...
    def add_entries(self, name: str, entries: list[BankEntry], actor: str) -> int: ...
    def remove_entry(self, name: str, entry_id: str, actor: str) -> bool: ...
    def audit(self, limit: int = 100) -> list[BankAudit]: ...
    def close(self) -> None: ...


def _now() -> datetime:
    return datetime.now(timezone.utc)


class MemoryBankStore:
    """Banks in this process; saved to ``path`` after every change when one is given."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.Lock()
        self._banks: dict[str, Bank] = {}
        self._entries: dict[str, dict[str, BankEntry]] = {}
        self._audit: list[BankAudit] = []
        self._version = 0
        self._current: HashBanks | None = None
        if self.path is not None and self.path.exists():
            data = BankFile.model_validate_json(self.path.read_text(encoding="utf-8"))
            self._version = data.version
            self._audit = list(data.audit)
            for rec in data.banks:
                self._banks[rec.bank.name] = rec.bank
                self._entries[rec.bank.name] = {e.entry_id: e for e in rec.entries}

    def _changed(self, actor: str, action: str, bank: str, count: int = 0, entry_id: str | None = None) -> int:
        self._version += 1
        self._current = None
        self._audit.append(BankAudit(at=_now(), actor=actor, action=action, bank=bank, count=count,  # type: ignore[arg-type]
                                     entry_id=entry_id, version=self._version))
        del self._audit[:-AUDIT_KEEP]
        if self.path is not None:
            data = BankFile(version=self._version, audit=self._audit,
                            banks=[_BankRecord(bank=b, entries=list(self._entries.get(n, {}).values()))
                                   for n, b in sorted(self._banks.items())])
            tmp = self.path.with_suffix(self.path.suffix + ".tmp")
            tmp.write_text(data.model_dump_json(indent=1), encoding="utf-8")
            tmp.replace(self.path)
        return self._version

    def current(self) -> HashBanks:
        with self._lock:
            if self._current is None:
                self._current = HashBanks(dict(self._banks), {n: list(e.values()) for n, e in self._entries.items()},
                                          self._version)
            return self._current

    def list_banks(self) -> list[tuple[Bank, int]]:
        with self._lock:
            return [(b, len(self._entries.get(n, {}))) for n, b in sorted(self._banks.items())]

    def put_bank(self, bank: Bank, actor: str) -> int:
        with self._lock:
            self._banks[bank.name] = bank
            self._entries.setdefault(bank.name, {})
            return self._changed(actor, "put_bank", bank.name)

    def delete_bank(self, name: str, actor: str) -> int:
        with self._lock:
            if name not in self._banks:
                raise UnknownBank(name)
            n = len(self._entries.pop(name, {}))
            del self._banks[name]
            return self._changed(actor, "delete_bank", name, n)

    def add_entries(self, name: str, entries: list[BankEntry], actor: str) -> int:
        with self._lock:
            if name not in self._banks:
                raise UnknownBank(name)
            stamped = [e if e.added_at else e.model_copy(update={"added_at": _now()}) for e in entries]
            self._entries[name].update({e.entry_id: e for e in stamped})
            self._changed(actor, "add_entries", name, len(stamped))
            return len(stamped)

    def remove_entry(self, name: str, entry_id: str, actor: str) -> bool:
        with self._lock:
            if name not in self._banks:
                raise UnknownBank(name)
            if self._entries[name].pop(entry_id, None) is None:
                return False
            self._changed(actor, "remove_entry", name, 1, entry_id)
            return True

    def audit(self, limit: int = 100) -> list[BankAudit]:
        with self._lock:
            return list(reversed(self._audit[-limit:]))

    def close(self) -> None:
        pass


class RedisBankStore:
    """Banks in Redis, shared by every API process and worker.

    Keys (prefix ``cw``): ``cw:banks:cfg`` (hash: name -> bank JSON),
    ``cw:banks:entries:<name>`` (hash: entry id -> entry JSON), ``cw:banks:version``,
    ``cw:banks:audit`` (list, newest first, capped). A change is one MULTI/EXEC with its
    version bump and audit entry.
    """

    def __init__(self, client: Any, prefix: str = "cw") -> None:
        self.r = client
        self.p = prefix
        self._lock = threading.Lock()
        self._current: HashBanks | None = None
        self._building: threading.Thread | None = None
        from redis.cluster import RedisCluster

        self._cluster = isinstance(client, RedisCluster)

    def _k(self, *parts: str) -> str:
        # on a cluster every bank key shares one slot, so a change stays one MULTI/EXEC
        return ":".join((self.p, "{banks}" if self._cluster else "banks", *parts))

    def _version(self) -> int:
        return int(self.r.get(self._k("version")) or 0)

    def current(self) -> HashBanks:
        """The banks at the latest version; a large rebuild happens in the background.

        Below :data:`BACKGROUND_REBUILD_ENTRIES` the new version is loaded at once (a
        change is in force at the next batch). Above it, the previous banks keep
        matching while a thread loads and indexes the new ones (about 5 s per million
        entries), so a bank change never stalls scoring.
        """
        version = self._version()  # one GET per call: a change elsewhere is seen at the next batch
        with self._lock:
            cur = self._current
            if cur is not None and cur.version == version:
                return cur
            if cur is not None and len(cur) >= BACKGROUND_REBUILD_ENTRIES:
                if self._building is None or not self._building.is_alive():
                    self._building = threading.Thread(target=self._load, name="convowatch-banks-rebuild", daemon=True)
                    self._building.start()
                return cur
        return self._load()

    def _load(self) -> HashBanks:
        pipe = self.r.pipeline(transaction=True)
        pipe.get(self._k("version"))
        pipe.hgetall(self._k("cfg"))
        version_raw, cfg = pipe.execute()
        banks = {k.decode(): Bank.model_validate_json(v) for k, v in cfg.items()}
        entries = {}
        for name in banks:  # validated when written; read back lean (json, not pydantic: millions of entries)
            raw = self.r.hgetall(self._k("entries", name))
            entries[name] = [IndexedEntry(d["entry_id"], d["hash"], d.get("label", "")) for d in map(json.loads, raw.values())]
        hb = HashBanks(banks, entries, int(version_raw or 0))
        hb.warm()
        with self._lock:
            if self._current is None or hb.version >= self._current.version:
                self._current = hb
        return hb

    def list_banks(self) -> list[tuple[Bank, int]]:
        cfg = sorted(self.r.hgetall(self._k("cfg")).items())
        pipe = self.r.pipeline(transaction=False)
        for k, _ in cfg:
            pipe.hlen(self._k("entries", k.decode()))
        return [(Bank.model_validate_json(v), int(n)) for (_, v), n in zip(cfg, pipe.execute())]

    def _change(self, write: Callable[[Any], None], actor: str, action: str, bank: str, count: int = 0,
                entry_id: str | None = None) -> int:
        """Apply ``write`` to a transaction together with the version bump and the audit entry
        naming that version: one MULTI/EXEC, retried if another process changed the banks."""
        key = self._k("version")
        out = [0]

        def tx(pipe: Any) -> None:
            version = int(pipe.get(key) or 0) + 1
            entry = BankAudit(at=_now(), actor=actor, action=action, bank=bank, count=count,  # type: ignore[arg-type]
                              entry_id=entry_id, version=version)
            pipe.multi()
            write(pipe)
            pipe.set(key, version)
            pipe.lpush(self._k("audit"), entry.model_dump_json())
            pipe.ltrim(self._k("audit"), 0, AUDIT_KEEP - 1)
            out[0] = version

        self.r.transaction(tx, key)
        return out[0]

    def _exists(self, name: str) -> None:
        if not self.r.hexists(self._k("cfg"), name):
            raise UnknownBank(name)

    def put_bank(self, bank: Bank, actor: str) -> int:
        return self._change(lambda p: p.hset(self._k("cfg"), bank.name, bank.model_dump_json()), actor, "put_bank", bank.name)

    def delete_bank(self, name: str, actor: str) -> int:
        self._exists(name)
        n = int(self.r.hlen(self._k("entries", name)))

        def write(p: Any) -> None:
            p.hdel(self._k("cfg"), name)
            p.delete(self._k("entries", name))

        return self._change(write, actor, "delete_bank", name, n)

    def add_entries(self, name: str, entries: list[BankEntry], actor: str) -> int:
        self._exists(name)
        docs = {e.entry_id: (e if e.added_at else e.model_copy(update={"added_at": _now()})).model_dump_json() for e in entries}
        items = list(docs.items())

        def write(p: Any) -> None:
            for i in range(0, len(items), 10_000):
                p.hset(self._k("entries", name), mapping=dict(items[i:i + 10_000]))

        self._change(write, actor, "add_entries", name, len(entries))
        return len(entries)

    def remove_entry(self, name: str, entry_id: str, actor: str) -> bool:
        self._exists(name)
        if not self.r.hexists(self._k("entries", name), entry_id):
            return False
        self._change(lambda p: p.hdel(self._k("entries", name), entry_id), actor, "remove_entry", name, 1, entry_id)
        return True

    def audit(self, limit: int = 100) -> list[BankAudit]:
        return [BankAudit.model_validate_json(x) for x in self.r.lrange(self._k("audit"), 0, limit - 1)]

    def close(self) -> None:
        pass


def open_bank_store(url_or_path: str | Path | None, *, prefix: str = "cw") -> BankStore:
    """``redis://...`` -> :class:`RedisBankStore`; a path -> a file-backed memory store; None -> memory."""
    if url_or_path is None:
        return MemoryBankStore()
    s = str(url_or_path)
    if s.startswith(("redis://", "rediss://", "unix://")):
        import redis

        return RedisBankStore(redis.Redis.from_url(s, socket_timeout=10.0), prefix)
    return MemoryBankStore(Path(s))
