"""The moderator case API; every read of a case and every decision lands in its audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from ..cases import AuditEntry, Case, CaseConflict, claim, decide, utcnow
from ..problems import Problem
from .deps import Moderator, Services, ServicesDep
from .messages import PROBLEM
from .schemas import CaseOut, CasesOut, CategoryFilter, DecisionIn, SeverityFilter, StatusFilter

router = APIRouter(prefix="/v1/cases", tags=["cases"])


def _describe_reasons(services: Services, reasons: list[dict]) -> list[dict]:
    """Add the rule's description to each rule reason (from the rules in force), so a
    moderator reads what the rule is about, not only its id."""
    ruleset = getattr(services.analyzer.rules, "ruleset", None)
    out = []
    for r in reasons:
        r = dict(r)
        if ruleset is not None and r.get("source") == "rule":
            try:
                r["description"] = ruleset.rule(r["detector"]).description or None
            except KeyError:  # the rule was removed since the case was scored
                r["description"] = None
        out.append(r)
    return out


def _case_body(services: Services, case: Case) -> CaseOut:
    """The API view of a stored case (validated: a case that does not fit its documented shape is a 500 here, in tests)."""
    audit = services.backend.cases.audit(case.case_id)
    body = case.model_dump(exclude={"after_remaining", "reasons"})
    return CaseOut(**body, reasons=_describe_reasons(services, case.reasons), audit=audit)


def _change(services: Services, case_id: str, fn, actor: str, action: str, detail: dict) -> Case:
    entry = AuditEntry(at=utcnow(), actor=actor, action=action, detail=detail)
    try:  # the change and its audit entry are saved together, or neither is
        case = services.backend.cases.update(case_id, fn, audit=entry)
    except CaseConflict as exc:
        raise Problem(409, "Conflict", str(exc)) from None
    if case is None:
        raise Problem(404, "Not found", "no such case (unknown or past its retention)")
    services.metrics.cases.labels(action).inc()
    if services.webhook is not None:
        services.webhook([case])
    return case


@router.get("", response_model=CasesOut, responses={503: PROBLEM})
async def list_cases(
    services: ServicesDep,
    _: Moderator,
    status: StatusFilter | None = None,
    category: CategoryFilter | None = None,
    severity: SeverityFilter | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> CasesOut:
    """Cases by urgency (critical self-harm first), without text."""
    cases = await run_in_threadpool(services.backend.cases.list, status=status, category=category, severity=severity, limit=limit)
    return CasesOut.model_validate({"cases": [c.summary() for c in cases]})


@router.get("/{case_id}", response_model=CaseOut, responses={404: PROBLEM, 503: PROBLEM})
async def get_case(case_id: str, services: ServicesDep, who: Moderator) -> CaseOut:
    """A case with its context before, flagged messages, context after, reasons, timeline and audit."""

    def read() -> CaseOut:
        case = services.backend.cases.get(case_id)
        if case is None:
            raise Problem(404, "Not found", "no such case (unknown or past its retention)")
        services.backend.cases.audit(case_id, AuditEntry(at=utcnow(), actor=who.key_id, action="read"))
        return _case_body(services, case)

    return await run_in_threadpool(read)


@router.post("/{case_id}/claim", response_model=CaseOut, responses={404: PROBLEM, 409: PROBLEM, 503: PROBLEM})
async def claim_case(case_id: str, services: ServicesDep, who: Moderator) -> CaseOut:
    """Take a case; 409 when another moderator holds it or it is decided."""

    def run() -> CaseOut:
        case = _change(services, case_id, lambda c: claim(c, who.key_id, utcnow()), who.key_id, "claim", {})
        return _case_body(services, case)

    return await run_in_threadpool(run)


@router.post("/{case_id}/decision", response_model=CaseOut, responses={404: PROBLEM, 409: PROBLEM, 503: PROBLEM})
async def decide_case(case_id: str, body: DecisionIn, services: ServicesDep, who: Moderator) -> CaseOut:
    """Escalate, report or dismiss, with a note; 409 when decided or held by someone else."""

    def run() -> CaseOut:
        case = _change(
            services, case_id, lambda c: decide(c, body.action, body.note, who.key_id, utcnow()), who.key_id,
            "decision", {"action": body.action.value},
        )
        return _case_body(services, case)

    return await run_in_threadpool(run)
