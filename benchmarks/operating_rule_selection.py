"""How to read an operating point off the train writers so that it holds for a new one:
each writer held out in turn, never on test.

Session 19's arm D chose its thresholds for a 0.5% benign budget on the pooled
out-of-writer stream replays of the train writers. They held on the validation writer's
stream (0.10-0.21% flagged) and not on the test writer's (2.39%, all self-harm). Whether
a rule for reading the point transfers to a writer it has not seen can be asked of the
train writers themselves: hold one out, choose the thresholds on the others' replays by
the rule, and count what they flag among the held-out writer's benign conversations and
catch among its risky ones. Every score here comes from a fold head **and** a decision
fitted without the scored conversation's writer (:func:`pooled_replays`); the decision
that scores the other writers has seen the held-out writer's replays (a dozen weights),
which this leaves as it is.

Rules (thresholds for the budget, split evenly over the categories, as training does):

- ``stream``: the pooled stream replays (training's ``--operating-point out-of-writer``);
- ``stream+held``: the stream and held replays pooled (``out-of-writer-pooled``);
- ``writer-max`` / ``writer-median``: each writer's own stream and held replays give a
  threshold, and the category takes the highest / the median (:func:`writer_operating_point`);
- ``stream-half``: the pooled stream replays with half the budget.

Per rule and held-out writer: the share of its benign conversations (stream and held)
flagged in any category; each category's recall over its risky ones (categories with at
least 10); grooming's median delay from onset to flag over its held conversations.

The criterion, fixed before the script was first run (committed with it): per seed,
``O`` = held-out writers whose benign share flagged exceeds the budget, ``R`` = the mean
over categories of the mean recall over writers, ``D`` = grooming's median delay over all
held-out writers. A rule replaces ``stream`` only if, **on every seed given**, it has
fewer writers over budget (``O`` lower), ``R`` at most 0.05 below ``stream``'s, and ``D``
at most one message above; among those, the lowest ``O`` summed over seeds, then the
highest ``R``. It trains nothing and refuses to run without the caches.

    python benchmarks/operating_rule_selection.py --run CACHE_DIR MODEL_DIR [--run CACHE2 MODEL2] --train ...

Writes benchmarks/results/operating_rule_selection.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Callable

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import message_probabilities
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import (CachedRunMismatch, OutOfWriterFit, PooledReplays, fit_from_cache, onset_delays,
                                               pooled_operating_point, pooled_replays, writer_operating_point)

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
MIN_POSITIVES = 10
RECALL_MARGIN = 0.05
DELAY_MARGIN = 1.0

Rule = Callable[[PooledReplays, float], dict[str, float]]


def _ons(points: dict[str, dict[str, Any]]) -> dict[str, float]:
    return {c: float(points[c]["on"]) for c in CATEGORIES}


def _stream(pool: PooledReplays) -> PooledReplays:
    return pool.subset([o == "stream" for o in pool.origins])


RULES: dict[str, Rule] = {
    "stream": lambda pool, fpr: _ons(pooled_operating_point(_stream(pool), fpr)),
    "stream+held": lambda pool, fpr: _ons(pooled_operating_point(pool, fpr)),
    "writer-max": lambda pool, fpr: _ons(writer_operating_point(pool, fpr, "max")),
    "writer-median": lambda pool, fpr: _ons(writer_operating_point(pool, fpr, "median")),
    "stream-half": lambda pool, fpr: _ons(pooled_operating_point(_stream(pool), fpr / 2)),
}


def load_fit(cache_dir: Path, model: Path, train: list, dev: list, stream: list) -> OutOfWriterFit:
    """The run's out-of-writer fit from its cached fold replays, checked against its folder's decision."""
    try:
        return fit_from_cache(model, cache_dir, train, dev, stream)
    except CachedRunMismatch as exc:
        raise SystemExit(str(exc)) from None


def grooming_delays(fit: OutOfWriterFit) -> dict[str, tuple[np.ndarray, np.ndarray, list]]:
    """Per authored writer: its held authored conversations' rows, their message
    probabilities under the decision fitted without the writer, and the conversations."""
    out = {}
    for r in fit.replays:
        keep = [i for i, c in enumerate(r.held) if str(c.meta.get("writer")) == r.name]
        if not keep:
            continue
        starts = np.flatnonzero(r.rows[:, 1] == 0)
        ends = np.append(starts[1:], len(r.rows))
        idx = np.concatenate([np.arange(starts[i], ends[i]) for i in keep])
        rows = r.rows[idx]
        out[r.name] = (rows, message_probabilities(fit.decision_without(r.name), rows), [r.held[i] for i in keep])
    return out


def evaluate(pool: PooledReplays, delays: dict, fpr: float, rules: dict[str, Rule] | None = None) -> dict[str, Any]:
    """Every rule (:data:`RULES`), each authored writer held out in turn."""
    tags = np.asarray(pool.writers)
    benign = pool.benign_mask
    y = np.asarray([[lab.get(c, 0) for c in CATEGORIES] for lab in pool.labels], bool)
    writers = sorted(set(pool.writers))
    out: dict[str, Any] = {}
    for name, rule in (rules or RULES).items():
        per: dict[str, Any] = {}
        all_delays: list[int] = []
        for w in writers:
            ons = rule(pool.subset(tags != w), fpr)
            mine = tags == w
            flag = np.zeros(len(pool.labels), bool)
            for j, c in enumerate(CATEGORIES):
                flag |= pool.scores[:, j] >= ons[c]
            b = mine & benign
            s = b & (np.asarray(pool.origins) == "stream")
            rec = {}
            for j, c in enumerate(CATEGORIES):
                pos = mine & y[:, j]
                if pos.sum() >= MIN_POSITIVES:
                    rec[c] = round(float((pool.scores[pos, j] >= ons[c]).mean()), 4)
            if w in delays:
                rows, probs, convs = delays[w]
                all_delays += onset_delays(probs, rows, convs, "grooming", ons["grooming"])[2]
            per[w] = {"thresholds": ons, "benign": int(b.sum()), "benign_flagged": round(float(flag[b].mean()), 5),
                      "stream_benign": int(s.sum()),
                      "stream_benign_flagged": round(float(flag[s].mean()), 5) if s.any() else None,
                      "recall": rec}
        over = [w for w in writers if per[w]["benign_flagged"] > fpr + 1e-12]
        recall = {c: float(np.mean([per[w]["recall"][c] for w in writers if c in per[w]["recall"]])) for c in CATEGORIES
                  if any(c in per[w]["recall"] for w in writers)}
        out[name] = {"O": len(over), "over": over, "R": round(float(np.mean(list(recall.values()))), 4),
                     "recall": {c: round(v, 4) for c, v in recall.items()},
                     "D": float(np.median(all_delays)) if all_delays else None,
                     "mean_benign_flagged": round(float(np.mean([per[w]["benign_flagged"] for w in writers])), 5),
                     "max_benign_flagged": max(per[w]["benign_flagged"] for w in writers),
                     "thresholds_all_writers": rule(pool, fpr), "writers": per}
    return out


def choose(seeds: list[dict[str, Any]]) -> dict[str, Any]:
    """The criterion in the module docstring."""
    base = "stream"
    ok = []
    for name in seeds[0]:
        if name == base:
            continue
        if all(s[name]["O"] < s[base]["O"] and s[name]["R"] >= s[base]["R"] - RECALL_MARGIN
               and (s[name]["D"] or 1e9) <= (s[base]["D"] or 0) + DELAY_MARGIN for s in seeds):
            ok.append(name)
    if not ok:
        return {"chosen": base, "qualified": []}
    best = min(ok, key=lambda n: (sum(s[n]["O"] for s in seeds), -sum(s[n]["R"] for s in seeds)))
    return {"chosen": best, "qualified": ok}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", nargs=2, action="append", metavar=("CACHE_DIR", "MODEL_DIR"), required=True,
                    help="a training run's --cache-dir and --out (one per seed)")
    ap.add_argument("--train", type=Path, nargs="+", required=True)
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--stream", type=Path, default=ROOT / "v2_stream_dev.jsonl.gz")
    ap.add_argument("--max-benign-fpr", type=float, default=0.005)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "operating_rule_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev, stream = list(read_corpus(args.dev)), list(read_corpus(args.stream))
    seeds = []
    for cache, model in args.run:
        fit = load_fit(Path(cache), Path(model), train, dev, stream)
        seeds.append(evaluate(pooled_replays(fit), grooming_delays(fit), args.max_benign_fpr))
    verdict = choose(seeds)
    print(f"{'rule':<14} " + " ".join(f"{'seed ' + str(i + 1) + ' O/R/D':>22}" for i in range(len(seeds)))
          + "   mean/max benign flagged (seed 1)")
    for name in RULES:
        cells = " ".join(f"{s[name]['O']:>6} {s[name]['R']:>7.4f} {s[name]['D']!s:>6}  " for s in seeds)
        print(f"{name:<14} {cells}  {seeds[0][name]['mean_benign_flagged']:.3%} / {seeds[0][name]['max_benign_flagged']:.3%}")
    print("writers over budget, seed 1: " + "; ".join(f"{n}: {','.join(seeds[0][n]['over']) or '-'}" for n in RULES))
    print(f"chosen: {verdict['chosen']} (qualified: {verdict['qualified'] or 'none'})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()},
                                    "criterion": "replace 'stream' only if on every seed: fewer held-out writers over "
                                                 f"budget, mean recall >= stream's - {RECALL_MARGIN}, grooming delay <= "
                                                 f"stream's + {DELAY_MARGIN}; then fewest over budget, highest recall",
                                    **verdict, "seeds": seeds}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
