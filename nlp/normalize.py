"""Text normalisation with an offset map back into the original text.

Rules and the encoder run on :attr:`NormalizedText.text`; moderators see spans mapped
back to :attr:`NormalizedText.original` through :meth:`NormalizedText.to_original`.

Steps, in order (each keeps one original index per output character, so the map
survives every step; each is linear in the text length):

1. Characters: NFKC per grapheme cluster, casefold, accents and stacked ("zalgo")
   marks stripped from Latin letters, zero-width / control / invisible characters
   dropped, whitespace kept as word breaks, risk-relevant emoji to words surrounded
   by spaces (``🔪`` → `` knife ``), other emoji dropped to a word break (a generic
   word would only add noise for the encoder and rules have nothing to match in it).
2. Homoglyphs: Cyrillic/Greek/Armenian look-alikes and small capitals to Latin, only
   in tokens that already have a Latin letter or consist of look-alikes alone, so
   that real Russian or Greek text is left alone. Fullwidth and mathematical letters
   were already folded by NFKC.
3. Masking: URLs, e-mails, @handles and phone numbers to ``xurl``, ``xemail``,
   ``xhandle``, ``xphone``; every placeholder character maps to the match start, and
   the next kept character to the match end, so the placeholder maps back to the
   whole original run.
4. Spaced letters joined: runs of three or more single characters separated by one
   space, dot, dash or underscore, at least two of them letters ("k y s", "k.y.s",
   "s 3 n d"). Ambiguous runs such as "i a m" are joined too.
5. Leetspeak, only inside tokens that mix letters and leet symbols: a symbol run
   between two letters is always undone ("s3nd", "p!cs"); digits at a token's edge
   only when the token also has such an interior run ("h3ll0"), so "13yo", "gta5",
   "b4" and plain numbers ("im 13") stay as they are; "$" next to a letter always.
6. Repeats squeezed: three or more of one non-digit character to two.
7. Whitespace collapsed to single spaces, none at either end.

Never logs, and errors never carry message text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from convowatch.nlp import textmaps
from convowatch.nlp.normalize_mask import KINDS, find_masks

__all__ = ["NormalizeConfig", "NormalizedText", "normalize"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the index in the original.

    ``offsets`` has ``len(text) + 1`` items, non-decreasing, each in
    ``[0, len(original)]``; the last is ``len(original)`` so that an end offset maps
    too. A character produced from several original characters (a placeholder, an
    emoji word, a squeezed repeat) points at the first of them.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of ``text`` to a range of ``original``.

        The range ends where the next kept character begins, so a span that ends on
        a placeholder, an emoji word or a squeezed repeat covers the whole original
        run it came from; when the next character comes from the same original index
        (inside an emoji word), the range ends one past it.

        Raises:
            ValueError: if the range is not inside ``text`` (the message has lengths
                only, never text).
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range ({start}, {end}) outside normalised text of length {len(self.text)}")
        o_start = self.offsets[start]
        if start == end:
            return o_start, o_start
        last, nxt = self.offsets[end - 1], self.offsets[end]
        o_end = nxt if nxt > last else last + 1
        return o_start, min(o_end, len(self.original))


@dataclass(frozen=True, slots=True)
class NormalizeConfig:
    """Which normalisation steps run; the defaults are what the rules are written for."""

    homoglyphs: bool = True
    strip_accents: bool = True
    emoji: bool = True
    mask: frozenset[str] = field(default=KINDS)
    join_spaced: bool = True
    leetspeak: bool = True
    max_repeat: int = 2

    def __post_init__(self) -> None:
        unknown = set(self.mask) - KINDS
        if unknown:
            raise ValueError(f"mask: unknown kinds {sorted(unknown)}; known: {sorted(KINDS)}")
        if self.max_repeat < 1:
            raise ValueError(f"max_repeat must be >= 1, got {self.max_repeat}")
        object.__setattr__(self, "mask", frozenset(self.mask))


DEFAULT_CONFIG = NormalizeConfig()

# (start, end, replacement) edits on the working text, sorted and non-overlapping.
_Edit = tuple[int, int, str]

_ASCII_DROP_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_HOMOGLYPH_RE = re.compile("[" + re.escape("".join(textmaps.HOMOGLYPHS)) + "]")
_HOMOGLYPH_TABLE = str.maketrans(textmaps.HOMOGLYPHS)
_TOKEN_RE = re.compile(r"\S+")
_ASCII_LETTER_RE = re.compile(r"[a-z]")
_UNIT = r"(?:[^\W_]|[$@!])"
_SPACED_RE = re.compile(rf"(?<!{_UNIT}){_UNIT}(?!{_UNIT})(?:[ ._-]{_UNIT}(?!{_UNIT})){{2,}}")
_LEET_TOKEN_RE = re.compile(r"(?:[^\W_]|[$@!|])+")
_LEET_CHAR_RE = re.compile(r"[013457$@!|]")
_WS_RE = re.compile(r"\s+")
_MARK_CATEGORIES = frozenset({"Mn", "Me", "Mc"})
_VS_RE = re.compile(f"[{textmaps.VARIATION_SELECTORS_RE_CLASS}]")


def normalize(text: str, *, config: NormalizeConfig = DEFAULT_CONFIG) -> NormalizedText:
    """Normalise ``text`` for matching and encoding; see the module docstring.

    Args:
        text: the message text as the platform sent it.
        config: which steps run; the default is what rule packs are written for.

    Returns:
        The normalised text with an offset map into ``text``.
    """
    s, offs = _characters(text, config)
    if config.homoglyphs:
        s = _fold_homoglyphs(s)
    if config.mask:
        s, offs = _apply(s, offs, find_masks(s, config.mask))
    if config.join_spaced:
        s, offs = _apply(s, offs, _spaced_edits(s))
    if config.leetspeak:
        s, offs = _apply(s, offs, _leet_edits(s))
    s, offs = _apply(s, offs, _squeeze_edits(s, config.max_repeat))
    s, offs = _apply(s, offs, _whitespace_edits(s))
    offs.append(len(text))
    return NormalizedText(original=text, text=s, offsets=tuple(offs))


def _apply(s: str, offs: list[int], edits) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping edits; replacement characters map to offs[start]."""
    parts: list[str] = []
    new_offs: list[int] = []
    pos = 0
    edited = False
    for start, end, repl in edits:
        edited = True
        parts.append(s[pos:start])
        new_offs.extend(offs[pos:start])
        parts.append(repl)
        new_offs.extend([offs[start]] * len(repl))
        pos = end
    if not edited:
        return s, offs
    parts.append(s[pos:])
    new_offs.extend(offs[pos:])
    return "".join(parts), new_offs


def _characters(text: str, config: NormalizeConfig) -> tuple[str, list[int]]:
    """Step 1: per-cluster NFKC + casefold, drop invisibles, emoji to words."""
    if text.isascii():
        s, offs = text.lower(), list(range(len(text)))
        return _apply(s, offs, ((m.start(), m.end(), "") for m in _ASCII_DROP_RE.finditer(s)))
    out: list[str] = []
    offs: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.category(text[j]) in _MARK_CATEGORIES:
            j += 1
        piece = _cluster(text[i:j], config)
        if piece:
            out.append(piece)
            offs.extend([i] * len(piece))
            if piece[-1] == " " and len(piece) > 1:
                # the space after an emoji word starts where the emoji ends
                offs[-1] = j
        i = j
    return "".join(out), offs


def _cluster(cluster: str, config: NormalizeConfig) -> str:
    """Normalise one base character with its combining marks."""
    if _VS_RE.search(cluster):
        cluster = _VS_RE.sub("", cluster)
        if not cluster:
            return ""
    base = cluster[0]
    if base.isascii():
        if base.isspace():
            return " "
        if not base.isprintable():
            return ""
        if len(cluster) == 1:
            return base.lower()
    cp = ord(base)
    cat = unicodedata.category(base)
    if base.isspace():
        return " "
    if cat in ("Cc", "Cf", "Cs") or base in textmaps.INVISIBLE or cp in textmaps.SKIN_TONES:
        return ""
    if config.emoji and base in textmaps.EMOJI_WORDS:
        return f" {textmaps.EMOJI_WORDS[base]} "
    folded = unicodedata.normalize("NFKC", cluster).casefold()
    if textmaps.is_emoji(cp) and folded[:1] == base and base not in textmaps.HOMOGLYPHS:
        return " "  # an emoji without a word: a word break, nothing more
    if config.strip_accents and folded:
        # only on Latin letters: in other scripts the marks are part of the spelling
        decomposed = unicodedata.normalize("NFKD", folded)
        if decomposed[0].isascii():
            stripped = "".join(c for c in decomposed if unicodedata.category(c) not in _MARK_CATEGORIES)
            folded = unicodedata.normalize("NFKC", stripped)
    return folded


def _fold_homoglyphs(s: str) -> str:
    """Step 2: look-alikes to Latin in tokens that are Latin or look-alikes alone."""
    if not _HOMOGLYPH_RE.search(s):
        return s
    parts: list[str] = []
    pos = 0
    for m in _TOKEN_RE.finditer(s):
        tok = m.group()
        if not _HOMOGLYPH_RE.search(tok):
            continue
        if _ASCII_LETTER_RE.search(tok) or all(
            c in textmaps.HOMOGLYPHS or not c.isalpha() for c in tok
        ):
            parts.append(s[pos : m.start()])
            parts.append(tok.translate(_HOMOGLYPH_TABLE))  # one char to one char
            pos = m.end()
    parts.append(s[pos:])
    return "".join(parts)


def _spaced_edits(s: str):
    """Step 4: drop the separators inside runs of single letters ("k.y.s" → "kys")."""
    for m in _SPACED_RE.finditer(s):
        units = m.group()[::2]
        if sum(c.isalpha() for c in units) * 2 < len(units) or sum(c.isalpha() for c in units) < 2:
            continue
        for k in range(m.start() + 1, m.end(), 2):
            yield k, k + 1, ""


def _leet_edits(s: str):
    """Step 5: leet symbols to letters inside tokens that mix letters and symbols."""
    leet = textmaps.LEET
    for m in _LEET_TOKEN_RE.finditer(s):
        tok = m.group()
        if not _LEET_CHAR_RE.search(tok) or not any(c.isalpha() for c in tok):
            continue
        # split into maximal runs of non-letters: (start, end, interior?)
        runs: list[tuple[int, int, bool]] = []
        k, n = 0, len(tok)
        while k < n:
            if tok[k].isalpha():
                k += 1
                continue
            e = k
            while e < n and not tok[e].isalpha():
                e += 1
            runs.append((k, e, k > 0 and e < n))
            k = e
        convertible = [(a, b, inner) for a, b, inner in runs if all(c in leet for c in tok[a:b])]
        has_interior = any(inner for _, _, inner in convertible)
        for a, b, inner in convertible:
            run = tok[a:b]
            if inner:
                ok = True
            elif all(c == "$" for c in run):
                ok = True  # "$end", "pic$": a dollar sign before a letter is no amount
            else:
                ok = has_interior and not any(c in textmaps.LEET_INTERIOR_ONLY for c in run)
            if ok:
                base = m.start() + a
                for q, c in enumerate(run):
                    yield base + q, base + q + 1, leet[c]


def _squeeze_edits(s: str, max_repeat: int):
    """Step 6: runs longer than ``max_repeat`` of one non-digit, non-space character."""
    for m in _squeeze_re(max_repeat).finditer(s):
        yield m.start() + max_repeat, m.end(), ""


_SQUEEZE_CACHE: dict[int, re.Pattern[str]] = {}


def _squeeze_re(max_repeat: int) -> re.Pattern[str]:
    pat = _SQUEEZE_CACHE.get(max_repeat)
    if pat is None:
        pat = _SQUEEZE_CACHE[max_repeat] = re.compile(rf"([^\d\s])\1{{{max_repeat},}}")
    return pat


def _whitespace_edits(s: str):
    """Step 7: whitespace runs to one space; none at the ends."""
    n = len(s)
    for m in _WS_RE.finditer(s):
        a, b = m.span()
        if a == 0 or b == n:
            yield a, b, ""
        elif b - a > 1 or s[a] != " ":
            yield a, b, " "
