"""Rules of the ``quotes`` stage: quote marks in the text, and cues in the parse.

Two independent passes feed :mod:`fivew.quotes`, which reconciles them:

- :func:`quote_marks` scans the text once for quoted stretches (straight and curly double
  marks, two apostrophes standing for one, guillemets). A quote left open at the end of a
  paragraph goes on when the next paragraph reopens it; one never reopened is dropped
  (quotes end at line breaks).
- :func:`parse_attributions` walks the dependency parse once for cue words (reporting and
  attitude verbs, "called for", "according to", a "statement ... saying", noun cues such as
  "her call for" or "Trump's assertion that", naming verbs with an object complement,
  "called him a liar"), and for each takes its content (the clausal complement, run on to
  the end of the sentence; the object with its complement, "accused him of lying"; the rest
  of the line after a colon, "he declared: ..."), its source (the subject, the agent of a
  passive, the noun a participle modifies, a noun cue's possessor) and the cue's own span.
  Lines opening with "NAME:" are transcript turns or headline attributions.

Word lists live in ``resources/quotes.json`` (written for fivew).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

#: Confidence of each way of finding an attribution, from most to least reliable. Set
#: by hand from the precision of each rule on PolNeAR train; re-run ``fivew evaluate quotes``
#: after changing them.
CONFIDENCE = {
    "direct_same_sentence": 0.9,
    "speech_clause": 0.85,
    "according_to": 0.85,
    "continuation": 0.75,
    "particle": 0.7,
    "attitude_clause": 0.6,
    "object": 0.55,
    "noun": 0.5,
    "colon": 0.5,
    "no_source": 0.4,
    "noun_no_source": 0.35,
}

#: Dependency labels of a subject's children left out of the speaker's mention: "Massoud,
#: son of Ahmad Shah Massoud, said" is spoken by "Massoud".
SPEAKER_EXCLUDED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis"})

#: A cue under one of these, inside another attribution's content, is kept as a nested
#: claim ("his forces, which one aide said numbered 6,000, ..."); any other nested cue is
#: part of the outer content ("he said he hoped ...") and dropped.
NESTED_KEEP_DEPS = frozenset({"relcl", "appos", "parataxis"})

#: Lemmas of the small English model corrected before cue look-up ("hoping" -> "hop").
LEMMA_FIXES = {"hop": "hope", "retweete": "retweet", "lambaste": "lambast"}

#: Prepositions after a cue's object that belong to what is attributed ("accused him of
#: lying", "blamed Bush for the crisis", "described it as a celebration").
OBJECT_COMPLEMENT_PREPS = frozenset({"of", "for", "as", "over"})

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
#: Two apostrophes stand for a double mark in some wire and archive text (''Like this,'').
DOUBLE_APOSTROPHE = "''"
#: Characters after which a straight mark opens a quote.
_OPENS_AFTER = set(" \t\n([{—–-/:")
_WORD = re.compile(r"[\w’']+")


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


@functools.lru_cache(maxsize=1)
def load_quote_lists() -> QuoteLists:
    """The word lists in ``resources/quotes.json``, read once."""
    raw = json.loads(resources.files("fivew").joinpath("resources/quotes.json").read_text("utf-8"))
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
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- quote marks


def quote_marks(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Quoted stretches of ``text`` as (start, end), marks included, in one linear pass.

    A quote over several paragraphs comes as one piece per paragraph; the second set holds
    the starts of the pieces that continue the one before (their paragraph reopened it).
    """
    spans: list[tuple[int, int]] = []
    continued: set[int] = set()
    open_at: int | None = None
    carried = False  # the open quote comes from an earlier paragraph
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                j = i
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and (text[j] in OPEN_MARKS or text[j] == STRAIGHT
                              or text.startswith(DOUBLE_APOSTROPHE, j)):
                    # each paragraph reopens the mark; the last one closes it
                    spans.append((open_at, len(text[:i].rstrip())))
                    if carried:
                        continued.add(open_at)
                    open_at, carried = j, True
                    i = j + (2 if text.startswith(DOUBLE_APOSTROPHE, j) else 1)
                    continue
                open_at, carried = None, False
            i += 1
            continue
        if ch in OPEN_MARKS:
            if open_at is None or not carried:
                open_at = i
        elif ch in CLOSE_MARKS:
            if open_at is not None:
                spans.append((open_at, i + 1))
                if carried:
                    continued.add(open_at)
                open_at, carried = None, False
        elif ch == STRAIGHT or text.startswith(DOUBLE_APOSTROPHE, i):
            width = 1 if ch == STRAIGHT else 2
            before = text[i - 1] if i else " "
            after = text[i + width] if i + width < n else " "
            if open_at is None:
                if before in _OPENS_AFTER and not after.isspace():
                    open_at = i
            elif not before.isspace() or after.isspace() or after in ".,;:!?)":
                spans.append((open_at, i + width))
                if carried:
                    continued.add(open_at)
                open_at, carried = None, False
            i += width
            continue
        i += 1
    return spans, continued


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- parse


def span_words(doc: Any, span: tuple[int, int]) -> int:
    """Words in a character span of ``doc`` (``Doc.text`` rebuilds the whole text per call)."""
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    return word_count(chars.text) if chars is not None else 0


def token_end(tok: Any) -> int:
    return int(tok.idx + len(tok.text))


def _is_mark(tok: Any) -> bool:
    return tok.text in OPEN_MARKS or tok.text in CLOSE_MARKS or tok.text in ('"', "''", "``")


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
        _is_mark(doc[right]) or doc[right].text in "?!"
    ):
        right -= 1
    if left > right:
        return None
    return int(doc[left].idx), token_end(doc[right])


def source_core(tok: Any) -> tuple[int, int]:
    """Token range (inclusive) of a subject's mention, appositions and clauses left out."""
    left = right = tok.i
    for child in tok.children:
        if child.dep_ in SPEAKER_EXCLUDED_DEPS:
            continue
        if child.i < tok.i:
            left = min(left, child.left_edge.i)
        else:
            right = max(right, child.right_edge.i)
    return left, right


def _subject(tok: Any) -> Any:
    """The subject of a cue verb: its own, its conjunct head's, or its governing verb's."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("there",):
            if child.dep_ == "nsubjpass" and child.lower_ == "it":
                return None  # "it was reported that": no source
            return child
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        return _subject(tok.head)
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in (
        "VERB", "AUX"
    ):
        return _subject(tok.head)  # ", saying ...": said by the main clause's subject
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.head.pos_ in ("VERB", "AUX"):
        return _subject(tok.head.head)  # "responded by blaming ...", "after warning ..."
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "a statement ... saying"
    return None


def _content_range(doc: Any, tok: Any, lists: QuoteLists) -> tuple[int, int, str] | None:
    """Token range (inclusive) of what the cue ``tok`` attributes, and how it was found."""
    lemma = cue_lemma(tok)
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if clauses:
        left = min(c.left_edge.i for c in clauses)
        right = max(c.right_edge.i for c in clauses)
        rule = "speech_clause" if lemma in lists.speech else "attitude_clause"
        return left, right, rule
    particle = _particle_content(tok, lemma, lists)
    if particle is not None:
        return particle
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if xcomps and any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomps[0].children):
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
        left = objects[0].left_edge.i if objects else xcomps[0].left_edge.i
        rule = "attitude_clause" if lemma in lists.attitude else "speech_clause"
        return left, xcomps[0].right_edge.i, rule
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if objects and (lemma in lists.object_content or not _is_bare_pronoun(objects[0])
                    or _object_complement(tok, objects[0]) > objects[0].i):
        # "accused Trump of lying", "described the dinner as a celebration", "called him a liar"
        right = max(objects[0].right_edge.i, _object_complement(tok, objects[0]))
        return objects[0].left_edge.i, right, "object"
    if tok.dep_ == "parataxis" and lemma in lists.speech:
        head = tok.head  # "The economy is strong, he said."
        if tok.i > head.i:
            return head.left_edge.i, tok.left_edge.i - 1, "speech_clause"
        return tok.right_edge.i + 1, head.right_edge.i, "speech_clause"
    return None


def _object_complement(tok: Any, obj: Any) -> int:
    """Last token of what completes a cue's object: 'of lying', 'as a celebration', 'a liar'."""
    right = -1
    for child in tok.children:
        if child.i > obj.i and (child.dep_ in ("oprd", "xcomp", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in OBJECT_COMPLEMENT_PREPS
        )):
            right = max(right, child.right_edge.i)
    return right


def _is_bare_pronoun(tok: Any) -> bool:
    """'said it', 'saw them': an object with nothing to attribute in it."""
    return bool(tok.pos_ == "PRON" and tok.left_edge.i == tok.right_edge.i)


def cue_lemma(tok: Any) -> str:
    """The lemma a cue is looked up by; the small model lemmatises 'hoping' as 'hop'."""
    lemma = str(tok.lemma_).lower()
    return LEMMA_FIXES.get(lemma, lemma) if tok.lower_ != lemma else lemma


def _to_sentence_end(doc: Any, tok: Any, right: int, lists: QuoteLists,
                     bounds: list[tuple[int, int]]) -> int:
    """Stretch a clause after its cue to the end of the sentence: PolNeAR's content runs on
    over coordinated and appended clauses ("said she wanted change, but found him ..."), and
    the parse often cuts the clause short. Stops before another cue verb or a quote mark."""
    end = bounds[tok.i][1] - 1
    for i in range(right + 1, end + 1):
        other = doc[i]
        if _is_mark(other) or (other.pos_ == "VERB" and (cue_lemma(other) in lists.speech)):
            return right
    return int(end)


def _naming_content(tok: Any) -> tuple[int, int, str] | None:
    """'called him a liar': a naming verb is a cue only with an object and its complement."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if objects:
        right = _object_complement(tok, objects[0])
        if right > objects[0].i and any(c.dep_ in ("oprd", "xcomp", "ccomp")
                                        for c in tok.children):
            return objects[0].left_edge.i, right, "object"
    return None


def _particle_content(tok: Any, lemma: str, lists: QuoteLists) -> tuple[int, int, str] | None:
    """'called for X', 'pointed to X': the object of the particle is the content."""
    for child in tok.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in lists.particles.get(lemma, ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i, "particle"
    return None


def _cue_span(doc: Any, tok: Any, content: tuple[int, int]) -> tuple[int, int]:
    """The cue's characters: the verb, with its particle when the content hangs on it."""
    end = token_end(tok)
    particles = load_quote_lists().particles.get(cue_lemma(tok), frozenset())
    for child in tok.children:
        if (child.dep_ in ("prep", "prt") and child.i == tok.i + 1 and child.i < content[0]
                and child.lower_ in particles):
            end = token_end(child)
    return int(tok.idx), end


def parse_attributions(doc: Any) -> list[Attribution]:
    """Every attribution the parse shows, in one pass over the tokens."""
    lists = load_quote_lists()
    found: list[Attribution] = []
    bounds = sentence_bounds(doc)
    for tok in doc:
        lower = tok.lower_
        if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            attr = _according_to(doc, tok, bounds)
            if attr is not None:
                found.append(attr)
            continue
        if tok.pos_ != "VERB":
            continue
        lemma = cue_lemma(tok)
        if lemma not in lists.speech and lemma not in lists.attitude:
            if lemma not in lists.particles:
                continue
            rng = _particle_content(tok, lemma, lists)
            if rng is None and lemma in lists.naming:
                rng = _naming_content(tok)
        else:
            rng = _colon_content(doc, tok) or _content_range(doc, tok, lists)
        if rng is None:
            continue
        left, right, rule = rng
        if left <= tok.i <= right:  # "which he said had been ...": content after the cue
            after = max(tok.i, *(c.right_edge.i for c in tok.children if c.i < tok.i or c.dep_
                                 in ("nsubj", "advmod", "aux", "neg")))
            left, right = (after + 1, right) if right > after + 1 else (left, tok.left_edge.i - 1)
        if rule in ("speech_clause", "attitude_clause") and left > tok.i:
            right = _to_sentence_end(doc, tok, right, lists, bounds)
        span = trim_tokens(doc, left, right)
        if span is None or span_words(doc, span) < 2:
            continue
        subject = _subject(tok)
        if subject is None:
            if lemma not in lists.speech:
                continue
            rule = "no_source"
        attr = Attribution(
            cue=_cue_span(doc, tok, (left, right)),
            content=span,
            kind="indirect",
            confidence=CONFIDENCE[rule],
            cue_token=tok,
        )
        if subject is not None:
            lo, hi = source_core(subject)
            attr.source = (int(doc[lo].idx), token_end(doc[hi]))
            attr.source_head = subject
        found.append(attr)
    return found


#: Most tokens between a cue verb and the colon that opens its content ("declared:",
#: "released the following statement:").
COLON_MAX_GAP = 4


def line_end(doc: Any, i: int) -> int:
    """Index of the last token of the line (paragraph) holding token ``i``."""
    last = i
    while last + 1 < len(doc) and "\n" not in doc[last + 1].text:
        last += 1
    return last


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """(start, end) token indices of each token's sentence, built once (``Token.sent`` walks
    all the sentences of the doc on every call)."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
    return bounds


def _colon_content(doc: Any, tok: Any) -> tuple[int, int, str] | None:
    """'He declared: ...': the rest of the line after a colon that closes the cue's clause."""
    for i in range(tok.i + 1, min(len(doc), tok.i + COLON_MAX_GAP + 2)):
        other = doc[i]
        if other.text == ":":
            last = line_end(doc, i)
            return (i + 1, last, "speech_clause") if last > i + 1 else None
        if other.pos_ in ("VERB", "AUX") or other.is_sent_start or "\n" in other.text:
            return None
    return None


def _according_to(doc: Any, tok: Any, bounds: list[tuple[int, int]]) -> Attribution | None:
    """'according to X, C' and 'C, according to X'."""
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    phrase_left = tok.i
    phrase_right = max(tok.right_edge.i, to.right_edge.i, objects[0].right_edge.i)
    sent_start, sent_end = bounds[tok.i]
    before = (sent_start, phrase_left - 1)
    after = (phrase_right + 1, sent_end - 1)
    left, right = max((before, after), key=lambda r: r[1] - r[0])
    span = trim_tokens(doc, left, right) if right >= left else None
    if span is None or span_words(doc, span) < 3:
        return None
    lo, hi = source_core(objects[0])
    return Attribution(
        cue=(int(tok.idx), token_end(to)),
        content=span,
        kind="indirect",
        confidence=CONFIDENCE["according_to"],
        cue_token=tok,
        source=(int(doc[lo].idx), token_end(doc[hi])),
        source_head=objects[0],
    )


def nested_kept(tok: Any, outer: Any) -> bool:
    """Whether cue ``tok`` is a claim of its own inside ``outer``'s content (a relative or
    parenthetical clause) rather than part of what ``outer`` attributes."""
    node = tok
    for _ in range(64):
        if node is outer or node.head is node:
            return False
        if node.dep_ in NESTED_KEEP_DEPS:
            return True
        node = node.head
    return False
