"""The pipeline: stage order, batching over ``nlp.pipe``, workers, per-document errors.

Raw documents flow through :data:`STAGES` in order. Each stage declares the Article
fields it reads and writes; :func:`check_stage_order` proves, when the pipeline is
built, that nothing is read before it is written. A document that fails in any stage
becomes an :class:`~fivew.errors.InputError` in the output stream and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice

from fivew import __version__
from fivew.article import Article, Provenance
from fivew.entities import find_entities
from fivew.errors import FivewError, InputError
from fivew.extract import extract
from fivew.language import set_language
from fivew.nlp import MAX_TEXT_CHARS, PIPE_BATCH_SIZE, load_model, model_info
from fivew.readers import DEFAULT_MAX_BYTES, RawDocument, read_inputs

logger = logging.getLogger(__name__)

Result = Article | InputError


@dataclass(frozen=True)
class Options:
    """How a run processes its inputs."""

    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    allow_other_languages: bool = False
    batch_size: int = PIPE_BATCH_SIZE
    workers: int = 1


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
    for article, doc in zip(batch, nlp.pipe(texts, batch_size=options.batch_size)):
        article._doc = doc


def _run_entities(batch: list[Article], options: Options) -> None:
    for article in batch:
        find_entities(article)


#: Fields the ``extract`` stage writes from the raw document.
EXTRACTED_FIELDS = (
    "id", "url", "source", "title", "byline", "published", "text", "captions", "provenance",
)

STAGES: tuple[Stage, ...] = (
    Stage("language", reads=("text",), writes=("language",), run=_run_language),
    Stage("analyse", reads=("text",), writes=("_doc",), run=_run_analyse, english_only=True),
    Stage("entities", reads=("_doc",), writes=("entities",), run=_run_entities, english_only=True),
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
        processed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _failure(input: str, exc: BaseException, raw: bytes) -> InputError:
    if isinstance(exc, InputError):
        if not exc.raw:
            exc.raw = raw
        return exc
    reason = str(exc) if isinstance(exc, FivewError) else f"{type(exc).__name__}: {exc}"
    logger.exception("processing %s failed", input)
    return InputError(input, f"processing failed: {reason}", "E110", raw)


def _run_stage(stage: Stage, batch: list[Article], options: Options) -> list[Result]:
    """Run one stage on a batch; if the batch fails, retry one by one to find the culprit."""
    todo = [a for a in batch if not (stage.english_only and a.language not in (None, "en"))]
    try:
        stage.run(todo, options)
        return list(batch)
    except Exception:  # noqa: BLE001 - the failing document is isolated below
        logger.debug("stage %s failed on a batch; retrying one by one", stage.name)
    results: list[Result] = []
    for article in batch:
        if article in todo:
            try:
                stage.run([article], options)
            except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
                results.append(_failure(article.provenance.input, exc, b""))
                continue
        results.append(article)
    return results


def process_batch(items: list[RawDocument | InputError], options: Options) -> list[Result]:
    """Run every stage over one batch of raw documents, keeping input order."""
    info = model_info()
    model, version = info.name, info.version
    slots: list[Result] = []
    raws: dict[int, bytes] = {}
    for item in items:
        if isinstance(item, InputError):
            slots.append(item)
            continue
        try:
            article = extract(item, _provenance(item, model, version))
            raws[id(article)] = item.raw
            slots.append(article)
        except Exception as exc:  # noqa: BLE001 - recorded as this input's failure
            slots.append(_failure(item.input, exc, item.raw))
    for stage in STAGES:
        live = [s for s in slots if isinstance(s, Article)]
        if not live:
            break
        done = _run_stage(stage, live, options)
        replaced: dict[int, Result] = {id(a): r for a, r in zip(live, done)}
        for result in done:
            if isinstance(result, InputError) and not result.raw:
                result.raw = raws.get(id(live[done.index(result)]), b"")
        slots = [replaced.get(id(s), s) if isinstance(s, Article) else s for s in slots]
    for slot in slots:
        if isinstance(slot, Article):
            slot._doc = None  # the spaCy Doc is not needed past the pipeline
    return slots


def _batches(items: Iterable[RawDocument | InputError], size: int) -> Iterator[list[RawDocument | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _worker_init() -> None:
    load_model()


def _worker_run(args: tuple[list[RawDocument | InputError], Options]) -> list[Result]:
    return process_batch(*args)


def process(items: Iterable[RawDocument | InputError], options: Options = Options()) -> Iterator[Result]:
    """Yield an :class:`Article` or an :class:`InputError` for every input, in order."""
    batches = _batches(items, options.batch_size)
    if options.workers <= 1:
        for batch in batches:
            yield from process_batch(batch, options)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(options.workers, initializer=_worker_init) as pool:
        jobs = ((batch, options) for batch in batches)
        for results in pool.imap(_worker_run, jobs):
            yield from results


def extract_articles(paths: Iterable[str], options: Options = Options()) -> Iterator[Result]:
    """Read ``paths`` (files, directories, ``-``) and process every document in them."""
    raws = read_inputs(paths, max_bytes=options.max_bytes, published=options.published)
    return process(raws, options)
