"""Which corpora measure a model and must not train or tune it.

A corpus says what it is in each conversation's ``meta.split``. The writer-disjoint
test and validation splits of corpus v2 and their streams (and v1 test) are there to
measure; a model trained on them, or an operating point chosen on them, would make
their figures meaningless without anyone noticing. ``convowatch train`` and
``convowatch tune`` refuse them by file name unless told ``--allow-held-out``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

#: ``meta.split`` values of corpora that measure a model and must not train it: the
#: writer-disjoint test and validation splits and their streams (corpus v2), and v1 test.
HELD_OUT_SPLITS: frozenset[str] = frozenset({"test", "stream", "val", "stream_val", "val2", "stream_val2", "val3", "stream_val3",
                                          "val4", "stream_val4"})


class HeldOutSplit(ValueError):
    """A corpus given for training is a held-out split (its file and split named)."""

    def __init__(self, path: Path, splits: Sequence[str], role: str) -> None:
        self.path, self.splits, self.role = path, tuple(splits), role
        super().__init__(f"{path}: its conversations are from the held-out split {', '.join(splits)}; "
                         f"a {role} corpus must not be one (--allow-held-out to do it anyway)")


def check_not_held_out(convs: Sequence[Any], path: Path, role: str) -> None:
    """Raise :class:`HeldOutSplit` when any conversation of ``path`` says it is held out."""
    splits = sorted({str(c.meta.get("split")) for c in convs if c.meta.get("split") in HELD_OUT_SPLITS})
    if splits:
        raise HeldOutSplit(path, splits, role)
