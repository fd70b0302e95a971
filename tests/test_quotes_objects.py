"""Object contents of verb cues (made-up sentences): verbs of comparison
(:mod:`fivew.quotes_comparing`), a second object the parse hangs on the cue
(:mod:`fivew.quotes_conjuncts`) and object-content verbs added to the word lists."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparing verb: its object with what it is compared to
        ("Mayor Lopez compared the new harbour tax to a toll on fishermen.",
         [("Mayor Lopez", "compared", "the new harbour tax to a toll on fishermen")]),
        ("The governor attributed the budget gap to falling ferry revenue.",
         [("The governor", "attributed", "the budget gap to falling ferry revenue")]),
        # without an object it is no cue
        ("Compared with last year, ferry traffic rose sharply.", []),
        # a second object hung on the cue goes on with the first
        ("The mayor called for a vote on Tuesday, and then a recount.",
         [("The mayor", "called for", "a vote on Tuesday, and then a recount")]),
        # "favor" reads its object
        ("Most residents favor the depot closure.",
         [("Most residents", "favor", "the depot closure")]),
        # verbs of attack as object cues
        ("Governor Patel savaged the harbour commission at the meeting.",
         [("Governor Patel", "savaged", "the harbour commission at the meeting")]),
        ("The union will sue the port authority over the new shift rules.",
         [("The union", "sue", "the port authority over the new shift rules")]),
    ],
)
def test_object_contents(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
