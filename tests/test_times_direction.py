"""The ``times`` stage: which way from the dateline an expression points, and the calendar
rules added with it: tables of (text, dateline) -> (expression, type, value), text only
and with the spaCy parse."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.times import time_expressions

# (text, dateline, expression text, type, value)
CASES = [
    # a year named after the month or quarter sets its value (one expression with it,
    # unless 'of' or a comma stands between)
    ("The ratification process began in February this year.", "1998-12-03",
     "February this year", "DATE", "1998-02"),
    ("They will join NATO in April next year.", "1998-12-03", "April next year", "DATE",
     "1999-04"),
    ("In July last year in Phnom Penh, he was arrested.", "1998-02-19", "July last year",
     "DATE", "1997-07"),
    ("Dealers will be told after October of next year.", "2009-05-15", "October", "DATE",
     "2010-10"),
    ("In the first quarter of last year, GM lost $381 million.", "2009-05-07",
     "the first quarter of last year", "DATE", "2008-Q1"),
    ("Net sales for this year's third quarter fell.", "1989-11-01",
     "this year's third quarter", "DATE", "1989-Q3"),
    ("It could be effective as early as next year's first quarter.", "1989-10-31",
     "next year's first quarter", "DATE", "1990-Q1"),
    # two quarters are a half year; a quarter 'ended July 31' is the one holding most of it
    ("Demand should hold through the first two quarters of 1990.", "1989-10-26",
     "the first two quarters of 1990", "DATE", "1990-H1"),
    ("In the quarter ended July 31, Jayark had 5.6 million shares.", "1989-10-30",
     "the quarter", "DATE", "1989-Q2"),
    ("Sales increased in the quarter ended Sept. 30.", "1989-10-26", "the quarter", "DATE",
     "1989-Q3"),
    # 'since' points back, whatever the nearest verb says
    ("Police have been searching since shortly after the Oct. 23 slaying.", "1999-05-06",
     "Oct. 23", "DATE", "1998-10-23"),
    # a possessive weekday has happened; 'as soon as Friday' is still to come
    ("They would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday",
     "DATE", "2000-01-05"),
    ("The group could leave as soon as Friday, Castro said.", "2000-04-03", "Friday", "DATE",
     "2000-04-07"),
    # adjectives of length, and the references TimeML gives the future
    ("their third day-long meeting", "2000-04-03", "day-long", "DURATION", "P1D"),
    ("its decades-long trademark dispute", "2007-02-06", "decades-long", "DURATION", "PXDE"),
    ("a decades-long ideological battle", "2000-01-15", "a decades-long", "DURATION", "PXDE"),
    ("prospects for growth in the near term", "2009-08-21", "the near term", "DATE",
     "FUTURE_REF"),
    ("an offering in the near future", "1989-11-01", "the near future", "DATE", "FUTURE_REF"),
    ("debt offerings at a later date", "1989-10-26", "a later date", "DATE", "FUTURE_REF"),
    # the year a figure covers, and the current year by its parts
    ("It earned $42 million in the year ended March 31.", "1989-10-31", "the year",
     "DURATION", "P1Y"),
    ("Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", "DATE",
     "1989"),
    ("It plans to hire 6,000 people by year end.", "1989-10-26", "year end", "DATE", "1989"),
    ("Rains delayed sales earlier in the year.", "1989-10-26", "earlier in the year", "DATE",
     "1989"),
    ("The index has fallen since the start of this year.", "2009-02-20",
     "the start of this year", "DATE", "2009"),
    # trading days, single days, midday
    ("For the past five trading days, stocks fell.", "2011-03-18",
     "the past five trading days", "DURATION", "P5D"),
    ("the worst single-day decline", "2007-02-27", "single-day", "DURATION", "P1D"),
    ("He appeared before a judge at midday.", "1999-10-08", "midday", "TIME",
     "1999-10-08T12:00"),
    # a fronted 'Until' leaves the tense to the main verb; a name in '-ed' is no verb
    ("Until Thursday, they had not called Kopp a suspect.", "1999-05-07", "Thursday", "DATE",
     "1999-05-06"),
    ("He said the father would be traveling to the United States Thursday.", "2000-04-05",
     "Thursday", "DATE", "2000-04-06"),
    # a clock time takes the day named after its time in another zone
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
     "1998-08-08", "10:35 a.m.", "TIME", "1998-08-07T10:35"),
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
     "1998-08-08", "0735 GMT", "TIME", "1998-08-07T07:35Z"),
    ("The A380 landed at 6:40 p.m. (GMT +8) after a 12-hour flight.", "2007-10-17",
     "6:40 p.m. (GMT +8)", "TIME", "2007-10-17T18:40"),
    # quarters in a row are a count, not a fraction; a second day is a date of its own
    ("Japan entered a recession after two consecutive quarters of negative growth.",
     "2008-11-18", "two consecutive quarters", "DURATION", "P2Q"),
    ("before the NATO Washington summit on April 24 and 25.", "1999-02-10", "25", "DATE",
     "1999-04-25"),
    # the year written after the second day is the year of both days
    ("The talks were held on April 24 and 25, 2020.", "2021-08-22", "April 24", "DATE",
     "2020-04-24"),
    ("The talks were held on April 24 and 25, 2020.", "2021-08-22", "25", "DATE",
     "2020-04-25"),
    ("The vote was on February 28 and 29, 2020.", "2021-08-22", "29", "DATE", "2020-02-29"),
    # 'since' a weekday: the last one before the story's day
    ("Prices have doubled since the fall of the city on Sunday.", "2021-08-22", "Sunday",
     "DATE", "2021-08-15"),
    # a capitalised unit in a title-case headline is a duration, not a name
    ("Taliban Say Kabul Could Fall Within 2 Weeks\nThe group said so.", "2021-08-22",
     "2 Weeks", "DURATION", "P2W"),
]

#: Second days the calendar does not have: no date is made of them.
NOT_SECOND_DAYS = [
    ("The vote was on February 28 and 30, 2020.", "30"),
    ("The vote was on February 28 and 29, 2021.", "29"),
    ("It ran on April 29 and 31.", "31"),
]


@pytest.mark.parametrize(("text", "day"), NOT_SECOND_DAYS)
def test_second_day_not_in_the_calendar(text: str, day: str) -> None:
    assert day not in {t.text for t in time_expressions(text, "2021-08-22")}

# Words that must not be read as time expressions.
NOT_TIMES = [
    "It will be a second betrayal.",
    "a long-term plan",
    "three quarters of the members",
]


@pytest.mark.parametrize(("text", "dateline", "expression", "type_", "value"), CASES,
                         ids=[c[2] for c in CASES])
def test_expression(text: str, dateline: str, expression: str, type_: str, value: str) -> None:
    found = {(t.text, t.type, t.value) for t in time_expressions(text, dateline)}
    assert (expression, type_, value) in found, found


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text: str) -> None:
    assert time_expressions(text, "2021-08-22") == []


# With the parse: the verb the weekday hangs from (dateline Friday 7 January 2000).
PARSED = [
    # planning verbs point forward, past tense or not
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "Saturday",
     "2000-01-08"),
    ("The office has scheduled a news conference Thursday.", "Thursday", "2000-01-13"),
    # ... but not the planning itself, nor a plan named in passing
    ("On Wednesday, the government planned to pay the first claims.", "Wednesday",
     "2000-01-05"),
    ("A rally planned for Thursday was canceled after plans leaked.", "Thursday",
     "2000-01-06"),
    ("The monarch will meet Bush on Thursday.", "Thursday", "2000-01-13"),
    ("The ministers met on Thursday.", "Thursday", "2000-01-06"),
    # a modal points forward ('should be completed'); the bare participle reads as past
    ("The sale should be completed in July.", "July", "2000-07"),
    ("The sale was completed in July.", "July", "1999-07"),
]


@pytest.mark.parametrize(("text", "expression", "value"), PARSED, ids=[c[0][:30] for c in PARSED])
def test_with_parse(text: str, expression: str, value: str, nlp: Any) -> None:
    times = time_expressions(text, "2000-01-07", nlp(text))
    assert (expression, value) in {(t.text, t.value) for t in times}


# Without the parse, the words around the expression must point the same way; and a
# progressive or a pluperfect of planning ('were planning to', 'had been scheduled').
TEXT_ONLY = PARSED + [
    ("They were planning to drive around the airport on Monday.", "Monday", "2000-01-10"),
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday",
     "2000-01-07T24:00"),
    ("The offer had been scheduled to expire Thursday.", "Thursday", "2000-01-06"),
]


@pytest.mark.parametrize(("text", "expression", "value"), TEXT_ONLY,
                         ids=[c[0][:30] for c in TEXT_ONLY])
def test_text_only(text: str, expression: str, value: str) -> None:
    times = time_expressions(text, "2000-01-07")
    assert (expression, value) in {(t.text, t.value) for t in times}
