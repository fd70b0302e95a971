"""A content that ends where a claim of its own begins (made-up sentences): the cue's own
next predicate and a clause after a semicolon, see :mod:`fivew.quotes_splits`."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the cue's own next predicate is a claim of its own
        ("The mayor praised the new budget and made it clear that the library would stay "
         "open.",
         ("The mayor", "praised", "the new budget"),
         ("The mayor", "made it clear", "that the library would stay open")),
        ("She called the vote a farce and likened it to a rigged card game.",
         ("She", "called", "the vote a farce"),
         ("She", "likened", "it to a rigged card game")),
        # ... also where the claim is a light verb's object
        ("The governor endorsed the senator and has been a sharp critic of his tax plan.",
         ("The governor", "endorsed", "the senator"),
         ("The governor", "critic", "his tax plan")),
        ("The minister talked about the harvest and made comments about the price of grain.",
         ("The minister", "talked about", "the harvest"),
         ("The minister", "comments about", "the price of grain")),
        # ... and the next predicate of the verb whose infinitive is the cue
        ("Most fans don't expect to see the two owners agree on anything, but the players "
         "expect the league to step in before the season.",
         ("Most fans", "expect", "to see the two owners agree on anything"),
         ("the players", "expect", "the league to step in before the season")),
        # ... also where the parse hung that predicate on the first one's complement
        ("He called it \"shameful\" and called on leaders to stop.",
         ("He", "called", "it \"shameful\""),
         ("He", "called on", "leaders to stop")),
        ("She called it \"shameful\" and called on voters \"not to feed that fear inside of "
         "us.\"",
         ("She", "called", "it \"shameful\""),
         ("She", "called on", "voters \"not to feed that fear inside of us.\"")),
        # a speaker going on to a second claim ("went on to say"), the parse having hung
        # it on the first claim's clause: the first speaker's
        ("The mayor said the plan was fine but went on to say that the budget was too "
         "small.",
         ("The mayor", "said", "the plan was fine"),
         ("The mayor", "say", "that the budget was too small")),
        # a clause after a semicolon, with a subject of its own
        ("The union calls for a raise of four dollars an hour; the company calls for a "
         "freeze on all wages.",
         ("The union", "calls for", "a raise of four dollars an hour"),
         ("the company", "calls for", "a freeze on all wages")),
        ("The council backs a tax on sugary drinks; its chairman wants a ban on them "
         "instead.",
         ("The council", "backs", "a tax on sugary drinks"),
         ("its chairman", "wants", "a ban on them instead")),
    ],
)
def test_content_ends_before_own_claim(nlp: Any, text: str, first: tuple[str, str, str],
                                       second: tuple[str, str, str]) -> None:
    triples = found_triples(nlp, text)
    assert first in triples and second in triples


def test_participle_on_a_complement_is_no_second_predicate(nlp: Any) -> None:
    # "lauded" joined to "experienced" is an adjective: nobody is named as lauding
    triples = found_triples(nlp, "The mayor is more experienced and praised for her budgets.")
    assert triples == [(None, "praised", "her budgets")]
