"""The patterns of :mod:`fivew.times`: one compiled regex per kind of expression, each with
the function that turns a match into a TIMEX3 type and value.

A handler gets the match and a :class:`Context` (the dateline and a way to ask the tense
of the clause) and returns a :class:`Reading`, or ``None`` to reject the match. Where the
dateline is unknown, relative expressions get an underspecified value (``XXXX-WXX-7``,
``XXXX-08``) or ``None``, with ``anchored`` False.
"""

from __future__ import annotations

import re

from fivew.times_handlers import (
    Context,
    Handler,
    Reading,
    _date_reading,
    h_century,
    h_decade,
    h_decade_word,
    h_deictic,
    h_holiday,
    h_iso,
    h_month,
    h_month_day,
    h_relative_unit,
    h_season,
    h_slash,
    h_spoken_year,
    h_this_part,
    h_weekday,
    h_weekend,
    h_year,
)
from fivew.times_periods import (
    h_fiscal,
    h_latest_quarter,
    h_quarter,
    h_two_quarters,
    h_year_ago,
    h_year_period,
)
from fivew.times_spans import (
    h_adverb_set,
    h_ago,
    h_clock,
    h_clock24,
    h_duration,
    h_noon,
    h_ref,
    h_set,
)
from fivew.times_values import MONTH_NAMES, MONTHS

__all__ = ["RULES", "Context", "Reading"]

# --- building blocks ------------------------------------------------------------------
_MONTH = (r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
          r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
#: A month name as written in running text, capitalised (for case-sensitive places).
_MONTH_NAME = rf"(?P<month>{MONTH_NAMES})"
_WEEKDAY = (r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|"
            r"wed|thurs|thu|fri|sat|sun)")
_WEEKDAY_FULL = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_UNIT = (r"(?P<unit>second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|"
         r"yr|decade|centurie|century|weekend)s?")
_SMALL = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM = (rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:\s1/2)?|(?:(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|"
        rf"a\s(?:couple\sof|few|dozen|hundred|thousand|single)|a|an|single|several|few|many|some|"
        rf"couple\sof|half\san?|dozens\sof|hundreds\sof)(?:\s(?:and\s)?a\shalf|-and-a-half)?)")
_MOD = (r"(?:(?:about|almost|nearly|roughly|approximately|around|some|just|only|over|"
        r"more\sthan|less\sthan|fewer\sthan|at\sleast|at\smost|up\sto|under|barely|"
        r"well\sover|a\slittle\smore\sthan)\s)?")
_DAYPART = r"(?P<part>morning|afternoon|evening|night)"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_REL = r"(?P<rel>last|next|this|coming|past|previous|current|following|upcoming)"
#: The year a month or date is said to be in, written after it: "April next year", "June
#: last year" are one expression (the year only sets the month's value); a comma keeps
#: them apart ("In February, last year's sales...") and so does a possessive; MEANTIME
#: keeps "October of next year" as two.
_AFTER = r"(?P<after>\s(?:this|last|next)\syear\b(?!'))?"


# --- the rules, longest alternatives first within each ---------------------------------
_EDGE = (r"(?P<edge>(?:(?:earlier|later|early|late|mid|the\send\sof|the\sbeginning\sof|the\sstart\s"
         r"of|the\smiddle\sof|the\srest\sof|the\sremainder\sof)[-\s]))?")
_I = re.IGNORECASE

#: What stands before a decade written in two digits: 'the '90s', 'the 70s and 80s'.
_BEFORE_TWO_DIGITS = re.compile(r"(?:\bthe|0s\s(?:and|or|to)|0s,)\s$", _I)


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("dec"):
        return h_decade(m, ctx)
    if not _BEFORE_TWO_DIGITS.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # '70s' alone may be anything ('in his 70s')
    digits = int(m.group("dec2"))
    century = ctx.dct.year // 100 if ctx.dct else 19
    if ctx.dct and digits * 10 > ctx.dct.year % 100:
        century -= 1
    return Reading("DATE", f"{century}{digits}X", "decade", False)


RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), h_iso),
    ("slash", re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"), h_slash),
    ("month_day", re.compile(
        rf"\b(?:{_WEEKDAY_FULL},?\s)?{_MONTH}\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s{_YEAR}\b)?(?:\s{_DAYPART})?{_AFTER}", _I), h_month_day),
    ("day_month", re.compile(
        rf"\b(?:{_WEEKDAY_FULL},?\s)?(?:the\s)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?"
        rf"{_MONTH}(?:,?\s{_YEAR}\b)?(?P<part>){_AFTER}", _I), h_month_day),
    ("month", re.compile(
        rf"\b(?P<pre>{_EDGE}(?:{_REL}\s)?|(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|"
        rf"(?<=\bby\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bthrough\s))"
        rf"(?P<month>January|February|March|April|May|June|July|August|September|October|"
        rf"November|December|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
        rf"(?:,?\s(?:of\s)?{_YEAR})?\b{_AFTER}", _I), h_month),
    ("quarter", re.compile(
        rf"\b(?:the\s)?(?:{_REL}\s|latest\s|fiscal\s|(?P<yrel2>this|last|next)\syear's\s)?"
        rf"(?P<ord>first|second|third|fourth|final|"
        rf"1st|2nd|3rd|4th|last)[-\s](?P<kind>quarter|half)\b(?:\sof\s(?:fiscal\s)?{_YEAR}|"
        rf"\sof\s(?P<yrel>this|last|next)\syear\b)?",
        _I), h_quarter),
    ("year_ago", re.compile(
        r"\b(?:the\s)?year[-\s](?:ago|earlier)(?:\s(?P<what>quarter|period|level|levels|"
        r"results|figure|figures))?\b", _I), h_year_ago),
    ("year_ago_period", re.compile(
        r"\b(?:the\s)?(?:same|corresponding|comparable)\s(?P<what>period|quarter|month)\s"
        r"(?:of\s)?(?:a\syear\s(?:ago|earlier)|last\syear)\b|"
        r"\blast\syear's\s(?:quarter|period)\b", _I),
     lambda m, c: h_year_ago(
         m, c, "month" if (m.group("what") or "").lower() == "month" else "quarter")),
    ("year_period", re.compile(
        rf"\bthe\s{_YEAR}\s(?:(?P<ord>first|second|third|fourth|final)[-\s])?"
        rf"(?P<kind>quarter|period|half)\b", _I), h_year_period),
    ("latest_quarter", re.compile(
        r"\bthe\s(?:(?:latest|most\srecent|just-ended|recent)\s)?(?P<unit>quarter)\b"
        r"(?P<back>\sa\syear\s(?:ago|earlier))?|"
        r"\bthe\s(?:latest|most\srecent|just-ended)\s(?P<unit2>period)\b", _I),
     h_latest_quarter),
    ("two_quarters", re.compile(
        rf"\b(?:the\s)?(?P<side>first|last|final)\stwo\squarters\b"
        rf"(?:\sof\s(?:fiscal\s)?{_YEAR}\b)?", _I), h_two_quarters),
    ("relative_unit", re.compile(
        rf"\b{_EDGE}(?:the\s)?{_REL}\s(?:fiscal\s|calendar\s)?{_UNIT}\b", _I), h_relative_unit),
    ("season", re.compile(
        rf"\b{_EDGE}(?:(?:the\s)?{_REL}\s)?(?P<season>spring|summer|autumn|fall|winter)\b"
        rf"(?:\s(?:of\s)?{_YEAR}\b)?", _I), h_season),
    ("decade", re.compile(
        r"(?:\b(?:(?:the\s)?(?:early|mid|late)[-\s])?(?P<dec>1[5-9]\d|20\d)0'?s|"
        r"(?<=\s)'?(?P<dec2>\d)0s)\b", _I), _decade),
    ("decade_word", re.compile(
        r"\b(?:(?:the\s)?(?:early|mid|late)[-\s])?(?<=the\s)(?P<dw>twenties|thirties|forties|"
        r"fifties|sixties|seventies|eighties|nineties)\b", _I), h_decade_word),
    ("century", re.compile(
        r"\b(?:the\s)?(?:(?:early|mid|late)[-\s])?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|"
        r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
        r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
        r"twenty-first)[-\s]century\b", _I), h_century),
    ("this_century", re.compile(rf"\b{_REL}\s(?P<unit>century|decade)\b", _I), h_relative_unit),
    ("fiscal", re.compile(
        r"\b(?:fiscal|calendar|fiscal\syear|FY)\s?'?(?P<year>(?:19|20)\d\d|\d\d)\b", _I),
     h_fiscal),
    ("holiday", re.compile(
        rf"\b(?P<hol>Christmas(?:\s(?:Day|Eve))?|New\sYear'?s(?:\s(?:Day|Eve))|Thanksgiving"
        rf"(?:\sDay)?|Halloween|Independence\sDay|Valentine'?s\sDay)(?:,?\s{_YEAR}\b)?"),
     h_holiday),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|next|this|coming|past|previous|every|each|upcoming)\s)?"
        rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<plural>s)?"
        rf"(?:'s)?(?:\s{_DAYPART}(?P<pl2>s)?)?\b", _I), h_weekday),
    ("deictic", re.compile(
        rf"\b(?:(?:early|late|earlier|later)\s|(?:early|late|mid)-?(?P<lead>morning|afternoon|"
        rf"evening)\s)?(?P<deic>today|yesterday|tomorrow|tonight|"
        rf"last\snight)(?:'s)?(?:\s{_DAYPART})?\b", _I), h_deictic),
    ("this_part", re.compile(
        rf"\b(?:(?:earlier|later)\s)?this\s{_DAYPART}\b", _I), h_this_part),
    ("clock", re.compile(
        r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
        r"(?:\s(?:[ECMP][SD]T|GMT|UTC)\b)?"
        r"(?:\s\((?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d\d)?\))?"  # its zone: '(GMT +8)'
        # the same time in another zone, in brackets, before its day: '10:35 a.m. (0735
        # GMT) Friday' (the bracket and the day are expressions of their own)
        r"(?:(?=\s\(\d{3,4}\s(?:GMT|UTC)\),?\s(?:on\s)?(?P<wd_after>Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday|Sunday)\b))?"
        r"(?:,?\s(?:on\s)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"|\s(?P<deic>today|yesterday|tomorrow)\b"
        rf"|,?\s(?:on\s)?(?-i:{_MONTH_NAME})\s(?P<day>\d{{1,2}})\b(?:,\s{_YEAR}\b)?)?", _I),
     h_clock),
    ("clock24", re.compile(
        r"\b(?P<h>[01]?\d|2[0-3]):?(?P<min>[0-5]\d)\s(?P<zone>UTC|GMT|Z)\b"
        r"(?:(?=\)?,?\s(?:on\s)?(?P<wd_after>Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday)\b))?"), h_clock24),
    ("the_day", re.compile(
        r"\b(?:(?:early|late)\s(?:in\s)?)?the\sday\b(?!\s(?:of|when|before|after|that|they|"
        r"he|she|it|we|I|you|in\squestion|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|today|yesterday)\b)(?!['-])", _I),
     lambda m, c: _date_reading(c.dct) if c.dct else Reading("DATE", None, None, False)),
    ("weekend", re.compile(r"(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bat\s))"
                            r"the\sweekend\b", _I), h_weekend),
    ("year_ended", re.compile(
        r"\bthe\s(?:(?:full|entire|whole)\s)?(?:fiscal\s)?year(?=\s(?:ended|ending)\b)", _I),
     lambda m, c: Reading("DURATION", "P1Y", None, False)),
    ("whole_year", re.compile(
        r"\bthe\s(?:full|entire|whole)\syear\b(?!['-])|\bthe\s(?:end|beginning|start)\sof\s"
        r"(?:the|this)\syear\b|\byear'?s?\send\b|\b(?:earlier|later)\sin\sthe\syear\b", _I),
     lambda m, c: Reading("DATE", str(c.dct.year), "year", True) if c.dct
     else Reading("DATE", None, None, False)),
    ("that_unit", re.compile(
        r"\b(?:(?:earlier|later)\s)?(?:that|the\ssame)\s(?:day|month|year)\b(?!['-])", _I),
     lambda m, c: Reading("DATE", None, None, False)),
    ("noon", re.compile(
        rf"\b(?:noon|midnight|midday)(?:\s{_WEEKDAY_FULL})?\b", _I), h_noon),
    ("ago", re.compile(
        rf"\b{_MOD}{_NUM}[-\s]{_UNIT}\s(?P<dir>ago|earlier|back|from\snow|hence)\b", _I),
     h_ago),
    ("month_set", re.compile(  # 'each July': every year's July
        r"\b(?:every|each)\s(?P<month>January|February|March|April|May|June|July|August|"
        r"September|October|November|December)\b", _I),
     lambda m, c: Reading("SET", f"XXXX-{MONTHS[m.group('month').lower()]:02d}", None, False)),
    ("set", re.compile(
        rf"\b(?:every|each|per)\s(?:(?P<num>other|\d+|two|three|four|five|six|ten)\s)?{_UNIT}\b",
        _I), h_set),
    ("times_set", re.compile(
        rf"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many)\stimes)\s"
        rf"(?:a|an|per|each|every)\s(?P<num>){_UNIT}\b", _I), h_set),
    ("adverb_set", re.compile(
        r"\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly|"
        r"semiannually|biannually)\b", _I), h_adverb_set),
    ("duration", re.compile(
        rf"\b(?:the\s)?(?:(?:past|last|next|coming|first|previous|following|latest|final|"
        rf"remaining|recent)\s)?{_MOD}(?:{_NUM}[-\s])?(?:more\s|full\s|straight\s|"
        rf"consecutive\s|successive\s|trading\s|business\s|working\s)?{_UNIT}(?:[-\s]long)?\b"
        rf"(?![-\s]olds?\b)(?![-\s](?:quarter|half)\b)",
        _I), h_duration),
    ("ref", re.compile(
        r"\b(?P<ref>now|currently|current|nowadays|these\sdays|at\spresent|at\sthe\smoment|right\snow|"
        r"recently|recent|lately|the\spast|the\s(?:(?:near|distant|foreseeable)\s)?future|"
        r"the\stime\sbeing|"
        r"in\sfuture|the\s(?:near|short|long)\sterm|a\slater\s(?:date|time))\b(?!-)", _I),
     h_ref),
    ("spoken_year", re.compile(
        rf"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|"
        rf"October|November|December)\s)?(?:nineteen|(?:the\syear\s)?two\sthousand(?:\sand)?)"
        rf"(?:[-\s](?P<rest>(?:{_TENS})(?:[-\s](?:{_SMALL}))?|{_SMALL}|hundred))?\b", _I),
     lambda m, c: h_spoken_year(m, c)),
    ("year", re.compile(
        rf"(?<![\d$.,/-])(?:(?:early|mid|late)[-\s])?{_YEAR}\b(?![.,]?\d|\s?%|-\d|\spercent)",
        _I), h_year),
]
