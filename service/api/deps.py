"""Dependencies: the routes get settings, services and the caller through ``Annotated`` types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ...nlp.analyzer import Analyzer
from ..auth import KeyRing, Principal
from ..batcher import MicroBatcher
from ..config import Role, Settings
from ..metrics import Metrics
from ..scoring import ScoringService
from ..stores import Backend


@dataclass
class Services:
    """Everything a request may need; built once by ``create_app``."""

    settings: Settings
    analyzer: Analyzer
    backend: Backend
    scoring: ScoringService
    batcher: MicroBatcher
    metrics: Metrics
    keys: KeyRing
    webhook: Any = None
    banks: Any = None  # stores.banks.BankStore


async def get_services(request: Request) -> Services:
    # async (it never blocks): a plain def would cost every request a thread-pool hop
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


_bearer = HTTPBearer(auto_error=False, description="an API key from CONVOWATCH_API_KEYS")


def require(*roles: Role) -> Callable[..., Principal]:
    """A dependency that admits only keys with one of ``roles``."""

    async def dep(services: ServicesDep, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
        # async: a key check is a hash and a compare, no I/O; a plain def ran in the thread pool
        return services.keys.authorize(f"Bearer {creds.credentials}" if creds else None, *roles)

    dep.__name__ = "require_" + "_or_".join(r.value.replace("-", "_") for r in roles)
    return dep


Ingest = Annotated[Principal, Depends(require(Role.INGEST))]
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR))]
RulesAdmin = Annotated[Principal, Depends(require(Role.RULES_ADMIN))]
Reader = Annotated[Principal, Depends(require(Role.INGEST, Role.MODERATOR))]
