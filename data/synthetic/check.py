"""``synth check``: does a held-out split reuse the training split's templates?

The measure is word 4-gram overlap between the *risky* messages (those with a
message label) of two corpora: the share of the held-out corpus's distinct 4-grams
that also occur in the reference corpus, plus the share of held-out risky messages
that appear verbatim in the reference. Text is lower-cased and stripped of
punctuation and emoji first, so chat styling does not hide a reused template. The
same 4-gram measure is also run on the raw template banks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .banks import load_banks

#: Default failure threshold for the 4-gram overlap share.
DEFAULT_THRESHOLD = 0.10
N = 4
_TOKEN = re.compile(r"[a-z0-9{}]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("'", ""))


def ngrams(text: str, n: int = N) -> set[tuple[str, ...]]:
    toks = tokens(text)
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def risky_texts(conversations: Iterable[dict[str, Any]]) -> list[str]:
    """Texts of the messages that carry a message label."""
    return [m["text"] for c in conversations for m in c.get("messages", []) if m.get("labels")]


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of ``heldout`` is found in ``reference``."""

    name: str
    heldout_ngrams: int
    shared_ngrams: int
    heldout_messages: int
    verbatim_messages: int

    @property
    def ngram_share(self) -> float:
        return self.shared_ngrams / self.heldout_ngrams if self.heldout_ngrams else 0.0

    @property
    def verbatim_share(self) -> float:
        return self.verbatim_messages / self.heldout_messages if self.heldout_messages else 0.0

    def passes(self, threshold: float) -> bool:
        return self.ngram_share <= threshold and self.verbatim_share <= threshold

    def row(self, threshold: float) -> str:
        verdict = "ok" if self.passes(threshold) else "FAIL"
        return (f"| {self.name} | {self.heldout_ngrams} | {self.shared_ngrams} | {self.ngram_share:.3f} | "
                f"{self.heldout_messages} | {self.verbatim_messages} | {self.verbatim_share:.3f} | {verdict} |")


HEADER = ("| pair | held-out 4-grams | shared | share | held-out messages | verbatim in reference | share | verdict |\n"
          "|---|---:|---:|---:|---:|---:|---:|---|")


def overlap(name: str, heldout: list[str], reference: list[str]) -> Overlap:
    """Compare two lists of texts by distinct word 4-grams and by verbatim normalised messages."""
    ref_grams: set[tuple[str, ...]] = set()
    for text in reference:
        ref_grams |= ngrams(text)
    held_grams: set[tuple[str, ...]] = set()
    for text in heldout:
        held_grams |= ngrams(text)
    ref_norm = {" ".join(tokens(t)) for t in reference}
    verbatim = sum(1 for t in heldout if " ".join(tokens(t)) in ref_norm and len(tokens(t)) >= N)
    return Overlap(name, len(held_grams), len(held_grams & ref_grams), len(heldout), verbatim)


def bank_templates(split: str) -> list[str]:
    """Every risky template of a split's banks (signals, as written, placeholders kept)."""
    banks = load_banks(split)
    out: list[str] = []
    for bank in (banks.grooming, banks.bullying, banks.self_harm):
        for lines in bank.signals.values():
            out.extend(lines)
    return out


def check_corpora(corpora: dict[str, list[dict[str, Any]]], reference: str = "train") -> list[Overlap]:
    """Overlap of every non-reference corpus's risky messages with the reference corpus's."""
    ref = risky_texts(corpora[reference])
    return [overlap(f"{name} vs {reference} (corpus)", risky_texts(convs), ref)
            for name, convs in corpora.items() if name != reference]


def check_banks() -> list[Overlap]:
    """Overlap of the dev and test template banks with the train bank."""
    ref = bank_templates("train")
    return [overlap(f"{split} vs train (banks)", bank_templates(split), ref) for split in ("dev", "test")]


def report(corpora: dict[str, list[dict[str, Any]]], threshold: float = DEFAULT_THRESHOLD) -> tuple[str, list[str]]:
    """The markdown table of corpus and bank overlaps, and the names of the pairs over ``threshold``."""
    results = check_corpora(corpora) + check_banks()
    table = "\n".join([HEADER, *(r.row(threshold) for r in results)]) + "\n"
    return table, [r.name for r in results if not r.passes(threshold)]


def load(path: str | Path) -> list[dict[str, Any]]:
    from .io import read_corpus

    return list(read_corpus(path))
