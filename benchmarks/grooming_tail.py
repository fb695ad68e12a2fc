"""Which benign conversations set grooming's operating point, and what their participants said about their ages.

Arms C, E and G failed the same clause: grooming's recall at the operating point on the
validation writer fell while its ranking rose, because the threshold moved up. The
threshold is the score above which at most grooming's share of the 0.5% budget of the
train writers' out-of-writer stream replays lies, about its third-highest benign score.
This script lists that tail (writer, scenario, score) and, for every replayed
conversation, the pattern of ages its participants stated (``A<adults>M<minors>``, each
capped at 2; :mod:`convowatch.nlp.age_cues`), to ask whether a stated-age feature could
tell the tail from grooming: it cannot where no one said an age (``A0M0``).

Reads a training run's fold-replay cache only (``convowatch train ... --cache-dir DIR``),
refits the decision exactly as that run did (:func:`fit_from_cache`, which refuses a
cache and folder that are not one run's), and trains nothing. Train writers only: never
``v2_val`` or test.

    python benchmarks/grooming_tail.py --cache-dir /tmp/g/cache --model /tmp/g/model_s13 \\
        --train data/synthetic/train.jsonl.gz V2_TRAIN_9000 ASPEN_BULLYING \\
        data/synthetic/v2_train_juniper.jsonl.gz data/synthetic/v2_train_sorrel.jsonl.gz \\
        --out benchmarks/results/grooming_tail_arm_g_s13.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from convowatch.nlp.age_cues import AgeCueDetector, update_ages
from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.categories import CATEGORIES, GROOMING
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import (CachedRunMismatch, PooledReplays, fit_from_cache, operating_replays,
                                               pooled_conversations, pooled_replays)
from convowatch.nlp.participants import ADULT_AGE
from convowatch.nlp.types import Conversation

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def age_pattern(ages: dict[str, int]) -> str:
    """``A<adults>M<minors>`` of the ages stated by the end of a conversation, each count capped at 2."""
    adults = sum(a >= ADULT_AGE for a in ages.values())
    return f"A{min(adults, 2)}M{min(len(ages) - adults, 2)}"


def stated_ages(conversations: Sequence[Conversation]) -> list[dict[str, int]]:
    """Each conversation's youngest stated age per participant after its last message, as fusion keeps them."""
    analyzer = Analyzer.default(model=None, use_rules=False)  # the age cues alone: no rule or model signal is read
    analyzer.detectors = (AgeCueDetector(),)
    out = []
    for c in conversations:
        ages: dict[str, int] = {}
        for a in analyzer.process_many(list(c.messages)):
            ages = update_ages(ages, a.signals)
        out.append(ages)
    return out


def _tail(pool: PooledReplays, convs: Sequence[Conversation], patterns: Sequence[str], n: int) -> dict:
    j = CATEGORIES.index(GROOMING)
    benign = pool.benign_mask
    positive = np.asarray([bool(lab.get(GROOMING, 0)) for lab in pool.labels])
    top = np.flatnonzero(benign)[np.argsort(-pool.scores[benign, j], kind="stable")][:n]
    return {
        "benign": int(benign.sum()), "positives": int(positive.sum()),
        "patterns_positive": dict(Counter(patterns[i] for i in np.flatnonzero(positive)).most_common()),
        "patterns_benign": dict(Counter(patterns[i] for i in np.flatnonzero(benign)).most_common()),
        "patterns_tail": dict(Counter(patterns[i] for i in top).most_common()),
        "tail": [{"score": round(float(pool.scores[i, j]), 4), "writer": pool.writers[i], "origin": pool.origins[i],
                  "scenario": convs[i].meta.get("scenario"), "ages": patterns[i]} for i in top],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True, help="the folder of the training run that wrote --cache-dir")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "grooming_tail.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    try:
        fit = fit_from_cache(args.model, args.cache_dir, train, list(read_corpus(args.dev)), list(read_corpus(args.stream)))
    except CachedRunMismatch as exc:
        raise SystemExit(str(exc)) from None
    # the pool the operating point is read from (scored by the fitted decision), and every
    # replay of an authored writer (scored by a decision fitted without its writer)
    stream_pool = operating_replays(fit, "stream")
    held_pool = pooled_replays(fit)
    held_convs = pooled_conversations(fit)
    # the stream replays are in the pooled ones too (the same objects): their ages are read once
    pattern_of = {id(c): age_pattern(a) for c, a in zip(held_convs, stated_ages(held_convs))}
    report = {}
    for name, pool, convs in (("stream", stream_pool, fit.stream_conversations),
                              ("stream+held", held_pool, held_convs)):
        patterns = [pattern_of[id(c)] for c in convs]
        report[name] = _tail(pool, convs, patterns, args.top)
        r = report[name]
        print(f"== {name}: {r['benign']} benign, {r['positives']} grooming")
        print(f"   stated ages, grooming: {r['patterns_positive']}")
        print(f"   stated ages, benign:   {r['patterns_benign']}")
        print(f"   stated ages, top {args.top} benign by grooming score: {r['patterns_tail']}")
        for t in r["tail"][:12]:
            print(f"   {t['score']:.4f} {t['writer']:<8} {t['origin']:<6} {t['scenario']!s:<24} {t['ages']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, **report}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
