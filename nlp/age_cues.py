"""Ages the participants state in the text itself: "13 f", "im 24", "ur 16 right?", "year 9".

Why: grooming is a conjunction (an adult, a minor and a trajectory), and most
platforms do not send verified ages (``meta.age``). The words that make a chat
risky ("lets move to whatsapp", "wanna meet after work") are what two adults on a
dating app say too; what tells them apart is usually written in the first lines:
"asl?" "13 f" "24 m here" against "ur 27 right?" "yep, u?" "35". An age question
alone carries no signal (peers ask it all the time), so this module does not flag
anything: it records *who said they are how old* and the conversation decision reads
the conjunction (a declared minor and a declared adult among different participants)
or its absence (only adults declared).

What counts as a statement (kept narrow on purpose; a missed age is a missing
feature, a wrong one is a false conjunction):

* self: "im 13", "i'm only 14", "13 f", "f 15", "24 m here", "15/f", "14 yo",
  "16 years old", "year 9" / "grade 8" / "8th grade" (school years: a minor);
* a short reply that is mostly a number, right after someone asked an age question
  ("how old", "asl", "age?", "u?", "wbu", "ur 27 right?"): "13", "yeah 14", "16 u?";
* about the other person: "ur 16 right", "so you're 25?", "you're what, 16?",
  "u r in year 9", "ur profile says 37": attributed to the most recent other sender.

Numbers with units ("2pm", "5 mins", "40 tries", "season 2") are not ages.
Declared ``meta.age`` / ``meta.role`` count too (:mod:`.participants`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from .categories import GROOMING
from .detectors.base import registry
from .participants import ADULT_AGE, declared_age, declared_role
from .types import Signal
from .window import Window

NAME = "participants.age-cues.v1"

#: Ages outside this range in text are not taken as ages ("im 5 mins away", "im 99% sure").
TEXT_AGE_RANGE = (9, 79)
#: Participants remembered per conversation (bounded state).
MAX_PARTICIPANTS = 8

_NUM = r"(\d{1,2})"
_UNIT = r"(?!\s*(?:mins?\b|minutes?\b|hours?\b|hrs?\b|secs?\b|seconds?\b|pm\b|am\b|%|k\b|x\b|:|\.\d|th\b|st\b|nd\b|rd\b|days?\b|weeks?\b|months?\b|times?\b|tries\b|more\b|of\b|out\b|people\b|viewers\b|quid\b|dollars?\b|pounds?\b|bucks\b|miles?\b|km\b|percent\b|worksheets?\b|episodes?\b|levels?\b|games?\b|wins?\b|kills?\b))"
_SEX = r"(?:m|f|male|female|boy|girl|guy|gurl|grl)"
_SELF = [
    re.compile(rf"\b(?:i'?m|i am|iam)\s+(?:only+\w*\s+|just\s+|nearly\s+|almost\s+|turning\s+|like\s+)?{_NUM}\b{_UNIT}"),
    re.compile(rf"^\W*(?:h+i+|he+y+|yo|ok|so|yeah|yea|ya|yes|yep|yup|nah|um+|lol|haha)?\W*{_NUM}\s*[/,\s]\s*{_SEX}\b"),
    re.compile(rf"^\W*(?:h+i+|he+y+|yo)?\W*{_SEX}\s*[/,\s]\s*{_NUM}\b"),
    re.compile(rf"\b{_NUM}\s*(?:yo|y/o|yrs? old|years? old|year old)\b"),
    re.compile(rf"\bi'?m\s+{_NUM}\s*{_SEX}\b"),
]
_OTHER = [
    re.compile(rf"\b(?:ur|you'?re|youre|ure|u r|you are)\s+(?:what,?\s+|like\s+|only\s+|just\s+)?{_NUM}\b{_UNIT}"),
    re.compile(rf"\bprofile says\s+{_NUM}\b"),
    re.compile(rf"\bhow old are (?:you|u) now,?\s+{_NUM}\b"),
]
_SCHOOL_SELF = re.compile(r"\b(?:i'?m in|im in|i am in|in)\s+(?:year|yr|yeat|yera|grade)\s+(\d{1,2})\b|^\W*(?:year|yr|grade)\s+(\d{1,2})\W*$")
_SCHOOL_OTHER = re.compile(r"\b(?:ur|you'?re|u r|you are|are u|are you)\s+(?:in\s+)?(?:year|yr|yeat|grade)\s+(\d{1,2})\b")
_GRADE_TH = re.compile(r"\b(\d{1,2})(?:th|st|nd|rd)\s+grade\b")
_AGE_QUESTION = re.compile(
    r"\bhow old\b|\basl\b|\bage\s*\?|\bur age\b|\bwhat age\b|(?:^|\s)(?:u|you|wbu|hbu|and u|and you)\s*\?|\bwbu\b|\bhbu\b"
    r"|\b(?:ur|you'?re|ure|u r)\s+\d{1,2}\b|\bwhat (?:year|grade)\b"
)
_SHORT_REPLY = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?{_NUM}\b{_UNIT}(?:\W+\w+){{0,4}}\W*$")


@dataclass(frozen=True)
class AgeStatement:
    """One age a message states: about its sender (``self``) or about the other person."""

    about: str  # "self" | "other"
    age: int


def _ok(n: int) -> bool:
    return TEXT_AGE_RANGE[0] <= n <= TEXT_AGE_RANGE[1]


def statements(text: str, previous: Sequence[str] = ()) -> list[AgeStatement]:
    """Age statements in one (normalised, lower-cased) message.

    Args:
        text: the message.
        previous: the texts just before it from *other* senders (most recent last), to
            read a bare number as the answer to an age question.
    """
    t = text.lower().strip()
    if not t or not any(ch.isdigit() for ch in t):
        return []
    out: list[AgeStatement] = []
    for rx in _SELF:
        for m in rx.finditer(t):
            n = int(m.group(1))
            if _ok(n):
                out.append(AgeStatement("self", n))
    for rx in _OTHER:
        for m in rx.finditer(t):
            n = int(m.group(1))
            if _ok(n):
                out.append(AgeStatement("other", n))
    school_other = list(_SCHOOL_OTHER.finditer(t))
    for m in ([] if school_other else _SCHOOL_SELF.finditer(t)):  # "u r in year 9" is about the other
        y = int(m.group(1) or m.group(2))
        if 1 <= y <= 13:
            out.append(AgeStatement("self", min(17, y + 5)))
    for m in school_other:
        y = int(m.group(1))
        if 1 <= y <= 13:
            out.append(AgeStatement("other", min(17, y + 5)))
    for m in _GRADE_TH.finditer(t):
        y = int(m.group(1))
        if 1 <= y <= 12:
            out.append(AgeStatement("other" if re.search(r"\b(?:ur|you'?re|u r|you are)\b", t) else "self", min(17, y + 6)))
    if not any(s.about == "self" for s in out) and previous and _AGE_QUESTION.search(previous[-1].lower()):
        m = _SHORT_REPLY.match(t) if len(t) <= 40 else None  # a reply, not a paragraph that holds a number
        if m and _ok(int(m.group(1))):
            out.append(AgeStatement("self", int(m.group(1))))
    return list(dict.fromkeys(out))  # one of each, in the order found


class AgeCueDetector:
    """Emits one ``context`` signal per age a message states or declares (score 0: never a flag by itself).

    The signal's evidence names the participant and the age; fusion keeps the youngest
    age per participant and the conversation decision reads the conjunction.
    """

    name = NAME
    kind = "context"
    needs_embeddings = False

    def detect(self, window: Window) -> list[Signal]:
        cur = window.current.message
        me = cur.sender_id
        found: dict[tuple[str, str], int] = {}
        age, role = declared_age(cur.meta), declared_role(cur.meta)
        if role is not None:
            found[(me, "meta")] = ADULT_AGE if role == "adult" else ADULT_AGE - 1
        elif age is not None:
            found[(me, "meta")] = age
        # the latest message from someone else: who "ur 16" is about, and the question a bare number answers
        last = next((e.message for e in reversed(window.entries[:-1]) if e.message.sender_id != me), None)
        other = last.sender_id if last is not None else None
        for st in statements(cur.text, [last.text] if last is not None else []):
            who = me if st.about == "self" else other
            if who is None:
                continue
            key = (who, "text")
            found[key] = min(found.get(key, 200), st.age)
        return [Signal(category=GROOMING, subtype="declared_age", source="context", detector=NAME, score=0.0,
                       message_id=cur.message_id, evidence={"participant": who, "age": a, "from": src})
                for (who, src), a in sorted(found.items())]

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        return [self.detect(w) for w in windows]


@registry.register(NAME)
def _create(**_: object) -> AgeCueDetector:
    return AgeCueDetector()


def update_ages(ages: Mapping[str, int], signals: Iterable[Signal]) -> dict[str, int]:
    """The youngest stated age per participant after this message's context signals (bounded)."""
    out = dict(ages)
    for s in signals:
        if s.source != "context" or not s.evidence or "age" not in s.evidence:
            continue
        who, age = str(s.evidence.get("participant")), int(s.evidence["age"])
        out[who] = min(out.get(who, age), age)
    if len(out) > MAX_PARTICIPANTS:  # keep the youngest and the oldest: what the conjunction needs
        keep = sorted(out.items(), key=lambda kv: kv[1])
        out = dict(keep[: MAX_PARTICIPANTS // 2] + keep[-(MAX_PARTICIPANTS // 2):])
    return out


def age_features(ages: Mapping[str, int]) -> dict[str, float]:
    """Conversation features from stated ages: conjunction, adults only, a minor present."""
    minors = {p for p, a in ages.items() if a < ADULT_AGE}
    adults = {p for p, a in ages.items() if a >= ADULT_AGE}
    return {
        "age_conj": float(bool(minors) and bool(adults - minors)),
        "age_adults_only": float(bool(adults) and not minors),
        "age_minor": float(bool(minors)),
    }
