"""Reading labelled corpora (docs/formats.md) and turning them into window labels.

The trainer needs, per message, the conversation it belongs to and whether the
conversation is "already risky" at that message: a window is positive for a category
when its conversation is labelled positive and the current message is at or after the
onset of that category (the first risky message). Before the onset the same
conversation is a negative, which is what teaches the head to flag early but not
from the first "hey".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..categories import CATEGORIES, GROOMING
from ..types import Conversation
from .head import STAGE_LABELS


def read_corpus(path: Path) -> list[Conversation]:
    """Labelled conversations of a corpus JSONL(.gz) file, via the shared corpus reader.

    Raises:
        CorpusError: naming the file line and field of a malformed record (never its text).
    """
    from ..corpora.reader import read_conversations

    conversations, _ = read_conversations(path)
    return conversations


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class MessageTargets:
    """Training targets of the window whose current message is this one."""

    categories: tuple[int, ...]  # one 0/1 per category, order of CATEGORIES
    stage: int  # index into STAGE_LABELS (0 = none)


def onsets(conv: Conversation) -> dict[str, int]:
    """Onset per positive category (:meth:`Conversation.onsets`); an unknown onset counts
    as 0 here: the whole conversation is a positive to learn from."""
    known = conv.onsets()
    return {c: known.get(c, 0) for c in CATEGORIES if conv.labels.get(c)}


#: Grooming stages that are evidence of the trajectory. Rapport and personal questions
#: alone ("how old r u", "ur so mature") are what peers say too: a window becomes a
#: grooming positive for training only once one of these has appeared.
DECISIVE_GROOMING_STAGES: frozenset[str] = frozenset(
    {"isolation_secrecy", "gifts_leverage", "desensitisation", "image_request", "meeting_offplatform"}
)


def training_onsets(conv: Conversation) -> dict[str, int]:
    """Where window targets turn positive: :func:`onsets`, except that grooming starts at
    its first decisive stage (the conjunction, not the first age question).

    Evaluation keeps the corpus onset, so messages-until-flag is still counted from the
    first grooming move, age probes included.
    """
    out = onsets(conv)
    if GROOMING in out:
        first = next((i for i, ml in enumerate(conv.message_labels)
                      if ml and ml.get(GROOMING) in DECISIVE_GROOMING_STAGES), None)
        if first is not None:
            out[GROOMING] = max(out[GROOMING], first)
    return out


def message_targets(conv: Conversation) -> list[MessageTargets]:
    """Targets for each message of a conversation, in order (positive from :func:`training_onsets`)."""
    ons = training_onsets(conv)
    out = []
    for i, _ in enumerate(conv.messages):
        cats = tuple(1 if c in ons and i >= ons[c] else 0 for c in CATEGORIES)
        ml = conv.message_labels[i] if i < len(conv.message_labels) else None
        st = (ml or {}).get(GROOMING)
        stage = STAGE_LABELS.index(st) if ons.get(GROOMING) is not None and st in STAGE_LABELS else 0
        out.append(MessageTargets(cats, stage))
    return out
