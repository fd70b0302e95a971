"""The offline gazetteer: keys, alternate spellings, lookups, derived points."""

from __future__ import annotations

import pytest

from fivew.gazetteer import Gazetteer, load_gazetteer, name_key, skeleton
from fivew.gazetteer.build import admin_aliases
from fivew.gazetteer.points import middle
from fivew.places import distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(("name", "key"), [
    ("Bāzārak", "bazarak"), ("U.S.", "us"), ("W.Va.", "wva"), ("Wilayat-e Baghlan",
                                                                  "wilayat e baghlan"),
    ("  Kabul ", "kabul"),
])
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(("a", "b", "same"), [
    ("panjshir", "panjsher", True), ("helmand", "hilmand", True), ("austria", "australia", False),
    ("slovakia", "slovenia", False),
])
def test_skeleton(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) == skeleton(b)) is same


@pytest.mark.parametrize(("name", "short"), [
    ("Rapides Parish", ["Rapides"]), ("Baghlan Province", ["Baghlan"]),
    ("City of Alexandria", ["Alexandria"]), ("Kabul", []),
])
def test_admin_aliases(name: str, short: list[str]) -> None:
    assert admin_aliases(name) == short


def test_middle_of_box_ignores_strays() -> None:
    points = [(30.0 + i / 10, -100.0 + i / 10) for i in range(100)] + [(60.0, 0.0)]
    lat, lon = middle(points) or (0.0, 0.0)
    assert 30 < lat < 40 and -100 < lon < -90
    assert middle([]) is None


def test_middle_leaves_out_far_islands_but_not_a_thin_side() -> None:
    # 96 towns on the mainland, 4 on islands 1,000 km off the coast (the Azores for
    # Portugal): the islands go; a thinly settled mainland side keeps its towns.
    mainland = [(37.0 + i / 12, -9.0 + (i % 4) / 2) for i in range(96)]
    islands = [(38.5, -28.0 + i / 10) for i in range(4)]
    lat, lon = middle(mainland + islands) or (0.0, 0.0)
    assert 37 < lat < 45 and -9 < lon < -7
    assert middle([(0.0, 0.0), (10.0, 10.0)]) == (5.0, 5.0)


def test_panjshir_and_panjsher_are_one_province(gaz: Gazetteer) -> None:
    exact = [e for e in gaz.lookup("Panjshir") if e.kind == "adm1"]
    assert len(exact) == 1 and exact[0].geonames_id == 6957555
    assert not gaz.lookup("Panjsher")
    assert [e.geonames_id for e in gaz.fuzzy("Panjsher")] == [6957555]
    assert exact[0].lat is not None  # derived from its towns


@pytest.mark.parametrize(("name", "geonames_id", "kind"), [
    ("Afghanistan", 1149361, "country"), ("U.S.", 6252001, "country"),
    ("Britain", 2635167, "country"), ("Louisiana", 4331987, "adm1"),
    ("Rapides Parish", 4338356, "adm2"), ("Bazarak", 1429434, "city"),
    ("Netherlands", 2750405, "country"), ("Bosnia", 3277605, "country"),
    ("Newfoundland", 6354959, "adm1"),
])
def test_lookup(gaz: Gazetteer, name: str, geonames_id: int, kind: str) -> None:
    found = {e.geonames_id: e for e in gaz.lookup(name)}
    assert geonames_id in found and found[geonames_id].kind == kind


def test_towns_have_population_and_alternate_names(gaz: Gazetteer) -> None:
    towns = [e for e in gaz.lookup("Kabul") if e.kind == "city"]
    kabul = max(towns, key=lambda e: e.population)
    assert kabul.feature_code == "PPLC" and kabul.population > 1_000_000
    assert distance_km(kabul.lat or 0, kabul.lon or 0, 34.528, 69.172) < 5
    assert any(e.geonames_id == kabul.geonames_id for e in gaz.lookup("Kabol"))


def test_division_and_admin1_name(gaz: Gazetteer) -> None:
    la = gaz.division("US", "LA")
    assert la is not None and la.name == "Louisiana"
    assert gaz.admin1_name("AF", "42") == "Panjshir"
    assert gaz.country("AF") is not None


def test_unknown_name_finds_nothing(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwxzzy Plorb") == ()
    assert gaz.fuzzy("ab") == ()


@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Europe", 48.69, 9.14), ("Middle East", 30.0, 40.0), ("Gulf of Mexico", 25.0, -90.0),
])
def test_regions_have_points(gaz: Gazetteer, name: str, lat: float, lon: float) -> None:
    regions = [e for e in gaz.lookup(name) if e.kind == "region"]
    assert regions and distance_km(regions[0].lat or 0, regions[0].lon or 0, lat, lon) < 50


def test_large_division_uses_its_centre(gaz: Gazetteer) -> None:
    quebec = next(e for e in gaz.lookup("Quebec") if e.kind == "adm1")
    assert distance_km(quebec.lat or 0, quebec.lon or 0, 53.0, -72.0) < 50
