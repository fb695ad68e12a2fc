"""API schemas at the edge (``MessageIn`` -> ``Message``; ``AssessmentOut``; case views).

They are separate from ``convowatch.nlp.types`` so the wire format can be documented
and validated without the core depending on pydantic.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ...nlp.types import Message, parse_ts
from ...nlp.categories import CATEGORIES, Severity
from ..cases import Action, AuditEntry, CaseMessage, CaseStatus, Decision, TimelinePoint
from ..problems import Problem

ID_PATTERN = r"^[^\x00-\x1f\x7f]{1,128}$"
#: Plausible message times: a chat message from 1970 is a client bug ("ts": 0), not data.
TS_MIN_YEAR, TS_MAX_YEAR = 2000, 2199
#: ``meta`` travels with the message into the window (and a case): bounded in size and depth.
MAX_META_BYTES = 2048
MAX_META_DEPTH = 4


def _depth(value: Any, level: int = 1) -> int:
    if isinstance(value, dict):
        return max([level] + [_depth(v, level + 1) for v in value.values()])
    if isinstance(value, list):
        return max([level] + [_depth(v, level + 1) for v in value])
    return level - 1


def check_meta(meta: dict[str, Any] | None) -> dict[str, Any] | None:
    """Bound ``meta`` and check the keys convowatch reads (``age``, ``role``).

    Raises:
        ValueError: naming the key (``meta.age``) and the rule, never the value.
    """
    import json

    from ...nlp.participants import AGE_RANGE, ROLES, declared_age, declared_role

    if meta is None:
        return None
    if _depth(meta) > MAX_META_DEPTH:
        raise ValueError(f"meta is nested deeper than {MAX_META_DEPTH} levels")
    try:
        size = len(json.dumps(meta, ensure_ascii=False, allow_nan=False).encode("utf-8"))
    except ValueError:
        raise ValueError("meta holds a non-finite number (NaN or Infinity)") from None
    if size > MAX_META_BYTES:
        raise ValueError(f"meta is larger than {MAX_META_BYTES} bytes as JSON")
    # present but not a declaration the rules and features would read (nlp/participants.py)
    if "age" in meta and declared_age(meta) is None:
        raise ValueError(f"meta.age must be a number from {AGE_RANGE[0]} to {AGE_RANGE[1]}")
    if "role" in meta and declared_role(meta) is None:
        raise ValueError(f"meta.role must be one of {list(ROLES)}")
    return meta


def _utf8_clean(value: str, what: str) -> str:
    """Reject lone surrogates (valid JSON escapes, but not encodable text)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} is not valid UTF-8 (lone surrogate)") from None
    return value


#: Attachments per message, and frames per video hash list.
MAX_ATTACHMENTS = 4
MAX_VIDEO_FRAMES = 512


class ImageIn(BaseModel):
    """Image bytes, base64: hashed in memory (PDQ) and dropped; never stored or logged."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["image"]
    data: str = Field(min_length=1, description="base64 of a JPEG, PNG, GIF, WebP or BMP file "
                                                "(at most CONVOWATCH_MEDIA_MAX_BYTES decoded)")


class PdqIn(BaseModel):
    """A PDQ hash the platform computed itself."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["pdq"]
    value: str = Field(pattern=r"^[0-9a-fA-F]{64}$", description="64 hex characters")
    quality: int = Field(ge=0, le=100, description="PDQ quality; below CONVOWATCH_MEDIA_MIN_QUALITY is refused")


class FrameIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str = Field(pattern=r"^[0-9a-fA-F]{64}$")
    quality: int = Field(ge=0, le=100)


class VpdqIn(BaseModel):
    """A video as vPDQ: the PDQ hashes of its (key)frames, computed by the platform."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["vpdq"]
    frames: list[FrameIn] = Field(min_length=1, max_length=MAX_VIDEO_FRAMES)


AttachmentIn = Annotated[ImageIn | PdqIn | VpdqIn, Field(discriminator="type")]


class MessageIn(BaseModel):
    """One chat message, as in the stream format (docs/formats.md)."""

    model_config = ConfigDict(extra="forbid")

    conversation_id: str = Field(pattern=ID_PATTERN, description="1..128 chars, no control characters")
    message_id: str = Field(pattern=ID_PATTERN, description="unique within the conversation")
    sender_id: str = Field(pattern=ID_PATTERN)
    ts: datetime = Field(description="ISO-8601 string, years 2000-2199; a time without offset is UTC")
    text: str = Field(min_length=1, description="1..max_text_chars characters (CONVOWATCH_MAX_TEXT_CHARS)")
    meta: dict[str, Any] | None = Field(
        default=None,
        description=f"e.g. {{'age': 13, 'role': 'minor'}}; at most {MAX_META_BYTES} bytes as JSON and "
                    f"{MAX_META_DEPTH} levels deep; age 0-130, role adult|minor",
    )
    attachments: list[AttachmentIn] = Field(
        default_factory=list, max_length=MAX_ATTACHMENTS,
        description="images (base64, hashed and dropped) or PDQ/vPDQ hashes, matched against the hash banks",
    )

    @field_validator("conversation_id", "message_id", "sender_id")
    @classmethod
    def _ids(cls, v: str) -> str:
        return _utf8_clean(v, "id")

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        _utf8_clean(v, "text")
        if not v.strip():
            raise ValueError("text is empty or only whitespace")
        return v

    @field_validator("meta")
    @classmethod
    def _meta(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        return check_meta(v)

    @field_validator("ts", mode="before")
    @classmethod
    def _ts_is_iso(cls, v: Any) -> Any:
        # epoch numbers are ambiguous (seconds? ms?); pydantic would guess by magnitude
        if not isinstance(v, (str, datetime)):
            raise ValueError("expected an ISO-8601 string such as 2026-01-31T12:00:00Z, not a number")
        return v

    @field_validator("ts")
    @classmethod
    def _ts(cls, v: datetime) -> datetime:
        try:
            out = parse_ts(v)
        except (ValueError, OverflowError):
            raise ValueError("timestamp out of range") from None
        if not TS_MIN_YEAR <= out.year <= TS_MAX_YEAR:
            raise ValueError(f"timestamp out of range (years {TS_MIN_YEAR}-{TS_MAX_YEAR})")
        return out

    def to_message(self, media: tuple[Any, ...] = ()) -> Message:
        """The library's message; ``media`` are the attachments' hashes (``service/media.py``)."""
        return Message(self.conversation_id, self.message_id, self.sender_id, self.ts, self.text, dict(self.meta or {}),
                       media=media)


#: The running app's ``max_batch``, set per request by the app's middleware, so an
#: oversized batch is refused (413) before 30,000 messages are validated one by one.
batch_limit: ContextVar[int | None] = ContextVar("convowatch_batch_limit", default=None)


class MessageBatch(BaseModel):
    """A batch of messages. A batch with any invalid message is rejected whole (422); nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    messages: list[MessageIn] = Field(min_length=1, description="1..max_batch messages (CONVOWATCH_MAX_BATCH)")

    @model_validator(mode="before")
    @classmethod
    def _count_first(cls, data: Any) -> Any:
        limit = batch_limit.get()
        items = data.get("messages") if isinstance(data, dict) else None
        if limit is not None and isinstance(items, list) and len(items) > limit:
            # not a ValueError: it leaves validation at once and the middleware answers 413
            raise Problem(413, "Batch too large", f"{len(items)} messages; at most {limit} per request",
                          errors=[{"field": "messages", "message": f"at most {limit} items", "type": "too_long"}])
        return data


class ReasonOut(BaseModel):
    category: str
    subtype: str | None
    source: str
    detector: str
    score: float
    message_id: str
    evidence: dict[str, Any] | None = Field(
        default=None, description="non-text evidence, e.g. a known-media match: bank, entry_id, distance, quality, hash")
    severity: str
    span: list[int] | None
    contribution: float = Field(description="what the signal still adds to its category's evidence")
    repeat_discount: float = Field(default=1.0, description="the factor a repeat of the same rule was discounted by when "
                                                             "this signal arrived (1.0: first occurrence, or a model)")
    decay: float = Field(default=1.0, description="the share of its contribution on arrival that remains")


class AssessmentOut(BaseModel):
    conversation_id: str
    message_id: str
    scores: dict[str, float]
    flagged: list[str]
    newly_flagged: list[str]
    stage: str | None
    urgency: str | None
    reasons: list[ReasonOut]
    duplicate: bool = False
    decision: dict[str, dict[str, float]] | None = Field(
        default=None, description="for each flagged category under a learned decision: its log-odds as the bias plus "
                                  "each feature's contribution (weight x value); absent when nothing is flagged")
    case_id: str | None = Field(default=None, description="the case this message opened or was added to")


class AssessmentsOut(BaseModel):
    assessments: list[AssessmentOut]


class RiskOut(BaseModel):
    conversation_id: str
    scores: dict[str, float]
    flagged: list[str]
    stage: str | None
    urgency: str | None
    n_messages: int
    last_ts: str | None


class CaseSummaryOut(BaseModel):
    case_id: str
    conversation_id: str
    status: str
    categories: list[str]
    urgency: str | None
    stage: str | None
    scores: dict[str, float]
    opened_at: datetime
    updated_at: datetime
    expires_at: datetime
    claimed_by: str | None
    decision: dict[str, Any] | None
    version: int
    n_messages: int
    n_flagged: int


class CasesOut(BaseModel):
    cases: list[CaseSummaryOut]


class CaseReasonOut(ReasonOut):
    """A reason as a moderator reads it: the rule's description from the rules in force."""

    description: str | None = Field(default=None, description="what the rule is about (rule reasons; None when the rule "
                                                                  "was removed since the case was scored)")


class CaseOut(BaseModel):
    """The API view of a case: its messages (context before, flagged, context after), reasons, timeline and audit.

    A view, not the stored document (``service.cases.Case``): it leaves out what only the
    planner needs (``after_remaining``) and adds what a moderator reads (rule
    descriptions, the audit trail).
    """

    case_id: str
    conversation_id: str
    status: CaseStatus
    categories: list[str]
    urgency: str | None
    stage: str | None
    scores: dict[str, float]
    opened_at: datetime
    updated_at: datetime
    expires_at: datetime
    claimed_by: str | None = None
    decision: Decision | None = None
    messages: list[CaseMessage]
    reasons: list[CaseReasonOut]
    timeline: list[TimelinePoint]
    version: int
    versions: dict[str, str] = Field(default_factory=dict, description="rule-set version, model and encoder in force when the case last changed")
    explanation: dict[str, dict[str, float]] = Field(
        default_factory=dict, description="per flagged category, what the learned decision weighed: its log-odds as the "
                                          "bias plus each feature's weight x value (empty without a learned decision)")
    audit: list[AuditEntry] = Field(default_factory=list)


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Action
    note: str = Field(default="", max_length=4000)

    @field_validator("note")
    @classmethod
    def _note(cls, v: str) -> str:
        return _utf8_clean(v, "note")


class RulePackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}\.ya?ml$", description="file name, e.g. grooming.yaml")
    content: str = Field(max_length=1_000_000, description="the pack's YAML")


class RulePacksIn(BaseModel):
    """A complete rule set: replaces every pack in force (PUT) or is only tested (POST /test)."""

    model_config = ConfigDict(extra="forbid")

    packs: list[RulePackIn] = Field(min_length=1, max_length=200)


StatusFilter = Literal[tuple(s.value for s in CaseStatus)]  # type: ignore[valid-type]
SeverityFilter = Literal[tuple(s.label() for s in Severity)]  # type: ignore[valid-type]
CategoryFilter = Literal[CATEGORIES]  # type: ignore[valid-type]
