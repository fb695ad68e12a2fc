"""Do extra decision features help on phrasing the model has not read? Selected out of writer and on the validation writer, never on test.

Two pieces of evidence, both fixed before the run:

* **out of writer** (as ``window_lexical_selection.py``): for each train writer in turn,
  the decision is fitted on every other writer's fold replays (pooled, each
  conversation weighed once, as shipped), with and without the extra features, and
  scores the held writer's replayed conversations by their highest probability;
* **the validation writer** (``v2_val``, ``willow``, which no model trains on): the
  decision fitted on every train writer's fold replays, as training fits the shipped
  one, applied to the shipped head's replay of ``v2_val``. For the defaults this is the
  shipped decision, so its column reproduces ``convowatch eval`` on ``v2_val``.

Criterion (session 11, stated in the script before it ran): keep an arm when (a) its
mean held AUPRC over the train writers rises by at least 0.005 in one category and
falls by no more than 0.002 in any (session 10's bar), and (b) its AUPRC on the
validation writer falls by no more than 0.002 in any category. It trains no head and
refuses to run without the cache of a training run of the shipped recipe
(``convowatch train ... --cache-dir DIR``).

    python benchmarks/decision_feature_selection.py --cache-dir /tmp/cwcache7 --model /tmp/run7 --feature lex_x_model
    python benchmarks/decision_feature_selection.py --cache-dir /tmp/cwcache7 --model /tmp/run7 --drop lex_top

    python benchmarks/decision_feature_selection.py --cache-dir /tmp/g/cache --model /tmp/g/model_s13 \
        --train <arm G's five files> --feature stage_peer_minors --feature stage_adults_only --feature stage_conj

(``--model``: the head of the same training run as the cache, so that the validation
column and the fold replays come from one run. The reference arm is that run's own
decision: the defaults plus the ``--decision-feature`` flags in its ``config.json``, so that
``--drop`` on arm H's or arm I's run is measured against the decision it changes; session
26 added this for ``--drop rule``.) The second arm, a decision without the
lexical peak (only its running mean), was added after the first had run, under the same
criterion stated before its own run: the validation writer showed single-message
lexical spikes ("i dont want it anymore") as self-harm's false alarms.

Writes ``--out`` (default benchmarks/results/decision_feature_selection.json; session 11's
two runs are ``decision_feature_selection_lex_x_model.json`` and
``decision_feature_selection_without_lex_top.json``). Neither arm passed: the gated
feature moved the out-of-writer means by -0.001 / +0.001 / +0.000, and dropping the
lexical peak cost self-harm 0.019 out of writer and 0.009 on v2_val (docs/model-card.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from convowatch.nlp.decision import DEFAULT_FEATURES, FEATURES, STAGE_FEATURES, append_stage_block, conversation_max
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import fit_pooled, fold_replays, replay_rows, stage_rows, with_stage_block
from convowatch.nlp.model.selection import auprc, screen, write_report
from convowatch.nlp.model.train import folder_fingerprint

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "nlp" / "model" / "default"


def reference_extras(model: Path) -> list[str]:
    """The decision features ``model`` was trained with beyond the defaults (its
    ``--decision-feature`` flags, from ``config.json``); none for the shipped folder."""
    cfg = json.loads((model / "config.json").read_text())
    return list(cfg.get("training", {}).get("hyperparameters", {}).get("decision_extra_features") or [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--feature", action="append", default=[], choices=[f for f in FEATURES if f not in DEFAULT_FEATURES],
                    help="an extra decision feature (repeat; every one is added in one arm)")
    ap.add_argument("--drop", action="append", default=[], choices=list(DEFAULT_FEATURES),
                    help="a default feature the arm does without (repeat)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--val", type=Path, default=ROOT / "v2_val.jsonl.gz")
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="the head whose v2_val replay is scored")
    ap.add_argument("--also-val", type=Path, action="append", default=[],
                    help="another validation writer's split, scored the same way for information (repeat); "
                         "never part of the criterion")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "decision_feature_selection.json")
    args = ap.parse_args()
    if not args.feature and not args.drop:
        ap.error("give at least one --feature or --drop")

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    val = list(read_corpus(args.val))
    folds = fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir,
                         fingerprint=folder_fingerprint(args.model))
    val_rows = replay_rows(val, args.model)
    # the reference arm is the run's own decision: the defaults plus what --model was trained
    # with (``--decision-feature``), so that a drop is measured against the decision it changes
    base = [*DEFAULT_FEATURES, *reference_extras(args.model)]
    staged = bool((set(args.feature) | set(base)) & set(STAGE_FEATURES))
    if staged:  # the stage block: every arm gets the same rows
        folds, val_rows = with_stage_block(folds), append_stage_block(val_rows, stage_rows(val))
    replays = {r.name: r for r in folds}
    name = "+".join(["with_" + f for f in args.feature] + ["without_" + f for f in args.drop])
    arms = {"defaults": base, name: [*(f for f in base if f not in args.drop), *args.feature]}
    report = screen(replays, arms, val, val_rows)
    also = {}
    # information only (the criterion reads v2_val alone): each arm's decision fitted on every
    # writer, as for v2_val, once for all the extra files
    pooled = {arm: fit_pooled(folds, feats, per_conversation=True) for arm, feats in arms.items()} if args.also_val else {}
    for path in args.also_val:
        extra = list(read_corpus(path))
        rows = replay_rows(extra, args.model)
        if staged:
            rows = append_stage_block(rows, stage_rows(extra))
        also[path.name] = {arm: auprc(extra, conversation_max(decision, rows)) for arm, decision in pooled.items()}
        for arm, vals in also[path.name].items():
            print(f"{path.name:<20} {arm:<30} " + " ".join(f"{v if v is not None else float('nan'):>10.4f}" for v in vals.values()))
    # one arm: its gains and verdict are written flat, as session 11's files have them
    write_report(report, args.out, vars(args), gain=report.gain[name], v2_val_gain=report.v2_val_gain[name],
                 keep=report.keep[name], also_val=also)


if __name__ == "__main__":
    main()
