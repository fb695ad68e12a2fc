"""The case planner is pure: planning never changes the cases it was given (a lost commit
is planned again from what was loaded, and the memory store hands out its own objects)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.rules import RuleEngine, default_rules_dir, load_rules
from convowatch.nlp.types import Message
from convowatch.service.cases import CasePlanner

T0 = datetime(2026, 5, 1, tzinfo=timezone.utc)
RISKY = ["hey", "how old r u", "dont tell ur mum about us ok", "delete our chats", "send me a pic of u",
         "meet me at the park alone", "ok", "see u"]


def _msgs(cid: str, texts: list[str]) -> list[Message]:
    return [Message(cid, f"m{i}", f"u{i % 2}", T0 + timedelta(seconds=10 * i), t) for i, t in enumerate(texts)]


def test_when_a_batch_extends_a_stored_case_then_the_stored_case_is_unchanged_and_the_plan_is_repeatable():
    analyzer = Analyzer(rules=RuleEngine(load_rules(default_rules_dir())))
    planner = CasePlanner(context_after=3, retention_s=3600, context_before=4)
    msgs = _msgs("c1", RISKY)
    out = analyzer.assess(msgs, {})
    first = 5
    history = lambda cid: msgs  # noqa: E731
    opened = planner.plan(msgs[:first], out.assessments[:first], history, {"c1": None})
    assert opened.changed, "the risky opening should open a case"
    stored = opened.changed[0]
    before = stored.model_dump_json()
    p1 = planner.plan(msgs[first:], out.assessments[first:], history, {"c1": stored})
    p2 = planner.plan(msgs[first:], out.assessments[first:], history, {"c1": stored})
    assert stored.model_dump_json() == before  # nothing the caller loaded was changed
    assert p1.changed and len(p1.changed[0].messages) > len(stored.messages)
    assert [len(c.messages) for c in p1.changed] == [len(c.messages) for c in p2.changed]
    assert [c.version for c in p1.changed] == [c.version for c in p2.changed]
    assert p1.changed[0].version > stored.version
