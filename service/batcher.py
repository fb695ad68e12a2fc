"""Micro-batching: concurrent requests become one ``analyzer.process_many`` call.

Each request's messages go onto an asyncio queue; one collector task waits a few
milliseconds for more, merges what arrived (in arrival order) and runs the merged
batch on a single worker thread, so the encoder sees one large batch instead of many
small ones and messages of one conversation are never scored concurrently.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..nlp.types import Message


@dataclass
class _Job:
    messages: Sequence[Message]
    future: asyncio.Future


@dataclass
class BatcherStats:
    calls: int = 0
    requests: int = 0
    messages: int = 0
    last_requests_per_call: int = 0
    sizes: list[int] = field(default_factory=list)


class MicroBatcher:
    """Collect for ``wait_ms`` (or until ``max_messages``), then score once.

    Args:
        score: the batch function (``ScoringService.score``); runs on one worker thread.
        wait_ms: how long the first request of a batch waits for company.
        max_messages: a merged batch stops growing here.
        on_batch: called with (requests, messages) per merged call (metrics).
    """

    def __init__(
        self,
        score: Callable[[Sequence[Message]], list[Any]],
        *,
        wait_ms: float = 2.0,
        max_messages: int = 512,
        on_batch: Callable[[int, int], None] | None = None,
    ) -> None:
        self._score = score
        self.wait_s = wait_ms / 1000.0
        self.max_messages = max_messages
        self._on_batch = on_batch
        self._queue: asyncio.Queue[_Job] | None = None
        self._task: asyncio.Task | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="convowatch-score")
        self.stats = BatcherStats()

    async def start(self) -> None:
        if self._task is None:
            self._queue = asyncio.Queue()
            self._task = asyncio.create_task(self._run(), name="convowatch-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        self._pool.shutdown(wait=True)

    async def submit(self, messages: Sequence[Message]) -> list[Any]:
        """Score ``messages`` (possibly together with other requests' messages).

        Raises:
            Whatever the batch function raised for the merged batch.
        """
        await self.start()
        assert self._queue is not None
        fut = asyncio.get_running_loop().create_future()
        await self._queue.put(_Job(messages, fut))
        return await fut

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            jobs = [await self._queue.get()]
            n = len(jobs[0].messages)
            deadline = loop.time() + self.wait_s
            while n < self.max_messages:
                timeout = deadline - loop.time()
                if timeout <= 0 and self._queue.empty():
                    break
                try:
                    job = await asyncio.wait_for(self._queue.get(), max(timeout, 0)) if timeout > 0 else self._queue.get_nowait()
                except (asyncio.TimeoutError, asyncio.QueueEmpty):
                    break
                jobs.append(job)
                n += len(job.messages)
            merged = [m for j in jobs for m in j.messages]
            self.stats.calls += 1
            self.stats.requests += len(jobs)
            self.stats.messages += len(merged)
            self.stats.last_requests_per_call = len(jobs)
            if self._on_batch:
                self._on_batch(len(jobs), len(merged))
            try:
                results = await loop.run_in_executor(self._pool, self._score, merged)
            except BaseException as exc:  # every waiting request gets the failure
                for j in jobs:
                    if not j.future.done():
                        j.future.set_exception(exc)
                if isinstance(exc, asyncio.CancelledError):
                    raise
                continue
            i = 0
            for j in jobs:
                k = len(j.messages)
                if not j.future.done():
                    j.future.set_result(results[i : i + k])
                i += k
