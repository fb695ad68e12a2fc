"""A single-node commit in one round trip: compare-and-set and every write in one Lua script.

Why: the WATCH form of the commit (``WATCH`` the states, ``MGET`` them to compare with
what was loaded, ``WATCH`` and ``HMGET`` the cases, then ``MULTI ... EXEC``) costs three
to four round trips per batch, and on the two shared cores of the reference machine each
one is a wake-up of redis-server and of the scoring thread (a profile of one-message
requests put a fifth of the scoring time in the commit). A script runs atomically on the
server, so the comparison and the writes cannot be interleaved with another writer's,
exactly as WATCH guarantees, with no window between the check and the writes at all.

The writes are whatever the caller queued on an ordinary redis-py transaction pipeline
(the window, state, seen-id and case writes, and the stream worker's acks); the queued
commands are sent as the script's arguments and replayed with ``redis.call``. A Redis
Cluster keeps the WATCH form: a script there may only touch keys of one slot that it
declares, and the cluster commit already runs per slot.

Privacy: Redis's SLOWLOG keeps the first 32 arguments (128 bytes of each) of any command
slower than ``slowlog-log-slower-than`` (10 ms by default), in memory, beyond any key's
TTL. A commit's writes carry window entries, which hold message text. Each write the
script makes is logged on its own only when it alone is slow, as inside MULTI/EXEC, but
the script is also logged as one command with the writes as its arguments, and a
whole commit is far likelier to pass the threshold than one RPUSH. So the arguments
before the writes (the keys, the checks, and empty padding) always fill those 32
places: a slow commit leaves ids and tokens in the slowlog, never text
(``tests/test_commit_script.py`` runs a Redis of its own that logs every command, and
looks).
"""

from __future__ import annotations

from typing import Any, Sequence

#: Fewer arguments than this per queued command, or the WATCH form is used (Lua's
#: ``unpack`` has a C-stack limit of about 8,000 values).
MAX_COMMAND_ARGS = 4000
#: Redis's SLOWLOG_ENTRY_MAX_ARGC: a slowlog entry keeps this many arguments at most.
SLOWLOG_ARGS = 32

COMMIT_LUA = r"""
-- KEYS: the state keys, then the case keys
-- ARGV: n_states, n_cases, n_pad, n_pad empty strings (see SLOWLOG_ARGS), then per
--       state (present, token), per case (present, version), then the writes:
--       argc, command, args..., argc, command, args...
redis.replicate_commands()  -- effects replication (the default from Redis 7; XADD '*' needs it on 5 and 6)
local ns = tonumber(ARGV[1])
local nc = tonumber(ARGV[2])
local i = 4 + tonumber(ARGV[3])
for k = 1, ns do
  local cur = redis.call('GET', KEYS[k])
  if ARGV[i] == '1' then
    if cur ~= ARGV[i + 1] then return 'state' end
  elseif cur then
    return 'state'
  end
  i = i + 2
end
for k = 1, nc do
  local v = redis.call('HMGET', KEYS[ns + k], 'version', 'doc')
  local have = nil
  if v[1] then
    have = tonumber(v[1])
  elseif v[2] then
    local ok, doc = pcall(cjson.decode, v[2])  -- a case written before the version field
    if not ok then return 'case' end
    have = tonumber(doc['version'])
  end
  if ARGV[i] == '1' then
    if have ~= tonumber(ARGV[i + 1]) then return 'case' end
  elseif have ~= nil then
    return 'case'
  end
  i = i + 2
end
while i <= #ARGV do
  local argc = tonumber(ARGV[i])
  redis.call(unpack(ARGV, i + 1, i + argc))
  i = i + argc + 1
end
return 'ok'
"""


def script_args(state_tokens: Sequence[bytes | None], case_versions: Sequence[int | None],
                commands: Sequence[Sequence[Any]], n_keys: int) -> list[Any] | None:
    """The script's ARGV for these checks and queued commands (None: too large for one script).

    ``n_keys``: how many KEYS the call passes; with ``EVALSHA``, the digest and the key
    count they precede ARGV, and padding makes the writes start after :data:`SLOWLOG_ARGS`.
    """
    before_writes = 3 + n_keys + 3 + 2 * len(state_tokens) + 2 * len(case_versions)
    pad = max(0, SLOWLOG_ARGS - before_writes)
    args: list[Any] = [len(state_tokens), len(case_versions), pad, *([""] * pad)]
    for token in state_tokens:
        args += ["1", token] if token is not None else ["0", ""]
    for version in case_versions:
        args += ["1", int(version)] if version is not None else ["0", ""]
    for cmd in commands:
        if len(cmd) > MAX_COMMAND_ARGS:
            return None
        args.append(len(cmd))
        args.extend(cmd)
    return args
