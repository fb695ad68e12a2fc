"""Shared pytest fixtures: a private Redis database per test, and store backends.

Redis is the real server on 127.0.0.1:6379 (``.ci/run`` starts it). Each test that asks
for ``redis_url`` gets a database index no other test holds (claimed with a lock key
in that database). The suite never deletes a key it did not create: a database is
claimed only when it is empty or holds nothing but keys of the test patterns below
(left by an earlier, killed run of this suite); a developer's database with any other
key is skipped, and at the end only keys of the test patterns are deleted. Because a
claimed database held nothing else, privacy tests can still scan all of it.
"""

from __future__ import annotations

import os
import secrets
from fnmatch import fnmatchcase
from typing import Iterator

import pytest

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
#: database indexes tests may claim (0 is left to people running the service by hand)
TEST_DBS = range(1, 16)
LOCK_KEY = "convowatch-test-lock"
#: every key the tests create matches one of these (store prefixes and worker streams)
TEST_KEY_PATTERNS = ("cwtest*", "cwref*", "convowatch:*", LOCK_KEY)


def _is_test_key(key: bytes) -> bool:
    k = key.decode("utf-8", "replace")
    return any(fnmatchcase(k, p) for p in TEST_KEY_PATTERNS)


def claim_db(client, token: str) -> bool:
    """Take the database for one test when nothing but this suite's keys is in it.

    Returns False (touching nothing) when another test holds it or any foreign key exists.
    """
    if not client.set(LOCK_KEY, token, nx=True, ex=600):
        return False
    if any(not _is_test_key(k) for k in client.scan_iter(count=1000)):
        if client.get(LOCK_KEY) == token.encode():
            client.delete(LOCK_KEY)
        return False
    remove_test_keys(client, keep=LOCK_KEY)
    return True


def remove_test_keys(client, keep: str | None = None) -> None:
    """Delete the keys of :data:`TEST_KEY_PATTERNS` (and nothing else)."""
    for pattern in TEST_KEY_PATTERNS:
        for key in client.scan_iter(match=pattern, count=1000):
            if keep is None or key.decode() != keep:
                client.delete(key)


_redis_reachable: bool | None = None


def redis_reachable() -> bool:
    """One TCP probe per session: without Redis each test skips at once (redis-py's own
    retries with back-off took ~4.5 s per test before it gave up)."""
    global _redis_reachable
    if _redis_reachable is None:
        import socket

        try:
            socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5).close()
            _redis_reachable = True
        except OSError:
            _redis_reachable = False
    return _redis_reachable


@pytest.fixture
def redis_url() -> Iterator[str]:
    """``redis://127.0.0.1:6379/<db>`` of a database this test holds alone, empty."""
    import redis

    if not redis_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"no Redis on {REDIS_HOST}:{REDIS_PORT}; .ci/run starts one")
        pytest.skip(f"no Redis on {REDIS_HOST}:{REDIS_PORT}")
    token = secrets.token_hex(8)
    for db in TEST_DBS:
        client = redis.Redis(REDIS_HOST, REDIS_PORT, db=db, socket_connect_timeout=1)
        try:
            got = claim_db(client, token)
        except redis.ConnectionError:
            if os.environ.get("CI"):
                raise
            pytest.skip("no Redis on 127.0.0.1:6379")
        if got:
            break
        client.close()
    else:
        pytest.fail("no test Redis database is free: databases 1-15 are held by other tests or hold keys "
                    "this suite did not create (it never deletes those)")
    try:
        yield f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}"
    finally:
        remove_test_keys(client, keep=LOCK_KEY)
        if client.get(LOCK_KEY) == token.encode():
            client.delete(LOCK_KEY)
        client.close()


def redis_client(url: str):
    """A client for ``url``: a cluster client for ``redis+cluster://``, else a plain one."""
    import redis

    if url.startswith("redis+cluster://"):
        from redis.cluster import RedisCluster

        return RedisCluster.from_url(url.replace("+cluster", "", 1))
    return redis.Redis.from_url(url)


CLUSTER_NODES = 3


def _free_port_pair() -> int:
    """A loopback port p with p + 10000 (its cluster bus) free too."""
    import socket

    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port + 10000 > 65535:
            continue
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.1", port + 10000))
        except OSError:
            continue
        return port
    raise RuntimeError("no free loopback port pair for a cluster node")


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A 3-node Redis Cluster of our own on loopback ports (started here, stopped at the end).

    Everything in it was created by this suite, so tests may empty it. Skips (fails on
    CI) when ``redis-server`` or ``redis-cli`` is missing.
    """
    import shutil
    import subprocess
    import time

    import redis

    server, cli = shutil.which("redis-server"), shutil.which("redis-cli")
    if not server or not cli:
        if os.environ.get("CI"):
            pytest.fail("redis-server and redis-cli are needed for the cluster tests")
        pytest.skip("redis-server / redis-cli not installed")
    root = tmp_path_factory.mktemp("cluster")
    procs, ports = [], []
    try:
        for i in range(CLUSTER_NODES):
            port = _free_port_pair()
            d = root / str(port)
            d.mkdir()
            procs.append(subprocess.Popen(
                [server, "--port", str(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
                 "--cluster-config-file", str(d / "nodes.conf"), "--dir", str(d), "--save", "", "--appendonly", "no",
                 "--protected-mode", "yes"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            ports.append(port)
        for port in ports:
            for _ in range(100):
                try:
                    if redis.Redis(port=port, socket_connect_timeout=0.2).ping():
                        break
                except redis.ConnectionError:
                    time.sleep(0.05)
        created = subprocess.run([cli, "--cluster", "create", *(f"127.0.0.1:{p}" for p in ports), "--cluster-replicas",
                                  "0", "--cluster-yes"], capture_output=True, text=True, timeout=60)
        if created.returncode:  # say why (a node not up yet, a port taken), not only the exit status
            raise RuntimeError(f"redis-cli --cluster create exited {created.returncode}: {created.stdout[-2000:]}"
                               f"{created.stderr[-2000:]}")
        for _ in range(200):  # until every node agrees the cluster is up
            if all(b"cluster_state:ok" in redis.Redis(port=p).execute_command("CLUSTER", "INFO") for p in ports):
                break
            time.sleep(0.05)
        yield f"redis+cluster://127.0.0.1:{ports[0]}"
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=10)


@pytest.fixture
def cluster_url(redis_cluster: str) -> Iterator[str]:
    """The suite's own cluster, emptied after the test (every key in it is the suite's)."""
    yield redis_cluster
    client = redis_client(redis_cluster)
    try:
        client.flushall(target_nodes=client.ALL_NODES)
    finally:
        client.close()


@pytest.fixture(params=["memory", "redis", "cluster"])
def store_url(request: pytest.FixtureRequest) -> str:
    """Each test using it runs three times: on the in-memory stores, on a private Redis db
    and on a 3-node Redis Cluster the suite started itself."""
    if request.param == "memory":
        return "memory"
    return request.getfixturevalue("redis_url" if request.param == "redis" else "cluster_url")
