"""The moderator UI in a real headless Chromium against the real app on a loopback port.

Debian's chromium driven by Playwright (no ``playwright install``: it would download a
browser). The app runs in uvicorn on a background thread with in-memory stores, the
bundled rules and no model. Skipped without /usr/bin/chromium unless CI is set.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from service_fixtures import ADMIN, INGEST, MODERATOR, auth, settings

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
XSS = "<img src=x onerror=window.__xss=1>"
SCREENSHOT = Path("/tmp/ui_case.png")
TIMEOUT_MS = 10_000


def conversation(cid: str) -> list[dict[str, Any]]:
    text = (importlib.resources.files("convowatch.synthetic") / "demo.jsonl").read_text(encoding="utf-8")
    d = next(json.loads(x) for x in text.splitlines() if json.loads(x)["conversation_id"] == cid)
    return [{k: m[k] for k in ("message_id", "sender_id", "ts", "text", "meta") if k in m} | {"conversation_id": cid}
            for m in d["messages"]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The real app served by uvicorn on 127.0.0.1:<free port>."""
    import uvicorn

    from convowatch.service.app import create_app

    app = create_app(settings("memory", model=None, case_context_after=3))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="ui-test-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs it (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); the browser tests need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh context per test: its own sessionStorage, nothing shared."""
    ctx = browser.new_context(viewport={"width": 1360, "height": 1000})
    ctx.set_default_timeout(TIMEOUT_MS)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.js_errors = errors  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        ctx.close()


def ingest(base_url: str, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    r = httpx.post(base_url + "/v1/messages", json={"messages": messages}, headers=auth(INGEST), timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["assessments"]


def api_case(base_url: str, case_id: str) -> dict[str, Any]:
    r = httpx.get(f"{base_url}/v1/cases/{case_id}", headers=auth(MODERATOR), timeout=10)
    assert r.status_code == 200
    return r.json()


def sign_in(page: Any, base_url: str, key: str = MODERATOR) -> None:
    page.goto(base_url + "/")
    assert page.url == base_url + "/ui/"  # / redirects to the UI
    page.get_by_label("Moderator API key").fill(key)
    page.get_by_role("button", name="Sign in").click()


def open_case(page: Any, case_id: str) -> None:
    page.locator(f'.case-row[data-case-id="{case_id}"]').click()
    page.locator("#case-title").filter(has_text=case_id).wait_for()


def marked(page: Any, message_id: str) -> str:
    return "".join(page.locator(f'li.msg[data-message-id="{message_id}"] mark.span-mark').all_text_contents())


def test_when_a_moderator_claims_and_dismisses_a_grooming_case_then_the_ui_and_api_agree(base_url: str, page: Any) -> None:
    results = ingest(base_url, conversation("demo-grooming-fast"))
    case_id = next(r["case_id"] for r in results if r["case_id"])
    expected = api_case(base_url, case_id)  # (this read is audited too)
    by_id = {m["message_id"]: m for m in expected["messages"]}

    sign_in(page, base_url)
    row = page.locator(f'.case-row[data-case-id="{case_id}"]')
    row.wait_for()
    assert "grooming" in row.inner_text() and "high" in row.inner_text().lower()
    # the key lives in this tab's sessionStorage only
    assert page.evaluate("sessionStorage.getItem('convowatch.moderatorKey')") == MODERATOR
    assert page.evaluate("localStorage.length") == 0 and page.context.cookies() == []

    open_case(page, case_id)
    for role in ("before", "flagged", "after"):  # context before and after, and the flagged messages, in order
        want = [m["message_id"] for m in expected["messages"] if m["role"] == role]
        assert want, role
        assert page.locator(f'li.msg[data-role="{role}"]').evaluate_all("els => els.map(e => e.dataset.messageId)") == want
    # a rule span is marked inside the flagged text, at the offsets the API gave
    span_reasons = [r for r in expected["reasons"] if r["span"] and sum(x["message_id"] == r["message_id"] for x in expected["reasons"]) == 1]
    assert span_reasons, "expected a message with exactly one rule span"
    for r in span_reasons:
        a, b = r["span"]
        assert marked(page, r["message_id"]) == by_id[r["message_id"]]["text"][a:b]
    # why it fired: every signal, and the timeline's points
    assert page.locator("#reasons tbody tr").count() == len(expected["reasons"])
    assert set(page.locator("#reasons tbody code").all_text_contents()) == {r["detector"] for r in expected["reasons"]}
    # each rule reason shows the rule's description under its id (issue 9, #4)
    descs = {r["description"] for r in expected["reasons"] if r.get("description")}
    assert descs and descs <= set(page.locator("#reasons .rule-desc").all_text_contents())
    assert page.locator("#timeline svg circle").count() == len(expected["timeline"])  # one category (grooming) scored
    assert page.locator("#care-note").is_hidden()
    assert page.locator("#weights").is_hidden()  # rules only: no learned decision to explain

    page.get_by_role("button", name="Claim").click()
    page.locator('#audit li[data-action="claim"]').wait_for()
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    page.get_by_label("Note (kept with the decision)").fill("checked with the safety team: test dismissal")
    page.get_by_role("button", name="Dismiss").click()
    page.locator('#audit li[data-action="decision"]').wait_for()
    assert page.get_by_role("button", name="Escalate").is_disabled()  # decided: no more actions
    assert "dismissed" in page.locator("#case-facts").inner_text()

    after = api_case(base_url, case_id)
    assert after["status"] == "dismissed" and after["claimed_by"] and after["decision"]["action"] == "dismiss"
    assert after["decision"]["note"] == "checked with the safety team: test dismissal"
    assert [a["action"] for a in after["audit"]] == ["read", "read", "claim", "decision", "read"]  # test, UI, UI, UI, test
    assert [a["detail"] for a in after["audit"] if a["action"] == "decision"] == [{"action": "dismiss"}]

    # the status filter: gone from "open", listed under "dismissed"
    page.get_by_label("Status").select_option("open")
    row.wait_for(state="detached")
    page.get_by_label("Status").select_option("dismissed")
    row.wait_for()
    assert page.js_errors == []


def test_when_chat_text_carries_markup_then_it_renders_as_text_and_never_runs(base_url: str, page: Any) -> None:
    cid = "xss-" + XSS
    msgs = conversation("demo-grooming-fast")
    for m in msgs:
        m["conversation_id"] = cid
        if m["sender_id"] == "dan_x88":
            m["sender_id"] = "<b>dan</b>" + XSS
    msgs[5]["text"] = XSS + " " + msgs[5]["text"]                # a context message
    msgs[6]["text"] = "😉😉 " + XSS + " " + msgs[6]["text"]       # the first flagged one; astral chars shift UTF-16 offsets
    results = ingest(base_url, msgs)
    case_id = results[6]["case_id"]
    assert case_id and results[6]["flagged"] == ["grooming"]
    case = api_case(base_url, case_id)
    flagged = next(m for m in case["messages"] if m["message_id"] == msgs[6]["message_id"])
    assert flagged["role"] == "flagged" and flagged["text"] == msgs[6]["text"]
    spans = [r["span"] for r in case["reasons"] if r["message_id"] == flagged["message_id"] and r["span"]]

    sign_in(page, base_url)
    row = page.locator(f'.case-row[data-case-id="{case_id}"]')
    row.wait_for()
    assert row.locator(".conv").text_content() == cid
    open_case(page, case_id)
    page.get_by_label("Note (kept with the decision)").fill("note " + XSS)
    page.get_by_role("button", name="Report").click()
    page.locator('#audit li[data-action="decision"]').wait_for()

    assert page.locator("main img, header img").count() == 0 and page.locator("main b").count() == 0
    li = page.locator(f'li.msg[data-message-id="{flagged["message_id"]}"]')
    assert li.locator(".text").text_content() == flagged["text"]
    assert li.locator(".sender").text_content() == "<b>dan</b>" + XSS
    assert len(spans) == 1  # the mark covers the code points the server matched, despite the emoji before it
    (a, b), = spans
    assert marked(page, flagged["message_id"]) == flagged["text"][a:b]
    assert ("note " + XSS) in page.locator("#case-facts").inner_text()
    page.wait_for_timeout(300)  # give a (wrongly) parsed <img> time to fail loading
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.js_errors == []


def test_when_a_self_harm_case_is_queued_then_it_comes_first_with_a_care_note_and_works_by_keyboard(base_url: str, page: Any) -> None:
    results = ingest(base_url, conversation("demo-selfharm-farewell"))
    case_id = next(r["case_id"] for r in results if r["case_id"])

    sign_in(page, base_url, key="not-a-key-0123456789")          # a wrong key: refused, nothing kept
    page.get_by_role("alert").filter(has_text="not accepted").wait_for()
    assert page.locator("#app").is_hidden()
    assert page.evaluate("sessionStorage.length") == 0

    page.get_by_label("Moderator API key").fill(MODERATOR)
    page.get_by_label("Moderator API key").press("Enter")
    page.locator(f'.case-row[data-case-id="{case_id}"]').wait_for()
    api_order = [c["case_id"] for c in httpx.get(base_url + "/v1/cases", headers=auth(MODERATOR)).json()["cases"]]
    ui_order = page.locator(".case-row").evaluate_all("els => els.map(e => e.dataset.caseId)")
    assert ui_order == api_order and ui_order[0] == case_id       # critical self-harm first

    page.locator(f'.case-row[data-case-id="{case_id}"]').focus()
    page.keyboard.press("Enter")
    page.locator("#case-title").filter(has_text=case_id).wait_for()
    assert page.evaluate("document.activeElement.id") == "case-title"  # focus moves to the opened case
    assert page.locator("#care-note").is_visible()
    assert "crisis" in page.locator("#care-note").inner_text()
    assert page.js_errors == []


def test_when_the_api_docs_open_without_network_then_every_route_is_listed(base_url: str, page: Any) -> None:
    """Issue 12: /docs loaded Swagger UI from a CDN and was a blank page offline. Every
    request that leaves 127.0.0.1 is refused here, as on a machine without network.
    (ReDoc's "API docs by Redocly" footer logo is an image on its CDN: refused, and missing
    offline, which costs nothing; scripts, styles and data must all be local.)"""
    outside: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith((base_url, "blob:")):
            route.continue_()
            return
        if route.request.resource_type != "image":
            outside.append(route.request.url)
        route.abort()

    page.route("**/*", only_local)
    page.goto(base_url + "/docs")
    page.locator(".opblock-summary-path", has_text="/v1/messages").first.wait_for()
    paths = set(page.locator(".opblock-summary-path").all_text_contents())
    assert {"/v1/messages", "/v1/cases", "/healthz"} <= {p.replace("\u200b", "") for p in paths}
    page.goto(base_url + "/redoc")
    page.locator("h2", has_text="Post Messages").wait_for()
    assert outside == [] and page.js_errors == []


def test_when_a_case_holds_a_known_media_match_then_the_evidence_shows_and_no_image(base_url: str, page: Any) -> None:
    """Issue 10: the case names bank, entry and distance; the image is never kept, so never shown."""
    import base64

    from convowatch.nlp.media import hash_image
    from media_fixtures import TRANSFORMS, encode, make_image

    h = hash_image(encode(make_image(21))).value
    assert httpx.put(base_url + "/v1/banks/ui-test", json={"category": "grooming"}, headers=auth(ADMIN)).status_code == 200
    httpx.post(base_url + "/v1/banks/ui-test/entries", json={"entries": [{"entry_id": "ui-entry-21", "hash": h}]},
               headers=auth(ADMIN)).raise_for_status()
    data = base64.b64encode(TRANSFORMS["jpeg_q20"](make_image(21))).decode()
    (a,) = ingest(base_url, [{"conversation_id": "media-ui", "message_id": "m0", "sender_id": "x", "ts": "2026-05-01T10:00:00Z",
                              "text": "look", "attachments": [{"type": "image", "data": data}]}])
    assert a["urgency"] == "critical" and a["case_id"]

    sign_in(page, base_url)
    open_case(page, a["case_id"])
    note = page.locator('li.msg[data-message-id="m0"] .media-match')
    note.wait_for()
    text = note.text_content() or ""
    assert "Known media match" in text and "bank ui-test" in text and "entry ui-entry-21" in text and "distance" in text
    assert page.locator("main img").count() == 0 and page.js_errors == []


@pytest.fixture(scope="module")
def decision_url() -> Iterator[str]:
    """The app with a learned decision over a keyword detector: cases carry what the decision weighed."""
    import uvicorn

    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.categories import CATEGORIES
    from convowatch.nlp.decision import DecisionModel
    from convowatch.nlp.fusion import FusionConfig
    from convowatch.service.app import create_app
    from service_fixtures import THRESHOLDS, KeywordDetector

    dm = DecisionModel(features=["rule", "age_minor"], weights={c: [10.0, 1.5] for c in CATEGORIES},
                       bias={c: -4.0 for c in CATEGORIES})
    analyzer = Analyzer(detectors=[KeywordDetector()], config=AnalyzerConfig(fusion=FusionConfig(thresholds=THRESHOLDS, decision=dm)))
    app = create_app(settings("memory", model=None), analyzer)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="ui-test-uvicorn-decision", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def test_when_a_learned_decision_flags_a_case_then_the_moderator_sees_what_it_weighed(decision_url: str, page: Any) -> None:
    from service_fixtures import msg

    results = ingest(decision_url, [msg("dec-1", 0, "hi"), msg("dec-1", 1, "keep it a secret ok")])
    case_id = next(r["case_id"] for r in results if r["case_id"])
    assert results[1]["decision"]["grooming"]["bias"] == -4.0  # the assessment explains its flag
    expected = api_case(decision_url, case_id)["explanation"]
    assert set(expected) == {"grooming"} and expected["grooming"]["rule"] == pytest.approx(10 * (1 - 2.718281828 ** -0.9), abs=1e-3)

    sign_in(page, decision_url)
    open_case(page, case_id)
    table = page.locator("#weights")
    table.wait_for()
    rows = page.locator("#weights tbody tr").evaluate_all("rs => rs.map(r => [...r.cells].map(c => c.textContent))")
    assert rows == [["grooming", "rules", f"+{expected['grooming']['rule']:.2f}"], ["grooming", "baseline", "-4.00"]]
    assert page.js_errors == []
