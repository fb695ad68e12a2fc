"""Does a bag of words over the whole window help the conversation decision? Selected out of writer, never on test.

The TF-IDF baseline reads the whole conversation as one document; the shipped decision
reads per-message lexical probabilities (their running mean and peak). This script
tries the baseline's view in the form the service can stream: one hashed word+char
TF-IDF document per window (the last W normalised messages, what the window store
holds), a logistic regression per category fitted on windows of the fold's train
conversations (every writer but the held one) with the decision's own targets, and its
probability at each replayed message as two more decision features (current, and the
decaying peak). For each train writer in turn, the decision is fitted on every other
writer's replays and scores the held writer by its highest probability per
conversation (conversation AUPRC), with and without the window-lexical features, next
to the TF-IDF baseline of the same fold. It trains no head and refuses to run without
the cache of a training run (``convowatch train ... --cache-dir DIR``).

    python benchmarks/window_lexical_selection.py --cache-dir /tmp/cwcache

Criterion, fixed before the run: keep the window-lexical features when the mean held
AUPRC over the seven writers rises by at least 0.005 in one category and falls by no
more than 0.002 in any. Writes benchmarks/results/window_lexical_selection.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from convowatch.nlp.baselines import TfidfBaseline
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DEFAULT_FEATURES
from convowatch.nlp.metrics import average_precision
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import fold_replays
from convowatch.nlp.model.lexical import fold_keys
from convowatch.nlp.model.window_lexical import (WINDOW_LEXICAL_FEATURES, fit_window_lexical, message_counts,
                                                 window_lexical_rows)
from convowatch.nlp.decision import conversation_max, fit_decision

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def _auprc(convs, best: np.ndarray) -> dict[str, float | None]:
    return {c: average_precision([x.labels.get(c, 0) for x in convs], best[:, j].tolist()) for j, c in enumerate(CATEGORIES)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--window", type=int, default=12)
    ap.add_argument("--writers", default="", help="comma-separated held writers (default: all)")
    ap.add_argument("--no-tfidf", action="store_true", help="skip the TF-IDF baseline column")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "window_lexical_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    folds = fold_keys(train)
    replays = {r.name: r for r in fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir)}
    # the window-lexical column of every writer's replays, from a model fitted without that writer
    extra: dict[str, np.ndarray] = {}
    counts = message_counts(train + [c for c in dev if c.conversation_id not in {x.conversation_id for x in train}])
    for name, r in replays.items():
        t0 = time.perf_counter()
        model = fit_window_lexical([c for c, f in zip(train, folds) if f != name], window=args.window, seed=args.seed,
                                   counts=counts)
        extra[name] = window_lexical_rows(model, r.held, r.rows, window=args.window, counts=counts)
        print(f"window-lexical fold {name}: {time.perf_counter() - t0:.0f}s", flush=True)
    arms = {"shipped": (list(DEFAULT_FEATURES), False),
            "with_window_lexical": (list(DEFAULT_FEATURES) + list(WINDOW_LEXICAL_FEATURES), True)}
    held_names = [w for w in args.writers.split(",") if w] or list(replays)
    report: dict[str, dict[str, dict[str, float | None]]] = {}
    print(f"{'held writer':<12} {'arm':<20} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    for held in held_names:
        r = replays[held]
        others = [n for n in replays if n != held]
        report[held] = {}
        for arm, (features, with_extra) in arms.items():
            rows = np.vstack([np.hstack([replays[n].rows, extra[n]]) if with_extra else replays[n].rows for n in others])
            targets = np.vstack([replays[n].targets for n in others])
            decision = fit_decision(rows, targets, features, per_conversation=True)
            held_rows = np.hstack([r.rows, extra[held]]) if with_extra else r.rows
            report[held][arm] = _auprc(r.held, conversation_max(decision, held_rows))
        if not args.no_tfidf:
            tfidf = TfidfBaseline(seed=0).fit([c for c, f in zip(train, folds) if f != held]).score(r.held)
            y = {c: [x.labels.get(c, 0) for x in r.held] for c in CATEGORIES}
            report[held]["tfidf"] = {c: average_precision(y[c], tfidf[c].tolist()) for c in CATEGORIES}
        for arm, vals in report[held].items():
            print(f"{held:<12} {arm:<20} " + " ".join(f"{(v if v is not None else float('nan')):>10.3f}"
                                                      for v in vals.values()), flush=True)
    arm_names = list(next(iter(report.values())))
    mean = {arm: {c: float(np.mean([report[h][arm][c] for h in report if report[h][arm][c] is not None]))
                  for c in CATEGORIES} for arm in arm_names}
    for arm, vals in mean.items():
        print(f"{'mean':<12} {arm:<20} " + " ".join(f"{v:>10.3f}" for v in vals.values()))
    gain = {c: mean["with_window_lexical"][c] - mean["shipped"][c] for c in CATEGORIES}
    keep = max(gain.values()) >= 0.005 and min(gain.values()) >= -0.002
    print("gain: " + ", ".join(f"{c} {g:+.4f}" for c, g in gain.items()) + f" -> {'keep' if keep else 'do not keep'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, "by_held_writer": report,
                                    "mean": mean, "gain": gain, "keep": keep}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
