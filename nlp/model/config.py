"""The model folder's ``config.json`` as one typed, versioned document.

Written by training (``train.py`` through :func:`~.bundle.save_model`), extended by
``convowatch tune --write`` (the fused operating points), read by the bundle loader
and the analyzer. Every writer goes through :class:`ModelConfig`, so a config that
would not load is never written, and a reader gets a named error (``encoder.dim:
...``) instead of a ``KeyError`` deep in the loader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..decision import DecisionModel
from ..errors import field_path
from ..rules.reliability import RuleReliability

#: Bump when a field changes meaning; :meth:`ModelConfig.load` refuses other versions.
FORMAT_VERSION = 1


class TunedLayers(BaseModel):
    """The encoder's top layers tuned on the train split (:mod:`.encoder_tuning`), shipped in the folder."""

    model_config = ConfigDict(extra="forbid")

    file: str = Field(min_length=1)
    sha256: str = Field(min_length=64, max_length=64)
    tuning: dict[str, Any] = Field(default_factory=dict)
    #: whether each fold head of the decision had its own tuning without its writer
    #: (False: the folds reuse this one, which saw every train writer's messages)
    per_fold: bool = False
    #: the corpus files the tuning read, or "train files"
    tuned_on: list[str] | str = "train files"


class EncoderSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    dim: int = Field(gt=0)
    max_length: int = Field(default=128, ge=2)
    #: None: the encoder named by ``id`` as it is (frozen)
    tuned: TunedLayers | None = None


class HeadSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["gru"] = "gru"
    hidden: int = Field(gt=0)
    dropout: float = Field(default=0.0, ge=0.0, lt=1.0)
    #: heads trained from seeds seed, seed + 1, ..., their logits averaged (:class:`.head.HeadEnsemble`);
    #: None: one head (and the key stays out of the file, so one-head folders keep their bytes)
    members: int | None = Field(default=None, ge=2)


class Calibration(BaseModel):
    """Per-category temperatures and logit shifts (and how they were chosen)."""

    model_config = ConfigDict(extra="allow")

    method: str = "temperature"
    temperatures: dict[str, float]
    shifts: dict[str, float] = Field(default_factory=dict)


class FusionSection(BaseModel):
    """An operating point chosen by ``convowatch tune`` (fused, or model only)."""

    model_config = ConfigDict(extra="allow")

    thresholds: dict[str, dict[str, Any]]


class ModelConfig(BaseModel):
    """``config.json`` of a model folder."""

    model_config = ConfigDict(extra="forbid")

    format_version: int = FORMAT_VERSION
    name: str = Field(min_length=1)
    created: str | None = None
    categories: list[str]
    stages: list[str]
    encoder: EncoderSpec
    encoder_backend: Literal["torch", "torch-int8", "onnx", "onnx-int8"] | None = None
    head: HeadSpec
    features: dict[str, Any]
    calibration: Calibration
    thresholds: dict[str, dict[str, Any]] = Field(default_factory=dict)
    emit_floor: float = Field(default=0.05, ge=0.0, le=1.0)
    stage_min: float = Field(default=0.5, ge=0.0, le=1.0)
    training: dict[str, Any] = Field(default_factory=dict)
    fusion: FusionSection | None = None
    fusion_model_only: FusionSection | None = None
    #: the learned conversation decision (:mod:`convowatch.nlp.decision`); absent in
    #: folders trained before it, which keep fusion's noisy-OR
    decision: DecisionModel | None = None
    #: per-rule multipliers fitted on the writers no rule was written against
    #: (:mod:`convowatch.nlp.rules.reliability`); absent: every rule counts in full
    rule_reliability: RuleReliability | None = None

    @field_validator("format_version")
    @classmethod
    def _version(cls, v: int) -> int:
        if v != FORMAT_VERSION:
            raise ValueError(f"format_version {v}; this convowatch reads {FORMAT_VERSION}")
        return v

    @classmethod
    def load(cls, path: Path) -> "ModelConfig":
        """Read and validate ``path``.

        Raises:
            ValueError: ``<file>: <field>: <problem>`` for the first problems found.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON (line {exc.lineno})") from None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(f"{field_path(e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
                                 for e in exc.errors()[:5])
            raise ValueError(f"{path}: {problems}") from None

    def save(self, path: Path) -> None:
        """Write as sorted, indented JSON (diff-friendly), without unset optional sections."""
        path.write_text(json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8")

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)
