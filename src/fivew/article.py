"""The Article record: the one contract between fivew's stages.

Every stage reads the fields it needs from an :class:`Article` and writes its own.
Every annotation carries ``start``/``end`` character offsets into ``Article.text``
(Python string indices) and the covered ``text``, so that ``article.text[start:end]
== annotation.text`` always holds.

The JSON Schema of the record lives in ``schema/article.schema.json`` and is
regenerated with ``fivew schema > schema/article.schema.json``; a test checks that
the committed file matches this module.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

#: Version of the record's shape. Bump the minor part when fields are added,
#: the major part when a field changes meaning or is removed.
SCHEMA_VERSION = "1.0"

EntityType = Literal["PERSON", "ORG", "GROUP", "PLACE", "OTHER"]
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GROUP", "PLACE", "OTHER")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Record):
    """A stretch of ``Article.text``."""

    start: int = Field(ge=0, description="Offset of the first character in Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character in Article.text.")
    text: str = Field(description="The covered text: Article.text[start:end].")


class Mention(Span):
    """One mention of an entity in the text."""

    label: str | None = Field(
        default=None, description="The label the recogniser gave this mention (e.g. spaCy's GPE)."
    )


class Entity(_Record):
    """One real-world thing named in the article, with all its mentions."""

    id: str = Field(description="Identifier within the article, e.g. 'e1'.")
    name: str = Field(description="Canonical name: the fullest form used in the article.")
    type: EntityType
    mentions: list[Mention] = Field(default_factory=list)


class Caption(_Record):
    """An image caption kept apart from the body, with its credit."""

    text: str
    credit: str | None = None


class ErrorNote(_Record):
    """A problem met while processing; the article may still be usable."""

    stage: str
    code: str
    message: str


class Provenance(_Record):
    """Where the record came from and what made it."""

    input: str = Field(description="The input it was read from: a path, 'path:line', or '-'.")
    fivew_version: str
    model: str | None = None
    model_version: str | None = None
    processed_at: str = Field(description="ISO 8601 UTC time of processing.")


class Article(_Record):
    """A news article as fivew records it."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Stable id: hash of the canonical URL, else of the text.")
    url: str | None = None
    source: str | None = Field(default=None, description="Site or outlet name.")
    title: str | None = None
    byline: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="ISO 8601 date or datetime.")
    language: str | None = None
    text: str = ""
    captions: list[Caption] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    errors: list[ErrorNote] = Field(default_factory=list)
    provenance: Provenance

    # Transient analysis (the spaCy Doc) passed between stages, never serialised.
    _doc: Any = PrivateAttr(default=None)

    def to_json_dict(self) -> dict[str, Any]:
        """The record as plain JSON data."""
        return self.model_dump(mode="json")

    def note_error(self, stage: str, code: str, message: str) -> None:
        """Record a non-fatal problem met by ``stage``."""
        self.errors.append(ErrorNote(stage=stage, code=code, message=message))


def article_id(url: str | None, text: str) -> str:
    """The id under which an article is stored: canonical URL if known, else the text.

    The same article ingested twice gets the same id, which makes ingestion idempotent.
    """
    key = f"url:{url}" if url else f"text:{' '.join(text.split())}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, as committed in ``schema/article.schema.json``."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://fivew.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema


def offset_problems(article: Article) -> list[str]:
    """Every annotation whose offsets do not cover its ``text`` in ``article.text``.

    An empty list means the record keeps its promise: ``text[start:end] == span.text``
    for every span, however deeply nested.
    """
    problems: list[str] = []

    def visit(value: object, where: str) -> None:
        if isinstance(value, Span):
            covered = article.text[value.start : value.end]
            if not (0 <= value.start <= value.end <= len(article.text)) or covered != value.text:
                problems.append(
                    f"{where}: [{value.start}:{value.end}] covers {covered!r}, not {value.text!r}"
                )
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                if value is article and name == "text":
                    continue
                visit(getattr(value, name), f"{where}.{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, f"{where}[{index}]")

    visit(article, "article")
    return problems
