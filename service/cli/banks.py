"""``convowatch banks import|list|remove|hash|match``: known-media hash banks from the shell.

``--store`` is a bank file (JSON, default ``banks.json``; ``convowatch serve --banks``
loads it) or the service's Redis (``redis://...``, with ``--prefix``), so the same
commands manage a laptop's banks and a deployment's. Every change is versioned and
audited (actor ``cli:<user>``). Image files are hashed in memory; nothing but hashes
is written.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app

banks_app = typer.Typer(help="Known-media hash banks (PDQ): import, list, remove, hash and match.", no_args_is_help=True)
app.add_typer(banks_app, name="banks")

StoreOpt = Annotated[str, typer.Option("--store", help="A bank file (JSON) or redis://host:port/db of the service.")]
PrefixOpt = Annotated[str, typer.Option("--prefix", help="Redis key prefix of the service (CONVOWATCH_KEY_PREFIX).")]


def _store(store: str, prefix: str):  # type: ignore[no-untyped-def]
    from convowatch.service.stores.banks import open_bank_store

    try:
        return open_bank_store(store, prefix=prefix)
    except ValueError as exc:  # a bank file that is not one
        typer.echo(f"convowatch banks: {store}: not a bank file ({str(exc).splitlines()[0]})", err=True)
        raise typer.Exit(2) from None


def _actor() -> str:
    try:
        return "cli:" + getpass.getuser()
    except (KeyError, OSError):
        return "cli"


@banks_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV with a hash column, or 'pdq <hash>' lines.")],
    bank: Annotated[Optional[str], typer.Option("--bank", help="Bank for rows without a bank column.")] = None,
    category: Annotated[str, typer.Option(help="Category of a new bank: grooming, bullying or self_harm.")] = "grooming",
    kind: Annotated[str, typer.Option(help="block (matches flag) or allow (matches suppress block matches).")] = "block",
    threshold: Annotated[int, typer.Option(min=0, max=64, help="Largest Hamming distance that matches.")] = 31,
    store: StoreOpt = "banks.json",
    prefix: PrefixOpt = "cw",
) -> None:
    """Add a file's hashes to banks (a missing bank is created with the options given)."""
    from pydantic import ValidationError

    from convowatch.nlp.media.banks import Bank, BankFileError, parse_bank_file

    try:
        pairs = parse_bank_file(file.read_text(encoding="utf-8"), default_bank=bank)
    except (BankFileError, UnicodeDecodeError) as exc:
        typer.echo(f"convowatch banks import: {file}: {exc}", err=True)
        raise typer.Exit(2) from None
    st = _store(store, prefix)
    known = {b.name for b, _ in st.list_banks()}
    by_bank: dict[str, list] = {}
    for name, entry in pairs:
        by_bank.setdefault(name, []).append(entry)
    for name, entries in sorted(by_bank.items()):
        if name not in known:
            try:
                st.put_bank(Bank(name=name, kind=kind, category=category, threshold=threshold), _actor())  # type: ignore[arg-type]
            except ValidationError as exc:
                field = exc.errors()[0]["loc"][0]
                typer.echo(f"convowatch banks import: {field}: {exc.errors()[0]['msg']}", err=True)
                raise typer.Exit(2) from None
        n = st.add_entries(name, entries, _actor())
        typer.echo(f"{name}: {n} entr{'y' if n == 1 else 'ies'} added")
    typer.echo(f"banks version {st.current().version} in {store}")


@banks_app.command("list")
def list_(store: StoreOpt = "banks.json", prefix: PrefixOpt = "cw") -> None:
    """Banks, their settings and entry counts."""
    from rich.console import Console
    from rich.table import Table

    st = _store(store, prefix)
    table = Table(title=f"hash banks in {store} (version {st.current().version})")
    for col in ("bank", "kind", "category", "threshold", "entries", "description"):
        table.add_column(col)
    for b, n in st.list_banks():
        table.add_row(b.name, b.kind, b.category, str(b.threshold), str(n), b.description)
    Console().print(table)


@banks_app.command("remove")
def remove(
    bank: Annotated[str, typer.Argument(help="Bank name.")],
    entry_id: Annotated[str, typer.Argument(help="Entry id (from `banks match` or the case's evidence).")],
    store: StoreOpt = "banks.json",
    prefix: PrefixOpt = "cw",
) -> None:
    """Remove one entry (switches off a false match)."""
    from convowatch.service.stores.banks import UnknownBank

    st = _store(store, prefix)
    try:
        removed = st.remove_entry(bank, entry_id, _actor())
    except UnknownBank:
        typer.echo(f"convowatch banks remove: no bank {bank!r}", err=True)
        raise typer.Exit(1) from None
    if not removed:
        typer.echo(f"convowatch banks remove: no entry {entry_id!r} in {bank}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{bank}: removed {entry_id}")


def _hash_files(files: list[Path]):  # type: ignore[no-untyped-def]
    from convowatch.nlp.media.pdq import MediaError, hash_image

    for f in files:
        try:
            yield f, hash_image(f.read_bytes())
        except MediaError as exc:
            typer.echo(f"convowatch banks: {f}: {exc}", err=True)
            raise typer.Exit(2) from None


@banks_app.command("hash")
def hash_(files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Image files.")]) -> None:
    """Print each image's PDQ hash and quality as a bank CSV (hash,entry_id,quality)."""
    typer.echo("hash,entry_id,quality")
    for f, h in _hash_files(files):
        typer.echo(f"{h.value},{f.stem},{h.quality}")


@banks_app.command("match")
def match(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="Image files to look up.")],
    store: StoreOpt = "banks.json",
    prefix: PrefixOpt = "cw",
    min_quality: Annotated[int, typer.Option(min=0, max=100, help="Skip images whose PDQ quality is lower.")] = 50,
) -> None:
    """Look images up in the banks: bank, entry, distance, quality per match. Exit 1 when any matched."""
    from rich.console import Console
    from rich.table import Table

    banks = _store(store, prefix).current()
    table = Table(title=f"matches against {store}")
    for col in ("file", "bank", "entry", "label", "distance", "quality", "suppressed by"):
        table.add_column(col)
    any_match = False
    for f, h in _hash_files(files):
        found = banks.match([h], min_quality=min_quality)
        if h.quality < min_quality:
            table.add_row(str(f), "-", "-", "-", "-", str(h.quality), "quality below --min-quality")
        for m in found:
            any_match = any_match or m.suppressed_by is None
            table.add_row(str(f), m.bank, m.entry_id, m.label, str(m.distance), str(m.quality), m.suppressed_by or "")
        if not found and h.quality >= min_quality:
            table.add_row(str(f), "no match", "", "", "", str(h.quality), "")
    Console().print(table)
    raise typer.Exit(1 if any_match else 0)
