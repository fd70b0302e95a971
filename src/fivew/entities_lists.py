"""Word lists behind the ``entities`` stage, read once per process.

``resources/entities.json`` holds the hand-kept lists (news agencies, armed and political
groups, group words, platforms, place nouns, titles). ``resources/place_names.txt`` holds
country and first-level administrative names derived from GeoNames (CC BY 4.0); it is
rebuilt from the offline extract in ``../shared/data/geo/gazetteer`` with::

    python -m fivew.entities_lists ../shared/data/geo/gazetteer

Where those lists know no given name, :func:`name_gender` reads the US Census Bureau's 1990
lists of first names (public domain), as the pinned ``names`` package ships them. Nothing
here is fetched at run time: every file read is installed with fivew or its dependencies.
"""

from __future__ import annotations

import functools
import json
import sys
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

#: Trailing words dropped from GeoNames admin names ("Baghlan Province" -> "Baghlan").
ADMIN_SUFFIXES = (
    "Province", "County", "Region", "Department", "District", "Municipality", "State",
    "Oblast", "Parish", "Governorate", "Prefecture", "Division", "Republic", "Territory",
)

#: Admin names never used on their own: they are ordinary words far more often than places.
GENERIC_PLACE_WORDS = frozenset({
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "capital", "centre", "center", "coast", "islands", "island", "lakes", "upper", "lower",
    "middle", "greater", "federal", "national", "city", "mountain", "river", "north east",
    "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
})

PLACE_NAMES_HEADER = (
    "# Country and first-level administrative division names, one a line, casefolded.\n"
    "# Contains data from GeoNames (www.geonames.org), CC BY 4.0. Derived: names taken from\n"
    "# countryInfo.txt and admin1CodesASCII.txt, common suffixes (Province, Region ...) removed,\n"
    "# generic words dropped.\n"
    "# Rebuild: python -m fivew.entities_lists ../shared/data/geo/gazetteer\n"
)


def fold(text: str) -> str:
    """Casefolded ASCII form of a name, for matching: 'Bāzārak' -> 'bazarak'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").casefold().split())


@dataclass(frozen=True)
class EntityLists:
    """The lists, folded for matching."""

    news_agencies: frozenset[str]
    armed_political_groups: frozenset[str]
    group_words: frozenset[str]
    platforms: frozenset[str]
    platform_nouns: frozenset[str]
    place_nouns: frozenset[str]
    place_of_nouns: frozenset[str]
    person_titles: frozenset[str]
    adjective_prefixes: tuple[str, ...]
    place_names: frozenset[str]
    #: Common English given names of either gender (``resources/quotes_names.json``, shared
    #: with the quotes stage's pronoun genders): a full name opening with one is a person's.
    given_names: frozenset[str]
    #: Original spellings of listed names worth scanning the text for when the model missed them.
    scan_names: tuple[str, ...]


#: Listed names shorter than this are never searched for in raw text ("AP", "SDF" ...):
#: only a mention the model found can be relabelled by them.
MIN_SCAN_CHARS = 5


@functools.lru_cache(maxsize=1)
def load_name_lists() -> dict[str, frozenset[str]]:
    """The given names and titles of ``resources/quotes_names.json`` by gender (read once),
    for the entities stage and the quotes stage's pronouns."""
    raw = json.loads((resources.files("fivew") / "resources" / "quotes_names.json")
                     .read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}


def name_gender(title: str | None = None, given: str = "", full_name: bool = False) -> str | None:
    """'m', 'f' or None: the gender a title asks for ("mrs"), else a given name's ("hillary"),
    by :func:`load_name_lists`; both as the caller folded them. Where ``given`` opens a
    full name (``full_name``: a surname follows), the census lists too
    (:func:`census_genders`), unless the name is one of the hand-kept names borne by men and
    women alike: they hold many surnames ("Clinton", "Scott", "Wallace" are men's first
    names there), so a lone name is not looked up in them ("Clinton" alone stood for Hillary
    Clinton on a PolNeAR dev text, and "she" lost her)."""
    names = load_name_lists()
    if title in names["male_titles"]:
        return "m"
    if title in names["female_titles"]:
        return "f"
    if given in names["male_names"]:
        return "m"
    if given in names["female_names"]:
        return "f"
    if not full_name or given in names["unisex_names"]:
        return None
    return census_genders().get(given)


#: How many times more often one sex bears a census first name than the other for the name
#: to tell a gender (shares are per cent of each sex's population, so comparable). Written
#: for fivew: at 20, names US parents give to both sexes ("Kim" 6 to 1, "Dana", "Jackie",
#: "Lindsay" 15 to 1, "Tracy", "Shannon", "Jamie") tell none, as the hand lists left them.
CENSUS_GENDER_RATIO = 20

#: Least share (per cent of one sex) a census first name needs to tell a gender: rarer
#: entries are often names of other languages borne by a few Americans of the other sex
#: ("Nikita", "Yuri", "Misha", "Kai", "Min", "Jin", "Eun" are in the female list only, at
#: 0.001-0.004). Written for fivew: "Madonna" (0.006) and "Tricia" (0.03) tell one.
CENSUS_MIN_SHARE = 0.005


@functools.lru_cache(maxsize=1)
def census_genders() -> dict[str, str]:
    """Folded given name -> 'm' or 'f' from the census first-name lists of the ``names``
    package (``dist.male.first``, ``dist.female.first``: name, per cent of that sex, ...),
    by :data:`CENSUS_GENDER_RATIO` and :data:`CENSUS_MIN_SHARE`."""
    root = resources.files("names")
    shares = {sex: _census_shares(root.joinpath(f"dist.{sex}.first").read_text("ascii"))
              for sex in ("male", "female")}
    genders: dict[str, str] = {}
    for sex, gender, other in (("male", "m", "female"), ("female", "f", "male")):
        for name, share in shares[sex].items():
            if share >= CENSUS_MIN_SHARE and share >= CENSUS_GENDER_RATIO * shares[other].get(
                    name, 0.0):
                genders[name] = gender
    return genders


def _census_shares(table: str) -> dict[str, float]:
    """Folded name -> per cent, from a census first-name table (NAME share cumulative rank)."""
    shares: dict[str, float] = {}
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            shares[fold(fields[0])] = float(fields[1])
    return shares


@functools.lru_cache(maxsize=1)
def load_lists() -> EntityLists:
    """Read the shipped lists (once)."""
    base = resources.files("fivew") / "resources"
    data = json.loads((base / "entities.json").read_text(encoding="utf-8"))
    places = (base / "place_names.txt").read_text(encoding="utf-8").splitlines()
    names = load_name_lists()

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(word) for word in data[key])

    scan = sorted(
        {
            name
            for key in ("news_agencies", "armed_political_groups")
            for name in data[key]
            if len(name) >= MIN_SCAN_CHARS
        },
        key=len,
        reverse=True,
    )
    return EntityLists(
        news_agencies=folded("news_agencies"),
        armed_political_groups=folded("armed_political_groups"),
        group_words=folded("group_words"),
        platforms=folded("platforms"),
        platform_nouns=folded("platform_nouns"),
        place_nouns=folded("place_nouns"),
        place_of_nouns=folded("place_of_nouns"),
        person_titles=folded("person_titles"),
        adjective_prefixes=tuple(data["adjective_prefixes"]),
        place_names=frozenset(
            line for line in places if line.strip() and not line.startswith("#")
        ),
        given_names=frozenset(fold(n) for n in names["male_names"] | names["female_names"]),
        scan_names=tuple(scan),
    )


def build_place_names(gazetteer: Path) -> list[str]:
    """Country and admin-1 names from the GeoNames extract, folded and filtered."""
    names: set[str] = set()
    for line in (gazetteer / "countryInfo.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        names.add(fold(line.split("\t")[4]))
    for line in (gazetteer / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        for name in {fields[1], fields[2]}:
            words = name.split()
            while len(words) > 1 and words[-1] in ADMIN_SUFFIXES:
                words.pop()
            names.add(fold(" ".join(words)))
    return sorted(n for n in names if len(n) >= 3 and n not in GENERIC_PLACE_WORDS)


def main(argv: list[str]) -> int:
    """Rebuild ``resources/place_names.txt`` from a GeoNames extract directory."""
    if len(argv) != 1:
        print("usage: python -m fivew.entities_lists GAZETTEER_DIR", file=sys.stderr)
        return 2
    out = Path(__file__).parent / "resources" / "place_names.txt"
    out.write_text(
        PLACE_NAMES_HEADER + "\n".join(build_place_names(Path(argv[0]))) + "\n", encoding="utf-8"
    )
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
