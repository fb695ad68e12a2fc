"""Hash-bank lookups: lookups/s, p50/p99 latency, build time and memory per entry by bank size.

What is measured, per bank size N (random 256-bit PDQ hashes; queries are half banked
hashes with 0-15 bits flipped, which must match, and half fresh random hashes, which
must not):

- ``banks``: the product path, ``HashBanks.match`` over entries as the Redis bank store
  holds them, with
  convowatch's multi-index-hashing index (what the detector calls), for one platform
  hash per lookup and for one image (8 dihedral variants) per lookup;
- ``index``: that index (``nlp/media/index.py``) alone, for sizes where building
  ``BankEntry`` objects would dominate (e.g. 10M);
- ``te-mih``: threatexchange's ``PDQMultiHashIndex`` (faiss ``IndexBinaryMultiHash``),
  the library index convowatch first used;
- ``flat``: threatexchange's brute-force faiss index, the baseline measured in the same
  run; speed is reported as a ratio to it.

Build time includes creating the entries; memory is the process RSS growth per entry
(``banks``; the hash strings of the bank are made before and not counted) or the
index's own arrays (``index``).
Prints a table and writes JSON (``benchmarks/results/hash_match.json``).

    python benchmarks/hash_match.py --sizes 10000,100000,1000000 --index-sizes 10000000
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

THRESHOLD = 31


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def random_hashes(n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.integers(0, 256, size=(n, 32), dtype=np.uint8)


def to_hex(rows: np.ndarray) -> list[str]:
    return [r.tobytes().hex() for r in rows]


def make_queries(bank: np.ndarray, n: int, rng: np.random.Generator) -> tuple[list[str], list[bool]]:
    """Half near-copies of banked hashes (0-15 bits flipped: must match), half fresh (must not)."""
    picks = bank[rng.integers(0, len(bank), n // 2)].copy()
    bits = np.unpackbits(picks, axis=1)
    for row in bits:
        flip = rng.choice(256, int(rng.integers(0, 16)), replace=False)
        row[flip] ^= 1
    near = np.packbits(bits, axis=1)
    fresh = random_hashes(n - n // 2, rng)
    qs = np.concatenate([near, fresh])
    expect = [True] * len(near) + [False] * len(fresh)
    order = rng.permutation(len(qs))
    return [to_hex(qs[i:i + 1])[0] for i in order], [expect[i] for i in order]


def timed(fn: Callable[[Any], Any], items: list[Any], warmup: int = 20) -> dict[str, float]:
    for x in items[:warmup]:
        fn(x)
    lat = []
    t0 = time.perf_counter()
    for x in items:
        t = time.perf_counter()
        fn(x)
        lat.append(time.perf_counter() - t)
    wall = time.perf_counter() - t0
    arr = np.array(lat) * 1000
    return {"lookups_per_s": round(len(items) / wall, 1), "p50_ms": round(float(np.percentile(arr, 50)), 4),
            "p99_ms": round(float(np.percentile(arr, 99)), 4)}


def bench_flat(bank_hex: list[str], queries: list[str]) -> dict[str, Any]:
    from threatexchange.signal_type.pdq.pdq_faiss_matcher import PDQFlatHashIndex

    idx = PDQFlatHashIndex()
    idx.add(bank_hex, range(len(bank_hex)))
    res = timed(lambda q: idx.search_with_distance_in_result([q], THRESHOLD), queries)
    return res


def _score(got: list[bool], expect: list[bool]) -> dict[str, Any]:
    return {"recall": sum(g and e for g, e in zip(got, expect)) / max(1, sum(expect)),
            "unexpected_matches": sum(g and not e for g, e in zip(got, expect))}


def bench_te_mih(bank_hex: list[str], queries: list[str], expect: list[bool]) -> dict[str, Any]:
    from threatexchange.signal_type.pdq.pdq_faiss_matcher import PDQMultiHashIndex

    gc.collect()
    r0 = rss_bytes()
    t0 = time.perf_counter()
    idx = PDQMultiHashIndex()
    idx.add(bank_hex, range(len(bank_hex)))
    build = time.perf_counter() - t0
    mem = rss_bytes() - r0
    got = [bool(idx.search_with_distance_in_result([q], THRESHOLD)[q]) for q in queries]
    res = timed(lambda q: idx.search_with_distance_in_result([q], THRESHOLD), queries)
    return res | {"build_s": round(build, 2), "bytes_per_entry": round(mem / len(bank_hex), 1)} | _score(got, expect)


def bench_index(bank: np.ndarray, queries: list[str], expect: list[bool]) -> dict[str, Any]:
    from convowatch.nlp.media.index import PdqIndex, hex_to_rows

    gc.collect()
    r0 = rss_bytes()
    t0 = time.perf_counter()
    idx = PdqIndex(bank, THRESHOLD)
    build = time.perf_counter() - t0
    mem = rss_bytes() - r0
    rows = [hex_to_rows([q]) for q in queries]
    got = [len(idx.search(r)[0]) > 0 for r in rows]
    res = timed(idx.search, rows)
    size = idx.nbytes
    # the index's own arrays (exact); the RSS growth is noisier (allocator reuse)
    return res | {"build_s": round(build, 2), "bytes_per_entry": round(size / len(bank), 1),
                  "rss_bytes_per_entry": round(mem / len(bank), 1)} | _score(got, expect)


def bench_banks(bank_hex: list[str], queries: list[str], expect: list[bool], rng: np.random.Generator) -> dict[str, Any]:
    from convowatch.nlp.media import Bank, HashBanks, MediaHash
    from convowatch.nlp.media.banks import IndexedEntry

    gc.collect()
    r0 = rss_bytes()
    t0 = time.perf_counter()
    # the entries as the Redis bank store reads them back (lean tuples; the ids are new strings)
    entries = [IndexedEntry(f"e{i}", h, "") for i, h in enumerate(bank_hex)]
    banks = HashBanks({"bench": Bank(name="bench", threshold=THRESHOLD)}, {"bench": entries}, version=1)
    banks.warm()
    build = time.perf_counter() - t0
    mem = rss_bytes() - r0
    single = [MediaHash(q, 100) for q in queries]
    got = [bool(banks.match([m])) for m in single]
    recall = sum(g and e for g, e in zip(got, expect)) / max(1, sum(expect))
    one = timed(lambda m: banks.match([m]), single)
    # an image: its hash and 7 dihedral variants (here: 7 more random hashes) in one call
    variants = to_hex(random_hashes(7 * len(queries), rng))
    images = [MediaHash(q, 100, variants=tuple(variants[7 * i:7 * i + 7])) for i, q in enumerate(queries)]
    img = timed(lambda m: banks.match([m]), images)
    return one | {"image_lookups_per_s": img["lookups_per_s"], "image_p99_ms": img["p99_ms"], "build_s": round(build, 2),
                  "bytes_per_entry": round(mem / len(bank_hex), 1), "recall": recall,
                  "unexpected_matches": sum(g and not e for g, e in zip(got, expect))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="bank sizes for the product path and the baseline")
    ap.add_argument("--index-sizes", default="", help="extra sizes for the bare index and flat only (e.g. 10000000)")
    ap.add_argument("--te-max", type=int, default=1_000_000, help="largest size threatexchange's MIH index runs at")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--flat-max", type=int, default=10_000_000, help="largest size the brute-force baseline runs at")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="faiss threads (1: what one service process gets)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "hash_match.json")
    args = ap.parse_args()

    import faiss

    faiss.omp_set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)
    rows: list[dict[str, Any]] = []
    sizes = [int(s) for s in args.sizes.split(",") if s]
    mih_only = [int(s) for s in args.index_sizes.split(",") if s]
    print(f"{'N':>10} {'path':>6} {'lookups/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'img/s':>8} {'build s':>8} "
          f"{'B/entry':>8} {'recall':>7} {'vs flat':>8}", flush=True)
    for n in sizes + mih_only:
        bank = random_hashes(n, rng)
        bank_hex = to_hex(bank)
        queries, expect = make_queries(bank, args.queries, rng)
        results: dict[str, dict[str, Any]] = {}
        if n <= args.flat_max:
            results["flat"] = bench_flat(bank_hex, queries[: max(200, args.queries // 10)])
        if n in sizes:
            results["banks"] = bench_banks(bank_hex, queries, expect, rng)
        results["index"] = bench_index(bank, queries, expect)
        del bank
        if n <= args.te_max:
            results["te-mih"] = bench_te_mih(bank_hex, queries, expect)
        for path, r in results.items():
            ratio = r["lookups_per_s"] / results["flat"]["lookups_per_s"] if "flat" in results else None
            row = {"n": n, "path": path, **r, "ratio_to_flat": round(ratio, 1) if ratio else None}
            rows.append(row)
            print(f"{n:>10} {path:>6} {r['lookups_per_s']:>10} {r['p50_ms']:>8} {r['p99_ms']:>8} "
                  f"{r.get('image_lookups_per_s', ''):>8} {r.get('build_s', ''):>8} {r.get('bytes_per_entry', ''):>8} "
                  f"{r.get('recall', ''):>7} {row['ratio_to_flat'] or '':>8}", flush=True)
        del bank_hex
        gc.collect()
    report = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
              "params": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}, "results": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
