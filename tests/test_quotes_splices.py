"""Verb cues whose parse hangs the content in the wrong place (made-up sentences): a clause
spliced on before a cue with an object, or with an infinitive, gerund or object on its
right (the complement is the content, not the clause), and a root speech verb reporting
what comes before its comma."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_complements import _root_report

from .test_quotes import found_triples
from .test_quotes_misparsed_speakers import build


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause spliced on with a comma is no complement of a cue with an object
        ("There is an inquiry into the deal, the courts are still ordering the release of "
         "the files.",
         ("the courts", "ordering", "the release of the files")),
        ("Turnout is falling in the north, the unions are still backing the new plan.",
         ("the unions", "backing", "the new plan")),
        # ... and an object complement after the object stays with it
        ("Prices have doubled since spring, the farmers blame the drought for the losses.",
         ("the farmers", "blame", "the drought for the losses")),
    ],
)
def test_object_past_a_spliced_clause(nlp: Any, text: str,
                                      expected: tuple[str, str, str]) -> None:
    triples = found_triples(nlp, text)
    assert expected in triples
    assert all(content != text.split(",")[0] for _, _, content in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the addressee of a verb of address is no content: the clause before is
        ("The economy is strong, he told reporters.", ("he", "told", "The economy is strong")),
        # ... also where the parse makes the verb of address a conjunct of that clause
        ("Despite a string of painful losses on Tuesday night, Gov. Tom Reyes (R-Ariz.) "
         "remains committed to seeing the primary race through to the convention, his top "
         "aide, Al Burke, told The Arizona Republic.",
         ("his top aide", "told", "Despite a string of painful losses on Tuesday night, Gov. "
          "Tom Reyes (R-Ariz.) remains committed to seeing the primary race through to the "
          "convention")),
        ("Despite several costly defeats last week, Rep. Jan Moss (D-Minn.) remains determined "
         "to see the fight through to the floor vote, her chief of staff, Lee Park, told The "
         "Star Tribune.",
         ("her chief of staff", "told", "Despite several costly defeats last week, Rep. Jan "
          "Moss (D-Minn.) remains determined to see the fight through to the floor vote")),
        ("This includes a small team to train local police officers, Defense Secretary Ann "
         "Hale told a Senate panel Wednesday.",
         ("Defense Secretary Ann Hale", "told",
          "This includes a small team to train local police officers")),
        # a person's name alone after a speech verb is whom the words went to
        ("There is no need to move the files, Kennedy wrote Linick.",
         ("Kennedy", "wrote", "There is no need to move the files")),
        # the parse hangs words of the clause on the verb as a first subject
        ("The website has also made it possible for people with like-minded, if dubious, "
         "ideas and theories to organize into groups and recruit others, she said.",
         ("she", "said", "The website has also made it possible for people with like-minded, "
          "if dubious, ideas and theories to organize into groups and recruit others")),
        # nor is a bare pronoun object
        ("The fund has run dry, she said it.", ("she", "said", "The fund has run dry")),
        # nor a time after the verb, where the parse hangs the verb on the clause before
        ("A long run of falling trade deficits will end this spring, earlier than forecast, "
         "the national statistics office reported on Monday -- a turn that raises fresh "
         "doubts.",
         ("the national statistics office", "reported",
          "A long run of falling trade deficits will end this spring, earlier than forecast")),
    ],
)
def test_clause_before_a_cue_kept(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry, the mayor said.", ("the mayor", "said", "Sorry")),
        ("Absolutely not, the coach said.", ("the coach", "said", "Absolutely not")),
    ],
)
def test_root_speech_verb_reports_before_its_comma(nlp: Any, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an opening phrase of time or place is not what was said
        "On Sunday, the mayor said.",
        "Maybe next year, the minister said on Friday.",
    ],
)
def test_root_speech_verb_opening_phrase_left_out(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


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


# "Later in the broadcast, Lopez praised pilot Maria Ortiz.", parsed as the model parsed it
# after a colon line: the name after the verb a second subject
TWO_SUBJECTS = [("Later", "RB", "ADV", "advmod", 6), ("in", "IN", "ADP", "prep", 0),
                ("the", "DT", "DET", "det", 3), ("broadcast", "NN", "NOUN", "pobj", 1),
                (",", ",", "PUNCT", "punct", 6), ("Lopez", "NNP", "PROPN", "nsubj", 6),
                ("praised", "VBD", "VERB", "ROOT", 6), ("pilot", "NN", "NOUN", "compound", 9),
                ("Maria", "NNP", "PROPN", "compound", 9), ("Ortiz", "NNP", "PROPN", "nsubj", 6),
                (".", ".", "PUNCT", "punct", 6)]
ONE_SUBJECT_AFTER = [("Sorry", "UH", "INTJ", "intj", 3), (",", ",", "PUNCT", "punct", 3),
                     ("Sanders", "NNP", "PROPN", "nsubj", 3), ("said", "VBD", "VERB", "ROOT", 3),
                     (".", ".", "PUNCT", "punct", 3)]


def test_root_speech_verb_with_a_second_subject_reports_nothing_before() -> None:
    # a subject before the verb and another after it: the second is a misparsed object,
    # and the opening phrase before the comma ("Later in the broadcast") was never said
    assert _root_report(build(TWO_SUBJECTS)[6]) is None
    assert _root_report(build(ONE_SUBJECT_AFTER)[3]) == (0, 0, "speech_clause")
