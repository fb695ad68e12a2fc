"""Text normalisation with an offset map back into the original text.

STUB with the final API: lowercase + NFKC only, one offset per character. The full
de-obfuscation (homoglyphs, leetspeak, spaced letters, emoji, masking) replaces the
internals of :func:`normalize` without changing the API.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the index in the original.

    ``offsets`` has ``len(text) + 1`` items; the last is ``len(original)`` so that an
    end offset maps too.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of ``text`` to a range of ``original``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range ({start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            o = self.offsets[start]
            return o, o
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        # the last normalised char may come from a multi-char original run: extend to next boundary
        o_end = max(o_end, min(self.offsets[end], len(self.original)) if self.offsets[end] > self.offsets[end - 1] else o_end)
        return o_start, min(o_end, len(self.original))


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and encoding; see module docstring."""
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).lower():
            out.append(c)
            offs.append(i)
    offs.append(len(text))
    return NormalizedText(original=text, text="".join(out), offsets=tuple(offs))
