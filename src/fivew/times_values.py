"""Calendar arithmetic and word tables for :mod:`fivew.times`: TIMEX3 values from parts.

Values follow TimeML's TIMEX3 conventions: ``2021-08-22`` (day), ``2021-W32`` (ISO week),
``2021-W33-WE`` (weekend), ``2021-08`` (month), ``2021-Q3`` (quarter), ``2021-H2`` (half),
``2021-SU`` (season), ``2021`` (year), ``198X`` (decade), ``19`` (century), ``P3Y``
(duration), ``T15:00`` / ``TMO`` (time of day), ``PRESENT_REF`` / ``PAST_REF`` /
``FUTURE_REF``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _n, _name in enumerate(
    "january february march april may june july august september october november december".split(),
    start=1,
):
    MONTHS[_name] = _n
    MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9
#: Month names as written in running text, capitalised, with the abbreviations that take
#: a dot (a regex alternation, for case-sensitive places: datelines, a clock's date).
MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|"
               r"Sep\.|Oct\.|Nov\.|Dec\.")

WEEKDAYS: dict[str, int] = {}  # ISO numbers: Monday 1 ... Sunday 7
for _n, _name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1):
    WEEKDAYS[_name] = _n
    WEEKDAYS[_name[:3]] = _n
WEEKDAYS.update({"tues": 2, "weds": 3, "thur": 4, "thurs": 4})

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: First month of each season (northern hemisphere; winter spans the new year).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Parts of the day, as TimeML writes them.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

NUMBER_WORDS: dict[str, float] = {
    w: n for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split())
}
NUMBER_WORDS.update({w: 10 * n for n, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "dozen": 12, "a dozen": 12,
                     "hundred": 100, "a hundred": 100, "thousand": 1000, "a thousand": 1000,
                     "couple": 2, "a couple of": 2, "a couple": 2, "couple of": 2,
                     "half": 0.5, "half a": 0.5, "half an": 0.5})

ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split(), start=1)}
ORDINALS.update({"twenty-first": 21, "twenty first": 21, "final": 4, "last": 4})

#: Units: word -> TimeML letter (``MIN`` is minutes; ``DE`` decades and ``CE`` centuries
#: are written in years).
UNITS = {
    "second": "S", "sec": "S", "minute": "MIN", "min": "MIN", "hour": "H", "hr": "H",
    "day": "D", "night": "D", "week": "W", "fortnight": "FN", "month": "M",
    "quarter": "Q", "year": "Y", "yr": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "weekend": "WE",
}

_VAGUE = re.compile(r"^(?:several|a few|few|many|some|numerous|a number of|the past few|"
                    r"the last few|the next few|the coming few|more|recent|coming)$")


def parse_number(words: str) -> float | None:
    """``'twenty-five'`` -> 25, ``'2 1/2'`` -> 2.5, ``'1,000'`` -> 1000; None if vague."""
    words = words.lower().strip()
    if _VAGUE.match(words):
        return None
    half = 0.0
    for tail in (" and a half", " and one half", " 1/2", "-and-a-half", "½"):
        if words.endswith(tail):
            words, half = words[: -len(tail)].strip(), 0.5
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", words):
        return float(words.replace(",", "")) + half
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + half
    parts = re.split(r"[-\s]+", words)
    if all(p in NUMBER_WORDS for p in parts):
        total = 0.0
        for p in parts:
            n = NUMBER_WORDS[p]
            total = total * n if n in (100, 1000) and total else total + n
        return total + half
    return None


def _number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(n: float | None, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units (``None``: an unspecified number, ``X``)."""
    if unit == "DE":
        return "PXDE" if n is None else f"P{_number(n * 10)}Y"
    if unit == "CE":
        return "PXCE" if n is None else f"P{_number(n * 100)}Y"
    if unit == "FN":
        return "PXW" if n is None else f"P{_number(n * 2)}W"
    if unit == "WE":
        return "PXWE" if n is None else f"P{_number(n * 2)}D"
    time = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    if n is None:
        return f"PTX{letter}" if time else f"PX{letter}"
    if n != int(n):
        whole, rest = int(n), n - int(n)
        smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "MIN": (60, "S"),
                   "W": (7, "D")}.get(unit)
        if smaller and (rest * smaller[0]).is_integer():
            sub = f"{int(rest * smaller[0])}{smaller[1]}"
            if unit == "Y":
                return f"P{whole}Y{sub}" if whole else f"P{sub}"
            if unit == "D":
                return f"P{whole}DT{sub}" if whole else f"PT{sub}"
            if unit == "W":
                return f"P{whole * 7 + int(rest * 7)}D"
            return f"PT{whole}{letter}{sub}" if whole else f"PT{sub}"
    return f"PT{_number(n)}{letter}" if time else f"P{_number(n)}{letter}"


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, 1)


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shifted(dct: date, unit: str, n: int) -> tuple[str, str]:
    """``dct`` moved by ``n`` units, as a value at the unit's granularity."""
    if unit in ("D", "W"):
        return (dct + timedelta(days=n * (7 if unit == "W" else 1))).isoformat(), "day"
    if unit == "FN":
        return (dct + timedelta(days=14 * n)).isoformat(), "day"
    if unit == "M":
        d = add_months(dct, n)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if unit == "Q":
        q = dct.year * 4 + quarter_of(dct) - 1 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}", "quarter"
    if unit == "Y":
        return f"{dct.year + n:04d}", "year"
    if unit == "DE":
        return f"{dct.year + 10 * n:04d}", "year"
    if unit == "CE":
        return f"{(dct.year + 100 * n) // 100:02d}", "century"
    raise ValueError(unit)


def calendar_unit(dct: date, unit: str, n: int) -> tuple[str, str]:
    """The calendar ``unit`` that holds ``dct``, ``n`` units on: 'last week' is n = -1."""
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat(), "day"
    if unit in ("W", "WE"):
        value = week_value(dct + timedelta(weeks=n))
        return (value + "-WE", "weekend") if unit == "WE" else (value, "week")
    if unit == "M":
        d = add_months(dct, n)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if unit == "Q":
        return shifted(dct, "Q", n)
    if unit == "Y":
        return f"{dct.year + n:04d}", "year"
    if unit == "DE":
        return f"{dct.year // 10 + n:03d}X", "decade"
    if unit == "CE":
        return f"{dct.year // 100 + n:02d}", "century"
    raise ValueError(unit)


def weekday_date(dct: date, weekday: int, direction: str) -> date:
    """The ``weekday`` nearest ``dct`` in ``direction``: past (<= dct), future (>= dct),
    last (< dct, within a week), next (> dct, within a week)."""
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if direction == "future":
        return dct + timedelta(days=ahead)
    if direction == "last":
        return dct - timedelta(days=back or 7)
    if direction == "next":
        return dct + timedelta(days=ahead or 7)
    return dct - timedelta(days=back)


#: How far (in days) a month or date written without a year may lie on the "wrong" side
#: of the dateline before the clause's tense moves it a year: deadlines and schedules
#: ("the offer was extended to Nov. 16") are told in the past tense. Calibrated on
#: TimeBank + AQUAINT (fivew evaluate time); re-run it after changing this.
TENSE_SLACK_DAYS = 90


def month_year(dct: date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) written without one, from the dateline and tense.

    The candidate nearest the dateline wins, unless the clause's tense contradicts it by
    more than :data:`TENSE_SLACK_DAYS` (a past-tense clause about a date well after the
    dateline means that date last year; a future one well before it, next year).
    """
    def when(year: int) -> date:
        if day is None:
            return date(year, month, 15)
        try:
            return date(year, month, day)
        except ValueError:
            return date(year, month, 28)

    years = (dct.year - 1, dct.year, dct.year + 1)
    year = min(years, key=lambda y: (abs((when(y) - dct).days), y != dct.year))
    slack = TENSE_SLACK_DAYS + (15 if day is None else 0)
    if tense == "past" and (when(year) - dct).days > slack:
        year -= 1
    elif tense == "future" and (dct - when(year)).days > slack:
        year += 1
    return year


def season_year(dct: date, season: str, direction: str) -> int:
    """The year of 'last/this/next summer' seen from ``dct`` (winter takes its December)."""
    start = SEASON_START[season]
    month = dct.month if not (season == "WI" and dct.month < 3) else dct.month + 12
    year = dct.year if not (season == "WI" and dct.month < 3) else dct.year - 1
    if direction == "last":
        return year if month >= start + 3 else year - 1
    if direction == "next":
        return year if month < start else year + 1
    return year
