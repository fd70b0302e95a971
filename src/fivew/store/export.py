"""Writing stored articles out: JSON Lines (whole records), CSV (one flat row each) or
GeoJSON (one point per resolved place of each article)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import TextIO

from fivew.article import Article

#: Formats :meth:`Store.export <fivew.store.Store.export>` writes.
EXPORT_FORMATS = ("jsonl", "csv", "geojson")

#: Separator of the several values (authors, entity names) packed into one CSV cell.
LIST_SEPARATOR = "; "

#: CSV columns holding the names of the entities of one type, in column order.
ENTITY_COLUMNS: dict[str, str] = {
    "people": "PERSON",
    "organisations": "ORG",
    "groups": "GROUP",
    "places": "PLACE",
}

#: The CSV header, in order.
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "url",
    "source",
    "title",
    "published",
    "language",
    "byline",
    *ENTITY_COLUMNS,
    "text",
)


def write_jsonl(records: Iterable[Article], out: TextIO) -> int:
    """Write one full record per line; return how many."""
    count = 0
    for article in records:
        out.write(article.model_dump_json())
        out.write("\n")
        count += 1
    return count


def csv_row(article: Article) -> list[str]:
    """The CSV cells of one article, in :data:`CSV_COLUMNS` order."""
    names: dict[str, list[str]] = {column: [] for column in ENTITY_COLUMNS}
    for entity in article.entities:
        for column, entity_type in ENTITY_COLUMNS.items():
            if entity.type == entity_type and entity.name not in names[column]:
                names[column].append(entity.name)
    return [
        article.id,
        article.url or "",
        article.source or "",
        article.title or "",
        article.published or "",
        article.language or "",
        LIST_SEPARATOR.join(article.byline),
        *(LIST_SEPARATOR.join(names[column]) for column in ENTITY_COLUMNS),
        article.text,
    ]


def write_csv(records: Iterable[Article], out: TextIO) -> int:
    """Write a header and one row per article; return how many articles.

    ``out`` should be opened with ``newline=""``, as the :mod:`csv` module asks, so
    that line breaks inside the text survive.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for article in records:
        writer.writerow(csv_row(article))
        count += 1
    return count


def place_features(article: Article) -> list[dict[str, object]]:
    """GeoJSON features for the resolved places of one article (unresolved ones have no point)."""
    features: list[dict[str, object]] = []
    for place in article.places:
        if place.lat is None or place.lon is None:
            continue
        features.append(
            {
                "type": "Feature",
                # GeoJSON orders coordinates longitude first (RFC 7946, section 3.1.1).
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "kind": "place",
                    "article_id": article.id,
                    "title": article.title,
                    "published": article.published,
                    "source": article.source,
                    "url": article.url,
                    "place_id": place.id,
                    "name": place.name,
                    "geonames_id": place.geonames_id,
                    "country": place.country,
                    "admin1": place.admin1,
                    "feature_code": place.feature_code,
                    "mentions": [mention.text for mention in place.mentions],
                    "confidence": place.confidence,
                },
            }
        )
    return features


def write_geojson(records: Iterable[Article], out: TextIO) -> int:
    """Write one GeoJSON FeatureCollection, streamed feature by feature; return articles."""
    out.write('{"type": "FeatureCollection", "features": [')
    count, first = 0, True
    for article in records:
        count += 1
        for feature in place_features(article):
            out.write(("" if first else ",") + "\n" + json.dumps(feature, ensure_ascii=False))
            first = False
    out.write("\n]}\n")
    return count


#: The writer of each format.
WRITERS: dict[str, Callable[[Iterable[Article], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}
