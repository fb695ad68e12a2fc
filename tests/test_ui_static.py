"""The UI's static files: served with security headers, self-contained, packaged, and free of HTML sinks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from convowatch.service.api import ui
from service_fixtures import make_client

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "service" / "ui"
FILES = sorted(p for p in UI.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def client():
    with make_client() as c:
        c.follow_redirects = False
        yield c


@pytest.mark.parametrize(
    "path, status, location, content_type",
    [
        ("/", 307, "/ui/", None),                              # the root sends people to the UI
        ("/ui", 307, "/ui/", None),                            # so relative asset paths resolve
        ("/ui/", 200, None, "text/html"),                      # index.html
        ("/ui/app.js", 200, None, "javascript"),
        ("/ui/style.css", 200, None, "text/css"),
        ("/ui/missing.js", 404, None, "application/problem+json"),  # the service's usual problem body
        ("/ui/../app.py", 404, None, "application/problem+json"),   # no escape from the folder
    ],
)
def test_when_requesting_ui_paths_then_status_and_type_match(client, path, status, location, content_type) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers.get("location") == location
    if content_type:
        assert content_type in r.headers["content-type"]


def test_when_serving_ui_files_then_a_strict_csp_and_nosniff_come_with_them(client) -> None:
    for path in ("/ui/", "/ui/app.js", "/ui/style.css"):
        h = client.get(path).headers
        csp = dict(d.strip().split(" ", 1) for d in h["content-security-policy"].split(";"))
        assert csp["default-src"] == "'none'" and csp["script-src"] == "'self'" and csp["connect-src"] == "'self'"
        assert "unsafe" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"


def test_when_listing_the_api_schema_then_ui_routes_stay_out_of_it(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p == "/" or p.startswith("/ui")]


def test_when_another_route_owns_root_then_the_ui_leaves_it_alone() -> None:
    app = FastAPI()

    @app.get("/")
    def home() -> dict[str, str]:
        return {"home": "mine"}

    ui.install(app)
    with TestClient(app, follow_redirects=False) as c:
        assert c.get("/").json() == {"home": "mine"}
        assert c.get("/ui/").status_code == 200


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_when_reading_a_ui_file_then_it_loads_nothing_from_elsewhere(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    # the only absolute URLs allowed are XML namespaces (the SVG namespace in app.js)
    urls = [u for u in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text) if "www.w3.org/2000/svg" not in u]
    assert urls == []
    assert not re.search(r"@import|<script(?![^>]*\bsrc=\"app\.js\")[^>]*>", text)  # one local script, no inline ones


def test_when_reading_app_js_then_no_html_sink_is_used() -> None:
    # message text must reach the DOM as text; these are the ways it could become markup
    js = re.sub(r"//[^\n]*", "", (UI / "app.js").read_text(encoding="utf-8"))  # comments may name them
    sinks = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
             "createContextualFragment", "DOMParser", "setAttribute(\"style\"", "srcdoc"]
    assert [s for s in sinks if s in js] == []


def test_when_packaging_then_every_ui_file_is_package_data() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    globs = data.get("convowatch.service", [])
    packaged = {p for g in globs for p in (ROOT / "service").glob(g) if p.is_file()}  # setuptools globs the same way
    assert {UI / "index.html", UI / "app.js", UI / "style.css"} <= set(FILES)
    assert [p.name for p in FILES if p not in packaged] == []
    assert ui.UI_DIR == UI.resolve()  # the router serves the packaged folder
