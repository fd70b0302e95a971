"""A "that" clause the parse hangs on a noun near a cue.

- **A channel**: "She wrote in a letter that the plan would fail": the small English model
  often makes the "that" clause a modifier of the noun in the cue's prepositional phrase,
  not a complement of the verb, so the cue seems to report nothing.
  :func:`channel_clause` reads the clause as the listed verb's content (for a listed noun
  cue, "said in a statement that X", the noun's own attribution stands). PolNeAR train:
  content-overlap F1 +0.0002 / +0.0002, speaker-attributed F1 +0.0002 / +0.0002 (even /
  odd documents).
- **An object noun**: "They made the case that X", "gave assurances that X": an unlisted
  noun, object of a verb, with a "that" clause of its own is read by
  :mod:`fivew.quotes_cues` as a noun cue, whose holder is the verb's subject
  (:func:`clause_object`). PolNeAR train: content-overlap F1 +0.0005 / +0.0004,
  speaker-attributed F1 +0.0002 / +0.00003 (even / odd documents; without
  :data:`NOT_HELD_NOUNS`, +0.0004 / +0.0002 and -0.0001 / -0.0001).

Tuned on PolNeAR train's even-numbered documents, kept as the odd-numbered ones gained too.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import load_quote_lists

__all__ = ["channel_clause", "clause_object"]

#: Labels the parse gives a "that" clause hung on a noun ("in a letter that X"), as seen in
#: PolNeAR train (even documents).
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl"})


def channel_clause(tok: Any) -> tuple[int, int, str] | None:
    """'X wrote in a letter that Y', 'claimed without proof that Y': the clause opened by a
    "that" marker (no relative pronoun) under the object of a preposition after the cue
    ``tok``, the object being no listed noun cue, from "that" to the clause's end."""
    nouns = load_quote_lists().noun_cues
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_ not in nouns):
            for clause in (c for c in noun.children if c.dep_ in CLAUSE_DEPS and c.i > noun.i):
                first = clause.left_edge
                if first.lower_ == "that" and first.dep_ == "mark":
                    return first.i, clause.right_edge.i, "speech_clause"
    return None


#: Nouns whose "that" clause states what is the case or may be, held by nobody in
#: particular ("ignored the fact that X", "raised the possibility that X"): the false
#: positives of :func:`clause_object` on PolNeAR train (even documents).
NOT_HELD_NOUNS = frozenset({"fact", "possibility", "news", "result"})


def clause_object(tok: Any) -> bool:
    """'They made the case that X', 'gave assurances that X': an unlisted noun, object of
    a verb, with a "that" clause of its own (not a relative one) says what the verb's
    subject holds."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.lemma_ in NOT_HELD_NOUNS:
        return False
    return any(
        c.dep_ in ("acl", "ccomp") and c.i > tok.i and c.left_edge.lower_ == "that"
        and c.left_edge.dep_ == "mark" for c in tok.children)
