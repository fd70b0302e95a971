"""Nested attributions of the ``quotes`` stage: which of two attributions, one's cue inside
the other's content, is kept, and where the outer content then ends (see step 2 of
:mod:`fivew.quotes`)."""

from __future__ import annotations

from typing import Any

from fivew.quotes_asides import as_marked
from fivew.quotes_bounds import (
    contrastive_clause,
    end_content,
    fronted_clause_end,
    quoted_coordinate,
    second_report,
    trailing_relative_end,
)
from fivew.quotes_controllers import quoted_person
from fivew.quotes_questions import question_split
from fivew.quotes_rules import Attribution, cue_lemma, load_quote_lists, token_end
from fivew.quotes_splits import going_on_verb, own_claim

__all__ = ["reconcile_nested", "split_point", "cut_before", "nested_kept"]

#: A cue under one of these, inside another attribution's content, is kept as a nested
#: claim ("his forces, which one aide said numbered 6,000, ..."); any other nested cue is
#: part of the outer content ("he said he hoped ...") and dropped.
NESTED_KEEP_DEPS = frozenset({"relcl", "appos", "parataxis"})



def reconcile_nested(attrs: list[Attribution]) -> list[Attribution]:
    """Keep the outermost attributions, and nested ones in relative/parenthetical clauses;
    an outer cue takes over a kept attribution with a longer content that it holds
    (:func:`_take_over`)."""
    kept: list[Attribution] = []
    # longest content first; of two with the same content, the one whose cue stands outside
    # it ("X is expected to Y, they say": "say" holds "expected", not the reverse; before,
    # the first found won). PolNeAR train: content-overlap F1 unchanged, exact and cue F1
    # +0.0001 on even and odd documents
    for attr in sorted(attrs, key=lambda a: (a.content[0] - a.content[1],
                                             a.content[0] <= a.cue[0] < a.content[1])):
        outer = next((k for k in kept if k.content[0] <= attr.cue[0] < k.content[1]), None)
        asked = question_split(outer, attr) if outer is not None else None
        if outer is not None and asked is not None:  # "said X when asked whether Y"
            if asked < 0 or not end_content(outer, asked):
                kept.remove(outer)  # "said, asked about Y": its only content was the question
            outer = None
        if outer is not None and _sourced_aside(outer, attr):
            kept.remove(outer)  # "It doesn't help that X, as Dayen noted": Dayen's X
            outer = None
        if outer is not None:
            if _split_at(outer, attr):
                outer = None
            elif not nested_kept(attr.cue_token, outer.cue_token):
                continue
            else:
                attr.nested = True
                _end_before_relative(outer, attr)
        held = [k for k in kept if attr.content[0] <= k.cue[0] < attr.content[1] and not k.nested]
        if held and outer is not None:
            continue
        for k in held:
            _take_over(attr, k)
            kept.remove(k)
        kept.append(attr)
    return kept


def _take_over(attr: Attribution, held: Attribution) -> None:
    """Let ``attr`` stand for ``held``, a kept attribution whose cue its content holds while
    ``held``'s longer content does not hold ``attr``'s cue ("she said she wanted change, but
    found him too much": "said" holds "wanted", whose content runs on past "said"'s).

    PolNeAR gives such a stretch to the cue that holds the other (the outer one); before,
    the longer content won and the outer cue was dropped. ``attr``'s content is stretched
    to the end of ``held``'s, which kept the content matches (without that: content-overlap
    F1 -0.0002 / +0.0000). PolNeAR train: content-overlap F1 -0.0001 / +0.0003,
    speaker-attributed F1 +0.0010 / +0.0005, cue F1 +0.0016 / +0.0010, even / odd documents
    (on the even ones the content matches stay the same, speaker matches gain 9.7 in 16
    documents, 13 up and 3 down, and one more prediction is made)."""
    if not attr.parts and held.content[1] > attr.content[1]:
        attr.content = (attr.content[0], held.content[1])


def _split_at(outer: Attribution, inner: Attribution) -> bool:
    """End ``outer``'s content before a nested cue that opens a claim of its own: "said X,
    adding that Y" (see :func:`split_point`), where the inner one takes the outer's source,
    or "said X, while others said Y" (see :func:`contrastive_clause`); or end it with the
    adverbial clause it stands in, fronted before the nested cue that governs it ("Though
    he never criticized X, he made it clear that Y") or stands in the clause it is fronted
    before ("Saying X, he went on to voice doubts ...", see :func:`fronted_clause_end`)."""
    tok, outer_tok = inner.cue_token, outer.cue_token
    if tok is None or outer_tok is None:
        return False
    fronted = fronted_clause_end(tok, outer_tok)
    if fronted is not None and end_content(outer, fronted):
        return True
    if outer_tok.pos_ != "VERB":
        return False
    clause = (contrastive_clause(tok, outer_tok, load_quote_lists().speech)
              if tok.i > outer_tok.i else None) or own_claim(tok, outer_tok)  # "X, and made Y"
    cut = cut_before(clause, outer_tok) if clause is not None else split_point(tok, outer_tok)
    own = second_report(tok, outer_tok)  # "Most said A, and a third said B"
    if cut is None and (own or quoted_coordinate(tok, outer_tok)):  # "and called it “B”"
        clause, cut = tok if own else None, cut_before(tok, outer_tok)
    if cut is None or not end_content(outer, token_end(tok.doc[cut - 1])):
        return False
    if outer.source is not None and (clause is None or going_on_verb(tok) is not None):
        # the participle has no subject: the outer speaker goes on
        inner.source, inner.source_head = outer.source, outer.source_head
    return True


def _end_before_relative(outer: Attribution, inner: Attribution) -> None:
    """End ``outer``'s content before a relative clause that closes it and reports a claim
    of its own ("..., which he said would protect jobs", see
    :func:`trailing_relative_end`); the inner attribution is then no longer nested."""
    tok, outer_tok = inner.cue_token, outer.cue_token
    if tok is None or outer_tok is None:
        return
    end = trailing_relative_end(tok, outer_tok, outer.content[1], load_quote_lists().speech)
    if end is not None and end_content(outer, end):
        inner.nested = False


def _sourced_aside(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner``, an "as" clause naming its source inside the content of an
    ``outer`` that has none, attributes that content itself: "It doesn't help that invoking
    Weimar is a scare tactic, as David Dayen noted" is Dayen's, not a sourceless "help"'s.
    PolNeAR train: speaker-attributed F1 +0.0002 / +0.0000, cue F1 +0.0002 / +0.0000 (even /
    odd documents); dev unchanged."""
    tok: Any = inner.cue_token
    return outer.source is None and inner.source is not None and tok is not None and as_marked(
        tok)


#: Tokens that end a clause before an appended one (", adding", "; and", "—").
CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "—", "-", "--"})


def split_point(tok: Any, outer: Any) -> int | None:
    """Token index where ``outer``'s content ends because the nested cue ``tok`` opens a
    claim of its own, or None when ``tok`` is part of the outer content ("said he hoped").

    A participle with no subject of its own hanging on the content as an adverbial clause
    ("insisted that he had expanded the party, claiming that ...", "..., adding that ...")
    is the speaker going on, not what was said: PolNeAR gives it its own attribution (each
    token belongs to one), and the outer content ends before it. Measured on PolNeAR train
    (tuned on even documents, confirmed on odd): content-overlap recall +0.003 / +0.002 for
    precision -0.001 / -0.002; splitting also at coordinated verbs (", and argued ...") or
    at clauses with a subject of their own lost more precision than it gained recall.

    A reporting participle after a comma that the parse hangs on a noun of the content (an
    ``acl``: "rejected the notion that X, saying that Y") is one too if it reports a clause
    or a name ("the man, outlining policies" describes the noun): PolNeAR train, content-
    overlap F1 +0.0001 / 0, speaker-attributed +0.0001 / 0, exact +0.0004 / 0 (even / odd;
    with an object only too: content-overlap 0 / 0, exact +0.0002 / 0).
    """
    if tok.i <= outer.i:
        return None
    lists, lemma = load_quote_lists(), cue_lemma(tok)  # "the notion that X, saying Y"
    aside = (tok.dep_ == "acl" and tok.doc[tok.i - 1].text == "," and any(
        c.dep_ in ("ccomp", "oprd") and c.i > tok.i for c in tok.children)
        and (lemma in lists.speech or lemma in lists.naming))
    if not ((tok.dep_ == "advcl" or aside) and tok.tag_ == "VBG") and not _coordinated_report(
            tok, outer) and not _parallel_participle(tok, outer):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].tag_ == "POS":
        return None  # "about the United States' backing X": a gerund with its possessor
    return cut_before(tok, outer)


def cut_before(clause: Any, outer: Any) -> int | None:
    """Token index where ``outer``'s content ends before ``clause`` (and the comma or
    conjunction that joins it), or None when nothing of the content would be left."""
    doc = clause.doc
    cut = clause.left_edge.i
    while cut - 1 > outer.i and (doc[cut - 1].is_punct or doc[cut - 1].is_space
                                 or doc[cut - 1].lower_ in CLAUSE_BREAKS):
        cut -= 1
    return int(cut) if cut - 1 > outer.i else None


def _parallel_participle(tok: Any, outer: Any) -> bool:
    """'pushed back, saying that the bill ... was waylaid by voter mistrust - and arguing
    that ...': a reporting participle joined to a verb of another form inside the content of
    the participle ``outer`` goes on from ``outer``, not from that verb (the small model
    hangs the second participle on the last verb before it). PolNeAR train: content-overlap
    F1 +0.0001 / +0.0001, speaker-attributed F1 +0.0001 / 0, exact +0.0005 / +0.0001 (even /
    odd documents); dev and 371 real pages unchanged."""
    return bool(tok.tag_ == "VBG" and outer.tag_ == "VBG" and tok.dep_ == "conj"
                and tok.head.tag_ != "VBG" and tok.head.i != outer.i
                and cue_lemma(tok) in load_quote_lists().speech)


def _coordinated_report(tok: Any, outer: Any) -> bool:
    """'He said X and warned Y ...': a reporting verb coordinated with the verb of the
    outer cue's clause, with no subject of its own, is the speaker going on (the small model
    hangs it on the clause, not on the outer cue). Unlike any coordinated verb (see
    :func:`split_point`), this narrow case gains on PolNeAR train: content-overlap F1
    +0.0007 on even and odd documents, precision -0.0005.

    A verb of taking sides (``stance_verbs`` in ``resources/quotes.json``: "said she was a
    lifelong Republican and would back him") goes on with what is reported, and is not
    split off. With that, the coordinated verb need not share the outer cue's tense ("said
    he would pray for the nominee but did not suggest ...", "insist that ... and refuses
    to ..."): PolNeAR train, content-overlap F1 +0.0004 / +0.0001, speaker-attributed F1
    +0.0003 / +0.0000, even / odd documents (without the stance exclusion: -0.0002 /
    +0.0000; the exclusion alone: +0.0000 / +0.0001).
    """
    head = tok.head
    lists = load_quote_lists()
    lemma = cue_lemma(tok)
    return bool(tok.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i == outer.i
                and lemma in lists.speech and lemma not in lists.stance
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def nested_kept(tok: Any, outer: Any) -> bool:
    """Whether cue ``tok`` is a claim of its own inside ``outer``'s content (a relative or
    parenthetical clause) rather than part of what ``outer`` attributes."""
    if quoted_person(tok) is not None and tok.head.head.i == outer.i:
        return True  # "State television quoted X as saying Y": X's claim, kept beside
    node = tok
    for _ in range(64):
        if node.i == outer.i or node.head.i == node.i:
            return False
        if node.dep_ in NESTED_KEEP_DEPS:
            return True
        node = node.head
    return False
