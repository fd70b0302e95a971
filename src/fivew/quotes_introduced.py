"""Quotes a verb right next to them reports where the parse hides it.

A verb that closes the clause right before a quote, set off from it by a comma or colon
only, introduces it, and a verb right after a quote and its speaker's name reports it;
PolNeAR takes such a verb as the quote's cue. The rules of :mod:`fivew.quotes_linking` and
:mod:`fivew.quotes_adjacent` miss it in five ways:

- :func:`introducer`: no cue is found for the quote where the parse hangs the verb before it
  on an earlier clause (as an adverbial or a conjunct: "During the debate, Jane Roe
  cracked, “...”"), out of reach of the clause-level search, or where the cue after the
  quote reports a clause of its own and is set aside ("Roe continued: “...?” He added
  that ...");
- :func:`introduced_split`: the quote falls inside the content of an earlier cue of its
  sentence ("She thanked the crowd and then boomed, “...”", "..., explaining, “...”") and
  went to that cue;
- :func:`trailing_cue`: the verb after the quote and its speaker is no listed reporting
  verb and has no subject in the parse ("“...,” Roe barked"), or the parse read it as a
  noun ("“...,” the editorial read.");
- :func:`quote_subject`: the cue after the quote is found, but the parse did not make the
  name between them its subject ("“...,” screenwriter Jane Roe wrote");
- :func:`subject_split`: the quote falls inside the content of an earlier cue that does not
  govern the clause introducing it ("After Brown criticized X, Hillary shot back, “...”").

In each case the quote went on from the speaker before it, or to an earlier cue. The
figures in the docstrings are PolNeAR train's, content-overlap F1 then speaker-attributed
F1, even / odd documents (tuned on the even ones), each measured with the rules above it in
place; the first four: +0.0003 / +0.0008, +0.0004 / +0.0010 (0.8166 to 0.8169 and 0.8103 to
0.8111; 0.7564 to 0.7568 and 0.7528 to 0.7537).
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_adjacent import INTRODUCING_PUNCT, INVERTED_SUBJECT_MAX_WORDS
from fivew.quotes_bounds import end_content
from fivew.quotes_linking import closing_host
from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import (
    CONFIDENCE,
    RELATIVE_TAGS,
    Attribution,
    cue_lemma,
    load_quote_lists,
    token_end,
)
from fivew.quotes_splits import going_on_verb
from fivew.quotes_subjects import cue_subject

__all__ = ["introducer", "introduced_split", "subject_split", "trailing_cue", "fallback_cue",
           "quote_subject", "quote_host", "INTRODUCER_MAX_GAP", "SPLIT_DEPS", "SPLIT_SUBJECT_POS",
           "TRAILING_SUBJECT_POS"]

#: Most tokens between the introducing verb and the comma or colon before the quote
#: ("fired back forcefully:", "adding of the mayor,"). Set by hand from the cases seen on
#: PolNeAR train (even documents).
INTRODUCER_MAX_GAP = 3

#: How far before a quote its introducing verb is looked for, in characters.
INTRODUCER_WINDOW = 80

#: Space tokens skipped between the comma or colon and the quote mark (a no-break space
#: often stands there: "Roe continues:\xa0“...”").
SPACE_TOKENS = 2

#: How an introducing verb hangs on the clause whose cue held its quote: a second verb of
#: the same subject ("thanked X and boomed, “...”") or a participle ("..., adding, “...”",
#: "carrying signs saying, “...”"); not a clause with a subject of its own.
SPLIT_DEPS = frozenset({"conj", "advcl", "acl", "xcomp"})


def _verb_before(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """The verb that closes the clause right before a quote, set off from it by a comma or
    colon only, on the quote's line; or None."""
    before = doc.char_span(max(0, chunk[0] - INTRODUCER_WINDOW), chunk[0],
                           alignment_mode="contract")
    if before is None or not len(before):
        return None
    k = len(before) - 1
    while k > 0 and len(before) - 1 - k < SPACE_TOKENS and before[k].is_space:
        k -= 1
    if before[k].text not in INTRODUCING_PUNCT or "\n" in text[before[k].idx : chunk[0]]:
        return None
    for tok in reversed(before[max(0, k - INTRODUCER_MAX_GAP) : k]):
        if tok.pos_ == "VERB":
            return tok if tok.dep_ not in ("amod", "compound") else None  # "ever-growing"
        if "\n" in tok.text or tok.is_punct:
            return None
    return None


def introducer(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """'Growing sharper, Mr. Roe continued: “...”': the verb right before a quote that no
    cue was found for, when it has a subject and opens no subordinate clause ("Unless
    rivals quit, “...”"; an "as" clause does: "As Roe put it, “...”"). PolNeAR train:
    content-overlap F1 +0.0001 / +0.0002, speaker-attributed F1 +0.0001 / +0.0002 (even /
    odd documents; +0.00013 / +0.00019, +0.00013 / +0.00020)."""
    tok = _verb_before(doc, text, chunk)
    if tok is None or any(c.dep_ == "mark" and c.lower_ != "as" for c in tok.children):
        return None
    return tok if cue_subject(tok) is not None else None


def introduced_split(doc: Any, text: str, chunk: tuple[int, int],
                     hosts: list[Attribution]) -> Attribution | None:
    """'She thanked the crowd and then boomed, “...”': a quote that a conjunct verb or a
    participle introduces right before it, inside the content of the cue it hangs on
    ("thanked"), is the introducing verb's, with the same speaker; that cue's content ends
    before the verb's clause. Before, the quote went to the earlier cue. PolNeAR train:
    content-overlap F1 +0.00004 / +0.00015, speaker-attributed F1 +0.00006 / +0.00016 (even /
    odd documents; on the even ones below the fourth digit); any verb before the quote, a
    subordinate one too ("if X were not deployed, “...”"): -0.0003 / -0.0002, -0.0004 /
    -0.0004; a participle's speaker taken from its own parse subject (for "..., explaining,
    “...”" the parse gave the subject of the clause before): one speaker lost on the odd
    ones. The infinitive of a conjunct "went on" counts as the conjunct ("joked that X, but
    went on to say, “...”", see :func:`fivew.quotes_splits.going_on_verb`): PolNeAR train
    content-overlap F1 0 / +0.0001, speaker-attributed F1 0 / +0.0001 (even / odd); dev
    and 371 real pages unchanged."""
    tok = _verb_before(doc, text, chunk) if hosts else None
    if tok is None:
        return None
    # "joked that X, but went on to say, “...”": the conjunct the infinitive hangs on
    verb = going_on_verb(tok) or tok
    if verb.dep_ not in SPLIT_DEPS or (verb.dep_ != "conj" and verb.tag_ != "VBG"):
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return None  # "if X were not deployed, “...”": a clause of its own
    host = next((h for h in hosts if h.cue[1] <= verb.idx and h.content[0] <= verb.idx
                 and h.cue_token is not None and h.cue_token.i != verb.i
                 and (verb.dep_ != "conj" or verb.head.i == h.cue_token.i)), None)
    if host is None:
        return None
    start = verb.left_edge
    while start.i > 0 and (doc[start.i - 1].dep_ == "cc" or doc[start.i - 1].is_punct
                           or doc[start.i - 1].is_space):  # ",\xa0but"
        start = doc[start.i - 1]
    if not end_content(host, len(text[: start.idx].rstrip())):
        return None
    subject = cue_subject(verb) if verb.dep_ == "conj" else _hung_on_subject(verb, host)
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=chunk, kind="direct",
        confidence=CONFIDENCE["direct_same_sentence"], cue_token=tok,
        source=source_chars(subject) if subject is not None else host.source,
        source_head=subject if subject is not None else host.source_head,
        extra={"quotes": []},  # the caller adds the quote, as to any host
    )


def subject_split(doc: Any, text: str, chunk: tuple[int, int],
                  hosts: list[Attribution]) -> Attribution | None:
    """'After Brown criticized Bill Clinton during a debate, Hillary shot back, “...”': a
    quote that a clause of its own introduces right before it (a verb with its own subject,
    set off by a comma or colon only, opening no subordinate clause), inside the content of
    an earlier cue ("criticized"), is that verb's, with its subject for speaker; the earlier
    cue's content ends before the subject. Before, the quote went to the earlier cue.
    PolNeAR train: content-overlap F1 0 / 0, speaker-attributed F1 +0.0002 / 0 (even / odd
    documents, on top of the nested curly quotes of :mod:`fivew.quotes_marks`). Where a
    colon introduces the quote, a subordinate or relative clause does too ("..., to which
    O'Malley interjected: “...”"), also one inside the earlier cue's clause; not a free
    relative ("thinks of what his parents told him: “...”"). PolNeAR train:
    speaker-attributed F1 0 / +0.0002, exact 0 / +0.0002 (even / odd documents); dev and
    371 real pages unchanged."""
    tok = _verb_before(doc, text, chunk) if hosts else None
    if tok is None:
        return None
    # the mark before the quote, read in the window _verb_before reads, not the whole text
    colon = text[max(0, chunk[0] - INTRODUCER_WINDOW) : chunk[0]].rstrip().endswith(":")
    if any(c.dep_ == "mark" for c in tok.children) and not colon:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.pos_ not in SPLIT_SUBJECT_POS:
        return None
    start = subject.left_edge.idx
    if colon:
        # "Cruz said as the heckler yelled: “...”", "..., to which Roe interjected: “...”":
        # a clause introducing a quote with a colon is a claim of its own, subordinate or
        # relative; the earlier content ends before the word opening it. Not a free
        # relative ("thinks of what his parents told him: “...”": what he thinks of)
        before = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
        if before is not None and before.tag_ in RELATIVE_TAGS and not (
                before.dep_ == "pobj" and before.head.i < before.i
                and before.head.head.i == tok.i):
            return None  # not "what a balanced approach might look like: “...”"
        openers = [c for c in tok.children if c.i < subject.i and (c.dep_ == "mark" or (
            c.dep_ == "prep" and any(g.tag_ in RELATIVE_TAGS for g in c.children)))]
        start = min([start] + [int(c.left_edge.idx) for c in openers])
    own = next((h for h in hosts if h.cue_token is not None and h.cue_token.i == tok.i), None)
    host = next((h for h in hosts if h.cue[1] <= start and h.content[0] <= start
                 and h.cue_token is not None and h.cue_token.i != tok.i
                 and (colon or not h.cue_token.is_ancestor(tok))), None)
    if host is None or not end_content(host, len(text[:start].rstrip(" ,;:—–-"))):
        return None
    if own is not None:  # the parse found the verb's own attribution: the quote is its
        return own
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=chunk, kind="direct",
        confidence=CONFIDENCE["direct_same_sentence"], cue_token=tok,
        source=source_chars(subject), source_head=subject, extra={"quotes": []},
    )


#: Parts of speech of the subject of a clause that introduces a quote inside an earlier
#: cue's content: a speaker named ("Hillary shot back, “...”"), not "it" or "this".
SPLIT_SUBJECT_POS = frozenset({"PROPN", "NOUN"})


def _hung_on_subject(tok: Any, host: Attribution) -> Any:
    """The speaker of a participle: for one qualifying a noun, the subject of the verb
    that noun hangs on ("X issued a statement saying, “...”"); else None, for ``host``'s
    speaker ("said X, explaining, “...”", where the parse may find another subject)."""
    if tok.dep_ != "acl":
        return None
    verb = tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or host.cue_token is None or verb.i == host.cue_token.i:
        return None
    return cue_subject(verb)


def quote_host(doc: Any, text: str, chunk: tuple[int, int],
               hosts: list[Attribution]) -> Attribution | None:
    """The attribution a quote belongs to among ``hosts``, those whose contents overlap it:
    its introducing verb's (:func:`introduced_split`), else the cue closing it
    (:func:`fivew.quotes_linking.closing_host`), else the first."""
    return (introduced_split(doc, text, chunk, hosts) or subject_split(doc, text, chunk, hosts)
            or closing_host(text, chunk, hosts)
            or (hosts[0] if hosts else None))


#: Parts of speech of the words of a speaker named between a quote and its verb ("“...,”
#: the editorial read", "“...,” Trump barked").
TRAILING_SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "PART", "NUM"})

#: Parts of speech that may follow the verb after a quote's speaker, closing its clause
#: ("barked and ...", "wrote on Twitter", "read.").
TRAILING_CLAUSE_END_POS = frozenset({"PUNCT", "ADP", "CCONJ", "ADV", "SPACE"})

#: Punctuation inside the closing mark of a quote that a speaker and verb follow.
TRAILING_QUOTE_PUNCT = (",", "?", "!")

_MARKS = "\"'”’» "


def _after_quote(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """The words after a quote ending in a comma, "?" or "!", on its line, or None."""
    if not text[chunk[0] : chunk[1]].rstrip(_MARKS).endswith(TRAILING_QUOTE_PUNCT):
        return None
    line_end = text.find("\n", chunk[1])
    end = min(len(text), chunk[1] + 120, line_end if line_end >= 0 else len(text))
    span = doc.char_span(chunk[1], end, alignment_mode="contract")
    if span is None or not len(span) or text[chunk[1] : span[0].idx].strip():
        return None
    if span[0].is_punct or span[0].tag_.startswith("W"):
        return None  # "“...!” — the balloons fell", "“...,” which it sells": no speaker
    return span


def _subject_head(words: list[Any]) -> Any:
    """The head of a speaker's name or description: its last noun, else its last word."""
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return nouns[-1] if nouns else (words[-1] if words[-1].pos_ != "DET" else None)


def _verb_next(tok: Any) -> bool:
    """Whether a verb, or a listed cue closing the clause, follows ``tok``: a noun that
    could be a misread cue ("“...,” the email read.", both read as nouns) is then the head of
    the speaker's name, the word after it the cue. Before, "email" was taken for the cue,
    failed for the verb after it, and the quote went on from the speaker before. PolNeAR
    train: content-overlap F1 +0.0001 / 0, speaker-attributed F1 +0.0001 / 0 (even / odd
    documents)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    closes = tok.i + 2 >= len(doc) or doc[tok.i + 2].is_punct
    return after.pos_ == "VERB" or (closes and cue_lemma(after) in load_quote_lists().speech)


def trailing_cue(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """'“...,” Roe barked and left', '“...,” the editorial read.': the verb right after a
    quote that ends in a comma, "?" or "!" and its speaker's name (at most
    :data:`fivew.quotes_adjacent.INVERTED_SUBJECT_MAX_WORDS` words of
    :data:`TRAILING_SUBJECT_POS`), closing their clause, where the parse gave it no subject
    or read it as a noun; or None. PolNeAR train: content-overlap F1 +0.00006 / +0.00019,
    speaker-attributed F1 +0.00006 / +0.00020 (even / odd documents); without asking that
    the name follow the quote's mark right away and open on no dash or "which" ("“...!” —
    the balloons fell", "“...,” which it sells"): content-overlap F1 +0.0001 more and
    speaker-attributed F1 0.0001 less on the even ones, both less on the odd ones."""
    span = _after_quote(doc, text, chunk)
    if span is None:
        return None
    words = list(span)
    for n, tok in enumerate(words[: INVERTED_SUBJECT_MAX_WORDS + 1]):
        if tok.pos_ in TRAILING_SUBJECT_POS and not (tok.pos_ == "NOUN" and n and cue_lemma(
                tok) in load_quote_lists().speech and tok.tag_ == "NN" and not _verb_next(tok)):
            continue
        if n == 0 or not (tok.pos_ == "VERB" or cue_lemma(tok) in load_quote_lists().speech):
            return None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.pos_ not in TRAILING_CLAUSE_END_POS:
            return None
        return tok if _subject_head(words[:n]) is not None else None
    return None


def fallback_cue(doc: Any, text: str, chunk: tuple[int, int]) -> Any:
    """A quote's cue where :func:`fivew.quotes_linking.cue_near` found none: the verb that
    introduces it (:func:`introducer`), else the one after it and its speaker
    (:func:`trailing_cue`)."""
    return introducer(doc, text, chunk) or trailing_cue(doc, text, chunk)


def quote_subject(doc: Any, text: str, chunk: tuple[int, int], cue: Any) -> Any:
    """The speaker of a quote's cue: its subject (:func:`cue_subject`), else, for a cue
    right after the quote and a name that the parse did not make its subject ("“...,”
    screenwriter Jane Roe wrote", the small model reading "screenwriter" as a verb and the
    name as its object), the head of that name. Before, the quote went on from the speaker
    before it. PolNeAR train: content-overlap F1 +0.00013 / +0.00028, speaker-attributed F1
    +0.00014 / +0.00040 (even / odd documents)."""
    if cue is None:
        return None
    subject = cue_subject(cue)
    if subject is not None or cue.idx < chunk[1]:
        return subject
    span = _after_quote(doc, text, chunk)
    if span is None or not span.start < cue.i:
        return None
    words = list(doc[span.start : cue.i])
    if not words:
        return None
    if len(words) > INVERTED_SUBJECT_MAX_WORDS + 1 or any(t.is_punct or t.is_space
                                                          for t in words):
        return _apposed_subject(words)
    return _subject_head(words)


#: Most words between a quote and its cue for "“...,” NAME, DESCRIPTION, (later) told X".
APPOSED_SUBJECT_MAX_WORDS = 20


def _apposed_subject(words: list[Any]) -> Any:
    """'“...,” the performer known as Flloyd, another friend from that era, later told a
    documentarian': a name set off by commas from the description after it, the parse
    having run the name into the quote; its head is the speaker. Seen running fivew over
    real pages (fundus-eval), where the quote was dropped."""
    if len(words) > APPOSED_SUBJECT_MAX_WORDS or words[0].is_punct:  # words: never empty
        return None
    commas = [n for n, t in enumerate(words) if t.text == ","]
    if not commas or any(t.is_punct and t.text != "," or t.is_space or t.is_quote
                         for t in words):
        return None
    if not (words[-1].text == "," or words[-1].pos_ == "ADV" and words[-2].text == ","):
        return None  # the description must close before the cue: ", (later) told"
    return _subject_head(words[: commas[0]])
