"""Odd marks and odd contents (made-up sentences): a closing mark typed as an opening one
(:mod:`fivew.quotes_marks`), a quote a colon line introduces
(:mod:`fivew.quotes_colons`), a content that is only a date
(:mod:`fivew.quotes_verbs`) and a quoted title after "in his book,"
(:mod:`fivew.quotes_objects`)."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_marks import quote_marks

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing mark typed as an opening one, after the quote's last punctuation
        ("“Will the plan work?“ the clerk asked.", ["“Will the plan work?“"]),
        ("“It is too early,“ said Lopez. “Ask me in May.”",
         ["“It is too early,“", "“Ask me in May.”"]),
        # an opening mark after a space still reopens the quote
        ("“A stray mark then “a real quote.”", ["“a real quote.”"]),
        # a straight mark after a no-break space opens a quote
        ('"They sue," he said.\xa0"Everybody sues, right?"',
         ['"They sue,"', '"Everybody sues, right?"']),
        # a mark inside a word closes nothing
        ("He called it an “open“house event.", []),
    ],
)
def test_typed_closing_marks(text: str, expected: list[str]) -> None:
    spans, _ = quote_marks(text)
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote opening the paragraph after a colon line is that line's
        ("Transcript as follows:\n\n\"We walked into the hall and the crowd began to cheer "
         "for a long time.\"",
         [("Transcript", ":", "\"We walked into the hall and the crowd began to cheer for a "
           "long time.\"")]),
        # a closing mark typed as an opening one leaves the cue after it outside the quote
        ("“Will the new ferry plan work?“ the clerk asked.",
         [("the clerk", "asked", "“Will the new ferry plan work?“")]),
        # a content that is only a date says when, not what
        ("Both sides offered dates in May. The council refused the next two weeks.",
         [("Both sides", "offered", "dates in May")]),
        # ("welcomed the weekend": a date; the question put to Lopez is the asker's, see
        # quotes_questions)
        ("Asked about it, Lopez welcomed the weekend.", [(None, "Asked", "about it")]),
        # a quoted title after "in her memoir," names the memoir: the clause is the content
        ("The ferry line lost money for years, Mr. Okafor said in his 2009 memoir, "
         "''Open Water.'' So it closed.",
         [("Mr. Okafor", "said", "The ferry line lost money for years")]),
        ("The strike in 1978 ended hopes of a quick deal, Ms. Lopez wrote in her 2011 book, "
         "''A Harbour Daughter.'' So the family stayed.",
         [("Ms. Lopez", "wrote", "The strike in 1978 ended hopes of a quick deal")]),
    ],
)
def test_odd_contents(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        ("Insurers say that long processing times have made it difficult to do business.\n"
         "One specific criticism of Consumer Watchdog revolves around a proviso of the law."),
        ("Australian players are 'right more often', insist officials\n"
         "        By Julian Linden in Sydney\nPublished: 10 January 2008"),
    ],
)
def test_content_inside_its_speaker_is_dropped(nlp: Any, text: str) -> None:
    # the parse read one phrase as both the content and its speaker
    assert not any(who == words for who, _, words in found_triples(nlp, text))
