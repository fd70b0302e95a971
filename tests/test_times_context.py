"""The ``times`` stage's document-level passes and the rules added with them: tables of
(text, dateline) -> (expression, type, value)."""

from __future__ import annotations

import pytest

from fivew.times import time_expressions

# (text, dateline, expression text, type, value)
CASES = [
    # event-anchored expressions resolve on the date the story last named
    ("The riots began on March 3, 2019. The next day, troops arrived.", "2021-08-22",
     "The next day", "DATE", "2019-03-04"),
    ("The riots began on March 3, 2019. Later that year, he resigned.", "2021-08-22",
     "Later that year", "DATE", "2019"),
    ("He came in June 1998 and left later that year.", "2000-01-28", "later that year",
     "DATE", "1998"),
    ("The vote was on May 4, 2020. Earlier that day, polls opened.", "2021-08-22",
     "Earlier that day", "DATE", "2020-05-04"),
    ("In March 2019 the firm was sold. The following month, it closed.", "2021-08-22",
     "The following month", "DATE", "2019-04"),
    # without a narrated date, 'the next day' stays on the dateline
    ("The talks resume the next day.", "2021-08-22", "the next day", "DATE", "2021-08-23"),
    # 'N units later/after/before' is the duration, the word left out (TimeML)
    ("He died three days later.", "2021-08-22", "three days", "DURATION", "P3D"),
    ("one year after he was killed", "1999-10-24", "one year", "DURATION", "P1Y"),
    # a clock time and the day after it
    ("He was kidnapped at 10 p.m. Wednesday, police said.", "1998-02-13", "10 p.m. Wednesday",
     "TIME", "1998-02-11T22:00"),
    # 'May' the month after a cue word; 'last May'
    ("The treaty was signed last May.", "1998-02-27", "last May", "DATE", "1997-05"),
    ("Talks should conclude by May.", "1998-03-22", "May", "DATE", "1998-05"),
    # the weekend just past
    ("Officials confirmed it over the weekend.", "1990-08-13", "the weekend", "DATE",
     "1990-W32-WE"),
    # earnings news: quarters a year back
    ("It took a charge in the 1988 second quarter.", "1989-11-02", "the 1988 second quarter",
     "DATE", "1988-Q2"),
    ("Net rose in the third quarter. A year earlier, net was $2 million.", "1989-11-02",
     "A year earlier", "DATE", "1988-Q3"),
    ("Net rose in the third quarter. In the 1988 period, sales fell.", "1989-11-02",
     "the 1988 period", "DATE", "1988-Q3"),
    ("Sales for the corresponding period last year fell.", "1989-11-01",
     "the corresponding period last year", "DATE", "1988-Q3"),
    ("Net rose in the year-ago quarter. The year-ago results were restated.", "1989-11-01",
     "the year-ago quarter", "DATE", "1988-Q3"),
    ("Net rose in the third quarter. For the quarter a year ago, it lost $2.", "1989-10-26",
     "the quarter a year ago", "DATE", "1988-Q3"),
    # a quarter that a forecast names is not the one the results compare with
    ("Net rose in the third quarter. It sees gains in the third quarter of 1990. In the "
     "year-ago period, it earned $1.", "1989-10-26", "the year-ago period", "DATE", "1988-Q3"),
    ("Net rose in the third quarter. It will take a charge in the fourth quarter. In the "
     "year-ago period, it earned $1.", "1989-10-26", "the year-ago period", "DATE", "1988-Q3"),
    # ... and a span of months named after it moves the comparison to the year
    ("Net rose in the third quarter. In the first nine months, net was $306 million, "
     "compared with $195 million in the 1988 period.", "1989-11-02", "the 1988 period",
     "DATE", "1988"),
    # the same period (or month) a year back, after a month
    ("Sales fell 35% in January, compared to the same month a year ago.", "2009-02-03",
     "the same month a year ago", "DATE", "2008-01"),
    ("Sales rose 43% in February compared to the same period last year.", "2010-03-03",
     "the same period last year", "DATE", "2009-02"),
    # 'the day' is the day the story tells, skipping a coarser date named in between
    ("Ford said on Tuesday that its share rose to 17%, up from 14% a year ago. Its stock "
     "rose, before declining later in the day.", "2010-03-03", "the day", "DATE",
     "2010-03-02"),
    ("Stocks fell 3% to end the day at 7,114.", "2009-02-24", "the day", "DATE",
     "2009-02-24"),
]


@pytest.mark.parametrize(("text", "dateline", "expression", "type_", "value"), CASES,
                         ids=[c[2] for c in CASES])
def test_expression(text: str, dateline: str, expression: str, type_: str, value: str) -> None:
    found = {(t.text, t.type, t.value) for t in time_expressions(text, dateline)}
    assert (expression, type_, value) in found, found


def test_year_back_keeps_a_named_quarter() -> None:
    """A comparison that already names its quarter is not moved back a second year."""
    times = time_expressions("Net rose in the year-ago quarter. The year-ago results were "
                             "restated.", "1989-11-01")
    assert [t.value for t in times] == ["1988-Q3", "1988-Q3"]


# The dateline written in the text: the reference where the record has none, or where
# the record's date is a day or two later (the day it was published, not filed).
DATELINES = [
    ("WASHINGTON, March 12 (Xinhua) -- Talks ended yesterday.", "1999-03-13", "yesterday",
     "1999-03-11"),
    ("KABUL, Aug. 21, 2021 (Reuters) - Fighters moved on Sunday.", None, "Sunday",
     "2021-08-15"),
    ("Stocks tumble\n\nOctober 20, 2007\n\nOn Friday, the Dow fell.", None, "Friday",
     "2007-10-19"),
    # a dateline weeks away from the record's date is not the day the story was filed
    ("KABUL, Aug. 21 (Reuters) - Fighters moved on Sunday.", "2021-08-30", "Sunday",
     "2021-08-29"),
    # without a year, a dateline cannot be the reference on its own
    ("KABUL, Aug. 21 (Reuters) - Fighters moved on Sunday.", None, "Sunday", "XXXX-WXX-7"),
]


@pytest.mark.parametrize(("text", "dateline", "expression", "value"), DATELINES,
                         ids=[f"{c[0][:12]}-{c[1]}" for c in DATELINES])
def test_dateline_in_the_text(text: str, dateline: str | None, expression: str,
                              value: str) -> None:
    found = {(t.text, t.value) for t in time_expressions(text, dateline)}
    assert (expression, value) in found, found
