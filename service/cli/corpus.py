"""``convowatch corpus convert --format pan12|erisk|csv IN OUT``: public datasets -> corpus JSONL.

The output follows docs/formats.md (gzipped when OUT ends in ``.gz``) and reads back
with the same reader ``eval`` and ``train`` use. Counts of what was dropped (empty
messages, unlabelled subjects) go to stderr; no text is ever printed.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from . import app

corpus_app = typer.Typer(help="Convert public corpora into the convowatch corpus format.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def fail(message: str) -> NoReturn:
    """Print ``error: <message>`` to stderr and exit 2 (a message names file:line and field, never text)."""
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


class Format(str, Enum):
    pan12 = "pan12"
    erisk = "erisk"
    csv = "csv"


@corpus_app.command("convert")
def convert_command(
    source: Annotated[Path, typer.Argument(help="PAN-2012 XML file, eRisk XML file or folder, or a CSV file.", exists=True)],
    out: Annotated[Path, typer.Argument(help="Corpus JSONL to write (.jsonl or .jsonl.gz).")],
    fmt: Annotated[Format, typer.Option("--format", help="Input format.")],
    predators: Annotated[Optional[Path], typer.Option("--predators", help="pan12: predator author ids, one per line.", exists=True, dir_okay=False)] = None,
    truth: Annotated[Optional[Path], typer.Option("--truth", help="erisk: golden truth 'subject label' file.", exists=True, dir_okay=False)] = None,
    category: Annotated[Optional[str], typer.Option("--category", help="csv/erisk: the category the labels are about (erisk default self_harm).")] = None,
    subtype: Annotated[Optional[str], typer.Option("--subtype", help="csv: message-level subtype for positive rows.")] = None,
    positive_label: Annotated[Optional[list[str]], typer.Option("--positive-label", help="csv: label value meaning positive (repeatable).")] = None,
    delimiter: Annotated[str, typer.Option("--delimiter", help="csv: field delimiter.")] = ",",
) -> None:
    """Convert a public corpus into corpus JSONL."""
    from rich.console import Console

    from convowatch.nlp.corpora.common import ConvertStats, CorpusError
    from convowatch.nlp.corpora.writer import write_corpus

    err = Console(stderr=True, soft_wrap=True)
    stats = ConvertStats()
    try:
        if fmt is Format.pan12:
            from convowatch.nlp.corpora.pan12 import convert_pan12, read_predators

            if predators is None:
                fail("--format pan12 needs --predators FILE (the predator id list)")
            conversations = convert_pan12(source, read_predators(predators), stats=stats)  # type: ignore[arg-type]
        elif fmt is Format.erisk:
            from convowatch.nlp.corpora.erisk import convert_erisk, read_golden_truth

            if truth is None:
                fail("--format erisk needs --truth FILE (the golden truth file)")
            conversations = convert_erisk(source, read_golden_truth(truth), category=category or "self_harm", stats=stats)  # type: ignore[arg-type]
        else:
            from convowatch.nlp.corpora.csv import convert_csv

            if category is None:
                fail("--format csv needs --category (grooming, bullying or self_harm)")
            conversations = convert_csv(
                source, category=category, subtype=subtype, positive_labels=positive_label, delimiter=delimiter, stats=stats  # type: ignore[arg-type]
            )
        n = write_corpus(out, conversations)
    except CorpusError as exc:
        out.unlink(missing_ok=True)  # never leave half a corpus behind
        fail(str(exc))
    except ValueError as exc:
        out.unlink(missing_ok=True)
        fail(str(exc))
    err.print(f"wrote {n} conversations to {out}", highlight=False)
    err.print(json.dumps(stats.to_dict()), highlight=False, markup=False)


@corpus_app.command("split")
def split_command(
    source: Annotated[Path, typer.Argument(help="Corpus JSONL(.gz) to split (e.g. the output of `corpus convert`).", exists=True, dir_okay=False)],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for train.jsonl.gz, dev.jsonl.gz and test.jsonl.gz.", file_okay=False)],
    dev: Annotated[float, typer.Option(min=0.0, max=0.9, help="Share of conversations for dev.")] = 0.15,
    test: Annotated[float, typer.Option(min=0.0, max=0.9, help="Share of conversations for test.")] = 0.15,
    seed: Annotated[int, typer.Option(help="Seed of the assignment (same seed, same files).")] = 13,
) -> None:
    """Split a corpus by conversation into train/dev/test, stratified by label, seeded."""
    from rich.console import Console

    from convowatch.nlp.categories import CATEGORIES
    from convowatch.nlp.corpora.reader import CorpusError, read_conversations
    from convowatch.nlp.corpora.split import SPLIT_NAMES, split_conversations
    from convowatch.nlp.corpora.writer import write_corpus

    try:
        conversations, _ = read_conversations(source)
    except CorpusError as exc:
        fail(str(exc))
    try:
        parts = split_conversations(conversations, dev=dev, test=test, seed=seed)
    except ValueError as exc:  # the shares leave nothing to train on
        raise typer.BadParameter(str(exc), param_hint="--dev/--test") from None
    out_dir.mkdir(parents=True, exist_ok=True)
    console = Console(stderr=True)
    for name in SPLIT_NAMES:
        convs = parts[name]
        write_corpus(out_dir / f"{name}.jsonl.gz", convs)
        positives = ", ".join(f"{c} {sum(1 for x in convs if x.labels.get(c))}" for c in CATEGORIES)
        console.print(f"{name}: {len(convs)} conversations ({positives})", highlight=False)
