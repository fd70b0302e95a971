"""Recall of verb cues on made-up sentences: "believe in X" (the ``believe`` entry of
``particle_cues`` in resources/quotes.json). Each case is missed when its entry is left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "believe in X": X is the value held, the believer its source, the cue with "in"
        ("Many farmers believe in taxing polluters instead of rewarding them.",
         [("Many farmers", "believe in", "taxing polluters instead of rewarding them")]),
        ("The young organizers believe in a better political system.",
         [("The young organizers", "believe in", "a better political system")]),
        # a "that" clause still wins: the content is the clause, the cue the verb alone
        ("The mayor believes that the new bridge will open in May.",
         [("The mayor", "believes", "that the new bridge will open in May")]),
    ],
)
def test_verb_recall(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
