"""The transformer half of the analyzer: encoder, window head, detector, training.

``load_model_bundle(None)`` loads the shipped default (or returns None when no weights
ship), ``load_model_bundle(path)`` a trained model folder. Importing this package is
cheap; torch and transformers load with the first model.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .bundle import ModelBundle


def load_model_bundle(path: Path | None = None, **kwargs: Any) -> "ModelBundle | None":
    """See :func:`convowatch.nlp.model.bundle.load_model_bundle`."""
    from .bundle import load_model_bundle as _load

    return _load(path, **kwargs)


__all__ = ["load_model_bundle"]
