"""Bytes per active conversation in Redis, and the memory store's ceiling.

Scores whole conversations of a corpus through the service's scoring path on a Redis
store (its own key prefix, deleted afterwards), then reads ``MEMORY USAGE`` of every
key and splits it per conversation: window (with and without the message text itself),
fusion state, seen ids, and the shared keys (cases). Both window embedding formats are
measured in the same run (``int8``, shipped, and ``float32``, the former format).
Prints a table and writes JSON (``benchmarks/results/memory.json``).

    python benchmarks/memory.py --conversations 200
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import secrets
from collections import defaultdict
from pathlib import Path
from typing import Any


def conversations(path: Path, n: int) -> list[list[dict[str, Any]]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "messages" in d and len(d["messages"]) >= 12:
                out.append([{k: m[k] for k in ("message_id", "sender_id", "ts", "text")} | {"conversation_id": d["conversation_id"]}
                            for m in d["messages"]])
            if len(out) >= n:
                break
    return out


def measure(url: str, convs: list[list[dict[str, Any]]], fmt: str, model: str) -> dict[str, Any]:
    import redis

    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.types import Message
    from convowatch.nlp.window import WindowConfig, WindowEntry
    from convowatch.service.metrics import Metrics
    from convowatch.service.scoring import ScoringService
    from convowatch.service.stores import make_backend

    prefix = "cwbench" + secrets.token_hex(4)
    backend = make_backend(url, prefix=prefix)
    config = AnalyzerConfig(window=WindowConfig(size=12, ttl_s=3600), embedding_format=fmt)
    analyzer = Analyzer.default(model=None if model == "none" else model, store=backend.windows, config=config)
    svc = ScoringService(analyzer, backend, Metrics(), context_after=10, retention_s=3600)
    r = redis.Redis.from_url(url)
    try:
        longest = max(len(c) for c in convs)
        for i in range(longest):  # interleaved, one batch per round, like a live stream
            batch = [Message.from_dict(c[i]) for c in convs if i < len(c)]
            svc.score(batch)
        per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        text_bytes: dict[str, int] = defaultdict(int)
        for key in r.scan_iter(match=f"{prefix}:*", count=1000):
            k = key.decode()
            size = int(r.memory_usage(key, samples=0) or 0)
            if "{" in k and ":case:" not in k:
                cid = k[k.index("{") + 1:k.index("}")]
                kind = k.rsplit(":", 1)[1]
                per[cid][kind] += size
                if kind == "win":
                    for raw in r.lrange(key, 0, -1):
                        text = WindowEntry.from_bytes(raw).message.text
                        text_bytes[cid] += len(json.dumps(text, ensure_ascii=False).encode()) - 2
            else:
                per["(shared: cases)"]["case"] += size
        n = len([c for c in per if not c.startswith("(")])
        kinds = sorted({k for v in per.values() for k in v})
        totals = {k: sum(v.get(k, 0) for c, v in per.items() if not c.startswith("(")) for k in kinds}
        conv_total = sum(totals.values())
        texts = sum(text_bytes.values())
        return {
            "format": fmt, "conversations": n, "bytes_per_conversation": round(conv_total / n),
            "bytes_per_conversation_beyond_text": round((conv_total - texts) / n),
            "text_bytes_per_conversation": round(texts / n),
            "by_key_per_conversation": {k: round(v / n) for k, v in totals.items()},
            "case_bytes_total": per.get("(shared: cases)", {}).get("case", 0),
        }
    finally:
        for key in r.scan_iter(match=f"{prefix}:*", count=1000):
            r.delete(key)
        r.close()
        backend.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("data/synthetic/v2_test.jsonl.gz"))
    ap.add_argument("--conversations", type=int, default=200)
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--model", default="default")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "memory.json")
    args = ap.parse_args()
    convs = conversations(args.corpus, args.conversations)
    rows = [measure(args.redis_url, convs, fmt, args.model) for fmt in ("int8", "float32")]
    print(f"{'window embeddings':>18} {'conv':>5} {'bytes/conv':>11} {'beyond text':>12} {'text':>6}  by key")
    for r in rows:
        print(f"{r['format']:>18} {r['conversations']:>5} {r['bytes_per_conversation']:>11} "
              f"{r['bytes_per_conversation_beyond_text']:>12} {r['text_bytes_per_conversation']:>6}  {r['by_key_per_conversation']}")
    from convowatch.nlp.store import MemoryWindowStore

    report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
              "params": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}, "redis": rows,
              "memory_store": {"max_conversations": MemoryWindowStore().__dict__.get("_max")}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
