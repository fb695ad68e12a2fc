"""What the pure analyzer step reads and what it returns.

:meth:`convowatch.nlp.analyzer.Analyzer.assess` is a function of its inputs: a batch
of messages and, per conversation, a :class:`Snapshot` of what was stored before the
batch (window, fusion state, ids the caller already holds). It returns an
:class:`Outcome`: the assessments and, per conversation, the :class:`Change` to store.
It reads and writes no store, so the caller decides when and how to commit (the
service: one compare-and-set commit per conversation slot; the library's
``process_many``: straight into a :class:`~convowatch.nlp.store.WindowStore`), and a
commit that fails leaves nothing to undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .types import Assessment, Message
from .window import WindowEntry


@dataclass(frozen=True)
class Snapshot:
    """A conversation as stored before the batch.

    Attributes:
        window: its window entries, oldest first (empty for a new or expired conversation).
        state: its fusion state (``nlp.fusion_state`` saved form) or None.
        known_ids: message ids the caller knows were already assessed (the service's
            seen-id store, which outlives the state); together with the ids the state
            remembers, the one duplicate check of the pipeline.
    """

    window: tuple[WindowEntry, ...] = ()
    state: Mapping[str, Any] | None = None
    known_ids: frozenset[str] = frozenset()


@dataclass
class Change:
    """What one conversation's part of the batch changes.

    Attributes:
        appended: the new window entries, in order (the store trims to the window size).
        state: the fusion state after the batch.
        before: the window's messages before the batch.
        new: the batch's new (not duplicate) messages of the conversation, in order.
    """

    appended: list[WindowEntry] = field(default_factory=list)
    state: dict[str, Any] | None = None
    before: list[Message] = field(default_factory=list)
    new: list[Message] = field(default_factory=list)

    def history(self) -> list[Message]:
        """The conversation as the analyzer saw it through this batch (case context)."""
        return self.before + self.new


@dataclass
class Outcome:
    """The result of one pure analyzer step.

    Attributes:
        assessments: one per input message, in input order.
        changes: conversation id -> its change; conversations whose messages were all
            duplicates have none (nothing to write).
    """

    assessments: list[Assessment]
    changes: dict[str, Change]
