"""Speakers the parse splits off a coordination, for the ``quotes`` stage.

For a cue the parse left without a subject (called from
:func:`fivew.quotes_subjects.stranded_subject`, the second through
:func:`fivew.quotes_misparsed_speakers.apposed_opening_speaker`, the third from
:func:`fivew.quotes_subjects._going_on`):

- :func:`nearest_clause_subjects`: "Few politicians would admit this, but Sen. Roe says he
  was adrift": the parse makes the clause before the cue its complement and the speaker the
  subject of a conjunct of that clause; the subject nearest the cue speaks, not the first.
- :func:`coordinated_opening_speaker`: "Making her way around the diner, Clinton and husband
  Bill, thanked a voter": the parse runs the names on as conjuncts of the opening phrase's
  last noun; the names between its comma and the cue's are the speakers.
- :func:`relative_conjunct_verb`: "X and Y have described them as commitments to the groups
  that invited them and say ...": a conjunct in another tense than the relative clause the
  parse joins it to goes on from the clause above.
- :func:`finite_by_auxiliary`: a bare verb after "did" or a modal is looked at as a finite
  cue ("Trump, speaking later at a rally, did not mention Ryan"), as a perfect was.
- :func:`after_quote_subject`: "“... I would have been sitting in Siberia,” Mr. Daniloff,
  now 81 and retired in Cambridge, said": the parse joins the cue to a verb in the quote.
- :func:`object_conjunct_subject` (called from :func:`fivew.quotes_subjects._parse_subject`):
  "the Post will brand you a liar and NBC News will accuse you": the parse runs the second
  clause's subject on as a conjunct of the first clause's object.

Each was found among PolNeAR train's wrong speakers (even documents) and kept only where the
odd documents did not lose: the first two together speaker-attributed F1 +0.0002 / 0 (even /
odd documents), :func:`relative_conjunct_verb` (called from
:func:`fivew.quotes_subjects._going_on`) +0.0001 / 0; content unchanged;
:func:`finite_by_auxiliary` (the bare verb, called from
:func:`fivew.quotes_subjects.cue_subject`) +0.0001 / 0, cue F1 +0.0001 / 0, content-overlap
F1 0.8222 / 0.8146 unchanged at four digits.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_agents import NOMINAL_POS
from fivew.quotes_misread import QUOTE_CLOSING_PUNCT

__all__ = ["nearest_clause_subjects", "coordinated_opening_speaker", "relative_conjunct_verb",
           "finite_by_auxiliary", "object_conjunct_subject", "SPEAKING_ENTS"]

#: Parts of speech of a subject that can speak.
SPEAKING_POS = NOMINAL_POS

#: Entity labels of coordinated names that can speak (places and dates are listed too:
#: "In Iowa, Ohio and Texas, ...").
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def nearest_clause_subjects(clause: Any) -> list[Any]:
    """The subjects before their verbs of ``clause`` and of the clauses coordinated with it,
    one a clause (its first: "Okafor, meanwhile, who has ..., said" keeps "Okafor"), the
    clause nearest the cue (last in the text) first."""
    clauses = [clause, *(t for t in clause.subtree if t.dep_ == "conj" and t.head.i != t.i
                         and _conjunct_of(t, clause))]
    firsts = [next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
              for v in sorted(clauses, key=lambda v: -v.i)]
    return [c for c in firsts if c is not None and (c.pos_ in SPEAKING_POS or _partitive(c))]


def _partitive(tok: Any) -> bool:
    """'one of the men gives his name, says ...': a number with an "of" phrase stands for
    some of them, who can speak (the parse tags "one" a number). On 371 real pages 2
    quotes of 1 page gained this speaker, rightly; PolNeAR train unchanged."""
    return tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _conjunct_of(tok: Any, clause: Any) -> bool:
    """Whether ``tok`` is reached from ``clause`` through conjunct links only."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if node.i == clause.i:
            return True
    return False


def coordinated_opening_speaker(cue: Any, opening: Any) -> Any:
    """The first of the names the parse ran on as conjuncts of the last noun of ``opening``
    (a phrase on the cue's left): they start after a comma and run up to the comma right
    before the cue; None unless one of them names a person or group."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    for tok in opening.subtree:
        if (tok.dep_ == "conj" and tok.head.dep_ != "conj" and tok.pos_ == "PROPN"
                and doc[tok.i - 1].text == "," and tok.right_edge.i == cue.i - 2
                and any(t.ent_type_ in SPEAKING_ENTS for t in tok.subtree)):
            return tok
    return None


#: Tense of a finite verb tag: a conjunct in another tense than the relative clause it
#: hangs on ("the groups that brought them in and say ...") goes on from the clause above.
#: A bare verb without an auxiliary of its own is a present the tagger misread ("say").
TENSE_OF_TAG = {"VBD": "past", "VBZ": "present", "VBP": "present", "VB": "present"}

#: Subjects that mark a relative clause.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def _tense(verb: Any) -> str | None:
    """The tense of ``verb``'s clause: its first auxiliary's, else its own; None where the
    clause is not finite (an infinitive's "to" is such an auxiliary)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    tag = aux[0].tag_ if aux else verb.tag_
    return TENSE_OF_TAG.get(tag)


def relative_conjunct_verb(tok: Any, verb: Any) -> Any:
    """'Carson, Fiorina and Huckabee have all characterized their talks as commitments to the
    groups that brought them in and say they are no longer ...': the parse joins the cue
    ``tok`` to ``verb``, the verb of a relative clause, although its tense differs; the
    cue goes on from the nearest verb above that clause in its own tense, returned (None
    where there is none, or where the cue is not such a conjunct). PolNeAR train:
    speaker-attributed F1 +0.0001 / 0 (even / odd documents)."""
    tense = _tense(tok)
    if (tense is None or verb.dep_ != "relcl" or _tense(verb) in (None, tense)
            or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                       for c in verb.children)):
        return None
    for node in verb.ancestors:
        if node.pos_ in ("VERB", "AUX") and _tense(node) == tense and node.i < tok.i:
            return node
    return None


#: Tags of an auxiliary that makes a bare verb or participle finite: "did not mention", "will
#: say", "has said" ("to" is tagged TO, an infinitive stays non-finite).
FINITE_AUX_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_by_auxiliary(tok: Any) -> bool:
    """Whether cue ``tok`` is finite through its auxiliary, so that a subject the parse lost
    is looked for as for a finite cue (:func:`fivew.quotes_subjects.stranded_subject`): a
    perfect ("In addition to X, two members ..., Y and Z, have said"), or a bare verb after
    "do" or a modal ("Trump, speaking later at a rally, did not mention Ryan")."""
    aux = [c for c in tok.children if c.dep_ == "aux" and c.i < tok.i]
    if tok.tag_ == "VBN":
        return any(c.lemma_.lower() == "have" for c in aux)
    return tok.tag_ == "VB" and bool(aux) and aux[0].tag_ in FINITE_AUX_TAGS


#: Dependency labels of the object a conjunct clause's subject is run on to ("will brand you a
#: liar and NBC News will accuse you", "announced a pivot and Clinton declared").
RUN_ON_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})

#: Words joining two clauses whose second subject the parse runs on to the first's object.
CLAUSE_JOINERS = frozenset({"and", "but"})

#: Dependency labels of the words between a conjunct cue and its subject that belong to
#: the cue ("NBC News will accuse", "Kasich also appears").
CONJUNCT_LEAD_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def object_conjunct_subject(tok: Any) -> Any:
    """'the Washington Post will brand you a liar and NBC News will accuse you of X': the
    parse runs the second clause's subject ("NBC News") on as a conjunct of the first
    clause's object ("liar") and hangs the conjunct cue ``tok`` subjectless on the first
    verb, whose subject it would take. The noun phrase right before the cue (and its
    auxiliaries and adverbs), opened by "and"/"but" and run on to an object after the
    first verb, is the cue's own subject; None where there is none. Found among PolNeAR
    train's wrong speakers (even documents): speaker-attributed F1 +0.0002 / +0.0002 (even
    / odd documents), content unchanged."""
    doc = tok.doc
    verb = tok.head
    j = tok.i - 1
    while j > verb.i and doc[j].head.i == tok.i and doc[j].dep_ in CONJUNCT_LEAD_DEPS:
        j -= 1
    cand = doc[j]
    if cand.pos_ not in ("NOUN", "PROPN"):
        return None
    while cand.dep_ == "conj" and cand.head.dep_ == "conj" and cand.head.i < cand.i:
        cand = cand.head  # "and both the AFT and the NEA endorsed her": the first of them
    if (cand.dep_ != "conj" or cand.pos_ not in ("NOUN", "PROPN")
            or cand.head.dep_ not in RUN_ON_OBJECT_DEPS or not verb.i < cand.head.i < cand.i):
        return None
    joiner = doc[cand.left_edge.i - 1]
    if joiner.lower_ not in CLAUSE_JOINERS or joiner.head.i != cand.head.i:
        return None
    return cand


def after_quote_subject(tok: Any) -> Any:
    """'“... I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in
    Cambridge, said by telephone': the parse makes the cue ``tok`` a conjunct of a verb
    inside the quote it closes, so that it would take the quote's "I". The subject of a
    clause right after the closing quote mark (here "Mr. Daniloff" of "retired") is the
    speaker; None where no quote mark closes a quote between the two verbs (after a comma,
    "?" or "!": not '"of course" Clinton has ...') or no such subject follows it. From a
    wrong speaker on PolNeAR train (odd documents): speaker-attributed F1 0 / +0.0002."""
    doc = tok.doc
    closing = [i for i in range(tok.head.i + 1, tok.i) if doc[i].is_quote
               and doc[i].tag_ == "''" and doc[i - 1].text in QUOTE_CLOSING_PUNCT]
    if not closing:
        return None
    return next((t for t in doc[closing[-1] + 1:tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                 and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == closing[-1] + 1), None)

