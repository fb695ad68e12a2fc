"""Optional features: the case webhook (retries, idempotency key, no text) and at-rest encryption."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.fernet import Fernet

from service_fixtures import MODERATOR, auth, dump_redis, make_client, msg, post


class Receiver:
    """A local HTTP endpoint that fails its first ``fail`` requests with 503."""

    def __init__(self, fail: int) -> None:
        self.fail = fail
        self.requests: list[tuple[str, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((self.headers["Idempotency-Key"], body))
                self.send_response(503 if len(outer.requests) <= outer.fail else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_when_a_case_opens_then_the_webhook_is_retried_with_one_idempotency_key_and_no_text() -> None:
    rx = Receiver(fail=2)
    try:
        with make_client("memory", webhook_url=rx.url, webhook_retries=3) as client:
            client.app.state.services.webhook.backoff_s = 0.01
            case_id = post(client, [msg("c1", 0, "a private farewell note")]).json()["assessments"][0]["case_id"]
            deadline = time.monotonic() + 5
            while len(rx.requests) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
        keys = {k for k, _ in rx.requests}
        assert len(rx.requests) == 3 and keys == {f"{case_id}:1"}  # two 503s, then delivered; same key each time
        body = rx.requests[-1][1]
        assert body["event"] == "case.opened" and body["case"]["case_id"] == case_id
        assert "private farewell" not in json.dumps(body)
    finally:
        rx.close()


def test_when_a_case_is_opened_and_extended_in_one_batch_then_the_webhook_says_opened() -> None:
    """Issue 9: the case reached version 2 within its first batch and was announced as
    ``case.updated`` (the webhook tested ``version == 1``); later changes are updates."""
    rx = Receiver(fail=0)
    try:
        with make_client("memory", webhook_url=rx.url) as client:
            first = post(client, [msg("c1", 0, "say farewell to everyone"), msg("c1", 1, "farewell for good")]).json()
            case_id = first["assessments"][0]["case_id"]
            assert case_id and first["assessments"][1]["case_id"] == case_id
            post(client, [msg("c1", 2, "farewell again")])
            client.post(f"/v1/cases/{case_id}/claim", headers=auth(MODERATOR))
            deadline = time.monotonic() + 5
            while len(rx.requests) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
        events = [(body["event"], key) for key, body in rx.requests]
        assert events[0] == ("case.opened", f"{case_id}:2")  # opened and extended in the same batch
        assert [e for e, _ in events[1:]] == ["case.updated", "case.updated"]
    finally:
        rx.close()


def test_when_the_audit_write_fails_then_the_decision_is_not_saved(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 9: a decision and its audit entry were two writes; the first could land alone."""
    with make_client("memory") as client:
        case_id = post(client, [msg("c1", 0, "say farewell to everyone")]).json()["assessments"][0]["case_id"]
        store = client.app.state.services.backend.cases

        def broken(*_a, **_k):
            raise RuntimeError("audit store down")

        monkeypatch.setattr(store, "audit", broken)
        monkeypatch.setattr(store, "_audit", _Refusing())
        r = client.post(f"/v1/cases/{case_id}/decision", json={"action": "dismiss", "note": "x"}, headers=auth(MODERATOR))
        assert r.status_code == 500
        monkeypatch.undo()
        case = client.get(f"/v1/cases/{case_id}", headers=auth(MODERATOR)).json()
        assert case["status"] != "dismissed" and case["decision"] is None
        assert [a["action"] for a in case["audit"]] == ["read"]


class _Refusing(dict):
    """An audit map whose trails cannot be written."""

    def setdefault(self, *_a, **_k):
        raise RuntimeError("audit store down")


def test_when_an_encryption_key_is_set_then_redis_holds_no_plaintext(redis_url: str) -> None:
    key = Fernet.generate_key().decode()
    with make_client(redis_url, encryption_key=key) as client:
        post(client, [msg("c1", 0, "hello plaintext marker")])
        case_id = post(client, [msg("c1", 1, "farewell plaintext marker two")]).json()["assessments"][0]["case_id"]
        values = b"".join(dump_redis(redis_url).values())
        assert b"plaintext marker" not in values
        case = client.get(f"/v1/cases/{case_id}", headers=auth(MODERATOR)).json()
        assert [m["text"] for m in case["messages"]] == ["hello plaintext marker", "farewell plaintext marker two"]


def test_when_the_encryption_key_is_invalid_then_startup_fails_without_echoing_it() -> None:
    with pytest.raises(ValueError) as exc:
        make_client("memory", encryption_key="not-a-fernet-key")
    assert "not-a-fernet-key" not in str(exc.value)
