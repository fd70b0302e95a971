"""Object contents of verb cues (made-up sentences): verbs of comparison
(:mod:`fivew.quotes_comparing`), a second object the parse hangs on the cue
(:mod:`fivew.quotes_conjuncts`), object-content verbs added to the word lists and an object
the parse left out of the clause after it (:mod:`fivew.quotes_verbs`)."""

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
        # an "as" phrase the parse hangs on the object still says what it is taken for ...
        ("Critics saw the comment as a dig at the military.",
         [("Critics", "saw", "the comment as a dig at the military")]),
        # ... but not "such as", which gives examples
        ("The paranoia found other points of focus, such as the devil's hand.", []),
        # an "in" with a gerund after the object says what the object is about
        ("The senator kept questioning Okafor's judgment in supporting the toll.",
         [("The senator", "questioning", "Okafor's judgment in supporting the toll")]),
        # a noun of what is said, with its "that" clause, is the content whole ...
        ("Romney tweeted his call that the front-runner share the recording.",
         [("Romney", "tweeted", "his call that the front-runner share the recording")]),
        # ... an addressee is not
        ("The mayor told reporters the bridge would reopen in May.",
         [("The mayor", "told", "the bridge would reopen in May")]),
        ("He warned voters the plan would raise taxes.",
         [("He", "warned", "the plan would raise taxes")]),
    ],
)
def test_object_contents(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
