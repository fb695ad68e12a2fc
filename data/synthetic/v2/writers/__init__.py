"""The writers of corpus v2, by split: who may be read when building which split.

Train and dev draw from :data:`TRAIN_WRITERS`; test draws only from
:data:`TEST_WRITERS`, whose scripts were written without looking at the train
writers' (the point of a writer-disjoint test split). The validation splits draw only
from :data:`VAL_WRITERS`: a writer no model is trained on, so that a choice can be
checked on someone else's phrasing without spending test.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from ..render import Writer
from ..script import parse

TRAIN_WRITERS: tuple[str, ...] = ("harbor", "lantern", "quarry", "ember", "tide", "cedar", "birch")
TEST_WRITERS: tuple[str, ...] = ("meadow",)
#: Validation split -> its writer: writers no model is trained on, where a choice is checked
#: on someone else's phrasing before test is read; each has a stream split (``stream_<split>``).
#: Session 11 trained on ``willow`` too; its out-of-writer gain did not meet the bar stated
#: before the run (docs/model-card.md), so it became the validation writer. Session 26 added
#: ``rowan`` after session 25's candidate held ``willow``'s benign stream under budget and then
#: flagged five times the budget of the test writer's, and ``hazel`` after it, so that a
#: candidate's benign side is seen on three unseen writers, as a spread, before test is read.
#: Session 29 moved ``fern`` here from the train supplements (``val4``): session 28 measured
#: that it sees the failure the other three cannot (self-harm look-alikes such as a giveaway
#: before moving abroad, over the self-harm point), the one that stopped three candidates on
#: the test writer. It is a narrower gate than the others: it was written in the same session
#: as ``alder`` and two self-harm rules were re-checked against its look-alikes; no model has
#: been trained on it.
VALIDATION_WRITERS: dict[str, tuple[str, ...]] = {"val": ("willow",), "val2": ("rowan",), "val3": ("hazel",), "val4": ("fern",)}
VAL_WRITERS: tuple[str, ...] = VALIDATION_WRITERS["val"]
#: Train supplements, each rendered into a split of its own (``train_<name>``) so that
#: ``train``, ``dev`` and ``stream_dev`` stay byte-identical; never in dev, test,
#: validation or a stream. Session 16's ``aspen``: bullying and self-harm scenarios only
#: (and their look-alikes). Session 19's ``juniper``: grooming scenarios and grooming
#: look-alikes only, most of them teenagers with each other. Session 21's ``sorrel``: the
#: quiet forms of bullying (exclusion, threats, doxxing, outing, rumours, impersonation)
#: with a look-alike for each, and self-harm look-alikes; no grooming scenario. Session 27's
#: ``linden``: minimal pairs in all three categories (each risky script has look-alike twins
#: with the same surface), look-alikes outnumbering risky scripts more than elsewhere.
#: Session 28's ``alder``: the same risks and look-alikes where adults talk (a mums' chat, a
#: farming page, a fantasy-football league, a hall of residence), grooming through shared
#: hobbies. (``fern``, written beside it as a supplement, became ``val4`` before any model
#: trained on it.)
SUPPLEMENT_WRITERS: tuple[str, ...] = ("aspen", "juniper", "sorrel", "linden", "alder")


@lru_cache(maxsize=None)
def load_writer(name: str) -> Writer:
    """Parse a writer module's scripts into a :class:`Writer` (cached)."""
    mod = import_module(f"{__name__}.{name}")
    origin = f"data/synthetic/v2/writers/{name}.py"
    scenarios = tuple(parse(mod.SCRIPT, mod.NAME, origin + " SCRIPT"))
    interludes = tuple(parse(mod.INTERLUDES, mod.NAME, origin + " INTERLUDES"))
    return Writer(name=mod.NAME, scenarios=scenarios, interludes=interludes,
                  lexicon={k: tuple(v) for k, v in mod.LEXICON.items()}, handles=tuple(mod.HANDLES))


#: Which writers each split is drawn from: one table, so a new split is one entry and the
#: error for an unknown split lists what exists.
SPLIT_WRITERS: dict[str, tuple[str, ...]] = {
    "train": TRAIN_WRITERS, "dev": TRAIN_WRITERS, "stream_dev": TRAIN_WRITERS,
    "test": TEST_WRITERS, "stream": TEST_WRITERS,
    **VALIDATION_WRITERS,
    **{f"stream_{split}": names for split, names in VALIDATION_WRITERS.items()},
    **{f"train_{name}": (name,) for name in SUPPLEMENT_WRITERS},
}


def writers_for(split: str) -> tuple[Writer, ...]:
    """The writers a split is drawn from."""
    if split not in SPLIT_WRITERS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLIT_WRITERS)}")
    return tuple(load_writer(n) for n in SPLIT_WRITERS[split])
