"""Verbs that look like cues but attribute nothing (:mod:`fivew.quotes_noncues`) and words
taken out of the cue lists, on made-up sentences: each case is found as a quote when its rule
is left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on a noun with only a short object describes the noun
        ("The charity supporting Mayor Lopez ran radio ads.", []),
        ("A new charity supporting Mayor Lopez ran its first radio ads in March.", []),
        ("Delegates supporting Governor Patel cheered loudly.", []),
        # a naming participle right after its noun gives the noun's name
        ("A small firm called Northgate Analytics won the contract.", []),
        ("He founded a charity named Open Harbour in 2009.", []),
        # a pursuit with nobody doing it: where or when it went on, not a view
        ("INTENSE CAMPAIGNING ON BOTH SIDES.", []),
        # "appeal" left the noun cues: to whom, not what ("her appeal to older voters")
        ("Her appeal to younger voters in the valley fell flat.", []),
        # "reflect on" and "dwell on" left the phrasal cues: musing, not a view
        ("The mayor reflected on her first year in office.", []),
        ("The mayor dwelled on the cost of the new bridge.", []),
        # still cues: a participle on a pronoun, a naming verb with its own subject
        ("The senator greeted those opposing the levy.",
         [("those", "opposing", "the levy")]),
        ("The governor called the plan a disaster.",
         [("The governor", "called", "the plan a disaster")]),
    ],
)
def test_non_cues(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
