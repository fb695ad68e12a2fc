"""The window head as a :class:`~convowatch.nlp.detectors.base.Detector`.

The analyzer hands every wave of windows to :meth:`ModelDetector.detect_many` at
once, so the head runs one batched pass per wave. Each window yields at most one
signal per category (its calibrated probability, when above a small floor so that
reasons stay tidy) and at most one grooming-stage estimate. Signals point at the
current message and carry no span: the evidence is the window, not a phrase.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..categories import BULLYING, CATEGORIES, GROOMING, SELF_HARM, Severity
from ..detectors.base import registry
from ..ood import OodConfig, language_factor, repeat_factor
from ..types import Signal
from ..window import Window
from .features import usable_entries
from .head import STAGE_LABELS, WindowClassifier

#: Severity a model signal carries. Never CRITICAL: immediate escalation is reserved
#: for explicit evidence (rules naming a plan, a farewell or a threat).
MODEL_SEVERITY: dict[str, Severity] = {GROOMING: Severity.HIGH, BULLYING: Severity.MEDIUM, SELF_HARM: Severity.HIGH}

DEFAULT_NAME = "model.minilm-gru.v1"


class ModelDetector:
    """Calibrated window-head probabilities as model signals.

    Args:
        classifier: the trained head with its features and calibration.
        name: versioned detector name, written into every signal.
        floor: probabilities below this emit no signal.
        stage_min: a grooming stage is reported only at this probability or above.
    """

    kind = "model"
    needs_embeddings = True

    def __init__(self, classifier: WindowClassifier, name: str = DEFAULT_NAME, floor: float = 0.05, stage_min: float = 0.5,
                 ood: OodConfig | None = OodConfig(), every_window: bool = False) -> None:
        if not 0.0 <= floor <= 1.0 or not 0.0 <= stage_min <= 1.0:
            raise ValueError(f"floor and stage_min must be in [0, 1], got {floor}, {stage_min}")
        self.classifier = classifier
        self.name = name
        self.floor = floor
        self.stage_min = stage_min
        self.ood = ood
        #: emit every category of every window, with the current message's lexical
        #: probability as evidence: what a learned conversation decision reads
        self.every_window = every_window
        #: the encoder its head was trained on (set by ``load_model_bundle``), so an
        #: analyzer built from a detector list gets the right one
        self.encoder: Any = None
        self.bundle_config: dict[str, Any] | None = None

    def guard(self, window: Window) -> float:
        """The out-of-distribution factor for the current message (1.0: judge it as is)."""
        if self.ood is None:
            return 1.0
        cur = window.current
        return min(language_factor(cur.message.text, self.ood),
                   repeat_factor(cur.embedding, [e.embedding for e in window.entries[:-1]], self.ood))

    def detect(self, window: Window) -> list[Signal]:
        return self.detect_many([window])[0]

    def detect_many(self, windows: Sequence[Window]) -> list[list[Signal]]:
        """One list of signals per window, same order; one batched head pass."""
        if not windows:
            return []
        probs, stages, current_lexical = self.classifier.predict_detailed(windows)
        lexical = current_lexical if self.every_window else None
        wlex = self.classifier.window_lexical_probabilities(windows) if self.every_window else None
        # not scaled by the out-of-distribution factor: the decision was fitted on the
        # channel's raw probabilities, and a running mean cannot grow with repetition
        ctx = self.classifier.context_lexical_probabilities(windows) if self.every_window else None
        out: list[list[Signal]] = []
        for i, (w, p, s) in enumerate(zip(windows, probs, stages)):
            mid = w.current.message.message_id
            factor = self.guard(w)
            p = p * factor
            read = usable_entries(w, self.classifier.spec)
            seen = {"window_from": read[0].message.message_id, "window_size": len(read)}  # the messages it read
            sigs = [
                Signal(category=c, subtype=None, source="model", detector=self.name, score=_unit(p[j]),
                       message_id=mid, severity=MODEL_SEVERITY[c],
                       evidence=seen if lexical is None else {
                           "lexical": _unit(lexical[i][j] * factor),
                           **({} if wlex is None else {"window_lexical": _unit(wlex[i][j])}),
                           **({} if ctx is None else {"context_lexical": _unit(ctx[i][j])}), **seen})
                for j, c in enumerate(CATEGORIES)
                if self.every_window or p[j] >= self.floor
            ]
            if factor < 1.0:
                out.append(sigs)
                continue  # no stage estimate from input the model cannot judge
            k = int(s.argmax())
            if k > 0 and s[k] >= self.stage_min:
                sigs.append(Signal(category=GROOMING, subtype=STAGE_LABELS[k], source="model", detector=self.name,
                                   score=_unit(s[k]), message_id=mid, severity=MODEL_SEVERITY[GROOMING], evidence=seen))
            out.append(sigs)
        return out


def _unit(x: float) -> float:
    return round(min(1.0, max(0.0, float(x))), 6)


@registry.register(DEFAULT_NAME)
def _create(path: str | None = None, int8: bool = False, backend: str | None = None, batch_size: int = 128,
            encoder: Any = None) -> ModelDetector:
    """Registry factory: the detector of a saved model folder (default: the shipped one),
    with the encoder it was trained on (``detector.encoder``) and its config (``detector.bundle_config``)."""
    from pathlib import Path

    from .bundle import load_model_bundle

    bundle = load_model_bundle(Path(path) if path else None, int8=int8, backend=backend, batch_size=batch_size,
                               encoder=encoder)
    if bundle is None:
        raise FileNotFoundError("no default model weights ship with this build")
    return bundle.detector
