"""The noun a relative clause's cue reports about (:mod:`fivew.quotes_relatives`) on made-up
sentences: it fills the object gap of what the cue attributes, and PolNeAR puts it in the
content as a fragment before the cue."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun phrase, up the preposition it hangs on
        ("This is not the kind of campaign Ayotte hoped to be running.",
         [("Ayotte", "hoped", "the kind of campaign"), ("Ayotte", "hoped", "to be running")]),
        ("It was the speech we would like to hear.",
         [("we", "like", "the speech"), ("we", "like", "to hear")]),
        # a naming verb whose object is the relative "that"
        ("The senators blocked a bill that critics called anti-gay.",
         [("critics", "called", "a bill"), ("critics", "called", "anti-gay")]),
        # the gap is the subject of the reported clause: no fragment
        ("They found a letter of apology that he said was drafted by the firm.",
         [("he", "said", "was drafted by the firm")]),
    ],
)
def test_relative_head_fragment(nlp: Any, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
