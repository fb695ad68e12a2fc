"""The seeded corpus generator: mixes of profiles, one random stream per conversation.

Conversation ``i`` of a corpus draws everything from ``random.Random`` seeded with
a hash of (version, seed, split, mix, i), so output is byte-identical for the same
arguments, independent of ``PYTHONHASHSEED``, and any conversation can be
regenerated alone.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Any, Callable, Iterator

from . import corpus_dir
from .banks import SPLITS, load_banks
from .adversarial import VARIANTS
from .builder import ConversationBuilder
from .io import write_corpus
from .negatives import benign, hard_negative
from .scripts import bullying, grooming, self_harm

#: Bump when a change alters output for the same seed (part of every conversation's seed).
GENERATOR_VERSION = "1"

PROFILES: dict[str, Callable[[ConversationBuilder], dict[str, str]]] = {
    "grooming": grooming,
    "bullying": bullying,
    "self_harm": self_harm,
    "hard_negative": hard_negative,
    "benign": benign,
}

#: Corpus mixes: profile weights and the share of conversations with an adversarial variant.
#: ``mixed`` keeps hard negatives above the positives; ``stream`` is ~2% risky.
MIXES: dict[str, tuple[dict[str, float], float]] = {
    "mixed": ({"grooming": 0.15, "bullying": 0.12, "self_harm": 0.10, "hard_negative": 0.40, "benign": 0.23}, 0.15),
    "stream": ({"grooming": 0.008, "bullying": 0.007, "self_harm": 0.005, "hard_negative": 0.25, "benign": 0.73}, 0.05),
    **{name: ({name: 1.0}, 0.15) for name in PROFILES},
}

#: The committed corpora: file name -> (split banks, mix, seed, conversations).
COMMITTED: dict[str, tuple[str, str, int, int]] = {
    "train.jsonl.gz": ("train", "mixed", 1001, 3000),
    "dev.jsonl.gz": ("dev", "mixed", 2002, 600),
    "test.jsonl.gz": ("test", "mixed", 3003, 1200),
    "stream_test.jsonl.gz": ("test", "stream", 4004, 2500),
}

DATA_DIR = corpus_dir()


def conversation_rng(seed: int, split: str, mix: str, index: int) -> random.Random:
    """The random stream of one conversation, derived from its coordinates only."""
    key = f"convowatch-synth:v{GENERATOR_VERSION}:{seed}:{split}:{mix}:{index}".encode()
    return random.Random(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


_GOLDEN = 0.6180339887498949


def _profile_for(index: int, seed: int, weights: dict[str, float]) -> str:
    """Profile of conversation ``index``: a low-discrepancy (golden-ratio) walk over the weights.

    Unlike independent draws, this keeps every prefix of a corpus within about one
    conversation of the mix's proportions, so even a small dev set has at least as
    many hard negatives as positives and the stream set its intended prevalence.
    """
    offset = (seed * _GOLDEN) % 1.0
    u = (offset + (index + 1) * _GOLDEN) % 1.0
    total = sum(weights.values())
    acc = 0.0
    for name, weight in weights.items():
        acc += weight / total
        if u < acc:
            return name
    return next(reversed(weights))


def generate_conversation(seed: int, index: int, split: str = "train", mix: str = "mixed") -> dict[str, Any]:
    """Generate conversation ``index`` of the corpus ``(seed, split, mix)``."""
    if mix not in MIXES:
        raise ValueError(f"unknown profile {mix!r}; expected one of {sorted(MIXES)}")
    weights, adversarial_share = MIXES[mix]
    rng = conversation_rng(seed, split, mix, index)
    profile = _profile_for(index, seed, weights)
    variant = rng.choice(sorted(VARIANTS)) if rng.random() < adversarial_share else None
    builder = ConversationBuilder(rng, load_banks(split), adversarial=variant)
    extra = PROFILES[profile](builder)
    meta = {"split": split, "profile": profile, "mix": mix, "lang": "en", "seed": seed,
            "generator": f"convowatch.synthetic/v{GENERATOR_VERSION}", **extra}
    return builder.build(f"{split}-{mix}-{seed}-{index:06d}", meta)


def generate(seed: int, n: int, split: str = "train", mix: str = "mixed") -> Iterator[dict[str, Any]]:
    """Yield ``n`` conversations of the corpus ``(seed, split, mix)``.

    Raises:
        ValueError: for an unknown split or mix, or a negative ``n``.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {list(SPLITS)}")
    if n < 0:
        raise ValueError("n must be >= 0")
    for index in range(n):
        yield generate_conversation(seed, index, split, mix)


def build_committed(out_dir: str | Path = DATA_DIR) -> dict[str, int]:
    """Regenerate the committed corpora into ``out_dir``; returns file name -> count."""
    out = Path(out_dir)
    return {name: write_corpus(out / name, generate(seed, n, split, mix))
            for name, (split, mix, seed, n) in COMMITTED.items()}
