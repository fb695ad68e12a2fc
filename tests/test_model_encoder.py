"""TransformerEncoder: shapes, normalisation, determinism, order and batch invariance."""

from __future__ import annotations

import numpy as np
import pytest

from convowatch.nlp.analyzer import Encoder
from convowatch.nlp.model.encoder import TransformerEncoder, resolve_encoder_path
from model_fixtures import make_tiny_bert

TEXTS = ["hey whats up", "did you finish the homework", "ok", "see you at practice tomorrow after school", "lol"]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return TransformerEncoder(make_tiny_bert(tmp_path_factory.mktemp("tiny-bert")), batch_size=2)


def test_when_texts_are_encoded_then_rows_are_unit_float32_of_model_dim(tiny):
    out = tiny.encode(TEXTS)
    assert isinstance(tiny, Encoder)
    assert out.shape == (len(TEXTS), 32) and tiny.dim == 32
    assert out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, rtol=1e-5)


def test_when_encoded_twice_then_identical(tiny):
    np.testing.assert_array_equal(tiny.encode(TEXTS), tiny.encode(TEXTS))


def test_when_input_order_or_batch_size_changes_then_each_text_keeps_its_embedding(tiny, tmp_path):
    base = tiny.encode(TEXTS)
    perm = [3, 0, 4, 1, 2]
    # case: permuted input -> permuted rows (length sorting must not leak into output order)
    np.testing.assert_allclose(tiny.encode([TEXTS[i] for i in perm]), base[perm], atol=1e-5)
    # case: one big batch vs batches of 2 -> same vectors (padding is masked out of the mean)
    big = TransformerEncoder(tiny.path, batch_size=128)
    np.testing.assert_allclose(big.encode(TEXTS), base, atol=1e-5)


def test_when_no_texts_then_empty_matrix(tiny):
    assert tiny.encode([]).shape == (0, 32)


def test_when_encoder_folder_is_missing_then_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        resolve_encoder_path(tmp_path / "nope")


def test_when_int8_then_close_to_fp32(tiny):
    q = TransformerEncoder(tiny.path, int8=True)
    assert q.name.endswith("+int8")
    cos = (q.encode(TEXTS) * tiny.encode(TEXTS)).sum(1)
    assert cos.min() > 0.9


@pytest.mark.slow
def test_when_default_minilm_loads_offline_then_paraphrases_are_closer_than_unrelated_texts():
    enc = TransformerEncoder()
    a, b, c = enc.encode(["please keep this a secret from your parents", "don't tell your mom and dad about this",
                          "the football match starts at six"])
    assert enc.dim == 384
    assert float(a @ b) > float(a @ c) + 0.2
