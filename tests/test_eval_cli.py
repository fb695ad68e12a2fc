"""``convowatch eval`` end to end: the bundled demo corpus through the real rule engine."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from convowatch.nlp.corpora.reader import read_conversations
from convowatch.service.cli import app
from convowatch.service.cli._common import demo_corpus_path


def run(*args: str):
    return CliRunner().invoke(app, ["eval", *args])


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "out.json"
    result = run("--corpus", str(demo_corpus_path()), "--json", str(out), "--model", "none", "--ablation")
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text()), result.output


def test_when_demo_corpus_evaluated_then_json_counts_agree_with_the_corpus(demo_doc):
    doc, _ = demo_doc
    convs, _ = read_conversations(demo_corpus_path())
    assert doc["primary"] == "rules" and list(doc["runs"]) == ["rules"]
    assert doc["corpus"]["n_conversations"] == len(convs)
    run_ = doc["runs"]["rules"]
    for cat, m in run_["categories"].items():
        positives = sum(1 for c in convs if c.labels[cat])
        assert m["tp"] + m["fn"] == positives == doc["corpus"]["positives"][cat]
        assert m["tp"] + m["fp"] == m["n_pred"]
        assert m["n_benign"] == sum(1 for c in convs if not any(c.labels.values()))
        for key in ("precision", "recall", "f1", "f05", "auprc", "ece", "fpr_benign"):
            assert m[key] is None or 0.0 <= m[key] <= 1.0, key
    # the rule engine fired on the demo, and every reported hit is counted consistently
    assert run_["rules"] and all(0 <= r["true_hits"] <= r["hits"] for r in run_["rules"])


def test_when_no_model_loads_then_ablation_says_so_and_tables_print(demo_doc):
    doc, output = demo_doc
    assert any("no model loaded" in n for n in doc["notes"])
    assert "conversation level" in output and "early detection" in output and "grooming" in output


def test_when_corpus_line_is_bad_then_eval_exits_2_naming_line_and_field(tmp_path):
    src = demo_corpus_path().read_text(encoding="utf-8").splitlines()
    bad = json.loads(src[1])
    bad["messages"][2]["ts"] = "not-a-time"
    p = tmp_path / "input.jsonl"
    p.write_text("\n".join([src[0], json.dumps(bad)] + src[2:]) + "\n", encoding="utf-8")
    result = run("--corpus", str(p), "--model", "none")
    assert result.exit_code == 2
    assert "input.jsonl:2: messages[2].ts: not an ISO-8601 timestamp" in result.output
    text = bad["messages"][2]["text"]
    assert text not in result.output
    skipped = run("--corpus", str(p), "--model", "none", "--skip-invalid", "--json", str(tmp_path / "o.json"))
    assert skipped.exit_code == 0, skipped.output
    doc = json.loads((tmp_path / "o.json").read_text())
    assert doc["corpus"]["skipped_lines"] == 1 and doc["corpus"]["n_conversations"] == len(src) - 1


@pytest.mark.slow
def test_when_report_requested_then_markdown_and_plots_are_written(tmp_path):
    result = run("--corpus", str(demo_corpus_path()), "--model", "none", "--report", str(tmp_path / "rep"))
    assert result.exit_code == 0, result.output
    md = (tmp_path / "rep" / "report.md").read_text()
    assert "# convowatch evaluation report" in md and "![Precision-recall curves](pr_curves.png)" in md
    assert (tmp_path / "rep" / "pr_curves.png").stat().st_size > 1000
    assert (tmp_path / "rep" / "delays.png").stat().st_size > 1000


class _ModelLikeDetector:
    """A real detector of kind 'model': a constant low probability for bullying."""

    name = "test.constant"
    kind = "model"

    def detect(self, window):
        from convowatch.nlp.types import Signal

        return [Signal("bullying", None, "model", self.name, 0.1, window.current.message.message_id)]

    def detect_many(self, windows):
        return [self.detect(w) for w in windows]


@pytest.mark.parametrize(
    "with_rules, with_model, ablation, expected_names, primary",
    [
        (True, True, True, ["rules", "model", "fused"], "fused"),  # full ablation
        (True, True, False, ["fused"], "fused"),  # no ablation: just the fused run
        (True, False, True, ["rules"], "rules"),  # no model: rules only, with a note
        (False, True, True, ["model"], "model"),  # rules off: model only, with a note
    ],
)
def test_when_ablation_planned_then_runs_match_what_is_loaded(with_rules, with_model, ablation, expected_names, primary):
    from convowatch.nlp.analyzer import Analyzer
    from convowatch.nlp.rules import RuleEngine, default_rules_dir, load_rules
    from convowatch.service.cli.evaluate import plan_runs

    engine = RuleEngine(load_rules([default_rules_dir()])) if with_rules else None
    analyzer = Analyzer(rules=engine, detectors=[_ModelLikeDetector()] if with_model else [])
    runs, name, notes = plan_runs(analyzer, ablation)
    assert [n for n, _ in runs] == expected_names and name == primary
    assert runs[-1][1] is analyzer
    by_name = dict(runs)
    if "rules" in by_name and name == "fused":
        assert by_name["rules"].rules is engine and by_name["rules"].detectors == (engine,)
        assert by_name["model"].rules is None and by_name["model"].detectors == analyzer.other_detectors
    assert bool(notes) == (ablation and name != "fused")
