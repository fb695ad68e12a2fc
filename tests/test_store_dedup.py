"""Idempotency after the window TTL: seen message ids outlive the window, ids only, bounded."""

from __future__ import annotations

import time

import pytest
from pydantic import ValidationError

from convowatch.service.config import Settings
from convowatch.service.stores import Backend, make_backend

from service_fixtures import API_KEYS, make_client, message, msg, post, scoring_service

WINDOW_TTL_S = 0.2


def backend_for(store_url: str, **kw) -> Backend:
    return make_backend(store_url, prefix="cwtest", **kw)


@pytest.fixture
def backend(store_url: str) -> Backend:
    b = backend_for(store_url, dedup_ttl_s=60)
    yield b
    b.close()


def test_when_a_message_is_retried_after_its_window_expired_then_it_is_not_counted_again(backend) -> None:
    scoring = scoring_service(backend, window_ttl_s=WINDOW_TTL_S)
    first = scoring.score([message("c", 0, "keep this our secret"), message("c", 1, "hi")])
    assert first[0]["scores"]["grooming"] > 0
    time.sleep(WINDOW_TTL_S + 0.15)
    assert scoring.analyzer.risk("c") is None                      # window and state are gone

    retry = scoring.score([message("c", 0, "keep this our secret")])[0]
    assert retry["duplicate"] is True and retry["scores"]["grooming"] == 0.0 and retry["case_id"] is None
    assert scoring.analyzer.risk("c") is None                      # the retry stored nothing

    scoring.score([message("c", 2, "hello again")])
    risk = scoring.analyzer.risk("c")
    assert risk.n_messages == 1 and risk.scores["grooming"] == 0.0  # the retried secret was not counted again


def test_when_the_dedup_ttl_passes_then_the_ids_are_forgotten_too(store_url: str) -> None:
    b = backend_for(store_url, dedup_ttl_s=0.35)
    scoring = scoring_service(b, window_ttl_s=WINDOW_TTL_S)
    scoring.score([message("c", 0, "hi")])
    time.sleep(0.5)
    again = scoring.score([message("c", 0, "hi")])[0]
    assert "duplicate" not in again and scoring.analyzer.risk("c").n_messages == 1
    b.close()


@pytest.mark.parametrize(
    "n_added, max_ids, remembered",
    [
        (3, 5, [0, 1, 2]),        # under the bound: every id is kept
        (5, 3, [2, 3, 4]),        # over the bound: the newest ids are kept, the oldest dropped
        (1, 1, [0]),              # the smallest bound
    ],
)
def test_when_more_ids_arrive_than_the_bound_then_only_the_newest_are_kept(
    store_url: str, n_added: int, max_ids: int, remembered: list[int]
) -> None:
    b = backend_for(store_url, dedup_max_ids=max_ids)
    for i in range(n_added):
        b.seen.add([("c", f"m{i}")])
    got = b.seen.contains([("c", f"m{i}") for i in range(n_added)] + [("other", "m0")])
    assert [i for i, hit in enumerate(got[:-1]) if hit] == remembered and got[-1] is False
    b.close()


def test_when_ids_are_recorded_in_redis_then_the_key_holds_ids_only_and_outlives_the_window(redis_url: str) -> None:
    import redis

    b = backend_for(redis_url, dedup_ttl_s=3600)
    scoring = scoring_service(b, window_ttl_s=WINDOW_TTL_S)
    texts = ["keep this our secret", "what is your address"]
    scoring.score([message("conv-1", i, t) for i, t in enumerate(texts)])
    r = redis.Redis.from_url(redis_url)
    key = "cwtest:{conv-1}:seen"
    assert sorted(r.zrange(key, 0, -1)) == [b"m0", b"m1"]
    assert r.pttl(key) > 3000 * 1000 > r.pttl("cwtest:{conv-1}:win")
    dump = b"".join(r.dump(k) or b"" for k in r.scan_iter("cwtest:*:seen"))
    assert not any(t.encode() in dump for t in texts)
    r.close()
    b.close()


def test_when_a_retry_comes_over_http_after_the_window_expired_then_it_is_marked_duplicate(store_url: str) -> None:
    with make_client(store_url, window_ttl_s=WINDOW_TTL_S) as client:
        assert "duplicate" not in post(client, [msg("c", 0, "loser")]).json()["assessments"][0]
        time.sleep(WINDOW_TTL_S + 0.15)
        retried = post(client, [msg("c", 0, "loser")]).json()["assessments"][0]
        assert retried["duplicate"] is True and retried["scores"]["bullying"] == 0.0


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, 24 * 3600.0),                                           # the default: a day
        ({"CONVOWATCH_DEDUP_TTL_S": "172800"}, 172800.0),            # read from the environment
        ({"CONVOWATCH_DEDUP_TTL_S": "60"}, None),                    # shorter than the window TTL: refused
    ],
)
def test_when_dedup_ttl_is_configured_then_it_must_outlive_the_window(monkeypatch, env: dict, expected: float | None) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    if expected is None:
        with pytest.raises(ValidationError, match="dedup_ttl_s"):
            Settings(api_keys=API_KEYS)
    else:
        assert Settings(api_keys=API_KEYS).dedup_ttl_s == expected
