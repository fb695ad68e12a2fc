"""Detectors composed by name through the registry (:data:`~convowatch.nlp.detectors.base.registry`).

Every detector of an analyzer is one entry of a list: a registered, versioned name
with its options (``rules.v1``, ``model.minilm-gru.v1``, ``participants.age-cues.v1``,
``participants.life-stage.v1``, ``media.pdq.v1``, ...). :meth:`convowatch.nlp.analyzer.Analyzer.from_specs` builds an
analyzer from such a list (:func:`convowatch.nlp.analyzer.default_specs` is the
default one: rules, then the shipped model), and a deployment adds to it (the
service's ``CONVOWATCH_DETECTORS``, e.g. ``["media.pdq.v1"]``). Objects only the
running process has (a bank provider, a metrics callback) are handed to the factories
that ask for them. An unknown name or option fails when the pipeline is built, naming
it, never at the first message. A detector declares what it needs: its pipeline stage
(``stage``: the rules run on each message before its window entry is final and
annotate it), embeddings (``needs_embeddings``; the model detector brings the encoder
it was trained on).
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .detectors.base import Detector, registry


class DetectorSpec(BaseModel):
    """One detector of a pipeline: its registered name and the options its factory takes."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="registered, versioned name, e.g. media.pdq.v1")
    options: dict[str, Any] = Field(default_factory=dict, description="keyword options of the detector's factory")


#: Modules whose import registers the built-in detectors, cheapest first (the model's
#: pulls in torch, so it is imported only when a name is still unknown).
BUILTIN_MODULES: tuple[str, ...] = (".age_cues", ".life_stage", ".detectors.media", ".rules.engine", ".model.detector")


def ensure_registered(name: str) -> bool:
    """Whether ``name`` is registered, importing the built-in detector modules as needed."""
    for module in BUILTIN_MODULES:
        if name in registry.names():
            return True
        importlib.import_module(module, __package__)
    return name in registry.names()


def check_spec(spec: DetectorSpec) -> inspect.Signature:
    """The factory signature of a valid spec: a registered name, and options the factory takes.

    The one check behind :func:`build_detectors` and the service's ``CONVOWATCH_DETECTORS``
    validation, so a typo stops start-up before any runtime object exists.

    Raises:
        ValueError: naming the detector and what is wrong with it.
    """
    if not ensure_registered(spec.name):
        raise ValueError(f"unknown detector {spec.name!r}; registered: {', '.join(registry.names())}")
    signature = inspect.signature(registry.factory(spec.name))
    params = signature.parameters
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        unknown = sorted(set(spec.options) - set(params))
        if unknown:
            raise ValueError(f"detector {spec.name!r} takes no option {', '.join(unknown)}; it takes {', '.join(params)}")
    return signature


def build_detectors(specs: Sequence[DetectorSpec], **runtime: Any) -> list[Detector]:
    """Create each spec's detector through the registry, in order.

    Args:
        specs: what to build.
        runtime: process objects offered to every factory; a factory receives those its
            signature names (or all, when it takes ``**kwargs``). A spec's options win.

    Raises:
        ValueError: naming the detector, for an unknown name or options its factory refuses
            (a wrong option name, or a value the detector rejects).
    """
    out: list[Detector] = []
    for spec in specs:
        params = check_spec(spec).parameters
        takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
        offered = {k: v for k, v in runtime.items() if takes_any or k in params}
        try:
            out.append(registry.create(spec.name, **(offered | spec.options)))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"detector {spec.name!r}: {exc}") from None
    return out
