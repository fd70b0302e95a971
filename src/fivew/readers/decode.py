"""Bytes to text: encodings declared, guessed, or wrong; binary and non-HTML detected."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from fivew.errors import InputError

#: How much of a file is sniffed for binary content and markup.
SNIFF_BYTES = 8192

#: Share of control characters (other than tab, CR, LF, FF) above which a file is taken
#: for binary. Text in any encoding has next to none; images and archives have many.
BINARY_CONTROL_SHARE = 0.05

#: charset_normalizer's "chaos" (0 = clean text, 1 = noise) above which a guessed
#: decoding is refused as undecodable. 0.5 accepts real pages in legacy encodings
#: while refusing random bytes and mixed garbage.
MAX_DECODING_CHAOS = 0.5

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_MARKUP = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|article|main|div|p|meta|title|section|span|h[1-6])\b",
    re.I,
)
_MARKUP_TEXT = re.compile(_MARKUP.pattern.decode("ascii"), re.I)
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))

#: Leading bytes of common binary formats, with a name for the error message. Checked
#: before the control-character count, which misses formats whose first kilobytes are
#: mostly high bytes (compressed PDF streams, JPEG).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
)

#: Labels a page may declare that browsers read as windows-1252 (WHATWG Encoding
#: Standard): pages "in ISO-8859-1" are nearly always windows-1252, with curly quotes
#: and dashes in 0x80-0x9F, which ISO-8859-1 would turn into control characters.
WINDOWS_1252_LABELS = frozenset({"latin_1", "iso8859-1", "ascii", "cp1252"})

#: Encodings never guessed for bytes without a BOM: short Latin-1 text otherwise comes
#: out as UTF-16 "CJK" noise. UTF-16 without a BOM is taken for binary (NUL bytes).
_NEVER_GUESSED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]

#: How close (in charset_normalizer's chaos) another candidate may be to the best one
#: and still count as a tie. Ties are common: Latin-1 text decodes identically, and
#: cleanly, as windows-1250, -1252 and -1257; windows-1252 is then chosen, being by far
#: the most common legacy encoding of undeclared Western pages.
GUESS_TIE_CHAOS = 0.02
PREFERRED_GUESS = "cp1252"


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is in (e.g. ``"a PNG image"``), or ``None`` for text.

    Known signatures are named; other data counts as binary when it has NUL bytes or
    many control characters near its start (``"binary data"``).
    """
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    return "binary data" if looks_binary(data) else None


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text in any encoding (NUL bytes, many control chars)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > BINARY_CONTROL_SHARE * max(len(head), 1)


def looks_like_html(data: bytes | str) -> bool:
    """True when ``data`` (raw bytes, or text once decoded) carries HTML markup near its start.

    Pass the decoded text where the encoding may not be ASCII-compatible (UTF-16).
    """
    if isinstance(data, str):
        return _MARKUP_TEXT.search(data[: SNIFF_BYTES * 8]) is not None
    return _MARKUP.search(data[: SNIFF_BYTES * 8]) is not None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[: SNIFF_BYTES * 4])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in WINDOWS_1252_LABELS else codec


def _bom_charset(data: bytes) -> str | None:
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    return None


def _guess(data: bytes, name: str) -> str:
    results = from_bytes(data[: SNIFF_BYTES * 16], cp_exclusion=_NEVER_GUESSED)
    best = results.best()
    if best is None or best.chaos > MAX_DECODING_CHAOS:
        raise InputError(name, "undecodable text: no encoding fits its bytes", "E104")
    tied: set[str] = set()
    for match in results:
        if match.chaos <= best.chaos + GUESS_TIE_CHAOS:
            tied.update([match.encoding, *match.could_be_from_charset])
    candidates = [PREFERRED_GUESS, best.encoding] if PREFERRED_GUESS in tied else [best.encoding]
    error: Exception | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            error = exc
    raise InputError(name, f"undecodable text ({error})", "E104") from error


def decode_html(data: bytes, name: str) -> str:
    """Decode a page: BOM, then declared charset, then UTF-8, then a guess.

    A wrong declaration (a page saying ISO-8859-1 but written in UTF-8, the common
    case) is caught because UTF-8 is tried strictly before the declared codec wins.
    """
    bom = _bom_charset(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            if declared == "cp1252":  # five bytes are undefined in windows-1252
                return data.decode("latin-1")
    return _guess(data, name)


def decode_text(data: bytes, name: str) -> str:
    """Decode plain text verbatim: UTF-8 if it is UTF-8, else the best guess.

    Line endings (CRLF stays CRLF), leading and trailing whitespace are kept as they
    are so that offsets match the file. A byte-order mark is not text: it selects the
    encoding (UTF-8 or UTF-16) and is dropped, as every editor does, so offsets count
    from the first character after it.
    """
    bom = _bom_charset(data)
    if bom:
        try:
            return data.decode(bom, errors="strict")
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"undecodable text: not valid {bom} after its byte-order mark", "E104"
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, name)
