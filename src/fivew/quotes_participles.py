"""Holders of participle cues that the parse hangs on the wrong word.

- :func:`presented_object`: a participle on the object of a verb of showing or holding
  ("held up a placard saying X") is what the object says, not the verb's subject.
- :func:`adverbial_relative_subject`: a participle after an adverbial relative clause
  ("..., where protesters gathered, chanting X") is what that clause's subject did, though
  the parse hangs it on the main verb.
- :func:`going_on_subject`: a subjectless conjunct, participle or gerund going on from a
  verb is what that verb's subject did: the passive's subject, not its agent ("was joined
  by X and joked"), and the subject the parse left stranded from a finite verb.
- :func:`spent_object_verb`: a participle on a noun inside the object of "spend" or "use"
  ("spent much of his speech praising X") is what the verb's subject did.
- :func:`aside_conjunct_verb`: a conjunct after an aside in brackets or dashes goes on from
  the clause before the aside ("X jumped in — as he often does — and wrote Y").

Called by :func:`fivew.quotes_subjects.cue_subject`; tuned on PolNeAR train's even documents
(figures: speaker-attributed F1, even / odd documents).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fivew.quotes_agents import load_agent_lists
from fivew.quotes_rules import FINITE_TAGS, cue_lemma

__all__ = ["presented_object", "adverbial_relative_subject", "going_on_subject",
           "spent_object_verb", "aside_conjunct_verb", "PRESENTING_VERBS",
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


#: Nouns of a body that acts as one ("an independent group backing Kasich"). Not nouns of
#: people, who are as often those addressed ("a text to supporters saying X", "appealed
#: to voters, saying X": on PolNeAR train's odd documents 2 speakers made wrong that way,
#: 3 made right by "group").
BODY_NOUNS = frozenset({"group", "committee", "organization", "board", "coalition"})


def qualified_speaker(tok: Any, noun: Any) -> bool:
    """Whether the present participle ``tok`` right after ``noun``, the object of a verb,
    names what the people or body ``noun`` do ("target all Central Americans seeking
    asylum", "gave to a super PAC backing Cruz", "an independent group backing Kasich"; a
    name or a noun of :data:`BODY_NOUNS`): they are its speaker, not the verb's
    subject. Not after a comma ("attacked Trump, saying ..." is the attacker's). From
    wrong speakers on PolNeAR train (2 speakers changed, both made right; speaker-attributed
    F1 +0.00005 even, odd unchanged)."""
    return bool(tok.tag_ == "VBG" and noun.i < tok.i and tok.doc[tok.i - 1].text != ","
                and (noun.ent_type_ in SPEAKING_ENTS or noun.lemma_.lower() in BODY_NOUNS))



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


#: Pronouns that can stand for someone who speaks (not "it", "which", "that").
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})

#: Entity labels of a noun that can speak.
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def going_on_subject(tok: Any, verb: Any, subject_of: Callable[[Any], Any],
                     stranded: Callable[[Any], Any]) -> Any:
    """The speaker of a subjectless cue ``tok`` (a conjunct, a participle, a gerund) going
    on from ``verb``: what ``subject_of`` (:func:`fivew.quotes_subjects.cue_subject`) gives
    ``verb``, but for two cases where that is not who goes on (PolNeAR train, tuned on even
    documents; speaker-attributed counts, even / odd documents):

    - a passive with an agent: its subject goes on, not the agent ("Okafor was greeted by
      the harbour master and joked, “...”", "the growers were upset by the ruling and
      warned that X", "she was jeered by the crowd after telling them X"; see
      :func:`passive_surface_subject`; 3 speakers made right of 3 changed on even
      documents, none changed on odd ones: speaker-attributed F1 +0.0003 / 0). Not a
      conjunct past participle, itself passive and sharing the agent ("was questioned by
      X, who ... but has long dismissed ...": 1 made wrong on odd documents without this
      guard);
    - a finite verb the parse left without a subject: the subject ``stranded``
      (:func:`fivew.quotes_subjects.stranded_subject`) finds for it goes on too ("Brodie,
      in a borrowed suit, spoke briefly, offering ...": Brodie, where the parse gave no
      subject or the participle's own object; +2 / +1 made right, none wrong: +0.0002 /
      +0.0001). Giving every finite cue without a subject that subject in
      ``subject_of`` itself lost (-0.0001 / -0.0004: quotes closed by "said X").

    A conjunct after an aside goes on from the verb before it (:func:`aside_conjunct_verb`)."""
    if tok.dep_ == "conj":
        verb = aside_conjunct_verb(tok) or verb  # "X jumped in — as he does — and wrote"
    if tok.tag_ != "VBN":
        passive = passive_surface_subject(verb)
        if passive is not None:
            return passive
    found = subject_of(verb)
    if found is None and verb.tag_ in FINITE_TAGS:
        found = stranded(verb)
    return found


def passive_surface_subject(verb: Any) -> Any:
    """The subject of ``verb``, a passive with an agent, where it can speak (a name, a
    personal pronoun, a person, group or organisation, or a ``speaker_holder_nouns`` noun:
    "the complaint was filed by X and seeks ..." is X's); for a passive conjunct without a
    subject of its own ("was jeered and shouted down by X"), the subject of the verb it is
    joined to. None otherwise (see :func:`going_on_subject`)."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        verb = verb.head  # "was booed and shouted down by X after telling Y"
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and (
            subject.pos_ == "PROPN" or subject.lower_ in PERSONAL_PRONOUNS
            or subject.ent_type_ in SPEAKING_ENTS
            or subject.lemma_.lower() in load_agent_lists().holder_nouns):
        return subject
    return None


#: Most steps from a noun a participle qualifies up to the verb whose object holds it
#: ("spent much of his speech praising X": speech, of, much, spent); the cases found on
#: PolNeAR train's even documents took three (6 changed nothing there).
SPENT_OBJECT_MAX_STEPS = 4


def spent_object_verb(noun: Any, control_verbs: frozenset[str]) -> Any:
    """'He spent much of his speech praising X': a participle the parse hangs on a noun
    inside the object of a verb of spending or using (``control_verbs``: "used part of her
    address to call X") tells what
    that verb's subject did, as a gerund right after the object would. The verb, or None.
    PolNeAR train: speaker-attributed F1 +0.0002 / +0.0001 (even / odd documents; 2 and 1
    speakers made right, none wrong)."""
    node = noun
    for _ in range(SPENT_OBJECT_MAX_STEPS):
        if node.dep_ not in ("pobj", "prep", "dobj") or node.head.i == node.i:
            return None
        if node.dep_ == "dobj":
            verb = node.head
            return verb if verb.pos_ == "VERB" and cue_lemma(verb) in control_verbs else None
        node = node.head
    return None


#: Marks closing an aside set off by brackets or dashes, with the marks opening each.
ASIDE_MARKS = {")": "(", "—": "—", "–": "–", "--": "--"}


def aside_conjunct_verb(tok: Any) -> Any:
    """'Okafor went onto her radio show — as she often does — and repeated X': a conjunct
    right after an aside set off by brackets or dashes goes on from the clause before the
    aside, though the parse joins it to the aside's verb ("does", whose "she" it then took;
    "X called the levy Y (although she allowed Z) and promised W": "called"). The last
    verb with a subject before the aside opens, in the cue's sentence, else None. PolNeAR
    train: speaker-attributed F1 +0.0002 / 0 (even / odd documents; 2 speakers made right
    on the even ones, none changed on the odd ones)."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].dep_ != "cc" or doc[tok.i - 2].text not in ASIDE_MARKS:
        return None
    opener = ASIDE_MARKS[doc[tok.i - 2].text]
    head = tok.head
    start = tok.sent.start
    if not start <= head.i < tok.i - 2:
        return None
    i = head.i - 1
    while i >= start and doc[i].text != opener:
        i -= 1
    if i < start:
        return None
    for cand in reversed(doc[start:i]):
        if cand.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cand.children):
            return cand
    return None
