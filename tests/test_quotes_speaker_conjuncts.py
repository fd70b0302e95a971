"""Speakers the parse splits off a coordination (:mod:`fivew.quotes_speaker_conjuncts`) and
holders of a noun cue listed with "including" (:mod:`fivew.quotes_included_holders`) and a
name misparsed as an apposition (:mod:`fivew.quotes_misparsed_speakers`), on
made-up sentences: each case gets no speaker or a wrong one when its rule is left out."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_speaker_conjuncts import finite_by_auxiliary

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker is the subject of the clause after "but", not of the first clause
        ("Few politicians would ever admit this, but Sen. Tom Harris (a Colorado Democrat so "
         "boyish he has been mistaken for a junior staffer) says he was unfocused.",
         ("Sen. Tom Harris", "says", "he was unfocused")),
        # names run on as conjuncts of the opening phrase's last noun
        ("Making her way around the diner, Lopez and husband Carl, thanked another voter "
         "for wearing one of the stickers.",
         ("Lopez and husband Carl", "thanked", "another voter for wearing one of the stickers")),
        # a present-tense conjunct of a past relative clause goes on from the main clause
        ("Lopez, Patel and Chen have all described their speeches as commitments to the "
         "groups that invited them and say they are no longer accepting invitations.",
         ("Lopez, Patel and Chen", "say", "they are no longer accepting invitations")),
        # a person's name apposed to the name ending a participle phrase on the subject
        ("One pastor backing Mrs. Lopez, Tom Harris of the First Baptist Church in Dayton, "
         "said he had called every pastor in the county.",
         ("Tom Harris of the First Baptist Church in Dayton", "said",
          "he had called every pastor in the county")),
        # the subject of a clause the parse hangs on the cue, "one of" a group
        ("In the tape, one of the men gives his name, says he has been held for 173 days and "
         "adds: “I feel we have been forgotten.”",
         ("one of the men", "says", "he has been held for 173 days")),
        # a noun cue listed as one of the statements someone made
        ("The mayor has made several controversial statements on the budget, including a "
         "call for a freeze on all new hiring.",
         ("The mayor", "call for", "a freeze on all new hiring")),
        ("The senator has made many promises this year, including a pledge to cut taxes for "
         "farmers.",
         ("The senator", "pledge", "to cut taxes for farmers")),
        # a second clause's subject run on as a conjunct of the first clause's object
        ("If you question the budget, the Courier will brand you a traitor and Channel Four "
         "will accuse you of disloyalty.",
         ("Channel Four", "accuse", "you of disloyalty")),
        ("Testing has been a big issue for parents and both the National Parents Union and "
         "the Teachers Guild endorsed her early.",
         ("both the National Parents Union and the Teachers Guild", "endorsed", "her early")),
    ],
)
def test_split_speakers(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "finite"),
    [
        # a bare verb after "do" or a modal, or a perfect, is finite through its auxiliary
        ("Lopez, speaking later, did not mention Patel.", "mention", True),
        ("Lopez will mention Patel.", "mention", True),
        ("Two members of the board have said so.", "said", True),
        # an infinitive is not
        ("Lopez wants to mention Patel.", "mention", False),
        ("Lopez mentioned Patel.", "mentioned", False),
    ],
)
def test_finite_by_auxiliary(nlp: Any, text: str, cue: str, finite: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    assert finite_by_auxiliary(tok) is finite
