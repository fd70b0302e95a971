"""The situation report: what the stored articles are about, at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fivew.store import Store

#: Entity names listed per type and article before "…": enough to see who is in a
#: story without the report turning into the entity table.
NAMES_PER_TYPE = 8

#: Entities in the "most mentioned" list across articles.
TOP_ENTITIES = 10

#: Articles the report shows in full; the rest are counted.
MAX_ARTICLES = 50

_TYPE_HEADINGS = (
    ("PERSON", "people"),
    ("ORG", "organisations"),
    ("GROUP", "groups"),
    ("PLACE", "places"),
)


def _names(entities: list[tuple[str, int]]) -> str:
    ordered = [name for name, _ in sorted(entities, key=lambda e: (-e[1], e[0]))]
    shown = ordered[:NAMES_PER_TYPE]
    more = len(ordered) - len(shown)
    return ", ".join(shown) + (f", … (+{more})" if more > 0 else "") if shown else "—"


def situation_report(store: Store) -> str:
    """A short plain-text report over every article in ``store``."""
    total = store.count()
    lines = [f"Situation report: {total} article(s) in {store.url}", ""]
    for summary in store.list(limit=MAX_ARTICLES):
        article = store.get(summary.id)
        date = (article.published or "undated")[:10]
        lines.append(f"■ {article.title or '(untitled)'}")
        lines.append(f"  {date} · {article.source or 'unknown source'} · {article.id}")
        for etype, heading in _TYPE_HEADINGS:
            found = [(e.name, len(e.mentions)) for e in article.entities if e.type == etype]
            lines.append(f"  {heading + ':':15}{_names(found)}")
        mapped = sum(place.lat is not None for place in article.places)
        lines.append(
            f"  {'recorded:':15}{len(article.quotes)} quote(s), {len(article.events)} event(s), "
            f"{mapped} of {len(article.places)} place(s) on the map"
        )
        lines.append("")
    if total > MAX_ARTICLES:
        lines.append(f"… and {total - MAX_ARTICLES} more article(s); see `fivew list`.")
        lines.append("")
    top = store.top_entities(limit=TOP_ENTITIES)
    if top:
        lines.append("Most mentioned across articles:")
        for rank, entity in enumerate(top, start=1):
            name, etype, articles, mentions = entity
            lines.append(
                f"  {rank:2}. {name} ({etype}) — {mentions} mention(s) in {articles} article(s)"
            )
    failures = store.failures()
    if failures:
        lines.append("")
        lines.append(f"{len(failures)} input(s) failed; `fivew retry` processes them again.")
    return "\n".join(lines)
