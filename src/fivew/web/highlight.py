"""The article text with its annotations marked, as escaped HTML.

Annotations overlap (a quote holds entity mentions, a place is also an entity), so
the text is cut at every span boundary; each piece is escaped and, when spans cover
it, wrapped in one ``<a class="hl ...">`` naming every kind that covers it and
linking to the innermost annotation's details (``#event-ev1``, ``#quote-q2`` ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

#: Kinds of annotation, in the order their classes are written.
KINDS = ("entity", "place", "time", "quote", "event")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    ref: str  # the anchor of its details on the page
    label: str


def _span(item: Any) -> tuple[int, int] | None:
    if not isinstance(item, dict):
        return None
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    return None


def marks(record: dict[str, Any]) -> list[Mark]:
    """Every annotation of ``record`` that covers some text."""
    found: list[Mark] = []

    def add(item: Any, kind: str, ref: str, label: str) -> None:
        span = _span(item)
        if span is not None:
            found.append(Mark(span[0], span[1], kind, ref, label))

    for entity in record.get("entities") or []:
        for mention in entity.get("mentions") or []:
            add(
                mention,
                "entity",
                f"entity-{entity.get('id')}",
                f"{entity.get('type')}: {entity.get('name')}",
            )
    for place in record.get("places") or []:
        for mention in place.get("mentions") or []:
            add(mention, "place", f"place-{place.get('id')}", f"place: {place.get('name')}")
    for time in record.get("times") or []:
        add(time, "time", f"time-{time.get('id')}", f"time: {time.get('value') or '?'}")
    for quote in record.get("quotes") or []:
        add(quote, "quote", f"quote-{quote.get('id')}", f"{quote.get('kind')} quote")
    for event in record.get("events") or []:
        add(
            event.get("trigger"),
            "event",
            f"event-{event.get('id')}",
            f"event: {event.get('type')} ({event.get('modality')})",
        )
    return found


def highlight(text: str, annotations: list[Mark]) -> Markup:
    """``text`` escaped, with each stretch covered by annotations wrapped in a link."""
    limit = len(text)
    spans = [m for m in annotations if m.end <= limit]
    cuts = sorted({0, limit, *(m.start for m in spans), *(m.end for m in spans)})
    starting: dict[int, list[Mark]] = {}
    for mark in spans:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > left] + starting.get(left, [])
        piece = escape(text[left:right])
        if not active:
            pieces.append(piece)
            continue
        innermost = min(active, key=lambda m: (m.end - m.start, KINDS.index(m.kind)))
        kinds = " ".join(f"hl-{k}" for k in KINDS if any(m.kind == k for m in active))
        pieces.append(
            Markup('<a class="hl {}" href="#{}" title="{}">{}</a>').format(
                kinds, innermost.ref, innermost.label, piece
            )
        )
    return Markup("").join(pieces)
