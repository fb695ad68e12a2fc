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
from .lexical import N_FEATURES, LexicalModel, _counts

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


def fit_conversation_lexical(conversations: Sequence["Conversation"], prepare: Callable[[str], str],
                             seed: int = 0, c: float = 4.0) -> LexicalModel:
    """IDF over the training messages, then one logistic regression per category on each
    conversation's streamed document and its labels (as the TF-IDF baseline)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    convs = [cv for cv in conversations if cv.messages]
    if not convs:
        raise ValueError("no conversations to fit the conversation-lexical channel on")
    texts = [prepare(m.text) for cv in convs for m in cv.messages]
    x = _counts(texts)
    df = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float64)
    idf = (np.log((1 + x.shape[0]) / (1 + df)) + 1.0).astype(np.float32)
    x.data *= idf[x.indices]
    sq = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    lengths = [len(cv.messages) for cv in convs]
    owner = np.repeat(np.arange(len(convs)), lengths)
    pool = csr_matrix((np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(len(convs), len(owner)))
    docs = (pool @ x).tocsr()
    norms = np.sqrt(np.maximum(pool @ sq, 1e-12))
    docs = csr_matrix(docs.multiply(1.0 / norms[:, None]))
    coef = np.zeros((len(CATEGORIES), 2 * N_FEATURES), np.float32)
    intercept = np.full(len(CATEGORIES), -10.0, np.float32)
    for j, cat in enumerate(CATEGORIES):
        y = np.asarray([int(bool(cv.labels.get(cat))) for cv in convs])
        if y.min() == y.max():
            continue
        lr = LogisticRegression(C=c, max_iter=3000, random_state=seed).fit(docs, y)
        coef[j] = lr.coef_[0]
        intercept[j] = lr.intercept_[0]
    return LexicalModel(idf=idf, coef=coef, intercept=intercept)


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
