"""CARD.md's tables are exactly what `convowatch synth stats` prints for the committed corpora."""

from __future__ import annotations

from typer.testing import CliRunner

from convowatch.service.cli import app
from convowatch.synthetic.generator import COMMITTED, DATA_DIR
from convowatch.synthetic.stats import card_block, render_stats, replace_card_block


def test_when_card_is_compared_with_stats_then_tables_match():
    files = [str(DATA_DIR / name) for name in COMMITTED]
    result = CliRunner().invoke(app, ["synth", "stats", *files])
    assert result.exit_code == 0, result.output
    card = (DATA_DIR / "CARD.md").read_text(encoding="utf-8")
    assert card_block(card) == result.output


def test_when_card_is_compared_with_check_then_overlap_table_matches():
    from convowatch.synthetic.stats import CHECK_BEGIN, CHECK_END

    result = CliRunner().invoke(app, ["synth", "check"])
    assert result.exit_code == 0, result.output
    card = (DATA_DIR / "CARD.md").read_text(encoding="utf-8")
    table = "".join(line + "\n" for line in result.output.splitlines() if line.startswith("|"))
    assert card_block(card, CHECK_BEGIN, CHECK_END) == table


def test_when_block_is_replaced_then_card_block_reads_it_back():
    from convowatch.synthetic.stats import CARD_BEGIN, CARD_END

    card = f"# t\n\n{CARD_BEGIN}\nold\n{CARD_END}\n"
    assert card_block(replace_card_block(card, "new table\n")) == "new table\n"


def test_when_stats_are_rendered_then_counts_add_up():
    convs = [
        {"conversation_id": "a", "labels": {"grooming": 1}, "onset": {"grooming": 1},
         "meta": {"profile": "grooming", "scenario": "s", "adversarial": False, "lang": "en"},
         "messages": [{"text": "x"}, {"text": "y", "labels": {"grooming": "rapport"}}]},
        {"conversation_id": "b", "labels": {}, "meta": {"profile": "benign", "scenario": "t", "adversarial": "spacing", "lang": "en"},
         "messages": [{"text": "x"}] * 12},
    ]
    text = render_stats(convs, "tiny")
    assert "| 2 | 14 | 7.0 | 7.0 | 12 | 1 | 50.0% |" in text  # overview row
    assert "| grooming | rapport | 1 | 1 |" in text  # message-label row
    assert "| adversarial | spacing | 1 | 0 | 50.0% |" in text  # slice row
