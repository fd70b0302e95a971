"""Stage ``quotes``: who said what. Direct quotes, reported speech and their speakers.

Reads ``Article.text``, ``Article.entities`` and the ``analyse`` stage's spaCy ``Doc``; writes
``Article.quotes``, each with a measured ``confidence`` (:mod:`fivew.quotes_confidence`).

How it works. The rules are in modules of their own, ``fivew.quotes_<name>``, by step:
finding cues and contents (verbs, complements, asides, objects, findings, colons, cues,
support, transcripts, phrases, stance, idioms, comparing, channels, headlines, questions, noncues,
noun_uses, false_uses, furniture), how far a content reaches (nesting, extents, extent_edges,
conjuncts, bounds, splits), quote marks and their cues (marks, adjacent, introduced, misread,
linking, continuations, colons, named, credits), speakers (subjects, agents, controllers,
participles, misparsed_speakers, speaker_conjuncts, included_holders, experiencers,
antecedents, speakers), and what they share (rules, with the word lists of
``resources/quotes.json``):

1. **Find** quoted stretches by their marks, and attributions in the parse: a cue (a
   reporting or attitude verb, "called for", "according to"), its content (the clause it
   governs) and its source (its subject). A quote credited after it ("“...” ― Name") is
   the name's; a transcript's turn ("NAME: ...") its label's, where the label can speak
   and the words state something. The parse takes each line, and a line's wire dateline or
   heading in capitals, for a sentence of its own (:mod:`fivew.nlp`): no heading speaks.
2. **Reconcile.** A cue inside a quote belongs to the quoted speaker and is dropped. A cue
   inside another attribution's content is part of it ("he said he hoped ...") unless it
   sits in a relative or parenthetical clause ("his forces, which one aide said numbered
   6,000"), where it is a claim of its own, or is a participle going on from the speaker
   ("said X, adding that Y"), where the outer content ends before it, as it does before a
   question put to the speaker ("said X when asked whether Y"), a contrastive clause
   ("said X, while others said Y"), the same verb for a second speaker ("Most said X, and
   a third said Y"), a quoted name ("said X, and called it “Y”") or a reported relative
   clause closing it ("backed X, which he said ...", see
   :mod:`fivew.quotes_bounds`); a cue in a clause fronted before the cue governing it
   ("Though he never criticized X, he made it clear that Y"), or before a clause holding a
   cue ("Saying X, he went on to voice doubts ..."), keeps its content inside that clause.
   A quote inside an attribution's content makes it *direct* when nothing but the quote is
   attributed, *mixed* otherwise. A quote that no parse cue governs takes the nearest
   reporting verb of its sentence ("“...,” he said"), else a verb right next to it ("He
   continued, “...”", see :mod:`fivew.quotes_adjacent`), and brings the clause it closes
   with it (see :mod:`fivew.quotes_linking`); a quote that opens a sentence with no cue
   continues the attribution before it (``“...,” he said. “...”`` and quotes over several
   paragraphs). Other quoted words are scare quotes or titles, not quotes.
3. **Speakers.** A named subject is linked to the article entity it mentions; "he"/"she" to
   the nearest person named before it (as subject first) whose given name or title agrees
   with the pronoun, "they"/"it" to an organisation or group, "who" to the noun it
   qualifies. An unnamed source ("an aide to Massoud") keeps its description and gets the
   entity named inside it as affiliation; a later "one aide" inherits the affiliation of an
   earlier "aide". No name is invented.
4. **Medium**: the addressee and channel hanging on the cue ("told Reuters by telephone",
   "in a statement", "on the Taliban's Alemarah Twitter feed").

Text in another language than English gets no quotes and a note in ``Article.errors``.
"""

from __future__ import annotations

import re

from fivew.article import Article, Quote, Span, Speaker
from fivew.quotes_adjacent import inverted_speaker
from fivew.quotes_colons import colon_label, colon_led
from fivew.quotes_confidence import quote_confidence
from fivew.quotes_continuations import MIN_UNCUED_QUOTE_WORDS, mixed_continuation, quotes_words
from fivew.quotes_credits import credited_quotes
from fivew.quotes_cues import cue_attributions
from fivew.quotes_extent_edges import edged_contents, listed_quotes
from fivew.quotes_furniture import cell_label, date_line, posted_stamp
from fivew.quotes_headlines import title_attributions
from fivew.quotes_idioms import idiom_attributions
from fivew.quotes_introduced import fallback_cue, quote_host, quote_subject
from fivew.quotes_linking import (
    after_preposition,
    bare_report,
    cue_near,
    lead_in,
    object_title,
    quoted_title,
    sentence_quoter,
    within_speaker,
)
from fivew.quotes_marks import STRIP_MARKS, introduced, quote_marks, word_count
from fivew.quotes_mentions import source_chars
from fivew.quotes_nesting import reconcile_nested
from fivew.quotes_questions import question_attributions
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    QuoteLists,
    cue_lemma,
    doc_chars,
    load_quote_lists,
    quote_sentence_starts,
    token_end,
)
from fivew.quotes_speakers import Context, medium_of, speaker_of
from fivew.quotes_subjects import cue_subject
from fivew.quotes_transcripts import names_speaker, quoted_turns
from fivew.quotes_verbs import parse_attributions

__all__ = ["find_quotes", "MIN_UNCUED_QUOTE_WORDS"]

_THAT = re.compile(r"^\W*that\b", re.IGNORECASE)


def _link_quotes(ctx: Context, attrs: list[Attribution], chunks: list[tuple[int, int]],
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
    for attr in attrs:  # a claim nested in another's content holds the quotes inside it
        if attr.nested:  # too ("quoted X as saying: “...”"), for its kind
            attr.extra["quotes"] += [c for c in chunks if attr.content[0] <= c[0]
                                     and c[1] <= attr.content[1] and c not in attr.extra["quotes"]]
    return attrs + made


def _link_one(ctx: Context, attrs: list[Attribution], made: list[Attribution],
              chunk: tuple[int, int], lists: QuoteLists,
              carried_from: Attribution | None) -> Attribution | None:
    """The attribution one quoted piece belongs to (made anew where none is found)."""
    text = ctx.text
    hosts = [a for a in attrs if a.content[0] < chunk[1] and chunk[0] < a.content[1]
             and not (chunk[0] <= a.cue[0] < chunk[1])]
    # "X explained: “...,” Roe wrote": the quote is "wrote"'s; "thanked them and boomed, “...”"
    host = quote_host(ctx.doc, text, chunk, hosts)  # "boomed"'s
    if host is not None:
        if host.source is None and (label := colon_label(ctx.doc, text, chunk)) is not None \
                and label.cue == host.cue:
            # "Added Stone: “...”": the parse read the verb, without a subject, as the
            # quote's cue; the label names its speaker
            host.source, host.source_head = label.source, label.source_head
        host.extra["quotes"].append(chunk)
        host.content = (min(host.content[0], chunk[0]), max(host.content[1], chunk[1]))
        if host.parts:  # a quote reaching out of a fragment stretches that fragment
            host.parts = [(min(s, chunk[0]), max(e, chunk[1])) if s < chunk[1] and chunk[0] < e
                          else (s, e) for s, e in host.parts]
            host.parts[0] = (min(host.parts[0][0], chunk[0]), host.parts[0][1])
            host.parts[-1] = (host.parts[-1][0], max(host.parts[-1][1], chunk[1]))
        return host
    inner = text[chunk[0] : chunk[1]].strip(STRIP_MARKS).rstrip()
    cue_tok = cue_near(ctx, chunk, lists) or fallback_cue(ctx.doc, text, chunk)
    subject = quote_subject(ctx.doc, text, chunk, cue_tok)
    named = (inverted_speaker(ctx.doc, text, chunk, cue_tok)
             if cue_tok is not None and subject is None else None)
    if named is not None:  # "“...,” said Richard Roe, president of X"
        lead = lead_in(ctx, chunk, cue_tok)
        return Attribution(
            cue=(int(cue_tok.idx), token_end(cue_tok)), content=(lead, chunk[1]),
            kind="direct" if lead == chunk[0] else "indirect",
            confidence=CONFIDENCE["direct_same_sentence"], cue_token=cue_tok,
            source=(named[0], named[1]), source_head=named[2], extra={"quotes": [chunk]},
        )
    label = colon_label(ctx.doc, text, chunk)
    if label is not None:
        return label  # 'Bush: "The mission is ..."', 'Here's Clinton in 1992: “...”'
    if carried_from is not None and (cue_tok is None or subject is None):
        carried_from.extra["quotes"].append(chunk)
        return carried_from
    if cue_tok is not None and subject is not None:
        if within_speaker(subject, chunk, cue_tok):
            return None  # "Sam Lansky, a writer who helped with “X,” told me": a title
        short = word_count(inner) < MIN_UNCUED_QUOTE_WORDS and not introduced(text, chunk, cue_tok)
        title = short and quoted_title(text, chunk, inner)
        if short and inner.endswith(".") and not title:
            # '“I’m like Marian,” Coen interjected. ... “I’m the worrier.” He sighed.': a
            # short sentence is read as a quote with no cue of its own (see below), not
            # dropped. 2 quotes gained on 371 real pages, both right; PolNeAR unchanged
            cue_tok = subject = None
        elif short and (not inner.endswith((",", "!", "?")) or title):
            return None
    if cue_tok is not None and subject is not None:
        if quoted_title(text, chunk, inner) and after_preposition(text, chunk):
            return None  # "In “The Art of the Deal,” Trump wrote that ...": a book, however long
        if object_title(ctx.doc, chunk, inner, lists):
            return None  # "He was shooting “RuPaul’s Drag Race UK,” one of ..."
        lead = lead_in(ctx, chunk, cue_tok)
        return Attribution(
            cue=(int(cue_tok.idx), token_end(cue_tok)), content=(lead, chunk[1]),
            kind="direct" if lead == chunk[0] else "indirect",
            confidence=CONFIDENCE["direct_same_sentence"], cue_token=cue_tok,
            source=source_chars(subject), source_head=subject, extra={"quotes": [chunk]},
        )
    if cue_tok is None and (led := colon_led(ctx.doc, text, chunk)) is not None:
        return led  # "Transcript as follows:\n\n“...”"
    sentence = ctx.sentence_of(chunk[0])
    if text[ctx.sent_starts[sentence] : chunk[0]].strip(" \t\n\"“«'‘(—-"):
        # inside a sentence that quotes without a cue
        return mixed_continuation(ctx, attrs + made, chunk, sentence, inner)
    if quoted_title(text, chunk, inner) or (word_count(inner) < MIN_UNCUED_QUOTE_WORDS
                                            and not inner.endswith((".", "!", "?"))):
        return None  # a scare quote or a title ("on NBC’s “Late Night With Seth Meyers.”")
    bare = bare_report(ctx, chunk, {a.cue_token.i for a in attrs + made
                                    if a.cue_token is not None})
    if bare is not None:  # "X said in a statement. “...”"
        subject = cue_subject(bare)
        return Attribution(
            cue=(int(bare.idx), token_end(bare)), content=chunk, kind="direct",
            confidence=CONFIDENCE["direct_same_sentence"], cue_token=bare,
            source=source_chars(subject), source_head=subject, extra={"quotes": [chunk]},
        )
    before = [a for a in attrs + made if max(a.cue[1], a.content[1]) <= chunk[0]]
    prior = [a for a in before
             if sentence - ctx.sentence_of(a.cue[0]) <= lists.continuation_max_sentences]
    if not prior:
        return None
    # within a paragraph, a quote goes on from the last *quoted* speaker ("“A,” said Murphy,
    # using a term Rubio used to describe Trump. “B.”"), not from a claim nested in between
    paragraph = text.rfind("\n", 0, chunk[0]) + 1
    # (a claim holding only a scare-quoted word or two is no quoted speaker: "“A,” said X,
    # who noted that prices had ''cratered''. “B.”" goes on from "said"; PolNeAR train:
    # content-overlap F1 +0.0001 / +0.0002, even / odd documents); further back in the
    # paragraph where no speech verb is near ("“A,” Christa says. [...] to worry. “B.”")
    quoted = [a for a in prior if a.cue[0] >= paragraph and quotes_words(text, a)]
    if not quoted and not any(cue_lemma(a.cue_token) in lists.speech for a in prior
                              if a.cue_token is not None):
        quoted = [a for a in before if a.cue[0] >= paragraph and quotes_words(text, a)]
    last = max(quoted or prior, key=lambda a: max(a.cue[1], a.content[1]))
    last = sentence_quoter(ctx, prior, last, lambda a: quotes_words(text, a))
    return Attribution(
        cue=last.cue, content=chunk, kind="direct", confidence=CONFIDENCE["continuation"],
        cue_token=last.cue_token, source=last.source, source_head=last.source_head,
        extra={"quotes": [chunk], "speaker_of": last},
    )


def _contents(text: str, attr: Attribution) -> list[tuple[int, int]]:
    """Set ``attr.kind`` from its quotes and return its content spans."""
    quotes = sorted(attr.extra.get("quotes", []))
    whole = attr.parts or [attr.content]
    if attr.extra.get("block_quote"):
        return whole  # words quoted inside a block quote are part of it
    if not quotes or attr.kind == "direct":
        return quotes or whole
    start, end = attr.content
    chars = list(text[start:end])
    for s, e in [*quotes, attr.cue, *([attr.source] if attr.source else [])]:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    rest = _THAT.sub("", "".join(chars))
    if re.search(r"\w", rest):
        attr.kind = "mixed"
        return whole
    attr.kind = "direct"
    return quotes


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
    chunks, continued = quote_marks(text[: doc_chars(doc)])
    ctx = Context(article, doc, chunks)
    cued = cue_attributions(doc)
    labels = [text[a.source[0] : a.source[1]] for a in cued if a.extra.get("turn") and a.source]
    found = parse_attributions(doc, quote_sentence_starts(text, chunks)) + [
        a for a in cued if not a.extra.get("turn") or names_speaker(ctx, a, labels)]
    found += idiom_attributions(doc, found) + title_attributions(doc, found)
    found += question_attributions(doc, found)
    credits = credited_quotes(ctx)  # "“...” ― Sonya Herridge": the quote is hers alone
    turns, taken = quoted_turns(text, found, chunks, continued)  # '"PENCE: Well, ...'
    credited = [a.content for a in credits] + taken
    attrs = reconcile_nested([a for a in found if any(a is t for t in turns) or not any(
        s <= a.cue[0] < e for s, e in chunks + credited)])
    attrs.sort(key=lambda a: a.content[0])
    chunks = [c for c in chunks if not any(s <= c[0] < e for s, e in credited)]
    attrs = listed_quotes(text, _link_quotes(ctx, attrs, chunks, continued), chunks) + credits
    attrs.sort(key=lambda a: min(a.content[0], a.cue[0]))
    speakers: list[tuple[int, Speaker]] = []
    built: list[tuple[int, int, Attribution, Speaker | None, Span | None]] = []
    for attr in attrs:
        contents = edged_contents(text, attr, _contents(text, attr))
        prior = attr.extra.get("speaker_of")
        if "credited" in attr.extra:
            speaker = attr.extra["credited"]
        elif prior is not None:
            speaker = prior.extra.get("speaker")
        else:
            speaker = speaker_of(ctx, attr, speakers)
        attr.extra["speaker"] = speaker
        if speaker is not None:
            speakers.append((speaker.start, speaker))
            if speaker.entity_id is not None and attr.kind == "direct":
                ctx.heard_in_first_person(speaker.entity_id, contents)
        if speaker is not None and all(speaker.start <= s and e <= speaker.end
                                       for s, e in contents):
            continue  # "..., insist officials": a content read inside its own speaker
        if date_line(text, contents) or cell_label(text, attr.cue) or posted_stamp(
                text, attr.cue):
            continue  # "Posted | Thu, 10 Jan 2008 03:47:03 GMT |": a page's date line
        medium = medium_of(ctx, attr, contents)
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
            speaker=speaker, medium=medium, confidence=quote_confidence(attr.confidence, speaker),
        ))
    article.quotes = quotes
    return article
