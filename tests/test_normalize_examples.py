"""Example tables for convowatch.nlp.normalize: what each de-obfuscation step produces."""

from __future__ import annotations

import pytest

from convowatch.nlp import textmaps
from convowatch.nlp.normalize import NormalizeConfig, normalize

EXACT = [
    # leetspeak inside words
    ("s3nd p1cs", "send pics"),
    ("k1ll urself", "kill urself"),
    ("$end p!cs", "send pics"),  # "$" at the edge, "!" between letters
    ("h3ll0", "hello"),  # edge digit undone because the word has an interior one
    ("l33t n00b", "leet noob"),
    # numbers and ages stay numbers
    ("im 13", "im 13"),
    ("13yo", "13yo"),  # age with a unit: no interior leet run
    ("gta5 b4 2day", "gta5 b4 2day"),
    ("i have $100", "i have $100"),
    ("hi!! you ok?", "hi!! you ok?"),  # "!" at a word's edge is punctuation
    # spaced / dotted letters
    ("k y s", "kys"),
    ("k.y.s", "kys"),
    ("k-y-s now", "kys now"),
    ("k_y_s", "kys"),
    ("s e n d", "send"),
    ("s 3 n d nudes", "send nudes"),  # joined, then leet
    ("r u ok", "r u ok"),  # a run of two is left alone
    ("1 2 3 go", "1 2 3 go"),  # numbers are not letters
    # homoglyphs (Cyrillic/Greek look-alikes, small caps, circled, fullwidth, maths)
    ("ԁоn't tеll", "don't tell"),
    ("ѕеnd", "send"),
    ("κιll", "kill"),
    ("ᴋɪʟʟ", "kill"),
    ("ｋｉｌｌ", "kill"),
    ("𝐤𝐢𝐥𝐥", "kill"),
    ("ⓚⓘⓛⓛ", "kill"),
    ("🅚🅘🅛🅛", "kill"),
    ("привет мир", "привет мир"),  # real Russian is not folded
    # case, accents, zalgo, invisibles, whitespace
    ("HeLLo", "hello"),
    ("café", "cafe"),
    ("z̷a̷l̷g̷o̷", "zalgo"),
    ("i\u200bd\u200di\u2060ot", "idiot"),  # zero-width space / joiner / word joiner
    ("a\x00b", "ab"),  # control character dropped
    ("  hi \n\n there\t", "hi there"),
    # repeats
    ("pleeeease", "pleease"),
    ("sooo", "soo"),
    ("1000000", "1000000"),  # digits are never squeezed
    # emoji
    ("🔪", "knife"),
    ("☠️", "skull"),  # with VS16
    ("i will 🔫you", "i will gun you"),  # emoji word gets spaces around it
    ("❤️😘", "heart kiss"),
    ("👋🏽 hi", "wave hi"),  # skin tone dropped
    ("ok 😀 bye", "ok bye"),  # an emoji without a word is dropped
    # masking
    ("add me on snap @cool_guy", "add me on snap xhandle"),
    ("text me 555-123-4567", "text me xphone"),
    ("call (555) 123-4567 or +44 7700 900123", "call xphone or xphone"),
    ("https://x.co/a", "xurl"),
    ("go to www.example.com/page.", "go to xurl."),  # trailing full stop is not the URL
    ("t.me/someone", "xurl"),
    ("mail me bob.s+x@mail.example.com", "mail me xemail"),
    ("born 2010-05-04", "born 2010-05-04"),  # a date is no phone number
]


@pytest.mark.parametrize(("raw", "expected"), EXACT)
def test_when_obfuscated_then_text_is_plain(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


SPANS = [
    # (original, word in normalised text, original run it must map back to)
    ("s3nd p1cs", "send", "s3nd"),
    ("s3nd p1cs", "pics", "p1cs"),
    ("please k.y.s now", "kys", "k.y.s"),
    ("pleeeease stop", "pleease", "pleeeease"),
    ("text me 555-123-4567 ok", "xphone", "555-123-4567"),
    ("see https://x.co/a!", "xurl", "https://x.co/a"),
    ("add @cool_guy", "xhandle", "@cool_guy"),
    ("x ☠️ y", "skull", "☠️"),  # the whole emoji, variation selector included
    ("ԁоn't", "don't", "ԁоn't"),
    ("ｋｉｌｌ", "kill", "ｋｉｌｌ"),
]


@pytest.mark.parametrize(("raw", "word", "orig"), SPANS)
def test_when_span_mapped_back_then_it_covers_the_original_run(raw: str, word: str, orig: str) -> None:
    n = normalize(raw)
    i = n.text.index(word)
    a, b = n.to_original(i, i + len(word))
    assert raw[a:b] == orig


def test_when_range_outside_text_then_error_names_lengths_not_text() -> None:
    n = normalize("secret words")
    with pytest.raises(ValueError) as err:
        n.to_original(3, 99)
    assert "secret" not in str(err.value)


def test_when_empty_text_then_empty_result_with_one_offset() -> None:
    n = normalize("")
    assert (n.text, n.offsets, n.to_original(0, 0)) == ("", (0,), (0, 0))


CONFIGS = [
    # (config, input, expected): each switch turns its step off and nothing else
    (NormalizeConfig(leetspeak=False), "s3nd p1cs", "s3nd p1cs"),
    (NormalizeConfig(join_spaced=False), "k y s", "k y s"),
    (NormalizeConfig(homoglyphs=False), "ѕеnd", "ѕеnd"),
    (NormalizeConfig(emoji=False), "🔪 ok", "ok"),
    (NormalizeConfig(strip_accents=False), "café", "café"),
    (NormalizeConfig(mask=frozenset()), "call 555-123-4567", "call 555-123-4567"),
    (NormalizeConfig(mask=frozenset({"email"})), "@bob bob@x.com", "@bob xemail"),
    (NormalizeConfig(max_repeat=1), "sooo", "so"),
]


@pytest.mark.parametrize(("config", "raw", "expected"), CONFIGS)
def test_when_step_disabled_then_it_does_not_run(config: NormalizeConfig, raw: str, expected: str) -> None:
    assert normalize(raw, config=config).text == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_repeat": 0},  # would delete every repeated character
        {"mask": frozenset({"ssn"})},  # unknown kind
    ],
)
def test_when_config_invalid_then_rejected_at_creation(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        NormalizeConfig(**kwargs)


def test_when_tables_loaded_then_keys_are_single_code_points() -> None:
    # a key with a variation selector or ZWJ could never match one cluster base
    assert all(len(k) == 1 for k in textmaps.EMOJI_WORDS)
    assert all(len(k) == 1 and len(v) == 1 for k, v in textmaps.HOMOGLYPHS.items())


def test_when_emoji_becomes_word_then_every_word_char_points_at_the_emoji() -> None:
    raw = "ok 🔪 now"
    n = normalize(raw)
    i = n.text.index("knife")
    assert set(n.offsets[i : i + len("knife")]) == {raw.index("🔪")}


def test_when_placeholder_then_every_char_points_at_match_start() -> None:
    raw = "call 555-123-4567"
    n = normalize(raw)
    i = n.text.index("xphone")
    assert set(n.offsets[i : i + len("xphone")]) == {raw.index("555")}
