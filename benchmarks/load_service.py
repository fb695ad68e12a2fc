"""Loopback load test of the scoring service on the in-memory and the Redis stores.

Starts ``convowatch serve`` (uvicorn, 127.0.0.1 only) in a child process, streams
the demo corpus as many parallel conversations (each conversation in order, one
message per request unless --batch says otherwise) and reports messages per second
and request latency percentiles. Bounded in messages (--count) and time (--max-seconds).

    python benchmarks/load_service.py --count 2000 --concurrency 16
    python benchmarks/load_service.py --stores memory --model none

Writes benchmarks/results/load_service.json. Redis runs use a throw-away key prefix in
the given database and delete their keys afterwards. No number is asserted anywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.resources
import json
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any


def demo_messages(count: int, batch: int) -> list[list[list[dict[str, Any]]]]:
    """Conversations (lists of request bodies' message lists) cycling the demo corpus with fresh ids."""
    text = (importlib.resources.files("convowatch.synthetic") / "demo.jsonl").read_text(encoding="utf-8")
    corpus = [json.loads(line) for line in text.splitlines() if line.strip()]
    convs, n, k = [], 0, 0
    t0 = datetime(2026, 5, 1, tzinfo=timezone.utc)
    while n < count:
        src = corpus[k % len(corpus)]
        cid = f"bench-{k}-{src['conversation_id']}"
        msgs = []
        for i, m in enumerate(src["messages"][: count - n]):
            msgs.append({"conversation_id": cid, "message_id": m["message_id"], "sender_id": m["sender_id"],
                         "ts": (t0 + timedelta(minutes=i)).isoformat(), "text": m["text"], "meta": m.get("meta") or {}})
        n += len(msgs)
        k += 1
        convs.append([msgs[i : i + batch] for i in range(0, len(msgs), batch)])
    return convs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``convowatch serve`` in a child process (its own CPU and GIL), loopback only."""

    def __init__(self, store_url: str, key: str, prefix: str, args: argparse.Namespace) -> None:
        self.port = free_port()
        self.env = os.environ | {
            "CONVOWATCH_API_KEYS": f"{key}:ingest", "CONVOWATCH_KEY_PREFIX": prefix,
            "CONVOWATCH_BATCH_WAIT_MS": str(args.batch_wait_ms), "CONVOWATCH_ENV": "dev",
            "CONVOWATCH_THREADS": str(args.threads),
        } | ({"CONVOWATCH_ENCODER_BACKEND": args.backend} if args.backend else {})
        self.cmd = [sys.executable, "-c", "from convowatch.service.cli import main; main()", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                    "--store", store_url, "--model", args.model, "--log-level", "warning"]

    def __enter__(self) -> "Server":
        import httpx

        self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.proc.stderr.read().decode()[-2000:])
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/readyz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not become ready")

    def metrics(self) -> str:
        import httpx

        return httpx.get(f"http://127.0.0.1:{self.port}/metrics", timeout=5).text

    def __exit__(self, *_: Any) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def route_histogram(text: str, route: str = "/v1/messages") -> dict[float, float]:
    """Cumulative bucket counts of the server's own request latency for ``route``."""
    out: dict[float, float] = {}
    for line in text.splitlines():
        if line.startswith("convowatch_request_seconds_bucket{") and f'route="{route}"' in line:
            le = line.split('le="', 1)[1].split('"', 1)[0]
            out[float("inf") if le == "+Inf" else float(le)] = float(line.rsplit(" ", 1)[1])
    return out


def server_p99_bound(before: dict[float, float], after: dict[float, float]) -> dict[str, float]:
    """From the histogram difference of one run: the bucket bound under which 99% of the
    server-side latencies fall, and the share above 50 ms (the client is not in these)."""
    diff = {le: after.get(le, 0.0) - before.get(le, 0.0) for le in sorted(after)}
    total = diff.get(float("inf"), 0.0) or 1.0
    bound = next((le for le in sorted(diff) if diff[le] >= 0.99 * total), float("inf"))
    under_50 = diff.get(0.05, 0.0)
    return {"server_p99_bucket_ms": bound * 1000, "server_share_over_50ms": round(1 - under_50 / total, 4)}


def metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return 0.0


async def drive(port: int, key: str, convs: list, concurrency: int, max_seconds: float) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sent = 0
    queue: asyncio.Queue = asyncio.Queue()
    for c in convs:
        queue.put_nowait(c)
    deadline = time.monotonic() + max_seconds
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30) as client:
        # warm-up (not timed): first requests pay lazy imports and connection set-up
        warm = [{"conversation_id": f"warm-{i}", "message_id": "m0", "sender_id": "u", "ts": "2026-05-01T00:00:00Z",
                 "text": "warming up"} for i in range(concurrency)]
        await asyncio.gather(*(client.post("/v1/messages", json={"messages": [w]}, headers=headers) for w in warm))

        async def worker() -> None:
            nonlocal sent
            while time.monotonic() < deadline:
                try:
                    conv = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                for body in conv:  # one conversation's messages strictly in order
                    if time.monotonic() >= deadline:
                        return
                    t = time.perf_counter()
                    r = await client.post("/v1/messages", json={"messages": body}, headers=headers)
                    latencies.append(time.perf_counter() - t)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                    if r.status_code == 200:
                        sent += len(body)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [latencies[0]] * 99
    return {
        "messages": sent, "requests": len(latencies), "wall_s": round(wall, 3), "msg_per_s": round(sent / wall, 1),
        "p50_ms": round(q[49] * 1000, 2), "p99_ms": round(q[98] * 1000, 2), "statuses": statuses,
    }


async def drive_rate(port: int, key: str, convs: list, rate: float, max_seconds: float) -> dict[str, Any]:
    """Open loop: requests start at ``rate`` per second (conversations interleaved, each in
    order: a message waits for its predecessor), whatever the answers' latency."""
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    order = []
    longest = max(len(c) for c in convs)
    for i in range(longest):
        order += [(j, c[i]) for j, c in enumerate(convs) if i < len(c)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    last: dict[int, asyncio.Task] = {}
    sent = 0
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30,
                                 limits=httpx.Limits(max_connections=256, max_keepalive_connections=64)) as client:
        warm = [{"conversation_id": f"warm-{i}", "message_id": "m0", "sender_id": "u", "ts": "2026-05-01T00:00:00Z",
                 "text": "warming up"} for i in range(8)]
        await asyncio.gather(*(client.post("/v1/messages", json={"messages": [w]}, headers=headers) for w in warm))

        async def one(prev: asyncio.Task | None, body: list) -> None:
            nonlocal sent
            if prev is not None:
                await prev
            t = time.perf_counter()
            r = await client.post("/v1/messages", json={"messages": body}, headers=headers)
            latencies.append(time.perf_counter() - t)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
            if r.status_code == 200:
                sent += len(body)

        t0 = time.perf_counter()
        for k, (j, body) in enumerate(order):
            due = t0 + k / rate
            if due - t0 > max_seconds:
                break
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            last[j] = asyncio.create_task(one(last.get(j), body))
        await asyncio.gather(*last.values())
        wall = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [latencies[0]] * 99
    return {"messages": sent, "requests": len(latencies), "wall_s": round(wall, 3), "msg_per_s": round(sent / wall, 1),
            "target_rate": round(rate, 1), "p50_ms": round(q[49] * 1000, 2), "p99_ms": round(q[98] * 1000, 2),
            "statuses": statuses}


def run_store(store: str, args: argparse.Namespace, convs: list) -> dict[str, Any]:
    key = "bench-" + secrets.token_hex(12)
    prefix = "cwbench" + secrets.token_hex(3)
    url = "memory" if store == "memory" else args.redis_url
    try:
        with Server(url, key, prefix, args) as server:
            result = asyncio.run(drive(server.port, key, convs, args.concurrency, args.max_seconds))
            if args.rate_fraction:
                # fresh conversation ids, so the second run is not answered as duplicates
                again = [[[m | {"conversation_id": m["conversation_id"] + "-open"} for m in body] for body in c] for c in convs]
                rate = args.rate_fraction * result["msg_per_s"] / args.batch
                before = route_histogram(server.metrics())
                result["open_loop"] = asyncio.run(drive_rate(server.port, key, again, rate, args.max_seconds)) | {
                    "fraction_of_max": args.rate_fraction}
                result["open_loop"] |= server_p99_bound(before, route_histogram(server.metrics()))
            text = server.metrics()
        calls = metric(text, "convowatch_batch_requests_count")
        result["analyzer_calls"] = int(calls)
        result["mean_requests_per_call"] = round(metric(text, "convowatch_batch_requests_sum") / max(1.0, calls), 2)
        return result
    finally:
        if store != "memory":
            import redis

            r = redis.Redis.from_url(args.redis_url)
            for k in r.scan_iter(f"{prefix}:*", count=1000):
                r.delete(k)
            r.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=2000, help="messages per store (upper bound)")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="time bound per store")
    ap.add_argument("--concurrency", type=int, default=16, help="parallel conversations / connections")
    ap.add_argument("--batch", type=int, default=1, help="messages per request")
    ap.add_argument("--batch-wait-ms", type=float, default=2.0, help="micro-batching wait (CONVOWATCH_BATCH_WAIT_MS)")
    ap.add_argument("--stores", default="memory,redis", help="comma-separated: memory, redis")
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--model", default="default", help="'default', a model folder, or 'none' (rules only)")
    ap.add_argument("--threads", default="1",
                    help="encoder threads of the server (CONVOWATCH_THREADS); a comma list runs each, "
                         "'cores' is torch's own default (one per core)")
    ap.add_argument("--backend", default=None, help="encoder backend of the server (CONVOWATCH_ENCODER_BACKEND)")
    ap.add_argument("--rate-fraction", type=float, default=0.0,
                    help="after the closed-loop run, an open-loop run at this fraction of its msg/s (e.g. 0.5)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "load_service.json")
    args = ap.parse_args()
    thread_options = [t.strip() for t in str(args.threads).split(",") if t.strip()]

    convs = demo_messages(args.count, args.batch)
    report: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "params": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "results": {},
    }
    runs = [(store, t) for t in thread_options for store in [s.strip() for s in args.stores.split(",") if s.strip()]]
    for store, t in runs:
        args.threads = str(os.cpu_count() or 1) if t == "cores" else t
        res = run_store(store, args, convs)
        name = store if len(thread_options) == 1 else f"{store}/threads={t}"
        report["results"][name] = res | {"threads": args.threads}
        print(f"{name:>7}: {res['messages']} msgs in {res['wall_s']} s = {res['msg_per_s']} msg/s; "
              f"p50 {res['p50_ms']} ms, p99 {res['p99_ms']} ms per request; "
              f"{res['mean_requests_per_call']} requests per analyzer call; statuses {res['statuses']}", flush=True)
        if "open_loop" in res:
            o = res["open_loop"]
            print(f"{'':>7}  open loop at {o['fraction_of_max']:.0%} of that ({o['target_rate']} req/s): {o['msg_per_s']} msg/s; "
                  f"p50 {o['p50_ms']} ms, p99 {o['p99_ms']} ms (client side); server side: p99 under "
                  f"{o['server_p99_bucket_ms']:g} ms, {o['server_share_over_50ms']:.1%} over 50 ms; statuses {o['statuses']}",
                  flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
