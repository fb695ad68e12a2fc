"""Seeded, stratified train/dev/test splits of a labelled corpus, by conversation.

For a researcher who brings their own corpus (converted with ``convowatch corpus
convert``): ``convowatch corpus split`` gives the three files ``train``, ``eval`` and
``--baselines`` need, so an in-domain figure is one command line away and reproducible.

Each conversation's place is decided by a digest of (seed, conversation id) within its
stratum (the set of categories it is positive for), so every split keeps the corpus'
prevalence, the same seed gives the same files, and the order within a stratum depends
only on (seed, id): adding conversations to a corpus moves at most the few at a split
boundary, never reshuffles the rest. Conversations are never cut: a split by
message would put the same chat on both sides.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Sequence

from ..categories import CATEGORIES
from ..types import Conversation

SPLIT_NAMES = ("train", "dev", "test")


def split_conversations(conversations: Sequence[Conversation], dev: float = 0.15, test: float = 0.15,
                        seed: int = 13) -> dict[str, list[Conversation]]:
    """``{"train": [...], "dev": [...], "test": [...]}``, stratified by label set, in input order.

    Raises:
        ValueError: when the shares are outside [0, 1) or leave nothing to train on.
    """
    if not (0.0 <= dev < 1.0 and 0.0 <= test < 1.0 and dev + test < 1.0):
        raise ValueError(f"dev ({dev}) and test ({test}) must be in [0, 1) and leave a train share")
    strata: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(conversations):
        strata[tuple(cat for cat in CATEGORIES if c.labels.get(cat))].append(i)
    where: dict[int, str] = {}
    for members in strata.values():
        ranked = sorted(members, key=lambda i: hashlib.sha256(f"{seed}:{conversations[i].conversation_id}".encode()).digest())
        n_test, n_dev = round(len(ranked) * test), round(len(ranked) * dev)
        for rank, i in enumerate(ranked):
            where[i] = "test" if rank < n_test else ("dev" if rank < n_test + n_dev else "train")
    out: dict[str, list[Conversation]] = {name: [] for name in SPLIT_NAMES}
    for i, c in enumerate(conversations):
        out[where[i]].append(c)
    return out
