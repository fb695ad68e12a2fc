"""Does a lexical channel fitted on conversation-context targets help the decision? Selected out of writer and on the validation writer, never on test.

The shipped lexical channel is fitted on message labels: only the risky line itself is
a positive. The whole-conversation TF-IDF baseline, ahead of the analyzer on the test
writer, reads the rest of a risky conversation too: the target's "leave me alone", a
bystander's "guys stop", a friend's "are you ok??", the topic. The context-lexical
channel (:mod:`convowatch.nlp.model.context_lexical`) is that view, per message, in a
form the service streams: every message of a risky conversation from its onset on is a
positive. The decision reads the running mean of its logit and its decaying peak
(``ctx_mean``, ``ctx_top``).

Two pieces of evidence, as ``decision_feature_selection.py`` (session 11):

* **out of writer**: for each train writer in turn, the channel is fitted on every
  other writer's train conversations, the decision on every other writer's fold
  replays (pooled, each conversation weighed once, as shipped), and both score the
  held writer's replayed conversations by their highest probability;
* **the validation writer** (``v2_val``, ``willow``, which no model trains on): the
  channel fitted on all of train, the decision on every train writer's fold replays,
  applied to the run's head's replay of ``v2_val``.

Criterion, stated here and committed before the run (session 14; session 11's bar):
keep an arm when (a) its mean held AUPRC over the seven train writers rises by at least
0.005 in one category and falls by no more than 0.002 in any, and (b) its AUPRC on
``v2_val`` falls by no more than 0.002 in any category. Of the arms that pass, the one
with the larger mean out-of-writer gain summed over categories is taken to a full
retrain, which must then pass the shipped model's own checks on ``v2_val`` and
``v2_stream_val`` before test is read. Arms: ``ctx_mean`` alone; ``ctx_mean`` and
``ctx_top``. It also reports what each arm's pooled decision buys at the 0.5% benign
budget on the out-of-writer stream replays (an observation, not the criterion).

    python benchmarks/context_lexical_selection.py --cache-dir /tmp/cw/cache --model /tmp/cw/model

It trains no head and refuses to run without the cache of a training run of the shipped
recipe (``convowatch train ... --cache-dir DIR``). Writes ``--out`` (default
benchmarks/results/context_lexical_selection.json).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from convowatch.nlp.analyzer import AnalyzerConfig, prepare_text
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import CONTEXT_FEATURES, DEFAULT_FEATURES
from convowatch.nlp.model.context_lexical import fit_context_lexical
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import (context_lexical_rows, fold_replays,
                                               replay_rows, with_context_lexical)
from convowatch.nlp.model.selection import operating_point, screen, write_report
from convowatch.nlp.model.train import folder_fingerprint

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "nlp" / "model" / "default"
ARMS = {"defaults": list(DEFAULT_FEATURES), "with_ctx_mean": [*DEFAULT_FEATURES, "ctx_mean"],
        "with_ctx_mean_top": [*DEFAULT_FEATURES, *CONTEXT_FEATURES]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="the head whose v2_val replay is scored")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--val", type=Path, default=ROOT / "v2_val.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--max-benign-fpr", type=float, default=0.005)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "context_lexical_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    stream = list(read_corpus(args.stream))
    val = list(read_corpus(args.val))
    acfg = AnalyzerConfig()

    def prepare(t: str) -> str:
        return prepare_text(t, acfg).text

    fingerprint = folder_fingerprint(args.model)
    plain = fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir, stream_convs=stream,
                         fingerprint=fingerprint)
    t0 = time.perf_counter()
    extended = {r.name: r for r in with_context_lexical(plain, train, prepare, seed=args.seed)}
    print(f"context-lexical columns for {len(extended)} folds: {time.perf_counter() - t0:.0f}s", flush=True)
    full = fit_context_lexical(train, prepare, seed=args.seed)
    val_rows = context_lexical_rows(full, val, replay_rows(val, args.model), prepare)
    report = screen(extended, ARMS, val, val_rows)
    points = {arm: operating_point(list(extended.values()), feats, args.max_benign_fpr) for arm, feats in ARMS.items()}
    for arm, pt in points.items():
        print(f"{arm:<20} at a {args.max_benign_fpr:.1%} budget: held recall "
              + " / ".join(f"{pt[c]['held_recall']:.3f}" for c in CATEGORIES)
              + f", grooming delay {pt['grooming']['median_delay']}, stream benign flagged {pt['stream_benign_any']:.2%}")
    write_report(report, args.out, vars(args), operating_points=points)


if __name__ == "__main__":
    main()
