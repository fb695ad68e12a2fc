"""Fusion: accumulation, decay, repeat discount, hysteresis, escalation, idempotency."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from convowatch.nlp.categories import Severity
from convowatch.nlp.fusion import Fusion, FusionConfig, Thresholds
from convowatch.nlp.types import Signal

T0 = datetime(2026, 5, 1, 18, 0, tzinfo=timezone.utc)


def rule(cat: str, rid: str, w: float, mid: str, sev: Severity = Severity.MEDIUM, subtype: str | None = None) -> Signal:
    return Signal(category=cat, subtype=subtype, source="rule", detector=rid, score=w, message_id=mid, severity=sev)


def run(fusion: Fusion, steps: list[list[Signal]], gap_s: float = 30.0):
    state = None
    out = []
    for i, sigs in enumerate(steps):
        state, a = fusion.update(state, "c1", f"m{i}", T0 + timedelta(seconds=gap_s * i), sigs)
        out.append(a)
    return state, out


def test_when_one_weak_signal_then_not_flagged_but_two_strong_ones_flag():
    th = Thresholds(0.7, 0.45)
    fusion = Fusion(FusionConfig(thresholds={"grooming": th, "bullying": th, "self_harm": th}))
    _, out = run(fusion, [[rule("grooming", "g.a", 0.5, "m0")], [], [rule("grooming", "g.b", 0.8, "m2")]])
    assert out[0].flagged == ()
    assert out[2].flagged == ("grooming",)
    assert out[2].newly_flagged == ("grooming",)
    assert out[1].scores["grooming"] < out[0].scores["grooming"]  # decay between messages


@pytest.mark.parametrize(
    "times,expect_flag",
    [
        (1, False),  # a single firing of a 0.6 rule stays below 0.7
        (4, False),  # the same rule repeated adds 0.6, 0.3, 0.15, 0.075: ~0.74 raw but decays
        (2, False),  # twice: 0.9 evidence -> 0.59
    ],
)
def test_when_the_same_rule_repeats_then_its_contribution_shrinks(times, expect_flag):
    th = Thresholds(0.7, 0.45)
    fusion = Fusion(FusionConfig(thresholds={"grooming": th, "bullying": th, "self_harm": th}))
    _, out = run(fusion, [[rule("bullying", "b.x", 0.6, f"m{i}")] for i in range(times)])
    assert ("bullying" in out[-1].flagged) is expect_flag
    # what each firing added when it arrived: the repeat discount halves it every time
    added = [next(r.contribution for r in a.reasons if r.signal.message_id == f"m{i}") for i, a in enumerate(out)]
    assert all(later < earlier * 0.6 for earlier, later in zip(added, added[1:])), added
    assert added[0] == pytest.approx(0.6, abs=0.01)


def test_when_score_falls_between_thresholds_then_flag_holds_until_below_off():
    cfg = FusionConfig(half_life_messages=2.0, thresholds={"grooming": Thresholds(0.7, 0.3), "bullying": Thresholds(0.7, 0.3), "self_harm": Thresholds(0.7, 0.3)})
    _, out = run(Fusion(cfg), [[rule("grooming", "g.a", 0.9, "m0"), rule("grooming", "g.b", 0.9, "m0")]] + [[] for _ in range(8)])
    flags = ["grooming" in a.flagged for a in out]
    scores = [a.scores["grooming"] for a in out]
    first_below_on = next(i for i, s in enumerate(scores) if s < 0.7)
    assert flags[first_below_on]  # hysteresis: still flagged between off and on
    cleared = next(i for i, f in enumerate(flags) if not f)
    assert scores[cleared] < 0.3 and scores[cleared - 1] >= 0.3


def test_when_critical_signal_then_flagged_immediately_with_critical_urgency():
    _, out = run(Fusion(), [[rule("self_harm", "s.farewell", 0.3, "m0", Severity.CRITICAL, "farewell")]])
    assert out[0].flagged == ("self_harm",)
    assert out[0].urgency == Severity.CRITICAL
    assert out[0].scores["self_harm"] < 0.6  # the score stays honest; the flag is the escalation


def test_when_time_passes_then_evidence_decays():
    cfg = FusionConfig(half_life_s=3600.0)
    fusion = Fusion(cfg)
    st, a0 = fusion.update(None, "c1", "m0", T0, [rule("grooming", "g.a", 0.5, "m0")])
    _, a1 = fusion.update(st, "c1", "m1", T0 + timedelta(hours=1), [])
    ev0 = -__import__("math").log(1 - a0.scores["grooming"])
    ev1 = -__import__("math").log(1 - a1.scores["grooming"])
    assert ev1 == pytest.approx(ev0 * 0.5 * 0.5 ** (1 / cfg.half_life_messages), rel=1e-6)


def test_when_grooming_stages_accumulate_then_most_advanced_stage_is_reported():
    _, out = run(
        Fusion(),
        [
            [rule("grooming", "g.r", 0.3, "m0", subtype="rapport")],
            [rule("grooming", "g.s", 0.5, "m1", subtype="isolation_secrecy")],
            [rule("grooming", "g.p", 0.2, "m2", subtype="personal_info")],
        ],
    )
    assert [a.stage for a in out] == ["rapport", "isolation_secrecy", "isolation_secrecy"]


def test_when_model_and_rules_both_fire_then_noisy_or_exceeds_each():
    fusion = Fusion()
    model = Signal("bullying", None, "model", "model.t", 0.5, "m0")
    _, a_both = fusion.update(None, "c", "m0", T0, [rule("bullying", "b.x", 0.5, "m0"), model])
    _, a_model = fusion.update(None, "c", "m0", T0, [model])
    _, a_rule = fusion.update(None, "c", "m0", T0, [rule("bullying", "b.x", 0.5, "m0")])
    assert a_both.scores["bullying"] > max(a_model.scores["bullying"], a_rule.scores["bullying"])
    assert a_model.scores["bullying"] == pytest.approx(0.5)


def test_when_reasons_are_built_then_they_explain_with_ids_and_spans_only():
    sig = Signal("grooming", "isolation_secrecy", "rule", "grooming.isolation_secrecy.x", 0.6, "m0", Severity.HIGH, (3, 9))
    _, a = Fusion().update(None, "c", "m0", T0, [sig])
    d = a.to_dict()
    assert d["reasons"][0]["detector"] == "grooming.isolation_secrecy.x"
    assert d["reasons"][0]["span"] == [3, 9]
    assert set(d) >= {"conversation_id", "message_id", "scores", "flagged", "stage", "reasons"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"half_life_messages": 0},  # must be positive
        {"repeat_discount": 1.5},  # a discount above 1 would amplify repeats
        {"model_weight": -0.1},
        {"thresholds": {"grooming": Thresholds(0.7, 0.5)}},  # categories missing
    ],
)
def test_when_fusion_config_is_invalid_then_it_is_refused(kwargs):
    with pytest.raises(ValueError):
        FusionConfig(**kwargs)


def test_when_thresholds_are_inverted_then_refused():
    with pytest.raises(ValueError):
        Thresholds(on=0.4, off=0.6)


def test_when_thresholds_come_from_a_bundle_dict_then_missing_categories_keep_defaults():
    from convowatch.nlp.fusion import thresholds_from_dict

    th = thresholds_from_dict({"bullying": {"on": 0.9, "off": 0.5}})
    assert th["bullying"] == Thresholds(0.9, 0.5)
    assert th["grooming"] == FusionConfig().thresholds["grooming"]
    with pytest.raises(ValueError):
        thresholds_from_dict({"spam": {"on": 0.5, "off": 0.2}})


def test_when_model_mode_is_ema_then_one_confident_window_weighs_less_than_a_run():
    cfg = FusionConfig(model_mode="ema", model_half_life_messages=3.0)
    fusion = Fusion(cfg)
    spike = [[Signal("grooming", None, "model", "m", 0.9, "m0")]] + [[] for _ in range(3)]
    run_ = [[Signal("grooming", None, "model", "m", 0.9, f"m{i}")] for i in range(4)]
    _, a_spike = run(fusion, spike)
    _, a_run = run(fusion, run_)
    assert a_spike[-1].scores["grooming"] < a_run[-1].scores["grooming"]
    assert a_run[-1].scores["grooming"] < 0.9  # an average never exceeds its inputs
    with pytest.raises(ValueError):
        FusionConfig(model_mode="mean")


def test_when_a_rule_repeats_and_time_passes_then_each_reason_says_its_discount_and_decay():
    cfg = FusionConfig(half_life_s=3600.0)
    fusion = Fusion(cfg)
    _, out = run(fusion, [[rule("grooming", "g.a", 0.6, "m0")], [rule("grooming", "g.a", 0.6, "m1")], []], gap_s=1800.0)
    by_message = {r.signal.message_id: r for r in out[-1].reasons}
    first, second = by_message["m0"], by_message["m1"]
    assert first.discount == 1.0 and second.discount == pytest.approx(cfg.repeat_discount)
    assert first.decay < second.decay < 1.0  # the older one has decayed more
    for r in (first, second):  # the parts multiply to what it still contributes
        assert r.contribution == pytest.approx(r.signal.score * r.discount * r.decay)
        d = r.to_dict()
        assert d["repeat_discount"] == round(r.discount, 4) and d["decay"] == round(r.decay, 4)


def test_when_a_version_2_state_holds_reason_pairs_then_they_read_as_undiscounted_and_undecayed():
    state, _ = run(Fusion(), [[rule("grooming", "g.a", 0.9, "m0", Severity.HIGH)]])
    state = {**state, "v": 2, "reasons": {c: [r[:2] for r in rs] for c, rs in state["reasons"].items()}}
    _, a = Fusion().update(state, "c1", "m1", T0, [])
    (r,) = [r for r in a.reasons if r.signal.detector == "g.a"]
    assert r.discount == 1.0 and r.decay == 1.0 and r.added is None
