"""Image bytes -> PDQ hashes, in memory, with bounds; and checks for hashes a platform sends.

``pdqhash`` (the reference PDQ, wrapped for Python) does the hashing. Pillow decodes,
bounded against decompression bombs, and the image is reduced to at most
:data:`HASH_SIDE` pixels a side first: PDQ itself works on a 64x64 luminance grid, so
this changes a hash by a few bits while bounding time and memory. All eight dihedral
variants (rotations and mirrors) are computed at once, so a mirrored or rotated copy
of a banked image still matches.

Nothing here writes anywhere: the bytes live in the caller's memory only, and errors
name what is wrong, never the content.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

#: Largest decoded image accepted (pixels); Pillow's own bomb guard warns at 89M.
MAX_IMAGE_PIXELS = 40_000_000
#: Longest side an image is reduced to before hashing.
HASH_SIDE = 1024
#: Image formats accepted (Pillow names).
FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP", "BMP"})
#: Below this quality PDQ hashes are unreliable (threatexchange's PdqSignal uses 50).
DEFAULT_MIN_QUALITY = 50

class MediaError(ValueError):
    """An attachment that cannot be hashed; ``code`` is machine-readable, the text content-free."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class MediaHash:
    """One hashed attachment (or one video frame).

    Attributes:
        value: the PDQ hash, 64 lowercase hex characters.
        quality: PDQ quality, 0-100.
        variants: the other dihedral variants (rotations, mirrors) when the image itself
            was hashed here; empty for a hash the platform computed.
        attachment: the attachment's index in its message.
        frame: the frame index for a video (vPDQ), else None.
    """

    value: str
    quality: int
    kind: Literal["pdq"] = "pdq"
    variants: tuple[str, ...] = field(default=())
    attachment: int = 0
    frame: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "value": self.value, "quality": self.quality, "attachment": self.attachment}
        if self.variants:
            d["variants"] = list(self.variants)
        if self.frame is not None:
            d["frame"] = self.frame
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "MediaHash":
        return cls(value=str(d["value"]), quality=int(d["quality"]), variants=tuple(d.get("variants") or ()),
                   attachment=int(d.get("attachment", 0)), frame=d.get("frame"))

    @property
    def queries(self) -> tuple[str, ...]:
        """Every hash to look up: the image as sent, then its dihedral variants."""
        return (self.value, *self.variants)


def validate_pdq(value: Any) -> str:
    """A PDQ hash as 64 lowercase hex characters (upper case is accepted and lowered).

    Raises:
        MediaError: ``invalid_hash``.
    """
    if not isinstance(value, str):
        raise MediaError("invalid_hash", "a PDQ hash is a string of 64 hex characters")
    from threatexchange.signal_type.pdq.signal import PdqSignal

    try:  # threatexchange's own check: 64 lowercase hex characters
        return PdqSignal.validate_signal_str(value.strip().lower())
    except ValueError:
        raise MediaError("invalid_hash", "a PDQ hash is 64 hex characters") from None


def _hex(bits: np.ndarray) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def _decode(data: bytes) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.format not in FORMATS:
                raise MediaError("unsupported_type", f"image format {img.format or 'unknown'} is not one of {sorted(FORMATS)}")
            w, h = img.size
            if w * h > MAX_IMAGE_PIXELS or w < 1 or h < 1:
                raise MediaError("too_large", f"{w}x{h} pixels; at most {MAX_IMAGE_PIXELS} pixels")
            if img.format == "JPEG":
                img.draft("RGB", (HASH_SIDE, HASH_SIDE))  # decode at a reduced scale: faster, less memory
            img.seek(0)
            img = img.convert("RGB")
            img.thumbnail((HASH_SIDE, HASH_SIDE))
            return np.asarray(img)
    except MediaError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError("undecodable", "not a decodable image (or a decompression bomb)") from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
        raise MediaError("undecodable", "not a decodable image") from None


def hash_image(data: bytes, *, attachment: int = 0) -> MediaHash:
    """PDQ hash, quality and the seven other dihedral variants of one image.

    Raises:
        MediaError: ``undecodable``, ``unsupported_type`` or ``too_large``.
    """
    import pdqhash

    pixels = _decode(data)
    hashes, quality = pdqhash.compute_dihedral(pixels)
    values = [_hex(h) for h in hashes]
    return MediaHash(value=values[0], quality=int(quality), variants=tuple(values[1:]), attachment=attachment)
