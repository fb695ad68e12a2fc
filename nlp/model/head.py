"""The window head: a small GRU over the last W message embeddings plus features.

Why a head over cached embeddings rather than a transformer over the whole window:
each message is encoded once on arrival, so scoring a window costs one tiny GRU pass
instead of re-encoding W messages (~10x cheaper on CPU). The GRU reads the window
oldest-first, so its final state summarises the conversation *as of* the current
message; that state plus the current message's own embedding feed an MLP with one
logit per category and a grooming-stage output (the 7 LCT stages + "none").
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import numpy as np
import torch
from torch import nn

from ..categories import CATEGORIES, GROOMING_STAGES
from ..window import Window
from .head_numpy import NumpyEnsemble, NumpyHead
from .features import FeatureSpec, entry_features, pad_batch, usable_entries, window_embeddings

#: Stage head classes: "none" first, then the LCT stages in order.
STAGE_LABELS: tuple[str, ...] = ("none", *GROOMING_STAGES)


@contextmanager
def single_thread() -> Iterator[None]:
    """Run torch on one intra-op thread for the block.

    The head's matrices are tiny: with two or more threads, OpenMP hand-offs cost more
    than the maths, and on a busy machine a 6-step GRU pass measured ~10x slower than
    single-threaded. The encoder keeps all threads; only head passes go through here.
    """
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class WindowHead(nn.Module):
    """GRU + MLP over a padded batch of windows.

    Args:
        dim: embedding size of the encoder.
        n_features: per-entry feature count.
        hidden: GRU and MLP width.
        n_categories: one logit per risk category.
        n_stages: stage classes (including "none").
        dropout: applied to the projected embeddings and the MLP input.
    """

    def __init__(
        self,
        dim: int,
        n_features: int,
        hidden: int = 128,
        n_categories: int = len(CATEGORIES),
        n_stages: int = len(STAGE_LABELS),
        dropout: float = 0.1,
    ) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, hidden)
        self.drop = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden + n_features, hidden, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.GELU(), nn.Dropout(dropout))
        self.categories = nn.Linear(hidden, n_categories)
        self.stages = nn.Linear(hidden, n_stages)

    def forward(self, emb: torch.Tensor, feats: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Logits for a batch.

        Args:
            emb: ``[B, W, dim]`` right-padded embeddings, oldest first.
            feats: ``[B, W, n_features]``.
            lengths: ``[B]`` real entries per window (>= 1).

        Returns:
            category logits ``[B, n_categories]`` and stage logits ``[B, n_stages]``.
        """
        x = self.drop(torch.relu(self.proj(emb)))
        seq = torch.cat([x, feats], dim=-1)
        packed = nn.utils.rnn.pack_padded_sequence(seq, lengths.cpu(), batch_first=True, enforce_sorted=False)
        _, h = self.gru(packed)  # h: [1, B, hidden], state after each window's last real entry
        current = x[torch.arange(x.shape[0]), lengths - 1]  # the current message
        z = self.mlp(torch.cat([h[0], current], dim=-1))
        return self.categories(z), self.stages(z)


class HeadEnsemble(nn.Module):
    """Window heads trained alike from different seeds, their logits averaged.

    Why it exists: two seeds of one recipe move ``v2_val`` grooming AUPRC by 0.014, more
    than any data change has (session 18), and averaging heads is the usual cure for
    seed variance. It was built to ask whether the few benign spikes that set grooming's
    operating point are one head's accident; on the one fold checked they were not (both
    seeds score them alike; ``benchmarks/ensemble_fold_tail.py``, model card session 22),
    so it is an option (``convowatch train --heads N``), not the shipped recipe. Each
    member is a :class:`WindowHead`; the encoder, features and lexical channel are
    shared, so a member costs one more small GRU pass per window.
    """

    def __init__(self, members: Sequence[WindowHead]) -> None:
        super().__init__()
        if len(members) < 2:
            raise ValueError("an ensemble needs at least two heads")
        self.members = nn.ModuleList(members)

    def forward(self, emb: torch.Tensor, feats: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The members' mean category and stage logits."""
        outs = [m(emb, feats, lengths) for m in self.members]
        return torch.stack([c for c, _ in outs]).mean(0), torch.stack([s for _, s in outs]).mean(0)


class WindowClassifier:
    """A trained head with its feature spec and calibration: windows in, probabilities out.

    Args:
        head: the trained module (kept in eval mode).
        spec: features and W the head was trained with.
        temperatures: per-category temperature from dev calibration (1.0 = none).
        shifts: per-category logit shift chosen on dev for conversation-level decisions
            (0.0 = none); see :func:`convowatch.nlp.model.calibrate.fit_decision_shift`.
        lexical: the lexical channel (:class:`~convowatch.nlp.model.lexical.CachedLexical`),
            required when ``spec.use_lexical``.
        window_lexical: the window-lexical channel
            (:class:`~convowatch.nlp.model.window_lexical.WindowLexicalScorer`), read by the
            conversation decision only (the head does not see it), or None.
        context_lexical: the context-lexical channel
            (:class:`~convowatch.nlp.model.lexical.CachedLexical` over the model of
            :mod:`~convowatch.nlp.model.context_lexical`), read by the decision only, or None.
    """

    def __init__(
        self,
        head: WindowHead | HeadEnsemble,
        spec: FeatureSpec,
        temperatures: Sequence[float] | None = None,
        shifts: Sequence[float] | None = None,
        lexical: Any | None = None,
        window_lexical: Any | None = None,
        context_lexical: Any | None = None,
    ) -> None:
        if spec.use_lexical and lexical is None:
            raise ValueError("this model reads the lexical channel: pass its CachedLexical scorer")
        self.head = head.eval()
        self._fast = NumpyEnsemble(list(head.members)) if isinstance(head, HeadEnsemble) else NumpyHead(self.head)
        self.spec = spec
        self.lexical = lexical
        self.window_lexical = window_lexical
        self.context_lexical = context_lexical
        t = np.ones(len(CATEGORIES), dtype=np.float32) if temperatures is None else np.asarray(temperatures, np.float32)
        if t.shape != (len(CATEGORIES),) or (t <= 0).any():
            raise ValueError(f"need one positive temperature per category, got {t.tolist()}")
        self.temperatures = t
        b = np.zeros(len(CATEGORIES), dtype=np.float32) if shifts is None else np.asarray(shifts, np.float32)
        if b.shape != (len(CATEGORIES),):
            raise ValueError(f"need one shift per category, got {b.tolist()}")
        self.shifts = b

    def arrays(self, windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Padded model inputs for windows: emb ``[n, W, dim]``, feats ``[n, W, F]``, lengths ``[n]``."""
        return self._arrays(windows)[:3]

    def _arrays(self, windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
        """:meth:`arrays` plus the current messages' lexical probabilities (None without the channel)."""
        entries = [usable_entries(w, self.spec) for w in windows]
        embs = [window_embeddings(e) for e in entries]
        lex: list[np.ndarray | None] = [None] * len(entries)
        if self.spec.use_lexical:
            probs = self.lexical.predict_raw([x.message.text for e in entries for x in e])
            bounds = np.cumsum([0] + [len(e) for e in entries])
            lex = [probs[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
        feats = [entry_features(e, self.spec, lx) for e, lx in zip(entries, lex)]
        emb, lengths = pad_batch(embs, self.spec.window)
        feat, _ = pad_batch(feats, self.spec.window)
        current = np.stack([lx[-1] for lx in lex]) if self.spec.use_lexical else None  # the current message is last
        return emb, feat, lengths, current

    def logits(self, emb: np.ndarray, feats: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Raw (uncalibrated) category and stage logits for padded arrays (the NumPy pass of
        :mod:`.head_numpy`: same maths, without torch's per-operator overhead)."""
        return self._fast(emb, feats, lengths)

    def torch_logits(self, emb: np.ndarray, feats: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`logits` through the torch module (the reference the NumPy pass is tested against)."""
        with torch.inference_mode(), single_thread():
            cat, stage = self.head(torch.from_numpy(emb), torch.from_numpy(feats), torch.from_numpy(lengths))
        return cat.numpy(), stage.numpy()

    def predict_all(self, windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated category probabilities ``[n, n_categories]`` and stage probabilities ``[n, n_stages]``."""
        probs, stages, _ = self.predict_detailed(windows)
        return probs, stages

    def predict_detailed(self, windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """:meth:`predict_all` plus the current messages' lexical probabilities ``[n, n_categories]``
        (None for a head without the lexical channel), computed once for both."""
        if not windows:
            empty = np.zeros((0, len(CATEGORIES)), np.float32)
            return empty, np.zeros((0, len(STAGE_LABELS)), np.float32), (empty if self.spec.use_lexical else None)
        emb, feat, lengths, current = self._arrays(windows)
        cat, stage = self.logits(emb, feat, lengths)
        return calibrated(cat, self.temperatures, self.shifts), softmax(stage), current

    def window_lexical_probabilities(self, windows: Sequence[Window]) -> np.ndarray | None:
        """The window-lexical channel over the entries the head reads, ``[n, n_categories]``
        (None for a model without the channel)."""
        if self.window_lexical is None:
            return None
        return self.window_lexical.predict([[e.message.text for e in usable_entries(w, self.spec)] for w in windows])

    def context_lexical_probabilities(self, windows: Sequence[Window]) -> np.ndarray | None:
        """The context-lexical channel for each window's current message, ``[n, n_categories]``
        (None for a model without the channel)."""
        if self.context_lexical is None:
            return None
        return self.context_lexical.predict_raw([w.current.message.text for w in windows])

    def predict_proba(self, windows: Sequence[Window]) -> np.ndarray:
        """Calibrated probability per category, ``[n_windows, n_categories]`` (order of CATEGORIES)."""
        return self.predict_all(windows)[0]


def calibrated(logits: np.ndarray, temperatures: np.ndarray, shifts: np.ndarray | float = 0.0) -> np.ndarray:
    """``sigmoid(logits / T - shift)``, float32."""
    return (1.0 / (1.0 + np.exp(-(logits / temperatures - shifts)))).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
