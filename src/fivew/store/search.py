"""Full-text search over stored articles: SQLite FTS5 or PostgreSQL text search.

The index itself is made by migration 0002 and filled by triggers on ``articles``:
``articles_fts`` is an FTS5 table on SQLite, a table of ``tsvector`` documents with
the GIN index ``ix_articles_fulltext`` on PostgreSQL.
Neither is described in :mod:`fivew.store.schema` (they exist on one dialect only);
:func:`is_schema_object` is the filter to hand Alembic's comparison so that it
leaves them alone.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Float, String, bindparam, column, literal_column, text

from fivew.store.schema import articles

#: Names of the dialect-specific search objects (the FTS5 table and its shadow tables,
#: the PostgreSQL expression index).
SEARCH_TABLE = "articles_fts"
SEARCH_INDEX = "ix_articles_fulltext"
#: Text-search configuration on PostgreSQL: English stemming, as the FTS5 table's
#: ``porter`` tokenizer does on SQLite.
PG_CONFIG = "english"
#: Longest query accepted, in characters; longer ones are cut (they mean a paste).
MAX_QUERY_CHARS = 500
#: Most words of a query used on SQLite; each becomes one quoted FTS5 term.
MAX_QUERY_TERMS = 20

_WORD = re.compile(r"\w+", re.UNICODE)
#: PostgreSQL: the stored document matches the query, read as a web search would.
_PG_MATCH = f"document @@ websearch_to_tsquery('{PG_CONFIG}'::regconfig, :fulltext)"


def is_schema_object(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """False for the search objects, which :mod:`fivew.store.schema` does not describe.

    Pass as ``include_name`` to Alembic's ``MigrationContext`` (or ``compare_metadata``).
    """
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(SEARCH_TABLE)
    if type_ == "index":
        return name != SEARCH_INDEX
    return True


def fts5_query(query: str) -> str | None:
    """``query`` as an FTS5 expression: every word must occur (stemmed, as PostgreSQL does).

    Each word is quoted, so that FTS5 operators typed by a user (``NEAR``, ``*``,
    ``-``, quotes) are only words; ``None`` when the query holds no word.
    """
    words = _WORD.findall(query[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]
    if not words:
        return None
    return " ".join(f'"{word}"' for word in words)


def ranked_hits(query: str) -> Any:
    """SQLite: a subquery of (article_id, rank) for ``query``, best match first by bm25.

    ``None`` when the query holds no word. FTS5 answers ``ORDER BY rank`` from the
    index, which is far cheaper than ordering every hit by date.
    """
    expression = fts5_query(query)
    if expression is None:
        return None
    hits = text(
        f"SELECT article_id, rank FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fulltext"
    ).bindparams(bindparam("fulltext", expression))
    return hits.columns(column("article_id", String), column("rank", Float)).subquery("hits")


def count_hits(dialect: str, query: str) -> Any:
    """How many articles match ``query``, counted in the search index alone."""
    if dialect == "postgresql":
        return text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {_PG_MATCH}").bindparams(
            bindparam("fulltext", query.strip()[:MAX_QUERY_CHARS])
        )
    expression = fts5_query(query) or '""'
    return text(
        f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fulltext"
    ).bindparams(bindparam("fulltext", expression))


def matching(dialect: str, query: str | None) -> ColumnElement[bool] | None:
    """The condition "article matches the full-text ``query``", or ``None`` for no query."""
    if query is None or not query.strip():
        return None
    if dialect == "postgresql":
        documents = text(f"SELECT article_id FROM {SEARCH_TABLE} WHERE {_PG_MATCH}").bindparams(
            bindparam("fulltext", query.strip()[:MAX_QUERY_CHARS])
        )
        return articles.c.id.in_(documents.columns(articles.c.id))
    expression = fts5_query(query)
    if expression is None:
        return literal_column("0") == literal_column("1")
    hits = text(f"SELECT article_id FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fulltext")
    return articles.c.id.in_(
        hits.bindparams(bindparam("fulltext", expression)).columns(articles.c.id)
    )
