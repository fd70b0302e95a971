"""Cue verbs used in a sense that reports nothing (:mod:`fivew.quotes_false_uses`), on
made-up sentences: each case is found as a quote when its rule is left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the anonymity formula: the infinitive says why the source is not named
        ("An official, speaking on the condition of anonymity to discuss the mayor's "
         "schedule, said Wednesday that the mayor will meet the council.",
         [("An official", "said", "that the mayor will meet the council")]),
        ("Two officials spoke on condition of anonymity because they were not authorized "
         "to discuss the investigation.", []),
        ("The aides, who were not allowed to reveal details of the talks, left early.", []),
        # acting on someone's behalf is no topic of "campaign on"
        ("The former governor campaigned on his wife's behalf all weekend.", []),
        ("The senator campaigned on behalf of the mayor in March.", []),
        # "reminds me of X" likens; reminding voters of something still tells them
        ("The new mayor is a quiet man. He reminds me of my grandfather.", []),
        ("The mayor reminded voters of her record on taxes.",
         [("The mayor", "reminded", "voters of her record on taxes")]),
        # an embrace of a person is bodily; of an idea, a stance
        ("The team's owner embraced Maria Lindqvist in front of the photographers.", []),
        ("He embraced the coach with a long hug.", []),
        # a child welcomed is born; a decision welcomed is a view
        ("The singer and her husband welcomed a baby girl at the harbour clinic.", []),
        ("The mayor welcomed the decision to reopen the harbour.",
         [("The mayor", "welcomed", "the decision to reopen the harbour")]),
        ("The council embraced the idea of a night bus.",
         [("The council", "embraced", "the idea of a night bus")]),
        # someone found in a bodily state is discovered, also in the passive; a jury's
        # finding is one
        ("Police found the woman dead inside her home on Wednesday.", []),
        ("Rescuers found him alive under the rubble.", []),
        ("The fisherman was found unconscious on the beach on Sunday.", []),
        # a toll or a result is no claim and no post
        ("The storm claimed the lives of 20 people.", []),
        ("The company posted a loss of 2 billion dollars in the third quarter.", []),
        ("The goalkeeper posted a 14-9-1 record this season.", []),
        ("The striker posted a $600 bond and was released from jail.", []),
        ("Larsen posted a 65 on the third day.", []),
        ("The bookmakers posted no odds on the match.", []),
        ("Lena Ortiz added 14 points for the Harbour Hawks.", []),
        ("The reviewer added the Xbox 360 scored well for its graphics.",
         [("The reviewer", "added", "the Xbox 360 scored well for its graphics")]),
        ("The rebels claimed responsibility for the attack.",
         [("The rebels", "claimed", "responsibility for the attack")]),
        # answering a happening or a stimulus is no answer to words
        ("Police were responding to reports of a shooting in the southeast of the city.", []),
        ("The warships will be ready to respond to any Iranian moves.", []),
        ("The campaign did not respond to a request for comment.",
         [("The campaign", "respond to", "a request for comment")]),
        # a fact that says a lot shows something; a person or a document still says it
        ("That it took the team until the 26th minute to score said much for the hosts' "
         "early excellence.", []),
        ("Her silence says a lot about the campaign.", []),
        ("The result speaks volumes about the state of the party.", []),
        ("Sanders said little about how he would pay for it.",
         [("Sanders", "said", "little about how he would pay for it")]),
        ("A page on climate says nothing about blocking the rules.",
         [("A page on climate", "says", "nothing about blocking the rules")]),
        # writing a work with a quoted title is making it; writing words is still a cue
        ("Avary won an Academy Award along with Quentin Tarantino for writing \"Pulp "
         "Fiction,\" and was also a co-writer of the recent epic \"Beowulf.\"", []),
        ("In 2016 he wrote “The Road Ahead” with his son.", []),
        ("He wrote “We will never give up” on the wall.",
         [("He", "wrote", "“We will never give up” on the wall")]),
        # a work made by its author is no claim of theirs; an echo is
        ("The report was written by two senior economists at the bank.", []),
        ("This website is published by a member of the News Group.", []),
        ("The proposal was echoed by an unpledged delegate.",
         [("an unpledged delegate", "echoed", "The proposal")]),
        # "decline" with nothing refused is a fall; "add" in the passive adds a thing
        ("The show has declined in ratings significantly over his tenure, partly due to "
         "the move away from cable.", []),
        ("He declined to comment on the ratings.",
         [("He", "declined", "to comment on the ratings")]),
        ("Devices that don't match can be added using the online system.", []),
        # finding oneself somewhere is ending up there
        ("Tom Reyes found himself competing as much for others as for himself.", []),
        ("A jury found the driver guilty of fraud.",
         [("A jury", "found", "the driver guilty of fraud")]),
        # still cues: a permitted discussion, a campaign on an issue
        ("The mayor was authorized to discuss the budget with the council.",
         [("The mayor", "discuss", "the budget with the council")]),
        ("The senator campaigned on lower taxes.",
         [("The senator", "campaigned on", "lower taxes")]),
    ],
)
def test_false_uses(nlp: Any, text: str, expected: list[tuple[str | None, str | None, str]]
                    ) -> None:
    assert found_triples(nlp, text) == expected
