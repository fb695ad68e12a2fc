"""Assembles one conversation: participants, a clock with bursts and silences, messages and labels.

Scripts (:mod:`.scripts`, :mod:`.negatives`) decide *what* is said; the builder
decides *who* and *when*, applies each speaker's style and the conversation's
adversarial variant, and computes ``labels`` and ``onset`` from the message labels,
so the two can never disagree.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from convowatch.nlp.categories import CATEGORIES

from .adversarial import apply_variant
from .banks import Banks
from .styles import Style, apply_style

#: Earliest start of a synthetic conversation; starts spread over ~18 months.
EPOCH = datetime(2025, 1, 1, tzinfo=timezone.utc)


@dataclass(slots=True)
class Person:
    """A participant: id, role in the script, declared age (or None) and typing style."""

    sender_id: str
    role: str
    age: int | None
    style: Style
    declare_age: bool = False

    def meta(self) -> dict[str, Any] | None:
        if not self.declare_age or self.age is None:
            return None
        return {"age": self.age, "role": "adult" if self.age >= 18 else "minor"}


class _Slots(dict):
    """Placeholder values for one conversation; unknown keys stay visible for the tests to catch."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class ConversationBuilder:
    """Collects messages for one conversation.

    Args:
        rng: the conversation's own random stream (derived from seed and index).
        banks: the split's template and lexicon banks.
        adversarial: a variant name from :data:`.adversarial.VARIANTS`, or None.
    """

    rng: random.Random
    banks: Banks
    adversarial: str | None = None
    people: list[Person] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    slots: _Slots = field(default_factory=_Slots)

    def __post_init__(self) -> None:
        rng, lex = self.rng, self.banks.lexicon
        start = EPOCH + timedelta(days=rng.randrange(540), hours=rng.choice((7, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23)),
                                  minutes=rng.randrange(60), seconds=rng.randrange(60))
        self.clock = start
        self.slots.update(
            game=rng.choice(lex["games"]), app=rng.choice(lex["apps"]), gift=rng.choice(lex["gifts"]),
            place=rng.choice(lex["places"]), town=rng.choice(lex["towns"]), street=rng.choice(lex["streets"]),
            school=rng.choice(lex["schools"]), parent=rng.choice(lex["parents"]), teacher=rng.choice(lex["teachers"]),
            sports=rng.choice(lex["sports"]), sport=rng.choice(lex["sports"]), food=rng.choice(lex["foods"]),
            singer=rng.choice(lex["singers"]), num=str(rng.randint(2, 240)),
            phone=f"555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", name=rng.choice(lex["first_names"]),
        )
        self._used_ids: list[str] = []
        self._recent_lines: list[str] = []

    # participants -------------------------------------------------------------
    def person(self, role: str, age: int | None = None, *, adult_name: bool = False,
               careful: bool | None = None, declare_age: bool = False) -> Person:
        """Add a participant with a fresh handle from the split's lexicon."""
        rng, lex = self.rng, self.banks.lexicon
        for _ in range(20):
            base = rng.choice(lex["adult_names"] if adult_name else lex["first_names"])
            # A year suffix reads as a birth year, so keep it consistent with the age.
            year = str(2025 - age) if age is not None else str(rng.randint(1985, 2013))
            handle = base + rng.choice(("", "", rng.choice(lex["handles"]))) + rng.choice(("", str(rng.randint(1, 99)), year))
            handle = handle.replace(" ", "_")
            if handle not in self._used_ids:
                break
            handle += rng.choice(string.ascii_lowercase)
        self._used_ids.append(handle)
        if careful is None:
            careful = age is not None and age >= 25 and rng.random() < 0.6
        p = Person(handle, role, age, Style.sample(rng, careful=careful), declare_age)
        self.people.append(p)
        return p

    # time ---------------------------------------------------------------------
    def advance(self, kind: str = "burst") -> None:
        """Move the clock: a ``burst`` (seconds), a ``pause`` (minutes) or a ``silence`` (hours to days)."""
        rng = self.rng
        if kind == "burst":
            secs = 2 + rng.expovariate(1 / 25)
        elif kind == "pause":
            secs = 60 * (1 + rng.expovariate(1 / 12))
        else:
            secs = 3600 * rng.choice((2, 5, 9, 14, 20, 24, 26, 48, 72, 120)) + rng.randrange(3600)
        self.clock += timedelta(seconds=int(secs))

    # messages -----------------------------------------------------------------
    def fill(self, template: str, **extra: str) -> str:
        slots = _Slots(self.slots)
        slots.update(extra)
        return template.format_map(slots)

    def say(self, who: Person, template: str, label: tuple[str, str] | None = None, *,
            gap: str = "burst", hook: bool = False, **extra: str) -> None:
        """Append one message from ``who``.

        Args:
            label: ``(category, subtype_or_stage)`` for a risky message, else None.
            gap: how long after the previous message (see :meth:`advance`).
            hook: a benign line that looks risky; it gets the adversarial variant like a signal.
        """
        if self.messages:
            self.advance(gap)
        text = apply_style(self.fill(template, **extra), who.style, self.rng)
        if self.adversarial and (label or hook) and self.rng.random() < 0.8:
            text = apply_variant(self.adversarial, text, self.rng)
        elif self.adversarial and self.rng.random() < 0.05:
            text = apply_variant(self.adversarial, text, self.rng)
        msg: dict[str, Any] = {
            "message_id": f"m{len(self.messages) + 1}",
            "sender_id": who.sender_id,
            "ts": self.clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text[:2000],
        }
        if label:
            msg["labels"] = {label[0]: label[1]}
        meta = who.meta()
        if meta:
            msg["meta"] = meta
        self.messages.append(msg)

    def chatter(self, speakers: list[Person], n: int, topic: str | None = None) -> None:
        """``n`` off-topic messages among ``speakers``: a topic line, then reactions and follow-ups."""
        if n <= 0 or not speakers:
            return
        filler, rng = self.banks.filler, self.rng
        topics = list(filler.topics)
        topic = topic or rng.choice(topics)
        first = True
        recent = [m["sender_id"] for m in self.messages[-1:]]
        for _ in range(n):
            # Turn-taking: the last speaker keeps going about a third of the time.
            others = [p for p in speakers if p.sender_id not in recent]
            who = rng.choice(others) if others and rng.random() < 0.65 else rng.choice(speakers)
            for _attempt in range(4):  # avoid repeating a line said just before
                roll = rng.random()
                if first and rng.random() < 0.3:
                    line = rng.choice(filler.greetings)
                elif roll < 0.5:
                    line = rng.choice(filler.topics[topic])
                elif roll < 0.85:
                    line = rng.choice(filler.reactions)
                else:
                    topic = rng.choice(topics)
                    line = rng.choice(filler.topics[topic])
                if line not in self._recent_lines:
                    break
            self._recent_lines = (self._recent_lines + [line])[-8:]
            self.say(who, line, gap="pause" if first and self.messages else "burst")
            recent = [who.sender_id]
            first = False

    # output -------------------------------------------------------------------
    def build(self, conversation_id: str, meta: dict[str, Any]) -> dict[str, Any]:
        """The corpus record (docs/formats.md) with labels and onset derived from message labels."""
        labels = {c: 0 for c in CATEGORIES}
        onset: dict[str, int] = {}
        for i, msg in enumerate(self.messages):
            for category in msg.get("labels", {}):
                labels[category] = 1
                onset.setdefault(category, i)
        meta = dict(meta)
        meta["adversarial"] = self.adversarial or False
        return {"conversation_id": conversation_id, "labels": labels, "onset": onset, "meta": meta,
                "messages": self.messages}
