"""Cues of the ``quotes`` stage outside the verb's clause: nouns, adjectives, transcripts.

:func:`cue_attributions` finds them in one pass over the tokens:

- a **noun cue** ("her call for X", "Trump's assertion that X", "a demand by Pelosi that X")
  takes as content its clause or the object of one of its prepositions (listed per noun in
  ``resources/quotes.json``), and as source its possessor, a "by"/"from" phrase, or the
  subject of a verb that governs it ("expressed concern that") or acts with it ("stirred
  controversy with an assertion that"); a preposition whose object is only a date or time
  ("a statement on Tuesday morning") gives no content;
- an **adjective cue** after a copula ("Democrats are concerned that X", "critical of X",
  "eager to X") takes its clause or the object of one of its prepositions as content, and
  the copula's subject as source;
- a **transcript line**, opening with a short name and a colon ("TAPPER: ...", "Graham:
  Trump's rhetoric ...", "Trump: My plans aren't set in stone"), attributes the rest of the
  line to that name, as PolNeAR's guidelines ask for transcripts and headlines; so does a
  name between a dash and a colon opening a quote in a digest ("HEADLINE - Jeffrey M.
  Jones: “...”"), read in :mod:`fivew.quotes_transcripts`;
- "**made it clear** that X" attributes X to the subject of "make";
- a noun cue **received** ("Cruz won the endorsement of Pence", or held as backing: "the
  bill has the support of X") has the receiver as content and the "of" phrase as source;
- a **hearsay adverb** ("has reportedly looked at Twitter") and a **naming participle**
  ("the storms known as the Long Winter"), read in :mod:`fivew.quotes_phrases`, attribute
  their clause or the named noun to nobody;
- a sentence opening "**To X,**" ("To many voters, the senator is ...") attributes the
  rest of the sentence to X (:func:`fivew.quotes_phrases.view_of`);
- a **headline verb** the parse reads as a proper noun ("Union Leader Denounces New
  Pension Plan"), read in :mod:`fivew.quotes_headlines`;
- **stance words** read off their construction rather than a list ("are stunned that X",
  "is a supporter of X", "her decision to run", "his opposition to X"), in
  :mod:`fivew.quotes_stance`;
- a group's **support among** it ("Clinton has strong support among black voters"), in
  :mod:`fivew.quotes_support`, and a **dated participle** of announcing ("a merger
  announced Monday"), in :mod:`fivew.quotes_phrases`.

They give :class:`fivew.quotes_rules.Attribution` records that :mod:`fivew.quotes`
reconciles with those of :func:`fivew.quotes_verbs.parse_attributions`.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_channels import clause_object
from fivew.quotes_conjuncts import with_conjunct
from fivew.quotes_furniture import line_label
from fivew.quotes_headlines import headline_cue
from fivew.quotes_mentions import source_chars
from fivew.quotes_noncues import not_an_adjective_cue
from fivew.quotes_noun_uses import armed_attack, describing_participle, unheld_decision
from fivew.quotes_participles import SPEAKING_ENTS
from fivew.quotes_phrases import (
    ANNOUNCING_PARTICIPLES,
    HEARSAY_ADVERBS,
    NAMING_PARTICIPLES,
    announced_participle,
    hearsay_adverb,
    naming_participle,
    view_of,
)
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    Bounds,
    QuoteLists,
    cue_lemma,
    line_bounds,
    load_quote_lists,
    only_when,
    repeated_preposition_end,
    sentence_bounds,
    span_words,
    token_end,
    trim_tokens,
)
from fivew.quotes_stance import (
    AGENT_NOUNS,
    INTENTION_ADJECTIVES,
    adjective_topic,
    agent_noun,
    copula_noun,
    intention_infinitive,
    modifier_adjective,
    that_adjective,
)
from fivew.quotes_subjects import cue_subject
from fivew.quotes_support import received_backing, support_among
from fivew.quotes_transcripts import transcript_line

__all__ = ["cue_attributions"]


def cue_attributions(doc: Any) -> list[Attribution]:
    """Attributions on noun cues, adjective cues and transcript lines, in one pass."""
    lists = load_quote_lists()
    found: list[Attribution | None] = []
    lines: Bounds | None = None
    sents: Bounds | None = None
    for tok in doc:
        pos = tok.pos_
        if pos == "NOUN":
            found.append(_noun_cue(doc, tok, lists)
                         or support_among(doc, tok))  # "has strong support among X"
        elif pos == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in lists.adjective_cues:
            if not not_an_adjective_cue(tok):  # "is sure to spur" (quotes_noncues)
                found.append(_adjective_attribution(doc, tok, lists))
        elif pos == "ADJ" and tok.lower_ in MADE_ADJECTIVES and cue_lemma(tok.head) == "make":
            found.append(_made_clear(doc, tok))
        elif pos in ("ADJ", "VERB") and tok.dep_ == "acomp":
            found.append(that_adjective(doc, tok)  # "are stunned that X"
                         or adjective_topic(doc, tok))  # "are mindful of X"
        elif pos == "ADJ" and tok.dep_ in ("amod", "advcl") and (
                tok.lower_ in lists.adjective_cues or tok.lower_ in INTENTION_ADJECTIVES):
            found.append(modifier_adjective(doc, tok))  # "supporters reluctant to give up"
        elif tok.text == ":":
            found.append(transcript_line(doc, tok))
        elif pos == "ADV" and tok.lower_ in HEARSAY_ADVERBS:
            found.append(hearsay_adverb(doc, tok))  # "has reportedly looked at Twitter"
        elif pos == "VERB" and tok.dep_ == "acl" and cue_lemma(tok) in NAMING_PARTICIPLES:
            found.append(naming_participle(doc, tok))  # "the storms known as the Long Winter"
        elif pos == "VERB" and tok.dep_ == "acl" and cue_lemma(tok) in ANNOUNCING_PARTICIPLES:
            found.append(announced_participle(doc, tok))  # "a merger announced Monday"
        elif pos == "ADP" and tok.text == "To":  # capitalised: opening its sentence
            sents = sents or sentence_bounds(doc)
            found.append(view_of(doc, tok, sents))  # "To many voters, X"
        elif pos == "PROPN" and tok.text[-1:] in ("s", "d") and tok.text[:1].isupper():
            lines = lines or line_bounds(doc)
            found.append(headline_cue(doc, tok, lines[tok.i][0], lists))  # "Mayor Slams X"
    return [with_conjunct(attr) for attr in found if attr is not None]


def _noun_cue(doc: Any, tok: Any, lists: QuoteLists) -> Attribution | None:
    """The attribution of a noun: a listed noun cue ("opposition to X"), a noun of
    intention with its infinitive ("her decision to run"), an agent noun ("is a
    supporter of X") or a copula's subject ("My sense is that X"); see
    :mod:`fivew.quotes_stance`."""
    lemma = tok.lemma_.lower()
    if _connective(tok) or armed_attack(tok) or line_label(tok):  # "attacks on the consulate"
        return None  # "she quipped in reference to X": a link to a topic, not a claim
    if (tok.lower_ in lists.noun_cues or lemma in lists.noun_cues or intention_infinitive(tok)
            or clause_object(tok)):
        attr = _noun_attribution(doc, tok, lists)
        if attr is not None and lemma in lists.artifacts and _channel(doc, attr, lists):
            return None  # "a statement on the group's Twitter feed": where, not what about
        return None if attr is not None and unheld_decision(attr) else attr
    if lemma in AGENT_NOUNS:
        return agent_noun(doc, tok)
    if tok.dep_ == "nsubj" and tok.head.pos_ == "AUX":
        return copula_noun(doc, tok)
    return None


#: Nouns that, bare after their preposition, make a compound preposition ("in reference to
#: X", "for fear of X", like "regarding X", "lest"): the phrase links a remark or an act to
#: a topic or a motive, not a claim of its own. PolNeAR train: 5 of 6 such noun-cue
#: predictions wrong on even documents, 2 of 3 on odd; content-overlap F1 +0.0001 /
#: +0.0001, speaker-attributed F1 +0.0001 / 0 (even / odd documents).
CONNECTIVE_NOUNS = {"reference": "in", "fear": "for"}


def _connective(tok: Any) -> bool:
    """Whether a noun is the bare object of its compound preposition ("said in reference to
    the senator", "asked not to be named for fear of reprisal"): no determiner, possessor
    or modifier of its own."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ == CONNECTIVE_NOUNS.get(tok.lower_)
                and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children))


def _channel(doc: Any, attr: Attribution, lists: QuoteLists) -> bool:
    """Whether a noun cue's content is only the channel it went out on ("a statement on the
    Taliban's Twitter feed", "a post on his website"): its head is a medium noun. Seen in
    the seed article; PolNeAR train: content-overlap and speaker-attributed F1 unchanged
    (exact F1 +0.0001 on even documents), it fires rarely there."""
    span = doc.char_span(attr.content[0], attr.content[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in lists.medium_nouns


#: Prepositions by which a verb's subject acts with a noun cue ("stirred controversy with an
#: assertion that ...", "said in a statement that ...", "clung to the hope that ...",
#: "bristled at the suggestion that ..."); from PolNeAR train's noun cues without a source
#: (even documents). Adding "to" and "at": speaker-attributed F1 +0.0002 / +0.0003 (even /
#: odd), content unchanged; "on", "over" lost on odd, "about" changed nothing, "from" lost.
HOLDER_PREPS = frozenset({"with", "in", "to", "at"})


def _only_when(doc: Any, obj: Any) -> bool:
    """Whether a noun cue's prepositional object is only a date or time ("her statement on
    Tuesday morning"): that says when, not what about, and a later preposition may give the
    content. PolNeAR train: such contents were wrong each time they were seen (1 noun cue on
    even documents; 8 of 8 verb cues across train, read by another rule);
    content-overlap F1 +0.00004 / 0, speaker-attributed F1 +0.00004 / 0 (even / odd)."""
    start = obj.left_edge.i
    if start and doc[start - 1].is_quote:
        return False  # 'chants of “Four more years!”': words said, not a time
    return only_when(doc[start : obj.right_edge.i + 1])


def _for_infinitive(doc: Any, prep: Any, obj: Any) -> int:
    """The last token of a noun cue's prepositional content: the object's, or, for "for"
    with an infinitive after its object ("calls for the mayor to resign", which the parse
    hangs on some verb further up), the infinitive's: the noun asks for the act, not for
    the one asked. PolNeAR train: content-overlap F1 +0.0002 / +0.0003, speaker-attributed
    F1 +0.0001 / +0.0003 (even / odd documents)."""
    end = obj.right_edge.i
    after = doc[end + 1] if end + 1 < len(doc) else None
    if (prep.lower_ != "for" or after is None or after.lower_ != "to" or after.dep_ != "aux"
            or after.head.i <= end or after.head.dep_ not in FOR_INFINITIVE_DEPS):
        return int(end)
    return int(after.head.right_edge.i)


#: Attachments the parse gives the infinitive of "for X to V" after a noun cue (read off
#: the parses of made-up sentences; the infinitive's "to" must follow the object at once).
FOR_INFINITIVE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "ccomp"})


def _participle(clause: Any) -> bool:
    """'a plan released Tuesday', 'remarks delivered on the stump': a past participle with no
    subject, marker or auxiliary of its own says what was done with the noun, not what the
    noun holds ("the claim that he'd been offered a scholarship" is a clause). PolNeAR
    train: content-overlap F1 +0.0005 / +0.0003, speaker-attributed F1 +0.0007 / +0.0006
    (even / odd documents); leaving out every past participle, clauses too, lost recall."""
    return bool(clause.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children))


def _noun_attribution(doc: Any, tok: Any, lists: QuoteLists) -> Attribution | None:
    """'his call for X', 'Trump's assertion that X', 'a demand by Pelosi that X'."""
    lemma = tok.lemma_.lower()
    preps = lists.noun_cues.get(tok.lower_) or lists.noun_cues.get(lemma, frozenset())
    cue_end = token_end(tok)
    received = received_backing(doc, tok)
    if received is not None:
        return received
    content = None
    for child in tok.children:
        if (child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and child.i > tok.i
                and not _participle(child) and not describing_participle(tok, child)):
            content = (child.left_edge.i, child.right_edge.i)
            break
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if child.dep_ == "advcl" and mark is not None and mark.i > tok.i:
            # "her call for Congress to pass the bill", "for" read as the clause's marker.
            # PolNeAR train: content-overlap F1 +0.0001 / 0, speaker-attributed F1
            # +0.0001 / 0 (even / odd documents)
            content = (mark.i + 1, child.right_edge.i)
            break
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and _only_when(doc, objects[0]):
                continue  # "a statement on Tuesday morning": when, not what about
            if objects:
                content = (objects[0].left_edge.i, repeated_preposition_end(
                    child, _for_infinitive(doc, child, objects[0])))
                if child.i == tok.i + 1:
                    cue_end = token_end(child)
                break
    if content is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "His argument is that X", "The fear among Democrats is that X": the clause the
        # copula predicates of the noun ("The endorsement was early enough that ...", with
        # an adjective or noun of its own, is none). PolNeAR train: content-overlap F1
        # +0.0006 / +0.0004 (even / odd documents)
        clauses = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
        if clauses and not any(c.dep_ in ("acomp", "attr") for c in tok.head.children):
            content = (clauses[0].left_edge.i, clauses[0].right_edge.i)
    if content is None:
        return None
    span = trim_tokens(doc, *content)
    if span is None or span_words(doc, span) < 2:
        return None
    # a possessor, or a name before the noun ("the Merkel proposal", "Merkel talks about";
    # PolNeAR train speaker-attributed F1 +0.0001 / 0, dev +0.0005)
    source = next((c for c in tok.children if c.dep_ == "poss" or c.dep_ == "compound"
                   and c.i < tok.i and c.ent_type_ in SPEAKING_ENTS), None)
    if source is None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in lists.noun_source_preps:
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                if source is not None:
                    break
    if source is None and tok.dep_ in ("dobj", "attr") and (
        cue_lemma(tok.head) in lists.noun_source_verbs
    ):
        source = cue_subject(tok.head)  # "Trump expressed concern that ..."
    if source is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # "Carson rejected the notion that ...": whoever acts on the claim holds it, with
        # any verb (PolNeAR train: speaker-attributed F1 +0.0013 / +0.0009, even / odd)
        source = cue_subject(tok.head)
    if (source is None and tok.dep_ == "pobj" and tok.head.lower_ in HOLDER_PREPS
            and tok.head.head.pos_ == "VERB"):
        # "Trump stirred controversy with an assertion that ...", "rebounded with a call to
        # arms": the one who acts with the claim holds it. PolNeAR train: speaker-attributed
        # F1 +0.0010 / +0.0007 (even / odd documents), content unchanged
        source = cue_subject(tok.head.head)
    attr = Attribution(
        cue=(int(tok.idx), cue_end), content=span, kind="indirect",
        confidence=CONFIDENCE["noun" if source is not None else "noun_no_source"],
        cue_token=tok,
    )
    if source is not None:
        attr.source = source_chars(source)
        attr.source_head = source
    return attr


#: Adjectives that with "make" report what the subject said ("made it clear that X",
#: "made plain that X", "made known that X"); "clear" is a gold cue word 21 times in
#: PolNeAR train's even documents, mostly so.
MADE_ADJECTIVES = frozenset({"clear", "plain", "known"})


def _made_clear(doc: Any, tok: Any) -> Attribution | None:
    """'Ryan has made it clear that he will not endorse Trump': "make" with "clear" says the
    clause after it, as the subject's claim (the parse hangs the clause on "clear" or on
    "make"). PolNeAR train: content-overlap F1 +0.0001 / +0.0001, speaker-attributed F1
    +0.0002 / +0.0002 (even / odd documents)."""
    make = tok.head
    clauses = [c for c in (*tok.children, *make.children) if c.i > tok.i
               and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")]
    source = cue_subject(make)
    if not clauses or source is None:
        return None
    clause = min(clauses, key=lambda c: c.i)
    span = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i)
    if span is None or span_words(doc, span) < 2:
        return None
    return Attribution(
        cue=(int(make.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["adjective"], cue_token=make,
        source=source_chars(source), source_head=source,
    )


def _adjective_attribution(doc: Any, tok: Any, lists: QuoteLists) -> Attribution | None:
    """'X are concerned that C', 'X is critical of C', 'X is eager to C'."""
    preps = lists.adjective_cues[tok.lower_]
    content, cue_end = None, token_end(tok)
    # "Roddick was so disgusted he bounced his racquet": after "so", a clause without "that"
    # says what the feeling led to, not what it is about (a real page of l3s-gn1); one with
    # "that" may be either ("so worried that Clinton could be derailed ... that they are
    # willing to stifle this message" is marked on PolNeAR train) and stays
    degree = any(c.dep_ == "advmod" and c.lower_ == "so" for c in tok.children)
    for child in (*tok.children, *tok.head.children):
        if child.i <= tok.i:
            continue
        if degree and child.dep_ == "ccomp" and not any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            continue
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            content = (child.left_edge.i, child.right_edge.i)
            break
        if child.dep_ == "prep" and child.head.i == tok.i and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = (objects[0].left_edge.i, objects[0].right_edge.i)
                cue_end = token_end(child) if child.i == tok.i + 1 else cue_end
                break
    source = cue_subject(tok.head) if content is not None else None
    span = trim_tokens(doc, *content) if content is not None else None
    if source is None or span is None or span_words(doc, span) < 2:
        return None
    if source.lower_ == "it" and cue_end == token_end(tok):
        # "It is certain that the plan will pass": "it" stands for the clause, and nobody
        # is named as holding it (PolNeAR train: 2 sources of "it" dropped, scores
        # unchanged; dev and 371 real pages unchanged)
        return Attribution(cue=(int(tok.idx), cue_end), content=span, kind="indirect",
                           confidence=CONFIDENCE["no_source"], cue_token=tok)
    return Attribution(
        cue=(int(tok.idx), cue_end), content=span, kind="indirect",
        confidence=CONFIDENCE["adjective"], cue_token=tok,
        source=source_chars(source), source_head=source,
    )
