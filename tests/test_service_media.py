"""Known-media matching through the service: a transformed copy of a banked image opens a
critical case naming bank, entry and distance; unrelated images open nothing; the image
bytes are nowhere afterwards (Redis, logs, metrics); bad attachments are 4xx by field.

Images are generated (tests/media_fixtures.py), never real material.
"""

from __future__ import annotations

import base64
import logging

import pytest

from convowatch.nlp.media import hash_image

from media_fixtures import TRANSFORMS, encode, make_image
from service_fixtures import ADMIN, INGEST, MODERATOR, auth, dump_redis, make_client, msg, post

BANKED_SEED, OTHER_SEED = 11, 412


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def with_image(cid: str, i: int, text: str, data: bytes, sender: str = "u1") -> dict:
    return msg(cid, i, text, sender) | {"attachments": [{"type": "image", "data": b64(data)}]}


def bank_it(client, seed: int = BANKED_SEED, bank: str = "known-test", kind: str = "block") -> str:
    h = hash_image(encode(make_image(seed))).value
    assert client.put(f"/v1/banks/{bank}", json={"kind": kind, "category": "grooming"}, headers=auth(ADMIN)).status_code == 200
    r = client.post(f"/v1/banks/{bank}/entries", json={"entries": [{"entry_id": f"entry-{seed}", "hash": h, "label": "test"}]},
                    headers=auth(ADMIN))
    assert r.status_code == 200 and r.json()["added"] == 1
    return h


def test_when_a_transformed_copy_of_a_banked_image_is_posted_then_a_critical_case_names_bank_entry_and_distance(
    store_url: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    copy = TRANSFORMS["jpeg_q50"](make_image(BANKED_SEED))
    other = encode(make_image(OTHER_SEED))
    with make_client(store_url) as client:
        bank_it(client)
        before = post(client, [msg("conv-m", 0, "hey want to see something")]).json()["assessments"][0]
        r = post(client, [with_image("conv-m", 1, "look at this", copy, "u2")])
        assert r.status_code == 200, r.text
        a = r.json()["assessments"][0]
        assert a["flagged"] == ["grooming"] and a["urgency"] == "critical" and a["case_id"]
        quiet = post(client, [with_image("conv-o", 0, "look at this", other)]).json()["assessments"][0]
        assert quiet["flagged"] == [] and quiet["case_id"] is None  # an unrelated image opens nothing

        case = client.get(f"/v1/cases/{a['case_id']}", headers=auth(MODERATOR)).json()
        assert case["urgency"] == "critical" and case["categories"] == ["grooming"]
        (ev,) = [r["evidence"] for r in case["reasons"] if r.get("evidence")]
        assert ev["kind"] == "known_media" and ev["bank"] == "known-test" and ev["entry_id"] == f"entry-{BANKED_SEED}"
        assert 0 <= ev["distance"] <= 31 and ev["quality"] >= 50 and len(ev["hash"]) == 64
        assert [(m["message_id"], m["role"]) for m in case["messages"]] == [("m0", "before"), ("m1", "flagged")]
        assert before["case_id"] is None
        metrics = client.get("/metrics").text
        assert 'convowatch_media_matches_total{bank="known-test",outcome="matched"} 1.0' in metrics

        # the bytes are gone: no Redis key, log line or metric holds them or their base64
        needles = [copy[100:160], b64(copy)[200:280].encode(), other[100:160], b64(other)[200:280].encode()]
        if store_url != "memory":
            dump = dump_redis(store_url)
            assert dump and not [k for k, v in dump.items() for n in needles if n in v]
        out = capsys.readouterr()
        logs = (caplog.text + out.out + out.err).encode()
        assert not [n for n in needles if n in logs] and not [n for n in needles if n in metrics.encode()]


def test_when_an_allow_bank_holds_the_image_then_no_case_opens_and_the_veto_is_counted() -> None:
    with make_client("memory") as client:
        bank_it(client)
        bank_it(client, bank="benign-logos", kind="allow")
        a = post(client, [with_image("c", 0, "our logo", TRANSFORMS["resize_half"](make_image(BANKED_SEED)))]).json()["assessments"][0]
        assert a["flagged"] == [] and a["case_id"] is None
        assert 'outcome="suppressed"} 1.0' in client.get("/metrics").text


def test_when_an_entry_is_removed_then_the_image_no_longer_matches_and_the_change_is_audited() -> None:
    with make_client("memory") as client:
        bank_it(client)
        r = client.delete(f"/v1/banks/known-test/entries/entry-{BANKED_SEED}", headers=auth(ADMIN))
        assert r.status_code == 200
        a = post(client, [with_image("c", 0, "hi", encode(make_image(BANKED_SEED)))]).json()["assessments"][0]
        assert a["flagged"] == []
        audit = client.get("/v1/banks/audit/log", headers=auth(ADMIN)).json()["audit"]
        assert [x["action"] for x in audit] == ["remove_entry", "add_entries", "put_bank"]
        assert all(x["actor"].startswith("key-") for x in audit)
        listed = client.get("/v1/banks", headers=auth(ADMIN)).json()
        assert listed["version"] == 3 and listed["banks"][0]["entries"] == 0


def test_when_a_platform_sends_pdq_or_vpdq_hashes_then_they_match_like_images() -> None:
    with make_client("memory") as client:
        h = bank_it(client)
        pdq = msg("c1", 0, "x") | {"attachments": [{"type": "pdq", "value": h.upper(), "quality": 90}]}
        frames = [{"value": "0" * 64, "quality": 20}, {"value": h, "quality": 80}]
        vpdq = msg("c2", 0, "x") | {"attachments": [{"type": "vpdq", "frames": frames}]}
        for m in (pdq, vpdq):
            a = post(client, [m]).json()["assessments"][0]
            assert a["flagged"] == ["grooming"] and a["urgency"] == "critical"
        case = client.get(f"/v1/cases/{a['case_id']}", headers=auth(MODERATOR)).json()
        assert [r["evidence"]["frame"] for r in case["reasons"] if r.get("evidence")] == [1]


def test_when_a_moderator_or_ingest_key_changes_banks_then_403() -> None:
    with make_client("memory") as client:
        for key in (INGEST, MODERATOR):
            assert client.put("/v1/banks/x", json={}, headers=auth(key)).status_code == 403
        assert client.get("/v1/banks", headers=auth(INGEST)).status_code == 403
        assert client.post("/v1/banks/nope/entries", json={"entries": [{"entry_id": "e", "hash": "a" * 64}]},
                           headers=auth(ADMIN)).status_code == 404
        assert client.put("/v1/banks/x", json={"category": "spam"}, headers=auth(ADMIN)).status_code == 422
        bad_file = client.put("/v1/banks/x", json={}, headers=auth(ADMIN)).status_code, client.post(
            "/v1/banks/x/entries", json={"file": "pdq 1234\n"}, headers=auth(ADMIN))
        assert bad_file[0] == 200 and bad_file[1].status_code == 422 and "line 1: hash" in bad_file[1].json()["detail"]


@pytest.mark.parametrize(
    "attachment, status, field",
    [
        ({"type": "image", "data": "not base64!!"}, 422, "messages[0].attachments[0].data"),
        ({"type": "image", "data": b64(b"just some bytes, not an image")}, 422, "messages[0].attachments[0].data"),
        ({"type": "image", "data": b64(encode(make_image(1, (96, 72)), "TIFF"))}, 422, "messages[0].attachments[0].data"),
        ({"type": "image", "data": b64(b"\x89PNG" + b"\0" * 300_000)}, 413, "messages[0].attachments[0].data"),
        ({"type": "pdq", "value": "a" * 64, "quality": 10}, 422, "messages[0].attachments[0].quality"),
        ({"type": "pdq", "value": "xyz", "quality": 90}, 422, "messages[0].attachments[0].pdq.value"),
        ({"type": "vpdq", "frames": [{"value": "a" * 64, "quality": 5}]}, 422, "messages[0].attachments[0].frames"),
        ({"type": "video", "data": "AAAA"}, 422, "messages[0].attachments[0]"),
    ],
    ids=["bad-base64", "not-an-image", "tiff", "oversized", "low-quality-pdq", "bad-hex", "low-quality-vpdq", "unknown-type"],
)
def test_when_an_attachment_is_bad_then_4xx_names_it_and_nothing_is_stored(attachment: dict, status: int, field: str) -> None:
    with make_client("memory", media_max_bytes=200_000) as client:
        r = post(client, [msg("c-bad", 0, "hello") | {"attachments": [attachment]}])
        assert r.status_code == status, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert any(e["field"].startswith(field) for e in r.json()["errors"]), r.json()
        assert client.app.state.services.backend.windows.window("c-bad") == []


def test_when_a_message_has_too_many_attachments_then_422() -> None:
    with make_client("memory") as client:
        atts = [{"type": "pdq", "value": "a" * 64, "quality": 90}] * 5
        r = post(client, [msg("c", 0, "hi") | {"attachments": atts}])
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "messages[0].attachments"


def test_when_two_services_share_redis_then_a_bank_change_reaches_both(redis_url: str) -> None:
    with make_client(redis_url) as a, make_client(redis_url) as b:
        bank_it(a)
        hit = post(b, [with_image("c", 0, "hi", TRANSFORMS["mirror"](make_image(BANKED_SEED)))]).json()["assessments"][0]
        assert hit["flagged"] == ["grooming"]
        a.delete(f"/v1/banks/known-test/entries/entry-{BANKED_SEED}", headers=auth(ADMIN))
        miss = post(b, [with_image("c2", 0, "hi", TRANSFORMS["mirror"](make_image(BANKED_SEED)))]).json()["assessments"][0]
        assert miss["flagged"] == []


def test_when_a_stream_entry_carries_a_hash_then_the_worker_matches_it() -> None:
    import json

    from convowatch.service.streams import Bad, Entry, parse_entry

    h = hash_image(encode(make_image(BANKED_SEED)))
    good = parse_entry("1-0", {b"m": json.dumps(msg("c", 0, "hi") | {"attachments": [
        {"type": "pdq", "value": h.value, "quality": h.quality}]}).encode()}, 4000)
    assert isinstance(good, Entry) and good.message.media[0].value == h.value
    low = parse_entry("1-1", {b"m": json.dumps(msg("c", 1, "hi") | {"attachments": [
        {"type": "pdq", "value": h.value, "quality": 3}]}).encode()}, 4000)
    assert isinstance(low, Bad) and low.reason == "attachments[0].quality: low_quality"


def test_when_a_large_bank_changes_then_the_old_banks_match_until_the_new_index_is_built(redis_url: str) -> None:
    """A re-index of a large bank runs in the background: scoring keeps the previous version meanwhile."""
    import time

    import redis as redis_lib

    from convowatch.nlp.media import Bank, BankEntry
    from convowatch.service.stores import banks as bank_stores

    client = redis_lib.Redis.from_url(redis_url)
    store = bank_stores.RedisBankStore(client, "cwtest")
    h = hash_image(encode(make_image(BANKED_SEED)))
    store.put_bank(Bank(name="big"), "t")
    store.add_entries("big", [BankEntry(entry_id="x", hash=h.value)], "t")
    first = store.current()
    old_limit = bank_stores.BACKGROUND_REBUILD_ENTRIES
    bank_stores.BACKGROUND_REBUILD_ENTRIES = 1  # this bank counts as large
    try:
        store.remove_entry("big", "x", "t")
        assert store.current() is first and len(first.match([h])) == 1  # the old version, while the new one builds
        deadline = time.monotonic() + 10
        while store.current().version == first.version:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert store.current().match([h]) == []
    finally:
        bank_stores.BACKGROUND_REBUILD_ENTRIES = old_limit
        client.close()


def test_when_the_redis_bank_store_changes_then_each_audit_entry_names_the_version_it_made(redis_url: str) -> None:
    """A change, its version bump and its audit entry are one MULTI/EXEC."""
    import redis as redis_lib

    from convowatch.nlp.media import Bank, BankEntry
    from convowatch.service.stores.banks import RedisBankStore

    client = redis_lib.Redis.from_url(redis_url)
    store = RedisBankStore(client, "cwtest")
    try:
        assert store.put_bank(Bank(name="b"), "t") == 1
        assert store.add_entries("b", [BankEntry(entry_id="x", hash="a" * 64), BankEntry(entry_id="y", hash="b" * 64)], "t") == 2
        assert store.remove_entry("b", "x", "t") and not store.remove_entry("b", "x", "t")
        assert [(b.name, n) for b, n in store.list_banks()] == [("b", 1)]
        assert [(a.action, a.version, a.count) for a in store.audit()] == [
            ("remove_entry", 3, 1), ("add_entries", 2, 2), ("put_bank", 1, 0)]
        assert store.current().version == 3
    finally:
        client.close()
