"""Listed cues in constructions the verb rules missed (:mod:`fivew.quotes_constructions`),
on made-up sentences: each positive case finds no quote when its rule is left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb the parse makes a conjunct of the clause before it reports that clause
        ("Monique Dalle, a member of the Parisian congregation, was traveling to Cairo to "
         "visit her daughter Esther, the church posted on Facebook.",
         [("the church", "posted", "Monique Dalle, a member of the Parisian congregation, was "
           "traveling to Cairo to visit her daughter Esther")]),
        ("The plant is hanging on, but it is under pressure from imports, said its chief "
         "executive, John Ferriola.",
         [("its chief executive", "said",
           "The plant is hanging on, but it is under pressure from imports")]),
    ],
)
def test_trailing_conjunct(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective a speech verb with no object states is its content
        ("Mr. Shkreli has pleaded not guilty.", [("Mr. Shkreli", "pleaded", "not guilty")]),
        ("Petraeus pleaded guilty to a misdemeanor charge.",
         [("Petraeus", "pleaded", "guilty to a misdemeanor charge")]),
        # ... not in a relative clause, nor in a participle with no subject
        ("The bill, deemed insufficient by Democrats, failed to pass.", []),
    ],
)
def test_verdict(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


def test_adjective_of_feeling(nlp: Any) -> None:
    """'impressed with X': the participle of an emotion verb as an adjective cue."""
    triples = found_triples(nlp, "The mayor was not impressed with the plan to close the depot.")
    assert [(s, c) for s, c, _ in triples] == [("The mayor", "impressed with")]


def test_adjective_of_stance(nlp: Any) -> None:
    """'partial to X': an adjective of stance with its preposition."""
    triples = found_triples(nlp, "The governor is partial to cowboy boots.")
    assert [(s, c) for s, c, _ in triples] == [("The governor", "partial to")]
