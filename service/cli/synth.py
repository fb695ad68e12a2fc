"""``convowatch synth``: generate, check and describe the synthetic corpora.

- ``convowatch synth --seed N --n K --out FILE [--profile mixed|stream|grooming|...] [--split train|dev|test]``
- ``convowatch synth check [--train F --dev F --test F] [--threshold 0.1]``: template overlap between splits; exit 1 on a leak.
- ``convowatch synth stats FILE...``: the dataset card's tables.
- ``convowatch synth build``: regenerate the committed corpora and the card's tables.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app

synth_app = typer.Typer(
    help="Generate seeded synthetic corpora (train/dev/test from disjoint template banks), check and describe them.",
    invoke_without_command=True,
)
app.add_typer(synth_app, name="synth")


@synth_app.callback()
def synth(
    ctx: typer.Context,
    seed: Annotated[int, typer.Option(help="Seed; same seed and version give byte-identical output.")] = 0,
    n: Annotated[int, typer.Option("--n", help="Number of conversations.")] = 100,
    out: Annotated[Optional[Path], typer.Option(help="Output file (.jsonl or .jsonl.gz).")] = None,
    profile: Annotated[str, typer.Option(help="Mix: mixed, stream, or one profile (grooming, bullying, self_harm, hard_negative, benign).")] = "mixed",
    split: Annotated[str, typer.Option(help="Which template banks to use: train, dev or test.")] = "train",
) -> None:
    """Generate a corpus (when no sub-command is given)."""
    if ctx.invoked_subcommand is not None:
        return
    from convowatch.synthetic.generator import generate
    from convowatch.synthetic.io import write_corpus

    if out is None:
        typer.echo("--out FILE is required to generate (or use: check, stats, build)", err=True)
        raise typer.Exit(2)
    started = time.perf_counter()
    try:
        count = write_corpus(out, generate(seed, n, split, profile))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {count} conversations to {out} in {time.perf_counter() - started:.1f}s")


def _committed(name: str) -> Path:
    from convowatch.synthetic.generator import DATA_DIR

    return DATA_DIR / name


@synth_app.command("check")
def check(
    train: Annotated[Optional[Path], typer.Option(help="Reference corpus (default: committed train).")] = None,
    dev: Annotated[Optional[Path], typer.Option(help="Dev corpus (default: committed dev).")] = None,
    test: Annotated[Optional[Path], typer.Option(help="Test corpus (default: committed test).")] = None,
    threshold: Annotated[float, typer.Option(help="Fail when the 4-gram or verbatim overlap share exceeds this.")] = 0.10,
) -> None:
    """Report n-gram overlap of risky messages between splits; exit 1 when a held-out split reuses train templates."""
    from convowatch.synthetic.check import load, report

    corpora = {"train": load(train or _committed("train.jsonl.gz"))}
    if dev is not None or test is None:
        corpora["dev"] = load(dev or _committed("dev.jsonl.gz"))
    corpora["test"] = load(test or _committed("test.jsonl.gz"))
    table, failed = report(corpora, threshold)
    typer.echo(table, nl=False)
    if failed:
        typer.echo(f"FAIL: overlap above {threshold} in: {', '.join(failed)}", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: every held-out split is below {threshold} overlap with train")


@synth_app.command("stats")
def stats(files: Annotated[list[Path], typer.Argument(help="Corpus files (.jsonl or .jsonl.gz).")]) -> None:
    """Print the dataset-card tables for each corpus file."""
    from convowatch.synthetic.stats import stats_for_files

    typer.echo(stats_for_files(files), nl=False)


@synth_app.command("build")
def build(
    out_dir: Annotated[Optional[Path], typer.Option(help="Where to write (default: the package's data dir).")] = None,
    card: Annotated[bool, typer.Option(help="Also refresh the tables in CARD.md.")] = True,
) -> None:
    """Regenerate the committed corpora (fixed seeds) and the card's tables."""
    from convowatch.synthetic.generator import COMMITTED, DATA_DIR, build_committed
    from convowatch.synthetic.stats import replace_card_block, stats_for_files

    target = out_dir or DATA_DIR
    started = time.perf_counter()
    for name, count in build_committed(target).items():
        typer.echo(f"wrote {count} conversations to {target / name}")
    typer.echo(f"generated in {time.perf_counter() - started:.1f}s")
    card_path = target / "CARD.md"
    if card and card_path.exists():
        from convowatch.synthetic.check import load, report
        from convowatch.synthetic.stats import CHECK_BEGIN, CHECK_END

        text = card_path.read_text(encoding="utf-8")
        text = replace_card_block(text, stats_for_files([target / name for name in COMMITTED]))
        overlap_table, _ = report({s: load(target / f"{s}.jsonl.gz") for s in ("train", "dev", "test")})
        text = replace_card_block(text, overlap_table, CHECK_BEGIN, CHECK_END)
        card_path.write_text(text, encoding="utf-8")
        typer.echo(f"refreshed tables in {card_path}")


@synth_app.command("build-v2")
def build_v2(
    out_dir: Annotated[Optional[Path], typer.Option(help="Where to write (default: the package's data dir).")] = None,
) -> None:
    """Regenerate the committed corpus v2 splits (authored dialogues; fixed seeds, byte-identical)."""
    from convowatch.synthetic import corpus_dir
    from convowatch.synthetic.v2.build import build_all

    target = out_dir or corpus_dir()
    started = time.perf_counter()
    for name, count in build_all(target).items():
        typer.echo(f"wrote {count} conversations to {target / name}")
    typer.echo(f"generated in {time.perf_counter() - started:.1f}s")


@synth_app.command("near")
def near(
    train: Annotated[Optional[Path], typer.Option(help="Reference split (default: committed v2 train).")] = None,
    test: Annotated[Optional[Path], typer.Option(help="Held-out split (default: committed v2 test).")] = None,
    similarity: Annotated[float, typer.Option(help="Cosine (char 3-5-gram TF-IDF) that counts as a near-duplicate.")] = 0.8,
    max_share: Annotated[float, typer.Option(help="Fail when more than this share of risky messages is near train.")] = 0.1,
) -> None:
    """Near-duplicate check of a held-out split's risky messages against train; exit 1 on a leak."""
    from convowatch.synthetic import corpus_dir
    from convowatch.synthetic.io import read_corpus
    from convowatch.synthetic.v2.near import near_report

    ref = list(read_corpus(train or corpus_dir() / "v2_train.jsonl.gz"))
    held = list(read_corpus(test or corpus_dir() / "v2_test.jsonl.gz"))
    rep = near_report(ref, held, "test", similarity, max_share)
    typer.echo(f"{rep.n_messages} risky messages; {rep.share_near:.1%} have a train neighbour at cosine >= {similarity} "
               f"(median nearest {rep.median_similarity:.2f}); closest: "
               + ", ".join(f"{s:.2f} {sc}" for s, sc in rep.examples))
    if rep.failed:
        typer.echo(f"FAIL: more than {max_share:.0%} of the held-out risky messages are near-duplicates of train", err=True)
        raise typer.Exit(1)
    typer.echo("ok: the held-out split is written in other words than train")
