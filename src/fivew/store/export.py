"""Writing stored articles out: JSON Lines (whole records) or CSV (one flat row each)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import TextIO

from fivew.article import Article

#: Formats :meth:`Store.export <fivew.store.Store.export>` writes.
EXPORT_FORMATS = ("jsonl", "csv")

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


#: The writer of each format.
WRITERS: dict[str, Callable[[Iterable[Article], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
}
