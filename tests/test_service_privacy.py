"""Privacy, tested: after a stream, no message text survives outside windows and cases.

A benign message's text may exist only in its conversation's window (W messages, TTL);
once it leaves, no Redis key or value, log line or metric holds it. A flagged
conversation's case keeps its context, and the case carries its retention.
"""

from __future__ import annotations

import importlib.resources
import json
import logging
import time

import pytest
import redis

from service_fixtures import MODERATOR, auth, dump_redis, make_client, post

W, TTL_S, K = 3, 1.0, 2
BENIGN = ["demo-neg-gaming", "demo-neg-hyperbole", "demo-neg-coach", "demo-neg-surprise", "demo-neg-healthclass"]
FLAGGED = "flagged-1"
FLAGGED_TEXTS = ["hey whats your favourite game", "you seem really mature for your age", "this is our little secret",
                 "can you send a photo of yourself", "why do you want that", "just curious nothing weird", "ok maybe later"]


def corpus() -> dict[str, list[dict]]:
    text = (importlib.resources.files("convowatch.synthetic") / "demo.jsonl").read_text(encoding="utf-8")
    convs = {}
    for line in text.splitlines():
        d = json.loads(line)
        if d["conversation_id"] in BENIGN:
            convs[d["conversation_id"]] = [
                {k: m[k] for k in ("message_id", "sender_id", "ts", "text")} | {"conversation_id": d["conversation_id"]}
                for m in d["messages"]
            ]
    convs[FLAGGED] = [{"conversation_id": FLAGGED, "message_id": f"m{i}", "sender_id": "a" if i % 2 == 0 else "b",
                       "ts": f"2026-05-01T18:{i:02d}:00Z", "text": t} for i, t in enumerate(FLAGGED_TEXTS)]
    return convs


def holders(dump: dict[str, bytes], text: str) -> list[str]:
    needle = text.encode("utf-8")
    return [k for k, v in dump.items() if needle in v or json.dumps(text)[1:-1].encode() in v]


@pytest.mark.slow
def test_when_a_stream_has_passed_then_only_windows_and_cases_hold_text(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    convs = corpus()
    # only texts long enough not to occur by accident inside JSON keys or other texts
    texts = {cid: [m["text"] for m in msgs if len(m["text"]) >= 10] for cid, msgs in convs.items()}
    flagged: set[str] = set()
    with make_client(redis_url, window_size=W, window_ttl_s=TTL_S, case_context_after=K) as client:
        longest = max(len(v) for v in convs.values())
        for i in range(longest):  # interleaved, one message per request, like a live platform
            for cid, msgs in convs.items():
                if i < len(msgs):
                    r = post(client, [msgs[i]])
                    assert r.status_code == 200
                    if r.json()["assessments"][0]["case_id"]:
                        flagged.add(cid)
        assert flagged == {FLAGGED}, "the benign conversations must stay unflagged for this test to mean anything"

        # right after the stream: text that left a window (older than the last W) is nowhere
        dump = dump_redis(redis_url)
        for cid in BENIGN:
            msgs = convs[cid]
            for m in msgs[:-W]:
                if len(m["text"]) >= 10:
                    assert holders(dump, m["text"]) == [], f"{cid}/{m['message_id']} outlived its window"
            for m in msgs[-W:]:
                assert set(holders(dump, m["text"])) <= {f"cwtest:{{{cid}}}:win"}
            assert holders(dump, msgs[-1]["text"]) == [f"cwtest:{{{cid}}}:win"]  # positive control: the scan sees text

        time.sleep(TTL_S + 0.2)
        dump = dump_redis(redis_url)
        for cid in BENIGN:
            for t in texts[cid]:
                assert holders(dump, t) == [], f"benign text of {cid} outlived the window TTL"
        case_keys = [k for k in dump if k.startswith("cwtest:case:") and not k.endswith(":audit")]
        assert len(case_keys) == 1
        kept = [t for t in texts[FLAGGED] if holders(dump, t)]
        assert kept and all(holders(dump, t) == case_keys for t in kept)  # only the case keeps context
        ttl = redis.Redis.from_url(redis_url).pttl(case_keys[0])
        assert 0 < ttl <= 30 * 24 * 3600 * 1000  # the case expires with its retention

        case_id = case_keys[0].rsplit(":", 1)[1]  # cwtest:case:{<slot tag>}:<case_id>
        case = client.get(f"/v1/cases/{case_id}", headers=auth(MODERATOR)).json()
        assert case["expires_at"] > case["updated_at"]
        metrics = client.get("/metrics").text

    logs = caplog.text
    for cid, ts in texts.items():
        for t in ts:
            assert t not in logs, f"text of {cid} in the logs"
            assert t not in metrics, f"text of {cid} in /metrics"
    assert '"event": "scored"' in logs  # the logs were captured at all
