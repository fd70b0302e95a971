"""How a quoted stretch is tied to its cue: the reporting verb that governs it right before
it (:func:`governing_verb`), else the one nearest it (:func:`cue_near`, else a verb right
next to it, see :mod:`fivew.quotes_adjacent`), except that a quote closing its sentence
does not take the next sentence's cue when that cue reports a clause of its own
(:func:`ends_sentence`); a quote that closes a clause before its cue brings the
clause with it (:func:`lead_in`); a short quoted title takes no cue (:func:`quoted_title`);
a quote opening a sentence after a bare "X said in a statement." is that verb's
(:func:`bare_report`); a quote whose cue closes it right after is that cue's, whole, even
where the clause before it reaches into it (:func:`closing_host`); an uncued quote after a
sentence that quoted someone goes on from that speaker, not from a claim trailing in the
same sentence (:func:`sentence_quoter`). (A quote's inverted cue
whose speaker the parse missed is :func:`fivew.quotes_adjacent.inverted_speaker`.) Tuned on
PolNeAR train's even-numbered documents, confirmed on the odd-numbered ones (figures in each
docstring: content-overlap F1, then speaker-attributed F1, even / odd documents).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fivew.quotes_adjacent import introducing_cue, inverted_cue
from fivew.quotes_bounds import end_content
from fivew.quotes_false_uses import WORK_VERBS
from fivew.quotes_marks import STRIP_MARKS, title_cased, word_count
from fivew.quotes_named import named_object_start
from fivew.quotes_noncues import naming_label, writer_quoting
from fivew.quotes_rules import Attribution, QuoteLists, cue_lemma, load_quote_lists, token_end
from fivew.quotes_speakers import Context
from fivew.quotes_subjects import cue_subject

__all__ = ["cue_near", "governing_verb", "ends_sentence", "lead_in", "quoted_title", "object_title",
           "within_speaker",
           "bare_report", "closing_host", "sentence_quoter", "LEAD_IN_MAX_GAP",
           "APPOSED_TITLE_MAX_WORDS", "BARE_REPORT_DEPS", "GOVERNING_MAX_GAP"]

#: Most words between a quote and the cue after it for the clause the quote closes to be
#: reported with it ('“...,” one user commented'); set by hand (a subject of a few words).
LEAD_IN_MAX_GAP = 4

#: What sets a clause ending in a quote off from the words before it in its sentence.
_LEAD_BREAK = re.compile(r"[:;—–]| -+ ")


def ends_sentence(text: str, chunk: tuple[int, int]) -> bool:
    """Whether a quote closes its sentence with a full stop inside the marks and the next
    sentence opens with a capital right after it; a cue there that reports a clause of its
    own opens a new claim, and the quote goes on from the speaker before (before, it took
    that cue). PolNeAR train: content-overlap F1 +0.0002 / +0.0004, speaker-attributed F1
    +0.0001 / +0.0009 (even / odd documents)."""
    inner = text[chunk[0] : chunk[1]].rstrip(STRIP_MARKS + "’")
    after = text[chunk[1] : chunk[1] + 40].lstrip(" ")
    return inner.endswith(".") and after[:1].isupper()


def lead_in(ctx: Context, chunk: tuple[int, int], cue_tok: Any) -> int:
    """Where the words of a quote reported by a cue after it begin: 'She would make a finer
    mayor than Ruiz “whatever happens,” one reader wrote' reports the whole clause
    the quote closes (from the sentence's start, or a dash, colon or semicolon), when the
    quote ends with a comma, the cue follows within a few words and the clause holds no
    reporting verb of its own. PolNeAR train: content-overlap F1 +0.0003 / +0.0001,
    speaker-attributed F1 +0.0002 / 0 (even / odd documents); without the comma and
    nearness conditions +0.0004 / +0.0001 but speaker-attributed F1 +0.0001 / -0.0001; left
    out for titles instead ("“The Apprentice,”") +0.0003 / +0.0001, -0.0000 / -0.0001."""
    text = ctx.text
    named = named_object_start(text, chunk, cue_tok)
    if named is not None:  # 'called it “a disgrace.”': the object and its name
        return named
    if cue_tok.idx < chunk[1] or word_count(text[chunk[1] : cue_tok.idx]) > LEAD_IN_MAX_GAP or not (
            text[chunk[0] : chunk[1]].strip(STRIP_MARKS).endswith(",")):
        return chunk[0]
    start = max(ctx.sent_starts[ctx.sentence_of(chunk[0])], text.rfind("\n", 0, chunk[0]) + 1)
    lead = text[start : chunk[0]]
    breaks = [m.end() for m in _LEAD_BREAK.finditer(lead)]
    if breaks:  # "He fulminated against X - “I love it,” he said": the quote's clause only
        start, lead = start + breaks[-1], lead[breaks[-1]:]
    if word_count(lead) < 2 or any(ctx.quoted(start + i) for i in range(len(lead))):
        return chunk[0]
    span = ctx.doc.char_span(start, chunk[0], alignment_mode="contract")
    lists = load_quote_lists()
    if span is None or any(t.pos_ == "VERB" and t.lemma_.lower() in lists.speech for t in span):
        return chunk[0]
    return start + len(lead) - len(lead.lstrip())


#: Words right before a quoted title of a show, book or film ("on NBC's “Meet the Press,”",
#: "host of “The Apprentice,”"); written for fivew. The prepositions from "behind" on came
#: from real pages ('won best actress for "Away From Her," but she was not on hand to
#: accept', 'the firm behind "Pepsi Stuff," said'): 4 titles of 4 of 371 pages no longer
#: quotes; PolNeAR train content-exact F1 +0.0001 / 0, the rest unchanged; dev unchanged.
TITLE_LEADS = frozenset({"on", "of", "in", "show", "program", "book", "film", "titled",
                         "entitled", "behind", "from", "for", "about", "with", "at", "by"})



def quoted_title(text: str, chunk: tuple[int, int], inner: str) -> bool:
    """Whether a short quoted stretch is a title ("appeared on ABC’s “This Week,” where he
    said ..."): every word capitalised (but small words) and right after a possessive or a
    word that leads a title; it is then tied to no cue. PolNeAR train: content-overlap F1
    0 / +0.0001, speaker-attributed F1 +0.0002 / 0, exact-content F1 +0.0011 / +0.0008
    (even / odd documents). So is one set off by a comma after the lower-case noun it names
    ("his memoir, “Gifted Hands,” at", :data:`APPOSED_TITLE_MAX_WORDS`): content-overlap F1
    0 / 0 (precision +0.0001, recall -0.0001 on the even documents), cue F1 +0.0001 / 0,
    exact-content F1 +0.0002 / +0.0002."""
    words = inner.rstrip(",!?").split()
    if not title_cased(words):
        return False
    word = _word_before(text, chunk)
    last = word.lower()
    return (last in TITLE_LEADS or last.endswith(("’s", "'s"))
            or (last[:-1].isalpha() and last.endswith(",") and word[:1].islower()
                and len(words) <= APPOSED_TITLE_MAX_WORDS))


def _word_before(text: str, chunk: tuple[int, int]) -> str:
    """The word (with its punctuation) right before ``chunk``, or "" at the text's start."""
    before = text[max(0, chunk[0] - 20) : chunk[0]].split()
    return before[-1] if before else ""


#: Prepositions before which a quoted title names a work whatever its length ("In “The
#: House of Hidden Meanings,” RuPaul describes ...", a real page of fundus-eval). PolNeAR
#: train: content-overlap F1 -0.0001 / 0, speaker-attributed +0.0001 / 0 (even / odd; the
#: one quote dropped "the strains of ''New York, New York.''", a song); dev content-exact
#: F1 +0.0005; on 371 real pages 5 titles of 2 pages are no longer quotes.
TITLE_PREPOSITIONS = frozenset({"in", "on", "of"})


def after_preposition(text: str, chunk: tuple[int, int]) -> bool:
    """Whether the word right before ``chunk`` is one of :data:`TITLE_PREPOSITIONS`."""
    return _word_before(text, chunk).lower() in TITLE_PREPOSITIONS


#: Most words of a title set off by a comma after the noun it names ("his memoir, “Gifted
#: Hands,”", "a new program, “The Overthrow Show,”"); set by hand.
APPOSED_TITLE_MAX_WORDS = 4


def cue_near(ctx: Context, chunk: tuple[int, int], lists: QuoteLists) -> Any:
    """The reporting verb nearest a quote in its sentence(s), outside the quote, unless a
    verb right before it governs it (:func:`governing_verb`)."""
    doc, text = ctx.doc, ctx.text
    first, last = ctx.sentence_of(chunk[0]), ctx.sentence_of(chunk[1] - 1)
    before = text[max(0, chunk[0] - 200) : chunk[0]].rstrip()
    colon = before.endswith(":")
    if colon:
        first = ctx.sentence_of(chunk[0] - (len(text[: chunk[0]]) - len(text[: chunk[0]].rstrip()))
                                - 1)  # "He said: “...”"
    lo = ctx.sent_starts[first]
    hi = ctx.sent_starts[last + 1] if last + 1 < len(ctx.sent_starts) else len(text)
    # a quote and its cue share a paragraph (the parser's sentences sometimes run over a
    # line break into the next paragraph's "..., X said")
    if not colon:
        lo = max(lo, text.rfind("\n", 0, chunk[0]) + 1)
    para_end = text.find("\n", chunk[1])
    para_end = para_end if para_end >= 0 else len(text)
    if text[chunk[0] : chunk[1]].rstrip(STRIP_MARKS).endswith(("?", "!")) and (
            text[chunk[1] : chunk[1] + 3].lstrip()[:1].islower()):
        # '“...?” a reporter can be heard asking Trump': the sentence goes on after a quote
        # the parser ended at its "?" (before, a verb before a colon in the paragraph above
        # took the quote). PolNeAR train even content-overlap F1 +0.0001, speaker-attributed
        # +0.0001, exact +0.0003 (3 quotes, all now right); odd, dev and 371 real pages
        # unchanged; without asking for the "?" or "!" it lost (-0.0002 / -0.0001)
        hi = max(hi, ctx.sent_starts[last + 2] if last + 2 < len(ctx.sent_starts) else para_end)
    hi = min(hi, para_end)
    best, best_distance = governing_verb(ctx, chunk, lists), None
    for tok in [] if best is not None else doc.char_span(lo, hi, alignment_mode="expand") or []:
        if chunk[0] <= tok.idx < chunk[1] or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() not in lists.speech or ctx.quoted(tok.idx) or writer_quoting(tok):
            continue  # "said, and I quote, “...”": the writer's aside
        distance = tok.idx - chunk[1] if tok.idx >= chunk[1] else chunk[0] - tok.idx + 20
        if best_distance is None or distance < best_distance:
            best, best_distance = tok, distance
    if colon and best is not None and best.idx < chunk[0]:
        introducer = introducing_cue(doc, text, chunk)
        if introducer is not None and introducer.i > best.i:
            # "Asked which county ..., he demurred: “...”": the verb before the colon
            # introduces the quote, listed or not, not the reporting verb further back
            # (before, the quote was dropped). PolNeAR train and dev unchanged; 1 real
            # page of 371 gained a quote ("A correction was appended to the story: “...”")
            best = introducer
    if best is None:
        best = inverted_cue(doc, text, chunk) or introducing_cue(doc, text, chunk)
    if best is not None and best.idx >= chunk[1] and ends_sentence(text, chunk) and any(
            c.dep_ == "ccomp" and c.i > best.i for c in best.children):
        return None  # "“... my wheelhouse.” He said, twice, that ...": a claim of its own
    if best is None and colon:
        # "Cruz called them on it: “...”": the verb before the colon introduces the quote
        colon_at = len(text[: chunk[0]].rstrip()) - 1
        sentence = doc.char_span(ctx.sent_starts[ctx.sentence_of(colon_at)], colon_at,
                                 alignment_mode="expand")
        root = sentence.root if sentence is not None and len(sentence) else None
        if root is not None and root.pos_ == "VERB" and cue_subject(root) is not None:
            best = root
    return best


#: Most tokens between a reporting verb and the quote it governs for the quote to be that
#: verb's (tuned on PolNeAR train's even documents: 2 gains less, 4 to 6 the same; odd
#: ones confirm; 12 and more lose on the odd ones).
GOVERNING_MAX_GAP = 4


def governing_verb(ctx: Context, chunk: tuple[int, int], lists: QuoteLists) -> Any:
    """The reporting (or naming) verb right before a quote, in its sentence, that governs it in the
    parse ("She declared “What a night!” and said that ..."), if any: the quote is that
    verb's, not the nearer verb after it (before, the nearest verb after a quote won, as
    in "“...,” she said"). PolNeAR train: content-overlap F1 +0.0001 / 0,
    speaker-attributed F1 +0.0003 / +0.0001 (even / odd documents); without asking that
    no full stop stand between verb and quote (the parser hangs '“A,” he said. “B.”' on
    "said"): -0.0009 / -0.0008 on the odd ones. A naming verb too ('a clip the judge
    called “distasteful,”'): 0 / +0.0001, +0.0001 / 0."""
    span = ctx.doc.char_span(chunk[0], chunk[1], alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        head, lemma = tok.head, tok.head.lemma_.lower()
        if (span.start - GOVERNING_MAX_GAP <= head.i < span.start and head.pos_ == "VERB"
                and (lemma in lists.speech or lemma in lists.naming)
                and not naming_label(head)  # "a program called “X”": a title
                and not writer_quoting(head)  # "said, and I quote, “X”": an aside
                and not ctx.quoted(head.idx)
                and not any(t.text in ".!?" for t in ctx.doc[head.i + 1 : span.start])):
            return head
    return None


#: Dependents of a reporting verb that leave it without a content of its own ("said in a
#: statement", "wrote on Twitter", "said pleasantly into the phone").
BARE_REPORT_DEPS = frozenset({"nsubj", "aux", "advmod", "prep", "npadvmod", "punct", "neg",
                              "cc", "agent", "dep"})


def bare_report(ctx: Context, chunk: tuple[int, int], taken: set[int]) -> Any:
    """The reporting verb of the sentence right before a quote that opens its own sentence,
    when that sentence is nothing but a speaker and the verb ("Jane Roe, a spokeswoman,
    said in a statement. “...”"): the quote is what it reports. ``taken``: tokens that
    already cue an attribution. Before, such a quote went on from the quoted speaker before
    it. PolNeAR train: content-overlap F1 +0.0003 / +0.0000, speaker-attributed F1 +0.0003 /
    +0.0001 (even / odd documents); asking that the quote be in the verb's paragraph
    changed nothing."""
    doc, text = ctx.doc, ctx.text
    before = text[: chunk[0]].rstrip()
    if not before.endswith("."):
        return None
    end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if end is None or not len(end):
        return None
    sent = end[0].sent
    root = sent.root
    if (root.pos_ != "VERB" or root.i in taken or cue_lemma(root) not in load_quote_lists().speech
            or any(c.dep_ not in BARE_REPORT_DEPS for c in root.children)
            or cue_subject(root) is None or any(ctx.quoted(t.idx) for t in sent)):
        return None
    return root


def closing_host(text: str, chunk: tuple[int, int],
                 hosts: list[Attribution]) -> Attribution | None:
    """Of the attributions whose contents overlap a quote, the one whose cue follows the
    quote within a few words and whose content lies inside it ('X explained: “..., I
    can't reach it,” Roe wrote': "wrote", whose parse content is the quote's last
    clause), or None. The quote is that cue's, whole, and the contents of the others end
    before it (before, the quote went to the first attribution overlapping it, here
    "explained"). PolNeAR train: content-overlap F1 +0.0002 / +0.0002, speaker-attributed
    F1 +0.0004 / +0.0001 (even / odd documents)."""
    for attr in hosts:
        if (chunk[1] <= attr.cue[0] and chunk[0] <= attr.content[0] and attr.content[1] <= chunk[1]
                and word_count(text[chunk[1] : attr.cue[0]]) <= LEAD_IN_MAX_GAP):
            for other in hosts:
                if other is not attr and other.content[0] < chunk[0]:
                    end_content(other, len(text[: chunk[0]].rstrip(" \n:—–-")))
            return attr
    return None


def sentence_quoter(ctx: Context, prior: list[Attribution], last: Attribution,
                    quotes_words: Callable[[Attribution], bool]) -> Attribution:
    """Whom an uncued quote goes on from, given ``last``, the latest attribution before it:
    where ``last`` quotes nobody but shares its sentence with one that does, that one
    ('“A,” Le Pen told CNN when asked which candidate she backed.' then a paragraph
    '“B.”': B is Le Pen's, told, not the asking). PolNeAR train: content-overlap F1
    +0.0001 / 0, speaker-attributed F1 +0.0002 / 0 (even / odd documents)."""
    if quotes_words(last):
        return last
    sentence = ctx.sentence_of(last.cue[0])
    same = [a for a in prior if a is not last and quotes_words(a)
            and ctx.sentence_of(a.cue[0]) == sentence]
    return max(same, key=lambda a: a.cue[1]) if same else last


def within_speaker(subject: Any, chunk: tuple[int, int], cue: Any) -> bool:
    """'Sam Lansky, a writer who helped RuPaul with “The House of Hidden Meanings,” told me,
    “...”': whether a quoted piece opens inside the phrase of the speaker ``subject`` of its
    cue. It is part of how the speaker is described (a title, a nickname), not what they
    said; a real page of fundus-eval made the whole description a mixed quote of "told".
    PolNeAR train: content-overlap F1 0 / 0, speaker-attributed F1 -0.0001 / 0, content
    exact +0.0001 / +0.0002 (even / odd documents; 7 titles dropped: "William A.
    Birdthistle, author of ''Empire of the Fund,'' pointed out"); dev unchanged. On 371 real
    pages 3 quotes dropped, 2 of them wrong; the third stood in a garbled sentence ("“...,”
    said Abdush's sister, that in a short timespan “they raped her ...?”")."""
    # after the speaker's own word: a quote before it is what they said, however the parse
    # hangs it ("“That's a concern,” Sarandon, 69, told MSNBC"); and the cue outside the
    # phrase ("a paper published in May titled “X”" describes the paper by its publishing)
    # and no colon before it ('Said Davis, who chaired the hearing: "..."' introduces it)
    doc = subject.doc
    end = token_end(doc[subject.right_edge.i])
    if not subject.idx < chunk[0] < end or subject.left_edge.i <= cue.i <= subject.right_edge.i:
        return False
    return not any(t.text == ":" for t in doc[subject.i : subject.right_edge.i + 1]
                   if t.idx < chunk[0])


def object_title(doc: Any, chunk: tuple[int, int], inner: str, lists: QuoteLists) -> bool:
    """'He was shooting “RuPaul’s Drag Race UK,” one of ...': a quote in title case that is
    the object of a verb reporting nothing names a work; it is tied to no cue (a real page
    of fundus-eval gave it to a "published" later in the sentence). So is the name after a
    naming participle ('a program called “The American Music Show”', see
    :func:`fivew.quotes_noncues.naming_label`)."""
    if not title_cased(inner.rstrip(",!?.").split()):
        return False
    span = doc.char_span(chunk[0], chunk[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "oprd" and naming_label(root.head):
        return True  # "a program called “The American Music Show”"
    return bool(root.dep_ in ("dobj", "pobj") and root.head.i < span.start
                and root.head.pos_ == "VERB" and (cue_lemma(root.head) not in lists.speech
                                                  or cue_lemma(root.head) in WORK_VERBS))
