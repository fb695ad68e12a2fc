"""The risk taxonomy, in one place.

Everything that names a category, subtype, grooming stage or severity imports it
from here: rule packs are validated against it, the model head has one output per
category, fusion orders grooming stages by it and the case queue sorts by severity.
Subtypes follow Luring Communication Theory for grooming (Olson et al., 2007),
Willard's forms for bullying and C-SSRS levels for self-harm (see shared/DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """How urgent a signal is. ``CRITICAL`` means imminent harm: escalate at once."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, value: str | int | "Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        if isinstance(value, int):
            return cls(value)
        try:
            return cls[value.strip().upper()]
        except KeyError as exc:
            raise ValueError(f"unknown severity {value!r}; expected one of {[s.name.lower() for s in cls]}") from exc

    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Subtype:
    """One kind of behaviour inside a category, with its default severity."""

    name: str
    severity: Severity
    description: str
    stage_order: int | None = None  # grooming only: position in the LCT progression


GROOMING = "grooming"
BULLYING = "bullying"
SELF_HARM = "self_harm"

CATEGORIES: tuple[str, ...] = (GROOMING, BULLYING, SELF_HARM)

SUBTYPES: dict[str, dict[str, Subtype]] = {
    GROOMING: {
        s.name: s
        for s in (
            Subtype("rapport", Severity.LOW, "building trust: flattery, 'you're so mature', special friendship", 1),
            Subtype("personal_info", Severity.MEDIUM, "probing age, location, school, family situation, being alone", 2),
            Subtype("isolation_secrecy", Severity.HIGH, "secrecy, 'don't tell', 'delete this', nobody understands you like I do", 3),
            Subtype("gifts_leverage", Severity.MEDIUM, "gifts, game currency, gift cards, favours owed", 4),
            Subtype("desensitisation", Severity.HIGH, "sexual topics introduced, questions about body or experience", 5),
            Subtype("image_request", Severity.HIGH, "asking for photos or video, camera on", 6),
            Subtype("meeting_offplatform", Severity.HIGH, "moving to another app, arranging to meet in person", 7),
            Subtype("known_media", Severity.CRITICAL, "an attachment matches a bank of known abuse imagery (PDQ)"),
        )
    },
    BULLYING: {
        s.name: s
        for s in (
            Subtype("insult", Severity.LOW, "name-calling, put-downs, flaming"),
            Subtype("threat", Severity.HIGH, "threats of violence or harm"),
            Subtype("exclusion", Severity.MEDIUM, "deliberately leaving someone out"),
            Subtype("humiliation", Severity.MEDIUM, "denigration, outing, sharing someone's secrets or images"),
            Subtype("doxxing", Severity.HIGH, "publishing where someone lives or their contact details"),
            Subtype("sexual_harassment", Severity.HIGH, "unwanted sexual comments aimed at a person"),
            Subtype("incite_self_harm", Severity.HIGH, "telling someone to hurt or kill themselves ('kys')"),
            Subtype("known_media", Severity.CRITICAL, "an attachment matches a bank of known abusive media (PDQ)"),
        )
    },
    SELF_HARM: {
        s.name: s
        for s in (
            Subtype("ideation", Severity.MEDIUM, "wish to be dead, thoughts of suicide (C-SSRS 1-2)"),
            Subtype("intent_plan", Severity.CRITICAL, "intent or a plan with time or means (C-SSRS 4-5)"),
            Subtype("method_means", Severity.HIGH, "mentions of a method or gathering means, without the method itself"),
            Subtype("self_injury", Severity.HIGH, "non-suicidal self-injury disclosure"),
            Subtype("farewell", Severity.CRITICAL, "farewells, giving things away, 'logging off for good'"),
            Subtype("known_media", Severity.CRITICAL, "an attachment matches a bank of known self-harm media (PDQ)"),
        )
    },
}

#: The subtype of a known-media (hash bank) match, in every category: evidence about an
#: attachment, not a behaviour in text, so rule packs and text corpora do not use it.
MEDIA_SUBTYPE = "known_media"

#: The subtypes text can show (rule packs, corpora, phrase banks): all but the media one.
TEXT_SUBTYPES: dict[str, dict[str, Subtype]] = {
    c: {n: s for n, s in subs.items() if n != MEDIA_SUBTYPE} for c, subs in SUBTYPES.items()
}

#: Grooming stages in Luring Communication Theory order (earliest first).
GROOMING_STAGES: tuple[str, ...] = tuple(
    name for name, s in sorted(SUBTYPES[GROOMING].items(), key=lambda kv: kv[1].stage_order or 0)
    if s.stage_order is not None  # known_media is evidence, not a stage of the progression
)


def stage_rank(stage: str | None) -> int:
    """Position of a grooming stage (0 for none), so stages can be compared."""
    if stage is None:
        return 0
    return GROOMING_STAGES.index(stage) + 1
