"""Who a sender is, from what the platform declares: one definition for rules, features and evaluation.

Platforms may send ``meta.age`` and/or ``meta.role`` ("adult" / "minor") with a
message. Both are untrusted input: an age must be a finite number in
:data:`AGE_RANGE` (``NaN``, ``1e999``, ``-3`` or ``true`` count as undeclared rather
than crash a batch), a role is matched case-insensitively, and a declared role wins
over an age, since platforms that verify ages say so with the role.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

#: Age of majority used everywhere convowatch asks "is this sender an adult".
ADULT_AGE = 18
#: Ages outside this range are not declarations but noise.
AGE_RANGE = (0, 130)
ROLES = ("adult", "minor")


def declared_age(meta: Mapping[str, Any] | None) -> int | None:
    """``meta["age"]`` as an int when it is a finite number in :data:`AGE_RANGE`, else None."""
    age = (meta or {}).get("age")
    if isinstance(age, bool) or not isinstance(age, (int, float)):
        return None
    if isinstance(age, float) and not math.isfinite(age):
        return None
    if not AGE_RANGE[0] <= age <= AGE_RANGE[1]:
        return None
    return int(age)


def declared_role(meta: Mapping[str, Any] | None) -> str | None:
    """``meta["role"]`` lower-cased when it is "adult" or "minor", else None."""
    role = (meta or {}).get("role")
    if not isinstance(role, str):
        return None
    role = role.strip().lower()
    return role if role in ROLES else None


def is_adult(age: int | None, role: str | None) -> bool | None:
    """True/False when the role or age says so (the role wins), None when nothing is declared."""
    if role is not None:
        return role == "adult"
    if age is not None:
        return age >= ADULT_AGE
    return None


def sender_is_adult(meta: Mapping[str, Any] | None) -> bool | None:
    """:func:`is_adult` of one message's declarations."""
    return is_adult(declared_age(meta), declared_role(meta))
