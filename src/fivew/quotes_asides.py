"""'As' clauses of the ``quotes`` stage: "As the Times reported, X", "X, as he noted", "as one
aide put it" attribute the clause they hang on (:func:`as_clause`); "X, as predicted", with
no one named, attributes it to nobody (:func:`agentless_as_clause`)."""

from __future__ import annotations

from typing import Any

from fivew.quotes_complements import clause_start
from fivew.quotes_rules import QuoteLists, cue_lemma, is_mark

__all__ = ["as_clause", "as_marked", "agentless_as_clause", "WORDING_VERBS"]


def as_marked(tok: Any) -> bool:
    """Whether ``tok`` heads an adverbial clause opened by "as" ("as he noted")."""
    return bool(tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children))


#: Dependents that give a cue in an "as" clause a content of its own: such a clause says
#: when ("as he urged voters to unite"), not whose word the main clause is.
AS_CLAUSE_FILLED_DEPS = frozenset({"dobj", "ccomp", "xcomp", "acomp", "oprd", "attr"})


#: Verbs that with "it" say how someone worded what the main clause says ("as one aide
#: put it", "as she phrased it"): cues in an "as" clause, like reporting verbs. Written
#: for fivew.
WORDING_VERBS = frozenset({"put", "phrase", "word"})


def as_clause(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'As the Times reported, X' / 'X, as he noted': a reporting verb in an "as" clause
    attributes the clause it hangs on (without the "as" clause itself). PolNeAR train
    (tuned on even documents, confirmed on odd): content-overlap F1 +0.0012 / +0.0011,
    speaker-attributed F1 +0.0017 / +0.0005; leaving out "as" clauses whose particle has
    an object ("as she responded to X") changed nothing. "As one aide put it" (see
    :data:`WORDING_VERBS`): content-overlap F1 +0.0001 / +0.0001, speaker-attributed F1
    +0.0002 / +0.0001. A passive with a subject ("as Cosby is attacked in the media") says
    what befalls someone and reports nothing: speaker-attributed F1 +0.0001 / +0.0000."""
    head = tok.head
    put_it = lemma in WORDING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if tok.dep_ != "advcl" or not (lemma in lists.speech or put_it) or head.pos_ not in (
            "VERB", "AUX"):
        return None
    if not as_marked(tok):
        return None
    if not put_it and any(c.dep_ in AS_CLAUSE_FILLED_DEPS for c in tok.children):
        return None  # "as he urged voters to ...": a time clause with a content of its own
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "as Cosby is attacked in the media": what befalls someone, no report
    if tok.i > head.i and cue_lemma(head) in lists.speech and any(
            is_mark(t) for t in tok.doc[head.left_edge.i : head.i]):
        # "“...,” she said, as the crowd applauded": when the quote was said; the quote is
        # the reporting verb's own
        return None
    if tok.i < head.i:
        return tok.right_edge.i + 1, head.right_edge.i, "speech_clause"
    return clause_start(head), tok.left_edge.i - 1, "speech_clause"


def agentless_as_clause(tok: Any) -> bool:
    """'Patriot failed, as predicted': a passive participle in an "as" clause with no
    subject and no "by" agent names nobody; the subject of the clause it hangs on is what
    was predicted. Before, that subject was taken for the speaker. PolNeAR speaker-attributed
    F1: train -0.0001 / +0.0000 (even / odd: "as mentioned above" and "as the “autopsy”
    recommended" lost speakers the parse misplaced, one of which matched), dev +0.0004
    (where the case was found)."""
    return tok.tag_ == "VBN" and as_marked(tok) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
