"""The HTTP API end to end on both stores: auth, scoring, idempotency, cases, risk."""

from __future__ import annotations

import json

import pytest

from service_fixtures import ADMIN, INGEST, MODERATOR, auth, make_client, msg, post

GROOMING_CHAT = [
    (0, "hey how was school", "adult"),
    (1, "fine i guess", "kid"),
    (2, "keep this our secret ok", "adult"),
    (3, "ok", "kid"),
    (4, "send me a photo", "adult"),   # grooming crosses its threshold here
    (5, "why", "kid"),
    (6, "just because", "adult"),
    (7, "hmm", "kid"),
]


@pytest.fixture
def client(store_url: str):
    with make_client(store_url, case_context_after=2) as c:
        yield c


@pytest.mark.parametrize(
    "method, path, key, status",
    [
        ("post", "/v1/messages", None, 401),                 # no key
        ("post", "/v1/messages", "not-a-key", 401),          # unknown key
        ("post", "/v1/messages", MODERATOR, 403),            # wrong role
        ("get", "/v1/cases", INGEST, 403),                   # ingest may not read cases
        ("get", "/v1/cases", MODERATOR, 200),                # moderator may
        ("get", "/v1/rules", MODERATOR, 403),                # rules need rules-admin
        ("get", "/v1/rules", ADMIN, 200),
        ("get", "/v1/conversations/x/risk", None, 401),
        ("get", "/v1/conversations/x/risk", ADMIN, 403),
        ("get", "/v1/conversations/x/risk", INGEST, 404),    # allowed, but unknown conversation
    ],
)
def test_when_calling_with_a_key_then_its_role_decides(client, method: str, path: str, key: str | None, status: int) -> None:
    headers = auth(key) if key else {}
    kwargs = {"json": {"messages": [msg("c", 0, "hi")]}} if method == "post" else {}
    r = getattr(client, method)(path, headers=headers, **kwargs)
    assert r.status_code == status
    if status >= 400:
        assert r.headers["content-type"] == "application/problem+json"
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"


def test_when_a_grooming_chat_is_posted_one_by_one_then_one_case_opens_with_context(client) -> None:
    case_ids = []
    for i, text, sender in GROOMING_CHAT:
        r = post(client, [msg("conv-g", i, text, sender)])
        assert r.status_code == 200
        case_ids.append(r.json()["assessments"][0]["case_id"])
    assert case_ids[:4] == [None] * 4
    opened = case_ids[4]
    assert opened and case_ids[5:7] == [opened, opened]  # K=2 messages of context after
    assert case_ids[7] is None                          # then the case stops collecting

    cases = client.get("/v1/cases", headers=auth(MODERATOR)).json()["cases"]
    assert [c["case_id"] for c in cases] == [opened]
    assert "messages" not in cases[0]  # the queue view carries no text
    case = client.get(f"/v1/cases/{opened}", headers=auth(MODERATOR)).json()
    roles = [(m["message_id"], m["role"]) for m in case["messages"]]
    assert roles == [("m0", "before"), ("m1", "before"), ("m2", "before"), ("m3", "before"),
                     ("m4", "flagged"), ("m5", "after"), ("m6", "after")]
    assert case["categories"] == ["grooming"] and case["urgency"] == "high"
    assert [p["message_id"] for p in case["timeline"]] == ["m4", "m5", "m6"]
    assert {r["detector"] for r in case["reasons"]} >= {"kw.secret", "kw.photo"}
    assert [a["action"] for a in case["audit"]] == ["read"]


def test_when_a_batch_is_retried_then_nothing_counts_twice(client) -> None:
    batch = [msg("c1", 0, "keep it secret"), msg("c1", 1, "hello")]
    first = post(client, batch).json()["assessments"]
    again = post(client, batch).json()["assessments"]
    assert [a.get("duplicate", False) for a in first] == [False, False]
    assert [a["duplicate"] for a in again] == [True, True]
    assert again[-1]["scores"] == first[-1]["scores"]
    risk = client.get("/v1/conversations/c1/risk", headers=auth(INGEST)).json()
    assert risk["n_messages"] == 2
    assert not [m["text"] for m in batch if m["text"] in json.dumps(risk)]  # the risk view never carries text


def test_when_moderators_claim_and_decide_then_conflicts_are_409_and_all_is_audited(client) -> None:
    r = post(client, [msg("c1", 0, "say farewell to everyone")]).json()["assessments"][0]  # critical: flags at once
    case_id = r["case_id"]
    assert r["flagged"] == ["self_harm"] and r["urgency"] == "critical"
    other = {"Authorization": "Bearer " + MODERATOR}
    assert client.post(f"/v1/cases/{case_id}/claim", headers=other).json()["status"] == "claimed"
    assert client.post(f"/v1/cases/{case_id}/claim", headers=other).status_code == 200  # re-claim by the holder is fine
    d = client.post(f"/v1/cases/{case_id}/decision", json={"action": "escalate", "note": "called crisis line"}, headers=other)
    assert d.status_code == 200 and d.json()["status"] == "escalated"
    assert d.json()["decision"]["note"] == "called crisis line"
    again = client.post(f"/v1/cases/{case_id}/decision", json={"action": "dismiss"}, headers=other)
    assert again.status_code == 409
    assert client.post("/v1/cases/nope/claim", headers=other).status_code == 404
    trail = client.get(f"/v1/cases/{case_id}", headers=other).json()["audit"]
    assert [a["action"] for a in trail] == ["claim", "claim", "decision", "read"]
    assert client.get("/v1/cases?status=escalated", headers=other).json()["cases"][0]["case_id"] == case_id
    assert client.get("/v1/cases?status=open", headers=other).json()["cases"] == []


def test_when_a_decided_conversation_flags_again_then_a_new_case_opens(client) -> None:
    first = post(client, [msg("c1", 0, "farewell")]).json()["assessments"][0]["case_id"]
    client.post(f"/v1/cases/{first}/decision", json={"action": "dismiss", "note": "song lyrics"}, headers=auth(MODERATOR))
    second = post(client, [msg("c1", 1, "farewell for real")]).json()["assessments"][0]["case_id"]
    assert second and second != first


def test_when_probing_health_then_ready_and_metrics_have_no_text(client) -> None:
    post(client, [msg("c1", 0, "keep it secret please")])
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["store_ok"] is True
    metrics = client.get("/metrics").text
    assert 'convowatch_messages_total{result="assessed"} 1.0' in metrics
    assert 'convowatch_rule_hits_total{detector="kw.secret",source="keyword"} 1.0' in metrics
    assert "secret please" not in metrics
