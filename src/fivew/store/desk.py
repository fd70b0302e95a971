"""Read queries behind the analysts' desk: filtered article and event lists, map, timeline.

Every function takes an open :class:`~fivew.store.Store` and returns plain values.
Filters combine with AND; the article-level ones (query, entity, place, source,
dates) narrow events to those of matching articles, the event-level ones (type,
modality) narrow articles to those reporting such an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, select

from fivew.errors import StoreError
from fivew.store import search
from fivew.store.schema import article_events, article_places, articles, entities
from fivew.store.search import matching
from fivew.store.store import Store

T = TypeVar("T")

#: Largest page a caller may ask for; bigger pages cost more than they help a reader.
MAX_PAGE_SIZE = 200
#: Page size when none is asked for.
DEFAULT_PAGE_SIZE = 50
#: Most points the map draws: the places named in most articles first.
MAX_MAP_POINTS = 1000
#: Most days the timeline shows (the latest ones).
MAX_TIMELINE_DAYS = 366
#: Most values offered in a filter's drop-down (sources, event types).
MAX_CHOICES = 100
#: PostgreSQL: matches of a full-text query counted past the page shown; beyond, the
#: total is a lower bound (``Page.exact`` False, "1050+ found"). Counting every match
#: of a common word cost more than listing the page (load benchmark, 10,000 articles).
COUNT_AHEAD = 1000
#: SQLite: most matches of a query alone (no other filter) ranked by bm25, the most
#: recently stored ones; beyond, the total is a lower bound. Ranking all 10,000
#: matches of a common word took 20 ms a request (load benchmark); 1,000 take 2 ms.
RANKED_CANDIDATES = 1000


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed the desk to; empty fields do not filter."""

    q: str | None = None
    entity: str | None = None
    place: str | None = None
    event_type: str | None = None
    modality: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    source: str | None = None

    def as_params(self) -> dict[str, str]:
        """The set filters, as query-string parameters."""
        return {key: value for key, value in vars(self).items() if value}


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows with what is needed to link to the others."""

    rows: list[T]
    total: int
    page: int
    size: int
    #: False when ``total`` is a lower bound: counting stopped (:data:`COUNT_AHEAD`).
    exact: bool = True

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class EventRow:
    article_id: str
    event_id: str
    type: str | None
    modality: str | None
    day: str | None
    actor: str | None
    recipient: str | None
    trigger: str | None
    place: str | None
    lat: float | None
    lon: float | None
    title: str | None
    source: str | None


@dataclass(frozen=True)
class MapPoint:
    name: str
    lat: float
    lon: float
    articles: int
    events: int = 0
    article_ids: list[str] = field(default_factory=list)


def _day(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise StoreError(f"{what} '{value}' is not a date in the form YYYY-MM-DD") from exc


def _article_conditions(store: Store, filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    text_match = matching(store.dialect, filters.q)
    if text_match is not None:
        conditions.append(text_match)
    # Entity and place: the set of their articles, read once by name (not a test per
    # article: SQLite, without statistics, read every row of the name for each article,
    # 45 s for one page filtered by a common place, load benchmark, 10,000 articles).
    if filters.entity:
        conditions.append(
            articles.c.id.in_(
                select(entities.c.article_id).where(entities.c.name == filters.entity)
            )
        )
    if filters.place:
        # An alias: the map's own query reads article_places too, and must not correlate.
        named = article_places.alias("named_place")
        conditions.append(
            articles.c.id.in_(select(named.c.article_id).where(named.c.name == filters.place))
        )
    if filters.source:
        conditions.append(articles.c.source == filters.source)
    since, until = _day(filters.since, "since"), _day(filters.until, "until")
    if since is not None:
        conditions.append(articles.c.published >= since.isoformat())
    if until is not None:
        # ``published`` may carry a time: everything before the next day is in range.
        conditions.append(articles.c.published < (until + timedelta(days=1)).isoformat())
    return conditions


def _event_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    """Conditions on the event's type and modality."""
    conditions: list[ColumnElement[bool]] = []
    for column, value in (
        (article_events.c.type, filters.event_type),
        (article_events.c.modality, filters.modality),
    ):
        if value:
            conditions.append(column == value)
    return conditions


def _event_days(filters: Filters) -> list[ColumnElement[bool]]:
    """Conditions on the event's day from the date range."""
    conditions: list[ColumnElement[bool]] = []
    since, until = _day(filters.since, "since"), _day(filters.until, "until")
    if since is not None:
        conditions.append(article_events.c.day >= since.isoformat())
    if until is not None:
        conditions.append(article_events.c.day <= until.isoformat())
    return conditions


def _reports_event(filters: Filters) -> ColumnElement[bool] | None:
    """The condition that the article reports an event of the filtered type and
    modality, or ``None``: the set of such articles, read once through the type (or
    modality) index. Tested article by article instead, SQLite, without statistics,
    read every event of the type for each article: 40 s for one page of articles, 124 s
    for the map (load benchmark, 10,000 articles)."""
    conditions = _event_conditions(filters)
    if not conditions:
        return None
    return articles.c.id.in_(select(article_events.c.article_id).where(*conditions))


def _bounds(page: int, size: int) -> tuple[int, int]:
    size = min(max(size, 1), MAX_PAGE_SIZE)
    return max(page, 1), size


def search_articles(
    store: Store, filters: Filters, page: int = 1, size: int = DEFAULT_PAGE_SIZE
) -> Page[ArticleRow]:
    """Articles matching ``filters``: newest publication first, or with a full-text
    query on SQLite, best match first (FTS5's bm25 rank; a query alone matching more
    than :data:`RANKED_CANDIDATES` articles ranks the most recently stored ones).

    On PostgreSQL articles are read from the search documents in date order (index
    ``ix_articles_fts_published``), so that a word every article holds costs one page
    of documents, not all of them, and counting stops :data:`COUNT_AHEAD` past the page.
    """
    page, size = _bounds(page, size)
    query = (filters.q or "").strip()
    ranked = store.dialect == "sqlite" and query and search.fts5_query(query) is not None
    # PostgreSQL lists by date from the search documents, query or not: their index
    # (published DESC NULLS LAST, article_id) is the list's order, which the index on
    # articles.published read backwards is not (undated articles come last).
    dated = store.dialect == "postgresql"
    others = replace(filters, q=None) if ranked or dated else filters
    conditions = _article_conditions(store, others)
    reports = _reports_event(filters)
    if reports is not None:
        conditions.append(reports)
    columns = (articles.c.id, articles.c.title, articles.c.source, articles.c.published)
    source: Any
    only_query = query and not replace(filters, q=None).as_params()
    if ranked:
        hits = search.ranked_hits(query, RANKED_CANDIDATES if only_query else None)
        source = articles.join(hits, hits.c.article_id == articles.c.id)
        order: tuple[Any, ...] = (hits.c.rank, articles.c.id)
    elif dated:
        documents = search.pg_documents()
        source = articles.join(documents, documents.c.article_id == articles.c.id)
        if query:
            conditions.append(search.pg_matches(documents, query))
        order = (documents.c.published.desc().nulls_last(), documents.c.article_id)
    else:
        source = articles
        order = (articles.c.published.desc().nulls_last(), articles.c.id)
    where = and_(True, *conditions)
    statement = (
        select(*columns, articles.c.url)
        .select_from(source)
        .where(where)
        .order_by(*order)
        .limit(size)
        .offset((page - 1) * size)
    )
    # One more than needed: a count that reaches it says "more than this".
    limit = page * size + COUNT_AHEAD + 1 if dated and query else None
    if only_query and (ranked or dated):
        # Every article has one search document: count in the search index alone.
        counting: Any = search.count_hits(store.dialect, query, limit)
    else:
        # Without a query, the search documents only order the list: count articles.
        counted = source if ranked or (dated and query) else articles
        counting = select(func.count()).select_from(counted).where(where)
        if limit is not None:
            counting = select(func.count()).select_from(
                select(articles.c.id).select_from(source).where(where).limit(limit).subquery()
            )
    with store._read("search articles"), store._engine.connect() as connection:
        rows = [ArticleRow(*row) for row in connection.execute(statement)]
        total = int(connection.execute(counting).scalar_one())
    exact = limit is None or total < limit
    if ranked and only_query and total > RANKED_CANDIDATES:
        total, exact = RANKED_CANDIDATES, False
    return Page(rows, total, page, size, exact=exact)


def _events_statement(store: Store, filters: Filters, keys: Any = None) -> Select[Any]:
    """The events matching ``filters`` with their place and article; with ``keys`` (a
    subquery of article_id, event_id), only those events."""
    conditions = _article_conditions(store, filters) + _event_conditions(filters)
    conditions += _event_days(filters)
    events: Any = article_events
    if keys is not None:
        events = keys.join(
            article_events,
            and_(
                article_events.c.article_id == keys.c.article_id,
                article_events.c.event_id == keys.c.event_id,
            ),
        )
    joined = events.join(articles, articles.c.id == article_events.c.article_id).join(
        article_places,
        and_(
            article_places.c.article_id == article_events.c.article_id,
            article_places.c.place_id == article_events.c.place_id,
        ),
        isouter=True,
    )
    return (
        select(
            article_events.c.article_id,
            article_events.c.event_id,
            article_events.c.type,
            article_events.c.modality,
            article_events.c.day,
            article_events.c.actor,
            article_events.c.recipient,
            article_events.c.trigger,
            article_places.c.name,
            article_places.c.lat,
            article_places.c.lon,
            articles.c.title,
            articles.c.source,
        )
        .select_from(joined)
        .where(and_(True, *conditions))
    )


def list_events(
    store: Store, filters: Filters, page: int = 1, size: int = DEFAULT_PAGE_SIZE
) -> Page[EventRow]:
    """Events of the stored records matching ``filters``, latest day first."""
    page, size = _bounds(page, size)
    article_level = _article_conditions(store, filters)
    order = (
        # Exactly the index (day, article_id, event_id) read backwards, on both
        # databases; undated events come last on SQLite, first on PostgreSQL.
        article_events.c.day.desc(),
        article_events.c.article_id.desc(),
        article_events.c.event_id.desc(),
    )
    keys = None
    counting: Any = select(func.count()).select_from(article_events)
    if article_level:
        counting = select(func.count()).select_from(_events_statement(store, filters).subquery())
    else:
        # Every event row has its article (foreign key): count the index table alone.
        counting = counting.where(and_(True, *_event_conditions(filters)))
    with store._read("list events"), store._engine.connect() as connection:
        total = int(connection.execute(counting).scalar_one())
        if not article_level:
            # The page's keys first, from the index table alone (filtered by type or
            # modality: that index, already in this order), then the joins for those
            # rows only.
            keys = (
                select(article_events.c.article_id, article_events.c.event_id)
                .where(and_(True, *_event_conditions(filters)))
                .order_by(*order)
                .limit(size)
                .offset((page - 1) * size)
                .subquery("page_keys")
            )
        statement = _events_statement(store, filters, keys).order_by(*order)
        if keys is None:
            statement = statement.limit(size).offset((page - 1) * size)
        rows = [EventRow(*row) for row in connection.execute(statement)]
    return Page(rows, total, page, size)


def all_events(store: Store, filters: Filters) -> list[EventRow]:
    """Every event matching ``filters`` (for exports), in a stable order."""
    statement = _events_statement(store, filters).order_by(
        article_events.c.day, article_events.c.article_id, article_events.c.event_id
    )
    with store._read("export events"), store._engine.connect() as connection:
        return [EventRow(*row) for row in connection.execute(statement)]


def timeline(store: Store, filters: Filters) -> list[tuple[str, int]]:
    """(day, number of events) for the latest days with dated events, oldest first."""
    conditions = _event_conditions(filters) + _event_days(filters)
    conditions.append(article_events.c.day.is_not(None))
    source: Any = article_events
    article_level = _article_conditions(store, filters)
    if article_level:
        source = article_events.join(articles, articles.c.id == article_events.c.article_id)
        conditions += article_level
    # Without article filters, counted in the day (or type, modality) index alone:
    # 207 ms joining every event to its article and place, for nothing (10,000 articles).
    statement = (
        select(article_events.c.day, func.count())
        .select_from(source)
        .where(*conditions)
        .group_by(article_events.c.day)
        .order_by(article_events.c.day.desc())
        .limit(MAX_TIMELINE_DAYS)
    )
    with store._read("count events per day"), store._engine.connect() as connection:
        return sorted((str(day), int(count)) for day, count in connection.execute(statement))


def map_points(store: Store, filters: Filters) -> list[MapPoint]:
    """Resolved places of the matching articles, one point per place, busiest first."""
    conditions = _article_conditions(store, filters)
    reports = _reports_event(filters)
    if reports is not None:
        conditions.append(reports)
    # Each place's events, counted through the index on (article_id, place_id) of 0004.
    # PostgreSQL: joined and counted; a subquery per place was priced high enough to
    # compile the query (JIT) on every map, 470-530 ms against 250-270 ms joined. SQLite:
    # a subquery per place, 125 ms of CPU against 160 ms joined (10,000 articles, both
    # under load). An alias, so that the event filter's subquery does not correlate.
    placed = article_events.alias("placed_events")
    at_place = and_(
        placed.c.article_id == article_places.c.article_id,
        placed.c.place_id == article_places.c.place_id,
    )
    article_count = func.count(func.distinct(article_places.c.article_id))
    source = article_places.join(articles, articles.c.id == article_places.c.article_id)
    if store.dialect == "postgresql":
        source = source.join(placed, at_place, isouter=True)
        events_count: Any = func.count(placed.c.event_id)
    else:
        events_count = func.sum(select(func.count()).where(at_place).scalar_subquery())
    statement = (
        select(
            article_places.c.name,
            article_places.c.lat,
            article_places.c.lon,
            article_count,
            events_count,
            func.min(article_places.c.article_id),
        )
        .select_from(source)
        .where(article_places.c.lat.is_not(None), article_places.c.lon.is_not(None), *conditions)
        .group_by(article_places.c.name, article_places.c.lat, article_places.c.lon)
        .order_by(article_count.desc(), article_places.c.name)
        .limit(MAX_MAP_POINTS)
    )
    with store._read("map places"), store._engine.connect() as connection:
        return [
            MapPoint(name, float(lat), float(lon), int(count), int(events or 0), [first])
            for name, lat, lon, count, events, first in connection.execute(statement)
        ]


def choices(store: Store) -> dict[str, list[str]]:
    """Values offered by the filter drop-downs: sources, event types, modalities."""
    queries = {
        "source": select(articles.c.source).where(articles.c.source.is_not(None)).distinct(),
        "event_type": select(article_events.c.type)
        .where(article_events.c.type.is_not(None))
        .distinct(),
        "modality": select(article_events.c.modality)
        .where(article_events.c.modality.is_not(None))
        .distinct(),
    }
    with store._read("read filter choices"), store._engine.connect() as connection:
        return {
            key: sorted(str(value) for (value,) in connection.execute(query.limit(MAX_CHOICES)))
            for key, query in queries.items()
        }


def record(store: Store, id: str) -> dict[str, Any]:
    """The stored record of one article as plain JSON data (``id`` may be a prefix)."""
    with store._read(f"read article {id}"), store._engine.connect() as connection:
        found = connection.execute(
            select(articles.c.record).where(articles.c.id == id.strip().lower())
        ).scalar_one_or_none()
    if found is None:
        return store.get(id).to_json_dict()
    return dict(found)


def records(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The stored records of the articles ``ids`` (whole ids), by id, in one query."""
    if not ids:
        return {}
    statement = select(articles.c.id, articles.c.record).where(articles.c.id.in_(ids))
    with store._read("read articles"), store._engine.connect() as connection:
        return {id: dict(found) for id, found in connection.execute(statement)}


def entity_articles(store: Store, name: str, limit: int = DEFAULT_PAGE_SIZE) -> list[ArticleRow]:
    """Articles naming the entity ``name``, newest first."""
    statement = (
        select(articles.c.id, articles.c.title, articles.c.source, articles.c.published)
        .add_columns(articles.c.url)
        .where(articles.c.id.in_(select(entities.c.article_id).where(entities.c.name == name)))
        .order_by(articles.c.published.desc().nulls_last(), articles.c.id)
        .limit(min(limit, MAX_PAGE_SIZE))
    )
    with store._read(f"read entity {name}"), store._engine.connect() as connection:
        return [ArticleRow(*row) for row in connection.execute(statement)]
