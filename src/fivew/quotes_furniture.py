"""Page furniture that the ``quotes`` stage's rules read as quotes: a page's date line
("Posted : Thu, 10 Jan 2008 03:47:03 GMT", "Published | Jan 14, 2008"), whose verb has the
date for its content. Found running fivew over 688 real pages of fundus-eval and l3s-gn1,
where extraction leaves such lines in old pages' text.
"""

from __future__ import annotations

import re

__all__ = ["date_line"]

#: Words of a page's date line: months, weekdays, clock and zone words ("Posted : Thu, 10 Jan
#: 2008 03:47:03 GMT", "Posted: 6:12 PM Dec 30, 2007 Last Updated: 6:10 PM Dec 31, 2007").
_DATE_LINE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)[a-z]*\.?|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|pdt|ist|cet|"
    r"last|updated|on|at)\b|[\d\W_]+", re.IGNORECASE)


#: A date or a clock time: a number beside a month, or hours and minutes.
_DATED = re.compile(r"\d{1,2}:\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                    r"\.? \d|\d \b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                    re.IGNORECASE)


def date_line(text: str, contents: list[tuple[int, int]]) -> bool:
    """Whether the contents are a page's date line: digits and date words only ("Posted :
    Thu, 10 Jan 2008 03:47:03 GMT |", "Published | Jan 14, 2008"): 30 such quotes on 688
    real pages of fundus-eval and l3s-gn1, none on PolNeAR."""
    words = " ".join(text[s:e] for s, e in contents)
    return bool(_DATED.search(words)) and not _DATE_LINE_WORDS.sub("", words).strip()
