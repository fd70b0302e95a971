"""The analysts' desk: full-text search, event and place indexes, users, comments, reviews.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

``article_events`` and ``article_places`` index the ``events`` and ``places`` of each
stored record; triggers on ``articles`` keep them (and the full-text index) in step
with every insert and update, so the code that writes articles needs no change.
Full text: ``articles_fts``, an FTS5 table on SQLite, a table of ``tsvector``
documents with the GIN index ``ix_articles_fulltext`` on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Written out here rather than imported, as in 0001: this is the schema as of 0002.
_ID, _DATE, _CODE, _NAME = 64, 40, 16, 200

_ISO_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
_SQLITE_DAY = (
    f"CASE WHEN json_extract(value, '$.time_value') GLOB {_ISO_DAY}"
    " THEN substr(json_extract(value, '$.time_value'), 1, 10)"
    f" WHEN new.published GLOB {_ISO_DAY} THEN substr(new.published, 1, 10) END"
)
# OR IGNORE: a record with a repeated or missing id loses that row of the index, never
# the article.
_SQLITE_INDEX = f"""
  INSERT INTO articles_fts (article_id, title, body)
    VALUES (new.id, coalesce(new.title, ''), coalesce(json_extract(new.record, '$.text'), ''));
  INSERT OR IGNORE INTO article_events
      (article_id, event_id, type, modality, day, place_id, actor, recipient, "trigger")
    SELECT new.id, json_extract(value, '$.id'), json_extract(value, '$.type'),
           json_extract(value, '$.modality'), {_SQLITE_DAY}, json_extract(value, '$.place'),
           json_extract(value, '$.actor.text'), json_extract(value, '$.recipient.text'),
           json_extract(value, '$.trigger.text')
    FROM json_each(new.record, '$.events') WHERE json_type(value) = 'object';
  INSERT OR IGNORE INTO article_places (article_id, place_id, name, country, lat, lon)
    SELECT new.id, json_extract(value, '$.id'), json_extract(value, '$.name'),
           json_extract(value, '$.country'), json_extract(value, '$.lat'),
           json_extract(value, '$.lon')
    FROM json_each(new.record, '$.places') WHERE json_type(value) = 'object';
"""
_SQLITE_UNINDEX = """
  DELETE FROM articles_fts WHERE article_id = old.id;
  DELETE FROM article_events WHERE article_id = old.id;
  DELETE FROM article_places WHERE article_id = old.id;
"""
_SQLITE = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "article_id UNINDEXED, title, body, tokenize = 'porter unicode61')",
    f"CREATE TRIGGER articles_desk_insert AFTER INSERT ON articles BEGIN {_SQLITE_INDEX} END",
    "CREATE TRIGGER articles_desk_update AFTER UPDATE OF record, title ON articles BEGIN "
    f"{_SQLITE_UNINDEX} {_SQLITE_INDEX} END",
    "CREATE TRIGGER articles_desk_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
]
_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS articles_desk_delete",
    "DROP TRIGGER IF EXISTS articles_desk_update",
    "DROP TRIGGER IF EXISTS articles_desk_insert",
    "DROP TABLE IF EXISTS articles_fts",
]

_PG_ITEMS = (
    "jsonb_array_elements(CASE WHEN jsonb_typeof(NEW.record -> '{key}') = 'array' "
    "THEN NEW.record -> '{key}' ELSE '[]'::jsonb END)"
)
_PG_FUNCTION = f"""
CREATE FUNCTION fivew_index_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM article_events WHERE article_id = OLD.id;
    DELETE FROM article_places WHERE article_id = OLD.id;
  END IF;
  INSERT INTO articles_fts (article_id, document)
    VALUES (NEW.id, to_tsvector('english'::regconfig,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.record ->> 'text', '')))
    ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document;
  INSERT INTO article_events
      (article_id, event_id, type, modality, day, place_id, actor, recipient, "trigger")
    SELECT NEW.id, left(e ->> 'id', {_ID}), left(e ->> 'type', {_CODE}),
           left(e ->> 'modality', {_CODE}),
           CASE WHEN e ->> 'time_value' ~ '^\\d{{4}}-\\d{{2}}-\\d{{2}}'
                  THEN left(e ->> 'time_value', 10)
                WHEN NEW.published ~ '^\\d{{4}}-\\d{{2}}-\\d{{2}}' THEN left(NEW.published, 10)
           END,
           left(e ->> 'place', {_ID}), e -> 'actor' ->> 'text', e -> 'recipient' ->> 'text',
           e -> 'trigger' ->> 'text'
    FROM {_PG_ITEMS.format(key="events")} AS e
    WHERE jsonb_typeof(e) = 'object' AND e ->> 'id' IS NOT NULL
    ON CONFLICT DO NOTHING;
  INSERT INTO article_places (article_id, place_id, name, country, lat, lon)
    SELECT NEW.id, left(p ->> 'id', {_ID}), coalesce(p ->> 'name', ''),
           left(p ->> 'country', {_CODE}),
           CASE WHEN jsonb_typeof(p -> 'lat') = 'number' THEN (p ->> 'lat')::float8 END,
           CASE WHEN jsonb_typeof(p -> 'lon') = 'number' THEN (p ->> 'lon')::float8 END
    FROM {_PG_ITEMS.format(key="places")} AS p
    WHERE jsonb_typeof(p) = 'object' AND p ->> 'id' IS NOT NULL
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$
"""
_PG = [
    # The document of each article, kept by the trigger below: matching a stored
    # tsvector is cheap whatever plan PostgreSQL picks.
    f"CREATE TABLE articles_fts (article_id varchar({_ID}) PRIMARY KEY "
    "REFERENCES articles (id) ON DELETE CASCADE, document tsvector NOT NULL)",
    "CREATE INDEX ix_articles_fulltext ON articles_fts USING gin (document)",
    _PG_FUNCTION,
    "CREATE TRIGGER articles_desk_index AFTER INSERT OR UPDATE OF record ON articles "
    "FOR EACH ROW EXECUTE FUNCTION fivew_index_article()",
]
_PG_DROP = [
    "DROP TRIGGER IF EXISTS articles_desk_index ON articles",
    "DROP FUNCTION IF EXISTS fivew_index_article()",
    "DROP TABLE IF EXISTS articles_fts",
]


def _article_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["article_id"], ["articles.id"], name=f"fk_{table}_article_id_articles", ondelete="CASCADE"
    )


def upgrade() -> None:
    """Create the desk's tables, the search index and the triggers; index stored articles."""
    op.create_table(
        "article_events",
        sa.Column("article_id", sa.String(_ID), nullable=False),
        sa.Column("event_id", sa.String(_ID), nullable=False),
        sa.Column("type", sa.String(_CODE), nullable=True),
        sa.Column("modality", sa.String(_CODE), nullable=True),
        sa.Column("day", sa.String(_DATE), nullable=True),
        sa.Column("place_id", sa.String(_ID), nullable=True),
        sa.Column("actor", sa.Text(), nullable=True),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=True),
        _article_fk("article_events"),
        sa.PrimaryKeyConstraint("article_id", "event_id", name="pk_article_events"),
    )
    op.create_index("ix_article_events_type", "article_events", ["type"])
    op.create_index("ix_article_events_modality", "article_events", ["modality"])
    op.create_index(
        "ix_article_events_day_article_id_event_id",
        "article_events",
        ["day", "article_id", "event_id"],
    )
    op.create_table(
        "article_places",
        sa.Column("article_id", sa.String(_ID), nullable=False),
        sa.Column("place_id", sa.String(_ID), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(_CODE), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        _article_fk("article_places"),
        sa.PrimaryKeyConstraint("article_id", "place_id", name="pk_article_places"),
    )
    op.create_index("ix_article_places_name", "article_places", ["name"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(_NAME), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("token_hash", sa.String(_ID), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
        sa.UniqueConstraint("token_hash", name="uq_users_token_hash"),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(_ID), nullable=False),
        sa.Column("event_id", sa.String(_ID), nullable=True),
        sa.Column("author", sa.String(_NAME), nullable=False),
        sa.Column("user_name", sa.String(_NAME), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _article_fk("comments"),
        sa.PrimaryKeyConstraint("id", name="pk_comments"),
    )
    op.create_index("ix_comments_article_id", "comments", ["article_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(_ID), nullable=False),
        sa.Column("target_kind", sa.String(_CODE), nullable=False),
        sa.Column("target_id", sa.String(_ID), nullable=False),
        sa.Column("verdict", sa.String(_CODE), nullable=False),
        sa.Column("field", sa.String(_NAME), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(_NAME), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        _article_fk("reviews"),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
    )
    op.create_index("ix_reviews_article_id", "reviews", ["article_id"])
    dialect = op.get_bind().dialect.name
    for statement in _PG if dialect == "postgresql" else _SQLITE:
        op.execute(statement)
    # Index the articles already stored: the update triggers do the work.
    op.execute("UPDATE articles SET record = record")


def downgrade() -> None:
    """Drop everything :func:`upgrade` made."""
    dialect = op.get_bind().dialect.name
    for statement in _PG_DROP if dialect == "postgresql" else _SQLITE_DROP:
        op.execute(statement)
    for table in ("reviews", "comments", "users", "article_places", "article_events"):
        op.drop_table(table)
