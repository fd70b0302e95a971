"""What a verb cue reports where its clausal complement or object does not say.

:func:`fivew.quotes_verbs.parse_attributions` reads a cue's content off the clause or the
object it governs. These rules read it where the parse gives neither, or where the verb is
no listed cue but its complement makes it one:

- a **"that" or "whether" clause** of any verb ("Maybe he figures that X", "is trying to
  determine whether X"): a verb taking such a clause reports what someone says or thinks;
- a **gerund** after a listed cue ("Erdogan laments hosting the migrants");
- a **topic preposition** after a listed cue ("apologized for X", "knew of X");
- a **passive**: "X is seen as Y" (X and the "as" phrase) and "X was echoed by Y" (X, the
  agent being the source);
- a **trailing report** the parse did not make a parataxis ("X, the poll found.").

Each was tuned on PolNeAR train's even-numbered documents and kept only where the
odd-numbered ones gained too (figures in each docstring: content-overlap F1, then
speaker-attributed F1, even / odd documents, from the rules before it); re-run
``fivew evaluate quotes`` after changing one.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import ADDRESSEE_VERBS, QuoteLists, cue_lemma

__all__ = ["clause_start", "that_clause", "gerund_content", "passive_content",
           "topic_content", "trailing_report", "TOPIC_PREPS"]

#: Verbs that take a "that" clause without saying or thinking it: the copula ("the point is
#: that"), "remain" ("the question remains whether"), entailment ("this means that") and
#: causation ("ensure that"). Found among the false positives on PolNeAR train (even).
NOT_THAT_CUES = frozenset({"be", "mean", "ensure", "remain"})

#: Contracted copulas, which the small model lemmatises wrongly ("’s" as "’").
COPULA_NORMS = frozenset({"'s", "'re", "'m"})

#: Words opening an interrogative complement that reports a question or doubt ("determine
#: whether", "asked if"); "why", "how", "what" open as many free relatives ("That's why
#: ...") and lost speaker-attributed F1 on PolNeAR train (even: -0.0011).
WH_OPENERS = frozenset({"whether", "if"})

#: Prepositions whose object is what a reporting or attitude verb is about ("apologized for
#: X", "knew of X", "wonder about X", "fought over X"); "to", "with", "in", "on" name the
#: addressee, place, time or channel ("told to", "spoke with", "said in a statement").
#: PolNeAR train: each of the five gains on its own (leaving one out loses on even or odd
#: documents); adding "on" lost 0.0007 / 0.0006 content-overlap F1.
TOPIC_PREPS = frozenset({"about", "of", "against", "for", "over"})

#: Entity labels of a preposition's object that make it no topic ("argued for two hours").
NOT_TOPIC_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "PERCENT",
                            "MONEY"})

#: Dependency labels the parse gives a trailing "..., the poll found." when it does not
#: make it a parataxis (which :mod:`fivew.quotes_verbs` reads already).
TRAILING_DEPS = frozenset({"relcl", "conj", "advcl", "ccomp", "acl"})


def clause_start(head: Any) -> int:
    """First token of what a clause says, past a leading question put to the speaker
    ("Asked about the wall, he said ...": the asking is the reporter's, not the claim)."""
    start = int(head.left_edge.i)
    for child in head.children:
        if (child.i < head.i and child.dep_ == "advcl" and child.left_edge.i == start
                and child.tag_ == "VBN" and cue_lemma(child) in ADDRESSEE_VERBS):
            start = child.right_edge.i + 1
    return start


def that_clause(tok: Any) -> tuple[int, int, str] | None:
    """'Maybe he figures that X', 'She continued that X', 'is trying to determine whether X':
    a verb not listed as a cue that governs a clause opened by "that" (or "whether", "if")
    attributes it, a verb taking such a clause reporting speech or thought (figure, reckon,
    recall, determine). PolNeAR train: content-overlap F1 +0.0019 / +0.0018,
    speaker-attributed F1 +0.0002 / +0.0014 ("whether"/"if": +0.0002 / 0, +0.0005 / 0)."""
    if cue_lemma(tok) in NOT_THAT_CUES or tok.norm_ in COPULA_NORMS:
        return None
    for child in tok.children:
        if child.dep_ != "ccomp" or child.i < tok.i:
            continue
        opener = tok.doc[child.left_edge.i]
        if opener.lower_ in WH_OPENERS or (opener.lower_ == "that" and opener.dep_ == "mark"
                                          and opener.head.i == child.i):
            return child.left_edge.i, child.right_edge.i, "that_clause"
    return None


def gerund_content(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'Erdogan laments hosting the migrants', 'has proposed taxing carbon emissions': a
    gerund after a listed cue, with no object between them, is what it reports (the
    infinitive, "vowed to X", is read in :mod:`fivew.quotes_verbs`). PolNeAR train:
    content-overlap F1 +0.0017 / +0.0017, speaker-attributed F1 +0.0016 / +0.0014."""
    gerunds = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
               and c.tag_ == "VBG" and c.i > tok.i]
    if not gerunds or any(c.dep_ == "dobj" and c.i < gerunds[0].i for c in tok.children):
        return None
    rule = "attitude_clause" if lemma in lists.attitude else "speech_clause"
    return gerunds[0].left_edge.i, gerunds[0].right_edge.i, rule


def passive_content(tok: Any, lemma: str, lists: QuoteLists,
                    completed: bool) -> tuple[int, int, str] | None:
    """The content of a passive cue (``completed``: it has an object complement, "was
    accused of lying", read in :mod:`fivew.quotes_verbs`):

    - 'Sanders is seen as empowering voters', 'the states are widely viewed as Clinton
      strongholds': the "as" phrase, which :func:`fivew.quotes_verbs.parse_attributions`
      joins to the one seen; nobody is its source unless an agent is named. PolNeAR train:
      content-overlap F1 +0.0008 / +0.0008, speaker-attributed F1 +0.0008 / +0.0007.
    - 'Sanders' stridency was echoed by O'Malley': with no complement, the one the passive
      is about, the agent being the source. PolNeAR train: content-overlap F1 +0.0002 /
      +0.0012, speaker-attributed F1 +0.0002 / +0.0010.
    """
    patients = [c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i]
    if not patients:
        return None
    if lemma in lists.raising_passive or lemma in lists.object_content:
        roles = [c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "as"]
        if roles:
            return roles[0].i, roles[0].right_edge.i, "passive"
    if (not completed and lemma not in ADDRESSEE_VERBS
            and any(c.dep_ == "agent" for c in tok.children)):
        return patients[0].left_edge.i, patients[0].right_edge.i, "object"
    return None


def topic_content(tok: Any) -> tuple[int, int, str] | None:
    """'Sanders apologized to his supporters for the breach', 'she knew of the research':
    with no clause or object, the object of a topic preposition after a listed cue is what
    it attributes. PolNeAR train: content-overlap F1 +0.0030 / +0.0027, speaker-attributed
    F1 +0.0010 / +0.0019 (asking that no word of the object be a date or number, not only
    its head, lost 0.0005 / 0.0002)."""
    for child in tok.children:
        if child.i > tok.i and child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ not in NOT_TOPIC_ENTS:
                return objects[0].left_edge.i, objects[0].right_edge.i, "particle"
    return None


def trailing_report(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'Eighty-four percent of Latino voters view Trump unfavorably, the poll found.': a cue
    with nothing after it, its subject set off by a comma after a clause, reports that
    clause however the parse hangs it (here as a relative clause of "Trump"). PolNeAR
    train: content-overlap F1 +0.0002 / +0.0001, speaker-attributed F1 +0.0001 / +0.0001."""
    if tok.dep_ not in TRAILING_DEPS or any(c.i > tok.i and not c.is_punct
                                           for c in tok.children):
        return None
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects or subjects[0].left_edge.i < 1 or doc[subjects[0].left_edge.i - 1].text != ",":
        return None
    if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
        return None
    root = tok
    for _ in range(64):
        if root.head.i == root.i:
            break
        root = root.head
    right = subjects[0].left_edge.i - 2
    if right <= root.left_edge.i:
        return None
    rule = "speech_clause" if lemma in lists.speech else "attitude_clause"
    return clause_start(root), right, rule
