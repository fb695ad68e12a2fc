"""Helpers for the service tests: a small real keyword detector, an analyzer and an app.

The keyword detector is a genuine :class:`~convowatch.nlp.detectors.base.Detector`
(it is what a hash matcher or an external moderation API would look like), so the
service is tested end to end without depending on the shipped rule packs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
from convowatch.nlp.categories import Severity
from convowatch.nlp.detectors.base import BaseDetector
from convowatch.nlp.fusion import FusionConfig, Thresholds
from convowatch.nlp.types import Signal
from convowatch.nlp.window import Window

#: keyword -> (category, subtype, severity, score)
KEYWORDS: dict[str, tuple[str, str, Severity, float]] = {
    "secret": ("grooming", "isolation_secrecy", Severity.HIGH, 0.9),
    "photo": ("grooming", "image_request", Severity.HIGH, 0.9),
    "loser": ("bullying", "insult", Severity.LOW, 0.9),
    "farewell": ("self_harm", "farewell", Severity.CRITICAL, 0.9),
}

INGEST, MODERATOR, ADMIN = "ingest-key-0123456789", "moderator-key-0123456789", "rules-admin-key-0123456789"
API_KEYS = f"{INGEST}:ingest,{MODERATOR}:moderator,{ADMIN}:rules-admin"
T0 = datetime(2026, 5, 1, 18, 0, tzinfo=timezone.utc)


class KeywordDetector(BaseDetector):
    """Emits one signal per keyword found (case-insensitive) in the current message."""

    name = "keywords.v1"
    kind = "keyword"

    def detect(self, window: Window) -> list[Signal]:
        msg = window.current.message
        text = msg.text.lower()
        out = []
        for word, (cat, sub, sev, score) in KEYWORDS.items():
            i = text.find(word)
            if i >= 0:
                out.append(Signal(cat, sub, self.kind, f"kw.{word}", score, msg.message_id, sev, (i, i + len(word))))
        return out


#: fixed operating points for the service tests, so retuning the library defaults (chosen on
#: dev for the shipped rules) does not change which keyword message flags a case here
THRESHOLDS = {c: Thresholds(on=0.7, off=0.45) for c in ("grooming", "bullying")} | {"self_harm": Thresholds(on=0.45, off=0.3)}


def keyword_analyzer() -> Analyzer:
    config = AnalyzerConfig(fusion=FusionConfig(thresholds=THRESHOLDS))
    return Analyzer(rules=None, detectors=[KeywordDetector()], config=config)


def settings(store_url: str = "memory", **kw: Any):
    from convowatch.service.config import Settings

    base = dict(store_url=store_url, api_keys=API_KEYS, model=None, batch_wait_ms=1.0, key_prefix="cwtest")
    return Settings(**(base | kw))


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def msg(cid: str, i: int, text: str, sender: str = "u1", **extra: Any) -> dict[str, Any]:
    return {"conversation_id": cid, "message_id": f"m{i}", "sender_id": sender,
            "ts": (T0 + timedelta(minutes=i)).isoformat().replace("+00:00", "Z"), "text": text, **extra}


def make_client(store_url: str = "memory", analyzer: Analyzer | None = None, **kw: Any):
    """A TestClient (use as a context manager: it runs the app's lifespan) and its app."""
    from fastapi.testclient import TestClient

    from convowatch.service.app import create_app

    app = create_app(settings(store_url, **kw), analyzer or keyword_analyzer())
    return TestClient(app, raise_server_exceptions=False)


def post(client, messages: list[dict[str, Any]], key: str = INGEST):
    return client.post("/v1/messages", json={"messages": messages}, headers=auth(key))


def dump_redis(url: str) -> dict[str, bytes]:
    """Every key and everything stored under it, as bytes."""
    from conftest import redis_client

    r = redis_client(url)
    out = {}
    for key in r.scan_iter(count=1000):
        kind = r.type(key).decode()
        if kind == "string":
            val = r.get(key) or b""
        elif kind == "list":
            val = b"\n".join(r.lrange(key, 0, -1))
        elif kind == "hash":
            val = b"\n".join(k + b"=" + v for k, v in r.hgetall(key).items())
        elif kind == "zset":
            val = b"\n".join(r.zrange(key, 0, -1))
        else:
            val = repr(r.dump(key)).encode()
        out[key.decode()] = key + b"\n" + val
    r.close()
    return out


def scoring_service(backend, context_after: int = 3, retention_s: float = 600.0, window_ttl_s: float = 600.0):
    """A ScoringService on ``backend`` with the keyword analyzer (what ``create_app`` wires)."""
    from dataclasses import replace

    from convowatch.nlp.window import WindowConfig
    from convowatch.service.metrics import Metrics
    from convowatch.service.scoring import ScoringService

    analyzer = keyword_analyzer()
    analyzer.store = backend.windows
    analyzer.config = replace(analyzer.config, window=WindowConfig(size=4, ttl_s=window_ttl_s))
    return ScoringService(analyzer, backend, Metrics(), context_after=context_after, retention_s=retention_s)


def message(cid: str, i: int, text: str, sender: str = "u1"):
    """A :class:`Message` as ``msg`` builds it for the HTTP API."""
    from convowatch.nlp.types import Message

    return Message.from_dict(msg(cid, i, text, sender))
