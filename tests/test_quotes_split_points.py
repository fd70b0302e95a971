"""Where an outer content ends before a nested cue that opens a claim of its own
(:func:`fivew.quotes_rules.split_point`), on made-up sentences."""

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
