"""Build training windows exactly as the analyzer builds them at inference.

Train/inference parity is the point: rather than re-implementing windowing, the
trainer runs the real :class:`~convowatch.nlp.analyzer.Analyzer`'s pure step (same
normaliser, same rule engine, same windowing) and reads each window's entries from the
outcome: their features and which embedding rows they use. Embeddings are computed
beforehand, once per distinct normalised text, in large batches; the analyzer's
encoder calls are then table look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from ..analyzer import Analyzer, AnalyzerConfig, prepare_text
from ..categories import CATEGORIES
from ..types import Conversation
from ..window import WindowConfig
from .data import message_targets
from .features import FeatureSpec, entry_features


class TableEncoder:
    """An ``Encoder`` that looks precomputed embeddings up by normalised text.

    Raises:
        KeyError: for a text that was not precomputed (a parity bug, never silent).
    """

    def __init__(self, matrix: np.ndarray, index: dict[str, int], name: str) -> None:
        self.matrix = matrix
        self.index = index
        self.name = name
        self.dim = int(matrix.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.matrix[[self.index[t] for t in texts]]


def normalized_text(text: str, config: AnalyzerConfig) -> str:
    """The text the analyzer hands to the encoder for a message."""
    return prepare_text(text, config).text


def unique_index(texts: Sequence[str]) -> dict[str, int]:
    """Each distinct text -> its row, in order of first appearance: the row order of
    :func:`encode_unique`'s matrix, however that matrix was obtained."""
    index: dict[str, int] = {}
    for t in texts:
        index.setdefault(t, len(index))
    return index


def encode_unique(
    texts: Sequence[str], encoder: Any, chunk: int = 2048, on_progress: Callable[[int], None] | None = None
) -> tuple[np.ndarray, dict[str, int]]:
    """Encode each distinct text once.

    Returns:
        ``[U, dim]`` float32 matrix and a text -> row index.
    """
    index = unique_index(texts)
    unique = list(index)
    matrix = np.zeros((len(unique), encoder.dim), dtype=np.float32)
    for start in range(0, len(unique), chunk):
        part = unique[start : start + chunk]
        matrix[start : start + len(part)] = encoder.encode(part)
        if on_progress:
            on_progress(len(part))
    return matrix, index


def gather_unique(texts: Sequence[str], matrix: np.ndarray, index: Mapping[str, int]) -> tuple[np.ndarray, dict[str, int]] | None:
    """:func:`encode_unique`'s result for ``texts``, read from an encoding of a superset.

    Why: a fold head of the decision trains on a subset of the full run's texts, and
    encoding them again costs about a third of a fold. The encoder is not batch-invariant
    (rows differ by ~1e-7 between batch compositions), so reading the full run's rows also
    gives every text one embedding across the run. Returns None when a text is missing.
    """
    own = unique_index(texts)
    try:
        rows = [index[t] for t in own]
    except KeyError:
        return None
    return matrix[rows], own


@dataclass
class WindowSet:
    """Windows as arrays: ``rows [N, W]`` index the embedding matrix (0-padded), ``feats [N, W, F]``,
    ``lengths [N]``, targets ``y [N, C]`` and ``stage [N]``, and each window's conversation id."""

    rows: np.ndarray
    feats: np.ndarray
    lengths: np.ndarray
    y: np.ndarray
    stage: np.ndarray
    conversation_ids: list[str]

    def __len__(self) -> int:
        return len(self.lengths)


def build_windows(
    conversations: Sequence[Conversation],
    matrix: np.ndarray,
    index: dict[str, int],
    spec: FeatureSpec,
    rules: Any | None,
    chunk: int = 256,
    on_progress: Callable[[int], None] | None = None,
    lexical_of: Mapping[tuple[str, str], np.ndarray] | None = None,
) -> WindowSet:
    """Run the analyzer over labelled conversations and collect one training window per message.

    Args:
        conversations: labelled corpus conversations (ids unique).
        matrix, index: embeddings from :func:`encode_unique` over the analyzer's normalised texts.
        spec: feature spec (W) of the model being trained.
        rules: the rule engine whose hits become features, or None.
        chunk: conversations per ``process_many`` call (the analyzer batches them in waves).
        lexical_of: lexical probabilities per ``(conversation_id, message_id)`` when the
            spec reads the lexical channel (out-of-fold for train, see
            :func:`~convowatch.nlp.model.lexical.fit_out_of_fold`).
    """
    config = AnalyzerConfig(window=WindowConfig(size=spec.window))
    encoder = TableEncoder(matrix, index, "table")
    targets: dict[tuple[str, str], Any] = {}
    records: list[tuple[str, str, list[int], np.ndarray]] = []
    for start in range(0, len(conversations), chunk):
        part = conversations[start : start + chunk]
        row_of: dict[tuple[str, str], int] = {}
        batch = []
        for conv in part:
            for m, t in zip(conv.messages, message_targets(conv)):
                row_of[(conv.conversation_id, m.message_id)] = index[normalized_text(m.text, config)]
                targets[(conv.conversation_id, m.message_id)] = t
                batch.append(m)
        outcome = Analyzer(rules=rules, encoder=encoder, config=config).assess(batch, {})
        for conv in part:  # each window as the detectors saw it: the entries so far, last W
            entries = outcome.changes[conv.conversation_id].appended if conv.messages else []
            for k in range(len(entries)):
                window = entries[max(0, k + 1 - spec.window) : k + 1]
                keys = [(conv.conversation_id, e.message.message_id) for e in window]
                lex = None
                if spec.use_lexical:
                    assert lexical_of is not None
                    lex = np.stack([lexical_of[key] for key in keys])
                records.append((conv.conversation_id, entries[k].message.message_id,
                                [row_of[key] for key in keys], entry_features(window, spec, lex)))
        if on_progress:
            on_progress(len(part))
    n, w, f = len(records), spec.window, spec.n_features
    ws = WindowSet(
        rows=np.zeros((n, w), np.int64),
        feats=np.zeros((n, w, f), np.float32),
        lengths=np.zeros(n, np.int64),
        y=np.zeros((n, len(CATEGORIES)), np.float32),
        stage=np.zeros(n, np.int64),
        conversation_ids=[],
    )
    for i, (cid, mid, rows, feats) in enumerate(records):
        L = len(rows)
        ws.rows[i, :L] = rows
        ws.feats[i, :L] = feats
        ws.lengths[i] = L
        t = targets[(cid, mid)]
        ws.y[i] = t.categories
        ws.stage[i] = t.stage
        ws.conversation_ids.append(cid)
    return ws
