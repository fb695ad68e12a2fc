"""Who is who at the end of each conversation, by label and scenario: the stage features of ``nlp/life_stage.py``.

Reads corpora (train writers' files; never ``v2_test`` / ``v2_stream``) and counts, per
label (grooming, benign, other risk) and per scenario, how many conversations end as
``peer`` (two or more participants sound like minors, none like an adult), ``adults``,
``conj`` (a minor and an adult) or ``-`` (none of these), from stated ages and implied
life stages exactly as the decision reads them (:func:`~convowatch.nlp.model.decision_fit.stage_rows`).
It trains nothing; it says whether the features separate grooming from its look-alikes
on the writers a decision is fitted on.

    python benchmarks/life_stage_patterns.py /tmp/armd/v2_train.jsonl.gz data/synthetic/v2_train_juniper.jsonl.gz \\
        --out benchmarks/results/life_stage_patterns.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from convowatch.nlp.categories import CATEGORIES, GROOMING
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.decision_fit import stage_rows

PATTERNS: tuple[str, ...] = ("peer", "adults", "conj", "-")


def pattern(last: list[float]) -> str:
    """The name of a conversation's stage features after its last message."""
    peer, adults, conj = last
    return "peer" if peer else "adults" if adults else "conj" if conj else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "life_stage_patterns.json")
    args = ap.parse_args()
    by_label: dict[str, Counter] = {}
    by_scenario: dict[str, Counter] = {}
    convs = []
    for path in args.corpora:
        for c in read_corpus(path):
            if c.meta.get("split") in ("test", "stream"):  # the test writers: read once per candidate, by eval
                raise SystemExit(f"{path}: a test split; not read here")
            convs.append(c)
    rows = stage_rows(convs)  # one analyzer for every conversation; each one's last row is how it ends
    ends = np.cumsum([len(c.messages) for c in convs]) - 1
    for c, end in zip(convs, ends):
        label = GROOMING if c.labels.get(GROOMING) else "benign" if not any(c.labels.get(k) for k in CATEGORIES) else "other"
        p = pattern(list(rows[end]))
        by_label.setdefault(label, Counter())[p] += 1
        by_scenario.setdefault(f"{label}/{c.meta.get('scenario')}", Counter())[p] += 1
    for label, counts in sorted(by_label.items()):
        print(f"{label:<10} " + "  ".join(f"{p} {counts[p]:>5}" for p in PATTERNS))
    report = {"corpora": [str(p) for p in args.corpora],
              "by_label": {k: {p: v[p] for p in PATTERNS} for k, v in sorted(by_label.items())},
              "by_scenario": {k: {p: v[p] for p in PATTERNS} for k, v in sorted(by_scenario.items())}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
