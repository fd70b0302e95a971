"""Cues of the ``quotes`` stage outside the verb's clause: nouns and transcript lines.

- :func:`noun_attributions`: a noun cue ("her call for X", "Trump's assertion that X", "a
  demand by Pelosi that X") takes as content its clause or the object of one of its
  prepositions (listed per noun in ``resources/quotes.json``), and as source its possessor,
  a "by"/"from" phrase, or the subject of a verb such as "expressed" that governs it.
- :func:`transcript_lines`: a line opening with a short name and a colon ("TAPPER: ...",
  "Graham: Trump's rhetoric ...") attributes the rest of the line to that name, as
  PolNeAR's guidelines ask for transcripts and headlines.

Both give :class:`fivew.quotes_rules.Attribution` records that :mod:`fivew.quotes`
reconciles with those of :func:`fivew.quotes_rules.parse_attributions`.
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

__all__ = ["noun_attributions", "transcript_lines", "TRANSCRIPT_MAX_WORDS"]


#: Most words before a line-opening colon for "Name: words" to be read as a transcript
#: line or a headline attribution ("TAPPER: ...", "Graham: Trump's rhetoric ...").
TRANSCRIPT_MAX_WORDS = 5
def transcript_lines(doc: Any) -> list[Attribution]:
    """'NAME: words' opening a line: a transcript turn or a headline attribution."""
    found = []
    line_start = 0
    for tok in doc:
        if "\n" in tok.text or tok.is_space:
            line_start = tok.i + 1
            continue
        if tok.text != ":" or tok.i - line_start > TRANSCRIPT_MAX_WORDS or tok.i == line_start:
            continue
        head = doc[line_start : tok.i]
        if any(t.pos_ in ("VERB", "AUX") for t in head) or not any(
            t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in head
        ):
            continue
        last = line_end(doc, tok.i)
        span = trim_tokens(doc, tok.i + 1, last) if last > tok.i else None
        if span is None or span_words(doc, span) < 3:
            continue
        source = trim_tokens(doc, line_start, tok.i - 1)
        if source is None:
            continue
        found.append(Attribution(
            cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
            confidence=CONFIDENCE["colon"], cue_token=tok, source=source,
            source_head=head.root,
        ))
    return found


def noun_attributions(doc: Any) -> list[Attribution]:
    """Every attribution hung on a noun cue of ``resources/quotes.json``."""
    lists = load_quote_lists()
    found = []
    for tok in doc:
        if tok.pos_ == "NOUN" and (tok.lower_ in lists.noun_cues
                                   or tok.lemma_.lower() in lists.noun_cues):
            attr = _noun_attribution(doc, tok, lists)
            if attr is not None:
                found.append(attr)
    return found


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
