"""Readers: files, directories, JSON Lines and stdin in; raw documents out.

Readers never raise for a bad input: they yield an :class:`~fivew.errors.InputError`
in its place, so a batch goes on past it. The raw bytes are kept on every document
(and on every error where they could be read) so that a failed input can be stored
and retried later.
"""

from fivew.readers.base import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    RawDocument,
    read_bytes,
    read_inputs,
)

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "RawDocument", "read_bytes", "read_inputs"]
