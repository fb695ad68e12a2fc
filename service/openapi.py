"""The OpenAPI document as the service really behaves: problem+json errors on every route,
the configured text and batch limits, and ``/metrics`` as Prometheus text.

FastAPI derives the schema from the routes alone, so it cannot know that the middleware
answers 400/401/403/413 before a route runs, or which limits the settings chose; this
module adds them once, when the document is first built. Clients generate code from it
and schemathesis checks every response against it (``tests/test_service_fuzz.py``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "RFC 9457 problem details; never echoes input",
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
    },
}

_WHY = {
    "400": "malformed JSON, or a body that is not UTF-8",
    "401": "no valid API key (Authorization: Bearer <key>)",
    "403": "the key lacks the route's role",
    "404": "not found",
    "409": "conflict with the case's current status",
    "413": "too many messages, or too large a body",
    "422": "invalid fields, each named in errors[]",
    "503": "the store did not answer, or kept changing; nothing was stored (Retry-After)",
}


def _problem(code: str) -> dict[str, Any]:
    return {"description": _WHY[code],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def build_openapi(app: FastAPI, *, max_text_chars: int, max_batch: int) -> dict[str, Any]:
    """The document FastAPI would serve, with the service's real error answers and limits."""
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    # FastAPI's default 422 schema (HTTPValidationError) is not what the service sends
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            responses = op.setdefault("responses", {})
            api = path.startswith("/v1/")
            codes = ["503"] if api else []
            if api:
                codes += ["401", "403"]
            if method in ("post", "put", "patch"):
                codes += ["400", "413", "422"]
            if "{" in path:
                codes += ["404", "422"]
            for code in codes:
                responses[code] = _problem(code)
            for code in list(responses):
                if code in _WHY and code not in codes and code != "200":
                    responses[code] = _problem(code)
    text = schemas.get("MessageIn", {}).get("properties", {}).get("text")
    if text is not None:
        text["maxLength"] = max_text_chars
    batch = schemas.get("MessageBatch", {}).get("properties", {}).get("messages")
    if batch is not None:
        batch["maxItems"] = max_batch
    metrics = doc.get("paths", {}).get("/metrics", {}).get("get")
    if metrics is not None:
        metrics["responses"]["200"] = {"description": "Prometheus text exposition format",
                                       "content": {"text/plain": {"schema": {"type": "string"}}}}
    return doc


def install(app: FastAPI, *, max_text_chars: int, max_batch: int) -> None:
    """Serve :func:`build_openapi` (built once, on first request) at ``/openapi.json``."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app, max_text_chars=max_text_chars, max_batch=max_batch)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
