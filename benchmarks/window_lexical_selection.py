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
AUPRC over the train writers (seven; eight in session 11's run with `willow`) rises by at least 0.005 in one category and falls by no
more than 0.002 in any. Two more arms were added after that run, each under the same
criterion stated before its own run: first-message features, and the channel fitted
on whole conversations (as the baseline is). None passed (docs/model-card.md, session
10). The script also reports what each arm's pooled decision buys at the benign budget
on the out-of-writer stream replays (an observation, not the criterion). Writes
benchmarks/results/window_lexical_selection.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from convowatch.nlp.baselines import TfidfBaseline
from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import (DEFAULT_FEATURES, FIRST_MESSAGE_FEATURES, WINDOW_LEXICAL_FEATURES,
                                     conversation_max)
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.selection import auprc, operating_point
from convowatch.nlp.model.train import folder_fingerprint
from convowatch.nlp.model.decision_fit import (fit_pooled, fold_replays,
                                               with_window_lexical)
from convowatch.nlp.model.lexical import fold_keys

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
ARMS = {"shipped": list(DEFAULT_FEATURES), "with_window_lexical": [*DEFAULT_FEATURES, *WINDOW_LEXICAL_FEATURES]}
#: A second arm, added after the first run (same criterion, stated before it ran): the
#: first message's window and lexical logits as their own features (comments vs chats).
SECOND_ARMS = {"with_first_message": [*DEFAULT_FEATURES, *FIRST_MESSAGE_FEATURES]}
#: A third arm, added after the second run (same criterion, stated before it ran): the
#: channel fitted on whole conversations with their labels, as the TF-IDF baseline is,
#: and applied to the window as before.
THIRD_ARMS = {"with_conversation_lexical": [*DEFAULT_FEATURES, *WINDOW_LEXICAL_FEATURES]}


def _operating_point(replays, features: list[str], max_benign_fpr: float) -> dict:
    """:func:`~convowatch.nlp.model.selection.operating_point`, with the mean held recall over the categories."""
    out = operating_point(replays, features, max_benign_fpr)
    out["mean_held_recall"] = round(float(np.mean([out[c]["held_recall"] for c in CATEGORIES])), 4)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (its recipe keys the cached replays)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--window", type=int, default=12)
    ap.add_argument("--max-benign-fpr", type=float, default=0.005)
    ap.add_argument("--no-tfidf", action="store_true", help="skip the TF-IDF baseline column")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "window_lexical_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    stream = list(read_corpus(args.stream))
    folds = fold_keys(train)
    plain = fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir, stream_convs=stream,
                         fingerprint=folder_fingerprint(args.model))
    t0 = time.perf_counter()
    # each writer's window-lexical column from a channel fitted without that writer (as training does)
    extended = with_window_lexical(plain, train, args.window, seed=args.seed)
    print(f"window-lexical columns for {len(extended)} folds: {time.perf_counter() - t0:.0f}s", flush=True)
    conversational = with_window_lexical(plain, train, args.window, seed=args.seed, documents="conversations")
    replays = {"shipped": {r.name: r for r in plain}, "with_window_lexical": {r.name: r for r in extended},
               "with_first_message": {r.name: r for r in plain},
               "with_conversation_lexical": {r.name: r for r in conversational}}
    arms = ARMS | SECOND_ARMS | THIRD_ARMS
    report: dict[str, dict[str, dict[str, float | None]]] = {}
    print(f"{'held writer':<12} {'arm':<26} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    for held in sorted(replays["shipped"]):
        report[held] = {}
        for arm, features in arms.items():
            reps = replays[arm]
            others = [r for n, r in reps.items() if n != held]
            decision = fit_pooled(others, features, per_conversation=True)
            report[held][arm] = auprc(reps[held].held, conversation_max(decision, reps[held].rows))
        if not args.no_tfidf:
            r = replays["shipped"][held]
            tfidf = TfidfBaseline(seed=0).fit([c for c, f in zip(train, folds) if f != held]).score(r.held)
            report[held]["tfidf"] = auprc(r.held, np.stack([tfidf[c] for c in CATEGORIES], axis=1))
        for arm, vals in report[held].items():
            print(f"{held:<12} {arm:<26} " + " ".join(f"{(v if v is not None else float('nan')):>10.3f}"
                                                      for v in vals.values()), flush=True)
    arm_names = list(next(iter(report.values())))
    mean = {arm: {c: float(np.mean([report[h][arm][c] for h in report if report[h][arm][c] is not None]))
                  for c in CATEGORIES} for arm in arm_names}
    for arm, vals in mean.items():
        print(f"{'mean':<12} {arm:<26} " + " ".join(f"{v:>10.3f}" for v in vals.values()))
    gain, keep = {}, {}
    for arm in arms:
        if arm == "shipped":
            continue
        gain[arm] = {c: mean[arm][c] - mean["shipped"][c] for c in CATEGORIES}
        keep[arm] = max(gain[arm].values()) >= 0.005 and min(gain[arm].values()) >= -0.002
        print(f"{arm} gain: " + ", ".join(f"{c} {g:+.4f}" for c, g in gain[arm].items())
              + f" -> {'keep' if keep[arm] else 'do not keep'}")
    points = {arm: _operating_point(list(replays[arm].values()), features, args.max_benign_fpr)
              for arm, features in arms.items()}
    for arm, pt in points.items():
        print(f"{arm:<26} at a {args.max_benign_fpr:.1%} budget: held recall "
              + " / ".join(f"{pt[c]['held_recall']:.3f}" for c in CATEGORIES)
              + f", grooming delay {pt['grooming']['median_delay']}, stream benign flagged {pt['stream_benign_any']:.2%}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()},
                                    "criterion": "keep when the mean held AUPRC rises by >= 0.005 in a category "
                                                 "and falls by <= 0.002 in none",
                                    "by_held_writer": report, "mean": mean, "gain": gain, "keep": keep,
                                    "operating_points": points}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
