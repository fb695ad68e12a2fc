"""The lexical channel: fitting, saving, caching and out-of-fold training."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.model.lexical import (
    LEXICAL_FILE,
    CachedLexical,
    LexicalModel,
    fit_lexical,
    fit_out_of_fold,
    fold_keys,
    message_lexical_targets,
)
from convowatch.nlp.types import Conversation, Message

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
INSULTS = ["ur such a loser", "everyone thinks ur a loser", "nobody likes u loser", "ugly loser lol"]
BENIGN = ["see u at practice", "what time is dinner", "lol that movie was good", "did u finish the homework"]


def conv(cid: str, texts: list[str], labels: list[dict | None], writer: str | None = None) -> Conversation:
    msgs = tuple(Message(cid, f"m{i}", "a" if i % 2 else "b", T0 + timedelta(seconds=i), t, {}) for i, t in enumerate(texts))
    cats = {c: int(any(ml and c in ml for ml in labels)) for c in CATEGORIES}
    return Conversation(cid, msgs, cats, {}, {"writer": writer} if writer else {}, tuple(labels))


def tiny_model() -> LexicalModel:
    texts = INSULTS + BENIGN
    y = np.zeros((len(texts), len(CATEGORIES)), np.float32)
    y[: len(INSULTS), CATEGORIES.index("bullying")] = 1
    return fit_lexical(texts, y)


def test_when_fitted_on_insults_then_an_unseen_insult_outscores_small_talk():
    p = tiny_model().predict(["what a loser", "see u at dinner"])
    b = CATEGORIES.index("bullying")
    assert p[0, b] > 0.5 > p[1, b]


def test_when_saved_and_loaded_then_predictions_match_to_float16_precision(tmp_path):
    model = tiny_model()
    path = model.save(tmp_path)
    assert path.name == LEXICAL_FILE
    again = LexicalModel.load(tmp_path)
    texts = ["ur a loser", "see u later", ""]
    assert np.allclose(model.predict(texts), again.predict(texts), atol=2e-3)


def test_when_the_saved_file_holds_no_training_text_then_no_ngram_is_recoverable(tmp_path):
    tiny_model().save(tmp_path)
    raw = (tmp_path / LEXICAL_FILE).read_bytes()
    with np.load(tmp_path / LEXICAL_FILE, allow_pickle=False) as z:
        names = set(z.files)
    # hashed features: numbers only (the archive is compressed, so also check its fields)
    assert names == {"format_version", "n_features", "categories", "columns", "idf", "idf_default", "coef", "intercept"}
    assert b"loser" not in raw


def test_when_texts_repeat_then_the_cache_scores_each_once_and_keys_are_digests():
    model = tiny_model()
    calls: list[int] = []

    class Counting:
        def predict(self, texts):
            calls.append(len(texts))
            return model.predict(texts)

    cache = CachedLexical(Counting(), prepare=str.lower, max_items=10)  # type: ignore[arg-type]
    a = cache.predict_raw(["UR A LOSER", "see u", "UR A LOSER"])
    b = cache.predict_raw(["see u", "UR A LOSER"])
    assert calls == [2]  # two distinct texts, scored once; the second call is all hits
    assert np.allclose(a[[1, 0]], b)
    assert all(isinstance(k, bytes) and len(k) == 20 for k in cache._cache)


def test_when_the_cache_is_full_then_it_stays_bounded():
    cache = CachedLexical(tiny_model(), prepare=str, max_items=3)
    cache.predict_raw([f"message {i}" for i in range(10)])
    assert len(cache._cache) == 3


def test_when_grooming_is_only_an_age_question_then_it_is_not_a_lexical_positive():
    c = conv("c", ["how old r u", "14", "dont tell ur mum we talk"],
             [{"grooming": "personal_info"}, None, {"grooming": "isolation_secrecy"}])
    t = message_lexical_targets(c)[:, CATEGORIES.index("grooming")]
    assert t.tolist() == [0.0, 0.0, 1.0]


@pytest.mark.parametrize(
    "writers, expected",
    [
        # case: two or more writers -> one fold per writer
        (["w1", "w2", "w1"], ["w1", "w2", "w1"]),
        # case: no writer at all -> stable hash folds
        ([None, None, None], None),
    ],
)
def test_when_folds_are_chosen_then_writers_are_kept_together(writers, expected):
    convs = [conv(f"c{i}", ["hi"], [None], w) for i, w in enumerate(writers)]
    keys = fold_keys(convs)
    if expected is not None:
        assert keys == expected
    else:
        assert set(keys) <= {"hash0", "hash1", "hash2"} and keys == fold_keys(convs)


def test_when_trained_out_of_fold_then_a_writers_messages_are_scored_by_a_model_that_never_read_them():
    bully = {"bullying": "insult"}
    convs = [
        conv("a1", ["zorblax is a loser", "see u"], [bully, None], "w1"),
        conv("b1", ["ur a loser", "what time is dinner"], [bully, None], "w2"),
        conv("b2", ["nobody likes u loser", "lol"], [bully, None], "w2"),
        conv("c1", ["ugly loser", "did u eat"], [bully, None], "w3"),
    ]
    full, oof, summary = fit_out_of_fold(convs, prepare=str.lower)
    assert set(summary["folds"]) == {"w1", "w2", "w3"}
    assert set(oof) == {(c.conversation_id, m.message_id) for c in convs for m in c.messages}
    b = CATEGORIES.index("bullying")
    # the full model has read "zorblax"; the out-of-fold one has not, so it trusts it less
    in_fold = float(full.predict(["zorblax is a loser"])[0, b])
    assert oof[("a1", "m0")][b] < in_fold


def test_when_features_are_built_by_hand_then_they_equal_sklearns_hstack_and_normalize():
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.preprocessing import normalize

    from convowatch.nlp.model import lexical as L

    texts = ["did u finish the homework", "", "hey 😀 lol", "x" * 300, "meet me after school dont tell ur mum", "a"]
    word, char = L._vectorizers()
    ref = hstack([word.transform(texts), char.transform(texts)]).tocsr()
    ref.data = 1.0 + np.log(ref.data)
    got = L._counts(texts)
    assert got.shape == ref.shape and abs(got - ref).max() == 0
    rng = np.random.default_rng(0)
    d = 2 * L.N_FEATURES
    model = L.LexicalModel(idf=rng.uniform(1, 5, d).astype(np.float32), coef=np.zeros((3, d), np.float32),
                           intercept=np.zeros(3, np.float32))
    want = ref.copy()
    want.data *= model.idf[want.indices]
    assert abs(model._features(texts) - normalize(want)).max() < 1e-6
