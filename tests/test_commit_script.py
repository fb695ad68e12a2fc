"""The single-node commit script (service/stores/commit_script.py): a slow commit must leave
no message text in Redis's SLOWLOG entry for the script, which outlives every key's TTL.

Runs a Redis of its own (loopback, free port) that logs every command
(``slowlog-log-slower-than 0``), so nothing of the shared Redis is configured or read.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import datetime, timedelta, timezone
from typing import Iterator

import pytest
import redis

from conftest import _free_port_pair
from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.rules import RuleEngine, default_rules_dir, load_rules
from convowatch.nlp.types import Message
from convowatch.service.metrics import Metrics
from convowatch.service.scoring import ScoringService
from convowatch.service.stores import RedisBackend
from convowatch.service.stores.commit_script import SLOWLOG_ARGS, script_args

T0 = datetime(2026, 5, 1, tzinfo=timezone.utc)
MARK = "zebrafinch"  # a word of the messages, looked for in the slowlog


@pytest.fixture(scope="module")
def logging_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server not installed")
    port = _free_port_pair()
    d = tmp_path_factory.mktemp("slowlog")
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(d), "--slowlog-log-slower-than", "0", "--slowlog-max-len", "100000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                if redis.Redis(port=port, socket_connect_timeout=0.2).ping():
                    break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _messages(cid: str, n: int) -> list[Message]:
    return [Message(cid, f"m{i}", f"u{i % 2}", T0 + timedelta(seconds=10 * i), f"the {MARK} sang again today {i}")
            for i in range(n)]


@pytest.mark.parametrize("conversations,per_batch", [(1, 1), (6, 5)])
def test_when_every_command_is_slowlogged_then_no_message_text_is_in_the_slowlog(logging_redis, conversations, per_batch):
    backend = RedisBackend(logging_redis, prefix="cwslow")
    client = backend.client
    client.slowlog_reset()
    analyzer = Analyzer(rules=RuleEngine(load_rules(default_rules_dir())), store=backend.windows)
    scoring = ScoringService(analyzer, backend, Metrics(), context_after=2, retention_s=3600)
    msgs = [m for k in range(conversations) for m in _messages(f"c{k}", 4)]
    for i in range(0, len(msgs), per_batch):
        scoring.score(msgs[i : i + per_batch])
    assert any(MARK.encode() in v for k in client.scan_iter("cwslow:*") if client.type(k) == b"list"
               for v in client.lrange(k, 0, -1)), "the windows hold the text (the test would see nothing otherwise)"
    entries = client.slowlog_get(100000)
    scripts = [e for e in entries if e["command"].upper().startswith(b"EVALSHA") or e["command"].upper().startswith(b"EVAL ")]
    assert scripts, "the commit ran as a script"
    # the script's own entry holds ids and tokens only (the writes it makes are logged one by
    # one when each alone is slow, as inside MULTI/EXEC: at threshold 0 the RPUSH shows here)
    assert not [e["command"][:200] for e in scripts if MARK.encode() in e["command"]]
    backend.close()


def test_when_arguments_are_built_then_the_writes_start_after_the_slowlog_places():
    commands = [("RPUSH", "k", "text")]
    for n_keys, ns, nc in [(0, 0, 0), (1, 1, 0), (3, 2, 1), (40, 30, 10)]:
        args = script_args([b"t"] * ns, [1] * nc, commands, n_keys)
        first_write = 3 + n_keys + args.index("RPUSH") - 1  # EVALSHA, digest, numkeys, KEYS, then ARGV (argc first)
        assert first_write >= SLOWLOG_ARGS - 1


def test_when_a_queued_command_is_too_long_for_a_script_then_the_watch_form_commits_it(logging_redis, monkeypatch):
    from convowatch.service.stores import commit_script

    monkeypatch.setattr(commit_script, "MAX_COMMAND_ARGS", 2)  # every write is "too long"
    backend = RedisBackend(logging_redis, prefix="cwwatch")
    client = backend.client
    client.slowlog_reset()
    analyzer = Analyzer(rules=RuleEngine(load_rules(default_rules_dir())), store=backend.windows)
    scoring = ScoringService(analyzer, backend, Metrics(), context_after=2, retention_s=3600)
    hooked: list[object] = []

    def on_commit(results: list, pipe: object) -> None:  # what the stream worker does: queue its acks
        hooked.append(pipe)
        pipe.set("cwwatch:acked", len(results))  # type: ignore[attr-defined]

    out = scoring.score(_messages("w1", 3), on_commit=on_commit)
    assert len(hooked) == 1 and hooked[0] is not None  # once, inside the commit (it ran twice before)
    assert client.get("cwwatch:acked") == b"3"  # and what it queued was committed with the batch
    again = scoring.score(_messages("w1", 3))
    commands = [e["command"].split(b" ", 1)[0].upper() for e in client.slowlog_get(100000)]
    assert b"WATCH" in commands and b"EVALSHA" not in commands
    assert client.llen("cwwatch:{w1}:win") == 3 and not any(a.get("duplicate") for a in out)
    assert all(a.get("duplicate") for a in again)  # the seen ids were committed too
    backend.close()
