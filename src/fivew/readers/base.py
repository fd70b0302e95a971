"""Turn paths (files, directories, ``-``) into :class:`RawDocument` objects."""

from __future__ import annotations

import codecs
import gzip
import json
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal, cast

from fivew.errors import InputError
from fivew.readers.decode import binary_kind, decode_html, decode_text, looks_like_html

#: Largest input accepted, in bytes (after decompression). News pages are rarely over
#: 2 MB; 10 MB leaves room for inline scripts and images while keeping one bad file
#: from taking the memory of a whole batch.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

#: A JSON Lines line may be this many times the size limit: JSON escapes (``\\u00e9``
#: for ``é``) make a record's line longer than the text it holds.
JSONL_LINE_FACTOR = 6

GZIP_MAGIC = b"\x1f\x8b"

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


def _too_large(name: str, max_bytes: int, after: str = "") -> InputError:
    return InputError(name, f"larger than the size limit of {max_bytes:,} bytes{after}", "E102")


def _read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """Decompress gzip ``data`` (all its members), never holding more than ``max_bytes``.

    A gzip bomb stops at the limit; a stream that ends early is a truncated file.
    """
    out = b""
    rest = data
    while True:
        decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out += decompressor.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(name, f"corrupt gzip data ({exc})", "E105") from exc
        if len(out) > max_bytes:
            raise _too_large(name, max_bytes, " once decompressed")
        if not decompressor.eof:
            if decompressor.unconsumed_tail:  # stopped at the limit with input left
                raise _too_large(name, max_bytes, " once decompressed")
            raise InputError(name, "truncated gzip file (the stream ends early)", "E105")
        rest = decompressor.unused_data
        if not rest.startswith(GZIP_MAGIC):  # end of the last member (padding ignored)
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
    Gzip data is decompressed whether or not ``compressed`` says so (it is recognised
    by its magic bytes); ``RawDocument.raw`` holds the decompressed bytes.
    """
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    if not data:
        raise InputError(name, "empty input", "E101")
    if compressed or data.startswith(GZIP_MAGIC):
        data = _gunzip(data, name, max_bytes)
    if not data.strip():
        raise InputError(name, "empty input (whitespace only)", "E101")
    binary = binary_kind(data)
    if binary:
        raise InputError(name, f"{binary}, not text or HTML", "E103")
    if kind is None:
        kind = "html" if looks_like_html(data) else "text"
    if kind == "html":
        content = decode_html(data, name)
        if not looks_like_html(content):
            raise InputError(name, "not an HTML page (no HTML markup found)", "E106")
    else:
        content = decode_text(data, name)
    if not content.strip():
        raise InputError(name, "empty input (whitespace only)", "E101")
    return RawDocument(input=name, kind=kind, content=content, raw=data, published=published)


def _jsonl_lines(stream: BinaryIO, line_limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Number and bytes of each line, split on LF only (``None`` for an over-long line).

    Only LF ends a line: JSON strings may hold U+2028 and other characters that
    ``str.splitlines`` would break on. The file is read line by line, so its size is
    not limited, only each line's.
    """
    number = 0
    while line := stream.readline(line_limit + 1):
        number += 1
        if len(line) > line_limit and not line.endswith(b"\n"):
            while (more := stream.readline(line_limit)) and not more.endswith(b"\n"):
                pass  # skip the rest of the over-long line
            yield number, None
            continue
        yield number, line.rstrip(b"\r\n")


def _read_jsonl(
    name: str, stream: BinaryIO, max_bytes: int, published: str | None
) -> Iterator[ReadResult]:
    """One result per non-blank line; a bad line is an error for ``name:line`` only."""
    records = 0
    for number, line in _jsonl_lines(stream, JSONL_LINE_FACTOR * max_bytes):
        where = f"{name}:{number}"
        if line is None:
            records += 1
            yield _too_large(where, max_bytes, " (the JSON Lines record)")
            continue
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        records += 1
        yield _jsonl_record(where, line, max_bytes, published)
    if not records:
        yield InputError(name, "empty input (no JSON Lines records)", "E101")


def _jsonl_record(where: str, raw: bytes, max_bytes: int, published: str | None) -> ReadResult:
    """The document in one JSON Lines record, or the error that says what is wrong with it."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = f"JSON Lines must be UTF-8 ({exc.reason} at byte {exc.start})"
        return InputError(where, reason, "E104", raw)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})", "E106", raw)
    if not isinstance(record, dict):
        return InputError(where, "a JSON Lines record must be an object", "E106", raw)
    html, plain = record.get("html"), record.get("text")
    if not isinstance(html, str) and not isinstance(plain, str):
        reason = "the record has neither an 'html' nor a 'text' string"
        return InputError(where, reason, "E106", raw)
    kind: DocumentKind = "html" if isinstance(html, str) else "text"
    content = html if isinstance(html, str) else str(plain)
    if len(content.encode("utf-8", "surrogatepass")) > max_bytes:
        return _with_raw(_too_large(where, max_bytes), raw)
    if not content.strip():
        return InputError(where, f"empty input (the '{kind}' field is blank)", "E101", raw)
    if kind == "html" and not looks_like_html(content):
        return InputError(where, "not an HTML page (no HTML markup found)", "E106", raw)
    return RawDocument(
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


def _open_binary(path: Path, compressed: bool) -> BinaryIO:
    return cast(BinaryIO, gzip.open(path, "rb") if compressed else path.open("rb"))


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
    compressed = suffix.endswith(".gz")
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            # A FIFO or device would block or never end: refuse it before opening.
            what = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            yield InputError(name, f"cannot be read ({what})", "E100")
            return
        if suffix in JSONL_SUFFIXES:
            # A JSON Lines file holds many articles: it is streamed, the limit is per line.
            with _open_binary(path, compressed) as stream:
                try:
                    yield from _read_jsonl(name, stream, max_bytes, published)
                except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
                    reason = f"truncated or corrupt gzip file ({exc or type(exc).__name__})"
                    yield InputError(name, reason, "E105")
            return
        with path.open("rb") as stream:
            data = _read_limited(stream, name, max_bytes)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc})", "E100")
        return
    kind: DocumentKind = "html" if suffix in HTML_SUFFIXES else "text"
    try:
        yield read_bytes(
            name, data, kind, compressed=compressed, max_bytes=max_bytes, published=published
        )
    except InputError as exc:
        yield _with_raw(exc, data)


def _walk(path: Path) -> Iterator[Path]:
    """Supported files under a directory, recursively, in a stable order; hidden ones skipped.

    Entries that are not regular files (a FIFO, a broken link) are yielded too, so that
    they are reported rather than silently left out.
    """
    for child in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if not child.is_dir() and _suffix_of(child) in SUPPORTED_SUFFIXES:
            yield child


def _read_stdin(stream: BinaryIO, max_bytes: int, published: str | None) -> ReadResult:
    try:
        data = _read_limited(stream, "-", max_bytes)
    except InputError as exc:
        return exc
    except (OSError, ValueError) as exc:  # ValueError: stdin already closed
        return InputError("-", f"cannot be read ({exc})", "E100")
    try:
        return read_bytes("-", data, None, max_bytes=max_bytes, published=published)
    except InputError as exc:
        return _with_raw(exc, data)


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
            yield _read_stdin(stream, max_bytes, published)
            continue
        path = Path(item)
        try:
            is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
            yield InputError(str(path), f"cannot be read ({exc})", "E100")
            continue
        if is_dir:
            found = False
            for file in _walk(path):
                found = True
                yield from _read_file(file, max_bytes, published)
            if not found:
                yield InputError(str(path), "directory holds no supported files", "E100")
        elif exists:
            yield from _read_file(path, max_bytes, published)
        else:
            yield InputError(str(path), "no such file or directory", "E100")
