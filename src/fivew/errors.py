"""fivew's exceptions: a small hierarchy with coded, one-line messages.

A message says what failed, the bad value, and where it helps, what to do about it.
The library logs and raises; only the CLI prints.
"""

from __future__ import annotations


class FivewError(Exception):
    """Base class of every error fivew raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(FivewError):
    """One input could not be turned into an article. The batch goes on without it.

    ``input`` names the input (a path, ``path:line`` or ``-``), ``reason`` says why in a
    few words, and ``code`` sorts the reasons (see :data:`INPUT_ERROR_CODES`).
    """

    def __init__(self, input: str, reason: str, code: str = "E100", raw: bytes = b"") -> None:
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason
        self.code = code
        #: The input's bytes where they could be read, kept so a failure can be retried.
        self.raw = raw

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str, bytes]]:
        # Pickled across worker processes: rebuild from the fields, not the message.
        return (InputError, (self.input, self.reason, self.code, self.raw))


#: Codes of :class:`InputError`, one per kind of bad input.
INPUT_ERROR_CODES: dict[str, str] = {
    "E100": "unreadable input (missing, a directory, permission denied, I/O error)",
    "E101": "empty input",
    "E102": "input over the size limit",
    "E103": "binary, not text or HTML",
    "E104": "undecodable text (wrong or missing encoding)",
    "E105": "truncated or corrupt compressed file",
    "E106": "not an HTML page / malformed JSON Lines record",
    "E107": "no article found in the page (index page, empty body)",
    "E108": "language other than English",
    "E109": "unsupported file type",
    "E110": "processing failed inside a stage",
}


class ConfigError(FivewError):
    """A setting, option or argument has a bad value."""

    code = "E200"


class StoreError(FivewError):
    """The database could not be opened, migrated, read or written."""

    code = "E300"


class ModelError(FivewError):
    """No usable spaCy English model is installed."""

    code = "E400"


class DataError(FivewError):
    """A gold set or resource is missing or malformed."""

    code = "E500"
