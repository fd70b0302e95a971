"""How names become lookup keys: folded, and a transliteration-tolerant skeleton."""

from __future__ import annotations

import re

from fivew.entities_lists import fold

_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


def name_key(name: str) -> str:
    """Folded ASCII key: 'Bāzārak' -> 'bazarak', 'U.S.' -> 'us', 'Wilayat-e X' -> 'wilayat e x'."""
    folded = fold(name).replace(".", "").replace("-", " ").replace("'", "").replace("`", "")
    return " ".join(folded.split())


def skeleton(key: str) -> str:
    """A key with vowels after each word's first letter and doubled letters dropped.

    Transliterations of one name mostly differ in their vowels ('Panjshir'/'Panjsher',
    'Helmand'/'Hilmand'): 'Panjshir' and 'Panjsher' both give 'pnjshr'. Used only for
    countries and divisions, and only when no exact key matches.
    """
    words = []
    for word in key.replace(" ", "-").split("-"):
        if word:
            words.append(word[0] + _REPEATS.sub(r"\1", _VOWELS.sub("", word[1:])))
    return " ".join(words)
