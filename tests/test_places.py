"""Stage ``places``: recognition, resolution and focus; the seed golden test; an LGL gate."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Provenance, offset_problems
from fivew.entities import find_entities
from fivew.places import PARENT_ONLY_CONFIDENCE, distance_km, find_places
from fivew.places_points import GUESS_CONFIDENCE
from tests.conftest import shared_path

#: Truth for the seed story: GeoNames points of the places (Panjshir and Baghlan are the
#: provinces; their centres from atlases, as GeoNames gives none in the shipped files).
SEED_TRUTH = {
    "Bazarak": (35.313, 69.515, "AF"),
    "Panjshir": (35.45, 69.80, "AF"),
    "Kabul": (34.528, 69.172, "AF"),
    "Baghlan": (35.90, 68.80, "AF"),
    "Afghanistan": (33.0, 66.0, "AF"),
}
SEED_MAX_KM = 50.0

#: Floors for the LGL gate (first LGL_DOCS articles), set a little under the scores
#: measured when they were pinned (F1 0.712, Acc@161 0.837). Lowering one needs a reason in
#: the commit; re-measure with ``fivew evaluate geo ../shared/data/geo/LGL``.
LGL_DOCS = 60
LGL_FLOORS = {"f1": 0.71, "acc161": 0.83}


def make_article(text: str, nlp: Any) -> Article:
    article = Article(id="t", text=text, provenance=Provenance(
        input="test", fivew_version="test", processed_at="2021-08-22T00:00:00+00:00"))
    article._doc = nlp(text)
    find_entities(article)
    return find_places(article)


@pytest.fixture(scope="module")
def seed(nlp: Any, seed_text: str) -> Article:
    return make_article(seed_text, nlp)


def _place(article: Article, name: str) -> Any:
    return next(p for p in article.places
                if any(m.text.lower() == name.lower() for m in p.mentions))


@pytest.mark.parametrize("name", sorted(SEED_TRUTH))
def test_seed_places_resolved_within_50_km(seed: Article, name: str) -> None:
    lat, lon, country = SEED_TRUTH[name]
    place = _place(seed, name)
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, lat, lon) < SEED_MAX_KM
    assert place.country == country


def test_seed_panjshir_and_panjsher_are_one_place(seed: Article) -> None:
    assert _place(seed, "Panjshir") is _place(seed, "Panjsher")
    place = _place(seed, "Panjsher")
    assert place.feature_code == "ADM1" and place.admin1 == "Panjshir"
    assert place.entity_id is not None


@pytest.mark.parametrize("word", ["Reuters", "anti-Soviet", "Persian-speaking", "Soviet",
                                  "Persian", "Taliban"])
def test_seed_non_places(seed: Article, word: str) -> None:
    for place in seed.places:
        assert all(word.lower() not in m.text.lower() for m in place.mentions), place


def test_seed_record_keeps_its_promises(seed: Article) -> None:
    assert offset_problems(seed) == []
    assert [p.id for p in seed.places] == [f"p{n}" for n in range(1, len(seed.places) + 1)]
    assert seed.focus.countries[0] == "AF"
    assert set(seed.focus.places) <= {p.id for p in seed.places}
    assert _place(seed, "Panjsher").id == seed.focus.places[0]
    bazarak = _place(seed, "Bazarak")
    assert bazarak.admin1 == "Panjshir" and bazarak.feature_code == "PPLA"


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("The fire broke out in Alexandria, La., on Friday.", "Alexandria", "US", "Louisiana"),
    ("Police in Athens, Ga., said the road was closed.", "Athens", "US", "Georgia"),
    ("Ministers met in Athens to discuss the Greek debt.", "Athens", "GR", None),
    ("Fighting spread across Helmand province this week.", "Helmand", "AF", None),
])
def test_context_chooses_the_entry(nlp: Any, text: str, name: str, country: str,
                                   admin1: str | None) -> None:
    place = _place(make_article(text, nlp), name)
    assert place.country == country
    if admin1:
        assert place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A deputy of the Kentucky State Police stopped the car.", "Kentucky", "US"),
    ("Bill Graves of the Ohio Department of Development spoke.", "Ohio", "US"),
    ("Dublin City Council met on Monday.", "Dublin", None),
])
def test_place_inside_an_organisation_name(nlp: Any, text: str, name: str,
                                           country: str | None) -> None:
    place = _place(make_article(text, nlp), name)
    assert place.lat is not None
    if country:
        assert place.country == country


@pytest.mark.parametrize("text", ["Police Chief Ann Lee spoke at Central Bank.",
                                  "The Superior Court heard the case."])
def test_generic_words_in_organisation_names_are_not_places(nlp: Any, text: str) -> None:
    article = make_article(text, nlp)
    names = {m.text for p in article.places for m in p.mentions}
    assert not names & {"Police", "Central", "Bank", "Superior"}


def test_region_resolves_without_a_geonames_id(nlp: Any) -> None:
    article = make_article("Oil prices rose across the Middle East on Monday.", nlp)
    place = _place(article, "Middle East")
    assert place.lat is not None and place.geonames_id is None and place.country is None


def test_capital_over_same_named_state(nlp: Any) -> None:
    article = make_article("The senator flew to Washington on Tuesday for the vote.", nlp)
    place = _place(article, "Washington")
    assert place.feature_code == "PPLC"


def test_towns_pull_each_other_to_one_state(nlp: Any) -> None:
    text = ("An Alexandria man was hurt near Pineville on Friday, the Rapides Parish "
            "sheriff said.")
    place = _place(make_article(text, nlp), "Alexandria")
    assert place.country == "US" and place.admin1 == "Louisiana"


def test_state_abbreviation_is_a_place(nlp: Any) -> None:
    article = make_article("The fire broke out in Alexandria, La., on Friday.", nlp)
    state = _place(article, "La.")
    assert state.feature_code == "ADM1" and state.country == "US"


def test_unknown_place_is_kept_unresolved(nlp: Any) -> None:
    article = make_article("Fighters gathered near Qwxzzy Plorb valley on Sunday.", nlp)
    unknown = [p for p in article.places if p.geonames_id is None]
    for place in unknown:
        assert place.lat is None and place.confidence == 0.0 and place.mentions


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("LOUISVILLE, KY -- The company said on Monday it would expand.", "KY", "US", "Kentucky"),
    ("She was found along a strip in Surrey, B.C., last week.", "B.C.", "CA",
     "British Columbia"),
    ("Her baby was born in Churchill, Man., in March.", "Man.", "CA", "Manitoba"),
])
def test_abbreviated_state_or_province(nlp: Any, text: str, name: str, country: str,
                                       admin1: str) -> None:
    place = _place(make_article(text, nlp), name)
    assert place.feature_code == "ADM1" and place.country == country
    assert place.admin1 == admin1


def test_nearby_candidates_pull_together(nlp: Any) -> None:
    text = ("All residents of Paris and Henry County will receive a letter from the "
            "rescue squad this week.")
    article = make_article(text, nlp)
    for name in ("Paris", "Henry County"):
        place = _place(article, name)
        assert place.country == "US" and place.admin1 == "Tennessee", place


def test_continent_over_a_town_of_its_name(nlp: Any) -> None:
    article = make_article("Trade with Asia grew faster than trade with Europe.", nlp)
    place = _place(article, "Asia")
    assert place.feature_code == "CONT"


def test_town_inside_a_name_gives_an_approximate_point(nlp: Any) -> None:
    article = make_article("Police in Hamilton Township, Mercer County, N.J., said the "
                           "road was closed.", nlp)
    place = _place(article, "Hamilton Township")
    assert place.lat is not None and place.country == "US"
    assert place.geonames_id is None and place.feature_code is None
    assert 0.0 < place.confidence <= 0.5


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Martha was born in Grantville, Pennsylvania, in 1913.", "Grantville", "Pennsylvania"),
    ("The fire started near Holopaw, Fla., on Friday night.", "Holopaw", "Florida"),
    ("She grew up in Qwxzzyville, Pennsylvania, before the war.", "Qwxzzyville",
     "Pennsylvania"),
])
def test_village_missing_from_the_gazetteer_takes_its_state(nlp: Any, text: str, name: str,
                                                            admin1: str) -> None:
    place = _place(make_article(text, nlp), name)
    assert place.admin1 == admin1 and place.lat is not None
    assert place.geonames_id is None and place.feature_code is None
    assert place.confidence == pytest.approx(PARENT_ONLY_CONFIDENCE)


def test_place_missing_from_the_gazetteer_is_guessed_near_the_home_town(nlp: Any) -> None:
    text = ("Tyler officials warned that the Neches River would flood. Tyler police closed "
            "two roads, and Tyler schools stayed shut.")
    article = make_article(text, nlp)
    river = [p for p in article.places if p.name.endswith("Neches River")]
    tyler = _place(article, "Tyler")
    for place in river:  # when the model finds it, it gets Tyler's point, marked a guess
        assert (place.lat, place.lon) == (tyler.lat, tyler.lon)
        assert place.geonames_id is None and place.feature_code is None
        assert place.confidence == pytest.approx(GUESS_CONFIDENCE)
        assert place.id not in article.focus.places


@pytest.mark.parametrize(("text", "name", "owner"), [
    ("Crew members work out of London's Heathrow, one of the busiest hubs.", "Heathrow",
     "London"),
    ("A bomb went off in Cairo's Abbasiya neighbourhood on Sunday.", "Abbasiya", "Cairo"),
])
def test_place_after_a_towns_possessive_lies_in_that_town(nlp: Any, text: str, name: str,
                                                          owner: str) -> None:
    article = make_article(text, nlp)
    place, town = _place(article, name), _place(article, owner)
    assert place.lat is not None and town.lat is not None
    assert distance_km(place.lat, place.lon, town.lat, town.lon) < SEED_MAX_KM


def test_a_country_is_not_the_parent_of_a_country(nlp: Any) -> None:
    text = "He reported on the entanglements in Russia, U.S. officials said on Wednesday."
    assert _place(make_article(text, nlp), "Russia").feature_code == "PCLI"


def test_given_name_joined_to_a_full_name_is_not_a_town(nlp: Any) -> None:
    text = ("The cat travelled from Winnipeg to Edmonton. Retired workers Brent and Lynnette "
            "Hain believe it is their pet, Brent told reporters in Edmonton.")
    article = make_article(text, nlp)
    assert not [p for p in article.places if p.name == "Brent"]
    assert _place(article, "Edmonton").country == "CA"


def test_government_after_a_name_means_the_division(nlp: Any) -> None:
    text = "Mayors from the Montreal area will appeal to the Quebec government this week."
    assert _place(make_article(text, nlp), "Quebec").feature_code == "ADM1"


def test_county_without_a_town_of_its_own_takes_the_articles_towns(nlp: Any) -> None:
    # Antelope County has no town of 5,000 in GeoNames: its own point is Nebraska's.
    text = "The Antelope County sheriff said roads near Neligh and Elgin, Neb., were closed."
    article = make_article(text, nlp)
    county, state = _place(article, "Antelope County"), _place(article, "Neb.")
    towns = [_place(article, name) for name in ("Neligh", "Elgin")]
    assert county.feature_code == "ADM2" and county.admin1 == "Nebraska"
    assert county.lat is not None and state.lat is not None
    assert (county.lat, county.lon) != (state.lat, state.lon)
    for town in towns:
        assert town.lat is not None
        assert distance_km(county.lat, county.lon, town.lat, town.lon) < SEED_MAX_KM


def test_article_without_doc_or_places(nlp: Any) -> None:
    article = make_article("Nothing happened here today.", nlp)
    assert article.places == [] and article.focus.countries == []
    bare = Article(id="b", text="Kabul", provenance=Provenance(
        input="t", fivew_version="t", processed_at="x"))
    assert find_places(bare).places == []


@pytest.mark.gold
def test_lgl_gate() -> None:
    from fivew.evaluate.geo import geo

    result = geo(shared_path("data", "geo", "LGL"), limit=LGL_DOCS)
    fivew = result["systems"]["fivew"]
    assert fivew["f1"] >= LGL_FLOORS["f1"], fivew
    assert fivew["resolution"]["acc161"] >= LGL_FLOORS["acc161"], fivew
