"""The :class:`Store`: articles and failures kept in SQLite or PostgreSQL."""

from __future__ import annotations

import builtins
import logging
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack
from types import TracebackType
from typing import Any, TextIO

from sqlalchemy import ColumnElement, Row, distinct, exists, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from fivew.article import ENTITY_TYPES, Article
from fivew.errors import ConfigError, InputError, StoreError
from fivew.pipeline import Options, Result, extract_articles, process
from fivew.readers import RawDocument
from fivew.store import engine as db
from fivew.store.export import EXPORT_FORMATS, WRITERS
from fivew.store.records import ArticleSummary, EntityCount, FailureRecord, IngestReport
from fivew.store.retry import reread
from fivew.store.schema import articles, entities, failures
from fivew.store.write import aware, record_failure, resolve_failure, save_article

logger = logging.getLogger(__name__)

#: Fewest characters of an id prefix :meth:`Store.get` accepts, as git does.
MIN_ID_PREFIX = 4
#: How many candidate ids an "ambiguous prefix" message lists.
AMBIGUOUS_SHOWN = 5
#: Rows fetched at a time while exporting, so that a large store streams.
EXPORT_BATCH = 500
#: Options used when none are given (immutable, so one shared instance is safe).
DEFAULT_OPTIONS = Options()


class Store:
    """Articles, their entities and failed inputs, in one database.

    ``target`` is a file path or a database URL (``sqlite:///x.db``,
    ``postgresql+psycopg://user@host/db``); ``None`` means ``$FIVEW_DB``, else
    ``./fivew.db``. Opening brings the schema up to date; :class:`StoreError` says
    why a database cannot be opened. Use it as a context manager, or call
    :meth:`close`.
    """

    def __init__(self, target: str | None = None) -> None:
        self._url = db.resolve_url(target)
        self._engine = db.create(self._url)
        try:
            db.migrate(self._engine)
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def url(self) -> str:
        """The database URL, with any password masked."""
        return db.masked(self._url)

    @property
    def dialect(self) -> str:
        """The database kind: ``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    def close(self) -> None:
        """Release every connection. The store cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # Writing ---------------------------------------------------------------------

    def ingest(
        self, paths: Iterable[str], options: Options = DEFAULT_OPTIONS, progress: bool = False
    ) -> IngestReport:
        """Process ``paths`` (files, directories, ``-``) and store every article.

        Each article is committed with its entity rows in one transaction, so a run
        killed midway keeps what it stored and half-writes nothing. An article already
        stored (same id) counts as a duplicate and its record is refreshed. Each bad
        input is logged, stored in ``failures`` with its bytes for :meth:`retry`, and
        returned in the report. ``progress`` shows a progress bar on stderr.
        """
        results = ((result, None) for result in extract_articles(paths, options))
        return self._consume(results, progress, "ingest")

    def retry(self, options: Options = DEFAULT_OPTIONS, progress: bool = False) -> IngestReport:
        """Process every unresolved failure again and store what now succeeds.

        A failure is re-read from its file when the file still exists (so a fixed file
        is picked up), else from its stored bytes. Those that succeed are marked
        resolved; the others get one more attempt counted and their newest reason.
        """
        pending = self.failures()
        owners: deque[FailureRecord] = deque()

        def items() -> Iterator[RawDocument | InputError]:
            for failure in pending:
                for item in reread(failure, options):
                    owners.append(failure)
                    yield item

        def paired() -> Generator[tuple[Result, FailureRecord | None], None, None]:
            # The pipeline yields exactly one result per item, in order.
            for result in process(items(), options):
                yield result, owners.popleft()

        report = self._consume(paired(), progress, "retry")
        # A failure whose input now gives no error under its own name is resolved, even
        # when it gave no article (e.g. a JSON Lines file whose records failed one by one).
        still_failing = {error.input for error in report.failed}
        marking = self._write("cannot mark retried failures resolved")
        with marking, self._engine.begin() as connection:
            for failure in pending:
                if failure.input not in still_failing:
                    report.resolved += resolve_failure(connection, failure.id)
        return report

    def _consume(
        self,
        results: Generator[tuple[Result, FailureRecord | None], None, None],
        progress: bool,
        label: str,
    ) -> IngestReport:
        """Store each result as it comes; a failure paired with its stored row updates it."""
        report = IngestReport()
        started = time.perf_counter()
        with ExitStack() as stack:
            # Closing the generator stops the pipeline (and its worker pool) early when
            # storing fails or the run is interrupted.
            stack.callback(results.close)
            bar = stack.enter_context(
                tqdm(
                    desc=label,
                    unit=" articles",
                    file=sys.stderr,
                    disable=not progress,
                    dynamic_ncols=True,
                )
            )
            if progress:
                # Warnings about bad inputs print above the bar instead of through it.
                stack.enter_context(logging_redirect_tqdm())
            for result, owner in results:
                if isinstance(result, InputError):
                    self._store_failure(result, owner)
                    report.failed.append(result)
                    bar.set_postfix(failures=len(report.failed))
                    continue
                with self._write(f"cannot store article {result.id}"):
                    with self._engine.begin() as connection:
                        is_new, resolved = save_article(
                            connection, result, owner.id if owner is not None else None
                        )
                report.stored += is_new
                report.duplicates += not is_new
                report.resolved += resolved
                bar.update(1)
        report.elapsed = time.perf_counter() - started
        return report

    def _store_failure(self, error: InputError, owner: FailureRecord | None) -> None:
        logger.warning("not stored: %s", error)
        # A retried failure that fails again under its own name updates its own row.
        failure_id = owner.id if owner is not None and owner.input == error.input else None
        with self._write(f"cannot record the failure of {error.input}"):
            with self._engine.begin() as connection:
                record_failure(connection, error, failure_id)

    def _write(self, what: str) -> _DatabaseErrors:
        return _DatabaseErrors(f"{what} in {self.url}")

    # Reading ---------------------------------------------------------------------

    def count(self, query: str | None = None) -> int:
        """How many articles are stored (matching ``query``, as in :meth:`list`)."""
        statement = select(func.count()).select_from(articles)
        condition = _matching(query)
        if condition is not None:
            statement = statement.where(condition)
        with self._read("count articles"), self._engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def list(
        self, limit: int = 50, offset: int = 0, query: str | None = None
    ) -> list[ArticleSummary]:
        """Stored articles, newest publication first (undated ones last).

        ``query`` keeps articles whose title, source, URL or an entity name contains
        it, ignoring case.
        """
        entity_count = (
            select(func.count())
            .where(entities.c.article_id == articles.c.id)
            .scalar_subquery()
            .label("entities")
        )
        statement = (
            select(
                articles.c.id,
                articles.c.title,
                articles.c.source,
                articles.c.published,
                articles.c.url,
                entity_count,
            )
            .order_by(
                articles.c.published.desc().nulls_last(),
                articles.c.ingested_at.desc(),
                articles.c.id,
            )
            .limit(limit)
            .offset(offset)
        )
        condition = _matching(query)
        if condition is not None:
            statement = statement.where(condition)
        with self._read("list articles"), self._engine.connect() as connection:
            return [ArticleSummary(*row) for row in connection.execute(statement)]

    def get(self, id: str) -> Article:
        """The article with ``id``, or with a unique id prefix of at least 4 characters."""
        key = id.strip().lower()
        with self._read(f"read article {id}"), self._engine.connect() as connection:
            record = connection.execute(
                select(articles.c.record).where(articles.c.id == key)
            ).scalar_one_or_none()
            if record is None and len(key) >= MIN_ID_PREFIX:
                found: Sequence[Row[Any]] = connection.execute(
                    select(articles.c.id, articles.c.record)
                    .where(articles.c.id.startswith(key, autoescape=True))
                    .order_by(articles.c.id)
                    .limit(AMBIGUOUS_SHOWN + 1)
                ).all()
                if len(found) > 1:
                    shown = ", ".join(row.id for row in found[:AMBIGUOUS_SHOWN])
                    more = ", ..." if len(found) > AMBIGUOUS_SHOWN else ""
                    raise StoreError(
                        f"id prefix '{id}' is ambiguous in {self.url}: it matches {shown}{more}; "
                        "give more characters"
                    )
                record = found[0].record if found else None
        if record is None:
            hint = (
                f" (an id prefix needs at least {MIN_ID_PREFIX} characters)"
                if len(key) < MIN_ID_PREFIX
                else ""
            )
            raise StoreError(f"no article with id '{id}' in {self.url}{hint}; see 'fivew list'")
        return Article.model_validate(record)

    def failures(self, include_resolved: bool = False) -> builtins.list[FailureRecord]:
        """Stored failures, oldest first; only unresolved ones unless asked."""
        statement = select(failures).order_by(failures.c.id)
        if not include_resolved:
            statement = statement.where(failures.c.resolved.is_(False))
        with self._read("read failures"), self._engine.connect() as connection:
            return [
                FailureRecord(
                    id=row.id,
                    input=row.input,
                    code=row.code,
                    reason=row.reason,
                    raw=bytes(row.raw),
                    first_failed_at=aware(row.first_failed_at),
                    last_failed_at=aware(row.last_failed_at),
                    attempts=row.attempts,
                    resolved=bool(row.resolved),
                )
                for row in connection.execute(statement)
            ]

    def export(self, format: str, out: TextIO) -> int:
        """Write every article to ``out`` as ``"jsonl"``, ``"csv"`` or ``"geojson"``.

        Returns how many articles were written. JSON Lines holds one full record per line;
        CSV one flat row per article (open ``out`` with ``newline=""``); GeoJSON one
        FeatureCollection with a point per resolved place of each article. Articles come
        in the order they were first stored.
        """
        writer = WRITERS.get(format)
        if writer is None:
            raise ConfigError(
                f"unknown export format '{format}'; choose one of {', '.join(EXPORT_FORMATS)}"
            )
        statement = select(articles.c.record).order_by(articles.c.ingested_at, articles.c.id)
        with self._read("export articles"), self._engine.connect() as connection:
            rows = connection.execution_options(yield_per=EXPORT_BATCH).execute(statement)
            return writer((Article.model_validate(row.record) for row in rows), out)

    def top_entities(
        self, limit: int = 10, types: Iterable[str] | None = None
    ) -> builtins.list[EntityCount]:
        """The entities named in most articles, as (name, type, articles, mentions)."""
        wanted = None if types is None else list(types)
        unknown = sorted(set(wanted or ()) - set(ENTITY_TYPES))
        if unknown:
            raise ConfigError(
                f"unknown entity type(s) {', '.join(unknown)}; "
                f"choose from {', '.join(ENTITY_TYPES)}"
            )
        article_count = func.count(distinct(entities.c.article_id))
        mention_count = func.sum(entities.c.mention_count)
        statement = (
            select(entities.c.name, entities.c.type, article_count, mention_count)
            .group_by(entities.c.name, entities.c.type)
            .order_by(article_count.desc(), mention_count.desc(), entities.c.name, entities.c.type)
            .limit(limit)
        )
        if wanted is not None:
            statement = statement.where(entities.c.type.in_(wanted))
        with self._read("count entities"), self._engine.connect() as connection:
            return [
                EntityCount(name, kind, int(count), int(mentions or 0))
                for name, kind, count, mentions in connection.execute(statement)
            ]

    def _read(self, what: str) -> _DatabaseErrors:
        return _DatabaseErrors(f"cannot {what} in {self.url}")


def _matching(query: str | None) -> ColumnElement[bool] | None:
    """Articles whose title, source, URL or an entity name contains ``query``."""
    if query is None or not query.strip():
        return None
    text = query.strip()
    named = exists().where(
        entities.c.article_id == articles.c.id, entities.c.name.icontains(text, autoescape=True)
    )
    return or_(
        articles.c.title.icontains(text, autoescape=True),
        articles.c.source.icontains(text, autoescape=True),
        articles.c.url.icontains(text, autoescape=True),
        named,
    )


class _DatabaseErrors:
    """Turns a database error inside a ``with`` block into a :class:`StoreError`."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(value, SQLAlchemyError):
            raise StoreError(f"{self.what}: {db.reason(value)}") from value
