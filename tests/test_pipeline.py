"""Detectors composed by name through the registry: the service's CONVOWATCH_DETECTORS."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from convowatch.nlp.media.banks import HashBanks
from convowatch.nlp.pipeline import DetectorSpec, build_detectors

from service_fixtures import make_client, settings


def test_when_specs_name_registered_detectors_then_they_are_built_with_the_runtime_objects_they_ask_for():
    calls = []
    built = build_detectors([DetectorSpec(name="media.pdq.v1", options={"min_quality": 70}),
                             DetectorSpec(name="participants.age-cues.v1")],
                            banks=HashBanks(), on_match=calls.append, unrelated=object())
    assert [d.name for d in built] == ["media.pdq.v1", "participants.age-cues.v1"]
    assert built[0].min_quality == 70 and built[0].on_match == calls.append  # options win; runtime objects offered


@pytest.mark.parametrize("spec,needle", [
    (DetectorSpec(name="media.pdq.v2"), "unknown detector 'media.pdq.v2'"),
    (DetectorSpec(name="media.pdq.v1", options={"min_qualty": 70}), "detector 'media.pdq.v1' takes no option min_qualty"),
    (DetectorSpec(name="media.pdq.v1", options={"min_quality": 500}), "detector 'media.pdq.v1': min_quality must be"),
    (DetectorSpec(name="media.pdq.v1", options={"min_quality": "50"}), "detector 'media.pdq.v1': min_quality must be"),
    (DetectorSpec(name="media.pdq.v1", options={"banks": "banks.json"}), "detector 'media.pdq.v1': banks must be"),
])
def test_when_a_spec_is_wrong_then_building_names_the_detector(spec, needle):
    with pytest.raises(ValueError, match=needle.replace("(", r"\(")):
        build_detectors([spec], banks=HashBanks())


@pytest.mark.parametrize("spec,needle", [
    ({"name": "media.pdq"}, "unknown detector 'media.pdq'"),
    ({"name": "media.pdq.v1", "options": {"min_qualty": 70}}, "takes no option min_qualty"),
])
def test_when_the_detectors_setting_is_wrong_then_start_up_stops_naming_the_setting(spec, needle):
    with pytest.raises(ValidationError) as exc:
        settings(detectors=[spec])
    assert exc.value.errors()[0]["loc"][0] == "detectors"
    assert needle in str(exc.value)


def test_when_the_service_starts_then_its_extra_detectors_come_from_the_setting():
    with make_client("memory") as c:
        assert [d.name for d in c.app.state.services.analyzer.detectors][-1] == "media.pdq.v1"  # the default
    with make_client("memory", detectors=[]) as c:
        assert "media.pdq.v1" not in [d.name for d in c.app.state.services.analyzer.detectors]  # known media off


def test_when_an_analyzer_is_composed_from_a_list_then_every_detector_comes_through_the_registry():
    from convowatch.nlp.analyzer import MODEL_DETECTOR, RULES_DETECTOR, Analyzer, default_specs
    from convowatch.nlp.model.detector import DEFAULT_NAME

    assert MODEL_DETECTOR == DEFAULT_NAME  # the analyzer's name for the window model is the registered one
    specs = default_specs(model=None)
    assert [s.name for s in specs] == [RULES_DETECTOR]
    rules_and_ages = Analyzer.from_specs([*specs, {"name": "participants.age-cues.v1"}])
    assert [d.name for d in rules_and_ages.detectors] == ["rules.v1", "participants.age-cues.v1"]
    assert rules_and_ages.rules is rules_and_ages.detectors[0] and rules_and_ages.encoder is None
    # the ablation without rules is the same list without rules.v1
    no_rules = Analyzer.from_specs([{"name": "participants.age-cues.v1"}])
    assert no_rules.rules is None and [d.name for d in no_rules.detectors] == ["participants.age-cues.v1"]
    with pytest.raises(ValueError, match="unknown detector"):
        Analyzer.from_specs([{"name": "rules.v9"}])


def test_when_the_shipped_model_is_listed_then_it_brings_its_encoder_its_decision_and_the_age_detector():
    from convowatch.nlp.analyzer import Analyzer, default_specs

    specs = default_specs()  # the rules and the shipped model
    analyzer = Analyzer.from_specs(specs)
    names = [d.name for d in analyzer.detectors]
    assert names[0] == "rules.v1" and "model.minilm-gru.v1" in names
    assert analyzer.encoder is not None and analyzer.bundle_config is not None
    if analyzer.config.fusion.decision is not None:  # the shipped folder has a learned decision
        assert names[-1] == "participants.age-cues.v1"
