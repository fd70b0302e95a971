"""The pipeline: stage order, batching over ``nlp.pipe``, workers, per-document errors.

Raw documents flow through :data:`STAGES` in order. Each stage declares the Article
fields it reads and writes; :func:`check_stage_order` proves, when the pipeline is
built, that nothing is read before it is written. A document that fails in any stage
becomes an :class:`~fivew.errors.InputError` in the output stream and the batch goes on.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

from fivew import __version__
from fivew.article import Article, Provenance
from fivew.entities import find_entities
from fivew.events import find_events
from fivew.errors import ConfigError, FivewError, InputError
from fivew.extract import extract
from fivew.language import set_language
from fivew.nlp import (
    MAX_TEXT_CHARS,
    PIPE_BATCH_SIZE,
    available_model_package,
    load_model,
    model_info,
)
from fivew.places import find_places
from fivew.quotes import find_quotes
from fivew.readers import DEFAULT_MAX_BYTES, RawDocument, read_inputs
from fivew.times import find_times

logger = logging.getLogger(__name__)

Result = Article | InputError


#: Texts per ``nlp.pipe`` batch inside one pipeline batch (at most ``Options.batch_size``).
#: spaCy's memory grows with the batch: on 60 English trafilatura-eval pages (5,300
#: characters on average, 20,000 at most) en_core_web_sm peaked at 380 MB with 4 texts
#: a batch, 550 MB with 8, 630 MB with 16 and 1,120 MB with 64, with no gain in speed
#: above 4 (benchmarks/throughput.py; re-run it after changing this).
SPACY_BATCH_SIZE = 8

#: Batches handed to the worker pool ahead of the one being collected, per worker. More
#: keeps workers busy while the parent reads; each batch in flight holds its raw pages.
BATCHES_AHEAD_PER_WORKER = 2


@dataclass(frozen=True)
class Options:
    """How a run processes its inputs.

    ``published`` is the dateline (ISO 8601 date or datetime) given to inputs that
    carry none; ``workers`` is the number of processes (1: all in this process);
    ``batch_size`` is the number of documents that go through the stages together (and
    to a worker at once); spaCy itself sees at most :data:`SPACY_BATCH_SIZE` at a time.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    allow_other_languages: bool = False
    batch_size: int = PIPE_BATCH_SIZE
    workers: int = 1

    def __post_init__(self) -> None:
        for name in ("max_bytes", "batch_size", "workers"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(
                    f"option {name} must be a whole number of 1 or more, not {value!r}"
                )
        if self.published is not None:
            try:
                datetime.fromisoformat(self.published)
            except ValueError:
                raise ConfigError(
                    f"option published must be an ISO 8601 date or datetime such as "
                    f"2024-05-01, not {self.published!r}"
                ) from None


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline, run on a batch of articles."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[list[Article], Options], None]
    # The stage is skipped for articles whose language it cannot handle.
    english_only: bool = False


def _run_language(batch: list[Article], options: Options) -> None:
    for article in batch:
        set_language(article, allow_other_languages=options.allow_other_languages)


def _run_analyse(batch: list[Article], options: Options) -> None:
    nlp = load_model()
    texts = [article.text[:MAX_TEXT_CHARS] for article in batch]
    docs = nlp.pipe(texts, batch_size=min(options.batch_size, SPACY_BATCH_SIZE))
    for article, doc in zip(batch, docs, strict=True):
        article._doc = doc


def _each(function: Callable[[Article], Article]) -> Callable[[list[Article], Options], None]:
    """A batch runner for a stage that works one article at a time."""

    def run(batch: list[Article], options: Options) -> None:
        for article in batch:
            function(article)

    run.__name__ = f"run_{function.__name__}"
    return run


#: Fields the ``extract`` stage writes from the raw document.
EXTRACTED_FIELDS = (
    "id",
    "url",
    "source",
    "title",
    "byline",
    "published",
    "text",
    "captions",
    "provenance",
)

STAGES: tuple[Stage, ...] = (
    Stage("language", reads=("text",), writes=("language",), run=_run_language),
    Stage("analyse", reads=("text",), writes=("_doc",), run=_run_analyse, english_only=True),
    Stage(
        "entities",
        reads=("_doc",),
        writes=("entities",),
        run=_each(find_entities),
        english_only=True,
    ),
    Stage("times", reads=("text", "published", "_doc"), writes=("times",), run=_each(find_times)),
    # Not English-only: on other languages it writes a note in `errors` and no quotes.
    Stage(
        "quotes", reads=("_doc", "entities", "language"), writes=("quotes",), run=_each(find_quotes)
    ),
    Stage(
        "places",
        reads=("_doc", "entities"),
        writes=("places", "focus"),
        run=_each(find_places),
        english_only=True,
    ),
    Stage(
        "events",
        reads=("_doc", "entities", "quotes", "places", "times", "published"),
        writes=("events", "figures"),
        run=_each(find_events),
        english_only=True,
    ),
)


def check_stage_order(stages: Iterable[Stage], given: Iterable[str] = EXTRACTED_FIELDS) -> None:
    """Raise ``ValueError`` if a stage reads a field no earlier stage writes."""
    written = set(given)
    for stage in stages:
        missing = [name for name in stage.reads if name not in written]
        if missing:
            raise ValueError(f"stage '{stage.name}' reads {missing} before any stage writes them")
        written.update(stage.writes)


check_stage_order(STAGES)


def _provenance(raw: RawDocument, model: str | None, version: str | None) -> Provenance:
    return Provenance(
        input=raw.input,
        fivew_version=__version__,
        model=model,
        model_version=version,
        processed_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _failure(input: str, exc: BaseException, raw: bytes) -> InputError:
    """The :class:`InputError` that stands for ``input`` after ``exc``, with its raw bytes."""
    if isinstance(exc, InputError):
        if not exc.raw:
            exc.raw = raw
        return exc
    reason = str(exc) if isinstance(exc, FivewError) else f"{type(exc).__name__}: {exc}"
    logger.warning("processing %s failed", input, exc_info=exc)
    return InputError(input, f"processing failed: {reason}", "E110", raw)


def _run_stage(stage: Stage, batch: list[Article], options: Options) -> list[Exception | None]:
    """Run one stage on a batch; return, for each article, the exception it raised or None.

    The whole batch runs at once (``nlp.pipe`` is fastest so); if that fails, the stage
    runs again article by article, so that only the culprit fails.
    """
    todo = [a for a in batch if not (stage.english_only and a.language not in (None, "en"))]
    outcome: list[Exception | None] = [None] * len(batch)
    if not todo:
        return outcome
    try:
        stage.run(todo, options)
        return outcome
    except Exception:  # noqa: BLE001 - the failing document is isolated below
        logger.debug("stage %s failed on a batch; retrying one by one", stage.name)
    wanted = {id(a) for a in todo}
    for n, article in enumerate(batch):
        if id(article) in wanted:
            try:
                stage.run([article], options)
            except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
                outcome[n] = exc
    return outcome


@functools.cache
def _model_names() -> tuple[str, str]:
    info = model_info()
    return info.name, info.version


def process_batch(items: list[RawDocument | InputError], options: Options) -> list[Result]:
    """Run every stage over one batch of raw documents, keeping input order.

    Each input gives one result in its place: its :class:`Article`, or the
    :class:`InputError` that stopped it (with the input's raw bytes, for a retry).
    """
    model, version = _model_names()
    slots: list[Result] = []
    raws: list[bytes] = []
    for item in items:
        raws.append(b"" if isinstance(item, InputError) else item.raw)
        if isinstance(item, InputError):
            slots.append(item)
            continue
        try:
            slots.append(extract(item, _provenance(item, model, version)))
        except Exception as exc:  # noqa: BLE001 - recorded as this input's failure
            slots.append(_failure(item.input, exc, item.raw))
    for stage in STAGES:
        live = [n for n, slot in enumerate(slots) if isinstance(slot, Article)]
        if not live:
            break
        articles = [slots[n] for n in live]
        outcome = _run_stage(stage, articles, options)  # type: ignore[arg-type]
        for n, article, error in zip(live, articles, outcome, strict=True):
            if error is not None:
                assert isinstance(article, Article)
                slots[n] = _failure(article.provenance.input, error, raws[n])
    for slot in slots:
        if isinstance(slot, Article):
            slot._doc = None  # the spaCy Doc is not needed past the pipeline
    return slots


def _batches(
    items: Iterable[RawDocument | InputError], size: int
) -> Iterator[list[RawDocument | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _worker_init() -> None:
    load_model()


def process(
    items: Iterable[RawDocument | InputError], options: Options = Options()
) -> Iterator[Result]:
    """Yield an :class:`Article` or an :class:`InputError` for every input, in order.

    With ``options.workers`` above 1, batches go to that many processes; only a few
    batches per worker are read ahead, so memory stays flat however long the input.
    """
    batches = _batches(items, options.batch_size)
    if options.workers <= 1:
        for batch in batches:
            yield from process_batch(batch, options)
        return
    # Checked here: a worker whose initializer fails would otherwise take the pool down.
    available_model_package()
    ahead = options.workers * BATCHES_AHEAD_PER_WORKER
    # A process pool that raises (BrokenProcessPool) if a worker dies, say killed for
    # memory, where multiprocessing.Pool would wait forever; and batches submitted a few
    # ahead only, where Pool.imap's feeder reads the whole input into memory.
    with ProcessPoolExecutor(
        options.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init
    ) as pool:
        pending: deque[Future[list[Result]]] = deque()
        for batch in batches:
            pending.append(pool.submit(process_batch, batch, options))
            if len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def extract_articles(paths: Iterable[str], options: Options = Options()) -> Iterator[Result]:
    """Read ``paths`` (files, directories, ``-``) and process every document in them."""
    raws = read_inputs(paths, max_bytes=options.max_bytes, published=options.published)
    return process(raws, options)
