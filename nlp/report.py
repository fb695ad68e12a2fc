"""Render an evaluation result (the ``--json`` document) as Markdown, PNG plots and rich tables.

Everything here reads the JSON-able dict that ``convowatch eval`` builds; nothing is
recomputed, so the report, the JSON and the console always show the same numbers.
matplotlib (the ``report`` extra) and rich are imported inside the functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from .categories import CATEGORIES


def fmt(value: Any, digits: int = 3) -> str:
    """A metric for display: ``—`` when undefined."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _md_table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def category_rows(run: Mapping[str, Any]) -> list[list[Any]]:
    """Per-category conversation-level rows plus the macro average (md and console)."""
    rows = []
    for c in CATEGORIES:
        m = run["categories"][c]
        rows.append([c, m["n_pos"], m["precision"], m["recall"], m["f1"], m["f05"], m["auprc"], m["ece"], m["fpr_benign"]])
    mac = run["macro"]
    rows.append(["macro", None, mac["precision"], mac["recall"], mac["f1"], mac["f05"], mac["auprc"], mac["ece"], None])
    return rows


CATEGORY_HEADER = ["category", "pos", "P", "R", "F1", "F0.5", "AUPRC", "ECE", "FPR benign"]


def early_rows(run: Mapping[str, Any]) -> list[list[Any]]:
    """Per-category early-detection rows."""
    rows = []
    for c in CATEGORIES:
        e = run["categories"][c]["early"]
        rows.append([c, e["n_with_onset"], e["delay_median"], e["delay_p90"], e["latency_f1"], e["erde_5"], e["erde_50"]])
    return rows


EARLY_HEADER = ["category", "TP with onset", "delay median", "delay p90", "latency-F1", "ERDE5", "ERDE50"]


def ablation_rows(result: Mapping[str, Any]) -> list[list[Any]]:
    rows = []
    for name, run in result["runs"].items():
        cats = run["categories"]
        rows.append([name, run["macro"]["f1"], run["macro"]["auprc"]] + [cats[c]["f1"] for c in CATEGORIES]
                    + [run["benign"]["fpr_any"]])
    return rows


ABLATION_HEADER = ["run", "macro F1", "macro AUPRC"] + [f"F1 {c}" for c in CATEGORIES] + ["FPR benign (any)"]


def write_markdown(result: Mapping[str, Any], out_dir: Path, images: Mapping[str, str]) -> Path:
    """Write ``report.md`` next to the images; returns its path."""
    run = result["runs"][result["primary"]]
    corpus = result["corpus"]
    parts = [
        "# convowatch evaluation report",
        "",
        f"Corpus `{corpus['path']}`: {corpus['n_conversations']} conversations, {corpus['n_messages']} messages, "
        f"{corpus['benign']} benign, {corpus['skipped_lines']} invalid lines skipped. "
        f"Primary run: **{result['primary']}**. Model: {result['config']['model']}; rules: {result['config']['rules']}.",
        "",
        "## Conversation level and early detection",
        "",
        "A conversation is predicted positive when it is ever flagged; its score is its highest fused score "
        "(AUPRC, ECE). Delays count messages from the labelled onset to the first flag (true positives). "
        f"Latency-F1 uses p = {run['categories'][CATEGORIES[0]]['early']['latency_p']} "
        "(Sadeque et al. 2018); ERDE_o per Losada & Crestani 2016 (c_fp = share of positives, c_fn = c_tp = 1); "
        "both count k from the conversation start.",
        "",
        _md_table(CATEGORY_HEADER, category_rows(run)),
        "",
        _md_table(EARLY_HEADER, early_rows(run)),
        "",
    ]
    msg_rows = [[c, m["n"], m["precision"], m["recall"], m["f1"]] for c in CATEGORIES
                if (m := run["categories"][c]["message"]) is not None]
    if msg_rows:
        parts += ["## Message level", "", "A message is predicted positive when its category is flagged as of it.", "",
                  _md_table(["category", "messages", "P", "R", "F1"], msg_rows), ""]
    if len(result["runs"]) > 1 or result.get("notes"):
        parts += ["## Ablation", "", _md_table(ABLATION_HEADER, ablation_rows(result)), ""]
        parts += [f"- {n}" for n in result.get("notes", [])] + [""]
    for dim, groups in run["slices"].items():
        rows = [[name, g["n"], g["macro_recall"], g["macro_f1"]] + [g["categories"][c]["recall"] for c in CATEGORIES]
                for name, g in groups.items()]
        parts += [f"## Slice: {dim}", "",
                  _md_table(["slice", "n", "macro R", "macro F1"] + [f"R {c}" for c in CATEGORIES], rows), ""]
    if run["rules"]:
        rows = [[r["rule_id"], r["category"], r["hits"], r["conversations"], r["true_hits"], r["precision"],
                 r.get("reliability", 1.0)] for r in run["rules"][:40]]
        parts += ["## Rules (top 40 by hits)", "",
                  "A hit in a conversation labelled positive for the rule's category is a true hit. "
                  "*weight x*: the share of its weight the model counts (rule reliability, measured where no "
                  "rule was written).", "",
                  _md_table(["rule", "category", "hits", "conversations", "true hits", "precision", "weight x"], rows), ""]
    for title, name in images.items():
        parts += [f"## {title}", "", f"![{title}]({name})", ""]
    path = out_dir / "report.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def plot_pr_curves(result: Mapping[str, Any], path: Path) -> None:
    """One panel per category, one curve per run."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(CATEGORIES), figsize=(4.2 * len(CATEGORIES), 4), squeeze=False)
    for ax, c in zip(axes[0], CATEGORIES):
        for name, run in result["runs"].items():
            curve = run["pr_curves"].get(c)
            if curve:
                auprc = run["categories"][c]["auprc"]
                ax.step(curve["recall"], curve["precision"], where="post", label=f"{name} (AP {fmt(auprc)})")
        ax.set_title(c)
        ax.set_xlabel("recall")
        ax.set_ylabel("precision")
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.05)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="lower left", fontsize=8)
        else:
            ax.text(0.5, 0.5, "no positives", ha="center", va="center", transform=ax.transAxes)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_delays(result: Mapping[str, Any], path: Path) -> None:
    """Histogram of messages from onset to first flag (primary run, true positives)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    run = result["runs"][result["primary"]]
    fig, axes = plt.subplots(1, len(CATEGORIES), figsize=(4.2 * len(CATEGORIES), 3.6), squeeze=False)
    for ax, c in zip(axes[0], CATEGORIES):
        delays = run["categories"][c]["early"]["delays"]
        if delays:
            ax.hist(delays, bins=range(0, max(delays) + 2), color="#4c72b0", edgecolor="white", align="left")
        else:
            ax.text(0.5, 0.5, "no flagged onsets", ha="center", va="center", transform=ax.transAxes)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(f"{c} (n={len(delays)})")
        ax.set_xlabel("messages from onset to flag")
        ax.set_ylabel("conversations")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(result: Mapping[str, Any], out_dir: str | Path) -> list[Path]:
    """Write report.md, pr_curves.png and delays.png into ``out_dir``.

    Returns:
        The files written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    plot_pr_curves(result, out / "pr_curves.png")
    plot_delays(result, out / "delays.png")
    md = write_markdown(result, out, {"Precision-recall curves": "pr_curves.png",
                                      "Detection delay": "delays.png"})
    return [md, out / "pr_curves.png", out / "delays.png"]


def print_tables(result: Mapping[str, Any], console: Any) -> None:
    """The summary tables on a rich console."""
    from rich.table import Table

    def table(title: str, header: list[str], rows: list[list[Any]]) -> Table:
        t = Table(title=title, title_justify="left")
        for i, h in enumerate(header):
            t.add_column(h, justify="left" if i == 0 else "right", overflow="fold")
        for row in rows:
            t.add_row(*[fmt(v) for v in row])
        return t

    run = result["runs"][result["primary"]]
    console.print(table(f"{result['primary']}: conversation level ({run['n_conversations']} conversations)",
                        CATEGORY_HEADER, category_rows(run)))
    console.print(table("early detection (messages)", EARLY_HEADER, early_rows(run)))
    msg_rows = [[c, m["n"], m["precision"], m["recall"], m["f1"]] for c in CATEGORIES
                if (m := run["categories"][c]["message"]) is not None]
    if msg_rows:
        console.print(table("message level", ["category", "messages", "P", "R", "F1"], msg_rows))
    if len(result["runs"]) > 1:
        console.print(table("ablation", ABLATION_HEADER, ablation_rows(result)))
    for dim, groups in run["slices"].items():
        rows = [[name, g["n"], g["macro_recall"], g["macro_f1"]] + [g["categories"][c]["recall"] for c in CATEGORIES]
                for name, g in groups.items()]
        console.print(table(f"slice: {dim}", ["slice", "n", "macro R", "macro F1"] + [f"R {c}" for c in CATEGORIES], rows))
    if run["rules"]:
        rows = [[r["rule_id"], r["category"], r["hits"], r["true_hits"], r["precision"], r.get("reliability", 1.0)]
                for r in run["rules"][:10]]
        console.print(table("rules (top 10 by hits)", ["rule", "category", "hits", "true hits", "precision", "weight x"],
                            rows))
    for note in result.get("notes", []):
        console.print(f"note: {note}")
