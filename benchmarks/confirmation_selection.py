"""Should a flag wait for a second message? Screened out of writer and on the validation writer, never on test.

A conversation is scored by its highest decision probability over the stream. One message
is enough: a look-alike's single spike ("shut up idiot" before "lol love u", "i want to
die" before "this deadline") counts as much as a run of risky messages, and the
whole-conversation TF-IDF baseline, which reads the resolution, is far ahead on the test
writer's bullying (0.993 against 0.943 streamed; docs/model-card.md, session 14). The
arms here keep the decision as fitted and change only what the stream is judged by:

* ``max`` (the reference, what ships): the highest probability;
* ``confirm2``: the highest of ``min(p_t, p_{t-1})``, a score must hold for two messages in
  a row (the first message of a conversation stands alone, so single comments still score);
* ``confirm2-bullying-self_harm``: the same for bullying and self-harm only; grooming,
  whose median delay is at the issue's limit on test (10 messages), keeps ``max``.

Out of writer: for each train writer, the decision fitted on every other writer's fold
replays (as training fits it) scores the held writer's replays. On the validation writer:
the decision fitted on every writer, on the ``--model`` head's replay of ``v2_val``. The
bar is session 11's (``nlp.model.selection.CRITERION``), stated before this script was run;
an arm that passes must still be built into fusion and judged as a retrain is.

    python benchmarks/confirmation_selection.py --cache-dir /tmp/armb/cache --model /tmp/armb/model \\
        --train data/synthetic/train.jsonl.gz /tmp/armb/v2_train_9000.jsonl.gz data/synthetic/v2_train_aspen.jsonl.gz

Writes benchmarks/results/confirmation_selection.json. Trains nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DEFAULT_FEATURES, message_probabilities
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import fit_pooled, fold_replays, replay_rows
from convowatch.nlp.model.selection import CRITERION, _diff, _mean, auprc, keeps
from convowatch.nlp.model.train import folder_fingerprint

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "nlp" / "model" / "default"
ARMS: dict[str, tuple[str, ...]] = {"max": (), "confirm2": tuple(CATEGORIES),
                                    "confirm2-bullying-self_harm": ("bullying", "self_harm")}


def confirmed(probs: np.ndarray, rows: np.ndarray, categories: Sequence[str]) -> np.ndarray:
    """Per message, ``min(p_t, p_{t-1})`` in ``categories`` (``p_t`` at a conversation's first
    message), ``p_t`` elsewhere; rows as :func:`~convowatch.nlp.model.decision_fit.replay_rows`."""
    out = probs.copy()
    prev = np.vstack([probs[:1], probs[:-1]])
    first = rows[:, 1] == 0
    prev[first] = probs[first]
    for c in categories:
        j = CATEGORIES.index(c)
        out[:, j] = np.minimum(probs[:, j], prev[:, j])
    return out


def per_conversation_max(scores: np.ndarray, rows: np.ndarray) -> np.ndarray:
    return np.maximum.reduceat(scores, np.flatnonzero(rows[:, 1] == 0), axis=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="the run that wrote --cache-dir; its head replays v2_val")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--val", type=Path, default=ROOT / "v2_val.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "confirmation_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    val = list(read_corpus(args.val))
    replays = {r.name: r for r in fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir,
                                              fingerprint=folder_fingerprint(args.model))}
    features = list(json.loads((args.model / "config.json").read_text())["decision"]["features"])
    if features != list(DEFAULT_FEATURES):
        print(f"note: the run's decision reads {features}")
    by_writer: dict[str, dict] = {}
    print(f"{'held writer':<12} {'arm':<30} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    for held in sorted(replays):
        r = replays[held]
        probs = message_probabilities(fit_pooled([x for n, x in replays.items() if n != held], features,
                                                 per_conversation=True), r.rows)
        by_writer[held] = {arm: auprc(r.held, per_conversation_max(confirmed(probs, r.rows, cats), r.rows))
                           for arm, cats in ARMS.items()}
        for arm, v in by_writer[held].items():
            print(f"{held:<12} {arm:<30} " + " ".join(f"{(x if x is not None else float('nan')):>10.3f}"
                                                       for x in v.values()), flush=True)
    mean = {arm: {c: _mean([by_writer[h][arm][c] for h in by_writer]) for c in CATEGORIES} for arm in ARMS}
    val_rows = replay_rows(val, args.model)
    full = fit_pooled(list(replays.values()), features, per_conversation=True)
    val_probs = message_probabilities(full, val_rows)
    on_val = {arm: auprc(val, per_conversation_max(confirmed(val_probs, val_rows, cats), val_rows))
              for arm, cats in ARMS.items()}
    gain, val_gain, keep = {}, {}, {}
    for arm in list(ARMS)[1:]:
        gain[arm], val_gain[arm] = _diff(mean[arm], mean["max"]), _diff(on_val[arm], on_val["max"])
        keep[arm] = keeps(gain[arm], val_gain[arm])
    for arm in ARMS:
        print(f"{'mean':<12} {arm:<30} " + " ".join(f"{v:>10.4f}" for v in mean[arm].values()))
    for arm in ARMS:
        print(f"{'v2_val':<12} {arm:<30} " + " ".join(f"{v:>10.4f}" for v in on_val[arm].values()))
    for arm in list(ARMS)[1:]:
        print(f"{arm}: out of writer " + ", ".join(f"{c} {g:+.4f}" for c, g in gain[arm].items())
              + "; v2_val " + ", ".join(f"{c} {g:+.4f}" for c, g in val_gain[arm].items())
              + f" -> {'keep' if keep[arm] else 'do not keep'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, "criterion": CRITERION,
                                    "arms": {a: list(c) for a, c in ARMS.items()}, "by_held_writer": by_writer,
                                    "mean": mean, "v2_val": on_val, "gain": gain, "v2_val_gain": val_gain,
                                    "keep": keep}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
