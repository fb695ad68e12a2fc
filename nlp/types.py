"""Core value types shared by every part of convowatch.

They are frozen dataclasses: the analyzer, the stores and the service pass them
around without copying worries, and evaluation reads the same objects moderators see.
Signals and assessments hold offsets and ids, never message text, so they can be
logged, returned and counted without leaking what anyone wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

from .categories import CATEGORIES, Severity


#: The longest message text the analyzer reads, in characters: the one default behind
#: ``AnalyzerConfig.max_text_chars``, the rule engine, the corpus reader and the
#: service's ``CONVOWATCH_MAX_TEXT_CHARS`` (longer input is rejected, never cut).
MAX_TEXT_CHARS = 4000

#: A window-model probability below this is not evidence about its message (no reason,
#: no case marking); the learned decision still reads it.
MODEL_EVIDENCE_FLOOR = 0.05


def parse_ts(value: str | datetime | int | float) -> datetime:
    """Parse an ISO-8601 timestamp (or epoch seconds) to an aware UTC datetime.

    Raises:
        ValueError: when the value is not a timestamp.
    """
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        dt = datetime.fromtimestamp(float(value), tz=timezone.utc)
    elif isinstance(value, str):
        text = value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        dt = datetime.fromisoformat(text)
    else:
        raise ValueError(f"expected an ISO-8601 timestamp, got {type(value).__name__}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message as a platform sends it."""

    conversation_id: str
    message_id: str
    sender_id: str
    ts: datetime
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    #: PDQ hashes of the message's attachments (``nlp.media.MediaHash``); never the media itself
    media: tuple[Any, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = {
            "conversation_id": self.conversation_id,
            "message_id": self.message_id,
            "sender_id": self.sender_id,
            "ts": self.ts.isoformat().replace("+00:00", "Z"),
            "text": self.text,
            "meta": dict(self.meta),
        }
        if self.media:
            d["media"] = [m.to_dict() for m in self.media]
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Message":
        return cls(
            conversation_id=str(data["conversation_id"]),
            message_id=str(data["message_id"]),
            sender_id=str(data["sender_id"]),
            ts=parse_ts(data["ts"]),
            text=str(data["text"]),
            meta=dict(data.get("meta") or {}),
            media=_media_from(data.get("media")),
        )


def _media_from(items: Any) -> tuple[Any, ...]:
    if not items:
        return ()
    from .media.pdq import MediaHash

    return tuple(MediaHash.from_dict(d) for d in items)


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence from one detector about one message.

    ``span`` is a (start, end) character range in the *original* message text
    (normalisation keeps an offset map for this), or None for whole-message or
    window-level evidence such as a model score.
    """

    category: str
    subtype: str | None
    source: str  # "rule" | "model" | any registered detector kind
    detector: str  # rule id ("grooming.secrecy.dont_tell.v1") or model name
    score: float  # raw strength in [0, 1]: rule weight or model probability
    message_id: str
    severity: Severity = Severity.LOW
    span: tuple[int, int] | None = None
    #: what a non-text detector saw, for the moderator (a known-media match: bank, entry,
    #: distance, quality, hash); ids and numbers only, never content
    evidence: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"signal score must be in [0, 1], got {self.score}")

    def is_evidence(self) -> bool:
        """Whether this signal is evidence about its message (a reason a moderator reads).

        Stated ages (``context``) only describe who is talking, and under a learned
        decision the window model reports every window, mostly near zero: neither makes
        a message "carry" a category. Model probabilities count from
        :data:`MODEL_EVIDENCE_FLOOR`, the floor model signals had before.
        """
        if self.source == "context":
            return False
        return self.source != "model" or self.score >= MODEL_EVIDENCE_FLOOR

    def to_dict(self) -> dict[str, Any]:
        # built field by field: dataclasses.asdict deep-copies recursively, and this runs
        # for every signal of every answered message (a measurable share of the service path)
        d: dict[str, Any] = {
            "category": self.category, "subtype": self.subtype, "source": self.source, "detector": self.detector,
            "score": self.score, "message_id": self.message_id, "severity": self.severity.label(),
            "span": list(self.span) if self.span else None,
        }
        if self.evidence is not None:
            d["evidence"] = dict(self.evidence)
        return d


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a category scored what it did: a signal and what it contributed after fusion.

    The one explanation object: the detector and rule (``signal.detector``, the span or,
    for a model, the window it read in ``signal.evidence``), the raw score, the repeat
    discount applied when it arrived, how much of that has decayed since, and what it
    still contributes. Cases keep it (with the rule's description and the rule-set and
    model versions in force, ``Case.versions``), the UI shows it, evaluation counts it.
    """

    signal: Signal
    contribution: float  # the decayed evidence this signal still adds to the category
    #: the factor a repeat of the same rule was discounted by when this signal arrived
    #: (``repeat_discount ** k`` for its k-th occurrence; 1.0 for the first and for models)
    discount: float = 1.0
    #: what it contributed when it arrived (score x discount; the running model score for
    #: a model signal); ``contribution / added`` is the decay since
    added: float | None = None

    @property
    def decay(self) -> float:
        """The share of its contribution on arrival that remains (1.0: none decayed yet)."""
        added = self.added if self.added is not None else self.contribution
        return 1.0 if added <= 0 else min(1.0, self.contribution / added)

    def to_dict(self) -> dict[str, Any]:
        d = self.signal.to_dict()
        d["contribution"] = round(self.contribution, 4)
        d["repeat_discount"] = round(self.discount, 4)
        d["decay"] = round(self.decay, 4)
        return d


@dataclass(frozen=True, slots=True)
class Assessment:
    """The analyzer's verdict on a conversation as of one message."""

    conversation_id: str
    message_id: str
    scores: Mapping[str, float]
    flagged: tuple[str, ...]  # categories flagged as of this message
    newly_flagged: tuple[str, ...]  # categories that crossed their threshold at this message
    stage: str | None  # most advanced grooming stage with evidence, or None
    urgency: Severity | None  # highest severity among flagged categories' evidence
    reasons: tuple[Reason, ...]
    signals: tuple[Signal, ...]  # raw signals on this message (for evaluation and audit)
    duplicate: bool = False  # the message id was already processed: nothing was added twice
    #: why a flagged category scored what it did under a learned decision: its log-odds
    #: split into the bias and each feature's contribution (weight x value)
    decision: Mapping[str, Mapping[str, float]] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape shared by the CLI and the service."""
        return {
            "conversation_id": self.conversation_id,
            "message_id": self.message_id,
            "scores": {c: round(float(self.scores.get(c, 0.0)), 4) for c in CATEGORIES},
            "flagged": list(self.flagged),
            "newly_flagged": list(self.newly_flagged),
            "stage": self.stage,
            "urgency": self.urgency.label() if self.urgency else None,
            "reasons": [r.to_dict() for r in self.reasons],
            **({"duplicate": True} if self.duplicate else {}),
            **({"decision": {c: dict(v) for c, v in self.decision.items()}} if self.decision else {}),
        }


@dataclass(frozen=True, slots=True)
class ConversationRisk:
    """Current risk of a conversation: scores and stage, never text."""

    conversation_id: str
    scores: Mapping[str, float]
    flagged: tuple[str, ...]
    stage: str | None
    urgency: Severity | None
    n_messages: int
    last_ts: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "scores": {c: round(float(self.scores.get(c, 0.0)), 4) for c in CATEGORIES},
            "flagged": list(self.flagged),
            "stage": self.stage,
            "urgency": self.urgency.label() if self.urgency else None,
            "n_messages": self.n_messages,
            "last_ts": self.last_ts.isoformat().replace("+00:00", "Z") if self.last_ts else None,
        }


@dataclass(frozen=True, slots=True)
class Conversation:
    """A whole labelled conversation from a corpus (see docs/formats.md)."""

    conversation_id: str
    messages: tuple[Message, ...]
    labels: Mapping[str, int] = field(default_factory=dict)
    onset: Mapping[str, int] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)
    message_labels: tuple[Mapping[str, Any] | None, ...] = ()

    def onsets(self) -> dict[str, int]:
        """Where each positive category starts: the corpus ``onset``, else the first message
        labelled with it. A positive category with neither has no known onset and is
        left out; callers decide what that means (training counts the whole conversation,
        evaluation leaves it out of messages-until-flag). The one definition of onset
        for training and evaluation.
        """
        out: dict[str, int] = {}
        for c, positive in self.labels.items():
            if not positive:
                continue
            if c in self.onset:
                out[c] = int(self.onset[c])
                continue
            first = next((i for i, ml in enumerate(self.message_labels) if ml and ml.get(c)), None)
            if first is not None:
                out[c] = first
        return out
