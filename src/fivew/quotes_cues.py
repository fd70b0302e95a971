"""Cues of the ``quotes`` stage outside the verb's clause: nouns, adjectives, transcripts.

:func:`cue_attributions` finds them in one pass over the tokens:

- a **noun cue** ("her call for X", "Trump's assertion that X", "a demand by Pelosi that X")
  takes as content its clause or the object of one of its prepositions (listed per noun in
  ``resources/quotes.json``), and as source its possessor, a "by"/"from" phrase, or the
  subject of a verb such as "expressed" that governs it;
- an **adjective cue** after a copula ("Democrats are concerned that X", "critical of X",
  "eager to X") takes its clause or the object of one of its prepositions as content, and
  the copula's subject as source;
- a **transcript line**, opening with a short name and a colon ("TAPPER: ...", "Graham:
  Trump's rhetoric ..."), attributes the rest of the line to that name, as PolNeAR's
  guidelines ask for transcripts and headlines.

They give :class:`fivew.quotes_rules.Attribution` records that :mod:`fivew.quotes`
reconciles with those of :func:`fivew.quotes_verbs.parse_attributions`.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    QuoteLists,
    _subject,
    cue_lemma,
    line_end,
    load_quote_lists,
    source_core,
    span_words,
    token_end,
    trim_tokens,
)

__all__ = ["cue_attributions", "TRANSCRIPT_MAX_WORDS"]


#: Most words before a line-opening colon for "Name: words" to be read as a transcript
#: line or a headline attribution ("TAPPER: ...", "Graham: Trump's rhetoric ...").
TRANSCRIPT_MAX_WORDS = 5
def cue_attributions(doc: Any) -> list[Attribution]:
    """Attributions on noun cues, adjective cues and transcript lines, in one pass."""
    lists = load_quote_lists()
    found: list[Attribution | None] = []
    for tok in doc:
        pos = tok.pos_
        if pos == "NOUN" and (tok.lower_ in lists.noun_cues
                              or tok.lemma_.lower() in lists.noun_cues):
            found.append(_noun_attribution(doc, tok, lists))
        elif pos == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in lists.adjective_cues:
            found.append(_adjective_attribution(doc, tok, lists))
        elif tok.text == ":":
            found.append(_transcript_line(doc, tok))
    return [attr for attr in found if attr is not None]


def _transcript_line(doc: Any, tok: Any) -> Attribution | None:
    """'NAME: words' opening a line: a transcript turn or a headline attribution."""
    line_start = None
    for j in range(tok.i - 1, max(-1, tok.i - TRANSCRIPT_MAX_WORDS - 2), -1):
        if "\n" in doc[j].text or doc[j].is_space:
            line_start = j + 1
            break
    if line_start is None and tok.i <= TRANSCRIPT_MAX_WORDS:
        line_start = 0
    if line_start is None or tok.i == line_start:
        return None
    head = doc[line_start : tok.i]
    if any(t.pos_ in ("VERB", "AUX") for t in head) or not any(
        t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in head
    ):
        return None
    last = line_end(doc, tok.i)
    span = trim_tokens(doc, tok.i + 1, last) if last > tok.i else None
    if span is None or span_words(doc, span) < 3:
        return None
    source = trim_tokens(doc, line_start, tok.i - 1)
    if source is None:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["colon"], cue_token=tok, source=source,
        source_head=head.root,
    )


def _noun_attribution(doc: Any, tok: Any, lists: QuoteLists) -> Attribution | None:
    """'his call for X', 'Trump's assertion that X', 'a demand by Pelosi that X'."""
    preps = lists.noun_cues.get(tok.lower_) or lists.noun_cues.get(tok.lemma_.lower(), frozenset())
    cue_end = token_end(tok)
    content = None
    for child in tok.children:
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and child.i > tok.i:
            content = (child.left_edge.i, child.right_edge.i)
            break
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = (objects[0].left_edge.i, objects[0].right_edge.i)
                if child.i == tok.i + 1:
                    cue_end = token_end(child)
                break
    if content is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "His argument is that X", "The fear among Democrats is that X": the clause the
        # copula predicates of the noun ("The endorsement was early enough that ...", with
        # an adjective or noun of its own, is none). PolNeAR train: content-overlap F1
        # +0.0006 / +0.0004 (even / odd documents)
        clauses = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
        if clauses and not any(c.dep_ in ("acomp", "attr") for c in tok.head.children):
            content = (clauses[0].left_edge.i, clauses[0].right_edge.i)
    if content is None:
        return None
    span = trim_tokens(doc, *content)
    if span is None or span_words(doc, span) < 2:
        return None
    source = next((c for c in tok.children if c.dep_ == "poss"), None)
    if source is None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in lists.noun_source_preps:
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                if source is not None:
                    break
    if source is None and tok.dep_ in ("dobj", "attr") and (
        cue_lemma(tok.head) in lists.noun_source_verbs
    ):
        source = _subject(tok.head)  # "Trump expressed concern that ..."
    if source is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # "Carson rejected the notion that ...": whoever acts on the claim holds it, with
        # any verb (PolNeAR train: speaker-attributed F1 +0.0013 / +0.0009, even / odd)
        source = _subject(tok.head)
    attr = Attribution(
        cue=(int(tok.idx), cue_end), content=span, kind="indirect",
        confidence=CONFIDENCE["noun" if source is not None else "noun_no_source"],
        cue_token=tok,
    )
    if source is not None:
        lo, hi = source_core(source)
        attr.source = (int(doc[lo].idx), token_end(doc[hi]))
        attr.source_head = source
    return attr


def _adjective_attribution(doc: Any, tok: Any, lists: QuoteLists) -> Attribution | None:
    """'X are concerned that C', 'X is critical of C', 'X is eager to C'."""
    preps = lists.adjective_cues[tok.lower_]
    content, cue_end = None, token_end(tok)
    for child in (*tok.children, *tok.head.children):
        if child.i <= tok.i:
            continue
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            content = (child.left_edge.i, child.right_edge.i)
            break
        if child.dep_ == "prep" and child.head.i == tok.i and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = (objects[0].left_edge.i, objects[0].right_edge.i)
                cue_end = token_end(child) if child.i == tok.i + 1 else cue_end
                break
    source = _subject(tok.head) if content is not None else None
    span = trim_tokens(doc, *content) if content is not None else None
    if source is None or span is None or span_words(doc, span) < 2:
        return None
    lo, hi = source_core(source)
    return Attribution(
        cue=(int(tok.idx), cue_end), content=span, kind="indirect",
        confidence=CONFIDENCE["adjective"], cue_token=tok,
        source=(int(doc[lo].idx), token_end(doc[hi])), source_head=source,
    )
