"""Character tables for :mod:`convowatch.nlp.normalize`: homoglyphs, leetspeak, emoji.

Why hand tables rather than a confusables library: Unicode's ``confusables.txt`` (and
the PyPI packages that ship it) maps characters to a *skeleton* that is often not
Latin and folds whole alphabets, which would mangle ordinary Russian, Greek or
Armenian messages. We only need the few dozen look-alikes that people use to hide
English words from filters, mapped one character to one Latin letter so that offsets
stay one-to-one. The normaliser only applies them inside tokens that already contain
Latin letters or consist of look-alikes alone (see ``normalize._fold_homoglyphs``).

Fullwidth letters, mathematical alphanumerics, circled and squared letters need no
table: NFKC already folds them.
"""

from __future__ import annotations

# Cyrillic, Greek, Armenian and Latin-extension look-alikes, lowercase (the text is
# casefolded first), each to one ASCII letter.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ѵ": "v",
    "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Armenian
    "օ": "o", "ո": "n", "ս": "u", "հ": "h", "ց": "g",
    # Latin extensions: dotless i/j, Latin alpha, small capitals (no NFKC folding)
    "ı": "i", "ȷ": "j", "ɑ": "a", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e",
    "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m",
    "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u",
    "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}

# Negative circled / negative squared Latin letters (U+1F150.., U+1F170..) have no
# NFKC decomposition but are used to spell words letter by letter.
for _i in range(26):
    HOMOGLYPHS[chr(0x1F150 + _i)] = chr(ord("a") + _i)
    HOMOGLYPHS[chr(0x1F170 + _i)] = chr(ord("a") + _i)
del _i

# Leetspeak: one symbol to one letter. "1" is ambiguous (i or l); "i" wins because
# the words that matter ("pics", "kill", "kiss") take it more often.
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
    "$": "s", "@": "a", "!": "i", "|": "l",
}
# Symbols that are leet only between letters ("p!cs"), never at a word's edge
# ("hi!", "@name"); "$" may stand at an edge ("$end", "pic$").
LEET_INTERIOR_ONLY = frozenset("@!|")

# Risk-relevant emoji to words (keys: base code point, variation selectors stripped).
# Words are what a moderator or rule author would say; several emoji share one word
# so that one rule phrase covers them.
EMOJI_WORDS: dict[str, str] = {
    # violence, death, self-harm context
    "🔪": "knife", "🗡": "knife", "🔫": "gun", "💣": "bomb", "💀": "skull", "☠": "skull",
    "⚰": "coffin", "🪦": "grave", "🩸": "blood", "💊": "pills", "💉": "syringe",
    "🩹": "bandage", "🪢": "knot", "⛓": "chains", "🌉": "bridge", "🆘": "sos",
    # sexual innuendo
    "🍆": "eggplant", "🍑": "peach", "💦": "droplets", "👅": "tongue", "🍒": "cherries",
    "👄": "lips", "💋": "kiss", "😘": "kiss", "😗": "kiss", "😙": "kiss", "😚": "kiss",
    "😈": "devil", "👙": "bikini", "🩲": "underwear", "🥵": "hot", "🔞": "adult",
    "😏": "smirk", "😉": "wink", "🤤": "drooling", "🔥": "fire",
    # affection
    "😍": "heart eyes", "🥰": "love", "❤": "heart", "♥": "heart", "💕": "heart",
    "💖": "heart", "💗": "heart", "💓": "heart", "💞": "heart", "💘": "heart",
    "💝": "heart", "🧡": "heart", "💛": "heart", "💚": "heart", "💙": "heart",
    "💜": "heart", "🖤": "heart", "🤍": "heart", "💔": "broken heart", "🫂": "hug",
    "🤗": "hug", "🧸": "teddy bear",
    # feelings
    "😭": "crying", "😢": "crying", "😿": "crying", "😞": "sad", "😔": "sad",
    "😩": "weary", "😫": "weary", "😂": "laughing", "🤣": "laughing", "🥺": "pleading",
    "🙏": "please", "😳": "flushed", "😡": "angry", "😠": "angry", "🤬": "angry",
    "🤮": "vomiting", "🤢": "nauseated", "🙄": "eye roll", "😵": "dizzy",
    # insults
    "🖕": "middle finger", "🤡": "clown", "🐷": "pig", "🐖": "pig", "🐀": "rat",
    "🐍": "snake", "🗑": "trash",
    # secrecy
    "🤫": "shh secret", "🤐": "secret", "🙊": "secret", "🔒": "lock", "🤭": "giggle",
    # gifts, leverage
    "🎁": "gift", "💰": "money", "💵": "money", "💸": "money", "💴": "money",
    "💶": "money", "💷": "money", "💳": "card", "🎮": "game", "🕹": "game",
    "🍭": "candy", "🍬": "candy", "🍺": "beer", "🍻": "beer", "🍷": "wine",
    "🚬": "cigarette",
    # photos, contact, meeting
    "📸": "camera", "📷": "camera", "📹": "video", "🎥": "video", "🤳": "selfie",
    "📱": "phone", "📞": "phone", "📲": "phone", "☎": "phone", "🤙": "call me",
    "💬": "message", "📩": "message", "📧": "message", "✉": "message", "👻": "ghost",
    "👋": "wave", "🏠": "home", "🏡": "home", "🚗": "car", "🚙": "car", "🚕": "taxi",
    "🏨": "hotel", "🛏": "bed", "📍": "location", "🗺": "map", "✈": "plane",
    "🚪": "door", "👀": "eyes",
    # people
    "👶": "baby", "🧒": "child", "👧": "girl", "👦": "boy", "👩": "woman", "👨": "man",
}

# Code point ranges treated as emoji: dropped (turned into a word break) when they are
# not in EMOJI_WORDS and NFKC does not fold them to letters.
EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x1F000, 0x1FAFF),  # mahjong .. symbols & pictographs extended-A
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats
    (0x2300, 0x23FF),  # miscellaneous technical (⌚ ⏰)
    (0x2B00, 0x2BFF),  # arrows, ⭐ ⭕
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3299),
)

# Skin-tone modifiers: dropped without a word break (they modify the previous emoji).
SKIN_TONES = range(0x1F3FB, 0x1F400)

# Invisible characters that are not category Cf/Cc but render as nothing and are used
# to split words: Hangul fillers, braille blank, combining grapheme joiner.
INVISIBLE = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u034f"})

# Variation selectors (emoji vs text style, CJK variants): dropped wherever they are.
VARIATION_SELECTORS_RE_CLASS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"


def is_emoji(cp: int) -> bool:
    """Whether code point ``cp`` lies in one of the emoji blocks."""
    return any(lo <= cp <= hi for lo, hi in EMOJI_RANGES)
