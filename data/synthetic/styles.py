"""Chat style: how real people type, applied on top of clean templates.

Every participant gets a :class:`Style` (how often they abbreviate, mistype, use
emoji, stretch words, shout) so one conversation holds several voices. All
randomness comes from the ``random.Random`` passed in, never from global state.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

#: Whole-word abbreviations people use in chat ("you" -> "u").
ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("you're", ("ur", "youre", "u r")),
    ("you", ("u", "u", "ya")),
    ("your", ("ur", "ur", "yr")),
    ("are", ("r",)),
    ("right now", ("rn",)),
    ("to be honest", ("tbh",)),
    ("because", ("bc", "cuz", "bcuz")),
    ("please", ("pls", "plz")),
    ("really", ("rly", "rlly")),
    ("okay", ("ok", "k", "okk")),
    ("tonight", ("tn", "2nite")),
    ("i don't know", ("idk",)),
    ("what", ("wat", "wut")),
    ("with", ("w",)),
    ("people", ("ppl",)),
    ("tomorrow", ("tmrw", "tmr")),
)

EMOJI: tuple[str, ...] = ("😂", "😭", "💀", "🙏", "😅", "🥺", "😊", "😩", "🔥", "✨", "👀", "😤", "❤️", "🙃", "😎")

_WORD = re.compile(r"[a-z']+")
_KEYBOARD_NEIGHBOURS = {
    "a": "sq", "s": "ad", "d": "sf", "e": "wr", "r": "et", "t": "ry", "o": "ip", "i": "uo",
    "n": "bm", "m": "n", "h": "gj", "l": "k", "u": "yi", "y": "tu", "g": "fh", "k": "jl",
}


@dataclass(frozen=True, slots=True)
class Style:
    """One participant's typing habits, as probabilities per message or per word."""

    abbreviate: float  # per matching phrase
    typo: float  # per word of 3+ letters
    emoji: float  # per message
    stretch: float  # per message: "sooo"
    drop_apostrophes: float  # per message
    caps: float  # per message: first letter capitalised and a full stop
    shout: float  # per message: ALL CAPS

    @classmethod
    def sample(cls, rng: random.Random, careful: bool = False) -> "Style":
        """A random voice; ``careful`` ones (often adults) write closer to standard text."""
        if careful:
            return cls(
                abbreviate=rng.uniform(0.0, 0.4), typo=rng.uniform(0.0, 0.02), emoji=rng.uniform(0.0, 0.15),
                stretch=0.0, drop_apostrophes=rng.uniform(0.0, 0.5), caps=rng.uniform(0.2, 0.8), shout=0.0,
            )
        return cls(
            abbreviate=rng.uniform(0.3, 0.9), typo=rng.uniform(0.0, 0.06), emoji=rng.uniform(0.02, 0.2),
            stretch=rng.uniform(0.0, 0.12), drop_apostrophes=rng.uniform(0.4, 1.0), caps=rng.uniform(0.0, 0.08),
            shout=rng.uniform(0.0, 0.03),
        )


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    kind = rng.randrange(4)
    if kind == 0 and i < len(word) - 1:  # swap neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    if kind == 2:  # double a letter
        return word[:i] + word[i] + word[i:]
    near = _KEYBOARD_NEIGHBOURS.get(word[i])
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else word


def _stretch(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if re.search(r"[aeiouy]$", w)]
    if not candidates:
        return text
    i = rng.choice(candidates)
    words[i] = words[i] + words[i][-1] * rng.randint(1, 4)
    return " ".join(words)


def apply_style(text: str, style: Style, rng: random.Random) -> str:
    """Rewrite a clean line in the participant's voice; never returns empty text."""
    out = text.lower()
    for phrase, options in ABBREVIATIONS:
        if phrase in out and rng.random() < style.abbreviate:
            out = re.sub(rf"\b{re.escape(phrase)}\b", rng.choice(options), out)
    if rng.random() < style.drop_apostrophes:
        out = out.replace("'", "")
    if style.typo:
        out = _WORD.sub(lambda m: _typo(m.group(0), rng) if len(m.group(0)) > 2 and rng.random() < style.typo else m.group(0), out)
    if rng.random() < style.stretch:
        out = _stretch(out, rng)
    if rng.random() < style.shout:
        out = out.upper()
    elif rng.random() < style.caps and out[:1].isalpha():
        out = out[0].upper() + out[1:]
        if out[-1:].isalnum():
            out += "."
    if rng.random() < style.emoji:
        out += " " + rng.choice(EMOJI) * rng.choice((1, 1, 1, 1, 1, 2, 3))
    return out.strip() or text
