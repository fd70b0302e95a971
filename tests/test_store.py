"""The store, against SQLite and the PostgreSQL server at 127.0.0.1:5432.

Every test that takes ``store`` runs twice: once on a SQLite file under ``tmp_path``,
once on PostgreSQL in a fresh schema of a database made for this test session (and
dropped at its end). The PostgreSQL runs skip, saying why, when the server does not
answer.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from fivew.article import Article, article_id
from fivew.errors import ConfigError, StoreError
from fivew.pipeline import Options
from fivew.store import ArticleSummary, EntityCount, FailureRecord, IngestReport, Store
from fivew.store import write as store_write
from fivew.store.export import CSV_COLUMNS
from fivew.store.schema import VERSION_TABLE, article_events, articles, entities, metadata
from fivew.store.search import is_schema_object
from tests.conftest import POSTGRES_URL, fresh_postgres_database

MAYOR = (
    "The mayor of Springfield, Jane Holloway, announced on Monday that the city council "
    "would fund a new bridge over the river. Holloway said the project would cost twelve "
    "million dollars. The Springfield Transit Authority welcomed the decision, and "
    "residents gathered outside City Hall to hear the news.\n"
)
FLOOD = (
    "Heavy rain flooded parts of Riverton on Tuesday, forcing hundreds of families to leave "
    "their homes. The Red Cross opened two shelters in the town, and Governor Alan Pierce "
    "visited one of them in the evening. Pierce promised emergency funds for the farmers "
    "whose fields were under water.\n"
)
STRIKE = (
    "Workers at the Northfield Steel plant began a strike on Wednesday after talks with the "
    "company broke down. Union leader Maria Lopez said the workers wanted safer conditions. "
    "Jane Holloway, who chairs the regional labour board, urged both sides to return to the "
    "table before the end of the week.\n"
)
FRENCH = (
    "Le maire de la ville a annoncé lundi que le conseil municipal financerait un nouveau "
    "pont sur la rivière. Selon lui, le projet coûtera douze millions d'euros et les "
    "travaux commenceront au printemps prochain.\n"
)


# Fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database made for this session on the test server; skip if it does not answer."""
    yield from fresh_postgres_database("fivew_test")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A target for an empty store: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "fivew.db")
    import psycopg

    database = request.getfixturevalue("postgres_database")
    schema = f"t_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_URL.format(database=database).replace("+psycopg", "")) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    # Every connection of the store works in that schema only.
    return POSTGRES_URL.format(database=database) + f"?options=-csearch_path%3D{schema}"


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """An empty store, closed after the test."""
    with Store(store_target) as opened:
        yield opened


def write(folder: Path, name: str, text: str) -> str:
    """Write ``text`` to ``folder/name`` and return the path as a string."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def jsonl(folder: Path, name: str, records: list[dict[str, Any]]) -> str:
    """Write ``records`` as a JSON Lines file and return its path."""
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def table_count(store: Store, table: Any, **where: str) -> int:
    """Rows of ``table`` (optionally where column == value), read directly."""
    statement = select(func.count()).select_from(table)
    for column, value in where.items():
        statement = statement.where(table.c[column] == value)
    with store._engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


# Opening -------------------------------------------------------------------------


def test_migrations_create_the_tables(store: Store) -> None:
    from sqlalchemy import inspect

    names = set(inspect(store._engine).get_table_names())
    assert {"articles", "entities", "failures", VERSION_TABLE} <= names
    # The migrations build exactly what schema.py describes.
    with store._engine.connect() as connection:
        # Full-text search objects exist on one dialect only; compared by tests/test_web*.
        context = MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE, "include_name": is_schema_object}
        )
        assert compare_metadata(context, metadata) == []


def test_reopening_is_harmless(store_target: str) -> None:
    with Store(store_target) as first:
        first_dialect = first.dialect
    with Store(store_target) as second:
        assert second.dialect == first_dialect
        assert second.count() == 0


#: The desk's event filter indexes of migration 0004, and the ones of 0002 they replace.
FILTER_INDEXES_0004 = {
    "ix_article_events_type_day_article_id_event_id",
    "ix_article_events_modality_day_article_id_event_id",
    "ix_article_events_article_id_place_id",
}
FILTER_INDEXES_0002 = {"ix_article_events_type", "ix_article_events_modality"}


def test_migration_0004_applies_and_downgrades(store_target: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from fivew.store import engine as db
    from tests.test_web_support import hostile_record, store_hostile

    with Store(store_target) as store:

        def indexes() -> set[str]:
            with store._engine.connect() as connection:
                return {str(i["name"]) for i in inspect(connection).get_indexes("article_events")}

        def version() -> str:
            with store._engine.connect() as connection:
                query = f"SELECT version_num FROM {VERSION_TABLE}"
                return str(connection.exec_driver_sql(query).scalar_one())

        assert version() == "0004"
        assert FILTER_INDEXES_0004 <= indexes() and not FILTER_INDEXES_0002 & indexes()
        store_hostile(store, hostile_record())  # one article with an event and a place
        config = db._alembic_config()
        with store._engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        assert version() == "0003"
        assert FILTER_INDEXES_0002 <= indexes() and not FILTER_INDEXES_0004 & indexes()
        db.migrate(store._engine)
        assert version() == "0004"
        assert FILTER_INDEXES_0004 <= indexes() and not FILTER_INDEXES_0002 & indexes()
        assert store.count() == 1  # the data went down and up untouched
        assert table_count(store, article_events) == 1
        with store._engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"version_table": VERSION_TABLE, "include_name": is_schema_object},
            )
            assert compare_metadata(context, metadata) == []


def test_plain_path_becomes_sqlite_url(tmp_path: Path) -> None:
    with Store(str(tmp_path / "x.db")) as store:
        assert store.dialect == "sqlite"
        assert store.url == f"sqlite:///{tmp_path / 'x.db'}"
    assert (tmp_path / "x.db").exists()


def test_default_target_is_env_then_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVEW_DB", str(tmp_path / "env.db"))
    with Store() as store:
        assert store.url.endswith("env.db")
    monkeypatch.delenv("FIVEW_DB")
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'fivew.db'}"


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store(str(tmp_path / "x.db")) as store, store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unopenable_targets_raise_store_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match="directory .* does not exist") as caught:
        Store(str(missing))
    assert str(missing.parent) in str(caught.value)
    with pytest.raises(StoreError, match="no driver"):
        Store("nosuchdb://somewhere/x")
    # Nothing listens on port 1; the password never appears in the message.
    with pytest.raises(StoreError, match="cannot open database") as caught:
        Store("postgresql+psycopg://postgres:s3cret@127.0.0.1:1/x")
    assert "s3cret" not in str(caught.value)
    assert "***" in str(caught.value)


def test_not_a_database_or_a_newer_one(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("this file holds text, not a SQLite database " * 4, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open database .*junk.db.*not a database"):
        Store(str(junk))
    newer = str(tmp_path / "newer.db")
    Store(newer).close()
    with Store(newer) as store, store._engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE {VERSION_TABLE} SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer fivew"):
        Store(newer)


# Ingest ----------------------------------------------------------------------------


def test_ingest_stores_articles_and_entities(store: Store, tmp_path: Path) -> None:
    paths = [write(tmp_path, "mayor.txt", MAYOR), write(tmp_path, "flood.txt", FLOOD)]
    report = store.ingest(paths)
    assert isinstance(report, IngestReport)
    assert (report.stored, report.duplicates, report.failed, report.ok) == (2, 0, [], True)
    assert report.elapsed > 0
    assert store.count() == 2
    mayor = store.get(article_id(None, MAYOR))
    assert mayor.text == MAYOR
    names = {entity.name for entity in mayor.entities}
    assert "Jane Holloway" in names
    assert table_count(store, entities, article_id=mayor.id) == len(mayor.entities)


def test_same_input_twice_is_stored_once(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "mayor.txt", MAYOR)
    copy = write(tmp_path, "copy.txt", MAYOR)  # same text, so the same id
    first = store.ingest([path])
    second = store.ingest([path, copy])
    assert (first.stored, first.duplicates) == (1, 0)
    assert (second.stored, second.duplicates, second.ok) == (0, 2, True)
    assert store.count() == 1
    stored = store.get(article_id(None, MAYOR))
    # A duplicate refreshes the record: the newest processing wins.
    assert stored.provenance.input == copy
    assert table_count(store, entities, article_id=stored.id) == len(stored.entities)


def test_bad_input_among_good_ones(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = [
        write(tmp_path, "mayor.txt", MAYOR),
        write(tmp_path, "empty.txt", "   \n"),
        write(tmp_path, "flood.txt", FLOOD),
    ]
    report = store.ingest(paths)
    assert report.stored == 2
    assert not report.ok
    assert [(e.input, e.code) for e in report.failed] == [(paths[1], "E101")]
    assert f"{paths[1]}: empty input" in caplog.text  # failures are logged too
    assert store.count() == 2


def test_failures_are_recorded_and_retry_after_fixing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "french.txt", FRENCH)
    report = store.ingest([path])
    assert [e.code for e in report.failed] == ["E108"]
    [failure] = store.failures()
    assert isinstance(failure, FailureRecord)
    assert (failure.input, failure.code, failure.attempts, failure.resolved) == (
        path,
        "E108",
        1,
        False,
    )
    assert "language 'fr'" in failure.reason
    assert failure.raw == FRENCH.encode("utf-8")
    assert failure.first_failed_at.tzinfo is not None

    # Retried unchanged, it fails again: one more attempt on the same row.
    again = store.retry()
    assert (again.stored, len(again.failed), again.resolved) == (0, 1, 0)
    [failure] = store.failures()
    assert failure.attempts == 2
    assert failure.last_failed_at >= failure.first_failed_at

    # The user fixes the file: retry reads it again and the failure is resolved.
    write(tmp_path, "french.txt", MAYOR)
    fixed = store.retry()
    assert (fixed.stored, fixed.failed, fixed.resolved, fixed.ok) == (1, [], 1, True)
    assert store.failures() == []
    [resolved] = store.failures(include_resolved=True)
    assert resolved.resolved and resolved.attempts == 2
    assert store.get(article_id(None, MAYOR)).provenance.input == path


def test_retry_from_stored_bytes_when_the_file_is_gone(store: Store, tmp_path: Path) -> None:
    path = Path(write(tmp_path, "french.txt", FRENCH))
    records = jsonl(
        tmp_path,
        "feed.jsonl",
        [
            {"text": FLOOD, "url": "https://news.example/flood"},
            {"text": FRENCH, "url": "https://news.example/pont", "title": "Le pont"},
        ],
    )
    report = store.ingest([str(path), records])
    assert sorted(e.input for e in report.failed) == sorted([str(path), f"{records}:2"])
    path.unlink()
    Path(records).unlink()
    retried = store.retry(Options(allow_other_languages=True))
    assert (retried.stored, retried.resolved, retried.ok) == (2, 2, True)
    pont = store.get(article_id("https://news.example/pont", FRENCH))
    assert (pont.title, pont.language, pont.text) == ("Le pont", "fr", FRENCH)


def test_reingesting_a_fixed_input_resolves_its_failure(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", FRENCH)
    store.ingest([path])
    write(tmp_path, "story.txt", FLOOD)
    report = store.ingest([path])
    assert (report.stored, report.resolved) == (1, 1)
    assert store.failures() == []


def test_progress_bar_on_stderr(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.ingest([write(tmp_path, "a.txt", MAYOR), str(tmp_path / "missing.txt")], progress=True)
    err = capsys.readouterr().err
    assert "articles/s" in err
    assert "failures=1" in err


def test_crash_mid_article_leaves_nothing_half_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = (("1.txt", MAYOR), ("2.txt", FLOOD), ("3.txt", STRIKE))
    paths = [write(tmp_path, name, text) for name, text in stories]
    victim = article_id(None, FLOOD)

    def crash(step: str, article: str) -> None:
        if article == victim and step == "article":
            raise KeyboardInterrupt("killed after the article row, before its entities")

    monkeypatch.setattr(store_write, "checkpoint", crash)
    with pytest.raises(KeyboardInterrupt):
        store.ingest(paths)
    # The first article is kept whole; the second left no trace; the third never came.
    assert store.count() == 1
    assert table_count(store, articles, id=victim) == 0
    assert table_count(store, entities, article_id=victim) == 0
    kept = store.get(article_id(None, MAYOR))
    assert table_count(store, entities, article_id=kept.id) == len(kept.entities) > 0

    monkeypatch.undo()
    report = store.ingest(paths)
    assert (report.stored, report.duplicates) == (2, 1)


# Reading ---------------------------------------------------------------------------


@pytest.fixture
def three(store: Store, tmp_path: Path) -> Store:
    """The store holding three articles with metadata, from one JSON Lines file."""
    feed = jsonl(
        tmp_path,
        "feed.jsonl",
        [
            {
                "text": MAYOR,
                "url": "https://news.example/bridge",
                "title": "A new bridge",
                "source": "Springfield Post",
                "published": "2024-03-04",
            },
            {
                "text": FLOOD,
                "url": "https://news.example/flood",
                "title": "Riverton floods",
                "source": "Valley News",
                "published": "2024-03-05",
            },
            {
                "text": STRIKE,
                "url": "https://news.example/strike",
                "title": "Steel strike",
                "source": "Valley News",
            },
        ],
    )
    assert store.ingest([feed]).stored == 3
    return store


def test_list_orders_filters_and_pages(three: Store) -> None:
    rows = three.list()
    assert all(isinstance(row, ArticleSummary) for row in rows)
    assert [row.title for row in rows] == ["Riverton floods", "A new bridge", "Steel strike"]
    assert rows[0].url == "https://news.example/flood" and rows[0].entities > 0
    assert [r.title for r in three.list(limit=1, offset=1)] == ["A new bridge"]
    # A query matches title, source, URL or an entity name, ignoring case.
    assert {r.title for r in three.list(query="jane holloway")} == {"A new bridge", "Steel strike"}
    assert [r.title for r in three.list(query="valley news")] == ["Riverton floods", "Steel strike"]
    assert three.list(query="100%") == []
    assert three.count() == 3 and three.count(query="bridge") == 1


def test_get_by_id_and_prefix(three: Store) -> None:
    full = article_id("https://news.example/flood", FLOOD)
    assert three.get(full).title == "Riverton floods"
    assert three.get(full[:6].upper()).id == full
    missing = re.escape(f"no article with id 'ffffffffff' in {three.url}")
    with pytest.raises(StoreError, match=missing):
        three.get("ffffffffff")
    with pytest.raises(StoreError, match="at least 4 characters"):
        three.get(full[:2])


def test_ambiguous_prefix(store: Store, tmp_path: Path) -> None:
    # Find two texts whose ids share their first four characters.
    seen: dict[str, str] = {}
    for number in range(100_000):
        text = f"{MAYOR}This is report number {number} from the city desk.\n"
        prefix = article_id(None, text)[:4]
        if prefix in seen:
            pair = [seen[prefix], text]
            break
        seen[prefix] = text
    store.ingest([write(tmp_path, "a.txt", pair[0]), write(tmp_path, "b.txt", pair[1])])
    with pytest.raises(StoreError, match=f"id prefix '{prefix}' is ambiguous"):
        store.get(prefix)


def test_export_jsonl_round_trips(three: Store) -> None:
    out = io.StringIO()
    assert three.export("jsonl", out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    for line in lines:
        article = Article.model_validate_json(line)
        assert article == three.get(article.id)
    assert {Article.model_validate_json(line).title for line in lines} == {
        "A new bridge",
        "Riverton floods",
        "Steel strike",
    }


def test_export_csv_has_the_columns(three: Store) -> None:
    out = io.StringIO(newline="")
    assert three.export("csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert (
        tuple(rows[0])
        == CSV_COLUMNS
        == (
            "id",
            "url",
            "source",
            "title",
            "published",
            "language",
            "byline",
            "people",
            "organisations",
            "groups",
            "places",
            "text",
        )
    )
    by_title = {row["title"]: row for row in rows}
    bridge = by_title["A new bridge"]
    assert bridge["text"] == MAYOR  # the line break inside the cell survives
    assert "Jane Holloway" in bridge["people"].split("; ")
    assert bridge["published"] == "2024-03-04" and bridge["language"] == "en"
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        three.export("xml", io.StringIO())


def test_top_entities_groups_across_articles(three: Store) -> None:
    top = three.top_entities(limit=3)
    assert all(isinstance(row, EntityCount) for row in top)
    assert top[0] == ("Jane Holloway", "PERSON", 2, top[0].mentions)
    mentions = sum(
        len(entity.mentions)
        for summary in three.list()
        for entity in three.get(summary.id).entities
        if (entity.name, entity.type) == ("Jane Holloway", "PERSON")
    )
    assert top[0].mentions == mentions >= 2
    people = three.top_entities(limit=50, types=["PERSON"])
    assert {row.type for row in people} == {"PERSON"}
    with pytest.raises(ConfigError, match="unknown entity type"):
        three.top_entities(types=["PEOPLE"])
