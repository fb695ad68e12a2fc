"""``/docs`` and ``/redoc`` from files installed with the package, never from a CDN.

FastAPI's default pages load Swagger UI and ReDoc from jsDelivr, so on a machine
without network (or behind a strict proxy) ``/docs`` is a blank page. The
``fastapi-offline`` package ships both bundles (recent enough for OpenAPI 3.1, which
``swagger-ui-bundle``'s Swagger UI 4 cannot render); only its files are used, mounted
under ``/docs/static``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = "/docs/static"


def static_dir() -> Path:
    """Where the installed Swagger UI and ReDoc files are."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def install(app: FastAPI) -> None:
    """Mount the files and serve the two pages that use them."""
    app.mount(STATIC, StaticFiles(directory=static_dir()), name="docs-static")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} API",
            swagger_js_url=f"{STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC}/swagger-ui.css",
            swagger_favicon_url=f"{STATIC}/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url, title=f"{app.title} API", redoc_js_url=f"{STATIC}/redoc.standalone.js",
            redoc_favicon_url=f"{STATIC}/favicon.png", with_google_fonts=False,
        )
