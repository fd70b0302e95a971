"""The ``times`` stage: time expressions normalised against the dateline.

:func:`find_times` finds every time expression in ``Article.text`` with the compiled
patterns of :mod:`fivew.times_rules` and writes ``Article.times``: TIMEX3-style values
(TimeML) with their type (DATE, TIME, DURATION, SET) and granularity. In a story dated
Sunday 22 August 2021, "on Sunday" is 2021-08-22, "a week ago" 2021-08-15, "last week"
2021-W32, "the 1980s" 198X.

- **Dateline.** Relative expressions ("yesterday", "last week", "Friday", "March 3") are
  resolved against ``Article.published`` and marked ``anchored``; a dateline written at
  the top of the text ("WASHINGTON, March 12 (Xinhua) --") stands in for it where it is
  missing or a day or two earlier (:func:`fivew.times_context.text_dateline`). Without
  a dateline they keep an underspecified value where TimeML has one (a weekday is
  ``XXXX-WXX-5``, a month ``XXXX-03``, "March 3" ``XXXX-03-03``) and ``None`` otherwise.
- **Tense.** A bare weekday or a month without a year points back from the dateline in
  a past-tense clause and forward in a future one ("will meet on Friday"). The tense is
  read from the spaCy parse when ``Article._doc`` holds one (the verb the expression
  hangs from, and its auxiliaries: "will", "should", a planning verb such as "planned a
  rally on Saturday"), else from the words nearest the expression in its sentence.
  "Since" points back whatever the verb; a possessive weekday ("Wednesday's ruling") is
  past. With no clue, news is past: a weekday is the latest one on or before the
  dateline, a month the one nearest it.
- **The story's own dates.** After the patterns, :mod:`fivew.times_context` rewrites
  what hangs on an earlier expression: "the next day", "later that year", "later in the
  day" on the date last named, "a year earlier" on the quarter last named (not one a
  forecast names), "the same period last year" on the month last named.
- **Overlaps.** Where patterns overlap, the longest match wins (then the earliest, then
  the rule listed first).

No model and no I/O: the patterns are compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from fivew.article import Article, TimeExpression
from fivew.times_context import (
    anchor_on_narrative,
    quarters_a_year_back,
    second_days,
    text_dateline,
)
from fivew.times_handlers import Context, Reading
from fivew.times_rules import RULES

#: Words that mark a clause as future, and as past, for the text-only tense guess. A
#: participle of planning ('planned', 'scheduled') marks the future when the expression
#: follows it ('planned a rally on Saturday') but not when it comes first ('On Friday,
#: the government planned to pay': the planning was on Friday), nor after 'had been'
#: ('had been scheduled to expire at midnight Friday'). A progressive or passive with
#: its auxiliary ('were planning to', 'should be completed in October') counts as one
#: cue, so that the past-looking word inside it does not win. 'until' counts only inside
#: a clause ('extended the deadline until Tuesday'): a fronted 'Until Thursday, they had
#: not...' leaves the tense to the main verb. A past participle is a lower-case word in
#: '-ed' ('United States', 'Ahmed' are names, not verbs).
_FUTURE_WORDS = (
    r"will|won't|'ll|shall|would|going\sto|plans?\sto|is\sto|are\sto|is\sdue|are\sdue|"
    r"intends?\sto|upcoming|next|(?-i:until)|as\ssoon\sas|as\searly\sas|set\sto|expects?|plans?|"
    r"hopes?\sto|aims?\sto|to\sbe\sheld|tomorrow|"
    r"(?:was|were|is|are)\s(?:planning|going|expected|scheduled|due|set)\sto|"
    r"(?:should|must|will|would)\s(?:not\s)?be\s[a-z]{3,}ed|should|must")
_PARTICIPLES = r"planned\sto|expected\sto|planned|scheduled|expected"
_FUTURE = re.compile(rf"\b(?<!had\sbeen\s)(?:{_FUTURE_WORDS}|{_PARTICIPLES})\b",
                     re.IGNORECASE)
_FUTURE_AFTER = re.compile(rf"\b(?:{_FUTURE_WORDS})\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|came|went|took|made|began|met|left|gave|fell|"
    r"rose|won|lost|saw|got|held|sold|struck|killed|hit|began|became|brought|bought|paid|"
    r"spent|sent|set|fled|led|kept|put|ran|shot|spoke|stood|thought|wrote|(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE)
#: How far either side of an expression (in characters) the text-only guess looks.
TENSE_WINDOW = 80
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


class Found(NamedTuple):
    start: int
    end: int
    rule: int
    reading: Reading


def parse_dateline(published: str | None) -> date | None:
    """The date of an ISO 8601 dateline, or None if absent or unreadable."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
        try:
            return date(*map(int, match.groups())) if match else None
        except ValueError:
            return None


def _text_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause around ``text[start:end]``, from the nearest marker word."""
    left = text[max(0, start - TENSE_WINDOW):start]
    breaks = list(_SENTENCE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    right = text[end:end + TENSE_WINDOW]
    cut = _SENTENCE_BREAK.search(right)
    if cut:
        right = right[:cut.start()]
    best: tuple[int, str] | None = None
    for tense, pattern, after in (("future", _FUTURE, _FUTURE_AFTER), ("past", _PAST, _PAST)):
        for m in pattern.finditer(left):
            distance = len(left) - m.end()
            if best is None or distance < best[0]:
                best = (distance, tense)
        hit = after.search(right)
        # verbs mostly come before their time adverbial: a cue to the right counts double
        if hit and (best is None or 2 * hit.start() < best[0]):
            best = (2 * hit.start(), tense)
    return best[1] if best else None


_FUTURE_AUX = frozenset({"will", "wo", "'ll", "shall", "would", "'d"})
#: Modals that put a clause ahead of the dateline (not 'could', often a past ability).
_MODALS = frozenset({"should", "must", "may", "might"})
#: Verbs whose time adverbial names when something is to happen, whatever their tense.
_PLANNING = frozenset({"plan", "schedule", "slate", "expect", "postpone", "delay",
                       "reschedule", "due"})
#: Words just before an expression that fix its direction from the dateline.
_PAST_LEAD = re.compile(r"\b[Ss]ince\s(?:[a-z]+\s){0,3}$")  # 'since shortly after the'
#: How far back (in characters) :data:`_PAST_LEAD` looks.
LEAD_WINDOW = 32


def _doc_tense(doc: Any, start: int, end: int) -> str | None:
    """The tense of the verb that ``[start, end)`` hangs from in the spaCy parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if words & _FUTURE_AUX or "going" in words:
        return "future"
    if "had" in words:  # 'had been due to expire Friday'
        return "past"
    if words & _MODALS and not words & {"have", "has"}:  # 'should be completed in October'
        return "future"
    if (token.lemma_.lower() in _PLANNING and start > token.idx
            and token.dep_ not in ("acl", "amod", "relcl")):
        # 'planned a rally on Saturday' (but 'On Friday, it planned to...' is past, and so
        # may be 'a rally planned for Saturday was cancelled')
        return "future"
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if token.tag_ == "VBN" and words & {"has", "have", "had"}:
        return "past"
    if token.tag_ == "VB" and token.dep_ == "xcomp":  # 'plans to meet', 'is to meet'
        return "future"
    return None


def _candidates(text: str, ctx: Context) -> Iterator[Found]:
    for index, (_name, pattern, handler) in enumerate(RULES):
        for m in pattern.finditer(text):
            start, end = m.span()
            if start == end:
                continue
            ctx.start, ctx.end = start, end
            reading = handler(m, ctx)
            if reading is not None:
                yield Found(start, end, index, reading)


def _select(found: list[Found]) -> list[Found]:
    """Longest first, then earliest, then the rule listed first; drop what overlaps."""
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start, f.rule)):
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    return sorted(chosen)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip the possessive and any outer whitespace from a match."""
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    if text[start:end].lower().endswith("'s") and end - start > 2:
        end -= 2
    return start, end


def time_expressions(text: str, published: str | None = None,
                     doc: Any = None) -> list[TimeExpression]:
    """Every time expression in ``text``, normalised against ``published``."""
    dct = text_dateline(text, parse_dateline(published))

    @cache
    def tense(start: int, end: int) -> str | None:
        if _PAST_LEAD.search(text, max(0, start - LEAD_WINDOW), start):
            return "past"
        if doc is not None:
            verdict = _doc_tense(doc, start, end)
            if verdict is not None:
                return verdict
        return _text_tense(text, start, end)

    ctx = Context(dct=dct, text=text, tense=tense)
    times: list[TimeExpression] = []
    for f in _select(list(_candidates(text, ctx))):
        start, end = _trim(text, f.start, f.end)
        r = f.reading
        times.append(TimeExpression(
            id=f"t{len(times) + 1}", start=start, end=end, text=text[start:end], type=r.type,
            value=r.value, granularity=r.granularity, anchored=r.anchored))
    times = second_days(text, times)
    for number, t in enumerate(times, start=1):
        t.id = f"t{number}"
    quarters_a_year_back(text, times, dct, tense)
    anchor_on_narrative(text, times)
    return times


def find_times(article: Article) -> Article:
    """Write ``article.times``: the text's time expressions, resolved against the dateline.

    Reads ``text``, ``published`` and, when present, ``_doc`` (the spaCy parse, for verb
    tense); writes ``times``.
    """
    doc = article._doc
    if doc is not None and len(doc.text) != len(article.text):
        doc = None  # the parse covers a truncated text: its offsets would not line up
    article.times = time_expressions(article.text, article.published, doc)
    return article
