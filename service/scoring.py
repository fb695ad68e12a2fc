"""Scoring one batch end to end: load, the analyzer's pure step, cases, commit.

This is the only place where the analyzer and the stores meet, and the flow is one
straight line with one retry loop (``docs/architecture.md``):

1. load the batch's conversations (:meth:`Backend.load`: windows, states, latest
   cases, and which ids were already seen, the duplicate check's input);
2. assess them (:meth:`Analyzer.assess`, pure);
3. plan case changes from the assessments (:meth:`CasePlanner.plan`, pure);
4. commit per slot (:meth:`Backend.commit`: one transaction on memory and on one Redis
   node, one per hash slot on a cluster), compare-and-set against what step 1 read;
5. conversations whose commit lost (another writer changed their state or case) go
   round again from step 1; the others are done.

The batcher calls :meth:`ScoringService.score` from its single worker thread.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any, Callable, Sequence

from ..nlp.analyzer import Analyzer
from ..nlp.snapshot import Outcome
from ..nlp.types import Assessment, Message
from .cases import Case, CasePlanner, Plan, StaleCase
from .logging import get_logger
from .metrics import Metrics
from .stores import MAX_COMMIT_ATTEMPTS, Backend, Loaded, StaleState, Write

log = get_logger("scoring")


class ScoringService:
    """Analyzer + backend + case planner.

    Args:
        analyzer: its ``store`` should be ``backend.windows`` (``create_app`` sees to
            it), so ``GET /v1/conversations/{id}/risk`` reads what scoring committed.
        on_cases: called with the changed cases and the ids of those the batch opened,
            after the commit (the webhook).
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
            context_after=context_after, retention_s=retention_s,
            context_before=max(0, analyzer.config.window.size - 1), versions=self._versions,
            new_case_id=backend.new_case_id,
        )
        self.on_cases = on_cases

    def score(
        self, messages: Sequence[Message], *, on_commit: Callable[[list[dict[str, Any]], Any], None] | None = None
    ) -> list[dict[str, Any]]:
        """Assess a batch and commit windows, states, seen ids and cases.

        Args:
            on_commit: called with the results and the transaction pipeline, inside the
                commit when the whole batch commits in one transaction (memory, one Redis
                node: the pipeline is None on memory), for writes that must commit with
                the batch or not at all (the stream worker acks and publishes here);
                otherwise (a cluster, or a batch that committed in parts) once after the
                last commit, with None.

        Returns:
            One public assessment dict per message (``Assessment.to_dict()`` + ``case_id``).

        Raises:
            redis.RedisError: when the store fails; conversations committed before the
                failure stay committed (a retry answers their messages as duplicates).
            StaleCase / StaleState: a case or a conversation kept changing under the
                commit for :data:`MAX_COMMIT_ATTEMPTS` rounds; those were not committed.
        """
        t0 = time.perf_counter()
        n = len(messages)
        assessments: list[Assessment | None] = [None] * n
        case_ids: list[str | None] = [None] * n
        changed: dict[str, Case] = {}
        opened: set[str] = set()
        events: list[str] = []
        try:
            hooked = self._rounds(messages, on_commit, assessments, case_ids, changed, opened, events)
        except BaseException:
            # conversations committed before the failure (a cluster commits per slot) keep
            # their cases: announce those, then let the caller see the failure
            if changed and self.on_cases is not None:
                self.on_cases(list(changed.values()), opened=opened)
            raise
        out = _results([a for a in assessments if a is not None], case_ids)
        if on_commit is not None and not hooked:
            on_commit(out, None)
        self._report(messages, [a for a in assessments if a is not None], out, list(changed.values()), opened, events, t0)
        return out

    def _rounds(self, messages: Sequence[Message], on_commit: Any, assessments: list[Assessment | None],
                case_ids: list[str | None], changed: dict[str, Case], opened: set[str], events: list[str]) -> bool:
        """The retry loop: load, assess, plan and commit until every conversation committed.

        Fills the result lists in place as conversations commit; returns whether
        ``on_commit`` ran inside a commit.
        """
        n = len(messages)
        pending = list(range(n))
        committed_any, hooked = False, False
        for attempt in range(1, MAX_COMMIT_ATTEMPTS + 1):
            batch = [messages[i] for i in pending]
            ids: dict[str, list[str]] = defaultdict(list)
            for m in batch:
                ids[m.conversation_id].append(m.message_id)
            loaded = self.backend.load(ids)
            outcome = self.analyzer.assess(batch, {cid: lo.snapshot for cid, lo in loaded.items()})
            plan = self.planner.plan(batch, outcome.assessments, _history(outcome, loaded),
                                     {cid: lo.case for cid, lo in loaded.items()})
            writes = _writes(batch, outcome, plan, loaded)
            groups: dict[Any, list[Write]] = defaultdict(list)
            for w in writes.values():
                groups[self.backend.slot_of(w.conversation_id)].append(w)
            whole = not committed_any and len(groups) <= 1 and len(pending) == n and self.backend.hooks_in_commit
            if not groups and whole and on_commit is not None:
                groups[None] = []  # nothing to write (all duplicates): an empty commit carries the hook
            lost: dict[str, str] = {}
            for group in groups.values():
                hook = None
                if whole and on_commit is not None:
                    results = _results(outcome.assessments, plan.case_ids)
                    hook = lambda pipe, results=results: on_commit(results, pipe)  # noqa: E731
                why = self.backend.commit(group, self.analyzer.config.window, hook)
                if why is not None:
                    lost.update({w.conversation_id: why for w in group})
                    continue
                committed_any = True
                hooked = hooked or hook is not None
                # recorded at once: a later slot's failure must not lose what this one stored
                self._record({w.conversation_id for w in group}, pending, batch, outcome, plan,
                             assessments, case_ids, changed, opened, events)
            # conversations with nothing to write (all their messages were duplicates)
            self._record(set(ids) - set(writes), pending, batch, outcome, plan, assessments, case_ids, changed, opened,
                         events)
            if not lost:
                break
            kinds = set(lost.values())
            self.metrics.cases.labels("conflict_retried" if "case" in kinds else "state_conflict_rescored").inc()
            log.info("commit_conflict", attempt=attempt, n_conversations=len(lost), kinds=sorted(kinds))
            pending = [i for i in pending if messages[i].conversation_id in lost]
            if attempt == MAX_COMMIT_ATTEMPTS:
                err = StaleState if "state" in kinds else StaleCase
                raise err(f"{len(lost)} conversation(s) kept changing over {attempt} commits; those were not committed")
        return hooked

    @staticmethod
    def _record(cids: set[str], pending: list[int], batch: Sequence[Message], outcome: Outcome, plan: Plan,
                assessments: list[Assessment | None], case_ids: list[str | None], changed: dict[str, Case],
                opened: set[str], events: list[str]) -> None:
        """Keep the results of conversations ``cids``, which are committed (or had nothing to write)."""
        for j, i in enumerate(pending):
            if batch[j].conversation_id in cids:
                assessments[i], case_ids[i] = outcome.assessments[j], plan.case_ids[j]
        for c in plan.changed:
            if c.conversation_id in cids:
                changed[c.case_id] = c
                if plan.base_versions.get(c.case_id, 0) is None:
                    opened.add(c.case_id)
        events.extend(e for e, cid in zip(plan.events, plan.event_conversations) if cid in cids)

    def _report(self, messages: Sequence[Message], assessments: list[Assessment], out: list[dict[str, Any]],
                changed: list[Case], opened: set[str], events: list[str], t0: float) -> None:
        m = self.metrics
        m.batch_size.observe(len(messages))
        for a in assessments:
            m.messages.labels("duplicate" if a.duplicate else "assessed").inc()
            for c in a.newly_flagged:
                m.flags.labels(c).inc()
            for s in a.signals:
                if s.is_evidence():
                    m.rule_hits.labels(s.source, s.detector).inc()
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
            self.on_cases(changed, opened=opened)

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


def _history(outcome: Outcome, loaded: dict[str, Loaded]) -> Callable[[str], list[Message]]:
    """Each conversation's messages as the analyzer saw them, through this batch (case context)."""

    def history(cid: str) -> list[Message]:
        change = outcome.changes.get(cid)
        if change is not None:
            return change.history()
        lo = loaded.get(cid)
        return [e.message for e in lo.snapshot.window] if lo is not None else []

    return history


def _writes(batch: Sequence[Message], outcome: Outcome, plan: Plan, loaded: dict[str, Loaded]) -> dict[str, Write]:
    """One :class:`Write` per conversation with something to store."""
    writes: dict[str, Write] = {}
    for cid, change in outcome.changes.items():
        writes[cid] = Write(cid, appended=change.appended, state=change.state, state_token=loaded[cid].state_token,
                            seen=[m.message_id for m in change.new])
    for case in plan.changed:
        w = writes.setdefault(case.conversation_id, Write(case.conversation_id))
        w.cases.append(case)
        w.case_bases[case.case_id] = plan.base_versions[case.case_id]
    return writes


def _results(assessments: Sequence[Assessment], case_ids: Sequence[str | None]) -> list[dict[str, Any]]:
    out = []
    for a, case_id in zip(assessments, case_ids):
        d = a.to_dict()
        d["case_id"] = case_id
        out.append(d)
    return out
