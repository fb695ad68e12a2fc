"""Out-of-distribution guard for the window model: inputs it was never trained to judge.

The window head was trained on English chat. Shown a message that is empty, emoji
only, in another language, or a copy of what was just said, it still outputs a
probability, and a confident one is noise: German small talk scored bullying 0.99
and 150 repeats of a logistics line drifted self-harm upwards. The guard returns a
factor in [0, 1] that scales the model's signal for the current message, so such
input cannot move a conversation's score much. Rules are untouched: a rule that
matches a pattern in any language is evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

#: Frequent English function words and chat forms; a message of several words with
#: none of these is very likely not English.
_ENGLISH = frozenset(
    """a an the and or but if so to of in on at for with from by about as is are was were be been am i im i'm me my
    you u ur your youre you're we us our they them their he him his she her it its it's this that these those what
    who why how when where which not no yes ya yeah ok okay lol do does did dont don't can cant can't will wont
    would should could have has had just like get got go going gonna want wanna know think really too very all
    there here some any more one two up out then than now well oh hey hi hello pls please thanks thx ty omg idk
    tbh ngl rn btw haha lmao bro mate love see let lets let's make take come said say tell told""".split()
)
_WORD = re.compile(r"[a-z']+")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class OodConfig:
    """Guard settings.

    Args:
        min_words_for_language: a message needs this many words before its language is judged.
        foreign_factor: factor for a message with no English function word.
        empty_factor: factor for a message without letters (emoji, punctuation, digits).
        repeat_similarity: cosine at or above which an earlier window entry counts as a copy.
        repeat_factor: factor for a message that copies an earlier entry of the window.
    """

    min_words_for_language: int = 3
    foreign_factor: float = 0.1
    empty_factor: float = 0.2
    repeat_similarity: float = 0.97
    repeat_factor: float = 0.0

    def __post_init__(self) -> None:
        for name in ("foreign_factor", "empty_factor", "repeat_factor"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in [0, 1]")
        if not 0.0 < self.repeat_similarity <= 1.0:
            raise ValueError("repeat_similarity must be in (0, 1]")


def language_factor(text: str, config: OodConfig) -> float:
    """Factor for the current message's own text."""
    if not _LETTER.search(text):
        return config.empty_factor
    words = _WORD.findall(text.lower())
    if len(words) >= config.min_words_for_language and not any(w in _ENGLISH for w in words):
        return config.foreign_factor
    return 1.0


def repeat_factor(current: np.ndarray | None, earlier: Sequence[np.ndarray | None], config: OodConfig) -> float:
    """Factor for a message whose embedding copies one already in the window."""
    if current is None:
        return 1.0
    c = np.asarray(current, dtype=np.float32)
    cn = float(np.linalg.norm(c)) or 1.0
    for e in earlier:
        if e is None:
            continue
        e = np.asarray(e, dtype=np.float32)
        if float(c @ e) / (cn * (float(np.linalg.norm(e)) or 1.0)) >= config.repeat_similarity:
            return config.repeat_factor
    return 1.0
