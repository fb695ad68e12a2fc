"""The lexical channel: per-message probabilities from hashed word and character n-grams.

Why a second view of each message next to the MiniLM embedding? A frozen sentence
encoder places "ur a waste of space" near other sentences *about* people and places,
not near other insults; character n-grams catch the shared pieces of abuse, self-harm
and grooming vocabulary across phrasings ("kys", "kill urself", "worthless"), which is
why TF-IDF is the baseline to beat. Rather than stacking two conversation-level
models by hand, the window head reads these probabilities as per-entry features and
learns when to trust them (it is trained on *out-of-fold* lexical probabilities, see
``nlp/model/train.py``, so it learns how reliable they are on unseen writers).

The vectoriser is scikit-learn's stateless ``HashingVectorizer`` (no vocabulary to
store or leak: the saved model holds numbers only, never n-grams of training text),
with IDF weights and one logistic regression per category fitted on message labels.
Saved as ``lexical.npz`` in the model folder.
"""

from __future__ import annotations

import hashlib
from collections import Counter, OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from ..categories import CATEGORIES

if TYPE_CHECKING:
    from ..types import Conversation

LEXICAL_FILE = "lexical.npz"
FORMAT_VERSION = 1
N_FEATURES = 1 << 18


def _vectorizers() -> tuple[object, object]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = dict(n_features=N_FEATURES, alternate_sign=False, norm=None, lowercase=True, dtype=np.float32)
    return (HashingVectorizer(analyzer="word", ngram_range=(1, 2), **common),  # type: ignore[arg-type]
            HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common))  # type: ignore[arg-type]


def _counts(texts: Sequence[str], sublinear: bool = True):  # -> scipy.sparse.csr_matrix [n, 2 * N_FEATURES]
    """Sublinear term frequencies (raw counts with ``sublinear=False``), word n-grams in
    the first half of the columns, char n-grams in the second.

    The two halves are joined row by row by hand: ``scipy.sparse.hstack`` cost about as
    much as both vectorizers for the one-message calls of the service path.
    """
    from scipy.sparse import csr_matrix

    word, char = _vectorizers()
    a, b = word.transform(texts), char.transform(texts)  # type: ignore[attr-defined]
    a.sort_indices()
    b.sort_indices()
    n = len(texts)
    la, lb = np.diff(a.indptr), np.diff(b.indptr)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(la + lb, out=indptr[1:])
    indices = np.empty(indptr[-1], dtype=np.int32)
    data = np.empty(indptr[-1], dtype=np.float32)
    for i in range(n):
        s, ma, mb = indptr[i], la[i], lb[i]
        indices[s:s + ma] = a.indices[a.indptr[i]:a.indptr[i + 1]]
        indices[s + ma:s + ma + mb] = b.indices[b.indptr[i]:b.indptr[i + 1]] + N_FEATURES
        data[s:s + ma] = a.data[a.indptr[i]:a.indptr[i + 1]]
        data[s + ma:s + ma + mb] = b.data[b.indptr[i]:b.indptr[i + 1]]
    if sublinear:
        data = 1.0 + np.log(data)
    return csr_matrix((data.astype(np.float32), indices, indptr), shape=(n, 2 * N_FEATURES))


@dataclass(frozen=True)
class LexicalModel:
    """IDF weights and per-category logistic regressions over hashed n-grams.

    Args:
        idf: ``[2 * N_FEATURES]`` float32.
        coef: ``[n_categories, 2 * N_FEATURES]`` float32 (order of CATEGORIES).
        intercept: ``[n_categories]`` float32.
    """

    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def __post_init__(self) -> None:
        d = 2 * N_FEATURES
        if self.idf.shape != (d,) or self.coef.shape != (len(CATEGORIES), d) or self.intercept.shape != (len(CATEGORIES),):
            raise ValueError(f"lexical model shapes {self.idf.shape}, {self.coef.shape}, {self.intercept.shape} "
                             f"do not match {len(CATEGORIES)} categories x {d} features")
        # the coefficients as a C-contiguous [features, categories] array, made once: a
        # sparse @ dense product with ``coef.T`` copied the 6 MB matrix on every call
        # (a sixth of the whole scoring loop's time in a profile)
        object.__setattr__(self, "_coef_t", np.ascontiguousarray(self.coef.T))

    def _features(self, texts: Sequence[str]):
        return self._weigh(_counts(texts))

    def _weigh(self, x):  # sublinear counts -> TF-IDF rows of unit length (in place)
        x.data *= self.idf[x.indices]  # idf per column, in place (no dense broadcast)
        # L2 per row, by hand (sklearn's normalize validated its input at ~0.3 ms a call)
        lengths = np.diff(x.indptr)
        sq = np.bincount(np.repeat(np.arange(x.shape[0]), lengths), weights=x.data.astype(np.float64) ** 2,
                         minlength=x.shape[0])
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        x.data /= np.repeat(norms, lengths).astype(np.float32)
        return x

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Probability per category for each (normalised) text, ``[n, n_categories]`` float32."""
        if not texts:
            return np.zeros((0, len(CATEGORIES)), np.float32)
        return self.predict_counts(_counts(texts))

    def predict_counts(self, x) -> np.ndarray:
        """Probabilities for rows of sublinear counts (``_counts``' layout; changed in place)."""
        if x.shape[0] == 0:
            return np.zeros((0, len(CATEGORIES)), np.float32)
        z = np.asarray(self._weigh(x) @ self._coef_t) + self.intercept[None, :]
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    # -- files -------------------------------------------------------------
    def save(self, folder: Path, name: str = LEXICAL_FILE) -> Path:
        """Write ``lexical.npz`` (or ``name``; float16 coefficients, stored sparse: most hashed columns are unused)."""
        nz = np.flatnonzero(np.any(self.coef != 0, axis=0) | (self.idf != self.idf.max()))
        path = folder / name
        with path.open("wb") as fh:
            np.savez_compressed(fh, format_version=np.int64(FORMAT_VERSION), n_features=np.int64(N_FEATURES),
                                categories=np.array(CATEGORIES), columns=nz.astype(np.int32),
                                idf=self.idf[nz].astype(np.float32), idf_default=np.float32(self.idf.max()),
                                coef=self.coef[:, nz].astype(np.float16), intercept=self.intercept.astype(np.float32))
        return path

    @classmethod
    def load(cls, folder: Path, name: str = LEXICAL_FILE) -> "LexicalModel":
        """Read ``lexical.npz`` (or ``name``).

        Raises:
            ValueError: when the file was written for other categories, sizes or format.
        """
        path = folder / name
        with np.load(path, allow_pickle=False) as z:
            if int(z["format_version"]) != FORMAT_VERSION or int(z["n_features"]) != N_FEATURES:
                raise ValueError(f"{path}: format {int(z['format_version'])}/{int(z['n_features'])}, "
                                 f"expected {FORMAT_VERSION}/{N_FEATURES}")
            if tuple(str(c) for c in z["categories"]) != CATEGORIES:
                raise ValueError(f"{path}: categories {list(z['categories'])} differ from {list(CATEGORIES)}")
            d = 2 * N_FEATURES
            idf = np.full(d, float(z["idf_default"]), np.float32)
            coef = np.zeros((len(CATEGORIES), d), np.float32)
            cols = z["columns"]
            idf[cols] = z["idf"]
            coef[:, cols] = z["coef"].astype(np.float32)
            return cls(idf=idf, coef=coef, intercept=z["intercept"].astype(np.float32))


def fit_lexical(texts: Sequence[str], targets: np.ndarray, seed: int = 0, c: float = 4.0) -> LexicalModel:
    """Fit IDF and one logistic regression per category on message-level targets.

    Args:
        texts: distinct normalised message texts.
        targets: ``[n, n_categories]`` 0/1.
        seed: solver seed.
        c: inverse regularisation strength.
    """
    return fit_lexical_counts(_counts(texts), targets, seed=seed, c=c)


def fit_lexical_counts(x, targets: np.ndarray, seed: int = 0, c: float = 4.0,
                       sample_weight: np.ndarray | None = None) -> LexicalModel:
    """:func:`fit_lexical` on rows of sublinear counts (one per document, ``_counts``' layout),
    each row weighted by ``sample_weight`` if given (IDF counts every row once)."""
    idf, xf = tfidf_rows(x)
    coef, intercept = fit_regressions(xf, targets, seed=seed, c=c, class_weight="balanced", sample_weight=sample_weight)
    return LexicalModel(idf=idf, coef=coef, intercept=intercept)


def tfidf_rows(x) -> tuple[np.ndarray, Any]:
    """The channel's regression rows from rows of sublinear counts: the IDF fitted on them
    (every row counted once) and each row times it, L2-normalised (CSR)."""
    from sklearn.preprocessing import normalize

    idf = smooth_idf(np.bincount(x.indices, minlength=x.shape[1]), x.shape[0])
    return idf, normalize(x.multiply(idf[None, :]).tocsr(), copy=False)


def smooth_idf(df: np.ndarray, n_documents: int) -> np.ndarray:
    """``log((1 + n) / (1 + df)) + 1`` per column, float32 (scikit-learn's smoothed IDF)."""
    return (np.log((1 + n_documents) / (1 + np.asarray(df, np.float64))) + 1.0).astype(np.float32)


def fit_regressions(x, targets: np.ndarray, seed: int, c: float, class_weight: str | None = None,
                    sample_weight: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression per category column of ``targets`` (0/1) on the rows of ``x``:
    ``coef [n_categories, n_features]`` and ``intercept``; a category without both classes
    gets zeros and intercept -10, so it never fires."""
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((len(CATEGORIES), x.shape[1]), np.float32)
    intercept = np.full(len(CATEGORIES), -10.0, np.float32)
    for j in range(len(CATEGORIES)):
        y = np.asarray(targets[:, j]).astype(int)
        if y.min() == y.max():
            continue
        lr = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight, random_state=seed).fit(
            x, y, sample_weight=sample_weight)
        coef[j] = lr.coef_[0]
        intercept[j] = lr.intercept_[0]
    return coef, intercept


class DigestCache:
    """A bounded least-recently-used cache of per-text values, keyed by the SHA-1 digest of the raw text.

    Keys are digests, so the cache holds numbers, never message text. Shared by the
    per-message lexical channel (:class:`CachedLexical`) and the window-lexical one
    (:class:`~convowatch.nlp.model.window_lexical.WindowLexicalScorer`).
    """

    def __init__(self, max_items: int) -> None:
        self.max_items = max_items
        self._items: OrderedDict[bytes, Any] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._items)

    def get_many(self, texts: Sequence[str], compute: Callable[[list[str]], Sequence[Any]]) -> list[Any]:
        """The value of each text, in order; ``compute`` gets each missing distinct text once."""
        keys = [hashlib.sha1(t.encode("utf-8", "surrogatepass")).digest() for t in texts]
        out: list[Any] = [None] * len(texts)
        todo: dict[bytes, list[int]] = {}
        for i, k in enumerate(keys):
            hit = self._items.get(k)
            if hit is None:
                todo.setdefault(k, []).append(i)
            else:
                self._items.move_to_end(k)
                out[i] = hit
        if todo:
            values = compute([texts[idx[0]] for idx in todo.values()])
            for (k, idx), v in zip(todo.items(), values):
                for i in idx:
                    out[i] = v
                self._items[k] = v
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
        return out


class CachedLexical:
    """Per-message lexical probabilities with a bounded cache keyed by a digest of the text.

    The window head reads the lexical probabilities of every entry of every window, so
    each message would be normalised and scored W times; the cache makes it once. Keys
    are SHA-1 digests of the raw text, so the cache holds numbers, never message text.

    Args:
        model: the fitted lexical model.
        prepare: raw message text -> the normalised text the model was trained on.
        max_items: cache bound (entries of 12 bytes of floats plus a 20-byte key).
    """

    def __init__(self, model: LexicalModel, prepare: Callable[[str], str], max_items: int = 100_000) -> None:
        self.model = model
        self.prepare = prepare
        self._cache = DigestCache(max_items)

    def predict_raw(self, texts: Sequence[str]) -> np.ndarray:
        """``[n, n_categories]`` probabilities for raw message texts."""
        if not texts:
            return np.zeros((0, len(CATEGORIES)), np.float32)
        probs = self._cache.get_many(texts, lambda missing: self.model.predict([self.prepare(t) for t in missing]))
        return np.stack(probs).astype(np.float32, copy=False)


def message_lexical_targets(conv: "Conversation") -> np.ndarray:
    """Per-message 0/1 targets for the lexical channel, ``[n_messages, n_categories]``.

    A message is a positive of a category when the corpus labels *that message* with
    it; for grooming only the decisive stages count (the same definition as the window
    targets, :data:`~convowatch.nlp.model.data.DECISIVE_GROOMING_STAGES`), because an
    age question or a compliment on its own is what peers say too.
    """
    from ..categories import GROOMING
    from .data import DECISIVE_GROOMING_STAGES

    out = np.zeros((len(conv.messages), len(CATEGORIES)), np.float32)
    for i, ml in enumerate(conv.message_labels[: len(conv.messages)]):
        for j, c in enumerate(CATEGORIES):
            sub = (ml or {}).get(c)
            if sub and (c != GROOMING or sub in DECISIVE_GROOMING_STAGES):
                out[i, j] = 1.0
    return out


def fold_keys(conversations: Sequence["Conversation"], n_hash_folds: int = 3) -> list[str]:
    """The out-of-fold group of each training conversation.

    By writer (``meta.writer``) when the corpus has at least two, so the head learns how
    far the lexical channel can be trusted on a writer it has not read; conversations
    without a writer (corpus v1, a user's own corpus) are spread over the same folds by
    a stable hash of their id.
    """
    writers = sorted({str(c.meta.get("writer")) for c in conversations if c.meta.get("writer")})
    keys = writers if len(writers) >= 2 else [f"hash{k}" for k in range(n_hash_folds)]
    out = []
    for c in conversations:
        w = c.meta.get("writer")
        if w and str(w) in keys:
            out.append(str(w))
        else:
            h = int(hashlib.sha1(c.conversation_id.encode("utf-8")).hexdigest()[:8], 16)
            out.append(keys[h % len(keys)])
    return out


def _merge_max(into: dict[str, np.ndarray], items: Iterable[tuple[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Add text -> targets pairs; a text seen with several labels keeps the union (max)."""
    for t, y in items:
        into[t] = np.maximum(into[t], y) if t in into else y
    return into


def _fit_on(texts_targets: dict[str, np.ndarray], seed: int) -> LexicalModel:
    texts = sorted(texts_targets)
    return fit_lexical(texts, np.stack([texts_targets[t] for t in texts]), seed=seed)


def fit_out_of_fold(
    conversations: Sequence["Conversation"], prepare: Callable[[str], str], seed: int = 0
) -> tuple[LexicalModel, dict[tuple[str, str], np.ndarray], dict[str, object]]:
    """The lexical model on all of train, plus out-of-fold probabilities for every train message.

    Returns:
        The full model (shipped), ``{(conversation_id, message_id): probs}`` where each
        message is scored by the model fitted without its fold, and a summary for the
        model config (fold names and sizes).
    """
    keys = fold_keys(conversations)
    per_fold: dict[str, dict[str, np.ndarray]] = {}
    texts_of: list[list[str]] = []
    for conv, key in zip(conversations, keys):
        ts = [prepare(m.text) for m in conv.messages]
        texts_of.append(ts)
        _merge_max(per_fold.setdefault(key, {}), zip(ts, message_lexical_targets(conv)))
    everything: dict[str, np.ndarray] = {}
    for bucket in per_fold.values():
        _merge_max(everything, bucket.items())
    full = _fit_on(everything, seed)
    oof: dict[tuple[str, str], np.ndarray] = {}
    for key in per_fold:
        rest: dict[str, np.ndarray] = {}
        for other, bucket in per_fold.items():
            if other != key:
                _merge_max(rest, bucket.items())
        model = _fit_on(rest, seed)
        members = [i for i, k in enumerate(keys) if k == key]
        flat = [t for i in members for t in texts_of[i]]
        probs = model.predict(flat)
        pos = 0
        for i in members:
            conv = conversations[i]
            for m in conv.messages:
                oof[(conv.conversation_id, m.message_id)] = probs[pos]
                pos += 1
    summary = {"folds": dict(Counter(keys)), "train_texts": len(everything),
               "target": "message labels (grooming: decisive stages only)"}
    return full, oof, summary
