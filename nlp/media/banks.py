"""Named hash banks and matching against them.

A bank is a list of PDQ hashes with one purpose: a **block** bank names known abuse
media (a match is a critical signal in the bank's category); an **allow** bank names
known-benign media (a logo, a meme template) whose matches suppress block matches of
the same attachment, which is how Hasher-Matcher-Actioner users switch off a false
match without deleting the evidence of the bank that produced it.

Matching uses :class:`~.index.PdqIndex` (exact multi-index hashing in numpy; why not
threatexchange's faiss index is in that module), one index per bank so that each bank
keeps its own distance threshold; an index is built on first use after a change. Every
match carries bank, entry id, distance and quality, so a false match can be found and
removed.
"""

from __future__ import annotations

import csv
import io
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Mapping, NamedTuple, Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..categories import CATEGORIES
from .index import PdqIndex, hex_to_rows
from .pdq import MediaError, MediaHash, validate_pdq

#: PDQ's "confident match" distance (threatexchange's PDQ_CONFIDENT_MATCH_THRESHOLD).
DEFAULT_THRESHOLD = 31
BANK_NAME = r"^[a-z0-9][a-z0-9_.-]{0,63}$"


class Bank(BaseModel):
    """A bank's settings (saved as JSON; the entries are kept beside it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=BANK_NAME)
    kind: Literal["block", "allow"] = "block"
    category: str = "grooming"
    threshold: int = Field(default=DEFAULT_THRESHOLD, ge=0, le=64)
    description: str = Field(default="", max_length=500)

    @field_validator("category")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in CATEGORIES:
            raise ValueError(f"unknown category {v!r}; expected one of {list(CATEGORIES)}")
        return v


class BankEntry(BaseModel):
    """One hash in a bank."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entry_id: str = Field(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f\x7f]+$")
    hash: str
    label: str = Field(default="", max_length=200)
    source_id: str = Field(default="", max_length=200)
    added_at: datetime | None = None

    @field_validator("hash")
    @classmethod
    def _pdq(cls, v: str) -> str:
        try:
            return validate_pdq(v)
        except MediaError as exc:
            raise ValueError(str(exc)) from None


class IndexedEntry(NamedTuple):
    """What matching needs of an entry (a :class:`BankEntry` also fits): a tuple of three
    strings is about a quarter of the memory of the validated model, which counts at
    millions of entries per process."""

    entry_id: str
    hash: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class MediaMatch:
    """One bank entry within its bank's distance of one attachment."""

    bank: str
    kind: str
    category: str
    entry_id: str
    label: str
    distance: int
    quality: int
    hash: str  # the attachment's hash (the variant that matched best)
    attachment: int
    frame: int | None = None
    suppressed_by: str | None = None  # "<allow bank>/<entry id>" when an allow bank vetoed it

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}  # type: ignore[attr-defined]


@dataclass
class _Indexed:
    bank: Bank
    entries: list[BankEntry | IndexedEntry]
    index: Any = None


@dataclass
class HashBanks:
    """Banks and entries at one version, with lazily built indexes.

    Immutable from the outside: a change makes a new :class:`HashBanks` (the stores do),
    so a batch being scored keeps the version it started with.
    """

    banks: Mapping[str, Bank] = field(default_factory=dict)
    entries: Mapping[str, Sequence[BankEntry | IndexedEntry]] = field(default_factory=dict)
    version: int = 0

    def __post_init__(self) -> None:
        self._indexed = {name: _Indexed(b, list(self.entries.get(name, ()))) for name, b in self.banks.items()}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return sum(len(v.entries) for v in self._indexed.values())

    def _index(self, name: str) -> Any:
        ix = self._indexed[name]
        if ix.index is None and ix.entries:
            with self._lock:
                if ix.index is None:
                    ix.index = PdqIndex(hex_to_rows([e.hash for e in ix.entries]), ix.bank.threshold)
        return ix.index

    def warm(self) -> None:
        """Build every index now (a service does it at start-up, not on a message)."""
        for name in self._indexed:
            self._index(name)

    def _lookup(self, name: str, queries: Sequence[str]) -> dict[int, tuple[int, int]]:
        """entry position -> (best distance, which query) within the bank's threshold."""
        index = self._index(name)
        if index is None:
            return {}
        entries, qids, dists = index.search(hex_to_rows(list(queries)))
        best: dict[int, tuple[int, int]] = {}
        for pos, qi, d in zip(entries.tolist(), qids.tolist(), dists.tolist()):
            if pos not in best or d < best[pos][0]:
                best[pos] = (d, qi)
        return best

    def match(self, media: Sequence[MediaHash], *, min_quality: int = 0) -> list[MediaMatch]:
        """Every block-bank match of every attachment, allow-bank vetoes applied.

        A suppressed match is returned too (``suppressed_by`` set): the caller counts it
        and does not act on it. Attachments under ``min_quality`` are not matched.
        """
        out: list[MediaMatch] = []
        for m in media:
            if m.quality < min_quality:
                continue
            queries = list(dict.fromkeys(m.queries))
            veto: str | None = None
            for name, ix in self._indexed.items():
                if ix.bank.kind == "allow":
                    hits = self._lookup(name, queries)
                    if hits:
                        pos = min(hits, key=lambda p: hits[p][0])
                        veto = f"{name}/{ix.entries[pos].entry_id}"
                        break
            for name, ix in sorted(self._indexed.items()):
                if ix.bank.kind != "block":
                    continue
                for pos, (dist, qi) in sorted(self._lookup(name, queries).items(), key=lambda kv: kv[1][0]):
                    e = ix.entries[pos]
                    out.append(MediaMatch(bank=name, kind="block", category=ix.bank.category, entry_id=e.entry_id,
                                          label=e.label, distance=dist, quality=m.quality, hash=queries[qi],
                                          attachment=m.attachment, frame=m.frame, suppressed_by=veto))
        return out


# -- bank files --------------------------------------------------------------------------


class BankFileError(ValueError):
    """A bank file line that is not an entry; names the line and field, never more."""


def parse_bank_file(text: str, *, default_bank: str | None = None) -> list[tuple[str, BankEntry]]:
    """Entries from a bank file, as ``(bank, entry)`` pairs.

    Two formats:
    - CSV with a header naming ``hash`` and any of ``bank``, ``entry_id``, ``label``
      (or ``category``), ``source_id``;
    - ThreatExchange's simple signal file: one ``pdq <hash>`` (or a bare hash) per line.

    Rows without a bank go to ``default_bank``; an entry without an id gets
    ``sha-<first 16 hex of the hash>``.

    Raises:
        BankFileError: ``line N: field: problem`` for the first bad line.
    """
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip() and not ln.startswith("#")), "")
    rows: list[tuple[int, dict[str, str]]] = []
    if "," in first and "hash" in [c.strip().lower() for c in first.split(",")]:
        reader = csv.DictReader(io.StringIO(text))
        for i, row in enumerate(reader, start=2):
            rows.append((i, {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}))
    else:
        for i, ln in enumerate(lines, start=1):
            s = ln.strip()
            if not s or s.startswith("#"):
                continue
            kind, _, value = s.partition(" ")
            if not value:
                kind, value = "pdq", kind
            if kind.lower() != "pdq":
                raise BankFileError(f"line {i}: signal type {kind!r} is not supported (only pdq)")
            rows.append((i, {"hash": value.strip()}))
    out: list[tuple[str, BankEntry]] = []
    for i, row in rows:
        try:
            h = validate_pdq(row.get("hash", ""))
        except MediaError as exc:
            raise BankFileError(f"line {i}: hash: {exc}") from None
        bank = row.get("bank") or default_bank
        if not bank:
            raise BankFileError(f"line {i}: bank: missing (give a bank column or --bank)")
        try:
            entry = BankEntry(entry_id=row.get("entry_id") or f"sha-{h[:16]}", hash=h,
                              label=row.get("label") or row.get("category") or "", source_id=row.get("source_id") or "")
        except ValueError as exc:
            field_name = getattr(exc, "errors", lambda: [{"loc": ("entry",)}])()[0]["loc"][0]
            raise BankFileError(f"line {i}: {field_name}: invalid") from None
        out.append((bank, entry))
    return out
