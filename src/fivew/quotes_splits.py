"""Where a content ends because the next predicate is a claim of its own (``quotes`` stage).

A content stretched to the end of its sentence (see :mod:`fivew.quotes_extents`) or read
off a wide subtree can swallow a second attribution: PolNeAR gives each token to one
attribution, and marks the second cue as a claim of its own when it is

- the cue's **own next predicate** ("endorsed the mayor and made it clear that ...",
  "called the vote a farce and likened it to ..."), or that of the verb the cue is the
  infinitive of ("expect to see X, but her allies expect Y");
- the head of a **clause after a semicolon** with a subject of its own ("calls for a
  levy on imports; her rival calls for a cut");
- a participle with a subject of its own in a **"with" clause** ("were irritated about the
  lack of detail, with McCain calling it a “Chinese menu.”").

:func:`own_claim` finds such a nested cue when :mod:`fivew.quotes` reconciles nested
attributions; the outer content then ends before the clause and both are kept. A nested
cue in the outer content's own complement ("said she hoped ...") is left alone: PolNeAR
mostly leaves those unannotated.

Tuned on PolNeAR train's even-numbered documents, confirmed on the odd-numbered ones
(figures in each docstring: content-overlap F1, then speaker-attributed F1, even / odd).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import FINITE_TAGS, QuoteLists, cue_lemma, load_quote_lists

__all__ = ["own_claim", "complement_conjunct_head", "going_on_verb", "LIGHT_VERBS",
           "CLAUSE_POS", "GOING_ON_VERBS"]

#: Verbs whose object or attribute carries the claim of a conjunct ("and has been a critic
#: of", "and has praise for", "and made comments about"): the nested cue is the noun, the
#: conjunct is the light verb. PolNeAR train: content-overlap F1 +0.0002 / 0,
#: speaker-attributed F1 0 / 0 (even / odd); any verb over its object (such as "and
#: outstripped his plans to ...") lost speaker-attributed F1 on even documents
#: (content-overlap F1 +0.0001 / 0, speaker-attributed F1 -0.0002 / 0).
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "give"})

#: How a light verb's object or attribute hangs on it.
_LIGHT_DEPS = frozenset({"dobj", "attr", "acomp"})

#: Parts of speech of a conjunct that is a second predicate: a noun conjunct is a second
#: object of the same cue ("talking about X and a proposal to Y"), no claim of its own
#: (counting nouns too: content-overlap F1 +0.0002 / -0.0001 instead of +0.0002 / +0.0002).
CLAUSE_POS = frozenset({"VERB", "AUX"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: How the word a verb conjunct hangs on may hang on the verb before it when the parse put
#: the second predicate under the first one's complement ("called it “shameful” and called
#: on leaders to ...": the second "called" a conjunct of "shameful").
COMPLEMENT_CONJUNCT_DEPS = frozenset({"oprd", "acomp", "attr", "dobj"})


def own_claim(tok: Any, outer: Any) -> Any:
    """The token before which the content of cue ``outer`` ends because the nested cue
    ``tok`` after it opens a claim of its own (see :func:`_cue_conjunct` and
    :func:`_after_semicolon`), or None when ``tok`` is part of what ``outer`` attributes."""
    if tok.i <= outer.i:
        return None
    return _after_semicolon(tok, outer) or _cue_conjunct(tok, outer) or _with_absolute(tok)


def _cue_conjunct(tok: Any, outer: Any) -> Any:
    """The conjunct of ``outer`` that is (or holds, as a light verb's object, see
    :data:`LIGHT_VERBS`) the nested cue ``tok``: "pledged to create jobs and cast doubt on
    the figures", "mocked the party, and made it clear that ...". The small model hangs the
    second predicate on the cue, and PolNeAR marks it as an attribution of its own, with or
    without a subject of its own ("like to plant early, and buyers seem keen to pay").
    Also the conjunct of the verb the cue is an infinitive of ("don't expect to see X, but
    her allies expect Y": the cue read is "see").

    PolNeAR train: content-overlap F1 +0.0006 / +0.0002, speaker-attributed F1 +0.0006 /
    +0.0002 (even / odd documents; the conjuncts of the governing verb of an infinitive
    cue: +0.0002 / 0, +0.0002 / 0). Only conjuncts without a subject of their own lost on
    odd documents (content-overlap F1 +0.0001 / -0.0001, against +0.0002 / +0.0002 for
    the first form), and leaving out those with one after a reporting verb ("said X, but
    she wanted Y", often a misparse of a second reported clause) gained less on even
    documents (+0.0001 / +0.0002; with the rest of this module -0.0002 / +0.0001); a verb
    conjunct of the cue's infinitive or gerund with the cue's own tense ("urged them to
    unite and tried to ...") lost on even documents (content-overlap F1 0 / +0.0002,
    speaker-attributed F1 -0.0001 / +0.0001); an adverbial clause of the cue with its own
    subject opened by "as" ("faults X as he takes Y") lost on both (content-overlap F1
    -0.0001 / -0.0001), and one opened by "as" or "because" ("wanted X, because he
    thought Y") more (-0.0003 / -0.0001)."""
    verb = tok
    if (tok.pos_ not in CLAUSE_POS and tok.dep_ in _LIGHT_DEPS
            and str(tok.head.lemma_).lower() in LIGHT_VERBS):
        verb = tok.head  # "and has been a sharp critic of", "and has praise for"
    going_on = going_on_verb(tok)
    if going_on is not None and going_on.i > outer.i and outer.i in (
            going_on.head.i, going_on.head.head.i):
        return going_on  # "said the plan was fine but went on to say that ..."
    if verb.pos_ not in CLAUSE_POS or verb.dep_ != "conj" or verb.i <= outer.i:
        return None
    if _goes_on_with_report(tok, verb, outer, load_quote_lists()):
        return None
    heads = {outer.i}
    misplaced = complement_conjunct_head(verb)
    if misplaced is not None and misplaced.i == outer.i:
        heads.add(verb.head.i)  # "called it “shameful” and called on leaders to ..."
    if outer.dep_ == "xcomp":
        heads.add(outer.head.i)  # "expect to see X, but others expect Y"
    return verb if verb.head.i in heads else None


#: Verbs whose infinitive tells that a speaker goes on to a second claim ("went on to say",
#: "continued to insist", "proceeded to argue").
GOING_ON_VERBS = frozenset({"go", "continue", "proceed"})


def going_on_verb(tok: Any) -> Any:
    """The verb ``tok`` is the infinitive of where the speaker goes on to a second claim: a
    conjunct with no subject of its own ("Trump joked that X, but went on to say, “...”";
    also where the parse hung it on the first claim's clause, "The mayor said the plan was
    fine but went on to say that ...": "went" a conjunct of "was"); else None. The second
    claim is the first speaker's (the parse gave it the first clause's subject, "the
    plan"). PolNeAR train: content-overlap F1 0 / +0.0001, cue 0 / +0.0001, exact 0 /
    +0.0002 (even / odd documents: "blamed X, and continued to defend the notion that Y",
    both now right); dev and 371 real pages unchanged."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.dep_ != "conj" or cue_lemma(head) not in GOING_ON_VERBS:
        return None
    if any(c.dep_ in _SUBJECTS for c in head.children):
        return None
    return head


def complement_conjunct_head(verb: Any) -> Any:
    """The verb whose subject ``verb`` shares where the parse made ``verb``, a finite
    second predicate, a conjunct of the first one's object or complement ("He called it
    “shameful” and called on leaders to ...": the second "called" hangs on "shameful"), or
    None. Finite only: a participle so placed is an adjective ("Perez is more experienced
    and lauded for ...", "the least talked about development"). PolNeAR train:
    speaker-attributed F1 +0.0001 / 0, cue F1 +0.0001 / 0, exact +0.0002 / 0 (even / odd
    documents; with participles too, 2 wrong speakers more); dev and 371 real pages
    unchanged."""
    head = verb.head
    if (verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.pos_ in CLAUSE_POS
            or head.dep_ not in COMPLEMENT_CONJUNCT_DEPS or head.head.pos_ not in CLAUSE_POS):
        return None
    return head.head


def _goes_on_with_report(tok: Any, verb: Any, outer: Any, lists: QuoteLists) -> bool:
    """Whether conjunct ``verb`` of the nested attitude cue ``tok`` goes on with the clause
    ``outer`` reports before it ("said she wanted a change, but found the senator too crude
    to back"): an attitude verb (no reporting verb) with no subject of its own, where
    PolNeAR's content of the report runs on over it (see :func:`fivew.quotes_nesting._take_over`).
    PolNeAR train: content-overlap F1 0 / 0, speaker-attributed F1 0 / 0 (even / odd
    documents); leaving out every conjunct without a subject after a reported clause
    ("noted that X, and added: ...") lost gold attributions on both (recall -0.0001 /
    -0.0001, F1 unchanged at four digits)."""
    lemma = cue_lemma(tok)
    return (lemma in lists.attitude and lemma not in lists.speech
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in outer.children))


def _after_semicolon(tok: Any, outer: Any) -> Any:
    """The first token after the last semicolon between cue ``outer`` and the nested verb
    cue ``tok`` when ``tok`` stands in a clause that opens there with a subject of its own
    ("calls for a levy on imports; her rival calls for a cut", "posted his thanks; a day
    on, the aide put out a note that tried to ..."). The small model often makes the
    clause before the semicolon a complement of the verb after it, so the clause is read
    as the parts of its head that follow the semicolon.

    PolNeAR train: content-overlap F1 +0.0003 / 0, speaker-attributed F1 +0.0003 / 0
    (even / odd documents); a nested cue that is no verb too ("; most of them were
    supporters of X") lost speaker-attributed F1 on odd documents (content-overlap F1
    +0.0004 / +0.0001, speaker-attributed F1 +0.0005 / -0.0001), and a clause without a
    subject after the semicolon, with such cues, lost on both (content-overlap F1 -0.0002 /
    -0.0003)."""
    if tok.pos_ != "VERB":
        return None
    doc = tok.doc
    semis = [i for i in range(outer.i + 1, tok.i) if doc[i].text == ";"]
    if not semis:
        return None
    semi = semis[-1]
    node = tok
    for _ in range(64):  # up to the head of the clause after the semicolon
        if node.head.i == node.i or node.head.i <= semi:
            break
        node = node.head
    after = [c for c in node.children if c.i > semi]
    if min([node.i, *(c.left_edge.i for c in after)]) <= semi:
        return None
    if not any(c.dep_ in _SUBJECTS for c in after):
        return None
    return doc[semi + 1]


def _with_absolute(tok: Any) -> Any:
    """The "with" opening an absolute clause that the nested cue ``tok`` heads, a participle
    with a subject of its own set off by a comma ("irritated about the lack of detail, with
    McCain calling it a “Chinese menu.”", "locked in a close race, with the new survey
    finding that ..."): a second speaker's claim beside the outer one, which PolNeAR gives an
    attribution of its own. Only a participle reporting a clause or a name: one with an
    object only ("with others supporting him", "with countries offering no hint of X")
    mostly goes on with the outer content. PolNeAR train: content-overlap F1 +0.0001 /
    0, speaker-attributed F1 +0.0002 / 0 (even / odd documents); with any participle:
    +0.0002 / -0.0003, +0.0003 / -0.0002."""
    head = tok.head
    if not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.lower_ == "with"
            and head.dep_ == "prep" and any(c.dep_ in _SUBJECTS for c in tok.children)
            and any(c.dep_ in ("ccomp", "oprd") and c.i > tok.i for c in tok.children)):
        return None
    before = tok.doc[head.i - 1] if head.i else None
    return head if before is not None and before.text in (",", "—", "–", "--") else None
