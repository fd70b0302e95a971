"""Questions put to a speaker in the ``quotes`` stage (made-up text): what was asked is an
attribution of its own, to the asker when named ("by X") and else to nobody, and no part of
what the speaker said."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        ("Asked if the quay would open in May, the mayor said it would.",
         "if the quay would open in May", None),
        ("Asked at a briefing on Monday about the tolls, the mayor said they would fall.",
         "about the tolls", None),
        ("Asked by reporters whether she would run again, the mayor said she had not decided.",
         "whether she would run again", "reporters"),
    ],
)
def test_fronted_question_is_the_askers(nlp: Any, text: str, question: str,
                                        asker: str | None) -> None:
    triples = found_triples(nlp, text)
    assert (asker, "Asked", question) in triples


def test_question_after_a_quote_is_not_what_was_said(nlp: Any) -> None:
    text = "The mayor had said, “We will see,” when asked whether she would run again."
    triples = found_triples(nlp, text)
    assert ("The mayor", "said", "“We will see,”") in triples
    assert (None, "asked", "whether she would run again") in triples


def test_question_hanging_on_the_cue_leaves_it_its_quotes(nlp: Any) -> None:
    # the parse gives "said" nothing but the question: the quotes are still the mayor's
    text = ("“It has been seven years,” Okafor said, asked about the delay in an interview. "
            "“Why should anyone be surprised?”")
    triples = found_triples(nlp, text)
    assert ("Okafor", "said", "“It has been seven years,”") in triples
    assert ("Okafor", "said", "“Why should anyone be surprised?”") in triples
    assert not any(cue == "said" and words.startswith("asked") for _, cue, words in triples)
    assert any(who is None and cue.startswith("asked") and "the delay" in words
               for who, cue, words in triples)


def test_request_stays_inside_the_claim(nlp: Any) -> None:
    # "asked to do so" asks no question: it is part of what the lawyer said
    text = ("Her lawyer said the video shows him leaving his car when asked to do so by the "
            "police.")
    triples = found_triples(nlp, text)
    said = [words for who, cue, words in triples if cue == "said"]
    assert said and said[0].endswith("by the police")
