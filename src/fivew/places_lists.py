"""Word lists behind the ``places`` stage: feature words, abbreviations, demonyms."""

from __future__ import annotations

from fivew.gazetteer.keys import name_key

#: Words next to a name that say it is a division ("Panjshir province", "province of
#: Baghlan"); a valley or region named after a division is taken to be the division.
ADMIN_WORDS = frozenset({
    "province", "provinces", "state", "county", "district", "region", "governorate",
    "oblast", "parish", "prefecture", "department", "valley", "territory", "borough",
})

#: Words after a name that say it is a division or a country that governs itself ("the
#: Quebec government", "the Alberta legislature"), not the town of that name.
GOVERNMENT_WORDS = frozenset({"government", "legislature", "premier"})

#: Words that say it is a town ("the city of Kabul", "Bazarak town").
TOWN_WORDS = frozenset({"city", "town", "village", "capital", "township", "suburb", "port"})

#: Trailing words stripped from a name that the gazetteer does not know as written.
STRIP_WORDS = frozenset({"valley", "province", "city", "town", "district", "region", "area"})

#: Generic words around a town's name in a name the gazetteer lacks ("Town of Groton",
#: "Hamilton Township", "South Los Angeles"): the town gives an approximate point.
APPROX_LEADING = frozenset({
    "town", "city", "port", "village", "borough", "township", "north", "south", "east",
    "west", "n", "s", "e", "w", "downtown", "upper", "lower", "greater",
})
APPROX_TRAILING = frozenset({"township", "twp", "borough", "village", "heights"})

#: AP-style abbreviations of US states written after a town ("Alexandria, La.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO",
    "conn": "CT", "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS",
    "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN",
    "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH",
    "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR",
    "pa": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
    "va": "VA", "wash": "WA", "wva": "WV", "w va": "WV", "wis": "WI", "wisc": "WI",
    "wyo": "WY", "dc": "DC",
}

#: Postal codes of US states, taken for the state only right after a town and a comma
#: ("LOUISVILLE, KY"): alone, "IN", "OR" and "LA" are words or other places.
US_POSTAL_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
})

#: Abbreviations of Canadian provinces written after a town ("Churchill, Man.", "Surrey,
#: B.C."), to GeoNames' first-level codes.
CA_PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "bc": "02", "alta": "01", "sask": "11", "man": "03", "ont": "08", "que": "10",
    "ns": "07", "nb": "04", "nfld": "05", "nl": "05", "pei": "09",
}


def state_abbreviation(written: str, after_town: bool = False) -> tuple[str, str] | None:
    """(country, first-level code) of an abbreviated state or province, else None.

    "La." and "W.Va." (US, AP style) and "B.C." or "Man." (Canada) need their dot; a bare
    postal code ("KY") counts only ``after_town`` ("LOUISVILLE, KY").
    """
    key = name_key(written)
    if after_town and written in US_POSTAL_CODES:
        return "US", written
    if "." not in written and not (after_town and written[:1].isupper()):
        return None
    if key in US_STATE_ABBREVIATIONS:
        return "US", US_STATE_ABBREVIATIONS[key]
    if key in CA_PROVINCE_ABBREVIATIONS:
        return "CA", CA_PROVINCE_ABBREVIATIONS[key]
    return None


#: Demonyms and country adjectives: not places, but they point at a country for context.
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghans": "AF", "american": "US", "americans": "US", "british": "GB",
    "briton": "GB", "chinese": "CN", "russian": "RU", "russians": "RU", "iranian": "IR",
    "iraqi": "IQ", "syrian": "SY", "turkish": "TR", "pakistani": "PK", "indian": "IN",
    "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES", "mexican": "MX",
    "canadian": "CA", "japanese": "JP", "korean": "KR", "israeli": "IL", "palestinian": "PS",
    "egyptian": "EG", "saudi": "SA", "ukrainian": "UA", "polish": "PL", "dutch": "NL",
    "australian": "AU", "brazilian": "BR", "nigerian": "NG", "kenyan": "KE", "libyan": "LY",
    "lebanese": "LB", "jordanian": "JO", "yemeni": "YE", "somali": "SO", "sudanese": "SD",
    "ethiopian": "ET", "greek": "GR", "irish": "IE", "scottish": "GB", "welsh": "GB",
    "english": "GB", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI",
    "swiss": "CH", "austrian": "AT", "belgian": "BE", "portuguese": "PT", "cuban": "CU",
    "venezuelan": "VE", "colombian": "CO", "argentine": "AR", "chilean": "CL",
    "peruvian": "PE", "filipino": "PH", "indonesian": "ID", "vietnamese": "VN", "thai": "TH",
    "tajik": "TJ", "uzbek": "UZ", "turkmen": "TM", "kazakh": "KZ", "kurdish": "IQ",
    "qatari": "QA", "emirati": "AE", "kuwaiti": "KW", "bahraini": "BH", "omani": "OM",
    "sri lankan": "LK", "tamil": "LK", "sinhalese": "LK", "haitian": "HT", "jamaican": "JM",
}

#: Last words of facilities and streets: a FAC entity ending in one is not a toponym.
FACILITY_WORDS = frozenset({
    "road", "rd", "street", "st", "drive", "dr", "avenue", "ave", "boulevard", "blvd", "lane",
    "highway", "center", "centre", "hall", "jail", "school", "church", "hospital", "building",
    "bridge", "stadium", "field", "library", "court", "courthouse", "airport", "mall",
    "plaza", "station", "park", "arena", "tower", "house", "office",
})

#: Capitalised words of organisation names that the gazetteer also knows as a place
#: somewhere ("Street" in England, "Police" in Poland, "Central" province of Ghana): a
#: name made only of these is not taken for a place inside an organisation's name.
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "central", "upper", "lower", "middle",
    "mid", "greater", "new", "old", "great", "grand", "united", "national", "federal",
    "international", "royal", "general", "first", "superior", "capital", "metro", "union",
    "commerce", "police", "university", "college", "bank", "street", "airport", "forest",
    "community", "memorial", "health", "fire", "court", "district", "department", "state",
    "city", "county", "valley", "lake", "river", "mount", "fort", "port", "saint", "st",
    "park", "center", "centre", "hospital", "church", "school", "hall", "house", "office",
    "services", "service", "bureau", "agency", "council", "board", "society", "institute",
    "academy", "trust", "fund", "group", "company", "club", "league", "association",
    "independent", "liberty", "victoria", "mission", "providence", "progress", "unity",
    "harmony", "hope", "concord", "energy", "power", "water", "gas", "oil", "star", "sun",
    "times", "post", "herald", "tribune", "news", "journal", "press", "globe", "mail",
    "express", "daily", "record", "register", "courier", "gazette", "standard", "telegraph",
})
