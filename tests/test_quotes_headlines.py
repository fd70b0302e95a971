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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb joined by "And" shares the first one's source
        ("Farm Lobby Backs Mayor And Denounces Council",
         [("Farm Lobby", "Backs", "Mayor"), ("Farm Lobby", "Denounces", "Council")]),
        # ... or by a comma
        ("Nurses Union Slams Hospital Board, Backs Strike Plan.",
         [("Nurses Union", "Slams", "Hospital Board"),
          ("Nurses Union", "Backs", "Strike Plan")]),
        # a listed phrasal verb the model reads as a noun
        ("Trump Calls On Board To Quit.", [("Trump", "Calls On", "Board To Quit")]),
        # a verb whose content the parse does not read
        ("Senator Refuses to Disavow Union Endorsement.\n\nThe race is close.",
         [("Senator", "Refuses", "to Disavow Union Endorsement")]),
        # a naming verb
        ("Mayor Calls Stadium Deal A Disgrace\n\nThe vote is on Friday.",
         [("Mayor", "Calls", "Stadium Deal A Disgrace")]),
        # a passive participle: the agent after "By" is the source
        ("Harbour Chief Named By Council As Interim Mayor\n\nThe vote is on Friday.",
         [("Council", "Named", "Harbour Chief")]),
    ],
)
def test_title_verbs(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor denounces council over fees.\n\nThe vote is on Friday.",
         ("Mayor", "denounces", "council over fees")),
        # a bare form after a plural noun
        ("Farmers vow to block the new levy.\n\nThe vote is on Friday.",
         ("Farmers", "vow", "to block the new levy")),
    ],
)
def test_sentence_case_title_verb(nlp: Any, text: str,
                                  expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_sentence_case_title_noun_is_no_verb(nlp: Any) -> None:
    # "charges" is the subject, followed by a preposition
    text = "Criminal charges against the mayor could reshape the race.\nThe vote is Friday."
    assert all(cue != "charges" for _, cue, _ in found_triples(nlp, text))
