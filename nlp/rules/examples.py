"""Rule examples are tests: run each through the engine exactly as live traffic would.

A string example is one message; a list example is a mini conversation scored
message by message through a :class:`~convowatch.nlp.window.Window`, each entry
carrying the ``rule_hits`` the engine matched on it, and the rule is checked on the
last message. The whole ruleset is active, so context conditions see the other rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal, Sequence

from ..types import Message
from ..window import Window, WindowEntry
from .engine import RuleEngine, RuleEvaluation
from .loader import RuleSet
from .schema import ExampleMessage

_T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """The outcome of one example; ``detail`` explains a failure without quoting text."""

    rule_id: str
    file: str
    line: int
    kind: Literal["match", "no_match"]
    passed: bool
    detail: str = ""


def run_conversation(
    engine: RuleEngine, messages: Sequence[ExampleMessage], conversation_id: str = "example"
) -> list[RuleEvaluation]:
    """Score ``messages`` in order, as the analyzer would; one evaluation per message."""
    entries: list[WindowEntry] = []
    evaluations: list[RuleEvaluation] = []
    for i, m in enumerate(messages):
        meta: dict[str, object] = {}
        if m.age is not None:
            meta["age"] = m.age
        if m.role is not None:
            meta["role"] = m.role
        msg = Message(conversation_id, f"m{i}", m.sender, _T0 + timedelta(minutes=i), m.text, meta)
        window = Window(conversation_id, tuple(entries) + (WindowEntry(msg),))
        ev = engine.evaluate(window)
        evaluations.append(ev)
        entries.append(WindowEntry(msg, rule_hits=ev.matched))
    return evaluations


def _explain(rule_id: str, ev: RuleEvaluation) -> str:
    if any(s.detector == rule_id for s in ev.signals):
        return "fired"
    reason = ev.blocked.get(rule_id)
    return f"matched but blocked by {reason}" if reason else "no pattern matched"


def run_examples(ruleset: RuleSet, engine: RuleEngine | None = None) -> list[ExampleResult]:
    """Run every ``match``/``no_match`` example of every rule.

    Returns:
        One :class:`ExampleResult` per example, in pack order.
    """
    engine = engine or RuleEngine(ruleset)
    results: list[ExampleResult] = []
    for rule in ruleset.rules:
        src = ruleset.sources[rule.id]
        for kind in ("match", "no_match"):
            for j, example in enumerate(getattr(rule.examples, kind)):
                last = run_conversation(engine, example, conversation_id=f"{rule.id}:{kind}:{j}")[-1]
                # a cue rule (flag: false) emits no signal; its examples test the hit itself
                fired = any(s.detector == rule.id for s in last.signals) if rule.flag else rule.id in last.matched
                passed = fired if kind == "match" else not fired
                detail = "" if passed else (
                    f"did not fire on the last message: {_explain(rule.id, last)}"
                    if kind == "match"
                    else "fired on the last message"
                )
                line = src.example_lines.get((kind, j), src.line)
                results.append(ExampleResult(rule.id, src.file, line, kind, passed, detail))  # type: ignore[arg-type]
    return results
