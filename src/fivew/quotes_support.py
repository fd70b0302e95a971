"""Backing read off a group's support for someone: "Clinton has strong support among black
voters", "Clinton's deep support among black voters".

PolNeAR annotates such a phrase as the group's stance: the one supported is the content and
the "among" phrase the source. :func:`support_among` reads it for a noun of
:data:`SUPPORT_NOUNS`; :func:`fivew.quotes_cues.cue_attributions` calls it for a noun that
is no cue of its own. Tuned on PolNeAR train's even-numbered documents, kept where the
odd-numbered ones did not lose (figures in the docstring).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import CONFIDENCE, Attribution, source_chars, token_end, trim_tokens
from fivew.quotes_subjects import cue_subject

__all__ = ["support_among", "SUPPORT_NOUNS"]

#: Nouns of a group's backing whose "among" phrase names the group ("support among Latino
#: voters"); "support among" was a gold cue 7 times of 12 on PolNeAR train's even
#: documents, the others an effort to win it ("trying to shore up support among X").
SUPPORT_NOUNS = frozenset({"support"})


def support_among(doc: Any, tok: Any) -> Attribution | None:
    """'Clinton has strong support among black voters': the one supported (the noun's
    possessor, else the subject of the verb that has it) is the content, the object of
    "among" the source. An infinitive verb ("trying to shore up support among X") seeks
    the support rather than holds it and gives nothing. PolNeAR train: content-overlap F1
    +0.0002 / +0.0001, speaker-attributed F1 +0.0002 / +0.0001 (even / odd documents)."""
    if tok.lemma_.lower() not in SUPPORT_NOUNS:
        return None
    group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"
                  and c.i > tok.i for g in c.children if g.dep_ == "pobj"), None)
    if group is None:
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None and tok.dep_ == "dobj" and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
        holder = cue_subject(tok.head)
    if holder is None:
        return None
    content = trim_tokens(doc, holder.left_edge.i, holder.right_edge.i)
    if content is None:
        return None
    return Attribution(cue=(int(tok.idx), token_end(tok)), content=content, kind="indirect",
                       confidence=CONFIDENCE["object"], cue_token=tok,
                       source=source_chars(group), source_head=group)
