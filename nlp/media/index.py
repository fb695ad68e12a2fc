"""An exact Hamming-radius index for PDQ hashes: multi-index hashing in numpy.

Why not faiss: threatexchange's ``PDQMultiHashIndex`` (faiss ``IndexBinaryMultiHash``
with fixed 16-bit chunks) measured slower than brute force at 100k entries on one core
(5.5k against 14.3k lookups/s) and 1.2x brute force at 1M; this index is 1.0x and 2.0x,
and 26x at 10M (``benchmarks/hash_match.py`` runs all three; docs/media.md has the
table). It follows the same idea (Norouzi et al., "Fast Search in Hamming Space with
Multi-Index Hashing") with bucket tables sized to the bank:

- the 256 bits are cut into ``m`` chunks of about ``log2(N)`` bits, so a bucket holds
  about one entry; by the pigeonhole principle a hash within distance ``r`` differs
  in at most ``r // m`` bits in at least one chunk;
- each chunk has a counting-sort table (bucket offsets, then entry positions), so a
  probe is two array reads; every key within ``r // m`` flips of the query's chunk is
  probed, candidates are verified with a popcount over the full 256 bits.

Exact: every entry within ``r`` is returned (no approximation), nothing farther.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

BITS = 256


def chunk_plan(n: int, radius: int) -> list[int]:
    """Chunk widths for ``n`` entries: about log2(n) bits each (8 to 24), covering 256 bits."""
    b = max(8, min(24, math.ceil(math.log2(max(n, 2)))))
    m = math.ceil(BITS / b)
    return [BITS // m + (1 if i < BITS % m else 0) for i in range(m)]


def hex_to_rows(hashes: list[str]) -> np.ndarray:
    """64-hex-character hashes -> (n, 32) uint8."""
    if not hashes:
        return np.zeros((0, 32), dtype=np.uint8)
    return np.frombuffer(bytes.fromhex("".join(hashes)), dtype=np.uint8).reshape(-1, 32).copy()


class PdqIndex:
    """Exact radius search over a fixed set of 256-bit hashes (rebuild to change it).

    Args:
        rows: (n, 32) uint8, one hash per row (position = entry id).
        radius: largest Hamming distance returned.
    """

    def __init__(self, rows: np.ndarray, radius: int) -> None:
        if rows.ndim != 2 or rows.shape[1] != 32 or rows.dtype != np.uint8:
            raise ValueError("rows must be an (n, 32) uint8 array")
        n = len(rows)
        self.n, self.radius = n, radius
        self.rows64 = np.ascontiguousarray(rows).view(np.uint64).reshape(-1, 4)
        sizes = chunk_plan(n, radius)
        self.tol = radius // len(sizes)
        starts = np.cumsum([0] + sizes[:-1])
        weights = np.zeros((BITS, len(sizes)), dtype=np.int64)
        for j, (s, w) in enumerate(zip(starts, sizes)):
            weights[s:s + w, j] = 1 << np.arange(w - 1, -1, -1)
        self._weights = weights
        keys = np.empty((n, len(sizes)), dtype=np.int64)
        step = 1 << 18  # bounded scratch memory while unpacking bits
        for a in range(0, n, step):
            keys[a:a + step] = np.unpackbits(rows[a:a + step], axis=1).astype(np.int64) @ weights
        orders, offsets, table_base, base = [], [], [], 0
        for j, w in enumerate(sizes):
            order = np.argsort(keys[:, j], kind="stable")
            counts = np.bincount(keys[order, j], minlength=1 << w)
            offsets.append(np.concatenate(([0], np.cumsum(counts))) + j * n)
            orders.append(order)
            table_base.append(base)
            base += (1 << w) + 1
        del keys
        self._order = np.concatenate(orders).astype(np.int32 if n * len(sizes) < 2**31 else np.int64)
        self._offsets = np.concatenate(offsets).astype(self._order.dtype)
        chunk_of, flips, bases = [], [], []
        for j, w in enumerate(sizes):
            masks = [0] + [sum(1 << c for c in comb) for t in range(1, self.tol + 1)
                           for comb in itertools.combinations(range(w), t)]
            flips += masks
            chunk_of += [j] * len(masks)
            bases += [table_base[j]] * len(masks)
        self._probe_chunk = np.array(chunk_of, dtype=np.int64)
        self._probe_flip = np.array(flips, dtype=np.int64)
        self._probe_base = np.array(bases, dtype=np.int64)

    @property
    def nbytes(self) -> int:
        return int(self.rows64.nbytes + self._order.nbytes + self._offsets.nbytes)

    def search(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (entry, query) pair within the radius.

        Args:
            queries: (q, 32) uint8.

        Returns:
            ``(entry positions, query indexes, distances)``, one element per pair.
        """
        empty = (np.empty(0, np.int64),) * 3
        if self.n == 0 or len(queries) == 0:
            return empty
        queries = np.ascontiguousarray(queries, dtype=np.uint8)
        keys = np.unpackbits(queries, axis=1).astype(np.int64) @ self._weights
        probes = ((keys[:, self._probe_chunk] ^ self._probe_flip) + self._probe_base).ravel()
        start = self._offsets[probes]
        length = self._offsets[probes + 1] - start
        qid = np.repeat(np.arange(len(queries)), len(self._probe_flip))
        hit = length > 0
        start, length, qid = start[hit], length[hit], qid[hit]
        total = int(length.sum())
        if total == 0:
            return empty
        ends = np.cumsum(length)
        flat = np.repeat(start - (ends - length), length) + np.arange(total)
        cand = self._order[flat].astype(np.int64)
        cq = np.repeat(qid, length)
        dist = np.bitwise_count(self.rows64[cand] ^ queries.view(np.uint64).reshape(-1, 4)[cq]).sum(axis=1)
        keep = dist <= self.radius
        cand, cq, dist = cand[keep], cq[keep], dist[keep]
        if len(cand) > 1:  # an entry found through several chunks is one match
            pair = cand * len(queries) + cq
            _, first = np.unique(pair, return_index=True)
            cand, cq, dist = cand[first], cq[first], dist[first]
        return cand, cq, dist.astype(np.int64)
