"""Faults, for real: a worker process SIGKILLed mid-stream, and a Redis restart under the
API and a worker (issue 12, "fault and fuzz tests in the suite").

Both compare against a run without the fault: the same messages must give the same
cases and count every message exactly once.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import redis

from convowatch.nlp.analyzer import Analyzer
from convowatch.service.cli._common import demo_corpus_path
from convowatch.service.stores import make_backend
from convowatch.service.worker import build_worker

from service_fixtures import keyword_analyzer, make_client, msg, post, settings

pytestmark = [pytest.mark.slow, pytest.mark.redis]

GROUP = "convowatch"


def demo_stream(copies: int) -> list[dict[str, Any]]:
    """The demo corpus ``copies`` times over (distinct conversation ids), interleaved
    round-robin as a platform would send it."""
    convs = [json.loads(line) for line in demo_corpus_path().read_text().splitlines() if line.strip()]
    threads = []
    for k in range(copies):
        for c in convs:
            cid = f"{c['conversation_id']}~{k}"
            threads.append([{"conversation_id": cid, **{f: m[f] for f in ("message_id", "sender_id", "ts", "text")},
                             **({"meta": m["meta"]} if m.get("meta") else {})} for m in c["messages"]])
    out, i = [], 0
    while any(i < len(t) for t in threads):
        out.extend(t[i] for t in threads if i < len(t))
        i += 1
    return out


def streams(tag: str) -> dict[str, str]:
    return {"stream_in": f"convowatch:{tag}:in", "stream_out": f"convowatch:{tag}:out",
            "stream_dead": f"convowatch:{tag}:dead", "stream_group": GROUP}


def case_views(url: str, prefix: str) -> dict[str, tuple]:
    """Each conversation's case: categories and (message id, role) in order; no case ids."""
    backend = make_backend(url, prefix=prefix)
    try:
        return {c.conversation_id: (tuple(c.categories), tuple((m.message_id, m.role) for m in c.messages))
                for c in backend.cases.list(limit=10_000)}
    finally:
        backend.close()


def counted(url: str, prefix: str, conversation_ids: set[str]) -> dict[str, int]:
    """Messages counted into each conversation's fusion state."""
    backend = make_backend(url, prefix=prefix)
    try:
        reader = Analyzer(rules=None, store=backend.windows)
        return {cid: (r.n_messages if (r := reader.risk(cid)) else 0) for cid in conversation_ids}
    finally:
        backend.close()


def all_acked(r: redis.Redis, stream: str) -> bool:
    """Every entry scored: the worker deletes an entry from the input stream when it acks it."""
    (g,) = r.xinfo_groups(stream)
    return g["pending"] == 0 and r.xlen(stream) == 0


def wait_for(pred, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


# -- a worker SIGKILLed mid-stream ------------------------------------------------------


def test_when_one_of_two_worker_processes_is_killed_mid_stream_then_cases_match_a_single_worker(redis_url: str) -> None:
    messages = demo_stream(copies=4)
    ids = {m["conversation_id"] for m in messages}
    r = redis.Redis.from_url(redis_url)

    # the reference: one in-process worker, rules only (what the subprocesses run), its own keys
    ref = build_worker(settings(redis_url, key_prefix="cwtest-ref", model=None, worker_batch=8, **streams("ref")),
                       consumer="ref")
    ref.ensure_group()
    for m in messages:
        r.xadd(streams("ref")["stream_in"], {"m": json.dumps(m)})
    deadline = time.monotonic() + 120
    while not all_acked(r, streams("ref")["stream_in"]):
        assert time.monotonic() < deadline
        ref.step(block=False)
    ref.close()

    tag = streams("kill")
    env = os.environ | {"CONVOWATCH_STORE_URL": redis_url, "CONVOWATCH_MODEL": "none", "CONVOWATCH_KEY_PREFIX": "cwtest-kill",
                        "CONVOWATCH_WORKER_BATCH": "8", "CONVOWATCH_WORKER_BLOCK_MS": "50",
                        "CONVOWATCH_WORKER_MIN_IDLE_MS": "500"} | {f"CONVOWATCH_{k.upper()}": v for k, v in tag.items()}
    cmd = [sys.executable, "-c", "from convowatch.service.cli import main; main()", "worker", "--log-level", "warning"]
    procs = {name: subprocess.Popen(cmd + ["--consumer", name], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for name in ("doomed", "survivor")}
    try:
        def both_reading() -> bool:
            try:
                return len(r.xinfo_consumers(tag["stream_in"], GROUP)) == 2
            except redis.ResponseError:  # the group does not exist yet
                return False

        wait_for(both_reading, 90, "both workers to start reading")
        pipe = r.pipeline(transaction=False)
        for m in messages:
            pipe.xadd(tag["stream_in"], {"m": json.dumps(m)})
        pipe.execute()

        def doomed_holds_entries() -> bool:
            return bool(r.xpending_range(tag["stream_in"], GROUP, "-", "+", 1, consumername="doomed"))

        wait_for(doomed_holds_entries, 60, "the doomed worker to hold entries")
        procs["doomed"].send_signal(signal.SIGKILL)  # no clean-up, no ack: its entries stay pending
        procs["doomed"].wait(10)
        done = r.xlen(tag["stream_out"])
        wait_for(lambda: all_acked(r, tag["stream_in"]), 120, "the survivor to re-claim and finish")
        procs["survivor"].send_signal(signal.SIGTERM)
        assert procs["survivor"].wait(20) == 0
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()

    assert done < len(messages), "the kill came after the work was done; the test proved nothing"
    assert counted(redis_url, "cwtest-kill", ids) == counted(redis_url, "cwtest-ref", ids)
    assert counted(redis_url, "cwtest-ref", ids) == {cid: sum(m["conversation_id"] == cid for m in messages) for cid in ids}
    ref_cases = case_views(redis_url, "cwtest-ref")
    assert ref_cases, "the demo stream must open cases"
    assert case_views(redis_url, "cwtest-kill") == ref_cases
    flagged = [json.loads(f[b"a"]) for _, f in r.xrange(tag["stream_out"])]
    keys = [(a["conversation_id"], a["message_id"]) for a in flagged if not a.get("duplicate")]
    assert len(keys) == len(set(keys)), "an assessment was published twice"
    r.close()


# -- a Redis restart under the API and a worker -----------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OwnRedis:
    """A redis-server this test starts on a loopback port, with AOF fsync on every write,
    so a restart keeps every acknowledged write (and nothing else on the machine is touched)."""

    def __init__(self, folder: Path) -> None:
        self.port = _free_port()
        self.folder = folder
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--dir", str(self.folder), "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)

        def up() -> bool:
            try:
                return bool(client.ping())
            except redis.RedisError:
                return False

        wait_for(up, 20, "redis-server to start")
        client.close()

    def crash(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = OwnRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        if server.proc is not None and server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()


CHATS = {
    "g": ["hey how was school", "fine", "keep this our secret ok", "ok", "send me a photo", "why", "just because", "hmm"],
    "b": ["you loser", "stop", "loser loser", "leave me alone", "whatever", "bye"],
    "s": ["rough day", "i want to say farewell to everyone", "what do you mean", "just farewell", "please talk to me"],
    "n": ["want to play later", "sure", "at 5?", "ok see you", "cool"],
}


def chat_sequence(prefix: str) -> list[dict[str, Any]]:
    out, i = [], 0
    while any(i < len(t) for t in CHATS.values()):
        out.extend(msg(prefix + cid, i, texts[i], sender=f"{cid}{i % 2}") for cid, texts in CHATS.items() if i < len(texts))
        i += 1
    return out


def _views(cases: list[Any]) -> dict[str, tuple]:
    return {c.conversation_id: (tuple(c.categories), tuple((m.message_id, m.role) for m in c.messages)) for c in cases}


def test_when_redis_crashes_and_restarts_under_the_api_and_a_worker_then_nothing_accepted_is_lost(own_redis: OwnRedis) -> None:
    api_msgs, stream_msgs = chat_sequence("api-"), chat_sequence("wrk-")
    everything = api_msgs + stream_msgs
    with make_client("memory", keyword_analyzer()) as ref_client:  # the reference: same messages, no fault
        for m in everything:
            assert post(ref_client, [m]).status_code == 200
        reference = _views(ref_client.app.state.services.backend.cases.list(limit=1000))
    assert {"api-g", "api-b", "api-s", "wrk-g", "wrk-b", "wrk-s"} <= set(reference)

    worker = build_worker(settings(own_redis.url, key_prefix="cwtest", worker_batch=2, worker_block_ms=20,
                                   worker_min_idle_ms=500), analyzer=keyword_analyzer(), consumer="w1")
    worker.ensure_group()
    thread = threading.Thread(target=worker.run, kwargs={"backoff_s": 0.1}, daemon=True)
    r = redis.Redis(port=own_redis.port)
    half = len(api_msgs) // 2
    with make_client(own_redis.url, keyword_analyzer()) as client:
        thread.start()
        for m in api_msgs[:half]:
            assert post(client, [m]).status_code == 200
        for m in stream_msgs[:half]:
            r.xadd("convowatch:in", {"m": json.dumps(m)})
        own_redis.crash()  # SIGKILL: only what AOF (fsync always) holds survives
        down = post(client, [api_msgs[half]])
        assert down.status_code == 503 and down.headers["retry-after"]  # refused, so the client keeps it
        own_redis.start()
        r = redis.Redis(port=own_redis.port)
        for m in api_msgs[half:]:
            for _ in range(100):  # a client retries a 503 until it is accepted
                resp = post(client, [m])
                if resp.status_code == 200:
                    break
                assert resp.status_code == 503
                time.sleep(0.05)
            else:
                pytest.fail("the API did not recover after the restart")
        for m in stream_msgs[half:]:
            r.xadd("convowatch:in", {"m": json.dumps(m)})
        wait_for(lambda: all_acked(r, "convowatch:in"), 60,
                 "the worker to finish the stream after the restart")
        worker.stop()
        thread.join(10)
    worker.close()
    r.close()

    ids = {m["conversation_id"] for m in everything}
    expected = {cid: sum(m["conversation_id"] == cid for m in everything) for cid in ids}
    assert counted(own_redis.url, "cwtest", ids) == expected, "an accepted message was lost, or one counted twice"
    assert case_views(own_redis.url, "cwtest") == reference
