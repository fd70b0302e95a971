"""Quotes a verb right before or after them reports where the parse hides it
(:mod:`fivew.quotes_introduced`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from fivew.quotes_introduced import quote_subject

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue after the quote reports a clause of its own and is set aside: the verb
        # before the colon introduces the quote (:func:`introducer`)
        ("When the count was done, Mr. Okafor continued: “The harbour is not for sale? It "
         "never was.” He added that the board would meet again.",
         ("Mr. Okafor", "continued", "“The harbour is not for sale? It never was.”")),
        # a second verb of the same subject introduces the quote: the first verb's content
        # ends before it (:func:`introduced_split`)
        ("Speaking to the crowd at the fair, the mayor thanked the volunteers and then "
         "boomed, “Next year we will have twice as many tents.”",
         ("the mayor", "boomed", "“Next year we will have twice as many tents.”")),
        # a verb after the quote and its speaker, outside the reporting verbs or read as a
        # noun by the parse, reports it (:func:`trailing_cue`)
        ("The rain had stopped by noon.\n\n“Bring the boats back in before the tide turns,” "
         "the harbour master barked and walked off.",
         ("the harbour master", "barked", "“Bring the boats back in before the tide turns,”")),
        ("The board met on Friday.\n\n“Nobody expected the bridge to close for a whole "
         "winter,” the newsletter read.",
         ("newsletter", "read", "“Nobody expected the bridge to close for a whole winter,”")),
        # a verb before the colon introduces the quote, not a reporting verb further back
        # ("Asked"), whose content ends with its clause
        ("Asked which county was his favourite, he demurred: “Whichever one I’m in at the "
         "moment.”",
         ("he", "demurred", "“Whichever one I’m in at the moment.”")),
        ("Mr. Okafor said Tuesday that “the harbour is not for sale.” Asked which pier was his "
         "favourite, he demurred: “Whichever one I’m on at the moment.”",
         ("he", "demurred", "“Whichever one I’m on at the moment.”")),
        # an infinitive of "go on" introduces the quote; the first content ends before it
        ("Kessler joked that the harbour was his answer, but went on to say, “There are "
         "piers in this city that are among the most dangerous anywhere.”",
         ("Kessler", "say", "“There are piers in this city that are among the most "
                            "dangerous anywhere.”")),
        # a relative clause introducing a quote with a colon is a claim of its own
        ("She said that her proposals were strong, to which Kessler interjected: \"It's just "
         "not true.\"",
         ("Kessler", "interjected", "\"It's just not true.\"")),
    ],
)
def test_quote_takes_the_verb_next_to_it(
        nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "He said he often thinks of what his parents told him: \"In order to get to heaven, you "
    "need references.\"",
    "One reporter said colleagues are wondering what a balanced approach might look like: "
    "“I am waiting to see if the paper will report it.”",
])
def test_free_relative_before_a_colon_claims_nothing(nlp: Any, text: str) -> None:
    # the clause before the colon is what the outer speaker says, not a claim of its own
    assert [cue for _, cue, _ in found_triples(nlp, text)] == ["said"]


def test_name_between_quote_and_cue_is_the_speaker(nlp: Any) -> None:
    """'“...,” screenwriter Arlo Venn wrote.': the parse (fixed here as the small model read
    such a line) makes the first word a verb and the name its object, leaving "wrote"
    without a subject; the name between quote and cue is the speaker."""
    words = ['"', "It", "rained", "all", "week", ",", '"', "screenwriter", "Arlo", "Venn",
             "wrote", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[False, True, True, True, False, False, True, True, True, True, False,
                      False],
              pos=["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN",
                   "PROPN", "VERB", "PUNCT"],
              tags=["``", "PRP", "VBD", "DT", "NN", ",", "''", "VB", "NNP", "NNP", "VBD", "."],
              heads=[2, 2, 10, 4, 2, 10, 10, 10, 9, 7, 10, 10],
              deps=["punct", "nsubj", "ccomp", "det", "npadvmod", "punct", "punct",
                    "parataxis", "compound", "dobj", "ROOT", "punct"],
              lemmas=['"', "it", "rain", "all", "week", ",", '"', "screenwriter", "Arlo",
                      "Venn", "write", "."])
    text = doc.text
    chunk = (0, text.index(" screenwriter"))
    subject = quote_subject(doc, text, chunk, doc[10])
    assert subject is not None and subject.text == "Venn"


def test_quote_introduced_by_its_own_clause_inside_an_earlier_content(nlp: Any) -> None:
    """A clause with its own subject introducing a quote, inside the content of an earlier
    cue, takes the quote; the earlier content ends before that subject."""
    text = ("After former California Gov. Jerry Brown criticized Bill Clinton during a debate, "
            "Hillary shot back, “I suppose I could have stayed home and baked cookies.”")
    assert found_triples(nlp, text) == [
        ("former California Gov. Jerry Brown", "criticized", "Bill Clinton during a debate"),
        ("Hillary", "shot", "“I suppose I could have stayed home and baked cookies.”"),
    ]


def test_name_set_off_from_its_description_speaks_the_quote(nlp: Any) -> None:
    # the parse ran the name into the quote; the quote was dropped
    text = ("“I have never met anyone in my life that is as driven as RuPaul,” the performer "
            "known as Flloyd, another friend from that era, later told a documentarian.")
    assert any(who == "Flloyd" and cue == "told" and words.startswith("“I have never")
               for who, cue, words in found_triples(nlp, text))
