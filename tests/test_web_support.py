"""Support for the desk's tests (no tests here): demo stores on SQLite and PostgreSQL.

The demo store holds examples/ (through the real pipeline) and one hostile article
written directly as a record: HTML and script in its text, title, caption, URL and
annotations, with one quote, one place and one event whose offsets are right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert

from fivew.store import Store
from fivew.store.schema import articles, entities
from fivew.store.write import now, text_hash
from tests.conftest import EXAMPLES, POSTGRES_URL, fresh_postgres_database

HOSTILE_ID = "badc0ffee0ddf00d"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
HOSTILE_TEXT = (
    f"Officials in Kabul said {SCRIPT} the protest began on 7 September. "
    f'"We will march again," said Ana {IMG} Noor.\n'
)
PASSWORD = "correct horse battery"


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def hostile_record() -> dict[str, Any]:
    text = HOSTILE_TEXT
    kabul = _span(text, "Kabul")
    return {
        "schema_version": "1.1",
        "id": HOSTILE_ID,
        "url": "javascript:alert(1)",
        "source": f"Evil {SCRIPT} Times",
        "title": f"Hostile {SCRIPT} title",
        "byline": [IMG],
        "published": "2021-09-07",
        "language": "en",
        "text": text,
        "captions": [{"text": f"caption {SCRIPT}", "credit": IMG}],
        "entities": [
            {"id": "e1", "name": "Kabul", "type": "PLACE", "mentions": [{**kabul, "label": "GPE"}]},
            {
                "id": "e2",
                "name": f"Ana {IMG} Noor",
                "type": "PERSON",
                "mentions": [{**_span(text, f"Ana {IMG} Noor"), "label": "PERSON"}],
            },
        ],
        "quotes": [
            {
                **_span(text, "We will march again,"),
                "id": "q1",
                "kind": "direct",
                "speaker": {**_span(text, f"Ana {IMG} Noor"), "entity_id": "e2"},
                "confidence": 0.9,
            }
        ],
        "places": [
            {
                "id": "p1",
                "name": "Kabul",
                "entity_id": "e1",
                "lat": 34.53,
                "lon": 69.17,
                "country": "AF",
                "feature_code": "PPLC",
                "mentions": [kabul],
                "confidence": 0.9,
            }
        ],
        "times": [
            {
                **_span(text, "7 September"),
                "id": "t1",
                "type": "DATE",
                "value": "2021-09-07",
                "anchored": True,
            }
        ],
        "events": [
            {
                "id": "ev1",
                "type": "PROTEST",
                "modality": "occurred",
                "trigger": _span(text, "protest"),
                "evidence": _span(text, text.split(".")[0]),
                "actor": None,
                "recipient": None,
                "place": "p1",
                "time": "t1",
                "time_value": "2021-09-07",
                "confidence": 0.8,
            }
        ],
        "errors": [],
        "provenance": {
            "input": "hostile.html",
            "fivew_version": "0.1.0",
            "processed_at": "2021-09-07T00:00:00Z",
        },
    }


def store_hostile(store: Store, record: dict[str, Any]) -> None:
    """Write ``record`` as it is, with its entity rows (the desk must cope with any record)."""
    moment = now()
    with store._engine.begin() as connection:
        connection.execute(
            insert(articles).values(
                id=record["id"],
                url=record["url"],
                text_hash=text_hash(record["text"]),
                title=record["title"],
                source=record["source"],
                published=record["published"],
                language="en",
                ingested_at=moment,
                updated_at=moment,
                schema_version=record["schema_version"],
                record=record,
            )
        )
        for entity in record["entities"]:
            connection.execute(
                insert(entities).values(
                    article_id=record["id"],
                    entity_id=entity["id"],
                    name=entity["name"],
                    type=entity["type"],
                    mention_count=len(entity["mentions"]),
                )
            )


def postgres_target() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards; skip if it does not answer."""
    for name in fresh_postgres_database("fivew_web"):
        yield POSTGRES_URL.format(database=name)


def fill_demo(target: str) -> str:
    """Ingest examples/ and the hostile article into ``target``; return it."""
    with Store(target) as store:
        report = store.ingest([str(EXAMPLES)])
        assert report.stored > 0, report.failed
        store_hostile(store, hostile_record())
    return target


def demo_target(backend: str, folders: pytest.TempPathFactory) -> Iterator[str]:
    """A demo store on ``backend`` ("sqlite" or "postgresql") for a module's ``target``
    fixture (``folders``: its ``tmp_path_factory``); a PostgreSQL one is dropped after."""
    if backend == "sqlite":
        yield fill_demo(str(folders.mktemp("desk") / "desk.db"))
        return
    generator = postgres_target()
    try:
        yield fill_demo(next(generator))
    finally:
        generator.close()


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token in the page"
    return found.group(1)
