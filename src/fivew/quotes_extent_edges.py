"""Edges of content spans: words PolNeAR's gold keeps inside the content.

A complementizer "that" right before an opening quote mark ('said that "any further
communication ... "') belongs to the reported content in PolNeAR's annotation, while the
quote marks alone would start it at the mark. PolNeAR train exact content F1 .5889 -> .5911 /
.5966 -> .5995 (even / odd), content overlap .8222 -> .8222 / .8145 -> .8146. A direct quote
so widened is a mixed one: the writer's "that" and the speaker's words.

The cue of a relative clause whose object is the gap ("the speech we'd like to hear") gets
the noun phrase (or relative pronoun) filling it as a first fragment of its own, see
:mod:`fivew.quotes_relatives`; a direct quote so widened is mixed too ("which he called
“a disgrace”").

A short quote listed with a quote a cue took ('chanted "Send them home," and "Build the
wall."') is too short to be taken on its own, and joins that attribution
(:func:`listed_quotes`). PolNeAR train: content-overlap F1 +0.0002 / +0.0001,
speaker-attributed F1 +0.0002 / 0, exact content 0 / 0 (even / odd documents).
"""

from __future__ import annotations

import re
from typing import Any

from fivew.quotes_relatives import relative_head_fragment

#: "that" and the spaces before an opening quote mark, at the end of the text before it.
_THAT_BEFORE_MARK = re.compile(r"\bthat\s+$", re.IGNORECASE)
#: Opening quote marks that a content span may start with.
_OPENING_MARKS = "\"“'‘"
#: How far back to look for the "that": its four letters plus up to four spaces (a
#: conventional bound, not tuned).
_LOOKBACK = 8


def widen_to_edges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``spans`` with a start at an opening quote mark moved back over a "that"."""
    out = []
    for start, end in spans:
        if start < len(text) and text[start] in _OPENING_MARKS:
            found = _THAT_BEFORE_MARK.search(text[max(0, start - _LOOKBACK) : start])
            if found:
                start = max(0, start - _LOOKBACK) + found.start()
        out.append((start, end))
    return out


def edged_contents(text: str, attr: Any, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`widen_to_edges` on the content ``spans`` of ``attr`` (a
    :class:`fivew.quotes_rules.Attribution`), with the noun its relative clause qualifies
    before them (:func:`fivew.quotes_relatives.relative_head_fragment`, kept only where it
    ends before the content and the cue and leaves the source out); ``attr`` turns mixed
    where a direct quote widened."""
    widened = widen_to_edges(text, spans)
    if widened:
        head = relative_head_fragment(attr.cue_token, widened[0][0])
        if head is not None and head[1] <= min(widened[0][0], attr.cue[0]) and not (
                attr.source and attr.source[0] < head[1] and head[0] < attr.source[1]):
            widened = [head, *widened]
    if attr.kind == "direct" and widened != spans:
        attr.kind = "mixed"
    return widened


#: What may stand between two quotes of one list ("“Peace Through Strength,” “Law and
#: Order,” and, yes, “Sanity.”"; '"Send them home," and "Build the wall."'): commas,
#: "and"/"or" and an aside "yes", on one line.
_LIST_GAP = re.compile(r"^[ \t,;]*(?:(?:and|or)\b[ \t,]*)?(?:yes\b[ \t,]*)?$", re.IGNORECASE)
#: A quote ending a sentence inside its marks: no list goes on after it.
_SENTENCE_END = re.compile(r"[.!?][\"”'’]*\s*$")
#: A quote ending on a comma inside its marks ("“Law and Order,”").
_COMMA_END = re.compile(r",[\"”'’]*\s*$")


def _listed(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether quotes ``first`` and ``second`` are items of one list: only a list gap
    between them, the first ending on a comma inside its marks or followed by a comma,
    "and" or "or", and not ending a sentence."""
    gap = text[first[1] : second[0]]
    if not _LIST_GAP.match(gap) or _SENTENCE_END.search(text[first[0] : first[1]]):
        return False
    return bool(_COMMA_END.search(text[first[0] : first[1]]) or gap.strip(" \t"))


def listed_quotes(text: str, attrs: list[Any], chunks: list[tuple[int, int]]) -> list[Any]:
    """Give a quoted stretch that no attribution took (too short to be a quote of its own:
    "“Law and Order,” and “Sanity.”") to the attribution of a quote it is listed with
    (:func:`_listed`), right before or after it, and return ``attrs``. PolNeAR attributes
    the whole list."""
    owner: dict[tuple[int, int], Any] = {}
    for attr in attrs:
        for chunk in attr.extra.get("quotes", []):
            owner[chunk] = attr
    changed = True
    while changed:
        changed = False
        for n, chunk in enumerate(chunks):
            if chunk in owner:
                continue
            before = chunks[n - 1] if n and _listed(text, chunks[n - 1], chunk) else None
            after = (chunks[n + 1] if n + 1 < len(chunks) and _listed(text, chunk, chunks[n + 1])
                     else None)
            other = before if before in owner else after if after in owner else None
            if other is None:
                continue
            attr = owner[other]
            attr.extra["quotes"].append(chunk)
            attr.content = (min(attr.content[0], chunk[0]), max(attr.content[1], chunk[1]))
            if attr.parts:
                attr.parts[0] = (min(attr.parts[0][0], chunk[0]), attr.parts[0][1])
                attr.parts[-1] = (attr.parts[-1][0], max(attr.parts[-1][1], chunk[1]))
            owner[chunk] = attr
            changed = True
    return attrs
