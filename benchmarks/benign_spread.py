"""A model's benign flag rate on each unseen writer's stream, and the spread between them.

    python benchmarks/benign_spread.py --model default --model /tmp/run/model --out benchmarks/results/benign_spread.json

Why: session 26 found that one model flags between 0.15% and 2.2% of a new writer's
benign conversations, so one writer's stream (the issue's benign clause) is one draw.
This scores every validation writer's stream (``v2_stream_val``, ``_val2``, ``_val3``, ``_val4``;
never the test writer's, which is read once per candidate with ``convowatch eval``) with
each model, and prints per writer the benign conversations flagged (any category, and by
category), a one-sided 95% Clopper-Pearson upper bound on that rate, and per model the
mean and the worst writer, so an arm's clause 2 reads as one table. Writes the same as JSON.
"""

# no ``from __future__ import annotations``: the tests load this file outside sys.modules,
# where pydantic cannot resolve postponed annotations of the models below
import argparse
import json
from pathlib import Path
from typing import Sequence

from pydantic import BaseModel

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.metrics import rate_upper_bound
from convowatch.synthetic.v2.build import SPLITS
from convowatch.synthetic.v2.writers import VALIDATION_WRITERS

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
#: Every validation writer's committed stream file, from the split table (a new writer's comes with it).
VALIDATION_STREAMS = tuple(name for name, (split, _, _) in SPLITS.items()
                           if split in {f"stream_{v}" for v in VALIDATION_WRITERS})


class WriterRate(BaseModel):
    """One model on one stream: its benign conversations, and how many reached a flag."""

    stream: str
    benign: int
    flagged: int
    by_category: dict[str, int]
    rate: float
    upper_95: float


class ModelSpread(BaseModel):
    """One model across the streams: each writer's rate, their mean, and the worst writer."""

    model: str
    writers: list[WriterRate]
    mean_rate: float
    worst_stream: str
    worst_rate: float
    over_budget: list[str]  # streams whose rate is above the budget


def writer_rate(stream: str, first_flags: Sequence[dict[str, int | None]]) -> WriterRate:
    """The rate from each benign conversation's first flag per category (None: never flagged)."""
    by_cat = {c: sum(1 for f in first_flags if f.get(c) is not None) for c in CATEGORIES}
    flagged = sum(1 for f in first_flags if any(f.get(c) is not None for c in CATEGORIES))
    n = len(first_flags)
    return WriterRate(stream=stream, benign=n, flagged=flagged, by_category=by_cat,
                      rate=flagged / n if n else 0.0, upper_95=rate_upper_bound(flagged, n))


def spread(model: str, writers: list[WriterRate], budget: float) -> ModelSpread:
    """Mean and worst writer of one model's rates (the mean is per writer, not per conversation:
    each writer is one draw of how a new writer's look-alikes move the decision)."""
    worst = max(writers, key=lambda w: w.rate)
    return ModelSpread(model=model, writers=writers, mean_rate=sum(w.rate for w in writers) / len(writers),
                       worst_stream=worst.stream, worst_rate=worst.rate,
                       over_budget=[w.stream for w in writers if w.rate > budget])


def score_stream(model: str, path: Path) -> WriterRate:
    """Run the analyzer with ``model`` (``default``: the shipped folder) over one stream file."""
    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.evaluate import run_analyzer
    from convowatch.nlp.model.data import read_corpus

    analyzer = Analyzer.default(model=model)
    outcomes = run_analyzer(list(read_corpus(path)), analyzer)
    return writer_rate(path.name, [dict(o.first_flag) for o in outcomes if o.benign])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", default=None, help="a model folder, or 'default' (repeatable)")
    ap.add_argument("--stream", type=Path, action="append", default=None,
                    help="a stream file (repeatable; default: the three validation writers' streams)")
    ap.add_argument("--budget", type=float, default=0.005, help="the benign budget each stream is read against")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "benign_spread.json")
    args = ap.parse_args()
    models = args.model or ["default"]
    streams = args.stream or [ROOT / name for name in VALIDATION_STREAMS]
    results = [spread(m, [score_stream(m, s) for s in streams], args.budget) for m in models]
    print(f"{'model':<28} {'stream':<26} {'flagged':>12} {'rate':>7} {'95% bound':>9}  " + " ".join(f"{c:>9}" for c in CATEGORIES))
    for r in results:
        for w in r.writers:
            print(f"{r.model[-28:]:<28} {w.stream:<26} {f'{w.flagged}/{w.benign}':>12} {w.rate:>7.2%} {w.upper_95:>9.2%}  "
                  + " ".join(f"{w.by_category[c]:>9}" for c in CATEGORIES))
        print(f"{r.model[-28:]:<28} {'mean / worst':<26} {'':>12} {r.mean_rate:>7.2%} {r.worst_rate:>9.2%}  "
              f"over {args.budget:.2%}: {', '.join(r.over_budget) or 'none'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"params": {"models": models, "streams": [str(s) for s in streams], "budget": args.budget},
                                    "models": [r.model_dump() for r in results]}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
