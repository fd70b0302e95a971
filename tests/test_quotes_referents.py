"""Entities of speakers the entities stage left untagged: a definite description of an
organisation named before or of a person by their title, a name tagged elsewhere, and a
pronoun's antecedent past what its own quote speaks of (made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Entity, Mention, Provenance
from fivew.quotes_antecedents import Context
from fivew.quotes_referents import same_name_bearer

from .test_quotes import make_article
from .test_quotes_pronouns import _speaker_of


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a description made of the name's words stands for the organisation named before
        ("The Northern Rail Safety Agency said on Monday that trains would run late. The "
         "agency said the repairs would take a week.", "said",
         ("The agency", "Northern Rail Safety Agency")),
        # ... and so does the same description again
        ("The Northern Rail Safety Agency said on Monday that trains would run late. The "
         "agency said the repairs would take a week. Later the agency said the tracks were "
         "safe.", "said", ("the agency", "Northern Rail Safety Agency")),
        # ... not where an unnamed one with the same noun stands between
        ("The Harwick Health Group cut its prices last year. A trade group for small "
         "clinics disagreed with the cuts. The group said prices were still too high.",
         "said", ("The group", None)),
        # ... nor with a noun that is as often a place's
        ("The Free State Party held a rally in the capital. The state said taxes would "
         "rise.", "said", ("The state", None)),
    ],
)
def test_definite_description_of_an_organisation(
        nlp: Any, text: str, cue: str, expected: tuple[str, str | None]) -> None:
    assert _last_speaker(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description repeating the title a person was named with stands for that person
        ("Baseball commissioner Bud Selig spoke on Monday. Players were angry. \"We will "
         "act,\" the commissioner said.", ("the commissioner", "Bud Selig")),
        # ... with the title's other words ("French President"), not another president's
        ("French President Nicolas Sarkozy met Russian President Vladimir Putin. The French "
         "president said he was pleased.", ("The French president", "Nicolas Sarkozy")),
        # ... a title in apposition, before the name or after it
        ("Poland's new prime minister, Donald Tusk, won a vote. The prime minister said he "
         "would cut taxes.", ("The prime minister", "Donald Tusk")),
        ("Bud Selig, the commissioner of baseball, spoke on Monday. The commissioner said "
         "the report was fair.", ("The commissioner", "Bud Selig")),
        # ... an abbreviated title ("Gov.")
        ("Gov. Kelly Ayotte spoke on Monday. The governor said the plan was bad.",
         ("The governor", "Kelly Ayotte")),
        # none where two people bear the title
        ("French President Nicolas Sarkozy met Russian President Vladimir Putin. The "
         "president said he was pleased.", ("The president", None)),
        # ... nor where the title names another office ("Former President")
        ("Former President Donald Trump spoke on Monday. The president said the joke was "
         "fine.", ("The president", None)),
        # ... nor for a word of the title that is not its head ("campaign manager")
        ("Trump campaign manager Corey Lewandowski spoke on Monday. The campaign said the "
         "report was fair.", ("The campaign", None)),
        # ... nor where one of that title not named stands between
        ("Minister John Roe spoke on Monday. A minister from the north disagreed. The "
         "minister said the plan was bad.", ("The minister", None)),
    ],
)
def test_definite_description_by_a_persons_title(
        nlp: Any, text: str, expected: tuple[str, str | None]) -> None:
    assert _last_speaker(nlp, text, "said") == expected


def _last_speaker(nlp: Any, text: str, cue: str) -> tuple[str | None, str | None]:
    """(speaker text, entity name) of the last quote cued by ``cue``."""
    article = make_article(nlp, text)
    names = {e.id: e.name for e in article.entities}
    quote = [q for q in article.quotes if q.cue is not None and q.cue.text == cue][-1]
    assert quote.speaker is not None
    return quote.speaker.text, names.get(quote.speaker.entity_id or "")


def test_an_it_speaker_is_not_what_its_quote_speaks_of(nlp: Any) -> None:
    """A name in the object of the quote "it" speaks gives way to the one named before;
    a subject of the quote does not ("Harwick Motors will cut jobs, it said")."""
    opening = "The Northern Rail Safety Agency published its review on Monday. "
    spoken_of = opening + ("Even that sum would not buy new carriages for the Coastal "
                           "Express Company, it said.")
    assert _speaker_of(nlp, spoken_of, "said") == ("it", "Northern Rail Safety Agency")
    subject = opening + "Harwick Motors will cut 500 jobs, it said."
    assert _speaker_of(nlp, subject, "said") == ("it", "Harwick Motors")


def _context(nlp: Any, text: str, entities: list[tuple[str, str, str]]) -> Context:
    """A Context over ``text`` with hand-made entities (id, type, mention text)."""
    made = []
    for entity_id, entity_type, mention in entities:
        at = text.index(mention)
        made.append(Entity(id=entity_id, name=mention, type=entity_type, mentions=[
            Mention(start=at, end=at + len(mention), text=mention)]))
    article = Article(id="t", text=text, language="en", entities=made,
                      provenance=Provenance(input="-", fivew_version="test",
                                            processed_at="1970-01-01T00:00:00+00:00"))
    return Context(article, nlp(text), [])


def test_a_name_tagged_elsewhere_is_that_entity(nlp: Any) -> None:
    """A speaker the model did not tag where it stands takes the one entity tagged with that
    name elsewhere; not where two entities or only a place bear it."""
    text = "HRSA warned the clinics. Later HRSA wrote to them."
    one = _context(nlp, text, [("e1", "ORG", "HRSA")])
    found = same_name_bearer(one, "HRSA")
    assert found is not None and found.id == "e1"
    text = "Lara met Lara. Lara said so."
    two = _context(nlp, text, [("e1", "PERSON", "Lara"), ("e2", "ORG", "Lara")])
    assert same_name_bearer(two, "Lara") is None
    place = _context(nlp, "Lara is a town. Lara said so.", [("e1", "PLACE", "Lara")])
    assert same_name_bearer(place, "Lara") is None
