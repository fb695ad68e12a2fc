"""Known-media matches as signals: one more detector behind the registry.

The hashes were computed at the edge (the image bytes are gone by now); this detector
looks the current message's hashes up in the banks in force and emits, per unsuppressed
match, a critical signal in the bank's category with the evidence a moderator needs
(bank, entry, distance, quality, the attachment's hash), never the image.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..categories import Severity
from ..media.banks import HashBanks, MediaMatch
from ..types import Signal
from ..window import Window
from .base import BaseDetector, registry

NAME = "media.pdq.v1"


class MediaHashDetector(BaseDetector):
    """Signals for attachments that match a block bank (and no allow bank).

    Args:
        banks: returns the banks in force (a store may swap them between batches).
        min_quality: attachments whose PDQ quality is lower are not matched.
        on_match: called with every match, suppressed ones included (metrics by bank).
    """

    name = NAME
    kind = "media"

    def __init__(self, banks: Callable[[], HashBanks], *, min_quality: int = 50,
                 on_match: Callable[[MediaMatch], None] | None = None) -> None:
        if isinstance(min_quality, bool) or not isinstance(min_quality, int) or not 0 <= min_quality <= 100:
            raise ValueError(f"min_quality must be an integer PDQ quality in [0, 100], got {min_quality!r}")
        if not callable(banks):
            raise ValueError("banks must be a provider of the banks in force")
        self.banks = banks
        self.min_quality = min_quality
        self.on_match = on_match

    def detect(self, window: Window) -> list[Signal]:
        return self._detect(window, self.banks) if window.current.message.media else []

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        """Asks the store for its banks once per batch (a Redis version check), not per message."""
        if not any(w.current.message.media for w in windows):
            return [[] for _ in windows]
        banks = self.banks()
        return [self._detect(w, lambda: banks) if w.current.message.media else [] for w in windows]

    def _detect(self, window: Window, banks: Callable[[], HashBanks]) -> list[Signal]:
        msg = window.current.message
        out = []
        for m in banks().match(msg.media, min_quality=self.min_quality):
            if self.on_match is not None:
                self.on_match(m)
            if m.suppressed_by is not None:
                continue
            out.append(Signal(
                category=m.category, subtype="known_media", source=self.kind, detector=f"media.{m.bank}",
                score=1.0, message_id=msg.message_id, severity=Severity.CRITICAL,
                evidence={**{k: v for k, v in m.to_dict().items() if k != "kind"}, "kind": "known_media"},
            ))
        return out


@registry.register(NAME)
def _create(banks: Callable[[], HashBanks] | HashBanks, min_quality: int = 50,
            on_match: Callable[[MediaMatch], None] | None = None) -> MediaHashDetector:
    """Registry factory: ``banks`` (the current banks, or a provider of them) comes from the process."""
    if not callable(banks) and not isinstance(banks, HashBanks):
        raise ValueError(f"banks must be HashBanks or a provider of them, got {type(banks).__name__}")
    provider = banks if callable(banks) else (lambda: banks)
    return MediaHashDetector(provider, min_quality=min_quality, on_match=on_match)
