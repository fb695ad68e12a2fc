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
