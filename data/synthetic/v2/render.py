"""Render an authored scenario into one corpus record (docs/formats.md).

The scenario says *what* is said; rendering decides the rest from a seeded stream:
which alternative, whether an optional line appears, which interludes of ordinary
talk are woven in, ages, names, the slot words (game, app, town, ...), each
participant's typing voice, and the clock (seconds apart in a stranger chat, days
between sessions of a long grooming thread). Labels and onset are derived from the
message tags, so the two cannot disagree.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from convowatch.nlp.categories import CATEGORIES

from ..styles import Style, apply_style
from .script import ROLE_AGES, TAGS, Break, Choice, Interlude, Line, Scenario, Step

EPOCH = datetime(2025, 3, 1, tzinfo=timezone.utc)
MAX_CHARS = 2000


@dataclass(frozen=True)
class Writer:
    """One writer's scenarios, interludes, slot words and habits.

    Args:
        name: the writer's name (recorded in each conversation's meta).
        scenarios: parsed scenarios.
        interludes: parsed interludes (roles ``x`` and ``y``), woven in at ``...``.
        lexicon: slot name -> words; ``{game}`` in a line draws one per conversation.
        handles: participant handle stems.
        meta_age_p: chance that the platform declares participants' ages in meta.
        emoticons: extra tokens this writer's people sprinkle in (":P", "<3", ...).
    """

    name: str
    scenarios: tuple[Scenario, ...]
    interludes: tuple[Scenario, ...]
    lexicon: dict[str, tuple[str, ...]]
    handles: tuple[str, ...]
    meta_age_p: float = 0.3
    emoticons: tuple[str, ...] = (":P", "<3", ":)", ":D", "xD", "lol", "haha", ";)")


class _Slots(dict):
    def __missing__(self, key: str) -> str:  # a typo in a slot name stays visible (the tests look for "{")
        return "{" + key + "}"


@dataclass
class _Person:
    sender_id: str
    role_class: str
    age: int | None
    style: Style
    emoticon: float


@dataclass
class _Conv:
    rng: random.Random
    writer: Writer
    register: str
    people: dict[str, _Person]
    slots: _Slots
    declare: bool
    clock: datetime
    messages: list[dict[str, Any]] = field(default_factory=list)
    gap: str = "burst"

    def advance(self) -> None:
        rng = self.rng
        if self.gap == "break":
            secs = 3600 * rng.choice((1, 3, 6, 10, 20, 26, 44, 70, 100)) + rng.randrange(3600)
        elif self.register == "post":
            secs = 60 * (2 + rng.expovariate(1 / 40))
        elif self.register == "stranger":
            secs = 2 + rng.expovariate(1 / 12)
        else:
            secs = 3 + rng.expovariate(1 / 35)
        self.clock += timedelta(seconds=int(secs))
        self.gap = "burst"

    def say(self, role: str, text: str, tag: str | None, cont: bool) -> None:
        person = self.people[role]
        if self.register == "post" and len(text) > 80:
            voiced = text  # long posts are typed with care; their voice is in the writing
            if self.rng.random() < person.style.drop_apostrophes * 0.5:
                voiced = voiced.replace("'", "")
        else:
            voiced = apply_style(text, person.style, self.rng)
            if self.rng.random() < person.emoticon:
                voiced += " " + self.rng.choice(self.writer.emoticons)
        if cont and self.messages and self.messages[-1]["sender_id"] == person.sender_id:
            last = self.messages[-1]
            last["text"] = (last["text"] + " " + voiced)[:MAX_CHARS]
            if tag and "labels" not in last:
                cat, sub = TAGS[tag]
                last["labels"] = {cat: sub}
            return
        if self.messages:
            self.advance()
        msg: dict[str, Any] = {
            "message_id": f"m{len(self.messages) + 1}",
            "sender_id": person.sender_id,
            "ts": self.clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": voiced[:MAX_CHARS],
        }
        if tag:
            cat, sub = TAGS[tag]
            msg["labels"] = {cat: sub}
        if self.declare and person.age is not None:
            msg["meta"] = {"age": person.age, "role": "adult" if person.age >= 18 else "minor"}
        self.messages.append(msg)


def conversation_rng(seed: int, split: str, index: int) -> random.Random:
    """An independent stream per conversation, so one conversation never shifts another."""
    digest = hashlib.sha256(f"v2:{seed}:{split}:{index}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _fill(template: str, slots: _Slots) -> str:
    return template.format_map(slots)



def _people(sc: Scenario, writer: Writer, rng: random.Random) -> dict[str, _Person]:
    used: set[str] = set()
    out: dict[str, _Person] = {}
    for role, cls in sc.roles.items():
        rng_ages = ROLE_AGES[cls]
        age = rng.randint(*rng_ages) if rng_ages else None
        for _ in range(30):
            stem = rng.choice(writer.handles)
            suffix = rng.choice(("", "", "_", str(rng.randint(1, 99)), "x", "xo", "_" + str(rng.randint(1, 9))))
            handle = (stem + suffix).replace(" ", "_")
            if handle not in used:
                break
        used.add(handle)
        careful = sc.register == "post" or (age is not None and age >= 26 and rng.random() < 0.55)
        out[role] = _Person(handle, cls, age, Style.sample(rng, careful=careful),
                            emoticon=rng.uniform(0.0, 0.12 if careful else 0.3))
    return out


def _slots(sc: Scenario, writer: Writer, people: dict[str, _Person], rng: random.Random) -> _Slots:
    slots = _Slots({k: rng.choice(v) for k, v in writer.lexicon.items()})
    for role, p in people.items():
        slots[f"age_{role}"] = str(p.age) if p.age is not None else str(rng.randint(16, 40))
        slots[f"name_{role}"] = p.sender_id.split("_")[0].rstrip("0123456789") or p.sender_id
        if p.age is not None:
            grade = max(1, min(12, p.age - 5))
            slots[f"grade_{role}"] = {1: "1st", 2: "2nd", 3: "3rd"}.get(grade, f"{grade}th")
    slots["n"] = str(rng.randint(2, 9))
    slots["hour"] = str(rng.randint(3, 9))
    slots["big"] = str(rng.choice((20, 25, 50, 100, 200)))
    return slots


def _walk(conv: _Conv, steps: tuple[Step, ...], roles_map: dict[str, str] | None = None, depth: int = 0) -> None:
    rng = conv.rng
    for st in steps:
        if isinstance(st, Line):
            if st.p < 1.0 and rng.random() >= st.p:
                continue
            role = roles_map.get(st.speaker, st.speaker) if roles_map else st.speaker
            k = rng.randrange(len(st.alts))
            conv.say(role, _fill(st.alts[k], conv.slots), None if roles_map else st.tags[k], st.cont)
        elif isinstance(st, Break):
            conv.gap = "break"
        elif isinstance(st, Choice):
            _walk(conv, rng.choice(st.blocks), roles_map, depth)
        elif isinstance(st, Interlude) and depth == 0 and conv.writer.interludes:
            order = list(st.roles) or list(conv.people)[:2]
            if len(order) < 2:
                order = order * 2
            for _ in range(rng.choice((1, 1, 2, 2, 3))):  # ordinary talk runs for a while
                inter = rng.choice(conv.writer.interludes)
                _walk(conv, inter.steps, {"x": order[0], "y": order[1]}, depth + 1)


def render(sc: Scenario, writer: Writer, rng: random.Random, conversation_id: str, split: str) -> dict[str, Any]:
    """One corpus record for ``sc``, drawn from ``rng``."""
    people = _people(sc, writer, rng)
    start = EPOCH + timedelta(days=rng.randrange(420), hours=rng.choice((7, 12, 15, 16, 17, 19, 20, 21, 22, 23)),
                              minutes=rng.randrange(60), seconds=rng.randrange(60))
    conv = _Conv(rng, writer, sc.register, people, _slots(sc, writer, people, rng),
                 declare=rng.random() < writer.meta_age_p, clock=start)
    if sc.register in ("dm", "group", "stranger") and conv.writer.interludes and rng.random() < 0.4:
        _walk(conv, (Interlude(),))  # many chats are already under way when the risk begins
    _walk(conv, sc.steps)
    if not conv.messages:  # every optional line skipped: say the first line anyway
        first = next(s for s in sc.steps if isinstance(s, Line))
        conv.say(first.speaker, _fill(first.alts[0], conv.slots), first.tags[0], False)
    labels = {c: 0 for c in CATEGORIES}
    onset: dict[str, int] = {}
    for i, m in enumerate(conv.messages):
        for cat in m.get("labels", {}):
            labels[cat] = 1
            onset.setdefault(cat, i)
    profile = sc.kind if sc.kind != "benign" else "hard_negative" if sc.look else "benign"
    meta = {"split": split, "profile": profile, "adversarial": False, "lang": "en", "corpus": "v2",
            "writer": writer.name, "scenario": sc.name, "register": sc.register}
    if sc.look:
        meta["look"] = sc.look
    return {"conversation_id": conversation_id, "labels": labels, "onset": onset, "meta": meta,
            "messages": conv.messages}
