"""Life stage the participants imply about themselves: "my mum would kill me", "after work".

Why: grooming's operating point is set by chats in which nobody states an age (session
22, ``benchmarks/grooming_tail.py``): two teenagers flirting and keeping it from their
parents, two adults arranging a date. The words are a groomer's ("dont tell anyone
about us", "come over after work"); what tells them apart is who the speakers are, and
people say that in passing far more often than they state an age: a pupil mentions
homework, a teacher, parents who would ground them; an adult mentions a job, a shift,
a car, rent, their kids. Grooming is the conjunction (an adult and a minor); a chat in
which every speaker sounds like a minor, or every speaker like an adult, is not.

So this module records, per participant, whether their *own* messages carry a minor's
or an adult's life cues, and :func:`participant_features` combines that with the ages
they state (:mod:`.age_cues`, which wins where both exist) into three conversation
features the decision may read (``convowatch train --decision-feature``):

* ``stage_peer_minors``: at least two participants sound like minors, none like an adult;
* ``stage_adults_only``: at least two sound like adults, none like a minor;
* ``stage_conj``: one sounds like a minor and another like an adult.

Like a stated age, a cue never flags anything by itself (score 0). The cue lists are
first-person and kept narrow: "my teacher", "i have school tmrw", "my mum wont let me";
"my boss", "i work nights", "my kids". A participant with cues of both kinds and no
stated age counts as neither. A groomer who claims to be a teenager reads as a peer:
the decision's weight for ``stage_peer_minors`` is fitted on out-of-writer replays that
include such scripts, so it carries what that costs.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

from .age_cues import age_features
from .categories import GROOMING
from .decision import STAGE_FEATURES
from .detectors.base import registry
from .participants import ADULT_AGE
from .types import Signal
from .window import Window

NAME = "participants.life-stage.v1"

MINOR, ADULT = "minor", "adult"
_BIT = {MINOR: 1, ADULT: 2}
#: Participants remembered per conversation (bounded state, as :mod:`.age_cues`).
MAX_PARTICIPANTS = 8


_PARENT = r"(?:mom|mum|mam|mommy|mummy|mama|dad|daddy|papa|parents|mother|father|stepdad|stepmom|stepmum|folks)"
_MINOR = [
    # the sender's parents control what they may do
    re.compile(rf"\bmy {_PARENT}\b[^.!?\n]{{0,40}}?\b(?:kill me|freak|flip|won'?t let|wont let|doesn'?t let|doesnt let|"
               rf"dont let|don'?t let|never lets?|ground(?:s|ed)? me|take my phone|took my phone|takes my phone|"
               rf"checks? my phone|read my (?:texts|messages|chats)|would find out|finds out|found out|so strict|is strict|"
               rf"are strict|says i (?:have to|cant|can'?t)|makes me|made me go)"),
    re.compile(rf"\bmy {_PARENT} (?:is|are|r|went) (?:asleep|sleeping|at work|out|away|gone)\b"),
    re.compile(r"\b(?:i'?m|im|i am|i got|got|get|getting|i'?ll be|ill be) grounded\b|\bmy curfew\b|\bmy bedtime\b|"
               r"\bpast my bedtime\b|\bmy pocket money\b|\bmy allowance\b|\bmy babysitter\b"),
    # the sender goes to school
    re.compile(r"\bmy (?:homework|teacher|teachers|form tutor|homeroom|principal|headteacher|head teacher|school bus|"
               r"locker|report card|class teacher|classmates?|school uniform|school trip)\b"),
    re.compile(r"\bi (?:have|got|had|still have|gotta do) (?:school|homework|detention|double \w+|a test tomorrow)\b|"
               r"\b(?:i'?m|im|i am|i was|i'?ll be|ill be|we'?re|were|we are) (?:at|in|still at|back at|late for|"
               r"walking to|on the way to) school\b|\bschool (?:tomorrow|tmrw|tmr|tmw|tomoro|2moro)\b|"
               r"\b(?:got|have|had) detention\b|\b(?:i'?m|im|i am) (?:in|at) (?:middle school|high school|secondary school|"
               r"primary school)\b|\b(?:i'?m|im|i am) a (?:freshman|sophomore) in high school\b"),
]
_ADULT = [
    # the sender works
    re.compile(r"\b(?:at|after|from|before|leaving|left|finish(?:ed|ing)?|off|late for|back to|get off|got off|"
               r"getting off|stuck at|busy at) work\b"),
    re.compile(r"\bmy (?:job|boss|shift|night shift|office|manager|coworkers?|co-workers?|colleagues?|salary|paycheck|"
               r"pay check|payslip|rent|mortgage|landlord|landlady|commute|clients?|employees?|staff|pension|taxes|"
               r"apartment|own place|flat|lease|car|truck|van)\b"),
    re.compile(r"\bi work (?:at|in|as|for|nights|from home|late|shifts|full time|part time)\b|"
               r"\bi (?:drive|can drive|'ll drive|will drive|ll drive)\b|"
               r"\b(?:i'?m|im|i am) a (?:nurse|doctor|lawyer|engineer|accountant|mechanic|chef|manager|architect|"
               r"developer|electrician|plumber|police officer|cop|firefighter|pilot|dentist|banker|consultant|"
               r"paramedic|pharmacist|builder|trucker|truck driver|carpenter|software engineer)\b"),
    # the sender is a spouse or a parent
    re.compile(r"\bmy (?:wife|husband|ex-wife|ex wife|ex-husband|ex husband|kids|son|daughter|toddler|stepkids)\b|"
               r"\b(?:i'?m|im|i am) (?:married|divorced|separated|retired)\b"),
]


def life_stage_cues(text: str) -> set[str]:
    """The life stages one message implies about its sender: some of {"minor", "adult"}."""
    t = text.lower()
    out: set[str] = set()
    if any(rx.search(t) for rx in _MINOR):
        out.add(MINOR)
    if any(rx.search(t) for rx in _ADULT):
        out.add(ADULT)
    return out


class LifeStageDetector:
    """Emits one ``context`` signal per life stage a message implies about its sender (score 0).

    The evidence names the participant and the stage, never the words; fusion keeps the
    stages per participant and the conversation decision reads them with the stated ages.
    """

    name = NAME
    kind = "context"
    needs_embeddings = False

    def detect(self, window: Window) -> list[Signal]:
        cur = window.current.message
        return [Signal(category=GROOMING, subtype="life_stage", source="context", detector=NAME, score=0.0,
                       message_id=cur.message_id, evidence={"participant": cur.sender_id, "stage": s})
                for s in sorted(life_stage_cues(cur.text))]

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        return [self.detect(w) for w in windows]


@registry.register(NAME)
def _create(**_: object) -> LifeStageDetector:
    return LifeStageDetector()


def update_stages(stages: Mapping[str, int], signals: Iterable[Signal]) -> dict[str, int]:
    """The life-stage bits per participant after this message's context signals (bounded:
    the most recently seen participants are kept)."""
    out = dict(stages)
    for s in signals:
        if s.source != "context" or not s.evidence or s.evidence.get("stage") not in _BIT:
            continue
        who = str(s.evidence.get("participant"))
        bits = out.pop(who, 0) | _BIT[str(s.evidence["stage"])]
        out[who] = bits  # re-inserted: most recent last
    while len(out) > MAX_PARTICIPANTS:
        out.pop(next(iter(out)))
    return out


def stage_of(participant: str, ages: Mapping[str, int], stages: Mapping[str, int]) -> str | None:
    """A participant's stage: a stated age wins; else a cue of one kind; mixed or none: None."""
    if participant in ages:
        return MINOR if ages[participant] < ADULT_AGE else ADULT
    bits = stages.get(participant, 0)
    return MINOR if bits == 1 else ADULT if bits == 2 else None


def stage_features(ages: Mapping[str, int], stages: Mapping[str, int]) -> dict[str, float]:
    """The :data:`STAGE_FEATURES` of a conversation from its stated ages and life-stage cues."""
    who = [stage_of(p, ages, stages) for p in dict.fromkeys([*ages, *stages])]
    minors, adults = who.count(MINOR), who.count(ADULT)
    values = (minors >= 2 and adults == 0, adults >= 2 and minors == 0, minors >= 1 and adults >= 1)
    return {f: float(v) for f, v in zip(STAGE_FEATURES, values)}


def participant_features(ages: Mapping[str, int], stages: Mapping[str, int]) -> dict[str, float]:
    """Everything the decision reads about who is who: the stated-age features and the stage ones."""
    return {**age_features(ages), **stage_features(ages, stages)}
