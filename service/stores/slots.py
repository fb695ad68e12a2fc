"""Redis Cluster hash slots, so a case lives in its conversation's slot.

A conversation's keys carry its id as hash tag (``cw:{<cid>}:win``), so they share one
of the cluster's 16,384 slots. A case is found by its id alone (the moderator API), yet
must commit in the same MULTI/EXEC as the conversation's window and state: its id
therefore ends in a short *slot tag*, a string that hashes to the conversation's slot,
and its keys use that tag (``cw:case:{<tag>}:<case_id>``). The tags are found once per
process (about 90,000 CRC16 computations, ~0.2 s), the first time a case opens.
"""

from __future__ import annotations

import binascii
from functools import lru_cache

#: the cluster's slot count (fixed by the Redis Cluster specification)
SLOTS = 16384
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def key_slot(key: str) -> int:
    """The slot of ``key``: CRC16/XMODEM of its hash tag (or of the whole key without one) mod 16384."""
    from redis.crc import key_slot as redis_key_slot

    return int(redis_key_slot(key.encode("utf-8")))


def _crc_slot(s: str) -> int:
    """:func:`key_slot` for a string without braces (the tags), without redis-py's brace
    search: the table is ~90,000 of these, built on the scoring thread (0.2 s, not 0.6 s)."""
    return binascii.crc_hqx(s.encode("ascii"), 0) % SLOTS


def _base36(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _DIGITS[r] + out
        if n == 0:
            return out


@lru_cache(maxsize=1)
def _tags() -> tuple[str, ...]:
    table: list[str | None] = [None] * SLOTS
    left, n = SLOTS, 0
    while left:
        s = _base36(n)
        slot = _crc_slot(s)
        if table[slot] is None:
            table[slot] = s
            left -= 1
        n += 1
    return tuple(t for t in table if t is not None)


def slot_tag(slot: int) -> str:
    """The shortest base-36 string that hashes to ``slot``: ``{<tag>}`` in a key puts it there."""
    return _tags()[slot]


def tag_of_case(case_id: str) -> str | None:
    """The slot tag a case id ends in (``case-<hex16>-<tag>``), or None for an id without one."""
    parts = case_id.split("-")
    return parts[2] if len(parts) == 3 and parts[0] == "case" and 1 <= len(parts[2]) <= 4 else None
