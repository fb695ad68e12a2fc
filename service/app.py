"""The FastAPI app factory: settings in, a wired app out.

``create_app(settings)`` builds the stores, the analyzer (``Analyzer.default`` unless
one is given, e.g. by tests), the scoring service, the micro-batcher and the routes.
A pure-ASGI middleware counts and times every request and turns any unexpected
exception into a text-free 500 problem *without* re-raising it (Starlette's own
error middleware would log the exception message, which may quote input).
"""

from __future__ import annotations

import sys
import time
from contextlib import asynccontextmanager
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from typing import Any, AsyncIterator

import redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..nlp.analyzer import Analyzer, AnalyzerConfig
from ..nlp.window import WindowConfig
from . import problems
from .api import cases, health, messages, rules, ui
from .api.deps import Services
from .auth import KeyRing
from .batcher import MicroBatcher
from .cases import StaleCase
from .config import Settings
from .crypto import make_codec
from .logging import get_logger
from .metrics import Metrics
from .problems import Problem, problem_response
from .scoring import ScoringService
from .stores import StaleState, make_backend

log = get_logger("app")


def _version() -> str:
    try:
        return version("convowatch")
    except PackageNotFoundError:  # pragma: no cover - source checkout without install
        return "0+unknown"


class _TooLarge(Problem):
    pass


class ObserveMiddleware:
    """Metrics, a JSON access log (ids and counts only), a body-size limit and the last-resort 500."""

    def __init__(self, app: Any, metrics: Metrics, max_body_bytes: int) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body = max_body_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        state = {"status": 500, "started": False}

        async def send_wrapper(message: dict) -> None:
            if message["type"] == "http.response.start":
                state["status"], state["started"] = message["status"], True
            await send(message)

        seen = 0

        async def receive_wrapper() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge(413, "Request too large", f"the body exceeds {self.max_body} bytes")
            return message

        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        try:
            if declared.isdigit() and int(declared) > self.max_body:
                raise _TooLarge(413, "Request too large", f"the body exceeds {self.max_body} bytes")
            await self.app(scope, receive_wrapper, send_wrapper)
        except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
            p = exc if isinstance(exc, Problem) else Problem(500, "Internal error", "the error was logged; no input is echoed")
            if not isinstance(exc, Problem):
                log.error("unhandled", exc_type=type(exc).__name__, method=scope.get("method"))
            if not state["started"]:
                await problem_response(p)(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            dt = time.perf_counter() - t0
            self.metrics.requests.labels(route, scope.get("method", ""), str(state["status"])).inc()
            self.metrics.latency.labels(route).observe(dt)
            log.info("request", route=route, method=scope.get("method"), status=state["status"], ms=round(dt * 1000, 2))


async def _on_store_error(_: Request, exc: Exception) -> JSONResponse:
    log.warning("store_unavailable", exc_type=type(exc).__name__)
    return problem_response(
        Problem(503, "Store unavailable", "the window/case store did not answer; nothing was stored, retry later",
                headers={"Retry-After": "2"})
    )


async def _on_stale_case(_: Request, exc: Exception) -> JSONResponse:
    log.warning("case_conflict_gave_up", exc_type=type(exc).__name__)
    return problem_response(
        Problem(503, "Busy", "a case or conversation kept changing while the batch committed; nothing was stored, retry",
                headers={"Retry-After": "1"})
    )


def build_services(settings: Settings, analyzer: Analyzer | None = None) -> Services:
    """Wire stores, analyzer, scoring and batcher from settings."""
    from ..nlp.runtime import set_threads

    set_threads(settings.threads)
    codec = make_codec(settings.encryption_key.get_secret_value() if settings.encryption_key else None)
    backend = make_backend(
        settings.store_url, settings.key_prefix, codec, dedup_ttl_s=settings.dedup_ttl_s, dedup_max_ids=settings.dedup_max_ids
    )
    window = WindowConfig(size=settings.window_size, ttl_s=settings.window_ttl_s)
    if analyzer is None:
        config = AnalyzerConfig(window=window, max_text_chars=settings.max_text_chars)
        analyzer = Analyzer.default(rules_dir=settings.rules_dir, model=settings.model, store=backend.windows, config=config)
    else:  # the service decides where windows live and how long
        analyzer.store = backend.windows
        analyzer.config = replace(analyzer.config, window=window, max_text_chars=settings.max_text_chars)
    metrics = Metrics()
    webhook = None
    if settings.webhook_url:
        from .webhook import Webhook

        webhook = Webhook(settings.webhook_url, retries=settings.webhook_retries)
    scoring = ScoringService(
        analyzer, backend, metrics, context_after=settings.case_context_after, retention_s=settings.case_retention_s,
        on_cases=webhook,
    )
    batcher = MicroBatcher(
        scoring.score, wait_ms=settings.batch_wait_ms, max_messages=settings.batch_max,
        on_batch=lambda n_req, _n: metrics.batch_requests.observe(n_req),
    )
    return Services(settings, analyzer, backend, scoring, batcher, metrics, KeyRing(settings.keys()), webhook)


def create_app(settings: Settings | None = None, analyzer: Analyzer | None = None) -> FastAPI:
    """The convowatch API.

    Args:
        settings: defaults to ``Settings()`` (the environment). In dev without API keys a
            key with every role is generated and printed to stderr.
        analyzer: an analyzer to serve instead of ``Analyzer.default`` (its store is
            replaced by the configured backend's window store).
    """
    settings = settings or Settings()
    settings, dev_key = settings.with_dev_key()
    if dev_key:
        print(f"convowatch: development API key (all roles): {dev_key}", file=sys.stderr, flush=True)
    services = build_services(settings, analyzer)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await services.batcher.start()
        log.info("started", store=services.backend.name, env=settings.env,
                 rules_version=getattr(services.analyzer.rules, "version", None))
        try:
            yield
        finally:
            await services.batcher.stop()
            if services.webhook is not None:
                services.webhook.close()
            services.backend.close()

    app = FastAPI(
        title="convowatch",
        version=_version(),
        description="Conversation-level risk analysis (grooming, bullying, self-harm) for human moderators.",
        lifespan=lifespan,
    )
    app.state.services = services
    problems.install(app)
    app.add_exception_handler(redis.RedisError, _on_store_error)
    app.add_exception_handler(StaleCase, _on_stale_case)
    app.add_exception_handler(StaleState, _on_stale_case)
    max_body = settings.max_batch * (settings.max_text_chars * 4 + 4096) + 65536
    app.add_middleware(ObserveMiddleware, metrics=services.metrics, max_body_bytes=max_body)
    for r in (messages.router, cases.router, rules.router, health.router):
        app.include_router(r)
    ui.install(app)  # the moderator UI at /ui (and / when free)
    return app
