"""Speakers of cues the tagger or parser misreads (:mod:`fivew.quotes_misparsed_speakers`):
on hand-built parses (made-up sentences) so that the misreading under test is fixed, and
one made-up sentence whose parse hangs the speaker on the opening clause."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from fivew.evaluate.common import evaluation_article
from fivew.quotes import find_quotes
from fivew.quotes_misparsed_speakers import (
    headline_patient,
    misread_noun_subject,
    opening_object_speaker,
    subordinated_subject,
)

from .test_quotes import found_triples, make_article

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index


def build(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    return Doc(Vocab(), words=words, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               sent_starts=[i == 0 for i in range(len(rows))])


HEADLINE = [("Mayor", "NNP", "PROPN", "nsubj", 1), ("Accused", "VBN", "VERB", "ROOT", 1),
            ("Of", "IN", "ADP", "prep", 1), ("Fraud", "NNP", "PROPN", "pobj", 2)]
PERFECT = [("Mayor", "NNP", "PROPN", "nsubj", 2), ("Has", "VBZ", "AUX", "aux", 2),
           ("Accused", "VBN", "VERB", "ROOT", 2), ("Rivals", "NNS", "NOUN", "dobj", 2)]
SAID_TO = [("Cole", "NNP", "PROPN", "nsubj", 1), ("Said", "VBD", "VERB", "ROOT", 1),
           ("To", "TO", "PART", "aux", 3), ("Lead", "VB", "VERB", "xcomp", 1),
           ("Board", "NNP", "PROPN", "dobj", 3)]
LOWERCASE = [("Lee", "NNP", "PROPN", "nsubj", 1), ("accused", "VBN", "VERB", "ROOT", 1),
             ("rivals", "NNS", "NOUN", "dobj", 1), ("of", "IN", "ADP", "prep", 1),
             ("fraud", "NN", "NOUN", "pobj", 3)]


@pytest.mark.parametrize(
    ("rows", "cue", "subject", "expected"),
    [
        (HEADLINE, 1, 0, True),  # "Mayor Accused Of Fraud": the mayor is accused
        (SAID_TO, 1, 0, True),  # "Cole Said To Lead Board": she is said to
        (PERFECT, 2, 0, False),  # an auxiliary: the parse read the tense right
        (LOWERCASE, 1, 0, False),  # running text: a past tense read as a participle
    ],
)
def test_headline_patient(rows: list[Row], cue: int, subject: int, expected: bool) -> None:
    doc = build(rows)
    assert headline_patient(doc[cue], doc[subject]) is expected


NOUN_CLAIMS = [("Lee", "NNP", "PROPN", "nsubj", 1), ("claims", "NNS", "NOUN", "ROOT", 1),
               ("he", "PRP", "PRON", "nsubj", 3), ("won", "VBD", "VERB", "ccomp", 1)]
NOUN_OBJECT = [("Lee", "NNP", "PROPN", "nsubj", 1), ("made", "VBD", "VERB", "ROOT", 1),
               ("claims", "NNS", "NOUN", "dobj", 1)]


@pytest.mark.parametrize(
    ("rows", "cue", "expected"),
    [
        (NOUN_CLAIMS, 1, "Lee"),  # "Lee claims he won", "claims" tagged a noun
        (NOUN_OBJECT, 2, None),  # a real noun, the object of a verb
    ],
)
def test_misread_noun_subject(rows: list[Row], cue: int, expected: str | None) -> None:
    doc = build(rows)
    found = misread_noun_subject(doc[cue])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs "a city official" as an apposition on the opening clause
        ('Although there is no such rift, a city official who spoke anonymously to discuss'
         ' the plans said Monday, "There are talks."', "a city official"),
    ],
)
def test_speaker_apposed_to_opening_clause(nlp: Any, text: str, expected: str) -> None:
    assert expected in [speaker for speaker, _, _ in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted date the parse takes for the subject: the name after it speaks
        ("Thursday at the Republican Jewish Coalition conference in Washington, D.C., "
         "Republican presidential candidate Sen. Lindsey Graham (R-SC) called out his rival Donald "
         "Trump for alienating Hispanics.",
         "Republican presidential candidate Sen. Lindsey Graham"),
    ],
)
def test_speaker_after_a_fronted_date(nlp: Any, text: str, expected: str) -> None:
    speakers = [speaker for speaker, _, _ in found_triples(nlp, text)]
    assert expected in speakers and "Thursday" not in speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse runs the sentence over the paragraph break and hangs the name opening
        # the second paragraph on the first: the speaker is that name, in its paragraph
        ("''We need the money,'' said Tom Harris, a senior adviser to Governor Anna J. Lopez "
         "Jr.\n\nMrs. Patel often says she is not running for her husband's old seat.",
         ("Mrs. Patel", "says", "she is not running for her husband's old seat")),
    ],
)
def test_speaker_opening_its_paragraph(nlp: Any, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_surname_will_read_as_a_modal(nlp: Any) -> None:
    # the tagger reads "Will" as a modal before a past-tense verb, which no modal takes
    triples = found_triples(nlp, "Columnist Henry Will wrote in March that the party was "
                                 "doomed. Instead, Will urged Republicans to abandon the nominee.")
    assert triples == [
        ("Columnist Henry Will", "wrote", "that the party was doomed"),
        ("Will", "urged", "Republicans to abandon the nominee"),
    ]


def test_by_phrase_of_an_object_is_no_agent(nlp: Any) -> None:
    # the parse hangs "by Jo Roe and Ann Poe" on the active cue as its agent
    triples = found_triples(nlp, "Top Okafor aides acknowledged as much in a Washington Post "
                                 "article Tuesday by Maria Lopez and Tom Harris.")
    assert [s for s, c, _ in triples if c == "acknowledged"] == ["Top Okafor aides"]


# '“We will win,” Dover police Chief Ann Cole said.', parsed the way the model parsed a
# dev sentence of this shape: the name hangs on a word misread as a verb after the quote,
# and "said" is a conjunct of the quote's verb, so its subject comes from inside the quote
NAME_HUNG_IN_QUOTE = [
    ("“", "``", "PUNCT", "punct", 3), ("We", "PRP", "PRON", "nsubj", 3),
    ("will", "MD", "AUX", "aux", 3), ("win", "VB", "VERB", "ROOT", 3),
    (",", ",", "PUNCT", "punct", 3), ("”", "''", "PUNCT", "punct", 3),
    ("Dover", "VB", "VERB", "dep", 3), ("police", "NN", "NOUN", "compound", 8),
    ("Chief", "NNP", "PROPN", "dobj", 6), ("Ann", "NNP", "PROPN", "compound", 10),
    ("Cole", "NNP", "PROPN", "appos", 8), ("said", "VBD", "VERB", "conj", 3),
    (".", ".", "PUNCT", "punct", 3)]


def test_name_before_the_cue_speaks_the_quote_when_the_parse_hangs_it_inside() -> None:
    rows = NAME_HUNG_IN_QUOTE
    no_space_after = {0, 3, 4, 11}  # "“We", "win,”", "said."
    doc = Doc(Vocab(), words=[r[0] for r in rows],
              spaces=[i not in no_space_after and i < len(rows) - 1 for i in range(len(rows))],
              tags=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[r[4] for r in rows], lemmas=[r[0].lower() for r in rows[:-2]] + ["say", "."],
              sent_starts=[i == 0 for i in range(len(rows))])
    article = evaluation_article("quote", doc.text, doc, language="en")
    find_quotes(article)
    assert [(q.speaker.text if q.speaker else None, q.text) for q in article.quotes] == [
        ("Ann Cole", "“We will win,”")]


def test_participle_read_as_the_main_verb_lends_its_subject(nlp: Any) -> None:
    # the parse makes "marching" the main verb and hangs "chanted" on it
    text = ("Protesters marching through the streets chanted \"What curfew?\" and kept going "
            "until nearly 2 a.m. Friday in defiance the curfew.")
    assert [(speaker, cue) for speaker, cue, _ in found_triples(nlp, text)] == [
        ("Protesters", "chanted")]
    # ... and an opening participle the parse makes the subject of the clause it governs
    text = ("Claiming the criticism of Lauer is designed to pressure debate moderators, Trump "
            "told Fox that \"they hit Matt because they said he should have been tougher.\"")
    assert ("Trump", "Claiming") in [(speaker, cue) for speaker, cue, _ in
                                      found_triples(nlp, text)]
    # ... and a participle after the subject that the parse makes the main verb, the
    # reporting verb after it hung on it as a clause of its own
    text = ("But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
            "\"Let me tell you, he's got a heck of a following.\"")
    assert ("Sen. Richard J. Durbin", "said") in [(speaker, cue) for speaker, cue, _ in
                                                   found_triples(nlp, text)]


def test_reporting_verb_opening_the_sentence_before_its_speaker(nlp: Any) -> None:
    # the parse reads "Said" as part of the name "Said Ellis"
    text = ("The plan would make the code more complicated. Said Ellis: “I don’t get the sense "
            "she’s the least bit interested in tax reform.”")
    assert ("Ellis", "Said") in [(speaker, cue) for speaker, cue, _ in found_triples(nlp, text)]


# "Support grew as Jo Roe, a judge, attacked Lee.": "as" read as a preposition
SUBORDINATOR_AS_PREPOSITION = [
    ("Support", "NN", "NOUN", "nsubj", 1), ("grew", "VBD", "VERB", "ROOT", 1),
    ("as", "IN", "ADP", "prep", 1), ("Jo", "NNP", "PROPN", "compound", 4),
    ("Roe", "NNP", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 4),
    ("a", "DT", "DET", "det", 7), ("judge", "NN", "NOUN", "appos", 4),
    (",", ",", "PUNCT", "punct", 4), ("attacked", "VBD", "VERB", "advcl", 1),
    ("Lee", "NNP", "PROPN", "dobj", 9), (".", ".", "PUNCT", "punct", 1)]


def _changed(rows: list[Row], index: int, tag: str, pos: str) -> list[Row]:
    word, _, _, dep, head = rows[index]
    return [*rows[:index], (word, tag, pos, dep, head), *rows[index + 1:]]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (SUBORDINATOR_AS_PREPOSITION, "Roe"),
        # "grown as Jo Roe ... attacked": on a participle "as" is a preposition ("identified
        # as Jo Roe")
        (_changed(SUBORDINATOR_AS_PREPOSITION, 1, "VBN", "VERB"), None),
        # "as a roe, a judge, attacked": a common noun after "as" is a preposition's object
        (_changed(SUBORDINATOR_AS_PREPOSITION, 4, "NN", "NOUN"), None),
    ],
)
def test_subject_read_as_the_object_of_a_subordinator(rows: list[Row],
                                                      expected: str | None) -> None:
    found = subordinated_subject(build(rows)[9])
    assert (found.text if found is not None else None) == expected


def test_subject_of_a_subordinated_conjunct(nlp: Any) -> None:
    # the parse makes "criticized" a conjunct of "grew", "Tom Reyes" the object of "as"
    text = ("Opposition to the plan grew stronger Friday as Tom Reyes, a retired judge, "
            "criticized the council for its handling of the vote.")
    assert ("Tom Reyes", "criticized") in [(speaker, cue) for speaker, cue, _ in
                                           found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with" a name and a participle right after it: the name's words
        ("The session ended with Lopez asking the minister whether the plan was funded.",
         ("Lopez", "asking")),
        # ... not a participle set off by a comma ("sided with X, saying": not X)
        ("The judge sided with the tenants, saying the eviction notices were unlawful.",
         ("The judge", "saying")),
    ],
)
def test_participle_after_with_and_its_subject(nlp: Any, text: str,
                                               expected: tuple[str, str]) -> None:
    assert expected in [(speaker, cue) for speaker, cue, _ in found_triples(nlp, text)]


def test_name_after_a_title_is_part_of_the_speaker_mention(nlp: Any) -> None:
    text = ('"We are a decade out from having a car that drives itself," Ashford College '
            'director of technology Dana Okafor said while giving people a glimpse at the '
            'hardware.')
    assert {s for s, _, _ in found_triples(nlp, text)} == {
        "Ashford College director of technology Dana Okafor"}


def test_name_after_a_title_gives_the_speaker_its_person(nlp: Any) -> None:
    article = make_article(nlp, '"We are a decade out from having a car that drives itself," '
                                "Ashford College director of technology Dana Okafor said while "
                                "giving people a glimpse at the hardware.")
    names = {e.id: e.name for e in article.entities}
    assert [names.get(q.speaker.entity_id or "") for q in article.quotes if q.speaker] == [
        "Dana Okafor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name opening the clause after a dash, hung on the noun before it: the name speaks,
        # not the first clause's subject
        ("And it wasn’t a one-off or an accident — Dana Okafor, a spokeswoman for Lopez, told "
         "the Ledger that the mayor gave Garza a heads up about the plan.", "Dana Okafor"),
        # guard: no name after the dash, the subject the parse shows
        ("The plan failed — and the mayor told reporters that it was over.", "the mayor"),
    ],
)
def test_name_after_a_dash_speaks(nlp: Any, text: str, speaker: str) -> None:
    assert [s for s, cue, _ in found_triples(nlp, text) if cue == "told"] == [speaker]


# "To understand the real Tom Garza, Judge Okafor said, one should visit this museum.": the
# parse makes the opening clause's object the subject of "said", the speaker its apposition,
# and hangs the opening clause on "visit", not on the cue
OBJECT_AS_SUBJECT = [
    ("To", "TO", "PART", "aux", 1), ("understand", "VB", "VERB", "advcl", 13),
    ("the", "DT", "DET", "det", 5), ("real", "JJ", "ADJ", "amod", 5),
    ("Tom", "NNP", "PROPN", "compound", 5), ("Garza", "NNP", "PROPN", "nsubj", 9),
    (",", ",", "PUNCT", "punct", 5), ("Judge", "NNP", "PROPN", "compound", 8),
    ("Okafor", "NNP", "PROPN", "appos", 5), ("said", "VBD", "VERB", "parataxis", 13),
    (",", ",", "PUNCT", "punct", 9), ("one", "PRP", "PRON", "nsubj", 13),
    ("should", "MD", "AUX", "aux", 13), ("visit", "VB", "VERB", "ROOT", 13),
    ("this", "DT", "DET", "det", 15), ("museum", "NN", "NOUN", "dobj", 13),
    (".", ".", "PUNCT", "punct", 13)]


@pytest.mark.parametrize(("first", "expected"), [(0, "Okafor"), (2, None)])
def test_object_of_an_opening_clause_read_as_the_subject(first: int,
                                                         expected: str | None) -> None:
    rows = OBJECT_AS_SUBJECT[first:]  # from 2: "the real Tom Garza, Judge Okafor said, ..."
    rows = [(w, tag, pos, dep, max(0, head - first)) for w, tag, pos, dep, head in rows]
    doc = build(rows)
    doc.ents = [doc.char_span(doc[7 - first].idx, doc[8 - first].idx + 6, label="PERSON")]
    found = opening_object_speaker(doc[9 - first], doc[5 - first])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize("name", ["Okafor", "Marla"])
def test_name_before_a_relative_aside_in_dashes_speaks(nlp: Any, name: str) -> None:
    # the parse hangs the name inside the opening clause, and the aside on the name or on
    # the noun before it: either way the name, up to the aside, speaks
    text = (f"When {name} confided that she was worried about her job prospects, {name} 2077 "
            f"– who had an avatar of a big yellow C – reassured her: “You will find one!!! I "
            "know it.”")
    assert [s for s, cue, _ in found_triples(nlp, text) if cue == "reassured"] == [
        f"{name} 2077"]
