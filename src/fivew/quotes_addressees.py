"""Whom a reporting verb's words went to: an addressee, which is no content.

"X, his top aide told The Huffington Post." and "X, Kennedy wrote Linick.": the object of
a verb of address, or a person's name alone after a speech verb, says whom the words went
to, and the verb reports the clause before it (:func:`fivew.quotes_complements.trailing_report`
and :func:`fivew.quotes_verbs.parse_attributions` read that clause). Found among the misses
on PolNeAR train; figures in each docstring (content-overlap F1, then speaker-attributed F1,
even / odd documents).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import ADDRESSEE_VERBS, QuoteLists

__all__ = ["addressee", "named_addressee", "ADDRESSEE_ENTS", "TOLD_NOUNS", "SENTENCE_ENDS"]

#: Nouns that are what is told, not whom ("told the truth", "told a story"): every other
#: noun object of "tell" ("told a Senate panel", "told reporters") is an addressee.
TOLD_NOUNS = frozenset({"story", "truth", "lie", "joke", "tale", "anecdote", "fib", "secret"})


#: Entity labels of an addressee ("told The Huffington Post", "told the Associated Press");
#: the object of "urged" or "asked" may be what was urged or asked ("urged consideration").
ADDRESSEE_ENTS = frozenset({"PERSON", "ORG", "NORP"})

#: What ends a sentence after an addressee.
SENTENCE_ENDS = frozenset({".", "!", "?"})


def addressee(child: Any, lemma: str) -> bool:
    """Whether ``child`` is whom a verb of address is addressed to ("..., his top aide
    told The Huffington Post."): no content, so the cue reports the clause before it. From
    a miss on PolNeAR train (even documents), where the parse made "told" a conjunct of the
    clause it reports."""
    if lemma not in ADDRESSEE_VERBS or child.dep_ not in ("dobj", "dative"):
        return False
    doc, after = child.doc, child.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ == "npadvmod" and doc[after].head.i == child.head.i:
        after = doc[after].right_edge.i + 1  # "told a Senate panel Wednesday"
    # the sentence ends there: else "X, they told Y, is Z"
    ends = after >= len(doc) or doc[after].text in SENTENCE_ENDS
    return ends and (child.pos_ in ("PRON", "PROPN") or child.ent_type_ in ADDRESSEE_ENTS
                     or lemma == "tell" and child.pos_ == "NOUN"
                     and child.lemma_ not in TOLD_NOUNS)


def named_addressee(doc: Any, found: tuple[int, int, str], lemma: str,
                     lists: QuoteLists) -> bool:
    """Whether an object content is a person's name alone after a speech verb: to whom the
    words went ("X, Kennedy wrote Linick"; PolNeAR train: content-overlap F1 0 / +0.0001,
    speaker-attributed +0.0001 / +0.0001, even / odd documents)."""
    span = doc[found[0]:found[1] + 1]
    return (lemma in lists.speech and span.root.ent_type_ == "PERSON"
            and all(t.pos_ == "PROPN" for t in span))  # not "echoing Ryan, who used ..."
