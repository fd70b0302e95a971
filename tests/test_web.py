"""The desk's pages, JSON twins, filters, exports and error shape, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the desk needs the web extra: pip install 'fivew[web]'")

from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import func, select, update  # noqa: E402

from fivew.store import Store  # noqa: E402
from fivew.store.schema import VERSION_TABLE, article_events, articles, metadata  # noqa: E402
from fivew.store.search import fts5_query, is_schema_object  # noqa: E402
from fivew.web import create_app  # noqa: E402
from tests.test_web_support import HOSTILE_ID, demo_target  # noqa: E402


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A demo store (examples/ and the hostile article) on each backend."""
    yield from demo_target(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def client(target: str) -> Iterator[TestClient]:
    with TestClient(create_app(target, secret="test-secret")) as opened:
        yield opened


def ok_json(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    return body


# The schema -----------------------------------------------------------------------


def test_migrations_match_the_schema_apart_from_the_search_index(target: str) -> None:
    with Store(target) as store, store._engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE, "include_name": is_schema_object}
        )
        assert compare_metadata(context, metadata) == []


def test_triggers_index_events_and_follow_updates(target: str) -> None:
    with Store(target) as store:
        with store._engine.connect() as connection:
            count = select(func.count()).select_from(article_events)
            before = connection.execute(count.where(article_events.c.article_id == HOSTILE_ID))
            assert before.scalar_one() == 1
        with store._engine.connect() as connection:
            record = dict(
                connection.execute(
                    select(articles.c.record).where(articles.c.id == HOSTILE_ID)
                ).scalar_one()
            )
        changed = {**record, "events": [], "text": record["text"] + " Zanzibarquux."}
        with store._engine.begin() as connection:
            connection.execute(
                update(articles).where(articles.c.id == HOSTILE_ID).values(record=changed)
            )
        with store._engine.connect() as connection:
            assert (
                connection.execute(
                    count.where(article_events.c.article_id == HOSTILE_ID)
                ).scalar_one()
                == 0
            )
        from fivew.store import desk

        assert [r.id for r in desk.search_articles(store, desk.Filters(q="zanzibarquux")).rows] == [
            HOSTILE_ID
        ]
        with store._engine.begin() as connection:
            connection.execute(
                update(articles).where(articles.c.id == HOSTILE_ID).values(record=record)
            )
        assert desk.search_articles(store, desk.Filters(q="zanzibarquux")).total == 0


def test_fts5_query_quotes_every_word() -> None:
    assert fts5_query('Taliban NEAR "Panjshir" -x*') == '"Taliban" "NEAR" "Panjshir" "x"'
    assert fts5_query("  ** ") is None


# Pages and twins ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/articles", "/events", "/map", "/timeline", f"/articles/{HOSTILE_ID}", "/entities/Kabul"],
)
def test_every_page_has_a_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f'href="{path}.json' in page.text
    assert ok_json(client, path + ".json")


def test_articles_are_paginated(client: TestClient) -> None:
    first = ok_json(client, "/articles.json", size=2)
    assert first["size"] == 2 and len(first["rows"]) == 2 and first["total"] > 2
    second = ok_json(client, "/articles.json", size=2, page=2)
    assert {r["id"] for r in first["rows"]}.isdisjoint(r["id"] for r in second["rows"])
    assert 'rel="next"' in client.get("/articles", params={"size": 2}).text


def test_full_text_search_finds_words_in_the_text(client: TestClient) -> None:
    found = ok_json(client, "/articles.json", q="panjshir")
    assert found["total"] >= 1
    assert ok_json(client, "/articles.json", q="zzzunfindable")["total"] == 0
    # Stemmed: "marching" finds "march" (SQLite porter, PostgreSQL english).
    rows = ok_json(client, "/articles.json", q="we will marching again", size=200)["rows"]
    assert HOSTILE_ID in {r["id"] for r in rows}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"entity": "Kabul"}, True),
        ({"place": "Kabul"}, True),
        ({"event_type": "PROTEST"}, True),
        ({"modality": "occurred"}, True),
        ({"since": "2021-09-07", "until": "2021-09-07"}, True),
        ({"since": "2030-01-01"}, False),
        ({"event_type": "AID", "q": "march"}, False),
    ],
)
def test_filters_narrow_articles(
    client: TestClient, params: dict[str, str], expected: bool
) -> None:
    found = ok_json(client, "/articles.json", size=200, **params)
    assert (HOSTILE_ID in {r["id"] for r in found["rows"]}) is expected
    assert found["filters"] == params


def test_source_filter(client: TestClient) -> None:
    sources = {r["source"] for r in ok_json(client, "/articles.json", size=200)["rows"]} - {None}
    source = sorted(sources)[0]
    rows = ok_json(client, "/articles.json", source=source, size=200)["rows"]
    assert rows and {r["source"] for r in rows} == {source}


def test_events_table_filters_and_exports(client: TestClient) -> None:
    events = ok_json(client, "/events.json", event_type="PROTEST", size=200)
    assert events["total"] >= 1 and {r["type"] for r in events["rows"]} == {"PROTEST"}
    mine = [r for r in events["rows"] if r["article_id"] == HOSTILE_ID]
    assert mine[0]["place"] == "Kabul" and mine[0]["day"] == "2021-09-07"
    lines = client.get("/events/export.jsonl", params={"event_type": "PROTEST"}).text.splitlines()
    assert len(lines) == events["total"] and "review_verdict" in json.loads(lines[0])
    table = list(csv.reader(io.StringIO(client.get("/events/export.csv").text)))
    assert table[0][:3] == ["article_id", "event_id", "type"] and "review_verdict" in table[0]
    assert len(table) - 1 == ok_json(client, "/events.json")["total"]
    geo = json.loads(client.get("/events/export.geojson").text)
    assert geo["type"] == "FeatureCollection"
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])


def test_map_and_timeline(client: TestClient) -> None:
    points = ok_json(client, "/map.json")
    assert points["type"] == "FeatureCollection"
    names = {f["properties"]["name"] for f in points["features"]}
    assert "Kabul" in names
    assert ok_json(client, "/map.json", place="Kabul")["features"]
    days = ok_json(client, "/timeline.json")["days"]
    counts = {d["day"]: d["events"] for d in days}
    assert counts.get("2021-09-07", 0) >= 1  # the demo's Panjshir story of that day
    assert [d["day"] for d in days] == sorted(counts) and all(counts.values())
    assert "<rect" in client.get("/timeline").text
    page = client.get("/map").text
    assert "/static/vendor/leaflet/leaflet.js" in page and "/static/map.js" in page


def test_vendored_assets_are_served_locally(client: TestClient) -> None:
    for path in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/map.js",
        "/static/desk.css",
    ):
        assert client.get(path).status_code == 200
    basemap = client.get("/static/vendor/countries.geojson")
    assert len(basemap.content) < 1_000_000 and len(basemap.json()["features"]) > 150


def test_entity_page_lists_what_it_said(client: TestClient) -> None:
    name = "Ana <img src=x onerror=\"document.title='pwned'\"> Noor"
    data = ok_json(client, f"/entities/{name}.json")
    assert [q["quote_id"] for q in data["said"]] == ["q1"]


def test_article_page_highlights_every_kind(client: TestClient) -> None:
    html = client.get(f"/articles/{HOSTILE_ID}").text
    for kind in ("entity", "place", "time", "quote", "event"):
        assert f"hl-{kind}" in html.split('id="text"')[1], kind
    assert 'href="#event-ev1"' in html and 'id="event-ev1"' in html


# Errors ---------------------------------------------------------------------------


def test_errors_share_one_envelope(client: TestClient) -> None:
    missing = client.get("/articles/0000000000000000.json")
    assert missing.status_code == 404
    assert (
        set(missing.json()) == {"ok", "status", "error", "errors"} and missing.json()["ok"] is False
    )
    invalid = client.get("/articles.json", params={"size": 0})
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["where"] == "query.size"
    bad_date = client.get("/articles.json", params={"since": "yesterday"})
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.json()["error"]
    page = client.get("/articles/0000000000000000")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert client.get("/nowhere.json").json()["status"] == 404


def test_openapi_document(client: TestClient) -> None:
    document = ok_openapi = client.get("/openapi.json").json()
    assert ok_openapi["info"]["title"] == "fivew desk"
    for path in ("/articles.json", "/events.json", "/api/articles/{article_id}/reviews"):
        assert path in document["paths"]


def test_serve_and_user_add_are_library_functions(tmp_path: Path) -> None:
    from click.testing import CliRunner

    import fivew.api
    from fivew.cli import cli

    db = str(tmp_path / "users.db")
    result = CliRunner().invoke(
        cli,
        ["user", "add", "ana", "--db", db, "--password-stdin", "--token"],
        input="long enough pass\n",
    )
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(
        cli, ["user", "add", "ana", "--db", db, "--password-stdin"], input="long enough pass\n"
    )
    assert again.exit_code == 1 and "already exists" in again.output
    assert callable(fivew.api.serve) and "serve" in cli.commands


def test_the_basemap_never_streaks_across_the_antimeridian(client: TestClient) -> None:
    """Regression: Russia's and Fiji's rings, cut at 180°, drew bands across the map."""
    basemap = client.get("/static/vendor/countries.geojson").json()
    streaks = []
    for feature in basemap["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        for ring in (ring for polygon in polygons for ring in polygon):
            crossings = sum(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))
            # Antarctica closes along the pole: one crossing, off the Mercator map.
            if crossings > 1:
                streaks.append(feature["properties"]["name"])
    assert streaks == []
    names = {f["properties"]["name"] for f in basemap["features"]}
    assert {"Russia", "Fiji", "Antarctica"} <= names


def test_the_timeline_is_a_calendar(client: TestClient) -> None:
    """Days are placed by date, so that a week without events shows as a gap."""
    from fivew.web.views_events import _calendar

    drawn = _calendar(
        [
            {"day": "2021-08-15", "events": 1},
            {"day": "2021-08-16", "events": 4},
            {"day": "2021-08-22", "events": 2},
        ]
    )
    xs = [bar["x"] for bar in drawn["bars"]]
    assert xs[2] - xs[1] == pytest.approx(6 * (xs[1] - xs[0]))
    assert drawn["ticks"][0]["day"].isoformat() == "2021-08-15"
    assert [bar["height"] for bar in drawn["bars"]] == [40, 160, 80]
    assert "<text" in client.get("/timeline").text


def test_a_broad_query_is_bounded_and_says_so(
    target: str, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL stops counting past the page (COUNT_AHEAD); SQLite ranks a bounded
    set of candidates (RANKED_CANDIDATES). Either way the total reads "N+"."""
    from fivew.store import desk

    with Store(target) as store:
        everything = desk.search_articles(store, desk.Filters(q="taliban"), size=200)
        assert everything.exact and everything.total >= 4
        monkeypatch.setattr(desk, "COUNT_AHEAD", 0)
        monkeypatch.setattr(desk, "RANKED_CANDIDATES", 2)
        first = desk.search_articles(store, desk.Filters(q="taliban"), size=1)
        assert not first.exact and first.total == 2 and first.pages == 2
        assert {r.id for r in first.rows} <= {r.id for r in everything.rows}
        # A filter beside the query: every match is ranked or counted.
        source = everything.rows[0].source
        filtered = desk.search_articles(store, desk.Filters(q="taliban", source=source))
        assert filtered.rows and {r.source for r in filtered.rows} == {source}
    answer = ok_json(client, "/articles.json", q="taliban", size=1)
    assert answer["exact"] is False and answer["total"] == 2
    assert "2+ found" in client.get("/articles", params={"q": "taliban", "size": 1}).text


def test_filtered_event_pages_follow_the_table_order(target: str) -> None:
    """A page filtered by type or modality (read through its own ordered index, migration
    0004) holds the same events in the same order as the whole table, filtered."""
    from fivew.store import desk

    with Store(target) as store:
        table = desk.list_events(store, desk.Filters(), size=desk.MAX_PAGE_SIZE).rows
        assert len(table) < desk.MAX_PAGE_SIZE  # the whole demo table on one page
        for wanted in (
            desk.Filters(event_type="ASSAULT"),
            desk.Filters(event_type="PROTEST"),
            desk.Filters(modality="occurred"),
            desk.Filters(event_type="PROTEST", modality="occurred"),
        ):
            expected = [
                (r.article_id, r.event_id)
                for r in table
                if wanted.event_type in (None, r.type) and wanted.modality in (None, r.modality)
            ]
            assert expected, wanted
            pages = [desk.list_events(store, wanted, page, size=2) for page in (1, 2, 3, 4, 5)]
            seen = [(r.article_id, r.event_id) for found in pages for r in found.rows]
            assert pages[0].total == len(expected)
            assert seen == expected[:10]


def test_the_timeline_counts_the_events_listed(target: str) -> None:
    """The timeline counts from the index tables alone unless an article filter needs the
    articles: either way, the days and counts of the matching events."""
    from collections import Counter

    from fivew.store import desk

    with Store(target) as store:
        for wanted in (
            desk.Filters(),
            desk.Filters(event_type="PROTEST"),
            desk.Filters(modality="occurred"),
            desk.Filters(place="Kabul"),
            desk.Filters(q="taliban", event_type="ASSAULT"),
            desk.Filters(since="2021-09-01", until="2021-09-07"),
        ):
            events = desk.all_events(store, wanted)
            counted = Counter(r.day for r in events if r.day is not None)
            assert desk.timeline(store, wanted) == sorted(counted.items()), wanted
            assert counted or wanted.since, wanted


def test_sqlite_reads_a_filtered_page_in_index_order(tmp_path: Path) -> None:
    """SQLite (no statistics) finds a type-filtered page through the ordered index of
    migration 0004, sorting nothing; the filtered article list tests each article once."""
    from sqlalchemy import event

    from fivew.store import desk

    plans: list[str] = []

    def explain(_conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" / ".join(str(row[-1]) for row in rows))

    with Store(str(tmp_path / "plan.db")) as store:
        event.listen(store._engine, "before_cursor_execute", explain)
        desk.list_events(store, desk.Filters(event_type="ASSAULT"), page=3)
        page_plan = next(p for p in plans if "ix_article_events_type_day" in p)
        assert "TEMP B-TREE" not in page_plan, page_plan
        plans.clear()
        desk.search_articles(store, desk.Filters(event_type="ASSAULT", place="Kabul"))
        assert plans and not any("CORRELATED" in p for p in plans), plans
