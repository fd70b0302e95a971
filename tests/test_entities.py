"""The ``entities`` stage: seed golden test, table-driven grouping rules, MEANTIME gate."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Entity, Provenance
from fivew.entities import (
    edit_distance,
    find_entities,
    is_acronym_of,
    name_key,
    name_of,
    similar_names,
)
from fivew.entities_grouping import group
from fivew.entities_names import Candidate

#: Floors for the MEANTIME gate, just under fivew's measured scores (en_core_web_sm 3.8.0:
#: untyped exact F1 0.785, typed overlap F1 0.911; bare spaCy 0.776 / 0.902). Re-measure with
#: ``python -c "from fivew.evaluate.entities import *; print(format_report(entities(P)))"``
#: before changing them; lowering one needs a reason in the commit message.
MEANTIME_EXACT_F1_FLOOR = 0.77
MEANTIME_OVERLAP_TYPED_F1_FLOOR = 0.90


def _article(text: str, nlp: Any) -> Article:
    article = Article(
        id="t",
        text=text,
        provenance=Provenance(input="test", fivew_version="test", processed_at="1970-01-01"),
    )
    article._doc = nlp(text)
    return find_entities(article)


def _by_name(article: Article) -> dict[str, Entity]:
    return {e.name: e for e in article.entities}


# --------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed_article(seed_text: str, nlp: Any) -> Article:
    return _article(seed_text, nlp)


def test_seed_offsets_hold(seed_article: Article) -> None:
    for entity in seed_article.entities:
        for m in entity.mentions:
            assert seed_article.text[m.start : m.end] == m.text


def test_seed_father_and_son_are_two_people(seed_article: Article) -> None:
    entities = _by_name(seed_article)
    son, father = entities["Ahmad Massoud"], entities["Ahmad Shah Massoud"]
    assert son.type == father.type == "PERSON"
    assert "Massoud" in {m.text for m in son.mentions}
    assert {m.text for m in father.mentions} == {"Ahmad Shah Massoud"}
    # "Massoud’s forces": the possessive is not part of the mention
    assert all(not m.text.endswith("s") for m in son.mentions)


def test_seed_places(seed_article: Article) -> None:
    entities = _by_name(seed_article)
    panjshir = [e for e in seed_article.entities if e.name in ("Panjshir", "Panjsher")]
    assert len(panjshir) == 1 and panjshir[0].type == "PLACE"
    assert {m.text for m in panjshir[0].mentions} == {"Panjshir", "Panjsher"}
    for place in ("Baghlan", "Kabul", "Afghanistan"):
        assert entities[place].type == "PLACE", place


def test_seed_organisations_and_groups(seed_article: Article) -> None:
    entities = _by_name(seed_article)
    assert entities["Reuters"].type == "ORG"
    assert {m.text for m in entities["Reuters"].mentions} == {"REUTERS", "Reuters"}
    assert entities["Mohammad Ismail"].type == "PERSON"  # the photographer of the credit
    assert len([e for e in seed_article.entities if e.name == "Taliban"]) == 1
    assert entities["Taliban"].type == "ORG"
    assert entities["Pashtuns"].type == "GROUP"
    assert entities["Alemarah Twitter"].type != "PERSON"


def test_seed_adjectives_are_not_entities(seed_article: Article) -> None:
    texts = {m.text for e in seed_article.entities for m in e.mentions}
    assert not texts & {"anti-Soviet", "anti-Taliban", "totalitarian", "REUTERS/Mohammad Ismail"}


def test_seed_through_pipeline(seed_text: str, tmp_path: Any) -> None:
    from fivew.pipeline import extract_articles

    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    (article,) = list(extract_articles([str(path)]))
    assert isinstance(article, Article)
    names = {e.name for e in article.entities}
    assert {"Ahmad Massoud", "Ahmad Shah Massoud", "Kabul", "Taliban"} <= names


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Taliban", "Taliban"),
        ("Massoud's", "Massoud"),
        ("Massoud’s", "Massoud"),
        ("Reuters", "Reuters"),
        ("the Alps", "Alps"),
    ],
)
def test_name_of(text: str, expected: str) -> None:
    assert name_of(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("panjshir", "panjsher", True),
        ("kandahar", "qandahar", True),
        ("panjshir valley", "panjsher valley", True),
        ("austria", "australia", False),
        ("slovakia", "slovenia", False),
        ("iran", "iraq", False),
        ("north korea", "south korea", False),
        ("panjshir", "panjshir valley", False),
    ],
)
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert similar_names(a, b) is same


def test_edit_distance_and_acronyms() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("abc", "abcdefgh", limit=2) == 3
    assert is_acronym_of("eu", "european union")
    assert is_acronym_of(name_key("U.S."), name_key("United States"))
    assert not is_acronym_of("eu", "europe")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a bare surname joins the full name; father and son stay apart
        (
            "Ahmad Massoud met Ahmad Shah Massoud. Ahmad Massoud spoke. Massoud said no.",
            {"Ahmad Massoud": 3, "Ahmad Shah Massoud": 1},
        ),
        # middle initials do not make another person
        ("John F. Kennedy spoke. Later John Kennedy left. Kennedy smiled.",
         {"John F. Kennedy": 3}),
        # two different first names never merge
        ("Joe Biden and Hunter Biden arrived. Joe Biden spoke.",
         {"Joe Biden": 2, "Hunter Biden": 1}),
        # an abbreviated title, kept whole by the tokenizer, is no part of the name
        ("Pres. Obama spoke in Ankara. Later Obama left.", {"Obama": 2}),
        ("Lt. Col. John Smith spoke in Ankara. Later Smith left.", {"John Smith": 2}),
        # a hyphenated surname alone is the person named in full
        ("Economist Douglas Holtz-Eakin criticised the plan. Holtz-Eakin said it would add "
         "to the deficit. Holtz-Eakin has advised Republicans.", {"Douglas Holtz-Eakin": 3}),
        # a possessive before a word the model calls a person is no given name: the word
        # alone elsewhere is not that "person"
        ("Mottisfont’s Easter adventure trail opens on Friday. This Easter, children can hunt "
         "for eggs. Easter at the garden is busy. Easter trails run all week. Easter is "
         "popular.", {"Mottisfont’s Easter": 1}),
        # an Arabic surname alone drops its particle
        ("Mohamed al-Fayed spoke to the inquest. Mr Fayed said it was a plot. Fayed said the "
         "driver was paid.", {"Mohamed al-Fayed": 3}),
        # of two people sharing a surname, a title says which one it stands for alone:
        # a gendered one the one of that gender, another the one named after it in full
        ("Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Hillary Clinton won. "
         "Mrs. Clinton said she was pleased. Mr. Clinton said he was tired.",
         {"Hillary Clinton": 3, "Bill Clinton": 2}),
        # a title before a full name is no part of the entity's name; one of rank by birth
        # or faith, or one before a lone surname, is
        ("Prof Gavin Yamey says universities are unsafe. Yamey warned of rapid spread.",
         {"Gavin Yamey": 2}),
        ("Mrs Hamilton said the school would close. Mrs Hamilton left.", {"Mrs Hamilton": 2}),
        ("Supreme Court Justice Clarence Thomas hired a clerk. Ginni Thomas, the wife of "
         "Clarence Thomas, praised her. Ginni Thomas spoke. Ginni Thomas wrote. Justice "
         "Thomas declined to comment.", {"Clarence Thomas": 3, "Ginni Thomas": 3}),
    ],
)
def test_person_grouping(text: str, people: dict[str, int], nlp: Any) -> None:
    found = {e.name: len(e.mentions) for e in _article(text, nlp).entities if e.type == "PERSON"}
    for name, count in people.items():
        assert found.get(name) == count, (name, found)


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Fighting was reported in the province of Baghlan on Monday.", "Baghlan", "PLACE"),
        ("Fighters gathered in the Panjsher valley overnight.", "Panjsher", "PLACE"),
        ("The Pashtuns form the core of the movement.", "Pashtuns", "GROUP"),
        ("He told Reuters by telephone that the talks failed.", "Reuters", "ORG"),
        ("A photo by AFP/John Smith showed the square.", "John Smith", "PERSON"),
        # the model calls a lone platform name a person here
        ("Maria Lopez fired back on Twitter, calling the claim absurd.", "Twitter", "ORG"),
        ("The senator hit back on Twitter on Monday night.", "Twitter", "ORG"),
        # a given name and a word that is no English word: a person the model called an
        # organisation; not the Arabic article
        ("Olena Zelenska visited the hospital in Lviv on Monday.", "Olena Zelenska", "PERSON"),
        ("Al Jazeera reported the strike on Monday.", "Al Jazeera", "ORG"),
        # an adverb the model runs into a name is no part of it
        ("Sometimes Simon is harsh with the singers.", "Simon", "PERSON"),
        # "Said" as a given name: a verb only right before a label's colon
        ("Said Jalili said Iran would not give up its program.", "Said Jalili", "PERSON"),
    ],
)
def test_type_rules(text: str, name: str, etype: str, nlp: Any) -> None:
    entities = _by_name(_article(text, nlp))
    assert name in entities, entities
    assert entities[name].type == etype


@pytest.mark.parametrize("text", [
    "“We are sitting behind these desks.” Joked Kimmel: “If Jay and I can do it, anyone can.”",
    "The scanners miss it.  Explained Finjan CTO Yuval Ben-Itzhak, “Signaturing a dynamic "
    "script is not effective.”",
])
def test_no_name_opens_on_a_reporting_verb(text: str, nlp: Any) -> None:
    names = list(_by_name(_article(text, nlp)))
    assert names and not any(name.split()[0] in ("Joked", "Explained") for name in names), names


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # "the Post" after "The Washington Post" is the newspaper ...
        ("The Washington Post reported on Monday that the deal was off. The Post said its "
         "sources were officials.", {"Washington Post": 2}),
        # ... but not where two names end with the word, nor "the House" after the White House
        ("The New York Times and the Los Angeles Times reported the deal. The Times said it "
         "was off.", {"New York Times": 1, "Los Angeles Times": 1}),
        ("The White House said the House would vote on Friday.", {"White House": 1}),
    ],
)
def test_short_organisation_name(text: str, groups: dict[str, int], nlp: Any) -> None:
    found = {e.name: len(e.mentions) for e in _article(text, nlp).entities if e.type == "ORG"}
    for name, count in groups.items():
        assert found.get(name) == count, (name, found)


def test_abbreviated_titles_alone_are_no_entity(nlp: Any) -> None:
    article = _article("Lt. Col. John Smith spoke in Ankara on Monday.", nlp)
    assert [e.name for e in article.entities if e.type != "PLACE"] == ["John Smith"]


@pytest.mark.parametrize("title", ["Pres.", "Atty.", "Supt.", "Cmdr.", "Hon.", "Det."])
def test_abbreviated_title_ends_no_sentence(title: str, nlp: Any) -> None:
    doc = nlp(f"Then {title} Smith said the talks had failed. It was late.")
    assert title in [t.text for t in doc]
    assert [s.text for s in doc.sents][0] == f"Then {title} Smith said the talks had failed."


def test_anti_adjective_dropped(nlp: Any) -> None:
    article = _article("The anti-Soviet resistance grew and anti-Taliban forces advanced.", nlp)
    assert not any(m.text.lower().startswith("anti-") for e in article.entities
                   for m in e.mentions)


def test_no_doc_is_a_no_op() -> None:
    article = Article(id="t", text="x",
                      provenance=Provenance(input="t", fivew_version="t", processed_at="t"))
    assert find_entities(article).entities == []


# --------------------------------------------------------------------------- gold gate


@pytest.mark.gold
def test_meantime_floor() -> None:
    from fivew.evaluate.entities import entities, format_report
    from tests.conftest import shared_path

    result = entities(shared_path("data", "meantime-en"))
    report = format_report(result)
    fivew = result["systems"]["fivew"]
    assert result["documents"] == 120, report
    assert fivew["exact"]["f1"] >= MEANTIME_EXACT_F1_FLOOR, report
    assert fivew["overlap_typed"]["f1"] >= MEANTIME_OVERLAP_TYPED_F1_FLOOR, report


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # the model tags the full name only; the lone surname is its later mention
        ("Harbour board spokesman Brian Fallon said the plan was dead. Later, Fallon fired "
         "back at the council.", "Brian Fallon", ["Brian Fallon", "Fallon"]),
        # part of a longer name: no lone surname
        ("Brian Fallon met the mayor. Fallon Industries said it would bid.", "Brian Fallon",
         ["Brian Fallon"]),
    ],
)
def test_untagged_surname_of_a_named_person(nlp: Any, text: str, name: str,
                                            mentions: list[str]) -> None:
    entity = _by_name(_article(text, nlp))[name]
    assert [m.text for m in entity.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "name", "etype", "count"),
    [
        # the model calls every lone "Trump" here an organisation: they are his mentions
        ("Donald Trump spoke in Ohio on Monday. Trump said the deal was a disaster. "
         "Trump's campaign said the rally was full. Aides to Trump said he was tired. "
         "Trump has promised to build a wall. Trump officials declined to comment. "
         "Critics of Trump said the plan would fail.", "Donald Trump", "PERSON", 7),
        # ... and so is a repeat the model left untagged, which took the model's type
        ("Donald Trump spoke in Ohio on Monday. Trump said the deal was a disaster. "
         "Trump's campaign said the rally was full. Aides to Trump said he was tired. "
         "Trump has promised to build a wall. Trump officials declined to comment. "
         "Critics of Trump said the plan would fail. Vote Trump, the signs said. Trump and "
         "Pence waved.", "Donald Trump", "PERSON", 9),
        # a place of the gazetteer list stays a place after a name ending in it
        ("Analyst Jack Washington wrote the report. Washington imposed new sanctions on "
         "Monday. Washington will review them in June. Washington and Paris disagree. "
         "Officials in Washington were silent.", "Washington", "PLACE", 4),
        # a full "name" the model calls a person, with no given name or title, and a lone
        # word it never calls one: a team, not a person's surname
        ("Manchester United beat Chelsea on Saturday. United won 2-0. United will face "
         "Arsenal next. United remain top.", "United", "ORG", 3),
        # a company named in full by the same word stays the company
        ("Executive chairman Bill Ford spoke in Detroit. Ford Motor Co. said sales rose. "
         "Ford shares fell 3 percent. Ford will cut 2,000 jobs. Analysts expect Ford to "
         "recover. Ford declined to comment.", "Ford", "ORG", 4),
        # a full name the model calls a work of art, and the surname alone it calls an
        # organisation: one person
        ("Last week, Justice Clarence Thomas hired Crystal Clanton as a law clerk. Clanton "
         "said she did not recall sending the texts. Clanton resigned.", "Crystal Clanton",
         "PERSON", 3),
    ],
)
def test_surname_the_model_calls_an_organisation(nlp: Any, text: str, name: str, etype: str,
                                                 count: int) -> None:
    entity = _by_name(_article(text, nlp))[name]
    assert (entity.type, len(entity.mentions)) == (etype, count)


@pytest.mark.parametrize(
    ("text", "full", "lone", "lone_type", "groups"),
    [
        # a lone surname the model typed a group or "other" joins the person named in full
        ("Goalkeeper Mark Covic wants to start. Covic came home. Covic trains. Covic waits. "
         "Covic hopes.", "Mark Covic", "Covic", "GROUP", 1),
        ("Pitcher Roger Clemens denied it. Clemens testified. Clemens left. Clemens spoke. "
         "Clemens won.", "Roger Clemens", "Clemens", "OTHER", 1),
        # ... but not a demonym after a name the model read as a person's
        ("The Alvin Ailey American tour opens. American dancers, American music, American "
         "stages and American crowds.", "Alvin Ailey American", "American", "GROUP", 2),
    ],
)
def test_misread_surname_types(text: str, full: str, lone: str, lone_type: str,
                               groups: int) -> None:
    at = text.index(full)
    cands = [Candidate(at, at + len(full), "PERSON", "PERSON")]
    again = text.find(lone, at + len(full))
    while again >= 0:  # the model's type outvotes the surname's until a rule overrides it
        cands.append(Candidate(again, again + len(lone), lone_type, "NORP"))
        again = text.find(lone, again + len(lone))
    assert len(group(text, cands)) == groups
