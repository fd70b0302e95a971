"""Holders of participle cues that the parse hangs on the wrong word.

- :func:`presented_object`: a participle on the object of a verb of showing or holding
  ("held up a placard saying X") is what the object says, not the verb's subject.
- :func:`adverbial_relative_subject`: a participle after an adverbial relative clause
  ("..., where protesters gathered, chanting X") is what that clause's subject did, though
  the parse hangs it on the main verb.

Called by :func:`fivew.quotes_subjects.cue_subject`; tuned on PolNeAR train's even documents
(figures: speaker-attributed F1, even / odd documents).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import cue_lemma

__all__ = ["presented_object", "adverbial_relative_subject", "PRESENTING_VERBS",
           "ADVERBIAL_RELATIVES"]

#: Verbs of showing, holding or perceiving: a participle cue on the object of one tells
#: what the object says ("held up a placard saying X", "the show featured panels discussing
#: X", "cheered voters hoping X"), not what the verb's subject says, unlike a verb of
#: issuing ("her office issued a statement saying X": the office). Read off PolNeAR train's
#: participles on objects (even documents, where 28 of 46 such cues took the verb's subject
#: rightly and 11 took the object; 6 of the 11 on these verbs, none of the 28):
#: speaker-attributed F1 +0.0005 / 0 (even / odd documents; one speaker changed on the odd
#: ones, made right). Taking the object for any verb but a verb of issuing: +0.0001 /
#: -0.0004 ("approved a resolution condemning X", "co-authored a paper outlining X").
PRESENTING_VERBS = frozenset({"feature", "hold", "carry", "display", "wave", "show", "see",
                              "watch", "hear", "read", "cheer", "recruit", "include",
                              "receive", "find", "interview", "quote", "cite"})


def presented_object(tok: Any, noun: Any) -> bool:
    """Whether the present participle ``tok`` qualifying ``noun``, the object of a verb, says
    what ``noun`` says (see :data:`PRESENTING_VERBS`)."""
    return bool(tok.tag_ == "VBG" and cue_lemma(noun.head) in PRESENTING_VERBS)


#: Relative adverbs and pronouns after a preposition that open a relative clause whose
#: subject is no relative pronoun ("the hall where protesters gathered", "the ad in which
#: children yell"). PolNeAR train: speaker-attributed F1 +0.0003 / 0 (even / odd documents;
#: 3 speakers changed on the even ones, all made right; none on the odd ones).
ADVERBIAL_RELATIVES = frozenset({"where", "when", "which", "whom"})


def adverbial_relative_subject(tok: Any) -> Any:
    """'The first heckling came at a rally, when protesters interrupted her, shouting X': a
    participle after a comma that closes an adverbial relative clause ("when", "where", "in
    which") is what that clause's subject did, though the parse hangs it on the main verb.
    Only a relative clause with a subject of its own, not a relative pronoun ("met voters
    who had gathered, saying X": the one who met); see :data:`ADVERBIAL_RELATIVES`."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or tok.head.i > tok.i:
        return None
    last = doc[tok.i - 2]
    for clause in last.ancestors:
        if clause.i == tok.head.i or clause.i < tok.head.i:
            return None
        if clause.dep_ != "relcl" or clause.right_edge.i != last.i:
            continue
        opener = [c for c in clause.children if c.i < clause.i and (
            (c.dep_ == "advmod" and c.lower_ in ADVERBIAL_RELATIVES) or (
                c.dep_ == "prep" and any(g.lower_ in ADVERBIAL_RELATIVES for g in c.children)))]
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                    and c.pos_ in ("NOUN", "PROPN")]
        return subjects[0] if opener and subjects else None
    return None
