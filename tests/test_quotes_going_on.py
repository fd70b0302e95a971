"""Speakers of subjectless cues going on from another verb, and of participles on a noun
inside the object of "spend" or "use" (:mod:`fivew.quotes_participles`; made-up
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a conjunct going on from a passive with an agent: the passive's subject, not the
        # agent
        ("As the band started to play, Ruth Okafor was greeted on stage by the harbour "
         "master and joked, “The ferry is never late on my watch.”", "joked", "Ruth Okafor"),
        ("Councillor Ann Brodie was interrupted by a heckler and declared that the mill "
         "would reopen.", "declared", "Councillor Ann Brodie"),
        # a participle going on from a finite verb the parse left without a subject
        ("At the county court in Leeds, Brodie, in a borrowed suit, spoke briefly, offering "
         "only short answers that he knew the charge.", "offering", "Brodie"),
        # a conjunct right after an aside in brackets: the clause before the aside goes on
        ("Brodie called the levy “theft” (although she allowed that some growers might gain) "
         "and promised to repeal it next spring.", "promised", "Brodie"),
        # a participle on a noun inside the object of "spend": the one who spent it
        ("The harbour master spent much of his long speech praising the ferry crews.",
         "praising", "The harbour master"),
    ],
)
def test_speaker_of_a_cue_going_on(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert (speaker, cue) in [(s, c) for s, c, _ in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a passive subject that cannot speak keeps the agent as the one going on
        ("The complaint was filed by the growers' union and seeks a new hearing on the levy.",
         "seeks", "the growers' union"),
    ],
)
def test_passive_thing_is_no_speaker(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert (speaker, cue) in [(s, c) for s, c, _ in found_triples(nlp, text)]
