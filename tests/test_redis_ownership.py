"""The suite never deletes a Redis key it did not create (a developer's data is safe)."""

from __future__ import annotations

import secrets

import pytest

from conftest import REDIS_HOST, REDIS_PORT, TEST_DBS, _is_test_key, claim_db

pytestmark = pytest.mark.redis


def test_when_a_database_holds_a_foreign_key_then_the_suite_neither_claims_it_nor_deletes_the_key():
    redis = pytest.importorskip("redis")
    client = redis.Redis(REDIS_HOST, REDIS_PORT, db=TEST_DBS[-1], socket_connect_timeout=1)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    foreign = f"someone-elses-data:{secrets.token_hex(6)}"  # created by this test, removed by it below
    client.set(foreign, b"precious", ex=60)
    try:
        assert claim_db(client, secrets.token_hex(8)) is False
        assert client.get(foreign) == b"precious"
    finally:
        client.delete(foreign)
        client.close()


def test_when_a_test_holds_a_database_then_no_foreign_key_is_in_it(redis_url: str):
    redis = pytest.importorskip("redis")
    r = redis.Redis.from_url(redis_url)
    # positive control of the claim rule: everything in a claimed database is the suite's own
    assert [k for k in r.scan_iter() if not _is_test_key(k)] == []
    r.close()
