"""Rule examples as tests: the runner, the `convowatch rules` CLI, and the bundled packs."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from convowatch.nlp.rules import default_rules_dir, load_rules, run_examples
from convowatch.nlp.rules.loader import pack_files
from convowatch.service.cli import app

CONF = Path(__file__).parent / "conf"
FEATURES = CONF / "engine" / "features.yaml"
FAILING = CONF / "failing_examples.yaml"


def test_when_feature_pack_examples_run_then_all_pass() -> None:
    ruleset = load_rules(FEATURES)
    results = run_examples(ruleset)
    written = sum(len(r.examples.match) + len(r.examples.no_match) for r in ruleset.rules)
    assert written > 0 and len(results) == written  # every match/no_match example in the pack ran
    assert [r for r in results if not r.passed] == []


def test_when_examples_are_wrong_then_each_failure_names_rule_line_and_reason() -> None:
    failed = [(r.rule_id, r.line, r.kind, r.detail) for r in run_examples(load_rules(FAILING)) if not r.passed]
    assert failed == [
        # a match example no pattern covers
        ("bullying.insult.clown", 14, "match", "did not fire on the last message: no pattern matched"),
        # a no_match example that does fire
        ("bullying.insult.clown", 16, "no_match", "fired on the last message"),
        # a match example that a guard blocks
        ("bullying.insult.idiot", 25, "match", "did not fire on the last message: matched but blocked by negation"),
    ]


def test_when_conversation_example_has_ages_then_they_reach_the_speaker_condition() -> None:
    # features.yaml: so_mature's no_match example has the 13-year-old say it to a 31-year-old
    res = [r for r in run_examples(load_rules(FEATURES)) if r.rule_id == "grooming.rapport.so_mature"]
    assert [(r.kind, r.passed) for r in res] == [("match", True), ("match", True), ("no_match", True)]


CLI_CASES = [
    # all examples pass -> exit 0 with a count
    (["rules", "test", str(FEATURES)], 0, "ok: 28 examples passed"),
    # lint only validates
    (["rules", "lint", str(FEATURES)], 0, "ok: 10 rules in 1 pack(s)"),
    # failing examples -> exit 1, file:line in the table
    (["rules", "test", str(FAILING)], 1, "failing_examples.yaml:14"),
    # lint does not run examples, so the same pack lints clean
    (["rules", "lint", str(FAILING)], 0, "ok: 2 rules"),
    # invalid pack -> exit 1 with file:line: rule: field: message
    (["rules", "lint", str(CONF / "bad_regex.yaml")], 1, "bad_regex.yaml:10: bullying.insult.repeat_word: patterns[1].regex: not valid RE2 syntax"),
    (["rules", "test", str(CONF / "bad_regex.yaml")], 1, "no pack was loaded"),
]


@pytest.mark.parametrize("argv,code,needle", CLI_CASES, ids=[" ".join(c[0][:2]) + f" {Path(c[0][2]).name}" for c in CLI_CASES])
def test_when_rules_cli_runs_then_exit_code_and_output_match(argv: list[str], code: int, needle: str) -> None:
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == code, result.output
    assert needle in result.output


def test_when_rules_dir_has_no_yaml_then_cli_says_so_and_exits_0(tmp_path: Path) -> None:
    for cmd in ("test", "lint"):
        result = CliRunner().invoke(app, ["rules", cmd, str(tmp_path)])
        assert result.exit_code == 0 and "no rule packs" in result.output


def test_when_bundled_packs_run_their_examples_then_all_pass() -> None:
    bundled = default_rules_dir()
    if not pack_files(bundled):
        pytest.skip("no bundled rule packs yet")
    failed = [r for r in run_examples(load_rules(bundled)) if not r.passed]
    assert not failed, "failing rule examples:\n" + "\n".join(
        f"{Path(r.file).name}:{r.line} {r.rule_id} {r.kind}: {r.detail}" for r in failed
    )
