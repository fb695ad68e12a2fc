"""Where does the TF-IDF baseline beat convowatch out of writer? A diagnostic on the train writers, never on test.

For each train writer in turn, on the fold replays a training run cached (``convowatch
train ... --cache-dir DIR``): the conversation decision fitted on every other writer's
replays (pooled, each conversation weighed once, as shipped) scores the held writer's
replayed conversations by their highest probability; the TF-IDF baseline of
``convowatch eval --baselines`` is trained on the same fold's train conversations (every
writer but the held one) and scores the same conversations once, whole. Conversation
AUPRC per category. It trains no head and refuses to run without the cache.

    python benchmarks/out_of_writer_baselines.py --cache-dir /tmp/cwcache

Writes benchmarks/results/out_of_writer_baselines.json. ``--mean-over a,b,...`` also prints
the mean over those held writers only: how a run with a writer added does on the writers
an earlier run held out (the sixth pass's seven, for the eighth writer ``willow``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from convowatch.nlp.baselines import TfidfBaseline
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import conversation_max
from convowatch.nlp.metrics import average_precision
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.train import folder_fingerprint
from convowatch.nlp.model.decision_fit import fit_pooled, fold_replays
from convowatch.nlp.model.lexical import fold_keys

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def _mean(report: dict[str, dict[str, dict[str, float | None]]], writers: list[str]) -> dict[str, dict[str, float]]:
    """Each analyzer's mean AUPRC per category over ``writers`` (undefined values skipped)."""
    return {arm: {c: float(np.mean([report[h][arm][c] for h in writers if report[h][arm][c] is not None]))
                  for c in CATEGORIES} for arm in ("convowatch", "tfidf")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (its recipe keys the cached replays)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "out_of_writer_baselines.json")
    ap.add_argument("--mean-over", default="", help="comma-separated held writers for a second mean (default: none)")
    args = ap.parse_args()
    subset = [w for w in args.mean_over.split(",") if w]

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    folds = fold_keys(train)
    replays = {r.name: r for r in fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir,
                                              fingerprint=folder_fingerprint(args.model))}
    missing = [w for w in subset if w not in replays]
    if missing:  # before minutes of fitting
        raise SystemExit(f"--mean-over: no held writer {missing} in this run's folds {sorted(replays)}")
    report: dict[str, dict[str, dict[str, float | None]]] = {}
    print(f"{'held writer':<12} {'analyzer':<10} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    for held, r in replays.items():
        others = [x for n, x in replays.items() if n != held]
        decision = fit_pooled(others, per_conversation=True)
        best = conversation_max(decision, r.rows)
        tfidf = TfidfBaseline(seed=0).fit([c for c, f in zip(train, folds) if f != held]).score(r.held)
        y = {c: [x.labels.get(c, 0) for x in r.held] for c in CATEGORIES}
        report[held] = {
            "convowatch": {c: average_precision(y[c], best[:, j].tolist()) for j, c in enumerate(CATEGORIES)},
            "tfidf": {c: average_precision(y[c], tfidf[c].tolist()) for c in CATEGORIES},
        }
        for arm, vals in report[held].items():
            print(f"{held:<12} {arm:<10} " + " ".join(f"{(v if v is not None else float('nan')):>10.3f}"
                                                      for v in vals.values()), flush=True)
    mean = _mean(report, list(report))
    for arm, vals in mean.items():
        print(f"{'mean':<12} {arm:<10} " + " ".join(f"{v:>10.3f}" for v in vals.values()))
    mean_over = _mean(report, subset) if subset else {}
    for arm, vals in mean_over.items():
        print(f"{'mean of ' + str(len(subset)):<12} {arm:<10} " + " ".join(f"{v:>10.3f}" for v in vals.values()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, "by_held_writer": report,
                                    "mean": mean, "mean_over": {"writers": subset, **mean_over}}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
