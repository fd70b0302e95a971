"""The speaker named right after an inverted cue the parse left without a subject
(:func:`fivew.quotes_adjacent.inverted_speaker`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # the parse leaves "said" without a subject: the name after it is the speaker
        ("“I vote with my heart more than with my head,” said Lena Fairweather, half "
         "joking.", "I vote with my heart", "Lena Fairweather"),
        # where the parse finds the subject, the rule changes nothing
        ("“Nobody in this valley trusts the water company any more,” said the farmer, "
         "who asked not to be named.",
         "Nobody in this valley", "the farmer"),
        ("Ferris said the plan would fail. “It costs far too much money for what it "
         "does,” said Tomas Brandt, a retired engineer.",
         "It costs far too much", "Tomas Brandt"),
    ],
)
def test_name_after_inverted_cue_is_the_speaker(
        nlp: Any, text: str, quoted: str, speaker: str) -> None:
    found = [s for s, _, q in found_triples(nlp, text) if quoted in q]
    assert found == [speaker]
