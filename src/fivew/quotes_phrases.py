"""Source phrases of the ``quotes`` stage: "according to X" and "in the CBS poll".

Both take the sentence around the phrase as content (one side of it, or both when the
phrase interrupts it: "The plan, according to officials, would cost billions") and the
phrase's object as source. :func:`fivew.quotes_verbs.parse_attributions` calls them in its
pass over the tokens.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    Bounds,
    QuoteLists,
    cue_lemma,
    source_core,
    span_words,
    token_end,
    trim_tokens,
)

__all__ = ["according_to", "survey_in"]


def according_to(doc: Any, tok: Any, bounds: Bounds) -> Attribution | None:
    """'according to X, C' and 'C, according to X'."""
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    return _source_phrase(doc, tok, to, objects[0], bounds, "according_to")


def survey_in(doc: Any, tok: Any, bounds: Bounds, lists: QuoteLists) -> Attribution | None:
    """'In the CBS poll, Trump's lead narrowed': the survey is the source of its clause."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if not objects or cue_lemma(objects[0]) not in lists.survey_nouns or objects[0].tag_ != "NN":
        return None  # "in the polls", "in many surveys": a standing, not one survey's finding
    return _source_phrase(doc, tok, tok, objects[0], bounds, "survey")


def _source_phrase(doc: Any, tok: Any, last: Any, source: Any, bounds: Bounds,
                   rule: str) -> Attribution | None:
    """The sentence around a source phrase ('according to X', 'in X's poll') as content."""
    phrase_left = tok.i
    phrase_right = max(tok.right_edge.i, last.right_edge.i, source.right_edge.i)
    sent_start, sent_end = bounds[tok.i]
    before = (sent_start, phrase_left - 1)
    after = (phrase_right + 1, sent_end - 1)
    left, right = max((before, after), key=lambda r: r[1] - r[0])
    span = trim_tokens(doc, left, right) if right >= left else None
    if span is None or span_words(doc, span) < 3:
        return None
    parts: list[tuple[int, int]] = []
    if before[1] >= before[0] and after[1] >= after[0] and doc[phrase_left - 1].text == ",":
        # "The plan, according to officials, would cost billions": both sides are the content
        pieces = [trim_tokens(doc, *before), trim_tokens(doc, *after)]
        if all(p is not None and span_words(doc, p) for p in pieces):
            parts = [p for p in pieces if p is not None]
            span = (parts[0][0], parts[1][1])
    lo, hi = source_core(source)
    return Attribution(
        parts=parts,
        cue=(int(tok.idx), token_end(last)),
        content=span,
        kind="indirect",
        confidence=CONFIDENCE[rule],
        cue_token=tok,
        source=(int(doc[lo].idx), token_end(doc[hi])),
        source_head=source,
    )
