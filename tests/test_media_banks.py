"""PDQ hashing and hash banks (nlp/media): transformed copies match, unrelated images do not,
banks keep their own thresholds, allow banks veto, bad input is refused by name.

Every image here is generated (shapes and a line of text, tests/media_fixtures.py).
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from convowatch.nlp.media import Bank, BankEntry, HashBanks, MediaError, MediaHash, hash_image, parse_bank_file
from convowatch.nlp.media.banks import BankFileError
from convowatch.nlp.media.pdq import MAX_IMAGE_PIXELS

from media_fixtures import TRANSFORMS, encode, make_image

BANKED = range(8)       # seeds of the banked images
UNRELATED = range(100, 160)


@pytest.fixture(scope="module")
def banks() -> HashBanks:
    entries = [BankEntry(entry_id=f"img-{s}", hash=hash_image(encode(make_image(s))).value, label="test") for s in BANKED]
    return HashBanks({"known": Bank(name="known", category="grooming")}, {"known": entries}, version=1)


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
def test_when_a_banked_image_is_transformed_then_it_still_matches_its_entry(banks: HashBanks, transform: str) -> None:
    for seed in BANKED:
        copy = hash_image(TRANSFORMS[transform](make_image(seed)))
        found = banks.match([copy])
        assert [m.entry_id for m in found] == [f"img-{seed}"], (seed, [(m.entry_id, m.distance) for m in found])
        assert found[0].distance <= 31 and found[0].bank == "known" and found[0].category == "grooming"


def test_when_images_are_unrelated_then_nothing_matches(banks: HashBanks) -> None:
    for seed in UNRELATED:
        assert banks.match([hash_image(encode(make_image(seed)))]) == [], seed


def test_when_a_bank_has_a_tighter_threshold_then_a_farther_copy_does_not_match() -> None:
    original = hash_image(encode(make_image(3)))
    copy = hash_image(TRANSFORMS["resize_half"](make_image(3)))
    dist = banks_distance(original.value, copy)
    assert 0 < dist <= 31
    for threshold, expect in ((31, 1), (dist - 1, 0)):
        hb = HashBanks({"b": Bank(name="b", threshold=threshold)}, {"b": [BankEntry(entry_id="e", hash=original.value)]})
        assert len(hb.match([copy])) == expect, threshold


def banks_distance(value: str, media: MediaHash) -> int:
    return min(bin(int(value, 16) ^ int(q, 16)).count("1") for q in media.queries)


def test_when_an_allow_bank_holds_the_image_then_the_block_match_is_suppressed_not_lost() -> None:
    h = hash_image(encode(make_image(5)))
    hb = HashBanks(
        {"known": Bank(name="known"), "benign": Bank(name="benign", kind="allow")},
        {"known": [BankEntry(entry_id="bad", hash=h.value)], "benign": [BankEntry(entry_id="logo", hash=h.value)]},
    )
    (m,) = hb.match([hash_image(TRANSFORMS["jpeg_q50"](make_image(5)))])
    assert (m.bank, m.entry_id, m.suppressed_by) == ("known", "bad", "benign/logo")


def test_when_quality_is_below_the_floor_then_the_attachment_is_not_matched(banks: HashBanks) -> None:
    h = hash_image(encode(make_image(2)))
    assert banks.match([MediaHash(h.value, quality=10)], min_quality=50) == []
    assert len(banks.match([MediaHash(h.value, quality=60)], min_quality=50)) == 1


def test_when_a_platform_sends_only_the_hash_then_it_matches_without_variants(banks: HashBanks) -> None:
    h = hash_image(TRANSFORMS["jpeg_q90"](make_image(4)))
    (m,) = banks.match([MediaHash(h.value, quality=h.quality)])
    assert m.entry_id == "img-4"


def _png_header_bomb() -> bytes:
    img = Image.new("L", (8000, 6000))  # 48 Mpx of one colour: a few KB compressed
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    "data, code",
    [
        (b"not an image at all", "undecodable"),
        (encode(make_image(1))[:200], "undecodable"),                       # truncated PNG
        (encode(make_image(1), "TIFF"), "unsupported_type"),                  # a format not accepted
        (_png_header_bomb(), "too_large"),                                    # over MAX_IMAGE_PIXELS
    ],
    ids=["garbage", "truncated", "tiff", "pixel-bomb"],
)
def test_when_bytes_are_not_an_acceptable_image_then_a_coded_error_names_no_content(data: bytes, code: str) -> None:
    with pytest.raises(MediaError) as info:
        hash_image(data)
    assert info.value.code == code and "sample" not in str(info.value)
    assert MAX_IMAGE_PIXELS < 8000 * 6000


def test_when_a_bank_file_is_csv_or_threatexchange_lines_then_entries_are_read() -> None:
    h1, h2 = hash_image(encode(make_image(1))).value, hash_image(encode(make_image(2))).value
    csv_text = f"hash,bank,entry_id,label,source_id\n{h1},known,e1,label one,src-1\n{h2.upper()},other,,,\n"
    pairs = parse_bank_file(csv_text)
    assert [(b, e.entry_id, e.hash, e.label, e.source_id) for b, e in pairs] == [
        ("known", "e1", h1, "label one", "src-1"), ("other", f"sha-{h2[:16]}", h2, "", "")]
    te = f"# a threatexchange signal file\npdq {h1}\n{h2}\n"
    assert [(b, e.hash) for b, e in parse_bank_file(te, default_bank="known")] == [("known", h1), ("known", h2)]


@pytest.mark.parametrize(
    "text, message",
    [
        ("pdq 1234\n", "line 1: hash"),
        ("md5 " + "0" * 32 + "\n", "line 1: signal type 'md5'"),
        ("hash,bank\n" + "a" * 64 + ",\n", "line 2: bank: missing"),
    ],
)
def test_when_a_bank_file_line_is_bad_then_the_error_names_the_line(text: str, message: str) -> None:
    with pytest.raises(BankFileError, match=message):
        parse_bank_file(text)


@pytest.mark.parametrize("n", [0, 1, 40, 3000, 70000])
def test_when_the_index_is_searched_then_it_returns_exactly_what_brute_force_does(n: int) -> None:
    """The multi-index-hashing index is exact: every entry within the radius, nothing farther,
    whatever the chunk plan for the bank's size (near copies with 0-40 bits flipped and random queries)."""
    import numpy as np

    from convowatch.nlp.media.index import PdqIndex

    rng = np.random.default_rng(n)
    rows = rng.integers(0, 256, size=(n, 32), dtype=np.uint8)
    near = rows[: min(60, n)].copy()
    bits = np.unpackbits(near, axis=1)
    for row in bits:
        row[rng.choice(256, int(rng.integers(0, 41)), replace=False)] ^= 1
    queries = np.concatenate([np.packbits(bits, axis=1), rng.integers(0, 256, size=(40, 32), dtype=np.uint8)])
    for radius in (31, 12):
        entries, qids, dists = PdqIndex(rows, radius).search(queries)
        got = set(zip(entries.tolist(), qids.tolist(), dists.tolist()))
        want = set()
        for qi, q in enumerate(queries):
            d = np.unpackbits(rows ^ q, axis=1).sum(axis=1) if n else np.zeros(0, int)
            want |= {(int(e), qi, int(d[e])) for e in np.nonzero(d <= radius)[0]}
        assert got == want, (n, radius)
        assert n == 0 or radius == 12 or len(want) >= min(60, n) // 2  # the near copies are found
