"""Points for the ``places`` stage: distances, nearby candidates, approximate points.

What :mod:`fivew.places` uses beyond its scores: the great-circle distance, which
candidates of an article's toponyms lie near each other, the town inside a name the
gazetteer lacks ("Hamilton Township"), and a guessed point for a place with no entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from fivew.gazetteer import name_key
from fivew.gazetteer.points import distance_km as distance_km  # re-exported
from fivew.places_lists import APPROX_LEADING, APPROX_TRAILING

#: Confidence of a place the gazetteer lacks, given the point of the article's home town
#: (see :func:`guess`).
GUESS_CONFIDENCE = 0.05


def named_part(name: str) -> str | None:
    """The town inside a name the gazetteer lacks: 'Hamilton Township' -> 'Hamilton'.

    Only generic words around it are taken off ("Town of", "Port of", "Township", a
    compass word); the place it names lies in or next to that town.
    """
    words = name.split()
    while len(words) > 1 and name_key(words[0]) in APPROX_LEADING:
        words = words[1:]
        if len(words) > 1 and name_key(words[0]) == "of":
            words = words[1:]
    while len(words) > 1 and name_key(words[-1]) in APPROX_TRAILING:
        words = words[:-1]
    part = " ".join(words)
    return part if part != name else None


def close_counts(toponyms: Sequence[Any], within_km: float) -> dict[tuple[int, int], int]:
    """For each local candidate (town, county), how many other toponyms have one near it.

    Keys are (id of the toponym, GeoNames id); candidates are bucketed in 1-degree cells,
    so an article with many ambiguous names stays cheap.
    """
    cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
    local = []
    for top in toponyms:
        key = name_key(top.name)
        for e, _ in top.candidates:
            if e.kind in ("city", "adm2") and e.lat is not None and e.lon is not None:
                cells[(int(e.lat // 1), int(e.lon // 1))].append((e.lat, e.lon, key))
                local.append((top, e, key))
    out: dict[tuple[int, int], int] = {}
    for top, e, key in local:
        assert e.lat is not None and e.lon is not None
        cy, cx = int(e.lat // 1), int(e.lon // 1)
        near = {k for dy in (-1, 0, 1) for dx in (-1, 0, 1) for lat, lon, k in
                cells.get((cy + dy, cx + dx), ()) if k != key and
                distance_km(e.lat, e.lon, lat, lon) < within_km}
        if near:
            out[(id(top), e.geonames_id)] = len(near)
    return out


def guess(toponyms: Sequence[Any]) -> None:
    """Give a place the gazetteer lacks the point of the article's home town (in place).

    A river, lake or hamlet of local news lies near the town the article is about: the
    town or county resolved with the most mentions. Measured on LGL and TR-News, such a
    guess is within 161 km far more often than not, where no point counts the largest
    error; the place keeps no GeoNames id or feature code, and GUESS_CONFIDENCE.
    """
    local = [t for t in toponyms if t.choice is not None and t.choice.kind in ("city", "adm2")
             and t.choice.lat is not None and not (t.guessed or t.in_parent)]
    if not local:
        return
    home = max(local, key=lambda t: len(t.mentions))
    for top in toponyms:
        if top.choice is None:
            top.choice, top.guessed, top.confidence = home.choice, True, GUESS_CONFIDENCE


def county_points(toponyms: Sequence[Any], gaz: Any) -> None:
    """Give a county whose point is only its state's the middle of the article's own towns
    in that state (in place): local news names the county it is about beside its towns.

    The county keeps its GeoNames id. Against the state's point, on the even documents of
    LGL, the mean of those towns put 2 more toponyms within 161 km, the town with the most
    mentions 1; on the odd ones both put 5 more.
    """
    for top in toponyms:
        e = top.choice
        if e is None or top.in_parent or not gaz.borrows_point(e):
            continue
        towns = [t for t in toponyms if t.choice is not None and t.choice.kind == "city"
                 and t.choice.admin1_key == e.admin1_key
                 and not (t.guessed or t.in_parent or t.approximate)]
        if towns:
            lat = sum(t.choice.lat for t in towns) / len(towns)
            lon = sum(t.choice.lon for t in towns) / len(towns)
            top.choice = replace(e, lat=lat, lon=lon)
