"""Full-text search over stored articles: SQLite FTS5 or PostgreSQL text search.

The index itself is made by migration 0002 and filled by triggers on ``articles``:
``articles_fts`` is an FTS5 table on SQLite, a table of ``tsvector`` documents with
the GIN index ``ix_articles_fulltext`` on PostgreSQL, where migration 0003 adds each
article's ``published`` and the index ``ix_articles_fts_published`` in the desk's
order, so that a list of matches newest first stops after one page.
Neither is described in :mod:`fivew.store.schema` (they exist on one dialect only);
:func:`is_schema_object` is the filter to hand Alembic's comparison so that it
leaves them alone.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    ColumnElement,
    Float,
    String,
    TableClause,
    bindparam,
    column,
    func,
    literal_column,
    table,
    text,
)

from fivew.store.schema import articles

#: Names of the dialect-specific search objects (the FTS5 table and its shadow tables,
#: the PostgreSQL expression index).
SEARCH_TABLE = "articles_fts"
SEARCH_INDEX = "ix_articles_fulltext"
#: PostgreSQL: the index of ``articles_fts`` by date (migration 0003).
DATE_INDEX = "ix_articles_fts_published"
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
        return name not in (SEARCH_INDEX, DATE_INDEX)
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


def ranked_hits(query: str, candidates: int | None = None) -> Any:
    """SQLite: a subquery of (article_id, rank) for ``query``, to be ordered by rank (bm25).

    ``None`` when the query holds no word. With ``candidates``, only that many matches
    are ranked: the most recently indexed ones (FTS5 reads its index newest first for
    free, while reading every match's article id and rank cost 20 ms for a word that
    all of 10,000 articles hold).
    """
    expression = fts5_query(query)
    if expression is None:
        return None
    sql = f"SELECT article_id, rank FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fulltext"
    parameters: list[BindParameter[Any]] = [bindparam("fulltext", expression)]
    if candidates is not None:
        sql += " ORDER BY rowid DESC LIMIT :candidates"
        parameters.append(bindparam("candidates", candidates))
    hits = text(sql).bindparams(*parameters)
    return hits.columns(column("article_id", String), column("rank", Float)).subquery("hits")


def count_hits(dialect: str, query: str, limit: int | None = None) -> Any:
    """How many articles match ``query``, counted in the search index alone.

    With ``limit``, PostgreSQL stops counting there (a word every article holds would
    otherwise cost a test of every document); SQLite counts in its index for free.
    """
    if dialect == "postgresql":
        fulltext: BindParameter[str] = bindparam("fulltext", query.strip()[:MAX_QUERY_CHARS])
        if limit is None:
            return text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {_PG_MATCH}").bindparams(
                fulltext
            )
        return text(
            f"SELECT count(*) FROM (SELECT 1 FROM {SEARCH_TABLE} WHERE {_PG_MATCH} "
            "LIMIT :counted) AS counted"
        ).bindparams(fulltext, bindparam("counted", limit))
    expression = fts5_query(query) or '""'
    return text(
        f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fulltext"
    ).bindparams(bindparam("fulltext", expression))


def pg_documents() -> TableClause:
    """PostgreSQL: the table of search documents, with their article's date (for joins)."""
    return table(
        SEARCH_TABLE,
        column("article_id", String),
        column("published", String),
        column("document"),
    )


def pg_matches(documents: TableClause, query: str) -> ColumnElement[bool]:
    """PostgreSQL: the condition "the document of ``documents`` matches ``query``"."""
    understood = func.websearch_to_tsquery(
        literal_column(f"'{PG_CONFIG}'::regconfig"),
        bindparam("fulltext", query.strip()[:MAX_QUERY_CHARS], type_=String),
    )
    return documents.c.document.op("@@", return_type=Boolean)(understood)


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
