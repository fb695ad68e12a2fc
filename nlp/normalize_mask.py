"""Find URLs, e-mail addresses, @handles and phone numbers to mask with placeholders.

Contact details are what moves a conversation off-platform, so rules match the
placeholder words (``xurl``, ``xemail``, ``xhandle``, ``xphone``) rather than the
details themselves, and the encoder never sees them.

The patterns run on casefolded text. Every start is anchored behind a non-word
character so that a failed attempt costs at most one token, and repetition counts
are bounded: the scan stays linear even on hostile input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Short TLDs that are also words or abbreviations ("go.to", "ask.me") only count as
# a bare domain when a path follows ("t.me/name", "x.co/a").
_TLDS = "com|net|org|edu|gov|io|gg|app|dev|xyz|info|biz|tv|ru|uk|de|fr|ca|au|link|live|site|online|club|chat"
_TLDS_WITH_PATH = "co|me|ly|to|gl|gd|be|us|cc|ws"

_URL = (
    r"(?:(?<![\w.@/-])(?:https?://|www\.)[^\s<>\"]{1,2000})"
    r"|(?:(?<![\w.@/-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}"
    rf"(?:\.(?:{_TLDS})(?![\w-])(?:/[^\s<>\"]{{0,2000}})?|\.(?:{_TLDS_WITH_PATH})/[^\s<>\"]{{0,2000}}))"
)
_EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
_HANDLE = r"(?<![\w@.])@\w(?:[\w.]{0,48}\w)?"
# Phone candidates: digit groups joined by single separators, an optional +country
# code and (area code); validated by _is_phone.
_PHONE = r"(?<![\w+@])\+?(?:\(\d{1,5}\)[ .-]?)?\d{1,15}(?:[ .-]\d{1,15}){0,6}(?![\w@])"

# Order matters where two kinds could start at one place: a URL wins over what it
# contains, an e-mail over the @part of it.
_PARTS = (("url", _URL), ("email", _EMAIL), ("handle", _HANDLE), ("phone", _PHONE))
KINDS = frozenset(k for k, _ in _PARTS)


@functools.lru_cache(maxsize=32)
def _mask_re(kinds: frozenset[str]) -> re.Pattern[str]:
    """One alternation of the enabled kinds (so a disabled kind hides nothing)."""
    return re.compile("|".join(f"(?P<{k}>{p})" for k, p in _PARTS if k in kinds))


PLACEHOLDERS = {"url": "xurl", "email": "xemail", "handle": "xhandle", "phone": "xphone"}

_DATE_RE = re.compile(r"\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}")
_TRAILING_PUNCT = ".,;:!?)]}'\""


def _is_phone(candidate: str) -> bool:
    """Tell a phone number from an age, a year, a date, an amount or a list of numbers."""
    digits = sum(c.isdigit() for c in candidate)
    if not 7 <= digits <= 15:
        return False
    if _DATE_RE.fullmatch(candidate):
        return False
    groups = re.findall(r"\d+", candidate)
    if len(groups) == 1:
        # one unbroken run: long enough to be a full number, or explicitly international
        return digits >= 10 or candidate.startswith("+")
    # "555-123-4567", "(555) 123 4567", "+44 7700 900123"; not "1 2 3 4 5 6 7"
    tail = groups[1:] if candidate.startswith("+") else groups
    return all(len(g) >= 2 for g in tail) and any(len(g) >= 3 for g in groups)


def find_masks(text: str, kinds: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, placeholder)`` for each detail of an enabled kind, in order.

    Args:
        text: casefolded text.
        kinds: enabled kinds among ``url``, ``email``, ``handle``, ``phone``.
    """
    if not kinds:
        return
    for m in _mask_re(kinds).finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "url":
            # sentence punctuation after a link is not part of it
            while end > start + 1 and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
        elif kind == "phone" and not _is_phone(m.group()):
            continue
        yield start, end, PLACEHOLDERS[kind]  # type: ignore[index]
