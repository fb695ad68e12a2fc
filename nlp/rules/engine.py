"""The rule engine: a :class:`~convowatch.nlp.detectors.base.Detector` over a RuleSet.

Per message: normalise (unless the caller already did), truncate, tokenize once, run
the compiled matchers once, then for each rule with a candidate span apply guards,
``unless``, the speaker condition (that gives ``matched``, stored by the analyzer as
the entry's ``rule_hits``), and finally context and repeat conditions over the
window (that gives the signals). Work per message grows with the number of matches,
not the number of rules.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Mapping

from ..categories import CATEGORIES
from ..detectors.base import BaseDetector, registry
from ..normalize import NormalizedText, normalize
from ..types import MAX_TEXT_CHARS, Signal
from ..window import Window
from .compiler import CompiledRules, compile_rules
from .conditions import context_ok, hit_selector, participants, repeat_ok, speaker_ok
from .guards import GuardContext
from .loader import RuleSet, default_rules_dir, load_rules

#: New vocabulary strings after which the matchers are rebuilt on a fresh vocabulary:
#: spaCy interns every word it tokenizes, which would otherwise grow without bound and
#: keep words of long-gone messages in memory.
MAX_VOCAB_GROWTH = 200_000


@dataclass(frozen=True, slots=True)
class RuleEvaluation:
    """What the rules made of one message.

    Attributes:
        signals: one per rule that fired on ``window.current``.
        matched: ids of rules whose patterns matched after guards, ``unless`` and speaker
            checks (before context/repeat); the analyzer stores them as ``rule_hits``.
        blocked: rule id -> why a rule whose pattern matched did not fire
            (``negation``, ``quotation``, ``reported_speech``, ``unless``, ``speaker``,
            ``context``, ``repeat``); for explanations and the example runner.
    """

    signals: list[Signal]
    matched: tuple[str, ...]
    blocked: Mapping[str, str] = field(default_factory=dict)


class RuleEngine(BaseDetector):
    """Scores messages against a compiled :class:`RuleSet`.

    Args:
        ruleset: from :func:`~convowatch.nlp.rules.loader.load_rules`.
        max_chars: normalised characters matched per message (bounded work on huge input).
    """

    name = "rules.v1"
    kind = "rule"
    #: runs on each message before its window entry is stored: its hits travel with the entry
    stage = "message"

    def __init__(self, ruleset: RuleSet, max_chars: int = MAX_TEXT_CHARS) -> None:
        if max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        self.ruleset = ruleset
        self.max_chars = max_chars
        self._compiled: CompiledRules = ruleset.compiled
        self._rebuild_lock = threading.Lock()
        self._guards = [tuple(r.guards) for r in ruleset.rules]
        self._selectors = [
            [hit_selector(s, self._describe) for s in r.context.requires] if r.context else [] for r in ruleset.rules
        ]
        self._described: dict[str, tuple[str, str]] = {}

    @property
    def version(self) -> str:
        return self.ruleset.version

    def _describe(self, rule_id: str) -> tuple[str, str]:
        """(category, subtype) of a rule id, also for ids of rules no longer loaded."""
        got = self._described.get(rule_id)
        if got is None:
            idx = self._compiled.index.get(rule_id)
            if idx is not None:
                r = self.ruleset.rules[idx]
                got = (r.category, r.subtype)
            else:  # convention "<category>.<subtype>.<name>"
                parts = rule_id.split(".")
                got = (parts[0] if parts[0] in CATEGORIES else "", parts[1] if len(parts) > 1 else "")
            if len(self._described) < 100_000:
                self._described[rule_id] = got
        return got

    def _maybe_rebuild(self) -> None:
        if self._compiled.vocab_growth() > MAX_VOCAB_GROWTH and self._rebuild_lock.acquire(blocking=False):
            try:
                self._compiled = compile_rules(self.ruleset.rules)  # same rules: compiled fine at load
            finally:
                self._rebuild_lock.release()

    def evaluate(self, window: Window, normalized: NormalizedText | None = None) -> RuleEvaluation:
        """Evaluate every rule on ``window.current``.

        Args:
            window: the conversation so far; earlier entries carry their ``rule_hits``.
            normalized: the current message already normalised (the analyzer normalises
                once and shares it); computed here when None.

        Returns:
            The signals, matched rule ids and block reasons for the current message.
        """
        rules = self.ruleset.rules
        if not rules:
            return RuleEvaluation([], ())
        message = window.current.message
        if normalized is None:
            # normalising can shrink text (squeezed letters, spaced words), rarely grow it
            normalized = normalize(message.text[: self.max_chars * 4])
        compiled = self._compiled
        doc = compiled.make_doc(normalized.text[: self.max_chars])
        scan = compiled.scan(doc)
        if not scan.spans:
            self._maybe_rebuild()
            return RuleEvaluation([], ())

        guards = GuardContext(doc, scan.cue_ends)
        people = None
        matched: list[int] = []
        spans: dict[int, tuple[int, int]] = {}
        blocked: dict[str, str] = {}
        for idx in sorted(scan.spans):
            rule = rules[idx]
            if idx in scan.unless:
                blocked[rule.id] = "unless"
                continue
            found = None
            why = None
            for ts, te, cs, ce in sorted(scan.spans[idx], key=lambda s: (s[0], -s[1])):
                why = guards.blocked_by(self._guards[idx], ts, te)
                if why is None:
                    found = (cs, ce)
                    break
            if found is None:
                blocked[rule.id] = why or "guard"
                continue
            if rule.speaker is not None:
                if people is None:
                    people = participants(window)
                if not speaker_ok(rule.speaker, window, people):
                    blocked[rule.id] = "speaker"
                    continue
            matched.append(idx)
            spans[idx] = found

        hits = tuple(rules[i].id for i in matched)
        signals: list[Signal] = []
        for idx in matched:
            rule = rules[idx]
            if rule.context is not None and not context_ok(rule, rule.context, window, hits, self._selectors[idx]):
                blocked[rule.id] = "context"
                continue
            if rule.repeat is not None and not repeat_ok(rule, rule.repeat, window, hits):
                blocked[rule.id] = "repeat"
                continue
            if not rule.flag:
                continue  # a cue, not evidence: recorded in hits only
            cs, ce = spans[idx]
            held = [name for name, cond in (("speaker", rule.speaker), ("context", rule.context), ("repeat", rule.repeat))
                    if cond is not None]
            signals.append(
                Signal(
                    category=rule.category,
                    subtype=rule.subtype,
                    source=self.kind,
                    detector=rule.id,
                    score=rule.weight,
                    message_id=message.message_id,
                    severity=rule.level,
                    span=normalized.to_original(cs, ce),
                    # the conditions beyond the pattern that held (the rule's description says what they are)
                    evidence={"conditions": held} if held else None,
                )
            )
        self._maybe_rebuild()
        return RuleEvaluation(signals, hits, blocked)

    def detect(self, window: Window) -> list[Signal]:
        """Signals for ``window.current`` (see :meth:`evaluate`)."""
        return self.evaluate(window).signals


@registry.register("rules.v1")
def make_rule_engine(
    ruleset: RuleSet | None = None, rules_dir: str | None = None, max_chars: int = MAX_TEXT_CHARS
) -> RuleEngine:
    """Registry factory: the given ruleset, else the packs in ``rules_dir``, else the bundled ones."""
    if ruleset is None:
        ruleset = load_rules(rules_dir or default_rules_dir())
    return RuleEngine(ruleset, max_chars=max_chars)

