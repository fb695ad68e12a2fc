"""Scripts for the risky conversations: grooming, bullying and self-harm.

A script picks the participants and a sequence of *events* (a signal and the
replies around it), then :func:`weave` spreads off-topic chatter and time gaps
between them, so signals are sparse, unevenly paced and surrounded by noise as in
real chats. Signal messages carry their message label; nothing else does.
"""

from __future__ import annotations

import random
from typing import Callable

from convowatch.nlp.categories import BULLYING, GROOMING, GROOMING_STAGES, SELF_HARM, stage_rank

from .builder import ConversationBuilder, Person

Event = Callable[[str], None]  # called with the gap kind before its first message

#: Chance that a grooming conversation reaches each stage after rapport (before truncation).
_STAGE_REACH = {
    "personal_info": 0.9, "isolation_secrecy": 0.7, "gifts_leverage": 0.45, "desensitisation": 0.35,
    "image_request": 0.45, "meeting_offplatform": 0.5,
}
_PACE_GAPS = {"fast": ("burst", "burst", "pause"), "medium": ("pause", "pause", "burst", "silence"),
              "slow": ("silence", "silence", "pause")}


def sample_length(rng: random.Random) -> int:
    """Target message count: mostly 10-60, a tail up to 300."""
    roll = rng.random()
    if roll < 0.85:
        return rng.randint(10, 60)
    if roll < 0.97:
        return rng.randint(61, 150)
    return rng.randint(151, 300)


def weave(b: ConversationBuilder, events: list[Event], target: int, speakers: list[Person],
          pace: str, *, lead_weight: float = 1.0, tail_weight: float = 1.0) -> None:
    """Run ``events`` in order with chatter between them, aiming at ``target`` messages in all."""
    rng = b.rng
    budget = max(0, target - 2 * len(events))
    weights = [rng.random() + 0.05 for _ in range(len(events) + 1)]
    weights[0] *= lead_weight
    weights[-1] *= tail_weight
    total = sum(weights)
    chunks = [int(budget * w / total) for w in weights]
    for event, chunk in zip(events, chunks):
        b.chatter(speakers, chunk)
        event(rng.choice(_PACE_GAPS[pace]) if b.messages else "burst")
    b.chatter(speakers, chunks[-1])
    if len(b.messages) < 10:
        b.chatter(speakers, 10 - len(b.messages))


def _plan_stages(rng: random.Random) -> list[str]:
    stages = ["rapport"] if rng.random() < 0.85 else []
    stages += [s for s in GROOMING_STAGES[1:] if rng.random() < _STAGE_REACH[s]]
    if not stages or stages == ["rapport"]:
        stages.append(rng.choice(("personal_info", "isolation_secrecy")))
    # Stages roughly follow LCT order, but offenders skip, repeat and reorder them.
    noisy = sorted(stages, key=lambda s: stage_rank(s) + rng.gauss(0, 1.1))
    if "rapport" in noisy and rng.random() < 0.8:
        noisy.remove("rapport")
        noisy.insert(0, "rapport")
    if len(noisy) > 2 and rng.random() < 0.35:  # many conversations stop early
        noisy = noisy[: rng.randint(2, len(noisy) - 1)]
    return noisy


def grooming(b: ConversationBuilder) -> dict[str, str]:
    """An older participant moving a minor through grooming stages at a random pace."""
    rng, bank = b.rng, b.banks.grooming
    declare = rng.random() < 0.6
    adult = b.person("adult", rng.randint(19, 52), adult_name=rng.random() < 0.5, declare_age=declare)
    minor_age = rng.randint(11, 15)
    minor = b.person("minor", minor_age, declare_age=declare)
    peers = [b.person("peer", None) for _ in range(rng.randint(1, 3))] if rng.random() < 0.2 else []
    pace = rng.choices(("fast", "medium", "slow"), (3, 4, 3))[0]
    stages = _plan_stages(rng)

    def event(stage: str) -> Event:
        def run(gap: str) -> None:
            template = rng.choice(bank.signals[stage])
            b.say(adult, template, (GROOMING, stage), gap=gap)
            if rng.random() < 0.25:
                b.say(adult, rng.choice(bank.signals[stage]), (GROOMING, stage))
            if rng.random() < 0.85:
                if stage == "personal_info" and any(w in template for w in ("old", "year", "age")):
                    kind = "age"
                elif stage == "personal_info":
                    kind = "answer"
                else:
                    kind = rng.choices(("compliant", "hesitant", "deflect"), (5, 3, 2))[0]
                b.say(minor, rng.choice(bank.replies[kind]), gap="burst", age=str(minor_age))
        return run

    events = [event(s) for s in stages for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    # Keep repeats of a stage next to each other only sometimes.
    if rng.random() < 0.4:
        head, tail = events[:1], events[1:]
        rng.shuffle(tail)
        events = head + tail
    speakers = [adult, minor, minor] + peers
    weave(b, events, sample_length(rng), speakers, pace, lead_weight=1.5)
    return {"scenario": f"grooming_{pace}", "pace": pace}


def bullying(b: ConversationBuilder) -> dict[str, str]:
    """Repeated targeting of one person, in a group (pile-on) or one-to-one."""
    rng, bank = b.rng, b.banks.bullying
    group = rng.random() < 0.8
    target = b.person("target", None)
    bullies = [b.person("bully", None) for _ in range(rng.randint(1, 3) if group else 1)]
    bystanders = [b.person("bystander", None) for _ in range(rng.randint(0, 3))] if group else []
    defender = b.person("defender", None) if group and rng.random() < 0.5 else None
    name = target.sender_id.split("_")[0].rstrip("0123456789") if rng.random() < 0.5 else target.sender_id
    extra = {"target": ("@" if rng.random() < 0.3 else "") + name}

    others = ["threat", "exclusion", "humiliation", "doxxing", "sexual_harassment", "incite_self_harm"]
    subtypes = ["insult"] * rng.randint(2, 5) + rng.sample(others, rng.randint(1, 3))
    rng.shuffle(subtypes)
    if rng.random() < 0.7 and subtypes[0] != "insult":
        subtypes.insert(0, "insult")

    def event(subtype: str) -> Event:
        def run(gap: str) -> None:
            bully = rng.choice(bullies)
            b.say(bully, rng.choice(bank.signals[subtype]), (BULLYING, subtype), gap=gap, **extra)
            if len(bullies) > 1 and rng.random() < 0.3:
                b.say(rng.choice([x for x in bullies if x is not bully]), rng.choice(bank.signals["insult"]),
                      (BULLYING, "insult"), **extra)
            if bystanders and rng.random() < 0.35:
                b.say(rng.choice(bystanders), rng.choice(bank.bystander), **extra)
            if rng.random() < 0.5:
                b.say(target, rng.choice(bank.target_replies), **extra)
            if defender and rng.random() < 0.3:
                b.say(defender, rng.choice(bank.defender), **extra)
        return run

    events = [event(s) for s in subtypes]
    comorbid = rng.random() < 0.1
    if comorbid:  # the target answers with thoughts of not wanting to live
        def despair(gap: str) -> None:
            b.say(target, rng.choice(b.banks.self_harm.signals["ideation"]), (SELF_HARM, "ideation"), gap=gap)
            if defender:
                b.say(defender, rng.choice(b.banks.self_harm.friend_support))
        events.append(despair)
    speakers = [target, *bullies, *bystanders] + ([defender] if defender else [])
    pace = rng.choice(("fast", "fast", "medium", "slow"))
    weave(b, events, sample_length(rng), speakers, pace)
    return {"scenario": "bullying_group" if group else "bullying_one_to_one", "pace": pace}


def self_harm(b: ConversationBuilder) -> dict[str, str]:
    """A person at risk disclosing ideation, plans, self-injury or saying goodbye, with friends responding."""
    rng, bank = b.rng, b.banks.self_harm
    declare = rng.random() < 0.4
    person = b.person("at_risk", rng.randint(13, 22), declare_age=declare)
    friends = [b.person("friend", rng.randint(13, 22), declare_age=declare) for _ in range(rng.randint(1, 2))]
    scenario = rng.choices(("ideation", "escalation", "self_injury", "farewell"), (30, 30, 25, 15))[0]
    if scenario == "ideation":
        plan = ["ideation"] * rng.randint(1, 3)
    elif scenario == "escalation":
        plan = ["ideation"] * rng.randint(1, 2) + ["intent_plan"]
        plan += ["method_means"] if rng.random() < 0.5 else []
        plan += ["farewell"] if rng.random() < 0.6 else []
    elif scenario == "self_injury":
        plan = ["self_injury"] * rng.randint(1, 3) + (["ideation"] if rng.random() < 0.3 else [])
    else:
        plan = ["farewell"] * rng.randint(1, 2)

    def opening(gap: str) -> None:
        b.say(rng.choice(friends), rng.choice(bank.friend_checkin), gap=gap)
        b.say(person, rng.choice(bank.atrisk_neutral))

    def event(subtype: str) -> Event:
        def run(gap: str) -> None:
            b.say(person, rng.choice(bank.signals[subtype]), (SELF_HARM, subtype), gap=gap)
            if rng.random() < 0.8:
                b.say(rng.choice(friends), rng.choice(bank.friend_support))
            if rng.random() < 0.3:
                b.say(person, rng.choice(bank.atrisk_neutral))
        return run

    events = [opening] + [event(s) for s in plan]
    pace = rng.choice(("fast", "medium", "medium", "slow"))
    tail = 0.2 if plan[-1] == "farewell" else 1.0
    weave(b, events, sample_length(rng), [person, *friends], pace, tail_weight=tail)
    return {"scenario": f"self_harm_{scenario}", "pace": pace}
