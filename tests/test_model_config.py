"""The model folder's config.json is one typed, versioned document (issue 9, #3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convowatch.nlp.model.bundle import default_model_dir
from convowatch.nlp.model.config import ModelConfig

SHIPPED = default_model_dir() / "config.json"


def test_when_the_shipped_config_is_loaded_and_saved_then_nothing_changes(tmp_path: Path) -> None:
    cfg = ModelConfig.load(SHIPPED)
    assert cfg.encoder.dim == 384 and cfg.encoder_backend == "onnx-int8" and cfg.head.type == "gru"
    cfg.save(tmp_path / "config.json")
    assert json.loads((tmp_path / "config.json").read_text()) == json.loads(SHIPPED.read_text())


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(format_version=2), "format_version: format_version 2; this convowatch reads 1"),
        (lambda d: d["encoder"].update(dim="wide"), "encoder.dim:"),
        (lambda d: d.update(encoder_backnd="onnx"), "encoder_backnd: Extra inputs are not permitted"),  # a typo
        (lambda d: d.update(encoder_backend="gpu"), "encoder_backend:"),
        (lambda d: d["calibration"].pop("temperatures"), "calibration.temperatures: Field required"),
    ],
    ids=["version", "dim", "typo", "backend", "missing"],
)
def test_when_a_config_is_wrong_then_loading_names_the_field(tmp_path: Path, change, message: str) -> None:
    data = json.loads(SHIPPED.read_text())
    change(data)
    path = tmp_path / "config.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ModelConfig.load(path)


def test_when_tune_writes_an_operating_point_then_the_config_still_loads(tmp_path: Path) -> None:
    data = json.loads(SHIPPED.read_text())
    cfg = ModelConfig.model_validate(data | {"fusion": {"thresholds": {"grooming": {"on": 0.6, "off": 0.4}}, "model_mode": "ema"}})
    cfg.save(tmp_path / "config.json")
    again = ModelConfig.load(tmp_path / "config.json")
    assert again.fusion is not None and again.fusion.thresholds["grooming"]["on"] == 0.6
    assert again.to_dict()["fusion"]["model_mode"] == "ema"  # extra fields of a section are kept


@pytest.mark.parametrize("members", [0, 1, -2])
def test_when_a_folder_names_fewer_than_two_ensemble_members_then_its_head_spec_is_refused(members):
    from pydantic import ValidationError

    from convowatch.nlp.model.config import HeadSpec

    with pytest.raises(ValidationError, match="members"):
        HeadSpec(hidden=8, members=members)
    assert HeadSpec(hidden=8).members is None and HeadSpec(hidden=8, members=2).members == 2
