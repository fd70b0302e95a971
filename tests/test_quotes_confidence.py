"""Calibration of the quotes' ``confidence``: which quotes count as right, and the ECE."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from fivew.evaluate.quotes import Attr
from fivew.evaluate.quotes_confidence import calibration, format_calibration, quote_outcomes

TEXT = "“We will win,” Smith said. “They will lose.” Jones said later that it was over."


def _quote(start: int, end: int, cue: tuple[int, int], confidence: float) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, confidence=confidence,
                           cue=SimpleNamespace(start=cue[0], end=cue[1]))


def test_each_quote_is_judged_on_its_own_words_and_speaker() -> None:
    said, later = (21, 25), (51, 55)
    quotes = [_quote(1, 12, said, 0.9), _quote(28, 42, said, 0.7),
              _quote(62, 78, later, 0.5)]
    preds = [Attr([(1, 12), (28, 42)], [said], [(15, 20)]),
             Attr([(62, 78)], [later], [(45, 50)])]
    # the gold gives Smith only his first sentence, and Jones's words to someone else
    gold = [Attr([(1, 12)], [said], [(15, 20)]), Attr([(62, 78)], [later], [(0, 1)])]
    assert list(quote_outcomes(TEXT, quotes, preds, gold)) == [
        (0.9, True), (0.7, False), (0.5, False)]


def test_a_quote_left_out_of_the_scoring_is_left_out_here() -> None:
    quotes = [_quote(1, 12, (21, 25), 0.9), _quote(62, 78, (51, 55), 0.5)]
    preds = [Attr([(1, 12)], [(21, 25)], [(15, 20)])]  # the nested claim was dropped
    assert [c for c, _ in quote_outcomes(TEXT, quotes, preds, [])] == [0.9]


def test_calibration_bands_and_expected_error() -> None:
    outcomes = [(0.9, True, 1.0), (0.9, True, 1.0), (0.9, False, 1.0), (0.9, True, 1.0),
                (0.4, False, 0.5), (0.4, True, 0.5)]
    result = calibration(outcomes)
    assert [(b["from"], b["quotes"], b["right"]) for b in result["bands"]] == [
        (0.0, 1.0, 0.5), (0.9, 4.0, 0.75)]
    # |0.4 - 0.5| * 1/5 + |0.9 - 0.75| * 4/5
    assert result["ece"] == pytest.approx(0.02 + 0.12)
    assert "expected calibration error 0.140" in format_calibration(result)


def test_no_quotes_no_error() -> None:
    assert calibration([]) == {"quotes": 0.0, "ece": 0.0, "bands": []}
