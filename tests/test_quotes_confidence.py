"""The quotes' ``confidence``: how it is set, which quotes count as right, and the ECE."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from fivew.evaluate.quotes import Attr
from fivew.evaluate.quotes_confidence import calibration, format_calibration, quote_outcomes
from fivew.quotes_confidence import MAX_CONFIDENCE, quote_confidence, speaker_state
from fivew.quotes_rules import CONFIDENCE

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
    # (0.9 - 1)^2 * 3 + 0.9^2 + (0.4^2 + 0.6^2) * 0.5, over 5
    assert result["brier"] == pytest.approx((0.03 + 0.81 + 0.26) / 5)
    assert "expected calibration error 0.140" in format_calibration(result)


def test_no_quotes_no_error() -> None:
    assert calibration([]) == {"quotes": 0.0, "ece": 0.0, "brier": 0.0, "bands": []}


# --------------------------------------------------------------------------- the stage's side


@pytest.mark.parametrize(
    ("speaker", "state"),
    [
        (None, "none"),
        (SimpleNamespace(text="Massoud", entity_id="e1", description=None), "named"),
        (SimpleNamespace(text="he", entity_id="e1", description=None), "pronoun"),
        (SimpleNamespace(text="He", entity_id=None, description=None), "unresolved_pronoun"),
        (SimpleNamespace(text="I", entity_id=None, description=None), "unresolved_pronoun"),
        (SimpleNamespace(text="an aide to Massoud", entity_id=None,
                         description="an aide to Massoud"), "described"),
        (SimpleNamespace(text="the campaign", entity_id=None, description=None), "other"),
    ],
)
def test_speaker_state(speaker: object, state: str) -> None:
    assert speaker_state(speaker) == state


def test_confidence_follows_the_speaker_and_stays_below_certainty() -> None:
    named = SimpleNamespace(text="Massoud", entity_id="e1", description=None)
    unresolved = SimpleNamespace(text="he", entity_id=None, description=None)
    assert quote_confidence(0.8, named) > quote_confidence(0.8, None) > quote_confidence(
        0.8, unresolved)
    assert quote_confidence(0.99, named) == MAX_CONFIDENCE


def test_quotes_carry_their_confidence(nlp: Any) -> None:
    from fivew.article import Article, Provenance
    from fivew.entities import find_entities
    from fivew.quotes import find_quotes

    text = ("Ahmad Massoud said the talks had failed. Later he added that he would fight on. "
            "The result, they suggested, was bleak.")
    article = Article(id="t", text=text, provenance=Provenance(
        input="-", fivew_version="test", processed_at="1970-01-01T00:00:00+00:00"))
    article._doc = nlp(text)
    find_quotes(find_entities(article))
    by_text = {q.text: q.confidence for q in article.quotes}
    said, added = by_text["the talks had failed"], by_text["that he would fight on"]
    assert said == quote_confidence(CONFIDENCE["speech_clause"], article.quotes[0].speaker)
    assert 0.9 <= said <= MAX_CONFIDENCE and added >= 0.9
    assert all(0 < q.confidence < 1 for q in article.quotes)
