"""Tuning the encoder's top layers on message labels, and shipping only those layers.

Why: the frozen MiniLM places an insult near other sentences about people, and "i
dont want to be here anymore" near "i dont want it anymore"; the window head can only
draw lines in that space. Tuning the top layers on the train split's message labels
(the lexical channel's targets, :func:`.lexical.message_lexical_targets`) moves the
space itself. On the validation writer (``v2_val``, never trained on), a logistic
regression on the tuned embeddings, conversation = highest message, scored 0.914 /
0.818 / 0.927 against 0.745 / 0.666 / 0.688 on the frozen ones (three layers, two
epochs; two layers gave 0.868 / 0.757 / 0.830).

How, fast on two CPU cores: the bottom ``6 - layers`` layers stay frozen, so their
output is computed once per text and cached; each epoch then runs only the top layers
forward and backward (about 75 s per epoch for three layers over 18k texts). The
result is the tuned layers alone (``encoder_tuned.safetensors`` in the model folder,
fp16: 10 MB for three layers instead of 90 MB for the whole encoder); at load time
:func:`materialise` writes base weights plus tuned layers as an ordinary Hugging Face
folder into the cache, keyed by the tuned file's hash, so the torch and ONNX backends
load it like any other encoder folder (and ONNX caches its export by fingerprint).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from .data import file_sha256 as file_digest

#: File of the tuned layers inside a model folder.
TUNED_FILE = "encoder_tuned.safetensors"
#: Bump when the materialised folder's layout changes.
MATERIALISE_VERSION = 1
_WEIGHTS = "model.safetensors"
#: Scale of the unit-length pooled embedding before the tuning classifier (a fixed temperature).
_SCALE = 10.0


@dataclass(frozen=True)
class EncoderTuning:
    """How the top layers are tuned (recorded in the model config).

    Args:
        layers: top transformer layers tuned (the rest and the embeddings stay frozen).
        epochs: passes over the distinct train texts.
        lr: AdamW learning rate of the tuned layers.
        classifier_lr: learning rate of the throw-away linear classifier on top.
        batch_size: texts per step.
        seed: seeds the classifier's init and the batch order.
        max_length: tokens per text (the encoder's).
        max_pos_weight: cap of the per-category positive weight (negatives / positives).
    """

    layers: int = 3
    epochs: int = 2
    lr: float = 5e-5
    classifier_lr: float = 2e-3
    batch_size: int = 32
    seed: int = 13
    max_length: int = 128
    max_pos_weight: float = 10.0

    def __post_init__(self) -> None:
        if self.layers < 1 or self.epochs < 1 or self.batch_size < 1 or self.lr <= 0 or self.classifier_lr <= 0:
            raise ValueError("encoder tuning needs layers, epochs, batch_size >= 1 and positive learning rates")

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _attention_mask(model, mask, hidden):  # type: ignore[no-untyped-def]
    """The additive mask a BertLayer takes, built the way the model builds it."""
    return model._create_attention_masks(attention_mask=mask, encoder_attention_mask=None, embedding_output=hidden,
                                         encoder_hidden_states=None, cache=None, position_ids=None)[0]


def _run_layers(model, layers, hidden, mask):  # type: ignore[no-untyped-def]
    ext = _attention_mask(model, mask, hidden)
    for layer in layers:
        out = layer(hidden, attention_mask=ext)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def _pool(hidden, mask):  # type: ignore[no-untyped-def]
    import torch

    m = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def texts_and_targets(conversations: Sequence[Any], prepare: Callable[[str], str]) -> tuple[list[str], np.ndarray]:
    """The distinct prepared texts of ``conversations``, sorted, with their message targets
    (:func:`.lexical.message_lexical_targets`; a text seen with several labels keeps the union)."""
    from ..categories import CATEGORIES
    from .lexical import _merge_max, message_lexical_targets

    by_text: dict[str, np.ndarray] = {}
    for c in conversations:
        _merge_max(by_text, zip((prepare(m.text) for m in c.messages), message_lexical_targets(c)))
    texts = sorted(by_text)
    targets = np.stack([by_text[t] for t in texts]) if texts else np.zeros((0, len(CATEGORIES)), np.float32)
    return texts, targets


def tune_top_layers(
    texts: Sequence[str],
    targets: np.ndarray,
    base: Path,
    cfg: EncoderTuning = EncoderTuning(),
    on_progress: Callable[[str], None] | None = None,
) -> dict[str, np.ndarray]:
    """Tune the top ``cfg.layers`` layers of the encoder in ``base`` on per-text 0/1 targets.

    Args:
        texts: distinct normalised texts.
        targets: ``[len(texts), n_categories]`` 0/1.
        base: the base encoder's Hugging Face folder.

    Returns:
        The tuned layers' weights by their name in the base checkpoint, fp16 (what is shipped).
    """
    import copy

    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    if len(texts) != len(targets) or not len(texts):
        raise ValueError(f"need one target row per text, got {len(texts)} texts and {len(targets)} rows")
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    tok = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
    model = AutoModel.from_pretrained(str(base), local_files_only=True).eval()
    n_layers = len(model.encoder.layer)
    if cfg.layers > n_layers:
        raise ValueError(f"cannot tune {cfg.layers} layers of a {n_layers}-layer encoder")
    first = n_layers - cfg.layers
    # the frozen part's output, once per text, in length-sorted chunks (little padding)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    chunks: list[tuple[torch.Tensor, torch.Tensor, np.ndarray]] = []
    with torch.no_grad():
        for s in range(0, len(order), cfg.batch_size):
            idx = np.asarray(order[s : s + cfg.batch_size])
            b = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=cfg.max_length, return_tensors="pt")
            h = model.embeddings(input_ids=b["input_ids"], token_type_ids=b["token_type_ids"])
            h = _run_layers(model, model.encoder.layer[:first], h, b["attention_mask"])
            chunks.append((h, b["attention_mask"], idx))
    if on_progress:
        on_progress(f"frozen layers cached for {len(texts)} texts")
    top = torch.nn.ModuleList([copy.deepcopy(layer) for layer in model.encoder.layer[first:]])
    clf = torch.nn.Linear(model.config.hidden_size, targets.shape[1])
    y = torch.tensor(np.asarray(targets, dtype=np.float32))
    pos = y.sum(0)
    pos_weight = ((len(y) - pos) / pos.clamp(min=1)).clamp(1.0, cfg.max_pos_weight)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    opt = torch.optim.AdamW([{"params": top.parameters(), "lr": cfg.lr},
                             {"params": clf.parameters(), "lr": cfg.classifier_lr}], weight_decay=0.01)
    top.train()
    for epoch in range(cfg.epochs):
        total = 0.0
        for j in rng.permutation(len(chunks)):
            h, mask, idx = chunks[j]
            logits = clf(_pool(_run_layers(model, top, h, mask), mask) * _SCALE)
            loss = loss_fn(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        if on_progress:
            on_progress(f"encoder tuning epoch {epoch + 1}/{cfg.epochs}: loss {total / len(chunks):.4f}")
    out: dict[str, np.ndarray] = {}
    for k, layer in enumerate(top):
        for name, v in layer.state_dict().items():
            out[f"encoder.layer.{first + k}.{name}"] = v.detach().cpu().numpy().astype(np.float16)
    return out


def save_tuned(folder: Path, state: dict[str, np.ndarray], cfg: EncoderTuning | None = None) -> Path:
    """Write the tuned layers to ``folder/encoder_tuned.safetensors`` (``cfg`` is recorded by the caller)."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TUNED_FILE
    # no metadata: safetensors writes it in hash-map order, which differs between
    # processes, and the file's sha256 must repeat with the weights (the settings are
    # in config.json's encoder.tuned.tuning)
    save_file({k: np.ascontiguousarray(v) for k, v in state.items()}, str(path))
    return path


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/convowatch/encoders`` (``~/.cache/convowatch/encoders``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "convowatch" / "encoders"


def materialise(base: Path, tuned: Path, cache_dir: Path | None = None) -> Path:
    """A Hugging Face folder with ``base``'s weights and ``tuned``'s layers, made once and cached.

    The folder is named by the hash of the tuned file and the base weights, so a changed
    file is never served from a stale folder; it is written to a temporary folder and
    renamed, so a crash leaves nothing half-written.

    Raises:
        ValueError: when the tuned file names a weight the base encoder lacks, or a shape differs.
    """
    from safetensors.numpy import load_file, save_file

    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key = hashlib.sha256(f"v{MATERIALISE_VERSION}|{file_digest(tuned)}|{file_digest(base / _WEIGHTS)}".encode())
    dst = cache_dir / f"tuned-{key.hexdigest()[:16]}"
    if (dst / _WEIGHTS).is_file():
        return dst
    weights = load_file(str(base / _WEIGHTS))
    for name, v in load_file(str(tuned)).items():
        if name not in weights or weights[name].shape != v.shape:
            raise ValueError(f"{tuned}: {name} does not match the base encoder in {base}")
        weights[name] = v.astype(weights[name].dtype)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir, prefix=".tmp-") as tmp:
        out = Path(tmp) / dst.name
        shutil.copytree(base, out, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "*.onnx", "README.md", ".git*"))
        save_file(weights, str(out / _WEIGHTS), metadata={"format": "pt"})
        try:
            os.replace(out, dst)
        except OSError:  # another process made it first
            if not (dst / _WEIGHTS).is_file():
                raise
    return dst
