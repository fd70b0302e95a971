"""Names of the ``entities`` stage: matching keys, spelling variants, acronyms, and the
candidate mention the stage's steps pass on (:class:`Candidate`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fivew.entities_lists import EntityLists, fold

__all__ = [
    "Candidate", "RULE_LABEL", "name_of", "name_key", "edit_distance", "similar_words",
    "similar_names", "is_acronym_of", "list_type",
]

#: Label given to mentions that a rule, not the model, found.
RULE_LABEL = "RULE"

#: Spelling variants: two single words are one name when both have at least
#: SPELLING_MIN_CHARS characters and differ by at most SPELLING_MAX_EDITS edits (one more
#: from SPELLING_LONG_CHARS characters). Calibrated on confusable pairs in
#: tests/test_entities.py (Panjshir/Panjsher and Kandahar/Qandahar merge; Austria/Australia,
#: Slovakia/Slovenia, Iran/Iraq, North/South Korea stay apart). Never used for people.
SPELLING_MIN_CHARS = 6
SPELLING_MAX_EDITS = 1
SPELLING_LONG_CHARS = 10

#: Small words skipped when reading an acronym off a name ("Bank of England" -> BoE/BE).
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "de", "&"})

_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass
class Candidate:
    """A mention on its way to an entity: characters, type, the model's label."""

    start: int
    end: int
    type: str
    label: str
    fixed: bool = False  # the type was set by a rule and beats the model's


def name_of(text: str) -> str:
    """A mention's text as a name: no leading 'the', no trailing possessive."""
    name = _LEADING_THE.sub("", text.strip())
    if len(name) > 3:
        name = _POSSESSIVE.sub("", name)
    return name.strip()


def name_key(text: str) -> str:
    """Matching key of a name: folded, no dots ('U.S.' == 'US'), hyphens as spaces."""
    return " ".join(fold(name_of(text)).replace(".", "").replace("-", " ").split())


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar_words(a: str, b: str) -> bool:
    """Whether two folded words are spelling variants of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < SPELLING_MIN_CHARS:
        return False
    limit = SPELLING_MAX_EDITS + (min(len(a), len(b)) >= SPELLING_LONG_CHARS)
    return edit_distance(a, b, limit) <= limit


def similar_names(a: str, b: str) -> bool:
    """Same number of words, all equal but at most one, which is a spelling variant."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differing) <= 1 and all(similar_words(x, y) for x, y in differing)


def is_acronym_of(short: str, long: str) -> bool:
    """'eu' is an acronym of 'european union' (keys, folded)."""
    words = [w for w in long.split() if w not in ACRONYM_SKIP]
    return len(words) >= 2 and " " not in short and short == "".join(w[0] for w in words)


def list_type(key: str, lists: EntityLists) -> str | None:
    if key in lists.news_agencies or key in lists.armed_political_groups:
        return "ORG"
    if key in lists.group_words:
        return "GROUP"
    return None
