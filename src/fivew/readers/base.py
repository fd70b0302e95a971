"""Turn paths (files, directories, ``-``) into :class:`RawDocument` objects."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from fivew.errors import InputError
from fivew.readers.decode import decode_html, decode_text, looks_binary, looks_like_html

#: Largest input accepted, in bytes (after decompression). News pages are rarely over
#: 2 MB; 10 MB leaves room for inline scripts and images while keeping one bad file
#: from taking the memory of a whole batch.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

DocumentKind = Literal["html", "text"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
SUPPORTED_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES


@dataclass
class RawDocument:
    """One document as read, before any analysis."""

    input: str
    kind: DocumentKind
    content: str
    raw: bytes = b""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


ReadResult = RawDocument | InputError


def _suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the size limit of {max_bytes:,} bytes", "E102")
    return data


def _gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(name, f"corrupt gzip data ({exc})", "E105") from exc
    if len(out) > max_bytes:
        raise InputError(
            name, f"larger than the size limit of {max_bytes:,} bytes once decompressed", "E102"
        )
    if not decompressor.eof:
        raise InputError(name, "truncated gzip file (the stream ends early)", "E105")
    return out


def read_bytes(
    name: str,
    data: bytes,
    kind: DocumentKind | None = None,
    *,
    compressed: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
) -> RawDocument:
    """Decode one document's bytes; raise :class:`InputError` if they are unusable.

    ``kind`` is ``"html"`` or ``"text"``; left ``None`` it is guessed from the content.
    """
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the size limit of {max_bytes:,} bytes", "E102")
    if compressed or data[:2] == b"\x1f\x8b":
        data = _gunzip(data, name, max_bytes)
    if not data.strip():
        raise InputError(name, "empty input", "E101")
    if looks_binary(data):
        raise InputError(name, "binary data, not text or HTML", "E103")
    if kind is None:
        kind = "html" if looks_like_html(data) else "text"
    if kind == "html":
        content = decode_html(data, name)
        if not looks_like_html(data):
            raise InputError(name, "not an HTML page (no HTML markup found)", "E106")
    else:
        content = decode_text(data, name)
    if not content.strip():
        raise InputError(name, "empty input", "E101")
    return RawDocument(input=name, kind=kind, content=content, raw=data, published=published)


def _read_jsonl(
    name: str, data: bytes, max_bytes: int, published: str | None
) -> Iterator[ReadResult]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(name, f"JSON Lines must be UTF-8 ({exc.reason} at byte {exc.start})", "E104")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        raw = line.encode("utf-8")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _with_raw(InputError(where, f"malformed JSON ({exc.msg})", "E106"), raw)
            continue
        if not isinstance(record, dict):
            yield _with_raw(InputError(where, "a JSON Lines record must be an object", "E106"), raw)
            continue
        html, plain = record.get("html"), record.get("text")
        if not isinstance(html, str) and not isinstance(plain, str):
            yield _with_raw(
                InputError(where, "the record has neither an 'html' nor a 'text' string", "E106"), raw
            )
            continue
        content = html if isinstance(html, str) else plain
        assert isinstance(content, str)
        if len(content.encode("utf-8")) > max_bytes:
            yield _with_raw(
                InputError(where, f"larger than the size limit of {max_bytes:,} bytes", "E102"), raw
            )
            continue
        if not content.strip():
            yield _with_raw(InputError(where, "empty input", "E101"), raw)
            continue
        kind: DocumentKind = "html" if isinstance(html, str) else "text"
        if kind == "html" and not looks_like_html(content.encode("utf-8", "replace")):
            yield _with_raw(InputError(where, "not an HTML page (no HTML markup found)", "E106"), raw)
            continue
        yield RawDocument(
            input=where,
            kind=kind,
            content=content,
            raw=raw,
            url=_str_or_none(record.get("url")),
            title=_str_or_none(record.get("title")),
            published=_str_or_none(record.get("published")) or published,
            source=_str_or_none(record.get("source")),
        )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _with_raw(error: InputError, raw: bytes) -> InputError:
    error.raw = raw
    return error


def _read_file(path: Path, max_bytes: int, published: str | None) -> Iterator[ReadResult]:
    name = str(path)
    suffix = _suffix_of(path)
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(
            name,
            f"unsupported file type '{suffix or path.name}' (expected one of "
            f"{', '.join(SUPPORTED_SUFFIXES)})",
            "E109",
        )
        return
    try:
        with path.open("rb") as stream:
            if suffix in JSONL_SUFFIXES:
                # A JSON Lines file holds many articles: the limit applies per record.
                data = stream.read()
            else:
                data = _read_limited(stream, name, max_bytes)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc})", "E100")
        return
    compressed = suffix.endswith(".gz")
    if suffix in JSONL_SUFFIXES:
        if compressed:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                yield InputError(name, f"truncated or corrupt gzip file ({exc})", "E105")
                return
        yield from _read_jsonl(name, data, max_bytes, published)
        return
    kind: DocumentKind = "html" if suffix in HTML_SUFFIXES else "text"
    try:
        yield read_bytes(
            name, data, kind, compressed=compressed, max_bytes=max_bytes, published=published
        )
    except InputError as exc:
        yield _with_raw(exc, data)


def _walk(path: Path) -> Iterator[Path]:
    """Files under a directory, recursively, in a stable order; hidden ones skipped."""
    for child in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if child.is_file() and _suffix_of(child) in SUPPORTED_SUFFIXES:
            yield child


def read_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[ReadResult]:
    """Yield a :class:`RawDocument` or an :class:`InputError` for each input found.

    Directories are walked recursively for supported files; ``-`` reads one document
    from ``stdin`` (HTML or text, guessed from its content). ``published`` is the
    dateline to use where the input carries none.
    """
    for item in paths:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = _read_limited(stream, "-", max_bytes)
                yield read_bytes("-", data, None, max_bytes=max_bytes, published=published)
            except InputError as exc:
                yield exc
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _read_file(file, max_bytes, published)
            if not found:
                yield InputError(str(path), "directory holds no supported files", "E100")
        elif path.exists():
            yield from _read_file(path, max_bytes, published)
        else:
            yield InputError(str(path), "no such file or directory", "E100")
