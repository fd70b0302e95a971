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

:func:`title_attributions` reads what the parse and :func:`headline_cue` leave in a
document's first line (its title), called by :func:`fivew.quotes.find_quotes`: in a
title-cased line, listed verbs the model tags a verb or noun but whose content it misses,
listed phrasal verbs ("Calls On") and a second verb joined to the first ("Backs X And
Denounces Y"), with naming verbs ("Calls X ‘Y’") and passive participles ("X Named By Y")
read as :func:`headline_cue` now reads them too; in a sentence-case line, a listed verb
after the noun phrase opening it ("Mayor denounces council over fees"). Figures in each
docstring (PolNeAR train, content-overlap F1, then speaker-attributed F1, even / odd
documents).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_noncues import not_a_cue
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    QuoteLists,
    line_end,
    load_quote_lists,
    span_words,
    token_end,
    trim_tokens,
)

__all__ = ["headline_cue", "title_attributions", "title_cased", "HEADLINE_MIN_CAPITALISED",
           "HEADLINE_MAX_WORDS", "SENTENCE_SOURCE_MAX_WORDS"]

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
    """The listed cue lemma (a reporting, attitude or naming verb) of which ``word`` is a
    third-person or past form, if any."""
    lower = word.lower()
    stems = []
    if lower.endswith(("ies", "ied")):
        stems.append(lower[:-3] + "y")
    if lower.endswith(("es", "ed")):
        stems += [lower[:-2], lower[:-1]]
    elif lower.endswith("s"):
        stems.append(lower[:-1])
    # naming verbs too ("Calls X ‘Y’", "Named"): PolNeAR train +0.0001 / +0.0002,
    # +0.0001 / +0.0001 (even / odd documents)
    return next((s for s in stems
                 if s in lists.speech or s in lists.attitude or s in lists.naming), None)


def title_cased(words: list[Any]) -> bool:
    content = [t for t in words if t.is_alpha and t.lower_ not in _FUNCTION_WORDS]
    if len(content) < 3 or len(words) > HEADLINE_MAX_WORDS:
        return False
    capitals = sum(t.text[0].isupper() for t in content)
    return bool(capitals >= HEADLINE_MIN_CAPITALISED * len(content))


def _is_headline_verb(tok: Any, lists: QuoteLists) -> bool:
    if tok.pos_ == "VERB" or not tok.text[:1].isupper() or tok.i == 0:
        return False
    return _after_source(tok.doc[tok.i - 1]) and _verb_lemma(tok.text, lists) is not None


def _after_source(before: Any) -> bool:
    """Whether ``before``, the word before a headline verb, can end its source."""
    if not before.text[:1].isupper() and before.lower_ not in _CUE_ADVERBS:
        return False
    return not (before.lower_ in _FUNCTION_WORDS or before.dep_ == "case"
                or before.pos_ == "ADP")


def headline_cue(doc: Any, tok: Any, line_start: int, lists: QuoteLists) -> Attribution | None:
    """The attribution of a headline verb ``tok`` in the line starting at ``line_start``."""
    if not _is_headline_verb(tok, lists):
        return None
    last = line_end(doc, tok.i)
    if not title_cased([t for t in doc[line_start : last + 1] if not t.is_space]):
        return None
    return _headline_attribution(doc, tok, line_start, last, lists,
                                 _particle(doc, tok, last, lists))


def _headline_attribution(doc: Any, tok: Any, line_start: int, last: int, lists: QuoteLists,
                          cue_last: int | None = None) -> Attribution | None:
    cue_last = tok.i if cue_last is None else cue_last
    cue_start = tok.i
    while cue_start - 1 > line_start and doc[cue_start - 1].lower_ in _CUE_ADVERBS:
        cue_start -= 1
    start = line_start
    for j in range(cue_start - 1, line_start - 1, -1):
        if _source_stop(doc[j]):
            start = j + 1
            break
    content = _headline_content(doc, doc[cue_last], last, lists)
    source = trim_tokens(doc, start, cue_start - 1) if cue_start > start else None
    source_head = doc[cue_start - 1]
    agent = _passive_agent(doc, tok, cue_last, last)
    if agent is not None and source is not None:  # "Suspect Named By Police": swapped
        content, source, source_head = source, agent[0], agent[1]
    if source is None or content is None:
        return None
    return Attribution(
        cue=(int(doc[cue_start].idx), token_end(doc[cue_last])), content=content, kind="indirect",
        confidence=CONFIDENCE["headline"], cue_token=tok, source=source,
        source_head=source_head,
    )


def _passive_agent(doc: Any, tok: Any, cue_last: int, last: int) -> tuple[Any, Any] | None:
    """'Harbour Chief Named By Council ...': the agent after a past participle and "By"
    (span, head), which is the source; what comes before the participle is the content.
    PolNeAR train: +0.0001 / 0, +0.0001 / 0 (even / odd documents)."""
    if cue_last != tok.i or not tok.lower_.endswith("d") or cue_last + 2 > last:
        return None
    if doc[cue_last + 1].lower_ != "by":
        return None
    end = cue_last + 1
    while end + 1 <= last and doc[end + 1].text[:1].isupper() and not _source_stop(doc[end + 1]):
        end += 1
    span = trim_tokens(doc, cue_last + 2, end) if end > cue_last + 1 else None
    return (span, doc[end]) if span is not None else None


def _headline_content(doc: Any, tok: Any, last: int, lists: QuoteLists) -> tuple[int, int] | None:
    """What a headline verb reports: the words after it, up to the line end, a colon, comma
    or stop, or a coordinated headline verb ("Praises X And Criticizes Y")."""
    end = last
    for j in range(tok.i + 1, last + 1):
        if doc[j].text in (":", ",", ".") or (doc[j].lower_ == "and" and j + 1 <= last
                                              and _is_headline_verb(doc[j + 1], lists)):
            end = j - 1
            break
    content = trim_tokens(doc, tok.i + 1, end) if end > tok.i else None
    return content if content is not None and span_words(doc, content) else None


#: Words joining a second headline verb to the first, whose source it shares ("Backs X And
#: Denounces Y", "Aims Insult At X, Slams Y").
_CUE_JOINS = frozenset({"and", ","})


def title_attributions(doc: Any, found: list[Attribution]) -> list[Attribution]:
    """Headline cues of a document's title-cased first line (its title) that neither the
    parse nor :func:`headline_cue` read: a capitalised form of a listed verb that the model
    tags a verb or noun but whose content it does not parse ("Senator Claims Plan Best
    Ever", "Mayor Calls On Board To Resign"), and a second verb joined to an earlier cue
    by "And" or a comma ("Backs X And Denounces Y"), which shares that cue's source; the
    earlier cue's content then ends before the join. ``found``: the attributions found
    so far. PolNeAR train: +0.0004 / +0.0001, +0.0004 / +0.0001 (even / odd documents;
    of the 87 gold attributions in the titles of the even ones that were missed, 5 more
    are found, no false one is added); the phrasal verbs +0.0000 / 0, +0.0001 / 0. A
    sentence-case title goes to :func:`_sentence_cased_cue`."""
    lists = load_quote_lists()
    start = 0
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return []
    last = line_end(doc, start)
    if not title_cased([t for t in doc[start : last + 1] if not t.is_space]):
        sentence_cased = _sentence_cased_cue(doc, start, last, found, lists)
        return [sentence_cased] if sentence_cased is not None else []
    line_stop = token_end(doc[last])
    cues = sorted((a for a in found if a.cue[0] < line_stop), key=lambda a: a.cue[0])
    made: list[Attribution] = []
    for tok in doc[start + 1 : last + 1]:
        if not tok.text[:1].isupper() or any(a.cue[0] <= tok.idx < a.cue[1] for a in cues):
            continue
        particle = _particle(doc, tok, last, lists)
        if particle is None and _verb_lemma(tok.text, lists) is None:
            continue
        before = doc[tok.i - 1]
        earlier = [a for a in cues if a.cue[1] <= before.idx and a.source is not None]
        if before.lower_ in _CUE_JOINS and earlier:
            attr = _joined(doc, tok, earlier[-1], last, lists)
        elif (tok.pos_ != "PROPN" or particle is not None) and _after_source(before):
            attr = _headline_attribution(doc, tok, start, last, lists, particle)
        else:
            continue
        if attr is not None:
            made.append(attr)
            cues = sorted([*cues, attr], key=lambda a: a.cue[0])
    return made


def _particle(doc: Any, tok: Any, last: int, lists: QuoteLists) -> int | None:
    """Index of the particle after a headline verb that makes it a listed phrasal cue
    ("Calls On", "Hints At"), if any."""
    if tok.i + 1 > last:
        return None
    lower = tok.lower_
    nxt = doc[tok.i + 1].lower_
    stems = [lower[:-3] + "y", lower[:-2], lower[:-1]] if lower.endswith(("s", "d")) else []
    return tok.i + 1 if any(nxt in lists.particles.get(s, ()) for s in stems) else None


def _joined(doc: Any, tok: Any, first: Attribution, last: int,
            lists: QuoteLists) -> Attribution | None:
    """The attribution of a headline verb ``tok`` joined to the earlier cue ``first``."""
    content = _headline_content(doc, tok, last, lists)
    if content is None:
        return None
    join = doc[tok.i - 1]
    if first.content[0] < join.idx < first.content[1]:
        end = trim_tokens(doc, first.cue_token.i + 1, join.i - 1) if first.cue_token else None
        if end is None or end[1] <= first.content[0]:
            return None
        first.content = (first.content[0], end[1])
        first.parts = [(s, min(e, end[1])) for s, e in first.parts if s < end[1]]
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=content, kind="indirect",
        confidence=CONFIDENCE["headline"], cue_token=tok, source=first.source,
        source_head=first.source_head,
    )


#: Parts of speech a sentence-case headline's source is made of ("GOP big-money group",
#: "London's Muslim mayor").
_SOURCE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"})

#: Most words in a sentence-case headline's source (set by hand: "London's Muslim mayor",
#: "Liberal Oscar-winner Sarandon").
SENTENCE_SOURCE_MAX_WORDS = 5

#: What ends a sentence-case headline's content.
_CONTENT_STOPS = frozenset({";", ":", ".", "—", "–"})


def _plural_subject_verb(tok: Any, lists: QuoteLists) -> bool:
    """'Farmers vow to ...': a listed verb's bare form after a plural noun. PolNeAR train:
    +0.0002 / +0.0001, +0.0002 / +0.0001 (even / odd documents)."""
    if tok.lower_ not in lists.speech and tok.lower_ not in lists.attitude:
        return False
    before = tok.doc[tok.i - 1]
    plural = before.lower_.endswith("s") and not before.lower_.endswith(("'s", "’s", "ss"))
    return bool(before.tag_ in ("NNS", "NNPS") or plural)


def _third_person_verb(tok: Any, lists: QuoteLists) -> bool:
    """'Mayor denounces ...': the third-person form of a listed verb, in lower case."""
    return bool(tok.lower_.endswith("s") and _verb_lemma(tok.lower_, lists) is not None)


def _sentence_cased_cue(doc: Any, start: int, last: int, found: list[Attribution],
                        lists: QuoteLists) -> Attribution | None:
    """'Mayor denounces council over fees': a lowercase listed verb right after the noun
    phrase opening a sentence-case title (the model often tags it a noun, and the title a
    noun phrase), not followed by a preposition or verb ("Criminal charges against X could
    ..."), nor inside a cue already found; its content runs to the title's end or a
    semicolon, colon, stop or dash. PolNeAR train: +0.0002 / +0.0004, +0.0001 / +0.0004
    (even / odd documents); without the test on the next word, content-overlap F1
    +0.0001 / -0.0001; taking the bare form of any listed verb ("campaign", "report"),
    0 / -0.0003."""
    taken = [a.cue for a in found if a.cue[0] < token_end(doc[last])]
    for tok in doc[start + 1 : min(last, start + SENTENCE_SOURCE_MAX_WORDS) + 1]:
        if not (tok.is_lower and (_third_person_verb(tok, lists)
                                  or _plural_subject_verb(tok, lists))):
            if tok.pos_ not in _SOURCE_POS:
                return None
            continue
        if tok.i + 1 > last or doc[tok.i + 1].pos_ in ("ADP", "AUX", "VERB") or any(
                s <= tok.idx + len(tok.text) and tok.idx < e for s, e in taken):
            return None
        if not_a_cue(tok):  # "X reminds me of Y" (quotes_noncues), as in any sentence
            return None
        end = last
        for j in range(tok.i + 1, last + 1):
            if doc[j].text in _CONTENT_STOPS:
                end = j - 1
                break
        content = trim_tokens(doc, tok.i + 1, end) if end > tok.i else None
        source = trim_tokens(doc, start, tok.i - 1)
        if content is None or source is None or not span_words(doc, content):
            return None
        return Attribution(
            cue=(int(tok.idx), token_end(tok)), content=content, kind="indirect",
            confidence=CONFIDENCE["headline"], cue_token=tok, source=source,
            source_head=doc[tok.i - 1],
        )
    return None
