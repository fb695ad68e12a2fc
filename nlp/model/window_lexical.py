"""The window-lexical channel: one bag of words over the whole window, as the TF-IDF baseline reads a conversation.

Why, next to the per-message lexical channel? The whole-conversation TF-IDF baseline
beats the analyzer on writers it has not read because it weighs many weak cues at once
("hang on", "again", "nobody likes", "everyone saw" spread over a pile-on), which a
per-message probability sees one at a time. The service cannot score the whole
conversation (it keeps a bounded window and nothing else), so this channel scores the
same kind of document over what it does keep: the last W normalised messages joined,
hashed word 1-2-grams and char 2-5-grams, sublinear TF-IDF, one logistic regression per
category (the same :class:`~convowatch.nlp.model.lexical.LexicalModel`, saved as
``window_lexical.npz``). It is fitted on windows of the training conversations with the
decision's own targets (risky at or after the training onset), and the decision reads
its probability at each message (``wlex_cur``) and its decaying peak (``wlex_max``).

The decision is fitted on out-of-writer replays, so the window-lexical column of a
writer's replays comes from a model fitted without that writer
(:func:`window_lexical_rows` on each fold), exactly as the window head's does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..categories import CATEGORIES
from ..decision import WINDOW_LEXICAL_FEATURES
from ..types import Conversation
from .lexical import N_FEATURES, DigestCache, LexicalModel, _counts, fit_lexical_counts

WINDOW_LEXICAL_FILE = "window_lexical.npz"
__all__ = ["WINDOW_LEXICAL_FEATURES", "WINDOW_LEXICAL_FILE", "fit_window_lexical", "load_window_lexical",
           "save_window_lexical", "window_documents", "window_lexical_rows", "message_counts",
           "WindowLexicalScorer"]
#: Windows sampled per training conversation beyond its onsets and its last message:
#: every window of every conversation would be ~185k documents of a dozen messages each.
RANDOM_POSITIONS = 2


def _prepare() -> Callable[[str], str]:
    from ..analyzer import AnalyzerConfig
    from .windows import normalized_text

    acfg = AnalyzerConfig()
    return lambda t: normalized_text(t, acfg)


def window_documents(counts, spans: Sequence[tuple[int, int]]):  # -> csr [len(spans), 2 * N_FEATURES]
    """Sublinear counts of window documents from raw per-message counts.

    A window's document is the sum of its messages' raw n-gram counts (rows ``a`` to
    ``b - 1`` of ``counts``), then ``1 + log`` as for one message: the same as joining the
    texts, less the word pairs that straddle two messages. Summing counts rather than
    joining texts lets the service count each message once and reuse it in the next
    eleven windows (:class:`WindowLexicalScorer`), and training do the same in one sparse
    product.
    """
    from scipy.sparse import csr_matrix

    lengths = np.array([b - a for a, b in spans], np.int64)
    indptr = np.zeros(len(spans) + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    cols = np.concatenate([np.arange(a, b) for a, b in spans]) if spans else np.zeros(0, np.int64)
    pick = csr_matrix((np.ones(len(cols), np.float32), cols, indptr), shape=(len(spans), counts.shape[0]))
    docs = (pick @ counts).tocsr()
    docs.sort_indices()
    docs.data = (1.0 + np.log(docs.data)).astype(np.float32)
    return docs


@dataclass
class MessageCounts:
    """Raw n-gram counts of every message of a set of conversations, counted once."""

    counts: object  # csr [n_messages, 2 * N_FEATURES]
    start: dict[str, int]  # conversation id -> row of its first message

    def span(self, conv: Conversation, i: int, window: int) -> tuple[int, int]:
        """Rows of the window ending at message ``i`` of ``conv``."""
        s = self.start[conv.conversation_id]
        return s + max(0, i - window + 1), s + i + 1


def message_counts(conversations: Sequence[Conversation], prepare: Callable[[str], str] | None = None) -> MessageCounts:
    """Count every message of ``conversations`` once (normalised as the analyzer does)."""
    prepare = prepare or _prepare()
    start, texts = {}, []
    for conv in conversations:
        start.setdefault(conv.conversation_id, len(texts))
        texts.extend(prepare(m.text) for m in conv.messages)
    return MessageCounts(_counts(texts, sublinear=False), start)


def _positions(conv: Conversation, onsets: dict[str, int], seed: int) -> list[int]:
    """The message positions whose windows train the channel: all of a short conversation;
    for a longer one its last message, each onset and two after it, and a few seeded others."""
    n = len(conv.messages)
    if n <= 6:
        return list(range(n))
    keep = {n - 1}
    for i in onsets.values():
        keep.update(p for p in (i, i + 2) if p < n)
    h = int(hashlib.sha1(f"{seed}:{conv.conversation_id}".encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng(h)
    keep.update(int(p) for p in rng.integers(0, n, RANDOM_POSITIONS))
    return sorted(keep)


#: What the channel is fitted on: sampled ``windows`` with the decision's targets, or
#: whole ``conversations`` with their labels (the TF-IDF baseline's training, applied to windows).
DOCUMENTS = ("windows", "conversations")


def fit_window_lexical(conversations: Sequence[Conversation], window: int = 12, seed: int = 0,
                       counts: MessageCounts | None = None, documents: str = "windows") -> LexicalModel:
    """Fit the channel on sampled windows of ``conversations`` (targets as the decision's),
    or on the whole conversations with their labels (``documents="conversations"``).

    Args:
        window: messages per document (the head's window, ``FeatureSpec.window``).
        counts: :func:`message_counts` of (at least) these conversations, when already made.
    """
    from .data import training_onsets

    if documents not in DOCUMENTS:
        raise ValueError(f"documents must be one of {DOCUMENTS}, got {documents!r}")
    counts = counts or message_counts(conversations)
    spans, targets = [], []
    for conv in conversations:
        if documents == "conversations":
            spans.append(counts.span(conv, len(conv.messages) - 1, len(conv.messages)))
            targets.append([float(bool(conv.labels.get(c))) for c in CATEGORIES])
            continue
        ons = training_onsets(conv)
        for i in _positions(conv, ons, seed):
            spans.append(counts.span(conv, i, window))
            targets.append([1.0 if c in ons and i >= ons[c] else 0.0 for c in CATEGORIES])
    return fit_lexical_counts(window_documents(counts.counts, spans), np.asarray(targets, np.float32), seed=seed)


def window_lexical_rows(model: LexicalModel, conversations: Sequence[Conversation], rows: np.ndarray,
                        window: int = 12, counts: MessageCounts | None = None) -> np.ndarray:
    """The channel's probability at each replay row, ``[n_rows, n_categories]``.

    Args:
        rows: replay rows (:func:`~convowatch.nlp.model.decision_fit.replay_rows`) of
            ``conversations``: column 0 the conversation's index, column 1 the message's.
        counts: :func:`message_counts` of (at least) these conversations, when already made.
    """
    counts = counts or message_counts(conversations)
    spans = [counts.span(conversations[ci], mi, window) for ci, mi in rows[:, :2].astype(int)]
    out = np.zeros((len(spans), len(CATEGORIES)), np.float32)
    for s in range(0, len(spans), 8192):
        out[s:s + 8192] = model.predict_counts(window_documents(counts.counts, spans[s:s + 8192]))
    return out


class WindowLexicalScorer:
    """The channel in the service: each message counted once, windows summed from the counts.

    Per-message raw counts are kept in a bounded cache keyed by a digest of the raw text
    (hashed n-gram ids and counts: numbers, never text), so the eleven later windows a
    message falls in reuse them; an evicted message is counted again.

    Args:
        model: the fitted channel.
        prepare: raw message text -> the normalised text the model was trained on.
        max_items: cache bound (a message's counts take a few kilobytes).
    """

    def __init__(self, model: LexicalModel, prepare: Callable[[str], str], max_items: int = 20_000) -> None:
        self.model = model
        self.prepare = prepare
        self._cache = DigestCache(max_items)

    def _count(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Raw counts of distinct texts, one ``(indices, data)`` pair each."""
        x = _counts([self.prepare(t) for t in texts], sublinear=False)
        return [(x.indices[x.indptr[r]:x.indptr[r + 1]].copy(), x.data[x.indptr[r]:x.indptr[r + 1]].copy())
                for r in range(len(texts))]

    def predict(self, windows: Sequence[Sequence[str]]) -> np.ndarray:
        """``[n_windows, n_categories]`` probabilities; each window is its raw message texts, oldest first."""
        from scipy.sparse import csr_matrix

        if not windows:
            return np.zeros((0, len(CATEGORIES)), np.float32)
        flat = [t for w in windows for t in w]
        rows = self._cache.get_many(flat, self._count)
        lengths = np.array([len(i) for i, _ in rows], np.int64)
        indptr = np.zeros(len(rows) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        counts = csr_matrix((np.concatenate([d for _, d in rows]), np.concatenate([i for i, _ in rows]), indptr),
                            shape=(len(rows), 2 * N_FEATURES))
        bounds = np.cumsum([0] + [len(w) for w in windows])
        return self.model.predict_counts(window_documents(counts, list(zip(bounds[:-1], bounds[1:]))))


def save_window_lexical(model: LexicalModel, folder: Path) -> Path:
    """Write ``window_lexical.npz`` into a model folder."""
    return model.save(folder, WINDOW_LEXICAL_FILE)


def load_window_lexical(folder: Path) -> LexicalModel | None:
    """The folder's window-lexical model, or None when it has none (a model from before the channel)."""
    return LexicalModel.load(folder, WINDOW_LEXICAL_FILE) if (folder / WINDOW_LEXICAL_FILE).is_file() else None
