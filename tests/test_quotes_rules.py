"""Rules of the ``quotes`` stage added from PolNeAR train error analysis (made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from fivew.quotes_rules import doc_chars, line_bounds, sentence_bounds
from fivew.quotes_verbs import parse_attributions

from .test_quotes import found_triples, make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who went somewhere to do the speaking is its speaker
        ("Ben Carson went on television to defend his recent staff changes.",
         ("Ben Carson", "defend", "his recent staff changes")),
        # ... and the subject of the copula holding a controlling adjective
        ("Paul Ryan was reluctant to endorse Mr. Hale.",
         ("Paul Ryan", "endorse", "Mr. Hale")),
        # a noun cue that is the object of any verb: that verb's subject holds it
        ("The senator floated the idea that the tax should be cut.",
         ("The senator", "idea", "that the tax should be cut")),
        # a noun cue predicated by a copula: the clause after it is the content
        ("Her argument is that the tax will hurt farmers.",
         ("Her", "argument", "that the tax will hurt farmers")),
        # a reporting verb in an "as" clause attributes the clause it hangs on
        ("As the newspaper reported, the mayor resigned on Monday.",
         ("the newspaper", "reported", "the mayor resigned on Monday")),
        ("The mayor resigned on Monday, as the newspaper reported.",
         ("the newspaper", "reported", "The mayor resigned on Monday")),
        # a clause's content stops before an "according to" phrase, which takes the clause
        ("The company declined to renew the contract, according to two people familiar "
         "with the talks.",
         ("two people familiar with the talks", "according to",
          "The company declined to renew the contract")),
        # "attacks on" is a cue
        ("Her attacks on the governor have grown sharper this week.",
         ("Her", "attacks on", "the governor")),
    ],
)
def test_cue_constructions(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unexpected_cue"),
    [
        # a military attack is no attribution ("attack" alone is no noun cue, "attacks" is)
        ("The rebels launched an attack on the capital at dawn.", "attack on"),
        # nor is a bid for an office
        ("The governor ended her bid for the nomination in March.", "bid for"),
    ],
)
def test_noun_cues_left_out(nlp: Any, text: str, unexpected_cue: str) -> None:
    assert all(cue != unexpected_cue for _, cue, _ in found_triples(nlp, text))


def test_as_clause_with_a_content_of_its_own_is_a_time_clause(nlp: Any) -> None:
    """'As he announced the plan, ...': "as" means when; the main clause is not his."""
    found = found_triples(nlp, "As he announced the plan, protesters gathered outside.")
    assert all(content != "protesters gathered outside" for _, _, content in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said his weekly town halls have given his campaign new energy and said that "
         "the governor did not speak for the region.",
         [("He", "said", "his weekly town halls have given his campaign new energy"),
          ("He", "said", "that the governor did not speak for the region")]),
        ("She said she liked the proposal and praised the mayor for his courage.",
         [("She", "said", "she liked the proposal"),
          ("She", "praised", "the mayor for his courage")]),
        # in another tense than the outer cue
        ("She said the mayor would win the vote easily but did not suggest that the council "
         "would follow.",
         [("She", "said", "the mayor would win the vote easily"),
          ("She", "suggest", "that the council would follow")]),
        ("The governor insisted that she would fight on and refuses to answer questions about "
         "the budget.",
         [("The governor", "insisted", "that she would fight on"),
          ("The governor", "refuses", "to answer questions about the budget")]),
        # a verb of taking sides goes on with what is reported
        ("She said she was a lifelong Republican and would probably back the senator in "
         "November.",
         [("She", "said", "she was a lifelong Republican and would probably back the senator "
                          "in November")]),
        ("The union said it liked the new contract and endorsed the mayor for a second term.",
         [("The union", "said", "it liked the new contract and endorsed the mayor for a "
                                "second term")]),
    ],
)
def test_coordinated_reporting_verb_is_a_claim_of_its_own(
        nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    """'He said X and called Y ...': the second verb, hung on the clause by the parse, goes
    on from the speaker; the first content ends before it."""
    assert found_triples(nlp, text) == expected


def test_raising_verb_with_like(nlp: Any) -> None:
    """'X seems like Y': what seems so is the content, and nobody is named as holding it."""
    assert found_triples(nlp, "The new plan seems like a costly mistake.") == [
        (None, "seems", "The new plan"), (None, "seems", "like a costly mistake")]


def test_quote_goes_on_past_a_scare_quoted_claim(nlp: Any) -> None:
    """A claim nested after the speaker, holding only a scare-quoted word, is no quoted
    speaker: the next quote goes on from "said"."""
    text = ("“Sales are up a little this year,” said Mr. Green, who noted that prices had "
            "''cratered'' last year. “We are heading the right way at last.”")
    assert found_triples(nlp, text)[-1] == (
        "Mr. Green", "said", "“We are heading the right way at last.”")


def test_sentence_ending_on_a_quote_goes_on_from_the_speaker(nlp: Any) -> None:
    """'“A,” said X. Unless Y, “B.”': the whole next sentence is X's, a mixed quote."""
    text = ("“It is a big moment for the party,” said Tom Hale, a strategist in Ohio. Unless "
            "rivals quit soon, “it is hard to see how he is stopped now.”")
    found = found_triples(nlp, text)
    assert found[-1] == (
        "Tom Hale", "said", "Unless rivals quit soon, “it is hard to see how he is stopped now.”")


def test_sentence_with_a_quote_but_no_quoted_speaker_before_is_nobody_s(nlp: Any) -> None:
    text = ("The council met on Monday. Unless rivals quit soon, “it is hard to see how he is "
            "stopped now.”")
    assert found_triples(nlp, text) == []


def test_interrupting_cue_keeps_its_fragments_in_its_paragraph(nlp: Any) -> None:
    """A parse running a sentence over a line break ("X.\\n\\nTrump, Sexton said, has ...")
    does not take the previous paragraph into the first fragment."""
    words = ["Tax", ".", "\n\n", "Trump", ",", "Sexton", "said", ",", "has", "won", "."]
    spaces = [False, False, False, False, True, True, False, True, True, False, False]
    heads = [9, 0, 1, 9, 6, 6, 9, 6, 9, 9, 9]
    deps = ["nsubj", "punct", "dep", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux",
            "ROOT", "punct"]
    pos = ["NOUN", "PUNCT", "SPACE", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB",
           "PUNCT"]
    tags = ["NN", ".", "_SP", "NNP", ",", "NNP", "VBD", ",", "VBZ", "VBN", "."]
    lemmas = ["tax", ".", "\n\n", "Trump", ",", "Sexton", "say", ",", "have", "win", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              tags=tags, lemmas=lemmas, sent_starts=[True] + [False] * 10)
    said = next(a for a in parse_attributions(doc) if doc.text[a.cue[0]:a.cue[1]] == "said")
    assert [doc.text[s:e] for s, e in said.parts] == ["Trump", "has won"]


# --------------------------------------------------------------------------- recall round
# Rules added to raise recall on PolNeAR train (tuned on even documents, kept where the odd
# ones did not lose): one case each, a sentence of the kind that showed the gap.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any verb governing a "that" clause reports it (quotes_complements.that_clause) ...
        ("Maybe he figures that a second hosting gig was reward enough for his campaign.",
         ("he", "figures", "that a second hosting gig was reward enough for his campaign")),
        # ... or a "whether" clause
        ("The administration is trying to determine whether the background checks can be "
         "expanded.",
         ("The administration", "determine", "whether the background checks can be expanded")),
        # an expletive "it" names no source, and the clause is kept
        ("It appears that the convention will open without a single Trump delegate.",
         (None, "appears", "that the convention will open without a single Trump delegate")),
        # a raising verb in a conjunct has no source, like any raising verb
        ("She sounded tired at the rally and seemed to draw comfort from the early returns "
         "in the north.",
         (None, "seemed", "to draw comfort from the early returns in the north")),
        # a gerund after a cue is its content (quotes_complements.gerund_content)
        ("President Erdogan laments hosting the growing number of refugees.",
         ("President Erdogan", "laments", "hosting the growing number of refugees")),
        # the object of a topic preposition (quotes_complements.topic_content)
        ("Sanders apologized to his supporters for the breach of the voter file.",
         ("Sanders", "apologized", "the breach of the voter file")),
        # a passive with an agent and no complement: the patient, said by the agent
        ("Sanders' stridency was echoed by former Gov. Martin O'Malley.",
         ("former Gov. Martin O'Malley", "echoed", "Sanders' stridency")),
        # a trailing report the parse hangs as a relative clause
        ("Most farmers in the valley have a poor opinion of the new water rules, the survey "
         "found.",
         ("the survey", "found", "Most farmers in the valley have a poor opinion of the new "
          "water rules")),
        # a verb before a comma and a quote introduces it (quotes_adjacent.introducing_cue)
        ("He continued, “I believe it is about repairing the damage done by hateful "
         "rhetoric.”",
         ("He", "continued", "“I believe it is about repairing the damage done by hateful "
          "rhetoric.”")),
        # a reporting verb after a subject of several words right after the quote
        ("“Why do the richest Americans pay lower rates than nurses?” Mrs. Clinton asked.",
         ("Mrs. Clinton", "asked", "“Why do the richest Americans pay lower rates than "
          "nurses?”")),
        # of two cues with one content, the one outside it holds the other
        ("Mrs. Clinton is somehow expected to project toughness and warmth at once, they say.",
         ("they", "say", "Mrs. Clinton is somehow expected to project toughness and warmth "
          "at once")),
        # a noun cue received: the receiver is the content, the "of" phrase the source
        ("Ted Cruz received the endorsement of Gov. Mike Pence on Friday.",
         ("Gov. Mike Pence", "endorsement", "Ted Cruz")),
        # a noun's clause is its content, also when passive ("been offered")
        ("Her claim that she had been offered a scholarship was false.",
         ("Her", "claim", "that she had been offered a scholarship")),
        # a noun cue one acts with is held by the one acting
        ("The minister caused an uproar with an assertion that the strikers are saboteurs.",
         ("The minister", "assertion", "that the strikers are saboteurs")),
        # a reporting gerund hung on a noun: the subject of the verb holding the noun
        ("Gen. Okafor makes no apologies for accusing the rebels of mining the border roads.",
         ("Gen. Okafor", "accusing", "the rebels of mining the border roads")),
        # "made it clear that"
        ("Ryan has made it clear that he will not endorse Trump.",
         ("Ryan", "made it clear", "that he will not endorse Trump")),
        # a naming verb needs no particle to be read
        ("Texas Sen. Ted Cruz named “Criminal Minds” and “Veep” as his favorite shows.",
         ("Texas Sen. Ted Cruz", "named", "“Criminal Minds” and “Veep” as his favorite shows")),
        # words added to the lists: "unveil", "sympathetic"
        ("Clinton unveiled a plan to cut college costs on Monday.",
         ("Clinton", "unveiled", "a plan to cut college costs on Monday")),
        ("Some conservative members of Congress are sympathetic to free trade arguments.",
         ("Some conservative members of Congress", "sympathetic to", "free trade arguments")),
        # a headline's one capitalised word before a colon is its speaker
        ("Okonjo: My budget figures are not final yet.\n\nThe minister spoke in Abuja.",
         ("Okonjo", ":", "My budget figures are not final yet")),
        # a name between a dash and a colon opening a quote, in a digest line
        ("IOWA POLLS NOT WRONG - Mark Blumenthal: “The polls failed to predict the win, but "
         "they were not dead wrong.”",
         ("Mark Blumenthal", ":", "“The polls failed to predict the win, but they were not "
          "dead wrong.”")),
    ],
)
def test_recall_round_constructions(nlp: Any, text: str,
                                    expected: tuple[str | None, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_seen_as_is_the_one_seen_and_what_as(nlp: Any) -> None:
    """'X is seen as Y': X and the "as" phrase are the content, nobody named its source."""
    assert found_triples(nlp, "Mr. Alvarez is seen as defending small traders against the "
                              "big chains.") == [
        (None, "seen", "Mr. Alvarez"),
        (None, "seen", "as defending small traders against the big chains")]


@pytest.mark.parametrize(
    ("text", "unexpected_cue"),
    [
        # entailment is no report
        ("None of this means that the mayor has been a poor leader.", "means"),
        # a participle after a noun cue says what was done with it, not what it holds
        ("The White House plan released Tuesday would cut the deficit.", "plan"),
        # a subordinate clause before a quote does not introduce it
        ("Unless rivals quit soon, “it is hard to see how he is stopped now.”", "quit"),
        # a label before a colon is no speaker
        ("Editor’s note: The council has twice delayed the vote on the harbour project and "
         "may do so again.", ":"),
        # a place after "from" is no digest author
        ("The judge was from Mexico: “I think that's fine, you know.”", ":"),
    ],
)
def test_recall_round_left_out(nlp: Any, text: str, unexpected_cue: str) -> None:
    assert all(cue != unexpected_cue for _, cue, _ in found_triples(nlp, text))


# --------------------------------------------------------------------------- speakers round


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive cue with no agent names no source: its subject is what the claim is about
        ("Ginsburg is known for her sharp dissents on voting rights.",
         (None, "known", "her sharp dissents on voting rights")),
        # the subject of "use" and "spend", not their object, does what follows
        ("The senator used the debate to attack the governor's record on taxes.",
         ("The senator", "attack", "the governor's record on taxes")),
        ("Ayotte has spent most of the week responding to the charges against her.",
         ("Ayotte", "responding to", "the charges against her")),
        # a gerund after an adjective's preposition is done by the clause's subject
        ("The mayor stopped short of endorsing the governor's plan.",
         ("The mayor", "endorsing", "the governor's plan")),
        # an expletive "it" before "hard to imagine" names nobody
        ("It's hard to imagine the coalition surviving the winter with fuel prices at "
         "this level.",
         (None, "imagine", "the coalition surviving the winter with fuel prices at this "
                           "level")),
        # the speaker named after a quote, where the parse takes the quote's first word
        ("“It’s Amina’s race to lose by now,” added another Kano party official.",
         ("another Kano party official", "added",
          "“It’s Amina’s race to lose by now,”")),
    ],
)
def test_speakers_round(nlp: Any, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_speaker_between_quote_and_cue_not_inside_the_quote(nlp: Any) -> None:
    """'“We've had ...,” Ohio delegate Ruth Kamara, holding a banner, said': not 'We'."""
    triples = found_triples(nlp, "“We’ve had calmer meetings than this one,” Ohio "
                                 "delegate Ruth Kamara, holding a banner, said as "
                                 "the hall emptied.")
    assert [speaker for speaker, cue, _ in triples if cue == "said"] == [
        "Ohio delegate Ruth Kamara"]


def test_possessive_pronoun_speaker_is_resolved(nlp: Any) -> None:
    """'their criticism': the possessor of a noun cue is resolved like a subject pronoun."""
    article = make_article(nlp, "Even rural Republicans have been harsh in their "
                                "criticism of Mr. Cruz.")
    names = {e.id: e.name for e in article.entities}
    quote = next(q for q in article.quotes if q.cue is not None and q.cue.text == "criticism of")
    assert quote.speaker is not None and quote.speaker.text == "their"
    assert names.get(quote.speaker.entity_id or "") == "Republicans"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a framing verb with its object and an "as" phrase (FRAMING_VERBS)
        ("The challenger has cast the incumbents as part of a tired old guard.",
         ("The challenger", "cast", "the incumbents as part of a tired old guard")),
        ("The senator painted the governor as unfit to lead the state.",
         ("The senator", "painted", "the governor as unfit to lead the state")),
        # verbs of criticism and praise report their object with its complement
        ("Rubio congratulated Trump for his victory in South Carolina.",
         ("Rubio", "congratulated", "Trump for his victory in South Carolina")),
        ("The union bashed the ministry's proposal to freeze wages for another year.",
         ("The union", "bashed", "the ministry's proposal to freeze wages for another year")),
        # adjective cues of stance after a copula
        ("Several growers were vocal about the need to share the river water.",
         ("Several growers", "vocal about", "the need to share the river water")),
        ("Many producers were hesitant to finance films about the war.",
         ("Many producers", "hesitant", "to finance films about the war")),
        # a particle verb: "laid out" its object
        ("In a speech on Monday, Mr. Ryan laid out his vision for a reformed tax code.",
         ("Mr. Ryan", "laid out", "his vision for a reformed tax code")),
    ],
)
def test_cue_recall_round(nlp: Any, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_framing_verb_without_as_phrase_is_no_cue(nlp: Any) -> None:
    """'cast a ballot for X' frames nobody: no attribution."""
    assert found_triples(nlp, "Only 212,305 people cast a ballot for either of the two "
                              "candidates on Sunday.") == []


def test_noun_cue_of_criticism(nlp: Any) -> None:
    """'Clinton's swipe at Trump': the noun cue's possessor speaks, its 'at' phrase is the
    content."""
    triples = found_triples(nlp, "Clinton's swipe at Donald Trump drew loud applause.")
    assert [(s, c) for s, c, _ in triples] == [("Clinton's", "swipe at")]


def test_hearsay_adverb_attributes_its_clause_to_nobody(nlp: Any) -> None:
    """'have reportedly looked at Twitter': the clause around the adverb, no source
    (HEARSAY_ADVERBS); a coordinated predicate stays in it."""
    triples = found_triples(nlp, "Two large banks have reportedly looked at the insurer and "
                                 "passed.")
    assert (None, "reportedly", "Two large banks have") in triples
    assert (None, "reportedly", "looked at the insurer and passed") in triples
    # before an auxiliary, the clause is still its verb's
    triples = found_triples(nlp, "A multi-state probe linking some athletes to steroid use "
                                 "reportedly is also including names from the world of film.")
    assert (None, "reportedly", "is also including names from the world of film") in triples


def test_naming_participle_attributes_the_name_to_nobody(nlp: Any) -> None:
    """'the run of storms known as the Long Winter' (NAMING_PARTICIPLES)."""
    triples = found_triples(nlp, "The ferry lost most of its crossings during the run of "
                                 "storms known as the Long Winter.")
    assert (None, "known as", "the run of storms") in triples
    assert (None, "known as", "the Long Winter") in triples


def test_date_after_cue_is_no_speaker(nlp: Any) -> None:
    """'“...,” Mr. Haddad, now 74, said by telephone this week': when the parse's subject
    is inside the quote, the speaker looked for outside it is never a date
    (NOT_SPEAKER_ENTS)."""
    triples = found_triples(nlp, "''If the board had listened to me, we would not be "
                                 "standing in this mess today,'' Mr. Haddad, now 74 and "
                                 "living in Tripoli, said by telephone this week.")
    assert triples
    assert all(s != "this week" for s, _, _ in triples)


def test_finite_xcomp_of_speech_verb_is_its_clause(nlp: Any) -> None:
    """'which he argued seeks to ...': the parse makes the clause after "argued" an xcomp;
    a finite one is the content."""
    triples = found_triples(nlp, "Mensah criticized his rivals for their hostility toward "
                                 "the agency, which he argued seeks to restore fairness where "
                                 "it is upset by regional tax rules.")
    assert ("he", "argued", "seeks to restore fairness where it is upset by regional tax "
                            "rules") in triples


def test_inverted_cue_inside_its_content_names_the_speaker_after_it(nlp: Any) -> None:
    """'The plan, said Okafor, ...': the parse makes the content's subject the cue's; the
    speaker is the name right after the cue (_inverted_subject)."""
    triples = found_triples(nlp, "The tax plan, said Okafor and her allies, would hurt the "
                                 "farmers of the valley.")
    assert [s for s, c, _ in triples if c == "said"] == ["Okafor and her allies"]
    triples = found_triples(nlp, "And the bridge, said Okafor, who has studied the river for "
                                 "years, will not survive the floods.")
    assert [s for s, c, _ in triples if c == "said"] == ["Okafor"]


def test_dateline_place_is_no_speaker(nlp: Any) -> None:
    """'New York (AFP) – Painter X, ..., doubts ...': the parse makes the dateline's place
    the subject; the speaker is its apposition (dateline_speaker), not the agency."""
    triples = found_triples(nlp, "New York (AFP) – Painter Mira Solberg, winner of the "
                                 "“Golden Easel,” is not certain the museum will reopen soon.")
    assert ("Painter Mira Solberg", "certain", "the museum will reopen soon") in triples


def test_name_taken_for_a_place_before_its_description_speaks(nlp: Any) -> None:
    """'X, chairman of Y, said': no dash or colon ends a dateline between the name and its
    apposition, so the name is no dateline's place but the speaker, even where the tagger
    took it for a place; the description does not speak for it (DATELINE_ENDS)."""
    text = ("The rowers were accused of cheating in their narrow win over Oxford. Bertrand, "
            "chairman of the rowing club, said the club would seek an urgent meeting.")
    assert [s for s, c, _ in found_triples(nlp, text) if c == "said"] == ["Bertrand"]


def test_subject_opening_a_line_before_a_parenthetical(nlp: Any) -> None:
    """A name opening the cue's line, then a parenthetical up to the cue: the parser ran the
    quote's sentence over the line break and hung the name on it (_opening_subject)."""
    triples = found_triples(nlp, "“Vote for me and we will finally fix these roads.”\n"
                                 "Halvorsen, in the wake of a new survey showing her support "
                                 "falling, told reporters on Sunday that she would stay in "
                                 "the race.")
    assert ("Halvorsen", "told", "that she would stay in the race") in triples


def test_subject_after_an_opening_phrase_before_a_parenthetical(nlp: Any) -> None:
    """The same after an opening prepositional phrase: the parse hangs the name inside the
    aside (its span runs into the aside; PolNeAR scores the overlap)."""
    triples = found_triples(nlp, "On her way out of the race, Mrs. Okafor - in a line that "
                                 "seemed squarely aimed at the mayor's divisive brand of "
                                 "politics - declared that a governor must tend to all "
                                 "corners of the state.")
    assert [s for s, c, _ in triples if c == "declared"][0].startswith("Mrs. Okafor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted adjective or participle after a copula with a "that" clause
        ("The farmers were furious that the levy had doubled overnight.",
         ("The farmers", "furious", "that the levy had doubled overnight")),
        # a noun subject of a copula whose complement is a "that" clause, with a possessor
        ("Her hunch is that the council will delay the vote.",
         ("Her", "hunch", "that the council will delay the vote")),
        # an agent noun after a copula: the side taken is the content
        ("Mayor Ortiz is a longtime supporter of the harbour tunnel.",
         ("Mayor Ortiz", "supporter", "the harbour tunnel")),
        ("Mr. Lindqvist has become a vocal critic of the new zoning code.",
         ("Mr. Lindqvist", "critic", "the new zoning code")),
        # the same preposition again after "and" goes on with the first
        ("Mayor Ortiz has been a consistent supporter of NATO and of a new ferry line.",
         ("Mayor Ortiz", "supporter", "NATO and of a new ferry line")),
        ("The union's distrust of the mayor and of the port board has grown.",
         ("The union's", "distrust of", "the mayor and of the port board")),
        # an unlisted adjective with a topic preposition after a copula
        ("The growers remain uneasy about the proposed water tariff.",
         ("The growers", "uneasy about", "the proposed water tariff")),
        # a noun of intention with an infinitive
        ("Governor Haldane's decision to veto the budget surprised the assembly.",
         ("Governor Haldane's", "decision", "to veto the budget")),
        # an adjective cue modifying a noun
        ("Shopkeepers reluctant to raise their prices met on Tuesday.",
         ("Shopkeepers", "reluctant", "to raise their prices")),
        # a stance noun with its preposition
        ("Her opposition to the pipeline has cost her some union votes.",
         ("Her", "opposition to", "the pipeline")),
    ],
)
def test_stance_cues(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unexpected_cue"),
    [
        # "it is clear that": the writer's judgement, no one's stance
        ("It is clear that the bridge needs repairs.", "clear"),
        # a result clause after "so", not a stance
        ("The race was so close that the county ordered a recount.", "close"),
        ("Her fame was such that the pier was named after her.", "such"),
        # "the problem is that" without a possessor: the writer's framing
        ("The problem is that the plant closes in May.", "problem"),
        # an agent noun outside a copula is left alone
        ("A supporter of the mayor handed out leaflets.", "supporter"),
        # an adjective of what something holds, not of a stance
        ("The report is full of errors about the budget.", "full of"),
        # nouns of trying are no intention cues
        ("Their effort to repair the dam took three years.", "effort"),
    ],
)
def test_stance_cues_left_out(nlp: Any, text: str, unexpected_cue: str) -> None:
    assert all(cue != unexpected_cue for _, cue, _ in found_triples(nlp, text))


def test_as_someone_put_it_attributes_the_main_clause(nlp: Any) -> None:
    triples = found_triples(nlp, "As one grower put it, the new levy is a tax on rain.")
    assert ("one grower", "put", "the new levy is a tax on rain") in triples


def test_pronoun_object_of_an_evaluative_cue(nlp: Any) -> None:
    triples = found_triples(nlp, "After the debate, both senators from Ohio endorsed him.")
    assert ("both senators from Ohio", "endorsed", "him") in triples


def test_it_expected_to_is_a_thing_not_an_expletive(nlp: Any) -> None:
    # "It is expected to rise": "it" is what rises, not the "it" of "it was reported that"
    text = "The harbour toll fell last year. It is expected to rise by a tenth this year."
    assert (None, "expected", "to rise by a tenth this year") in found_triples(nlp, text)


def test_passive_as_clause_attributes_nothing(nlp: Any) -> None:
    # "as Cosby is attacked": what befalls Cosby, not a report of the clause it hangs on
    text = ("Breitbart News, for one, noted the dichotomy between the way the two men are "
            "being treated, as Cosby is attacked in the media while Bill Clinton is celebrated.")
    triples = found_triples(nlp, text)
    assert not any(cue == "attacked" and "Breitbart" in content for _, cue, content in triples)
    assert ("The market fell", "reported") in [
        (content, cue) for _, cue, content in found_triples(
            nlp, "The market fell, as was reported by the Times.")]


def test_as_clause_source_takes_a_sourceless_content(nlp: Any) -> None:
    # "It doesn't help that X" names no one; the "as" clause says whose X is
    text = ("It doesn’t help that invoking the specters of Weimar Germany is a scare tactic, "
            "as David Dayen noted in The Intercept.")
    triples = found_triples(nlp, text)
    assert [(speaker, cue) for speaker, cue, _ in triples] == [("David Dayen", "noted")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a phrase of when between the verb and its clause: the parse reads the clause as
        # an adverbial one
        ("Trump said after the convention he would not accept Cruz's endorsement if it were "
         "offered.", "said", "he would not accept Cruz's endorsement"),
        ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con”.",
         "tweeted", "Machado was"),
        # ... or as a relative clause of a noun in the verb's phrase
        ("The governor said in one of several radio interviews that the state was running "
         "out of money.", "said", "that the state was running out of money"),
        # ... with "that" read as the relative clause's object, though it has another
        ("Ohio Gov. Tom Okafor, a Republican presidential contender, predicted at the most "
         "recent GOP debate that Republicans will take \"every state\" if Sanders wins the "
         "Democratic nomination.", "predicted", "that Republicans will take"),
    ],
)
def test_reported_clause_read_as_adverbial(nlp: Any, text: str, cue: str, content: str) -> None:
    assert any(c == cue and content in body for _, c, body in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quote the verb governs, "said of X" names the topic: no content of its own
        ("“We will win the vote,” he said of the government.",
         [("he", "said", "“We will win the vote,”")]),
        ("“It is a fine course,” the manager said about the new course near the river.",
         [("the manager", "said", "“It is a fine course,”")]),
        ("“I was in shock,” Hasselbeck would later say of the sequence, “and he was in slow "
         "motion.”",
         [("Hasselbeck", "say", "“I was in shock,”"),
          ("Hasselbeck", "say", "“and he was in slow motion.”")]),
        # without a quote, the topic is still what the verb is about
        ("She knew of the research on the river.",
         [("She", "knew", "the research on the river")]),
    ],
)
def test_topic_after_a_quote_is_no_content(
        nlp: Any, text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize("text", ["", "Okafor said so.", "A line.\n\nAnother one, she said.  \n"])
def test_doc_chars_is_the_length_of_the_docs_text(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert doc_chars(doc) == len(doc.text) == len(text)


def test_line_bounds_are_the_same_when_asked_again(nlp: Any) -> None:
    # the line starts are kept on the doc after the first call; a second call, and the
    # sentence bounds built on them, see the same lines
    doc = nlp("The harbour opened.\n\nOkafor said it was late. The mayor agreed.\nIt rained.")
    first = [line_bounds(doc)[t.i] for t in doc]
    again = [line_bounds(doc)[t.i] for t in doc]
    assert first == again and len(set(first)) == 3
    assert sentence_bounds(doc)[len(doc) - 1] == first[-1]
