"""In-process case store (the embedded default); same behaviour as the Redis one."""

from __future__ import annotations

import threading
from typing import Any, Callable

from ..cases import AuditEntry, Case, utcnow


def matches(case: Case, status: str | None, category: str | None, severity: str | None) -> bool:
    return (
        (status is None or case.status.value == status)
        and (category is None or category in case.categories)
        and (severity is None or case.urgency == severity)
    )


class MemoryCaseStore:
    """Cases in a dict; expired cases (past ``expires_at``) are purged on access."""

    def __init__(self, clock: Callable[[], Any] = utcnow) -> None:
        self._cases: dict[str, Case] = {}
        self._active: dict[str, str] = {}
        self._audit: dict[str, list[AuditEntry]] = {}
        self._lock = threading.RLock()
        self._clock = clock

    def _purge(self) -> None:
        now = self._clock()
        for cid in [k for k, c in self._cases.items() if c.expires_at <= now]:
            case = self._cases.pop(cid)
            self._audit.pop(cid, None)
            if self._active.get(case.conversation_id) == cid:
                del self._active[case.conversation_id]

    def get(self, case_id: str) -> Case | None:
        with self._lock:
            self._purge()
            c = self._cases.get(case_id)
            return c.model_copy(deep=True) if c else None

    def save(self, case: Case, *, pipe: Any = None) -> None:
        with self._lock:
            self._cases[case.case_id] = case.model_copy(deep=True)
            self._active[case.conversation_id] = case.case_id

    def active_for(self, conversation_id: str) -> str | None:
        with self._lock:
            self._purge()
            return self._active.get(conversation_id)

    def update(self, case_id: str, fn: Callable[[Case], Case], *, audit: AuditEntry | None = None) -> Case | None:
        # optimistic, like the Redis store: fn runs outside the lock on a copy, and the
        # save happens only if nobody saved the case meanwhile (else fn runs again)
        while True:
            case = self.get(case_id)
            if case is None:
                return None
            seen = case.version
            new = fn(case)
            new.version = max(new.version, seen + 1)  # every saved change is a new version
            with self._lock:
                if self.version_of(case_id) == seen:
                    if audit is not None:  # first: if the trail cannot be written, nothing is
                        self._audit.setdefault(case_id, []).append(audit)
                    self._cases[case_id] = new.model_copy(deep=True)
                    return new

    def version_of(self, case_id: str) -> int | None:
        with self._lock:
            c = self._cases.get(case_id)
            return c.version if c is not None else None

    def save_if(self, cases: list[Case], base_versions: dict[str, int | None]) -> bool:
        """Save ``cases`` only if each still has its base version (None: absent); all or nothing."""
        with self._lock:
            self._purge()
            if any(self.version_of(cid) != v for cid, v in base_versions.items()):
                return False
            for c in cases:
                self.save(c)
            return True

    def list(self, *, status: str | None = None, category: str | None = None, severity: str | None = None, limit: int = 100) -> list[Case]:
        with self._lock:
            self._purge()
            found = [c for c in self._cases.values() if matches(c, status, category, severity)]
            found.sort(key=lambda c: (c.urgency_rank(), c.case_id))
            return [c.model_copy(deep=True) for c in found[:limit]]

    def audit(self, case_id: str, entry: AuditEntry | None = None) -> list[AuditEntry]:
        with self._lock:
            trail = self._audit.setdefault(case_id, [])
            if entry is not None:
                trail.append(entry)
            return list(trail)

    def ping(self) -> bool:
        return True
