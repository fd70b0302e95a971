"""Shared ground of the ``quotes`` stage: word lists, the attribution record, parse helpers.

The passes that find attributions build on it: :mod:`fivew.quotes_verbs` (verb cues in the
parse), :mod:`fivew.quotes_phrases` ("according to", "in the poll"),
:mod:`fivew.quotes_cues` (noun and adjective cues, transcript lines) and
:mod:`fivew.quotes_marks` (quote marks in the text); :mod:`fivew.quotes` reconciles them and
:mod:`fivew.quotes_speakers` resolves their sources. Here are what they share: the
:class:`QuoteLists` read from ``resources/quotes.json`` (written for fivew), the
:class:`Attribution` they produce, and sentence and line bounds; the span of a speaker's
mention is :mod:`fivew.quotes_mentions`'s. When a cue nested in another
attribution's content is a claim of its own is in :mod:`fivew.quotes_nesting`.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from fivew.quotes_marks import (
    CLOSE_MARKS,
    DOUBLE_APOSTROPHE,
    OPEN_MARKS,
    STRAIGHT,
    word_count,
)

#: Tokens that close a double quotation: the curly mark, a straight one and two apostrophes
#: (the tokenizer's forms), used where a quote ends just before its cue or speaker.
CLOSING_QUOTES = frozenset({CLOSE_MARKS[0], STRAIGHT, DOUBLE_APOSTROPHE})

#: Confidence of each way of finding an attribution: the share of the quotes the rule finds
#: that are right (their words inside a gold attribution's content, with its speaker), as
#: ``benchmarks/quotes_confidence.py`` measures it on PolNeAR train (2026-11-27: 20,376 quotes,
#: 0.812 right; each share drawn towards that by 20 quotes' worth, which moves only the rare
#: rules: "passive" 0.755 of 53, "credit_line" 1.0 of 7). Hand-set values ranked direct quotes
#: above reported speech (0.9 / 0.85); measured, it is the other way round.
CONFIDENCE = {
    "speech_clause": 0.92,
    "continuation": 0.91,
    "credit_line": 0.86,  # "“...” ― Sonya Herridge"
    "credited_post": 0.60,  # "... — Paul Ryan (@SpeakerRyan) July 5, 2016"
    "headline": 0.87,  # "Mayor Slams X"
    "direct_same_sentence": 0.83,
    "view": 0.83,  # "To many voters, X"
    "according_to": 0.83,
    "adjective": 0.77,
    "attitude_clause": 0.73,
    "object": 0.73,
    "passive": 0.77,
    "particle": 0.68,
    "colon": 0.70,
    "survey": 0.65,  # "in the CBS poll"
    "no_source": 0.58,
    "noun": 0.58,
    "that_clause": 0.53,  # an unlisted verb with a "that" clause
    "noun_no_source": 0.42,
}

#: Tags of a finite verb: only such a cue has a subject of its own to look for when the parse
#: gives it none ("Sanders, meanwhile, who sits ..., said that ...").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

#: Cues whose passive subject is the one spoken to, not the speaker ("he was asked about
#: it", "Asked about the wall, ..."): without a "by" agent they have no source.
ADDRESSEE_VERBS = frozenset({"ask", "tell", "urge", "advise", "remind", "question", "brief"})

#: Punctuation that ends a sentence even where the parser runs it on into the next one.
SENTENCE_END = frozenset({".", "?", "!"})

#: Lemmas of the small English model corrected before cue look-up ("hoping" -> "hop").
LEMMA_FIXES = {"hop": "hope", "retweete": "retweet", "lambaste": "lambast"}

@dataclass(frozen=True)
class QuoteLists:
    speech: frozenset[str]
    attitude: frozenset[str]
    object_content: frozenset[str]
    particles: dict[str, frozenset[str]]
    artifacts: frozenset[str]
    medium_nouns: frozenset[str]
    medium_preps: frozenset[str]
    pronouns: dict[str, str]
    noun_cues: dict[str, frozenset[str]]
    naming: frozenset[str]
    noun_source_preps: frozenset[str]
    noun_source_verbs: frozenset[str]
    continuation_max_sentences: int
    antecedent_max_sentences: int
    raising: frozenset[str]
    clause_only: frozenset[str]
    adjective_cues: dict[str, frozenset[str]]
    raising_passive: frozenset[str]
    survey_nouns: frozenset[str]
    stance: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def quote_resource() -> dict[str, Any]:
    """``resources/quotes.json`` as read, once: the one reader of the stage's word lists
    (:func:`load_quote_lists` here, and the lists of :mod:`fivew.quotes_agents` and
    :mod:`fivew.quotes_idioms`). Callers must not change it."""
    raw: dict[str, Any] = json.loads(
        resources.files("fivew").joinpath("resources/quotes.json").read_text("utf-8"))
    return raw


@functools.lru_cache(maxsize=1)
def load_quote_lists() -> QuoteLists:
    """The word lists in ``resources/quotes.json``, read once."""
    raw = quote_resource()
    return QuoteLists(
        speech=frozenset(raw["speech_verbs"]),
        attitude=frozenset(raw["attitude_verbs"]),
        object_content=frozenset(raw["object_content_verbs"]),
        particles={k: frozenset(v) for k, v in raw["particle_cues"].items()},
        artifacts=frozenset(raw["artifact_nouns"]),
        medium_nouns=frozenset(raw["medium_nouns"]),
        medium_preps=frozenset(raw["medium_prepositions"]),
        pronouns=dict(raw["speaker_pronouns"]),
        naming=frozenset(raw["naming_verbs"]),
        noun_cues={k: frozenset(v) for k, v in raw["noun_cues"].items()},
        noun_source_preps=frozenset(raw["noun_cue_source_prepositions"]),
        noun_source_verbs=frozenset(raw["noun_cue_source_verbs"]),
        continuation_max_sentences=int(raw["continuation_max_sentences"]),
        antecedent_max_sentences=int(raw["antecedent_max_sentences"]),
        raising=frozenset(raw["raising_verbs"]),
        clause_only=frozenset(raw["clause_only_verbs"]),
        adjective_cues={k: frozenset(v) for k, v in raw["adjective_cues"].items()},
        raising_passive=frozenset(raw["raising_passive_verbs"]),
        survey_nouns=frozenset(raw["survey_nouns"]),
        stance=frozenset(raw["stance_verbs"]),
    )


@dataclass
class Attribution:
    """One attribution found by the rules, in character offsets (before records are built)."""

    cue: tuple[int, int]
    content: tuple[int, int]
    kind: str
    confidence: float
    cue_token: Any = None
    source: tuple[int, int] | None = None
    source_head: Any = None
    nested: bool = False
    #: Content fragments when the cue interrupts the content ("X, he said, Y"); ``content``
    #: is then their hull.
    parts: list[tuple[int, int]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


#: Past forms of reporting verbs that do not add "-ed" ("Said Porter:", "Wrote Smith:").
IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def past_of_speech_verb(word: str, more: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` (lower case) is the past form of a listed reporting verb or of one
    of ``more`` (lemmas). The model tags a capitalised "Said" or "Joked" opening a label
    as part of a name, so the token's lemma cannot tell; a few suffix rules and the
    irregular forms can."""
    speech = load_quote_lists().speech  # asked of most names' first word: no set is built
    if word in IRREGULAR_PAST:
        lemmas: tuple[str, ...] = (IRREGULAR_PAST[word],)
    elif word.endswith("ed"):
        stem = word[:-2]
        lemmas = (stem, stem + "e", stem[:-1] + "y", stem[:-1])
    else:
        return False
    return any(lemma in speech or lemma in more for lemma in lemmas)


# --------------------------------------------------------------------------- parse


def span_words(doc: Any, span: tuple[int, int]) -> int:
    """Words in a character span of ``doc`` (``Doc.text`` rebuilds the whole text per call)."""
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    return word_count(chars.text) if chars is not None else 0


#: Parts of speech of a one-word content worth attributing ("supported Trump", "said no");
#: other single words ("said that", "did it") are too little to be a claim. Measured on
#: PolNeAR train (NOUN and INTJ as well as PROPN: +0.0005 content-overlap F1).
ONE_WORD_CONTENT_POS = frozenset({"PROPN", "NOUN", "INTJ"})


def enough_words(doc: Any, span: tuple[int, int]) -> bool:
    """Whether a content span says enough to be a claim: two words, or one named thing."""
    words = span_words(doc, span)
    if words != 1:
        return words > 1
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return any(t.pos_ in ONE_WORD_CONTENT_POS for t in tokens or [])


#: Entity labels of a time, not a topic: a content or object of nothing but these says
#: when, not what ("agreed on Tuesday", "a statement on Tuesday morning").
WHEN_ENTITIES = frozenset({"DATE", "TIME"})

#: Tags of a relative pronoun ("which", "who", "that").
RELATIVE_TAGS = frozenset({"WDT", "WP"})

#: Object pronouns that stand for people ("To them, X"; "embraced him").
PERSONAL_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "them", "us", "you"})


def only_when(tokens: Any) -> bool:
    """Whether ``tokens`` (a span or slice) hold words, all of them a date or time."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in WHEN_ENTITIES for t in words)


def token_end(tok: Any) -> int:
    return int(tok.idx + len(tok.text))


#: Dependency labels of a clause's own nominal subject ("the plan failed", "it is clear").
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def has_own_subject(clause: Any) -> bool:
    """Whether the verb ``clause`` has a subject of its own in the parse."""
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)


def is_mark(tok: Any) -> bool:
    return tok.text in OPEN_MARKS or tok.text in CLOSE_MARKS or tok.text in ('"', "''", "``")


def repeated_preposition_end(prep: Any, right: int) -> int:
    """The end of a preposition's object with the same preposition again after "and" ("a
    supporter of NATO and of U.S. solidarity"), which the parse makes a conjunct of it.
    PolNeAR dev content-overlap F1 +0.0004, speaker-attributed +0.0005; train 0 / +0.0001,
    0 / 0 (even / odd documents); 371 real pages unchanged."""
    again = [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
    return max(right, again[-1].right_edge.i) if again else right


def trim_tokens(doc: Any, left: int, right: int) -> tuple[int, int] | None:
    """Character span of tokens ``left..right`` (inclusive) without edge punctuation.

    Quote marks stay, and so do a final "?" or "!" (part of what was said); a final period,
    comma, colon or dash goes, as PolNeAR's guidelines ask.
    """
    while left <= right and (doc[left].is_punct or doc[left].is_space) and not (
        doc[left].text in OPEN_MARKS or doc[left].text in (STRAIGHT, DOUBLE_APOSTROPHE)
    ):
        left += 1
    while left <= right and (doc[right].is_punct or doc[right].is_space) and not (
        is_mark(doc[right]) or doc[right].text in "?!"
    ):
        right -= 1
    if left > right:
        return None
    return int(doc[left].idx), token_end(doc[right])


def cue_lemma(tok: Any) -> str:
    """The lemma a cue is looked up by; the small model lemmatises 'hoping' as 'hop'."""
    lemma = str(tok.lemma_).lower()
    return LEMMA_FIXES.get(lemma, lemma) if tok.lower_ != lemma else lemma


def line_end(doc: Any, i: int) -> int:
    """Index of the last token of the line (paragraph) holding token ``i``."""
    last = i
    while last + 1 < len(doc) and "\n" not in doc[last + 1].text:
        last += 1
    return last


class Bounds:
    """(start, end) token indices of the stretch (sentence, line) holding a token, looked up
    by bisection in the stretches' first tokens: built without walking the tokens, since
    creating spaCy ``Token`` objects is what a pass over the doc costs."""

    def __init__(self, starts: list[int], length: int) -> None:
        self.starts = sorted(set(starts) | {0})
        self.length = length

    def __getitem__(self, i: int) -> tuple[int, int]:
        n = bisect.bisect_right(self.starts, i)
        end = self.starts[n] if n < len(self.starts) else self.length
        return self.starts[n - 1], end


def doc_chars(doc: Any) -> int:
    """How many characters of text ``doc`` covers, ``len(doc.text)`` without building the
    text: ``Doc.text`` creates a ``Token`` for every word, and the stages asked for it
    hundreds of times per page (a fifth of the quotes stage's time on PolNeAR dev)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)


#: Key of the line starts cached on a doc (see :func:`_line_starts`).
_LINE_STARTS_KEY = "fivew.quotes_rules.line_starts"


def _line_starts(doc: Any) -> list[int]:
    """First token of every line: the one after each token holding a line break. Found once
    per doc and kept in its ``user_data`` (the sentence and line bounds of each step ask
    for them again)."""
    cached = doc.user_data.get(_LINE_STARTS_KEY)
    if cached is not None:
        return list(cached)
    text = doc.text
    offsets = doc.to_array("IDX").tolist()
    starts = []
    at = text.find("\n")
    while at >= 0:
        starts.append(bisect.bisect_right(offsets, at))  # after the token holding it
        at = text.find("\n", at + 1)
    found = [i for i in starts if i < len(doc)]
    doc.user_data[_LINE_STARTS_KEY] = tuple(found)
    return found


def quote_sentence_starts(text: str, chunks: list[tuple[int, int]]) -> list[int]:
    """Starts of the quotes that open a sentence after a full stop: the parser often runs
    ``“A,” she said. “B.”`` into one sentence, and "B" is a sentence of its own. Not a
    quote opening with a small letter: its full stop ends an abbreviation ('said the U.S.
    “clearly” needed X' gave the content "the U.S."; PolNeAR train: content-overlap and
    speaker-attributed F1 0 / +0.0001, even / odd documents, one such content; dev and 371
    real pages unchanged)."""
    starts = []
    for start, end in chunks:
        before = start - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        first = next((c for c in text[start:end] if c.isalpha()), "")
        if before >= 0 and text[before] in SENTENCE_END and not first.islower():
            starts.append(start)
    return starts


def sentence_bounds(doc: Any, extra_starts: Sequence[int] = ()) -> Bounds:
    """Sentence of each token (``Token.sent`` walks all the sentences on every call); a line
    break ends a sentence, whatever the parser says, and so does a character offset of
    ``extra_starts`` (see :func:`quote_sentence_starts`)."""
    offsets = doc.to_array("IDX").tolist()
    extra = [bisect.bisect_left(offsets, char) for char in extra_starts]
    return Bounds([sent.start for sent in doc.sents] + _line_starts(doc)
                  + [i for i in extra if i < len(doc)], len(doc))


def line_bounds(doc: Any) -> Bounds:
    """Line (paragraph) of each token."""
    return Bounds(_line_starts(doc), len(doc))
