"""``convowatch worker`` on the real Redis: shared stream, re-claim, order, dead letters, SIGTERM.

Invariant 2 of DESIGN.md is checked against the HTTP path: the same input sequence gives
the same assessments whether it is posted to the API (memory store) or consumed from the
stream by one or several workers (Redis store).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

import pytest
import redis

from convowatch.service.worker import StreamWorker, build_worker

from service_fixtures import dump_redis, keyword_analyzer, make_client, msg, post, settings

IN, OUT, DEAD, GROUP = "convowatch:in", "convowatch:out", "convowatch:dead", "convowatch"

CHATS = {
    "g": ["hey how was school", "fine", "keep this our secret ok", "ok", "send me a photo", "why", "just because", "hmm"],
    "b": ["you loser", "stop", "loser loser", "leave me alone", "whatever", "bye"],
    "s": ["rough day", "i want to say farewell to everyone", "what do you mean", "just farewell", "please talk to me"],
    "n": ["want to play later", "sure", "at 5?", "ok see you", "cool"],
}


def sequence() -> list[dict[str, Any]]:
    """The chats interleaved round-robin, as a platform would produce them."""
    out, i = [], 0
    while any(i < len(t) for t in CHATS.values()):
        out.extend(msg(cid, i, texts[i], sender=f"{cid}{i % 2}") for cid, texts in CHATS.items() if i < len(texts))
        i += 1
    return out


def strip(a: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in a.items() if k != "case_id"}  # case ids are random per store


@pytest.fixture(scope="module")
def http_baseline() -> dict[tuple[str, str], dict[str, Any]]:
    with make_client("memory") as client:
        results = [post(client, [m]).json()["assessments"][0] for m in sequence()]
    return {(a["conversation_id"], a["message_id"]): strip(a) for a in results}


@pytest.fixture
def r(redis_url: str):
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


def worker(redis_url: str, consumer: str, store_url: str | None = None, **kw: Any) -> StreamWorker:
    base = dict(worker_batch=3, worker_block_ms=20, worker_min_idle_ms=60_000)
    if store_url is not None:
        base["stream_url"] = redis_url
    w = build_worker(settings(store_url or redis_url, **(base | kw)), analyzer=keyword_analyzer(), consumer=consumer)
    w.ensure_group()
    return w


def publish(r: redis.Redis, messages: list[dict[str, Any]]) -> list[str]:
    return [r.xadd(IN, {"m": json.dumps(m)}).decode() for m in messages]


def drain(workers: list[StreamWorker], r: redis.Redis, timeout_s: float = 10.0) -> list[tuple[str, dict]]:
    """Step the workers in turn until every entry is acked; return all results."""
    results, deadline = [], time.monotonic() + timeout_s
    while r.xpending(IN, GROUP)["pending"] or r.xlen(IN):
        assert time.monotonic() < deadline, "the stream did not drain"
        for w in workers:
            results.extend(w.step(block=False).results)
    return results


def assert_same_as_http(results: list[tuple[str, dict]], baseline: dict) -> None:
    fresh = [a for _, a in results if not a.get("duplicate")]
    keys = [(a["conversation_id"], a["message_id"]) for a in fresh]
    assert sorted(keys) == sorted(baseline), "every message exactly once"
    assert {k: strip(a) for k, a in zip(keys, fresh)} == baseline


def test_when_two_workers_share_a_stream_then_each_message_is_scored_once_as_over_http(redis_url, r, http_baseline) -> None:
    workers = [worker(redis_url, "w1"), worker(redis_url, "w2")]
    publish(r, sequence())
    collected: list[list] = [[], []]

    def loop(i: int) -> None:
        while not workers[i].stopping:
            collected[i].extend(workers[i].step().results)

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 15
    while (r.xpending(IN, GROUP)["pending"] or r.xlen(IN)) and time.monotonic() < deadline:
        time.sleep(0.02)
    for w in workers:
        w.stop()
    for t in threads:
        t.join(5)

    assert collected[0] and collected[1], "both workers took a share"
    results = collected[0] + collected[1]
    assert_same_as_http(results, http_baseline)
    flagged = sorted(e for e, a in results if a["flagged"])
    out = r.xrange(OUT)
    assert sorted(f[b"entry"].decode() for _, f in out) == flagged          # flagged assessments were published
    assert all(b"text" not in f[b"a"] for _, f in out)
    assert r.xlen(IN) == 0                                                  # acked entries (and their text) are gone
    for w in workers:
        w.close()


def test_when_the_worker_keeps_windows_in_memory_then_it_still_matches_http_and_acks_everything(redis_url, r, http_baseline) -> None:
    w = worker(redis_url, "solo", store_url="memory")                      # streams in Redis, store in process
    assert not w.atomic
    publish(r, sequence())
    assert_same_as_http(drain([w], r), http_baseline)
    assert r.xlen(OUT) > 0 and r.xpending(IN, GROUP)["pending"] == 0
    w.close()


def test_when_an_older_entry_of_a_conversation_is_held_elsewhere_then_later_ones_wait(redis_url, r, http_baseline) -> None:
    fast, slow = worker(redis_url, "fast"), worker(redis_url, "slow")
    publish(r, sequence())
    held = r.xreadgroup(GROUP, "slow", {IN: ">"}, count=3)[0][1]          # the first message of chats g, b, s
    held_chats = {json.loads(f[b"m"])["conversation_id"] for _, f in held}

    first = fast.step(block=False)                                          # reads n0, g1, b1
    assert [a["conversation_id"] for _, a in first.results] == ["n"]        # the chat nobody else holds goes ahead
    assert len(first.deferred) == 2 and held_chats == {"g", "b", "s"}      # g1 and b1 wait for "slow"

    by_slow = slow.step(block=False).results                                # slow scores what it holds
    assert sorted(e for e, _ in by_slow) == sorted(eid.decode() for eid, _ in held)
    results = first.results + by_slow + drain([fast, slow], r)
    assert_same_as_http(results, http_baseline)
    fast.close()
    slow.close()


def test_when_a_worker_crashes_holding_entries_then_another_reclaims_them_after_min_idle(redis_url, r, http_baseline) -> None:
    survivor = worker(redis_url, "survivor", worker_min_idle_ms=300)
    publish(r, sequence())
    crashed = [eid.decode() for eid, _ in r.xreadgroup(GROUP, "crashed", {IN: ">"}, count=3)[0][1]]  # read, never acked

    early = drain_for(survivor, 0.1)
    assert not set(crashed) & {e for e, _ in early}                         # not stolen before min-idle
    time.sleep(0.3)
    late = survivor.step(block=False)
    assert set(crashed) <= set(late.reclaimed)
    results = early + late.results + drain([survivor], r)
    assert_same_as_http(results, http_baseline)
    assert r.xpending(IN, GROUP)["pending"] == 0
    survivor.close()


def drain_for(w: StreamWorker, seconds: float) -> list[tuple[str, dict]]:
    out, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        out.extend(w.step(block=False).results)
    return out


MARKER = "zebra marmalade"  # text that must never reach the dead-letter stream


@pytest.mark.parametrize(
    "fields, reason",
    [
        ({"x": "1"}, "missing field 'm'"),                                            # no m field
        ({"m": b"\xff\xfe" + MARKER.encode()}, "m: not JSON in UTF-8"),                # not UTF-8
        ({"m": "[1, 2]"}, "m: not a JSON object"),                                    # JSON, wrong shape
        ({"m": json.dumps(msg("c", 1, MARKER) | {"ts": "yesterday"})}, "ts: datetime"),  # bad timestamp
        ({"m": json.dumps(msg("c", 1, "   "))}, "text: value_error"),                  # whitespace only
        ({"m": json.dumps(msg("c", 1, MARKER) | {"extra": 1})}, "body: extra_forbidden"),  # unknown field, not named
        ({"m": json.dumps(msg("c", 1, MARKER * 400))}, "text: longer than 4000"),      # over the limit
        ({"m": "[" * 100_000}, "m: larger than"),                                      # deep nesting (was RecursionError: every worker died)
        ({"m": "[" * 5_000 + "]" * 5_000}, "m: JSON nested too deeply"),                # deep but under the size bound
        ({"m": json.dumps(msg("c", 1, MARKER)).encode("utf-16")}, "m: not JSON in UTF-8"),  # UTF-16 is not UTF-8
        ({"m": json.dumps(msg("c", 1, MARKER) | {"meta": {"age": 1e999}})}, "meta: value_error"),  # inf age
        ({"m": json.dumps(msg("c", 1, MARKER) | {"meta": [1, 2]})}, "meta: dict_type"),  # wrong type
    ],
)
def test_when_an_entry_is_not_a_message_then_it_is_dead_lettered_without_text(redis_url, r, fields, reason) -> None:
    w = worker(redis_url, "w1")
    bad_id = r.xadd(IN, fields).decode()
    publish(r, [msg("ok", 0, "hello")])
    step = w.step(block=False)
    assert step.dead == [bad_id] and [a["conversation_id"] for _, a in step.results] == ["ok"]
    (_, dead), = r.xrange(DEAD)
    assert dead[b"entry"].decode() == bad_id and reason in dead[b"reason"].decode()
    assert r.xpending(IN, GROUP)["pending"] == 0 and r.xlen(IN) == 0
    assert not any(MARKER.encode() in v for _, f in r.xrange(DEAD) for v in f.values())
    w.close()


def test_when_a_message_is_redelivered_after_its_commit_then_it_counts_once_and_publishes_once(redis_url, r) -> None:
    w = worker(redis_url, "w1")
    publish(r, [msg("c", 0, "you loser"), msg("c", 1, "loser loser")])
    first = drain([w], r)
    publish(r, [msg("c", 1, "loser loser")])                                # the platform retries
    again = drain([w], r)
    assert [a.get("duplicate", False) for _, a in first + again] == [False, False, True]
    assert r.xlen(OUT) == sum(bool(a["flagged"]) for _, a in first)
    w.close()


@pytest.mark.slow
def test_when_the_worker_gets_sigterm_then_it_finishes_and_exits_cleanly(redis_url, r) -> None:
    env = os.environ | {"CONVOWATCH_STORE_URL": redis_url, "CONVOWATCH_MODEL": "none", "CONVOWATCH_KEY_PREFIX": "cwtest",
                        "CONVOWATCH_WORKER_BLOCK_MS": "100"}
    proc = subprocess.Popen([sys.executable, "-c", "from convowatch.service.cli import main; main()", "worker"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        publish(r, [msg("c", 0, "hello there")])
        deadline = time.monotonic() + 20
        while r.xlen(IN) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert r.xlen(IN) == 0, "the worker did not consume the stream"
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert b'"event": "worker_stopped"' in out and b"hello there" not in out


def test_when_a_benign_stream_has_been_consumed_then_no_redis_key_holds_its_text(redis_url, r) -> None:
    w = worker(redis_url, "w1", window_ttl_s=0.3, dedup_ttl_s=60)
    chat = [msg("n", i, t) for i, t in enumerate(CHATS["n"])] + [msg("g", i, t) for i, t in enumerate(CHATS["g"])]
    publish(r, chat)
    drain([w], r)
    time.sleep(0.45)                                                        # past the window TTL
    values = b"".join(dump_redis(redis_url).values())
    values += b"".join(v for stream in (IN, OUT, DEAD) for _, f in r.xrange(stream) for v in f.values())  # DUMP may compress
    for t in CHATS["n"]:
        assert t.encode() not in values, "benign text outlived its window"
    assert b"send me a photo" in values                                     # positive control: the case keeps it
    w.close()


def test_when_the_store_is_a_cluster_then_the_worker_acks_after_each_commit_and_still_matches_http(
    redis_url, cluster_url, r, http_baseline
) -> None:
    w = worker(redis_url, "solo", store_url=cluster_url)                   # streams on one node, store on a cluster
    assert not w.atomic
    publish(r, sequence())
    assert_same_as_http(drain([w], r), http_baseline)
    assert r.xlen(OUT) > 0 and r.xpending(IN, GROUP)["pending"] == 0 and r.xlen(IN) == 0
    w.close()


def test_when_the_store_is_a_cluster_and_no_stream_url_is_set_then_the_worker_refuses_to_start(cluster_url) -> None:
    with pytest.raises(ValueError, match="CONVOWATCH_STREAM_URL"):
        build_worker(settings(cluster_url), analyzer=keyword_analyzer(), consumer="x")
