"""API-key authentication with roles: 401 without a valid key, 403 with the wrong role.

Keys are compared in constant time and never logged; an actor is named by a short hash
of its key, which is what audit trails record.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from .config import Role
from .problems import Problem


@dataclass(frozen=True)
class Principal:
    """Who is calling: a key id (hash prefix, safe to log and audit) and its roles."""

    key_id: str
    roles: frozenset[Role]


def key_id(key: str) -> str:
    return "key-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


class KeyRing:
    """The configured keys; :meth:`authenticate` maps an Authorization header to a principal."""

    def __init__(self, keys: dict[str, frozenset[Role]]) -> None:
        self._keys = [(k.encode("utf-8"), Principal(key_id(k), roles)) for k, roles in keys.items()]

    def authenticate(self, authorization: str | None) -> Principal:
        """Raises: Problem 401 when the header is missing, malformed or names no key."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Problem(401, "Unauthorized", "send Authorization: Bearer <api key>", headers={"WWW-Authenticate": "Bearer"})
        given = token.strip().encode("utf-8", "surrogatepass")
        found = None
        for k, principal in self._keys:  # no early exit: time does not depend on which key matched
            if hmac.compare_digest(k, given):
                found = principal
        if found is None:
            raise Problem(401, "Unauthorized", "unknown API key", headers={"WWW-Authenticate": "Bearer"})
        return found

    def authorize(self, authorization: str | None, *roles: Role) -> Principal:
        """Raises: Problem 401 (no valid key) or 403 (the key has none of ``roles``)."""
        principal = self.authenticate(authorization)
        if not principal.roles.intersection(roles):
            raise Problem(403, "Forbidden", "this API key lacks the role: " + " or ".join(r.value for r in roles))
        return principal
