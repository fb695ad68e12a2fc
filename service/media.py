"""Attachments at the edge: base64 images hashed in memory and dropped, platform hashes checked.

This is the only place image bytes exist. They are decoded from the request, hashed
(PDQ and its dihedral variants) and released when the function returns: nothing is
written, logged or put in an exception (errors carry a code and the field path).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Sequence

from ..nlp.media.pdq import MediaError, MediaHash, hash_image, validate_pdq


class AttachmentError(ValueError):
    """One bad attachment: ``field`` is its path (``messages[0].attachments[1]``), ``code`` machine-readable."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


def _b64(data: str, max_bytes: int, where: str) -> bytes:
    if len(data) > (max_bytes * 4) // 3 + 8:  # refuse before decoding
        raise AttachmentError(where, "too_large", f"larger than {max_bytes} bytes")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise AttachmentError(where, "undecodable", "data is not valid base64") from None
    if len(raw) > max_bytes:
        raise AttachmentError(where, "too_large", f"larger than {max_bytes} bytes")
    return raw


def media_of(attachments: Sequence[Any], *, where: str, max_bytes: int, min_quality: int) -> tuple[MediaHash, ...]:
    """The hashes of one message's attachments (``ImageIn``/``PdqIn``/``VpdqIn`` models).

    An image that hashes below ``min_quality`` is kept (and not matched): the message's
    text still counts. A hash the platform sends below it is refused, so the platform
    learns its hasher is giving unreliable hashes.

    Raises:
        AttachmentError: for the first bad attachment.
    """
    out: list[MediaHash] = []
    for j, att in enumerate(attachments):
        field = f"{where}.attachments[{j}]"
        if att.type == "image":
            raw = _b64(att.data, max_bytes, field + ".data")
            try:
                out.append(hash_image(raw, attachment=j))
            except MediaError as exc:
                raise AttachmentError(field + ".data", exc.code, str(exc)) from None
            finally:
                del raw
        elif att.type == "pdq":
            if att.quality < min_quality:
                raise AttachmentError(field + ".quality", "low_quality", f"PDQ quality below {min_quality}")
            out.append(MediaHash(value=validate_pdq(att.value), quality=att.quality, attachment=j))
        else:  # vpdq: each frame is a PDQ hash; low-quality frames are skipped, not refused
            frames = [MediaHash(value=validate_pdq(f.value), quality=f.quality, attachment=j, frame=k)
                      for k, f in enumerate(att.frames)]
            if not any(f.quality >= min_quality for f in frames):
                raise AttachmentError(field + ".frames", "low_quality", f"every frame's PDQ quality is below {min_quality}")
            out.extend(frames)
    return tuple(out)
