"""Micro-batching: concurrent requests are scored in one analyzer call, each gets its own results."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from convowatch.nlp.analyzer import Analyzer
from convowatch.service.app import create_app
from convowatch.service.batcher import MicroBatcher

from service_fixtures import INGEST, KeywordDetector, auth, msg, settings


class CountingAnalyzer(Analyzer):
    """The real analyzer, recording the size of every pure-step call the service makes."""

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.calls: list[int] = []

    def assess(self, messages, snapshots):
        self.calls.append(len(messages))
        return super().assess(messages, snapshots)


def test_when_two_requests_arrive_together_then_one_analyzer_call_scores_both() -> None:
    analyzer = CountingAnalyzer(rules=None, detectors=[KeywordDetector()])
    app = create_app(settings(batch_wait_ms=50.0), analyzer)

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            a = c.post("/v1/messages", json={"messages": [msg("c1", 0, "hello"), msg("c1", 1, "secret")]}, headers=auth(INGEST))
            b = c.post("/v1/messages", json={"messages": [msg("c2", 0, "hi")]}, headers=auth(INGEST))
            out = await asyncio.gather(a, b)
            await app.state.services.batcher.stop()
            return out

    ra, rb = asyncio.run(run())
    assert analyzer.calls == [3]  # one call, both requests' messages
    assert [x["message_id"] for x in ra.json()["assessments"]] == ["m0", "m1"]  # each request gets its own, in order
    assert [x["conversation_id"] for x in rb.json()["assessments"]] == ["c2"]
    assert app.state.services.batcher.stats.requests == 2


@pytest.mark.parametrize(
    "wait_ms, max_messages, sizes, expected_calls",
    [
        (50.0, 100, [1, 1, 1], 1),   # all arrive within the wait: one call
        (50.0, 2, [1, 1, 1], 2),     # the cap stops a batch growing: 2 + 1
        (0.0, 100, [5], 1),          # no waiting: a lone request still goes through
    ],
)
def test_when_requests_are_batched_then_limits_hold(wait_ms: float, max_messages: int, sizes: list[int], expected_calls: int) -> None:
    calls: list[int] = []

    def score(batch):
        calls.append(len(batch))
        return [m * 10 for m in batch]

    async def run():
        b = MicroBatcher(score, wait_ms=wait_ms, max_messages=max_messages)
        jobs = [list(range(sum(sizes[:i]), sum(sizes[: i + 1]))) for i in range(len(sizes))]
        out = await asyncio.gather(*(b.submit(j) for j in jobs))
        await b.stop()
        return jobs, out

    jobs, out = asyncio.run(run())
    assert len(calls) == expected_calls and sum(calls) == sum(sizes)
    assert out == [[m * 10 for m in j] for j in jobs]


def test_when_the_batch_fails_then_every_waiting_request_gets_the_error_and_the_worker_survives() -> None:
    failures = [ConnectionError("store down")]

    def score(batch):
        if failures:
            raise failures.pop()
        return list(batch)

    async def run():
        b = MicroBatcher(score, wait_ms=20.0)
        out = await asyncio.gather(b.submit([1]), b.submit([2]), return_exceptions=True)
        later = await asyncio.wait_for(b.submit([3]), 2)
        await b.stop()
        return out, later

    out, later = asyncio.run(run())
    assert all(isinstance(e, ConnectionError) for e in out)
    assert later == [3]


class Boom(KeywordDetector):
    """A detector with a bug that only one message triggers."""

    name = "boom.v1"

    def detect(self, window):
        if window.current.message.text == "boom":
            raise RuntimeError("detector bug")
        return []


def test_when_one_request_of_a_micro_batch_fails_then_the_others_are_answered() -> None:
    """Issue 12: a scoring failure of one message is its request's problem, never another client's."""
    analyzer = CountingAnalyzer(rules=None, detectors=[KeywordDetector(), Boom()])
    app = create_app(settings(batch_wait_ms=50.0), analyzer)

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            innocent = c.post("/v1/messages", json={"messages": [msg("c1", 0, "hello"), msg("c1", 1, "secret")]},
                              headers=auth(INGEST))
            faulty = c.post("/v1/messages", json={"messages": [msg("c2", 0, "hi"), msg("c2", 1, "boom")]}, headers=auth(INGEST))
            out = await asyncio.gather(innocent, faulty)
            retry = await c.post("/v1/messages", json={"messages": [msg("c2", 0, "hi")]}, headers=auth(INGEST))
            await app.state.services.batcher.stop()
            return [*out, retry]

    innocent, faulty, retry = asyncio.run(run())
    assert analyzer.calls[0] == 4  # they were merged, then scored alone
    assert innocent.status_code == 200 and [a["message_id"] for a in innocent.json()["assessments"]] == ["m0", "m1"]
    assert faulty.status_code == 500 and "boom" not in faulty.text
    # the failed request left nothing behind: its first message is new, not a duplicate
    assert retry.status_code == 200 and retry.json()["assessments"][0].get("duplicate", False) is False
    store = app.state.services.backend.windows
    assert [e.message.message_id for e in store.window("c2")] == ["m0"]
