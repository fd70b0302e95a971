"""The store: articles, their entities and failed inputs, in SQLite or PostgreSQL.

>>> from fivew.store import Store
>>> with Store("news.db") as store:                      # doctest: +SKIP
...     report = store.ingest(["pages/"], progress=True)
...     print(report.stored, "stored,", len(report.failed), "failed")

The schema is managed by Alembic migrations shipped in ``fivew/store/migrations``;
they run by themselves whenever a :class:`Store` opens a database.
"""

from fivew.store.records import ArticleSummary, EntityCount, FailureRecord, IngestReport
from fivew.store.store import Store

__all__ = ["ArticleSummary", "EntityCount", "FailureRecord", "IngestReport", "Store"]
