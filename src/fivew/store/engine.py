"""Opening a database: where it is, how to connect, bringing its schema up to date."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from fivew.errors import StoreError

#: Environment variable naming the database when no target is given.
DB_ENV_VAR = "FIVEW_DB"
#: The database used when neither a target nor ``$FIVEW_DB`` is given.
DEFAULT_DB_PATH = "fivew.db"
#: Seconds a SQLite writer waits for another writer's lock before giving up. Ingest
#: commits once per article, so locks are short; 30 s covers a busy shared disk.
SQLITE_BUSY_TIMEOUT_S = 30.0
#: Key of the PostgreSQL advisory lock held while migrating, so that two processes
#: opening a new database at once do not both create the tables. Any fixed number
#: works; this one spells "fivew" in ASCII.
MIGRATION_LOCK_KEY = 0x6669766577


def resolve_url(target: str | None) -> URL:
    """The database URL for ``target``: a URL, a file path, or ``None`` for the default.

    ``None`` means ``$FIVEW_DB``, else ``./fivew.db``. A plain path becomes
    ``sqlite:///<absolute path>``.
    """
    if target is None:
        target = os.environ.get(DB_ENV_VAR) or DEFAULT_DB_PATH
    if "://" in target:
        try:
            return make_url(target)
        except ArgumentError as exc:
            raise StoreError(f"cannot open database '{target}': not a valid database URL") from exc
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def masked(url: URL) -> str:
    """``url`` as text with any password replaced by ``***``, safe for logs and messages."""
    return url.render_as_string(hide_password=True)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control from the sqlite3 module (which would otherwise commit
    # silently before DDL and ignore SAVEPOINTs); SQLAlchemy issues BEGIN below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        # Write-ahead logging: readers (the web view, a report) do not block the
        # ingesting writer, and a killed run leaves the database consistent.
        cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create(url: URL) -> Engine:
    """An engine for ``url``, configured for fivew (SQLite pragmas); nothing is connected yet."""
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        parent = Path(url.database).parent
        if not parent.is_dir():
            raise StoreError(
                f"cannot open database '{masked(url)}': directory '{parent}' does not exist"
            )
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = (
            " (install it with: pip install 'fivew[postgres]')"
            if "postgres" in url.drivername
            else ""
        )
        raise StoreError(
            f"cannot open database '{masked(url)}': no driver for '{url.drivername}'{hint}"
        ) from exc
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open database '{masked(url)}': {reason(exc)}") from exc
    return engine


def _alembic_config() -> Config:
    config = Config()
    location = resources.files("fivew.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    # Only one location, so the separator never matters; naming it keeps Alembic quiet.
    config.set_main_option("path_separator", "os")
    return config


def migrate(engine: Engine) -> None:
    """Bring the database's schema up to the newest migration, in one transaction."""
    config = _alembic_config()
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Released at commit; SQLite serialises writers by itself.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open database '{masked(engine.url)}': {reason(exc)}") from exc
    except Exception as exc:
        # Alembic's own errors, e.g. a revision unknown to this fivew.
        if type(exc).__module__.startswith("alembic"):
            raise StoreError(
                f"cannot migrate database '{masked(engine.url)}': {exc} (was it written by a "
                "newer fivew? upgrade fivew)"
            ) from exc
        raise


def reason(exc: BaseException) -> str:
    """The first line of a database error, without SQLAlchemy's background link."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
