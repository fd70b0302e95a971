"""The record's contract: its committed JSON Schema, its ids, its offsets."""

from __future__ import annotations

import json

import jsonschema
import pytest

from fivew.article import (
    Article,
    Entity,
    Mention,
    Provenance,
    article_id,
    article_json_schema,
    offset_problems,
)
from tests.conftest import ROOT

SCHEMA_FILE = ROOT / "schema" / "article.schema.json"


def _article(text: str, **fields: object) -> Article:
    provenance = Provenance(
        input="t.txt", fivew_version="0", processed_at="2021-08-22T00:00:00+00:00"
    )
    return Article(id=article_id(None, text), text=text, provenance=provenance, **fields)  # type: ignore[arg-type]


def test_committed_schema_matches_the_code() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == article_json_schema(), (
        "schema/article.schema.json is stale: regenerate it with "
        "`fivew schema > schema/article.schema.json`"
    )


def test_a_record_validates_against_the_schema() -> None:
    text = "Ahmad Massoud spoke in Kabul."
    article = _article(
        text,
        entities=[
            Entity(
                id="e1",
                name="Ahmad Massoud",
                type="PERSON",
                mentions=[Mention(start=0, end=13, text="Ahmad Massoud")],
            )
        ],
    )
    jsonschema.validate(article.to_json_dict(), article_json_schema())


def test_schema_rejects_an_unknown_entity_type() -> None:
    record = _article("x" * 10).to_json_dict()
    record["entities"] = [{"id": "e1", "name": "X", "type": "ANIMAL", "mentions": []}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, article_json_schema())


def test_same_url_gives_same_id_and_text_is_normalised_for_whitespace() -> None:
    assert article_id("https://a.example/1", "one") == article_id("https://a.example/1", "two")
    assert article_id(None, "a  b\nc") == article_id(None, "a b c")
    assert article_id(None, "a b c") != article_id(None, "a b d")
    assert len(article_id(None, "x")) == 16


@pytest.mark.parametrize(
    ("start", "end", "covered", "ok"),
    [
        (0, 5, "Ahmad", True),
        (0, 5, "Ahmed", False),
        (6, 100, "Massoud", False),
        (6, 13, "Massoud", True),
    ],
)
def test_offset_problems_finds_spans_that_do_not_cover_their_text(
    start: int, end: int, covered: str, ok: bool
) -> None:
    article = _article(
        "Ahmad Massoud spoke.",
        entities=[
            Entity(
                id="e1",
                name="x",
                type="PERSON",
                mentions=[Mention(start=start, end=end, text=covered)],
            )
        ],
    )
    assert (offset_problems(article) == []) is ok
