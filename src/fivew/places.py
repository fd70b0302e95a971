"""Stage ``places``: the places an article names, each resolved to one gazetteer entry.

Reads ``entities`` (and the spaCy ``Doc`` when there is one); writes ``Article.places``
and ``Article.focus``.

1. **Recognise** (:mod:`fivew.places_recognise`): every PLACE entity of the entity
   stage with its mentions (a leading "the" dropped), plus proper nouns the model missed
   or left untyped that the gazetteer knows as a country, a first-level division or a
   large town; an organisation named only by a place ("Edmonton" tagged ORG), and the place
   inside an organisation's name ("Kentucky State Police", see
   :mod:`fivew.places_embedded`). Demonyms, languages and organisations named after
   places are not places themselves (the entity stage types them GROUP or ORG), but a
   demonym ("Afghan") adds its country to the article's context.
2. **Resolve** (:func:`resolve`): every candidate entry of a place's names is scored by
   a prior (kind of entry, population) and by the article's context: the division or
   state written after it ("Bazarak, Panjshir province", "Alexandria, La."), feature
   words next to it ("province", "city", "the Quebec government"), the countries and
   divisions of the other places, how many other toponyms have some candidate in the
   same division, and how many have one within CLOSE_KM ("Paris" and "Henry County" meet
   in Tennessee). Two passes: the second uses the context the first resolved.
3. **Approximate points** for what the gazetteer lacks, always without a GeoNames id or
   feature code and with a low confidence: the town inside its name ("Hamilton
   Township", "Port of Los Angeles"), the division written after it ("Grantville,
   Pennsylvania") or the town whose possessive it follows ("London's Heathrow"), else the
   point of the article's home town
   (:func:`fivew.places_points.guess`: a local river or hamlet lies near it). A place
   with no point at all (no local town in the article) is kept with no coordinates and
   confidence 0. A county whose only point is its state's (no town of its own in the
   data) takes the middle of the article's towns in that state
   (:func:`fivew.places_points.county_points`), keeping its GeoNames id.
4. **Focus**: countries weighted by the mentions of the places in them, places (with an
   entry of their own) by their own mentions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from fivew.article import Article, Focus, Place
from fivew.gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from fivew.places_lists import STRIP_WORDS, state_abbreviation
from fivew.places_points import close_counts, county_points, guess, named_part
from fivew.places_points import distance_km as distance_km  # re-exported
from fivew.places_recognise import Toponym, recognise

#: Score weights of a candidate entry (see :func:`_score`); re-run ``fivew evaluate geo``
#: on LGL and TR-News after changing them.
KIND_BONUS = {"country": 4.0, "adm1": 2.5, "adm2": 0.5, "city": 0.0, "region": 3.0}
#: Weight of log10(population) in the prior; 0.8-1.4 scored within 0.5 points of Acc@161
#: on the even documents of LGL and TR-News.
POPULATION_WEIGHT = 1.0
#: The population a region, sea or range counts as in the prior (they have none): the
#: ones in ``regions.tsv`` are all well known, "Asia" the continent before Asia, Philippines.
REGION_POPULATION = 1_000_000
FCODE_BONUS = {"PPLC": 2.5, "PPLA": 1.5, "PPLA2": 0.7, "PPLG": 1.0}
ALIAS_PENALTY = 2.0  # matched through an alternate or short name only
FUZZY_PENALTY = 1.5  # matched through the spelling skeleton only
PARENT_MATCH = 6.0  # lies in the division/country written after it
PARENT_MISMATCH = -4.0
HINT_MATCH = 3.0  # "province" next to a division, "city" next to a town
HINT_MISMATCH = -1.5
CONTEXT_COUNTRY = 4.0  # other places of the article lie in the same country
CONTEXT_ADMIN1 = 3.0  # ... in the same first-level division
CONTEXT_FLOOR = 0.5  # share of the bonus for one other place; the rest grows with the share
SEAT_BONUS = 1.5  # a capital or seat over the same-named division it is the seat of
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
CAPITAL_BONUS = 2.0  # a capital over a same-named division of its country elsewhere
#: A town or county gains this times the share of the article's other toponyms that have
#: some candidate in its first-level division: "Alexandria", "Nelson" and "Douglas County"
#: together point at Minnesota before any of them is resolved. Calibrated on the even
#: documents of LGL (local US news) and TR-News.
SUPPORT_ADMIN1 = 2.0
NEAR_KM = 150.0  # another place of the article within this distance
NEAR_BONUS = 1.0
#: A town or county gains CLOSE_BONUS times the share of the article's other toponyms
#: (at least CLOSE_MIN_OTHERS of them, so that two hamlets side by side in Scotland do
#: not outweigh "California" and "Redding") that have some candidate within CLOSE_KM of
#: it: "Paris" and "Henry County" together point at Paris, Tennessee, the seat of Henry
#: County, before either is resolved. Calibrated with SUPPORT_ADMIN1 on the even
#: documents of LGL and TR-News, confirmed on the odd ones.
CLOSE_KM = 40.0
CLOSE_BONUS = 6.0
CLOSE_MIN_OTHERS = 3

#: Confidence kept by a place resolved through a town inside its name ("Hamilton
#: Township"): its point is that town's, an approximation.
APPROXIMATE_SHARE = 0.5

#: A place none of whose entries lies in the division written after it ("Grantville,
#: Pennsylvania", a village too small for the gazetteer) takes that division's point.
PARENT_ONLY_CONFIDENCE = 0.2

#: Places named in ``Focus.places`` at most.
FOCUS_PLACES = 5

def _candidates(top: Toponym, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    seen: dict[int, tuple[Entry, bool]] = {}
    states = [top.division] if top.division else []
    # the entity's own name only: "S.C." may be the entity stage's short form of South Charleston
    states += [s for s in [state_abbreviation(top.name)] if s]
    for country, admin1 in states:
        division = gaz.division(country, admin1)
        if division is not None:
            return [(division, False)]
    for name in top.names:
        found = gaz.lookup(name)
        words = name.split()
        if not found and len(words) > 1 and name_key(words[-1]) in STRIP_WORDS:
            found = gaz.lookup(" ".join(words[:-1]))
        for e in found:
            if e.geonames_id not in seen or seen[e.geonames_id][0].alias > e.alias:
                seen[e.geonames_id] = (e, False)
    if not seen:
        for name in top.names:
            for e in gaz.fuzzy(name):
                seen.setdefault(e.geonames_id, (e, True))
    if not seen:
        for name in top.names:
            part = named_part(name)
            for e in gaz.lookup(part) if part else ():
                if e.kind in ("city", "adm2") and not e.alias:
                    seen.setdefault(e.geonames_id, (e, True))
        top.approximate = bool(seen)
    return list(seen.values())


def _prior(entry: Entry, fuzzy: bool) -> float:
    population = entry.population or (REGION_POPULATION if entry.kind == "region" else 0)
    score = POPULATION_WEIGHT * math.log10(population + 10) + KIND_BONUS.get(entry.kind, 0.0)
    score += FCODE_BONUS.get(entry.feature_code, 0.0)
    if entry.alias:
        score -= ALIAS_PENALTY
    if fuzzy:
        score -= FUZZY_PENALTY
    return score


def _score(top: Toponym, entry: Entry, fuzzy: bool, context: dict[str, Any]) -> float:
    score = _prior(entry, fuzzy)
    parents = top.parents + context["parents"].get(id(top), [])
    if parents:
        inside = any(_inside(entry, c, a) for c, a in parents)
        score += PARENT_MATCH if inside else PARENT_MISMATCH
    if entry.kind == "city" and top.hint != "admin" and entry.feature_code in SEAT_CODES \
            and entry.admin1_key in context["divisions"].get(id(top), ()):
        score += SEAT_BONUS  # "Kabul": the capital, not the province named after it
    if entry.feature_code == "PPLC" and top.hint != "admin" and entry.country in \
            context["division_countries"].get(id(top), ()):
        score += CAPITAL_BONUS  # "Washington": the capital, not the state of that name
    if top.hint:
        is_admin = entry.kind != "city"
        score += HINT_MATCH if (top.hint == "admin") == is_admin else HINT_MISMATCH
    countries: Counter[str] = context["countries"]
    admin1s: Counter[str] = context["admin1s"]
    own = context["own"].get(id(top))
    total = sum(countries.values()) - (own[0] if own else 0)
    if total > 0:
        same = countries[entry.country] - (own[0] if own and own[1] == entry.country else 0)
        if same > 0:
            score += CONTEXT_COUNTRY * min(1.0, CONTEXT_FLOOR + same / total)
        if entry.admin1 and entry.kind != "country":
            key = f"{entry.country}.{entry.admin1}"
            same1 = admin1s[key] - (own[0] if own and own[2] == key else 0)
            if same1 > 0:
                score += CONTEXT_ADMIN1 * min(1.0, CONTEXT_FLOOR + same1 / total)
    support: Counter[str] = context["support"]
    if entry.admin1_key and entry.kind in ("city", "adm2") and context["named"] > 1:
        others = support[entry.admin1_key] - 1  # the toponyms other than this one
        close = context["close"].get((id(top), entry.geonames_id), 0)
        score += SUPPORT_ADMIN1 * others / (context["named"] - 1)
        score += CLOSE_BONUS * close / max(context["named"] - 1, CLOSE_MIN_OTHERS)
    if entry.lat is not None and entry.lon is not None and entry.kind != "country":
        for lat, lon, who in context["points"]:
            if who != id(top) and distance_km(entry.lat, entry.lon, lat, lon) < NEAR_KM:
                score += NEAR_BONUS
                break
    return score


def _context(toponyms: list[Toponym], demonyms: Counter[str]) -> dict[str, Any]:
    countries: Counter[str] = Counter(demonyms)
    admin1s: Counter[str] = Counter()
    own: dict[int, tuple[int, str, str | None]] = {}
    points = []
    for top in toponyms:
        e = top.choice
        if e is None:
            continue
        n = len(top.mentions)
        if not e.country:
            continue  # a region across countries: the Middle East, the Alps
        countries[e.country] += n
        if e.admin1_key and e.kind != "country":
            admin1s[e.admin1_key] += n
        own[id(top)] = (n, e.country, e.admin1_key if e.kind != "country" else None)
        if e.lat is not None and e.lon is not None and e.kind != "country":
            points.append((e.lat, e.lon, id(top)))
    return {"countries": countries, "admin1s": admin1s, "own": own, "points": points,
            "parents": defaultdict(list), "close": {}}


def resolve(toponyms: list[Toponym], demonyms: Counter[str], gaz: Gazetteer) -> None:
    """Choose one entry per toponym (in place); see the module docstring."""
    for top in toponyms:
        top.candidates = _candidates(top, gaz)
    empty: dict[str, Any] = {"countries": Counter(demonyms), "admin1s": Counter(), "own": {},
                             "points": [], "parents": defaultdict(list)}
    by_name = {t.name: t for t in toponyms}
    divisions = {id(t): {e.admin1_key for e, _ in t.candidates if e.kind == "adm1"}
                 for t in toponyms}
    empty["divisions"] = divisions
    support: Counter[str] = Counter()
    for t in toponyms:
        support.update({e.admin1_key for e, _ in t.candidates
                        if e.admin1_key and e.kind != "country"})
    named = sum(1 for t in toponyms if t.candidates)
    empty["support"], empty["named"] = support, named
    countries_of = {id(t): {e.country for e, _ in t.candidates if e.kind == "adm1"}
                    for t in toponyms}
    empty["division_countries"] = countries_of
    close = close_counts(toponyms, CLOSE_KM)
    empty["close"] = close
    context = empty
    for _ in range(2):
        for top in toponyms:
            for pname in top.parent_names:
                parent = by_name.get(pname)
                if parent is not None and parent.choice is not None:
                    p = parent.choice
                    context["parents"][id(top)].append(
                        (p.country, p.admin1 if p.kind != "country" else None))
            top.in_parent, top.choice = False, None
            if top.candidates:
                scored = sorted(((_score(top, e, f, context), e) for e, f in top.candidates),
                                key=lambda se: -se[0])
                best = scored[0][0]
                top.choice = scored[0][1]
                top.confidence = 1.0 / sum(math.exp(s - best) for s, _ in scored)
            areas = top.parents + [
                (p.country, p.admin1 if p.kind == "adm1" else None)
                for p in (by_name[n].choice for n in top.parent_names if n in by_name)
                if p is not None and p.kind in ("adm1", "country")]
            local = top.choice is None or top.choice.kind in ("city", "adm2")
            if local and any(_inside(e, p.country, p.admin1 if p.kind == "adm1" else None)
                             for n in top.parent_names if n in by_name
                             for p, _ in by_name[n].candidates if p.kind in ("adm1", "country")
                             for e, _ in top.candidates):
                local = False  # "Atlanta, Georgia": the parent is what was chosen wrongly
            if areas and local and not any(
                    _inside(top.choice, c, a) for c, a in areas if top.choice):
                # "Grantville, Pennsylvania" with no Grantville there: the state's point.
                c, a = areas[0]
                area = gaz.division(c, a) if a else gaz.country(c)
                if area is not None:
                    top.choice, top.in_parent = area, True
                    top.confidence = PARENT_ONLY_CONFIDENCE
            if local:
                _owner_point(top, by_name)
        context = _context(toponyms, demonyms)
        context["divisions"] = divisions
        context["division_countries"] = countries_of
        context["support"], context["named"] = support, named
        context["close"] = close


def _owner_point(top: Toponym, by_name: dict[str, Toponym]) -> None:
    """A place written after a town's possessive with no entry in that town's division
    ("London's Heathrow", an airport; "Cairo's Abbasiya", a district) takes the town's point.
    """
    for name in top.owner_names:
        owner = by_name[name].choice if name in by_name else None
        if owner is None or owner.kind != "city" or top.choice is owner:
            continue
        if top.choice is None or not _inside(top.choice, owner.country, owner.admin1):
            top.choice, top.in_parent = owner, True
            top.confidence = PARENT_ONLY_CONFIDENCE
        return


def _inside(entry: Entry, country: str, admin1: str | None) -> bool:
    """Whether ``entry`` lies in the country (and first-level division) written after it."""
    return entry.country == country and (admin1 is None or entry.admin1 == admin1 or
                                         entry.kind == "country")


def find_places(article: Article) -> Article:
    """Write ``article.places`` and ``article.focus``."""
    gaz = load_gazetteer()
    toponyms, demonyms = recognise(article, gaz)
    resolve(toponyms, demonyms, gaz)
    county_points(toponyms, gaz)
    guess(toponyms)
    toponyms.sort(key=lambda t: t.mentions[0].start)
    places = []
    for n, top in enumerate(toponyms, start=1):
        e = top.choice
        exact = e is not None and not (top.approximate or top.in_parent or top.guessed)
        places.append(Place(
            id=f"p{n}", name=top.name, entity_id=top.entity_id,
            geonames_id=e.geonames_id if e and exact and e.geonames_id > 0 else None,
            lat=e.lat if e else None, lon=e.lon if e else None,
            country=(e.country or None) if e else None,
            admin1=gaz.admin1_name(e.country, e.admin1) if e and e.kind != "country" else None,
            feature_code=e.feature_code if exact and e else None,
            mentions=top.mentions,
            confidence=round(top.confidence * (APPROXIMATE_SHARE if top.approximate else 1.0)
                             if e else 0.0, 3),
        ))
    article.places = places
    article.focus = _focus(places, demonyms)
    return article


def _focus(places: list[Place], demonyms: Counter[str]) -> Focus:
    weights: Counter[str] = Counter({c: 0.5 * n for c, n in demonyms.items()})
    for p in places:
        if p.country:
            weights[p.country] += len(p.mentions)
    ranked = sorted((p for p in places if p.lat is not None and p.feature_code is not None),
                    key=lambda p: (-len(p.mentions), p.mentions[0].start))
    return Focus(countries=[c for c, _ in weights.most_common()],
                 places=[p.id for p in ranked[:FOCUS_PLACES]])
