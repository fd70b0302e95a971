"""Noun cues added from the gold attributions PolNeAR marks on a noun and fivew missed
(``noun_cues`` in resources/quotes.json, HOLDING_VERBS in :mod:`fivew.quotes_support`), on
made-up sentences: each case is missed, or read the other way round, without its rule."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "disappointment" with its clause: what the holder regrets
        ("Her disappointment that the bridge was delayed was plain.",
         [("Her", "disappointment", "that the bridge was delayed")]),
    ],
)
def test_noun_cues(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing held by the subject: the subject is backed, the "of" phrase backs it
        ("The bill has the backing of many Democrats in the Senate.",
         [("many Democrats", "backing", "The bill")]),
        ("The mayor has the support of the city's largest unions.",
         [("the city's largest unions", "support", "The mayor")]),
        ("The governor enjoys the endorsement of the teachers' union.",
         [("the teachers' union", "endorsement", "The governor")]),
        # a noun of criticism held is the subject's own view
        ("The mayor has criticism of the new budget plan.",
         [("The mayor", "criticism of", "the new budget plan")]),
    ],
)
def test_held_backing(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
