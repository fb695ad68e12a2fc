"""Case notifications: new and updated cases are POSTed to a configured URL.

The body is the case summary (ids, status, categories, urgency, scores) and never
message text: the receiver fetches the case through the API, where reads are audited.
Delivery is at-least-once: a failed POST (connection error or 5xx) is retried with
exponential backoff, each attempt carrying the same ``Idempotency-Key``
(``<case_id>:<version>``) so the receiver can drop repeats. Sending happens on a
background thread; scoring never waits for the receiver.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any, Iterable

import httpx

from .cases import Case
from .logging import get_logger

log = get_logger("webhook")
_STOP = object()


class Webhook:
    """Callable with the changed cases of a commit; see the module docstring.

    Args:
        url: where to POST.
        retries: attempts after the first one.
        backoff_s: first retry delay, doubled per attempt.
        timeout_s: per attempt.
    """

    def __init__(self, url: str, *, retries: int = 3, backoff_s: float = 0.5, timeout_s: float = 5.0) -> None:
        self.url = url
        self.retries = retries
        self.backoff_s = backoff_s
        self._client = httpx.Client(timeout=timeout_s)
        self._queue: queue.Queue = queue.Queue(maxsize=10_000)
        self._thread = threading.Thread(target=self._run, name="convowatch-webhook", daemon=True)
        self._thread.start()
        self.delivered = 0
        self.failed = 0

    def __call__(self, cases: Iterable[Case], opened: set[str] | frozenset[str] = frozenset()) -> None:
        """Queue one event per case: ``case.opened`` for the ids in ``opened`` (cases this
        batch created, whatever version they reached in it), else ``case.updated``."""
        for case in cases:
            event = "case.opened" if case.case_id in opened else "case.updated"
            payload = {"event": event, "case": case.summary()}
            try:
                self._queue.put_nowait((f"{case.case_id}:{case.version}", payload))
            except queue.Full:
                self.failed += 1
                log.warning("webhook_queue_full", case_id=case.case_id)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            self._deliver(*item)

    def _deliver(self, key: str, payload: dict[str, Any]) -> None:
        delay = self.backoff_s
        for attempt in range(self.retries + 1):
            try:
                r = self._client.post(self.url, json=payload, headers={"Idempotency-Key": key})
                if r.status_code < 500:
                    self.delivered += 1
                    if r.status_code >= 400:
                        log.warning("webhook_rejected", status=r.status_code, case_id=payload["case"]["case_id"])
                    return
            except httpx.HTTPError as exc:
                log.info("webhook_retry", attempt=attempt, exc_type=type(exc).__name__)
            if attempt < self.retries:
                time.sleep(delay)
                delay *= 2
        self.failed += 1
        log.warning("webhook_gave_up", case_id=payload["case"]["case_id"], attempts=self.retries + 1)

    def close(self, timeout_s: float = 5.0) -> None:
        """Deliver what is queued (up to ``timeout_s``), then stop."""
        self._queue.put(_STOP)
        self._thread.join(timeout_s)
        self._client.close()
