"""The extraction scorer (fivew.evaluate.extraction) on a few pages of each gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

from fivew.errors import DataError
from fivew.evaluate.extraction import (
    _reference_variants,
    _snippet_counts,
    detect_set,
    extraction,
    format_report,
)
from tests.conftest import shared_path


def test_snippet_counts_normalise_whitespace() -> None:
    counts = _snippet_counts("Alpha  beta\ngamma", ["alpha", "beta gamma"], ["Alpha", "delta"])
    assert counts == {"tp": 1, "fn": 1, "fp": 1, "tn": 1}


def test_optional_paragraphs_give_variants() -> None:
    variants = set(_reference_variants(["One.", "[Two.]", "Three."]))
    assert variants == {"One.\n\nThree.", "One.\n\nTwo.\n\nThree."}


def test_unknown_folder_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        detect_set(tmp_path)


@pytest.mark.gold
def test_trafilatura_eval_few_pages() -> None:
    result = extraction(shared_path("data", "extraction", "trafilatura-eval"), limit=5)
    assert result["set"] == "trafilatura-eval" and result["pages"] == 5
    for tool in ("fivew", "trafilatura"):
        scores = result["scores"][tool]
        assert 0.0 <= scores["f1"] <= 1.0
        assert scores["tp"] + scores["fn"] > 0
    assert "fivew" in format_report(result)


@pytest.mark.gold
def test_fundus_eval_few_pages() -> None:
    result = extraction(shared_path("data", "extraction", "fundus-eval"), limit=2)
    assert result["set"] == "fundus-eval" and result["pages"] == 2
    assert result["scores"]["fivew"]["f1"] > 50.0
    assert "ROUGE-LSum" in format_report(result)
