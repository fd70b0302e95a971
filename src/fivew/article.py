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
SCHEMA_VERSION = "1.1"

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


class Speaker(Span):
    """Who a quote is attributed to: the mention in the text and what it refers to."""

    entity_id: str | None = Field(
        default=None, description="The entity of the record the speaker is (through 'he' too)."
    )
    description: str | None = Field(
        default=None, description="For an unnamed source, how the text describes it."
    )
    affiliation_entity_id: str | None = Field(
        default=None, description="For an unnamed source, the entity it is affiliated with."
    )


class Quote(Span):
    """A direct quote or a report of speech; ``start``/``end``/``text`` are its content."""

    id: str
    kind: Literal["direct", "indirect", "mixed"]
    cue: Span | None = None
    speaker: Speaker | None = None
    medium: Span | None = Field(
        default=None, description="Channel or addressee where stated ('told Reuters by telephone')."
    )
    confidence: float = Field(ge=0.0, le=1.0)


class Place(_Record):
    """A place the article mentions, resolved to one gazetteer entry where possible."""

    id: str
    name: str
    entity_id: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 country code.")
    admin1: str | None = Field(default=None, description="First-level division name.")
    feature_code: str | None = Field(default=None, description="GeoNames feature code, e.g. PPLA.")
    mentions: list[Mention] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)


class Focus(_Record):
    """What the article is about, geographically."""

    countries: list[str] = Field(
        default_factory=list, description="ISO codes, most central first."
    )
    places: list[str] = Field(
        default_factory=list, description="Ids of places, most central first."
    )


class TimeExpression(Span):
    """A time expression normalised against the dateline (TIMEX3-style)."""

    id: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(
        default=None, description="TIMEX3 value: 2021-08-22, 2021-W32, 198X, P1W, XXXX-WXX-7 ..."
    )
    granularity: str | None = Field(
        default=None, description="day, week, month, quarter, year, decade, century, time ..."
    )
    anchored: bool = Field(
        default=False, description="True when the value was resolved relative to the dateline."
    )


EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal[
    "occurred", "ongoing", "planned", "threatened", "conditional", "claimed", "negated"
]


class Participant(Span):
    """An actor or recipient of an event: the words naming it and the entity they mean."""

    entity_id: str | None = Field(
        default=None, description="The entity of the record (through 'his', 'we' too); None "
        "for an unnamed party ('local militia groups')."
    )


class Claim(_Record):
    """Who reports an event, and whether they assert or dispute it."""

    stance: Literal["asserts", "disputes"]
    quote_id: str | None = Field(default=None, description="The quote of the record that says it.")
    source: Span | None = Field(default=None, description="The source as the text names it.")
    entity_id: str | None = Field(
        default=None, description="The source's entity, or for an unnamed source its affiliation."
    )
    evidence: Span | None = Field(
        default=None, description="For a dispute: the sentence that disputes."
    )


class Figure(Span):
    """A number the article reports ('more than 6,000'), what it counts and who says so."""

    id: str
    value: float | None = Field(default=None, description="The number, or its lower bound.")
    qualifier: str | None = Field(default=None, description="'more than', 'about', 'hundreds'.")
    unit: str | None = Field(default=None, description="What is counted: 'fighters', 'districts'.")
    quote_id: str | None = Field(default=None, description="The quote that reports the figure.")
    source: Span | None = Field(default=None, description="Who gives the figure, as written.")


class Event(_Record):
    """One event a sentence reports, coded to PLOVER, with its sources and its modality."""

    id: str
    type: EventType = Field(description="PLOVER event type.")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. 'aerial', 'yield'.")
    modality: Modality
    trigger: Span = Field(description="The word(s) that express the event.")
    evidence: Span = Field(description="The sentence that reports the event.")
    actor: Participant | None = None
    recipient: Participant | None = None
    place: str | None = Field(default=None, description="Id of the place where it happens.")
    time: str | None = Field(default=None, description="Id of the time expression dating it.")
    time_value: str | None = Field(default=None, description="TIMEX3 value of the event's time.")
    time_basis: Literal["expression", "dateline"] | None = Field(
        default=None, description="'dateline' when no expression dates it and the dateline is used."
    )
    claimant: str | None = Field(default=None, description="Id of the quote reporting it.")
    claims: list[Claim] = Field(default_factory=list)
    disputed: bool = Field(default=False, description="A source disputes what another claims.")
    figures: list[str] = Field(default_factory=list, description="Ids of figures about it.")
    references: list[Span] = Field(
        default_factory=list, description="Later words that refer back to it ('the operation')."
    )
    cameo: str | None = Field(default=None, description="CAMEO root code, e.g. '18'.")
    acled: str | None = Field(
        default=None, description="ACLED 'event type / sub-event type' for export."
    )
    acled_subtype: str | None = Field(
        default=None, description="CASE 2021 / ACLED-style sub-event type of the evidence "
        "sentence (e.g. 'AIR_STRIKE'), from fivew's n-gram classifier; None when no type "
        "scores above its threshold or the event is verbal."
    )
    confidence: float = Field(ge=0.0, le=1.0)


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
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    focus: Focus = Field(default_factory=Focus)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
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
