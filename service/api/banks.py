"""Hash banks admin: list, create or change a bank, add and remove entries, read the audit.

Changes need the rules-admin role (like rule packs); every change bumps the banks'
version and is audited with the caller's key id. Entries are hashes, never media.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from ...nlp.media.banks import BANK_NAME, Bank, BankEntry, BankFileError, parse_bank_file
from ..problems import Problem
from ..stores.banks import BankAudit, UnknownBank
from .deps import RulesAdmin, ServicesDep
from .messages import PROBLEM

router = APIRouter(prefix="/v1/banks", tags=["banks"])

BankName = Annotated[str, Path(pattern=BANK_NAME)]


class BankIn(BaseModel):
    """A bank's settings (its name is in the path)."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(default="block", pattern="^(block|allow)$")
    category: str = "grooming"
    threshold: int = Field(default=31, ge=0, le=64, description="largest Hamming distance that matches (PDQ: 31)")
    description: str = Field(default="", max_length=500)


class EntriesIn(BaseModel):
    """Entries as objects, or a bank file's text (CSV with a hash column, or 'pdq <hash>' lines)."""

    model_config = ConfigDict(extra="forbid")

    entries: list[BankEntry] = Field(default_factory=list, max_length=100_000)
    file: str | None = Field(default=None, max_length=20_000_000)


class BankOut(BaseModel):
    """A bank's settings and how many entries it holds."""

    name: str
    kind: str
    category: str
    threshold: int
    description: str
    entries: int = Field(description="entries in the bank")


class BanksOut(BaseModel):
    version: int = Field(description="the banks' version: every change bumps it")
    banks: list[BankOut]


class BankPutOut(BankOut):
    version: int


class BankDeletedOut(BaseModel):
    deleted: str
    version: int


class EntriesAddedOut(BaseModel):
    bank: str
    added: int
    version: int


class EntryRemovedOut(BaseModel):
    bank: str
    removed: str


class BankAuditOut(BaseModel):
    audit: list[BankAudit] = Field(description="latest changes, newest first: who (key id), what, how many")


def _bank_view(bank: Bank, n: int) -> dict[str, Any]:
    return bank.model_dump() | {"entries": n}


@router.get("", response_model=BanksOut, responses={401: PROBLEM})
async def list_banks(services: ServicesDep, _: RulesAdmin) -> BanksOut:
    """Every bank with its entry count, and the banks' version."""
    store = services.banks
    banks = await run_in_threadpool(store.list_banks)
    version = (await run_in_threadpool(store.current)).version
    return BanksOut.model_validate({"version": version, "banks": [_bank_view(b, n) for b, n in banks]})


@router.put("/{name}", response_model=BankPutOut, responses={422: PROBLEM})
async def put_bank(name: BankName, body: BankIn, services: ServicesDep, who: RulesAdmin) -> BankPutOut:
    """Create a bank or change its settings (entries are kept)."""
    try:
        bank = Bank(name=name, **body.model_dump())
    except ValueError as exc:
        raise Problem(422, "Invalid bank", str(exc).splitlines()[0],
                      errors=[{"field": "category", "message": "unknown category", "type": "value_error"}]) from None
    version = await run_in_threadpool(services.banks.put_bank, bank, who.key_id)
    return BankPutOut.model_validate(_bank_view(bank, 0) | {"version": version})


@router.delete("/{name}", response_model=BankDeletedOut, responses={404: PROBLEM})
async def delete_bank(name: BankName, services: ServicesDep, who: RulesAdmin) -> BankDeletedOut:
    """Delete a bank and its entries."""
    try:
        version = await run_in_threadpool(services.banks.delete_bank, name, who.key_id)
    except UnknownBank:
        raise Problem(404, "Not found", "no bank of that name") from None
    return BankDeletedOut(deleted=name, version=version)


@router.post("/{name}/entries", response_model=EntriesAddedOut, responses={404: PROBLEM, 422: PROBLEM})
async def add_entries(name: BankName, body: EntriesIn, services: ServicesDep, who: RulesAdmin) -> EntriesAddedOut:
    """Add (or replace, by entry id) entries; a bad file line rejects the whole request."""
    entries = list(body.entries)
    if body.file is not None:
        try:
            pairs = parse_bank_file(body.file, default_bank=name)
        except BankFileError as exc:
            raise Problem(422, "Invalid bank file", str(exc), errors=[{"field": "file", "message": str(exc), "type": "value_error"}]) from None
        other = sorted({b for b, _ in pairs if b != name})
        if other:
            raise Problem(422, "Invalid bank file", f"rows name other banks ({len(other)}); post them to those banks",
                          errors=[{"field": "file", "message": "bank column names another bank", "type": "value_error"}])
        entries += [e for _, e in pairs]
    if not entries:
        raise Problem(422, "No entries", "give entries or a file", errors=[{"field": "entries", "message": "empty", "type": "missing"}])
    try:
        n = await run_in_threadpool(services.banks.add_entries, name, entries, who.key_id)
    except UnknownBank:
        raise Problem(404, "Not found", "no bank of that name; create it with PUT /v1/banks/{name}") from None
    return EntriesAddedOut(bank=name, added=n, version=(await run_in_threadpool(services.banks.current)).version)


@router.delete("/{name}/entries/{entry_id}", response_model=EntryRemovedOut, responses={404: PROBLEM})
async def remove_entry(name: BankName, entry_id: str, services: ServicesDep, who: RulesAdmin) -> EntryRemovedOut:
    """Remove one entry (a false match is switched off this way, or by an allow bank)."""
    try:
        removed = await run_in_threadpool(services.banks.remove_entry, name, entry_id, who.key_id)
    except UnknownBank:
        raise Problem(404, "Not found", "no bank of that name") from None
    if not removed:
        raise Problem(404, "Not found", "no entry with that id in this bank")
    return EntryRemovedOut(bank=name, removed=entry_id)


@router.get("/audit/log", response_model=BankAuditOut, responses={401: PROBLEM})
async def audit(services: ServicesDep, _: RulesAdmin, limit: int = 100) -> BankAuditOut:
    """The latest bank changes, newest first: who (key id), what, how many."""
    items = await run_in_threadpool(services.banks.audit, max(1, min(limit, 1000)))
    return BankAuditOut(audit=items)
