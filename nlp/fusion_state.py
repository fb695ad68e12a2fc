"""The per-conversation fusion state: a typed, versioned document (ids and numbers, never text).

It lives in the window store (Redis across restarts and upgrades), so its format is a
contract: :data:`STATE_VERSION` is written into every state, and :meth:`FusionState.from_dict`
reads every earlier version. Documented in ``docs/formats.md`` ("Fusion state").

Version 1 (before the learned decision) had no ``v`` and the short keys ``ev`` and
``stage_ev``; version 2 spells them out and adds ``running`` (the decision's running
summaries, :class:`~convowatch.nlp.decision.Running` as lists) and ``ages`` (youngest
stated age per participant id, :mod:`~convowatch.nlp.age_cues`). Version 3 keeps, with
each reason, what it added on arrival and the repeat discount it got (the explanation's
decay and discount); version 2 reasons are read as pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .categories import CATEGORIES

STATE_VERSION = 3


def _per_category() -> dict[str, float]:
    return {c: 0.0 for c in CATEGORIES}


@dataclass
class FusionState:
    """What fusion remembers about one conversation.

    Attributes:
        n: messages folded in so far.
        last_ts: ISO timestamp of the latest message (time decay).
        evidence: decayed rule evidence per category.
        model: the smoothed window-model score per category (max or average mode).
        stage_evidence: decayed evidence per grooming stage.
        rule_counts: firings per rule id (repeat discount).
        reasons: per category, ``[signal dict, contribution, added, repeat discount]``,
            strongest first (``added``: the contribution on arrival; states written
            before version 3 have pairs, read as undecayed and undiscounted).
        flagged: categories currently flagged (hysteresis).
        seen: recent message ids (idempotency).
        running: per category, the learned decision's running summaries.
        ages: youngest stated age per participant id.
        stages: life-stage cue bits per participant id (:mod:`~convowatch.nlp.life_stage`;
            1 a minor's, 2 an adult's); stored only when some were seen, so a state
            without them is written as before.
    """

    n: int = 0
    last_ts: str | None = None
    evidence: dict[str, float] = field(default_factory=_per_category)
    model: dict[str, float] = field(default_factory=_per_category)
    stage_evidence: dict[str, float] = field(default_factory=dict)
    rule_counts: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, list[list[Any]]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    flagged: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    running: dict[str, list[float]] = field(default_factory=dict)
    ages: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The stored document (JSON-able), tagged with :data:`STATE_VERSION`."""
        return {
            "v": STATE_VERSION,
            "n": self.n,
            "last_ts": self.last_ts,
            "evidence": dict(self.evidence),
            "model": dict(self.model),
            "stage_evidence": dict(self.stage_evidence),
            "rule_counts": dict(self.rule_counts),
            # explanation numbers, not scores: 5 decimals keep the stored state small
            "reasons": {c: [[dict(r[0]), *(round(float(x), 5) for x in r[1:4])] for r in rs] for c, rs in self.reasons.items()},
            "flagged": list(self.flagged),
            "seen": list(self.seen),
            "running": {c: list(v) for c, v in self.running.items()},
            "ages": dict(self.ages),
            **({"stages": dict(self.stages)} if self.stages else {}),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> "FusionState":
        """Read a stored state of any version (a fresh state for None).

        Raises:
            ValueError: for a state written by a newer convowatch (a downgrade).
        """
        if not d:
            return cls()
        version = int(d.get("v", 1))
        if version > STATE_VERSION:
            raise ValueError(f"fusion state version {version} is newer than this convowatch reads ({STATE_VERSION})")
        ev = d.get("evidence", d.get("ev")) or {}
        stage = d.get("stage_evidence", d.get("stage_ev")) or {}
        model = d.get("model") or {}
        return cls(
            n=int(d.get("n", 0)),
            last_ts=d.get("last_ts"),
            evidence={c: float(ev.get(c, 0.0)) for c in CATEGORIES},
            model={c: float(model.get(c, 0.0)) for c in CATEGORIES},
            stage_evidence={str(k): float(v) for k, v in stage.items()},
            rule_counts={str(k): int(v) for k, v in (d.get("rule_counts") or {}).items()},
            reasons={c: [[dict(r[0]), *(float(x) for x in r[1:4])] for r in (d.get("reasons") or {}).get(c, [])]
                     for c in CATEGORIES},
            flagged=[str(c) for c in d.get("flagged") or []],
            seen=[str(s) for s in d.get("seen") or []],
            running={str(c): [float(x) for x in v] for c, v in (d.get("running") or d.get("run") or {}).items()},
            ages={str(k): int(v) for k, v in (d.get("ages") or {}).items()},
            stages={str(k): int(v) for k, v in (d.get("stages") or {}).items()},
        )
