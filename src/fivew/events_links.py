"""Links between an event word and its parties that the plain subject/object rules miss.

All within one sentence, read off the spaCy parse:

- :func:`patient_of`: the passive subject is the party acted on ("two rioters were killed").
- :func:`cause_agent`: a passive or intransitive harm verb names its agent through the
  event noun of its cause ("were killed in police firing": police).
- :func:`failures`: a failure to act ("police failed to stop the mob", "did not
  intervene", "police inaction"): the intervention, negated, with the failing party as
  its actor. IndiaPoliceEvents asks "did police fail to intervene?" of these.
- :func:`both_sides`: "X and Y agreed": the second party of a joint act is its recipient.
"""

from __future__ import annotations

from typing import Any

from fivew.events_parts import Index
from fivew.events_rules import Lexicon, Trigger, lemmas, phrase_key

__all__ = ["patient_of", "cause_agent", "failures", "failure_word", "both_sides",
           "phrase_object", "stated_intent", "between_party", "reporter_of",
           "JOINT_TYPES"]

#: Prepositions that attach the cause of a harm ('killed in firing', 'died due to firing').
CAUSE_PREPS = frozenset({"in", "during", "by", "from", "to", "after", "due", "because"})

#: Subordinators of a clause that tells how a harm came about ('killed when police fired').
CAUSE_MARKS = frozenset({"when", "as", "after"})

#: Verbs whose subject suffers the event rather than acts ('two died in the firing').
HARM_VERBS = frozenset({"kill", "die", "injure", "wound", "succumb", "hurt", "perish"})

#: PLOVER types that two parties do together ('X and Y agreed', 'held talks').
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})

#: Dependency labels of a noun's own actor ('police firing', 'their attack').
AGENT_MODIFIERS = frozenset({"compound", "poss", "nmod"})


def _conj_root(tok: Any) -> Any:
    """The first verb of a chain of coordinated verbs ('opened fire and killed')."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def patient_of(tok: Any) -> Any:
    """The passive subject of ``tok`` or of the verb it is coordinated with."""
    for verb in dict.fromkeys((tok, _conj_root(tok))):
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj
        if any(c.dep_ == "nsubj" for c in verb.children):
            return None
    return None


def noun_agent(noun: Any) -> Any:
    """The actor an event noun names itself: 'police' in 'police firing', 'of the police'."""
    for c in noun.children:
        if c.dep_ in AGENT_MODIFIERS and c.pos_ in ("NOUN", "PROPN", "PRON") or (
                c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")):  # 'an Australian ultimatum'
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def cause_agent(tok: Any, lex: Lexicon) -> Any:
    """'four people were killed in police firing': the agent of the cause noun."""
    if not any(lem in HARM_VERBS for lem in lemmas(tok)):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS):
        for obj in prep.subtree:
            if obj.dep_ != "pobj":
                continue
            entry = next((lex.nouns[lem] for lem in lemmas(obj) if lem in lex.nouns), None)
            if entry is not None and entry[0] == "ASSAULT":
                return noun_agent(obj)
            for acl in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"):
                entry = next((lex.verbs[lem] for lem in lemmas(acl) if lem in lex.verbs), None)
                if entry is not None and entry[0] == "ASSAULT":  # 'in police firing'
                    return obj
    for clause in (c for c in tok.children if c.dep_ == "advcl"):  # '... when police fired'
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS
                   for m in clause.children):
            continue
        key = phrase_key(clause, lex.object_verbs or {}) or phrase_key(clause, lex.verbs)
        table = {**lex.verbs, **(lex.object_verbs or {})}
        if key is not None and table[key][0] == "ASSAULT":
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def harm_head(noun: Any) -> Any:
    """The harm verb an event noun is the cause of ('killed in police firing'), if any."""
    if noun.dep_ == "acl" and noun.tag_ == "VBG":  # 'in police firing' parsed 'police <- firing'
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "pcomp") or prep.lower_ not in \
            CAUSE_PREPS | {"of"}:
        return None
    verb = prep.head
    if verb.dep_ == "prep":  # 'due to' / 'because of'
        verb = verb.head
    if any(lem in HARM_VERBS for lem in lemmas(verb)):
        return verb
    return None


def failure_word(tok: Any, lex: Lexicon) -> Any:
    """The word that says the act did not happen: 'failed to', 'did not', 'refused to'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return next(c for c in tok.children if c.dep_ == "neg")
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i:
        if any(lem in lex.failure_verbs for lem in lemmas(head)):
            return head
        if any(c.dep_ == "neg" for c in head.children) and head.lemma_ in ("try", "bother",
                                                                            "dare", "care"):
            return head
    return None


#: Dependents that complete an idiom of inaction ('stood by', 'remained mute spectators').
INACTION_DEPS = frozenset({"dobj", "acomp", "prt", "attr", "advmod", "oprd", "npadvmod",
                           "xcomp", "advcl"})


def _inaction(tok: Any, lex: Lexicon) -> bool:
    """'looked the other way', 'stood mute witness', 'was nowhere in sight'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in INACTION_DEPS}
    return any(f"{lem} {w}" in lex.inaction_phrases for lem in lemmas(tok) for w in words)


def failures(sent: Any, lex: Lexicon) -> list[Trigger]:
    """Failures to act in ``sent``: the intervention word, coded COERCE and negated by the
    caller; the trigger's anchor is the failure word."""
    found: list[Trigger] = []
    for tok in sent:
        if tok.pos_ == "VERB" and any(lem in lex.intervention_verbs for lem in lemmas(tok)):
            if tok.lemma_ == "take" and not any(
                    c.dep_ == "dobj" and c.lemma_ in ("action", "step", "measure")
                    for c in tok.children):
                continue
            word = failure_word(tok, lex)
            if word is not None:
                found.append(Trigger(tok, tok if word.dep_ == "neg" else word, "COERCE",
                                     None, False))
        elif tok.pos_ in ("VERB", "AUX") and _inaction(tok, lex):  # 'looked the other way'
            found.append(Trigger(tok, tok, "COERCE", None, False))
        elif tok.pos_ == "NOUN" and any(lem in lex.failure_nouns for lem in lemmas(tok)):
            if noun_agent(tok) is not None:
                found.append(Trigger(tok, tok, "COERCE", None, True))
    return found


def both_sides(subj: Any) -> Any:
    """The second of two coordinated subjects ('X and Y agreed': Y), if any."""
    if subj is None:
        return None
    return next((c for c in subj.children if c.dep_ == "conj"), None)


def phrase_object(tok: Any, lex: Lexicon) -> Any:
    """The object that is part of the event phrase ('fire' in 'opened fire', 'rounds' in
    'fired 6,500 rounds'): a weapon, not the party fired on."""
    for c in tok.children:
        if c.dep_ == "dobj" and any(f"{lem} {c.lemma_.lower()}" in (lex.object_verbs or {})
                                    for lem in lemmas(tok)):
            return c
        if c.dep_ == "dobj" and any(lem in lex.weapon_nouns for lem in lemmas(c)):
            return c
    return None


def joint_recipient(tok: Any, actor: Any, preps: frozenset[str]) -> Any:
    """The other party of a joint act: 'X and Y agreed' (Y), 'agreed with Y', 'met Y';
    not what was agreed to ('agreed to a ceasefire')."""
    other = both_sides(actor)
    if other is not None:
        return other
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


#: PLOVER types whose announced future act is a threat, and the THREATEN mode of each
#: (PLOVER: "all threats, coercive or forceful warnings"); a threat of force is 'violence'.
THREAT_TYPES = {"PROTEST": "restrict", "COERCE": None, "SANCTION": "relations",
                "ASSAULT": "violence", "REJECT": None}
_THREAT_MODES = {"arrest": "arrest", "ban": "ban", "restrict": "restrict", "seize": "territory",
                 "deport": "expel", "curfew": "restrict", "boycott": "restrict"}

#: PLOVER types whose announced future act is a promise (AGREE: "agree to, offer, promise,
#: or otherwise indicate willingness or commitment to cooperate").
PROMISE_TYPES = frozenset({"RETREAT", "CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE"})

#: Auxiliaries of a stated intention ('will', 'would'); 'may' only guesses.
INTENT_AUX = frozenset({"will", "wo", "'ll", "shall", "would"})


def stated_intent(trig: Trigger, type_: str, mode: str | None,
                  lex: Lexicon) -> tuple[str, str | None, str]:
    """An act an actor says it will do ('they said they would boycott', 'announced that it
    will withdraw unless ...'): a hostile act is a THREATEN, a cooperative one an AGREE;
    anything else, or an act nobody states, keeps its type as planned."""
    from fivew.events_rules import aux_words, condition_of

    verb = trig.anchor
    if not aux_words(verb) & INTENT_AUX or not any(
            any(lem in lex.reporting_verbs or lem == "announce" for lem in lemmas(a))
            for a in verb.ancestors):
        return type_, mode, "planned"
    cond = condition_of([verb])
    if type_ in THREAT_TYPES or (cond is not None and type_ == "RETREAT"):
        new_mode = _THREAT_MODES.get(mode or "", THREAT_TYPES.get(type_))
        return "THREATEN", new_mode, "conditional" if cond is not None else "threatened"
    if type_ in PROMISE_TYPES:
        return "AGREE", None, "conditional" if cond is not None else "planned"
    return type_, mode, "planned"


def between_party(sent: Any, a: Any, b: Any, idx: Index, actor: str | None) -> Any:
    """A named party between a frame word and its content ('want to make the Taliban
    realise ... negotiation'): the other side of a wish or request."""
    lo, hi = sorted((a.i, b.i))
    for tok in sent.doc[lo + 1:hi]:
        eid = idx.entity_at(tok.idx, tok.idx + len(tok))
        if eid and eid != actor and idx.entity_types.get(eid) in ("ORG", "PERSON", "GROUP"):
            return tok
    return None


def reporter_of(tok: Any, lex: Lexicon) -> Any:
    """Without quotes: the subject of the reporting verb above ``tok``, if any."""
    for anc in tok.ancestors:
        if any(lem in lex.reporting_verbs for lem in lemmas(anc)):
            return next((c for c in anc.children if c.dep_ == "nsubj"), None)
    return None
