"""How much should the conversation decision trust the rules? Chosen on rule-unseen writers, never on test.

The rules were written against the first three train writers, so on their replays a
rule hit is nearly always right and a decision fitted there trusts rules more than a
new writer's phrasing warrants. ``ember``, ``tide``, ``cedar`` and ``birch`` were written after the rule packs.
For each of them in turn (the *held* writer), this script fits the decision on every
other writer's out-of-writer replays and scores the held writer's replays three ways:

- ``pooled``: the decision as fitted (rule weight from every other writer);
- ``refit``: the rule weight and bias refitted on the *other* rule-unseen writer(s)
  (what ``convowatch train --decision-rule-writer`` does);
- ``no-rule``: the rule weight set to 0 (the decision ignores rule scores; critical
  rules still flag in the analyzer).

It reads the fold replays a training run cached (``convowatch train ... --cache-dir``);
it trains nothing and refuses to run when the cache is missing. Conversation AUPRC per
category (each replayed conversation's highest decision probability):

    python benchmarks/decision_rule_selection.py --cache-dir /tmp/cwcache

Writes benchmarks/results/decision_rule_selection.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import DecisionModel, conversation_max, refit_rule_weight
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.selection import auprc
from convowatch.nlp.model.train import folder_fingerprint
from convowatch.nlp.model.decision_fit import fit_pooled, fold_replays

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


def _no_rule(model: DecisionModel) -> DecisionModel:
    ri = model.features.index("rule")
    weights = {c: [0.0 if i == ri else w for i, w in enumerate(v)] for c, v in model.weights.items()}
    return model.model_copy(update={"weights": weights})


def _auprc(model: DecisionModel, rows: np.ndarray, convs: list) -> dict[str, float | None]:
    return auprc(convs, conversation_max(model, rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (its recipe keys the cached replays)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--rule-writers", default="ember,tide,cedar,birch")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "decision_rule_selection.json")
    args = ap.parse_args()

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    replays = {r.name: r for r in fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir,
                                              fingerprint=folder_fingerprint(args.model))}
    unseen = [w.strip() for w in args.rule_writers.split(",") if w.strip()]
    report: dict[str, dict[str, dict[str, float | None]]] = {}
    for held in unseen:
        others = [r for n, r in replays.items() if n != held]
        pooled = fit_pooled(others, per_conversation=True)
        fit_on = [replays[n] for n in unseen if n != held]
        arms = {"pooled": pooled, "no-rule": _no_rule(pooled)}
        if fit_on:
            arms["refit"] = refit_rule_weight(pooled, np.vstack([r.rows for r in fit_on]),
                                              np.vstack([r.targets for r in fit_on]), per_conversation=True)
        h = replays[held]
        report[held] = {arm: _auprc(m, h.rows, h.held) for arm, m in arms.items()}
        ri = pooled.features.index("rule")
        report[held]["rule_weight"] = {f"{arm}:{c}": round(m.weights[c][ri], 3) for arm, m in arms.items() for c in CATEGORIES}
    print(f"{'held writer':<12} {'arm':<8} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    for held, arms in report.items():
        for arm, vals in arms.items():
            if arm == "rule_weight":
                continue
            print(f"{held:<12} {arm:<8} " + " ".join(f"{(v if v is not None else float('nan')):>10.3f}" for v in vals.values()))
    mean = {arm: {c: float(np.mean([report[h][arm][c] for h in report if arm in report[h]])) for c in CATEGORIES}
            for arm in ("pooled", "refit", "no-rule") if any(arm in report[h] for h in report)}
    for arm, vals in mean.items():
        print(f"{'mean':<12} {arm:<8} " + " ".join(f"{v:>10.3f}" for v in vals.values()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()}, "by_held_writer": report,
                                    "mean": mean}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
