"""Rules admin: read the rules in force, replace them (hot reload), or test packs without deploying.

A rule set is loaded and its examples run *before* it replaces anything: a pack with
any error or failing example is answered 422 with ``file:line`` errors and the running
rules stay in force.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ..problems import Problem
from .deps import RulesAdmin, ServicesDep
from .messages import PROBLEM
from .schemas import RulePacksIn

router = APIRouter(prefix="/v1/rules", tags=["rules"])


class PackOut(BaseModel):
    name: str
    version: int = Field(description="the pack's own version")
    file: str
    sha256: str


class RuleOut(BaseModel):
    id: str
    category: str
    subtype: str | None
    severity: str | None
    weight: float
    description: str | None = Field(description="what the rule is about (read by moderators)")


class RulesOut(BaseModel):
    """The rule set in force: version, packs and rules (never example texts)."""

    version: str | None
    packs: list[PackOut]
    rules: list[RuleOut]


class ExampleFailureOut(BaseModel):
    file: str
    line: int | None
    rule_id: str | None
    kind: str
    message: str
    error: str = Field(description="file:line: rule: kind example: detail")


class RulesReportOut(RulesOut):
    """A rule set and the result of running its examples."""

    examples: int
    passed: int
    failed: int
    failures: list[ExampleFailureOut]


class RulesTestOut(RulesReportOut):
    ok: bool = Field(description="loaded and every example passed: PUT would accept these packs")


def describe(engine: Any) -> dict[str, Any]:
    """The rule set in force: version, packs and rules (no example texts)."""
    rs = getattr(engine, "ruleset", None)
    if rs is None:
        return {"version": None, "packs": [], "rules": []}
    return {
        "version": rs.version,
        "packs": [{"name": p.name, "version": p.version, "file": Path(p.file).name, "sha256": p.sha256} for p in rs.packs],
        "rules": [
            {"id": r.id, "category": r.category, "subtype": r.subtype, "severity": r.severity.label() if r.severity else None,
             "weight": r.weight, "description": r.description}
            for r in rs.rules
        ],
    }


def _load(body: RulePacksIn) -> tuple[Any, list[Any], list[dict[str, Any]]]:
    """Load the packs from a scratch folder and run their examples.

    Raises:
        Problem: 422 listing every load error (``file:line: rule: field: message``).
    """
    from ...nlp.rules import check_packs

    names = [p.name for p in body.packs]
    if len(set(names)) != len(names):
        raise Problem(422, "Invalid rule packs", "pack file names must be unique",
                      errors=[{"field": "packs", "message": "duplicate file name", "type": "duplicate"}])
    with tempfile.TemporaryDirectory(prefix="cw-rules-") as tmp:
        for p in body.packs:
            (Path(tmp) / p.name).write_text(p.content, encoding="utf-8")
        report = check_packs(tmp)
        if report.ruleset is None:
            errors = [
                {"file": Path(e.file).name, "line": e.line, "rule_id": e.rule_id, "field": e.field, "message": e.message,
                 "error": f"{Path(e.file).name}:{e.line}: " + str(e).split(": ", 1)[-1]}
                for e in report.errors
            ]
            raise Problem(422, "Invalid rule packs", f"{len(errors)} error(s); the rules in force are unchanged", errors=errors)
        ruleset, results = report.ruleset, report.results
    failures = [
        {"file": Path(r.file).name, "line": r.line, "rule_id": r.rule_id, "kind": r.kind, "message": r.detail,
         "error": f"{Path(r.file).name}:{r.line}: {r.rule_id}: {r.kind} example: {r.detail}"}
        for r in results if not r.passed
    ]
    return ruleset, results, failures


def _example_report(results: list[Any], failures: list[dict[str, Any]]) -> dict[str, Any]:
    return {"examples": len(results), "passed": len(results) - len(failures), "failed": len(failures), "failures": failures}


@router.get("", response_model=RulesOut)
async def get_rules(services: ServicesDep, _: RulesAdmin) -> RulesOut:
    """The rule set in force."""
    return RulesOut.model_validate(describe(services.analyzer.rules))


@router.put("", response_model=RulesReportOut, responses={422: PROBLEM})
async def put_rules(body: RulePacksIn, services: ServicesDep, _: RulesAdmin) -> RulesReportOut:
    """Replace every pack in force; rejected whole (422) on any load error or failing example."""

    def run() -> RulesReportOut:
        from ...nlp.rules import RuleEngine

        ruleset, results, failures = _load(body)
        if failures:
            raise Problem(422, "Rule examples failed", f"{len(failures)} example(s) failed; the rules in force are unchanged",
                          errors=failures)
        services.analyzer.swap_rules(RuleEngine(ruleset, max_chars=services.settings.max_text_chars))
        services.metrics.rules_version.inc()
        return RulesReportOut.model_validate(describe(services.analyzer.rules) | _example_report(results, failures))

    return await run_in_threadpool(run)


@router.post("/test", response_model=RulesTestOut, responses={422: PROBLEM})
async def test_rules(body: RulePacksIn, services: ServicesDep, _: RulesAdmin) -> RulesTestOut:
    """Validate packs and run their examples without deploying them."""

    def run() -> RulesTestOut:
        ruleset, results, failures = _load(body)
        return RulesTestOut.model_validate(describe(_Held(ruleset)) | _example_report(results, failures) | {"ok": not failures})

    return await run_in_threadpool(run)


class _Held:
    """A rule set not (yet) in an engine, for :func:`describe`."""

    def __init__(self, ruleset: Any) -> None:
        self.ruleset = ruleset
