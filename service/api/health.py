"""Liveness, readiness and Prometheus metrics (no auth: scrape and probe endpoints)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .deps import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(services: ServicesDep) -> JSONResponse:
    """Ready when the store answers and the analyzer is loaded; 503 with Retry-After otherwise."""
    store_ok = await run_in_threadpool(services.backend.ping)
    body = {"store": services.backend.name, "store_ok": store_ok, "analyzer": services.analyzer is not None,
            "rules_version": getattr(services.analyzer.rules, "version", None), "model": services.analyzer.encoder is not None}
    ok = store_ok and services.analyzer is not None
    body["status"] = "ready" if ok else "unavailable"
    return JSONResponse(body, status_code=200 if ok else 503, headers={} if ok else {"Retry-After": "5"})


@router.get("/metrics")
async def metrics(services: ServicesDep) -> Response:
    """Prometheus text format."""
    return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)
