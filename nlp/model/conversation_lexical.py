"""The conversation-lexical channel: the TF-IDF baseline's view, in a form the service can stream.

The whole-conversation TF-IDF baseline reads every n-gram of the conversation at once.
Scored message by message as the analyzer is (``tfidf_streamed`` in ``convowatch eval
--baselines``), it is still ahead on the test writer, and as a decision feature it raised
the out-of-writer AUPRC (``benchmarks/streamed_tfidf_selection.py``). It needs the
conversation's n-gram counts, though, and the service keeps no text, nor anything that
counts words, outside the 12-message window.

This channel keeps two numbers per category instead. Each message ``m`` becomes its own
sublinear TF-IDF vector ``v_m`` (hashed word 1-2-grams and char 2-5-grams, as the
lexical channel: no vocabulary is stored), and a conversation so far is the document

    x = (v_1 + ... + v_n) / sqrt(|v_1|^2 + ... + |v_n|^2)

so that its score ``w . x`` is ``N / sqrt(S)`` with ``N = sum_m w . v_m`` (one float per
category) and ``S = sum_m |v_m|^2`` (one float): both add up message by message, and
neither says which words were used. It differs from the baseline's document in two
ways: an n-gram repeated across messages counts once per message (not sublinearly
over the conversation), and the norm leaves out the overlap between messages. The
logistic regression is fitted on exactly this document for every training conversation,
so what a service would stream is what was fitted.

**Not shipped (session 14).** As a decision feature it raised the out-of-writer AUPRC by
+0.004 / +0.003 / +0.001, under the +0.005 bar that the exact streamed baseline passed
(+0.006 / +0.005 / +0.001; ``benchmarks/streamed_tfidf_selection.py``). Alone on
``v2_val`` it scores 0.937 / 0.852 / 0.944 against the exact form's 0.934 / 0.885 / 0.955:
the two approximations cost bullying most. So the service carries no part of it; this
module stays for the selection script, and for a next form that keeps more of the
baseline (an overlap-aware norm) without keeping words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from ..categories import CATEGORIES
from .lexical import N_FEATURES, LexicalModel, _counts, fit_regressions, smooth_idf

if TYPE_CHECKING:
    from ..types import Conversation


def message_terms(model: LexicalModel, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each (normalised) text's ``w . v_m`` per category ``[n, k]`` and ``|v_m|^2`` ``[n]``."""
    if not texts:
        return np.zeros((0, len(CATEGORIES))), np.zeros(0)
    x = _counts(texts)
    x.data *= model.idf[x.indices]
    dots = np.asarray(x @ model._coef_t, dtype=np.float64)  # type: ignore[attr-defined]
    sq = np.asarray(x.multiply(x).sum(axis=1), dtype=np.float64).ravel()
    return dots, sq


def prefix_scores(dots: np.ndarray, sq: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """``N / sqrt(S)`` after each message, ``[n, k]`` (0 while ``S`` is 0); ``starts``: 1 where a conversation begins."""
    out = np.zeros_like(dots)
    n, s = np.zeros(dots.shape[1]), 0.0
    for i in range(len(dots)):
        if starts[i]:
            n, s = np.zeros(dots.shape[1]), 0.0
        n, s = n + dots[i], s + float(sq[i])
        out[i] = n / np.sqrt(s) if s > 0 else 0.0
    return out


def _regressions(docs, convs: Sequence["Conversation"], seed: int, c: float) -> dict[str, np.ndarray]:
    """One logistic regression per category on conversation documents and their labels, as
    the TF-IDF baseline fits them (no class weights): ``coef`` and ``intercept`` for a
    :class:`LexicalModel`."""
    labels = np.asarray([[int(bool(cv.labels.get(cat))) for cat in CATEGORIES] for cv in convs])
    coef, intercept = fit_regressions(docs, labels, seed=seed, c=c)
    return {"coef": coef, "intercept": intercept}


def fit_conversation_lexical(conversations: Sequence["Conversation"], prepare: Callable[[str], str],
                             seed: int = 0, c: float = 4.0) -> LexicalModel:
    """IDF over the training messages, then one logistic regression per category on each
    conversation's streamed document and its labels (as the TF-IDF baseline)."""
    from scipy.sparse import csr_matrix

    convs = [cv for cv in conversations if cv.messages]
    if not convs:
        raise ValueError("no conversations to fit the conversation-lexical channel on")
    texts = [prepare(m.text) for cv in convs for m in cv.messages]
    x = _counts(texts)
    idf = smooth_idf(np.bincount(x.indices, minlength=x.shape[1]), x.shape[0])
    x.data *= idf[x.indices]
    sq = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    lengths = [len(cv.messages) for cv in convs]
    owner = np.repeat(np.arange(len(convs)), lengths)
    pool = csr_matrix((np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(len(convs), len(owner)))
    docs = (pool @ x).tocsr()
    norms = np.sqrt(np.maximum(pool @ sq, 1e-12))
    docs = csr_matrix(docs.multiply(1.0 / norms[:, None]))
    return LexicalModel(idf=idf, **_regressions(docs, convs, seed=seed, c=c))


def conversation_lexical_rows(model: LexicalModel, conversations: Sequence["Conversation"], rows: np.ndarray,
                              prepare: Callable[[str], str]) -> np.ndarray:
    """``rows`` with the channel's block appended (after a zero window-lexical block when the
    rows carry none): ``sigmoid(N / sqrt(S))`` after each replayed message, in row order."""
    from .decision_fit import append_context_block

    dots, sq = message_terms(model, [prepare(m.text) for cv in conversations for m in cv.messages])
    z = prefix_scores(dots, sq, rows[:, 1] == 0) if len(rows) else dots
    return append_context_block(rows, 1.0 / (1.0 + np.exp(-z)))


def fit_conversations(conversations: Sequence["Conversation"]) -> list["Conversation"]:
    """What the channel is fitted on: the authored conversations (those that name their
    writer, corpus v2), as the TF-IDF baseline is fitted on ``v2_train``; a corpus without
    writers (a user's own) is used whole. Corpus v1's template chats, long runs of
    generator filler, would teach a bag of words the generator's lexicon."""
    authored = [c for c in conversations if c.meta.get("writer")]
    return authored or list(conversations)


# -- the window-exact form (session 14, screened after the form above) --------------------
def _blocks(cols: np.ndarray) -> list[np.ndarray]:
    """Masks of the word-n-gram and char-n-gram columns (each block is normalised on its own, as the baseline's)."""
    return [cols < N_FEATURES, cols >= N_FEATURES]


def _hybrid_scores(x, idf: np.ndarray, coef: np.ndarray, window: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """Scores ``[n, k]`` of one conversation after each message, and its final document per block.

    ``x``: the conversation's raw per-message counts (``_counts(..., sublinear=False)``).
    The last ``window`` messages (what the window store holds as text) are one exact bag:
    counts summed, then sublinear TF, IDF. Older messages are folded into two sums per
    block, ``N = sum w . v_m`` and ``S = sum |v_m|^2`` of their own sublinear vectors.
    Score per block ``(w . u + N) / sqrt(|u|^2 + S)``, summed over the two blocks.
    """
    n = x.shape[0]
    cols = np.unique(x.indices)
    dense = x[:, cols].toarray().astype(np.float64)
    w = coef[:, cols].T.astype(np.float64)  # [u, k]
    f = idf[cols].astype(np.float64)
    cum = np.cumsum(dense, axis=0)
    own = np.where(dense > 0, 1.0 + np.log(np.maximum(dense, 1.0)), 0.0) * f  # each message's own vector
    out = np.zeros((n, coef.shape[0]))
    final: list[np.ndarray] = []
    for mask in _blocks(cols):
        if not mask.any():
            final.append(np.zeros((0,)))
            continue
        own_b, w_b = own[:, mask], w[mask]
        old_dot = np.cumsum(own_b @ w_b, axis=0)  # [n, k]: sum over messages 0..i
        old_sq = np.cumsum((own_b ** 2).sum(axis=1))
        for t in range(n):
            lo = max(0, t - window + 1)
            counts = cum[t, mask] - (cum[lo - 1, mask] if lo > 0 else 0.0)
            u = np.where(counts > 0, 1.0 + np.log(np.maximum(counts, 1.0)), 0.0) * f[mask]
            nd = old_dot[lo - 1] if lo > 0 else 0.0
            sq = old_sq[lo - 1] if lo > 0 else 0.0
            norm = np.sqrt(float(u @ u) + sq)
            if norm > 0:
                out[t] += (u @ w_b + nd) / norm
            if t == n - 1:
                old = own_b[:lo].sum(axis=0) if lo > 0 else np.zeros_like(u)
                final.append((u + old) / norm if norm > 0 else u)
    return out, final


def fit_window_exact_lexical(conversations: Sequence["Conversation"], prepare: Callable[[str], str],
                             window: int = 12, seed: int = 0, c: float = 4.0, min_df: int = 0) -> LexicalModel:
    """IDF over the training conversations, one logistic regression per category on each
    conversation's final window-exact document (:func:`_hybrid_scores`) and its labels.

    ``min_df``: hashed n-gram columns seen in fewer training conversations get IDF 0, so
    they count neither in a document's score nor in its norm: 0 keeps every column (the
    form screened first, where n-grams never seen in training still lengthen the norm), 1
    drops only those, 2 is the baseline's vectorizers' setting. Dropped columns are numbers
    in the IDF array, not a stored vocabulary.
    """
    from scipy.sparse import csr_matrix, vstack

    convs = [cv for cv in conversations if cv.messages]
    if not convs:
        raise ValueError("no conversations to fit the conversation-lexical channel on")
    per = [_counts([prepare(m.text) for m in cv.messages], sublinear=False).tocsr() for cv in convs]
    df = np.zeros(2 * N_FEATURES)
    for x in per:
        df[np.unique(x.indices)] += 1
    idf = smooth_idf(df, len(per))
    idf[df < min_df] = 0.0
    zero = np.zeros((len(CATEGORIES), 2 * N_FEATURES), np.float32)
    rows = []
    for x in per:
        cols = np.unique(x.indices)
        _, final = _hybrid_scores(x, idf, zero, window)
        vals = np.zeros(len(cols))
        for mask, v in zip(_blocks(cols), final):
            vals[mask] = v
        rows.append(csr_matrix((vals, (np.zeros(len(cols), int), cols)), shape=(1, 2 * N_FEATURES)))
    docs = vstack(rows).tocsr()
    return LexicalModel(idf=idf, **_regressions(docs, convs, seed=seed, c=c))


def window_exact_rows(model: LexicalModel, conversations: Sequence["Conversation"], rows: np.ndarray,
                      prepare: Callable[[str], str], window: int = 12) -> np.ndarray:
    """``rows`` with the window-exact channel's probability after each replayed message appended
    (:func:`~.decision_fit.append_context_block`)."""
    from .decision_fit import append_context_block

    out = []
    for cv in conversations:
        if not cv.messages:
            continue
        z, _ = _hybrid_scores(_counts([prepare(m.text) for m in cv.messages], sublinear=False).tocsr(),
                              model.idf, model.coef, window)
        out.append(z + model.intercept[None, :])
    z = np.vstack(out) if out else np.zeros((0, len(CATEGORIES)))
    return append_context_block(rows, 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50))))
