"""Page furniture that the ``quotes`` stage's rules read as quotes: a line's label ("CLAIM:",
"Related video:") taken for a cue, a page's date line ("Posted : Thu, 10 Jan 2008
03:47:03 GMT", "Published | Jan 14, 2008"), whose verb has the date for its content, and a
link in a table of links ("| Post Your Comments |", "Terms \\| Report Abuse |"). Found
running fivew over 688 real pages of fundus-eval and l3s-gn1, where extraction leaves such
lines in the text.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["date_line", "line_label", "cell_label", "LINE_LABEL_MAX_WORDS", "CELL_LABEL_MAX_WORDS"]

#: Words of a page's date line: months, weekdays, clock and zone words ("Posted : Thu, 10 Jan
#: 2008 03:47:03 GMT", "Posted: 6:12 PM Dec 30, 2007 Last Updated: 6:10 PM Dec 31, 2007").
_MONTH = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LINE_WORDS = re.compile(
    _MONTH + r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
    r"|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|pdt|ist|cet|last|updated|on|at)\b"
    r"|[\d\W_]+", re.IGNORECASE)


#: A date or a clock time: a number beside a month, or hours and minutes.
_DATED = re.compile(rf"\d{{1,2}}:\d\d|{_MONTH} \d|\d {_MONTH}", re.IGNORECASE)


def date_line(text: str, contents: list[tuple[int, int]]) -> bool:
    """Whether the contents are a page's date line: digits and date words only ("Posted :
    Thu, 10 Jan 2008 03:47:03 GMT |", "Published | Jan 14, 2008"): 30 such quotes on 688
    real pages of fundus-eval and l3s-gn1, none on PolNeAR."""
    words = " ".join(text[s:e] for s, e in contents)
    return bool(_DATED.search(words)) and not _DATE_LINE_WORDS.sub("", words).strip()


#: Most lower-case words between a line's opening cue word and the colon of its label
#: ("Related video:", "Related topics:").
LINE_LABEL_MAX_WORDS = 2


def line_label(tok: Any) -> bool:
    """'CLAIM: Israel's Mossad called the U.S. Air Force an "enemy" ...' (an AP fact check):
    a word that opens its line with a colon after it (or after a lower-case word or two:
    "Related video:") labels the line, as "THE FACTS:" does (see
    :func:`fivew.quotes_transcripts.names_speaker`), and states nobody's claim; the line's
    own cues ("called") report what it holds. Found running fivew over real pages
    (fundus-eval, l3s-gn1): parsed on its own, the line made the label its root, a verb or
    noun cue holding all of it. Asked of verb cues (:mod:`fivew.quotes_noncues`) and noun
    cues (:mod:`fivew.quotes_cues`). PolNeAR train and dev: no change."""
    doc = tok.doc
    before = tok.i - 1
    while before >= 0 and "\n" not in doc[before].text and not any(
            ch.isalnum() for ch in doc[before].text):
        before -= 1  # "| Related video:" in a page's table
    if before >= 0 and "\n" not in doc[before].text:
        return False
    for after in doc[tok.i + 1 : tok.i + 2 + LINE_LABEL_MAX_WORDS]:
        if after.text == ":":
            return True
        if not after.is_lower:
            return False  # "Writes Jack Kelly: ...": a name, the one who writes
    return False


#: Most words in the table cell of a link read as a cue ("| Post Your Comments |"): a page's
#: links and buttons, laid out as a table that extraction kept, are short labels.
CELL_LABEL_MAX_WORDS = 4

_CELL_EDGE = "|"
_CELL_WORD = re.compile(r"\w+")


def cell_label(text: str, cue: tuple[int, int]) -> bool:
    """Whether cue ``cue`` stands in a short cell of a table row ("| Post Your Comments |",
    "Terms \\| Report Abuse |"): a link or button label, no statement. 6 such quotes on 371
    real pages of fundus-eval and l3s-gn1, none on PolNeAR."""
    line_start = text.rfind("\n", 0, cue[0]) + 1
    line_end = text.find("\n", cue[1])
    line_end = len(text) if line_end < 0 else line_end
    left = text.rfind(_CELL_EDGE, line_start, cue[0])
    right = text.find(_CELL_EDGE, cue[1], line_end)
    if left < 0 or right < 0:
        return False
    cell = text[left + 1 : right].replace("\\", " ")
    return len(_CELL_WORD.findall(cell)) <= CELL_LABEL_MAX_WORDS
