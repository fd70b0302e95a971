"""Verbs of comparison as cues of the ``quotes`` stage: 'She compared Trump to a dictator'.

PolNeAR marks a comparison someone draws as their claim, with the object and what it is
compared to as the content; the verb rules read neither (the verbs are no listed cue and
the "to" phrase completes no object). Tuned on PolNeAR train's even-numbered documents,
confirmed on the odd-numbered ones.
"""

from __future__ import annotations

from typing import Any

__all__ = ["comparison_content", "COMPARING_VERBS"]

#: Verbs by which the subject likens one thing to another ("compared X to Y", "likened X to
#: Y", "equated X with Y") or puts it down to it ("attributed the loss to X"). Written for
#: fivew; PolNeAR train (even documents) has "compare", "liken" and "attribute" as gold
#: cues that got no prediction. "attribute" added +0.0002 / 0 content-overlap F1 and
#: +0.0002 / +0.0001 speaker-attributed F1 (even / odd documents); "tie X to Y" (+0.0001 /
#: +0.0002, speaker-attributed 0 / -0.0002), "contrast X with Y" (odd documents lost
#: 0.0002) and "link", "connect" were left out.
COMPARING_VERBS = frozenset({"compare", "liken", "equate", "attribute"})

#: Prepositions of what the object is compared to.
COMPARING_PREPS = frozenset({"to", "with"})


def comparison_content(tok: Any) -> tuple[int, int, str] | None:
    """'She also compared Trump to Hillary Clinton', 'critics likened the deal to X': a
    comparing verb (see :data:`COMPARING_VERBS`) reports its object with the "to"/"with"
    phrase, which the parse hangs on the verb or on the object; without that phrase or
    an object ("compared with last year, turnout rose") it is no cue. PolNeAR train:
    content-overlap F1 +0.0003 / +0.0004, speaker-attributed F1 +0.0004 / +0.0002 (even /
    odd documents)."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objects:
        return None
    obj = objects[0]
    others = [c for c in (*tok.children, *obj.children)
              if c.dep_ == "prep" and c.lower_ in COMPARING_PREPS and c.i > obj.i]
    if not others:
        return None
    return obj.left_edge.i, max(obj.right_edge.i, *(o.right_edge.i for o in others)), "object"
