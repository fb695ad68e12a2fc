"""Loading rule packs: validation errors with file:line, golden error texts, atomic rejection.

Golden files: tests/conf/<case>.expected hold the exact error text; refresh them with
CONVOWATCH_UPDATE_GOLDEN=1 after an intended change and review the diff.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from convowatch.nlp.rules import RuleEngine, RuleLoadError, default_rules_dir, load_rules
from convowatch.nlp.types import Message
from convowatch.nlp.window import Window, WindowEntry

CONF = Path(__file__).parent / "conf"
GOOD = CONF / "engine" / "features.yaml"
UPDATE = os.environ.get("CONVOWATCH_UPDATE_GOLDEN") == "1"


def _errors_text(files: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(CONF)  # error paths relative to tests/conf, as written in the golden files
    with pytest.raises(RuleLoadError) as info:
        load_rules(files)
    return "\n".join(str(e) for e in info.value.errors) + "\n"


GOLDEN_CASES = [
    # indentation error: the YAML parser's line, no rule id (nothing parsed)
    ("bad_syntax", ["bad_syntax.yaml"]),
    # subtype not in nlp/categories.py for that category
    ("bad_subtype", ["bad_subtype.yaml"]),
    # back-reference: valid Python re, not RE2
    ("bad_regex", ["bad_regex.yaml"]),
    # weight 1.5, unknown severity, extra field, bad spaCy token pattern, missing match examples
    ("bad_weight", ["bad_weight.yaml"]),
    # the same rule id in two packs: reported at the second, pointing to the first
    ("duplicate_id", ["dup_a.yaml", "dup_b.yaml"]),
]


@pytest.mark.parametrize("case,files", GOLDEN_CASES, ids=[c[0] for c in GOLDEN_CASES])
def test_when_pack_is_broken_then_errors_match_golden_text(case: str, files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = _errors_text(files, monkeypatch)
    golden = CONF / f"{case}.expected"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with CONVOWATCH_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


def _write(tmp_path: Path, body: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return path


def _pack(rule_extra: str = "", *, rule_id: str = "grooming.rapport.mature", patterns: str = '      - phrase: ["so mature"]', examples: str = '      match: ["so mature"]', top: str = "") -> str:
    # line numbers below count from 1 at "pack:"
    return (
        "pack: t.inline\n"
        "version: 1\n"
        f"{top}"
        "rules:\n"
        f"  - id: {rule_id}\n"
        "    category: grooming\n"
        "    subtype: rapport\n"
        "    weight: 0.3\n"
        f"{rule_extra}"
        "    patterns:\n"
        f"{patterns}\n"
        "    examples:\n"
        f"{examples}\n"
    )


SCHEMA_CASES = [
    # id outside its category
    (_pack(rule_id="bullying.rapport.mature"), "t.yaml:4: bullying.rapport.mature: id: must start with 'grooming.'"),
    # unknown top-level field
    (_pack(top="owner: someone\n"), "t.yaml:3: owner: Extra inputs are not permitted"),
    # a regex longer than 500 characters
    (_pack(patterns="      - regex: '" + "a" * 501 + "'"), "t.yaml:9: grooming.rapport.mature: patterns[0].regex: longer than 500 characters (501)"),
    # a regex that matches the empty string would fire on every message
    (_pack(patterns="      - regex: 'x*'"), "t.yaml:9: grooming.rapport.mature: patterns[0].regex: matches the empty string"),
    # look-around is not RE2
    (_pack(patterns="      - regex: '(?<=a)b'"), "t.yaml:9: grooming.rapport.mature: patterns[0].regex: not valid RE2 syntax"),
    # one pattern entry with two kinds
    (_pack(patterns='      - {phrase: ["a"], regex: "b"}'), "t.yaml:9: grooming.rapport.mature: patterns[0]: needs exactly one of phrase, tokens, regex (got 2)"),
    # examples left out entirely
    (_pack(examples="      no_match: []"), "t.yaml:10: grooming.rapport.mature: examples.match: Field required"),
    # unknown guard name
    (_pack("    guards: [sarcasm]\n"), "t.yaml:8: grooming.rapport.mature: guards[0]: Input should be 'negation', 'quotation' or 'reported_speech'"),
    # context naming a subtype that does not exist
    (_pack("    context: {requires: ['grooming:flattery']}\n"), "t.yaml:8: grooming.rapport.mature: context.requires: unknown subtype 'flattery'"),
    # repeat that can never be satisfied
    (_pack("    repeat: {min: 4, within: 3}\n"), "t.yaml:8: grooming.rapport.mature: repeat: min (4) cannot exceed within (3)"),
    # weight zero is outside (0, 1]
    (_pack().replace("weight: 0.3", "weight: 0"), "t.yaml:7: grooming.rapport.mature: weight: must be in (0, 1]"),
    # YAML silently keeps the last of two equal keys; the loader refuses
    (_pack("    weight: 0.9\n"), "t.yaml:8: weight: duplicate key"),
    # speaker role outside adult/minor/older
    (_pack("    speaker: {role: teacher}\n"), "t.yaml:8: grooming.rapport.mature: speaker.role: Input should be 'adult', 'minor' or 'older'"),
    # not a mapping at all
    ("- just\n- a list\n", "t.yaml:1: expected a mapping with pack, version, rules"),
    # empty file
    ("", "t.yaml:1: empty file: expected a pack mapping"),
]


@pytest.mark.parametrize("body,expected", SCHEMA_CASES, ids=[c[1].split(": ", 1)[-1][:40] for c in SCHEMA_CASES])
def test_when_rule_is_invalid_then_error_names_file_line_rule_and_field(body: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "t.yaml").write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleLoadError) as info:
        load_rules(["t.yaml"])
    messages = [str(e) for e in info.value.errors]
    assert any(m.startswith(expected) for m in messages), messages


def test_when_valid_inline_pack_then_it_loads(tmp_path: Path) -> None:
    # the helper itself produces a valid pack, so the cases above fail for their one reason
    rs = load_rules(_write(tmp_path, _pack()))
    assert [r.id for r in rs.rules] == ["grooming.rapport.mature"]


def test_when_error_is_reported_then_example_text_is_not_in_it(tmp_path: Path) -> None:
    body = _pack(examples='      match: ["zqxjv private words"]').replace("weight: 0.3", "weight: 2")
    with pytest.raises(RuleLoadError) as info:
        load_rules(_write(tmp_path, body))
    assert "zqxjv" not in str(info.value)


def test_when_yaml_has_no_or_yes_then_they_stay_words(tmp_path: Path) -> None:
    # YAML 1.1 would turn these into booleans and the phrase would be rejected or never match
    body = _pack(patterns="      - phrase: [no way, yes sir, on off]")
    rs = load_rules(_write(tmp_path, body))
    assert rs.rules[0].patterns[0].phrase == ["no way", "yes sir", "on off"]


def _fires(rs, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    msg = Message("c", "m1", "a", datetime(2026, 1, 1, tzinfo=timezone.utc), text)
    return [s.detector for s in RuleEngine(rs).detect(Window("c", (WindowEntry(msg),)))]


def test_when_bad_pack_loads_after_good_then_good_ruleset_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    good = load_rules(GOOD)
    version = good.version
    with pytest.raises(RuleLoadError):
        load_rules([GOOD, CONF / "bad_regex.yaml"])  # rejected whole, the good pack with it
    assert good.version == version
    assert _fires(good, "can you send pics") == ["grooming.image_request.send_pics"]
    assert _fires(load_rules(GOOD), "can you send pics") == ["grooming.image_request.send_pics"]


def test_when_same_contents_then_same_version_and_changed_contents_change_it(tmp_path: Path) -> None:
    a = load_rules(_write(tmp_path, _pack(), "a.yaml"))
    b = load_rules(_write(tmp_path, _pack(), "a.yaml"))
    c = load_rules(_write(tmp_path, _pack().replace("0.3", "0.4"), "a.yaml"))
    assert a.version == b.version != c.version
    assert [(p.name, p.version) for p in a.packs] == [("t.inline", 1)]


def test_when_directory_has_no_packs_then_ruleset_is_empty_and_engine_is_silent(tmp_path: Path) -> None:
    rs = load_rules(tmp_path)
    assert len(rs) == 0 and rs.packs == ()
    assert _fires(rs, "send pics") == []


def test_when_file_is_missing_then_error_names_it(tmp_path: Path) -> None:
    with pytest.raises(RuleLoadError) as info:
        load_rules(tmp_path / "nope.yaml")
    assert str(info.value.errors[0]).startswith(f"{tmp_path / 'nope.yaml'}:0: cannot read")


def test_when_asking_for_default_rules_dir_then_it_is_the_rules_package() -> None:
    d = default_rules_dir()
    assert d.is_dir() and (d / "__init__.py").exists()


def test_when_severity_is_left_out_then_subtype_default_applies() -> None:
    rs = load_rules(GOOD)
    assert rs.rule("grooming.image_request.send_pics").level.label() == "high"  # image_request default
    assert rs.rule("grooming.personal_info.how_old").level.label() == "low"  # set in the pack


def test_when_a_token_pattern_is_within_shape_limits_but_explosive_then_the_probe_refuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worst-case probe is the second line of defence: with the shape limit lifted,
    three "{0,4}" tokens of one word make ~12 matches per token of a repeated-word message."""
    from convowatch.nlp.rules import schema

    monkeypatch.setattr(schema, "MAX_QUANTIFIED_TOKENS", 5)
    monkeypatch.setattr(schema, "MAX_REPEAT", 4)
    explosive = [{"LOWER": "ab", "OP": "{0,4}"}] * 3
    with pytest.raises(ValueError, match="matches on a 2000-token probe"):
        schema.check_token_pattern_shape(explosive)
        schema.token_pattern_probe(explosive)
    assert schema.token_pattern_probe([{"LOWER": "ab", "OP": "{0,3}"}, {"LOWER": "ab", "OP": "{0,3}"}]) < 8 * 2000


def test_when_a_message_is_the_worst_case_for_a_pattern_at_the_limits_then_hits_are_capped(tmp_path: Path) -> None:
    from convowatch.nlp.rules.compiler import MAX_REGEX_HITS

    path = _write(tmp_path, """
        pack: limits
        version: 1
        rules:
          - id: bullying.insult.ab
            category: bullying
            subtype: insult
            weight: 0.5
            patterns:
              - tokens: [{LOWER: ab, OP: "{0,3}"}, {LOWER: ab}, {LOWER: ab, OP: "{0,3}"}]
            examples:
              match: ["ab ab"]
    """)
    rs = load_rules(path)
    scan = rs.compiled.scan(rs.compiled.make_doc("ab " * 1333))
    assert len(scan.spans[0]) == MAX_REGEX_HITS
