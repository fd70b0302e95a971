"""Backing read off a group's support for someone: "Clinton has strong support among black
voters", "Clinton's deep support among black voters"; and off backing received: "Ted Cruz
received the endorsement of Gov. Mike Pence" (:func:`received_backing`).

PolNeAR annotates such a phrase as the group's stance: the one supported is the content and
the "among" phrase the source. :func:`support_among` reads it for a noun of
:data:`SUPPORT_NOUNS`; :func:`fivew.quotes_cues.cue_attributions` calls it for a noun that
is no cue of its own. Tuned on PolNeAR train's even-numbered documents, kept where the
odd-numbered ones did not lose (figures in the docstring).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_mentions import source_chars, source_core
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    cue_lemma,
    token_end,
    trim_tokens,
)
from fivew.quotes_subjects import cue_subject

__all__ = ["support_among", "received_backing", "SUPPORT_NOUNS", "RECEIVING_VERBS",
           "HOLDING_VERBS", "BACKING_NOUNS"]

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


#: Verbs whose subject is given a noun cue's backing ("Cruz won the endorsement of Pence"):
#: the one backed is the content, the "of" phrase the source. Verbs of receiving, written
#: for fivew (PolNeAR train has "receive", "win", "get", "earn"); "draw" and "spark" ("the
#: bill drew criticism from X") added from PolNeAR train error analysis, with "from" hung on
#: the verb: content-overlap F1 +0.0004 / +0.0002, speaker-attributed +0.0005 / 0 (even /
#: odd documents; "attract" and "face" gained nothing or lost precision). The stance of such
#: a subject was tried before and lost (see ``_about_idioms`` in resources/quotes.json).
RECEIVING_VERBS = frozenset({"receive", "win", "get", "earn", "gain", "secure", "land",
                             "collect", "pick", "garner", "score", "snag", "draw", "spark"})

#: Verbs of holding that say the subject is backed only with a noun of backing ("the bill
#: has the backing of many Democrats", "Clinton enjoys the support of women"; "has criticism
#: of the plan" is the subject's own view). PolNeAR train: content-overlap F1 +0.0003 /
#: +0.0001, speaker-attributed +0.0004 / +0.0001 (even / odd); "retain", "keep", "lack",
#: "lose" and the nouns "blessing", "confidence", "trust", "loyalty" changed nothing.
HOLDING_VERBS = frozenset({"have", "enjoy"})
BACKING_NOUNS = frozenset({"support", "backing", "endorsement", "approval"})


def received_backing(doc: Any, tok: Any) -> Attribution | None:
    """'Ted Cruz received the endorsement of Gov. Mike Pence': the noun cue is the object of
    a receiving verb; the subject is what is backed, the "of" phrase the one backing it
    (not the content, as in "his endorsement of Cruz", which made 7 of 8 such predictions
    wrong). PolNeAR train: content-overlap F1 +0.0004 / +0.0002, speaker-attributed F1
    +0.0005 / +0.0003 (even / odd documents)."""
    head = tok.head
    if tok.dep_ != "dobj" or cue_lemma(head) not in RECEIVING_VERBS and not (
            cue_lemma(head) in HOLDING_VERBS and tok.lemma_.lower() in BACKING_NOUNS):
        return None
    subject = cue_subject(head)
    # "drew criticism from X": the parse often hangs "from" on the verb
    preps = [*tok.children, *(c for c in head.children if c.i > tok.i and c.lower_ == "from")]
    backer = next((o for c in preps if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for o in c.children if o.dep_ == "pobj"), None)
    if subject is None or backer is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    lo, hi = source_core(subject)
    span = trim_tokens(doc, lo, hi)
    if span is None:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["noun"], cue_token=tok,
        source=source_chars(backer), source_head=backer,
    )
