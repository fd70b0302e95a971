"""Recall by construction (made-up sentences): a raising verb whose inner verb reports
nothing ("appears to have declined"), "in the latest poll" on a noun, a naming verb with an
"as" role or in the passive ("was named the director"), "nominated as", "referenced X",
"voted in favor of X", "support among X" and a dated participle ("a deal announced Monday")."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raising verb over a listed verb that reports nothing here ("declined" = fell)
        ("The harbour's fish catch appears to have declined sharply last winter.",
         [(None, "appears", "The harbour's fish catch"),
          (None, "appears", "to have declined sharply last winter")]),
        # a poll in a phrase the parse hangs on a noun
        ("The ferry holds a 12-point lead over the bus in a new harbour poll.",
         [("a new harbour poll", "in", "The ferry holds a 12-point lead over the bus")]),
        ("Ortiz has a favorable rating of 60 percent in the latest survey.",
         [("the latest survey", "in", "Ortiz has a favorable rating of 60 percent")]),
        # naming verbs: an "as" role after the object, and the passive with its role
        ("The senator named a local baker as her favourite cook.",
         [("The senator", "named", "a local baker as her favourite cook")]),
        ("In 1998 Alvarez, then a young clerk, was named the director of the port authority.",
         [(None, "named", "Alvarez, then a young clerk"),
          (None, "named", "the director of the port authority")]),
        ("Reyes was formally nominated as the party's candidate for governor.",
         [(None, "nominated", "Reyes"),
          (None, "nominated", "as the party's candidate for governor")]),
        # "reference" as a verb of speech with its object
        ("Councillor Reyes referenced the old harbour charter in her speech.",
         [("Councillor Reyes", "referenced", "the old harbour charter in her speech")]),
        # "in favor of X", "in support of X": the side taken by the verb's subject
        ("The fishermen all voted in favor of the new quota.",
         [("The fishermen", "voted in favor of", "the new quota")]),
        ("The bishop was always in favor of a bigger shelter.",
         [("The bishop", "was always in favor of", "a bigger shelter")]),
        ("Two unions came out in support of the dock strike.",
         [("Two unions", "came out in support of", "the dock strike")]),
        # "support among X": the group backs the one who has the support
        ("The mayor has strong support among older voters in the port.",
         [("older voters in the port", "support", "The mayor")]),
        ("The governor's firm support among dock workers helped her win.",
         [("dock workers", "support", "The governor's")]),
        # a dated participle of announcing after a noun
        ("A ferry deal announced Monday would link the two islands.",
         [(None, "announced", "A ferry deal")]),
        ("The harbour levy, unveiled Friday, will fund a new pier.",
         [(None, "unveiled", "The harbour levy")]),
    ],
)
def test_construction_cues(nlp: Any, text: str,
                           expected: list[tuple[str | None, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is trying to shore up support among older voters.",  # seeking it
        "A ferry deal announced by the council would link the two islands.",  # an agent
        "The plan was modified in recent weeks.",
    ],
)
def test_no_construction_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


def test_adjective_cue_with_an_expletive_it_names_no_speaker(nlp: Any) -> None:
    # "it" stands for the clause after the adjective; nobody holds it
    triples = found_triples(nlp, "It is certain that the harbour plan will pass next week.")
    assert triples == [(None, "certain", "that the harbour plan will pass next week")]
