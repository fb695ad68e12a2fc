"""Corpus v2: the scenario format, the renderer and the committed splits."""

from __future__ import annotations

import gzip
import json

import pytest

from convowatch.synthetic import corpus_dir
from convowatch.synthetic.io import read_corpus
from convowatch.synthetic.v2.build import SPLITS, generate
from convowatch.synthetic.v2.near import near_report
from convowatch.synthetic.v2.script import TAGS, ScriptError, parse, step_tags
from convowatch.synthetic.v2.writers import (
    SPLIT_WRITERS,
    SUPPLEMENT_WRITERS,
    TEST_WRITERS,
    TRAIN_WRITERS,
    VAL_WRITERS,
    VALIDATION_WRITERS,
    load_writer,
    writers_for,
)

GOOD = """
== demo kind=grooming reg=dm roles=a:groomer,t:target
a: hi | hey
t: hi
a?0.5: how old r u @g2 | what grade r u in @g2
{
t: 13
|
t: why
}
--
a: dont tell ur mom @g3
"""


@pytest.mark.parametrize(
    "script,needle",
    [
        ("a: hi", ":1: text before the first == header"),  # no header
        ("== x kind=benign reg=dm roles=a:any\nb: hi", ":2: speaker 'b' is not in roles"),  # unknown speaker
        ("== x kind=benign reg=dm roles=a:any\na: hi @zz", ":2: unknown tag @zz"),  # unknown label tag
        ("== x kind=benign reg=dm roles=a:any\na: dont tell @g3", "benign scenario carries risk tags"),
        ("== x kind=grooming reg=dm roles=a:any\na: hi", "kind grooming but no @tag of grooming"),
        ("== x kind=benign reg=dm roles=a:any\n{\na: hi", "unclosed { block"),
        ("== x kind=benign reg=sms roles=a:any\na: hi", "reg 'sms' not in"),
    ],
)
def test_when_a_scenario_is_malformed_then_parsing_names_file_and_line(script, needle):
    with pytest.raises(ScriptError) as exc:
        parse(script, "w", "w.py")
    assert needle in str(exc.value) and str(exc.value).startswith("w.py:")


def test_when_a_scenario_is_parsed_then_tags_are_per_alternative_and_never_in_the_text():
    (sc,) = parse(GOOD, "w", "w.py")
    line = sc.steps[2]
    assert line.p == 0.5 and line.tags == ("g2", "g2") and all("@" not in a for a in line.alts)


def test_when_writers_load_then_train_val_and_test_writers_are_disjoint_and_cover_every_kind():
    # every writer has each category and look-alikes (its out-of-writer replays measure
    # every category); the both-labels kind may come from the split's other writers
    # (``birch``, comments and posts, has none), but every split must have it
    every = {"grooming", "bullying", "self_harm", "bullying+self_harm", "benign"}
    assert not set(TRAIN_WRITERS) & set(TEST_WRITERS)
    assert not set(VAL_WRITERS) & (set(TRAIN_WRITERS) | set(TEST_WRITERS))  # val: no model trains on it
    vals = tuple(n for names in VALIDATION_WRITERS.values() for n in names)
    assert len(set(vals)) == len(vals) and not set(vals) & (set(TRAIN_WRITERS) | set(TEST_WRITERS))
    for name in TRAIN_WRITERS + TEST_WRITERS + vals:
        kinds = {s.kind for s in load_writer(name).scenarios}
        assert kinds <= every and kinds >= every - {"bullying+self_harm"}, name
    for split in ("train", "test", *VALIDATION_WRITERS):
        assert {s.kind for w in writers_for(split) for s in w.scenarios} == every, split
    assert {w.name for w in writers_for("test")} == set(TEST_WRITERS)
    assert set(VALIDATION_WRITERS) == {"val", "val2", "val3", "val4"} and VALIDATION_WRITERS["val"] == VAL_WRITERS
    for split, names in VALIDATION_WRITERS.items():
        assert {w.name for w in writers_for(split)} == {w.name for w in writers_for(f"stream_{split}")} == set(names), split
    with pytest.raises(ValueError, match="stream_val"):
        writers_for("holdout")


def test_when_the_supplement_writer_loads_then_it_is_held_apart_and_has_no_grooming():
    # the supplement adds bullying/self-harm variety to training without touching grooming's data,
    # and never reaches a held-out split
    assert not set(SUPPLEMENT_WRITERS) & (set(TRAIN_WRITERS) | set(TEST_WRITERS) | {n for names in VALIDATION_WRITERS.values() for n in names})
    assert [w.name for w in writers_for("train_aspen")] == ["aspen"]
    kinds = {s.kind for w in writers_for("train_aspen") for s in w.scenarios}
    assert kinds == {"bullying", "self_harm", "bullying+self_harm", "benign"}
    convs = list(generate("train_aspen", 200, seed=3))
    assert not any(c["labels"]["grooming"] for c in convs)
    assert sum(1 for c in convs if not any(c["labels"].values())) > 100  # look-alikes outnumber risky ones
    for split in ("dev", "test", "stream", "stream_dev", *VALIDATION_WRITERS, *(f"stream_{v}" for v in VALIDATION_WRITERS)):
        assert not {w.name for w in writers_for(split)} & set(SUPPLEMENT_WRITERS), split


def test_when_generated_twice_with_one_seed_then_identical_and_labels_match_message_tags():
    a = list(generate("train", 60, seed=5))
    b = list(generate("train", 60, seed=5))
    assert a == b
    for conv in a:
        tagged = {c for m in conv["messages"] for c in m.get("labels", {})}
        assert {c for c, v in conv["labels"].items() if v} == tagged
        for c, i in conv["onset"].items():
            assert c in conv["messages"][i].get("labels", {})
            assert not any(c in m.get("labels", {}) for m in conv["messages"][:i])
        assert all("{" not in m["text"] and "@" not in m["text"] for m in conv["messages"]), conv["meta"]["scenario"]


def test_when_splits_are_built_then_look_alikes_outnumber_risky_conversations():
    convs = list(generate("test", 300, seed=1))
    benign = sum(1 for c in convs if not any(c["labels"].values()))
    assert benign > len(convs) - benign


def test_when_the_committed_splits_are_read_then_they_match_the_build_table():
    for name, (split, n, _seed) in SPLITS.items():
        with gzip.open(corpus_dir() / name, "rt", encoding="utf-8") as fh:
            first = json.loads(fh.readline())
            count = 1 + sum(1 for _ in fh)
        assert count == n and first["meta"]["split"] == split and first["meta"]["corpus"] == "v2"


def test_when_a_committed_subset_is_read_then_it_is_exactly_its_filter_of_the_committed_split():
    from convowatch.synthetic.v2.build import SUBSETS, scenario_subset

    for name, (source, names) in SUBSETS.items():
        kept = list(read_corpus(corpus_dir() / name))
        assert kept and kept == list(scenario_subset(read_corpus(corpus_dir() / source), names)), name


def test_when_the_held_out_split_copies_train_then_the_near_duplicate_check_fails_and_the_committed_test_passes():
    train = list(read_corpus(corpus_dir() / "v2_train.jsonl.gz"))[:600]
    dev = list(read_corpus(corpus_dir() / "v2_dev.jsonl.gz"))[:300]  # same writers as train
    test = list(read_corpus(corpus_dir() / "v2_test.jsonl.gz"))[:300]  # other writers
    assert near_report(train, dev, "dev").failed
    rep = near_report(train, test, "test")
    assert not rep.failed and rep.share_near < 0.1
    val = list(read_corpus(corpus_dir() / "v2_val.jsonl.gz"))[:300]  # the validation writer
    rep = near_report(train, val, "val")
    assert not rep.failed and rep.share_near < 0.1
    others = [name for name, (split, _, _) in SPLITS.items() if split in VALIDATION_WRITERS and split != "val"]
    assert others  # the other validation writers, from the split table (a new one comes with it)
    for name in others:
        rep = near_report(train, list(read_corpus(corpus_dir() / name))[:300], name)
        assert not rep.failed and rep.share_near < 0.1, name


def test_when_aspen_is_cut_to_its_bullying_side_then_no_self_harm_training_data_is_left():
    from convowatch.synthetic.v2.build import ASPEN_BULLYING_SIDE, scenario_subset
    from convowatch.synthetic.v2.writers import writers_for

    aspen = {s.name: s for w in writers_for("train_aspen") for s in w.scenarios}
    assert ASPEN_BULLYING_SIDE <= set(aspen)  # a renamed scenario must not silently drop out
    assert {aspen[n].kind for n in ASPEN_BULLYING_SIDE} == {"bullying", "benign"}
    rows = list(generate("train_aspen", 200, seed=808))
    kept = list(scenario_subset(rows, ASPEN_BULLYING_SIDE))
    assert 0 < len(kept) < len(rows)
    assert not any(r["labels"]["self_harm"] for r in kept)
    assert any(r["labels"]["bullying"] for r in kept)
    assert kept == [r for r in rows if r["meta"]["scenario"] in ASPEN_BULLYING_SIDE]


def test_when_the_grooming_supplement_renders_then_it_is_grooming_only_and_its_romance_is_between_minors():
    # juniper (session 19) exists to give grooming's fold heads peer romance they have read:
    # no bullying or self-harm data, look-alikes outnumber risky chats, teen romance is a
    # large share, and a benign romance never pairs a minor with an adult
    assert [w.name for w in writers_for("train_juniper")] == ["juniper"]
    kinds = {s.kind for w in writers_for("train_juniper") for s in w.scenarios}
    assert kinds == {"grooming", "benign"}
    romance = [s for w in writers_for("train_juniper") for s in w.scenarios if s.look == "teen_romance"]
    for sc in romance:
        assert set(sc.roles.values()) <= {"teen", "kid"}, sc.name
    convs = list(generate("train_juniper", 300, seed=909))
    assert not any(c["labels"]["bullying"] or c["labels"]["self_harm"] for c in convs)
    benign = [c for c in convs if not any(c["labels"].values())]
    assert len(benign) > len(convs) - len(benign)
    assert sum(c["meta"]["scenario"] in {sc.name for sc in romance} for c in benign) > len(benign) // 4
    # held-out splits are checked for every supplement writer in the aspen test above
    for split in ("train", "train_aspen"):
        assert "juniper" not in {w.name for w in writers_for(split)}, split


def test_when_the_quiet_bullying_supplement_renders_then_each_quiet_form_has_a_look_alike_and_no_grooming():
    # sorrel (session 21) adds bullying without insult words (exclusion, threats, doxxing,
    # outing): every such form must come with look-alikes, grooming's data stays as it was,
    # self-harm is mostly look-alikes, and no held-out split may draw from it
    sorrel = [s for w in writers_for("train_sorrel") for s in w.scenarios]
    assert {s.kind for s in sorrel} == {"bullying", "self_harm", "bullying+self_harm", "benign"}
    risky_forms = {TAGS[t][1] for s in sorrel if s.kind.startswith("bullying") for t in step_tags(s.steps) if t.startswith("b")}
    assert {"exclusion", "threat", "doxxing", "humiliation", "sexual_harassment", "incite_self_harm"} <= risky_forms
    looks = {s.look for s in sorrel if s.kind == "benign"}
    assert {"family_secret", "gaming_banter", "comment_criticism", "hyperbole", "recovery", "venting"} <= looks
    convs = list(generate("train_sorrel", 300, seed=1010))
    assert not any(c["labels"]["grooming"] for c in convs)
    benign = sum(1 for c in convs if not any(c["labels"].values()))
    only_self_harm = sum(1 for c in convs if c["labels"]["self_harm"] and not c["labels"]["bullying"])
    bullying = sum(1 for c in convs if c["labels"]["bullying"])
    assert benign > len(convs) - benign and bullying > 3 * only_self_harm
    for split in ("train", "dev", "test", "val", "stream", "stream_dev", "stream_val", "train_aspen", "train_juniper"):
        assert "sorrel" not in {w.name for w in writers_for(split)}, split


def _held_out_near_files() -> list[str]:
    """The committed test and validation splits, from the split table (a new validation writer's comes with it)."""
    return [name for name, (split, _, _) in SPLITS.items() if split == "test" or split in VALIDATION_WRITERS]


def _check_twins_supplement(name: str, n: int, seed: int, split: str | None = None) -> tuple[list, list[dict]]:
    """What every look-alike-heavy writer of twins (linden, alder; fern, now ``val4``) must hold:
    all three risks and benign scripts, adult flirting between adults, romance between minors,
    grooming between a groomer and a target, look-alikes outnumbering risk by 1.5 to 1 (in its
    supplement mix), no other held-out split drawing from it, and no other held-out split's risky
    messages near-copies of its own. Returns its scenarios and ``n`` rendered conversations of
    ``split`` (default ``train_<name>``) for the writer's own checks."""
    split = split or f"train_{name}"
    scenarios = [s for w in writers_for(split) for s in w.scenarios]
    assert [w.name for w in writers_for(split)] == [name]
    assert {s.kind for s in scenarios} == {"grooming", "bullying", "self_harm", "bullying+self_harm", "benign"}
    for sc in scenarios:
        if sc.look == "adult_flirt":
            assert set(sc.roles.values()) == {"adult"}, sc.name
        if sc.look == "teen_romance":
            assert set(sc.roles.values()) <= {"teen", "kid"}, sc.name
        if sc.kind == "grooming":
            assert set(sc.roles.values()) == {"groomer", "target"}, sc.name
    convs = list(generate(split, n, seed=seed))
    benign = sum(1 for c in convs if not any(c["labels"].values()))
    assert benign > (1.5 if split.startswith("train") else 1.2) * (len(convs) - benign)
    own = {split, f"stream_{split}"}
    for other in [s for s in SPLIT_WRITERS if not s.startswith("train") and s not in own]:
        assert name not in {w.name for w in writers_for(other)}, other
    for file in _held_out_near_files():
        if SPLITS[file][0] in own:
            continue
        rep = near_report(convs, list(read_corpus(corpus_dir() / file))[:300], file)
        assert not rep.failed and rep.share_near < 0.1, file
    return scenarios, convs


def test_when_the_minimal_pairs_supplement_renders_then_every_risk_has_look_alike_twins_and_no_held_out_split_reads_it():
    # linden (session 27) writes each risky script's surface again without the risk: it must
    # cover all three categories, outnumber them with look-alikes (two in three), keep its
    # adult flirting between adults and its romance between minors, and stay out of every
    # held-out split, whose risky messages must not be near-copies of its own
    linden, convs = _check_twins_supplement("linden", 300, 1515)
    looks = {s.look for s in linden if s.kind == "benign"}
    assert {"adult_flirt", "peer_age", "teen_romance", "family_secret", "gaming_banter", "roast", "hyperbole",
            "recovery", "grief", "dark_humour", "lyrics_quote"} <= looks
    assert all(any(c["labels"][cat] for c in convs) for cat in ("grooming", "bullying", "self_harm"))


def test_when_the_fourth_validation_writer_renders_then_its_goodbyes_without_risk_stay_unlabelled_and_no_one_trains_on_it():
    # fern (written in session 28 as a supplement, val4 since session 29) writes twins on surfaces
    # linden lacks: a goodbye that is a move abroad or a social-media break beside real farewells,
    # a victim quoting insults to a moderator beside the insults themselves. The twins must carry
    # no label, the farewells must; no train split or other held-out split draws from it, and no
    # other held-out split's risky messages are near-copies of its own
    fern, convs = _check_twins_supplement("fern", 400, 1818, split="val4")
    assert "fern" not in SUPPLEMENT_WRITERS and not any(n.startswith("v2_train_fern") for n in SPLITS)
    assert {split for split, names in SPLIT_WRITERS.items() if "fern" in names} == {"val4", "stream_val4"}
    looks = {s.look for s in fern if s.kind == "benign"}
    assert {"farewell_lookalike", "support", "gaming_banter", "adult_flirt", "peer_age", "family_secret",
            "trusted_adult", "recovery", "fiction"} <= looks
    bye = "tell everyone bye from me"
    said_bye = [c for c in convs if any(bye in m["text"].lower() for m in c["messages"])]
    assert {bool(c["labels"]["self_harm"]) for c in said_bye} == {True, False}
    by_name = {s.name: s for s in fern}
    for c in said_bye:
        sc = by_name[c["meta"]["scenario"]]
        assert (sc.kind == "self_harm") == bool(c["labels"]["self_harm"]), sc.name
        assert sc.kind == "self_harm" or sc.look == "farewell_lookalike", sc.name


def test_when_the_grown_ups_supplement_renders_then_most_of_its_bullying_and_self_harm_is_among_adults_and_no_held_out_split_reads_it():
    # alder (session 28) puts the risks where adults talk, because the train writers' people
    # are mostly teenagers and fern's adult self-harm and adult bullying were missed; its
    # grooming comes through hobbies adults share with children
    alder, _ = _check_twins_supplement("alder", 300, 1717)
    minors = {"teen", "kid", "target"}
    risky = [s for s in alder if s.kind in ("bullying", "self_harm")]
    among_adults = [s for s in risky if not set(s.roles.values()) & minors]
    assert len(among_adults) >= len(risky) / 2, [s.name for s in risky]
