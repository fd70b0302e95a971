"""Document-level passes of :mod:`fivew.times`: values that depend on what the story
said before, not on the dateline alone.

- **Quarters a year back.** Earnings news names a quarter and then compares it with "a
  year earlier", "the year-ago period", "the same period last year": TimeML reads these
  as the same quarter a year before ("Profit rose in the third quarter from a year
  earlier": 1988-Q3 for a story of 1989), and "the 1988 period" as that quarter of 1988.
  Only a quarter that has begun by the dateline, and is not named in a future clause, is
  compared: results are reported for it, not for "the third quarter of 1990" or "the
  fourth quarter" that a forecast names (a fiscal year's fourth quarter may be reported
  while the calendar's is under way). A span of months named after it ("in the first
  nine months, net was ... compared with ... in the 1988 period") moves the comparison
  to the year. "The same period (or month) last year" after a month is that month a
  year before ("sales rose in February compared to the same period last year": February
  of last year).
- **The narrative date.** "That day", "the next day", "the following month", "later that
  year", "later in the day" are anchored on the date the story last named ("On March 3
  ... the next day": March 4), not on the dateline: the last one precise enough, so a
  "year ago" between a weekday and "later in the day" does not take the day away.

- **The dateline in the text.** Wire copy opens with its own dateline ("WASHINGTON,
  March 12 (Xinhua) --"), and pages often carry a date line under the title ("March 13,
  2009"). Without a dateline on the record, that date (with its year) is the reference;
  with one, a text dateline a day or two before it wins, as the day the story was filed
  (the record's date may be the day it was published or received).

- **A second day.** "April 24 and 25": the second number is a date of its own, in the
  month just named.

The passes that rewrite take the text and the expressions found in it (in text order)
and rewrite values in place.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from fivew.article import TimeExpression
from fivew.times_values import MONTH_NAMES, MONTHS, add_months, month_year

#: A dateline in the opening lines: an optional place and weekday, then month and day (and
#: maybe the year), then the agency, a dash or the end of the line.
_TEXT_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z.'\- ]{1,40},[ \t])?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t])?"
    rf"(?P<month>{MONTH_NAMES})[ \t](?P<day>\d{{1,2}}),?(?:[ \t](?P<year>(?:19|20)\d\d))?"
    r"[ \t]*(?=\(|--|\u2014|\u2013|_|$)", re.MULTILINE)
#: How much of the text's start is searched for a dateline (a title and a date line).
DATELINE_REACH = 400
#: How many days before the record's date a text dateline may be and still be the day the
#: story was filed (wire copy dated in another time zone, or published the next day).
#: Calibrated on AQUAINT, whose Xinhua stories are filed the day before their DCT.
DATELINE_SLACK_DAYS = 2


def text_dateline(text: str, dct: date | None) -> date | None:
    """The reference date: the dateline in the text's first lines where it is a day or
    two before ``dct`` (or gives its year where ``dct`` is None), else ``dct``."""
    m = _TEXT_DATELINE.search(text, 0, DATELINE_REACH)
    if m is None:
        return dct
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    if m.group("year"):
        year = int(m.group("year"))
    elif dct is not None:
        year = month_year(dct, month, day, None)
    else:
        return None
    try:
        written = date(year, month, day)
    except ValueError:
        return dct
    if dct is None or 0 <= (dct - written).days <= DATELINE_SLACK_DAYS:
        return written
    return dct

_YEAR_BACK = re.compile(
    r"(?:\ba\syear\s(?:ago|earlier|before)|\byear[-\s](?:ago|earlier)|"
    r"\b(?:same|corresponding|comparable)\s(?:period|quarter|month)|"
    r"\blast\syear's\s(?:quarter|period))",
    re.IGNORECASE)
#: "The same period last year": compares with whatever period was named last, a month too.
_SAME_PERIOD = re.compile(r"\b(?:same|corresponding|comparable)\s(?:period|month)\b",
                          re.IGNORECASE)
_YEAR_PERIOD = re.compile(r"^the\s(\d{4})\s(?:quarter|period)$", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
#: Reporting spans longer than a quarter ('the first nine months', 'the six months').
_MONTHS_SPAN = re.compile(r"^P(?:6|9|12)M$")
#: How far back (in characters) a comparison looks for the quarter it compares with.
#: Calibrated on TimeBank + AQUAINT (300, 800, 1500, 3000 tried; earnings stories name
#: the quarter once in the lead): re-run ``fivew evaluate time`` after changing it.
QUARTER_LOOKBACK = 1500


def quarters_a_year_back(text: str, times: list[TimeExpression], dct: date | None = None,
                         tense: Callable[[int, int], str | None] | None = None) -> None:
    """Rewrite year-back comparisons and 'the 1988 period' to the quarter last named.

    ``tense(start, end)`` gives the tense of an expression's clause ("past", "future"
    or None), to leave out the quarters a forecast names."""
    last: tuple[int, int, int] | None = None  # (end offset, year, quarter)
    month: tuple[int, int, int] | None = None  # (end offset, year, month)
    current = dct.year * 4 + (dct.month - 1) // 3 if dct else None
    for t in times:
        back = _YEAR_BACK.search(t.text) is not None and t.value is not None
        period = _YEAR_PERIOD.match(t.text)
        named = _QUARTER_VALUE.match(t.value or "")
        if back and _SAME_PERIOD.search(t.text) and month is not None and (
                last is None or month[0] > last[0]) and t.start - month[0] <= QUARTER_LOOKBACK:
            t.value, t.granularity = f"{month[1] - 1:04d}-{month[2]:02d}", "month"
            continue
        if back and named:  # 'the year-ago quarter' already says which: the story's one
            last = (t.end, int(named.group(1)) + 1, int(named.group(2)))
            continue
        if last is not None and t.start - last[0] <= QUARTER_LOOKBACK:
            if back:
                t.value, t.granularity = f"{last[1] - 1}-Q{last[2]}", "quarter"
                continue
            if period:
                t.value, t.granularity = f"{period.group(1)}-Q{last[2]}", "quarter"
                continue
        if (t.type == "DURATION" and _MONTHS_SPAN.match(t.value or "")
                and t.text.lower().startswith("the ")):
            last = month = None  # the comparisons that follow are with that span's year
            continue
        index = int(named.group(1)) * 4 + int(named.group(2)) - 1 if named else 0
        if named and not back and not period and (
                current is None or index < current or index == current and (
                    tense is None or tense(t.start, t.end) != "future")):
            last = (t.end, int(named.group(1)), int(named.group(2)))
        named_month = _MONTH_VALUE.match(t.value or "") if t.type == "DATE" else None
        if named_month and not back:
            month = (t.end, int(named_month.group(1)), int(named_month.group(2)))


_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=T|$)")  # a clock time names its day
_YEAR_VALUE = re.compile(r"^(\d{4})$")

#: Event-anchored expressions: the words, and what they do to the narrative date.
_ANCHORED = [
    (re.compile(r"^(?:that|the\ssame)\sday$|^(?:earlier|later)\sthat\sday$", re.I), "day", 0),
    (re.compile(r"^the\s(?:next|following)\sday$|^the\sday\safter$", re.I), "day", 1),
    (re.compile(r"^the\s(?:previous|preceding)\sday$|^the\sday\sbefore$", re.I), "day", -1),
    (re.compile(r"^(?:that|the\ssame)\smonth$|^(?:earlier|later)\sthat\smonth$", re.I),
     "month", 0),
    (re.compile(r"^the\s(?:next|following)\smonth$", re.I), "month", 1),
    (re.compile(r"^the\s(?:previous|preceding)\smonth$", re.I), "month", -1),
    (re.compile(r"^(?:that|the\ssame)\syear$|^(?:earlier|later)\sthat\syear$", re.I),
     "year", 0),
    (re.compile(r"^the\s(?:next|following)\syear$", re.I), "year", 1),
    (re.compile(r"^the\s(?:previous|preceding)\syear$", re.I), "year", -1),
    # 'fell 3% to end the day', 'later in the day': the day the story is telling
    (re.compile(r"^(?:(?:early|late)\s(?:in\s)?)?the\sday$", re.I), "day", 0),
]
#: How far back (in characters) an event-anchored expression looks for its date.
#: Calibrated on TimeBank + AQUAINT; re-run ``fivew evaluate time`` after changing it.
NARRATIVE_LOOKBACK = 1000


def _parts(value: str) -> tuple[int, int | None, int | None] | None:
    for pattern in (_DAY_VALUE, _MONTH_VALUE, _YEAR_VALUE):
        m = pattern.match(value)
        if m:
            nums = [int(g) for g in m.groups()]
            return nums[0], (nums[1] if len(nums) > 1 else None), (
                nums[2] if len(nums) > 2 else None)
    return None


def anchor_on_narrative(text: str, times: list[TimeExpression]) -> None:
    """Resolve 'that day', 'the next month', 'later that year', 'later in the day' on the
    last named date precise enough: 'that day' on the last day named (not on 'a year ago'
    between them), 'that month' on the last month or day."""
    # granularity -> (end offset, (year, month, day)) of the last expression that named it
    last: dict[str, tuple[int, tuple[int, int | None, int | None]]] = {}
    for t in times:
        rule = next(((unit, step) for pattern, unit, step in _ANCHORED
                     if pattern.match(t.text)), None)
        if rule is not None:
            unit, step = rule
            named = last.get(unit)
            if named is None or t.start - named[0] > NARRATIVE_LOOKBACK:
                continue
            year, month, day = named[1]
            if unit == "day" and day is not None and month is not None:
                d = date(year, month, day) + timedelta(days=step)
                t.value, t.granularity = d.isoformat(), "day"
            elif unit == "month" and month is not None:
                d = add_months(date(year, month, 1), step)
                t.value, t.granularity = f"{d.year:04d}-{d.month:02d}", "month"
            elif unit == "year":
                t.value, t.granularity = f"{year + step:04d}", "year"
            t.type = "DATE"
            t.anchored = False
            continue
        parts = _parts(t.value or "") if t.type in ("DATE", "TIME") else None
        if parts is not None:
            for unit, known in (("year", True), ("month", parts[1] is not None),
                                ("day", parts[2] is not None)):
                if known:
                    last[unit] = (t.end, parts)


#: After a date, a second day of the same month: 'April 24 and 25', 'on May 3 or 4'
#: where the number ends the phrase (not a count: '25%', '25.5', '25 people').
_SECOND_DAY = re.compile(
    r"\s(?:and|or)\s(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?=[,;:)'\"]|\.(?!\d)|\s(?:in|at|for|when|with|during|before|after)\b|\s*$)")
_DATE_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
#: The year written after the second day: 'April 24 and 25, 2020'.
_YEAR_AFTER = re.compile(r",\s*(\d{4})\b")


def _last_day(year: str, month: int) -> int:
    """The last day of ``month`` (29 for February of an unknown year 'XXXX')."""
    if not 1 <= month <= 12:
        return 0
    return calendar.monthrange(int(year) if year.isdigit() else 2000, month)[1]


def second_days(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """``times`` with the second day of 'April 24 and 25' added after its first; a year
    written after the second day ('April 24 and 25, 2020') is the year of both."""
    out: list[TimeExpression] = []
    for t in times:
        out.append(t)
        named = _DATE_VALUE.match(t.value or "") if t.type == "DATE" else None
        if named is None or not t.text[-1:].isdigit():
            continue
        m = _SECOND_DAY.match(text, t.end)
        if m is None:
            continue
        after = _YEAR_AFTER.match(text, m.end("day"))
        year = after.group(1) if after and t.anchored else named.group(1)
        if year != named.group(1):
            out[-1] = t = t.model_copy(update={"value": f"{year}{(t.value or '')[4:]}"})
        if not int(named.group(3)) < int(m.group("day")) <= _last_day(
                year, int(named.group(2))) or any(
                o.start < m.end("day") and m.start("day") < o.end for o in times):
            continue  # not a later day of that month, or part of its own expression ('25 March')
        value = f"{year}-{named.group(2)}-{int(m.group('day')):02d}"
        out.append(t.model_copy(update={
            "start": m.start("day"), "end": m.end("day"), "text": m.group("day"),
            "value": value}))
    return out
