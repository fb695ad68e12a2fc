"""Errors as RFC 9457 ``application/problem+json`` bodies that name the field, never echo input.

Pydantic's own error dicts carry the offending ``input`` (which may be message text),
so validation errors are rebuilt here from location, type and message only.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..nlp.errors import field_path as _field_path

PROBLEM_TYPE = "application/problem+json"
PROBLEM_BASE = "https://convowatch.dev/problems/"


class Problem(Exception):
    """Raise from routes and dependencies to answer with a problem body.

    Args:
        status: HTTP status.
        title: short, stable summary (no input echoed).
        detail: what is wrong, naming fields, counts or ids only.
        errors: per-field errors, ``[{"field": "messages[3].text", "message": ...}]``.
        headers: extra response headers (``Retry-After``, ``WWW-Authenticate``).
    """

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        slug: str | None = None,
        errors: Sequence[dict[str, Any]] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(title)
        self.status = status
        self.title = title
        self.detail = detail
        self.slug = slug or title.lower().replace(" ", "-")
        self.errors = list(errors)
        self.headers = headers or {}


def problem_response(p: Problem) -> JSONResponse:
    body: dict[str, Any] = {"type": PROBLEM_BASE + p.slug, "title": p.title, "status": p.status}
    if p.detail:
        body["detail"] = p.detail
    if p.errors:
        body["errors"] = p.errors
    return JSONResponse(body, status_code=p.status, headers=p.headers, media_type=PROBLEM_TYPE)


def field_path(loc: Iterable[Any]) -> str:
    """``("body", "messages", 3, "text")`` -> ``"messages[3].text"`` (:func:`convowatch.nlp.errors.field_path`)."""
    return _field_path(loc, skip_source=True, empty="body")


def validation_errors(errors: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic errors without ``input``/``ctx`` (they may hold message text)."""
    out = []
    for e in errors:
        msg = str(e.get("msg", "invalid"))
        if e.get("type") in ("value_error", "assertion_error"):
            msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        loc = tuple(e.get("loc", ()))
        if e.get("type") == "extra_forbidden" and loc:
            # the unknown key itself is input: it may be anything the client sent, text included
            loc, msg = loc[:-1], "unknown field (its name is not echoed); see the schema for the allowed fields"
        out.append({"field": field_path(loc), "message": msg, "type": str(e.get("type", "invalid"))})
    return out


async def on_problem(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem_response(exc)


async def on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc.errors())
    if any(e["type"] == "json_invalid" for e in errors):
        errors = [{"field": "body", "message": "not valid JSON", "type": "json_invalid"}]
        return problem_response(Problem(400, "Malformed JSON", "the request body is not valid JSON", errors=errors))
    return problem_response(
        Problem(422, "Invalid request", f"{len(errors)} invalid field(s); nothing was stored", errors=errors)
    )


async def on_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, (HTTPException, StarletteHTTPException))
    titles = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found", 405: "Method not allowed"}
    title = titles.get(exc.status_code, "Error")
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 400 and detail == "There was an error parsing the body":
        detail = "the body is not JSON in UTF-8"  # FastAPI's wording for undecodable bodies
    return problem_response(Problem(exc.status_code, title, detail, headers=dict(exc.headers or {})))


def install(app: Any) -> None:
    """Register the problem handlers on a FastAPI app."""
    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
