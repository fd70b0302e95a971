"""A clause spliced on with a comma before a verb cue that governs a complement on its right
(made-up sentences): the infinitive, gerund or object is the content, not the clause."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive
        ("The ferry schedule changed in spring, the mayor decided to close the old pier.",
         ("the mayor", "decided", "to close the old pier")),
        ("Rents kept rising all year, the tenants hope to win a freeze before winter.",
         ("the tenants", "hope", "to win a freeze before winter")),
        ("The budget was tight, the union leaders sought to give every sign of patience.",
         ("the union leaders", "sought", "to give every sign of patience")),
        # a gerund
        ("The council met on Monday, the treasurer would support raising the parking fees.",
         ("the treasurer", "support", "raising the parking fees")),
        # a verb of address: its object with the infinitive past it, or the topic past its
        # object (the addressee)
        ("The hearing ran long, the senators asked the director about the missing files.",
         ("the senators", "asked", "the missing files")),
        ("The polls closed early, the mayor urged voters to stay home.",
         ("the mayor", "urged", "voters to stay home")),
        ("Turnout fell sharply in the north, the minister told the council to delay the vote.",
         ("the minister", "told", "the council to delay the vote")),
    ],
)
def test_complement_past_a_spliced_clause(nlp: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    triples = found_triples(nlp, text)
    assert expected in triples
    assert all(content != text.split(",")[0] for _, _, content in triples)
