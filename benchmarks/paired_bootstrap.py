"""Paired bootstrap of two models' AUPRC on the same corpus: is the difference beyond the corpus's noise?

    convowatch eval --corpus data/synthetic/v2_val.jsonl.gz --scores /tmp/a.jsonl            # the shipped folder
    convowatch eval --corpus data/synthetic/v2_val.jsonl.gz --model DIR --scores /tmp/b.jsonl
    python benchmarks/paired_bootstrap.py --a /tmp/a.jsonl --b /tmp/b.jsonl --out benchmarks/results/paired_bootstrap.json

Prints, per category, both AUPRCs, the difference b - a, its 95% percentile interval over
``--n`` resamples of the conversations (seeded), and the share of resamples where b is not
above a (:mod:`convowatch.nlp.compare`). Writes the same as JSON.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from convowatch.nlp.compare import paired_bootstrap, read_scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", type=Path, required=True, help="scores of the reference model (convowatch eval --scores)")
    ap.add_argument("--b", type=Path, required=True, help="scores of the candidate, same corpus")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "paired_bootstrap.json")
    args = ap.parse_args()
    result = paired_bootstrap(read_scores(args.a), read_scores(args.b), n=args.n, seed=args.seed)
    print(f"{'category':<10} {'pos':>4} {'a':>7} {'b':>7} {'b - a':>8} {'95% interval':>18} {'P(b<=a)':>8}")
    for c, d in result.items():
        print(f"{c:<10} {d.positives:>4} {d.a:>7.4f} {d.b:>7.4f} {d.diff:>+8.4f} {f'[{d.low:+.4f}, {d.high:+.4f}]':>18} "
              f"{d.p_not_above:>8.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {k: str(v) for k, v in vars(args).items()},
                                    "categories": {c: d.model_dump() for c, d in result.items()}}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
