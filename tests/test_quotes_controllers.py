"""Who holds a cue's claim where the parse hangs that holder away from the cue
(:mod:`fivew.quotes_controllers`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


def _speaker_of(nlp: Any, text: str, cue: str) -> str | None:
    """The speaker text of the first quote cued by ``cue`` in ``text``."""
    return next(s for s, c, _ in found_triples(nlp, text) if c == cue)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # "for X to V": X does V
        ("The storm created a natural opening for Okafor to highlight her record on flood "
         "defences.", "highlight", "Okafor"),
        # but not a thing after a verb: the subject does V
        ("Then, in a gentle tone, Mrs. Okafor reached for a metaphor to describe the hopes "
         "of the fishermen.", "describe", "Mrs. Okafor"),
        # a noun cue's holder as an adjective of nationality or party before it
        ("European reluctance to hand over harbour powers to Brussels remains strong.",
         "reluctance", "European"),
        # a noun cue's holder in its "of" / "among" phrase
        ("The willingness of the voters to accept the lower price surprised the buyers.",
         "willingness", "the voters"),
        ("The fear among voters is that the new quota will ruin the fishermen.", "fear",
         "voters"),
        # a noun cue's holder as the subject of a relative clause on it
        ("The first promise Okafor made was that the harbour would stay open.", "promise",
         "Okafor"),
        ("The only promise she has kept so far is that the ferry will run on Sundays.",
         "promise", "she"),
        # an infinitive qualifying the object of a verb: the verb's subject does it
        ("In an interview, Okafor had nothing good to say about the new harbour plan.",
         "say", "Okafor"),
        # the issuer of a thing that a relative clause cue qualifies
        ("The Harbour Trust released a short video that accuses the mayor of hiding the "
         "costs.", "accuses", "The Harbour Trust"),
        ("The growers' union ran an advert that claims the new levy will close half the "
         "farms.", "claims", "The growers' union"),
        # a passive's agent the parse hung on a word after the cue
        ("The plan was criticised as reckless in a letter by several senators.", "criticised",
         "several senators"),
        # the maker of a document given as the source
        ("Marsh is expected to resign, according to a statement released by the harbour "
         "board.", "according to", "the harbour board"),
        # a poll that a participle qualifies says what it shows
        ("Pike will need the farmers' support with recent polls showing a tight race in the "
         "valley.", "showing", "recent polls"),
        ("Okafor spoke at the harbour on Monday, with a new survey showing that most voters "
         "back the levy.", "showing", "a new survey"),
    ],
)
def test_holder_named_away_from_the_cue(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a thing in the "of" phrase is what the cue is about, not its holder
        ("The rejection of the plan to widen the harbour surprised the buyers.",
         "rejection of", None),
    ],
)
def test_thing_after_a_noun_cue_holds_nothing(nlp: Any, text: str, cue: str,
                                              speaker: str | None) -> None:
    found = [s for s, c, _ in found_triples(nlp, text) if c == cue]
    assert found and all(s == speaker for s in found)  # the cue is read, its holder not


def test_passive_relative_names_no_holder(nlp: Any) -> None:
    # a passive relative clause's "that" is what is held, not the thing an issuer issued
    text = "The scandal engulfed a harbour seat that had long been seen as safe for the party."
    assert [s for s, c, _ in found_triples(nlp, text) if c == "seen"] == [None, None]
