"""Verbs that look like cues of the ``quotes`` stage but attribute nothing.

:func:`fivew.quotes_verbs.parse_attributions` takes every listed reporting or attitude verb
for a cue. Some uses of those verbs report no claim, and PolNeAR annotates none there:

- the idiom **"That said, ..."** (a concession by the writer, not a report);
- a **participle used as an adjective** before its noun ("60 pledged delegates", "the
  convention's pledged delegates"), which the small model reads as a verb with an object;
- a cue in a **relative clause of an editor's note** ("Editor's note: X is ... who has
  repeatedly pledged to ..."), the outlet's standing description of someone;
- a **question to the reader** in a line of its own ("Do you back X? Share this post:").

Each was found among the false positives on PolNeAR train (even documents) and kept only
where the odd-numbered documents did not lose (figures in each docstring: content-overlap
F1, then speaker-attributed F1, even / odd documents).
"""

from __future__ import annotations

from typing import Any

__all__ = ["not_a_cue"]


def not_a_cue(tok: Any) -> bool:
    """Whether the verb ``tok`` reports nothing, whatever its lemma (see the module)."""
    return (_that_said(tok) or _adjective_participle(tok) or _noted_description(tok)
            or _reader_question(tok))


def _that_said(tok: Any) -> bool:
    """'That said, Cruz cannot win outright': the writer conceding, not anyone reporting.
    PolNeAR train (with :func:`_adjective_participle`): content-overlap F1 +0.0002 / +0.0001,
    speaker-attributed F1 +0.0001 / +0.0001 (even / odd documents)."""
    doc = tok.doc
    return bool(tok.lower_ == "said" and tok.i >= 1 and doc[tok.i - 1].lower_ == "that"
                and (tok.i == 1 or doc[tok.i - 2].is_sent_start is not False
                     or doc[tok.i - 2].is_punct)
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")


def _adjective_participle(tok: Any) -> bool:
    """'60 pledged delegates were at stake', 'the party's pledged delegates': a participle with
    no auxiliary or subject of its own (the small model makes the number one), between a
    determiner, number or possessive and a noun, modifies the noun; so does a past participle
    after a verb, adjective or comma right before the noun the parse makes its object
    ("include pledged delegates"). Asking only for an object after it, whatever came before,
    lost 0.0012 / 0.0025 content-overlap F1 ("expressed concern that ...")."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    if after.pos_ != "NOUN" or not tok.i:
        return False
    before = doc[tok.i - 1]
    if any(c.dep_ in ("aux", "auxpass") or c.dep_ in ("nsubj", "nsubjpass") and c.i != before.i
           for c in tok.children):
        return False
    return bool(before.pos_ in ("DET", "NUM") or before.tag_ == "POS"
                or tok.tag_ == "VBN" and after.dep_ == "dobj" and after.head.i == tok.i
                and before.pos_ in ("VERB", "ADJ", "PUNCT"))


#: Most tokens from a line's start to the colon of its label ("Editor's note:").
NOTE_LABEL_MAX_TOKENS = 4


def _noted_description(tok: Any) -> bool:
    """'Editor's note: X is a ... who has often vowed to close the border':
    a cue in a relative clause of an editor's note describes someone in the outlet's own
    standing words, which PolNeAR leaves unannotated (1 of 9 such cues right on even
    documents, 1 of 9 on odd). PolNeAR train: content-overlap F1 +0.0003 / +0.0003,
    speaker-attributed F1 +0.0003 / +0.0003 (even / odd documents)."""
    if tok.dep_ != "relcl":
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    label = doc[start : start + NOTE_LABEL_MAX_TOKENS + 1]
    colon = next((t.i for t in label if t.text == ":"), None)
    return colon is not None and colon > start and doc[colon - 1].lower_ == "note"


def _reader_question(tok: Any) -> bool:
    """'Do you back the new mayor? Share this post:': a question put to "you" in a line of
    its own, with no quote marks or label ("Q:"), asks the reader; nobody holds what it asks
    about. PolNeAR train: content-overlap F1 +0.0001 / +0.0003, speaker-attributed F1
    +0.0001 / +0.0002 (even / odd documents); without asking for the auxiliary before "you"
    a rhetorical question in a column was lost too."""
    you = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "you"), None)
    if you is None or not any(c.dep_ == "aux" and c.i < you.i for c in tok.children):
        return False  # "Do you ...": the auxiliary before the subject asks
    doc = tok.doc
    start, end = tok.i, tok.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    while end + 1 < len(doc) and "\n" not in doc[end + 1].text:
        end += 1
    line = doc[start : end + 1]
    ends = [t for t in line if t.text in ("?", ".", "!")]
    return bool(ends and ends[0].text == "?" and ends[0].i > tok.i
                and not any(t.is_quote or t.text == ":" and t.i < tok.i for t in line))
