"""Build corpus v2 splits: which scenarios, how many, from which writers, in what mix.

Each conversation is rendered from its own seeded stream (seed, split, index), so a
split is byte-identical for the same seed and writer scripts. Look-alikes outnumber
risky conversations in every split (about 60/40; the stream split is 2% risky, as a
platform's traffic would be far more benign still).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..io import read_corpus, write_corpus
from .render import conversation_rng, render
from .script import Scenario
from .writers import writers_for

#: Share of conversations per scenario kind.
MIX: dict[str, float] = {"benign": 0.60, "grooming": 0.15, "bullying": 0.11, "self_harm": 0.11, "bullying+self_harm": 0.03}
#: The bullying/self-harm supplement (writer ``aspen``, no grooming scenario): the benign
#: share as in :data:`MIX`, the risky share split between its two categories.
SUPPLEMENT_MIX: dict[str, float] = {"benign": 0.60, "bullying": 0.17, "self_harm": 0.17, "bullying+self_harm": 0.06}
#: The grooming supplement (writer ``juniper``, grooming and its look-alikes only).
GROOMING_SUPPLEMENT_MIX: dict[str, float] = {"benign": 0.60, "grooming": 0.40}
#: Which mix a split draws from, when it is not :data:`MIX` (streams: :data:`STREAM_MIX`).
#: The quiet-bullying supplement (writer ``sorrel``): mostly bullying among its risky share,
#: and self-harm mostly as look-alikes (``aspen``'s self-harm scripts cost self-harm on the
#: validation writer in session 16, so this one adds few).
BULLYING_SUPPLEMENT_MIX: dict[str, float] = {"benign": 0.60, "bullying": 0.26, "self_harm": 0.07, "bullying+self_harm": 0.07}
#: The minimal-pairs supplement (writer ``linden``): every category, and more look-alikes than
#: :data:`MIX` (two in three), because a new writer's look-alikes are where the benign budget fails.
LOOKALIKE_SUPPLEMENT_MIX: dict[str, float] = {"benign": 0.66, "grooming": 0.12, "bullying": 0.09, "self_harm": 0.10,
                                              "bullying+self_harm": 0.03}
SPLIT_MIX: dict[str, dict[str, float]] = {"train_aspen": SUPPLEMENT_MIX, "train_juniper": GROOMING_SUPPLEMENT_MIX,
                                          "train_sorrel": BULLYING_SUPPLEMENT_MIX, "train_linden": LOOKALIKE_SUPPLEMENT_MIX,
                                          "train_alder": LOOKALIKE_SUPPLEMENT_MIX}
STREAM_MIX: dict[str, float] = {"benign": 0.98, "grooming": 0.008, "bullying": 0.005, "self_harm": 0.005, "bullying+self_harm": 0.002}

#: Committed splits: file name -> (split, number of conversations, seed).
SPLITS: dict[str, tuple[str, int, int]] = {
    "v2_train.jsonl.gz": ("train", 4500, 101),
    "v2_dev.jsonl.gz": ("dev", 900, 202),
    "v2_test.jsonl.gz": ("test", 1500, 303),
    "v2_stream.jsonl.gz": ("stream", 2000, 404),
    # the train writers' stream: where operating points are chosen for a benign false-positive
    # budget, so that the test writer's stream above stays a measurement, never a target
    "v2_stream_dev.jsonl.gz": ("stream_dev", 2000, 505),
    # a writer no model is trained on: choices are checked here before test is read
    "v2_val.jsonl.gz": ("val", 1500, 606),
    "v2_stream_val.jsonl.gz": ("stream_val", 2000, 707),
    # session 26: a second validation writer, so that a candidate's benign side is checked on
    # two unseen writers before test is read (session 25's held one and missed the other)
    "v2_val2.jsonl.gz": ("val2", 1500, 1111),
    "v2_stream_val2.jsonl.gz": ("stream_val2", 2000, 1212),
    # session 26 too: a third, so that a new writer's benign rate is seen as a spread
    "v2_val3.jsonl.gz": ("val3", 1500, 1313),
    "v2_stream_val3.jsonl.gz": ("stream_val3", 2000, 1414),
    # session 29: a fourth, ``fern`` (a train supplement for one session, never trained on),
    # because it sees the test writer's kind of self-harm look-alike and the other three do not
    "v2_val4.jsonl.gz": ("val4", 1500, 1818),
    "v2_stream_val4.jsonl.gz": ("stream_val4", 2000, 1919),
    # session 16: bullying and self-harm variety from a writer of their own (no grooming)
    "v2_train_aspen.jsonl.gz": ("train_aspen", 1500, 808),
    # session 19: grooming look-alikes (peer romance above all) from a writer of their own
    "v2_train_juniper.jsonl.gz": ("train_juniper", 1500, 909),
    # session 21: the quiet forms of bullying (exclusion, threats, outing) and their look-alikes
    "v2_train_sorrel.jsonl.gz": ("train_sorrel", 1500, 1010),
    # session 27: minimal pairs, each risky script with look-alike twins, in all three categories
    "v2_train_linden.jsonl.gz": ("train_linden", 1500, 1515),
    # session 28: the same risks and look-alikes where adults talk
    "v2_train_alder.jsonl.gz": ("train_alder", 1500, 1717),
}


#: Session 18: the bullying side of ``aspen`` alone: its bullying scripts without ideation
#: and the look-alikes written above its "look-alikes: self-harm side" heading. Sessions
#: 16-17 found that all of ``aspen`` lifts bullying on the validation writer but costs
#: self-harm; this subset asks whether its bullying gain comes without touching self-harm's
#: training data at all.
ASPEN_BULLYING_SIDE: frozenset[str] = frozenset({
    "bully_shift_lead", "bully_staff_chat_dm", "bully_ex_harassment", "bully_guild_wipe",
    "bully_voice_mock", "bully_ms_rating", "bully_fake_account", "bully_society_slack",
    "bully_roommate_dm",
    "workplace_banter", "manager_fair_warning", "debate_rebuttal", "capped_guest_list",
    "guild_rule_removal", "raid_wipe_jokes", "siblings_murder_threat",
})


def scenario_subset(rows: Iterable[dict[str, Any]], names: frozenset[str]) -> Iterator[dict[str, Any]]:
    """The conversations of ``rows`` rendered from a scenario in ``names``, in order.

    A filter, not a re-render: the kept conversations are byte-identical to the ones in the
    full split, so a subset arm differs from the full arm only by what it leaves out.
    """
    for row in rows:
        if row["meta"]["scenario"] in names:
            yield row


#: Committed subsets: file name -> (the committed split they are cut from, the scenarios kept).
#: A subset is a filter of that file (:func:`scenario_subset`), so it is byte-identical to the
#: conversations it keeps there.
SUBSETS: dict[str, tuple[str, frozenset[str]]] = {
    # committed in session 24: the bullying side of aspen, in arm G's and arm H's recipe
    "v2_train_aspen_bullying.jsonl.gz": ("v2_train_aspen.jsonl.gz", ASPEN_BULLYING_SIDE),
}


def _pick(rng: random.Random, pool: list[Scenario]) -> Scenario:
    return rng.choices(pool, weights=[s.weight for s in pool], k=1)[0]


def generate(split: str, n: int, seed: int) -> Iterator[dict[str, Any]]:
    """``n`` conversations of ``split`` from its writers."""
    writers = writers_for(split)
    mix = STREAM_MIX if split.startswith("stream") else SPLIT_MIX.get(split, MIX)
    kinds = list(mix)
    by_kind = {k: [(w, s) for w in writers for s in w.scenarios if s.kind == k] for k in kinds}
    missing = [k for k, v in by_kind.items() if not v]
    if missing:
        raise ValueError(f"writers {[w.name for w in writers]} have no scenario of kind {missing}")
    for i in range(n):
        rng = conversation_rng(seed, split, i)
        kind = rng.choices(kinds, weights=[mix[k] for k in kinds], k=1)[0]
        pool = by_kind[kind]
        writer, sc = pool[rng.choices(range(len(pool)), weights=[s.weight for _, s in pool], k=1)[0]]
        yield render(sc, writer, rng, f"v2-{split}-{i:06d}", split)


def build_all(out_dir: Path) -> dict[str, int]:
    """Write every committed v2 split and subset into ``out_dir``; returns conversations per file."""
    counts = {name: write_corpus(out_dir / name, generate(split, n, seed)) for name, (split, n, seed) in SPLITS.items()}
    for name, (source, names) in SUBSETS.items():
        counts[name] = write_corpus(out_dir / name, scenario_subset(read_corpus(out_dir / source), names))
    return counts
