"""Indexes for the desk's filtered event lists, timeline and map.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The events table filtered by type or modality is ordered by day: the single-column
indexes on ``type`` and ``modality`` found the matches but left every one of them to
be sorted (12 ms for the 12,000 events of a common type in the load benchmark, 10,000
articles), so the desk walked the day index instead and tested each event, slow for a
rare type. ``(type, day, article_id, event_id)`` and ``(modality, ...)`` hold the matches
already in the list's order and also serve the count and the timeline per day; they
replace the single-column ones, of which they are prefixes. ``(article_id, place_id)``
on ``article_events`` counts each mapped place's events from the index alone.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: (old index, new index, its columns): the single-column filter indexes of 0002 and
#: the ordered ones replacing them.
_REPLACED = (
    (
        "ix_article_events_type",
        "ix_article_events_type_day_article_id_event_id",
        ["type", "day", "article_id", "event_id"],
    ),
    (
        "ix_article_events_modality",
        "ix_article_events_modality_day_article_id_event_id",
        ["modality", "day", "article_id", "event_id"],
    ),
)
_PLACE_EVENTS = "ix_article_events_article_id_place_id"


def upgrade() -> None:
    """Add the ordered filter indexes and the place index; drop the ones they cover."""
    for old, new, columns in _REPLACED:
        op.create_index(new, "article_events", columns)
        op.drop_index(old, table_name="article_events")
    op.create_index(_PLACE_EVENTS, "article_events", ["article_id", "place_id"])
    if op.get_bind().dialect.name == "postgresql":
        # New indexes get statistics at once rather than at the next autovacuum.
        op.execute("ANALYZE article_events")


def downgrade() -> None:
    """Undo :func:`upgrade`."""
    op.drop_index(_PLACE_EVENTS, table_name="article_events")
    for old, new, columns in _REPLACED:
        op.create_index(old, "article_events", columns[:1])
        op.drop_index(new, table_name="article_events")
