"""The FastAPI app factory: settings in, a wired app out.

``create_app(settings)`` builds the stores, the analyzer (``Analyzer.default`` unless
one is given, e.g. by tests), the scoring service, the micro-batcher and the routes.
A pure-ASGI middleware counts and times every request and turns any unexpected
exception into a text-free 500 problem *without* re-raising it (Starlette's own
error middleware would log the exception message, which may quote input).
"""

from __future__ import annotations

import gc
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
from ..nlp.pipeline import build_detectors
from ..nlp.rules import RuleEngine
from ..nlp.window import WindowConfig
from . import openapi, problems
from .api import banks as banks_api
from .api import cases, docs, health, messages, rules, ui
from .api.deps import Services
from .api.schemas import MAX_ATTACHMENTS, batch_limit
from .auth import KeyRing
from .batcher import MicroBatcher
from .cases import StaleCase
from .config import Role, Settings
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


#: Which role a request with a body needs, by path prefix: checked before the body is read,
#: so an unauthenticated caller cannot make the service parse megabytes (the route's own
#: dependency checks again).
BODY_ROLES: tuple[tuple[str, tuple[Role, ...]], ...] = (
    ("/v1/messages", (Role.INGEST,)),
    ("/v1/rules", (Role.RULES_ADMIN,)),
    ("/v1/cases", (Role.MODERATOR,)),
    ("/v1/banks", (Role.RULES_ADMIN,)),
)


class ObserveMiddleware:
    """Metrics, a JSON access log (ids and counts only), auth before the body, a body-size
    limit, ``Cache-Control: no-store`` on the API, and the last-resort 500."""

    def __init__(self, app: Any, metrics: Metrics, max_body_bytes: int, keys: KeyRing | None = None,
                 max_batch: int | None = None) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body = max_body_bytes
        self.keys = keys
        self.max_batch = max_batch

    def _too_large(self) -> "_TooLarge":
        return _TooLarge(413, "Request too large", f"the body exceeds {self.max_body} bytes")

    def _gate(self, scope: dict, headers: dict[bytes, bytes]) -> None:
        """401/403 for a body-carrying API request before any of its body is read."""
        if self.keys is None or scope.get("method") not in ("POST", "PUT", "PATCH"):
            return
        path = scope.get("path", "")
        for prefix, roles in BODY_ROLES:
            if path.startswith(prefix):
                header = headers.get(b"authorization")
                self.keys.authorize(header.decode("latin-1") if header is not None else None, *roles)
                return

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        state = {"status": 500, "started": False}

        api = scope.get("path", "").startswith("/v1/")

        async def send_wrapper(message: dict) -> None:
            if state.get("replace") is not None and not state["started"]:
                return  # the framework answers a body it could not read with 400: ours is more precise
            if message["type"] == "http.response.start":
                state["status"], state["started"] = message["status"], True
                if api:  # moderator data and assessments must not sit in a shared cache
                    message = {**message, "headers": [*message.get("headers", []), (b"cache-control", b"no-store")]}
            await send(message)

        seen = 0

        async def receive_wrapper() -> dict:
            nonlocal seen
            message = await receive()
            chunk = message.get("body", b"")
            if seen == 0 and chunk and _not_utf8_json(chunk):
                state["replace"] = problem = _not_utf8()
                raise problem
            seen += len(chunk)
            if seen > self.max_body:  # a chunked body has no Content-Length to refuse up front
                state["replace"] = problem = self._too_large()
                raise problem
            return message

        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        token = batch_limit.set(self.max_batch)
        try:
            self._gate(scope, headers)
            if declared.isdigit() and int(declared) > self.max_body:
                raise self._too_large()
            await self.app(scope, receive_wrapper, send_wrapper)
            replacement = state.pop("replace", None)
            if replacement is not None and not state["started"]:
                await problem_response(replacement)(scope, receive, send_wrapper)
        except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
            p = exc if isinstance(exc, Problem) else Problem(500, "Internal error", "the error was logged; no input is echoed")
            if not isinstance(exc, Problem):
                log.error("unhandled", exc_type=type(exc).__name__, method=scope.get("method"))
            if not state["started"]:
                state.pop("replace", None)
                await problem_response(p)(scope, receive, send_wrapper)
        finally:
            batch_limit.reset(token)
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            dt = time.perf_counter() - t0
            self.metrics.requests.labels(route, scope.get("method", ""), str(state["status"])).inc()
            self.metrics.latency.labels(route).observe(dt)
            log.info("request", route=route, method=scope.get("method"), status=state["status"], ms=round(dt * 1000, 2))


def _not_utf8() -> Problem:
    """The problem for a body that is not UTF-8 (built when needed, not on every request)."""
    return Problem(400, "Invalid body", "the body must be JSON in UTF-8 (UTF-16 and UTF-32 are refused)",
                   errors=[{"field": "body", "message": "not UTF-8", "type": "encoding"}])


def _not_utf8_json(first: bytes) -> bool:
    """UTF-16/32 JSON, which ``json.loads`` on bytes would silently accept (RFC 8259: UTF-8)."""
    return first[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in first[:4]


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
        analyzer = Analyzer.default(rules_dir=settings.rules_dir, model=settings.model, store=backend.windows, config=config,
                                    backend=settings.encoder_backend)
    else:  # the service decides where windows live and how long
        analyzer.store = backend.windows
        analyzer.config = replace(analyzer.config, window=window, max_text_chars=settings.max_text_chars)
        if isinstance(analyzer.rules, RuleEngine) and analyzer.rules.max_chars != settings.max_text_chars:
            analyzer.swap_rules(RuleEngine(analyzer.rules.ruleset, max_chars=settings.max_text_chars))
    metrics = Metrics()
    banks = _bank_store(settings, backend)
    present = {getattr(d, "name", None) for d in analyzer.detectors}
    analyzer.detectors = (*analyzer.detectors, *build_detectors(  # CONVOWATCH_DETECTORS, through the registry
        [s for s in settings.detectors if s.name not in present],
        banks=banks.current, min_quality=settings.media_min_quality,
        on_match=lambda m: metrics.media_matches.labels(m.bank, "suppressed" if m.suppressed_by else "matched").inc(),
    ))
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
        shared_failures=(redis.RedisError, StaleCase, StaleState, ConnectionError, TimeoutError),
    )
    return Services(settings, analyzer, backend, scoring, batcher, metrics, KeyRing(settings.keys()), webhook, banks)


def _bank_store(settings: Settings, backend: Any) -> Any:
    """Hash banks beside the windows: in Redis when the store is, else in memory (and the file)."""
    from .stores import RedisBackend
    from .stores.banks import MemoryBankStore, RedisBankStore

    if isinstance(backend, RedisBackend):
        return RedisBankStore(backend.client, settings.key_prefix)
    store = MemoryBankStore(settings.banks_file)
    store.current().warm()
    return store


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
        # torch, transformers, spaCy and the model leave millions of long-lived objects;
        # every full garbage collection walked them all (a 200 ms stall at the p99 on the
        # memory store). Frozen, they are skipped (Instagram's gc.freeze pattern).
        gc.collect()
        gc.freeze()
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
        docs_url=None,  # served from local files by api/docs.py
        redoc_url=None,
    )
    app.state.services = services
    problems.install(app)
    app.add_exception_handler(redis.RedisError, _on_store_error)
    app.add_exception_handler(StaleCase, _on_stale_case)
    app.add_exception_handler(StaleState, _on_stale_case)
    # text of a full batch, plus room for the images of one message (base64: 4/3 of the bytes)
    max_body = settings.max_batch * (settings.max_text_chars * 4 + 4096) + 65536 + MAX_ATTACHMENTS * settings.media_max_bytes * 4 // 3
    app.add_middleware(ObserveMiddleware, metrics=services.metrics, max_body_bytes=max_body, keys=services.keys,
                       max_batch=settings.max_batch)
    for r in (messages.router, cases.router, rules.router, banks_api.router, health.router):
        app.include_router(r)
    ui.install(app)  # the moderator UI at /ui (and / when free)
    docs.install(app)  # Swagger UI at /docs from installed files
    openapi.install(app, max_text_chars=settings.max_text_chars, max_batch=settings.max_batch)
    return app
