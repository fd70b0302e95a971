"""Where a content ends because a neighbouring claim begins (:mod:`fivew.quotes_bounds`);
made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a contrastive clause with its own subject and reporting verb is a claim of its own
        ("Most of the members said they would vote for the budget, while the others said "
         "they would abstain.",
         ("Most of the members", "said", "they would vote for the budget"),
         ("the others", "said", "they would abstain")),
        ("The council members said the plan was too costly, whereas the mayor argued that "
         "it would pay for itself.",
         ("The council members", "said", "the plan was too costly"),
         ("the mayor", "argued", "that it would pay for itself")),
        # hanging on the outer cue itself, any cue verb heads it
        ("Two thirds of the nurses said they were satisfied with the new rota, while a "
         "quarter found it exhausting.",
         ("Two thirds of the nurses", "said", "they were satisfied with the new rota"),
         ("a quarter", "found", "it exhausting")),
    ],
)
def test_contrastive_clause_ends_the_content(nlp: Any, text: str, first: tuple[str, str, str],
                                             second: tuple[str, str, str]) -> None:
    found = found_triples(nlp, text)
    assert first in found
    assert second in found


def test_contrastive_clause_inside_a_finding_stays(nlp: Any) -> None:
    # inside the content, a clause headed by no reporting verb is part of what is reported
    text = "The survey found that most voters backed the new tax, while a third favoured a cut."
    assert found_triples(nlp, text) == [
        ("The survey", "found", "that most voters backed the new tax, while a third favoured "
                                "a cut")]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The minister praised the new tariff on steel imports, which she said would protect "
         "thousands of jobs.",
         ("The minister", "praised", "the new tariff on steel imports"),
         ("she", "said", "would protect thousands of jobs")),
        ("The union rejected the latest offer, which its leader said was an insult to the "
         "workers.",
         ("The union", "rejected", "the latest offer"),
         ("its leader", "said", "was an insult to the workers")),
    ],
)
def test_trailing_relative_report_ends_the_content(nlp: Any, text: str,
                                                   outer: tuple[str, str, str],
                                                   inner: tuple[str, str, str]) -> None:
    found = found_triples(nlp, text)
    assert outer in found
    assert inner in found


def test_restrictive_relative_clause_stays(nlp: Any) -> None:
    # "the volunteers who said ...": the clause picks out the volunteers, no comma sets it off
    text = "The mayor thanked the volunteers who said they would clean the park every weekend."
    assert ("The mayor", "thanked",
            "the volunteers who said they would clean the park every weekend") in found_triples(
                nlp, text)


@pytest.mark.parametrize(
    ("text", "embedded", "governing"),
    [
        # a cue in a fronted adverbial clause: its content ends with the clause
        ("Although he criticized the timing of the vote, the chairman hopes the reform will "
         "pass.",
         ("he", "criticized", "the timing of the vote"),
         ("the chairman", "hopes", "the reform will pass")),
        ("While she praised the coach in public, the owner believes the team needs a new "
         "captain.",
         ("she", "praised", "the coach in public"),
         ("the owner", "believes", "the team needs a new captain")),
        # a cue in a relative clause of the subject: its content ends with the subject
        ("Fans who call the stadium a relic want the club to build a new one.",
         ("who", "call", "the stadium a relic"),
         ("Fans", "want", "the club to build a new one")),
    ],
)
def test_content_stays_before_a_governing_cue(nlp: Any, text: str,
                                              embedded: tuple[str, str, str],
                                              governing: tuple[str, str, str]) -> None:
    found = found_triples(nlp, text)
    assert embedded in found
    assert governing in found


@pytest.mark.parametrize(
    ("text", "fronted", "main"),
    [
        ("Though he never criticized the two senators openly, he made it clear that they "
         "should quit the race.",
         ("he", "criticized", "the two senators openly"),
         ("he", "made it clear", "that they should quit the race")),
        ("While she praised the governor for his budget, the mayor made it clear that the city "
         "needed more money.",
         ("she", "praised", "the governor for his budget"),
         ("the mayor", "made it clear", "that the city needed more money")),
    ],
)
def test_fronted_clause_keeps_its_content(nlp: Any, text: str, fronted: tuple[str, str, str],
                                          main: tuple[str, str, str]) -> None:
    """A cue in an adverbial clause fronted before a governing cue that is no verb ("made it
    clear") keeps its content inside the clause; the main clause is a claim of its own."""
    found = found_triples(nlp, text)
    assert fronted in found
    assert main in found


@pytest.mark.parametrize(
    ("text", "fronted", "main"),
    [
        ("Saying that he respected the governor, the senator went on to voice doubts about her "
         "budget and made clear that he would vote against it.",
         ("the senator", "Saying", "that he respected the governor"),
         ("the senator", "made clear", "that he would vote against it")),
        ("Noting that prices had doubled, the minister tried to reassure farmers that help was "
         "coming.",
         ("the minister", "Noting", "that prices had doubled"),
         ("the minister", "reassure", "farmers that help was coming")),
    ],
)
def test_fronted_clause_ends_before_a_cue_deeper_in_the_main_clause(
        nlp: Any, text: str, fronted: tuple[str, str, str], main: tuple[str, str, str]) -> None:
    """The governing clause's head is no cue ("went on", "tried"), but a cue deeper in it
    is: the fronted clause still keeps its content to itself."""
    found = found_triples(nlp, text)
    assert fronted in found
    assert main in found


@pytest.mark.parametrize(
    ("text", "outer", "inner_cue"),
    [
        ("The retired teacher said she wanted a big change in the capital, but found the "
         "senator too crude to back.",
         ("The retired teacher", "said", "she wanted a big change in the capital, but found "
          "the senator too crude to back"),
         "wanted"),
        ("The mayor said he hoped to finish the bridge by spring, but found the budget too "
         "small.",
         ("The mayor", "said", "he hoped to finish the bridge by spring, but found the budget "
          "too small"),
         "hoped"),
    ],
)
def test_outer_cue_takes_over_a_longer_inner_content(nlp: Any, text: str,
                                                     outer: tuple[str, str, str],
                                                     inner_cue: str) -> None:
    """A cue whose content holds another cue wins even where the inner content runs on
    past its own: it takes the inner attribution's place and the end of its content."""
    found = found_triples(nlp, text)
    assert outer in found
    assert all(cue != inner_cue for _, cue, _ in found)


def test_as_aside_keeps_the_main_clause(nlp: Any) -> None:
    # "As the paper reported, X": the main clause is what the paper reported
    found = found_triples(nlp, "As the paper reported, the mayor made it clear that she would "
                               "not run again.")
    assert found == [("the paper", "reported",
                      "the mayor made it clear that she would not run again")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse makes the second "said" another complement of the first: it is a
        # second speaker's claim, and the first content ends before it
        ("Seven in 10 Ohio Republican voters said Smith is honest and fair, and two-thirds "
         "said the same of Jones.",
         [("Ohio Republican voters", "said", "Smith is honest and fair"),
          ("two-thirds", "said", "the same of Jones")]),
        # another reporting verb closing the sentence reports all before its comma; the
        # parse made it a second complement of the first verb, and the content ran on
        ("Kellerman said the merger would fail, the official recalled.",
         [("the official", "recalled", "Kellerman said the merger would fail")]),
        ("Mr. Vance told aides that he would quit, a person briefed on the call said.",
         [("a person", "said", "Mr. Vance told aides that he would quit")]),
    ],
)
def test_second_report_of_a_later_speaker(nlp: Any, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Union leaders said the deal would cost jobs, and called it \"a betrayal of our "
         "members.\"",
         ("Union leaders", "said", "the deal would cost jobs"),
         ("Union leaders", "called", "it \"a betrayal of our members.\"")),
    ],
)
def test_quoted_name_coordinated_with_the_report(nlp: Any, text: str,
                                                 first: tuple[str, str, str],
                                                 second: tuple[str, str, str]) -> None:
    found = found_triples(nlp, text)
    assert first in found
    assert second in found


def test_unquoted_name_coordinated_with_the_report_stays(nlp: Any) -> None:
    text = "Union leaders said the deal would cost jobs, and called it a betrayal of members."
    assert found_triples(nlp, text) == [
        ("Union leaders", "said",
         "the deal would cost jobs, and called it a betrayal of members")]
