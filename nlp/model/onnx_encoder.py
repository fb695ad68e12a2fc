"""The sentence encoder on ONNX Runtime: the same MiniLM, exported once, 2x (fp32) to 4x
(int8) the torch forward pass on CPU (benchmarks/throughput.py, docs/performance.md).

The export (``torch.onnx.export``, mean pooling and L2 normalisation inside the graph)
and the int8 quantisation (``onnxruntime.quantization.quantize_dynamic``: MatMul weights
per channel, which keeps embeddings within cosine ~0.99 of fp32 where per-tensor int8
fell to ~0.93) run once per encoder and are cached by a fingerprint of the weights, the
exporter and the runtime version, so nothing is downloaded and a changed encoder is
never served from a stale file. Same protocol and output as ``TransformerEncoder``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .encoder import DEFAULT_ENCODER_ID, resolve_encoder_path

#: Bump when the exported graph changes (pooling, opset, quantisation settings).
EXPORT_VERSION = 1
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/convowatch/onnx`` (``~/.cache/convowatch/onnx``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "convowatch" / "onnx"


def _fingerprint(folder: Path) -> str:
    import onnxruntime
    import torch

    h = hashlib.sha256(f"v{EXPORT_VERSION}|opset{OPSET}|ort{onnxruntime.__version__}|torch{torch.__version__}".encode())
    for name in sorted(os.listdir(folder)):
        p = folder / name
        if p.is_file() and p.suffix in (".json", ".safetensors", ".bin", ".txt"):
            h.update(name.encode())
            with open(p, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()[:20]


def _atomic(dst: Path, write: Callable[[Path], None]) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dst.parent, prefix=".tmp-") as tmp:
        out = Path(tmp) / dst.name
        write(out)
        os.replace(out, dst)


def export_fp32(folder: Path, dst: Path) -> None:
    """Export the Hugging Face encoder in ``folder`` with pooling and normalisation to ``dst``."""
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    tok = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            h = self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(h.dtype)
            pooled = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    sample = tok(["a short message", "and a somewhat longer one to give the tracer two lengths"], padding=True,
                 return_tensors="pt")
    axes = {k: {0: "batch", 1: "tokens"} for k in INPUTS} | {"embedding": {0: "batch"}}

    def write(out: Path) -> None:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            torch.onnx.export(Pooled(), tuple(sample[k] for k in INPUTS), str(out), input_names=list(INPUTS),
                              output_names=["embedding"], dynamic_axes=axes, opset_version=OPSET, dynamo=False)

    _atomic(dst, write)


def quantize_int8(src: Path, dst: Path) -> None:
    """Dynamic int8: MatMul weights per output channel (activations quantised at run time).

    Runs once per machine and encoder; it changes the working directory for the moment
    it runs (the pre-processor leaves scratch files there), so call it before serving.
    """
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    def write(out: Path) -> None:
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # the quantiser logs advice at WARNING on the root logger
        here = os.getcwd()
        os.chdir(out.parent)  # the pre-processor writes scratch files into the working directory
        try:
            pre = out.with_suffix(".pre.onnx")
            quant_pre_process(str(src), str(pre), skip_symbolic_shape=True)
            quantize_dynamic(str(pre), str(out), weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul"])
        finally:
            os.chdir(here)
            root.setLevel(level)

    _atomic(dst, write)


def onnx_file(path_or_id: str | Path | None, *, int8: bool, cache_dir: Path | None = None) -> Path:
    """The cached ONNX file for this encoder, exported (and quantised) on first use."""
    folder = resolve_encoder_path(path_or_id)
    root = (cache_dir or default_cache_dir()) / _fingerprint(folder)
    fp32 = root / "encoder.onnx"
    if not fp32.is_file():
        export_fp32(folder, fp32)
    if not int8:
        return fp32
    q = root / "encoder.int8.onnx"
    if not q.is_file():
        quantize_int8(fp32, q)
    return q


#: Padded tokens per batch, per text of ``batch_size`` (128 x 32 = 4,096 tokens).
TOKENS_PER_TEXT = 32


def token_batches(sorted_lengths: Sequence[int], max_texts: int, max_tokens: int) -> list[range]:
    """Cut length-sorted texts into consecutive batches: each pads to its last (longest)
    text, and holds at most ``max_texts`` texts and ``max_tokens`` padded tokens."""
    out, start = [], 0
    for end in range(1, len(sorted_lengths) + 1):
        size = end - start
        if size > max_texts or size * sorted_lengths[end - 1] > max_tokens and size > 1:
            out.append(range(start, end - 1))
            start = end - 1
    if start < len(sorted_lengths):
        out.append(range(start, len(sorted_lengths)))
    return out


class OnnxEncoder:
    """Mean-pooled, L2-normalised sentence embeddings on ONNX Runtime (CPU).

    Args:
        path_or_id: as for ``TransformerEncoder``.
        max_length / batch_size: as for ``TransformerEncoder``.
        int8: the per-channel int8 graph instead of fp32.
        threads: intra-op threads; default: what :func:`convowatch.nlp.runtime.set_threads` set.
        cache_dir: where exported graphs are kept (default ``~/.cache/convowatch/onnx``).
    """

    def __init__(
        self,
        path_or_id: str | Path | None = None,
        max_length: int = 128,
        batch_size: int = 128,
        int8: bool = False,
        threads: int | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        import onnxruntime as ort
        from transformers import AutoTokenizer

        from ..runtime import get_threads

        if max_length < 2 or batch_size < 1:
            raise ValueError(f"need max_length >= 2 and batch_size >= 1, got {max_length}, {batch_size}")
        self.path = resolve_encoder_path(path_or_id)
        self.encoder_id = DEFAULT_ENCODER_ID if path_or_id in (None, DEFAULT_ENCODER_ID) else str(path_or_id)
        self.max_length, self.batch_size, self.int8 = max_length, batch_size, int8
        self.file = onnx_file(path_or_id, int8=int8, cache_dir=cache_dir)
        self._tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or get_threads()
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(self.file), opts, providers=["CPUExecutionProvider"])
        self._pad_id = int(self._tokenizer.pad_token_id or 0)
        width = self._session.get_outputs()[0].shape[1]
        self.dim = int(width) if isinstance(width, int) else int(self._run(["x"]).shape[1])
        base = self.encoder_id if self.encoder_id == DEFAULT_ENCODER_ID else self.path.name
        self.name = base + ("+onnx-int8" if int8 else "+onnx")
        self.calls = 0
        self.texts_encoded = 0

    def _run(self, texts: list[str]) -> np.ndarray:
        batch = self._tokenizer(texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="np")
        feeds = {k: batch[k].astype(np.int64) for k in INPUTS if k in batch}
        if "token_type_ids" not in feeds:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        return self._session.run(None, feeds)[0]

    def _run_ids(self, ids: list[list[int]]) -> np.ndarray:
        width = max(len(x) for x in ids)
        input_ids = np.full((len(ids), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for r, x in enumerate(ids):
            input_ids[r, :len(x)] = x
            mask[r, :len(x)] = 1
        return self._session.run(None, {"input_ids": input_ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(input_ids)})[0]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``[len(texts), dim]`` float32, rows L2-normalised, in input order.

        Texts are tokenised once, sorted by token count and cut into batches by a padded
        token budget (``batch_size * 32``, at most ``batch_size`` texts): a few long
        messages get a small batch of their own instead of padding 127 short ones to
        their length (that alone made 512-message calls 1.4x slower than 523-message ones).
        """
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        ids = self._tokenizer(list(texts), truncation=True, max_length=self.max_length, add_special_tokens=True)["input_ids"]
        order = sorted(range(n), key=lambda i: len(ids[i]))
        for batch in token_batches([len(ids[i]) for i in order], self.batch_size, self.batch_size * TOKENS_PER_TEXT):
            idx = [order[j] for j in batch]
            out[idx] = self._run_ids([ids[i] for i in idx])
            self.calls += 1
        self.texts_encoded += n
        return out
