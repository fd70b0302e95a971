"""Turning a stored failure back into something the pipeline can process.

A failure is re-read from its file when the file still exists (the user may have
fixed it); otherwise from the bytes stored with it. A record of a JSON Lines file
(``path.jsonl:12``) is re-read from its stored line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from fivew.errors import InputError
from fivew.pipeline import Options
from fivew.readers import RawDocument, read_bytes, read_inputs
from fivew.readers.base import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, DocumentKind
from fivew.store.records import FailureRecord
from fivew.store.write import STDIN

#: ``path.jsonl:12``: the name readers give to one record of a JSON Lines file.
JSONL_RECORD = re.compile(
    r"(?P<path>.+(?:" + "|".join(re.escape(s) for s in JSONL_SUFFIXES) + r")):(?P<line>\d+)",
    re.IGNORECASE,
)


def reread(failure: FailureRecord, options: Options) -> Iterator[RawDocument | InputError]:
    """The raw documents (or read errors) that ``failure``'s input gives now."""
    name = failure.input
    if name != STDIN and Path(name).is_file():
        yield from read_inputs([name], max_bytes=options.max_bytes, published=options.published)
        return
    if not failure.raw:
        if name == STDIN:
            # Nothing was kept and standard input cannot be read again.
            yield InputError(name, failure.reason, failure.code)
        else:
            # Nothing was kept (the path was missing or unreadable): look again.
            yield from read_inputs([name], max_bytes=options.max_bytes, published=options.published)
        return
    try:
        if JSONL_RECORD.fullmatch(name):
            yield _jsonl_record(name, failure.raw, options)
        else:
            yield read_bytes(
                name,
                failure.raw,
                _kind_of(name),
                max_bytes=options.max_bytes,
                published=options.published,
            )
    except InputError as exc:
        if not exc.raw:
            exc.raw = failure.raw
        yield exc


def _kind_of(name: str) -> DocumentKind | None:
    """The kind the file's suffix promised, else ``None`` to guess from the content."""
    lowered = name.lower()
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    if lowered.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _jsonl_record(name: str, raw: bytes, options: Options) -> RawDocument:
    """One JSON Lines record (``{"html"|"text": ..., "url": ...}``) from its stored line."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(name, f"malformed JSON ({exc})", "E106", raw) from exc
    if not isinstance(record, dict):
        raise InputError(name, "a JSON Lines record must be an object", "E106", raw)
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str):
        kind: DocumentKind = "html"
        content = html
    elif isinstance(text, str):
        kind, content = "text", text
    else:
        raise InputError(name, "the record has neither an 'html' nor a 'text' string", "E106", raw)
    document = read_bytes(
        name,
        content.encode("utf-8"),
        kind,
        max_bytes=options.max_bytes,
        published=_text_field(record, "published") or options.published,
    )
    document.raw = raw
    document.url = _text_field(record, "url")
    document.title = _text_field(record, "title")
    document.source = _text_field(record, "source")
    return document


def _text_field(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None
