"""Verbs that look like cues but attribute nothing (:mod:`fivew.quotes_noncues`) and words
taken out of the cue lists, on made-up sentences: each case is found as a quote when its rule
is left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on a noun with only a short object describes the noun
        ("The charity supporting Mayor Lopez ran radio ads.", []),
        ("A new charity supporting Mayor Lopez ran its first radio ads in March.", []),
        ("Delegates supporting Governor Patel cheered loudly.", []),
        # a naming participle right after its noun gives the noun's name
        ("A small firm called Northgate Analytics won the contract.", []),
        ("He founded a charity named Open Harbour in 2009.", []),
        # "speaking of which" links two sentences; "speaking of the budget" has a topic
        ("Rockers The Last Dinner Party won the Rising Star award. Speaking of which, the "
         "latter are on the carpet.", []),
        # "conceding" a score in a game gives it up; "so disgusted he ..." says what the
        # feeling led to; a clause with "that" after "so" may still be what it is about
        ("Derby conceded a goal between the 82nd and 90th minutes.", []),
        ("Roddick was so disgusted he bounced his racquet after conceding the game.", []),
        ("He conceded that the plan was late.", [("He", "conceded", "that the plan was late")]),
        # also set off by a comma, or with an infinitive the parse hangs on it: a quoted
        # name is a title, given to no cue
        ("They formed a band, called “Hope for Tomorrow,” in 1990.", []),
        ("The film, called Project Meridian, opens on Friday.", []),
        ("He wrote to a program called “The American Music Show” to ask for a slot.",
         [("He", "ask for", "a slot")]),
        # a pursuit with nobody doing it: where or when it went on, not a view
        ("INTENSE CAMPAIGNING ON BOTH SIDES.", []),
        # "appeal" left the noun cues: to whom, not what ("her appeal to older voters")
        ("Her appeal to younger voters in the valley fell flat.", []),
        # "reflect on" and "dwell on" left the phrasal cues: musing, not a view
        ("The mayor reflected on her first year in office.", []),
        ("The mayor dwelled on the cost of the new bridge.", []),
        # "as opposed to" contrasts two things; nobody opposes anything
        ("The levy would cap spending at two million dollars, as opposed to the four "
         "million the council wanted.", []),
        # "seem" said of a thing ("that", "what") is the writer's impression
        ("The mayor's budget contains items that seem wasteful to many residents.", []),
        ("What seemed most surprising was the size of the crowd.", []),
        # an infinitive of degree after "enough"
        ("I am old enough to remember when the old bridge was built.", []),
        # "telling" before its noun is the adjective
        ("The vote gave telling evidence of the party's mood.", []),
        # an imperative tells the reader what to do
        ("Please support local business!", []),
        # a label opening its line ("CLAIM:", a fact check) states nobody's claim, the
        # line's own cue reports it
        ("Dover's mayor did not close the pier\nCLAIM: The mayor of Dover closed the pier to "
         "fishing boats after a storm last week.\nTHE FACTS: The pier is open.", []),
        ("No, the pier is open\nCLAIM: The mayor of Dover said the pier was closed.",
         [("The mayor of Dover", "said", "the pier was closed")]),
        ("Email your comments to the editor at the address below.", []),
        # ... and the purpose clause fronted before such a command
        ("To inquire about a licence to reproduce material from this site, click here.", []),
        # "sure to" and "certain to" forecast an outcome
        ("The rise in fees is sure to anger commuters across the region.", []),
        ("The new tax is certain to raise prices for farmers.", []),
        # "claim" with a prize for its object is winning it, not asserting
        ("The senator has the delegates she needs to claim the nomination.", []),
        ("The Islanders were primed to claim their first win in Ottawa in five years.", []),
        # a win by a score, and a medal, too; a candidate's victory is a claim
        ("Sale claimed a 34-20 victory over Leeds at Headingley.", []),
        ("She claimed the bronze in the downhill on Sunday.", []),
        ("The senator claimed victory in the primary on Tuesday night.",
         [("The senator", "claimed", "victory in the primary on Tuesday night")]),
        # "charge" with neither a clause nor "with" bills someone
        ("The club charged a $100,000 initiation fee.", []),
        ("His company has charged the campaign $3 million in travel costs.", []),
        # asking or telling with only the addressee after it: to whom, not what
        ("A reporter was asking Senator Patel after an event in Springfield.", []),
        ("One of his aides told The Boston Globe.", []),
        # ... those addressed named by a common noun, after the quote that was told, and
        # with a participle set off after them
        ("“We will win this fight!” Garcia told reporters, referring to the vote on the "
         "budget.", [("Garcia", "told", "“We will win this fight!”"),
                     ("Garcia", "referring to", "the vote on the budget")]),
        ("“Get your boots on because we have a wall to build!” she told the cheering crowd.",
         [("she", "told", "“Get your boots on because we have a wall to build!”")]),
        # a present participle after a noun cue says what the noun does, not what it holds
        ("The mayor faces growing concerns surrounding the new bridge project.", []),
        # an armed attack: with an adjective of violence, or on a place and nobody's
        ("The attacks on the consulate in Benghazi killed four Americans.", []),
        ("Terrorist attacks on soft targets have grown more common.", []),
        ("His attacks on the mayor's record in Springfield grew sharper.",
         [("His", "attacks on", "the mayor's record in Springfield")]),
        # a decision nobody is said to make
        ("The decision to close the library angered residents.", []),
        ("Her decision to close the library angered residents.",
         [("Her", "decision", "to close the library angered residents")]),
        # still cues: what was told before the verb, a participle of saying after a noun
        ("The bridge will open in May, the mayor told The Boston Globe.",
         [("the mayor", "told", "The bridge will open in May")]),
        ("The mayor's office issued a statement deploring the vandalism.",
         [("The mayor's office", "statement", "deploring the vandalism")]),
        # still cues: "charged that X", "charged him with X"
        ("The watchdog charged that the mayor hid the documents.",
         [("The watchdog", "charged", "that the mayor hid the documents")]),
        # still cues: certainty held by someone, "telling" with whom and what
        ("The mayor is certain that the tax will pass.",
         [("The mayor", "certain", "that the tax will pass")]),
        ("The mayor is telling reporters that the tax will pass.",
         [("The mayor", "telling", "that the tax will pass")]),
        # still cues: a participle on a pronoun, a naming verb with its own subject
        ("The senator greeted those opposing the levy.",
         [("those", "opposing", "the levy")]),
        ("The governor called the plan a disaster.",
         [("The governor", "called", "the plan a disaster")]),
    ],
)
def test_non_cues(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the anonymity formula says why a source is unnamed, not what it said
        ("He was unable to find a single taker, he said, on condition of anonymity to speak "
         "freely.", [("he", "said", "He was unable to find a single taker")]),
        ("The talks have stalled, one official said, speaking on condition of anonymity.",
         [("one official", "said", "The talks have stalled")]),
    ],
)
def test_anonymity_formula_is_no_content(nlp: Any, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a text of one sentence is read as a title, whose cues are vetted the same way
        "The new mayor reminds me of my grandfather.",
        "The club charged a huge initiation fee.",
    ],
)
def test_non_cues_in_a_one_sentence_text(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


def test_called_with_a_time_after_it_is_a_demand(nlp: Any) -> None:
    # the parse hangs "called" on "election" and makes "Friday" its complement: a time is no
    # name, and "called for" still reports a demand
    found = found_triples(nlp, "Roy Cole, the mayor's opponent in the coming election, called "
                               "Friday for releasing the videos.")
    assert [(cue, content) for _, cue, content in found] == [("called", "releasing the videos")]


def test_a_stretch_of_time_after_a_topic_preposition_is_no_content(nlp: Any) -> None:
    # "for the first time" says when; a clause the parse hangs on "time" stays a content
    text = ("He enrolled at the school, where he appeared in drag for the first time "
            "onstage, in the play “Camino Real.”")
    assert not any(c == "appeared" for _, c, _ in found_triples(nlp, text))
    text = ("The spokesman also said for the first time that some letters between the two "
            "leaders have been found.")
    assert any(c == "said" and "letters" in q for _, c, q in found_triples(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Okafor said, and I quote, \"We love the poorly educated.\"",
     ("Okafor", "said", "\"We love the poorly educated.\"")),
    ("The senator wrote, and I quote: \"The bill is dead.\"",
     ("The senator", "wrote", "\"The bill is dead.\"")),
])
def test_writer_quoting_is_no_cue(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    # the writer's "I quote" marks the words as someone else's: the earlier verb's
    assert found_triples(nlp, text) == [expected]
