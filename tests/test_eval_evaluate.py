"""The evaluator on hand-built conversations and a real keyword detector (no mocks).

The detector emits a *critical* rule signal for a keyword, so fusion flags at exactly
that message and every expected number below can be computed by hand.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest

from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.categories import CATEGORIES, Severity
from convowatch.nlp.detectors.base import BaseDetector
from convowatch.nlp.evaluate import EvalConfig, evaluate, run_analyzer, summarize
from convowatch.nlp.types import Conversation, Message, Signal
from convowatch.nlp.window import Window

T0 = datetime(2026, 5, 1, 18, 0, tzinfo=timezone.utc)


class KeywordDetector(BaseDetector):
    """Fires a critical rule signal ``kw.<word>`` when a keyword appears in the current message."""

    name = "test.keywords"
    kind = "rule"
    WORDS = {"secret": "grooming", "loser": "bullying", "goodbye": "self_harm"}

    def detect(self, window: Window) -> list[Signal]:
        m = window.current.message
        return [
            Signal(cat, None, "rule", f"kw.{word}", 0.9, m.message_id, Severity.CRITICAL)
            for word, cat in self.WORDS.items()
            if word in m.text
        ]


def conv(cid, texts, labels=None, onset=None, meta=None, message_labels=()):
    msgs = tuple(Message(cid, f"m{i}", f"u{i % 2}", T0 + timedelta(minutes=i), t) for i, t in enumerate(texts))
    return Conversation(cid, msgs, {c: (labels or {}).get(c, 0) for c in CATEGORIES}, onset or {}, meta or {}, message_labels)


def corpus():
    return [
        # grooming TP flagged at message 1, onset 1 -> delay 0, k = 2
        conv("g1", ["hi", "keep it secret", "ok"], {"grooming": 1}, {"grooming": 1}, {"adversarial": "leet", "lang": "en"},
             (None, {"grooming": "isolation_secrecy"}, None)),
        # grooming TP flagged at message 3, onset 0 -> delay 3, k = 4
        conv("g2", ["hi", "hey", "how are you", "a secret"], {"grooming": 1}, {"grooming": 0}, {"adversarial": False, "lang": "en"}),
        # grooming FN: never flagged
        conv("g3", ["hi", "bye"], {"grooming": 1}, {"grooming": 0}, {"lang": "de"}),
        # benign false positive
        conv("b1", ["our secret party plan"], meta={"lang": "en"}),
        # benign true negative
        conv("b2", ["nice game"], meta={"lang": "en"}),
    ]


@pytest.fixture()
def result():
    return evaluate(corpus(), Analyzer(detectors=[KeywordDetector()]))


def test_when_keyword_corpus_evaluated_then_conversation_metrics_match_hand_counts(result):
    g = result["categories"]["grooming"]
    # tp: g1, g2; fp: b1; fn: g3; tn: b2
    assert (g["tp"], g["fp"], g["fn"], g["tn"]) == (2, 1, 1, 1)
    assert g["precision"] == pytest.approx(2 / 3) and g["recall"] == pytest.approx(2 / 3)
    assert g["f1"] == pytest.approx(2 / 3) and g["f05"] == pytest.approx(2 / 3)
    # scores: g1, g2, b1 share the top score, g3 and b2 score 0 -> (2/3)(2/3) + (1/3)(3/5)
    assert g["auprc"] == pytest.approx(4 / 9 + 1 / 5)
    assert g["fpr_benign"] == 0.5  # b1 of {b1, b2}
    assert result["benign"] == {"n": 2, "fpr_any": 0.5}
    # categories without positives are undefined, not NaN
    b = result["categories"]["bullying"]
    assert b["recall"] is None and b["f1"] is None and b["auprc"] is None
    assert result["macro"]["f1"] == pytest.approx(2 / 3)  # the only defined category


def test_when_true_positives_flagged_then_delays_latency_f1_and_erde_match_hand_computation(result):
    e = result["categories"]["grooming"]["early"]
    assert sorted(e["delays"]) == [0, 3]
    assert e["delay_median"] == 1.5
    pen = [-1 + 2 / (1 + math.exp(-0.0078 * (k - 1))) for k in (2, 4)]
    assert e["latency_f1"] == pytest.approx((2 / 3) * (1 - sum(pen) / 2))
    # ERDE_5 over 5 conversations, c_fp = 3/5: TP k=2, TP k=4, FN, FP, TN
    lc = lambda k: 1 - 1 / (1 + math.exp(k - 5))  # noqa: E731
    assert e["erde_5"] == pytest.approx((lc(2) + lc(4) + 1 + 0.6 + 0) / 5)


def test_when_message_labels_exist_then_message_level_counts_only_known_truth(result):
    m = result["categories"]["grooming"]["message"]
    # g1 (labelled) + b1, b2 (negative conversations); g2, g3 have no message labels -> excluded
    assert m["n"] == 5
    # g1: flagged at m1 (labelled) and still flagged at m2 (unlabelled) -> 1 TP, 1 FP; b1 -> 1 FP
    assert (m["tp"], m["fp"], m["fn"]) == (1, 2, 0)
    assert result["categories"]["bullying"]["message"] is None  # no bullying message labels anywhere


def test_when_rules_fire_then_per_rule_hits_and_precision_are_counted(result):
    rules = {r["rule_id"]: r for r in result["rules"]}
    assert rules["kw.secret"] == {
        "rule_id": "kw.secret", "category": "grooming", "hits": 3, "true_hits": 2, "conversations": 3,
        "precision": pytest.approx(2 / 3), "reliability": 1.0,
    }


def test_when_the_analyzer_scales_a_rule_then_its_row_says_by_how_much():
    from convowatch.nlp.analyzer import AnalyzerConfig
    from convowatch.nlp.fusion import FusionConfig

    analyzer = Analyzer(detectors=[KeywordDetector()],
                        config=AnalyzerConfig(fusion=FusionConfig(rule_reliability={"kw.secret": 0.25})))
    rules = {r["rule_id"]: r for r in evaluate(corpus(), analyzer)["rules"]}
    assert rules["kw.secret"]["reliability"] == 0.25 and rules["kw.secret"]["hits"] == 3
    assert all(r["reliability"] == 1.0 for k, r in rules.items() if k != "kw.secret")


def test_when_meta_has_adversarial_and_lang_then_slices_are_reported(result):
    adv = result["slices"]["adversarial"]
    assert set(adv) == {"clean", "variant:leet", "adversarial"}
    assert adv["clean"]["n"] == 4 and adv["variant:leet"]["n"] == 1
    assert adv["variant:leet"]["categories"]["grooming"]["recall"] == 1.0
    assert adv["clean"]["categories"]["grooming"]["recall"] == 0.5  # g2 found, g3 missed
    lang = result["slices"]["lang"]
    assert lang["de"]["n"] == 1 and lang["de"]["categories"]["grooming"]["recall"] == 0.0


@pytest.mark.parametrize("batch_messages", [1, 3, 10_000])  # one conversation a call .. all interleaved
def test_when_batch_size_changes_then_outcomes_are_identical(batch_messages):
    reference = run_analyzer(corpus(), Analyzer(detectors=[KeywordDetector()]), config=EvalConfig(batch_messages=1))
    got = run_analyzer(corpus(), Analyzer(detectors=[KeywordDetector()]), config=EvalConfig(batch_messages=batch_messages))
    assert got == reference


def test_when_conversation_ids_repeat_then_each_starts_from_fresh_state():
    # the same id twice: the second (benign) one must not inherit the first one's flag
    data = [conv("dup", ["big secret"], {"grooming": 1}), conv("dup", ["hello there"])]
    analyzer = Analyzer(detectors=[KeywordDetector()])
    out = run_analyzer(data, analyzer, config=EvalConfig(batch_messages=10_000))
    assert out[0].first_flag["grooming"] == 0
    assert out[1].first_flag["grooming"] is None and out[1].max_score["grooming"] == 0.0
    assert len(analyzer.store) == 0  # eval state is cleaned up


def test_when_progress_callback_given_then_it_reaches_the_total():
    seen: list[int] = []
    run_analyzer(corpus(), Analyzer(detectors=[KeywordDetector()]), config=EvalConfig(batch_messages=2), on_progress=seen.append)
    assert seen[-1] == 5 and seen == sorted(seen)


def test_when_no_conversations_then_summary_is_defined():
    s = summarize([])
    assert s["n_conversations"] == 0 and s["benign"]["fpr_any"] is None
    assert all(s["categories"][c]["f1"] is None for c in CATEGORIES)


def test_when_config_invalid_then_it_is_refused():
    with pytest.raises(ValueError, match="batch_messages"):
        EvalConfig(batch_messages=0)


@pytest.mark.slow
def test_when_report_written_then_markdown_and_plots_exist(tmp_path, result):
    from convowatch.nlp.report import write_report

    doc = {
        "corpus": {"path": "x.jsonl", "n_conversations": 5, "n_messages": 11, "benign": 2, "skipped_lines": 0},
        "config": {"model": "none", "rules": "test"},
        "primary": "rules",
        "runs": {"rules": result},
        "notes": [],
    }
    paths = write_report(doc, tmp_path)
    assert [p.name for p in paths] == ["report.md", "pr_curves.png", "delays.png"]
    md = (tmp_path / "report.md").read_text()
    assert "| grooming | 3 | 0.667 | 0.667 |" in md and "kw.secret" in md
    for p in paths[1:]:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_when_training_and_evaluation_ask_where_a_category_starts_then_they_agree() -> None:
    """Issue 9 (#5): one definition of onset. Training and evaluation read the same
    known onsets; they differ only, and explicitly, on a positive without one."""
    from convowatch.nlp.corpora.reader import read_conversations
    from convowatch.nlp.evaluate import effective_onset
    from convowatch.nlp.model.data import onsets
    from convowatch.service.cli._common import demo_corpus_path

    convs, _ = read_conversations(demo_corpus_path())
    checked = 0
    for conv in convs:
        ev, tr = effective_onset(conv), onsets(conv)
        for c, i in ev.items():
            assert tr[c] == i, (conv.conversation_id, c)
            checked += 1
        assert set(ev) <= {c for c, v in conv.labels.items() if v}  # only positive categories have an onset
        assert all(tr[c] == 0 for c in set(tr) - set(ev))  # an unknown onset: training counts it all
    assert checked > 0
