"""The handlers of :mod:`fivew.times_rules`: each turns a match of its pattern into a TIMEX3
type and value (a :class:`Reading`), or rejects it with ``None``.

A handler gets the match and a :class:`Context` (the dateline and a way to ask the tense
of the clause). Where the dateline is unknown, relative expressions get an underspecified
value (``XXXX-WXX-7``, ``XXXX-08``) or ``None``, with ``anchored`` False.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

from fivew.times_values import (
    DAY_PARTS,
    MONTHS,
    ORDINALS,
    SEASON_START,
    SEASONS,
    UNITS,
    WEEKDAYS,
    calendar_unit,
    duration,
    month_year,
    parse_number,
    season_year,
    weekday_date,
)

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class Reading(NamedTuple):
    type: TimexType
    value: str | None
    granularity: str | None
    anchored: bool


@dataclass
class Context:
    """What a handler may know: the dateline and the tense around the match."""

    dct: date | None
    text: str
    tense: Callable[[int, int], str | None]  # (start, end) -> "past" | "future" | None
    start: int = 0
    end: int = 0

    def clause_tense(self) -> str | None:
        return self.tense(self.start, self.end)


Handler = Callable[[re.Match[str], Context], Reading | None]

def _unit(m: re.Match[str]) -> str:
    return UNITS[m.group("unit").lower().rstrip("s") if m.group("unit").lower() not in (
        "centuries",) else "century"]


def _need(ctx: Context) -> date | None:
    return ctx.dct


def _date_reading(d: date, anchored: bool = True) -> Reading:
    return Reading("DATE", d.isoformat(), "day", anchored)


#: A year named after a month or quarter: "February this year", "June last year",
#: "October of next year" (one expression with the month, see ``_AFTER`` in
#: :mod:`fivew.times_rules`; after a comma the year stays its own expression but still
#: sets the month's value).
_YEAR_AFTER = re.compile(r",?\s(?:of\s)?(?P<rel>this|last|next)\syear\b", re.IGNORECASE)


def _year_after(ctx: Context, match: re.Match[str]) -> int | None:
    """The year a following 'this/last/next year' names, from the dateline: inside the
    match (its ``after`` group) or just after it."""
    if ctx.dct is None:
        return None
    after = match.groupdict().get("after")
    m = _YEAR_AFTER.match(ctx.text, match.start("after") if after else match.end())
    if m is None:
        return None
    return ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]


# --- handlers -------------------------------------------------------------------------
def h_iso(m: re.Match[str], ctx: Context) -> Reading | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    try:
        return _date_reading(date(y, mo, d), anchored=False)
    except ValueError:
        return None


def h_slash(m: re.Match[str], ctx: Context) -> Reading | None:
    mo, d, y = int(m.group("m")), int(m.group("d")), int(m.group("y"))
    if y < 100:
        y += 1900 if y > 40 else 2000
    try:
        return _date_reading(date(y, mo, d), anchored=False)
    except ValueError:
        return None


def h_month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("month")[0].islower():
        return None  # '10 mar', 'may 5': verbs
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    named = _year_after(ctx, m)
    if m.group("year"):
        year, anchored = int(m.group("year")), False
    elif named is not None:
        year, anchored = named, True
    elif ctx.dct is not None:
        year, anchored = month_year(ctx.dct, month, day, ctx.clause_tense()), True
    else:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", "day", False)
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if m.group("part"):
        return Reading("TIME", f"{d.isoformat()}T{DAY_PARTS[m.group('part').lower()]}",
                       "time", anchored)
    return _date_reading(d, anchored)


#: Words before a month name that make "May" the month, not the verb.
_MONTH_CUE = re.compile(r"\b(?:in|since|until|till|by|of|from|through|early|late|mid|last|next|"
                        r"this|before|after|during)[-\s]$")


#: After a month name, words that make it part of a name ('March for Life').
_NAMED_MARCH = re.compile(r"\s(?:for|of(?:\sthe)?|on)\s[A-Z]")


def h_month(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("month")
    month = MONTHS[word.lower().rstrip(".")]
    before = ctx.text[max(0, m.start() - 9):m.start()].lower()
    cued = bool(m.group("pre")) or bool(_MONTH_CUE.search(before))
    if word.lower() == "may" and not m.group("year") and not cued:
        return None  # the modal verb, unless something marks it as the month
    if word[0].islower() or (word.lower() != "may" and len(word.rstrip(".")) == 3
                             and not m.group("year")):
        return None
    if (word == "March" and not cued and not m.group("year")
            and _NAMED_MARCH.match(ctx.text, m.end())):
        return None  # 'the March for Life', 'the March of the Combatant Mothers'
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{month:02d}", "month", False)
    rel = (m.group("rel") or "").lower()
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}", "month", False)
    named = _year_after(ctx, m)
    if named is not None:
        year = named
    elif rel in ("last", "past", "previous"):
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "coming", "upcoming"):
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = month_year(ctx.dct, month, None, ctx.clause_tense())
    return Reading("DATE", f"{year:04d}-{month:02d}", "month", True)


def h_year(m: re.Match[str], ctx: Context) -> Reading | None:
    return Reading("DATE", m.group("year"), "year", False)


def h_decade(m: re.Match[str], ctx: Context) -> Reading | None:
    digits = m.group("dec")
    if len(digits) == 2:  # the '80s, the eighties: the century from the dateline
        century = (ctx.dct.year // 100) if ctx.dct else 19
        if ctx.dct and int(digits) > ctx.dct.year % 100:
            century -= 1
        digits = f"{century}{digits}"
    return Reading("DATE", f"{digits[:3]}X", "decade", False)


_DECADE_WORDS = {w: f"{n}0" for n, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split(), start=2)}


def h_decade_word(m: re.Match[str], ctx: Context) -> Reading | None:
    century = 19 if ctx.dct is None or ctx.dct.year < 2030 else ctx.dct.year // 100
    return Reading("DATE", f"{century}{_DECADE_WORDS[m.group('dw').lower()][0]}X", "decade",
                   False)


def h_century(m: re.Match[str], ctx: Context) -> Reading | None:
    raw = m.group("ord").lower()
    n = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else ORDINALS.get(raw)
    return Reading("DATE", f"{n - 1:02d}", "century", False) if n else None


def h_relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """last week, this month, next year, earlier this month, the current quarter..."""
    rel = m.group("rel").lower()
    unit = _unit(m)
    if unit in ("S", "MIN", "H", "FN") or m.group("unit").lower().startswith("night"):
        return None
    if m.group(0)[-1] in "sS":  # 'in coming weeks', 'in past years': a stretch, not a date
        return Reading("DURATION", duration(None, unit), None, False)
    if ctx.dct is None:
        return Reading("DATE", None, None, False)
    if rel in ("past", "previous") and not m.groupdict().get("edge"):
        # 'the past week' is a stretch of time more often than the calendar week
        if m.group(0).lower().startswith("the"):
            return Reading("DURATION", duration(1, unit), None, False)
    n = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1,
         "following": 1}.get(rel, 0)
    value, granularity = calendar_unit(ctx.dct, unit, n)
    return Reading("DATE", value, granularity, True)


def h_season(m: re.Match[str], ctx: Context) -> Reading | None:
    season = SEASONS[m.group("season").lower()]
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{season}", "season", False)
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{season}", "season", False)
    rel = (m.group("rel") or "").lower()
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if not (rel or m.group("edge") or re.search(r"\b(?:in|during|by|until|since|through|"
                                                r"over|the|this|that|late|early)\s$", before)):
        return None  # 'spring', 'fall' as verbs
    if m.group("season").lower() == "fall" and ctx.text[m.end():m.end() + 4] == " of ":
        return None  # the fall of Kabul
    direction = {"past": "last", "previous": "last", "coming": "next", "upcoming": "next",
                 "last": "last", "next": "next"}.get(rel, "this")
    year = season_year(ctx.dct, season, direction)
    if not rel:
        tense = ctx.clause_tense()
        start = SEASON_START[season]
        month = ctx.dct.month + (12 if season == "WI" and ctx.dct.month < 3 else 0)
        if tense == "past" and month < start:
            year -= 1
        elif tense == "future" and month >= start + 3:
            year += 1
    return Reading("DATE", f"{year}-{season}", "season", True)




def h_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("wd")
    if word[0].islower() and not m.group("rel"):
        return None
    wd = WEEKDAYS[word.lower()]
    part = m.group("part")
    suffix = f"T{DAY_PARTS[part.lower()]}" if part else ""
    plural = m.group("plural")
    if plural or (m.group("rel") or "").lower() in ("every", "each"):
        return Reading("SET", f"XXXX-WXX-{wd}{suffix}", None, False)
    if ctx.dct is None:
        return Reading("TIME" if part else "DATE", f"XXXX-WXX-{wd}{suffix}", None, False)
    rel = (m.group("rel") or "").lower()
    if rel in ("last", "past", "previous"):
        direction = "last"
    elif rel in ("next", "coming", "upcoming"):
        direction = "next"
    elif rel == "this":
        direction = "past" if ctx.clause_tense() == "past" else "future"
    else:
        direction = weekday_direction(ctx, m.start(), m.end())
    d = weekday_date(ctx.dct, wd, direction)
    if part:
        return Reading("TIME", f"{d.isoformat()}{suffix}", "time", True)
    return _date_reading(d)


#: Before a bare weekday, words that make it the next one ('as soon as Friday'), whatever
#: the clause's tense. ('until' was tried: 'Until Thursday, they had not...' is past.)
_UNTIL = re.compile(r"\b(?:as\ssoon\sas|as\searly\sas)\s(?:\S+\s){0,3}$",
                    re.IGNORECASE)


#: Before a bare weekday, 'since' (with a few words between: 'since the fall of Kabul on
#: Sunday'): the starting point of a stretch that runs up to the story, so a weekday that is
#: the dateline's own is the one a week before, not the story's day.
_SINCE = re.compile(r"\bsince\b[^.;:!?\n]{0,40}$", re.IGNORECASE)


def weekday_direction(ctx: Context, start: int, end: int) -> str:
    """'past', 'last' or 'future' for a weekday without 'last' or 'next' in front of it.

    A possessive ('Wednesday's ruling') names something that has happened; 'as soon as
    Tuesday' something still to come; 'since Sunday' a day before the story's; otherwise
    the clause's tense decides, and news without a clue is past.
    """
    if _UNTIL.search(ctx.text, max(0, start - 40), start):
        return "future"
    if ctx.text.startswith("'s", end) or ctx.text[start:end].lower().endswith("'s"):
        return "past"
    if _SINCE.search(ctx.text, max(0, start - 40), start):
        return "last"
    return "future" if ctx.clause_tense() == "future" else "past"


def h_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    """'over the weekend': the weekend just past (the next one in a future clause)."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX-WXX-WE", "weekend", False)
    direction = "future" if ctx.clause_tense() == "future" else "past"
    saturday = weekday_date(ctx.dct, 6, direction)
    return Reading("DATE", calendar_unit(saturday, "WE", 0)[0], "weekend", True)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def h_deictic(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("deic").lower()
    part = (m.group("part") or m.group("lead") or "").lower()
    if word == "tonight":
        part = "night"
    if word == "last night":
        word, part = "yesterday", "night"
    if ctx.dct is None:
        return Reading("TIME" if part else "DATE", None, None, False)
    d = ctx.dct + timedelta(days=_DEICTIC.get(word, 0))
    if part:
        return Reading("TIME", f"{d.isoformat()}T{DAY_PARTS[part]}", "time", True)
    return _date_reading(d)


def h_this_part(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.dct is None:
        return Reading("TIME", None, None, False)
    return Reading("TIME", f"{ctx.dct.isoformat()}T{DAY_PARTS[m.group('part').lower()]}",
                   "time", True)


def h_spoken_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """'nineteen ninety-six', 'the year two thousand' (broadcast transcripts)."""
    words = m.group(0).lower()
    rest = m.group("rest")
    if "nineteen" in words:
        if not rest or rest.lower() == "hundred":
            return None
        number = parse_number(rest)
        year = 1900 + int(number) if number is not None and number < 100 else None
    else:
        if "year" not in words and not rest and not m.group("month"):
            return None
        number = parse_number(rest) if rest else 0
        year = 2000 + int(number) if number is not None and number < 100 else None
    if year is None:
        return None
    if m.group("month"):
        return Reading("DATE", f"{year}-{MONTHS[m.group('month').lower()]:02d}", "month", False)
    return Reading("DATE", str(year), "year", False)


def h_holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name = re.sub(r"[\s']+", " ", m.group("hol").lower())
    if ctx.dct is None and not m.group("year"):
        return Reading("DATE", None, "day", False)
    year = int(m.group("year")) if m.group("year") else None
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year s day": (1, 1), "new year s eve": (12, 31), "halloween": (10, 31),
             "independence day": (7, 4), "valentine s day": (2, 14)}
    if name in fixed:
        month, day = fixed[name]
        if year is None:
            assert ctx.dct is not None
            year = month_year(ctx.dct, month, day, ctx.clause_tense())
        return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", "day", m.group("year") is None)
    # Thanksgiving: the fourth Thursday of November
    if year is None:
        assert ctx.dct is not None
        year = month_year(ctx.dct, 11, 25, ctx.clause_tense())
    first = date(year, 11, 1)
    d = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return Reading("DATE", d.isoformat(), "day", m.group("year") is None)
