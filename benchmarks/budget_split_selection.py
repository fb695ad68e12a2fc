"""How to split the benign budget over the categories: chosen on out-of-writer replays, never on test.

The operating point gives each category a share of the benign budget (``convowatch
train --max-benign-fpr 0.005 --budget-share CATEGORY=SHARE``); the even split gives
each a third whatever a share buys there. This script reads the fold replays a training
run cached (``convowatch train ... --operating-point out-of-writer --cache-dir DIR``),
refits the decision exactly as that run did, and tries every split on a grid (step
``--step``). For each it chooses the thresholds on the out-of-writer stream replays
(as training does) and measures, on the out-of-writer replays of the held train/dev
conversations, each category's recall and grooming's median delay from onset to flag.

The criterion, fixed before any split was scored: the **highest mean recall over the
three categories**, among splits whose any-category flag rate on the benign stream
replays stays within the budget; ties (within 0.002) go to the lower grooming delay,
then to the split closest to even. It trains nothing and refuses to run without the cache.

The run's recipe is read from ``--model``'s ``config.json`` (decision weighting, rule-weight
refit, decision features, seed, and which replays the point is chosen on: the stream alone,
or the stream and held replays with ``--operating-point out-of-writer-pooled``), and the
refitted decision must equal the folder's, weight for weight, or the script stops: a split
scored on another decision would not say what the folder would do.

    python benchmarks/budget_split_selection.py --cache-dir /tmp/cwcache --model /tmp/run/model

Writes benchmarks/results/budget_split_selection.json (every split scored, and the choice).
"""

from __future__ import annotations

import argparse
import json
from itertools import product
from pathlib import Path

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import CachedRunMismatch, fit_from_cache, operating_replays, pooled_operating_point

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def grid(step: float) -> list[tuple[float, ...]]:
    """The even split (first), then every split of 1 over the categories in multiples of ``step`` (each category > 0)."""
    n = round(1 / step)
    even = tuple(round(1 / len(CATEGORIES), 6) for _ in CATEGORIES)
    return [even] + [tuple(round(k * step, 6) for k in ks) for ks in product(range(1, n), repeat=len(CATEGORIES))
                     if sum(ks) == n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (its recipe keys the cached replays)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--max-benign-fpr", type=float, default=0.005)
    ap.add_argument("--step", type=float, default=0.05)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "budget_split_selection.json")
    args = ap.parse_args()

    folder = json.loads((args.model / "config.json").read_text())
    hp = folder["training"]["hyperparameters"]
    if str(hp.get("operating_pool", "stream")).startswith("writer-"):  # before any corpus is read or fit rebuilt
        raise SystemExit(f"{args.model} reads its point writer by writer; this script splits a pooled budget only")
    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    stream = list(read_corpus(args.stream))
    try:  # the decision exactly as that run fitted it, or the splits say nothing about the folder
        fit = fit_from_cache(args.model, args.cache_dir, train, dev, stream)
    except CachedRunMismatch as exc:
        raise SystemExit(str(exc)) from None
    pool = operating_replays(fit, hp.get("operating_pool", "stream"))
    labels, best = pool.labels, pool.scores
    benign = pool.benign_mask
    found: dict[tuple[str, float], tuple[float, float | None]] = {}  # (category, on) -> held recall, delay

    rows = []
    for i, shares in enumerate(grid(args.step)):
        # the thresholds exactly as training chooses them (the even split is training's default)
        chosen_points = pooled_operating_point(pool, args.max_benign_fpr,
                                               budget_shares=None if i == 0 else dict(zip(CATEGORIES, shares)))
        if i == 0 and hp.get("budget_shares") is None and hp["max_benign_fpr"] == args.max_benign_fpr:
            shipped = {c: folder["fusion"]["thresholds"][c]["on"] for c in CATEGORIES}
            if shipped != {c: chosen_points[c]["on"] for c in CATEGORIES}:
                raise SystemExit(f"the even split gives {chosen_points} but {args.model} has {shipped}")
        pts = {}
        for c in CATEGORIES:
            on = chosen_points[c]["on"]
            if (c, on) not in found:
                found[c, on] = fit.held_recall_and_delay(c, on)
            recall, delay = found[c, on]
            pts[c] = {"on": on, "stream_benign": chosen_points[c]["benign_fpr"], "held_recall": round(recall, 4),
                      "median_delay": delay}
        flagged = np.zeros(len(labels), bool)
        for j, c in enumerate(CATEGORIES):
            flagged |= best[:, j] >= pts[c]["on"]
        any_rate = float(flagged[benign].mean()) if benign.any() else 0.0
        rows.append({"shares": dict(zip(CATEGORIES, shares)), "points": pts, "stream_benign_any": round(any_rate, 5),
                     "mean_recall": round(float(np.mean([pts[c]["held_recall"] for c in CATEGORIES])), 4),
                     "within_budget": any_rate <= args.max_benign_fpr + 1e-12})
    even = round(1 / len(CATEGORIES), 6)
    ok = [r for r in rows if r["within_budget"]]
    top = max(r["mean_recall"] for r in ok)
    near = [r for r in ok if r["mean_recall"] >= top - 0.002]
    chosen = min(near, key=lambda r: (r["points"]["grooming"]["median_delay"] or 1e9,
                                      sum(abs(v - even) for v in r["shares"].values())))
    even_row = rows[0]

    print(f"{len(rows)} splits, {len(ok)} within the budget; best mean held recall {top:.4f}")
    print(f"{'split':<28} {'mean recall':>11} {'groom R':>8} {'bully R':>8} {'self R':>8} {'groom delay':>11} {'stream any':>10}")
    for label, r in (("even", even_row), ("chosen", chosen)):
        s = "/".join(f"{v:.2f}" for v in r["shares"].values())
        any_s = f"{r['stream_benign_any']:.2%}"
        print(f"{label + ' ' + s:<28} {r['mean_recall']:>11.4f} " + " ".join(
            f"{r['points'][c]['held_recall']:>8.3f}" for c in CATEGORIES)
            + f" {r['points']['grooming']['median_delay']!s:>11} {any_s:>10}")
    flags = ("(the even split: no --budget-share)" if chosen is even_row
             else " ".join(f"--budget-share {c}={v}" for c, v in chosen["shares"].items()))
    print(f"train with: {flags}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()},
                                    "criterion": "max mean held recall, any-flag stream rate within budget; "
                                                 "ties (0.002): lower grooming delay, then closest to even",
                                    "even": even_row, "chosen": chosen, "train_flags": flags, "splits": rows},
                                   indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
