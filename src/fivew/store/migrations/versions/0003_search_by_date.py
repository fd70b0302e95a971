"""PostgreSQL search answers its first page without touching every match.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The desk lists a full-text query's matches newest first on PostgreSQL. With the
search documents and the dates in two tables, a common word (one every article
holds) made PostgreSQL read and sort every match to return 50. ``articles_fts`` now
keeps each article's ``published`` beside its document, under the index
``ix_articles_fts_published`` in the list's order: the first page is read by walking
that index and testing documents until the page is full (the GIN index still serves
rare words). The trigger function of 0002 is replaced to fill the new column, and now
also runs when only ``published`` changes. SQLite (FTS5, ranked by bm25) is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out here rather than imported, as in 0001 and 0002.
_ID, _DATE, _CODE = 64, 40, 16

_PG_ITEMS = (
    "jsonb_array_elements(CASE WHEN jsonb_typeof(NEW.record -> '{key}') = 'array' "
    "THEN NEW.record -> '{key}' ELSE '[]'::jsonb END)"
)


def _function(with_published: bool) -> str:
    """The trigger function of 0002, storing ``published`` in ``articles_fts`` or not."""
    columns = "article_id, document" + (", published" if with_published else "")
    published = ", NEW.published" if with_published else ""
    also = ", published = EXCLUDED.published" if with_published else ""
    return f"""
CREATE OR REPLACE FUNCTION fivew_index_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM article_events WHERE article_id = OLD.id;
    DELETE FROM article_places WHERE article_id = OLD.id;
  END IF;
  INSERT INTO articles_fts ({columns})
    VALUES (NEW.id, to_tsvector('english'::regconfig,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.record ->> 'text', '')){published})
    ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document{also};
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


_PG_UPGRADE = [
    f"ALTER TABLE articles_fts ADD COLUMN published varchar({_DATE})",
    "UPDATE articles_fts SET published = articles.published FROM articles "
    "WHERE articles.id = articles_fts.article_id",
    # The order of the desk's list: newest first, undated last, then by id.
    "CREATE INDEX ix_articles_fts_published ON articles_fts "
    "(published DESC NULLS LAST, article_id)",
    _function(with_published=True),
    "DROP TRIGGER IF EXISTS articles_desk_index ON articles",
    "CREATE TRIGGER articles_desk_index AFTER INSERT OR UPDATE OF record, title, published "
    "ON articles FOR EACH ROW EXECUTE FUNCTION fivew_index_article()",
    "ANALYZE articles_fts",
]
_PG_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS articles_desk_index ON articles",
    _function(with_published=False),
    "CREATE TRIGGER articles_desk_index AFTER INSERT OR UPDATE OF record ON articles "
    "FOR EACH ROW EXECUTE FUNCTION fivew_index_article()",
    "DROP INDEX IF EXISTS ix_articles_fts_published",
    "ALTER TABLE articles_fts DROP COLUMN published",
]


def upgrade() -> None:
    """PostgreSQL: add ``articles_fts.published``, its index, and fill both."""
    if op.get_bind().dialect.name == "postgresql":
        for statement in _PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    """Undo :func:`upgrade`."""
    if op.get_bind().dialect.name == "postgresql":
        for statement in _PG_DOWNGRADE:
            op.execute(statement)
