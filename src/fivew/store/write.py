"""Writing to the store: one article (with its entity rows) or one failure at a time.

Every function here runs inside a transaction its caller opened, so that an article
row and its entity rows are committed together or not at all.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from fivew.article import Article
from fivew.errors import InputError
from fivew.store.schema import articles, entities, failures

#: The input name of standard input: it names no file, so its failures are never
#: merged with one another or resolved by name.
STDIN = "-"


def now() -> datetime:
    """The current time, in UTC, as stored in every timestamp column."""
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """``moment`` with its time zone: SQLite hands back UTC timestamps without one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def text_hash(text: str) -> str:
    """SHA-256 of ``text`` with its whitespace normalised, to find the same text under two URLs."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def checkpoint(step: str, article_id: str) -> None:
    """Called inside an article's transaction after each write step; does nothing.

    A seam for tests: replacing it with a function that raises simulates a run killed
    between writing the article row and its entity rows.
    """


def _article_values(article: Article, moment: datetime) -> dict[str, Any]:
    return {
        "url": article.url,
        "text_hash": text_hash(article.text),
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "language": article.language,
        "updated_at": moment,
        "schema_version": article.schema_version,
        "record": article.to_json_dict(),
    }


def save_article(
    connection: Connection, article: Article, failure_id: int | None = None
) -> tuple[bool, int]:
    """Write ``article`` and its entities; return (whether it is new, failures resolved).

    An article whose id is already stored replaces the stored record (the newest
    processing wins) but keeps its first ``ingested_at``. The failure ``failure_id``,
    or else any unresolved failure of the same input, is marked resolved.
    """
    moment = now()
    values = _article_values(article, moment)
    try:
        # A savepoint, so that a duplicate leaves the transaction usable (PostgreSQL
        # aborts a transaction on any error) and concurrent ingests cannot race.
        with connection.begin_nested():
            connection.execute(insert(articles).values(id=article.id, ingested_at=moment, **values))
        is_new = True
    except IntegrityError:
        connection.execute(update(articles).where(articles.c.id == article.id).values(**values))
        is_new = False
    checkpoint("article", article.id)
    connection.execute(delete(entities).where(entities.c.article_id == article.id))
    rows = [
        {
            "article_id": article.id,
            "entity_id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "mention_count": len(entity.mentions),
        }
        for entity in article.entities
    ]
    if rows:
        connection.execute(insert(entities), rows)
    checkpoint("entities", article.id)
    return is_new, _resolve(connection, article.provenance.input, failure_id)


def _resolve(connection: Connection, input: str, failure_id: int | None) -> int:
    statement = update(failures).where(failures.c.resolved.is_(False)).values(resolved=True)
    if failure_id is not None:
        statement = statement.where(failures.c.id == failure_id)
    elif input != STDIN:
        statement = statement.where(failures.c.input == input)
    else:
        return 0
    return connection.execute(statement).rowcount


def resolve_failure(connection: Connection, failure_id: int) -> int:
    """Mark one failure resolved; return 1 if it was not already, else 0."""
    return _resolve(connection, "", failure_id)


def record_failure(connection: Connection, error: InputError, failure_id: int | None = None) -> int:
    """Store ``error`` as a failure and return its row id.

    The failure ``failure_id``, or else the latest failure of the same input (stdin
    aside), is updated: new reason, code and bytes (the old bytes are kept when the new
    error has none), one more attempt, unresolved again. Otherwise a new row is added.
    """
    moment = now()
    if failure_id is None and error.input != STDIN:
        failure_id = connection.execute(
            select(failures.c.id)
            .where(failures.c.input == error.input)
            .order_by(failures.c.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    if failure_id is not None:
        changes: dict[str, Any] = {
            "code": error.code,
            "reason": error.reason,
            "last_failed_at": moment,
            "attempts": failures.c.attempts + 1,
            "resolved": False,
        }
        if error.raw:
            changes["raw"] = error.raw
        connection.execute(update(failures).where(failures.c.id == failure_id).values(**changes))
        return failure_id
    result = connection.execute(
        insert(failures).values(
            input=error.input,
            code=error.code,
            reason=error.reason,
            raw=error.raw,
            first_failed_at=moment,
            last_failed_at=moment,
            attempts=1,
            resolved=False,
        )
    )
    primary_key = result.inserted_primary_key
    assert primary_key is not None
    return int(primary_key[0])
