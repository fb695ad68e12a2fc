"""One screen of decision arms, out of writer and on the validation writer (the selection scripts' shared loop).

Every selection script in ``benchmarks/`` asks the same question of a few *arms* (sets of
decision features) over the fold replays of one training run: for each train writer in
turn, fit the pooled decision on every other writer's replays and score the held writer's
conversations by their highest probability; then fit on every writer and score the
validation writer (``v2_val``). An arm is kept by session 11's bar, written once here so
that no script can quietly use another: its mean held AUPRC rises by at least
:data:`MIN_GAIN` in some category and falls by no more than :data:`MAX_FALL` in any, and
its validation AUPRC falls by no more than :data:`MAX_FALL` in any. The first arm is the
reference the others are measured against.

The scripts differ only in which columns they add to the replay rows; this module reads
rows as they are given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from ..categories import CATEGORIES
from ..decision import conversation_max
from ..metrics import average_precision
from .decision_fit import FoldReplay, OutOfWriterFit, fit_pooled, out_of_writer_operating_point

#: The bar (session 11): an arm must gain this much in one category ...
MIN_GAIN = 0.005
#: ... and lose no more than this in any, out of writer and on the validation writer.
MAX_FALL = 0.002
CRITERION = ("keep when the mean out-of-writer AUPRC rises by >= 0.005 in a category "
             "and falls by <= 0.002 in none, and v2_val falls by <= 0.002 in none")

Scores = dict[str, float | None]


class ScreenReport(BaseModel):
    """What a screen measured (the ``--out`` JSON of a selection script, with its ``params``).

    Args:
        by_held_writer: held writer -> arm -> category -> AUPRC on that writer's replays.
        mean: arm -> category -> mean held AUPRC over the writers where it is defined.
        v2_val: arm -> category -> AUPRC on the validation writer.
        gain, v2_val_gain: per arm after the first, its difference to the first arm (over the
            categories with a positive on both sides).
        keep: per arm after the first, whether it meets :data:`CRITERION`.
    """

    model_config = ConfigDict(extra="forbid")

    params: dict[str, str] = {}
    criterion: str = CRITERION
    by_held_writer: dict[str, dict[str, Scores]]
    mean: dict[str, Scores]
    v2_val: dict[str, Scores]
    gain: dict[str, dict[str, float]]
    v2_val_gain: dict[str, dict[str, float]]
    keep: dict[str, bool]


def auprc(convs: Sequence, best: np.ndarray) -> Scores:
    """Per category, the AUPRC of conversations scored by ``best`` (``[n, k]``; None where no positive)."""
    return {c: average_precision([x.labels.get(c, 0) for x in convs], best[:, j].tolist())
            for j, c in enumerate(CATEGORIES)}


def operating_point(replays: Sequence[FoldReplay], features: Sequence[str], max_benign_fpr: float) -> dict:
    """The pooled decision (as training fits it) and what the benign budget buys on the held
    replays: per category its ``on`` threshold, held recall and median delay from onset, and the
    share of the stream replays' benign conversations flagged in any category (an observation
    the selection scripts print beside the criterion, never part of it)."""
    decision = fit_pooled(replays, list(features), per_conversation=True)
    fit = OutOfWriterFit(decision, list(replays))
    points = out_of_writer_operating_point(fit, max_benign_fpr)
    best = conversation_max(decision, fit.stream_rows)
    convs = fit.stream_conversations
    benign = np.asarray([not any(c.labels.get(k, 0) for k in CATEGORIES) for c in convs])
    flagged = np.zeros(len(convs), bool)
    out: dict = {}
    for j, c in enumerate(CATEGORIES):
        flagged |= best[:, j] >= points[c]["on"]
        recall, delay = fit.held_recall_and_delay(c, points[c]["on"])
        out[c] = {"on": points[c]["on"], "held_recall": round(recall, 4), "median_delay": delay}
    out["stream_benign_any"] = round(float(flagged[benign].mean()), 5)
    return out


def _mean(values: Sequence[float | None]) -> float | None:
    """The mean over the writers where a category is defined (None where it is nowhere)."""
    defined = [v for v in values if v is not None]
    return float(np.mean(defined)) if defined else None


def _diff(arm: Scores, ref: Scores) -> dict[str, float]:
    """Per category defined in both, the arm's score minus the reference's."""
    return {c: arm[c] - ref[c] for c in CATEGORIES if arm.get(c) is not None and ref.get(c) is not None}


def _f(v: float | None) -> float:
    return float("nan") if v is None else v


def keeps(gain: Mapping[str, float], val_gain: Mapping[str, float]) -> bool:
    """Whether an arm's gains (over the categories defined on both sides) meet :data:`CRITERION`."""
    if not gain or not val_gain:
        return False
    return max(gain.values()) >= MIN_GAIN and min(gain.values()) >= -MAX_FALL and min(val_gain.values()) >= -MAX_FALL


def screen(replays: Mapping[str, FoldReplay], arms: Mapping[str, Sequence[str]], val: Sequence,
           val_rows: np.ndarray, *, log: bool = True) -> ScreenReport:
    """Score every arm held out per writer and on the validation writer; judge all but the first.

    Args:
        replays: writer -> its fold replay, with whatever columns the arms read.
        arms: arm name -> decision features; the first arm is the reference.
        val, val_rows: the validation conversations and their replay rows (same columns).
        log: print the table as it goes (the scripts' console output).
    """
    say = print if log else (lambda *a, **k: None)
    width = max(20, *(len(a) + 1 for a in arms))
    say(f"{'held writer':<12} {'arm':<{width}} " + " ".join(f"{c:>10}" for c in CATEGORIES))
    report: dict[str, dict[str, Scores]] = {}
    for held in sorted(replays):
        others = [r for n, r in replays.items() if n != held]
        report[held] = {arm: auprc(replays[held].held, conversation_max(
            fit_pooled(others, list(feats), per_conversation=True), replays[held].rows)) for arm, feats in arms.items()}
        for arm, vals in report[held].items():
            say(f"{held:<12} {arm:<{width}} " + " ".join(f"{_f(v):>10.3f}" for v in vals.values()), flush=True)
    mean = {arm: {c: _mean([report[h][arm][c] for h in report]) for c in CATEGORIES} for arm in arms}
    pooled = list(replays.values())
    on_val = {arm: auprc(val, conversation_max(fit_pooled(pooled, list(feats), per_conversation=True), val_rows))
              for arm, feats in arms.items()}
    for arm in arms:
        say(f"{'mean':<12} {arm:<{width}} " + " ".join(f"{_f(v):>10.3f}" for v in mean[arm].values()))
    for arm in arms:
        say(f"{'v2_val':<12} {arm:<{width}} " + " ".join(f"{_f(v):>10.3f}" for v in on_val[arm].values()))
    ref = next(iter(arms))
    gain, val_gain, keep = {}, {}, {}
    for arm in list(arms)[1:]:
        gain[arm] = _diff(mean[arm], mean[ref])
        val_gain[arm] = _diff(on_val[arm], on_val[ref])
        keep[arm] = keeps(gain[arm], val_gain[arm])
        say(f"{arm}: out of writer " + ", ".join(f"{c} {g:+.4f}" for c, g in gain[arm].items())
            + "; v2_val " + ", ".join(f"{c} {g:+.4f}" for c, g in val_gain[arm].items())
            + f" -> {'keep' if keep[arm] else 'do not keep'}")
    return ScreenReport(by_held_writer=report, mean=mean, v2_val=on_val, gain=gain, v2_val_gain=val_gain, keep=keep)


def write_report(report: ScreenReport, path: Path, params: Mapping[str, object], **extra: object) -> None:
    """Write a screen's JSON (``params`` as strings, then the report, then ``extra`` keys such as
    ``operating_points``), keyed as every selection script has written it since session 11."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = report.model_copy(update={"params": {k: str(v) for k, v in params.items()}}).model_dump()
    out.write_text(json.dumps({**data, **extra}, indent=2) + "\n")
    print(f"wrote {out}")
