"""Does a two-head fold head damp the look-alike spikes that set grooming's operating point? Train writers only.

Grooming's point is read off the three highest benign scores among the train writers'
out-of-writer stream replays (``benchmarks/grooming_tail.py``). If those spikes were one
head's accident, a seed ensemble (``convowatch train --heads 2``) would lower them. This
retrains one fold's head as a pair (seed and seed + 1; member 0 is the cached fold head,
byte for byte), replays that writer's stream conversations with it, and prints the
highest benign scores under the run's decision for one head and for the pair. The
decision was fitted on one-head replays, so the pair's figures are indicative, not
what a two-head run would fit: the grooming spikes are read, not the other categories.

    python benchmarks/ensemble_fold_tail.py --fold cedar --cache-dir /tmp/g/cache --model /tmp/g/model_s13 \\
        --train data/synthetic/train.jsonl.gz V2_TRAIN_9000 ASPEN_BULLYING \\
        data/synthetic/v2_train_juniper.jsonl.gz data/synthetic/v2_train_sorrel.jsonl.gz

Writes ``--out`` (default benchmarks/results/ensemble_fold_tail_<fold>.json).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.corpora.writer import write_corpus
from convowatch.nlp.decision import conversation_max
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import fit_from_cache, replay_rows
from convowatch.nlp.model.lexical import fold_keys
from convowatch.nlp.model.train import folder_train_config, train

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fold", required=True, help="the writer held out")
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True, help="the folder of the training run that wrote --cache-dir")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()

    train_all = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    fit = fit_from_cache(args.model, args.cache_dir, train_all, dev, list(read_corpus(args.stream)))
    rep = next(r for r in fit.replays if r.name == args.fold)
    tr = [c for c, f in zip(train_all, fold_keys(train_all)) if f != args.fold]  # as decision_fit.fold_replays splits
    dv = [c for c, f in zip(dev, fold_keys(dev)) if f != args.fold] or dev
    cfg = replace(folder_train_config(args.model), fit_decision=False, heads=2)  # the run's fold-head recipe, as a pair
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder / "train.jsonl.gz", tr)
        write_corpus(folder / "dev.jsonl.gz", dv)
        train(folder / "train.jsonl.gz", folder / "dev.jsonl.gz", folder / "model", cfg, show_progress=False,
              cache_dir=args.cache_dir)
        rows = replay_rows(rep.streamed, folder / "model")
    print(f"fold {args.fold}: a two-head fold head trained and {len(rep.streamed)} stream conversations "
          f"replayed in {time.time() - t0:.0f} s")
    one = conversation_max(fit.decision, rep.stream_rows)
    two = conversation_max(fit.decision, rows)
    benign = np.array([not any(c.labels.get(k, 0) for k in CATEGORIES) for c in rep.streamed])
    out: dict[str, dict[str, list[float]]] = {}
    for j, c in enumerate(CATEGORIES):
        b1, b2 = np.sort(one[benign, j])[::-1][:10], np.sort(two[benign, j])[::-1][:10]
        print(f"{c:<10} highest benign, one head: {np.round(b1[:6], 4).tolist()}; two heads: {np.round(b2[:6], 4).tolist()}")
        out[c] = {"one_head": [round(float(x), 4) for x in b1], "two_heads": [round(float(x), 4) for x in b2]}
    path = args.out or Path(__file__).parent / "results" / f"ensemble_fold_tail_{args.fold}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, **out}, indent=2) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
