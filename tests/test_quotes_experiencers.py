"""Holders named as the one a claim strikes, after an expletive "it"
(:mod:`fivew.quotes_experiencers`), on made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It amazes me that so few voters can see through the new levy.",
         ("me", "amazes", "that so few voters can see through the new levy")),
        ("It dawned on Okafor that the harbour would never reopen.",
         ("Okafor", "dawned", "that the harbour would never reopen")),
        # "it appears" names nobody
        ("It appears that the harbour will never reopen.",
         (None, "appears", "that the harbour will never reopen")),
    ],
)
def test_experiencer_holds_the_claim(nlp: Any, text: str,
                                     expected: tuple[str | None, str, str]) -> None:
    assert expected in found_triples(nlp, text)
