"""Particle cues: "called for X", "pointed to X", "called on Snyder to resign".

A cue listed with its particles (``particles`` in ``resources/quotes.json``) reports the
object of its particle; :func:`fivew.quotes_verbs.parse_attributions` asks here when the
cue governs no clause.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import WHEN_ENTITIES, QuoteLists

__all__ = ["particle_content", "PARTICLE_REST_DEPS"]


#: Dependency labels of what follows a bare particle when the parse hangs the particle's
#: object on the verb ("called on Snyder to resign": "Snyder" an oprd, "resign" an xcomp).
PARTICLE_REST_DEPS = frozenset({"oprd", "dobj", "xcomp", "ccomp"})


def particle_content(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'called for X', 'pointed to X': the object of the particle is the content."""
    particles = lists.particles.get(lemma, frozenset())
    for child in tok.children:
        if child.i < tok.i:
            continue  # "On Saturday, Sanders called ...": no particle of the cue
        if child.dep_ in ("prep", "prt") and child.lower_ in particles:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            # a particle's object that says when, not what ("agreed on Tuesday"). PolNeAR
            # train, content-overlap F1 +0.0001 / +0.0002, speaker-attributed +0.0001 /
            # +0.0003
            if objects and objects[0].ent_type_ in WHEN_ENTITIES:
                continue  # "agreed on Tuesday", "called on Monday": a date, not a content
            rest = [c for c in tok.children if c.i > child.i and c.dep_ in PARTICLE_REST_DEPS]
            if objects:
                # "called on Trump to stop attacking Machado": the infinitive the parse hangs
                # on the verb goes on from the particle's object (before, the content ended
                # at the first cue inside it: "Trump to stop"). PolNeAR dev content-overlap
                # F1 +0.0011, speaker-attributed +0.0010; train 0 / +0.0001, 0 / 0 (even /
                # odd documents); no change on 371 real pages
                told = [c for c in rest if c.dep_ == "xcomp" and c.i > objects[0].right_edge.i
                        and any(a.lower_ == "to" and a.i < c.i for a in c.children)]
                right = max([objects[0].right_edge.i] + [c.right_edge.i for c in told])
                return objects[0].left_edge.i, right, "particle"
            if child.i == tok.i + 1 and rest:
                # "called on Snyder to resign": the parse hangs what follows on the verb
                return child.i + 1, max(c.right_edge.i for c in rest), "particle"
        if child.dep_ in ("advcl", "xcomp", "ccomp") and any(
                m.dep_ == "mark" and m.i == tok.i + 1 and m.lower_ in particles
                for m in child.children):
            return tok.i + 2, child.right_edge.i, "particle"  # "called for Trump to drop out"
    return _demanded_infinitive(tok, lemma)


#: Verbs listed only with their particles whose bare infinitive is what they call for
#: ("Trump called to ban Muslims from entering", "pushed to repeal the law").
DEMANDING_VERBS = frozenset({"call", "push"})


def _demanded_infinitive(tok: Any, lemma: str) -> tuple[int, int, str] | None:
    """'Trump called to ban Muslims from entering the U.S.': a verb of
    :data:`DEMANDING_VERBS` with a "to" infinitive right after it calls for the infinitive
    (not "called to mind"). From misses on PolNeAR train: content-overlap F1 0 / +0.0001,
    cue F1 0 / +0.0002 (even / odd documents; 4 attributions found, 3 right)."""
    doc = tok.doc
    if lemma not in DEMANDING_VERBS or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                   and c.i == tok.i + 2 and c.lower_ != "mind"), None)  # "called to mind"
    return None if clause is None else (tok.i + 1, clause.right_edge.i, "particle")
