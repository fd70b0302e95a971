"""Where a content ends because a neighbouring claim begins.

PolNeAR gives each token to one attribution, the outermost: a cue nested in a content is
usually part of it ("he said he hoped ..."). These rules find the clauses that are claims
of their own instead, so that the content around them ends before them and both
attributions are kept:

- a **contrastive clause** with a subject of its own after the content ("Most members
  said they would vote yes, while the others said they would abstain");
- a **non-restrictive relative clause** closing the content, whose verb reports what its
  own subject said ("... backed a new levy on imports, which he said would protect
  jobs");
- a **cue inside a constituent before a governing cue** ("Although he criticized the
  timing, the chairman hopes ..."): the embedded cue's content stays in its constituent.

:mod:`fivew.quotes` applies the first two, and the third for governing cues that are no
verbs (:func:`fronted_clause_end`), when it reconciles nested attributions;
:mod:`fivew.quotes_verbs` the third when it stretches a content to the end of its sentence.
Tuned on PolNeAR train's even-numbered documents, confirmed on the odd-numbered ones
(figures in each docstring: content-overlap F1, then speaker-attributed F1, even / odd).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fivew.quotes_rules import Attribution, load_quote_lists

__all__ = ["CONTRASTIVE_MARKS", "contrastive_clause", "trailing_relative_end",
           "fronted_clause_end", "governed_end", "end_content", "second_report",
           "quoted_coordinate", "GOVERNED_DEPS"]

#: Subordinators opening a clause that sets something against the main one ("while the
#: others said ...", "although the mayor denied it"): its claim is not part of the main
#: clause's.
CONTRASTIVE_MARKS = frozenset({"while", "whereas", "although", "though"})

#: What sets a non-restrictive relative clause off from its noun.
_CLAUSE_OPENERS = frozenset({",", "—", "–", "--", "-", "("})

#: Quote marks, which stay with the content before a relative clause.
_MARKS = frozenset({'"', "“", "”", "'"})

_SUBJECTS = ("nsubj", "nsubjpass")


def _own_subject(tok: Any) -> bool:
    return any(c.dep_ in _SUBJECTS for c in tok.children)


def _contrastive(node: Any) -> bool:
    return any(c.dep_ == "mark" and c.i < node.i and c.lower_ in CONTRASTIVE_MARKS
               for c in node.children)


def contrastive_clause(tok: Any, outer: Any, speech: frozenset[str]) -> Any:
    """The contrastive clause holding the nested cue ``tok`` that ends ``outer``'s content
    ("Most members said they would vote yes, while the others said ..."), or None.

    The clause opens with one of :data:`CONTRASTIVE_MARKS`, has a subject of its own and
    follows the word it hangs on; it hangs on the outer cue itself, or is headed by a
    reporting verb (``speech``: the parse often hangs "while others said" on the content's
    verb). A contrastive clause inside the content headed by any other verb ("found that 28
    percent backed A, while 23 percent favoured B") is mostly part of what is attributed.
    PolNeAR train: content-overlap F1 +0.0003 / +0.0004, speaker-attributed F1 +0.0004 /
    +0.0006; any contrastive clause inside the content too: content-overlap F1 -0.0005 /
    +0.0006. "even as" changed nothing.
    """
    node, found = tok, None
    for _ in range(64):
        if node.i == outer.i or node.head.i == node.i:
            break
        if (node.dep_ == "advcl" and node.i > node.head.i and _own_subject(node)
                and _contrastive(node)
                and (node.head.i == outer.i
                     or node.i == tok.i and str(tok.lemma_).lower() in speech)):
            found = node
        node = node.head
    return found if node.i == outer.i else None


def trailing_relative_end(tok: Any, outer: Any, content_end: int,
                          speech: frozenset[str]) -> int | None:
    """Character offset where ``outer``'s content ends before the relative clause headed by
    the nested cue ``tok``, or None when the clause does not end the content that way.

    "... backed a new levy on imports, which he said would protect jobs": PolNeAR ends the
    outer content before ", which" and gives the relative clause its own attribution. Only
    a non-restrictive clause (after a comma, dash or bracket: a restrictive one, "voters
    who want change", belongs to its noun), headed by the reporting verb (``speech``) and
    closing the content. PolNeAR train: content-overlap F1 +0.0005 / -0.00001,
    speaker-attributed F1 +0.0006 / +0.0006 (any nested cue: -0.0070 / -0.0084; any
    non-restrictive one: +0.0003 / -0.0007).
    """
    if tok.dep_ != "relcl" or tok.i == outer.i or str(tok.lemma_).lower() not in speech:
        return None
    doc = tok.doc
    right = tok.right_edge.i
    while right + 1 < len(doc) and doc[right + 1].idx < content_end and (
            doc[right + 1].is_punct or doc[right + 1].is_space):
        right += 1
    if right + 1 < len(doc) and doc[right + 1].idx < content_end:
        return None  # the clause sits inside the content, not at its end
    cut = tok.left_edge.i
    if cut == 0 or doc[cut - 1].text not in _CLAUSE_OPENERS:
        return None
    while cut > 0 and (doc[cut - 1].is_punct or doc[cut - 1].is_space) and (
            doc[cut - 1].text not in _MARKS):
        cut -= 1
    if cut == 0:
        return None
    last = doc[cut - 1]
    return int(last.idx + len(last.text))


def fronted_clause_end(tok: Any, outer: Any) -> int | None:
    """Character offset where ``outer``'s content ends because its cue sits in an adverbial
    clause fronted before the nested cue ``tok`` that governs it ("Though he never
    criticized the two senators openly, he made it clear that ..."), or None.

    The rest of the sentence is the governing cue's: PolNeAR ends the fronted cue's content
    with its clause. An "as" clause ("As the paper reported, ...") is an aside whose content
    is the main clause, and is left alone. Verb cues get this bound when their content is
    first stretched (:func:`governed_end`); this catches the governing cues read elsewhere
    ("made it clear", an adjective cue). PolNeAR train: content-overlap F1 +0.0001 /
    +0.0000, speaker-attributed F1 +0.0001 / +0.0000, even / odd documents (2 contents cut
    on the even ones, both then matching gold, none on the odd ones); also cutting a
    complement clause before the governing cue (mostly "X; Y said" misparsed): -0.0003 /
    -0.0004, and only where a semicolon, colon or dash ends it: -0.0004 / -0.0002.

    The nested cue need not head the main clause itself: it may sit anywhere in it ("Saying
    that he respected her, he went on to voice doubts about ..."; see
    :func:`_fronted_before`). Of the pairs where fivew kept the outer attribution, this
    was the one class of outer cue where PolNeAR's choice of the inner one(s) outweighed
    its choice of the outer on both halves of train. PolNeAR train: content-overlap F1
    +0.0005 / +0.0001, speaker-attributed F1 +0.0007 / +0.0000, cue F1 +0.0008 / +0.0000,
    even / odd documents.
    """
    node = outer
    for _ in range(64):
        if node.head.i == node.i:
            return None
        if node.head.i == tok.i or _fronted_before(node, tok):
            break
        node = node.head
    else:
        return None
    if node.dep_ != "advcl" or node.right_edge.i >= tok.i or any(
            c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
        return None
    doc = tok.doc
    right = node.right_edge.i
    while right > outer.i and (doc[right].is_punct or doc[right].is_space) and (
            doc[right].text not in _MARKS):
        right -= 1
    if right <= outer.i:
        return None
    return int(doc[right].idx + len(doc[right].text))


def _fronted_before(node: Any, tok: Any) -> bool:
    """Whether ``node`` heads an adverbial clause fronted before the clause it hangs on, and
    ``tok`` stands in that clause after it ("Saying that he respected her, he went on to
    voice doubts": "voice" after the fronted "Saying" clause of "went")."""
    return bool(node.dep_ == "advcl" and node.i < node.head.i and node.right_edge.i < tok.i
                and node.head.is_ancestor(tok))


#: Labels of a constituent that stands before the word governing it and holds a cue whose
#: content must stay inside it: a fronted adverbial clause ("Although he criticized the
#: timing, the chairman hopes ..."), a subject ("Fans who call the stadium a relic want
#: ..."), a fronted prepositional phrase or bare noun phrase.
GOVERNED_DEPS = frozenset({"advcl", "nsubj", "nsubjpass", "csubj", "prep", "npadvmod"})


def governed_end(tok: Any, is_cue: Callable[[Any], bool]) -> int | None:
    """Last token a content after cue ``tok`` may be stretched to, or None for no limit.

    When ``tok`` sits in a constituent (:data:`GOVERNED_DEPS`) before a word that is a cue
    itself, the rest of the sentence is that cue's ("Although he criticized the timing of
    the vote, the chairman hopes ..."): ``tok``'s content ends with the constituent. PolNeAR
    train: content-overlap F1 +0.0006 / +0.0011, speaker-attributed F1 +0.0007 / +0.0012
    (adverbial clauses alone: +0.0004 / +0.0006; ending the content so before any head, a
    cue or not: -0.0014 / -0.0014, and for adverbial clauses only: -0.0006 / +0.0001).
    """
    node = tok
    for _ in range(64):
        if node.head.i == node.i:
            return None
        if node.dep_ in GOVERNED_DEPS and node.head.i > node.i and is_cue(node.head):
            return int(node.right_edge.i)
        node = node.head
    return None


def end_content(attr: Attribution, end: int) -> bool:
    """End ``attr``'s content (and its last fragment) at character ``end``, unless nothing
    of it would be left."""
    if end <= attr.content[0] or (attr.parts and end <= attr.parts[-1][0]):
        return False
    attr.content = (attr.content[0], min(attr.content[1], end))
    if attr.parts:
        attr.parts[-1] = (attr.parts[-1][0], min(attr.parts[-1][1], end))
    return True


def second_report(tok: Any, outer: Any) -> bool:
    """Whether the nested cue ``tok`` repeats ``outer``'s reporting verb for a second
    speaker ("Most members said they would vote yes, and a third said they would
    abstain"): the small model makes the second verb another clausal complement of the
    first, after the first complement, with a subject of its own. PolNeAR gives it an
    attribution of its own, and ``outer``'s content ends before it. PolNeAR train:
    content-overlap F1 +0.0001 / 0, speaker-attributed F1 +0.0002 / 0 (even / odd
    documents); any reporting verb so placed, not only the same one: +0.0001 / -0.0002,
    +0.0001 / -0.0004. Another reporting verb does count where it closes the sentence
    (:func:`_trailing_report`): "Kellerman said the merger would fail, the official
    recalled" is the official's, Kellerman's words nested in it (before, the content ran on
    over "the official recalled"). PolNeAR train and 371 real pages unchanged (the
    construction is rare there; the parse mostly hangs the trailing verb elsewhere)."""
    if tok.dep_ != "ccomp" or tok.head.i != outer.i or tok.i <= outer.i:
        return False
    if not _own_subject(tok):
        return False
    if str(tok.lemma_).lower() != str(outer.lemma_).lower() and not _trailing_report(tok):
        return False
    return any(c.dep_ == "ccomp" and outer.i < c.i < tok.i and c.right_edge.i < tok.i
               for c in outer.children)


def _trailing_report(tok: Any) -> bool:
    """'X said Y, the source recalled.': whether ``tok`` closes its sentence, nothing after it
    but punctuation or a time, its subject set off by a comma (and any closing quote mark)
    from what it reports."""
    doc = tok.doc
    if any(c.i > tok.i and c.dep_ not in ("punct", "npadvmod") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ in _SUBJECTS and c.i < tok.i), None)
    if subject is None:
        return False
    before = subject.left_edge.i - 1
    while before > 0 and doc[before].is_quote:
        before -= 1
    return bool(before > 0 and doc[before].text == ",")


def quoted_coordinate(tok: Any, outer: Any) -> bool:
    """Whether the nested cue ``tok`` is a naming verb coordinated with the clause
    ``outer`` reports, with no subject of its own and a quote in what it governs ("She
    said the plan would cost jobs, and called it “a betrayal.”"): the speaker going on
    with a quoted label of their own, not part of what ``outer`` reports (the small model
    hangs "called" on the reported clause). PolNeAR gives it an attribution of its own,
    and ``outer``'s content ends before it. PolNeAR train: content-overlap F1 +0.0002 / 0,
    speaker-attributed F1 +0.0002 / 0 (even / odd documents); any cue so placed with a
    quote: +0.0001 / -0.0003, +0.0001 / -0.0002; a naming verb without a quote: +0.0003 /
    -0.0001, +0.0003 / -0.0001."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i != outer.i or tok.i <= outer.i:
        return False
    if _own_subject(tok) or str(tok.lemma_).lower() not in load_quote_lists().naming:
        return False
    return any(t.is_quote for t in tok.subtree if t.i > tok.i)
