"""One protocol for every signal source.

The rule engine, the transformer window head and any future backend (an external
moderation API, a hash matcher) implement :class:`Detector`; the analyzer treats them
alike and fusion reads only :class:`~convowatch.nlp.types.Signal` objects. Modelled
on presidio's ``EntityRecognizer``.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol, Sequence, runtime_checkable

from ..types import Signal
from ..window import Window


@runtime_checkable
class Detector(Protocol):
    """A source of signals about the current message of a window.

    Attributes:
        name: versioned name, e.g. ``"rules.v1"`` or ``"model.minilm-gru.v1"``.
        kind: the ``Signal.source`` it emits (``"rule"``, ``"model"``, ...).
    """

    name: str
    kind: str

    def detect(self, window: Window) -> list[Signal]:
        """Signals about ``window.current`` given the context before it."""
        ...

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        """Batched :meth:`detect` (one result list per window, same order)."""
        ...


#: Where in the pipeline a detector runs (its ``stage`` attribute; ``"window"`` when absent):
#: ``"message"`` detectors see each message before its window entry is final and annotate
#: it (``evaluate(window, normalized)`` returning ``.signals`` and ``.matched``, stored as
#: the entry's ``rule_hits``); ``"window"`` detectors see the finished windows of a wave
#: (``detect_many``).
STAGES = ("message", "window")


def stage_of(detector: object) -> str:
    """The pipeline stage of ``detector`` (see :data:`STAGES`)."""
    stage = getattr(detector, "stage", "window")
    if stage not in STAGES:
        raise ValueError(f"detector {getattr(detector, 'name', detector)!r} has unknown stage {stage!r}")
    return stage


class BaseDetector:
    """Convenience base: ``detect_many`` loops over ``detect``; batched detectors override it."""

    name: str = "base"
    kind: str = "rule"

    def detect(self, window: Window) -> list[Signal]:  # pragma: no cover - abstract
        raise NotImplementedError

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        return [self.detect(w) for w in windows]


class DetectorRegistry:
    """Detector factories registered by versioned name; old versions stay loadable."""

    def __init__(self) -> None:
        self._factories: dict[str, Callable[..., Detector]] = {}

    def register(self, name: str) -> Callable[[Callable[..., Detector]], Callable[..., Detector]]:
        def deco(factory: Callable[..., Detector]) -> Callable[..., Detector]:
            if name in self._factories:
                raise ValueError(f"detector {name!r} is already registered")
            self._factories[name] = factory
            return factory

        return deco

    def create(self, name: str, **kwargs: Any) -> Detector:
        try:
            factory = self._factories[name]
        except KeyError:
            raise KeyError(f"no detector named {name!r}; known: {sorted(self._factories)}") from None
        return factory(**kwargs)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def factory(self, name: str) -> Callable[..., Detector]:
        """The factory registered under ``name`` (KeyError when there is none)."""
        return self._factories[name]


registry = DetectorRegistry()
