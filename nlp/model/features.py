"""Cheap per-message features that the window head reads next to the embeddings.

Text embeddings say *what* was written; these say *who* wrote it, *when* and what the
rules thought of it: who speaks (the current sender or the other side), how far back
a message is, the time gap before it (night-long silences vs rapid fire), how many
rules of each category fired on it, and the sender's declared role (adult/minor) when
the platform provides one. The same function builds features at training and at
inference time, so the two can never drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..categories import CATEGORIES
from ..participants import sender_is_adult
from ..window import Window, WindowEntry

#: Feature names in column order; stored in the model config so old models stay readable.
FEATURE_NAMES: tuple[str, ...] = (
    "same_sender",  # 1 if the entry's sender is the current message's sender
    "is_current",
    "distance",  # (L - 1 - i) / W: 0 for the current message
    "log_gap",  # log1p(seconds since the previous entry) / 10
    *(f"rules_{c}" for c in CATEGORIES),  # min(hits, 3) / 3 per category
    "sender_adult",  # declared in message meta (role/age); 0 when unknown
    "sender_minor",
    *(f"lex_{c}" for c in CATEGORIES),  # the lexical channel's probability per category (nlp/model/lexical.py)
)
RULE_COLUMNS = tuple(FEATURE_NAMES.index(f"rules_{c}") for c in CATEGORIES)
ROLE_COLUMNS = (FEATURE_NAMES.index("sender_adult"), FEATURE_NAMES.index("sender_minor"))
LEX_COLUMNS = tuple(FEATURE_NAMES.index(f"lex_{c}") for c in CATEGORIES)
#: The features of models trained before the lexical channel (still loadable).
V1_FEATURE_NAMES: tuple[str, ...] = FEATURE_NAMES[: LEX_COLUMNS[0]]


@dataclass(frozen=True)
class FeatureSpec:
    """Which features a model was trained with.

    Args:
        window: W, how many of the newest entries the head reads.
        use_rules: read rule-hit counts (False when trained without a rule engine, so
            rule hits at inference cannot push the model off its training distribution).
        use_roles: read declared sender roles from message meta.
        use_lexical: read the lexical channel's per-message probabilities (the model
            folder then ships ``lexical.npz``); models trained before it read
            :data:`V1_FEATURE_NAMES` and stay loadable.
    """

    window: int = 12
    use_rules: bool = True
    use_roles: bool = True
    use_lexical: bool = False

    def __post_init__(self) -> None:
        if self.window < 1:
            raise ValueError(f"feature window must be >= 1, got {self.window}")

    @property
    def names(self) -> tuple[str, ...]:
        """Feature columns in the order the head reads them."""
        return FEATURE_NAMES if self.use_lexical else V1_FEATURE_NAMES

    @property
    def n_features(self) -> int:
        return len(self.names)

    def to_dict(self) -> dict:
        return {"window": self.window, "use_rules": self.use_rules, "use_roles": self.use_roles,
                "use_lexical": self.use_lexical, "names": list(self.names)}

    @classmethod
    def from_dict(cls, d: dict) -> "FeatureSpec":
        """Read a saved spec.

        Raises:
            ValueError: when the saved feature names are not what this version computes.
        """
        spec = cls(window=int(d["window"]), use_rules=bool(d["use_rules"]), use_roles=bool(d["use_roles"]),
                   use_lexical=bool(d.get("use_lexical", False)))
        names = tuple(d.get("names", spec.names))
        if names != spec.names:
            raise ValueError(f"model was trained with features {list(names)}; this version reads {list(spec.names)}")
        return spec


def _role(entry: WindowEntry) -> tuple[float, float]:
    adult = sender_is_adult(entry.message.meta)
    return (0.0, 0.0) if adult is None else (1.0, 0.0) if adult else (0.0, 1.0)


def entry_features(entries: Sequence[WindowEntry], spec: FeatureSpec, lexical: np.ndarray | None = None) -> np.ndarray:
    """Features of the newest ``spec.window`` entries of a window.

    Args:
        entries: window entries, oldest first; the last is the current message.
        spec: the model's feature spec.
        lexical: ``[len(entries), n_categories]`` lexical probabilities of the entries
            (required when ``spec.use_lexical``).

    Returns:
        ``[L, n_features]`` float32 with ``L = min(len(entries), spec.window)``.

    Raises:
        ValueError: when the spec reads the lexical channel and ``lexical`` is missing.
    """
    entries = list(entries)
    if spec.use_lexical:
        if lexical is None or len(lexical) != len(entries):
            raise ValueError("this model reads the lexical channel: pass one row of lexical probabilities per entry")
        lexical = np.asarray(lexical, np.float32)[-spec.window :]
    entries = entries[-spec.window :]
    n = len(entries)
    out = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32)
    current = entries[-1].message.sender_id
    prev_ts = None
    for i, e in enumerate(entries):
        m = e.message
        out[i, 0] = 1.0 if m.sender_id == current else 0.0
        out[i, 1] = 1.0 if i == n - 1 else 0.0
        out[i, 2] = (n - 1 - i) / spec.window
        if prev_ts is not None:
            out[i, 3] = math.log1p(max(0.0, (m.ts - prev_ts).total_seconds())) / 10.0
        prev_ts = m.ts
        if spec.use_rules and e.rule_hits:
            for col, cat in zip(RULE_COLUMNS, CATEGORIES):
                hits = sum(1 for r in e.rule_hits if r.startswith(cat + "."))
                out[i, col] = min(hits, 3) / 3.0
        if spec.use_roles:
            out[i, ROLE_COLUMNS[0]], out[i, ROLE_COLUMNS[1]] = _role(e)
    if spec.use_lexical:
        out[:, LEX_COLUMNS[0] : LEX_COLUMNS[-1] + 1] = lexical
    return out[:, : spec.n_features]


def usable_entries(window: Window, spec: FeatureSpec) -> tuple[WindowEntry, ...]:
    """The newest ``spec.window`` entries that carry an embedding.

    Older entries may lack one when a window store was filled before the model was
    switched on; they are skipped rather than failing the whole wave.

    Raises:
        ValueError: when the current message has no embedding (the analyzer ran without an encoder).
    """
    if window.current.embedding is None:
        raise ValueError(f"current message of conversation {window.conversation_id} has no embedding")
    return tuple(e for e in window.entries if e.embedding is not None)[-spec.window :]


def window_embeddings(entries: Sequence[WindowEntry]) -> np.ndarray:
    """Stacked embeddings of entries, ``[L, dim]`` float32."""
    return np.stack([np.asarray(e.embedding, dtype=np.float32) for e in entries])


def pad_batch(seqs: Sequence[np.ndarray], width: int) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad ``[L_i, d]`` arrays into ``[n, width, d]`` plus lengths ``[n]``."""
    d = seqs[0].shape[1]
    out = np.zeros((len(seqs), width, d), dtype=np.float32)
    lengths = np.zeros(len(seqs), dtype=np.int64)
    for i, s in enumerate(seqs):
        out[i, : len(s)] = s
        lengths[i] = len(s)
    return out, lengths
