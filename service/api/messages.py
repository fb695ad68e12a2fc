"""``POST /v1/messages`` and ``GET /v1/conversations/{id}/risk``."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..media import AttachmentError, media_of
from ..problems import Problem
from .deps import Ingest, Reader, ServicesDep
from .schemas import AssessmentsOut, MessageBatch, RiskOut

router = APIRouter(prefix="/v1", tags=["messages"])

PROBLEM = {"content": {"application/problem+json": {}}}


def check_batch(batch: MessageBatch, max_batch: int, max_text_chars: int) -> None:
    """Limits that depend on settings, and ids unique in the batch.

    Raises:
        Problem: 413 for too many messages; 422 naming every offending field otherwise.
    """
    if len(batch.messages) > max_batch:
        raise Problem(413, "Batch too large", f"{len(batch.messages)} messages; at most {max_batch} per request",
                      errors=[{"field": "messages", "message": f"at most {max_batch} items", "type": "too_long"}])
    errors, seen = [], {}
    for i, m in enumerate(batch.messages):
        if len(m.text) > max_text_chars:
            errors.append({"field": f"messages[{i}].text", "message": f"longer than {max_text_chars} characters", "type": "string_too_long"})
        key = (m.conversation_id, m.message_id)
        if key in seen:
            errors.append({"field": f"messages[{i}].message_id", "message": f"duplicate of messages[{seen[key]}] in this batch", "type": "duplicate"})
        seen.setdefault(key, i)
    if errors:
        raise Problem(422, "Invalid request", f"{len(errors)} invalid field(s); nothing was stored", errors=errors)


def hash_batch(batch: MessageBatch, max_bytes: int, min_quality: int) -> list[tuple]:
    """Every message's attachment hashes; image bytes are hashed and dropped here.

    Raises:
        Problem: 413 for an image over the size limit; 422 naming every other bad attachment.
    """
    out, errors, too_large = [], [], False
    for i, m in enumerate(batch.messages):
        try:
            out.append(media_of(m.attachments, where=f"messages[{i}]", max_bytes=max_bytes, min_quality=min_quality))
        except AttachmentError as exc:
            errors.append({"field": exc.field, "message": str(exc), "type": exc.code})
            too_large = too_large or exc.code == "too_large"
            out.append(())
    if errors:
        status = 413 if too_large else 422
        raise Problem(status, "Invalid attachment", f"{len(errors)} attachment(s) refused; nothing was stored", errors=errors)
    return out


@router.post("/messages", response_model=AssessmentsOut, responses={413: PROBLEM, 422: PROBLEM, 503: PROBLEM})
async def post_messages(batch: MessageBatch, services: ServicesDep, _: Ingest) -> JSONResponse:
    """Assess a batch; idempotent per (conversation_id, message_id). A partly bad batch is rejected whole."""
    s = services.settings
    check_batch(batch, s.max_batch, s.max_text_chars)
    media = await run_in_threadpool(hash_batch, batch, s.media_max_bytes, s.media_min_quality) \
        if any(m.attachments for m in batch.messages) else [()] * len(batch.messages)
    results = await services.batcher.submit([m.to_message(h) for m, h in zip(batch.messages, media)])
    return JSONResponse({"assessments": results})


@router.get("/conversations/{conversation_id:path}/risk", response_model=RiskOut, responses={404: PROBLEM, 503: PROBLEM})
async def get_risk(conversation_id: str, services: ServicesDep, _: Reader) -> RiskOut:
    """Current risk and grooming stage of a conversation; never text."""
    risk = await run_in_threadpool(services.analyzer.risk, conversation_id)
    if risk is None:
        raise Problem(404, "Not found", "no live state for this conversation (unknown or expired)")
    return RiskOut.model_validate(risk.to_dict())
