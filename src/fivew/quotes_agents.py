"""Who holds a cue's claim where the parse names nobody, or names the wrong one.

:func:`fivew.quotes_subjects.cue_subject` reads a cue's source off the parse: its subject,
or for a non-finite cue the subject of the verb it hangs on. These rules correct it:

- :func:`fallback_subject`: a gerund or participle cue the parse leaves without a subject
  ("Clinton quit giving speeches before announcing her run", "one listing X, another
  listing Y") is done by the nearest subject before it, or the pronoun it qualifies.
- :func:`pointing_subject`: a non-finite cue that reaches a pointing "that"/"this" through a
  copula ("That's not to suggest X", "That's not the same as saying X") has no source.
- :func:`unheld_noun_cue`: a noun cue whose verb's subject is its target ("Carson will face
  questions about X") or a thing that causes it ("The documents raised questions about X")
  has no source.
- :func:`hung_subject`: the subject of a finite cue that the parse hung on an opening
  preposition ("Among X, most in both states supported Y"); :func:`clausal_subject_noun`:
  the noun a participle qualifies, which the parse made a gerund clause's subject ("Many
  voters clamoring for X support Y").
- :func:`raised_subject`, :func:`passive_patient` and :func:`extraposed`: subjects that
  are *not* sources, the subject of a raising verb ("Trump seems to be ..."), the patient
  of a passive without an agent ("Ginsburg is known for ...", also of a passive conjunct,
  :func:`conjunct_passive`: "X is not on board and is not expected to sign on", and the
  noun a passive participle qualifies, :func:`modified_patient`: "an investment fund once
  known for X") and an expletive "it" ("It is hard to imagine ...").

Word lists are ``speaker_*`` keys of ``resources/quotes.json`` (see its ``_about_speakers``).
Each rule was tuned on PolNeAR train's even-numbered documents and kept only where the
odd-numbered ones did not lose (figures in each docstring: speaker-attributed F1, even /
odd documents, from the rules before it; content-overlap F1 where it moved).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from fivew.quotes_asides import agentless_as_clause
from fivew.quotes_rules import FINITE_TAGS, QuoteLists, cue_lemma, load_quote_lists, quote_resource

__all__ = ["fallback_subject", "hung_subject", "clausal_subject_noun", "pointing_subject",
           "quantifier_subject", "unheld_noun_cue", "conjunct_passive", "modified_patient",
           "load_agent_lists", "raising_complement", "raised_subject", "passive_patient",
           "extraposed", "PASSIVE_SPEAKER_VERBS"]

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Parts of speech of a subject that can be a source, and of a speaker's mention
#: (:mod:`fivew.quotes_speakers`).
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})

#: Subjects that name nobody: an expletive, a pointing or relative pronoun.
NAMELESS_SUBJECTS = frozenset({"there", "it", "that", "this", "which", "what"})

#: Quantifiers set beside the names they stand for ("X, Y and Z all calling for ...").
QUANTIFIERS = frozenset({"all", "both", "each"})

#: Pointing pronouns that a copula's subject can be without naming anyone ("That's not
#: to suggest X").
POINTING = frozenset({"that", "this"})

#: Entity types of a subject that can hold a claim (see :func:`unheld_noun_cue`).
HOLDER_TYPES = frozenset({"PERSON", "ORG", "GROUP"})

#: Passive cues whose subject is whose words are reported ("he was quoted as saying ..."):
#: any other passive cue without a "by" agent names no source, its subject being what the
#: claim is about ("Ginsburg is known for her liberal bent", "the campaign is intended to
#: ..."). PolNeAR train: 22 of 34 such subjects (even documents) had no gold source. Giving
#: them none: speaker-attributed F1 +0.0017 / +0.0011 (+0.0013 / +0.0011 without these two
#: exceptions). Later, passives of a state of mind whose subject is in it ("she is assured
#: of winning", "who are mystified that", "is convinced that"): +0.0004 / 0 (4 cues on even
#: documents, 3 of them in one live blog; none on odd). Then passives of a feeling
#: ("Protesters were frustrated that X", found on PolNeAR dev): train +0.0000 / +0.0001,
#: dev +0.0005.
PASSIVE_SPEAKER_VERBS = frozenset({
    "say", "quote", "assure", "convince", "mystify", "frustrate", "worry", "concern",
    "disappoint", "surprise", "shock", "anger", "upset", "trouble", "dismay", "alarm", "please",
    "delight", "thrill", "encourage", "embarrass", "annoy", "outrage", "horrify", "offend",
    "disturb", "bother", "puzzle", "amaze", "astonish", "persuade"})

#: Dependency labels of what a raising cue says of its subject ("seems to be", "seemed
#: lost", "appears ready").
RAISING_COMPLEMENT_DEPS = frozenset({"xcomp", "acomp", "attr", "oprd"})

#: Verbs whose "it" subject stands for the clause they govern, not a speaker ("It means
#: admitting that X", "It seems unfair to tell them Y"); see :func:`extraposed`. With
#: conjuncts climbed there too: PolNeAR train, speaker-attributed F1 +0.0003 / 0 (even /
#: odd documents; 3 of the 4 cues changed had no gold source).
EXPLETIVE_HEADS = frozenset({"mean", "seem"})


@dataclass(frozen=True)
class AgentLists:
    """The ``speaker_*`` word lists of ``resources/quotes.json``."""

    target_verbs: frozenset[str]
    cause_verbs: frozenset[str]
    caused_nouns: frozenset[str]
    directed_nouns: frozenset[str]
    purpose_participles: frozenset[str]
    holder_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_agent_lists() -> AgentLists:
    """The ``speaker_*`` word lists of ``resources/quotes.json``, read once."""
    raw = quote_resource()
    return AgentLists(
        target_verbs=frozenset(raw["speaker_target_verbs"]),
        cause_verbs=frozenset(raw["speaker_cause_verbs"]),
        caused_nouns=frozenset(raw["speaker_caused_nouns"]),
        directed_nouns=frozenset(raw["speaker_directed_nouns"]),
        purpose_participles=frozenset(raw["speaker_purpose_participles"]),
        holder_nouns=frozenset(raw["speaker_holder_nouns"]),
    )


def fallback_subject(tok: Any) -> Any:
    """The source of a cue the parse gives no subject: the pronoun or number a participle
    qualifies ("one listing X, another listing Y", "those backing X"; for a quantifier set
    beside names, the names: "X, Y and Z all calling for"), else for a gerund or
    participle the nearest subject before it in its sentence ("Roe stopped giving paid
    talks before announcing her bid", the parse hanging "before" on "paid"). PolNeAR
    train, measured by leaving it out of the final rules: speaker-attributed F1 +0.0017 /
    +0.0009 and content-overlap F1 +0.0004 / +0.0001 (a source found keeps attitude cues
    that need one; cue F1 -0.0001 on odd documents), of which the pronoun half +0.0005 /
    +0.0004 (the quantifier +0.0001 / 0) and the nearest subject +0.0011 / +0.0004.
    Infinitives too: -0.0002 on even documents (speaker and content), left out; preferring
    the nearest subject to the main clause's for every ", -ing" participle: -0.0023 /
    -0.0014."""
    return _qualified_pronoun(tok) or _nearest_subject(tok)


#: Children of a cue that rule out a lost subject: a subject of any kind, or a
#: subordinating conjunction (the clause's subject is then its own business).
HUNG_BLOCKING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent", "mark"})

#: Dependency labels of the finite cues whose lost subject is looked for.
HUNG_CUE_DEPS = frozenset({"ROOT", "advcl"})

#: Children of a cue between it and its lost subject ("members ..., have said").
HUNG_SKIPPED_DEPS = frozenset({"aux", "neg", "advmod", "punct"})

#: Links from the lost subject's last word up to the cue: through a preposition the parse
#: hung it on ("Among those ..., most in both states supported X"), a conjunction or an
#: apposition ("In addition to X, two members ..., Y and Z, have said").
HUNG_LINK_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound"})


#: How the participle clause the parse made of a subject and the participle qualifying it
#: hangs on the cue: as its clausal subject, or as an adverbial clause running right up to
#: the cue, with no subordinator or auxiliary ("Republican activists clamoring to block X
#: say Y").
PARTICIPLE_SUBJECT_DEPS = frozenset({"csubj", "advcl"})


def clausal_subject_noun(tok: Any) -> Any:
    """The speaker of a finite cue whose subject the parse took for a gerund clause, the
    noun a participle qualifies being made that clause's subject ("Many voters clamoring for
    X support Y"). A noun or name only: a pronoun or possessive marks a true gerund clause
    ("her laying flowers seemed ..."; letting it in lost one right speaker on odd
    documents). Called last from :func:`fivew.quotes_subjects.stranded_subject`. PolNeAR
    train: speaker-attributed F1 +0.0001 / 0 (even / odd documents; one cue). The parse may
    instead hang the participle as an adverbial clause on the cue (see
    :data:`PARTICIPLE_SUBJECT_DEPS`) or make it the root and the cue a "dep" of it:
    speaker-attributed F1 +0.0001 / +0.0002 more (.7656 / .7590), content unchanged."""
    for child in tok.children:
        if child.dep_ in PARTICIPLE_SUBJECT_DEPS and child.tag_ == "VBG" and child.i < tok.i:
            if child.dep_ == "advcl" and (
                    any(c.dep_ in ("mark", "aux") for c in child.children)
                    or child.right_edge.i + 1 != tok.i):
                continue  # "While X was clamoring for Y, Z said", "Clamoring for Y, Z said"
            nouns = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                     and c.pos_ in ("NOUN", "PROPN")]
            if nouns:
                return nouns[0]
    head = tok.head
    if (tok.dep_ == "dep" and head.tag_ == "VBG" and head.i < tok.i
            and head.right_edge.i + 1 >= tok.i and not any(
                c.dep_ in ("mark", "aux") for c in head.children)):
        # "Activists clamoring to block X say Y": the participle made the root, the cue
        # hung on it
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    return None


#: Quantifiers standing alone as a subject that the parse takes for an adjective or adverb
#: of the cue they stand before ("That plan, many argue, could cost billions": "many" an
#: "amod" of "argue"). Found among PolNeAR train's cues without a source (even documents).
QUANTIFIER_SUBJECTS = frozenset({"many", "most", "some", "few", "several", "others"})


def quantifier_subject(tok: Any) -> Any:
    """The quantifier right before a finite cue without a subject that the parse hung on it
    as an adjective or adverb ("That plan, many argue, could cost billions"), else None.
    Called last from :func:`fivew.quotes_subjects.stranded_subject`. PolNeAR train:
    speaker-attributed F1 +0.0001 / 0 (even / odd documents; one cue), content unchanged."""
    if tok.i == 0 or tok.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in HUNG_BLOCKING_DEPS for c in tok.children):
        return None
    before = tok.doc[tok.i - 1]
    if (before.head.i == tok.i and before.dep_ in ("amod", "advmod")
            and before.lower_ in QUANTIFIER_SUBJECTS):
        return before
    return None


#: How the phrase holding the lost subject hangs on the cue: an opening preposition ("Among
#: X, most ...") or a quantifier the parse took for an adverb.
HUNG_TOP_DEPS = frozenset({"prep", "advmod"})


def hung_subject(tok: Any) -> Any:
    """The speaker of a finite cue the parse left without a subject, hung instead on an
    opening preposition of the cue's clause: the noun phrase right before the cue, reached
    from it through prepositions, conjuncts and appositions only ("Among X, most in both
    states supported Y", "Despite X, more than two-thirds of voters predict Y"; an
    apposition is the subject: "In addition to Roe, two members of the board, A and B, have
    said Y"). Not across punctuation (an opening phrase set off by a comma: "According to the
    summary, Roe and Poe asked ...", where the parse hides the real subject) nor inside the
    verb group ("X has throughout his career boasted"). Called last from
    :func:`fivew.quotes_subjects.stranded_subject`. PolNeAR train: speaker-attributed F1
    +0.0003 / +0.0002, content-overlap F1 +0.0001 / 0 (even / odd documents); without the
    two guards +0.0004 / +0.0002, but half the speakers it then added were wrong ones."""
    tag = tok.tag_
    if tag == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        tag = "VBD"
    if tag not in FINITE_TAGS or tok.dep_ not in HUNG_CUE_DEPS:
        return None
    if any(c.dep_ in HUNG_BLOCKING_DEPS for c in tok.children):
        return None
    doc = tok.doc
    i = tok.i - 1
    while i >= tok.sent.start and (doc[i].is_punct or (
            doc[i].head.i == tok.i and doc[i].dep_ in HUNG_SKIPPED_DEPS)):
        i -= 1
    if i < tok.sent.start or doc[i].pos_ not in NOMINAL_POS or doc[i].lower_ in NAMELESS_SUBJECTS:
        return None
    path = [doc[i]]
    while path[-1].head.i != tok.i:
        link = path[-1]
        if link.dep_ not in HUNG_LINK_DEPS or link.head.i == link.i or link.head.i > tok.i:
            return None
        path.append(link.head)
    if path[-1].dep_ not in HUNG_TOP_DEPS:
        return None
    words = [t for t in path if t.dep_ != "prep"]
    appositions = [t for t in words if t.dep_ == "appos"]
    found = appositions[0] if appositions else (words[-1] if words else None)
    if found is None or found.ent_type_ in ("DATE", "TIME") or found.lower_ in NAMELESS_SUBJECTS:
        return None
    if any(c.dep_ == "aux" and c.i < found.i for c in tok.children):
        return None  # "X has throughout his campaign boasted": the phrase is inside the clause
    if not appositions and any(t.is_punct for t in doc[found.i + 1 : tok.i]):
        return None  # "According to the summary, Mills and Roe asked": an opening phrase
    return found


def _qualified_pronoun(tok: Any) -> Any:
    head = tok.head
    if tok.dep_ != "acl" or head.pos_ not in ("PRON", "NUM") or head.i > tok.i:
        return None
    if head.lower_ in QUANTIFIERS and head.dep_ == "appos":
        return head.head  # "X, Y and Z all calling for": the names
    return None if head.lower_ in NAMELESS_SUBJECTS else head


def _nearest_subject(tok: Any) -> Any:
    if tok.tag_ != "VBG":
        return None
    for cand in reversed(tok.doc[tok.sent.start : tok.i]):
        if (cand.dep_ in SUBJECT_DEPS and cand.pos_ in NOMINAL_POS
                and cand.lower_ not in NAMELESS_SUBJECTS):
            return cand
    return None


def pointing_subject(tok: Any, subject: Any) -> bool:
    """Whether ``subject``, found for the infinitive or gerund cue ``tok`` on the verb it
    hangs on, is a pointing "that"/"this" ("That's not to suggest X", "That's not the same
    as saying X", "That irritates them by suggesting X"): it names nobody, and the cue has
    no source. PolNeAR train: speaker-attributed F1 +0.0002 / +0.0002, odd content-overlap
    F1 +0.0001 (3 of the 6 cues changed got their gold, empty, source; none lost one);
    "it" too lost 3 / 4 right speakers (it often stands for an organisation: "it declined,
    citing ...")."""
    if agentless_as_clause(tok):
        return True  # "Patriot failed, as predicted": the clause's subject predicted nothing
    return bool(subject is not None and subject.lower_ in POINTING and subject.tag_ == "DT"
                and subject.head.i != tok.i and tok.tag_ in ("VBG", "VB"))


def unheld_noun_cue(cue: Any, source: Any, entity_type: str | None) -> bool:
    """Whether noun cue ``cue``, the object of a verb whose subject ``source`` was taken for
    its holder, is held by nobody named: the subject is its target ("Carson will face
    questions about X", "it was drawing complaints that X", see ``speaker_target_verbs``)
    or a thing that causes it ("The documents raised new questions about X", see
    ``speaker_cause_verbs``; a pronoun, a name or an entity of :data:`HOLDER_TYPES` may
    hold it: "Trump raised questions about X"). ``entity_type`` is the type of the entity
    the subject mentions, if any. PolNeAR train: 10 of the 14 cues changed (even and odd
    documents) had no gold source, 2 lost a right one ("the news organization raised
    questions"); speaker-attributed F1 +0.0004 / +0.0003. "draw" with any noun lost "drew
    up a plan", hence the noun lists for target verbs too. A common noun for people
    (``speaker_holder_nouns``: "Several trustees raised questions", "politicians are
    raising concerns") holds it too: speaker-attributed F1 0 / +0.0002."""
    if cue is None or source is None or cue.pos_ != "NOUN" or cue.dep_ != "dobj":
        return False
    verb = cue.head
    if source.head.i != verb.i or source.dep_ not in SUBJECT_DEPS:
        return False
    lists = load_agent_lists()
    lemma, noun = verb.lemma_.lower(), cue.lemma_.lower()
    if lemma in lists.target_verbs:
        return noun in lists.caused_nouns or noun in lists.directed_nouns
    if lemma not in lists.cause_verbs or noun not in lists.caused_nouns:
        return False
    return not (source.pos_ in ("PRON", "PROPN") or entity_type in HOLDER_TYPES
                or source.lemma_.lower() in lists.holder_nouns)


def conjunct_passive(tok: Any, subject: Any) -> bool:
    """Whether ``tok`` is a passive conjunct with no subject of its own, whose subject, that
    of the verb it is joined to, is its patient ("X is not on board and is not expected to
    sign on"). PolNeAR train: speaker-attributed F1 +0.0001 / +0.0002 (all 3 cues changed
    had no gold source)."""
    return bool(subject is not None and tok.dep_ == "conj" and subject.head.i == tok.head.i
                and any(c.dep_ == "auxpass" for c in tok.children)
                and not any(c.dep_ in SUBJECT_DEPS for c in tok.children))


def modified_patient(tok: Any, subject: Any, raising_passive: frozenset[str]) -> bool:
    """Whether ``subject`` is the noun a passive participle cue qualifies ("an investment
    fund once known for X", "hearings intended to X", "a year expected to X"): its patient,
    not who holds the claim. Only raising passives (``raising_passive_verbs``) and
    ``speaker_purpose_participles``, with no object or clause of their own and not on the
    sentence's root: else mostly misparsed finite verbs ("Mitt Romney, ..., tweeted",
    "Trump called LeVell"). PolNeAR train: speaker-attributed F1 +0.0004 / +0.0002 (all 6
    cues changed had no gold source); any participle: -0.0003 / -0.0002."""
    lemma = tok.lemma_.lower()
    if lemma not in raising_passive and lemma not in load_agent_lists().purpose_participles:
        return False
    return bool(subject is not None and tok.dep_ == "acl" and tok.tag_ == "VBN"
                and subject.i == tok.head.i and subject.i < tok.i and subject.dep_ != "ROOT"
                and not any(c.dep_ in ("dobj", "ccomp", "dative") for c in tok.children))


def raising_complement(child: Any) -> bool:
    """What a raising cue says of its subject: 'seems to be', 'seemed lost', and 'seems
    like a mistake' (a "like" phrase, which the parse makes a preposition; PolNeAR train:
    content-overlap F1 +0.0003 / +0.0001, even / odd documents)."""
    return bool(child.dep_ in RAISING_COMPLEMENT_DEPS
                or (child.dep_ == "prep" and child.lower_ == "like"))


def raised_subject(tok: Any, lemma: str, subject: Any, left: int, lists: QuoteLists) -> Any:
    """The subject of a raising cue ("X seems to", "X is expected to"), else None."""
    if subject is None or subject.head.i != tok.i or left < tok.i or subject.lower_ == "it":
        return None
    if not any(raising_complement(c) for c in tok.children):
        return None
    passive = subject.dep_ == "nsubjpass"
    if lemma in lists.raising or (passive and lemma in lists.raising_passive):
        return subject
    return None


def passive_patient(tok: Any, subject: Any) -> bool:
    """Whether ``subject`` is the patient of the passive cue ``tok`` with no agent named
    ("Ginsburg is known for her liberal bent", "a search was requested"): what is said of
    it is attributed, but to nobody named (see PASSIVE_SPEAKER_VERBS); also a passive
    conjunct's inherited subject and the noun a passive participle qualifies (see
    :func:`conjunct_passive` and :func:`modified_patient`)."""
    if cue_lemma(tok) in PASSIVE_SPEAKER_VERBS:
        return False
    return bool(subject is not None and subject.dep_ == "nsubjpass"
                and subject.head.i == tok.i) or conjunct_passive(tok, subject) or (
                    modified_patient(tok, subject, load_quote_lists().raising_passive))


def extraposed(tok: Any, subject: Any) -> bool:
    """Whether ``subject`` is the expletive "it" of a copula whose adjective the cue's
    infinitive completes ("It is hard to imagine X", "it's easy to criticize X"): the cue
    reaches that "it" through its governing verb, and it names nobody. PolNeAR train: all
    11 such cues matched to gold had no gold source (2 even, 9 odd documents); giving them
    none: speaker-attributed F1 +0.0002 / +0.0009 (even / odd). A conjunct cue goes back to
    its first verb ("it's easy to be cynical and call X"), and "it means"/"it seems" with an
    infinitive or gerund are extraposed too (:data:`EXPLETIVE_HEADS`)."""
    head = subject.head
    while tok.dep_ == "conj" and tok.head.i != head.i and tok.head.i != tok.i:
        tok = tok.head  # "it's easy to be cynical and call X unpatriotic": the first verb
    return bool(subject.lower_ == "it" and head.i != tok.i and tok.head.i == head.i
                and tok.dep_ in ("xcomp", "advcl")
                and (any(c.dep_ == "acomp" for c in head.children)
                     or head.lemma_.lower() in EXPLETIVE_HEADS))
