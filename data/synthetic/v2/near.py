"""Near-duplicate check across splits: does the test split reuse train's phrasing?

Exact n-gram overlap misses paraphrase-by-substitution ("ur so mature for ur age" vs
"you're so mature for your age"), so this check compares character 3-5-gram TF-IDF
vectors (robust to abbreviations, typos and slot words): for every risky message of
the held-out split with at least ``min_words`` words, the cosine similarity to its
nearest risky train message. A held-out split fails when more than ``max_share`` of
its risky messages have a train neighbour at or above ``similarity``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np


@dataclass(frozen=True)
class NearReport:
    """Result for one held-out split against train."""

    split: str
    n_messages: int
    share_near: float  # share of risky messages with a near-duplicate in train
    median_similarity: float
    failed: bool
    examples: tuple[tuple[float, str], ...]  # (similarity, scenario) of the closest pairs, no text


def risky_messages(conversations: Iterable[dict[str, Any]], min_words: int = 4) -> list[tuple[str, str]]:
    """``(text, scenario)`` of every labelled message with at least ``min_words`` words."""
    out = []
    for conv in conversations:
        for m in conv["messages"]:
            if m.get("labels") and len(m["text"].split()) >= min_words:
                out.append((m["text"].lower(), conv.get("meta", {}).get("scenario", "")))
    return out


def near_report(train: Sequence[dict[str, Any]], held_out: Sequence[dict[str, Any]], split: str,
                similarity: float = 0.8, max_share: float = 0.1, min_words: int = 4) -> NearReport:
    """Nearest-train-neighbour similarity of ``held_out``'s risky messages."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    ref = risky_messages(train, min_words)
    cand = risky_messages(held_out, min_words)
    if not ref or not cand:
        return NearReport(split, len(cand), 0.0, 0.0, False, ())
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit([t for t, _ in ref])
    a = vec.transform([t for t, _ in ref])
    b = vec.transform([t for t, _ in cand])
    best = np.zeros(b.shape[0])
    for start in range(0, b.shape[0], 2000):
        sims = (b[start : start + 2000] @ a.T).toarray()
        best[start : start + 2000] = sims.max(axis=1)
    share = float((best >= similarity).mean())
    order = np.argsort(-best)[:5]
    return NearReport(split, len(cand), round(share, 4), round(float(np.median(best)), 4), share > max_share,
                      tuple((round(float(best[i]), 3), cand[i][1]) for i in order))
