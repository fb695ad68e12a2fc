"""The moderator web UI: static files under ``/ui`` and ``/`` redirecting there.

The UI is plain HTML, CSS and JavaScript shipped inside the package (``service/ui/``):
no build step and nothing fetched from elsewhere, so it works on an air-gapped
deployment. It talks to the case API with the moderator's key (kept in the browser's
sessionStorage only). A strict Content-Security-Policy is sent as defence in depth:
the UI renders message text as DOM text, never markup, and the policy forbids inline
scripts and any origin but this one should a bug ever let markup through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.staticfiles import StaticFiles

UI_DIR = Path(__file__).resolve().parents[1] / "ui"
PREFIX = "/ui"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # the page itself holds no case data (that comes from the API), but stale JS after an
    # upgrade would talk to the new API with old assumptions
    "Cache-Control": "no-cache",
}


class UIFiles(StaticFiles):
    """StaticFiles that adds the security headers to every answer."""

    async def get_response(self, path: str, scope: Any):  # type: ignore[override]
        response = await super().get_response(path, scope)
        response.headers.update(SECURITY_HEADERS)
        return response


router = APIRouter(include_in_schema=False)


@router.get(PREFIX)
async def ui_slash() -> RedirectResponse:
    """``/ui`` -> ``/ui/`` so relative asset paths resolve."""
    return RedirectResponse(PREFIX + "/", status_code=307)


async def root() -> RedirectResponse:
    """``/`` -> the UI."""
    return RedirectResponse(PREFIX + "/", status_code=307)


def install(app: Any) -> None:
    """Mount the UI on ``app``; ``/`` redirects to it unless another route already owns ``/``.

    A mount is added to the app itself: FastAPI's ``include_router`` copies routes, not mounts.
    """
    taken = any(getattr(r, "path", None) == "/" for r in app.routes)
    app.include_router(router)
    if not taken:
        app.add_api_route("/", root, methods=["GET"], include_in_schema=False)
    app.mount(PREFIX, UIFiles(directory=UI_DIR, html=True), name="ui")
