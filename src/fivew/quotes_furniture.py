"""Page furniture that the ``quotes`` stage's rules read as quotes: a line's label ("CLAIM:",
"Related video:") taken for a cue, a page's date line ("Posted : Thu, 10 Jan 2008
03:47:03 GMT", "Published | Jan 14, 2008"), whose verb has the date for its content, a
"Posted" stamp with more than the date after it ("Posted by: Dom, London on 5:19pm"), and a
link in a table of links ("| Post Your Comments |", "Terms \\| Report Abuse |"). Found
running fivew over 688 real pages of fundus-eval and l3s-gn1, where extraction leaves such
lines in the text.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["date_line", "line_label", "cell_label", "posted_stamp", "LINE_LABEL_MAX_WORDS",
           "CELL_LABEL_MAX_WORDS"]

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


#: A page's stamp after "Posted": a colon after "by", "on" or "at", or a clock time or a
#: date right away or after a colon, not a weekday alone ("posted Monday on Facebook that
#: ..."): "Posted by: Dom, London on 5:19pm", "Posted on: December 28, 2007", "posted 8:58
#: am Tue January 15, 2008".
_STAMP_AFTER = re.compile(
    rf"\s*(?:by|on|at)\s*:|\s*:?\s*(?:\d{{1,2}}(?::\d\d|\s*[ap]\.?m\b)"
    rf"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:{_MONTH}|\d))", re.IGNORECASE)

#: "Posted" opening its line with a colon, "by" or "on" after it ("Posted: Wednesday ...",
#: "Posted on December 28, 2007"); in a sentence a colon opens what was posted
#: ("Eva-Maria Schultheis posted: ''Ms. Merkel ...''") and "on" a date may say when
#: ("it posted on Jan. 27 that ...").
_STAMP_LINE = re.compile(r"[\s|]*posted\s*(?::|by\b|on\b)", re.IGNORECASE)


def posted_stamp(text: str, cue: tuple[int, int]) -> bool:
    """Whether cue ``cue`` is the "Posted" of a page's stamp of who posted a comment or when
    a story went up ("Posted by: Dom, London on 5:19pm Tue 1 Jan 08", "Posted: Wednesday Jan
    9, 2008 10:23 PM TORONTO (AP) -Raptors guard ..."): no statement, though its content
    holds more than the date (see :func:`date_line`). 5 such quotes on 371 real pages of
    fundus-eval and l3s-gn1, none on PolNeAR."""
    if text[cue[0] : cue[1]].lower() != "posted":
        return False
    line_start = text.rfind("\n", 0, cue[0]) + 1
    return bool(_STAMP_AFTER.match(text, cue[1]) or _STAMP_LINE.match(text, line_start))
