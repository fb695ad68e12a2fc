"""The context-lexical channel: its targets, its fit, the decision's two features, and a trained folder end to end."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import (CONTEXT_FEATURES, DEFAULT_FEATURES, DecisionModel, Running, feature_matrix,
                                     fit_decision, logit, message_probabilities)
from convowatch.nlp.model.context_lexical import (CONTEXT_LEXICAL_FILE, context_targets, fit_context_lexical,
                                                  load_context_lexical, save_context_lexical)
from convowatch.nlp.types import Conversation, Message

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
B = CATEGORIES.index("bullying")
INSULTS = ["ur so embarrassing", "nobody wants u here", "just leave the group already"]
REACTIONS = ["please stop", "leave me alone", "why are you all doing this"]
BENIGN = ["see u at practice", "what time is dinner", "lol that movie was good", "bring snacks", "my bus is late again"]


def conv(cid: str, texts: list[str], tags: list[str | None]) -> Conversation:
    msgs = tuple(Message(cid, f"m{i}", "a" if i % 2 else "b", T0 + timedelta(seconds=i), t, {}) for i, t in enumerate(texts))
    labels = tuple({"bullying": t} if t else None for t in tags)
    risky = any(tags)
    return Conversation(cid, msgs, {c: int(c == "bullying" and risky) for c in CATEGORIES}, {}, {}, labels)


def corpus(n: int = 40, seed: int = 0) -> list[Conversation]:
    """Bullying conversations where only the insults are labelled and the target answers them."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        texts = [BENIGN[int(k)] for k in rng.integers(0, len(BENIGN), 8)]
        tags: list[str | None] = [None] * 8
        if i % 2:
            for k in range(2, 8, 2):
                texts[k], tags[k] = INSULTS[int(rng.integers(0, 3))], "insult"
                texts[k + 1] = REACTIONS[int(rng.integers(0, 3))]
        out.append(conv(f"c{i}", texts, tags))
    return out


def test_when_a_conversation_turns_risky_then_every_message_from_its_onset_is_a_target_not_only_the_labelled_ones():
    c = corpus(2)[1]
    y = context_targets(c)
    assert y[:2, B].tolist() == [0.0, 0.0] and y[2:, B].tolist() == [1.0] * 6  # the replies too
    assert y[:, [j for j in range(len(CATEGORIES)) if j != B]].sum() == 0
    assert context_targets(corpus(1)[0]).sum() == 0


def test_when_fitted_then_the_targets_reply_counts_as_context_and_benign_talk_does_not(tmp_path):
    model = fit_context_lexical(corpus(), str.lower)
    p = model.predict(["leave me alone", "what time is dinner"])
    assert p[0, B] > 0.7 > 0.3 > p[1, B]
    save_context_lexical(model, tmp_path)
    assert (tmp_path / CONTEXT_LEXICAL_FILE).is_file()
    np.testing.assert_allclose(load_context_lexical(tmp_path).predict(["leave me alone"]), p[:1], atol=1e-3)
    assert load_context_lexical(tmp_path / "nowhere") is None
    with pytest.raises(ValueError, match="no messages"):
        fit_context_lexical([], str.lower)


def test_when_the_channel_steps_then_its_mean_does_not_grow_with_repetition_and_old_states_read_on():
    dm = DecisionModel(features=[*DEFAULT_FEATURES, *CONTEXT_FEATURES],
                       weights={c: [0.0] * (len(DEFAULT_FEATURES) + 2) for c in CATEGORIES}, bias={c: 0.0 for c in CATEGORIES})
    r = Running()
    for _ in range(150):  # the same logistics line, over and over
        r = dm.step(r, 0.1, 0.1, None, 0.2)
    v = dm.feature_values(r, 0.0)
    assert v["ctx_mean"] == pytest.approx(logit(0.2), abs=1e-6) and v["ctx_top"] == pytest.approx(logit(0.2), abs=1e-6)
    saved = r.to_list()
    assert len(saved) == 12 and Running.from_list(saved) == Running.from_list(Running.from_list(saved).to_list())
    old = [0.4, 0.2, -3.0, 2.0, 0.3, 5, 0.4]  # a state saved before the channel: read on, stored as it was
    assert Running.from_list(old).to_list() == old
    assert Running.from_list(old).ctx_w == 0.0


def _rows_with_context(n_conv: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Replay rows (zero window-lexical block) where only the context column separates risky conversations."""
    k = len(CATEGORIES)
    rows, targets = [], []
    for ci in range(n_conv):
        risky = ci % 2 == 1
        for mi in range(6):
            after = risky and mi >= 2
            cx = [0.05] * k
            cx[B] = float(rng.uniform(0.6, 0.95) if after else rng.uniform(0.02, 0.4))
            rows.append([ci, mi, *([0.0] * k), *([0.3] * k), *([0.2] * k), 0.0, 0.0, 0.0, *([0.0] * k), *cx])
            targets.append([int(after and c == "bullying") for c in CATEGORIES])
    return np.asarray(rows, np.float64), np.asarray(targets)


def test_when_only_the_context_column_separates_then_the_decision_weighs_it_and_streams_the_same_scores():
    rows, targets = _rows_with_context(30, np.random.default_rng(1))
    dm = fit_decision(rows, targets, [*DEFAULT_FEATURES, *CONTEXT_FEATURES])
    w = dict(zip(dm.features, dm.weights["bullying"]))
    assert w["ctx_mean"] + w["ctx_top"] > 0.5
    k = len(CATEGORIES)
    state, got = [Running() for _ in range(k)], []
    for row in rows:
        if int(row[1]) == 0:
            state = [Running() for _ in range(k)]
        state[B] = dm.step(state[B], float(row[2 + k + B]), float(row[2 + 2 * k + B]), None, float(row[-k + B]))
        got.append(dm.probability("bullying", dm.feature_values(state[B], float(row[2 + B]), {})))
    np.testing.assert_allclose(np.round(got, 6), message_probabilities(dm, rows)[:, B], atol=2e-6)
    with pytest.raises(ValueError, match="context-lexical column"):
        feature_matrix(dm, rows[:, : rows.shape[1] - k])


def test_when_trained_with_the_channel_then_the_folder_carries_it_and_live_scores_equal_the_replayed_decision(tmp_path):
    from model_fixtures import train_tiny

    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.model.bundle import load_classifier
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.decision_fit import replay_rows

    result, _ = train_tiny(tmp_path, epochs=2, decision=True, context_lexical=True)
    dec = result.config["decision"]
    assert dec["features"] == [*DEFAULT_FEATURES, *CONTEXT_FEATURES]
    assert (tmp_path / "model" / CONTEXT_LEXICAL_FILE).is_file()
    dm = DecisionModel.model_validate(dec)
    convs = read_corpus(tmp_path / "dev.jsonl")[:6]
    rows = replay_rows(convs, tmp_path / "model")
    k = len(CATEGORIES)
    assert rows.shape[1] == 2 + 3 * k + 3 + 2 * k and rows[:, -k:].max() > 0  # a zero window block, then the channel
    assert rows[:, -2 * k:-k].max() == 0
    replayed = message_probabilities(dm, rows)
    analyzer = Analyzer.default(model=tmp_path / "model")
    msgs = [m for c in convs for m in c.messages]
    live = [[a.scores[c] for c in CATEGORIES] for a in analyzer.process_many(msgs)]
    np.testing.assert_allclose(np.asarray(live), replayed, atol=2e-6)
    (tmp_path / "model" / CONTEXT_LEXICAL_FILE).unlink()
    with pytest.raises(ValueError, match=CONTEXT_LEXICAL_FILE):
        load_classifier(tmp_path / "model")
