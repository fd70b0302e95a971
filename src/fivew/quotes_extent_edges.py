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
