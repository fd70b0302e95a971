"""Headline cues of the ``quotes`` stage: "Union Leader Denounces New Pension Plan".

A title-cased line makes the small model tag its verb as a proper noun and hang it on the
last noun as a compound, so no verb cue is read there. :func:`headline_cue` reads one: a
capitalised word that is the third-person or past form of a listed reporting or attitude
verb ("Endorses", "Praises", "Dismissed"), in a title-cased line, after a capitalised word
that is no function word, possessive or preposition; the words before it (from the line
start, or from a colon) are the source, the words after it, up to the line end or up to
the next such cue ("Praises Nurses And Criticizes Hospital Board"), the content. PolNeAR annotates
headlines as attributions: 13 of 20 such words in the titles of PolNeAR train's even
documents were gold cues, 16 of 23 in the odd ones. PolNeAR train: content-overlap F1
+0.0004 / +0.0010, speaker-attributed F1 +0.0004 / +0.0012 (even / odd documents);
requiring a named entity in the source lost (the model misses names in title case).
:func:`fivew.quotes_cues.cue_attributions` calls it.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    QuoteLists,
    line_end,
    span_words,
    token_end,
    trim_tokens,
)

__all__ = ["headline_cue", "HEADLINE_MIN_CAPITALISED", "HEADLINE_MAX_WORDS"]

#: Share of a line's words (function words aside) that must be capitalised for it to be a
#: title-cased headline. Set by hand on PolNeAR train's titles: they are capitalised
#: throughout or in sentence case, nothing in between.
HEADLINE_MIN_CAPITALISED = 0.8

#: Most words in a headline; longer title-cased lines are lists of names or titles.
HEADLINE_MAX_WORDS = 25

#: Words left lowercase or not counted in a title-cased line.
_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "for", "and", "or",
                             "as", "at", "by", "with", "from", "but", "is", "are"})

#: Adverbs between a headline's source and its verb, which join the cue ("Just Dismissed").
_CUE_ADVERBS = frozenset({"just", "now", "also", "again", "officially", "finally"})


#: Words that end what comes before a headline's source ("Hours After The Vote, Mayor
#: Praises ...", "Prices Climb As Farmers Blame ...").
_SOURCE_STOPS = _FUNCTION_WORDS | {"after", "before", "when", "while", "amid", "if"}

#: Punctuation that may stand inside a headline's source ("France’s Marine Le Pen").
_SOURCE_PUNCT = frozenset({"’s", "'s", "-", ".", "’", "'", "&"})


def _source_stop(tok: Any) -> bool:
    return bool(tok.lower_ in _SOURCE_STOPS or tok.like_num or tok.is_space
                or tok.is_punct and tok.text not in _SOURCE_PUNCT)


def _verb_lemma(word: str, lists: QuoteLists) -> str | None:
    """The listed cue lemma of which ``word`` is a third-person or past form, if any."""
    lower = word.lower()
    stems = []
    if lower.endswith(("ies", "ied")):
        stems.append(lower[:-3] + "y")
    if lower.endswith(("es", "ed")):
        stems += [lower[:-2], lower[:-1]]
    elif lower.endswith("s"):
        stems.append(lower[:-1])
    return next((s for s in stems if s in lists.speech or s in lists.attitude), None)


def _title_cased(words: list[Any]) -> bool:
    content = [t for t in words if t.is_alpha and t.lower_ not in _FUNCTION_WORDS]
    if len(content) < 3 or len(words) > HEADLINE_MAX_WORDS:
        return False
    capitals = sum(t.text[0].isupper() for t in content)
    return bool(capitals >= HEADLINE_MIN_CAPITALISED * len(content))


def _is_headline_verb(tok: Any, lists: QuoteLists) -> bool:
    if tok.pos_ == "VERB" or not tok.text[:1].isupper() or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if not before.text[:1].isupper() and before.lower_ not in _CUE_ADVERBS:
        return False
    if before.lower_ in _FUNCTION_WORDS or before.dep_ == "case" or before.pos_ == "ADP":
        return False
    return _verb_lemma(tok.text, lists) is not None


def headline_cue(doc: Any, tok: Any, line_start: int, lists: QuoteLists) -> Attribution | None:
    """The attribution of a headline verb ``tok`` in the line starting at ``line_start``."""
    if not _is_headline_verb(tok, lists):
        return None
    last = line_end(doc, tok.i)
    if not _title_cased([t for t in doc[line_start : last + 1] if not t.is_space]):
        return None
    cue_start = tok.i
    while cue_start - 1 > line_start and doc[cue_start - 1].lower_ in _CUE_ADVERBS:
        cue_start -= 1
    start = line_start
    for j in range(cue_start - 1, line_start - 1, -1):
        if _source_stop(doc[j]):
            start = j + 1
            break
    end = last
    for j in range(tok.i + 1, last + 1):
        if doc[j].text in (":", ",", ".") or (doc[j].lower_ == "and" and j + 1 <= last
                                              and _is_headline_verb(doc[j + 1], lists)):
            end = j - 1
            break
    source = trim_tokens(doc, start, cue_start - 1) if cue_start > start else None
    content = trim_tokens(doc, tok.i + 1, end) if end > tok.i else None
    if source is None or content is None or not span_words(doc, content):
        return None
    return Attribution(
        cue=(int(doc[cue_start].idx), token_end(tok)), content=content, kind="indirect",
        confidence=CONFIDENCE["headline"], cue_token=tok, source=source,
        source_head=doc[cue_start - 1],
    )
