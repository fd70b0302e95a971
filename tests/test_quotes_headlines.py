"""Headline cues of the ``quotes`` stage (made-up headlines): a title-cased verb the parse
reads as a proper noun; and a sentence opening "To X," that gives X's view."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former Governor Endorses Maria Lopez For Senate",
         ("Former Governor", "Endorses", "Maria Lopez For Senate")),
        ("Union Leader Denounces New Pension Plan",
         ("Union Leader", "Denounces", "New Pension Plan")),
        # the source starts after what opens the headline
        ("Right After The Vote, Harbour Mayor Praises Dock Workers",
         ("Harbour Mayor", "Praises", "Dock Workers")),
    ],
)
def test_headline_verb(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun after a possessive is no verb ("claims" of the governor)
        "The Governor’s Claims About Harbour Fund Under Review",
        # a lowercase sentence is left to the parse
        "the mayor's office sends its regards",
    ],
)
def test_no_headline_verb(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To many voters, the senator is a symbol of a broken system.",
         ("many voters", "To", "the senator is a symbol of a broken system")),
        ("To her critics, the plan was a giveaway to the banks.",
         ("her critics", "To", "the plan was a giveaway to the banks")),
        ("To them, the new stadium is a waste of public money.",
         ("them", "To", "the new stadium is a waste of public money")),
    ],
)
def test_view_of_someone(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "To that end, the council hired two engineers for the bridge.",
        "To some extent, the harbour fees have already risen.",
    ],
)
def test_to_phrase_of_aim_or_degree_is_no_view(nlp: Any, text: str) -> None:
    assert all(cue != "To" for _, cue, _ in found_triples(nlp, text))
