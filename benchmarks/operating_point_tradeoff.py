"""What each category's benign budget buys, on out-of-writer replays (for choosing a budget split, never on test).

The shipped operating point splits the 0.5% benign budget evenly over the three
categories. Whether that is a good split depends on what a share of the budget buys in
each category: recall, and how soon a risky conversation is flagged. This script reads
the fold replays a training run cached (``convowatch train ... --operating-stream ...
--operating-point out-of-writer --cache-dir DIR``), refits the decision exactly as that
run did, and prints per category, for a range of benign shares: the threshold, the
benign rate on the out-of-writer stream replays, and the recall and median messages
from onset to flag on the out-of-writer replays of the held train/dev conversations
(many more risky conversations than the stream has). It trains nothing.

    python benchmarks/operating_point_tradeoff.py --cache-dir /tmp/cwcache

Writes benchmarks/results/operating_point_tradeoff.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import conversation_max
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.train import folder_fingerprint
from convowatch.nlp.model.decision_fit import fit_out_of_writer
from convowatch.nlp.tune import TuneConfig, choose_by_budget

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
SHARES = (0.0005, 0.001, 0.0017, 0.0025, 0.005, 0.01)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (its recipe keys the cached replays)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--rule-writers", default="", help="as the training run: the shipped model refits no rule weight")
    ap.add_argument("--rule-categories", default="self_harm")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "operating_point_tradeoff.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    stream = list(read_corpus(args.stream))
    fit = fit_out_of_writer(train, dev, None, seed=args.seed, cache_dir=args.cache_dir, per_conversation=True,
                            fingerprint=folder_fingerprint(args.model),
                            rule_writers=[w for w in args.rule_writers.split(",") if w],
                            rule_categories=[c for c in args.rule_categories.split(",") if c] or None,
                            stream_convs=stream)
    best = conversation_max(fit.decision, fit.stream_rows)
    benign = [not any(c.labels.get(k, 0) for k in CATEGORIES) for c in fit.stream_conversations]
    report: dict[str, list[dict[str, float | None]]] = {}
    print(f"{'category':<10} {'share':>7} {'on':>7} {'stream benign':>14} {'held recall':>12} {'median delay':>13}")
    for j, cat in enumerate(CATEGORIES):
        report[cat] = []
        for share in SHARES:
            point = choose_by_budget([c.labels.get(cat, 0) for c in fit.stream_conversations], benign, best[:, j].tolist(),
                                     share, TuneConfig(min_on=0.05, max_on=0.99, max_benign_fpr=share))
            recall, delay = fit.held_recall_and_delay(cat, point["on"])
            report[cat].append({"share": share, "on": point["on"], "stream_benign": point["benign_fpr"],
                                "held_recall": round(recall, 4), "median_delay": delay})
            print(f"{cat:<10} {share:>7.2%} {point['on']:>7.4f} {point['benign_fpr']:>14.2%} {recall:>12.3f} "
                  f"{delay if delay is not None else float('nan'):>13}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, "by_category": report},
                                   indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
