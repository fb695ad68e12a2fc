"""The streaming conversation analyzer: messages in, assessments out.

``Analyzer.process(message)`` handles one message exactly as the service does:
normalise it, run the rule engine on its window, encode it once (if a model is
configured), run the model head on the window, fold the signals into the
conversation's fused risk and store the updated window and state.
``process_many`` does the same for a batch: all new texts are encoded in one encoder
call and the model head runs once per "wave" (the k-th message of every conversation
in the batch), while messages of one conversation still go strictly in order.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence, runtime_checkable

import numpy as np

from .detectors.base import Detector, stage_of
from .fusion import Fusion, FusionConfig, empty_state
from .normalize import NormalizedText, normalize
from .snapshot import Change, Outcome, Snapshot
from .store import MemoryWindowStore, WindowStore, store_change
from .types import MAX_TEXT_CHARS, Assessment, ConversationRisk, Message, Signal
from .window import Window, WindowConfig, WindowEntry, compact_embedding


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into fixed-size embeddings (implemented in ``convowatch.nlp.model``)."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings, ``[len(texts), dim]`` float32."""
        ...


@dataclass(frozen=True)
class AnalyzerConfig:
    """Library-level settings of the analyzer (the service maps its env settings onto these)."""

    window: WindowConfig = field(default_factory=WindowConfig)
    fusion: FusionConfig = field(default_factory=FusionConfig)
    max_text_chars: int = MAX_TEXT_CHARS
    #: how window entries keep embeddings (``nlp.window.EMBEDDING_FORMATS``): int8 is 4x
    #: smaller in Redis; float32 is the reference the quality checks compare against
    embedding_format: str = "int8"


def prepare_text(text: str, config: AnalyzerConfig) -> NormalizedText:
    """What the rules and the encoder see of a message: its normalised first ``max_text_chars``.

    Training builds its inputs with this too, so training and inference cannot drift apart.
    """
    return normalize(text[: config.max_text_chars])


class Analyzer:
    """Per-conversation streaming risk analysis.

    Args:
        rules: the rule engine, or None for model-only analysis; shorthand for putting
            it first in ``detectors`` (it is a message-stage detector, ``rules.v1``).
        detectors: every detector, each built through the registry
            (:mod:`convowatch.nlp.pipeline`). Message-stage detectors (``stage =
            "message"``: the rules) see each message before its window entry is final
            and annotate it; window-stage detectors (the window model, stated ages,
            known media) then see the wave's windows. One with ``needs_embeddings``
            requires an encoder: ``encoder``, or the one it brings (``.encoder``).
        encoder: encodes each message once; embeddings travel with the window.
        store: where :meth:`process_many` keeps windows and fusion state (default: in
            memory); :meth:`assess` touches no store.
        config: window, fusion and input limits.
    """

    def __init__(
        self,
        rules: Any | None = None,
        detectors: Sequence[Detector] = (),
        encoder: Encoder | None = None,
        store: WindowStore | None = None,
        config: AnalyzerConfig | None = None,
    ) -> None:
        self.config = config or AnalyzerConfig()
        self.detectors: tuple[Detector, ...] = tuple(([rules] if rules is not None else []) + list(detectors))
        needs = [d for d in self.detectors if getattr(d, "needs_embeddings", False)]
        if encoder is None:
            encoder = next((getattr(d, "encoder") for d in needs if getattr(d, "encoder", None) is not None), None)
        if needs and encoder is None:
            raise ValueError("a detector needs embeddings but no encoder was given")
        self.encoder = encoder
        self.store: WindowStore = store if store is not None else MemoryWindowStore()
        self.fusion = Fusion(self.config.fusion)
        self.bundle_config: dict[str, Any] | None = None  # the model folder's config.json, when loaded by default()
        self._lock = threading.Lock()

    # -- construction ----------------------------------------------------
    @classmethod
    def default(
        cls,
        *,
        rules_dir: str | Path | None = None,
        use_rules: bool = True,
        model: str | Path | None = "default",
        store: WindowStore | None = None,
        config: AnalyzerConfig | None = None,
        int8: bool = False,
        bundle_fusion: bool = True,
        backend: str | None = None,
    ) -> "Analyzer":
        """The analyzer on embedded defaults: bundled rules, bundled model (if shipped).

        Args:
            rules_dir: a rule pack folder instead of the bundled packs.
            use_rules: False for model-only analysis (ablations).
            model: ``"default"`` for the bundled weights (skipped when none ship yet),
                a model folder, or None for rules only.
            int8: run the encoder with dynamic int8 quantisation (faster on CPU; measure
                its quality with ``convowatch eval --int8``).
            backend: encoder backend (``torch``, ``torch-int8``, ``onnx``, ``onnx-int8``);
                None: the one the model folder records.
            bundle_fusion: apply the operating point the model folder recommends (see
                :func:`config_for_bundle`); False keeps ``config`` as given, as when
                choosing a new operating point.
        """
        config = config or AnalyzerConfig()
        specs = default_specs(rules_dir=rules_dir, use_rules=use_rules, model=model, int8=int8, backend=backend,
                              max_chars=config.max_text_chars)
        return cls.from_specs(specs, store=store, config=config, bundle_fusion=bundle_fusion)

    @classmethod
    def from_specs(
        cls,
        specs: Sequence[Any],
        *,
        store: WindowStore | None = None,
        config: AnalyzerConfig | None = None,
        bundle_fusion: bool = True,
        **runtime: Any,
    ) -> "Analyzer":
        """An analyzer composed from a detector list (``nlp.pipeline.DetectorSpec``), in order.

        Every detector comes through the registry; a model detector brings its encoder
        and its folder's config, whose learned decision (and, with ``bundle_fusion``,
        recommended operating point) is applied; a decision reads stated ages, so the
        age-cue detector is added when the list lacks it (and the life-stage detector
        when the decision reads :data:`~convowatch.nlp.decision.STAGE_FEATURES`).
        Ablations are lists: the same specs without ``rules.v1``, or without the model.

        Args:
            runtime: process objects offered to the factories that ask (see
                :func:`~convowatch.nlp.pipeline.build_detectors`).
        """
        from .age_cues import NAME as AGE_CUES
        from .decision import STAGE_FEATURES
        from .life_stage import NAME as LIFE_STAGE
        from .pipeline import DetectorSpec, build_detectors

        config = config or AnalyzerConfig()
        specs = [s if isinstance(s, DetectorSpec) else DetectorSpec.model_validate(s) for s in specs]
        detectors = build_detectors(specs, **runtime)
        model = next((d for d in detectors if getattr(d, "bundle_config", None) is not None), None)
        bundle_config: dict[str, Any] | None = model.bundle_config if model is not None else None
        if bundle_config is not None:
            config = apply_decision(config, bundle_config)
            if config.fusion.decision is not None and not any(s.name == AGE_CUES for s in specs):
                detectors.extend(build_detectors([DetectorSpec(name=AGE_CUES)]))  # the decision reads who stated which age
            if (config.fusion.decision is not None and set(config.fusion.decision.features) & set(STAGE_FEATURES)
                    and not any(s.name == LIFE_STAGE for s in specs)):
                detectors.extend(build_detectors([DetectorSpec(name=LIFE_STAGE)]))  # and who implied which life stage
            if bundle_fusion:
                use_rules = any(s.name == RULES_DETECTOR for s in specs)
                config = config_for_bundle(config, bundle_config, use_rules)
        analyzer = cls(detectors=detectors, store=store, config=config)
        analyzer.bundle_config = bundle_config
        return analyzer

    @property
    def rules(self) -> Any | None:
        """The rule engine in the pipeline (the first message-stage rule detector), if any."""
        return next((d for d in self.detectors if stage_of(d) == "message" and d.kind == "rule"), None)

    @property
    def other_detectors(self) -> tuple[Detector, ...]:
        """Every detector but the rule engine: the model-only arm of an ablation."""
        rules = self.rules
        return tuple(d for d in self.detectors if d is not rules)

    def swap_rules(self, engine: Any) -> None:
        """Replace the rule engine atomically (hot reload); in-flight batches finish on the old one."""
        with self._lock:
            old = self.rules
            if old is None:
                self.detectors = (engine, *self.detectors)
            else:
                self.detectors = tuple(engine if d is old else d for d in self.detectors)

    # -- processing ------------------------------------------------------
    def process(self, message: Message) -> Assessment:
        """Assess one message in the context of its conversation."""
        return self.process_many([message])[0]

    def process_many(self, messages: Sequence[Message]) -> list[Assessment]:
        """Assess a batch against ``self.store`` and write the result back; input order.

        The library's convenience around :meth:`assess`: read each conversation's
        snapshot from the store, assess, store the changes. (The service does not use
        it: it loads and commits itself, with compare-and-set.)
        """
        messages = list(messages)
        cids = list(dict.fromkeys(m.conversation_id for m in messages))
        snaps = {cid: Snapshot(tuple(self.store.window(cid)), self.store.get_state(cid)) for cid in cids}
        outcome = self.assess(messages, snaps)
        for cid, change in outcome.changes.items():
            store_change(self.store, cid, change.appended, change.state, self.config.window)
        return outcome.assessments

    def assess(self, messages: Sequence[Message], snapshots: Mapping[str, Snapshot]) -> Outcome:
        """The pure analyzer step: assessments and per-conversation changes, no store touched.

        Args:
            messages: the batch; messages of one conversation are applied in the order given.
            snapshots: conversation id -> what was stored before the batch (a missing
                conversation is new).

        A message is a duplicate (answered from the current state, changing nothing)
        when its id is in the snapshot's ``known_ids`` or among the ids the state
        remembers, including earlier messages of this batch: the one duplicate check.
        """
        with self._lock:
            return self._assess_locked(list(messages), snapshots)

    def _assess_locked(self, messages: list[Message], snapshots: Mapping[str, Snapshot]) -> Outcome:
        if not messages:
            return Outcome([], {})
        cfg = self.config
        normalized = [prepare_text(m.text, cfg) for m in messages]

        embeddings: np.ndarray | None = None
        if self.encoder is not None:
            embeddings = self.encoder.encode([n.text for n in normalized])

        # waves: the k-th message of each conversation in this batch
        per_conv: OrderedDict[str, list[int]] = OrderedDict()
        for i, m in enumerate(messages):
            per_conv.setdefault(m.conversation_id, []).append(i)
        empty = Snapshot()
        snaps = {cid: snapshots.get(cid, empty) for cid in per_conv}
        states: dict[str, dict[str, Any] | None] = {
            cid: (dict(s.state) if s.state is not None else None) for cid, s in snaps.items()}
        windows: dict[str, list[WindowEntry]] = {cid: list(s.window) for cid, s in snaps.items()}
        changes: dict[str, Change] = {}
        results: list[Assessment | None] = [None] * len(messages)
        message_stage = [d for d in self.detectors if stage_of(d) == "message"]
        window_stage = [d for d in self.detectors if stage_of(d) == "window"]
        depth = max(len(v) for v in per_conv.values())
        for k in range(depth):
            wave = [idx[k] for idx in per_conv.values() if len(idx) > k]
            wave_windows: list[Window] = []
            wave_signals: list[list[Signal]] = []
            live: list[int] = []
            for i in wave:
                m = messages[i]
                cid = m.conversation_id
                st = states[cid]
                if m.message_id in snaps[cid].known_ids or (st is not None and m.message_id in st.get("seen", ())):
                    results[i] = self.fusion.snapshot(st or empty_state(), cid, m.message_id, duplicate=True)
                    continue
                entry, signals = self._annotate(m, normalized[i], windows[cid], message_stage,
                                                None if embeddings is None else embeddings[i])
                change = changes.setdefault(cid, Change(before=[e.message for e in snaps[cid].window]))
                change.appended.append(entry)
                change.new.append(m)
                windows[cid] = (windows[cid] + [entry])[-cfg.window.size:]
                wave_windows.append(Window(cid, tuple(windows[cid])))
                wave_signals.append(signals)
                live.append(i)
            if not live:
                continue
            for det in window_stage:
                for j, sigs in enumerate(det.detect_many(wave_windows)):
                    wave_signals[j].extend(sigs)
            for j, i in enumerate(live):
                m = messages[i]
                st, assessment = self.fusion.update(states[m.conversation_id], m.conversation_id, m.message_id, m.ts,
                                                    wave_signals[j])
                states[m.conversation_id] = st
                results[i] = assessment
        for cid, change in changes.items():
            change.state = states[cid]
        return Outcome([r for r in results if r is not None], changes)

    def _annotate(
        self, message: Message, norm: NormalizedText, previous: list[WindowEntry], detectors: Sequence[Detector],
        embedding: np.ndarray | None,
    ) -> tuple[WindowEntry, list[Signal]]:
        """The message's window entry, annotated by the message-stage detectors (the rules).

        They see the window with the new entry last and the normalised text, and what
        they matched travels with the entry (``rule_hits``) for later context conditions.
        """
        wcfg = self.config.window
        fmt = self.config.embedding_format
        if embedding is not None and fmt == "int8":
            embedding = compact_embedding(embedding)
        entry = WindowEntry(message=message, embedding=embedding, embedding_format=fmt)
        if not detectors:
            return entry, []
        context = tuple(previous[-(wcfg.size - 1):]) if wcfg.size > 1 else ()
        signals: list[Signal] = []
        hits: list[str] = []
        for det in detectors:
            evaluation = det.evaluate(Window(message.conversation_id, context + (entry,)), norm)
            signals.extend(evaluation.signals)
            hits.extend(evaluation.matched)
        return WindowEntry(message=message, rule_hits=tuple(hits), embedding=embedding, embedding_format=fmt), signals

    # -- queries ---------------------------------------------------------
    def risk(self, conversation_id: str) -> ConversationRisk | None:
        """Current risk of a conversation (None when unknown or expired)."""
        st = self.store.get_state(conversation_id)
        return None if st is None else self.fusion.risk(st, conversation_id)


#: registered names of the built-in rule engine and window model (``nlp/rules/engine.py``,
#: ``nlp/model/detector.py``)
RULES_DETECTOR, MODEL_DETECTOR = "rules.v1", "model.minilm-gru.v1"


def default_specs(
    *, rules_dir: str | Path | None = None, use_rules: bool = True, model: str | Path | None = "default",
    int8: bool = False, backend: str | None = None, max_chars: int = MAX_TEXT_CHARS,
) -> list[Any]:
    """The detector list of :meth:`Analyzer.default`: the rules, then the model (if one loads).

    ``model="default"`` is left out when no default weights ship (or the model package
    cannot load), so a rules-only install still works; an explicit folder must load.
    """
    from .pipeline import DetectorSpec

    specs = []
    if use_rules:
        specs.append(DetectorSpec(name=RULES_DETECTOR, options={
            "rules_dir": str(rules_dir) if rules_dir else None, "max_chars": max_chars}))
    if model is not None and (model != "default" or _default_model_ships()):
        options: dict[str, Any] = {"path": None if model == "default" else str(model), "int8": int8}
        if backend is not None:
            options["backend"] = backend
        specs.append(DetectorSpec(name=MODEL_DETECTOR, options=options))
    return specs


def _default_model_ships() -> bool:
    try:
        from .model.bundle import CONFIG_FILE, default_model_dir
    except ImportError:
        return False
    return (default_model_dir() / CONFIG_FILE).is_file()


def apply_decision(config: AnalyzerConfig, bundle_config: dict[str, Any] | None) -> AnalyzerConfig:
    """Give fusion the model folder's learned conversation decision (``config.json: decision``)
    and the rule reliabilities its evidence was scaled by (``rule_reliability``).

    The decision belongs to the model, not to an operating point: its detector emits
    every window for it, so it applies whenever the folder has one (unless ``config``
    already carries a decision).
    """
    from dataclasses import replace

    from .decision import DecisionModel

    reliability = (bundle_config or {}).get("rule_reliability")
    if reliability and config.fusion.rule_reliability is None:  # the evidence the decision was fitted on
        config = replace(config, fusion=replace(config.fusion, rule_reliability=dict(reliability["multipliers"])))
    section = (bundle_config or {}).get("decision")
    if not section or config.fusion.decision is not None:
        return config
    return replace(config, fusion=replace(config.fusion, decision=DecisionModel.model_validate(section)))


def config_for_bundle(config: AnalyzerConfig, bundle_config: dict[str, Any] | None, use_rules: bool) -> AnalyzerConfig:
    """Apply the fused operating points a model bundle recommends (chosen on dev).

    A bundle may carry ``fusion: {thresholds: {...}, model_weight: x}`` for the fused
    analyzer and ``fusion_model_only`` for model-only ablations. Explicitly configured
    thresholds (a non-default ``config``) win.
    """
    from dataclasses import replace

    from .fusion import thresholds_from_dict

    # the decision and the rule reliabilities come from the same folder (apply_decision): not an explicit choice
    if bundle_config is None or replace(config.fusion, decision=None, rule_reliability=None) != FusionConfig():
        return config
    section = bundle_config.get("fusion" if use_rules else "fusion_model_only") or {}
    if not section:
        return config
    fusion = replace(
        config.fusion,
        thresholds=thresholds_from_dict(section.get("thresholds", {})),
        model_weight=float(section.get("model_weight", config.fusion.model_weight)),
        model_mode=str(section.get("model_mode", config.fusion.model_mode)),
        model_half_life_messages=float(section.get("model_half_life_messages", config.fusion.model_half_life_messages)),
    )
    return replace(config, fusion=fusion)
