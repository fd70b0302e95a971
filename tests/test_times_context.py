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
