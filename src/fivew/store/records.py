"""What the store hands back: plain, typed values, never database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from fivew.errors import InputError


@dataclass
class IngestReport:
    """The outcome of :meth:`Store.ingest <fivew.store.Store.ingest>` or ``retry``."""

    #: Articles written for the first time.
    stored: int = 0
    #: Articles whose id was already stored (their record was refreshed).
    duplicates: int = 0
    #: Inputs that could not be turned into an article; each is also in ``failures``.
    failed: list[InputError] = field(default_factory=list)
    #: Wall-clock seconds the run took.
    elapsed: float = 0.0
    #: Stored failures marked resolved by this run (a retry, or a re-ingest that worked).
    resolved: int = 0

    @property
    def ok(self) -> bool:
        """True when every input became an article."""
        return not self.failed


@dataclass(frozen=True)
class ArticleSummary:
    """One line of :meth:`Store.list <fivew.store.Store.list>`."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    entities: int


@dataclass(frozen=True)
class FailureRecord:
    """One stored failure: an input that did not become an article."""

    id: int
    input: str
    code: str
    reason: str
    raw: bytes
    first_failed_at: datetime
    last_failed_at: datetime
    attempts: int
    resolved: bool


class EntityCount(NamedTuple):
    """One line of the situation report: an entity and how widely it is mentioned."""

    name: str
    type: str
    #: Articles naming it.
    articles: int
    #: Mentions over all those articles.
    mentions: int
