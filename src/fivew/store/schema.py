"""The store's tables, as SQLAlchemy Core metadata.

This module describes the *current* shape of the database. The migrations in
``migrations/versions/`` build it step by step and are what actually creates the
tables; ``tests/test_store.py`` checks that the two agree. After changing a table
here, add a migration (``alembic -c <ini with script_location=fivew.store:migrations>
revision --autogenerate``) rather than editing an old one.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects import postgresql

#: Stable constraint and index names, so that later migrations can refer to them on
#: every backend (SQLite leaves unnamed constraints unnamed).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Longest article id kept. ``article_id`` makes 16 hex digits; the room left lets a
#: later scheme use a full SHA-256 without a migration.
ID_LENGTH = 64
#: Longest ``published`` value: an ISO 8601 datetime with fraction and offset.
DATE_LENGTH = 40
#: Short codes: entity types, language tags, error codes, schema versions.
CODE_LENGTH = 16

#: The whole record: JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
RecordJSON = JSON().with_variant(postgresql.JSONB(), "postgresql")

#: The table where Alembic keeps the schema's revision, named apart from the
#: ``alembic_version`` of any other application sharing the database.
VERSION_TABLE = "fivew_alembic_version"

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _article_id(*, primary_key: bool = False) -> Column[str]:
    """The ``article_id`` of a row about one article, deleted with the article."""
    return Column(
        "article_id",
        String(ID_LENGTH),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=primary_key,
        nullable=False,
    )


articles = Table(
    "articles",
    metadata,
    Column("id", String(ID_LENGTH), primary_key=True),  # Article.id
    # Unique but nullable: an article read from plain text may have no URL, and
    # NULLs never clash. The id is derived from the URL when there is one.
    Column("url", Text, nullable=True, unique=True),
    Column("text_hash", String(ID_LENGTH), nullable=False),  # SHA-256 of the text
    Column("title", Text),
    Column("source", Text),
    Column("published", String(DATE_LENGTH)),  # ISO 8601, as in the record
    Column("language", String(CODE_LENGTH)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("schema_version", String(CODE_LENGTH), nullable=False),
    Column("record", RecordJSON, nullable=False),  # Article.to_json_dict()
    Index(None, "published"),
    Index(None, "ingested_at"),
    Index(None, "source"),
    Index(None, "text_hash"),
)

entities = Table(
    "entities",
    metadata,
    _article_id(primary_key=True),
    Column("entity_id", String(ID_LENGTH), primary_key=True),  # Entity.id, e.g. "e1"
    Column("name", Text, nullable=False),
    Column("type", String(CODE_LENGTH), nullable=False),
    Column("mention_count", Integer, nullable=False),
    # The situation report groups by (name, type) across articles.
    Index(None, "name", "type"),
    Index(None, "type"),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),  # a path, "path:line" or "-"
    Column("code", String(CODE_LENGTH), nullable=False),
    Column("reason", Text, nullable=False),
    Column("raw", LargeBinary, nullable=False),  # the input's bytes, kept for retry
    Column("first_failed_at", DateTime(timezone=True), nullable=False),
    Column("last_failed_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("resolved", Boolean, nullable=False),
    Index(None, "input"),
    Index(None, "resolved"),
)

# The analysts' desk (migration 0002) ---------------------------------------------
# ``article_events`` and ``article_places`` are indexes of the records' ``events`` and
# ``places``, kept up to date by database triggers on ``articles`` (see
# ``fivew.store.search``), so that the desk filters and maps without parsing JSON.
# The full-text index (an FTS5 table on SQLite, a GIN index on PostgreSQL) is
# dialect-specific and lives outside this metadata: ``search.is_schema_object`` tells
# Alembic's comparison to leave it alone.

#: Longest user name, comment author, annotation id or review field name.
NAME_LENGTH = 200

article_events = Table(
    "article_events",
    metadata,
    _article_id(primary_key=True),
    Column("event_id", String(ID_LENGTH), primary_key=True),  # Event.id
    Column("type", String(CODE_LENGTH)),  # PLOVER type
    Column("modality", String(CODE_LENGTH)),
    Column("day", String(DATE_LENGTH)),  # YYYY-MM-DD: the event's date, else the dateline
    Column("place_id", String(ID_LENGTH)),  # Place.id in the same record
    Column("actor", Text),  # the words naming the actor
    Column("recipient", Text),
    Column("trigger", Text),
    # The events table's order: latest day first, then a stable order within a day;
    # filtered by type or modality, the same order within each value (migration 0004).
    Index(None, "day", "article_id", "event_id"),
    Index(None, "type", "day", "article_id", "event_id"),
    Index(None, "modality", "day", "article_id", "event_id"),
    # The map's count of events at each place of an article.
    Index(None, "article_id", "place_id"),
)

article_places = Table(
    "article_places",
    metadata,
    _article_id(primary_key=True),
    Column("place_id", String(ID_LENGTH), primary_key=True),  # Place.id
    Column("name", Text, nullable=False),
    Column("country", String(CODE_LENGTH)),
    Column("lat", Float),
    Column("lon", Float),
    Index(None, "name"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(NAME_LENGTH), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # Argon2id, PHC string format
    # SHA-256 of the user's API token (the token itself is shown once, never stored).
    Column("token_hash", String(ID_LENGTH), unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_id(),
    Column("event_id", String(ID_LENGTH)),  # None: about the whole article
    Column("author", String(NAME_LENGTH), nullable=False),  # the name typed in the form
    Column("user_name", String(NAME_LENGTH)),  # the signed-in account, if any
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index(None, "article_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_id(),
    Column("target_kind", String(CODE_LENGTH), nullable=False),  # event, quote, place ...
    Column("target_id", String(ID_LENGTH), nullable=False),  # its id in the record
    Column("verdict", String(CODE_LENGTH), nullable=False),  # confirm, reject, correct
    Column("field", String(NAME_LENGTH)),  # for a correction: which field
    Column("value", Text),  # for a correction: the analyst's value
    Column("note", Text),
    Column("reviewer", String(NAME_LENGTH), nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
    Index(None, "article_id"),
)
