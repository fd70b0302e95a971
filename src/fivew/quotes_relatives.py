"""The noun a relative clause's cue reports about: "the kind of campaign Ayotte hoped to be
running", "the speech we'd like to hear", "a bill that critics called anti-gay".

When a cue heads a relative clause whose object is the gap, what it attributes lacks the
noun that fills it: Ayotte hoped to be running *the kind of campaign*. PolNeAR puts that
noun in the content (content "This is not the kind of campaign ... to be running", cue
"hoped"), or the relative pronoun when there is one ("which he called “a disgrace”":
content "which ... “a disgrace”"), while the parse gives the cue only what follows it ("to
be running"), mostly too little of the gold content to match it.
:func:`fivew.quotes_extent_edges.edged_contents` gives such a content that noun phrase (or
pronoun) as a fragment of its own, before the cue.

PolNeAR train: content-overlap F1 +0.0007 / +0.0002, speaker-attributed F1 +0.0008 /
+0.0003, exact content F1 +0.0007 / +0.0002 (even / odd documents). Any relative clause
headed by a cue with a subject: content-overlap +0.0010 on the even documents but exact
content -0.0021 (the noun of a clause of time or reason, "the day he asked X to Y", or of a
subject gap, "a letter he said was drafted by the firm", which PolNeAR leaves out); the
noun, not the pronoun, after a "which"/"whom": exact content -0.0004.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_agents import NOMINAL_POS

__all__ = ["relative_head_fragment"]

#: Tags of a relative pronoun ("which", "who", "whom"; "that" is tagged WDT too).
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})

#: Entity labels of a noun that says when ("Jan. 30, when he challenged ..."): no gap filler.
_WHEN = frozenset({"DATE", "TIME"})

#: Labels of what fills a verb's object slot, or goes on past it (a clause of its own).
_FILLED = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp"})

#: How far up a chain of prepositions ("the kind of campaign") or infinitives ("hoped to
#: be running") to look: a bound on the walk, not tuned.
_MAX_STEPS = 8


def _relativizer(tok: Any) -> bool:
    return bool(tok.tag_ in _RELATIVE_TAGS or tok.lower_ == "that")


def _object_gap(tok: Any) -> bool:
    """Whether cue ``tok`` reports a clause that lacks its object ("the speech we'd like to
    hear", "the jurist they fear Clinton would choose"), or names with no object but the
    relative pronoun ("a bill that critics called anti-gay"): the cue has no object of its
    own, and the last verb of its infinitive chain (or its finite clause, which has a
    subject) none either. A relative clause of time or reason ("the day he asked X to Y")
    fills every slot and is left alone."""
    if any(c.dep_ in ("dobj", "dative") and not _relativizer(c) for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.i > tok.i and c.dep_ in ("xcomp", "ccomp")]
    if not clauses:
        return any(c.dep_ == "oprd" and c.i > tok.i for c in tok.children)
    clause = clauses[0]
    if clause.dep_ == "ccomp" and not any(c.dep_ == "nsubj" for c in clause.children):
        return False  # "a letter he said was drafted by the firm": the gap is the subject
    for _ in range(_MAX_STEPS):
        nxt = [c for c in clause.children if c.dep_ == "xcomp" and c.i > clause.i]
        if not nxt:
            break
        clause = nxt[0]
    return not any(c.dep_ in _FILLED for c in clause.children)


def relative_head_fragment(tok: Any, content_start: int) -> tuple[int, int] | None:
    """Character span of what fills the object gap of the relative clause headed by cue
    ``tok`` (see :func:`_object_gap`): its relative pronoun "which"/"who"/"whom", else the
    noun phrase the clause qualifies; None unless the cue has a subject of its own (the
    source, not a relative pronoun) and its content (starting at character
    ``content_start``) lies after it."""
    if tok is None or tok.dep_ != "relcl" or tok.head.i >= tok.i or content_start <= tok.idx:
        return None
    doc = tok.doc
    start_clause = tok.left_edge.i
    if any(_relativizer(t) and t.dep_ != "dobj" for t in doc[start_clause : tok.i]):
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i and not _relativizer(c) for c in tok.children):
        return None
    if not _object_gap(tok) or tok.head.ent_type_ in _WHEN:
        return None
    pronoun = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ in _RELATIVE_TAGS
                    and c.lower_ != "that"), None)
    if pronoun is not None:  # "which he called “a disgrace”": PolNeAR takes the pronoun
        return int(pronoun.idx), int(pronoun.idx + len(pronoun.text))
    node = tok.head
    for _ in range(_MAX_STEPS):
        if not (node.dep_ == "pobj" and node.head.dep_ == "prep"
                and node.head.head.pos_ in NOMINAL_POS and node.head.head.i < node.i):
            break
        node = node.head.head
    first, last = node.left_edge.i, start_clause - 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < first:
        return None
    return int(doc[first].idx), int(doc[last].idx + len(doc[last].text))
