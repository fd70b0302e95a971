"""The speaker named right after an inverted cue the parse left without a subject
(:func:`fivew.quotes_adjacent.inverted_speaker`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # the parse leaves "said" without a subject: the name after it is the speaker
        ("“I vote with my heart more than with my head,” said Lena Fairweather, half "
         "joking.", "I vote with my heart", "Lena Fairweather"),
        # where the parse finds the subject, the rule changes nothing
        ("“Nobody in this valley trusts the water company any more,” said the farmer, "
         "who asked not to be named.",
         "Nobody in this valley", "the farmer"),
        ("Ferris said the plan would fail. “It costs far too much money for what it "
         "does,” said Tomas Brandt, a retired engineer.",
         "It costs far too much", "Tomas Brandt"),
    ],
)
def test_name_after_inverted_cue_is_the_speaker(
        nlp: Any, text: str, quoted: str, speaker: str) -> None:
    found = [s for s, _, q in found_triples(nlp, text) if quoted in q]
    assert found == [speaker]


def test_name_after_inverted_cue_ends_at_a_conjunction(nlp: Any) -> None:
    # the parse made "Marlow" the object of "announced" (and elsewhere the subject of
    # "sat"), leaving the cue no subject: the name up to "as" speaks, not the speaker of the
    # sentence before, nor "I" inside the quote
    text = ("Sitting in the judge's chair, the singer announced she would spare the "
            "contestants the vote.\n\"I gotta tell you who I picked,\" announced Marlow as the "
            "contestants sat on the sofas. \"It's not easy.\"")
    found = [s for s, _, q in found_triples(nlp, text) if q.startswith('"I gotta')]
    assert found == ["Marlow"]


def test_inverted_speaker_after_a_no_break_space(nlp: Any) -> None:
    # a no-break space between the closing mark and the cue is a space like any other
    from fivew.quotes_adjacent import inverted_speaker

    text = "“We will appeal,”\u00a0added Halvorsen, the union's lawyer."
    doc = nlp(text)
    cue = next(t for t in doc if t.text == "added")
    named = inverted_speaker(doc, text, (0, text.index("\u00a0")), cue)
    assert named is not None and text[named[0] : named[1]] == "Halvorsen"


def test_clause_opening_on_the_name_after_an_inverted_cue_is_no_content(nlp: Any) -> None:
    # the parse of a real page (l3s-gn1): "Rivers" the subject of "sat", before the clause's
    # own "as"; the clause says when it was said, not what
    from spacy.tokens import Doc

    from fivew.quotes_adjacent import misread_inverted_clause

    words = ["“", "Yes", ",", "”", "announced", "Rivers", "as", "they", "sat", "."]
    heads = [4, 4, 4, 4, 4, 8, 8, 8, 4, 4]
    deps = ["punct", "ccomp", "punct", "punct", "ROOT", "nsubj", "mark", "nsubj", "ccomp",
            "punct"]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN", "SCONJ", "PRON", "VERB",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert misread_inverted_clause(doc[4], doc[8])
    assert not misread_inverted_clause(doc[4], doc[1])  # the quote before the cue


def test_adverbial_clause_after_an_inverted_cue_is_no_content(nlp: Any) -> None:
    # after "“...,” said X," a clause opening with a conjunction says when or how, and is
    # none of what X said
    text = ("\"He's got some stomach problems but I think he'll be OK to play,\" said Schuster, "
            "although former Liverpool hero Jerzy Dudek is waiting in the wings should Casillas "
            "be ruled out.")
    assert [cue for _, cue, _ in found_triples(nlp, text)] == ["said"]


def test_participle_after_a_quote_goes_on_from_the_verb_outside_it(nlp: Any) -> None:
    # "citing a story": the participle's object is what it is about, not its speaker
    text = ("“We will not apologize,” said Marsh. If the paper had the same access to the "
            "town as it does to the council, she continued, “I believe we would have done the "
            "same,” citing a story the paper ran about one family.")
    speakers = {speaker for speaker, cue, _ in found_triples(nlp, text) if cue == "citing"}
    assert speakers == {"she"}
