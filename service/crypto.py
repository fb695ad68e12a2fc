"""Optional at-rest encryption of message text (window entries and case context).

Only values that can hold message text go through a codec; keys, ids, scores and
fusion state stay readable so the stores can index and expire them.
"""

from __future__ import annotations

from typing import Protocol


class Codec(Protocol):
    def seal(self, data: bytes) -> bytes: ...

    def open(self, data: bytes) -> bytes: ...


class PlainCodec:
    """No encryption (the default)."""

    def seal(self, data: bytes) -> bytes:
        return data

    def open(self, data: bytes) -> bytes:
        return data


class FernetCodec:
    """AES-128-CBC + HMAC via ``cryptography``'s Fernet; the key is a urlsafe-base64 32-byte key.

    Raises:
        ValueError: when the key is not a Fernet key (the key itself is never echoed).
    """

    def __init__(self, key: str | bytes) -> None:
        from cryptography.fernet import Fernet

        try:
            self._f = Fernet(key)
        except (ValueError, TypeError):
            raise ValueError("encryption_key is not a valid Fernet key (urlsafe base64 of 32 bytes)") from None

    def seal(self, data: bytes) -> bytes:
        return self._f.encrypt(data)

    def open(self, data: bytes) -> bytes:
        return self._f.decrypt(data)


def make_codec(key: str | None) -> Codec:
    return FernetCodec(key) if key else PlainCodec()
