"""Questions put to a speaker: "(when) asked whether X", "asked about X".

A passive "asked" with no subject of its own, hanging on a clause ("Asked if he was ever
bullied, Trump said ...", "“We'll see,” Sanders said when asked whether he would
fundraise", "McCain said, asked about the vagueness"), reports a question: PolNeAR
attributes what was asked (the "if"/"whether" clause, or "about" and its object) to the
one who asked, named only by a "by" agent ("Asked by Thrush if ..."), else to nobody.

:func:`question_attributions` finds them; :func:`question_split` ends the content of the
attribution the question hangs on before it (the question is not what was said), or
tells that attribution's content was nothing but the question, so the parse gave it no
content of its own ("McCain said, asked about the vagueness": the quotes are "said"'s).

PolNeAR train: content-overlap F1 +0.0002 / +0.0003, speaker-attributed +0.0006 / +0.0006
(even / odd documents; 14 attributions gained, none lost); dev unchanged. A "when asked to
do so" asks no question and stays inside the claim it closes.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    cue_lemma,
    token_end,
    trim_tokens,
)

__all__ = ["question_attributions", "question_split"]

#: Verbs of putting a question whose passive participle hangs on the speaker's clause.
QUESTION_VERBS = frozenset({"ask", "question", "press"})
#: Words that open the question itself.
QUESTION_MARKS = frozenset({"if", "whether"})
#: Dependency labels of a participle hanging on a clause.
_ASIDE_DEPS = frozenset({"advcl", "xcomp", "acl"})


def _asked(tok: Any) -> bool:
    """A passive participle of a question verb with no subject: "(when) asked ..."."""
    # (the small model tags some such participles VBD: "McCain said, asked about X")
    return (tok.tag_ in ("VBN", "VBD") and cue_lemma(tok) in QUESTION_VERBS
            and tok.dep_ in _ASIDE_DEPS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children))


def _question(tok: Any) -> tuple[int, int] | None:
    """Token range of what was asked: the "if"/"whether" clause, else "about" with its
    object, looked for in the participle's own phrase ("asked at a briefing about X")."""
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in child.children):
            return child.left_edge.i, child.right_edge.i
    for word in tok.subtree:
        if word.i > tok.i and word.lower_ == "about" and word.dep_ == "prep" and any(
                c.dep_ == "pobj" for c in word.children):
            return word.i, word.right_edge.i
    return None


def question_attributions(doc: Any, found: list[Attribution]) -> list[Attribution]:
    """The questions of ``doc`` that no attribution of ``found`` has as its cue; one that
    has (read as "ask about" with the clause's subject as source) loses that source: the
    one asked is not the one asking."""
    for attr in found:
        if attr.cue_token is not None and _asked(attr.cue_token) and not any(
                c.dep_ == "agent" for c in attr.cue_token.children) and _question(
                attr.cue_token) is not None:
            attr.source, attr.source_head = None, None
    taken = {a.cue[0] for a in found}
    made: list[Attribution] = []
    for tok in doc:
        if tok.idx in taken or not _asked(tok):
            continue
        question = _question(tok)
        span = trim_tokens(doc, *question) if question is not None else None
        if span is None:
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        asker = next((c for a in agents for c in a.children if c.dep_ == "pobj"), None)
        made.append(Attribution(
            cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
            confidence=CONFIDENCE["passive" if asker is not None else "no_source"],
            cue_token=tok, source=source_chars(asker) if asker is not None else None,
            source_head=asker,
        ))
    return made


def question_split(outer: Attribution, inner: Attribution) -> int | None:
    """Where ``outer``'s content ends before the question ``inner`` that closes it, after
    its cue (character offset; the parse may hang the question on a verb of the quote), -1
    where that content holds nothing before the question, or None where ``inner`` is no such
    question."""
    tok, outer_tok = inner.cue_token, outer.cue_token
    if tok is None or outer_tok is None or not _asked(tok) or tok.i < outer_tok.i or (
            _question(tok) is None):  # "when asked to do so": a request, part of the claim
        return None
    if token_end(tok.right_edge) < outer.content[1] - 1:
        return None  # the question does not close the content: part of what was said
    start = tok.left_edge.i  # "when asked": with its "when"
    doc = tok.doc
    while start > 0 and (doc[start - 1].is_punct or doc[start - 1].is_space):
        start -= 1
    end = int(doc[start].idx)
    return end if end > outer.content[0] else -1
