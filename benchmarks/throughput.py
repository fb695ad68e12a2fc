"""Throughput of the model path on CPU: raw encoder vs the whole scoring pipeline.

Measures, in one run and on the same messages (the first conversations of a corpus):

(a) the raw fp32 encoder: tokenise + forward pass in batches of 128 in input order,
    mean pooling (what "MiniLM does ~N msg/s at batch 128" means);
(a') the same, batches sorted by length (what :class:`TransformerEncoder` does);
(b) the whole ``convowatch score`` equivalent: ``Analyzer.default`` (rules + model) with
    ``process_many`` over chunks of 32 conversations, plus the JSON serialisation of
    every assessment (written to /dev/null);
(c) the int8 variants of (a') and (b), with their quality loss next to them: cosine
    between fp32 and int8 embeddings and the change in the model's probabilities.

Ratios are against (a) measured in the same run. Run on 2 cores:

    taskset -c 0,1 python benchmarks/throughput.py --threads 2

Writes benchmarks/results/throughput.json. No number here is asserted anywhere; they
are reported in docs/model-card.md with the machine they came from.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _messages(corpus: Path, n: int):
    from convowatch.nlp.corpora.reader import read_conversations

    convs, _ = read_conversations(corpus)
    picked, total = [], 0
    for c in convs:
        if total >= n:
            break
        picked.append(c)
        total += len(c.messages)
    return picked


def raw_encoder(path: Path, texts: list[str], batch: int, int8: bool = False):
    """Tokenise + forward + mean pool in input-order batches: the plain baseline."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    if int8:
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)

    def run() -> None:
        with torch.inference_mode():
            for i in range(0, len(texts), batch):
                b = tok(texts[i : i + batch], padding=True, truncation=True, max_length=128, return_tensors="pt")
                h = model(**b).last_hidden_state
                m = b["attention_mask"].unsqueeze(-1).float()
                _ = (h * m).sum(1) / m.sum(1)

    return run


def pipeline(convs, model: str | Path | None, int8: bool, chunk: int):
    """The ``convowatch score`` loop on a fresh analyzer per run."""
    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.model import load_model_bundle

    bundle = load_model_bundle(None if model == "default" else Path(model), int8=int8)  # type: ignore[arg-type]
    base = Analyzer.default(model=None)
    devnull = open(os.devnull, "w")
    probs: list[np.ndarray] = []

    def run() -> None:
        an = Analyzer(rules=base.rules, detectors=[bundle.detector], encoder=bundle.encoder)
        probs.clear()
        for i in range(0, len(convs), chunk):
            msgs = [m for c in convs[i : i + chunk] for m in c.messages]
            for a in an.process_many(msgs):
                devnull.write(json.dumps(a.to_dict()) + "\n")
                probs.append(np.array([a.scores[c] for c in sorted(a.scores)]))

    return run, bundle, probs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data/synthetic/test.jsonl.gz")
    ap.add_argument("--n", type=int, default=3000, help="messages (whole conversations, at least this many)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--chunk", type=int, default=32, help="conversations per process_many call (as convowatch score)")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved rounds; the best of each variant counts")
    ap.add_argument("--model", default="default")
    ap.add_argument("--no-int8", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/throughput.json")
    args = ap.parse_args()

    import torch
    from rich.console import Console
    from rich.table import Table

    from convowatch.nlp.analyzer import AnalyzerConfig
    from convowatch.nlp.model.encoder import default_encoder_path
    from convowatch.nlp.model.windows import normalized_text

    torch.set_num_threads(args.threads)
    console = Console()
    convs = _messages(args.corpus, args.n)
    cfg = AnalyzerConfig()
    texts = [normalized_text(m.text, cfg) for c in convs for m in c.messages]
    n = len(texts)
    enc_path = default_encoder_path()
    rows: dict[str, dict] = {}

    def record(key: str, label: str, seconds: float) -> None:
        rows[key] = {"label": label, "seconds": round(seconds, 3), "msg_per_s": round(n / seconds, 1)}
        console.log(f"{label}: {n / seconds:.0f} msg/s")

    from convowatch.nlp.model.encoder import TransformerEncoder

    enc = TransformerEncoder(batch_size=args.batch)
    run, bundle, probs32 = pipeline(convs, args.model, False, args.chunk)
    variants = {
        "raw_fp32": ("(a) raw encoder fp32, batch 128, input order", raw_encoder(enc_path, texts, args.batch)),
        "sorted_fp32": ("(a') encoder fp32, batch 128, length-sorted", lambda: enc.encode(texts)),
        "pipeline_fp32": ("(b) whole score pipeline fp32 (rules + model + fusion + JSON)", run),
    }
    if not args.no_int8:
        enc8 = TransformerEncoder(batch_size=args.batch, int8=True)
        run8, _, probs8 = pipeline(convs, args.model, True, args.chunk)
        variants["sorted_int8"] = ("(c) encoder int8, batch 128, length-sorted", lambda: enc8.encode(texts))
        variants["pipeline_int8"] = ("(c) whole score pipeline int8", run8)
    # interleave the variants round by round and keep each one's best time, so that a
    # change in machine load during the run hits every variant alike
    for _, fn in variants.values():
        fn()  # warm-up
    best = {k: float("inf") for k in variants}
    for _ in range(args.repeats):
        for key, (_, fn) in variants.items():
            t = time.perf_counter()
            fn()
            best[key] = min(best[key], time.perf_counter() - t)
    for key, (label, _) in variants.items():
        record(key, label, best[key])
    quality: dict[str, float] = {}
    if not args.no_int8:
        run()
        run8()
        e32, e8 = enc.encode(texts), enc8.encode(texts)
        cos = (e32 * e8).sum(1)
        d = np.abs(np.stack(probs32) - np.stack(probs8))
        quality = {"embedding_cosine_mean": round(float(cos.mean()), 4), "embedding_cosine_min": round(float(cos.min()), 4),
                   "fused_score_abs_diff_mean": round(float(d.mean()), 4), "fused_score_abs_diff_max": round(float(d.max()), 4)}

    base = rows["raw_fp32"]["msg_per_s"]
    table = Table(title=f"throughput on {n} messages, {args.threads} threads")
    for col in ("what", "msg/s", "× raw fp32 (a)"):
        table.add_column(col)
    for r in rows.values():
        r["ratio_vs_raw_fp32"] = round(r["msg_per_s"] / base, 3)
        table.add_row(r["label"], f"{r['msg_per_s']:.0f}", f"{r['ratio_vs_raw_fp32']:.2f}")
    console.print(table)
    if quality:
        console.print("int8 vs fp32 on the same messages: " + ", ".join(f"{k}={v}" for k, v in quality.items()))
    result = {
        "messages": n,
        "conversations": len(convs),
        "corpus": str(args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus),
        "threads": args.threads,
        "batch": args.batch,
        "chunk_conversations": args.chunk,
        "model": bundle.config.get("name"),
        "load_average_at_end": os.getloadavg(),
        "machine": {"processor": platform.processor() or platform.machine(), "cpu_count": os.cpu_count(),
                    "python": platform.python_version(), "torch": torch.__version__},
        "results": rows,
        "int8_quality": quality,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
