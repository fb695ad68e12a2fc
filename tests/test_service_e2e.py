"""End to end on Redis with the shipped rules: a grooming chat opens one case, a benign one leaves nothing."""

from __future__ import annotations

import importlib.resources
import json
import time

import pytest
from fastapi.testclient import TestClient

from convowatch.service.app import create_app

from service_fixtures import MODERATOR, auth, dump_redis, post, settings

pytest.importorskip("convowatch.nlp.rules")
pytestmark = pytest.mark.slow

W, K, TTL_S = 4, 3, 1.0


def conversation(cid: str) -> list[dict]:
    text = (importlib.resources.files("convowatch.synthetic") / "demo.jsonl").read_text(encoding="utf-8")
    d = next(json.loads(x) for x in text.splitlines() if json.loads(x)["conversation_id"] == cid)
    return [{k: m[k] for k in ("message_id", "sender_id", "ts", "text", "meta") if k in m} | {"conversation_id": cid}
            for m in d["messages"]]


def test_when_grooming_and_benign_chats_stream_in_then_one_case_opens_and_benign_text_is_gone(redis_url: str) -> None:
    grooming, benign = conversation("demo-grooming-fast"), conversation("demo-neg-gaming")
    app = create_app(settings(redis_url, window_size=W, window_ttl_s=TTL_S, case_context_after=K, model=None))
    with TestClient(app) as client:
        g_results = [post(client, [m]).json()["assessments"][0] for m in grooming]
        b_results = [post(client, [m]).json()["assessments"][0] for m in benign]

        assert all(r["case_id"] is None for r in b_results) and not any(r["flagged"] for r in b_results)
        opened = next(i for i, r in enumerate(g_results) if r["newly_flagged"])
        case_id = g_results[opened]["case_id"]
        assert case_id and all(r["case_id"] in (None, case_id) for r in g_results)  # one case for the conversation

        cases = client.get("/v1/cases", headers=auth(MODERATOR)).json()["cases"]
        assert [c["case_id"] for c in cases] == [case_id] and cases[0]["categories"] == ["grooming"]
        case = client.get(f"/v1/cases/{case_id}", headers=auth(MODERATOR)).json()
        roles = {m["message_id"]: m["role"] for m in case["messages"]}
        before = [m["message_id"] for m in grooming[max(0, opened - (W - 1)) : opened]]
        assert [k for k, v in roles.items() if v == "before"] == before          # the window copied at opening
        assert roles[grooming[opened]["message_id"]] == "flagged"
        assert case["reasons"] and case["stage"]
        n_after = sum(v == "after" for v in roles.values())
        assert 1 <= n_after and n_after + sum(v == "flagged" for v in roles.values()) - 1 <= len(grooming) - opened - 1

        time.sleep(TTL_S + 0.2)
        values = b"".join(dump_redis(redis_url).values())
        assert grooming[opened]["text"].encode() in values  # positive control: the case keeps its context
        for m in benign:
            for form in (m["text"], json.dumps(m["text"])[1:-1]):  # raw, and as escaped inside JSON
                assert form.encode() not in values, "benign text outlived its window"
