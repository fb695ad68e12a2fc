"""Cases: what a moderator reviews, and how scored messages open and extend them.

A case opens when a conversation is newly flagged. It copies the conversation's
window (the context before), records each flagged message, and keeps appending the
next K messages after the last flagged one (the context after). Only cases keep text
beyond the window, and each case says until when (``expires_at``: retention after its
last update); the stores delete it then.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any, Callable, Literal, Mapping, Protocol, Sequence

from pydantic import BaseModel, Field as PydanticField

from ..nlp.categories import SELF_HARM, Severity
from ..nlp.types import Assessment, Message


class CaseStatus(str, Enum):
    OPEN = "open"
    CLAIMED = "claimed"
    ESCALATED = "escalated"
    REPORTED = "reported"
    DISMISSED = "dismissed"

    @property
    def decided(self) -> bool:
        return self not in (CaseStatus.OPEN, CaseStatus.CLAIMED)


class Action(str, Enum):
    ESCALATE = "escalate"
    REPORT = "report"
    DISMISS = "dismiss"


ACTION_STATUS = {Action.ESCALATE: CaseStatus.ESCALATED, Action.REPORT: CaseStatus.REPORTED, Action.DISMISS: CaseStatus.DISMISSED}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class CaseMessage(BaseModel):
    message_id: str
    sender_id: str
    ts: datetime
    text: str
    role: Literal["before", "flagged", "after"]
    categories: list[str] = PydanticField(default_factory=list, description="categories this message carried signals for")


class TimelinePoint(BaseModel):
    message_id: str
    ts: datetime
    scores: dict[str, float]
    flagged: list[str]


class Decision(BaseModel):
    action: Action
    note: str
    by: str
    at: datetime


class AuditEntry(BaseModel):
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any] = PydanticField(default_factory=dict)


class Case(BaseModel):
    """A moderator case. ``messages`` is the only field holding text."""

    case_id: str
    conversation_id: str
    status: CaseStatus = CaseStatus.OPEN
    categories: list[str]
    urgency: str | None
    stage: str | None
    scores: dict[str, float]
    opened_at: datetime
    updated_at: datetime
    expires_at: datetime
    claimed_by: str | None = None
    decision: Decision | None = None
    messages: list[CaseMessage] = PydanticField(default_factory=list)
    reasons: list[dict[str, Any]] = PydanticField(default_factory=list)
    timeline: list[TimelinePoint] = PydanticField(default_factory=list)
    after_remaining: int = 0
    version: int = 1
    #: what scored the case when it last changed: the rule-set version, the model and
    #: its encoder backend, so a decision can be traced to the detectors behind it
    versions: dict[str, str] = PydanticField(default_factory=dict)
    #: what the learned decision weighed for each flagged category at the latest
    #: assessment that flagged it: bias and weight x value per feature (numbers only)
    explanation: dict[str, dict[str, float]] = PydanticField(default_factory=dict)

    def urgency_rank(self) -> float:
        """Lower sorts first: critical before high ..., self-harm before other at equal severity, then oldest."""
        sev = Severity.parse(self.urgency).value if self.urgency else 0
        tier = sev * 2 + (1 if SELF_HARM in self.categories else 0)
        return (20 - tier) * 1e10 + self.opened_at.timestamp()

    def summary(self) -> dict[str, Any]:
        """The queue view: no text."""
        return self.model_dump(mode="json", exclude={"messages", "reasons", "timeline", "after_remaining"}) | {
            "n_messages": len(self.messages),
            "n_flagged": sum(1 for m in self.messages if m.role == "flagged"),
        }


class CaseConflict(Exception):
    """A claim or decision that the case's current status does not allow."""


class StaleCase(Exception):
    """A case changed in the store after it was read, and the change could not be re-applied.

    Raised by a unit of work whose case writes keep losing a compare-and-set (another
    writer, usually a moderator, changed the case each time); nothing was written.
    """


@dataclass
class Plan:
    """The case changes of one scored batch, and the versions they were based on.

    ``base_versions`` maps every changed case id to the ``version`` it had when the
    planner read it (None: a new case that must not exist yet). A store commits the
    changes only if every case still has that version; otherwise the batch is re-planned
    on the fresh cases, so a moderator's claim or decision is never overwritten.
    """

    case_ids: list[str | None] = field(default_factory=list)
    changed: list["Case"] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    base_versions: dict[str, int | None] = field(default_factory=dict)
    #: the conversation of each event, same order as ``events``
    event_conversations: list[str] = field(default_factory=list)


class CaseStore(Protocol):
    """Where cases live. Implementations: :class:`MemoryCaseStore`, ``RedisCaseStore``."""

    def get(self, case_id: str) -> Case | None: ...

    def save(self, case: Case, *, pipe: Any = None) -> None:
        """Create or replace a case (and point its conversation at it); with ``pipe``, queue only."""
        ...

    def active_for(self, conversation_id: str) -> str | None:
        """The id of the latest case of a conversation (it may be decided)."""
        ...

    def update(self, case_id: str, fn: Callable[[Case], Case], *, audit: "AuditEntry | None" = None) -> Case | None:
        """Atomically read, change (``fn`` may raise to abort) and save a case.

        Optimistic: when the case changes between the read and the save, ``fn`` runs
        again on the fresh case, so a concurrent batch commit is never overwritten.
        ``audit`` is appended to the case's trail in the same write: a decision is never
        saved without its audit entry.
        """
        ...

    def version_of(self, case_id: str) -> int | None:
        """The stored ``version`` of a case, or None when there is no such case."""
        ...

    def list(
        self, *, status: str | None = None, category: str | None = None, severity: str | None = None, limit: int = 100
    ) -> list[Case]:
        """Cases in urgency order, filtered; expired ones are purged on the way."""
        ...

    def audit(self, case_id: str, entry: AuditEntry | None = None) -> list[AuditEntry]:
        """Append ``entry`` (if given) to the case's audit trail and return the trail."""
        ...

    def ping(self) -> bool: ...


def _signal_categories(a: Assessment) -> list[str]:
    return sorted({s.category for s in a.signals if s.category in a.flagged and s.is_evidence()})


def _timeline_point(m: Message, a: Assessment) -> TimelinePoint:
    return TimelinePoint(
        message_id=m.message_id, ts=m.ts, scores={k: round(float(v), 4) for k, v in a.scores.items()}, flagged=list(a.flagged)
    )


def _case_message(m: Message, role: str, categories: Sequence[str] = ()) -> CaseMessage:
    return CaseMessage(message_id=m.message_id, sender_id=m.sender_id, ts=m.ts, text=m.text, role=role, categories=list(categories))  # type: ignore[arg-type]


def new_case_id(conversation_id: str) -> str:
    """``case-<hex16>``: a new case's id (a Redis backend appends its slot tag)."""
    return "case-" + uuid.uuid4().hex[:16]


class CasePlanner:
    """Decides, for a scored batch, which cases open or grow (pure: cases in, cases out).

    Args:
        context_after: K, messages appended after the last flagged message.
        retention_s: how long a case is kept after its last update.
        new_case_id: the id of a new case of a conversation (the backend's: on Redis
            it routes the case to its conversation's cluster slot).
    """

    def __init__(
        self, *, context_after: int, retention_s: float, context_before: int = 15,
        clock: Callable[[], datetime] = utcnow, versions: Callable[[], dict[str, str]] | None = None,
        new_case_id: Callable[[str], str] = new_case_id,
    ) -> None:
        self.new_case_id = new_case_id
        self.k = context_after
        self.before = context_before
        self.versions = versions or dict
        self.retention = timedelta(seconds=retention_s)
        self.clock = clock

    def plan(
        self,
        messages: Sequence[Message],
        assessments: Sequence[Assessment],
        history: Callable[[str], list[Message]],
        cases: Mapping[str, Case | None],
    ) -> Plan:
        """Work out case changes for a processed batch.

        Pure: the same inputs give the same plan, so a batch whose commit lost its
        compare-and-set is planned again on the freshly loaded cases.

        Args:
            messages / assessments: the batch and its assessments, same order.
            history: the conversation's messages as the analyzer saw them, oldest first,
                through the end of the batch: its window before the batch followed by
                the batch's new messages. The context before a flagged message is the
                ``context_before`` messages preceding it there, so it is the same however
                the messages were batched (a batch longer than the window would
                otherwise have pushed the context out before the case was opened).

            cases: conversation id -> its latest stored case (None: none), as loaded.

        Returns:
            The plan: case id per message, changed cases, events (``opened``/``extended``)
            and the version each changed case had when it was read.
        """
        now = self.clock()
        local: dict[str, Case | None] = {}
        changed: dict[str, Case] = {}
        base: dict[str, int | None] = {}
        events: list[str] = []
        event_convs: list[str] = []
        ids: list[str | None] = []
        for i, (m, a) in enumerate(zip(messages, assessments)):
            cid = m.conversation_id
            if a.duplicate:
                ids.append(None)
                continue
            if cid not in local:
                # the stored case is copied only when this batch changes it (copy on write):
                # most messages of a conversation with a case leave it alone, and the plan
                # must not change what the caller loaded (a lost commit is planned again)
                local[cid] = cases.get(cid)
                if local[cid] is not None:
                    base[local[cid].case_id] = local[cid].version
            case = local[cid]
            if case is not None and case.status.decided:
                case = None
            cats = _signal_categories(a)
            relevant = bool(a.newly_flagged) or bool(cats)
            if case is not None and case.case_id not in changed and (relevant or case.after_remaining > 0):
                case = _own(case)
            if relevant and case is None:
                case = self._open(m, a, cats, history(cid), now)
                base[case.case_id] = None
                events.append("opened")
                event_convs.append(cid)
            elif relevant and case is not None:
                case.messages.append(_case_message(m, "flagged", cats or list(a.newly_flagged)))
                case.categories = sorted(set(case.categories) | set(a.flagged))
                case.after_remaining = self.k
                self._refresh(case, m, a, now)
                events.append("extended")
                event_convs.append(cid)
            elif case is not None and case.after_remaining > 0:
                case.messages.append(_case_message(m, "after"))
                case.after_remaining -= 1
                self._refresh(case, m, a, now)
            else:
                ids.append(None)
                continue
            local[cid] = case
            changed[case.case_id] = case
            ids.append(case.case_id)
        out = list(changed.values())
        return Plan(ids, out, events, {c.case_id: base[c.case_id] for c in out}, event_convs)

    def _open(self, m: Message, a: Assessment, cats: list[str], history: list[Message], now: datetime) -> Case:
        ids = [x.message_id for x in history]
        at = ids.index(m.message_id) if m.message_id in ids else len(history)
        before = history[:at][-self.before:] if self.before > 0 else []
        case = Case(
            case_id=self.new_case_id(m.conversation_id),
            conversation_id=m.conversation_id,
            categories=list(a.flagged),
            urgency=None,
            stage=None,
            scores={},
            opened_at=now,
            updated_at=now,
            expires_at=now + self.retention,
            messages=[_case_message(b, "before") for b in before] + [_case_message(m, "flagged", cats or list(a.newly_flagged))],
            after_remaining=self.k,
        )
        self._refresh(case, m, a, now)
        case.version = 1
        return case

    def _refresh(self, case: Case, m: Message, a: Assessment, now: datetime) -> None:
        case.scores = {k: round(float(v), 4) for k, v in a.scores.items()}
        case.stage = a.stage or case.stage
        if a.urgency is not None:
            prev = Severity.parse(case.urgency) if case.urgency else None
            case.urgency = max(a.urgency, prev).label() if prev else a.urgency.label()
        if a.reasons:
            case.reasons = [r.to_dict() for r in a.reasons]
        if a.decision:
            case.explanation = {**case.explanation, **{c: dict(v) for c, v in a.decision.items()}}
        case.timeline.append(_timeline_point(m, a))
        case.versions = self.versions()
        case.updated_at = now
        case.expires_at = now + self.retention
        case.version += 1


def _own(case: Case) -> Case:
    """A copy the planner may change without touching the loaded case: planning appends to
    ``messages`` and ``timeline`` and reassigns every other field, so those two lists are
    copied and the rest is shared (a deep copy of a long case cost ~2 ms per message)."""
    return case.model_copy(update={"messages": list(case.messages), "timeline": list(case.timeline)})


def claim(case: Case, actor: str, now: datetime) -> Case:
    if case.status.decided:
        raise CaseConflict(f"case is already {case.status.value}")
    if case.status == CaseStatus.CLAIMED and case.claimed_by != actor:
        raise CaseConflict("case is claimed by another moderator")
    case.status, case.claimed_by, case.updated_at = CaseStatus.CLAIMED, actor, now
    case.version += 1
    return case


def decide(case: Case, action: Action, note: str, actor: str, now: datetime) -> Case:
    if case.status.decided:
        raise CaseConflict(f"case is already {case.status.value}")
    if case.status == CaseStatus.CLAIMED and case.claimed_by != actor:
        raise CaseConflict("case is claimed by another moderator")
    case.status = ACTION_STATUS[action]
    case.decision = Decision(action=action, note=note, by=actor, at=now)
    case.updated_at = now
    case.version += 1
    return case
