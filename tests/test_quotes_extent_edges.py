"""Edges of content spans (:mod:`fivew.quotes_extent_edges`) on made-up sentences: a "that"
right before an opening quote mark starts the content, as in PolNeAR's gold."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_extent_edges import widen_to_edges

from .test_quotes import found_triples, make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" before the opening mark is kept in the content
        ("The mayor said that \u201cthe bridge will be finished by May.\u201d",
         [("The mayor", "said", "that \u201cthe bridge will be finished by May.\u201d")]),
        # no "that": the content starts at the mark
        ("The mayor said, \u201cThe bridge will be finished by May.\u201d",
         [("The mayor", "said", "\u201cThe bridge will be finished by May.\u201d")]),
    ],
)
def test_extent_edges(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


def test_widened_direct_quote_is_mixed(nlp: Any) -> None:
    text = "The mayor said that \u201cthe bridge will be finished by May.\u201d"
    article = make_article(nlp, text)
    assert [q.kind for q in article.quotes] == ["mixed"]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ('He said that "no."', [(13, 18)], [(8, 18)]),
        ('He said "no."', [(8, 13)], [(8, 13)]),
        ('He said that no.', [(13, 16)], [(13, 16)]),  # no mark: left as it is
        ('He said what "no."', [(13, 18)], [(13, 18)]),
    ],
)
def test_widen_to_edges(text: str, spans: list[tuple[int, int]],
                        expected: list[tuple[int, int]]) -> None:
    assert widen_to_edges(text, spans) == expected


def test_listed_quotes_join_the_attribution(nlp: Any) -> None:
    # "“Peace Through Strength,” “Law and Order,” and, yes, “Sanity.”": the short quotes
    # listed with a quote the cue took belong to the same attribution
    text = ("All they have to do is repeat, 10,000 times, \u201cPeace Through Strength,\u201d "
            "\u201cLaw and Order,\u201d and, yes, \u201cSanity.\u201d")
    article = make_article(nlp, text)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [
        ("repeat", "\u201cPeace Through Strength,\u201d"), ("repeat", "\u201cLaw and Order,\u201d"),
        ("repeat", "\u201cSanity.\u201d")]


def test_quote_after_a_sentence_end_is_no_list_item(nlp: Any) -> None:
    text = ('He loves "Lilyhammer." "The Walking Dead" is on too.')
    article = make_article(nlp, text)
    assert all("Walking" not in q.text for q in article.quotes)
