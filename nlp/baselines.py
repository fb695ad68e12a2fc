"""Simple baselines that convowatch must beat, trained on the same train split.

* ``tfidf``: TF-IDF word 1-2-grams + char 2-5-grams over the whole conversation's
  text, one logistic regression per category (scikit-learn). It sees every message
  at once, so it is an *upper* bound for a bag-of-words approach that streams.
* ``tfidf_streamed``: the same fitted model scored the way convowatch is scored, message
  by message: at every message it reads the conversation so far, and a conversation
  keeps its highest score. Counts are summed message by message, so the word pairs that
  straddle two messages are missing (the one difference from scoring each prefix's
  joined text). It says how much of the baseline's lead comes from reading the whole
  conversation at once, which a streaming analyzer cannot; the issue's comparison is
  still with ``tfidf``.
* ``sentinel``: the method of Roblox's Sentinel, reimplemented in a few lines on
  the shipped MiniLM: each message is scored by its mean cosine similarity to the
  top-k most similar risky training messages minus the same for benign training
  messages; a conversation is scored by the skewness of its message scores (a
  few strongly risky messages in an otherwise ordinary chat skew right), falling
  back to the highest message score for conversations under three messages.
  Skewness suits Sentinel's long user histories and does poorly on short chats, so
  ``sentinel_top3`` scores the same message similarities by the mean of the
  conversation's top three: the stronger of the two is the one to beat.

Both return one score per conversation and category, read by ``convowatch eval
--baselines`` next to the analyzer's own (its highest fused score per conversation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from .categories import CATEGORIES
from .types import Conversation

BASELINES: tuple[str, ...] = ("tfidf", "tfidf_streamed", "sentinel", "sentinel_top3")


def conversation_text(conv: Conversation) -> str:
    """All message texts of a conversation, one per line (what the TF-IDF baseline reads)."""
    return "\n".join(m.text for m in conv.messages)


@dataclass
class TfidfBaseline:
    """TF-IDF word+char n-grams with one logistic regression per category."""

    seed: int = 0
    models: dict[str, Any] | None = None
    vectorizer: Any = None

    def fit(self, train: Sequence[Conversation]) -> "TfidfBaseline":
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts = [conversation_text(c) for c in train]
        word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200_000)
        x = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
        self.vectorizer = (word, char)
        self.models = {}
        for c in CATEGORIES:
            y = np.array([int(bool(conv.labels.get(c))) for conv in train])
            if y.min() == y.max():
                continue
            self.models[c] = LogisticRegression(C=4.0, max_iter=2000, random_state=self.seed).fit(x, y)
        return self

    def score(self, conversations: Sequence[Conversation]) -> dict[str, np.ndarray]:
        """``{category: [n_conversations]}`` probabilities."""
        from scipy.sparse import hstack

        word, char = self.vectorizer
        texts = [conversation_text(c) for c in conversations]
        x = hstack([word.transform(texts), char.transform(texts)]).tocsr()
        out = {}
        for c in CATEGORIES:
            m = (self.models or {}).get(c)
            out[c] = m.predict_proba(x)[:, 1] if m is not None else np.zeros(len(conversations))
        return out


    def score_streamed(self, conversations: Sequence[Conversation]) -> dict[str, np.ndarray]:
        """``{category: [n_conversations]}``: each conversation's highest probability over its
        prefixes (:meth:`prefix_probabilities`)."""
        probs = self.prefix_probabilities(conversations)
        out = np.zeros((len(conversations), len(CATEGORIES)))
        start = 0
        for i, conv in enumerate(conversations):
            n = len(conv.messages)
            out[i] = probs[start:start + n].max(axis=0) if n else self._empty_probability()
            start += n
        return {c: out[:, j] for j, c in enumerate(CATEGORIES)}

    def _weights(self) -> tuple[np.ndarray, np.ndarray]:
        k = len(CATEGORIES)
        word, char = self.vectorizer
        w = np.zeros((len(word.vocabulary_) + len(char.vocabulary_), k))
        bias = np.full(k, -50.0)  # a category without a model never scores
        for j, c in enumerate(CATEGORIES):
            m = (self.models or {}).get(c)
            if m is not None:
                w[:, j] = m.coef_[0]
                bias[j] = float(m.intercept_[0])
        return w, bias

    def _empty_probability(self) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self._weights()[1]))

    def prefix_probabilities(self, conversations: Sequence[Conversation]) -> np.ndarray:
        """``[n_messages, n_categories]``, messages in order: the probability of the
        conversation so far after each message, counts summed message by message.

        Per conversation, the counts are cumulated on the columns it uses only (a few
        thousand), so the cost is linear in messages times that width, not quadratic in text.
        """
        from sklearn.feature_extraction.text import CountVectorizer

        blocks = []
        for v in self.vectorizer:  # the fitted vocabulary and analyzer, raw counts per message
            counter = CountVectorizer(vocabulary=v.vocabulary_, analyzer=v.analyzer, ngram_range=v.ngram_range,
                                      lowercase=v.lowercase, token_pattern=v.token_pattern)
            blocks.append((counter, v.idf_, len(v.vocabulary_)))
        offsets = np.cumsum([0] + [b[2] for b in blocks])
        w, bias = self._weights()
        texts = [m.text for conv in conversations for m in conv.messages]
        counts = [counter.transform(texts).tocsr() for counter, _, _ in blocks]
        out = np.zeros((len(texts), len(CATEGORIES)))
        start = 0
        for conv in conversations:
            n = len(conv.messages)
            if n == 0:
                continue
            z = np.tile(bias, (n, 1))
            for (_, idf, _), x, off in zip(blocks, counts, offsets):
                part = x[start:start + n]
                cols = np.unique(part.indices)
                if not len(cols):
                    continue
                cum = np.cumsum(part[:, cols].toarray(), axis=0)
                v = np.where(cum > 0, 1.0 + np.log(np.maximum(cum, 1.0)), 0.0) * idf[cols]
                norms = np.linalg.norm(v, axis=1)
                norms[norms == 0] = 1.0
                z += (v @ w[off + cols]) / norms[:, None]
            out[start:start + n] = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
            start += n
        return out


def _skewness(x: np.ndarray) -> float:
    sd = x.std()
    if sd < 1e-9:
        return 0.0
    return float(((x - x.mean()) ** 3).mean() / sd**3)


@dataclass
class SentinelBaseline:
    """Contrastive similarity to risky vs benign training messages, skewness per conversation.

    Args:
        encoder: anything with ``encode(texts) -> [n, dim]`` (normalised or not).
        k: neighbours averaged on each side.
        max_negatives: benign training messages kept in the negative index (sampled).
    """

    encoder: Any
    k: int = 5
    max_negatives: int = 20000
    seed: int = 0
    index: dict[str, tuple[np.ndarray, np.ndarray]] | None = None

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        e = np.asarray(self.encoder.encode(list(texts)), dtype=np.float32)
        return e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-9)

    def fit(self, train: Sequence[Conversation]) -> "SentinelBaseline":
        rng = np.random.default_rng(self.seed)
        neg_texts = sorted({m.text for conv in train if not any(conv.labels.get(c) for c in CATEGORIES) for m in conv.messages})
        if len(neg_texts) > self.max_negatives:
            neg_texts = [neg_texts[i] for i in sorted(rng.choice(len(neg_texts), self.max_negatives, replace=False))]
        neg = self._embed(neg_texts)
        self.index = {}
        for c in CATEGORIES:
            pos_texts = sorted({m.text for conv in train if conv.labels.get(c)
                                for m, ml in zip(conv.messages, conv.message_labels or [None] * len(conv.messages))
                                if ml and ml.get(c)})
            if pos_texts:
                self.index[c] = (self._embed(pos_texts), neg)
        return self

    def _topk_mean(self, q: np.ndarray, ref: np.ndarray) -> np.ndarray:
        sims = q @ ref.T
        k = min(self.k, ref.shape[0])
        return np.sort(sims, axis=1)[:, -k:].mean(axis=1)

    def score(self, conversations: Sequence[Conversation], aggregate: str = "skew") -> dict[str, np.ndarray]:
        """``{category: [n_conversations]}``; ``aggregate`` is ``"skew"`` (Sentinel's) or ``"top3"``."""
        texts = [m.text for conv in conversations for m in conv.messages]
        emb = self._embed(texts) if texts else np.zeros((0, 1), np.float32)
        bounds = np.cumsum([0] + [len(conv.messages) for conv in conversations])
        out = {}
        for c in CATEGORIES:
            if c not in (self.index or {}):
                out[c] = np.zeros(len(conversations))
                continue
            pos, neg = self.index[c]
            msg = self._topk_mean(emb, pos) - self._topk_mean(emb, neg)
            conv_scores = []
            for i in range(len(conversations)):
                s = msg[bounds[i] : bounds[i + 1]]
                if aggregate == "top3":
                    conv_scores.append(float(np.sort(s)[-3:].mean()))
                else:
                    conv_scores.append(float(s.max()) if len(s) < 3 else _skewness(s))
            out[c] = np.asarray(conv_scores)
        return out


def run_baselines(train: Sequence[Conversation], corpora: dict[str, Sequence[Conversation]], encoder: Any | None,
                  names: Sequence[str] = BASELINES, seed: int = 0) -> dict[str, dict[str, dict[str, float | None]]]:
    """AUPRC per baseline, corpus and category: ``{baseline: {corpus: {category: auprc}}}``.

    Args:
        train: the training conversations (the same split convowatch was trained on).
        corpora: named evaluation corpora.
        encoder: the MiniLM encoder for ``sentinel`` (skipped when None).
    """
    from .metrics import average_precision

    out: dict[str, dict[str, dict[str, float | None]]] = {}
    sentinel: SentinelBaseline | None = None
    tfidf: TfidfBaseline | None = None
    for name in names:
        if name in ("tfidf", "tfidf_streamed"):
            tfidf = tfidf or TfidfBaseline(seed=seed).fit(train)
            score: Any = tfidf.score if name == "tfidf" else tfidf.score_streamed
        elif name in ("sentinel", "sentinel_top3"):
            if encoder is None:
                continue
            sentinel = sentinel or SentinelBaseline(encoder, seed=seed).fit(train)
            agg = "skew" if name == "sentinel" else "top3"
            score = lambda convs, agg=agg: sentinel.score(convs, aggregate=agg)  # noqa: E731
        else:
            raise ValueError(f"unknown baseline {name!r}; expected one of {BASELINES}")
        out[name] = {}
        for cname, convs in corpora.items():
            scores = score(convs)
            out[name][cname] = {
                c: average_precision([int(bool(conv.labels.get(c))) for conv in convs], scores[c].tolist()) for c in CATEGORIES
            }
    return out
