"""Recognition for the ``places`` stage: which spans of an article are toponyms.

Every PLACE entity of the entity stage with its mentions (a leading "the" dropped), plus
proper nouns the model missed or left untyped that the gazetteer knows as a country, a
first-level division or a large town (:func:`_scan`); a lone word the model called a
person that is a known town ("Alexandria man"); an organisation named only by a place,
and the place inside an organisation's name (:mod:`fivew.places_embedded`). Each
toponym also carries what is written around it: feature words ("province", "city"), the
state abbreviation after it ("Alexandria, La.") and its parents: the place written after
it ("Bazarak, Panjshir") or before it with a possessive ("London's Heathrow").
:mod:`fivew.places` resolves them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fivew.article import Article, Mention
from fivew.gazetteer import Entry, Gazetteer, name_key
from fivew.places_embedded import COUNTY_WORDS, embedded, org_is_place
from fivew.places_lists import (
    ADMIN_WORDS,
    DEMONYMS,
    FACILITY_WORDS,
    GOVERNMENT_WORDS,
    TOWN_WORDS,
    state_abbreviation,
)

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
#: A word joined by "and" to a person named in full ("Brent and Lynnette Hain"): a given
#: name sharing the surname, not a town.
_AND_PERSON = re.compile(r"\s+(?:and|&)\s+")

_ABBREVIATION = re.compile(
    r"\s*,\s*((?:[A-Z]\.\s?)+(?:[A-Z][a-z]{1,3}\.)?|[A-Z][A-Za-z]{1,4}\.?)(?![A-Za-z])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PREV_WORDS = re.compile(r"([a-z]+)\s+(?:of\s+)?(?:the\s+)?$")
#: The possessive ending of a place's mention (cleaned of it) just before another's.
_POSSESSIVE = re.compile(r"['’]s?\s+$")
#: The comma between a place and the place it lies in ("Bazarak, Panjshir").
_COMMA = re.compile(r"\s*,\s*")


@dataclass
class Toponym:
    name: str
    entity_id: str | None
    mentions: list[Mention]
    names: list[str]
    hint: str | None = None  # 'admin' or 'town'
    parents: list[tuple[str, str | None]] = field(default_factory=list)  # (country, admin1)
    parent_names: list[str] = field(default_factory=list)
    #: places written before it with a possessive ("London's Heathrow"), also parents
    owner_names: list[str] = field(default_factory=list)
    #: (start, end, (country, admin1)) of ", La." after it
    abbreviations: list[tuple[int, int, tuple[str, str]]] = field(default_factory=list)
    division: tuple[str, str] | None = None  # an abbreviated state: (country, admin1)
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)  # (entry, fuzzy)
    choice: Entry | None = None
    confidence: float = 0.0
    approximate: bool = False  # resolved through a part of its name ("Hamilton Township")
    in_parent: bool = False  # given the point of its parent division (or owning town)
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


def _scan(article: Article, gaz: Gazetteer, covered: list[bool],
          given_names: set[str]) -> list[Toponym]:
    """Proper nouns no entity covers that the gazetteer knows well (not a given name of
    the article's people, see :func:`_given_names`)."""
    doc = article._doc
    if doc is None:
        return []
    found: dict[str, Toponym] = {}
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
            found.setdefault(text[start:end + 1], Toponym(
                text[start:end + 1], None, [], [text[start:end + 1]], division=state)
            ).mentions.append(Mention(start=start, end=end + 1, text=text[start:end + 1],
                                      label=GAZETTEER_LABEL))
        elif not hyphen and name_key(text[start:end]) not in DEMONYMS and \
                name_key(text[start:end]) not in given_names:
            known = [e for e in gaz.lookup(text[start:end]) if not e.alias and (
                e.kind in ("country", "adm1") or e.population >= SCAN_MIN_POPULATION)]
            if known:
                key = name_key(text[start:end])
                top = found.setdefault(key, Toponym(text[start:end], None, [], [text[start:end]]))
                top.mentions.append(Mention(start=start, end=end, text=text[start:end],
                                            label=GAZETTEER_LABEL))
        i = j + 1
    return list(found.values())


def _person_is_place(entity: Any, gaz: Gazetteer, given_names: set[str]) -> bool:
    """A lone word the model called a person that is a known town ('Alexandria man').

    The entity stage folds a lone surname into the person named in full, so a one-word
    PERSON left alone is seldom a person; it is taken for a place when one of its
    mentions was tagged GPE/LOC or the gazetteer has it as a country, a division or a
    town of PERSON_PLACE_MIN_POPULATION people under its main name; not when it is joined
    to a person named in full ("Brent and Lynnette Hain").
    """
    if " " in entity.name.strip():
        return False
    if name_key(entity.name) in given_names:
        return False
    if any(m.label in ("GPE", "LOC") for m in entity.mentions):
        return True
    return any(not e.alias and (e.kind in ("country", "adm1") or
                                e.population >= PERSON_PLACE_MIN_POPULATION)
               for e in gaz.lookup(entity.name))


def _given_names(article: Article) -> set[str]:
    """Lone words joined by "and" to a person named in full ("Brent and Lynnette Hain")."""
    full = {m.start for e in article.entities if e.type == "PERSON" and " " in e.name.strip()
            for m in e.mentions}
    out = set()
    for e in article.entities:
        for m in e.mentions if e.type == "PERSON" else ():
            joined = _AND_PERSON.match(article.text, m.end)
            if joined and joined.end() in full:
                out.add(name_key(e.name))
    return out


def _context_words(article: Article, top: Toponym) -> None:
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
        if after and after.group(1) in GOVERNMENT_WORDS:
            votes["admin"] += 1
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
                  toponyms: list[Toponym]) -> None:
    """Places inside names of organisations and buildings, merged by name with the rest."""
    by_key = {name_key(n): t for t in toponyms for n in t.names}
    for m in inner:
        for a, b in embedded(article.text, m.start, m.end, gaz):
            name = article.text[a:b]
            mention = Mention(start=a, end=b, text=name, label=GAZETTEER_LABEL)
            top = by_key.get(name_key(name))
            if top is None:
                top = by_key[name_key(name)] = Toponym(name, None, [], [name])
                toponyms.append(top)
            top.mentions.append(mention)
    for top in toponyms:
        top.mentions.sort(key=lambda m: m.start)


def _merge(toponyms: list[Toponym]) -> list[Toponym]:
    """One toponym per name: two entities "Brent" are one place, counted once in context."""
    by_key: dict[str, Toponym] = {}
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


def recognise(article: Article, gaz: Gazetteer) -> tuple[list[Toponym], Counter[str]]:
    """The article's toponyms, and the countries its demonyms point at."""
    covered = [False] * (len(article.text) + 1)
    toponyms: list[Toponym] = []
    demonyms: Counter[str] = Counter()
    inner: list[Mention] = []  # names of organisations and buildings, to look inside
    org_spans: set[tuple[int, int]] = set()
    given_names = _given_names(article)
    for entity in article.entities:
        for m in entity.mentions:
            covered[m.start:m.end] = [True] * (m.end - m.start)
        if entity.type == "GROUP":
            iso = DEMONYMS.get(name_key(entity.name))
            if iso:
                demonyms[iso] += len(entity.mentions)
        key = name_key(entity.name)
        if entity.type == "PERSON" and not _person_is_place(entity, gaz, given_names):
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
        toponyms.append(Toponym(entity.name, entity.id, mentions, names))
    toponyms.extend(_scan(article, gaz, covered, given_names))
    toponyms = _merge(toponyms)
    _add_embedded(article, gaz, inner, toponyms)
    by_start = {m.start: t for t in toponyms for m in t.mentions}
    for top in list(toponyms):
        _context_words(article, top)
        for a, b, division in top.abbreviations:  # "Alexandria, La.": La. is a place too
            if a in by_start or (any(covered[a:b]) and (a, b) not in org_spans):
                continue
            if b < len(article.text) and article.text[b] == ".":
                b += 1
            abbr = article.text[a:b]
            state = Toponym(abbr, None, [Mention(start=a, end=b, text=abbr,
                                                  label=GAZETTEER_LABEL)], [abbr],
                             division=division)
            toponyms.append(state)
            by_start[a] = state
    _link_parents(article.text, toponyms, by_start, gaz)
    return toponyms, demonyms


def _link_parents(text: str, toponyms: list[Toponym], by_start: dict[int, Toponym],
                  gaz: Gazetteer) -> None:
    """Note the place written after each toponym ("Bazarak, Panjshir") or before it with a
    possessive ("London's Heathrow", "Cairo's Abbasiya neighbourhood") as its parent.

    A country is never the parent of a country: "in Russia, U.S. officials said" is a
    clause, not "town, state".
    """
    by_end = {m.end: t for t in toponyms for m in t.mentions}
    for top in toponyms:
        for m in top.mentions:
            follow = _COMMA.match(text[m.end:m.end + 4])
            parent = by_start.get(m.end + follow.end()) if follow else None
            if parent is not None and parent is not top and not (
                    _is_country(top, gaz, primary=True) and _is_country(parent, gaz)):
                top.parent_names.append(parent.name)
            owned = _POSSESSIVE.search(text, max(0, m.start - 4), m.start)
            owner = by_end.get(owned.start()) if owned else None
            if owner is not None and owner is not top:
                top.parent_names.append(owner.name)
                top.owner_names.append(owner.name)


def _is_country(top: Toponym, gaz: Gazetteer, primary: bool = False) -> bool:
    """Whether one of the toponym's names is a country's (its main name, if ``primary``)."""
    return any(e.kind == "country" and not (primary and e.alias)
               for n in top.names for e in gaz.lookup(n))
