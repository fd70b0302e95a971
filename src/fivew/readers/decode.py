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
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text in any encoding (NUL bytes, many control chars)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > BINARY_CONTROL_SHARE * max(len(head), 1)


def looks_like_html(data: bytes) -> bool:
    """True when ``data`` carries HTML markup near its start."""
    return _MARKUP.search(data[: SNIFF_BYTES * 8]) is not None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[: SNIFF_BYTES * 4])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


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
    best = from_bytes(data[: SNIFF_BYTES * 16]).best()
    if best is None or best.chaos > MAX_DECODING_CHAOS:
        raise InputError(name, "undecodable text: no encoding fits its bytes", "E104")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(name, f"undecodable text ({exc})", "E104") from exc


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
            pass
    return _guess(data, name)


def decode_text(data: bytes, name: str) -> str:
    """Decode plain text verbatim: UTF-8 if it is UTF-8, else the best guess.

    Line endings and whitespace are kept as they are so that offsets match the file.
    """
    bom = _bom_charset(data)
    if bom:
        return data.decode(bom, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, name)
