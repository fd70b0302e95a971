"""Handlers of :mod:`fivew.times_rules` for the periods of business news: quarters and
halves ("the third quarter", "next year's first quarter", "the quarter ended July 31",
"the first two quarters of 1990"), the year-ago comparisons and fiscal years; the other
calendar ones are in :mod:`fivew.times_handlers`.
"""

from __future__ import annotations

import re

from fivew.times_handlers import Context, Reading
from fivew.times_values import MONTHS, ORDINALS, calendar_unit, month_year, quarter_of, shifted


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
    yrel = m.group("yrel") or m.group("yrel2")
    if yrel:  # 'the third quarter of last year', 'next year's first quarter'
        year += {"this": 0, "last": -1, "next": 1}[yrel.lower()]
    elif rel in ("last", "next"):
        year += -1 if rel == "last" else 1
    elif n > current and ctx.clause_tense() != "future":
        year -= 1
    return Reading("DATE", f"{year}-{letter}{n}", kind, True)


_ENDED = re.compile(r"\s(?:ended|ending)\s(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2})\b"
                    r"(?:,\s(?P<year>\d{4})\b)?")


def h_latest_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """'the quarter', 'the latest quarter': the last one before the dateline, or the
    one 'ended July 31' names (the calendar quarter holding most of its three months:
    May to July is the second)."""
    ended = _ENDED.match(ctx.text, m.end())
    month = MONTHS.get(ended.group("month").lower()) if ended else None
    if ended and month:
        year = int(ended.group("year")) if ended.group("year") else (
            month_year(ctx.dct, month, int(ended.group("day")), "past") if ctx.dct else None)
        if year is not None:
            middle = month - 1 if month > 1 else 12  # the middle month of the three
            year -= 1 if month == 1 else 0
            return Reading("DATE", f"{year}-Q{(middle - 1) // 3 + 1}", "quarter", ctx.dct
                           is not None and not ended.group("year"))
    if ctx.dct is None:
        return Reading("DATE", None, None, False)
    back = 4 if m.group("back") else 0  # 'the quarter a year ago'
    return Reading("DATE", calendar_unit(ctx.dct, "Q", -1 - back)[0], "quarter", True)


def h_two_quarters(m: re.Match[str], ctx: Context) -> Reading | None:
    """'the first two quarters of 1990': a half year (1990-H1)."""
    half = 1 if m.group("side").lower() == "first" else 2
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-H{half}", "half", False)
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-H{half}", "half", False)
    return Reading("DATE", f"{ctx.dct.year}-H{half}", "half", True)


def h_year_ago(m: re.Match[str], ctx: Context, what: str | None = None) -> Reading | None:
    """'year-earlier', 'the year-ago quarter': the same period a year before the dateline."""
    if ctx.dct is None:
        return Reading("DATE", None, None, False)
    what = what or (m.group("what") or "").lower()
    if what == "month":  # 'the same month a year ago'
        return Reading("DATE", f"{ctx.dct.year - 1:04d}-{ctx.dct.month:02d}", "month", True)
    if what == "quarter":
        value, _ = shifted(ctx.dct, "Q", -5 if ctx.clause_tense() != "future" else -4)
        return Reading("DATE", value, "quarter", True)
    return Reading("DATE", str(ctx.dct.year - 1), "year", True)


def h_year_period(m: re.Match[str], ctx: Context) -> Reading | None:
    """'the 1988 second quarter', 'the 1988 period' (a quarter when the story has named
    one: :mod:`fivew.times_context` fills it in)."""
    year = m.group("year")
    kind = m.group("kind").lower()
    n = ORDINALS.get((m.group("ord") or "").lower(), 0)
    if n:
        letter, top = ("Q", 4) if kind != "half" else ("H", 2)
        return Reading("DATE", f"{year}-{letter}{min(n, top)}", kind, False)
    return Reading("DATE", year, "year", False)


def h_fiscal(m: re.Match[str], ctx: Context) -> Reading | None:
    year = m.group("year")
    if len(year) == 2:
        year = ("19" if int(year) > 40 else "20") + year
    return Reading("DATE", year, "year", False)
