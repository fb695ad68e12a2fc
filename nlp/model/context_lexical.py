"""The context-lexical channel: per-message n-gram probabilities fitted on conversation-context targets.

Why a second per-message lexical model? The shipped lexical channel (:mod:`.lexical`) is
fitted on *message* labels: only the line that insults, asks for a picture or says "i
want to die" is a positive, so the target's "leave me alone", a bystander's "guys stop
it", a friend's "are you ok??" and the topic around the risky lines are negatives. The
whole-conversation TF-IDF baseline, which beats the analyzer on the test writer, reads
them all as evidence, because its label is the conversation's. This channel gives the
streaming decision that view in a form the service can keep: the same hashed word and
character n-grams, one logistic regression per category whose positives are every
message of a risky conversation at or after its training onset
(:func:`~convowatch.nlp.model.data.training_onsets`). The decision reads the running
mean of its logit (``ctx_mean``, the baseline's bag of words in one number per category)
and its decaying peak (``ctx_top``): four floats of state per category, no text.

Every conversation weighs the same in the fit (its messages share one unit of weight),
so the long template conversations of corpus v1 do not outvote the authored ones, and
identical (text, target) pairs are merged with their summed weight, which leaves the fit
unchanged and makes it a few times faster. Saved as ``context_lexical.npz`` in the model
folder (numbers only, like ``lexical.npz``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from ..categories import CATEGORIES
from .lexical import LexicalModel, _counts, fit_lexical_counts

if TYPE_CHECKING:
    from ..types import Conversation

CONTEXT_LEXICAL_FILE = "context_lexical.npz"


def context_targets(conv: "Conversation") -> np.ndarray:
    """``[n_messages, n_categories]`` 0/1: the conversation is risky in the category at or after this message."""
    from .data import training_onsets

    ons = training_onsets(conv)
    out = np.zeros((len(conv.messages), len(CATEGORIES)), np.float32)
    for j, c in enumerate(CATEGORIES):
        if c in ons:
            out[ons[c]:, j] = 1.0
    return out


def fit_context_lexical(conversations: Sequence["Conversation"], prepare: Callable[[str], str],
                        seed: int = 0, c: float = 4.0) -> LexicalModel:
    """Fit the channel on ``conversations`` (every conversation weighs one unit)."""
    weight: dict[tuple[str, bytes], float] = {}
    for conv in conversations:
        if not conv.messages:
            continue
        share = 1.0 / len(conv.messages)
        for m, y in zip(conv.messages, context_targets(conv)):
            key = (prepare(m.text), y.astype(np.uint8).tobytes())
            weight[key] = weight.get(key, 0.0) + share
    if not weight:
        raise ValueError("no messages to fit the context-lexical channel on")
    keys = sorted(weight)
    texts = [t for t, _ in keys]
    targets = np.stack([np.frombuffer(y, np.uint8) for _, y in keys]).astype(np.float32)
    w = np.asarray([weight[k] for k in keys], np.float64)
    return fit_lexical_counts(_counts(texts), targets, seed=seed, c=c, sample_weight=w * (len(w) / w.sum()))


def save_context_lexical(model: LexicalModel, folder: Path) -> Path:
    return model.save(folder, CONTEXT_LEXICAL_FILE)


def load_context_lexical(folder: Path) -> LexicalModel | None:
    """The folder's channel, or None when it was trained without one."""
    return LexicalModel.load(folder, CONTEXT_LEXICAL_FILE) if (Path(folder) / CONTEXT_LEXICAL_FILE).exists() else None
