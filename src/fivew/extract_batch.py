"""The ``extract`` stage over a batch of raw documents, with the records' provenance.

Kept apart from :mod:`fivew.pipeline` so that the helper process that extracts pages
ahead of the analysis imports only what extraction needs (no spaCy stages, no
gazetteer): a lighter process, started faster.
"""

from __future__ import annotations

import functools
import logging
from datetime import UTC, datetime

from fivew import __version__
from fivew.article import Article, Provenance
from fivew.errors import FivewError, InputError
from fivew.extract import extract
from fivew.nlp import model_info
from fivew.readers import RawDocument

logger = logging.getLogger(__name__)

Result = Article | InputError

#: One extracted batch: each input's Article (or the error that stopped it) and the
#: input's raw bytes, kept so that a failure in a later stage can be stored for retry.
Extracted = tuple[list[Result], list[bytes]]


def provenance_for(raw: RawDocument, model: str | None, version: str | None) -> Provenance:
    """Where the record of ``raw`` comes from and what makes it, stamped now."""
    return Provenance(
        input=raw.input,
        fivew_version=__version__,
        model=model,
        model_version=version,
        processed_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def failure_from(input: str, exc: BaseException, raw: bytes) -> InputError:
    """The :class:`InputError` that stands for ``input`` after ``exc``, with its raw bytes."""
    if isinstance(exc, InputError):
        if not exc.raw:
            exc.raw = raw
        return exc
    reason = str(exc) if isinstance(exc, FivewError) else f"{type(exc).__name__}: {exc}"
    logger.warning("processing %s failed", input, exc_info=exc)
    return InputError(input, f"processing failed: {reason}", "E110", raw)


@functools.cache
def model_names() -> tuple[str, str]:
    """Name and version of the spaCy model, read once per process (without loading it)."""
    info = model_info()
    return info.name, info.version


def extract_batch(items: list[RawDocument | InputError]) -> Extracted:
    """The ``extract`` stage over one batch: each input's Article or error, and its bytes."""
    model, version = model_names()
    slots: list[Result] = []
    raws: list[bytes] = []
    for item in items:
        raws.append(b"" if isinstance(item, InputError) else item.raw)
        if isinstance(item, InputError):
            slots.append(item)
            continue
        try:
            slots.append(extract(item, provenance_for(item, model, version)))
        except Exception as exc:  # noqa: BLE001 - recorded as this input's failure
            slots.append(failure_from(item.input, exc, item.raw))
    return slots, raws
