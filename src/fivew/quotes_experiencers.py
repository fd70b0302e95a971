"""Holders of a claim named as the one it strikes, for the ``quotes`` stage: "It amazes me
that X", "It dawned on Murphy that X". The cue's subject is an expletive "it", which names
no source (see :mod:`fivew.quotes_verbs`); the one amazed, or on whom it dawned, holds the
view. Called from :func:`fivew.quotes_verbs.parse_attributions`. Found among PolNeAR train's
cues without a source (even documents): speaker-attributed F1 +0.0003 / 0 (even / odd
documents; two cues, the odd documents' one case sits inside a reported clause), content
unchanged.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_controllers import holder_noun

__all__ = ["experiencer_object", "EXPERIENCER_VERBS", "EXPERIENCER_PREPS"]

#: Verbs of feeling or realising whose object, after an expletive "it", holds the view
#: ("It bothers me that", "It struck him that"). Written for fivew from the cases on
#: PolNeAR train's even documents and their near synonyms.
EXPERIENCER_VERBS = frozenset({"amaze", "astonish", "bother", "dawn", "disturb", "frustrate",
                               "occur", "puzzle", "strike", "surprise", "trouble", "upset",
                               "worry"})

#: Prepositions that name the one a thought comes to ("dawned on X", "occurred to X").
EXPERIENCER_PREPS = frozenset({"on", "to"})


def experiencer_object(tok: Any) -> Any:
    """The one cue ``tok`` (an :data:`EXPERIENCER_VERBS` verb with an expletive "it") says is
    struck by its clause: its object, or the object of "on"/"to" right after it, where it
    can hold a claim (:func:`fivew.quotes_controllers.holder_noun`); else None."""
    if tok.lemma_.lower() not in EXPERIENCER_VERBS:
        return None
    for child in tok.children:
        if child.i <= tok.i:
            continue
        if child.dep_ in ("dobj", "dative") and holder_noun(child):
            return child
        if child.dep_ == "prep" and child.lower_ in EXPERIENCER_PREPS:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and holder_noun(noun):
                return noun
    return None
