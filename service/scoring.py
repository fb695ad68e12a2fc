"""Scoring one batch end to end: analyzer, cases, metrics, one atomic commit.

This is the only place where the analyzer and the stores meet. The batcher calls
:meth:`ScoringService.score` from its single worker thread.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any, Callable, Sequence

from ..nlp.analyzer import Analyzer
from ..nlp.fusion import empty_state
from ..nlp.types import Assessment, Message
from .cases import CasePlanner
from .logging import get_logger
from .metrics import Metrics
from .stores import Backend, StaleState

#: how often a batch is scored again after another writer changed one of its conversations
MAX_SCORE_ATTEMPTS = 5

log = get_logger("scoring")


class ScoringService:
    """Analyzer + backend + case planner.

    Args:
        analyzer: its ``store`` must be ``backend.windows`` (``create_app`` sees to it).
        on_cases: called with the changed cases and the ids of those the batch opened,
            after each commit (the webhook).
    """

    def __init__(
        self,
        analyzer: Analyzer,
        backend: Backend,
        metrics: Metrics,
        *,
        context_after: int,
        retention_s: float,
        on_cases: Callable[..., None] | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.backend = backend
        self.metrics = metrics
        self.planner = CasePlanner(
            backend.cases, context_after=context_after, retention_s=retention_s,
            context_before=max(0, analyzer.config.window.size - 1), versions=self._versions,
        )
        self.on_cases = on_cases

    def score(
        self, messages: Sequence[Message], *, on_commit: Callable[[list[dict[str, Any]], Any], None] | None = None
    ) -> list[dict[str, Any]]:
        """Assess a batch and commit windows, state and cases together.

        Args:
            on_commit: called inside the commit with the results and the transaction
                pipeline (Redis; None on memory), for writes that must commit with the
                batch or not at all (the stream worker acks and publishes here). It may
                run more than once when a case changed concurrently: only the last
                call's pipeline is executed.

        Returns:
            One public assessment dict per message (``Assessment.to_dict()`` + ``case_id``).

        Raises:
            redis.RedisError: when the store fails; nothing of the batch was committed.
            StaleCase: a case kept changing under the commit; nothing was committed.
            StaleState: another writer kept scoring the same conversations; nothing was committed.
        """
        t0 = time.perf_counter()
        windows = self.backend.windows
        # the memory store writes through while scoring: keep what to put back on a failure
        snap = windows.snapshot({m.conversation_id for m in messages}) if hasattr(windows, "snapshot") else None
        try:
            unit, assessments = self._score_and_commit(messages, on_commit)
        except BaseException:
            if snap is not None:
                windows.restore(snap)
            raise
        return self._report(messages, unit, assessments, t0)

    def _score_and_commit(self, messages: Sequence[Message], on_commit: Any) -> tuple[Any, list[Assessment]]:
        for attempt in range(1, MAX_SCORE_ATTEMPTS + 1):
            try:
                with self.backend.unit() as unit:
                    earlier = self._windows_before(messages)
                    assessments = self._assess(messages)
                    unit.seen = [(m.conversation_id, m.message_id) for m, a in zip(messages, assessments) if not a.duplicate]
                    history = self._history(messages, assessments, earlier)
                    unit.planner = lambda: self.planner.plan(messages, assessments, history)
                    if on_commit is not None:
                        unit.hooks.append(lambda pipe: on_commit(_results(assessments, unit.plan.case_ids), pipe))
                break
            except StaleState:  # Redis only: nothing was written, so scoring again from the store is exact
                self.metrics.cases.labels("state_conflict_rescored").inc()
                log.info("state_conflict", attempt=attempt, n_messages=len(messages))
                if attempt == MAX_SCORE_ATTEMPTS:
                    raise
        return unit, assessments

    def _report(self, messages: Sequence[Message], unit: Any, assessments: list[Assessment], t0: float) -> list[dict[str, Any]]:
        plan = unit.plan
        m = self.metrics
        m.batch_size.observe(len(messages))
        out = _results(assessments, plan.case_ids)
        for a in assessments:
            m.messages.labels("duplicate" if a.duplicate else "assessed").inc()
            for c in a.newly_flagged:
                m.flags.labels(c).inc()
            for s in a.signals:
                if s.is_evidence():
                    m.rule_hits.labels(s.source, s.detector).inc()
        if unit.conflicts:
            m.cases.labels("conflict_retried").inc(unit.conflicts)
        changed, events = plan.changed, plan.events
        for e in events:
            m.cases.labels(e).inc()
        log.info(
            "scored",
            n_messages=len(messages),
            n_duplicates=sum(a.duplicate for a in assessments),
            n_flagged=sum(bool(a.newly_flagged) for a in assessments),
            cases_changed=len(changed),
            ms=round((time.perf_counter() - t0) * 1000, 2),
        )
        if changed and self.on_cases is not None:
            # opened in this batch = planned against no stored case (it may be at version 2
            # already: opened and extended by two messages of the same batch)
            self.on_cases(changed, opened={cid for cid, v in plan.base_versions.items() if v is None})
        return out

    def _versions(self) -> dict[str, str]:
        """The rule set, model and encoder in force (recorded on each case change)."""
        out: dict[str, str] = {}
        ruleset = getattr(self.analyzer.rules, "ruleset", None)
        if ruleset is not None:
            out["rules"] = ruleset.version
        for d in self.analyzer.detectors:
            if getattr(d, "kind", None) == "model":
                out["model"] = d.name
        encoder = getattr(self.analyzer, "encoder", None)
        if encoder is not None:
            out["encoder"] = encoder.name
        return out

    def _windows_before(self, messages: Sequence[Message]) -> dict[str, list[Message]]:
        """The window, before this batch, of each conversation with two or more messages in it.

        Only those can lose context: the batch pushes their earlier messages out of the
        window before the case planner runs. (On Redis the read is the one the analyzer
        makes anyway: the staged unit keeps it.)
        """
        counts = Counter(m.conversation_id for m in messages)
        return {cid: [e.message for e in self.backend.windows.window(cid)] for cid, n in counts.items() if n > 1}

    def _history(
        self, messages: Sequence[Message], assessments: Sequence[Assessment], earlier: dict[str, list[Message]]
    ) -> Callable[[str], list[Message]]:
        """Each conversation's messages as the analyzer saw them, through this batch."""
        window = self.backend.windows.window

        def history(cid: str) -> list[Message]:
            if cid not in earlier:
                return [e.message for e in window(cid)]
            seen = {m.message_id for m in earlier[cid]}
            new = [m for m, a in zip(messages, assessments) if m.conversation_id == cid and not a.duplicate and m.message_id not in seen]
            return earlier[cid] + new

        return history

    def _assess(self, messages: Sequence[Message]) -> list[Assessment]:
        """The analyzer's assessments, except for ids the seen-id store already holds.

        Those are retries of messages whose window may have expired: they are answered
        as duplicates of the conversation's current state (empty when it is gone) and
        never reach the analyzer, so nothing is counted twice.
        """
        known = self.backend.seen.contains([(m.conversation_id, m.message_id) for m in messages])
        fresh = iter(self.analyzer.process_many([m for m, k in zip(messages, known) if not k]))
        out = []
        for m, k in zip(messages, known):
            if not k:
                out.append(next(fresh))
                continue
            state = self.analyzer.store.get_state(m.conversation_id) or empty_state()
            out.append(self.analyzer.fusion.snapshot(state, m.conversation_id, m.message_id, duplicate=True))
        return out


def _results(assessments: Sequence[Assessment], case_ids: Sequence[str | None]) -> list[dict[str, Any]]:
    out = []
    for a, case_id in zip(assessments, case_ids):
        d = a.to_dict()
        d["case_id"] = case_id
        out.append(d)
    return out
