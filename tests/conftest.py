"""Shared pytest fixtures: a private Redis database per test, and store backends.

Redis is the real server on 127.0.0.1:6379 (``.ci/run`` starts it). Each test that asks
for ``redis_url`` gets a database index no other test holds (claimed with a lock key
in that database), emptied before and after the test.
"""

from __future__ import annotations

import os
import secrets
from typing import Iterator

import pytest

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
#: database indexes tests may claim (0 is left to people running the service by hand)
TEST_DBS = range(1, 16)
LOCK_KEY = "convowatch-test-lock"


def _empty(client, keep: str) -> None:
    for key in client.scan_iter(count=1000):
        if key.decode() != keep:
            client.delete(key)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """``redis://127.0.0.1:6379/<db>`` of a database this test holds alone, empty."""
    import redis

    token = secrets.token_hex(8)
    for db in TEST_DBS:
        client = redis.Redis(REDIS_HOST, REDIS_PORT, db=db, socket_connect_timeout=1)
        try:
            got = client.set(LOCK_KEY, token, nx=True, ex=600)
        except redis.ConnectionError:
            if os.environ.get("CI"):
                raise
            pytest.skip("no Redis on 127.0.0.1:6379")
        if got:
            break
        client.close()
    else:
        pytest.fail("every test Redis database is held by another test")
    _empty(client, LOCK_KEY)
    try:
        yield f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}"
    finally:
        _empty(client, LOCK_KEY)
        if client.get(LOCK_KEY) == token.encode():
            client.delete(LOCK_KEY)
        client.close()


@pytest.fixture(params=["memory", "redis"])
def store_url(request: pytest.FixtureRequest) -> str:
    """Each test using it runs twice: on the in-memory stores and on a private Redis db."""
    return "memory" if request.param == "memory" else request.getfixturevalue("redis_url")
