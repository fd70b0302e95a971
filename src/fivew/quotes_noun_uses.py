"""Noun cues used in a sense that attributes nothing, found by the words around them.

:func:`fivew.quotes_cues.cue_attributions` reads a listed noun ("concerns about X",
"attacks on X") with what follows it as a cue and its content. Three uses are no report, and
PolNeAR annotates none there:

- a **participle saying what the noun does** ("the growing concerns surrounding the
  ticket", "allegations facing his campaign manager"): :func:`describing_participle`;
- an **armed attack** ("the attacks on the consulate in Benghazi", "terrorist attacks on
  soft targets"): :func:`armed_attack`;
- a **decision nobody is said to make** ("the decision to wear a hijab", "any decision to
  charge someone"): :func:`unheld_decision`.

Each was found among the false positives on PolNeAR train (even documents) and kept only
where the odd-numbered documents did not lose (figures in each docstring: content-overlap
F1, then speaker-attributed F1, even / odd documents). Written for fivew.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import load_quote_lists

__all__ = ["describing_participle", "armed_attack", "unheld_decision"]


def describing_participle(noun: Any, clause: Any) -> bool:
    """'the growing concerns surrounding the ticket', 'allegations facing his campaign
    manager', 'attacks flying fast': a present participle after a noun cue, with no subject,
    marker or auxiliary of its own and no verb of saying or thinking, says what the noun does
    or where it stands, not what it holds ("a statement saying X", "a request seeking
    comment" do; so does any participle after an artifact noun: "statements deploring what
    happened"). 7 such noun cues on PolNeAR train even documents, 1 right; 7 on odd, 2 right.
    Content-overlap F1 +0.0003 / +0.0000, speaker-attributed F1 +0.0002 / +0.0002 (even /
    odd documents); past participles are :func:`fivew.quotes_cues._participle`'s."""
    if clause.tag_ != "VBG" or clause.dep_ != "acl":
        return False
    lists = load_quote_lists()
    if noun.lemma_.lower() in lists.artifacts:
        return False
    lemma = clause.lemma_.lower()
    if lemma in lists.speech or lemma in lists.attitude:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                   for c in clause.children)


#: Noun cues that also name an act of violence: "attacks on X" criticise X, or strike it.
ARMED_NOUNS = frozenset({"attack"})

#: Adjectives that make an attack one of violence ("terrorist attacks on soft targets").
#: Written for fivew.
VIOLENCE_ADJECTIVES = frozenset({"armed", "deadly", "military", "terror", "terrorist",
                                 "violent"})

#: Entity labels of a place: an attack aimed at one ("the attacks on the consulate in
#: Benghazi", "on the airport in Brussels") strikes it; words are aimed at people and ideas.
PLACE_ENTS = frozenset({"GPE", "FAC", "LOC"})


def armed_attack(tok: Any) -> bool:
    """'the attacks on two U.S. diplomatic compounds in Benghazi', 'terrorist attacks on soft
    targets': an attack with an adjective of violence, or aimed at a place and nobody's
    (no possessor: "his attacks on the mayor in Springfield" are words), is an act of
    war or terror, not a verbal attack, and reports nobody's claim. 7 such noun cues on
    PolNeAR train (1 on even documents, 6 on odd), none right. Content-overlap F1 +0.00004
    / +0.00026, speaker-attributed F1 +0.00004 / +0.00024 (even / odd documents); without
    the possessor guard a verbal attack ("his attacks on X in Iowa") would go too."""
    if tok.lemma_.lower() not in ARMED_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in VIOLENCE_ADJECTIVES for c in tok.children):
        return True
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "his attacks on the mayor's record in Springfield": someone's words
    return any(t.ent_type_ in PLACE_ENTS for c in tok.children if c.dep_ == "prep"
               for t in c.subtree)


#: Nouns of a choice made that, with nobody named making it, stand for the act or the
#: course taken ("the decision to give paid speeches forces ..."), not for anyone's stance.
#: Written for fivew: 4 such noun cues on PolNeAR train even documents, 1 on odd, none
#: right; "plan", "proposal", "promise" and "push" without a holder were right as often as
#: not, and stay cues.
UNHELD_NOUNS = frozenset({"decision"})


def unheld_decision(attr: Any) -> bool:
    """'The decision to give paid speeches forces the candidates to ...', 'any decision to
    charge someone': a noun of :data:`UNHELD_NOUNS` whose attribution found no source
    (possessor, "by" phrase or verb subject) reports nobody's claim. PolNeAR train:
    content-overlap F1 +0.00014 / +0.00005, speaker-attributed F1 +0.00013 / +0.00004
    (even / odd documents)."""
    tok = attr.cue_token
    return bool(attr.source is None and tok is not None
                and tok.lemma_.lower() in UNHELD_NOUNS)
