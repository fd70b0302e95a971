"""Source phrases of the ``quotes`` stage: "according to X", "in the CBS poll" and "To many
voters, X" (:func:`view_of`, called by :mod:`fivew.quotes_cues`); and three
cues that name no source: hearsay adverbs, naming participles and dated participles of
announcing ("a merger announced Monday").

The first two take the sentence around the phrase as content (one side of it, or both when
the phrase interrupts it: "The plan, according to officials, would cost billions") and the
phrase's object as source. :func:`fivew.quotes_verbs.parse_attributions` calls them in its
pass over the tokens. A hearsay adverb ("Google has reportedly looked at Twitter") attributes
its clause, and a naming participle ("the storms known as the Long Winter") a noun with its
name, to nobody; :func:`fivew.quotes_cues.cue_attributions` calls them.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import (
    CONFIDENCE,
    PERSONAL_OBJECT_PRONOUNS,
    Attribution,
    Bounds,
    QuoteLists,
    cue_lemma,
    span_words,
    token_end,
    trim_tokens,
)

__all__ = ["according_to", "survey_in", "per_source", "per_source_noun", "view_of",
           "hearsay_adverb", "naming_participle", "announced_participle", "HEARSAY_ADVERBS",
           "NAMING_PARTICIPLES", "ANNOUNCING_PARTICIPLES"]

#: Participles that give a noun its name ("the storms known as the Long Winter", "a
#: documentary titled Harbour Lights", "the hotel, now called the Grand Meridian"): the noun
#: with its name is an attribution without a source. "known as" and "titled" were among
#: the gold cues of the attributions missed on PolNeAR train (even documents). PolNeAR
#: train: content-overlap F1 +0.0002 / +0.0003, even / odd documents. "call", "name",
#: "label", "brand" are left to the naming verbs (as participles they gained +0.0001 /
#: +0.0002 more, but took the source from "De Blasio ... called Trump a blowhard" where
#: the parse makes "called" a participle).
NAMING_PARTICIPLES = frozenset({"know", "title", "dub", "nickname", "term"})

#: Adverbs that mark their clause as hearsay with no one named ("Google has reportedly
#: looked at Twitter", "he was allegedly targeted"): the clause, around the adverb, is an
#: attribution without a source. PolNeAR annotates them as cues ("reportedly" was among the
#: gold cues of the attributions missed on PolNeAR train, even documents). PolNeAR train:
#: content-overlap F1 +0.0003 / +0.0004, speaker-attributed F1 +0.0002 / +0.0002, even /
#: odd documents.
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly",
                             "seemingly"})

#: Subject labels of a coordinated clause that ends a hearsay adverb's content: a clause
#: with its own subject says something else ("was reportedly on the trip, but they had
#: returned"), a bare predicate does not ("have reportedly looked at Twitter and passed").
#: PolNeAR train: stopping at every conjunct scored the same on even documents and 0.0001
#: lower (content-overlap F1) on odd ones.
HEARSAY_STOP_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def according_to(doc: Any, tok: Any, bounds: Bounds) -> Attribution | None:
    """'according to X, C' and 'C, according to X'."""
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ] or [c for c in to.children if c.dep_ == "pcomp" and c.i == to.i + 1 and c.tag_ == "VB"]
    # (the last: "according to show insiders", the noun "show" read as a verb; PolNeAR dev
    # content-overlap F1 +0.0003, speaker-attributed +0.0003; train and 371 real pages
    # unchanged)
    if not objects:
        return None
    return _source_phrase(doc, tok, to, objects[0], bounds, "according_to")


#: Nouns that make "per X" a source ("per the party's bylaws", "per sources"), besides the
#: ``artifact_nouns`` list and names of people and bodies: "per" before other nouns gives a
#: rate ("per hour", "per capita", "per person").
PER_SOURCE_NOUNS = frozenset({"source", "official", "bylaw", "rule", "record", "data",
                              "estimate", "report", "spokesperson", "spokesman",
                              "spokeswoman"})

#: Entity types of a name that makes "per X" a source.
PER_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def per_source(doc: Any, tok: Any, bounds: Bounds, lists: QuoteLists) -> Attribution | None:
    """'It is prohibited, per the party's bylaws' and 'Per the report, X': "per" set off at
    the edge of its sentence, before a source (see :data:`PER_SOURCE_NOUNS`), attributes the
    rest of the sentence as "according to" does. PolNeAR train: content-overlap F1 +0.0001
    / 0, cue F1 +0.0001 / 0 (even / odd documents; one "per CTV News" gained); dev and 371
    real pages (from 2007, when news wrote "according to") unchanged. "in the words of X"
    read the same way gained 2 attributions and made 1 wrong one, losing 0.0001 on odd
    documents, and was left out."""
    source = per_source_noun(doc, tok, bounds, lists)
    if source is None:
        return None
    return _source_phrase(doc, tok, tok, source, bounds, "according_to")


def per_source_noun(doc: Any, tok: Any, bounds: Bounds, lists: QuoteLists) -> Any:
    """The source "per" (token ``tok``) names, as :func:`per_source` reads it, or None."""
    if tok.dep_ != "prep" or not (tok.i == bounds[tok.i][0] or doc[tok.i - 1].text == ","):
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None or not (source.ent_type_ in PER_SOURCE_ENTS
                              or source.lemma_.lower() in PER_SOURCE_NOUNS
                              or source.lemma_.lower() in lists.artifacts):
        return None
    return source


#: Heads of a survey's "in" phrase: a verb ("In the CBS poll, Trump leads"), or a noun or
#: adjective the parse hangs it on at a clause's end ("held a 24-point lead over X in a
#: CNN poll", "trails the senator in the RealClearPolitics average", "ahead of X in latest
#: poll"). Adding the nouns and adjectives (PolNeAR train, recall round): content-overlap
#: F1 +0.0002 / +0.0001, speaker-attributed F1 +0.0002 / +0.0001 (even / odd documents).
SURVEY_HEAD_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def survey_in(doc: Any, tok: Any, bounds: Bounds, lists: QuoteLists) -> Attribution | None:
    """'In the CBS poll, Trump's lead narrowed': the survey is the source of its clause."""
    if tok.dep_ != "prep" or tok.head.pos_ not in SURVEY_HEAD_POS:
        return None
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if not objects or cue_lemma(objects[0]) not in lists.survey_nouns or objects[0].tag_ != "NN":
        return None  # "in the polls", "in many surveys": a standing, not one survey's finding
    return _source_phrase(doc, tok, tok, objects[0], bounds, "survey", _relative_clause(tok))


def _relative_clause(tok: Any) -> tuple[int, int] | None:
    """First and end token of the noun and the relative clause set off by a comma on it
    that ``tok`` stands in ("Ki-Ki Moore added 14 for Sacred Heart, which became the
    top-ranked team in the USA Today poll": the poll ranks the team, it says nothing of
    Moore's points; a real page of l3s-gn1), or None."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "relcl" and node.left_edge.i > 0 and (
                node.doc[node.left_edge.i - 1].text == ","):
            return int(node.head.left_edge.i), int(node.right_edge.i) + 1
        node = node.head
    return None


#: Personal pronouns that hold a view in "To them, X" ("To that, he said" is no holder).
#: Sentence openings "To X," were gold cues 6 times of 23 in PolNeAR train's even
#: documents, all with a name, a personal pronoun or a noun of people as X; these lists and
#: :data:`VIEW_HOLDER_NOUNS` keep those and leave out "To that end", "To some extent",
#: "To my knowledge", "To date". PolNeAR train: content-overlap F1 +0.0002 / +0.0001,
#: speaker-attributed F1 +0.0003 / +0.0002 (even / odd documents).
VIEW_HOLDER_PRONOUNS = PERSONAL_OBJECT_PRONOUNS

#: Nouns that hold a view in "To many, X", "To his critics, X"; others name a degree, an
#: aim or a date ("To some extent", "To that end", "To date").
VIEW_HOLDER_NOUNS = frozenset({"many", "some", "other", "critic", "supporter", "voter",
                               "fan", "opponent", "admirer", "observer", "resident",
                               "activist", "conservative", "liberal", "democrat",
                               "republican", "analyst", "expert", "member"})


def view_of(doc: Any, tok: Any, bounds: Bounds) -> Attribution | None:
    """'To many voters, the senator is a symbol of a broken system': a sentence opening
    "To X," attributes the rest of the sentence to X."""
    start = bounds[tok.i][0]
    if tok.i != start or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if not objects:
        return None
    holder = objects[0]
    after = holder.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    if not (holder.lower_ in VIEW_HOLDER_PRONOUNS or holder.pos_ == "PROPN"
            or str(holder.lemma_).lower() in VIEW_HOLDER_NOUNS):
        return None
    return _source_phrase(doc, tok, tok, holder, bounds, "view")


def hearsay_adverb(doc: Any, tok: Any) -> Attribution | None:
    """'Khoga was reportedly on that trip': the clause of a hearsay adverb (see
    :data:`HEARSAY_ADVERBS`), in two fragments around it, attributed to nobody."""
    head = tok.head
    if tok.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        head = head.head  # "reportedly is also including names": the clause is the verb's
        # (the content was "is"; 1 real page; PolNeAR train 1 attribution more, unannotated)
    stops = [c.i for c in head.children if c.dep_ == "conj" and c.i > tok.i
             and any(g.dep_ in HEARSAY_STOP_SUBJECTS for g in c.children)]
    stop = stops[0] if stops else len(doc)
    kept = [c for c in head.children
            if not c.is_punct and c.i < stop and not (c.dep_ == "cc" and c.i > tok.i and stops)]
    left = min([head.i, *(c.left_edge.i for c in kept)])
    right = max([head.i, *(c.right_edge.i for c in kept if c.i > head.i)])
    pieces = [trim_tokens(doc, left, tok.i - 1) if tok.i > left else None,
              trim_tokens(doc, tok.i + 1, right) if right > tok.i else None]
    parts = [p for p in pieces if p is not None and span_words(doc, p)]
    if not parts or sum(span_words(doc, p) for p in parts) < 3:
        return None
    return Attribution(
        parts=parts if len(parts) > 1 else [],
        cue=(int(tok.idx), token_end(tok)),
        content=(parts[0][0], parts[-1][1]),
        kind="indirect",
        confidence=CONFIDENCE["no_source"],
        cue_token=tok,
    )


def naming_participle(doc: Any, tok: Any) -> Attribution | None:
    """'the run of storms known as the Long Winter': a naming participle (see
    :data:`NAMING_PARTICIPLES`) on a noun, with the name after it; the noun phrase ("of"
    phrases climbed) and the name, around the cue ("known as"), attributed to nobody."""
    noun = tok.head
    names = [c for c in tok.children if c.i > tok.i and (
        c.dep_ in ("oprd", "attr", "dobj") or c.dep_ == "prep" and c.lower_ == "as")]
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.i > tok.i or not names:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the string of contests known as ..."
    last = names[0] if names[0].lower_ == "as" else tok  # the cue: "known as", "titled"
    parts = [p for p in (trim_tokens(doc, noun.left_edge.i, tok.i - 1),
                         trim_tokens(doc, last.i + 1, names[-1].right_edge.i))
             if p is not None and span_words(doc, p)]
    if len(parts) < 2:
        return None
    return Attribution(
        parts=parts,
        cue=(int(tok.idx), token_end(last)),
        content=(parts[0][0], parts[-1][1]),
        kind="indirect",
        confidence=CONFIDENCE["no_source"],
        cue_token=tok,
    )


#: Participles that, dated, make the noun they follow a thing made public ("a merger announced
#: Monday", "the deal, unveiled Friday,"): the noun is an attribution without a source.
#: Speech-verb participles after a noun with a date or time were gold cues 6 times of 12
#: on PolNeAR train's even documents, "announced" 4 of 4, "published" 0 of 3. PolNeAR
#: train: content-overlap F1 +0.0002 / 0, speaker-attributed F1 +0.0003 / 0 (even / odd).
ANNOUNCING_PARTICIPLES = frozenset({"announce", "unveil"})


def announced_participle(doc: Any, tok: Any) -> Attribution | None:
    """'A merger announced Monday would turn the firm Irish': a dated participle of
    :data:`ANNOUNCING_PARTICIPLES` after a noun attributes the noun phrase to nobody."""
    noun = tok.head
    if (tok.dep_ != "acl" or tok.tag_ != "VBN" or noun.i > tok.i
            or cue_lemma(tok) not in ANNOUNCING_PARTICIPLES
            or any(c.dep_ in ("agent", "dobj") for c in tok.children)
            or not any(c.ent_type_ in ("DATE", "TIME") for c in tok.subtree if c.i > tok.i)):
        return None
    span = trim_tokens(doc, noun.left_edge.i, tok.i - 1)
    if span is None or not span_words(doc, span):
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)),
        content=span,
        kind="indirect",
        confidence=CONFIDENCE["no_source"],
        cue_token=tok,
    )


#: Words that open what a writer appends after "X, according to Y", after a comma: a clause
#: of contrast or a relative clause ("..., according to a CNN tally, but his pathway is
#: narrowing", "..., where 475 delegates will be at stake"). Not "and" (a bare predicate
#: goes on with the content: "leads by 15 points, according to X, and has a lead in Y":
#: PolNeAR train content-overlap F1 -0.0001 on even documents with it) nor
#: "though"/"although" (gold keeps the concession: -0.0001 on odd documents).
APPENDED_OPENERS = frozenset({"but", "while", "whereas", "where", "which", "who"})

#: Marks that open an appended aside right after the source ("- half a point of GDP",
#: "(a sizable margin, ...)").
APPENDED_MARKS = frozenset({"-", "—", "–", "--", "("})


def _appended_after(doc: Any, phrase_left: int, phrase_right: int, sent_start: int) -> bool:
    """Whether what follows a source phrase closing a clause is the writer's own addition,
    not more of the content ("Trump has won 758 delegates, according to a CNN tally, but
    his pathway ... is narrowing"). Before, the content took it as a second fragment; now
    it ends before the phrase. A mark that closes a pair around the phrase ("Many
    Republicans - who made up 46 percent, according to exit polls - empathize with X") is
    no such opening. PolNeAR train: content-overlap F1 0 / +0.0001, speaker-attributed F1
    0 / +0.0002, exact +0.0003 / +0.0001 (even / odd documents)."""
    nxt = phrase_right + 1
    if nxt >= len(doc):
        return False
    if doc[nxt].text in APPENDED_MARKS:
        return not any(t.text in APPENDED_MARKS for t in doc[sent_start:phrase_left])
    return (doc[nxt].text == "," and nxt + 1 < len(doc)
            and doc[nxt + 1].lower_ in APPENDED_OPENERS)


def _misparsed_opening_end(doc: Any, source: Any, sent_end: int, phrase_right: int) -> int:
    """Where a source phrase opening its sentence ends when the parse runs it on to the
    sentence's end ("According to a 2016 study by Pew, eligible voters ...", with the
    clause hung on "According" or made an apposition of the source): at the first comma
    after the source's head. From misses on PolNeAR train (2 of the 6 "according to"
    attributions missed with no prediction on even and odd documents)."""
    comma = next((i for i in range(source.i + 1, sent_end) if doc[i].text == ","), None)
    return phrase_right if comma is None else comma


def _source_phrase(doc: Any, tok: Any, last: Any, source: Any, bounds: Bounds,
                   rule: str, clause: tuple[int, int] | None = None) -> Attribution | None:
    """The sentence around a source phrase ('according to X', 'in X's poll') as content, or
    the ``clause`` (first and end token) it stands in."""
    phrase_left = tok.i
    phrase_right = max(tok.right_edge.i, last.right_edge.i, source.right_edge.i)
    sent_start, sent_end = clause or bounds[tok.i]
    if phrase_right >= sent_end - 2 and tok.i == sent_start:
        phrase_right = _misparsed_opening_end(doc, source, sent_end, phrase_right)
    before = (sent_start, phrase_left - 1)
    after = (phrase_right + 1, sent_end - 1)
    left, right = max((before, after), key=lambda r: r[1] - r[0])
    span = trim_tokens(doc, left, right) if right >= left else None
    if span is None or span_words(doc, span) < 3:
        return None
    parts: list[tuple[int, int]] = []
    first = trim_tokens(doc, *before) if before[1] >= before[0] else None
    if (first is not None and span_words(doc, first) >= 3
            and _appended_after(doc, phrase_left, phrase_right, sent_start)):
        span = first  # "X, according to a CNN tally, but his pathway is narrowing"
    elif before[1] >= before[0] and after[1] >= after[0] and doc[phrase_left - 1].text == ",":
        # "The plan, according to officials, would cost billions": both sides are the content
        pieces = [trim_tokens(doc, *before), trim_tokens(doc, *after)]
        if all(p is not None and span_words(doc, p) for p in pieces):
            parts = [p for p in pieces if p is not None]
            span = (parts[0][0], parts[1][1])
    return Attribution(
        parts=parts,
        cue=(int(tok.idx), token_end(last)),
        content=span,
        kind="indirect",
        confidence=CONFIDENCE[rule],
        cue_token=tok,
        source=source_chars(source),
        source_head=source,
    )
