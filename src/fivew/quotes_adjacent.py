"""Verbs next to a quote that report it, listed reporting verbs or not.

:mod:`fivew.quotes` ties a quote to the nearest listed reporting verb of its sentence; where
there is none, these look on either side of the quote for a verb that introduces it:

- right after it, with its subject next to it ("“...,” beamed Hartley", "“...,” he
  beamed"), or a reporting verb after a subject of several words that begins right at the
  quote's close ("“...?” Mrs. Clinton asked.");
- right before it, set off by a comma or colon only ("He continued, “...”").

Where the verb after a quote has no subject in the parse, :func:`inverted_speaker` takes the
name right after it ("“...,” said Richard Roe, president of X").

The figures in the docstrings are PolNeAR train's, content-overlap F1 then
speaker-attributed F1, even / odd documents (tuned on the even ones); re-run
``fivew evaluate quotes`` after changing a rule.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_marks import STRIP_MARKS
from fivew.quotes_misread import MISREAD_SUBJECT_MAX_WORDS, misread_report
from fivew.quotes_rules import CLOSING_QUOTES, cue_lemma, load_quote_lists
from fivew.quotes_subjects import cue_subject

__all__ = ["in_aside", "inverted_cue", "inverted_name", "misread_inverted_clause",
           "introducing_cue", "inverted_speaker", "INVERTED_SUBJECT_MAX_WORDS",
           "INTRODUCING_PUNCT", "DESCRIPTION_POS"]

#: Most tokens of a speaker's name or description between a quote and its reporting verb
#: ("“...?” Mrs. Clinton asked.", "“...,” digital consultant Phil Musser says"). Set by
#: hand from the longest names seen on PolNeAR train (even).
INVERTED_SUBJECT_MAX_WORDS = 6

#: Verbs that report a quote only right after it, with the subject between ("“...,” Mr.
#: Roe continued, referring to ..."): listed as reporting verbs they would fire on
#: "continued to fall". On PolNeAR train's even documents "continued" right after a quote
#: was a gold cue 22 times in 27.
QUOTE_ONLY_VERBS = frozenset({"continue"})

#: Punctuation between a verb and the quote it introduces ("He continued, “...”",
#: "Trump issued a statement: “...”").
INTRODUCING_PUNCT = frozenset({",", ":"})

#: How far before a quote its introducing clause is looked for, in characters.
INTRODUCING_WINDOW = 80

#: Words that may open a speaker's description after an inverted cue besides a capitalised
#: word ("“...,” said the woman").
SPEAKER_DETERMINERS = frozenset({"the", "a", "an"})

#: What ends a speaker's name after an inverted cue: the apposition or clause that follows
#: it ("said Robert Roe, who served as ..."), or the sentence's end.
SPEAKER_END_PUNCT = frozenset({",", ".", "(", ";", ":", "—", "–", "-", "!", "?"})


def inverted_cue(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """'“...,” beamed Hartley' / '“...,” he beamed': a verb right after a quote, with its
    subject next to it, reports the quote even when it is no listed reporting verb."""
    span = doc.char_span(chunk[1], min(len(text), chunk[1] + 40), alignment_mode="expand")
    words = [t for t in span or [] if not t.is_punct and not t.is_space][:2]
    if not words or "\n" in text[chunk[1] : words[0].idx]:
        return None
    first = words[0]
    if in_aside(text[chunk[1] : first.idx]):
        return None  # "“...” (X and Y declined to comment.)": an aside of its own
    # a full stop after the closing mark ends the quote's sentence (“...”. He did so), and
    # so does one closing its words (“... solve it.” It’s unclear): the next one's verb
    # reports the quote only if it is a reporting verb
    ended = (any(mark in text[chunk[1] : first.idx] for mark in SENTENCE_END_MARKS)
             or (ends_with_full_stop(text[chunk[0] : chunk[1]]) and first.text[:1].isupper()))
    speech = load_quote_lists().speech
    if first.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i > first.i for c in first.children
                                    ) and not (ended and cue_lemma(first) not in speech):
        return first
    if (first.dep_ == "nsubj" and first.pos_ in ("PRON", "PROPN") and len(words) > 1
            and words[1].pos_ == "VERB" and first.head.i == words[1].i
            and _free_for_quote(words[1]) and not (ended and cue_lemma(words[1]) not in speech)):
        return words[1]
    return _subject_then_cue(span, first) or _misread_cue(span, first)


#: Marks that end a sentence after a quote's closing mark.
SENTENCE_END_MARKS = (".", "!", "?")


def ends_with_full_stop(quote: str) -> bool:
    """Whether a quote's words end in a full stop ('“We need it.”'), not in an ellipsis
    ('“We will see...” he mused'), a comma or a question: followed by a capital, a sentence
    of its own, so the clause after it is no aside reporting it ('“... solve it.” It’s
    unclear if ...', where the parse made "’s" a verb); followed by a small letter, a full
    stop typed for a comma ('“We won.” he beamed')."""
    words = quote.rstrip(STRIP_MARKS)
    return words.endswith(".") and not words.endswith(("..", "…"))


def in_aside(between: str) -> bool:
    """Whether a word after a quote stands in a parenthesis opened after the quote
    (``between`` is the text from the quote's end to the word)."""
    return between.rfind("(") > between.rfind(")")


#: What an unlisted verb governs when it says something of its own, not the quote before it.
_OWN_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative"})


def _free_for_quote(verb: Any) -> bool:
    """Whether ``verb`` can take the quote before it for what was said: a listed reporting
    verb, or another with no object or clause of its own ('“...,” he beamed', not '“... my
    family.” He taught it the principles of psychology', a real page of fundus-eval). Asked
    of a verb after its subject only. PolNeAR train: content-overlap F1 +0.0002 / 0,
    speaker-attributed F1 +0.0003 / 0 (even / odd documents); dev unchanged."""
    return cue_lemma(verb) in load_quote_lists().speech or not any(
        c.dep_ in _OWN_OBJECT_DEPS for c in verb.children)


def _misread_cue(span: Any, first: Any) -> Any:
    """'“...,” a voice-over in the ad states.': a reporting verb closing the clause after a
    quote and its subject that the parse took for a plural noun
    (:func:`fivew.quotes_misread.misread_report`)."""
    for tok in span:
        if tok.i - first.i > MISREAD_SUBJECT_MAX_WORDS or "\n" in tok.text:
            return None
        if misread_report(tok) is not None:
            return tok
    return None


def _subject_then_cue(span: Any, first: Any) -> Any:
    """'“...?” Mrs. Clinton asked.', '“...,” the note says': a listed reporting verb whose
    subject begins right after the quote, however many words the subject has (the parser
    often ends the quote's sentence at its close, putting the cue in a sentence of its own,
    out of reach of the sentence search). PolNeAR train: content-overlap F1 +0.0001 /
    +0.0008, speaker-attributed F1 +0.0003 / +0.0008."""
    speech = load_quote_lists().speech
    for tok in span:
        if tok.i - first.i > INVERTED_SUBJECT_MAX_WORDS or "\n" in tok.text:
            return None
        if tok.pos_ == "VERB":
            subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if (subject is not None and subject.left_edge.i == first.i
                    and (cue_lemma(tok) in speech or tok.lemma_ in QUOTE_ONLY_VERBS)):
                return tok
            return None  # the first verb after the quote is no report of it
    return None


def introducing_cue(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """'He continued, “...”', 'Trump issued a statement, “...”': the verb of the clause right
    before a quote, set off from it by a comma or colon only and with a subject, introduces
    the quote even when it is no listed reporting verb ("continue" is none: "continued to
    fall"). A subordinate clause does not ("Unless rivals quit soon, “...”"), an "as" clause
    does ("As Ridge put it, “...”"). PolNeAR train: content-overlap F1 +0.0009 / +0.0007,
    speaker-attributed F1 +0.0007 / +0.0007."""
    before = doc.char_span(max(0, chunk[0] - INTRODUCING_WINDOW), chunk[0],
                           alignment_mode="contract")
    if before is None or len(before) < 3 or before[-1].text not in INTRODUCING_PUNCT:
        return None
    if "\n" in text[before[-1].idx : chunk[0]]:
        return None
    root = before[-2]
    while root.head.i != root.i and root.head.i < before[-1].i and root.dep_ != "ccomp":
        root = root.head
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in root.children):
        return None
    if root.pos_ == "VERB" and root.i >= before[0].i and cue_subject(root) is not None:
        return root
    return None


def inverted_speaker(doc: Any, text: str, chunk: tuple[int, int],
                     cue: Any) -> tuple[int, int, Any] | None:
    """'“...,” said Richard Roe, president of X': the name right after a cue verb that
    follows its quote, where the parse gave the verb no subject (the small model tags such
    names as adverbs, objects or appositions), as (start, end, head token): the words up to
    the first comma or full stop, at most :data:`INVERTED_SUBJECT_MAX_WORDS`, opening on a
    capitalised word or an article, or up to a conjunction opening a clause ("announced
    Rivers as the housemates sat"); any spaces, a no-break space too, and a comma may stand
    between the quote and the cue. Without it the quote went on from the previous
    speaker, or had none. PolNeAR train: content-overlap F1 +0.0002 / +0.0004,
    speaker-attributed F1 +0.0003 / +0.0008 (even / odd documents)."""
    between = text[chunk[1] : cue.idx]
    if cue.i + 1 >= len(doc) or between.replace(",", " ").strip() or "\n" in between:
        return None
    first = doc[cue.i + 1]
    if first.is_punct:
        return None
    last = first
    for tok in doc[first.i + 1 : first.i + INVERTED_SUBJECT_MAX_WORDS]:
        if tok.text in SPEAKER_END_PUNCT or "\n" in tok.text or tok.is_space or _opens_clause(tok):
            break
        last = tok
    else:
        return None  # no end in sight: no name
    if last.i + 1 >= len(doc) or not (doc[last.i + 1].text in SPEAKER_END_PUNCT
                                      or _opens_clause(doc[last.i + 1])):
        return None
    if not (first.is_title or first.lower_ in SPEAKER_DETERMINERS or _described_name(
            doc[first.i : last.i + 1])):
        return None
    return int(first.idx), int(last.idx) + len(last.text), last


#: Conjunctions that open a clause after a speaker's name ("“...,” announced Rivers as the
#: housemates sat", where the parse made the name the subject of "sat").
NAME_ENDING_CONJUNCTIONS = frozenset({"as", "while", "when", "before", "after", "because"})


def _opens_clause(tok: Any) -> bool:
    """Whether ``tok`` is a conjunction opening a clause after the speaker's name."""
    return bool(tok.lower_ in NAME_ENDING_CONJUNCTIONS and tok.pos_ == "SCONJ")


def inverted_name(cue: Any) -> Any:
    """The head of the name right after cue ``cue`` that follows a quote's closing mark, as
    :func:`inverted_speaker` finds it, for a cue the parse left without a subject; None
    when the cue follows no quote. With it (and the subject inside the quote no longer taken
    for the speaker, see fivew.quotes_subjects.stranded_subject): PolNeAR train
    speaker-attributed F1 +0.0002 / 0 (even / odd documents; 6 speakers changed, all to the
    named speaker, as 'said David Brock, a Clinton confidant'), dev unchanged; on 371 real
    pages 5 quotes of 3 pages change: 4 now with their speaker's name (Joan Rivers, Thilo
    Koslowski), one left without the entity of "they" inside it."""
    doc = cue.doc
    close = next((t for t in doc[max(0, cue.i - 2) : cue.i] if t.text in CLOSING_QUOTES), None)
    if close is None:
        return None
    end = int(close.idx) + len(close.text)
    named = inverted_speaker(doc, doc.text, (end, end), cue)
    return named[2] if named is not None else None


def misread_inverted_clause(cue: Any, clause: Any) -> bool:
    """Whether ``clause``, a complement right after cue ``cue``, opens on the cue's own
    subject the parse took for the clause's: the subject stands before the conjunction that
    opens the clause ("“...,” announced Rivers as the housemates sat": "Rivers" made the
    subject of "sat"). The clause says when it was said, not what."""
    doc = cue.doc
    if clause.i < cue.i or cue.i + 2 >= len(doc) or not _opens_clause(doc[cue.i + 2]):
        return False
    return any(c.dep_ == "nsubj" and c.i == cue.i + 1 for c in clause.children) and any(
        c.dep_ == "mark" and c.i == cue.i + 2 for c in clause.children)


def _described_name(words: Any) -> bool:
    """'said retired neurosurgeon Ben Carson,': a name after a lower-case description,
    its words nouns and adjectives ending on a capitalised proper noun. Before, only a
    speaker opening on a capital or an article was taken, and the quote went on from the
    speaker before it. PolNeAR train: content-overlap F1 and speaker-attributed F1 0 / 0
    below the fourth digit, exact-content F1 +0.0001 / 0 (even / odd documents)."""
    return bool(words[-1].pos_ == "PROPN" and words[-1].is_title
                and all(t.pos_ in DESCRIPTION_POS for t in words))


#: Parts of speech of the words of a lower-case description before a speaker's name
#: ("retired neurosurgeon Ben Carson", "former tech executive Carly Fiorina").
DESCRIPTION_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})
