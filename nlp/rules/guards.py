"""Guards: cheap token tests that keep a match from counting when the words are not
the speaker's own claim — negated ("i would never send pics"), quoted ('he wrote
"send pics"') or reported ("she told me to keep it secret", song lyrics).

They work on the spaCy Doc of the normalised message that the matchers already
built, so a guard costs a few token look-ups per candidate match.
"""

from __future__ import annotations

from typing import Any

#: Tokens that negate what follows (the tokenizer splits "don't"/"dont" into "do" + "n't"/"nt").
NEGATORS = frozenset(
    {
        "not", "no", "never", "n't", "nt", "n’t", "cannot", "nobody", "nothing", "none", "neither", "nor",
        "nope", "nah", "dont", "don't", "wont", "won't", "cant", "can't", "wouldnt", "wouldn't",
        "shouldnt", "shouldn't", "didnt", "didn't", "doesnt", "doesn't", "isnt", "isn't", "aint", "ain't",
    }
)  # fmt: skip

#: How many tokens before a match a negator may stand.
NEGATION_WINDOW = 3

#: Tokens that end the reach of a negator ("no. send one") or of a reporting cue.
CLAUSE_BREAKS = frozenset({".", ",", ";", ":", "!", "?", "but", "\n"})
SENTENCE_BREAKS = frozenset({".", "!", "?", "\n"})

#: Phrases after which, in the same sentence, words are someone else's.
REPORTED_SPEECH_CUES: tuple[str, ...] = (
    "he said", "she said", "they said", "he says", "she says", "they say", "people say", "someone said",
    "he told me", "she told me", "they told me", "he told her", "she told him", "my friend said",
    "he was like", "she was like", "lyrics", "lyric", "in the song", "the song goes", "song says",
    "in the movie", "in the film", "in the book", "the book says", "the character", "quote", "quoting",
)  # fmt: skip


class GuardContext:
    """Per-message guard state, computed lazily from the Doc and the cue matches."""

    __slots__ = ("_doc", "_cue_ends", "_quotes", "_sentence")

    def __init__(self, doc: Any, cue_ends: list[int]) -> None:
        self._doc = doc
        self._cue_ends = cue_ends
        self._quotes: list[int] | None = None
        self._sentence: list[int] | None = None

    def blocked_by(self, guards: tuple[str, ...], start: int, end: int) -> str | None:
        """The first guard in ``guards`` that suppresses the token span [start, end), or None."""
        for g in guards:
            if g == "negation" and self.negated(start):
                return g
            if g == "quotation" and self.quoted(start, end):
                return g
            if g == "reported_speech" and self.reported(start):
                return g
        return None

    def negated(self, start: int) -> bool:
        """A negator within :data:`NEGATION_WINDOW` words before ``start``, in the same clause."""
        doc = self._doc
        seen = 0
        i = start - 1
        while i >= 0 and seen < NEGATION_WINDOW:
            tok = doc[i]
            i -= 1
            if tok.is_space:
                continue
            low = tok.lower_
            if low in CLAUSE_BREAKS:
                return False
            if low in NEGATORS:
                return True
            seen += 1
        return False

    def quoted(self, start: int, end: int) -> bool:
        """An odd number of quote marks before the span and at least one after it."""
        if self._quotes is None:
            self._quotes = [t.i for t in self._doc if t.is_quote]
        quotes = self._quotes
        if len(quotes) < 2:
            return False
        before = sum(1 for q in quotes if q < start)
        return before % 2 == 1 and any(q >= end for q in quotes)

    def reported(self, start: int) -> bool:
        """A reporting cue ends before ``start`` in the same sentence."""
        if not self._cue_ends:
            return False
        if self._sentence is None:
            ids, n = [], 0
            for t in self._doc:
                ids.append(n)
                if t.lower_ in SENTENCE_BREAKS or "\n" in t.text:
                    n += 1
            self._sentence = ids
        sent = self._sentence
        for cue_end in self._cue_ends:
            if cue_end <= start and sent[cue_end - 1] == sent[start]:
                return True
        return False
