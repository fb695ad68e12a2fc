"""Throughput on CPU: every encoder backend and the whole ``convowatch score`` loop, as
ratios to the raw torch fp32 encoder at batch 128 measured in the same run.

Three workloads, built from the first conversations of a corpus:

- ``chat``: the conversations as they are (short chat messages);
- ``single``: the same messages, each its own one-message conversation (a comment
  stream, where batching by conversations used to starve the encoder);
- ``long``: consecutive messages joined into long comments (~150-300 words, cut at
  128 tokens by the encoder), one per conversation.

Per workload, on the same texts:

- ``raw``: tokenise + torch fp32 forward + mean pooling in input-order batches of 128
  (what "MiniLM does N msg/s at batch 128" means): the baseline, ratio 1.0;
- ``enc:<backend>``: the encoder alone (length-sorted batches) for torch, onnx, onnx-int8;
- ``score:<backend>``: the ``convowatch score`` loop in-process (rules + model + fusion +
  one JSON line per message to /dev/null), conversations gathered by the message budget
  as the CLI does; model loading is not timed (it is in ``score_cli_wall_s``).

Variants run interleaved, best of ``--repeats`` rounds, so machine load hits all alike.
Writes ``benchmarks/results/throughput.json``; docs/performance.md quotes it.

    python benchmarks/throughput.py --threads 2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
BACKENDS = ("torch", "onnx", "onnx-int8")


def workloads(corpus: Path, n: int) -> dict[str, list[Any]]:
    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.nlp.types import Conversation

    convs, _ = read_conversations(corpus)
    chat, total = [], 0
    for c in convs:
        if total >= n:
            break
        chat.append(c)
        total += len(c.messages)
    single = [Conversation(f"{m.conversation_id}/{m.message_id}", (replace(m, conversation_id=f"{m.conversation_id}/{m.message_id}"),),
                           c.labels) for c in chat for m in c.messages]
    long = []
    for c in chat:
        for i in range(0, len(c.messages) - 14, 15):
            part = c.messages[i:i + 15]
            text = " ".join(m.text for m in part)
            cid = f"{c.conversation_id}/long{i}"
            long.append(Conversation(cid, (replace(part[0], conversation_id=cid, text=text[:4000]),), c.labels))
    return {"chat": chat, "single": single, "long": long}


def raw_torch(texts: list[str], batch: int) -> Callable[[], None]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from convowatch.nlp.model.encoder import default_encoder_path

    path = default_encoder_path()
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()

    def run() -> None:
        with torch.inference_mode():
            for i in range(0, len(texts), batch):
                b = tok(texts[i:i + batch], padding=True, truncation=True, max_length=128, return_tensors="pt")
                h = model(**b).last_hidden_state
                m = b["attention_mask"].unsqueeze(-1).float()
                _ = (h * m).sum(1) / m.sum(1)

    return run


def score_loop(convs: list[Any], analyzer_for: Callable[[], Any], budget: int) -> Callable[[], None]:
    from convowatch.service.cli.score import _chunks

    devnull = open(os.devnull, "w")

    def run() -> None:
        an = analyzer_for()
        for chunk in _chunks(convs, budget):
            for a in an.process_many([m for c in chunk for m in c.messages]):
                devnull.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")

    return run


def score_cli_wall(convs: list[Any], backend: str) -> float:
    """``convowatch score FILE`` as a process, start-up and model loading included."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for c in convs:
            for m in c.messages:
                f.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from convowatch.service.cli import main; main()", "score", f.name,
                    "--no-summary", "--backend", backend], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t
    os.unlink(f.name)
    return wall


#: CPU flags that change what the int8 and fp32 kernels can use (ONNX Runtime, oneDNN)
_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8", "amx_bf16")


def cpu_model() -> dict[str, Any]:
    """The CPU's model name and its vector flags (Linux; empty elsewhere): the ratios
    are only comparable between runs on the same kind of CPU (docs/performance.md, session 11)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return {}
    name = next((ln.split(":", 1)[1].strip() for ln in text.splitlines() if ln.startswith("model name")), "")
    flags = next((ln.split(":", 1)[1].split() for ln in text.splitlines() if ln.startswith("flags")), [])
    return {"cpu_model": name, "cpu_flags": [f for f in _FLAGS if f in flags]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data/synthetic/v2_test.jsonl.gz")
    ap.add_argument("--n", type=int, default=3000, help="chat messages (whole conversations, at least this many)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--budget", type=int, default=512, help="messages per analyzer call (convowatch score --batch)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--workloads", default="chat,single,long")
    ap.add_argument("--cli", action="store_true", help="also time the score CLI as a process (start-up included)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/throughput.json")
    args = ap.parse_args()

    import torch
    from rich.console import Console
    from rich.table import Table

    from convowatch.nlp.analyzer import Analyzer, AnalyzerConfig
    from convowatch.nlp.model.bundle import make_encoder
    from convowatch.nlp.model.windows import normalized_text
    from convowatch.nlp.runtime import set_threads

    set_threads(args.threads)
    console = Console()
    cfg = AnalyzerConfig()
    loads = {b: Analyzer.default(backend=b) for b in BACKENDS}  # model loading is not timed
    result: dict[str, Any] = {"threads": args.threads, "batch": args.batch, "budget": args.budget, "workloads": {},
                              "machine": {"processor": platform.processor() or platform.machine(),
                                          "cpu_count": os.cpu_count(), "python": platform.python_version(),
                                          "torch": torch.__version__, **cpu_model()}}
    for name, convs in workloads(args.corpus, args.n).items():
        if name not in args.workloads.split(","):
            continue
        texts = [normalized_text(m.text, cfg) for c in convs for m in c.messages]
        n = len(texts)
        variants: dict[str, Callable[[], None]] = {"raw": raw_torch(texts, args.batch)}
        for b in BACKENDS:
            enc = make_encoder(b, None, batch_size=args.batch)
            variants[f"enc:{b}"] = (lambda e: (lambda: e.encode(texts)))(enc)
        for b in ("torch", "onnx-int8"):
            base = loads[b]
            variants[f"score:{b}"] = score_loop(
                convs, (lambda a: (lambda: Analyzer(detectors=a.detectors, encoder=a.encoder, config=a.config)))(base),
                args.budget)
        for fn in variants.values():
            fn()  # warm-up
        best = {k: float("inf") for k in variants}
        for _ in range(args.repeats):
            for key, fn in variants.items():
                t = time.perf_counter()
                fn()
                best[key] = min(best[key], time.perf_counter() - t)
        raw = n / best["raw"]
        rows = {k: {"msg_per_s": round(n / s, 1), "ratio_to_raw_torch_fp32": round(n / s / raw, 2)} for k, s in best.items()}
        if args.cli:
            wall = score_cli_wall(convs, "onnx-int8")
            rows["score_cli_wall_s"] = {"msg_per_s": round(n / wall, 1), "ratio_to_raw_torch_fp32": round(n / wall / raw, 2)}
        result["workloads"][name] = {"messages": n, "conversations": len(convs), "results": rows}
        table = Table(title=f"{name}: {n} messages in {len(convs)} conversations, {args.threads} threads")
        for col in ("variant", "msg/s", "x raw torch fp32 b128"):
            table.add_column(col)
        for k, r in rows.items():
            table.add_row(k, f"{r['msg_per_s']:.0f}", f"{r['ratio_to_raw_torch_fp32']:.2f}")
        console.print(table)
    result["load_average_at_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
