"""Verb cues the clause and object rules make no candidate for (made-up sentences):
relative pronoun objects, passives with a complement, light verbs, phrasal verbs, verbs
of intention and verbs of emotion (:mod:`fivew.quotes_idioms`)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun object is the content, the clause's subject the source
        ("The harbour levy, which Mayor Lopez proposed last spring, has stalled in the council.",
         [("Mayor Lopez", "proposed", "which")]),
        # a passive with a complement: patient and complement, no source named
        ("Mayor Lopez was declared the winner of the runoff.",
         [(None, "declared", "Mayor Lopez"), (None, "declared", "the winner of the runoff")]),
        ("The old ferry terminal is considered a landmark.",
         [(None, "considered", "The old ferry terminal"), (None, "considered", "a landmark")]),
        # light verbs with their noun
        ("Governor Patel took a swipe at the harbour commission on Tuesday.",
         [("Governor Patel", "took a swipe at", "the harbour commission")]),
        ("Most dock workers have negative feelings toward the harbour commission.",
         [("Most dock workers", "have negative feelings toward", "the harbour commission")]),
        ("The mayor had harsh words for the ferry operators.",
         [("The mayor", "had harsh words for", "the ferry operators")]),
        ("The senator made no mention of the pension scandal in her speech.",
         [("The senator", "made no mention of", "the pension scandal in her speech")]),
        # phrasal verbs: the preposition's object, or the verb's own
        ("The union pushed back on the proposal to close the depot.",
         [("The union", "pushed back on", "the proposal to close the depot")]),
        ("Mayor Lopez sided with the dock workers in the dispute.",
         [("Mayor Lopez", "sided with", "the dock workers")]),
        ("The governor called out the ferry operators.",
         [("The governor", "called out", "the ferry operators")]),
        ("Mayor Lopez has previously called out Kessler, slamming his ferry plan.",
         [("Mayor Lopez", "called out", "Kessler"),
          ("Mayor Lopez", "slamming", "his ferry plan")]),
        # the preposition's object goes on over a gerund or an "as" phrase right after it
        ("Kessler also poked fun at Patel returning to New York to campaign ahead of the "
         "primary.",
         [("Kessler", "poked fun at",
           "Patel returning to New York to campaign ahead of the primary")]),
        ("The mayor is zeroing in on harbour jobs as a crucial mission for the city.",
         [("The mayor", "zeroing in on", "harbour jobs as a crucial mission for the city")]),
        # verbs of intention with an infinitive
        ("The committee looks to finish the harbour report by June.",
         [("The committee", "looks", "to finish the harbour report by June")]),
        ("Councillor Reyes voted to delay the depot closure.",
         [("Councillor Reyes", "voted", "to delay the depot closure")]),
        # a verb of emotion: the one moved holds a stance on what moved them
        ("The new toll angered the ferry captains.",
         [("the ferry captains", "angered", "The new toll")]),
        ("The ferry captains were angered by the new toll.",
         [("The ferry captains", "angered", "the new toll")]),
        # a noun cue inside the phrase keeps the content: one attribution, not two (a
        # named subject: quotes_agents gives a common-noun subject of "raise" no source)
        ("Senator Ruiz raised questions about the new budget.",
         [("Senator Ruiz", "questions about", "the new budget")]),
    ],
)
def test_idiom_cues(nlp: Any, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry took a long time to arrive.",  # no listed noun with "take"
        "She took a walk along the pier.",
        "The tide moved to the east.",  # "to" is no infinitive marker here
        "The boats were looking at the harbour.",
        "Whatever was considered a bargain sold out.",  # a free relative is no patient
        "She angered the ferry captains.",  # a pronoun is no content
        # with a particle a verb of emotion is another verb: "rattled off" recites
        "The moderator rattled off the charges as the captain frowned.",
    ],
)
def test_no_idiom_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []
