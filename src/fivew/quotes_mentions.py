"""The span of a speaker's mention in the ``quotes`` stage: what of a subject's phrase
names who spoke.

"Massoud, son of Ahmad Shah Massoud, said": the speaker is "Massoud", without the
apposition; "said Giuliani, who served as U.S. attorney ..., in an interview": without the
clause and what the parse hung after it; "Khamenei on Wednesday blamed X": without the
time. :func:`source_core` gives the token range, :func:`source_chars` the character span
the passes of :mod:`fivew.quotes_verbs`, :mod:`fivew.quotes_phrases` and the others record
as an attribution's source.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import WHEN_ENTITIES, is_mark, token_end

__all__ = ["source_core", "source_chars", "name_after_title", "modal_name",
           "SPEAKER_EXCLUDED_DEPS", "NON_MODAL_TAGS"]

#: Dependency labels of a subject's children left out of the speaker's mention: "Massoud,
#: son of Ahmad Shah Massoud, said" is spoken by "Massoud".
SPEAKER_EXCLUDED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis"})


def name_after_title(child: Any) -> bool:
    """Whether ``child`` is a person's name the parse set in apposition to the title right
    before it, with no comma between ("Carnegie Mellon director of technology Chris Urmson
    said"): part of the mention, not an aside. Before, the mention ended with the title. On
    371 real pages 12 speaker mentions now hold the name ("Canucks forward Taylor Pyatt");
    PolNeAR train and dev scores unchanged (the source spans overlap the gold either way)."""
    doc = child.doc
    first = child.left_edge.i
    return bool(child.dep_ == "appos" and child.i > child.head.i and child.pos_ == "PROPN"
                and child.ent_type_ == "PERSON" and first > child.head.i
                and not any(t.is_punct or t.is_space or t.pos_ == "CCONJ"
                            for t in doc[child.head.i + 1 : first])
                and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                        for t in doc[first : child.i + 1]))


def source_core(tok: Any) -> tuple[int, int]:
    """Token range (inclusive) of a subject's mention, appositions and clauses left out."""
    left = right = timeless = tok.i
    when_starts = []
    closed = False
    for child in tok.children:
        if name_after_title(child):  # the name itself, without what is set after it
            right = timeless = max(right, int(child.i))
            continue
        if child.dep_ in SPEAKER_EXCLUDED_DEPS:
            closed = closed or (child.i > tok.i and child.dep_ in CLOSING_CLAUSE_DEPS)
            if child.dep_ == "appos" and child.i > tok.i:  # "leader Ayatollah Khamenei on
                timeless = max(timeless, child.right_edge.i)  # Wednesday": the name's end
            continue
        if child.i < tok.i:
            left = min(left, child.left_edge.i)
        elif (not closed or child.dep_ in ("conj", "cc")) and not _hung_clause(child):
            right = max(right, child.right_edge.i)
            if _when_phrase(child):
                when_starts.append(child.left_edge.i)
            else:
                timeless = max(timeless, child.right_edge.i)
    # a time right after the name is no part of it ("Khamenei on Wednesday blamed X"), where
    # what is left ends on a whole word of a name ("A Monmouth poll out Monday" keeps it).
    # PolNeAR train: scores unchanged (18 mentions cut, all to what a reader would name);
    # 4 of 380 real pages changed ("the Associated Press in 2018" -> "the Associated Press");
    # also after a name in apposition ("supreme leader Ayatollah Khamenei on Wednesday"):
    # PolNeAR train 1 mention cut, scores unchanged
    end = tok.doc[timeless]
    if (timeless < right and end.whitespace_ and end.pos_ in NAME_END_POS
            and timeless + 1 in when_starts):
        right = timeless
    return left, right


#: Parts of speech a speaker's mention may end on once a time after it is cut off.
NAME_END_POS = frozenset({"NOUN", "PROPN"})


def _when_phrase(child: Any) -> bool:
    """Whether ``child`` is a phrase of time ("on Wednesday", "last week"; not "of 2009",
    part of a name: "the Health Security Act of 2009")."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in WHEN_ENTITIES
    if child.dep_ != "prep" or child.lower_ == "of":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ in WHEN_ENTITIES and (
        child.doc[child.right_edge.i].ent_type_ in WHEN_ENTITIES)  # not "in May of X"


#: Clauses on a speaker's head that end its mention: what the parse hangs on the head after
#: one ("said Giuliani, who served as U.S. attorney ..., in an interview") is no part of
#: the name, but a second name joined to it is ("Jo Roe, who chairs X, and Al Poe said").
#: PolNeAR train: content-overlap F1 +0.0003 / 0, speaker-attributed +0.0002 / 0 (even /
#: odd documents; shorter mentions also change how a cue's content is split off), dev
#: unchanged; 1 of 380 real pages changed (a headline run into a speaker, cut shorter).
CLOSING_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis"})


def _hung_clause(child: Any) -> bool:
    """Whether a clausal complement hangs in ``child``'s phrase other than in a relative
    clause ("Opponents of allowing X into the U.S. cite concerns that the region is ...",
    the parse taking "cite" for a noun): no part of a subject's mention ("those who said
    their top quality was X" is). PolNeAR train: 2 speaker spans cut, both made right;
    scores unchanged."""
    for tok in child.subtree:
        if tok.dep_ == "ccomp" and not any(
                a.dep_ in ("relcl", "acl") for a in _ancestors_up_to(tok, child)):
            return True
    return False


def _ancestors_up_to(tok: Any, top: Any) -> list[Any]:
    """The heads above ``tok`` up to and with ``top`` (none where ``tok`` is ``top``)."""
    found: list[Any] = []
    if tok.i == top.i:
        return found
    for above in tok.ancestors:
        found.append(above)
        if above.i == top.i:
            break
    return found


def _no_word(tok: Any) -> bool:
    """Whether a token holds no letter or digit: punctuation, white space, '|', '•'."""
    return bool(tok.is_punct or tok.is_space or not any(ch.isalnum() for ch in tok.text))


#: Fine tags of a word that cannot end a speaker's mention: a conjunction, "to".
LOOSE_END_TAGS = frozenset({"CC", "TO"})


#: Tags of a verb form no modal governs: "Will urged", "Will acknowledges", "Will called"
#: (a modal takes the base form: "will urge").
NON_MODAL_TAGS = frozenset({"VBD", "VBN", "VBZ"})


def modal_name(tok: Any) -> Any:
    """The name "Will" the tagger read as a modal auxiliary of ``tok`` ("Will urged the
    Republican electorate to abandon all outsider candidates", "which Will claims
    affirmed ..."): capitalised, right before a verb in a form no modal takes, with no
    other auxiliary between; else None. From a PolNeAR train column quoting George Will,
    whose 8 attributions had lost their speaker: speaker-attributed F1 0 / +0.0008,
    content-overlap F1 0 / +0.0003 (even / odd documents, the column being an odd one);
    dev and 371 real pages unchanged. The mention of a name ending in such a "Will" takes
    it in too ("Columnist George Will wrote", see :func:`source_chars`)."""
    if tok.tag_ not in NON_MODAL_TAGS or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.text == "Will" and before.tag_ == "MD" and before.head.i == tok.i:
        return before
    return None


def source_chars(tok: Any) -> tuple[int, int]:
    """Character offsets of a subject's mention (:func:`source_core`), as a source span,
    without punctuation at its edges (the parse can hang a closing quote mark on the name
    after it: "“...,” Ohio delegate Ruth Kamara, ... said"), nor white space and marks of
    a page's layout (a table's bars, a list's bullet: "| Gulf leaders have ended ...")."""
    lo, hi = source_core(tok)
    doc, core_end = tok.doc, hi
    # a quote mark closing before the head ends a quote the parse ran into the name ("...
    # the hippocampus,” lead author Geraldine Rauch wrote")
    closers = [i for i in range(lo, tok.i) if is_mark(doc[i]) and doc[i].tag_ == "''"]
    # not 'her "clawback" plan', a quoted word in the name; a mark opening the span opens
    # the quote itself, where the parse hangs its clause on the name ("“We found ...,” lead
    # author Geraldine Rauch wrote": "lead" read as a verb)
    if closers and not any(doc[i].tag_ == "``" for i in range(lo + 1, closers[-1])):
        lo = closers[-1] + 1
    while lo < tok.i and _no_word(doc[lo]):
        lo += 1
    while hi > tok.i and (_no_word(doc[hi]) or doc[hi].tag_ in LOOSE_END_TAGS):
        hi -= 1  # "... who backed Nikki Haley but": the word joining what the parse cut off
    if hi + 2 < len(doc) and hi == tok.i and modal_name(doc[hi + 2]) is not None:
        hi += 1  # "Columnist George Will wrote": the surname the tagger read as a modal
    span = doc[lo : hi + 1]
    if sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span):
        # "Sen. Bernie Sanders (I-Vt.)": the bracket that closes an aside in the name stays
        hi = next((j for j in range(hi + 1, core_end + 1) if doc[j].text == ")"), hi)
    return int(doc[lo].idx), token_end(doc[hi])
