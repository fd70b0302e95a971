"""Handlers of :mod:`fivew.times_rules` for clock times, durations, sets and the TimeML
references (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``); the calendar ones are in
:mod:`fivew.times_handlers`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from fivew.times_handlers import _DEICTIC, Context, Reading, _unit, weekday_direction
from fivew.times_values import (
    MONTHS,
    WEEKDAYS,
    duration,
    month_year,
    parse_number,
    shifted,
    weekday_date,
)


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
    return Reading("TIME", f"{_clock_day(m, ctx).isoformat()}{clock}", "time", True)


def _clock_day(m: re.Match[str], ctx: Context) -> date:
    """The day a clock time names after it ('10 p.m. Wednesday', '9 a.m. tomorrow'),
    else the dateline."""
    assert ctx.dct is not None
    weekday = m.groupdict().get("wd") or m.groupdict().get("wd_after")
    if weekday:
        direction = weekday_direction(ctx, m.start(), m.end())
        return weekday_date(ctx.dct, WEEKDAYS[weekday.lower()], direction)
    if m.groupdict().get("deic"):
        return ctx.dct + timedelta(days=_DEICTIC[m.group("deic").lower()])
    if m.groupdict().get("day"):  # '5 p.m. EST, Nov. 6'
        month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else month_year(
            ctx.dct, month, day, ctx.clause_tense())
        try:
            return date(year, month, day)
        except ValueError:
            return ctx.dct
    return ctx.dct


def h_clock24(m: re.Match[str], ctx: Context) -> Reading | None:
    clock = f"T{int(m.group('h')):02d}:{m.group('min')}Z"
    if ctx.dct is None:
        return Reading("TIME", clock, "time", False)
    return Reading("TIME", f"{_clock_day(m, ctx).isoformat()}{clock}", "time", True)


def h_noon(m: re.Match[str], ctx: Context) -> Reading | None:
    if ctx.text[max(0, m.start() - 5):m.start()].lower() == "high ":
        return None  # 'high noon': the showdown, not the hour
    clock = "T24:00" if m.group(0).lower().startswith("midnight") else "T12:00"
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


#: After 'a second', a word that makes it the ordinal ('a second term'), not a duration.
_ORDINAL_NEXT = re.compile(r"\s(?!(?:of|or|and|ago|later|earlier|before|after|to|in|for|"
                           r"longer|more|apart|the|a|an)\b)[a-z]", re.IGNORECASE)


#: Around 'quarter(s)', what makes it a fraction of something: 'a quarter, of its
#: dealers', 'three-quarters'.
_FRACTION_OF = re.compile(r",?\sof\s")
_HYPHENED_QUARTER = re.compile(r"-quarters?\b", re.IGNORECASE)
#: Words that make quarters a count of periods, never a fraction ('two consecutive
#: quarters of growth').
_IN_A_ROW = re.compile(r"\b(?:consecutive|straight|successive)\b", re.IGNORECASE)


#: Share of a line's longer words (4+ letters) written with a capital above which the line
#: is a title-case headline, where a capitalised unit ('Kabul Falls In 2 Weeks') is no
#: sign of a name. Headlines capitalise nearly every longer word and running text few
#: of them; set from that contrast, not tuned on a gold set (the time sets hold no case).
TITLE_CASE_SHARE = 0.7
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line around text[start:end], the match left out, is in title case."""
    head = text[text.rfind("\n", 0, start) + 1:start]
    tail_end = text.find("\n", end)
    words = _LONG_WORD.findall(head + " " + text[end:tail_end if tail_end >= 0 else None])
    if len(words) < 2:
        return False
    return bool(sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE)


def h_duration(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = _unit(m)
    if unit == "WE":
        return None
    raw = m.group("num")
    n = parse_number(raw) if raw else None
    if raw and n is None and raw.lower() not in ("several", "a few", "few", "many", "some",
                                                 "dozens of", "hundreds of"):
        return None
    lasting = m.group(0).lower().endswith("long")  # 'day-long', 'decades-long'
    if unit == "S" and (raw or "").lower() in ("a", "one") and _ORDINAL_NEXT.match(
            ctx.text, m.end()):
        return None  # 'a second betrayal': the ordinal
    if not raw and not lasting and not m.group(0).lower().endswith("s"):
        return None
    if unit == "Q" and (_FRACTION_OF.match(ctx.text, m.end()) and not _IN_A_ROW.search(
            m.group(0)) or _HYPHENED_QUARTER.search(m.group(0))):
        return None  # 'about a quarter of its dealers', 'three-quarters': fractions
    if (raw and raw[0].isdigit() and m.group("unit")[0].isupper()
            and not _title_case_line(ctx.text, m.start(), m.end())):
        return None  # 'told 60 Minutes': a title, not a span (but 'Talks In 2 Weeks')
    if not raw and lasting and not m.group(0).lower()[:-5].endswith("s"):
        n = 1
    if lasting and (raw or "").lower() in ("a", "an") and m.group(0).lower()[:-5].endswith("s"):
        n = None  # 'a decades-long battle': the article, not a count

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
         "shortly": "FUTURE_REF", "once": "PAST_REF", "the time being": "PRESENT_REF"}


def h_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    if word.endswith(("future", "term", "later date", "later time")):
        return Reading("DATE", "FUTURE_REF", None, False)  # 'the near term', 'a later date'
    return Reading("DATE", _REFS[word], None, False)
