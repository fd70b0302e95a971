"""A content that goes on in a conjunct the parse hangs on the cue (``quotes`` stage).

The small model often attaches the second of two coordinated objects to the word the first
hangs on, not to the first: in "asked for a recount, and then an audit" and
"opposition to the toll as well as the new fees" the conjunct is the cue's
own, and the content read off the first object's subtree stops before it. PolNeAR's content
holds both. :func:`with_conjunct` stretches a content over such a conjunct, for
:func:`fivew.quotes_verbs.parse_attributions` and :func:`fivew.quotes_cues.cue_attributions`.
"""

from __future__ import annotations

from fivew.quotes_rules import Attribution, token_end

__all__ = ["with_conjunct", "LINKING_DEPS"]

#: Dependency labels of the words allowed between a content's end and a conjunct that goes
#: on with it (", and then", "as well as", "or even").
LINKING_DEPS = frozenset({"cc", "punct", "advmod", "preconj"})

#: Parts of speech of a conjunct that is a second object, not a second predicate ("called
#: for X and left" is no content of "called for").
OBJECT_POS = frozenset({"NOUN", "PROPN"})


def with_conjunct(attr: Attribution) -> Attribution:
    """Stretch ``attr``'s content over a noun conjunct of its cue (or of the word its
    content hangs on, outside the content) that follows the content with only linking
    words between ("asked for a recount, and then an audit"). PolNeAR train:
    content-overlap F1 +0.0004 / +0.0004, speaker-attributed F1 +0.0005 / +0.0002 (even /
    odd documents); taking a verb conjunct opened by a question word too ("talked about X
    and what she learned") gained nothing on even documents and was left out."""
    tok = attr.cue_token
    if tok is None or attr.content[1] <= tok.idx:
        return attr
    doc = tok.doc
    span = doc.char_span(attr.content[0], attr.content[1], alignment_mode="expand")
    if span is None or not len(span):
        return attr
    last = span[-1].i
    heads = {tok.i, *(c.i for c in tok.children if c.dep_ == "prep")}
    for conj in doc[last + 1 : min(len(doc), last + 8)]:
        if conj.dep_ != "conj" or conj.pos_ not in OBJECT_POS or conj.head.i not in heads:
            continue
        if any(t.dep_ not in LINKING_DEPS for t in doc[last + 1 : conj.left_edge.i]):
            return attr
        if conj.left_edge.i <= last or "\n" in doc[last: conj.right_edge.i].text:
            return attr
        end = conj.right_edge.i
        while end > conj.i and doc[end].is_punct:
            end -= 1
        new_end = token_end(doc[end])
        attr.content = (attr.content[0], new_end)
        if attr.parts:
            attr.parts[-1] = (attr.parts[-1][0], new_end)
        return attr
    return attr
