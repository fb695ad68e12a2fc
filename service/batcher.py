"""Micro-batching: concurrent requests become one ``analyzer.process_many`` call.

Each request puts its messages on a queue and awaits a future. One worker thread takes
the first waiting request, collects whatever else arrives within a few milliseconds
(up to a message cap), scores the merged batch in one call and hands each request its
own slice of the results. One thread also means messages of one conversation are
never scored concurrently. The queue is thread-safe and the futures are wrapped for
whichever event loop awaits them, so the batcher works under any server or test client.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Callable, Sequence


@dataclass
class BatcherStats:
    calls: int = 0
    requests: int = 0
    messages: int = 0


_STOP = object()


class MicroBatcher:
    """Collect for ``wait_ms`` (or until ``max_messages``), then score once.

    Args:
        score: the batch function (``ScoringService.score``); runs on the worker thread.
        wait_ms: how long the first request of a batch waits for company.
        max_messages: a merged batch stops growing here.
        on_batch: called with (requests, messages) per merged call (metrics).
        shared_failures: exceptions that concern every request alike (the store is down):
            every waiting request gets them. Any other failure of a merged batch is
            isolated by scoring each request alone, so one request's bad message never
            fails another client's request.
    """

    def __init__(
        self,
        score: Callable[[Sequence[Any]], list[Any]],
        *,
        wait_ms: float = 2.0,
        max_messages: int = 512,
        on_batch: Callable[[int, int], None] | None = None,
        shared_failures: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
    ) -> None:
        self._score = score
        self._shared = shared_failures
        self.wait_s = wait_ms / 1000.0
        self.max_messages = max_messages
        self._on_batch = on_batch
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.stats = BatcherStats()

    async def start(self) -> None:
        self._ensure_thread()

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="convowatch-batcher", daemon=True)
                self._thread.start()

    async def stop(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None and thread.is_alive():
            self._queue.put(_STOP)
            await asyncio.get_running_loop().run_in_executor(None, thread.join, 10)

    async def submit(self, messages: Sequence[Any]) -> list[Any]:
        """Score ``messages`` (possibly together with other requests' messages).

        Raises:
            Whatever the batch function raised for the merged batch.
        """
        self._ensure_thread()
        fut: Future = Future()
        self._queue.put((messages, fut))
        return await asyncio.wrap_future(fut)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            jobs = [first]
            n = len(first[0])
            deadline = time.monotonic() + self.wait_s
            stop = False
            while n < self.max_messages:
                timeout = deadline - time.monotonic()
                try:
                    job = self._queue.get(timeout=timeout) if timeout > 0 else self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is _STOP:
                    stop = True
                    break
                jobs.append(job)
                n += len(job[0])
            self._process(jobs)
            if stop:
                return

    def _process(self, jobs: list[tuple[Sequence[Any], Future]]) -> None:
        merged = [m for msgs, _ in jobs for m in msgs]
        self.stats.calls += 1
        self.stats.requests += len(jobs)
        self.stats.messages += len(merged)
        if self._on_batch:
            self._on_batch(len(jobs), len(merged))
        try:
            results = self._score(merged)
        except BaseException as exc:  # noqa: BLE001 - the worker thread must live on
            if len(jobs) == 1 or isinstance(exc, self._shared):
                for _, fut in jobs:
                    fut.set_exception(exc)
                return
            # one request's failure is that request's: score each alone (a failed batch
            # wrote nothing), so the others are answered as if they had come alone
            for msgs, fut in jobs:
                try:
                    fut.set_result(self._score(msgs))
                except BaseException as each:  # noqa: BLE001
                    fut.set_exception(each)
            return
        i = 0
        for msgs, fut in jobs:
            fut.set_result(results[i : i + len(msgs)])
            i += len(msgs)
