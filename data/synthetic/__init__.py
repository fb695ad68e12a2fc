"""Synthetic corpora: the seeded generators (v1 above, v2 in :mod:`.v2`), their banks and the committed corpora."""

from pathlib import Path


def corpus_dir() -> Path:
    """Where the committed corpora live (this package's folder)."""
    return Path(__file__).resolve().parent


def default_train_split() -> Path:
    """The committed training split the shipped model and the baselines are trained on."""
    return corpus_dir() / "v2_train.jsonl.gz"
