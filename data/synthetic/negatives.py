"""Benign conversations: hard negatives that look risky to a keyword matcher, and plain chatter.

Hard negatives share the surface of the risky scripts on purpose (adults arranging
pick-ups with declared ages, "dont tell her", "kill me now", "send a pic"), so a
model has to read context rather than words.
"""

from __future__ import annotations

from .banks import HARD_NEGATIVE_SCENARIOS
from .builder import ConversationBuilder, Person
from .scripts import sample_length


def hard_negative(b: ConversationBuilder, scenario: str | None = None) -> dict[str, str]:
    """One hard-negative scenario from the split's bank, with 1-4 risky-looking hooks."""
    rng = b.rng
    scenario = scenario or rng.choice(HARD_NEGATIVE_SCENARIOS)
    spec = b.banks.negatives.scenarios[scenario]
    declare = rng.random() < 0.6
    by_role: dict[str, list[Person]] = {}
    for role, (count, ages) in spec.roles.items():
        n = max(1, count + rng.choice((-1, 0, 0, 1))) if count > 1 else 1
        for _ in range(n):
            age = rng.randint(*ages) if ages else None
            person = b.person(role, age, adult_name=bool(ages and ages[0] >= 24 and rng.random() < 0.5),
                              declare_age=declare and ages is not None)
            by_role.setdefault(role, []).append(person)
    everyone = [p for people in by_role.values() for p in people]
    target = sample_length(rng)
    hook_roles = [r for r in spec.hooks if spec.hooks[r]]
    hooks = set(rng.sample(range(target), min(target, rng.randint(1, 4))))
    chat_roles = [r for r in spec.chat if spec.chat[r]]
    for i in range(target):
        gap = rng.choices(("burst", "pause", "silence"), (85, 13, 2))[0]
        if i in hooks:
            role = rng.choice(hook_roles)
            b.say(rng.choice(by_role[role]), rng.choice(spec.hooks[role]), gap=gap, hook=True)
        elif rng.random() < 0.55:
            role = rng.choice(chat_roles)
            b.say(rng.choice(by_role[role]), rng.choice(spec.chat[role]), gap=gap)
        else:
            b.chatter(everyone, 1)
    return {"scenario": scenario}


def benign(b: ConversationBuilder) -> dict[str, str]:
    """Friends chatting about school, games, food and weekends."""
    rng = b.rng
    friends = [b.person("friend", None) for _ in range(rng.randint(2, 5))]
    target = sample_length(rng)
    while len(b.messages) < target:
        b.chatter(friends, min(target - len(b.messages), rng.randint(3, 15)))
        if rng.random() < 0.2:
            b.advance("silence")
    return {"scenario": "benign_chat"}
