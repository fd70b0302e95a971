"""Listed cues in constructions the verb rules read no content in (recall round on PolNeAR
train: gold attributions with no overlapping prediction, even documents; odd confirm).
Hooked in as the last fallback of quotes_verbs._content_range (``construal``).

trailing_conjunct: "..., the church posted on Facebook.", "..., said its chief executive":
a speech verb the parse makes a conjunct of the clause before it. Content-overlap F1
+0.0001 / +0.0001, speaker-attributed F1 +0.0002 / +0.0001 (even / odd).

verdict: "Shkreli has pleaded not guilty": the adjective a speech verb with a subject and
no object states is its content (called from quotes_verbs._content_range before the
fallbacks, as an object would be).

Left out: an attitude verb heading a relative clause whose gap is its object ("a deal she
once supported": the modified noun as content, the clause's subject as speaker) gained
+0.0002 / +0.0002 on even documents but lost 0.0001 / 0.0001 on odd ones, even with a list
of nouns of manner, place and time written after looking at odd documents."""
from __future__ import annotations

from typing import Any

from fivew.quotes_complements import clause_start
from fivew.quotes_rules import ADDRESSEE_VERBS, QuoteLists

TRAILING_AFTER_DEPS = frozenset({"punct", "nsubj"})
"""What may follow a trailing conjunct cue besides an addressee, a medium or a time:
punctuation, its own subject when inverted ("..., said the company's chief executive")."""

TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""A noun phrase after the cue that is one of these says when ("..., he said Tuesday"); any
other ("their smiles said a lot") is what was said, so the cue reports no clause before."""

ADDRESS_PREPOSITIONS = frozenset({"to"})
"""Prepositions of the one spoken to ("..., she said to reporters")."""

VERDICT_DEPS = frozenset({"acomp", "oprd"})
"""Dependencies of an adjective that a speech verb states as its content ("pleaded guilty")."""

RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
"""Subjects of a relative clause, whose verdict stays in the content around it."""


def trailing_conjunct(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """"X remains committed, his top aide told The Huffington Post.", "..., the church posted
    on Facebook.": a speech verb the parse makes a conjunct of the clause before it, its
    subject set off by a comma and nothing after it but an addressee, a medium, a time or
    its inverted subject, reports that clause. (quotes_complements.trailing_report reads
    the same construction when nothing follows the cue.)"""
    head = tok.head
    if tok.dep_ != "conj" or lemma not in lists.speech or head.i > tok.i:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    doc = tok.doc
    first = subjects[0].left_edge.i if subjects[0].i < tok.i else tok.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return None  # "X said A, and Y told B", "criticized X and challenged him"
    for child in tok.children:
        if child.i < tok.i or child.dep_ in TRAILING_AFTER_DEPS:
            continue
        if child.dep_ == "npadvmod" and child.ent_type_ in TIME_ENTITIES:
            continue
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
            continue
        if child.dep_ == "prep" and (child.lower_ in lists.medium_preps
                                     or child.lower_ in ADDRESS_PREPOSITIONS):
            continue
        return None
    right = first - 2
    if right <= head.left_edge.i:
        return None
    root = head
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return clause_start(root), right, "speech_clause"


def verdict(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """"Shkreli has pleaded not guilty", "Petraeus pleaded guilty to a misdemeanor charge":
    the adjective complement of a speech verb with no object is what it states. PolNeAR
    train: content-overlap F1 +0.0002 / +0.0001, speaker-attributed F1 +0.0002 / 0 (even /
    odd documents). The verb needs a subject of its own that is no relative pronoun: "...,
    such as X, who pleaded guilty to Y" stays part of the clause a cue before it reports
    (speaker-attributed F1 -0.0002 on odd documents without that check), and a participle
    with no subject ("deemed insufficient by Democrats") states nothing of its own."""
    if lemma not in lists.speech or not any(c.dep_ == "nsubj" and c.lower_ not in
                                            RELATIVE_SUBJECTS for c in tok.children):
        return None
    stated = [c for c in tok.children if c.dep_ in VERDICT_DEPS and c.pos_ == "ADJ"
              and c.i > tok.i]
    if not stated:
        return None
    return stated[0].left_edge.i, stated[0].right_edge.i, "speech_clause"


def construal(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """The content of a listed cue in a construction the verb rules read nothing in."""
    return trailing_conjunct(tok, lemma, lists)
