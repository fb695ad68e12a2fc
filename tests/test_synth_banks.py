"""Banks are validated when loaded; styles and adversarial variants behave."""

from __future__ import annotations

import random
import shutil

import pytest

from convowatch.synthetic.adversarial import VARIANTS, apply_variant
from convowatch.synthetic.banks import BANKS_DIR, SPLITS, load_banks
from convowatch.synthetic.styles import Style, apply_style


@pytest.mark.parametrize("split", SPLITS)
def test_when_bundled_banks_load_then_they_validate(split):
    assert load_banks(split).split == split


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("grooming.yaml", "{gift} if u want", "{present} if u want", "unknown placeholder"),  # typo in a placeholder
        ("grooming.yaml", "  image_request:", "  pic_request:", "grooming signals must name exactly"),  # unknown stage
        ("negatives.yaml", "  hyperbole:", "  exaggeration:", "scenarios must be exactly"),  # renamed scenario
    ],
)
def test_when_bank_is_broken_then_load_fails_naming_the_file(tmp_path, file, old, new, message):
    shutil.copytree(BANKS_DIR, tmp_path / "banks")
    path = tmp_path / "banks" / "train" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_banks("train", str(tmp_path / "banks"))
    assert f"train/{file}" in str(err.value) and message in str(err.value)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_when_variant_is_applied_then_text_changes_deterministically(name):
    text = "dont tell your parents, send me a pic and keep it secret"
    a = apply_variant(name, text, random.Random(3))
    assert a != text and a == apply_variant(name, text, random.Random(3))


def test_when_variant_is_unknown_then_key_error_lists_choices():
    with pytest.raises(KeyError, match="leetspeak"):
        apply_variant("rot13", "hi", random.Random(0))


def test_when_style_is_applied_then_text_is_never_empty_and_mostly_lowercase():
    rng = random.Random(5)
    outs = [apply_style("You are really GOOD at this, okay?", Style.sample(rng), rng) for _ in range(200)]
    assert all(outs)
    assert sum(o == o.lower() for o in outs) > 150
    assert len(set(outs)) > 20  # voices differ
