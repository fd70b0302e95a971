"""Place names inside the names of organisations: "Kentucky State Police", "Dublin City
Council", "University of Georgia", and organisations that are only a place name.

News gold data (LGL, TR-News) counts the place inside such a name as a toponym, and the
place is what a reader maps ("Ohio Department of Development" is news from Ohio). The
entity stage rightly keeps the whole name an organisation; this module finds the place in
it for the ``places`` stage. A name part is taken when the gazetteer knows it under its
main name (not an alternate) as a country, a first-level division, a county written with
its "County"/"Parish" word, or a town of at least EMBEDDED_MIN_POPULATION people; a
country's common short forms ("U.S.", "UK") count too.
"""

from __future__ import annotations

import re
from typing import Any

from fivew.gazetteer import Gazetteer, name_key
from fivew.places_lists import DEMONYMS, GENERIC_WORDS

#: A town inside an organisation's name is a place when it has this many people (under
#: its main name): "Edmonton Police Service", "Dublin City Council". Calibrated on the
#: even-numbered documents of LGL and TR-News (``fivew evaluate geo``): lower adds more
#: surnames and brands ("Sears", "Stihl") than towns.
EMBEDDED_MIN_POPULATION = 50_000

#: An organisation whose whole name is a town is that town when it has this many people
#: ("Edmonton" tagged ORG); countries and first-level divisions always are.
ORG_PLACE_MIN_POPULATION = 50_000

#: The longest place name looked for inside an organisation's name, in words.
MAX_WORDS = 3

#: Words that end the name of a county (a second-level division) in the US and UK.
COUNTY_WORDS = frozenset({"county", "parish", "borough"})
_WORD = re.compile(r"[A-Z][\w'’.&-]*")


def _known(gaz: Gazetteer, phrase: str, min_population: int) -> bool:
    words = name_key(phrase).split()
    for e in gaz.lookup(phrase):
        if e.kind == "country":
            return True  # "U.S." is an alias of the country, and a good one
        if e.alias:
            continue
        if e.kind == "adm1" or (e.kind == "adm2" and words[-1] in COUNTY_WORDS):
            return True
        if e.kind == "city" and e.population >= min_population:
            return True
    return False


def org_is_place(entity: Any, gaz: Gazetteer) -> bool:
    """An organisation named only by a place ('Edmonton' tagged ORG) is that place."""
    if any(m.label in ("GPE", "LOC") for m in entity.mentions):
        return bool(gaz.lookup(entity.name))
    return _known(gaz, entity.name, ORG_PLACE_MIN_POPULATION)


def embedded(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of place names inside the organisation name ``text[start:end]``.

    Leftmost-longest runs of up to MAX_WORDS capitalised words that the gazetteer knows
    (see the module docstring); the whole name itself is left to :func:`org_is_place`.
    """
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    words = [(a, b - 1 if text[b - 1] in ".,'’" and not _abbreviation(text[a:b]) else b)
             for a, b in words]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            a, b = words[i][0], words[i + n - 1][1]
            if (a, b) == (start, end) or not _adjacent(text, words[i:i + n]):
                continue
            phrase = text[a:b]
            key = name_key(phrase)
            if key in DEMONYMS or len(key) < 2 or set(key.split()) <= GENERIC_WORDS:
                continue
            if _known(gaz, phrase, EMBEDDED_MIN_POPULATION):
                found.append((a, b))
                i += n - 1
                break
        i += 1
    return found


def _abbreviation(word: str) -> bool:
    return word.count(".") >= 2  # "U.S.", "D.C."


def _adjacent(text: str, words: list[tuple[int, int]]) -> bool:
    return all(text[b:c] == " " for (_, b), (c, _) in zip(words, words[1:], strict=False))
