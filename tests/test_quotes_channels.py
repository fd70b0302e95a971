"""A "that" clause the parse hangs on the noun of a cue's prepositional phrase ("wrote in
a letter that X"): the cue's content; a medium quoting someone "as saying", and the kind of
such a nested claim (made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chairman wrote in a letter that the pension fund was running short of cash.",
         ("The chairman", "wrote", "that the pension fund was running short of cash")),
        ("The trainer claimed without proof that the horse had been drugged before the race.",
         ("The trainer", "claimed", "that the horse had been drugged before the race")),
    ],
)
def test_clause_hung_on_a_channel_noun(nlp: Any, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union has made the case that wages have fallen far behind rents.",
         ("The union", "case", "that wages have fallen far behind rents")),
        ("The scientists reached agreement that the glacier was shrinking faster each year.",
         ("The scientists", "agreement", "that the glacier was shrinking faster each year")),
    ],
)
def test_object_noun_with_a_that_clause(nlp: Any, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_a_possibility_is_held_by_nobody(nlp: Any) -> None:
    text = "The pilots raised the possibility that the runway lights had failed."
    assert found_triples(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content", "medium"),
    [
        ("Reuters quoted Mr. Khan as saying he would not resign.",
         "Mr. Khan", "he would not resign", "Reuters"),
        ("State radio quoted an unnamed harbour official as saying that the ferry had sunk.",
         "an unnamed harbour official", "that the ferry had sunk", "State radio"),
    ],
)
def test_quoted_as_saying(nlp: Any, text: str, speaker: str, content: str,
                          medium: str) -> None:
    # the quoted person said it, the medium passed it on; the medium's attribution of the
    # whole stretch (PolNeAR's) stays beside it
    quotes = make_article(nlp, text).quotes
    said = next(q for q in quotes if q.cue is not None and q.cue.text == "saying")
    assert said.speaker is not None and said.speaker.text == speaker
    assert said.text == content
    assert said.medium is not None and said.medium.text == medium
    assert any(q.cue is not None and q.cue.text == "quoted" and q.speaker is not None
               and q.speaker.text == medium for q in quotes)


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        # a claim nested in another's content takes its kind from the quote marks in it
        ("Reuters quoted Mr. Khan as saying: “I will not resign.”", "saying", "direct"),
        ("State radio quoted a harbour official as saying the ferry had “simply vanished” at "
         "dawn.", "saying", "mixed"),
    ],
)
def test_nested_claim_kind(nlp: Any, text: str, cue: str, kind: str) -> None:
    quotes = make_article(nlp, text).quotes
    assert [q.kind for q in quotes if q.cue is not None and q.cue.text == cue] == [kind]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the one told after a quote is its medium, no content of its own
        ("“Do I like his plan? No. Do I like his manners? No,” she told the paper. “But he "
         "had the harbour working.”",
         ["“Do I like his plan? No. Do I like his manners? No,”",
          "“But he had the harbour working.”"]),
        # ... but not a thing told after the one told
        ("As the rumours began to swirl, Dion eventually told the world the real reason for "
         "her absence.", ["the real reason for her absence"]),
    ],
)
def test_the_one_told_is_no_content(nlp: Any, text: str, contents: list[str]) -> None:
    assert [c for _, cue, c in found_triples(nlp, text) if cue == "told"] == contents
