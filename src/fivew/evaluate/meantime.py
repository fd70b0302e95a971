"""Reading MEANTIME's CAT XML: the article text rebuilt from its tokens, with a map
from each token to its characters, shared by the entity and time scorers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Tokens written without a space before them, and after which none follows.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})


@dataclass(frozen=True)
class MeantimeText:
    """A MEANTIME file's parsed XML and its text rebuilt from the tokens."""

    root: Any
    text: str
    #: token id -> (start, end) character offsets in ``text``.
    spans: dict[str, tuple[int, int]]
    #: token id -> sentence number.
    sentence_of: dict[str, int]
    #: sentence number -> offset one past its last character.
    sentence_end: dict[int, int]

    def annotated_end(self) -> int:
        """Offset one past the last sentence that has any markable (0 if none)."""
        markables = self.root.find("Markables")
        annotated = [
            self.sentence_of[anchor.get("t_id")]
            for markable in markables
            for anchor in markable.iter("token_anchor")
            if anchor.get("t_id") in self.sentence_of
        ]
        return self.sentence_end[max(annotated)] if annotated else 0


def read_text(path: Path) -> MeantimeText:
    """Parse ``path`` and join its tokens: spaces between words, none before
    punctuation, a blank line after the title and after the date line."""
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    sentence_end: dict[int, int] = {}
    parts: list[str] = []
    offset = 0
    previous: str | None = None
    previous_sentence = -1
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = int(tok.get("sentence", "0"))
        if previous is None:
            gap = ""
        elif sentence != previous_sentence and previous_sentence <= 1:
            gap = "\n\n"  # after the title and after the date line
        elif _NO_SPACE_BEFORE.match(word) or previous in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        parts.append(gap)
        offset += len(gap)
        spans[tok.get("t_id")] = (offset, offset + len(word))
        sentence_of[tok.get("t_id")] = sentence
        parts.append(word)
        offset += len(word)
        sentence_end[sentence] = offset
        previous, previous_sentence = word, sentence
    return MeantimeText(root, "".join(parts), spans, sentence_of, sentence_end)
