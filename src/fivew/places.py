"""Stage ``places``: the places an article names, each resolved to one gazetteer entry.

Reads ``entities`` (and the spaCy ``Doc`` when there is one); writes ``Article.places``
and ``Article.focus``.

1. **Recognise** (:func:`recognise`): every PLACE entity of the entity stage with its
   mentions (a leading "the" dropped), plus proper nouns the model missed or left
   untyped that the gazetteer knows as a country, a first-level division or a large
   town; an organisation named only by a place ("Edmonton" tagged ORG), and the place
   inside an organisation's name ("Kentucky State Police", see
   :mod:`fivew.places_embedded`). Demonyms, languages and organisations named after
   places are not places themselves (the entity stage types them GROUP or ORG), but a
   demonym ("Afghan") adds its country to the article's context.
2. **Resolve** (:func:`resolve`): every candidate entry of a place's names is scored by
   a prior (kind of entry, population) and by the article's context: the division or
   state written after it ("Bazarak, Panjshir province", "Alexandria, La."), feature
   words next to it ("province", "city"), the countries and divisions of the other
   places, how many other toponyms have some candidate in the same division, and how
   many have one within CLOSE_KM ("Paris" and "Henry County" meet in Tennessee). Two
   passes: the second uses the context the first resolved.
3. **Approximate points** for what the gazetteer lacks, always without a GeoNames id or
   feature code and with a low confidence: the town inside its name ("Hamilton
   Township", "Port of Los Angeles"), the division written after it ("Grantville,
   Pennsylvania"), else the point of the article's home town
   (:func:`fivew.places_points.guess`: a local river or hamlet lies near it). A place
   with no point at all (no local town in the article) is kept with no coordinates and
   confidence 0.
4. **Focus**: countries weighted by the mentions of the places in them, places (with an
   entry of their own) by their own mentions.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from fivew.article import Article, Focus, Mention, Place
from fivew.gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from fivew.places_embedded import COUNTY_WORDS, embedded, org_is_place
from fivew.places_lists import (
    ADMIN_WORDS,
    DEMONYMS,
    FACILITY_WORDS,
    STRIP_WORDS,
    TOWN_WORDS,
    state_abbreviation,
)
from fivew.places_points import close_counts, guess, named_part
from fivew.places_points import distance_km as distance_km  # re-exported

#: Label of a mention found by the gazetteer scan rather than the entity stage.
GAZETTEER_LABEL = "GAZETTEER"

#: An untyped proper noun becomes a place when the gazetteer has it as a country or
#: first-level division, or as a town of at least SCAN_MIN_POPULATION people under its
#: main name. Calibrated on LGL/TR-News (``fivew evaluate geo``): lower adds more wrong
#: places (surnames, companies) than right ones.
SCAN_MIN_POPULATION = 200_000

#: A one-word PERSON entity is a place when the gazetteer has a town of this size under
#: that name (see :func:`_person_is_place`); calibrated on LGL ("Alexandria man").
PERSON_PLACE_MIN_POPULATION = 20_000

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

_ABBREVIATION = re.compile(
    r"\s*,\s*((?:[A-Z]\.\s?)+(?:[A-Z][a-z]{1,3}\.)?|[A-Z][A-Za-z]{1,4}\.?)(?![A-Za-z])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PREV_WORDS = re.compile(r"([a-z]+)\s+(?:of\s+)?(?:the\s+)?$")


@dataclass
class _Toponym:
    name: str
    entity_id: str | None
    mentions: list[Mention]
    names: list[str]
    hint: str | None = None  # 'admin' or 'town'
    parents: list[tuple[str, str | None]] = field(default_factory=list)  # (country, admin1)
    parent_names: list[str] = field(default_factory=list)
    #: (start, end, (country, admin1)) of ", La." after it
    abbreviations: list[tuple[int, int, tuple[str, str]]] = field(default_factory=list)
    division: tuple[str, str] | None = None  # an abbreviated state: (country, admin1)
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)  # (entry, fuzzy)
    choice: Entry | None = None
    confidence: float = 0.0
    approximate: bool = False  # resolved through a part of its name ("Hamilton Township")
    in_parent: bool = False  # given the point of the division written after it
    guessed: bool = False  # given the point of the article's home town (places_points.guess)


def _clean(article: Article, m: Mention) -> Mention:
    """The mention without a leading 'the' or trailing possessive."""
    start, end = m.start, m.end
    text = article.text
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start += 4
    while end - start > 3 and text[end - 2:end] in ("'s", "’s"):
        end -= 2
    if text[end:end + 1] == "." and ("." in text[start:end] or
                                     state_abbreviation(text[start:end + 1]) is not None):
        end += 1  # "W.Va." keeps its last dot
    return Mention(start=start, end=end, text=text[start:end], label=m.label)


def _scan(article: Article, gaz: Gazetteer, covered: list[bool]) -> list[_Toponym]:
    """Proper nouns no entity covers that the gazetteer knows well."""
    doc = article._doc
    if doc is None:
        return []
    found: dict[str, _Toponym] = {}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ != "PROPN" or not tok.is_title or covered[tok.idx]:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title \
                and not covered[doc[j + 1].idx] and j - i < 2:
            j += 1
        start, end = tok.idx, doc[j].idx + len(doc[j].text)
        text = article.text
        hyphen = (start > 0 and text[start - 1] == "-") or text[end:end + 1] == "-"
        state = state_abbreviation(text[start:end + 1]) if i == j and \
            text[end:end + 1] == "." and text[max(0, start - 2):start] == ", " else None
        if state:  # "Churchill, Man.": a province, not Man in Ivory Coast
            found.setdefault(text[start:end + 1], _Toponym(
                text[start:end + 1], None, [], [text[start:end + 1]], division=state)
            ).mentions.append(Mention(start=start, end=end + 1, text=text[start:end + 1],
                                      label=GAZETTEER_LABEL))
        elif not hyphen and name_key(text[start:end]) not in DEMONYMS:
            known = [e for e in gaz.lookup(text[start:end]) if not e.alias and (
                e.kind in ("country", "adm1") or e.population >= SCAN_MIN_POPULATION)]
            if known:
                key = name_key(text[start:end])
                top = found.setdefault(key, _Toponym(text[start:end], None, [], [text[start:end]]))
                top.mentions.append(Mention(start=start, end=end, text=text[start:end],
                                            label=GAZETTEER_LABEL))
        i = j + 1
    return list(found.values())


def _person_is_place(entity: Any, gaz: Gazetteer) -> bool:
    """A lone word the model called a person that is a known town ('Alexandria man').

    The entity stage folds a lone surname into the person named in full, so a one-word
    PERSON left alone is seldom a person; it is taken for a place when one of its
    mentions was tagged GPE/LOC or the gazetteer has it as a country, a division or a
    town of PERSON_PLACE_MIN_POPULATION people under its main name.
    """
    if " " in entity.name.strip():
        return False
    if any(m.label in ("GPE", "LOC") for m in entity.mentions):
        return True
    return any(not e.alias and (e.kind in ("country", "adm1") or
                                e.population >= PERSON_PLACE_MIN_POPULATION)
               for e in gaz.lookup(entity.name))


def _context_words(article: Article, top: _Toponym, gaz: Gazetteer) -> None:
    """Set the feature-word hint and the parents written after each mention."""
    text = article.text
    votes: Counter[str] = Counter()
    for m in top.mentions:
        after = _NEXT_WORD.match(text, m.end)
        before = _PREV_WORDS.search(text[max(0, m.start - 30):m.start])
        for word in [w.group(1) for w in (after, before) if w]:
            if word in ADMIN_WORDS:
                votes["admin"] += 1
            elif word in TOWN_WORDS:
                votes["town"] += 1
        last = name_key(m.text).rsplit(" ", 1)[-1]
        if last in ADMIN_WORDS:
            votes["admin"] += 1
        abbr = _ABBREVIATION.match(text, m.end)
        if abbr:
            state = state_abbreviation(abbr.group(1), after_town=True)
            if state:
                top.parents.append(state)
                top.abbreviations.append((abbr.start(1), abbr.end(1), state))
    if votes:
        top.hint = votes.most_common(1)[0][0]


def _add_embedded(article: Article, gaz: Gazetteer, inner: list[Mention],
                  toponyms: list[_Toponym]) -> None:
    """Places inside names of organisations and buildings, merged by name with the rest."""
    by_key = {name_key(n): t for t in toponyms for n in t.names}
    for m in inner:
        for a, b in embedded(article.text, m.start, m.end, gaz):
            name = article.text[a:b]
            mention = Mention(start=a, end=b, text=name, label=GAZETTEER_LABEL)
            top = by_key.get(name_key(name))
            if top is None:
                top = by_key[name_key(name)] = _Toponym(name, None, [], [name])
                toponyms.append(top)
            top.mentions.append(mention)
    for top in toponyms:
        top.mentions.sort(key=lambda m: m.start)


def _merge(toponyms: list[_Toponym]) -> list[_Toponym]:
    """One toponym per name: two entities "Brent" are one place, counted once in context."""
    by_key: dict[str, _Toponym] = {}
    out = []
    for top in toponyms:
        first = by_key.get(name_key(top.name))
        if first is None or first.division != top.division:
            by_key.setdefault(name_key(top.name), top)
            out.append(top)
            continue
        first.mentions = sorted([*first.mentions, *top.mentions], key=lambda m: m.start)
        first.names = list(dict.fromkeys([*first.names, *top.names]))
        first.entity_id = first.entity_id or top.entity_id
    return out


def recognise(article: Article, gaz: Gazetteer) -> tuple[list[_Toponym], Counter[str]]:
    """The article's toponyms, and the countries its demonyms point at."""
    covered = [False] * (len(article.text) + 1)
    toponyms: list[_Toponym] = []
    demonyms: Counter[str] = Counter()
    inner: list[Mention] = []  # names of organisations and buildings, to look inside
    org_spans: set[tuple[int, int]] = set()
    for entity in article.entities:
        for m in entity.mentions:
            covered[m.start:m.end] = [True] * (m.end - m.start)
        if entity.type == "GROUP":
            iso = DEMONYMS.get(name_key(entity.name))
            if iso:
                demonyms[iso] += len(entity.mentions)
        key = name_key(entity.name)
        if entity.type == "PERSON" and not _person_is_place(entity, gaz):
            if set(key.split()[1:]) & COUNTY_WORDS:  # "Rapides Parish Fire" as a person
                inner.extend(entity.mentions)
            continue
        if entity.type == "ORG" and not org_is_place(entity, gaz):
            # "LOUISVILLE, KY": the model may call the state's code an organisation
            org_spans.update((m.start, m.end) for m in entity.mentions)
            inner.extend(m for m in entity.mentions)
            continue
        if entity.type not in ("PLACE", "PERSON", "ORG"):
            continue
        if key in DEMONYMS:  # "Sri Lankan" typed as a place by the model
            demonyms[DEMONYMS[key]] += len(entity.mentions)
            continue
        if all(m.label == "FAC" for m in entity.mentions) and \
                key.rsplit(" ", 1)[-1] in FACILITY_WORDS:
            inner.extend(m for m in entity.mentions)
            continue  # a street or a building, not a toponym; a place may be in its name
        mentions = [_clean(article, m) for m in entity.mentions]
        names = list(dict.fromkeys([entity.name, *(m.text for m in mentions)]))
        toponyms.append(_Toponym(entity.name, entity.id, mentions, names))
    toponyms.extend(_scan(article, gaz, covered))
    toponyms = _merge(toponyms)
    _add_embedded(article, gaz, inner, toponyms)
    by_start = {m.start: t for t in toponyms for m in t.mentions}
    for top in list(toponyms):
        _context_words(article, top, gaz)
        for a, b, division in top.abbreviations:  # "Alexandria, La.": La. is a place too
            if a in by_start or (any(covered[a:b]) and (a, b) not in org_spans):
                continue
            if b < len(article.text) and article.text[b] == ".":
                b += 1
            abbr = article.text[a:b]
            state = _Toponym(abbr, None, [Mention(start=a, end=b, text=abbr,
                                                  label=GAZETTEER_LABEL)], [abbr],
                             division=division)
            toponyms.append(state)
            by_start[a] = state
        for m in top.mentions:  # "Bazarak, Panjshir": the next place is its parent
            follow = re.match(r"\s*,\s*", article.text[m.end:m.end + 4])
            if follow and (parent := by_start.get(m.end + follow.end())) is not top and parent:
                top.parent_names.append(parent.name)
    return toponyms, demonyms


def _candidates(top: _Toponym, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    seen: dict[int, tuple[Entry, bool]] = {}
    states = [top.division] if top.division else []
    states += [s for s in map(state_abbreviation, top.names) if s]
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


def _score(top: _Toponym, entry: Entry, fuzzy: bool, context: dict[str, Any]) -> float:
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


def _context(toponyms: list[_Toponym], demonyms: Counter[str]) -> dict[str, Any]:
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


def resolve(toponyms: list[_Toponym], demonyms: Counter[str], gaz: Gazetteer) -> None:
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
        context = _context(toponyms, demonyms)
        context["divisions"] = divisions
        context["division_countries"] = countries_of
        context["support"], context["named"] = support, named
        context["close"] = close


def _inside(entry: Entry, country: str, admin1: str | None) -> bool:
    """Whether ``entry`` lies in the country (and first-level division) written after it."""
    return entry.country == country and (admin1 is None or entry.admin1 == admin1 or
                                         entry.kind == "country")


def find_places(article: Article) -> Article:
    """Write ``article.places`` and ``article.focus``."""
    gaz = load_gazetteer()
    toponyms, demonyms = recognise(article, gaz)
    resolve(toponyms, demonyms, gaz)
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
