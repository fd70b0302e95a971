"""Speakers of participle cues on an object or after a relative clause, and reporting
verbs the parse reads as nouns after a quote (:mod:`fivew.quotes_participles`,
:mod:`fivew.quotes_misread`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the object of a verb of showing or holding says what its participle says
        ("At the gate, Ruth Okafor held up a placard saying that the harbour must stay open.",
         "saying", "a placard"),
        ("The station's morning programme featured local growers discussing the new levy on "
         "grain.", "discussing", "local growers"),
        # a participle after an adverbial relative clause: that clause's subject
        ("The mayor spoke near the old mill, where about forty fishermen had gathered at "
         "dawn, chanting that the quota is unfair.", "chanting", "about forty fishermen"),
        ("The union's campaign opened with a short web advert in which children wave paper "
         "flags, yelling that the harbour is theirs.", "yelling", "children"),
        # a relative clause whose subject is the relative pronoun: the main clause's subject
        ("Okafor met growers who had gathered at the mill, saying that the levy would be cut.",
         "saying", "Okafor"),
        # the issuer of a statement says it
        ("The harbour board issued a statement saying that the ferry will run on Sundays.",
         "statement", "The harbour board"),
        # a reporting verb after a quote and its subject, tagged a plural noun
        ("“The ferry must keep running on Sundays,” a narrator in the advert states.",
         "states", "a narrator in the advert"),
        ("“The levy will ruin us,” the leaflet states.", "states", "leaflet"),
    ],
)
def test_participle_and_misread_speakers(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert (speaker, cue) in [(s, c) for s, c, _ in found_triples(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted phrase inside a clause: "states" is a noun
        ("Okafor cannot catch up by winning “a handful of seats in each” of the other "
         "states."),
    ],
)
def test_no_misread_cue_inside_a_clause(nlp: Any, text: str) -> None:
    assert all(c != "states" for _, c, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not sell the harbour,” the mayor of Portree continued from the "
         "stage.", "the mayor of Portree"),
        ("“Nobody asked the fishermen,” Mrs. Okafor continued.", "Mrs. Okafor"),
    ],
)
def test_continued_right_after_a_quote_reports_it(nlp: Any, text: str, speaker: str) -> None:
    assert (speaker, "continued") in [(s, c) for s, c, _ in found_triples(nlp, text)]


def test_continued_elsewhere_is_no_cue(nlp: Any) -> None:
    text = "Prices continued to fall after the harbour closed, the report showed."
    assert all(c != "continued" for _, c, _ in found_triples(nlp, text))
