"""Alembic environment for fivew's store.

fivew runs the migrations itself when a :class:`~fivew.store.Store` opens
(see :func:`fivew.store.engine.migrate`), handing over its open connection in
``config.attributes["connection"]``; no ``alembic.ini`` is needed. Offline mode
(``alembic upgrade --sql``) works from a URL set as ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context

from fivew.store.schema import VERSION_TABLE, metadata


def _run_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "fivew's migrations run from fivew.store.Store, which passes a connection"
        )
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        # SQLite cannot ALTER most things in place: batch mode copies the table.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    _run_offline()
else:
    _run_online()
