"""Redis Stream entries in and out: parsing, dead-letter reasons, assessment entries.

An input entry is one message in the stream JSON format (docs/formats.md) as field
``m``. An entry that is not such a message is dead-lettered with a reason that names
fields and error types only, never the text, so the dead-letter stream is safe to keep
and read. Output entries carry an assessment (scores, flags, reasons with spans and
ids): no text either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

from pydantic import ValidationError

from ..nlp.types import Message
from .api.schemas import ID_PATTERN, MessageIn
from .media import AttachmentError, media_of
from .problems import validation_errors

FIELD = b"m"


@dataclass(frozen=True)
class Entry:
    """A stream entry that parsed to a message."""

    entry_id: str
    message: Message


@dataclass(frozen=True)
class Bad:
    """A stream entry that did not; ``ids`` are the message's ids when they were readable."""

    entry_id: str
    reason: str
    ids: Mapping[str, str]


def _ids(data: Any) -> dict[str, str]:
    """conversation_id/message_id when present and id-like (they go into the dead letter)."""
    import re

    if not isinstance(data, dict):
        return {}
    out = {}
    for k in ("conversation_id", "message_id"):
        v = data.get(k)
        if isinstance(v, str) and re.fullmatch(ID_PATTERN, v):
            out[k] = v
    return out


def max_entry_bytes(max_text_chars: int) -> int:
    """Largest ``m`` field read: the longest text in 4-byte UTF-8 with JSON escapes, plus ids and meta."""
    return 6 * max_text_chars + 16_384


def parse_entry(
    entry_id: str, fields: Mapping[bytes, bytes], max_text_chars: int, *, media_min_quality: int = 50,
) -> Entry | Bad:
    """One stream entry to a message, or the text-free reason it is not one.

    Total by design: whatever bytes an entry holds (huge, deeply nested, not UTF-8,
    wrong types), the result is an :class:`Entry` or a :class:`Bad` to dead-letter,
    never an exception that would stop the worker and every worker that re-claims it.
    """
    raw = fields.get(FIELD)
    if raw is None:
        return Bad(entry_id, "missing field 'm'", {})
    if len(raw) > max_entry_bytes(max_text_chars):
        return Bad(entry_id, f"m: larger than {max_entry_bytes(max_text_chars)} bytes", {})
    try:
        data = json.loads(raw.decode("utf-8"))  # decoded first: json.loads(bytes) would also accept UTF-16/32
    except (UnicodeDecodeError, json.JSONDecodeError):
        return Bad(entry_id, "m: not JSON in UTF-8", {})
    except RecursionError:
        return Bad(entry_id, "m: JSON nested too deeply", {})
    if not isinstance(data, dict):
        return Bad(entry_id, "m: not a JSON object", {})
    try:
        msg = MessageIn.model_validate(data)
    except ValidationError as exc:
        errors = validation_errors(exc.errors())
        return Bad(entry_id, "; ".join(f"{e['field']}: {e['type']}" for e in errors), _ids(data))
    except (RecursionError, ValueError, TypeError, OverflowError) as exc:
        return Bad(entry_id, f"m: unreadable ({type(exc).__name__})", _ids(data))
    if len(msg.text) > max_text_chars:
        return Bad(entry_id, f"text: longer than {max_text_chars} characters", _ids(data))
    try:  # an entry is bounded by max_entry_bytes, so is any image in it
        media = media_of(msg.attachments, where="m", max_bytes=max_entry_bytes(max_text_chars),
                         min_quality=media_min_quality) if msg.attachments else ()
    except AttachmentError as exc:
        return Bad(entry_id, f"{exc.field.removeprefix('m.')}: {exc.code}", _ids(data))
    return Entry(entry_id, msg.to_message(media))


def dead_letter_fields(bad: Bad) -> dict[str, str]:
    return {"entry": bad.entry_id, "reason": bad.reason, **bad.ids}


def output_fields(entry_id: str, assessment: Mapping[str, Any]) -> dict[str, str]:
    return {"entry": entry_id, "a": json.dumps(assessment, separators=(",", ":"), ensure_ascii=False)}


def is_output(assessment: Mapping[str, Any]) -> bool:
    """Assessments worth publishing: a flagged conversation, first time this message is seen."""
    return bool(assessment["flagged"]) and not assessment.get("duplicate", False)
