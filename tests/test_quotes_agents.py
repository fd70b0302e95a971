"""Who holds a cue's claim where the parse names nobody or the wrong one
(:mod:`fivew.quotes_agents`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from fivew.quotes_agents import fallback_subject, load_agent_lists

from .test_quotes import found_triples


def _speaker_of(nlp: Any, text: str, cue: str) -> str | None:
    """The speaker text of the quote cued by ``cue`` in ``text``."""
    return next(s for s, c, _ in found_triples(nlp, text) if c == cue)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a gerund the parse leaves without a subject: the nearest subject before it
        ("Band member Jo Reyes shared the news online last week, writing “Feels great to "
         "back someone I trust.”", "writing", "Band member Jo Reyes"),
        ("Reyes wasn't so much saying that the tax would fail but that it would work too "
         "well.", "saying", "Reyes"),
        ("Even many loyal members, like both of the former chairs, aren't planning on "
         "voting for the new budget.", "voting for",
         "Even many loyal members, like both of the former chairs"),
        # a participle qualifying a pronoun: the pronoun
        ("The report had two columns, one listing the costs of the bridge and another "
         "listing the savings.", "listing", "one"),
        ("He is winning over the fishermen, including those backing other candidates.",
         "backing", "those"),
    ],
)
def test_subjectless_participle_takes_the_nearest_subject(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, cue) == speaker


def test_participle_on_a_quantifier_is_said_by_the_names_beside_it(nlp: Any) -> None:
    """'X, Y and Z all calling for ...': the names, not "all" (a parse built by hand, the
    small model hanging "all" on the names in this sentence only now and then)."""
    words = ["with", "Marsh", ",", "Pike", "and", "Ford", "all", "calling", "for", "tax"]
    heads = [0, 0, 1, 1, 3, 3, 1, 6, 7, 8]
    deps = ["ROOT", "pobj", "punct", "conj", "cc", "conj", "appos", "acl", "prep", "pobj"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PRON", "VERB", "ADP", "NOUN"]
    tags = ["IN", "NNP", ",", "NNP", "CC", "NNP", "DT", "VBG", "IN", "NN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert fallback_subject(doc[7]).text == "Marsh"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("That's not to suggest that the harbour plan is doomed.", "suggest"),
        ("That is not the same as saying the new bridge will never be built.", "saying"),
    ],
)
def test_pointing_that_names_no_speaker(nlp: Any, text: str, cue: str) -> None:
    """A pointing "that" reached through a copula is nobody."""
    assert _speaker_of(nlp, text, cue) is None


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a thing that causes the questions holds none of them
        ("The leaked memos raised new questions about whether the port authority hid its "
         "losses.", "questions about", None),
        ("The clash raised serious doubts about whether the council will fund the "
         "dredging.", "doubts about", None),
        # the target of the questions holds none of them
        ("Okafor will face questions about his spending on the new stadium.",
         "questions about", None),
        # someone who raises questions holds them
        ("Okafor raised questions about the stadium budget on Monday.", "questions about",
         "Okafor"),
        # so do people named by a common noun (speaker_holder_nouns)
        ("Several trustees raised questions about the museum's new lease.", "questions about",
         "Several trustees"),
        ("Local politicians have raised concerns about the ferry timetable.",
         "concerns about", "Local politicians"),
    ],
)
def test_subject_causing_or_facing_a_noun_cue_is_no_speaker(
        nlp: Any, text: str, cue: str, speaker: str | None) -> None:
    assert _speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a passive conjunct: its inherited subject is its patient
        ("The harbour master is not on board with the deal and is not expected to sign it "
         "before June.", "expected"),
        # a passive participle qualifying a noun: the noun is its patient
        ("The largest lender is Fenwick Trust, a bank once known for its loans to "
         "shipyards.", "known"),
        ("Last year was a season expected to bring record rainfall across the valley.",
         "expected"),
        # an "as" clause with no subject and no agent: the clause's subject predicted nothing
        ("The new pump failed within a week, as predicted.", "predicted"),
    ],
)
def test_passive_patient_is_no_speaker(nlp: Any, text: str, cue: str) -> None:
    assert _speaker_of(nlp, text, cue) is None


def test_agent_lists_are_lemmas() -> None:
    lists = load_agent_lists()
    for words in (lists.target_verbs, lists.cause_verbs, lists.caused_nouns,
                  lists.directed_nouns, lists.purpose_participles, lists.holder_nouns):
        assert words and all(w == w.lower().strip() for w in words)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a passive of a state of mind: its subject is in it
        ("He is now assured of taking most of the seats in the north.", "assured",
         "He"),
        ("The growers, who are mystified that the port raised its fees, held a meeting on "
         "Friday.", "mystified", "who"),
        # ... and of a feeling
        ("Protesters were frustrated that the police released only some of the footage.",
         "frustrated", "Protesters"),
        # any other passive without an agent: its subject is what the claim is about
        ("The new stadium is known for its leaky roof.", "known", None),
    ],
)
def test_passive_of_a_state_of_mind_keeps_its_subject(
        nlp: Any, text: str, cue: str, speaker: str | None) -> None:
    assert _speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a finite cue whose subject the parse hung on an opening preposition
        ("Among the farmers who said they cared about water prices, most in both valleys "
         "supported the levy.", "supported", "both valleys"),
        ("Despite growing up during a long drought, more than two-thirds of the people in "
         "the valley's younger generation predict they will stay on the farms.", "predict",
         "more than two-thirds of the people in the valley's younger generation"),
        # an age opening the sentence, which the parse hangs on the verb as an adjective
        ("Fred Holt, a coach, said the team was ready. The 38-year-old added that he was "
         "retiring.", "added", "38-year-old"),
        # a name run on from the opening phrase, with an apposition up to the cue's comma
        ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
         "he spoke with the governor on Tuesday.", "said", "Senator Harry Reid"),
    ],
)
def test_subject_hung_on_opening_preposition(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, cue) == speaker


def test_noun_a_participle_qualifies_is_no_gerund_clause(nlp: Any) -> None:
    # the parse makes "clamoring" a clausal subject, its noun that clause's subject
    assert _speaker_of(nlp, "Some parents clamoring for less homework in primary schools "
                            "support the plan.", "support") == "Some parents"
    # or the participle the root and the cue a "dep" of it
    assert _speaker_of(nlp, "They are tired and broke. But Republican activists clamoring to "
                            "block Lopez from the party nomination say they're suddenly in "
                            "the midst of a revolt.", "say") == "Republican activists"


def test_quantifier_the_parse_hangs_on_the_cue(nlp: Any) -> None:
    # "many" read as an adjective of "argue": it is the subject of the parenthetical
    assert _speaker_of(nlp, "That attitude, many argue, could carry constitutional "
                            "implications if Lopez becomes mayor.", "argue") == "many"


def test_share_of_respondents_parsed_as_a_number_speaks(nlp: Any) -> None:
    text = "About 4 in 10 say they want the next mayor to build more housing."
    assert ("About 4 in 10", "say", "they want the next mayor to build more housing") in (
        found_triples(nlp, text))
