"""How quoted stretches are tied to their cues (made-up sentences): a quote's own inverted
cue whose speaker the parse missed (:func:`fivew.quotes_adjacent.inverted_speaker`), and
quoted titles, which take no cue (:func:`fivew.quotes_linking.quoted_title`)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the parse reads the name after "said" as an adverb: the quote keeps the cue after
        # it, not the quote before's
        ("“The harbour will be busy all summer,” said a port official.\n\n"
         "“Having two cranes and people who can run them is useful,” said Skelly, explaining "
         "he had worked with the crews for years.",
         "“Having two cranes and people who can run them is useful,”"),
    ],
)
def test_inverted_cue_is_the_quotes_own(nlp: Any, text: str, quote: str) -> None:
    found = [q for q in make_article(nlp, text).quotes if q.text == quote]
    assert found and found[0].cue is not None and found[0].cue.start == found[0].end + 1


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on ABC’s “Harbour Watch,” and said the ferries were late.",
        "The senator, speaking on ABC’s “Harbour Watch,” said the ferries were late.",
    ],
)
def test_quoted_title_takes_no_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == [("The senator", "said", "the ferries were late")]
