"""The patterns of :mod:`fivew.times`: one compiled regex per kind of expression, each with
the function that turns a match into a TIMEX3 type and value.

A handler gets the match and a :class:`Context` (the dateline and a way to ask the tense
of the clause) and returns a :class:`Reading`, or ``None`` to reject the match. Where the
dateline is unknown, relative expressions get an underspecified value (``XXXX-WXX-7``,
``XXXX-08``) or ``None``, with ``anchored`` False.
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
    quarter_of,
    season_year,
    shifted,
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

# --- building blocks ------------------------------------------------------------------
_MONTH = (r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
          r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_WEEKDAY = (r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|"
            r"wed|thurs|thu|fri|sat|sun)")
_WEEKDAY_FULL = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_UNIT = (r"(?P<unit>second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|"
         r"yr|decade|centurie|century|weekend)s?")
_SMALL = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM = (rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:\s1/2)?|(?:(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|"
        rf"a\s(?:couple\sof|few|dozen|hundred|thousand|single)|a|an|several|few|many|some|"
        rf"couple\sof|half\san?|dozens\sof|hundreds\sof)(?:\s(?:and\s)?a\shalf|-and-a-half)?)")
_MOD = (r"(?:(?:about|almost|nearly|roughly|approximately|around|some|just|only|over|"
        r"more\sthan|less\sthan|fewer\sthan|at\sleast|at\smost|up\sto|under|barely|"
        r"well\sover|a\slittle\smore\sthan)\s)?")
_DAYPART = r"(?P<part>morning|afternoon|evening|night)"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_REL = r"(?P<rel>last|next|this|coming|past|previous|current|following|upcoming)"


def _unit(m: re.Match[str]) -> str:
    return UNITS[m.group("unit").lower().rstrip("s") if m.group("unit").lower() not in (
        "centuries",) else "century"]


def _need(ctx: Context) -> date | None:
    return ctx.dct


def _date_reading(d: date, anchored: bool = True) -> Reading:
    return Reading("DATE", d.isoformat(), "day", anchored)


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
    if m.group("year"):
        year, anchored = int(m.group("year")), False
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


def h_month(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("month")
    month = MONTHS[word.lower().rstrip(".")]
    if word.lower() == "may" and not m.group("year") and not m.group("pre"):
        return None  # the modal verb, unless something marks it as the month
    if word[0].islower() or (len(word.rstrip(".")) == 3 and not m.group("year")):
        return None
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{month:02d}", "month", False)
    rel = (m.group("rel") or "").lower()
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}", "month", False)
    if rel in ("last", "past", "previous"):
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


def h_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    raw = m.group("ord").lower()
    kind = m.group("kind").lower()
    n = int(raw[0]) if raw[0].isdigit() else ORDINALS.get(raw, 0)
    top = 4 if kind == "quarter" else 2
    if not 1 <= n <= top:
        return None
    letter = "Q" if kind == "quarter" else "H"
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{letter}{n}", kind, False)
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{letter}{n}", kind, False)
    year = ctx.dct.year
    rel = (m.group("rel") or "").lower()
    current = quarter_of(ctx.dct) if letter == "Q" else (ctx.dct.month - 1) // 6 + 1
    if rel in ("last", "next"):
        year += -1 if rel == "last" else 1
    elif n > current and ctx.clause_tense() != "future":
        year -= 1
    return Reading("DATE", f"{year}-{letter}{n}", kind, True)


def h_relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """last week, this month, next year, earlier this month, the current quarter..."""
    rel = m.group("rel").lower()
    unit = _unit(m)
    if unit in ("S", "MIN", "H", "FN") or m.group("unit").lower().startswith("night"):
        return None
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
        direction = "future" if ctx.clause_tense() == "future" else "past"
    d = weekday_date(ctx.dct, wd, direction)
    if part:
        return Reading("TIME", f"{d.isoformat()}{suffix}", "time", True)
    return _date_reading(d)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def h_deictic(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m.group("deic").lower()
    part = (m.group("part") or "").lower()
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


def h_clock(m: re.Match[str], ctx: Context) -> Reading | None:
    hour = int(m.group("h"))
    minute = int(m.group("min") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if hour > 12 and ampm or hour > 24 or minute > 59:
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if ctx.dct is None:
        return Reading("TIME", clock, "time", False)
    return Reading("TIME", f"{ctx.dct.isoformat()}{clock}", "time", True)


def h_clock24(m: re.Match[str], ctx: Context) -> Reading | None:
    clock = f"T{int(m.group('h')):02d}:{m.group('min')}Z"
    if ctx.dct is None:
        return Reading("TIME", clock, "time", False)
    return Reading("TIME", f"{ctx.dct.isoformat()}{clock}", "time", True)


def h_noon(m: re.Match[str], ctx: Context) -> Reading | None:
    clock = "T12:00" if m.group(0).lower().startswith("noon") else "T24:00"
    day = ctx.dct
    if m.group("wd") and ctx.dct is not None:
        day = weekday_date(ctx.dct, WEEKDAYS[m.group("wd").lower()],
                           "future" if ctx.clause_tense() == "future" else "past")
    if day is None:
        return Reading("TIME", clock, "time", False)
    return Reading("TIME", f"{day.isoformat()}{clock}", "time", True)


def h_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """three years ago, a week earlier, two days from now."""
    unit = _unit(m)
    n = parse_number(m.group("num"))
    direction = -1 if m.group("dir").lower() in ("ago", "earlier", "before", "back") else 1
    if n is None:
        return Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, False)
    if ctx.dct is None or unit in ("S", "MIN", "H", "WE") or n != int(n):
        return Reading("DATE", None, None, False)
    if m.group("dir").lower() in ("earlier", "later", "before", "after") and unit == "D":
        return Reading("DATE", None, None, False)  # anchored on an event, not the dateline
    value, granularity = shifted(ctx.dct, unit, direction * int(n))
    return Reading("DATE", value, granularity, True)


def h_duration(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = _unit(m)
    if unit == "WE":
        return None
    raw = m.group("num")
    n = parse_number(raw) if raw else None
    if raw and n is None and raw.lower() not in ("several", "a few", "few", "many", "some",
                                                 "dozens of", "hundreds of"):
        return None
    if not raw and not m.group(0).lower().endswith("s"):
        return None

    return Reading("DURATION", duration(n, unit), None, False)


def h_set(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = _unit(m)
    n = parse_number(m.group("num")) if m.group("num") else 1
    return Reading("SET", duration(n or 1, unit), None, False)


_ADVERB_SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
                "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M"}


def h_adverb_set(m: re.Match[str], ctx: Context) -> Reading | None:
    return Reading("SET", _ADVERB_SETS[m.group(0).lower()], None, False)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "right now": "PRESENT_REF", "recently": "PAST_REF",
         "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
         "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
         "the future": "FUTURE_REF", "future": "FUTURE_REF", "in future": "FUTURE_REF",
         "shortly": "FUTURE_REF", "once": "PAST_REF"}


def h_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    return Reading("DATE", _REFS[word], None, False)


def h_year_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """'year-earlier', 'the year-ago quarter': the same period a year before the dateline."""
    if ctx.dct is None:
        return Reading("DATE", None, None, False)
    what = (m.group("what") or "").lower()
    if what == "quarter":
        value, _ = shifted(ctx.dct, "Q", -5 if ctx.clause_tense() != "future" else -4)
        return Reading("DATE", value, "quarter", True)
    return Reading("DATE", str(ctx.dct.year - 1), "year", True)


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


def h_fiscal(m: re.Match[str], ctx: Context) -> Reading | None:
    year = m.group("year")
    if len(year) == 2:
        year = ("19" if int(year) > 40 else "20") + year
    return Reading("DATE", year, "year", False)


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


# --- the rules, longest alternatives first within each ---------------------------------
_EDGE = (r"(?P<edge>(?:(?:earlier|later|early|late|mid|the\send\sof|the\sbeginning\sof|the\sstart\s"
         r"of|the\smiddle\sof|the\srest\sof|the\sremainder\sof)[-\s]))?")
_I = re.IGNORECASE

RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), h_iso),
    ("slash", re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"), h_slash),
    ("month_day", re.compile(
        rf"\b(?:{_WEEKDAY_FULL},?\s)?{_MONTH}\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s{_YEAR}\b)?(?:\s{_DAYPART})?", _I), h_month_day),
    ("day_month", re.compile(
        rf"\b(?:{_WEEKDAY_FULL},?\s)?(?:the\s)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?"
        rf"{_MONTH}(?:,?\s{_YEAR}\b)?(?P<part>)", _I), h_month_day),
    ("month", re.compile(
        rf"\b(?P<pre>{_EDGE}(?:{_REL}\s)?|(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|"
        rf"(?<=\bby\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bthrough\s))"
        rf"(?P<month>January|February|March|April|May|June|July|August|September|October|"
        rf"November|December|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
        rf"(?:,?\s(?:of\s)?{_YEAR})?\b", _I), h_month),
    ("quarter", re.compile(
        rf"\b(?:the\s)?(?:{_REL}\s|latest\s|fiscal\s)?(?P<ord>first|second|third|fourth|final|"
        rf"1st|2nd|3rd|4th|last)[-\s](?P<kind>quarter|half)\b(?:\sof\s(?:fiscal\s)?{_YEAR})?",
        _I), h_quarter),
    ("year_ago", re.compile(
        r"\b(?:the\s)?year[-\s](?:ago|earlier)(?:\s(?P<what>quarter|period|level|levels|"
        r"results|figure|figures))?\b", _I), h_year_ago),
    ("latest_quarter", re.compile(
        r"\bthe\s(?:(?:latest|most\srecent|just-ended|recent)\s)?(?P<unit>quarter)\b", _I),
     lambda m, c: Reading("DATE", calendar_unit(c.dct, "Q", -1)[0], "quarter", True)
     if c.dct else Reading("DATE", None, None, False)),
    ("relative_unit", re.compile(
        rf"\b{_EDGE}(?:the\s)?{_REL}\s(?:fiscal\s|calendar\s)?{_UNIT}\b", _I), h_relative_unit),
    ("season", re.compile(
        rf"\b{_EDGE}(?:(?:the\s)?{_REL}\s)?(?P<season>spring|summer|autumn|fall|winter)\b"
        rf"(?:\s(?:of\s)?{_YEAR}\b)?", _I), h_season),
    ("decade", re.compile(
        r"(?:\b(?:(?:the\s)?(?:early|mid|late)[-\s])?(?P<dec>1[5-9]\d|20\d)0'?s|"
        r"(?<=the\s)'(?P<dec2>\d)0s)\b", _I),
     lambda m, c: h_decade(m, c) if m.group("dec") else Reading(
         "DATE", f"{(c.dct.year // 100 if c.dct else 19) - (1 if c.dct and int(m.group('dec2')) * 10 > c.dct.year % 100 else 0)}{m.group('dec2')}X",  # noqa: E501
         "decade", False)),
    ("decade_word", re.compile(
        r"\b(?:(?:the\s)?(?:early|mid|late)[-\s])?(?<=the\s)(?P<dw>twenties|thirties|forties|"
        r"fifties|sixties|seventies|eighties|nineties)\b", _I), h_decade_word),
    ("century", re.compile(
        r"\b(?:the\s)?(?:(?:early|mid|late)[-\s])?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|"
        r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
        r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
        r"twenty-first)[-\s]century\b", _I), h_century),
    ("this_century", re.compile(rf"\b{_REL}\s(?P<unit>century|decade)\b", _I), h_relative_unit),
    ("fiscal", re.compile(
        r"\b(?:fiscal|calendar|fiscal\syear|FY)\s?'?(?P<year>(?:19|20)\d\d|\d\d)\b", _I),
     h_fiscal),
    ("holiday", re.compile(
        rf"\b(?P<hol>Christmas(?:\s(?:Day|Eve))?|New\sYear'?s(?:\s(?:Day|Eve))|Thanksgiving"
        rf"(?:\sDay)?|Halloween|Independence\sDay|Valentine'?s\sDay)(?:,?\s{_YEAR}\b)?"),
     h_holiday),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|next|this|coming|past|previous|every|each|upcoming)\s)?"
        rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<plural>s)?"
        rf"(?:'s)?(?:\s{_DAYPART}(?P<pl2>s)?)?\b", _I), h_weekday),
    ("deictic", re.compile(
        rf"\b(?:(?:early|late|earlier|later)\s)?(?P<deic>today|yesterday|tomorrow|tonight|"
        rf"last\snight)(?:'s)?(?:\s{_DAYPART})?\b", _I), h_deictic),
    ("this_part", re.compile(
        rf"\b(?:(?:earlier|later)\s)?this\s{_DAYPART}\b", _I), h_this_part),
    ("clock", re.compile(
        r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
        r"(?:\s(?:[ECMP][SD]T|GMT|UTC)\b)?", _I), h_clock),
    ("clock24", re.compile(
        r"\b(?P<h>[01]?\d|2[0-3]):?(?P<min>[0-5]\d)\s(?P<zone>UTC|GMT|Z)\b"), h_clock24),
    ("the_day", re.compile(
        r"\b(?:(?:early|late)\s(?:in\s)?)?the\sday\b(?!\s(?:of|when|before|after|that|they|"
        r"he|she|it|we|I|you|in\squestion)\b)(?!['-])", _I),
     lambda m, c: _date_reading(c.dct) if c.dct else Reading("DATE", None, None, False)),
    ("noon", re.compile(
        rf"\b(?:noon|midnight)(?:\s{_WEEKDAY_FULL})?\b", _I), h_noon),
    ("ago", re.compile(
        rf"\b{_MOD}{_NUM}[-\s]{_UNIT}\s(?P<dir>ago|earlier|later|before|after|back|"
        rf"from\snow|hence)\b", _I), h_ago),
    ("set", re.compile(
        rf"\b(?:every|each|per)\s(?:(?P<num>other|\d+|two|three|four|five|six|ten)\s)?{_UNIT}\b",
        _I), h_set),
    ("times_set", re.compile(
        rf"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many)\stimes)\s"
        rf"(?:a|an|per|each|every)\s(?P<num>){_UNIT}\b", _I), h_set),
    ("adverb_set", re.compile(
        r"\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly|"
        r"semiannually|biannually)\b", _I), h_adverb_set),
    ("duration", re.compile(
        rf"\b(?:the\s)?(?:(?:past|last|next|coming|first|previous|following|latest|final|"
        rf"remaining|recent)\s)?{_MOD}(?:{_NUM}[-\s])?(?:more\s|full\s|straight\s|"
        rf"consecutive\s)?{_UNIT}(?:[-\s]long)?\b(?![-\s]olds?\b)", _I), h_duration),
    ("ref", re.compile(
        r"\b(?P<ref>now|currently|current|nowadays|these\sdays|at\spresent|at\sthe\smoment|right\snow|"
        r"recently|recent|lately|the\spast|the\sfuture|in\sfuture)\b", _I), h_ref),
    ("spoken_year", re.compile(
        rf"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|"
        rf"October|November|December)\s)?(?:nineteen|(?:the\syear\s)?two\sthousand(?:\sand)?)"
        rf"(?:[-\s](?P<rest>(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|hundred))?\b", _I),
     lambda m, c: h_spoken_year(m, c)),
    ("year", re.compile(
        rf"(?<![\d$.,/-])(?:(?:early|mid|late)[-\s])?{_YEAR}\b(?![.,]?\d|\s?%|-\d|\spercent)",
        _I), h_year),
]
