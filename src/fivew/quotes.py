"""Stage ``quotes``: who said what. Direct quotes, reported speech and their speakers.

Reads ``Article.text``, ``Article.entities`` and the spaCy ``Doc`` of the ``analyse``
stage; writes ``Article.quotes``.

How it works (the rules themselves are in :mod:`fivew.quotes_rules`):

1. **Find** quoted stretches by their marks, and attributions in the parse: a cue (a
   reporting or attitude verb, "called for", "according to"), its content (the clause it
   governs) and its source (its subject).
2. **Reconcile.** A cue inside a quote belongs to the quoted speaker and is dropped. A cue
   inside another attribution's content is part of it ("he said he hoped ...") unless it
   sits in a relative or parenthetical clause ("his forces, which one aide said numbered
   6,000"), where it is a claim of its own. A quote inside an attribution's content makes it
   *direct* when nothing but the quote is attributed, *mixed* otherwise. A quote that no
   parse cue governs takes the nearest reporting verb of its sentence ("“...,” he said"); a
   quote that opens a sentence with no cue continues the attribution before it
   (``“...,” he said. “...”`` and quotes over several paragraphs). Other quoted words are
   scare quotes or titles, not quotes.
3. **Speakers.** A named subject is linked to the article entity it mentions; "he"/"she"
   to the nearest person named before it (as subject first), "they"/"it" to an
   organisation or group, "who" to the noun it qualifies. An unnamed source ("an aide to
   Massoud") keeps its description and gets the entity named inside it as affiliation;
   a later "one aide" inherits the affiliation of an earlier "aide". No name is invented.
4. **Medium**: the addressee and channel hanging on the cue ("told Reuters by telephone",
   "in a statement", "on the Taliban's Alemarah Twitter feed").

Text in another language than English gets no quotes and a note in ``Article.errors``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from fivew.article import Article, Entity, Quote, Span, Speaker
from fivew.quotes_cues import noun_attributions, transcript_lines
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    QuoteLists,
    load_quote_lists,
    nested_kept,
    parse_attributions,
    quote_marks,
    source_core,
    token_end,
    word_count,
)

__all__ = ["find_quotes", "MIN_UNCUED_QUOTE_WORDS"]

#: A quoted stretch with fewer words than this, not closed by punctuation inside the marks,
#: and governed by no cue is a scare quote or a title ("cuties", "Meet the Press").
MIN_UNCUED_QUOTE_WORDS = 4

#: Entity types a pronoun can stand for.
_PRONOUN_TYPES = {"PERSON": ("PERSON",), "PLURAL": ("ORG", "GROUP"), "ORG": ("ORG",)}

#: Quote marks stripped from a quoted stretch to judge its words.
_MARKS = "\"'“”«»„ "

_THAT = re.compile(r"^\W*that\b", re.IGNORECASE)


class _Context:
    """What the speaker rules look up: sentences, entity mentions, quoted stretches."""

    def __init__(self, article: Article, doc: Any, chunks: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = article.text
        self.sent_starts = [s.start_char for s in doc.sents]
        self.chunk_starts = [c[0] for c in chunks]
        self.chunks = chunks
        mentions: list[tuple[int, int, Entity]] = []
        for entity in article.entities:
            mentions.extend((m.start, m.end, entity) for m in entity.mentions)
        mentions.sort(key=lambda m: m[0])
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def quoted(self, char: int) -> bool:
        n = bisect.bisect_right(self.chunk_starts, char) - 1
        return n >= 0 and self.chunks[n][0] <= char < self.chunks[n][1]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``start:end``."""
        n = bisect.bisect_left(self.mention_starts, end)
        for m_start, m_end, entity in reversed(self.mentions[max(0, n - 8) : n]):
            if m_start < end and start < m_end:
                return entity
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m[1] <= end]


# --------------------------------------------------------------------------- reconcile


def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _reconcile_nested(attrs: list[Attribution]) -> list[Attribution]:
    """Keep the outermost attributions, and nested ones in relative/parenthetical clauses."""
    kept: list[Attribution] = []
    for attr in sorted(attrs, key=lambda a: a.content[0] - a.content[1]):
        outer = next((k for k in kept if k.content[0] <= attr.cue[0] < k.content[1]), None)
        if outer is not None:
            if not nested_kept(attr.cue_token, outer.cue_token):
                continue
            attr.nested = True
        if any(attr.content[0] <= k.cue[0] < attr.content[1] and not k.nested for k in kept):
            continue
        kept.append(attr)
    return kept


def _cue_near(ctx: _Context, chunk: tuple[int, int], lists: QuoteLists) -> Any:
    """The reporting verb nearest a quote in its sentence(s), outside the quote."""
    doc, text = ctx.doc, ctx.text
    first, last = ctx.sentence_of(chunk[0]), ctx.sentence_of(chunk[1] - 1)
    before = text[max(0, chunk[0] - 200) : chunk[0]].rstrip()
    colon = before.endswith(":")
    if colon:
        first = ctx.sentence_of(chunk[0] - (len(text[: chunk[0]]) - len(text[: chunk[0]].rstrip()))
                                - 1)  # "He said: “...”"
    lo = ctx.sent_starts[first]
    hi = ctx.sent_starts[last + 1] if last + 1 < len(ctx.sent_starts) else len(text)
    best, best_distance = None, None
    for tok in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if chunk[0] <= tok.idx < chunk[1] or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() not in lists.speech or ctx.quoted(tok.idx):
            continue
        distance = tok.idx - chunk[1] if tok.idx >= chunk[1] else chunk[0] - tok.idx + 20
        if best_distance is None or distance < best_distance:
            best, best_distance = tok, distance
    if best is None and colon:
        # "Cruz called them on it: “...”": the verb before the colon introduces the quote
        colon_at = len(text[: chunk[0]].rstrip()) - 1
        sentence = doc.char_span(ctx.sent_starts[ctx.sentence_of(colon_at)], colon_at,
                                 alignment_mode="expand")
        root = sentence.root if sentence is not None and len(sentence) else None
        if root is not None and root.pos_ == "VERB" and _subject_of(root) is not None:
            best = root
    return best


def _subject_of(tok: Any) -> Any:
    from fivew.quotes_rules import _subject

    return _subject(tok)


def _link_quotes(ctx: _Context, attrs: list[Attribution], chunks: list[tuple[int, int]],
                 continued: set[int]) -> list[Attribution]:
    """Tie each quoted stretch to an attribution, or make a direct one for it."""
    lists = load_quote_lists()
    for attr in attrs:
        attr.extra["quotes"] = []
    made: list[Attribution] = []
    previous: Attribution | None = None  # the attribution of the previous quoted piece
    for chunk in chunks:
        linked = _link_one(ctx, attrs, made, chunk, lists,
                           previous if chunk[0] in continued else None)
        if linked is not None and all(linked is not a for a in attrs + made):
            made.append(linked)
        previous = linked
    return attrs + made


def _link_one(ctx: _Context, attrs: list[Attribution], made: list[Attribution],
              chunk: tuple[int, int], lists: QuoteLists,
              carried_from: Attribution | None) -> Attribution | None:
    """The attribution one quoted piece belongs to (made anew where none is found)."""
    doc, text = ctx.doc, ctx.text
    host = next((a for a in attrs if a.content[0] < chunk[1] and chunk[0] < a.content[1]
                 and not (chunk[0] <= a.cue[0] < chunk[1])), None)
    if host is not None:
        host.extra["quotes"].append(chunk)
        host.content = (min(host.content[0], chunk[0]), max(host.content[1], chunk[1]))
        return host
    inner = text[chunk[0] : chunk[1]].strip(_MARKS).rstrip()
    cue_tok = _cue_near(ctx, chunk, lists)
    subject = _subject_of(cue_tok) if cue_tok is not None else None
    if carried_from is not None and (cue_tok is None or subject is None):
        carried_from.extra["quotes"].append(chunk)
        return carried_from
    if cue_tok is not None and subject is not None:
        if word_count(inner) < MIN_UNCUED_QUOTE_WORDS and not inner.endswith((",", "!", "?")):
            return None
        lo, hi = source_core(subject)
        return Attribution(
            cue=(int(cue_tok.idx), token_end(cue_tok)), content=chunk, kind="direct",
            confidence=CONFIDENCE["direct_same_sentence"], cue_token=cue_tok,
            source=(int(doc[lo].idx), token_end(doc[hi])), source_head=subject,
            extra={"quotes": [chunk]},
        )
    sentence = ctx.sentence_of(chunk[0])
    if text[ctx.sent_starts[sentence] : chunk[0]].strip(" \t\n\"“«'‘(—-"):
        return None  # inside a sentence that quotes without a cue
    if word_count(inner) < MIN_UNCUED_QUOTE_WORDS and not inner.endswith((".", "!", "?")):
        return None  # a scare quote or a title
    prior = [a for a in attrs + made if max(a.cue[1], a.content[1]) <= chunk[0]
             and sentence - ctx.sentence_of(a.cue[0]) <= lists.continuation_max_sentences]
    if not prior:
        return None
    last = max(prior, key=lambda a: max(a.cue[1], a.content[1]))
    return Attribution(
        cue=last.cue, content=chunk, kind="direct", confidence=CONFIDENCE["continuation"],
        cue_token=last.cue_token, source=last.source, source_head=last.source_head,
        extra={"quotes": [chunk], "speaker_of": last},
    )


def _contents(text: str, attr: Attribution) -> list[tuple[int, int]]:
    """Set ``attr.kind`` from its quotes and return its content spans."""
    quotes = sorted(attr.extra.get("quotes", []))
    if not quotes or attr.kind == "direct":
        return quotes or [attr.content]
    start, end = attr.content
    chars = list(text[start:end])
    for s, e in [*quotes, attr.cue, *([attr.source] if attr.source else [])]:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    rest = _THAT.sub("", "".join(chars))
    if re.search(r"\w", rest):
        attr.kind = "mixed"
        return [attr.content]
    attr.kind = "direct"
    return quotes


# --------------------------------------------------------------------------- speakers


def _antecedent(ctx: _Context, pos: int, types: tuple[str, ...],
                speakers: list[tuple[int, Speaker]]) -> Entity | None:
    """The entity a pronoun at ``pos`` stands for: nearest sentence first, subjects first."""
    lists = load_quote_lists()
    by_id = {}
    sentence = ctx.sentence_of(pos)
    lo = ctx.sent_starts[max(0, sentence - lists.antecedent_max_sentences)]
    for _, _, entity in ctx.mentions_in(lo, pos):
        by_id[entity.id] = entity
    for n in range(sentence, max(-1, sentence - lists.antecedent_max_sentences - 1), -1):
        s_lo = ctx.sent_starts[n]
        s_hi = ctx.sent_starts[n + 1] if n + 1 < len(ctx.sent_starts) else len(ctx.text)
        s_hi = min(s_hi, pos)
        found: list[tuple[int, Entity]] = []
        for start, end, entity in ctx.mentions_in(s_lo, s_hi):
            if entity.type not in types or ctx.quoted(start):
                continue
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            found.append((0 if subject else 1, entity))
        for at, speaker in speakers:
            if s_lo <= at < s_hi and speaker.entity_id in by_id:
                entity = by_id[speaker.entity_id]
                if entity.type in types:
                    found.append((0, entity))
        if found:
            return min(found, key=lambda f: f[0])[1]
    return None


def _speaker(ctx: _Context, attr: Attribution,
             speakers: list[tuple[int, Speaker]]) -> Speaker | None:
    if attr.source is None:
        return None
    lists = load_quote_lists()
    start, end = attr.source
    head = attr.source_head
    speaker = Speaker(start=start, end=end, text=ctx.text[start:end])
    role = lists.pronouns.get(head.lower_) if head is not None else None
    if role == "RELATIVE" and attr.cue_token is not None and attr.cue_token.dep_ == "relcl":
        head = attr.cue_token.head  # "X, who said ...": resolved through X, span stays "who"
        lo, hi = source_core(head)
        start, end = int(ctx.doc[lo].idx), token_end(ctx.doc[hi])
        role = lists.pronouns.get(head.lower_)
    if role in _PRONOUN_TYPES and head is not None and head.pos_ == "PRON":
        entity = _antecedent(ctx, int(head.idx), _PRONOUN_TYPES[role], speakers)
        speaker.entity_id = entity.id if entity else None
        return speaker
    if head is not None and head.pos_ == "PRON":
        return speaker  # "I", "we", "you": no entity guessed
    entity = ctx.entity_at(int(head.idx), token_end(head)) if head is not None else None
    if entity is not None and entity.type != "PLACE" or (
        entity is not None and head is not None and head.pos_ == "PROPN"
    ):
        speaker.entity_id = entity.id if entity else None
        return speaker
    # An unnamed source: keep its description, and the entity it is affiliated with.
    speaker.description = ctx.text[start:end]
    inside = [m for m in ctx.mentions_in(start, end) if m[2].type != "PLACE"]
    inside = inside or ctx.mentions_in(start, end)
    if inside:
        speaker.affiliation_entity_id = inside[0][2].id
    elif head is not None:
        lemma = head.lemma_.lower()
        for _, earlier in reversed(speakers):
            if earlier.description and earlier.affiliation_entity_id:
                words = {w.lower().rstrip("s") for w in earlier.description.split()}
                if lemma.rstrip("s") in words:
                    speaker.affiliation_entity_id = earlier.affiliation_entity_id
                    break
    return speaker


def _medium(ctx: _Context, attr: Attribution, contents: list[tuple[int, int]]) -> Span | None:
    """Addressee and channel of the cue: 'told Reuters by telephone', 'in a statement'."""
    tok = attr.cue_token
    if tok is None or "speaker_of" in attr.extra:
        return None
    lists = load_quote_lists()
    parts = []
    holders = [tok]
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in lists.artifacts:
        holders.append(tok.head)  # "a statement on <feed> saying"
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dative", "dobj") and tok.lemma_.lower() in ("tell", "inform",
                                                                            "brief", "notify"):
                if child.pos_ in ("PROPN", "NOUN") or ctx.entity_at(child.idx, token_end(child)):
                    parts.append(child)
            elif child.dep_ == "prep" and child.lower_ in lists.medium_preps:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and (objects[0].lemma_.lower() in lists.medium_nouns
                                or (objects[0].pos_ == "PROPN" and ctx.entity_at(
                                    objects[0].idx, token_end(objects[0])))):
                    parts.append(objects[0] if holder is not tok else child)
    if not parts:
        return None
    start = min(int(p.left_edge.idx) for p in parts)
    end = max(token_end(p.right_edge) for p in parts)
    if any(s < end and start < e for s, e in contents) or start < attr.cue[1] <= start:
        return None
    return Span(start=start, end=end, text=ctx.text[start:end])


# --------------------------------------------------------------------------- stage


def find_quotes(article: Article) -> Article:
    """Write ``article.quotes``: direct quotes and reported speech with their speakers."""
    if article.language not in (None, "en"):
        article.quotes = []
        article.note_error("quotes", "E108", f"quotes are found in English only, not in "
                           f"language {article.language!r}; no quotes extracted")
        return article
    doc = article._doc
    if doc is None:
        return article
    text = article.text
    chunks, continued = quote_marks(text[: len(doc.text)])
    found = parse_attributions(doc) + noun_attributions(doc) + transcript_lines(doc)
    attrs = [a for a in found if not _inside(a.cue[0], chunks)]
    attrs = _reconcile_nested(attrs)
    attrs.sort(key=lambda a: a.content[0])
    ctx = _Context(article, doc, chunks)
    attrs = _link_quotes(ctx, attrs, chunks, continued)
    attrs.sort(key=lambda a: min(a.content[0], a.cue[0]))
    speakers: list[tuple[int, Speaker]] = []
    built: list[tuple[int, int, Attribution, Speaker | None, Span | None]] = []
    for attr in attrs:
        contents = _contents(text, attr)
        prior = attr.extra.get("speaker_of")
        speaker = prior.extra.get("speaker") if prior is not None else _speaker(ctx, attr,
                                                                                speakers)
        attr.extra["speaker"] = speaker
        if speaker is not None:
            speakers.append((speaker.start, speaker))
        medium = _medium(ctx, attr, contents)
        built.extend((s, e, attr, speaker, medium) for s, e in contents)
    built.sort(key=lambda b: b[0])
    merged: list[tuple[int, int, Attribution, Speaker | None, Span | None]] = []
    for item in built:
        if merged and item[0] in continued and merged[-1][2] is item[2]:
            merged[-1] = (merged[-1][0], item[1], *merged[-1][2:])  # one quote, many paragraphs
        else:
            merged.append(item)
    built = merged
    quotes = []
    for n, (start, end, attr, speaker, medium) in enumerate(built, start=1):
        quotes.append(Quote(
            id=f"q{n}", start=start, end=end, text=text[start:end],
            kind=attr.kind,  # type: ignore[arg-type]
            cue=Span(start=attr.cue[0], end=attr.cue[1], text=text[attr.cue[0] : attr.cue[1]]),
            speaker=speaker, medium=medium, confidence=attr.confidence,
        ))
    article.quotes = quotes
    return article
