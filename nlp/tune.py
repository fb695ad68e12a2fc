"""Choosing fused operating points on a dev corpus.

Fusion scores do not depend on the thresholds (hysteresis only decides when a flag
clears), so one pass of the analyzer over dev gives every conversation's highest
fused score per category; the ``on`` threshold is then picked from those scores.
We pick the threshold with the best dev F1 among those whose dev precision is at
least ``target_precision``, never below ``min_on`` (so one weak signal cannot flag a
conversation on its own). ``off`` sits at ``off_ratio * on``.

With ``max_benign_fpr`` the criterion is a false-positive budget instead: the lowest
``on`` at which at most that share of the fully benign conversations reaches ``on``
in the category (each category gets a part of the budget: equal by default, or the
shares ``budget_shares`` names, chosen by what a share buys in each category with
``benchmarks/budget_split_selection.py``), chosen on a stream
split from the train writers (``v2_stream_dev``), where most traffic is benign as on a
real platform.

Thresholds are chosen on dev and reported on test: choosing them on test would make
the test figures meaningless.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np

from .categories import CATEGORIES
from .metrics import Counts, f_beta, precision, recall

#: The fusion parameters a ``fusion`` section records beside its thresholds (``convowatch
#: tune``'s defaults; with a learned decision they only apply to folders without one).
FUSION_DEFAULTS: dict[str, Any] = {"model_mode": "ema", "model_weight": 1.0, "model_half_life_messages": 10.0}


@dataclass(frozen=True)
class TuneConfig:
    target_precision: float = 0.95
    min_on: float = 0.3
    max_on: float = 0.95
    off_ratio: float = 0.6
    max_benign_fpr: float | None = None
    #: category -> share of ``max_benign_fpr`` (summing to 1); None: an even split
    budget_shares: Mapping[str, float] | None = None

    def __post_init__(self) -> None:
        if self.budget_shares is not None:
            unknown = sorted(set(self.budget_shares) - set(CATEGORIES))
            if unknown:
                raise ValueError(f"budget_shares: unknown categories {unknown}; expected {list(CATEGORIES)}")
            if any(not math.isfinite(v) or v < 0 for v in self.budget_shares.values()):
                raise ValueError("budget_shares must be finite and >= 0")
            if abs(sum(self.budget_shares.get(c, 0.0) for c in CATEGORIES) - 1.0) > 1e-6:
                raise ValueError("budget_shares must sum to 1 over the categories")
        if self.max_benign_fpr is not None and not 0.0 <= self.max_benign_fpr < 1.0:
            raise ValueError("max_benign_fpr must be in [0, 1)")
        if not 0.0 < self.target_precision <= 1.0:
            raise ValueError("target_precision must be in (0, 1]")
        if not 0.0 < self.min_on <= self.max_on <= 1.0:
            raise ValueError("need 0 < min_on <= max_on <= 1")
        if not 0.0 < self.off_ratio <= 1.0:
            raise ValueError("off_ratio must be in (0, 1]")


def choose_by_budget(y: Sequence[int], benign: Sequence[bool], scores: Sequence[float], budget: float,
                     cfg: TuneConfig) -> dict[str, Any]:
    """The lowest ``on`` in ``[min_on, max_on]`` at which at most ``budget`` of the benign conversations reach it."""
    s = np.asarray(scores, dtype=float)
    b = np.asarray(benign, dtype=bool)
    neg = np.sort(s[b])[::-1]
    allowed = int(np.floor(budget * len(neg)))  # benign conversations that may reach ``on``
    on = cfg.min_on
    if len(neg) > allowed:
        on = max(on, float(np.nextafter(neg[allowed], np.inf)))
    return point_at(y, benign, scores, round(min(cfg.max_on, on) + 5e-5, 4), budget, cfg)


def point_at(y: Sequence[int], benign: Sequence[bool], scores: Sequence[float], on: float, budget: float,
             cfg: TuneConfig) -> dict[str, Any]:
    """The operating point record (as :func:`choose_by_budget` returns it) of a given ``on``:
    what it flags among ``scores``, and whether at most ``budget`` of the benign conversations reach it."""
    s = np.asarray(scores, dtype=float)
    neg = s[np.asarray(benign, dtype=bool)]
    allowed = int(np.floor(budget * len(neg)))
    counts = Counts.of(y, s >= on)
    over = int(np.sum(neg >= on))
    # reached: the budget holds at ``on`` (at the max_on cap it may not: more benign
    # conversations score above the cap than the budget allows)
    point = {"on": on, "precision": precision(counts) or 0.0, "recall": recall(counts) or 0.0,
             "f1": f_beta(counts) or 0.0, "benign_fpr": over / len(neg) if len(neg) else 0.0,
             "reached": over <= allowed, "off": round(max(0.01, on * cfg.off_ratio), 4)}
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in point.items()}


def choose_threshold(y: Sequence[int], scores: Sequence[float], cfg: TuneConfig) -> dict[str, Any]:
    """The operating point for one category (see module docstring).

    Returns:
        ``{"on", "off", "precision", "recall", "f1", "reached"}`` measured on the given data;
        ``reached`` is False when no threshold met the precision target (then the best
        precision is taken).
    """
    s = np.asarray(scores, dtype=float)
    candidates = sorted({round(float(v), 4) for v in s if cfg.min_on <= v <= cfg.max_on} | {cfg.min_on, cfg.max_on})
    best: dict[str, Any] | None = None
    fallback: dict[str, Any] | None = None
    for th in candidates:
        counts = Counts.of(y, s >= th)
        # flagging nothing is not precision: undefined metrics count as 0 here
        p = precision(counts) or 0.0
        r = recall(counts) or 0.0
        f1 = f_beta(counts) or 0.0
        point = {"on": th, "precision": p, "recall": r, "f1": f1}
        if p >= cfg.target_precision and (best is None or f1 >= best["f1"]):  # ties: the higher threshold
            best = point
        if fallback is None or (p, f1) > (fallback["precision"], fallback["f1"]):
            fallback = point
    chosen = dict(best or fallback or {"on": cfg.max_on, "precision": 0.0, "recall": 0.0, "f1": 0.0})
    chosen["reached"] = best is not None
    chosen["off"] = round(max(0.01, chosen["on"] * cfg.off_ratio), 4)
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in chosen.items()}


def choose_by_budgets(labels: Sequence[Mapping[str, int]], scores: Mapping[str, Sequence[float]],
                      cfg: TuneConfig) -> dict[str, dict[str, Any]]:
    """Per-category :func:`choose_by_budget` points for ``cfg.max_benign_fpr``, split over the
    categories by ``cfg.budget_shares`` (evenly without); ``labels`` and ``scores[category]``
    (each conversation's highest score) in conversation order."""
    if cfg.max_benign_fpr is None:
        raise ValueError("choose_by_budgets needs cfg.max_benign_fpr")
    benign = [not any(lab.get(c, 0) for c in CATEGORIES) for lab in labels]
    return {c: choose_by_budget([lab.get(c, 0) for lab in labels], benign, scores[c],
                                cfg.max_benign_fpr * category_share(cfg, c), cfg) for c in CATEGORIES}


def category_share(cfg: TuneConfig, category: str) -> float:
    """The share of the benign budget ``category`` gets under ``cfg``."""
    if cfg.budget_shares is None:
        return 1.0 / len(CATEGORIES)
    return float(cfg.budget_shares.get(category, 0.0))


def parse_budget_shares(items: Sequence[str]) -> dict[str, float] | None:
    """``["grooming=0.6", "bullying=0.2", "self_harm=0.2"]`` -> a ``budget_shares`` mapping
    (None for no items); a category left out gets 0. Raises ValueError naming the bad item."""
    if not items:
        return None
    out: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name not in CATEGORIES:
            raise ValueError(f"budget share {item!r}: expected CATEGORY=SHARE with CATEGORY one of {list(CATEGORIES)}")
        try:
            out[name] = float(value)
        except ValueError:
            raise ValueError(f"budget share {item!r}: {value!r} is not a number") from None
    TuneConfig(max_benign_fpr=0.005, budget_shares=out)  # validates the sum and signs
    return out


def choose_thresholds(outcomes: Sequence[Any], cfg: TuneConfig | None = None) -> dict[str, dict[str, Any]]:
    """Per-category operating points from evaluation outcomes (``ConversationOutcome``)."""
    cfg = cfg or TuneConfig()
    if cfg.max_benign_fpr is not None:
        return choose_by_budgets([o.labels for o in outcomes], {c: [o.max_score[c] for o in outcomes] for c in CATEGORIES},
                                 cfg)
    return {
        c: choose_threshold([o.labels.get(c, 0) for o in outcomes], [o.max_score[c] for o in outcomes], cfg)
        for c in CATEGORIES
    }
