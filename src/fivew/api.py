"""fivew's library functions. Each CLI command wraps the function of the same name.

Heavy modules (spaCy, trafilatura, SQLAlchemy) are imported inside the functions so
that ``import fivew`` stays cheap.
"""

from __future__ import annotations

import builtins
import platform
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from fivew import __version__

__all__ = [
    "export",
    "extract",
    "failures",
    "info",
    "ingest",
    "list",
    "report",
    "retry",
    "schema",
    "serve",
    "show",
    "user_add",
]

if TYPE_CHECKING:
    from fivew.article import Article
    from fivew.errors import InputError
    from fivew.pipeline import Options
    from fivew.store import IngestReport


def _options(options: Options | None) -> Options:
    from fivew.pipeline import Options

    return options if options is not None else Options()


def extract(
    paths: Iterable[str], options: Options | None = None, *, progress: bool = False
) -> Iterator[Article | InputError]:
    """Process files, directories or ``-`` into Articles, without a database.

    Yields an :class:`~fivew.article.Article` or an :class:`~fivew.errors.InputError` per
    input document, in input order.

    Example::

        for result in fivew.extract(["story.html"]):
            print(result.title if isinstance(result, fivew.Article) else result)
    """
    from fivew.pipeline import extract_articles
    from fivew.progress import track

    return track(extract_articles(paths, _options(options)), enabled=progress)


def ingest(
    paths: Iterable[str],
    db: str | None = None,
    options: Options | None = None,
    *,
    progress: bool = False,
) -> IngestReport:
    """Process inputs and store them in the database ``db`` (path or URL)."""
    from fivew.store import Store

    with Store(db) as store:
        return store.ingest(builtins.list(paths), _options(options), progress=progress)


def list(  # noqa: A001 - mirrors the `fivew list` command
    db: str | None = None, limit: int = 50, offset: int = 0, query: str | None = None
) -> builtins.list[Any]:
    """Summaries of the stored articles, newest first."""
    from fivew.store import Store

    with Store(db) as store:
        return store.list(limit=limit, offset=offset, query=query)


def show(id: str, db: str | None = None) -> Article:
    """The stored record of one article; ``id`` may be a unique prefix."""
    from fivew.store import Store

    with Store(db) as store:
        return store.get(id)


def export(format: str, out: TextIO, db: str | None = None) -> int:
    """Write every stored article to ``out`` as ``jsonl``, ``csv`` or ``geojson``; say how many."""
    from fivew.store import Store

    with Store(db) as store:
        return store.export(format, out)


def retry(
    db: str | None = None, options: Options | None = None, *, progress: bool = False
) -> IngestReport:
    """Process the stored failures again, from their kept raw input."""
    from fivew.store import Store

    with Store(db) as store:
        return store.retry(_options(options), progress=progress)


def failures(db: str | None = None, include_resolved: bool = False) -> builtins.list[Any]:
    """The inputs that failed, with their reason, attempts and whether a retry fixed them."""
    from fivew.store import Store

    with Store(db) as store:
        return store.failures(include_resolved=include_resolved)


def report(db: str | None = None) -> str:
    """The situation report over the stored articles."""
    from fivew.report import situation_report
    from fivew.store import Store

    with Store(db) as store:
        return situation_report(store)


def schema() -> dict[str, Any]:
    """The JSON Schema of the article record."""
    from fivew.article import article_json_schema

    return article_json_schema()


def info(db: str | None = None) -> dict[str, Any]:
    """What is in use: fivew, Python, spaCy and its model, the database."""
    from fivew.nlp import model_info
    from fivew.store import Store

    model = model_info()
    details: dict[str, Any] = {
        "fivew": __version__,
        "python": platform.python_version(),
        "spacy": model.spacy_version,
        "model": model.name,
        "model_package": model.package,
        "model_version": model.version,
    }
    try:
        with Store(db) as store:
            details["database"] = store.url
            details["articles"] = store.count()
    except Exception as exc:  # noqa: BLE001 - info reports the problem instead of failing
        details["database"] = db or "(default)"
        details["database_error"] = str(exc)
    return details


#: Where ``fivew serve`` listens unless told otherwise: loopback only, so the desk is
#: not exposed to the network by accident.
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def serve(
    db: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 1
) -> None:
    """Run the analysts' desk (pages, JSON twins, API) over ``db`` until interrupted.

    ``workers`` server processes answer requests side by side, each with its own
    connection to the store and one session secret for all (``$FIVEW_SECRET``, else a
    random one for this run). Needs the ``web`` extra. Example:
    ``fivew.serve("demo.db", port=8001, workers=2)``.
    """
    import os

    import uvicorn

    from fivew.errors import ConfigError
    from fivew.store import Store
    from fivew.web.app import FACTORY, worker_environment

    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"workers must be a whole number of at least 1, not {workers!r}")
    # Opened (and migrated) once here: a bad database is one clear error before any
    # worker starts, and the workers never race to migrate.
    with Store(db):
        pass
    environment = worker_environment(db)
    # The workers are new processes: they inherit this environment when started.
    saved = {key: os.environ.get(key) for key in environment}
    os.environ.update(environment)
    try:
        uvicorn.run(
            FACTORY, factory=True, host=host, port=port, workers=workers, log_level="warning"
        )
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def user_add(name: str, password: str, db: str | None = None, *, token: bool = False) -> str | None:
    """Create the desk account ``name``; return a new API token when ``token`` is asked.

    The password is stored hashed (Argon2id); the token is returned this once and only
    its hash is kept.
    """
    from fivew.store import Store
    from fivew.store.review import add_user

    with Store(db) as store:
        return add_user(store, name, password, token=token)
