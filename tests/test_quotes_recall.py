"""Cues added for recall (made-up sentences): the noun cue "chants of", phrasal verbs with
their object ("vouched for X", "brushed off X", "disavowed X"), "agreed on X" but not "agreed
on Tuesday", light verb phrases ("gave a preview of X"), and an "as" predicate the parse hangs
on the participle after a cue's object ("see X as badly informed"), and the object of an
object-content verb after a clause on its left ("Watch it below: Later, she praised X"), and
a pronoun patient of a passive cue with an agent ("who was endorsed by X")."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chant is what a crowd says
        ("Supporters of the mayor greeted her with chants of “Four more years!”",
         [("Supporters of the mayor", "chants of", "“Four more years!”")]),
        # phrasal verbs whose object (or preposition's object) is the side taken
        ("Councillor Reyes vouched for the new harbour master.",
         [("Councillor Reyes", "vouched for", "the new harbour master")]),
        ("Mayor Lopez shrugged off the complaints about the toll.",
         [("Mayor Lopez", "shrugged off", "the complaints about the toll")]),
        ("The minister played down the risk of a strike.",
         [("The minister", "played down", "the risk of a strike")]),
        ("The senator disavowed the endorsement of the militia group.",
         [("The senator", "disavowed", "the endorsement of the militia group")]),
        ("The minister recited the figures from the harbour report.",
         [("The minister", "recited", "the figures from the harbour report")]),
        # "agree on X" with "agree with X"
        ("The two parties agreed on a plan to rebuild the harbour.",
         [("The two parties", "agreed on", "a plan to rebuild the harbour")]),
        # light verbs with their noun
        ("The governor gave a preview of the budget she will unveil in March.",
         [("The governor", "gave a preview of", "the budget she will unveil in March")]),
        ("Senator Ruiz gave a long answer about the pension fund.",
         [("Senator Ruiz", "gave a long answer about", "the pension fund")]),
        ("The bishop gave his blessing to the new shelter.",
         [("The bishop", "gave his blessing to", "the new shelter")]),
        ("The union has taken an interest in the pension reform.",
         [("The union", "taken an interest in", "the pension reform")]),
        ("The speakers paid homage to the fishermen lost at sea.",
         [("The speakers", "paid homage to", "the fishermen lost at sea")]),
        # an "as" predicate of the object, hung on the participle by the parse
        ("Residents see the old mayor as badly informed.",
         [("Residents", "see", "the old mayor as badly informed")]),
        ("They see their own council as insufficiently committed to the port.",
         [("They", "see", "their own council as insufficiently committed to the port")]),
        # a clause before an object-content verb (here across a paragraph break, after the
        # closing mark of the paragraph before) is no complement of it ("the pilot": without
        # the article the model makes the name a second subject of "praised" here)
        ("”  \n\nListen to audio of Lopez’s remarks on the Harbour Guild below:  \n\nLater in "
         "the broadcast, Lopez praised the pilot Maria Ortiz, who has vowed to stay.",
         [("Lopez’s", "remarks on", "the Harbour Guild"),
          ("Lopez", "praised", "the pilot Maria Ortiz"), ("who", "vowed", "to stay")]),
        # a pronoun patient of a passive cue with an agent
        ("Maria Ortiz, a harbour pilot who has been endorsed by the dock unions, won the seat.",
         [("the dock unions", "endorsed", "who")]),
        ("The levy, which was criticized by the port council, passed anyway.",
         [("the port council", "criticized", "which")]),
        ("She was endorsed by the dock unions.", [("the dock unions", "endorsed", "She")]),
        # a date after the particle is no content, nor part of the cue
        ("Senator Ruiz called on Monday for a new vote.",
         [("Senator Ruiz", "called", "a new vote")]),
        # the infinitive after the particle's object goes on to its end, cues in it too
        ("The union called on Okafor to stop attacking the dockers and apologize.",
         [("The union", "called on", "Okafor to stop attacking the dockers and apologize")]),
        ("Axelrod called on the mayor to apologize to the council for accusing it of fraud.",
         [("Axelrod", "called on",
           "the mayor to apologize to the council for accusing it of fraud")]),
    ],
)
def test_recall_cues(nlp: Any, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council agreed on Tuesday.",  # a date, not what was agreed
        "The vote kept the harbour rules as they were.",  # an "as" clause with a subject
        "The crowd sang songs of the old port.",
        "The committee gave a preview.",  # no preposition, nothing previewed
        "The choir paid a visit to the harbour.",
        "The pilot who was hired by the port retired.",  # not a cue
        "He was hired by the port in May.",
    ],
)
def test_no_recall_cue(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The vote is barred when filling a vacancy, per the party bylaws.",
         "the party bylaws", "The vote is barred when filling a vacancy"),
        ("Per the report, the harbour will close next year.", "the report",
         "the harbour will close next year"),
    ],
)
def test_per_a_source(nlp: Any, text: str, speaker: str, content: str) -> None:
    assert (speaker, "per", content) in [(s, c.lower() if c else c, t)
                                         for s, c, t in found_triples(nlp, text)]


def test_per_a_rate_is_no_source(nlp: Any) -> None:
    assert found_triples(nlp, "Workers at the new plant earn $15 per hour, the most in town.") == []
