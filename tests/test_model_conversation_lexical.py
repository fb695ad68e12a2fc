"""The conversation-lexical channel (a selection-script channel, not shipped): what it streams is what it fitted."""

from __future__ import annotations

import numpy as np

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.model.conversation_lexical import (conversation_lexical_rows, fit_conversation_lexical,
                                                       fit_conversations, message_terms, prefix_scores)
from convowatch.nlp.model.lexical import _counts
from test_model_context_lexical import B, corpus


def test_when_a_conversation_is_streamed_then_its_last_score_is_the_fitted_documents_score():
    convs = corpus(40)
    model = fit_conversation_lexical(convs, str.lower)
    c = convs[3]
    texts = [m.text.lower() for m in c.messages]
    dots, sq = message_terms(model, texts)
    streamed = prefix_scores(dots, sq, np.eye(1, len(texts), 0, dtype=bool)[0])
    x = _counts(texts)  # the document the regression was fitted on, built by hand
    x.data *= model.idf[x.indices]
    v = np.asarray(x.sum(axis=0)).ravel() / np.sqrt(x.multiply(x).sum())
    np.testing.assert_allclose(streamed[-1], model.coef @ v, rtol=1e-4, atol=1e-4)
    benign = [m.text.lower() for m in convs[2].messages]
    b_dots, b_sq = message_terms(model, benign)
    assert streamed[-1, B] > prefix_scores(b_dots, b_sq, np.eye(1, len(benign), 0, dtype=bool)[0])[-1, B]


def test_when_rows_get_the_channel_then_risky_conversations_rank_above_benign_and_the_block_follows_a_zero_one():
    convs = corpus(40)
    model = fit_conversation_lexical(convs, str.lower)
    held = corpus(10, seed=3)
    k = len(CATEGORIES)
    rows = np.asarray([[i, j, *([0.0] * (3 * k + 3))] for i, c in enumerate(held) for j in range(len(c.messages))])
    out = conversation_lexical_rows(model, held, rows, str.lower)
    assert out.shape[1] == rows.shape[1] + 2 * k and not out[:, -2 * k:-k].any()
    last = out[[sum(len(c.messages) for c in held[:i + 1]) - 1 for i in range(len(held))], -k + B]
    risky = np.asarray([bool(c.labels["bullying"]) for c in held])
    assert last[risky].min() > last[~risky].max()


def test_when_a_corpus_names_its_writers_then_only_the_authored_conversations_are_fitted_on():
    convs = corpus(4)
    from dataclasses import replace

    authored = [replace(convs[0], meta={"writer": "w"})]
    assert fit_conversations(authored + convs[1:]) == authored
    assert fit_conversations(convs) == convs
