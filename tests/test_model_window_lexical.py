"""The window-lexical channel: window documents, the service scorer, the decision's two features, training."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.decision import (DEFAULT_FEATURES, WINDOW_LEXICAL_FEATURES, DecisionModel, Running,
                                     feature_matrix, fit_decision, message_probabilities)
from convowatch.nlp.model.lexical import _counts
from convowatch.nlp.model.window_lexical import (WINDOW_LEXICAL_FILE, WindowLexicalScorer, fit_window_lexical,
                                                 load_window_lexical, message_counts, save_window_lexical,
                                                 window_documents, window_lexical_rows)
from convowatch.nlp.types import Conversation, Message

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
PILE_ON = ["nobody wants u here", "everyone saw what u posted lol", "just leave the group already", "ur so embarrassing"]
BENIGN = ["see u at practice", "what time is dinner", "lol that movie was good", "did u finish the homework",
          "bring snacks", "my bus is late again"]
B = CATEGORIES.index("bullying")


def conv(cid: str, texts: list[str], onset: int | None) -> Conversation:
    msgs = tuple(Message(cid, f"m{i}", "a" if i % 2 else "b", T0 + timedelta(seconds=i), t, {}) for i, t in enumerate(texts))
    labels = tuple({"bullying": "insult"} if onset is not None and i >= onset else None for i in range(len(texts)))
    return Conversation(cid, msgs, {c: int(c == "bullying" and onset is not None) for c in CATEGORIES}, {}, {}, labels)


def corpus(n: int = 40, seed: int = 0) -> list[Conversation]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        texts = [BENIGN[int(k)] for k in rng.integers(0, len(BENIGN), 8)]
        onset = None
        if i % 2:
            onset = int(rng.integers(2, 6))
            for k in range(onset, 8, 2):
                texts[k] = PILE_ON[int(rng.integers(0, len(PILE_ON)))]
        out.append(conv(f"c{i}", texts, onset))
    return out


def test_when_a_window_document_is_made_from_counts_then_it_equals_the_joined_texts_less_straddling_word_pairs():
    texts = ["ur so embarrassing", "so embarrassing"]
    raw = _counts(texts, sublinear=False)
    doc = window_documents(raw, [(0, 2)]).toarray()[0]
    joined = _counts([" \n ".join(texts)]).toarray()[0]  # the joined text, with a word pair across the two lines
    differ = np.flatnonzero(~np.isclose(doc, joined))
    assert len(differ) == 1 and doc[differ[0]] == 0  # only "embarrassing so", which no single message holds
    assert doc[np.flatnonzero(doc)].min() >= 1.0 and doc.max() == pytest.approx(1 + np.log(2))  # sublinear on the sum


def test_when_the_service_scorer_reads_raw_windows_then_it_matches_the_replay_column_and_ranks_a_pile_on_higher():
    convs = corpus()
    model = fit_window_lexical(convs[:30], window=4)
    held = convs[30:]
    rows = np.array([[ci, mi] for ci, c in enumerate(held) for mi in range(len(c.messages))], float)
    replay = window_lexical_rows(model, held, rows, window=4)
    scorer = WindowLexicalScorer(model, prepare=lambda t: t.lower(), max_items=5)  # a small cache: evictions too
    from convowatch.nlp.model.window_lexical import _prepare

    scorer.prepare = _prepare()
    live = np.vstack([scorer.predict([[m.text for m in held[int(ci)].messages[max(0, int(mi) - 3): int(mi) + 1]]])
                      for ci, mi in rows])
    np.testing.assert_allclose(live, replay, atol=1e-6)
    starts = np.flatnonzero(rows[:, 1] == 0)
    best = np.maximum.reduceat(replay, starts, axis=0)[:, B]
    risky = np.array([c.labels["bullying"] for c in held], bool)
    assert best[risky].min() > best[~risky].max()
    assert len(scorer._cache) <= 5


def test_when_saved_and_loaded_then_the_folder_has_its_own_file_and_the_same_probabilities(tmp_path):
    model = fit_window_lexical(corpus(), window=4)
    assert load_window_lexical(tmp_path) is None  # a folder from before the channel
    assert save_window_lexical(model, tmp_path).name == WINDOW_LEXICAL_FILE
    again = load_window_lexical(tmp_path)
    x = message_counts(corpus(4, seed=9))
    np.testing.assert_allclose(model.predict_counts(window_documents(x.counts, [(0, 4), (4, 8)])),
                               again.predict_counts(window_documents(x.counts, [(0, 4), (4, 8)])), atol=2e-3)


def test_when_a_state_saved_before_the_channel_is_read_then_it_continues_with_the_channel_at_zero():
    old = [0.4, 0.2, -3.0, 2.0, 0.3, 5, 0.4]  # seven values: the state format before the channel
    r = Running.from_list(old)
    assert (r.wlex, r.wlex_top, r.n) == (0.0, 0.0, 5)
    assert r.to_list() == old  # a model without the channel stores what it always stored
    dm = DecisionModel(features=list(DEFAULT_FEATURES), weights={c: [0.0] * len(DEFAULT_FEATURES) for c in CATEGORIES},
                       bias={c: 0.0 for c in CATEGORIES})
    stepped = dm.step(r, 0.5, 0.2, 0.7)
    saved = stepped.to_list()
    assert len(saved) == 9 and Running.from_list(saved).to_list() == saved
    assert stepped.wlex_top == pytest.approx(0.7)


def test_when_first_message_features_are_read_then_they_carry_the_logits_on_the_first_message_only():
    from convowatch.nlp.decision import FIRST_MESSAGE_FEATURES, logit

    dm = DecisionModel(features=[*DEFAULT_FEATURES, *FIRST_MESSAGE_FEATURES],
                       weights={c: [0.0] * (len(DEFAULT_FEATURES) + 2) for c in CATEGORIES}, bias={c: 0.0 for c in CATEGORIES})
    first = dm.step(Running(), 0.9, 0.8)
    v1 = dm.feature_values(first, 0.0)
    v2 = dm.feature_values(dm.step(first, 0.9, 0.8), 0.0)
    assert v1["first_x_model"] == pytest.approx(logit(0.9)) and v1["first_x_lex"] == pytest.approx(logit(0.8))
    assert v2["first_x_model"] == 0.0 and v2["first_x_lex"] == 0.0


def _rows_with_channel(n_conv: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Replay rows where only the window-lexical column tells the risky conversations apart."""
    k = len(CATEGORIES)
    rows, targets = [], []
    for ci in range(n_conv):
        risky = ci % 2 == 1
        for mi in range(6):
            after = risky and mi >= 2
            wl = [0.0] * k
            wl[B] = float(rng.uniform(0.6, 0.95) if after else rng.uniform(0.02, 0.4))
            rows.append([ci, mi, *([0.0] * k), *([0.3] * k), *([0.2] * k), 0.0, 0.0, 0.0, *wl])
            targets.append([int(after and c == "bullying") for c in CATEGORIES])
    return np.asarray(rows, np.float64), np.asarray(targets)


def test_when_only_the_window_channel_separates_then_the_decision_weighs_it_and_streams_the_same_scores():
    rows, targets = _rows_with_channel(30, np.random.default_rng(1))
    features = [*DEFAULT_FEATURES, *WINDOW_LEXICAL_FEATURES]
    dm = fit_decision(rows, targets, features)
    w = dict(zip(dm.features, dm.weights["bullying"]))
    assert w["wlex_cur"] + w["wlex_max"] > 0.5
    # the streaming path fusion runs gives the replayed probabilities
    k = len(CATEGORIES)
    state, got = [Running() for _ in range(k)], []
    for row in rows:
        if int(row[1]) == 0:
            state = [Running() for _ in range(k)]
        state[B] = dm.step(state[B], float(row[2 + k + B]), float(row[2 + 2 * k + B]), float(row[-k + B]))
        got.append(dm.probability("bullying", dm.feature_values(state[B], float(row[2 + B]), {})))
    np.testing.assert_allclose(np.round(got, 6), message_probabilities(dm, rows)[:, B], atol=2e-6)
    with pytest.raises(ValueError, match="window-lexical column"):
        feature_matrix(dm, rows[:, : rows.shape[1] - k])
    assert isinstance(DecisionModel.model_validate(dm.model_dump(mode="json")), DecisionModel)


def test_when_trained_with_the_channel_then_the_folder_carries_it_and_live_scores_equal_the_replayed_decision(tmp_path):
    from model_fixtures import train_tiny

    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.model.data import read_corpus
    from convowatch.nlp.model.decision_fit import replay_rows

    result, _ = train_tiny(tmp_path, epochs=2, decision=True, window_lexical=True)
    dec = result.config["decision"]
    assert dec["features"] == [*DEFAULT_FEATURES, *WINDOW_LEXICAL_FEATURES]
    assert (tmp_path / "model" / WINDOW_LEXICAL_FILE).is_file()
    dm = DecisionModel.model_validate(dec)
    convs = read_corpus(tmp_path / "dev.jsonl")[:6]
    rows = replay_rows(convs, tmp_path / "model")
    k = len(CATEGORIES)
    assert rows.shape[1] == 2 + 3 * k + 3 + k and rows[:, -k:].max() > 0  # the channel's column is there
    replayed = message_probabilities(dm, rows)
    analyzer = Analyzer.default(model=tmp_path / "model")
    live = [[a.scores[c] for c in CATEGORIES] for m, a in zip([m for c in convs for m in c.messages],
                                                             analyzer.process_many([m for c in convs for m in c.messages]))]
    np.testing.assert_allclose(np.asarray(live), replayed, atol=2e-6)
    # a folder whose decision reads the channel but lacks its file is refused, naming the file
    from convowatch.nlp.model.bundle import load_classifier

    (tmp_path / "model" / WINDOW_LEXICAL_FILE).unlink()
    with pytest.raises(ValueError, match=WINDOW_LEXICAL_FILE):
        load_classifier(tmp_path / "model")


def test_when_trained_without_the_channel_then_the_folder_has_no_file_and_the_decision_does_not_read_it(tmp_path):
    from model_fixtures import train_tiny

    result, _ = train_tiny(tmp_path, epochs=2, decision=True)
    assert not (tmp_path / "model" / WINDOW_LEXICAL_FILE).exists()
    assert not set(WINDOW_LEXICAL_FEATURES) & set(result.config["decision"]["features"])


def test_when_fitted_on_whole_conversations_then_it_reads_their_labels_and_unknown_documents_are_refused():
    convs = corpus()
    model = fit_window_lexical(convs[:30], window=4, documents="conversations")
    held = convs[30:]
    rows = np.array([[ci, len(c.messages) - 1] for ci, c in enumerate(held)], float)  # each conversation's last window
    p = window_lexical_rows(model, held, rows, window=8)[:, B]
    risky = np.array([c.labels["bullying"] for c in held], bool)
    assert p[risky].min() > p[~risky].max()
    with pytest.raises(ValueError, match="documents must be one of"):
        fit_window_lexical(convs, documents="threads")


def test_when_the_train_command_gets_unknown_window_lexical_documents_then_it_exits_2_naming_the_option(tmp_path):
    from typer.testing import CliRunner

    from convowatch.nlp.model.train import TrainConfig
    from convowatch.service.cli import app
    from convowatch.service.cli._common import demo_corpus_path

    demo = str(demo_corpus_path())
    result = CliRunner().invoke(app, ["train", "--train", demo, "--dev", demo, "--out", str(tmp_path / "m"),
                                      "--window-lexical", "--window-lexical-documents", "threads"])
    assert result.exit_code == 2 and "--window-lexical-documents" in result.output
    assert not (tmp_path / "m").exists()  # nothing was trained
    with pytest.raises(ValueError, match="window_lexical_documents"):
        TrainConfig(window_lexical=True, window_lexical_documents="threads")
