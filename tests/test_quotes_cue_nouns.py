"""Noun cues whose phrase is a compound preposition, and "for X to V" after a noun cue
(:mod:`fivew.quotes_cues`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "in reference to X", "for fear of X": a topic or a motive, not a claim
        ("The mayor stayed silent, in reference to the harbour road.", "reference to"),
        ("The fisherman spoke anonymously for fear of reprisals from the harbour board.",
         "fear of"),
    ],
)
def test_compound_preposition_is_no_cue(nlp: Any, text: str, cue: str) -> None:
    assert all(c != cue for _, c, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the infinitive after the object of "for" belongs to the content
        ("He dropped his demand for the council to reopen the pier.", "demand for",
         "the council to reopen the pier"),
        ("He renewed his demand for the mayor to resign immediately.", "demand for",
         "the mayor to resign immediately"),
        # "for" read as the marker of the clause
        ("Her call for Congress to pass the ferry bill drew cheers.", "call",
         "Congress to pass the ferry bill"),
    ],
)
def test_for_infinitive_after_noun_cue(nlp: Any, text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c, t) for _, c, t in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the subject of a verb that acts "to" or "at" a noun cue holds it, as PolNeAR reads
        ("The growers clung to the hope that the levy would be dropped before spring.",
         "hope", "The growers"),
        ("Okafor bristled at the suggestion that she had misled the harbour board.",
         "suggestion", "Okafor"),
        # a name before the noun cue holds it
        ("The Merkel proposal to share refugees failed.", "proposal", "Merkel"),
    ],
)
def test_holder_acting_to_or_at_noun_cue(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert (speaker, cue) in [(s, c) for s, c, _ in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # noun cues whose content is the object of their preposition (PolNeAR train)
        ("The ministers held talks about a ceasefire along the northern border.", "talks",
         "a ceasefire along the northern border"),
        ("The company's disclosure of the losses surprised its investors.", "disclosure",
         "the losses"),
        ("The envoys had a conversation about the prisoner exchange.", "conversation",
         "the prisoner exchange"),
        ("The board's approval of the harbour levy surprised the fishermen.", "approval",
         "the harbour levy"),
        ("Okafor renewed his attacks against the port authority this week.", "attacks",
         "the port authority"),
    ],
)
def test_noun_cue_with_prepositional_content(nlp: Any, text: str, cue: str,
                                             content: str) -> None:
    found = [(c, t) for _, c, t in found_triples(nlp, text)]
    assert any(c.startswith(cue) and t == content for c, t in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a noun cue drawn or sparked: what drew it is the content, the "from" phrase speaks
        ("The harbour bill has drawn criticism from the fishermen's union.",
         "the fishermen's union", "The harbour bill"),
        ("The merger sparked criticism from lawmakers in both parties.",
         "lawmakers in both parties", "The merger"),
    ],
)
def test_noun_cue_drawn_from_a_source(nlp: Any, text: str, speaker: str,
                                      content: str) -> None:
    assert (speaker, "criticism", content) in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The rumors that the mayor would resign spread quickly through the town.", "rumors",
         "that the mayor would resign"),
        ("There was speculation about a shake-up of the cabinet.", "speculation about",
         "a shake-up of the cabinet"),
    ],
)
def test_nouns_of_hearsay_are_cues(nlp: Any, text: str, cue: str, content: str) -> None:
    # whose rumour or speculation it is goes unnamed
    assert (None, cue, content) in found_triples(nlp, text)
