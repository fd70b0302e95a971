"""Initial tables: articles, entities, failures.

Revision ID: 0001
Revises:
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Written out here rather than imported from fivew.store.schema: a migration must keep
# describing the schema as it was when the migration was written.
_RECORD_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    """Create the three tables and their indexes."""
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("published", sa.String(40), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("schema_version", sa.String(16), nullable=False),
        sa.Column("record", _RECORD_JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("url", name="uq_articles_url"),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"])

    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_entities_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "entity_id", name="pk_entities"),
    )
    op.create_index("ix_entities_name_type", "entities", ["name", "type"])
    op.create_index("ix_entities_type", "entities", ["type"])

    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("input", sa.Text(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_failures"),
    )
    op.create_index("ix_failures_input", "failures", ["input"])
    op.create_index("ix_failures_resolved", "failures", ["resolved"])


def downgrade() -> None:
    """Drop everything :func:`upgrade` made."""
    op.drop_table("failures")
    op.drop_table("entities")
    op.drop_table("articles")
