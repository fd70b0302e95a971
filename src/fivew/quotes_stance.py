"""Stance cues of the ``quotes`` stage read off their construction, not a listed cue word.

:func:`fivew.quotes_complements.that_clause` makes any verb with a "that" clause a cue
("Maybe he figures that X"). These rules do the like for the words :func:`fivew.quotes_cues.
cue_attributions` reads only when listed, and add a few stance words of their own:

- an **adjective or participle** after a copula with a "that" clause ("Pundits are stunned
  that X", "Ms. Roe is convinced that X"), or with a topic preposition ("Growers are uneasy
  about X"): the copula's subject feels or holds it;
- a **noun** subject of a copula whose complement is a "that" clause ("My sense is that X"):
  the clause, its possessor the source;
- an **agent noun** after a copula ("Roe is a longtime supporter of X", "She is a Doe fan"):
  the side taken, the copula's subject the source;
- a **noun of intention** with an infinitive ("her decision to run"), read as a noun cue
  by :func:`fivew.quotes_cues.cue_attributions` (stance nouns with their preposition, "his
  opposition to X", are listed noun cues of ``resources/quotes.json``);
- an **adjective cue modifying a noun** or opening a clause ("supporters reluctant to give
  up"): the noun, or the clause's subject, is the source.

Each was tuned on PolNeAR train's even-numbered documents and kept only where the
odd-numbered ones did not lose (figures in each docstring: content-overlap F1, then
speaker-attributed F1, even / odd documents, from the rules before it).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    cue_lemma,
    repeated_preposition_end,
    span_words,
    token_end,
    trim_tokens,
)
from fivew.quotes_subjects import cue_subject

__all__ = ["that_adjective", "copula_noun", "agent_noun", "adjective_topic",
           "intention_infinitive", "modifier_adjective", "AGENT_NOUNS", "INTENTION_NOUNS",
           "INTENTION_ADJECTIVES", "DEGREE_WORDS"]

#: Degree words that make an adjective's "that" clause a result, not a stance ("so close
#: that the race went to a recount", "such a lead that ..."), written for fivew.
DEGREE_WORDS = frozenset({"so", "such", "too", "enough"})


#: Subjects of a copula that hold no stance: an expletive or a pointing pronoun ("it is
#: clear that X", "this is typical of X", "there is ...").
NO_STANCE_SUBJECTS = frozenset({"it", "this", "that", "there"})


def _that_clause(head: Any, after: int) -> Any:
    """The clausal complement of ``head`` after token ``after`` opened by "that"."""
    for child in head.children:
        if child.dep_ != "ccomp" or child.i <= after:
            continue
        opener = head.doc[child.left_edge.i]
        if opener.lower_ == "that" and opener.dep_ == "mark" and opener.head.i == child.i:
            return child
    return None


def that_adjective(doc: Any, tok: Any) -> Attribution | None:
    """'Pundits are stunned that X', 'Ms. Roe is convinced that X': an adjective (or
    participle) after a copula, with a "that" clause, reports what the copula's subject
    feels or holds, whether or not it is a listed adjective cue. With
    :func:`copula_noun`, PolNeAR train: content-overlap F1 +0.0002 / +0.0005,
    speaker-attributed F1 +0.0001 / +0.0002."""
    copula = tok.head
    if tok.dep_ != "acomp" or cue_lemma(copula) != "be":
        return None
    if tok.lower_ in DEGREE_WORDS or any(c.lower_ in DEGREE_WORDS for c in tok.children):
        return None  # "so close that ...", "Her fame was such that ...": a result clause
    clause = _that_clause(tok, tok.i) or _that_clause(copula, tok.i)
    if clause is None:
        return None
    source = cue_subject(copula)
    if source is None or source.lower_ in NO_STANCE_SUBJECTS:
        return None  # "it is clear that ...": the writer's own judgement
    span = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i)
    if span is None or span_words(doc, span) < 2:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["adjective"], cue_token=tok,
        source=source_chars(source), source_head=source,
    )


def copula_noun(doc: Any, tok: Any) -> Attribution | None:
    """'My sense is that X', 'A frequent complaint is that X': a noun subject of a copula
    whose complement is a "that" clause has that clause as content, and its possessor as
    source. Without a possessor ("The problem is that X", "The lesson is that X") the
    noun is the writer's framing: 3 right of 13 on PolNeAR train (even documents), so such
    nouns are left out."""
    copula = tok.head
    if tok.dep_ != "nsubj" or cue_lemma(copula) != "be" or copula.i < tok.i:
        return None
    if any(c.dep_ in ("acomp", "attr") for c in copula.children):
        return None
    clause = _that_clause(copula, copula.i)
    if clause is None:
        return None
    span = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i)
    if span is None or span_words(doc, span) < 2:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None  # "The problem is that X": the writer's framing
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["noun"], cue_token=tok,
        source=source_chars(owner), source_head=owner,
    )


#: Nouns naming someone by the side they take ("a supporter of Sanders", "a Sanders
#: fan"): after a copula, the one supported or opposed is the content, the copula's
#: subject the source. Written for fivew; "ally" (allied countries: 0 of 3 right on PolNeAR
#: train, even documents) and "cosponsor" (0 of 1) left out. Read in apposition too ("Roe,
#: a Doe backer") or after any noun, the nouns were 12 right of 33, too few.
AGENT_NOUNS = frozenset({"supporter", "backer", "opponent", "proponent", "critic",
                         "champion", "advocate", "defender", "detractor", "foe",
                         "admirer", "booster", "sponsor", "fan", "skeptic", "loyalist",
                         "enthusiast", "devotee", "adherent", "enemy"})

#: Prepositions whose object is the side an agent noun takes ("supporter of", "advocate
#: for").
AGENT_PREPS = frozenset({"of", "for"})

#: Verbs whose subject an agent noun complement names ("She is a Sanders supporter", "has
#: become a critic of ...").
COPULAS = frozenset({"be", "become", "remain"})


def agent_noun(doc: Any, tok: Any) -> Attribution | None:
    """'Ms. Roe is a fervent supporter of Jo Doe', 'She is a Doe fan': an agent noun (see
    :data:`AGENT_NOUNS`) after a copula attributes the side it takes (its "of" object, or
    the name or possessive before it) to the copula's subject. PolNeAR train:
    content-overlap F1 +0.0006 / +0.0004, speaker-attributed F1 +0.0005 / +0.0004."""
    content = None
    for child in tok.children:
        if child.dep_ == "prep" and child.i > tok.i and child.lower_ in AGENT_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = (objects[0].left_edge.i,
                           repeated_preposition_end(child, objects[0].right_edge.i))
                break
    if content is None:
        sides = [c for c in tok.children if c.i < tok.i and (
            c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN")]
        if not sides:
            return None
        content = (sides[0].left_edge.i, sides[-1].right_edge.i)
    if tok.dep_ not in ("attr", "oprd") or cue_lemma(tok.head) not in COPULAS:
        return None
    source = cue_subject(tok.head)
    span = trim_tokens(doc, *content)
    if span is None or source is None:
        return None
    lo, hi = source_chars(source)
    if lo <= span[0] < hi:
        return None  # the side taken is inside the source's own mention
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["noun"], cue_token=tok,
        source=(lo, hi), source_head=source,
    )


#: Prepositions after an unlisted adjective whose object is what the copula's subject
#: thinks or feels about ("mindful of X", "distrustful of X", "uneasy about X").
ADJECTIVE_TOPIC_PREPS = frozenset({"of", "about"})

#: Adjectives whose "of" phrase says what something is or holds, not a stance ("full of",
#: "capable of", "short of", "typical of"). Written for fivew.
PROPERTY_ADJECTIVES = frozenset({"full", "capable", "incapable", "short", "typical",
                                 "reminiscent", "emblematic", "indicative", "free", "devoid",
                                 "bereft", "worthy", "independent", "part", "guilty",
                                 "innocent", "representative", "characteristic"})


def adjective_topic(doc: Any, tok: Any) -> Attribution | None:
    """'Many Democrats are mindful of X', 'Voters are uneasy about X': an adjective after a
    copula with a topic preposition reports the subject's stance on its object, whether
    or not it is a listed adjective cue. PolNeAR train: content-overlap F1 +0.0007 /
    +0.0005, speaker-attributed F1 +0.0008 / +0.0006, of which leaving out
    :data:`PROPERTY_ADJECTIVES` gave +0.0001 / 0 and +0.0001 / +0.0002."""
    copula = tok.head
    if (tok.dep_ != "acomp" or cue_lemma(copula) not in COPULAS
            or tok.lower_ in PROPERTY_ADJECTIVES):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                 and c.lower_ in ADJECTIVE_TOPIC_PREPS), None)
    if prep is None:
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    source = cue_subject(copula) if objects else None
    if source is None or source.lower_ in NO_STANCE_SUBJECTS:
        return None
    span = trim_tokens(doc, objects[0].left_edge.i, objects[0].right_edge.i)
    if span is None:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(prep) if prep.i == tok.i + 1 else token_end(tok)),
        content=span, kind="indirect", confidence=CONFIDENCE["adjective"], cue_token=tok,
        source=source_chars(source), source_head=source,
    )


#: Nouns of intention or resolve whose infinitive says what someone means to do ("her
#: decision to run", "his reluctance to debate"): read as noun cues
#: (:func:`fivew.quotes_cues.cue_attributions`) when an infinitive follows them. Written
#: for fivew; nouns of trying ("effort", "attempt", "bid") and "offer", "agreement" were
#: 9 right of 50 on PolNeAR train (even documents) and are left out.
INTENTION_NOUNS = frozenset({"decision", "reluctance", "inclination", "eagerness",
                             "willingness", "unwillingness", "readiness", "intent",
                             "resolve", "commitment", "hesitance", "hesitation", "ambition",
                             "pledge", "vow", "promise", "refusal", "determination",
                             "desire", "wish"})


def intention_infinitive(tok: Any) -> bool:
    """Whether noun ``tok`` of :data:`INTENTION_NOUNS` takes an infinitive ("decision to
    run"). PolNeAR train: content-overlap F1 +0.0008 / +0.0004, speaker-attributed F1
    +0.0004 / +0.0001."""
    if tok.lemma_.lower() not in INTENTION_NOUNS:
        return False
    return any(c.dep_ in ("acl", "relcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
               and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
               for c in tok.children)


#: Adjectives of readiness or reluctance, besides the listed adjective cues, whose
#: infinitive says what someone will or will not do ("voters reluctant to switch"). Written
#: for fivew.
INTENTION_ADJECTIVES = frozenset({"reluctant", "unafraid", "loath", "loth", "ready",
                                  "unready", "keen", "anxious", "desperate", "inclined",
                                  "disinclined", "prepared", "resolved", "poised"})


def modifier_adjective(doc: Any, tok: Any) -> Attribution | None:
    """'Sanders supporters reluctant to give up', 'Eager to show X, officials said ...': an
    adjective cue (listed, or of :data:`INTENTION_ADJECTIVES`) that modifies a noun or opens
    a clause, not after a copula, attributes its infinitive or clause to the noun it
    modifies or the subject of the clause it hangs on. PolNeAR train: content-overlap F1
    +0.0001 / +0.0001, speaker-attributed F1 +0.0002 / +0.0001."""
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i
                   and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    if tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head
        lo = min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i])
        source: tuple[int, int] | None = (int(doc[lo].idx), token_end(noun))
        head = noun
    elif tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
        head = cue_subject(tok.head)
        source = source_chars(head) if head is not None else None
    else:
        return None
    span = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i)
    if span is None or source is None or span_words(doc, span) < 2:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["adjective"], cue_token=tok, source=source, source_head=head,
    )

