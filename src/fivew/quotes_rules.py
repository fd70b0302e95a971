"""Rules of the ``quotes`` stage: quote marks in the text, and cues in the parse.

Two independent passes feed :mod:`fivew.quotes`, which reconciles them:

- :func:`quote_marks` scans the text once for quoted stretches (straight and curly double
  marks, guillemets). A quote left open at the end of a paragraph goes on when the next
  paragraph reopens it; one never reopened is dropped (quotes end at line breaks).
- :func:`parse_attributions` walks the dependency parse once for cue words (reporting and
  attitude verbs, "called for", "according to", a "statement ... saying"), and for each
  takes its content (the clausal complement, or the object for verbs such as "deny"), its
  source (the subject, the agent of a passive, the noun a participle modifies) and the
  cue's own span.

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
    "no_source": 0.4,
}

#: Dependency labels of a subject's children left out of the speaker's mention: "Massoud,
#: son of Ahmad Shah Massoud, said" is spoken by "Massoud".
SPEAKER_EXCLUDED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis"})

#: A cue under one of these, inside another attribution's content, is kept as a nested
#: claim ("his forces, which one aide said numbered 6,000, ..."); any other nested cue is
#: part of the outer content ("he said he hoped ...") and dropped.
NESTED_KEEP_DEPS = frozenset({"relcl", "appos", "parataxis"})

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
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
                if j < n and (text[j] in OPEN_MARKS or text[j] == STRAIGHT):
                    # each paragraph reopens the mark; the last one closes it
                    spans.append((open_at, len(text[:i].rstrip())))
                    if carried:
                        continued.add(open_at)
                    open_at, carried = j, True
                    i = j + 1
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
        elif ch == STRAIGHT:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if open_at is None:
                if before in _OPENS_AFTER and not after.isspace():
                    open_at = i
            elif not before.isspace() or after.isspace() or after in ".,;:!?)":
                spans.append((open_at, i + 1))
                if carried:
                    continued.add(open_at)
                open_at, carried = None, False
        i += 1
    return spans, continued


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- parse


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
        doc[left].text in OPEN_MARKS or doc[left].text == STRAIGHT
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
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "a statement ... saying"
    return None


def _content_range(doc: Any, tok: Any, lists: QuoteLists) -> tuple[int, int, str] | None:
    """Token range (inclusive) of what the cue ``tok`` attributes, and how it was found."""
    lemma = tok.lemma_.lower()
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
    if lemma in lists.object_content:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            return objects[0].left_edge.i, objects[0].right_edge.i, "object"
    if tok.dep_ == "parataxis" and lemma in lists.speech:
        head = tok.head  # "The economy is strong, he said."
        if tok.i > head.i:
            return head.left_edge.i, tok.left_edge.i - 1, "speech_clause"
        return tok.right_edge.i + 1, head.right_edge.i, "speech_clause"
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
    particles = load_quote_lists().particles.get(tok.lemma_.lower(), frozenset())
    for child in tok.children:
        if (child.dep_ in ("prep", "prt") and child.i == tok.i + 1 and child.i < content[0]
                and child.lower_ in particles):
            end = token_end(child)
    return int(tok.idx), end


def parse_attributions(doc: Any) -> list[Attribution]:
    """Every attribution the parse shows, in one pass over the tokens."""
    lists = load_quote_lists()
    found: list[Attribution] = []
    for tok in doc:
        lower = tok.lower_
        if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            attr = _according_to(doc, tok)
            if attr is not None:
                found.append(attr)
            continue
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma not in lists.speech and lemma not in lists.attitude:
            if lemma not in lists.particles:
                continue
            rng = _particle_content(tok, lemma, lists)
        else:
            rng = _content_range(doc, tok, lists)
        if rng is None:
            continue
        left, right, rule = rng
        if left <= tok.i <= right:  # "which he said had been ...": content after the cue
            after = max(tok.i, *(c.right_edge.i for c in tok.children if c.i < tok.i or c.dep_
                                 in ("nsubj", "advmod", "aux", "neg")))
            left, right = (after + 1, right) if right > after + 1 else (left, tok.left_edge.i - 1)
        span = trim_tokens(doc, left, right)
        if span is None or word_count(doc.text[span[0] : span[1]]) < 2:
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


def _according_to(doc: Any, tok: Any) -> Attribution | None:
    """'according to X, C' and 'C, according to X'."""
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    phrase_left = tok.i
    phrase_right = max(tok.right_edge.i, to.right_edge.i, objects[0].right_edge.i)
    sent = tok.sent
    before = (sent.start, phrase_left - 1)
    after = (phrase_right + 1, sent.end - 1)
    left, right = max((before, after), key=lambda r: r[1] - r[0])
    span = trim_tokens(doc, left, right) if right >= left else None
    if span is None or word_count(doc.text[span[0] : span[1]]) < 3:
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
