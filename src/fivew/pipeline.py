"""The pipeline: stage order, batching over ``nlp.pipe``, workers, per-document errors.

Raw documents flow through :data:`STAGES` in order. Each stage declares the Article
fields it reads and writes; :func:`check_stage_order` proves, when the pipeline is
built, that nothing is read before it is written. A document that fails in any stage
becomes an :class:`~fivew.errors.InputError` in the output stream and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice

from fivew.article import Article
from fivew.entities import find_entities
from fivew.errors import ConfigError, InputError
from fivew.events import find_events
from fivew.extract_batch import Extracted, extract_batch, failure_from
from fivew.language import set_language
from fivew.nlp import (
    MAX_TEXT_CHARS,
    PIPE_BATCH_SIZE,
    available_model_package,
    load_model,
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

#: Documents per batch when extraction runs ahead in a helper process: small enough
#: that spaCy starts on the first pages at once, large enough that sending a batch
#: between processes costs little (benchmarks/throughput.py).
EXTRACT_AHEAD_BATCH_SIZE = 16

#: Extracted batches waiting for analysis at most: keeps the helper busy while memory
#: holds only a few batches of pages.
EXTRACT_AHEAD_BATCHES = 2


@dataclass(frozen=True)
class Options:
    """How a run processes its inputs.

    ``published`` is the dateline (ISO 8601 date or datetime) given to inputs that
    carry none; ``workers`` is the number of processes (1: all in this process);
    ``batch_size`` is the number of documents that go through the stages together (and
    to a worker at once); spaCy itself sees at most :data:`SPACY_BATCH_SIZE` at a time.
    ``extract_ahead`` lets a run of one worker extract the next pages in a helper
    process while this one analyses the current ones (only when there is more than
    one batch and more than one CPU).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    allow_other_languages: bool = False
    batch_size: int = PIPE_BATCH_SIZE
    workers: int = 1
    extract_ahead: bool = True

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


def process_batch(items: list[RawDocument | InputError], options: Options) -> list[Result]:
    """Run every stage over one batch of raw documents, keeping input order.

    Each input gives one result in its place: its :class:`Article`, or the
    :class:`InputError` that stopped it (with the input's raw bytes, for a retry).
    """
    return analyse_batch(extract_batch(items), options)


def analyse_batch(extracted: Extracted, options: Options) -> list[Result]:
    """Run the stages after ``extract`` over one extracted batch, keeping input order."""
    slots, raws = extracted
    for stage in STAGES:
        live = [n for n, slot in enumerate(slots) if isinstance(slot, Article)]
        if not live:
            break
        articles = [slots[n] for n in live]
        outcome = _run_stage(stage, articles, options)  # type: ignore[arg-type]
        for n, article, error in zip(live, articles, outcome, strict=True):
            if error is not None:
                assert isinstance(article, Article)
                slots[n] = failure_from(article.provenance.input, error, raws[n])
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
    if options.workers <= 1:
        yield from _process_here(items, options)
        return
    batches = _batches(items, options.batch_size)
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


def _process_here(items: Iterable[RawDocument | InputError], options: Options) -> Iterator[Result]:
    """One worker: analyse here, with extraction a batch ahead in a helper process.

    Page extraction (trafilatura and fivew's cleaning) needs no model and takes about a
    fifth of the time; run beside spaCy on a second CPU it no longer adds to the wall
    time. A single batch, or a single CPU, is processed in place: a helper process costs
    about a second to start.
    """
    size = (
        min(options.batch_size, EXTRACT_AHEAD_BATCH_SIZE)
        if options.extract_ahead
        else (options.batch_size)
    )
    batches = _batches(items, size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None or not options.extract_ahead or (os.cpu_count() or 1) < 2:
        for batch in chain([first], [] if second is None else [second], batches):
            yield from process_batch(batch, options)
        return
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque[Future[Extracted]] = deque()
        for batch in chain([first, second], batches):
            pending.append(pool.submit(extract_batch, batch))
            if len(pending) > EXTRACT_AHEAD_BATCHES:
                yield from analyse_batch(pending.popleft().result(), options)
        while pending:
            yield from analyse_batch(pending.popleft().result(), options)


def extract_articles(paths: Iterable[str], options: Options = Options()) -> Iterator[Result]:
    """Read ``paths`` (files, directories, ``-``) and process every document in them."""
    raws = read_inputs(paths, max_bytes=options.max_bytes, published=options.published)
    return process(raws, options)
