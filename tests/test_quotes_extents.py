"""Where a content starts and ends, and verbs that are no cues (made-up sentences): see
:mod:`fivew.quotes_extents`, :mod:`fivew.quotes_noncues`, :mod:`fivew.quotes_marks` and the
quote linking of :mod:`fivew.quotes`."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_marks import quote_marks

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a content stretched to its sentence's end stops just before a later reporting verb
        ("The senator criticized his call to expand the airport to twelve gates, saying the "
         "runway was too short.",
         ("The senator", "criticized", "his call to expand the airport to twelve gates")),
        ("The governor rejected the proposal for a toll on the bridge in a speech on Monday, "
         "arguing that commuters paid enough already.",
         ("The governor", "rejected",
          "the proposal for a toll on the bridge in a speech on Monday")),
        # ... and before the relative pronoun of a relative clause that verb heads
        ("The report offered fresh ammunition to farmers who say the levy is a burden, the "
         "minister admitted on Monday.",
         ("who", "say", "the levy is a burden")),
        ("Ms. Park praised the mayor for cutting fares and widening roads - moves that she "
         "said helped the city's shops.",
         ("Ms. Park", "praised", "the mayor for cutting fares and widening roads - moves")),
        # ... and before the preposition whose object that verb is
        ("The mayor has tried to explain her support for the levy by stressing her plans for "
         "the harbour.",
         ("The mayor", "explain", "her support for the levy")),
        ("The council answered the critics of the budget on Monday by promising a review of "
         "the harbour fees.",
         ("The council", "answered", "the critics of the budget on Monday")),
        # a quote opening with a small letter after an abbreviation starts no sentence
        ("Ms. Ortiz said the U.S. “clearly” needed a stronger navy in the Pacific.",
         ("Ms. Ortiz", "said", "the U.S. “clearly” needed a stronger navy in the Pacific")),
        # a clause without a subject of its own starts right after the cue
        ("The agency said about a third of the rise in its cost estimates reflected higher "
         "fuel prices.",
         ("The agency", "said",
          "about a third of the rise in its cost estimates reflected higher fuel prices")),
        # a claim in a relative clause set off inside a subject ends with that clause
        ("The new rules, which one official said would cost the city $2 billion, will take "
         "effect next year.",
         ("one official", "said", "would cost the city $2 billion")),
        # ... and so does one in a relative clause of the subject with no mark around it
        ("Voters who said the plan was dead were wrong about the budget, the aide said.",
         ("who", "said", "the plan was dead")),
        ("Anyone who wants to unseat the mayor of the city is reaping large rewards from it.",
         ("who", "wants", "to unseat the mayor of the city")),
        # not when a clause after a verb taking one without "that" is its only clause, the
        # parse having read its verb as the sentence's, nor before "is" with no object
        ("Those who fear a vengeful West will become the very thing it assails.",
         ("who", "fear", "a vengeful West will become the very thing it")),
        ("The major danger he sees for these plans is the rise of angry movements.",
         ("he", "sees", "these plans is the rise of angry movements")),
        # a content stretched up to a later cue in a relative clause ends before its
        # preposition and pronoun
        ("The senator effectively acknowledged as much with a speech to the Senate, in which "
         "he said: “There is no question that the mayor is responsible.”",
         ("The senator", "acknowledged", "as much with a speech to the Senate")),
        # a clause with its own subject joined to a passive role is no part of it
        ("In Tehran the Gulf is known as the “Persian Gulf” and nothing could be calculated "
         "to upset the regime more than the visit.",
         (None, "known", "as the “Persian Gulf”")),
        # a possessive's gerund goes on with it, its cue inside
        ("Putin complained bitterly about the United States' backing independence for "
         "Kosovo.",
         ("Putin", "complained", "the United States' backing independence for Kosovo")),
        # "that," and a clause set off by commas: the content runs on past that clause
        ("Schwartz said in the podcast interview that, since the Times insisted on at least "
         "two sources, she asked Cohen to give her the contact information of the medic.",
         ("Schwartz", "said", "that, since the Times insisted on at least two sources, she "
          "asked Cohen to give her the contact information of the medic")),
    ],
)
def test_content_extent(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # "X, he said, Y": what follows the cue and a comma is the content's second fragment
        ("The case would be strengthened, Devine said, by the upcoming court calendar.",
         "The case would be strengthened", "by the upcoming court calendar"),
        ("The levy had no known opponents, the clerk added, and had passed every earlier vote.",
         "The levy had no known opponents", "and had passed every earlier vote"),
        # a phrase fronted before a parenthetical cue's subject opens the first fragment
        ("After the court approved the new district map four years ago, Garza said, most "
         "county offices were thought to be safe from challenge.",
         "After the court approved the new district map four years ago",
         "most county offices were thought to be safe from challenge"),
        # a parenthetical the parse took for a relative clause: the relative pronoun, then
        # what follows the second comma
        ("The town is counting on the new tax to repair the old bridge, which, its engineers "
         "believe, would cost far less than a new one.",
         "which", "would cost far less than a new one"),
        # an attitude verb set off between a clause's subject and its verb
        ("Such delays, the planners believe, will make the new schedule useless.",
         "Such delays", "will make the new schedule useless"),
    ],
)
def test_interrupted_content(nlp: Any, text: str, first: str, second: str) -> None:
    contents = [content for _, _, content in found_triples(nlp, text)]
    assert first in contents and second in contents


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # a clause before the cue and one after it: the one told, or the time, between the
        # cue and the clause after it, is no part of the content
        ("The deal collapsed, Dana Okafor told reporters that the mayor had known about it.",
         "that the mayor had known about it"),
        ("The deal collapsed, Dana Okafor told the Ledger on Monday that the mayor had known "
         "about it.", "that the mayor had known about it"),
        ("“We are deeply worried,” the members wrote in a letter to the governor, that the "
         "agency “may have already closed the shelters.”",
         "that the agency “may have already closed the shelters.”"),
    ],
)
def test_words_of_the_cue_before_a_second_clause(nlp: Any, text: str, after: str) -> None:
    assert after in [content for _, _, content in found_triples(nlp, text)]


def test_according_to_leaves_out_an_appended_contrast(nlp: Any) -> None:
    text = ("The mayor has raised $2 million so far, according to a city tally, but her path "
            "to victory is narrowing.")
    contents = [content for _, cue, content in found_triples(nlp, text) if cue == "according to"]
    assert contents == ["The mayor has raised $2 million so far"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the clause on "According" ...
        ("According to a March 2019 study by the Urban Research Institute based on census data "
         "from 2017, eligible voters who are Hispanic skew younger in Oregon than elsewhere in "
         "the region.",
         ("a March 2019 study by the Urban Research Institute", "According to",
          "eligible voters who are Hispanic skew younger in Oregon than elsewhere in the "
          "region")),
        # ... or makes it an apposition of the source
        ("According to conservative talk radio host Mark Dalton, the decision reeks of “panic” "
         "and weakness.",
         ("conservative talk radio host Mark Dalton", "According to",
          "the decision reeks of “panic” and weakness")),
        # ... or reads its source's first noun as a verb
        ("As a reality TV boss, Okafor repeatedly demeaned women with sexist language, "
         "according to show insiders.",
         ("show insiders", "according to",
          "As a reality TV boss, Okafor repeatedly demeaned women with sexist language")),
    ],
)
def test_according_to_opening_a_misparsed_sentence(nlp: Any, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Residents were told not to drink the brown water coming out of their taps, which "
         "they had earlier been assured was safe.", "told",
         "not to drink the brown water coming out of their taps, which they had earlier been "
         "assured was safe"),
        ("They want to let go of the anger the campaign has stirred in them.", "want",
         "to let go of the anger the campaign has stirred in them"),
    ],
)
def test_infinitive_before_a_misparsed_clause(nlp: Any, text: str, cue: str,
                                              content: str) -> None:
    # the parse makes a later clause (or a noun read as a verb) the cue's complement: the
    # infinitive before it starts the content
    assert content in [body for _, c, body in found_triples(nlp, text) if c == cue]


def test_subject_hung_on_the_cue_across_a_quoted_phrase(nlp: Any) -> None:
    # the parse hangs "the days ..." on "said" as a time and leaves "are gone" without a
    # subject: the content starts after the cue, quote marks and all
    text = ('Hemsley said the days when the nation had "a somewhat unifying story" from '
            'radio and the leading TV news networks are gone.')
    assert [(cue, content) for _, cue, content in found_triples(nlp, text)] == [
        ("said", 'the days when the nation had "a somewhat unifying story" from radio and the '
                 "leading TV news networks are gone")]


def test_but_part_with_a_report_of_its_own(nlp: Any) -> None:
    # "but she cautions that ..." is her own claim, not a second fragment of "says"
    text = "The plan will work, Stevens says, but she cautions that the vote could be close."
    triples = found_triples(nlp, text)
    assert [content for _, cue, content in triples if cue == "says"] == ["The plan will work"]
    assert ("she", "cautions", "that the vote could be close") in triples


def test_aside_naming_nobody(nlp: Any) -> None:
    text = "It is, I think, a mistake to close the depot."
    assert not [cue for _, cue, _ in found_triples(nlp, text) if cue == "think"]


def test_true_relative_clause_is_no_aside(nlp: Any) -> None:
    # "whose new wing the council approved" has a subject of its own: no parenthetical
    text = "The mayor praised the library, whose new wing the council approved, with a speech."
    assert all(content != "with a speech" for _, _, content in found_triples(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "That said, the council cannot pass the budget before March.",
        "The board counted 40 pledged delegates and twelve superdelegates.",
        "Editor's note: Senator Blake is a known fabulist who has repeatedly pledged to "
        "abolish the income tax.",
        "Do you support Governor Ortiz? Join the discussion below.",
    ],
)
def test_no_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


def test_unclosed_quote_of_full_sentences_ends_with_its_paragraph() -> None:
    text = ("“We will not raise fares,” said Baron. “The budget is balanced and the trains run "
            "on time. Riders deserve better.\n\nHe continued, “Nobody wants a delay.”")
    spans, _ = quote_marks(text)
    assert [text[s:e] for s, e in spans] == [
        "“We will not raise fares,”",
        "“The budget is balanced and the trains run on time. Riders deserve better.",
        "“Nobody wants a delay.”"]
    # a straight mark too ('"He will reiterate his calls ... and more.' at a page's end)
    text = ('"We will not raise fares," said Baron. "The budget is balanced and the trains '
            'run on time.\nReporters contributed to this story.')
    assert [text[s:e] for s, e in quote_marks(text)[0]][-1] == (
        '"The budget is balanced and the trains run on time.')
    # a stray opening mark after a word, or a fragment, stays no quote
    for stray in ("It is fine here,“ said Cole.\n\nNext.", "“Too short.\n\nNext.",
                  'It is fine here," said Cole.\n\nNext.'):
        assert quote_marks(stray)[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote closing its sentence with a full stop goes on from the speaker before, not
        # from a cue in the next sentence that reports a clause of its own
        ("“Our roads are falling apart,” Ms. Lane said. “The state has to pay for them now.” "
         "She said later that she would vote for the bill.",
         ("Ms. Lane", "said", "“The state has to pay for them now.”")),
        # a sentence ending on a quote goes on from the quoted speaker before it, even where
        # the parser runs that sentence on into the next paragraph
        ("“We were not thrilled when the plan was first unveiled,” said Dana Holt, a director "
         "at the county farm bureau. Now, “most of the growers in the valley think the levy is "
         "fair.”\n\nPeter Wong, an economist at the state college, said the levy could replace "
         "most of the old subsidies.",
         ("Dana Holt", "said", "Now, “most of the growers in the valley think the levy is fair.”")),
        # a quote closing a clause before its cue brings the clause with it
        ('He would be a better senator than Ruiz "no matter what," one reader commented.',
         ("one reader", "commented", 'He would be a better senator than Ruiz "no matter what,"')),
    ],
)
def test_quote_linking(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a reporting verb that only describes a noun of the content (a participle after
        # it) does not end the content
        ("The commissioner dismissed party labels altogether, a view endorsed by the crowd "
         "in the hall.",
         "party labels altogether, a view endorsed by the crowd in the hall"),
        ("Ms. Ortega backed a measure on the ballot, a step criticized by the mayor and some "
         "business groups.",
         "a measure on the ballot, a step criticized by the mayor and some business groups"),
    ],
)
def test_content_runs_over_a_noun_modifier(nlp: Any, text: str, content: str) -> None:
    assert content in [t[2] for t in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse runs the reported clause on over ", according to X": the sentence, the
        # reporting verb and all, is the source phrase's
        ("On Monday the mayor said the ferry would run again in May, according to the local "
         "paper.",
         [("the local paper", "according to",
           "On Monday the mayor said the ferry would run again in May")]),
    ],
)
def test_according_to_inside_a_reported_clause(nlp: Any, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause with a subject of its own after a semicolon is another sentence
        ("Corporate executives love the trade pact; labor unions do not.", "love",
         "the trade pact"),
        ("Some players would later claim they didn't notice the rookie; others said he stood "
         "out.", "claim", "they didn't notice the rookie"),
        # a semicolon after a quote the content holds ends it too
        ("The screenshots show Okafor asking, “Can I come to the cafe in five?”; she showed "
         "up a few minutes later.", "show", "Okafor asking, “Can I come to the cafe in five?”"),
        # parallel clauses, the same subject or verb in both, are one statement
        ("The judges said the problem was not the fee; the problem was the form that voters "
         "had to fill in.", "said",
         "the problem was not the fee; the problem was the form that voters had to fill in"),
    ],
)
def test_content_stops_before_a_clause_after_a_semicolon(nlp: Any, text: str, cue: str,
                                                         content: str) -> None:
    assert [q for _, c, q in found_triples(nlp, text) if c == cue] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # what follows the cue and a comma after a closed quote says how or when it was said
        "“Quiet,” he demanded, as the guests kept talking.",
        "“We will fix the roads before winter,” Okafor said, in response to a question about "
        "farming.",
        "“We will fix the roads,” Okafor said, through a translator.",
        # nor does "as the crowd applauded" report the quote and its cue before it
        "The mayor did not hesitate. ''Well, I would say that everybody should be heard at "
        "first until they are proved wrong by evidence,'' she said, with an awkward smile, as "
        "the crowd applauded.",
    ],
)
def test_closed_quote_keeps_its_words(nlp: Any, text: str) -> None:
    [(_, cue, quote)] = found_triples(nlp, text)
    assert cue in ("demanded", "said") and quote[0] in "“'" and quote.rstrip()[-1] in "”'"


def test_quote_of_several_sentences_keeps_its_words(nlp: Any) -> None:
    # after a closed quote of two sentences too, "after X said Y" is when it was said, and
    # X's claim is its own
    triples = found_triples(nlp, "\"I never said that. I never said that,\" Trump said, after "
                                 "CNBC's Becky Quick said the billionaire front-runner had "
                                 "derisively referred to Sen. Marco Rubio (R-Fla.) as the "
                                 "\"personal senator\" of Facebook mogul Mark Zuckerberg.")
    assert ("Trump", "said", "\"I never said that. I never said that,\"") in triples
    assert any(who == "CNBC's Becky Quick" for who, _, _ in triples)


def test_words_after_the_cue_go_on_with_a_quote_whose_marks_were_left_out(nlp: Any) -> None:
    # no preposition, conjunction or participle opens them: the rest of the quote
    found = found_triples(nlp, "“Only you, Dinesh,” she said, would use the occasion to "
                               "praise the country.")
    assert [q for _, c, q in found if c == "said"] == [
        "“Only you, Dinesh,”", "would use the occasion to praise the country"]


def test_content_before_the_cue_does_not_reach_over_a_semicolon(nlp: Any) -> None:
    text = ("He put himself in front of cameras whenever he could; once, he wrote to a "
            "variety program to ask for a slot.")
    assert not any(c == "wrote" for _, c, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a clause joined to the content that reports with a subject of its own is a claim of
        # its own: the content ends before it
        ("Okafor said the real extremist on the levy is the mayor, and he railed against the "
         "council for failing to bring up the harbour.",
         {"the real extremist on the levy is the mayor",
          "the council for failing to bring up the harbour"}),
        ("Okafor noted that the mayor appeared unsteady in his first debate, and some "
         "speculated about his health at the time.",
         {"that the mayor appeared unsteady in his first debate", "his health at the time"}),
        # ... not a second "that" clause of the same cue, nor a verb that reports nothing
        ("Okafor says many doubted her in the valley but that she and her supporters never "
         "doubted each other.",
         {"many doubted her in the valley but that she and her supporters never doubted each "
          "other"}),
        ("The clerk said consent forms had been sent out to parents recently, and already more "
         "than 130 had responded positively.",
         {"consent forms had been sent out to parents recently, and already more than 130 had "
          "responded positively"}),
    ],
)
def test_content_ends_before_a_joined_report(nlp: Any, text: str, contents: set[str]) -> None:
    assert {content for _, _, content in found_triples(nlp, text)} == contents
