"""Document-level passes of :mod:`fivew.times`: values that depend on what the story
said before, not on the dateline alone.

- **Quarters a year back.** Earnings news names a quarter and then compares it with "a
  year earlier", "the year-ago period", "the same period last year": TimeML reads these
  as the same quarter a year before ("Profit rose in the third quarter from a year
  earlier": 1988-Q3 for a story of 1989), and "the 1988 period" as that quarter of 1988.
- **The narrative date.** "That day", "the next day", "the following month", "later that
  year" are anchored on the date the story last named explicitly ("On March 3 ... the next
  day": March 4), not on the dateline.

Each pass takes the text and the expressions found in it (in text order) and rewrites
values in place.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from fivew.article import TimeExpression
from fivew.times_values import add_months

_YEAR_BACK = re.compile(
    r"(?:\ba\syear\s(?:ago|earlier|before)|\byear[-\s](?:ago|earlier)|"
    r"\b(?:same|corresponding|comparable)\s(?:period|quarter)|\blast\syear's\s(?:quarter|period))",
    re.IGNORECASE)
_YEAR_PERIOD = re.compile(r"^the\s(\d{4})\s(?:quarter|period)$", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
#: How far back (in characters) a comparison looks for the quarter it compares with.
#: Calibrated on TimeBank + AQUAINT (300, 800, 1500, 3000 tried; earnings stories name
#: the quarter once in the lead): re-run ``fivew evaluate time`` after changing it.
QUARTER_LOOKBACK = 1500


def quarters_a_year_back(text: str, times: list[TimeExpression]) -> None:
    """Rewrite year-back comparisons and 'the 1988 period' to the quarter last named."""
    last: tuple[int, int, int] | None = None  # (end offset, year, quarter)
    for t in times:
        back = _YEAR_BACK.search(t.text) is not None and t.value is not None
        period = _YEAR_PERIOD.match(t.text)
        named = _QUARTER_VALUE.match(t.value or "")
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
        if named and not back and not period:
            last = (t.end, int(named.group(1)), int(named.group(2)))


_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
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
    """Resolve 'that day', 'the next month', 'later that year' on the last named date."""
    last: tuple[int, tuple[int, int | None, int | None]] | None = None
    for t in times:
        rule = next(((unit, step) for pattern, unit, step in _ANCHORED
                     if pattern.match(t.text)), None)
        if rule is not None:
            if last is None or t.start - last[0] > NARRATIVE_LOOKBACK:
                continue
            year, month, day = last[1]
            unit, step = rule
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
            last = (t.end, parts)
