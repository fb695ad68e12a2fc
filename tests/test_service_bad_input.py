"""Bad input gets a 4xx problem naming the field; a partly bad batch is rejected whole; Redis down is 503.

Documented rule: a batch with any invalid message is rejected whole (422) and nothing of
it is stored; the client fixes or drops the named messages and resends.
"""

from __future__ import annotations

import json
import socket
import threading

import pytest

from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.detectors.base import BaseDetector

from service_fixtures import MODERATOR, INGEST, KeywordDetector, auth, make_client, msg, post

GOOD = msg("conv-bad", 0, "hello there")


def raw(messages_json: str) -> bytes:
    return ('{"messages": [' + messages_json + "]}").encode()


def as_json(**override) -> str:
    return json.dumps(GOOD | override)


CASES = [
    # (body bytes, status, field the problem names)
    (raw(as_json(text="")), 422, "messages[0].text"),                                   # empty text
    (raw(as_json(text="   \n ")), 422, "messages[0].text"),                             # only whitespace
    (raw(as_json(text="x" * 51)), 422, "messages[0].text"),                             # over max_text_chars=50
    (raw(as_json(text=7)), 422, "messages[0].text"),                                    # wrong type
    (raw(json.dumps({k: v for k, v in GOOD.items() if k != "message_id"})), 422, "messages[0].message_id"),  # missing id
    (raw(as_json(conversation_id="")), 422, "messages[0].conversation_id"),             # empty id
    (raw(as_json(ts="yesterday")), 422, "messages[0].ts"),                              # not a timestamp
    (raw(as_json(colour="red")), 422, "messages[0]"),                                   # unknown field (its name is not echoed)
    (raw(as_json() + "," + as_json()), 422, "messages[1].message_id"),                  # duplicate id in the batch
    (raw(as_json() + "," + as_json(message_id="m1", text="")), 422, "messages[1].text"),  # partly bad: whole batch out
    (raw(",".join(as_json(message_id=f"m{i}") for i in range(4))), 413, "messages"),    # over max_batch=3
    (b'{"messages": []}', 422, "messages"),                                              # empty batch
    (b'{"messages": [', 400, "body"),                                                    # malformed JSON
    (raw(as_json()).replace(b"hello", b"hel\xff\xfelo"), 400, None),                     # not UTF-8
    (raw(as_json()).replace(b"hello", b"hel\\ud800lo"), 422, "messages[0].text"),       # lone surrogate escape
    (b"[1, 2]", 422, "body"),                                                            # not an object
    (raw(as_json()).decode().encode("utf-16"), 400, "body"),                             # UTF-16 (json.loads would accept it)
    (raw(as_json()).decode().encode("utf-32-le"), 400, "body"),                          # UTF-32 without a BOM
    (raw(as_json(ts=0)), 422, "messages[0].ts"),                                         # epoch 0: a client bug, was 1970
    (raw(as_json(ts=1767225600000)), 422, "messages[0].ts"),                             # epoch ms: was guessed
    (raw(as_json(ts="0001-01-01T00:00:00Z")), 422, "messages[0].ts"),                    # out of the plausible years
    (raw(",".join(as_json(message_id=f"m{i}", text="" if i == 0 else "hi") for i in range(4))), 413, "messages"),  # counted before validated
    (raw(as_json(meta={"age": 31}))[:-2] + b"]}", 200, None),                            # control: a valid age
    (raw(as_json()).replace(b'"text"', b'"meta": {"age": 1e999}, "text"'), 422, "messages[0].meta"),  # inf age (was a 500)
    (raw(as_json()).replace(b'"text"', b'"meta": {"age": NaN}, "text"'), 422, "messages[0].meta"),    # NaN age (was a 500)
    (raw(as_json(meta={"age": -4})), 422, "messages[0].meta"),                          # age out of range
    (raw(as_json(meta={"role": "boss"})), 422, "messages[0].meta"),                     # unknown role
    (raw(as_json(meta={"blob": "x" * 5000})), 422, "messages[0].meta"),                 # meta over 2 KB (was unbounded)
    (raw(as_json(meta={"a": {"b": {"c": {"d": {"e": 1}}}}})), 422, "messages[0].meta"),  # nested too deep
]


@pytest.fixture
def client():
    with make_client("memory", max_text_chars=50, max_batch=3, media_max_bytes=100_000) as c:
        yield c


@pytest.mark.parametrize("body, status, field", CASES)
def test_when_a_batch_is_bad_then_4xx_names_the_field_and_nothing_is_stored(client, body: bytes, status: int, field) -> None:
    r = client.post("/v1/messages", content=body, headers=auth(INGEST) | {"content-type": "application/json"})
    assert r.status_code == status, r.text
    if status == 200:
        return
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["status"] == status and problem["title"]
    if field:
        assert field in [e["field"] for e in problem.get("errors", [])], problem
    assert "hello there" not in r.text  # never echo input
    store = client.app.state.services.backend.windows
    assert store.window("conv-bad") == [] and store.get_state("conv-bad") is None


def test_when_a_field_is_unknown_then_its_name_is_not_echoed(client) -> None:
    body = raw(as_json()).replace(b'"text"', b'"x-secret-text-as-key": 1, "text"')
    r = client.post("/v1/messages", content=body, headers=auth(INGEST) | {"content-type": "application/json"})
    assert r.status_code == 422 and "x-secret-text-as-key" not in r.text


def test_when_a_chunked_body_is_too_large_then_413_not_400(client) -> None:
    def chunks():
        yield b'{"messages": ['
        for _ in range(200):
            yield b" " * 10_000  # no Content-Length: the limit is found while reading
        yield b"]}"

    r = client.post("/v1/messages", content=chunks(), headers=auth(INGEST) | {"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"


def test_when_a_body_comes_without_a_valid_key_then_401_before_it_is_read(client) -> None:
    pulled = 0

    def chunks():
        nonlocal pulled
        for _ in range(50):
            pulled += 1
            yield b" " * 10_000

    for headers, status in (({}, 401), (auth(MODERATOR), 403)):
        pulled = 0
        r = client.post("/v1/messages", content=chunks(), headers=headers | {"content-type": "application/json"})
        assert r.status_code == status and pulled <= 1, (status, pulled)


def test_when_api_answers_then_nothing_may_be_cached(client) -> None:
    r = client.post("/v1/messages", content=raw(as_json()), headers=auth(INGEST) | {"content-type": "application/json"})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"


def test_when_a_conversation_id_has_a_slash_then_its_risk_is_reachable(client) -> None:
    body = raw(as_json(conversation_id="team/general"))
    assert client.post("/v1/messages", content=body, headers=auth(INGEST) | {"content-type": "application/json"}).status_code == 200
    r = client.get("/v1/conversations/team%2Fgeneral/risk", headers=auth(INGEST))
    assert r.status_code == 200 and r.json()["conversation_id"] == "team/general"


def test_when_the_body_is_too_large_then_413_before_reading_it(client) -> None:
    big = b'{"messages": [' + b" " * 2_000_000 + b"]}"
    r = client.post("/v1/messages", content=big, headers=auth(INGEST) | {"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"


class Proxy:
    """A TCP forwarder to Redis that a test can unplug: Redis 'goes down' for the service."""

    def __init__(self, target=("127.0.0.1", 6379)) -> None:
        self.target = target
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.up = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def unplug(self) -> None:
        self.up = False
        for s in self.conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.conns.clear()

    def plug(self) -> None:
        self.up = True

    def close(self) -> None:
        self.unplug()
        self.sock.close()


class Unplugger(BaseDetector):
    """A real detector with one side effect: the first time it sees 'unplug', Redis goes away mid-batch."""

    name, kind = "unplugger.v1", "keyword"

    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.fired = False

    def detect(self, window):
        if "unplug" in window.current.message.text and not self.fired:
            self.fired = True
            self.proxy.unplug()
        return []


@pytest.fixture
def proxy():
    p = Proxy()
    yield p
    p.close()


def test_when_redis_is_down_then_503_with_retry_after(redis_url: str, proxy: Proxy) -> None:
    db = redis_url.rsplit("/", 1)[1]
    with make_client(f"redis://127.0.0.1:{proxy.port}/{db}") as client:
        proxy.unplug()
        r = post(client, [msg("c1", 0, "hello")])
        assert r.status_code == 503 and r.headers["retry-after"] and r.headers["content-type"] == "application/problem+json"
        assert client.get("/readyz").status_code == 503
        proxy.plug()
        assert post(client, [msg("c1", 0, "hello")]).status_code == 200
        assert client.get("/readyz").status_code == 200


def test_when_redis_fails_mid_batch_then_nothing_is_half_written(redis_url: str, proxy: Proxy) -> None:
    import redis

    db = redis_url.rsplit("/", 1)[1]
    analyzer = Analyzer(rules=None, detectors=[KeywordDetector(), Unplugger(proxy)])
    with make_client(f"redis://127.0.0.1:{proxy.port}/{db}", analyzer) as client:
        batch = [msg("c1", 0, "keep it secret"), msg("c1", 1, "send a photo"), msg("c2", 0, "now unplug")]
        r = post(client, batch)
        assert r.status_code == 503
        direct = redis.Redis.from_url(redis_url)
        assert [k for k in direct.scan_iter("cwtest:*")] == []  # no window, state or case of the batch
        proxy.plug()
        again = post(client, batch).json()["assessments"]  # the retry is scored fresh, once
        assert [a.get("duplicate", False) for a in again] == [False, False, False]
        assert again[1]["case_id"] is not None
        direct.close()


class Exploder(BaseDetector):
    """A detector with a bug whose exception message quotes the text (as real bugs do)."""

    name, kind = "exploder.v1", "keyword"

    def detect(self, window):
        raise ValueError(f"cannot handle {window.current.message.text!r}")


def test_when_the_analyzer_fails_unexpectedly_then_500_problem_without_text_and_logs_without_text(caplog) -> None:
    caplog.set_level("INFO")
    with make_client("memory", Analyzer(rules=None, detectors=[Exploder()])) as client:
        r = post(client, [msg("c1", 0, "confidential words here")])
        assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
        assert "confidential" not in r.text
        assert client.get("/healthz").status_code == 200  # the service lives on
    assert "confidential" not in caplog.text and '"exc_type": "ValueError"' in caplog.text


def test_when_any_part_reports_a_field_then_it_is_spelled_the_same_way(tmp_path) -> None:
    """Issue 9 (#5): one formatting of error locations for the API, corpus files, rule packs
    and model configs (``messages[0].meta``, never ``messages.0.meta``)."""
    import json as _json

    from convowatch.nlp.corpora.reader import CorpusError, read_conversations
    from convowatch.nlp.errors import field_path
    from convowatch.service.problems import field_path as api_field_path

    assert field_path(("messages", 0, "meta")) == api_field_path(("body", "messages", 0, "meta")) == "messages[0].meta"
    bad = tmp_path / "c.jsonl"
    bad.write_text(_json.dumps({"conversation_id": "c", "labels": {}, "messages": [
        {"message_id": "1", "sender_id": "a", "ts": "2026-01-01T00:00:00Z", "text": "hi", "meta": [1]}]}) + "\n")
    with pytest.raises(CorpusError) as info:
        read_conversations(bad)
    assert "messages[0].meta" in str(info.value)
