"""How far each rule can be trusted on phrasing it was not written against.

Why: a rule's ``weight`` is what its author believed; the packs were written and
checked against the first train writers, so on a new writer some rules fire mostly on
look-alikes ("i want to die" about a game boss, "keep it quiet" about a surprise). The
conversation decision reads all rule evidence as one number, so one over-firing rule
costs as much as a precise one. Measured on the writers no rule was written against
(``ember``, ``tide``, ``cedar``, ``birch``), a rule's precision there predicts its precision on
the validation writer (correlation 0.79 over the 39 rules with at least 5 hits on both),
so it is a usable estimate of how the rule will do on the next writer.

The fit (:func:`fit_reliability`), per rule ``r`` of category ``c``, from its hits ``h``
and true hits ``t`` (hits in conversations labelled ``c``) on those writers:

* shrunk precision ``p = (t + a * P) / (h + a)``, where ``P`` is the pooled precision of
  ``c``'s rules there and ``a`` the prior strength (a rule seen twice keeps about ``P``);
* lift over chance ``lift(p) = max(0, (p - pi) / (1 - pi))``, ``pi`` the share of
  conversations labelled ``c`` (a rule firing at random has precision ``pi``);
* multiplier ``min(1, lift(p) / lift(P))``.

Only down-weights: a rule never counts for more than its author set, a rule as precise
as the category's rules on average keeps its weight, and one that fires no more
precisely than chance counts for nothing. Rules without hits there keep their weight.
Fusion multiplies each rule signal's contribution by its multiplier
(:class:`~convowatch.nlp.fusion.FusionConfig` ``rule_reliability``); a model folder ships the
multipliers it was trained with, because its decision was fitted on evidence so scaled.

Keyed by rule id: a rule rewritten under the same id keeps its multiplier until the model
is retrained, and a new rule counts in full. Give a rewritten rule a new id (or retrain)
when its precision may have changed.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..categories import CATEGORIES


class RuleCount(BaseModel):
    """One rule's firings on the reliability writers' conversations."""

    model_config = ConfigDict(extra="forbid")

    category: str
    hits: int = Field(ge=0)
    true_hits: int = Field(ge=0)
    conversations: int = Field(0, ge=0)  # conversations it fired in


class RuleReliability(BaseModel):
    """Per-rule multipliers of the rule weights (``config.json: rule_reliability`` of a model folder).

    Args:
        multipliers: rule id -> factor in [0, 1]; rules not listed keep their weight.
        prior_strength: ``a`` of the shrinkage (pseudo-hits at the pooled precision).
        fitted_on: what the multipliers were measured on (writers, conversations, per-category
            prevalence and pooled precision), for the model card.
    """

    model_config = ConfigDict(extra="forbid")

    multipliers: dict[str, float]
    prior_strength: float = Field(10.0, gt=0)
    fitted_on: dict[str, object] = Field(default_factory=dict)

    @field_validator("multipliers")
    @classmethod
    def _in_unit_interval(cls, v: dict[str, float]) -> dict[str, float]:
        # a folder is read from disk: a negative, NaN or > 1 factor would invert, poison or
        # inflate rule evidence, where the fit only ever scales it down
        bad = sorted(k for k, x in v.items() if not 0.0 <= x <= 1.0)
        if bad:
            raise ValueError(f"multipliers must be in [0, 1]; out of range for {bad[:5]}")
        return v

    def factor(self, rule_id: str) -> float:
        return self.multipliers.get(rule_id, 1.0)


def count_rule_hits(outcomes: Iterable[object]) -> dict[str, RuleCount]:
    """Hits and true hits per rule from evaluation outcomes
    (:class:`~convowatch.nlp.evaluate.ConversationOutcome`: ``rule_hits`` and ``labels``); the
    eval report's rule table is built from the same counts."""
    out: dict[str, RuleCount] = {}
    for o in outcomes:
        for rule_id, (cat, n) in o.rule_hits.items():  # type: ignore[attr-defined]
            r = out.setdefault(rule_id, RuleCount(category=cat, hits=0, true_hits=0))
            r.hits += n
            r.conversations += 1
            if o.labels.get(cat, 0):  # type: ignore[attr-defined]
                r.true_hits += n
    return out


def fit_reliability(counts: Mapping[str, RuleCount], prevalence: Mapping[str, float], *,
                    prior_strength: float = 10.0, fitted_on: Mapping[str, object] | None = None) -> RuleReliability:
    """Multipliers from rule counts and each category's share of conversations (see module docstring).

    A category whose rules are no more precise than chance overall (pooled lift 0), or
    that has no hits, keeps every weight: there is nothing to compare a rule against.
    """
    pooled: dict[str, float] = {}
    for c in CATEGORIES:
        h = sum(r.hits for r in counts.values() if r.category == c)
        t = sum(r.true_hits for r in counts.values() if r.category == c)
        if h:
            pooled[c] = t / h

    def lift(p: float, c: str) -> float:
        pi = min(max(float(prevalence.get(c, 0.0)), 0.0), 1.0 - 1e-9)
        return max(0.0, (p - pi) / (1.0 - pi))

    multipliers: dict[str, float] = {}
    for rule_id, r in sorted(counts.items()):
        if r.category not in pooled or lift(pooled[r.category], r.category) <= 0:
            continue
        p = (r.true_hits + prior_strength * pooled[r.category]) / (r.hits + prior_strength)
        m = min(1.0, lift(p, r.category) / lift(pooled[r.category], r.category))
        if m < 1.0:
            multipliers[rule_id] = round(m, 4)
    return RuleReliability(multipliers=multipliers, prior_strength=prior_strength, fitted_on={
        **dict(fitted_on or {}), "pooled_precision": {c: round(v, 4) for c, v in pooled.items()},
        "prevalence": {c: round(float(v), 4) for c, v in prevalence.items()}})
