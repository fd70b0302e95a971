"""Where an outer content ends before a nested cue that opens a claim of its own
(:func:`fivew.quotes_nesting.split_point`), and what a passive cue attributes, on made-up
sentences."""

from __future__ import annotations

from typing import Any

from .test_quotes import found_triples


def test_participle_aside_hung_on_a_noun_ends_the_content(nlp: Any) -> None:
    # ", saying that ...": the small model hangs the participle on "notion" (an acl); it is
    # the speaker going on, with a claim of its own
    text = ("He rejected the notion that the episode should be water under the bridge, "
            "saying that if he found something rotten he would fix it.")
    assert [(cue, content) for _, cue, content in found_triples(nlp, text)] == [
        ("rejected", "the notion that the episode should be water under the bridge"),
        ("saying", "that if he found something rotten he would fix it")]


def test_passive_role_hung_on_the_agent(nlp: Any) -> None:
    # the parse hangs "as a liberal champion" on "historians": it completes what is
    # attributed, joined to the one remembered
    text = "Obama will probably be remembered by historians as a liberal champion."
    assert [(cue, content) for _, cue, content in found_triples(nlp, text)] == [
        ("remembered", "Obama"), ("remembered", "as a liberal champion")]


def test_with_absolute_is_a_claim_of_its_own(nlp: Any) -> None:
    # ", with McCain calling it ...": a second speaker beside the outer one
    text = ("Republicans who agree that the prison should be closed were irritated about the "
            "lack of detail, with Sen. John McCain calling it a \u201cChinese menu.\u201d")
    found = found_triples(nlp, text)
    assert ("Sen. John McCain", "calling", "it a \u201cChinese menu.\u201d") in found
    assert all("McCain" not in content for _, cue, content in found if cue == "agree")


def test_second_participle_goes_on_from_the_first(nlp: Any) -> None:
    # the parse hangs "arguing" on "stalled", inside what "saying" reports
    text = ("The mayor pushed back on the claims Monday, saying that the plan had the right "
            "funding but was stalled by public mistrust - and arguing that she and the council "
            "shared \"almost all the same goals on housing.\"")
    triples = found_triples(nlp, text)
    assert ("The mayor", "saying", "that the plan had the right funding but was stalled by "
                                   "public mistrust") in triples
    assert ("The mayor", "arguing", "that she and the council shared \"almost all the same "
                                    "goals on housing.\"") in triples
