"""How quoted stretches are tied to their cues (made-up sentences): a quote's own inverted
cue whose speaker the parse missed (:func:`fivew.quotes_adjacent.inverted_speaker`), and
quoted titles, which take no cue (:func:`fivew.quotes_linking.quoted_title`)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the parse reads the name after "said" as an adverb: the quote keeps the cue after
        # it, not the quote before's
        ("“The harbour will be busy all summer,” said a port official.\n\n"
         "“Having two cranes and people who can run them is useful,” said Skelly, explaining "
         "he had worked with the crews for years.",
         "“Having two cranes and people who can run them is useful,”"),
    ],
)
def test_inverted_cue_is_the_quotes_own(nlp: Any, text: str, quote: str) -> None:
    found = [q for q in make_article(nlp, text).quotes if q.text == quote]
    assert found and found[0].cue is not None and found[0].cue.start == found[0].end + 1


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on ABC’s “Harbour Watch,” and said the ferries were late.",
        "The senator, speaking on ABC’s “Harbour Watch,” said the ferries were late.",
    ],
)
def test_quoted_title_takes_no_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == [("The senator", "said", "the ferries were late")]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the quote goes with the bare "said in a statement" before it, not with the
        # quoted speaker before that
        ("“The ferry will run again in May,” the mayor said. "
         "Tom Reyes, a spokesman for the harbour board, said in a statement. "
         "“No ship will leave the dock until the cranes are repaired.”",
         "Tom Reyes",
         "“No ship will leave the dock until the cranes are repaired.”"),
        ("The council voted on Monday, the mayor said. Dana Hill wrote on her blog. "
         "“Nobody asked the fishermen what they thought of the new rules.”",
         "Dana Hill",
         "“Nobody asked the fishermen what they thought of the new rules.”"),
    ],
)
def test_quote_after_a_bare_report(nlp: Any, text: str, speaker: str, quote: str) -> None:
    found = [q for q in make_article(nlp, text).quotes if q.text == quote]
    assert found and found[0].speaker is not None and found[0].speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "quote", "before"),
    [
        # the quote after the colon is the closing cue's, whole; the clause before the
        # colon keeps its own cue
        ("The clerk answered by explaining that the files were stuck in the old system: "
         "“I share your anger. But until the office moves them, there is no way for me to "
         "send them. I can't even open them,” Hale wrote.",
         "wrote",
         "“I share your anger. But until the office moves them, there is no way for me to "
         "send them. I can't even open them,”",
         "that the files were stuck in the old system"),
    ],
)
def test_quote_before_its_cue_leaves_the_clause_before(nlp: Any, text: str, cue: str,
                                                       quote: str, before: str) -> None:
    quotes = make_article(nlp, text).quotes
    assert any(q.cue is not None and q.cue.text == cue and q.text == quote for q in quotes)
    assert any(q.text == before for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote is the object of the verb right before it, not of the nearer verb after
        ("She declared “What a great night!” and said that her campaign would go on.",
         [("She", "declared", "“What a great night!”"),
          ("She", "said", "that her campaign would go on")]),
        ("He shouted “Stay there!” and said the crowd was too loud.",
         [("He", "shouted", "“Stay there!”"), ("He", "said", "the crowd was too loud")]),
        # a naming verb
        ("And, in a clip that the judge called \"distasteful,\" the host said he would die "
         "a free man.",
         [("the judge", "called", "\"distasteful,\""),
          ("the host", "said", "he would die a free man")]),
    ],
)
def test_quote_governed_by_the_verb_before_it(nlp: Any, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word quote its cue introduces is no scare quote
        ("Asked about the plan, the mayor said, “Never.”", ("the mayor", "said", "“Never.”")),
        ("The mayor was asked about the plan. He replied: “Never.”",
         ("He", "replied", "“Never.”")),
        ("The mayor smiled and said, ''Absolutely.''",
         ("The mayor", "said", "''Absolutely.''")),
    ],
)
def test_short_quote_introduced_by_its_cue(nlp: Any, text: str,
                                           expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote paragraph goes on from the quoted speaker, not from a claim trailing in the
        # same sentence ("when asked ...")
        ("“Anything but the levy,” Okafor told the radio station when asked which plan she "
         "would back.\n“The levy means ruin for the harbour and for every family in it.”",
         ("Okafor", "told", "“The levy means ruin for the harbour and for every family in "
          "it.”")),
        # the sentence goes on after "?”": its verb, not one before a colon above, is the cue
        ("Trump did support the idea of such a database on Thursday, and NBC News has proof:"
         "\n\n“Should there be a database system that tracks the Muslims here in this "
         "country?” a reporter can be heard asking Trump after an event in Iowa.",
         ("a reporter", "asking", "“Should there be a database system that tracks the Muslims "
          "here in this country?”")),
    ],
)
def test_quote_takes_its_speakers_cue(
        nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in the speaker's description is no quote of the cue after it
        ("Sam Larkin, a writer who helped the singer with “The House of Small Hours,” told "
         "me, “He has been misread for years.”",
         [("Sam Larkin", "told", "“He has been misread for years.”")]),
        ("In 1971, her essay for Art News, “Why Have There Been No Great Women Artists?,” "
         "shrewdly answered the question it posed.",
         [("her essay for Art News", "answered", "the question it posed")]),
        # a quote before the speaker, or after a colon, is still what they said
        ("“That is a fair concern,” Maria Ortiz, 69, told the radio station.",
         [("Maria Ortiz", "told", "“That is a fair concern,”")]),
        ("He did not agree to a request by the newspaper to turn over the evidence he "
         "gathered.\nSaid Davis, who chaired the 2005 hearing: \"Our work here is definitely "
         "not done. Going forward, what will the leaders of baseball do?\"",
         [("the newspaper", "request", "to turn over the evidence he gathered"),
          ("Davis", "Said", "\"Our work here is definitely not done. Going forward, what will "
           "the leaders of baseball do?\"")]),
    ],
)
def test_title_in_the_speakers_description_is_no_quote(
        nlp: Any, text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert found_triples(nlp, text) == expected


def test_short_quote_before_a_later_cue_goes_on_with_the_speaker_before(nlp: Any) -> None:
    # "He sighed." reports the quote after it; the short one before it is still Coen's
    text = ("“I’m like Marian,” Coen interjected. He had a close-cropped beard. “I’m the "
            "worrier.” He sighed. “Sometimes I get infuriated with her for not worrying!”")
    assert ("Coen", "interjected", "“I’m the worrier.”") in found_triples(nlp, text)
