"""The window head's inference pass in NumPy: the same maths as :class:`WindowHead`, without torch.

Why: the service scores one message at a time, and for one 12-step window of width 64
torch's per-operator dispatch (``pack_padded_sequence``, the GRU kernel, thread-count
switching) cost about two thirds of what the int8 encoder did (a profile of the Redis
scoring path: 17% of the time in the head, most of it overhead, against 26% encoding). The same arithmetic in NumPy is
a handful of small matrix products. Training keeps the torch module; this reads its
weights and re-reads them when they change (each parameter's in-place version counter),
so a classifier built around a head that is still being trained never scores with stale
weights. ``tests/test_model_head.py`` checks it against the torch forward pass.
"""

from __future__ import annotations

import numpy as np
from scipy.special import erf
from torch import nn

_SQRT2 = np.float32(np.sqrt(2.0))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class NumpyHead:
    """Category and stage logits of a :class:`~convowatch.nlp.model.head.WindowHead`, in eval mode."""

    def __init__(self, head: nn.Module) -> None:
        self.head = head
        self._params = list(head.parameters())  # walked once: parameters() recurses the modules each call
        self._version: int | None = None
        self._refresh()

    def _versions(self) -> int:
        return sum(p._version for p in self._params)

    def _refresh(self) -> None:
        h = self.head

        def arr(t) -> np.ndarray:
            return t.detach().cpu().numpy().astype(np.float32, copy=True)

        self.wp, self.bp = arr(h.proj.weight).T.copy(), arr(h.proj.bias)
        self.w_ih, self.b_ih = arr(h.gru.weight_ih_l0).T.copy(), arr(h.gru.bias_ih_l0)
        self.w_hh, self.b_hh = arr(h.gru.weight_hh_l0).T.copy(), arr(h.gru.bias_hh_l0)
        lin = h.mlp[0]
        self.w1, self.b1 = arr(lin.weight).T.copy(), arr(lin.bias)
        self.wc, self.bc = arr(h.categories.weight).T.copy(), arr(h.categories.bias)
        self.ws, self.bs = arr(h.stages.weight).T.copy(), arr(h.stages.bias)
        self.hidden = self.w_hh.shape[0]
        self._version = self._versions()

    def __call__(self, emb: np.ndarray, feats: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Logits for padded arrays: emb ``[B, W, dim]``, feats ``[B, W, F]``, lengths ``[B]`` (>= 1)."""
        if self._versions() != self._version:
            self._refresh()
        b, _, _ = emb.shape
        lengths = np.asarray(lengths, dtype=np.int64)
        x = np.maximum(emb.astype(np.float32, copy=False) @ self.wp + self.bp, 0.0)  # [B, W, H]
        seq = np.concatenate([x, feats.astype(np.float32, copy=False)], axis=-1)
        gi = seq @ self.w_ih + self.b_ih  # [B, W, 3H], gates r, z, n as torch orders them
        hdim = self.hidden
        h = np.zeros((b, hdim), np.float32)
        for t in range(int(lengths.max())):
            gh = h @ self.w_hh + self.b_hh
            g = gi[:, t]
            rz = _sigmoid(g[:, : 2 * hdim] + gh[:, : 2 * hdim])  # both gates in one pass
            r, z = rz[:, :hdim], rz[:, hdim:]
            n = np.tanh(g[:, 2 * hdim :] + r * gh[:, 2 * hdim :])
            new = (1.0 - z) * n + z * h
            h = np.where((t < lengths)[:, None], new, h).astype(np.float32, copy=False)
        current = x[np.arange(b), lengths - 1]
        pre = np.concatenate([h, current], axis=-1) @ self.w1 + self.b1
        zz = 0.5 * pre * (1.0 + erf(pre / _SQRT2))  # exact GELU, as nn.GELU()
        return (zz @ self.wc + self.bc).astype(np.float32), (zz @ self.ws + self.bs).astype(np.float32)


class NumpyEnsemble:
    """The mean logits of several :class:`NumpyHead` passes (the NumPy side of
    :class:`~convowatch.nlp.model.head.HeadEnsemble`)."""

    def __init__(self, heads: list[nn.Module]) -> None:
        self.members = [NumpyHead(h) for h in heads]

    def __call__(self, emb: np.ndarray, feats: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Logits for padded arrays, averaged over the members."""
        outs = [m(emb, feats, lengths) for m in self.members]
        return (np.mean([c for c, _ in outs], axis=0).astype(np.float32),
                np.mean([s for _, s in outs], axis=0).astype(np.float32))
