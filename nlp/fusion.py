"""Fusion: per-conversation risk from signals accumulated over time.

Why not just score the last window? Grooming unfolds over many messages and often
never becomes explicit; a single ambiguous line ("you're so mature") is weak alone
but meaningful after age probing and a request for secrecy. So each category keeps
*evidence* that grows with every signal and decays with messages and time:

* rule signals add their weight (the same rule firing again adds less each time, so one
  repeated phrase cannot flag a conversation on its own);
* the model's window probability is smoothed (a spike decays instead of vanishing);
* rule score ``1 - exp(-evidence)`` and model score combine by noisy-OR;
* hysteresis: a category flags at ``on`` and clears only below ``off``;
* a ``critical`` signal (imminent self-harm, a credible threat) flags at once.

State is a typed, versioned document (:mod:`.fusion_state`: ids and numbers, no text)
stored as a JSON-able dict, so any WindowStore can keep it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from .categories import CATEGORIES, GROOMING, GROOMING_STAGES, Severity, stage_rank
from .age_cues import update_ages
from .life_stage import participant_features, update_stages
from .decision import DecisionModel, Running
from .fusion_state import FusionState
from .types import Assessment, ConversationRisk, Reason, Signal, parse_ts


@dataclass(frozen=True)
class Thresholds:
    """Hysteresis thresholds: flag at ``on``, clear below ``off``."""

    on: float
    off: float

    def __post_init__(self) -> None:
        if not 0.0 < self.off <= self.on <= 1.0:
            raise ValueError(f"thresholds need 0 < off <= on <= 1, got on={self.on} off={self.off}")


def _default_thresholds() -> dict[str, Thresholds]:
    """Rules-only operating points, chosen on the synthetic *dev* split.

    Chosen by sweeping ``on`` over the rules-only analyzer on the v1 dev split (the sweep
    script was not kept; ``convowatch tune --dev`` does the same search today): the lowest
    ``on`` that kept dev precision at 1.0 while a single low-weight rule (e.g. one
    insult, weight <= 0.4) still cannot flag alone. A model
    bundle carries its own fused thresholds (``config.json: fusion.thresholds``).
    """
    return {
        GROOMING: Thresholds(on=0.5, off=0.3),
        "bullying": Thresholds(on=0.4, off=0.25),
        # lower for self-harm: one unambiguous disclosure (a rule of weight >= 0.5) should
        # reach a human, since a self-harm flag is a request to help the person
        "self_harm": Thresholds(on=0.4, off=0.25),
    }


def thresholds_from_dict(data: Mapping[str, Any]) -> dict[str, Thresholds]:
    """Parse ``{"grooming": {"on": .., "off": ..}, ...}`` (missing categories keep defaults)."""
    out = _default_thresholds()
    for c, th in data.items():
        if c not in CATEGORIES:
            raise ValueError(f"unknown category {c!r} in fusion thresholds")
        out[c] = Thresholds(on=float(th["on"]), off=float(th["off"]))
    return out


@dataclass(frozen=True)
class FusionConfig:
    """How evidence accumulates and when a category flags.

    Args:
        half_life_messages: evidence halves every this many messages of the conversation.
        half_life_s: ...and every this many seconds of conversation time (message ts).
        repeat_discount: the k-th firing of the same rule adds ``weight * discount**k``.
        model_half_life_messages: how fast a smoothed model probability decays.
        model_weight: scales the model score before the noisy-OR (0 disables the model).
        model_mode: how window probabilities become the model's conversation score:
            ``"max"`` keeps the highest recent probability (decaying), ``"ema"`` an
            exponential moving average with the same half life, so that one confident
            window among many benign ones weighs less than a run of risky windows;
            ``"avg"`` the same average corrected for its start-up bias (divided by
            ``1 - decay**n``), so the score is a weighted mean of recent windows whatever
            the conversation's length: a one-comment thread and a 300-message chat are
            judged on the same scale, and more benign messages are not more chances.
        thresholds: per-category hysteresis thresholds.
        stage_min_evidence: decayed evidence a grooming stage needs to be reported.
        max_reasons: reasons kept per category (strongest first).
        seen_ids: message ids remembered per conversation for idempotency.
        decision: a learned conversation decision (:mod:`.decision`, shipped in a model
            folder): when set, a category's score is its probability over the running
            summaries instead of the noisy-OR of rule and model scores; critical signals
            still flag at once, and hysteresis applies as before.
        rule_reliability: rule id -> multiplier of its contribution
            (:mod:`.rules.reliability`, shipped in a model folder whose decision was fitted
            on evidence so scaled); rules not listed count in full.
    """

    half_life_messages: float = 60.0
    half_life_s: float = 14 * 24 * 3600.0
    repeat_discount: float = 0.5
    model_half_life_messages: float = 6.0
    model_weight: float = 1.0
    model_mode: str = "max"
    thresholds: Mapping[str, Thresholds] = field(default_factory=_default_thresholds)
    stage_min_evidence: float = 0.1
    max_reasons: int = 8
    seen_ids: int = 512
    decision: DecisionModel | None = None
    rule_reliability: Mapping[str, float] | None = None

    def __post_init__(self) -> None:
        if self.half_life_messages <= 0 or self.half_life_s <= 0 or self.model_half_life_messages <= 0:
            raise ValueError("half lives must be positive")
        if not 0.0 <= self.repeat_discount <= 1.0:
            raise ValueError(f"repeat_discount must be in [0, 1], got {self.repeat_discount}")
        if not 0.0 <= self.model_weight <= 1.0:
            raise ValueError(f"model_weight must be in [0, 1], got {self.model_weight}")
        if self.model_mode not in ("max", "ema", "avg"):
            raise ValueError(f"model_mode must be 'max', 'ema' or 'avg', got {self.model_mode!r}")
        missing = [c for c in CATEGORIES if c not in self.thresholds]
        if missing:
            raise ValueError(f"thresholds missing for categories {missing}")


def empty_state() -> dict[str, Any]:
    """A fresh conversation's fusion state (as stored)."""
    return FusionState().to_dict()


def _signal_from_state(d: Mapping[str, Any]) -> Signal:
    return Signal(
        category=d["category"],
        subtype=d.get("subtype"),
        source=d["source"],
        detector=d["detector"],
        score=float(d["score"]),
        message_id=d["message_id"],
        severity=Severity.parse(d.get("severity", "low")),
        span=tuple(d["span"]) if d.get("span") else None,  # type: ignore[arg-type]
        evidence=dict(d["evidence"]) if d.get("evidence") else None,
    )


class Fusion:
    """Stateless fusion logic over an explicit, serialisable state dict."""

    def __init__(self, config: FusionConfig | None = None) -> None:
        self.config = config or FusionConfig()

    # -- scoring helpers -------------------------------------------------
    @staticmethod
    def _rule_score(state: FusionState, category: str) -> float:
        """The rule evidence as a score in [0, 1): ``1 - exp(-evidence)``."""
        return 1.0 - math.exp(-max(0.0, state.evidence.get(category, 0.0)))

    def _decision_values(self, state: FusionState, category: str, ages: Mapping[str, float]) -> dict[str, float]:
        """The learned decision's feature values for one category of a conversation."""
        assert self.config.decision is not None
        run = Running.from_list(state.running.get(category))
        return self.config.decision.feature_values(run, self._rule_score(state, category), ages)

    def _scores(self, state: FusionState) -> dict[str, float]:
        out = {}
        correction = 1.0
        if self.config.model_mode == "avg":
            n = max(1, int(state.n))
            correction = 1.0 / (1.0 - 0.5 ** (n / self.config.model_half_life_messages))
        dec = self.config.decision
        ages = participant_features(state.ages, state.stages) if dec is not None else {}
        for c in CATEGORIES:
            if dec is not None:
                values = self._decision_values(state, c, ages)
                out[c] = round(dec.probability(c, values), 6) if values["log_n"] else 0.0  # 0 before any message
                continue
            model_score = self.config.model_weight * min(1.0, state.model.get(c, 0.0) * correction)
            out[c] = 1.0 - (1.0 - self._rule_score(state, c)) * (1.0 - model_score)
        return out

    def _stage(self, state: FusionState) -> str | None:
        best: str | None = None
        for stage, ev in state.stage_evidence.items():
            if ev >= self.config.stage_min_evidence and stage_rank(stage) > stage_rank(best):
                best = stage
        return best

    def _urgency(self, state: FusionState, flagged: Iterable[str]) -> Severity | None:
        sev: Severity | None = None
        for c in flagged:
            for d, *_ in state.reasons.get(c, []):
                s = Severity.parse(d.get("severity", "low"))
                if sev is None or s > sev:
                    sev = s
        if sev is None and flagged:
            sev = Severity.MEDIUM
        return sev

    # -- the update ------------------------------------------------------
    def update(
        self,
        state: dict[str, Any] | None,
        conversation_id: str,
        message_id: str,
        ts: datetime,
        signals: list[Signal],
    ) -> tuple[dict[str, Any], Assessment]:
        """Fold one message's signals into the state.

        The caller has already ruled out a duplicate (``Analyzer.assess`` holds the one
        duplicate check); the id is remembered in ``seen`` for that check.

        Returns:
            The new state (a fresh dict) and the assessment as of this message.
        """
        cfg = self.config
        st = FusionState.from_dict(state)

        # decay by messages and by conversation time
        dt = 0.0
        if st.last_ts is not None:
            dt = max(0.0, (ts - parse_ts(st.last_ts)).total_seconds())
        decay = 0.5 ** (1.0 / cfg.half_life_messages) * 0.5 ** (dt / cfg.half_life_s)
        model_decay = 0.5 ** (1.0 / cfg.model_half_life_messages) * 0.5 ** (dt / cfg.half_life_s)
        for c in CATEGORIES:
            st.evidence[c] *= decay
            st.model[c] *= model_decay
            st.reasons[c] = [[r[0], r[1] * decay, *r[2:]] for r in st.reasons[c] if r[1] * decay > 1e-3]
        st.stage_evidence = {k: v * decay for k, v in st.stage_evidence.items() if v * decay > 1e-3}

        critical: set[str] = set()
        if cfg.decision is not None:
            self._step_decision(st, signals)
        if any(sig.source == "context" for sig in signals):
            st.ages = update_ages(st.ages, signals)
            st.stages = update_stages(st.stages, signals)
        for sig in signals:
            if sig.source == "context":  # who is who (stated ages): read by the decision, never evidence alone
                continue
            discount = 1.0
            if sig.source == "model":
                prev = st.model[sig.category]
                if sig.subtype is None:
                    if cfg.model_mode in ("ema", "avg"):  # prev already decayed by (1 - alpha) above
                        st.model[sig.category] = prev + (1.0 - 0.5 ** (1.0 / cfg.model_half_life_messages)) * sig.score
                    else:
                        st.model[sig.category] = max(prev, sig.score)
                    contribution = st.model[sig.category]
                else:  # a model's stage estimate: stage evidence only
                    contribution = 0.0
                    if sig.category == GROOMING and sig.subtype in GROOMING_STAGES and sig.score >= 0.5:
                        st.stage_evidence[sig.subtype] = st.stage_evidence.get(sig.subtype, 0.0) + sig.score * 0.5
                    continue
            else:
                k = st.rule_counts.get(sig.detector, 0)
                discount = cfg.repeat_discount**k
                contribution = sig.score * discount
                if cfg.rule_reliability is not None:
                    contribution *= cfg.rule_reliability.get(sig.detector, 1.0)
                st.rule_counts[sig.detector] = k + 1
                st.evidence[sig.category] += contribution
                if sig.category == GROOMING and sig.subtype in GROOMING_STAGES:
                    st.stage_evidence[sig.subtype] = st.stage_evidence.get(sig.subtype, 0.0) + contribution
            if sig.severity >= Severity.CRITICAL:
                critical.add(sig.category)
            if not sig.is_evidence():
                continue
            reasons = st.reasons[sig.category]
            if sig.source == "model":  # one live model reason per category
                reasons[:] = [r for r in reasons if r[0]["source"] != "model"]
            reasons.append([sig.to_dict(), contribution, contribution, discount])
            reasons.sort(key=lambda r: -r[1])
            del reasons[cfg.max_reasons :]

        st.n += 1
        st.last_ts = ts.isoformat()
        st.seen = (st.seen + [message_id])[-cfg.seen_ids :]

        scores = self._scores(st)
        flagged = set(st.flagged)
        newly: list[str] = []
        for c in CATEGORIES:
            th = cfg.thresholds[c]
            if c not in flagged and (scores[c] >= th.on or c in critical):
                flagged.add(c)
                newly.append(c)
            elif c in flagged and scores[c] < th.off and c not in critical:
                flagged.discard(c)
        st.flagged = [c for c in CATEGORIES if c in flagged]
        return st.to_dict(), self._assessment(st, conversation_id, message_id, scores, tuple(newly), tuple(signals))

    def _explain(self, st: FusionState, flagged: Iterable[str]) -> dict[str, dict[str, float]] | None:
        """Each flagged category's log-odds under the learned decision, term by term."""
        dec = self.config.decision
        if dec is None or not flagged:
            return None
        ages = participant_features(st.ages, st.stages)
        out: dict[str, dict[str, float]] = {}
        for c in flagged:
            terms = {f: round(v, 4) for f, v in dec.contributions(c, self._decision_values(st, c, ages)).items()
                     if abs(v) >= 5e-5}
            out[c] = {"bias": round(dec.bias[c], 4), **terms}
        return out

    def _step_decision(self, st: FusionState, signals: list[Signal]) -> None:
        """Advance the decision's running summaries by this message's window and lexical probabilities."""
        dec = self.config.decision
        assert dec is not None
        p = {c: 0.0 for c in CATEGORIES}
        lex: dict[str, float | None] = {c: None for c in CATEGORIES}
        wlex: dict[str, float | None] = {c: None for c in CATEGORIES}
        ctx: dict[str, float | None] = {c: None for c in CATEGORIES}
        for sig in signals:
            if sig.source == "model" and sig.subtype is None:
                p[sig.category] = sig.score
                if sig.evidence and "lexical" in sig.evidence:
                    lex[sig.category] = float(sig.evidence["lexical"])
                if sig.evidence and "window_lexical" in sig.evidence:
                    wlex[sig.category] = float(sig.evidence["window_lexical"])
                if sig.evidence and "context_lexical" in sig.evidence:
                    ctx[sig.category] = float(sig.evidence["context_lexical"])
        for c in CATEGORIES:
            st.running[c] = dec.step(Running.from_list(st.running.get(c)), p[c], lex[c], wlex[c], ctx[c]).to_list()

    def snapshot(self, state: Mapping[str, Any], conversation_id: str, message_id: str, duplicate: bool = False) -> Assessment:
        """The assessment the state stands for, without adding anything."""
        st = FusionState.from_dict(state)
        return self._assessment(st, conversation_id, message_id, self._scores(st), (), (), duplicate)

    def risk(self, state: Mapping[str, Any], conversation_id: str) -> ConversationRisk:
        st = FusionState.from_dict(state)
        flagged = tuple(st.flagged)
        return ConversationRisk(
            conversation_id=conversation_id,
            scores=self._scores(st),
            flagged=flagged,
            stage=self._stage(st),
            urgency=self._urgency(st, flagged),
            n_messages=st.n,
            last_ts=parse_ts(st.last_ts) if st.last_ts else None,
        )

    def _assessment(
        self,
        st: FusionState,
        conversation_id: str,
        message_id: str,
        scores: dict[str, float],
        newly: tuple[str, ...],
        signals: tuple[Signal, ...],
        duplicate: bool = False,
    ) -> Assessment:
        flagged = tuple(st.flagged)
        # reasons: flagged categories first, then by contribution
        pool = []
        for c in CATEGORIES:
            for r in st.reasons[c]:
                pool.append((c not in flagged, -r[1], r[0], r))
        pool.sort(key=lambda t: (t[0], t[1], t[2]["detector"], t[2]["message_id"]))
        reasons = tuple(Reason(_signal_from_state(r[0]), r[1], discount=r[3] if len(r) > 3 else 1.0,
                               added=r[2] if len(r) > 2 else None) for *_, r in pool[: self.config.max_reasons])
        return Assessment(
            decision=self._explain(st, flagged),
            conversation_id=conversation_id,
            message_id=message_id,
            scores=scores,
            flagged=flagged,
            newly_flagged=newly,
            stage=self._stage(st),
            urgency=self._urgency(st, flagged),
            reasons=reasons,
            signals=signals,
            duplicate=duplicate,
        )
