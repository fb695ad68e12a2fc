"""``convowatch score``: assess every message of a corpus or stream file.

Writes one assessment per message as JSONL on stdout (the same shape the service
returns), and a summary on stderr: counts per category and each flagged conversation
shown with the messages that drove the flag. This is the offline twin of
``POST /v1/messages``: messages go through the analyzer one conversation at a time,
in order, exactly as a platform would stream them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app
from ._common import BackendOpt, ModelOpt, RulesOpt, build_analyzer, demo_corpus_path


@app.command()
def score(
    file: Annotated[Optional[str], typer.Argument(help="Corpus or stream JSONL(.gz), '-' for stdin; default: the bundled demo corpus.")] = None,
    rules: RulesOpt = None,
    model: ModelOpt = "default",
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="Skip malformed lines (counted) instead of stopping.")] = False,
    batch: Annotated[int, typer.Option(min=1, max=100_000, help="Messages scored together (whole conversations are gathered up to this many; one encoder call).")] = 512,
    summary: Annotated[bool, typer.Option("--summary/--no-summary", help="Summary and flagged context on stderr.")] = True,
    context: Annotated[int, typer.Option(min=0, max=50, help="Messages of context shown before each flag.")] = 2,
    threads: Annotated[Optional[int], typer.Option(min=1, max=256, help="Encoder threads (default: torch's, one per core).")] = None,
    backend: BackendOpt = None,
) -> None:
    """Score conversations and print one JSON assessment per message."""
    from rich.console import Console

    from convowatch.nlp.corpora.reader import CorpusError, read_conversations

    err = Console(stderr=True)
    source = file if file is not None else str(demo_corpus_path())
    if source != "-" and not Path(source).exists():
        err.print(f"[red]error:[/red] {source}: no such file")
        raise typer.Exit(2)
    try:
        conversations, stats = read_conversations(source, skip_invalid=skip_invalid)
    except CorpusError as exc:
        err.print(f"[red]error:[/red] {exc}\n(use --skip-invalid to skip bad lines)")
        raise typer.Exit(2) from None

    if threads is not None:
        from convowatch.nlp.runtime import set_threads

        set_threads(threads)
    for e in stats.errors[:20]:  # which lines were skipped, and why (field names, never text)
        err.print(f"[yellow]skipped:[/yellow] {e}", markup=True, highlight=False)
    if stats.skipped > 20:
        err.print(f"[yellow]skipped:[/yellow] … and {stats.skipped - 20} more line(s)")
    analyzer = build_analyzer(rules, model, backend=backend)
    out = sys.stdout
    flagged_convs: list[tuple] = []
    counts: Counter[str] = Counter()
    n_messages = 0
    for chunk in _chunks(conversations, batch):
        messages = [m for c in chunk for m in c.messages]
        # in input order, one per message: a repeated id is its own (duplicate) line, never
        # a lookup by id that would pin the later message's flag on the first one
        assessed = iter(analyzer.process_many(messages))
        for conv in chunk:
            first_flag: dict[str, int] = {}
            last = None
            for i, m in enumerate(conv.messages):
                a = next(assessed)
                out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
                for cat in a.flagged:
                    first_flag.setdefault(cat, i)
                last = a
            n_messages += len(conv.messages)
            for cat in first_flag:
                counts[cat] += 1
            if first_flag:
                flagged_convs.append((conv, first_flag, last))
    out.flush()
    if summary:
        _print_summary(err, len(conversations), n_messages, counts, flagged_convs, stats.skipped, context)


def _chunks(conversations: list, budget: int):  # type: ignore[no-untyped-def]
    """Whole conversations, gathered until ``budget`` messages: one-message conversations
    (a comment stream) then fill an encoder batch as grouped chats do."""
    chunk: list = []
    n = 0
    for conv in conversations:
        chunk.append(conv)
        n += len(conv.messages)
        if n >= budget:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk


def _print_summary(console, n_conv: int, n_msg: int, counts, flagged_convs, skipped: int, context: int) -> None:
    """Counts per category, then each flagged conversation with its context.

    This prints message text on purpose: it is the operator's own file on their own
    terminal (stderr), the offline equivalent of the moderator's case view.
    """
    from rich.table import Table
    from rich.text import Text

    from convowatch.nlp.categories import CATEGORIES

    table = Table(title="convowatch score", show_lines=False)
    table.add_column("conversations")
    table.add_column("messages")
    for c in CATEGORIES:
        table.add_column(f"flagged {c}", justify="right")
    table.add_column("skipped lines", justify="right")
    table.add_row(str(n_conv), str(n_msg), *[str(counts.get(c, 0)) for c in CATEGORIES], str(skipped))
    console.print(table)
    for conv, first_flag, last in flagged_convs:
        cats = ", ".join(f"{c} at #{i + 1}" for c, i in sorted(first_flag.items(), key=lambda kv: kv[1]))
        head = f"[bold]{conv.conversation_id}[/bold]: flagged {cats}"
        if last.stage:
            head += f"; grooming stage: {last.stage}"
        if last.urgency:
            head += f"; urgency: {last.urgency.label()}"
        console.print(head)
        spans: dict[str, list] = {}
        for r in last.reasons:
            spans.setdefault(r.signal.message_id, []).append(r)
        first = min(first_flag.values())
        driving = [i for i, m in enumerate(conv.messages) if m.message_id in spans]
        show = sorted({j for i in driving + [first] for j in range(max(0, i - context), i + 1)})
        prev = None
        for i in show:
            if prev is not None and i != prev + 1:
                console.print("    …")
            m = conv.messages[i]
            line = Text(f"  #{i + 1:<3} {m.sender_id}: ")
            body = Text(m.text)
            for r in spans.get(m.message_id, []):
                if r.signal.span:
                    body.stylize("bold red", *r.signal.span)
            line.append_text(body)
            console.print(line)
            for r in spans.get(m.message_id, []):
                console.print(
                    f"        ↳ {r.signal.category}/{r.signal.subtype or '-'} {r.signal.source}:{r.signal.detector} "
                    f"score={r.signal.score:.2f} severity={r.signal.severity.label()}",
                    style="dim",
                )
            prev = i
