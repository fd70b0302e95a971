"""A short quote that a naming verb gives its object ("Weaver called that "beyond
preposterous.""): PolNeAR attributes the object and the quote together to the verb's subject.

:func:`named_object_start` finds where the object begins, between the verb and the quote;
:func:`fivew.quotes_marks.introduced` then keeps the quote however short (before, a quote of
fewer than :data:`fivew.quotes_continuations.MIN_UNCUED_QUOTE_WORDS` words ending in a full
stop was dropped as a scare quote), and :func:`fivew.quotes_linking.lead_in` starts its content at
the object. PolNeAR train: content-overlap F1 0 / 0 (recall +0.0001 on the even
documents), speaker-attributed F1 0 / +0.0001, exact-content F1 +0.0001 / 0 (even / odd
documents).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import load_quote_lists

__all__ = ["named_object_start", "NAMED_OBJECT_MAX_WORDS"]

#: Most words of the object between a naming verb and the quote naming it ("called
#: Florida's standards “strong.”"); set by hand from the cases seen on PolNeAR train (even).
NAMED_OBJECT_MAX_WORDS = 4

#: Characters that end the verb's clause before the quote: the quote is then no name given.
_CLAUSE_BREAKS = frozenset(",:;.!?\n()—–")


def named_object_start(text: str, chunk: tuple[int, int], cue_tok: Any) -> int | None:
    """Where the object of a naming cue right before a quote begins ('called it “a
    disgrace.”': at "it"), or None: the cue a naming verb (its lemma in the
    ``naming_verbs`` list), the words between it and the quote a few nouns, pronouns or
    their modifiers, with no break of the clause."""
    if cue_tok.idx >= chunk[0] or cue_tok.lemma_.lower() not in load_quote_lists().naming:
        return None
    end = cue_tok.idx + len(cue_tok.text)
    between = text[end : chunk[0]]
    words = between.split()
    if not words or len(words) > NAMED_OBJECT_MAX_WORDS or any(c in _CLAUSE_BREAKS
                                                                 for c in between):
        return None
    doc = cue_tok.doc
    span = doc.char_span(end, chunk[0], alignment_mode="contract")
    if span is None or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in span):
        return None
    return int(end + len(between) - len(between.lstrip()))
