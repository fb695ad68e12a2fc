"""Window features and the GRU head: what each feature column means, output shapes."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
import torch

from convowatch.nlp.categories import CATEGORIES
from convowatch.nlp.model.features import FEATURE_NAMES, V1_FEATURE_NAMES, FeatureSpec, entry_features
from convowatch.nlp.model.head import STAGE_LABELS, WindowClassifier, WindowHead
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry

T0 = datetime(2026, 3, 1, 18, 0, tzinfo=timezone.utc)
COL = {n: i for i, n in enumerate(FEATURE_NAMES)}


def entry(k: int, sender: str, gap_s: float = 60.0, hits=(), meta=None, dim: int | None = 8) -> WindowEntry:
    m = Message("c1", f"m{k}", sender, T0 + timedelta(seconds=gap_s * k), "x", meta or {})
    emb = None if dim is None else np.full(dim, k, np.float32)
    return WindowEntry(message=m, rule_hits=tuple(hits), embedding=emb)


def test_when_features_are_built_then_columns_mean_what_their_names_say():
    entries = [
        entry(0, "adult1", meta={"age": 34}),
        entry(1, "kid", hits=("grooming.a.v1", "grooming.b.v1", "bullying.x.v1"), meta={"role": "minor"}),
        entry(2, "adult1", gap_s=3600.0),
    ]
    lex = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], np.float32)
    f = entry_features(entries, FeatureSpec(window=4, use_lexical=True), lexical=lex)
    assert f.shape == (3, len(FEATURE_NAMES))
    # case: the lexical channel's probabilities, one column per category, row per entry
    assert f[:, COL["lex_bullying"]].tolist() == pytest.approx([0.2, 0.5, 0.8])
    # case: a spec without the lexical channel has the v1 columns only (old models stay loadable)
    assert entry_features(entries, FeatureSpec(window=4)).tolist() == f[:, : len(V1_FEATURE_NAMES)].tolist()
    # case: same sender as the current message (entries 0 and 2 are adult1)
    assert f[:, COL["same_sender"]].tolist() == [1.0, 0.0, 1.0]
    # case: only the last entry is current; distance counts back from it in units of W
    assert f[:, COL["is_current"]].tolist() == [0.0, 0.0, 1.0]
    assert f[:, COL["distance"]].tolist() == pytest.approx([0.5, 0.25, 0.0])
    # case: log gap to the previous entry (none for the first)
    assert f[0, COL["log_gap"]] == 0.0
    assert f[2, COL["log_gap"]] == pytest.approx(math.log1p(7200.0 - 60.0) / 10)  # m2 at 2h, m1 at 1 min
    # case: rule hits counted per category prefix, capped at 3 and scaled
    assert f[1, COL["rules_grooming"]] == pytest.approx(2 / 3)
    assert f[1, COL["rules_bullying"]] == pytest.approx(1 / 3)
    assert f[1, COL["rules_self_harm"]] == 0.0
    # case: declared roles from meta.age and meta.role
    assert f[0, COL["sender_adult"]] == 1.0 and f[1, COL["sender_minor"]] == 1.0


def test_when_a_spec_reads_the_lexical_channel_then_missing_probabilities_are_an_error():
    with pytest.raises(ValueError, match="lexical"):
        entry_features([entry(0, "a")], FeatureSpec(window=4, use_lexical=True))


def test_when_rules_or_roles_are_off_in_the_spec_then_their_columns_stay_zero():
    entries = [entry(0, "a", hits=("grooming.a.v1",), meta={"age": 40})]
    f = entry_features(entries, FeatureSpec(window=4, use_rules=False, use_roles=False))
    assert f[0, COL["rules_grooming"]] == 0.0 and f[0, COL["sender_adult"]] == 0.0


def test_when_window_is_longer_than_w_then_only_the_newest_w_entries_are_read():
    entries = [entry(k, "a") for k in range(10)]
    spec = FeatureSpec(window=4)
    clf = WindowClassifier(WindowHead(dim=8, n_features=spec.n_features, hidden=16), spec)
    emb, feats, lengths = clf.arrays([Window("c1", tuple(entries))])
    assert emb.shape == (1, 4, 8) and lengths.tolist() == [4]
    assert emb[0, :, 0].tolist() == [6.0, 7.0, 8.0, 9.0]


def test_when_windows_of_different_lengths_are_batched_then_shapes_are_per_window_and_padding_is_ignored():
    spec = FeatureSpec(window=6)
    torch.manual_seed(0)
    clf = WindowClassifier(WindowHead(dim=8, n_features=spec.n_features, hidden=16), spec)
    short = Window("c1", tuple(entry(k, "a") for k in range(2)))
    long = Window("c2", tuple(entry(k, "a" if k % 2 else "b") for k in range(6)))
    probs, stages = clf.predict_all([short, long])
    assert probs.shape == (2, len(CATEGORIES)) and stages.shape == (2, len(STAGE_LABELS))
    assert ((probs > 0) & (probs < 1)).all()
    np.testing.assert_allclose(stages.sum(1), 1.0, rtol=1e-5)
    # a window scores the same alone as in a batch with a longer one
    np.testing.assert_allclose(clf.predict_proba([short])[0], probs[0], atol=1e-6)


def test_when_temperature_is_higher_then_probabilities_move_towards_half():
    spec = FeatureSpec(window=4)
    torch.manual_seed(1)
    head = WindowHead(dim=8, n_features=spec.n_features, hidden=16)
    w = [Window("c1", tuple(entry(k, "a") for k in range(3)))]
    p1 = WindowClassifier(head, spec).predict_proba(w)
    p3 = WindowClassifier(head, spec, [3.0, 3.0, 3.0]).predict_proba(w)
    assert (np.abs(p3 - 0.5) <= np.abs(p1 - 0.5) + 1e-7).all()


def test_when_the_current_entry_has_no_embedding_then_value_error_names_the_conversation():
    spec = FeatureSpec(window=4)
    clf = WindowClassifier(WindowHead(dim=8, n_features=spec.n_features, hidden=16), spec)
    with pytest.raises(ValueError, match="c1"):
        clf.predict_proba([Window("c1", (entry(0, "a"), entry(1, "b", dim=None)))])


def test_when_an_older_entry_has_no_embedding_then_it_is_skipped_as_if_absent():
    spec = FeatureSpec(window=4)
    torch.manual_seed(2)
    clf = WindowClassifier(WindowHead(dim=8, n_features=spec.n_features, hidden=16), spec)
    # e.g. the window store was filled before the model was switched on
    with_gap = Window("c1", (entry(0, "a", dim=None), entry(1, "b"), entry(2, "a")))
    without = Window("c1", (entry(1, "b"), entry(2, "a")))
    np.testing.assert_allclose(clf.predict_proba([with_gap]), clf.predict_proba([without]), atol=1e-6)


def test_when_temperatures_are_invalid_then_value_error():
    spec = FeatureSpec(window=4)
    with pytest.raises(ValueError):
        WindowClassifier(WindowHead(dim=8, n_features=spec.n_features), spec, [1.0, 0.0, 1.0])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_when_the_numpy_pass_scores_padded_windows_then_it_matches_the_torch_head(seed):
    spec = FeatureSpec(window=6)
    torch.manual_seed(seed)
    clf = WindowClassifier(WindowHead(dim=8, n_features=spec.n_features, hidden=16), spec)
    rng = np.random.default_rng(seed)
    emb = rng.normal(size=(5, 6, 8)).astype(np.float32)
    feats = rng.normal(size=(5, 6, spec.n_features)).astype(np.float32)
    lengths = np.array([1, 6, 3, 2, 5])
    for fast, ref in zip(clf.logits(emb, feats, lengths), clf.torch_logits(emb, feats, lengths)):
        np.testing.assert_allclose(fast, ref, atol=2e-5)
        assert np.abs(ref).max() > 1e-3  # not trivially zero


def test_when_the_head_is_trained_further_then_the_numpy_pass_reads_the_new_weights():
    spec = FeatureSpec(window=4)
    torch.manual_seed(3)
    head = WindowHead(dim=8, n_features=spec.n_features, hidden=16)
    clf = WindowClassifier(head, spec)
    w = [Window("c1", tuple(entry(k, "a") for k in range(3)))]
    before = clf.predict_proba(w)
    with torch.no_grad():
        head.categories.bias.add_(1.0)  # an optimiser step updates parameters in place like this
    after = clf.predict_proba(w)
    assert (after > before).all()
    emb, feats, lengths = clf.arrays(w)
    np.testing.assert_allclose(clf.logits(emb, feats, lengths)[0], clf.torch_logits(emb, feats, lengths)[0], atol=2e-5)
