"""The lexical channel's regressions: the shipped solve against float64 on the columns in use.

    python benchmarks/lexical_fit.py --corpus data/synthetic/v2_train.jsonl.gz --sizes 3000 10000 0

Why: ``fit_regressions`` (``nlp/model/lexical.py``) solves each category's regression over all
``2 * N_FEATURES`` hashed columns on float32 rows. A column no training row uses has zero loss
gradient and keeps weight 0 under the L2 penalty, so the solve restricted to the used columns is
the same problem; in float64 the two give the same weights to 5e-10 at full size
(``exact_f64``). In float32, scikit-learn's L-BFGS line search stops early at a
precision-limited point, so the two formulations of one problem stop at different weights
(``shipped_vs_proposed``): the shipped solve is not converged. Measured on the first ``N``
(sorted) distinct prepared message texts of a corpus (``0``: all), with the message-level
targets the channel is trained on, in one run (so the speed ratio holds whatever else the
machine is doing). The shipped solve is unchanged (session 30): changing it changes the shipped
recipe's lexical channel, its decision and its thresholds, so it belongs to a retrain that
ships. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import numpy as np


def _rows(corpus: Path) -> tuple[list[str], np.ndarray]:
    """The channel's own training rows: each distinct prepared message text and its message-level
    targets, merged as :func:`~convowatch.nlp.model.lexical.fit_out_of_fold` merges them."""
    from convowatch.nlp.analyzer import AnalyzerConfig
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.lexical import _merge_max, message_lexical_targets
    from convowatch.nlp.model.windows import normalized_text

    acfg = AnalyzerConfig()
    rows: dict[str, np.ndarray] = {}
    for c in read_corpus(corpus):
        _merge_max(rows, zip((normalized_text(m.text, acfg) for m in c.messages), message_lexical_targets(c)))
    texts = sorted(rows)
    return texts, np.stack([rows[t] for t in texts])


def _proposed(x, targets: np.ndarray, c: float, used: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """float64 rows, the solve on ``used`` columns only (all if None), weights scattered back.

    Not :func:`fit_regressions` on the sliced rows: it keeps its weights in float32, which would
    hide the float64 agreement (``exact_f64``) this script measures."""
    from sklearn.linear_model import LogisticRegression

    x = x.astype(np.float64)
    cols = np.arange(x.shape[1]) if used is None else used
    xu = x[:, cols]
    coef = np.zeros((targets.shape[1], x.shape[1]))
    intercept = np.full(targets.shape[1], -10.0)
    for j in range(targets.shape[1]):
        y = targets[:, j].astype(int)
        if y.min() != y.max():
            lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=0).fit(xu, y)
            coef[j, cols], intercept[j] = lr.coef_[0], lr.intercept_[0]
    return coef, intercept


def measure(texts: list[str], targets: np.ndarray, repeats: int, exact: bool) -> dict:
    from convowatch.nlp.model.lexical import _counts, fit_regressions, tfidf_rows

    _, xf = tfidf_rows(_counts(texts))
    used = np.unique(xf.indices)
    shipped_s, proposed_s = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        coef, icpt = fit_regressions(xf, targets, seed=0, c=4.0, class_weight="balanced")
        shipped_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        pcoef, picpt = _proposed(xf, targets, 4.0, used)
        proposed_s.append(time.perf_counter() - t)
    z_ship = xf @ coef.T.astype(np.float64) + icpt
    z_prop = xf.astype(np.float64) @ pcoef.T + picpt
    dp = np.abs(1 / (1 + np.exp(-z_ship)) - 1 / (1 + np.exp(-z_prop)))
    out = {"texts": len(texts), "columns_used": int(used.size), "columns": int(xf.shape[1]),
           "shipped_s": min(shipped_s), "proposed_s": min(proposed_s), "speedup": min(shipped_s) / min(proposed_s),
           "shipped_vs_proposed": {"max_abs_prob_diff": float(dp.max()), "mean_abs_prob_diff": float(dp.mean())}}
    if exact:
        fcoef, _ = _proposed(xf, targets, 4.0, None)
        out["exact_f64"] = {"max_abs_weight_diff": float(np.abs(fcoef - pcoef).max())}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "synthetic" / "v2_train.jsonl.gz")
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 10000, 0], help="distinct texts per run; 0 = all")
    ap.add_argument("--repeats", type=int, default=2, help="the faster of this many runs is reported")
    ap.add_argument("--no-exact", action="store_true", help="skip the float64 full-width solve (the exactness check)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "lexical_fit.json")
    args = ap.parse_args()
    texts, targets = _rows(args.corpus)
    runs = [measure(texts[: n or None], targets[: n or None], args.repeats, not args.no_exact) for n in args.sizes]
    print(f"{'texts':>7} {'columns used':>13} {'shipped (s)':>11} {'proposed (s)':>12} {'speed-up':>9} "
          f"{'max |dp|':>9} {'mean |dp|':>9} {'f64 exact |dw|':>14}")
    for r in runs:
        d = r["shipped_vs_proposed"]
        ex = f"{r['exact_f64']['max_abs_weight_diff']:.1e}" if "exact_f64" in r else "-"
        print(f"{r['texts']:>7} {r['columns_used']:>13} {r['shipped_s']:>11.2f} {r['proposed_s']:>12.2f} "
              f"{r['speedup']:>8.1f}x {d['max_abs_prob_diff']:>9.3f} {d['mean_abs_prob_diff']:>9.4f} {ex:>14}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus), "machine": platform.processor() or platform.machine(),
                                    "repeats": args.repeats, "runs": runs}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
