"""Evasion variants seen in practice: leetspeak, spacing, homoglyphs, emoji code words, misspellings.

Each variant is a function ``(text, rng) -> text`` registered by name in
:data:`VARIANTS`; the generator records the name in the conversation's
``meta.adversarial`` so evaluation can slice by it.
"""

from __future__ import annotations

import random
import re
from typing import Callable

Variant = Callable[[str, random.Random], str]

_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9"}
# Cyrillic and Greek letters that render like Latin ones.
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "ο", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "k": "κ"}
_EMOJI_CODES = (
    (r"\b(pics?|photos?|pictures?|selfies?)\b", "📸"),
    (r"\b(cam|camera|video)\b", "📹"),
    (r"\bsecrets?\b", "🤫"),
    (r"\b(kill|killing|die|dying|dead|death)\b", "💀"),
    (r"\b(snap|snapchat)\b", "👻"),
    (r"\b(gifts?|present)\b", "🎁"),
    (r"\b(money|cash|robux|vbucks)\b", "💰"),
    (r"\b(meet|meeting)\b", "🤝"),
    (r"\b(hurt|cut|cutting)\b", "🩸"),
    (r"\b(phone|number)\b", "📱"),
    (r"\b(house|address|home)\b", "🏠"),
    (r"\b(ugly|gross)\b", "🤮"),
)
_MISSPELL = (
    ("pic", "pik"), ("photo", "foto"), ("secret", "secrit"), ("yourself", "urslf"), ("kill", "kil"),
    ("tell", "tel"), ("delete", "delet"), ("address", "adress"), ("please", "plez"), ("meet", "meat"),
    ("parents", "parnts"), ("nobody", "nobdy"), ("loser", "looser"), ("ugly", "ugli"), ("dead", "ded"),
)


def _content_words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[a-z]{3,}", text)]


def _rewrite_words(text: str, rng: random.Random, fn: Callable[[str], str], k: tuple[int, int]) -> str:
    spans = _content_words(text)
    if not spans:
        return text
    chosen = sorted(rng.sample(spans, min(len(spans), rng.randint(*k))))
    out, last = [], 0
    for start, end in chosen:
        out.append(text[last:start])
        out.append(fn(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def leetspeak(text: str, rng: random.Random) -> str:
    return _rewrite_words(text, rng, lambda w: "".join(rng.choice(_LEET[c]) if c in _LEET and rng.random() < 0.6 else c for c in w), (2, 4))


def spacing(text: str, rng: random.Random) -> str:
    sep = rng.choice((" ", ".", "-", "  ", "_"))
    return _rewrite_words(text, rng, lambda w: sep.join(w), (1, 2))


def homoglyph(text: str, rng: random.Random) -> str:
    return _rewrite_words(text, rng, lambda w: "".join(_HOMOGLYPHS[c] if c in _HOMOGLYPHS and rng.random() < 0.7 else c for c in w), (2, 4))


def emoji_code(text: str, rng: random.Random) -> str:
    out = text
    for pattern, emoji in _EMOJI_CODES:
        out = re.sub(pattern, emoji, out)
    return out if out.strip() else text


def misspelling(text: str, rng: random.Random) -> str:
    out = text
    for right, wrong in _MISSPELL:
        out = re.sub(rf"\b{right}", wrong, out)
    if out == text:  # nothing known: drop a vowel from a couple of words
        out = _rewrite_words(text, rng, lambda w: re.sub(r"[aeiou]", "", w, count=1) or w, (1, 2))
    return out


VARIANTS: dict[str, Variant] = {
    "leetspeak": leetspeak,
    "spacing": spacing,
    "homoglyph": homoglyph,
    "emoji_code": emoji_code,
    "misspelling": misspelling,
}


def apply_variant(name: str, text: str, rng: random.Random) -> str:
    """Apply one registered variant; unknown names raise ``KeyError`` naming the choices."""
    try:
        fn = VARIANTS[name]
    except KeyError:
        raise KeyError(f"unknown adversarial variant {name!r}; expected one of {sorted(VARIANTS)}") from None
    return fn(text, rng) or text
