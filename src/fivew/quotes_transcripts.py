"""Transcript lines and headline attributions of the ``quotes`` stage: "Name: words".

:func:`transcript_line` reads a line opening with a short name and a colon ("TAPPER: ...",
"Graham: Trump's rhetoric ...", "Trump: My plans aren't set in stone") as that name's
words, as PolNeAR's guidelines ask for transcripts and headlines; so is a name between a
dash and a colon opening a quote in a digest ("HEADLINE - Jeffrey M. Jones: “...”").
:func:`fivew.quotes_cues.cue_attributions` calls it on every colon.

Two kinds of line look like that and are no one's words (tuned on PolNeAR train's even
documents, odd ones confirming; figures in :data:`INTERVIEW_LABELS` and :func:`_asks`):

- an interview turn labelled "Q:" or "A:" whose first sentence has a reporting verb with a
  subject ("A: I think the bill is dead"): PolNeAR attributes the turn through that verb;
- a title that asks a question ("Senator Jones: Reformer or insider?").
"""

from __future__ import annotations

import re
from typing import Any

from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    is_mark,
    line_end,
    load_quote_lists,
    span_words,
    token_end,
    trim_tokens,
)
from fivew.quotes_subjects import FINITE_TAGS

__all__ = ["transcript_line", "quoted_turns", "names_speaker", "TRANSCRIPT_MAX_WORDS"]


#: Most words before a line-opening colon for "Name: words" to be read as a transcript
#: line or a headline attribution ("TAPPER: ...", "Graham: Trump's rhetoric ...").
TRANSCRIPT_MAX_WORDS = 5

#: Most words after "Name:" below a document's first line for the line to be read as a
#: section heading ("Cruz: Just hang on.") or an interviewer's short question ("Q: Is he
#: ready?"), not a turn; a name in capitals ("TAPPER: Why not?", but not a lone "Q") still
#: opens a turn. Calibrated on PolNeAR train's even documents: of such lines of up to five
#: words all but one were false positives there (4 and 7 words scored the same). PolNeAR
#: train: content-overlap F1 +0.0005 / +0.0001, speaker-attributed F1 +0.0004 / +0.0001
#: (even / odd documents).
SHORT_TURN_WORDS = 5


def transcript_line(doc: Any, tok: Any) -> Attribution | None:
    """'NAME: words' opening a line: a transcript turn or a headline attribution."""
    line_start = None
    for j in range(tok.i - 1, max(-1, tok.i - TRANSCRIPT_MAX_WORDS - 2), -1):
        if "\n" in doc[j].text or doc[j].is_space:
            line_start = j + 1
            break
    if line_start is None and tok.i <= TRANSCRIPT_MAX_WORDS:
        line_start = 0
    digest = line_start is None
    if digest:
        line_start = _digest_name_start(doc, tok)
    if line_start is None or tok.i == line_start:
        return None
    head = doc[line_start : tok.i]
    if any(t.text == "(" for t in head) and not any(t.text == ")" for t in head):
        return None  # "Logitech International (SWX: LOGN)": a ticker in brackets, no turn
        # (1 real page of 371; PolNeAR unchanged)
    named = any(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in head)
    if any(t.pos_ in ("VERB", "AUX") for t in head) or not (named or _capitalised_name(head)):
        return None
    if head[-1].lower_ in TRANSCRIPT_LABELS:
        return None  # "Editor's note: ...": the writer's own words, labelled
    last = line_end(doc, tok.i)
    span = trim_tokens(doc, tok.i + 1, last) if last > tok.i else None
    if span is None or span_words(doc, span) < 3:
        return None
    if line_start > 0 and span_words(doc, span) <= SHORT_TURN_WORDS and not (
            len(head.text) > 1 and all(t.is_upper for t in head if t.is_alpha)):
        return None  # "Cruz: Just hang on." heading a section, "Q: Does he?" (see above)
    if line_start == 0 and _asks(doc, span):
        return None  # "Senator Jones: Reformer or insider?": the title asks, nobody said it
    if line_start > 0 and not digest and not _speaker_label(doc, head):
        return None  # "Coconut Flour: This is used to bind the dough.": a list of terms
    if head.text in INTERVIEW_LABELS and _reported_turn(doc, span):
        return None  # "A: I think the bill is dead": "think" reports it (INTERVIEW_LABELS)
    first = line_start
    while first < tok.i and is_mark(doc[first]):
        first += 1  # '"PENCE: ...' opening a quoted transcript: the name without the mark
    source = trim_tokens(doc, first, tok.i - 1)
    if source is None:
        return None
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=span, kind="indirect",
        confidence=CONFIDENCE["colon"], cue_token=tok, source=source,
        source_head=head.root, extra={"turn": not digest},  # a digest's author is named
    )


#: A quote mark (and spaces) that opens a quoted transcript's turn before its label.
_OPENING = " \t\"“"


#: Entity labels of a turn's label that name a speaker ("Graham: ...", "Reuters: ...").
SPEAKER_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _speaker_label(doc: Any, head: Any) -> bool:
    """Whether ``head``, the words before a colon opening a line below the first, can name
    who speaks the line: an interview label ("Q", "A"), a label in capitals ("TAPPER"), a
    name the tagger marks a person or a body here or elsewhere in the document ("Lopez",
    named in full before), or a label opening another line of the document too (the turns
    of a transcript come back). Not a term of a list, each used once ("Vanilla Extract: You
    could also use ...", "Step Two: Roll the mixture ..." on a recipe page of trafilatura's
    evaluation set; "Disclaimer:", "ARRESTS –" and rubric headings on others): on 250 real
    pages 38 such lines of 17 pages are no longer anyone's words; one was a critic's
    ("Neil's verdict: “...”"), and a quoted tweet led in by "Rep. Jo Roe on MSNBC:" is now a
    direct quote of its label. PolNeAR train: cue F1 +0.0001 / +0.0001, speaker 0 / +0.0001,
    exact +0.0002 / 0 (even / odd documents; a profile's "Name: ..., Age: 27" no longer
    hides a quote's own cue); dev unchanged."""
    words = [t for t in head if not t.is_punct]
    if not words or head.text in INTERVIEW_LABELS:
        return True
    if all(t.is_upper for t in words if t.is_alpha):
        return True
    label = head.text.strip(_OPENING)  # '"Chris Matthews: ...' opening a quoted transcript
    # a name the tagger found in the label or elsewhere ("Lopez: Well, ...", the panellist
    # named in full before), not one it ran over the colon ("Vanilla Extract: You", an
    # organisation)
    if any(ent.label_ in SPEAKER_LABEL_ENTS and f" {label} " in f" {ent.text} "
           and not ent.start < head.end < ent.end for ent in doc.ents):
        return True
    return bool(doc.text.count("\n" + label + ":") > 1)


def quoted_turns(text: str, found: list[Attribution], chunks: list[tuple[int, int]],
                 continued: set[int]) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """A transcript quoted whole, each turn reopening the quote ('"PENCE: Well, look ...'):
    each turn is its speaker's (with the paragraphs going on from it), not the quoted
    stretch of whoever introduced the transcript. Returns the turns found among ``found``
    (their cue inside a quote mark that opens their line) and the quoted pieces they take.
    PolNeAR dev gives every turn of such a transcript to its label (10 turns), train the
    whole of one to its "as follows:" (4 turns); fivew says who spoke each turn."""
    turns: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    for attr in found:
        opening = [c for c in chunks if c[0] <= attr.cue[0] < c[1]]
        if not attr.extra.get("turn") or not opening or attr.source is None \
                or text[opening[0][0] : attr.source[0]].strip(_OPENING) != "":
            continue
        parts = [attr.content]
        for chunk in chunks[chunks.index(opening[0]) + 1 :]:
            if chunk[0] not in continued or any(t.cue[0] >= chunk[0] for t in found
                                                if t.extra.get("turn")
                                                and t.cue[0] < chunk[1]):
                break  # the quote ends, or the next turn opens
            parts.append(chunk)
        taken.extend(chunks[chunks.index(opening[0]) : chunks.index(opening[0]) + len(parts)])
        attr.parts = parts if len(parts) > 1 else []
        attr.content = (parts[0][0], parts[-1][1])
        attr.kind = "direct"  # the turn's words, verbatim inside the transcript's marks
        turns.append(attr)
    return turns, taken


#: Labels of an interview's turns ("Q: ...", "A: ..."), no speaker's name. PolNeAR gives a
#: turn whose first sentence reports with a verb of its own ("A: I think the bill is dead",
#: "Q: You said that ...") to that verb, with its subject as source, not to the label; a
#: whole turn read as the label's words took the content of the first such attribution and
#: hid the rest. Tuned on PolNeAR train's even documents (one interview there, with 30 such
#: speaker errors): content-overlap F1 +0.00012 / -0.00003, speaker-attributed F1 +0.00099 /
#: +0.00076 (even / odd documents). Dropping every such turn, or every turn with a reporting
#: verb in any sentence, gained more on the even documents (+0.0010 / +0.0029) but lost
#: content on the odd ones (-0.0007 / -0.0003), where one interview's turns are the labels'.
INTERVIEW_LABELS = frozenset({"Q", "A"})


def _reported_turn(doc: Any, span: tuple[int, int]) -> bool:
    """Whether the first sentence of a turn's words holds a reporting or attitude verb with a
    subject of its own ("I think ...", "You said ...", "Some say ...")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    lists = load_quote_lists()
    first = next(iter(words.sents))
    return any(t.pos_ == "VERB" and (t.lemma_ in lists.speech or t.lemma_ in lists.attitude)
               and any(c.dep_ == "nsubj" for c in t.children) for t in first)


#: Closing marks stripped before looking for a title's question mark.
_CLOSERS = "”\"’' "


def _asks(doc: Any, span: tuple[int, int]) -> bool:
    """'Senator Jones: Reformer or insider?': a title whose words after the colon end in a
    question mark asks the reader about the name; PolNeAR attributes it to nobody. PolNeAR
    train: 2 such titles, both wrong, on even documents, none on odd ones; content-overlap
    F1 +0.00009 / 0, speaker-attributed F1 +0.00008 / 0 (even / odd documents)."""
    return bool(doc.text[span[0] : span[1]].rstrip(_CLOSERS).endswith("?"))


#: Last words of a label before a colon that introduces the writer's own text, not a
#: speaker's ("Editor's note:", "Update:", "Correction:"). PolNeAR train: "Editor's note"
#: lines were 2 right of 10 (even) and 1 of 9 (odd); content-overlap F1 +0.0003 / +0.0002,
#: speaker-attributed F1 +0.0005 / +0.0003 (even / odd documents).
TRANSCRIPT_LABELS = frozenset({"note", "update", "correction", "email"})


#: What sets a speaker's name off before a colon inside a line of a news digest ("IOWA
#: POLLS NOT WRONG - Mark Blumenthal: “...”", "More from Blumenthal and Cohen: “...”"), the
#: forms seen in PolNeAR train's poll digests (even documents).
DIGEST_NAME_OPENERS = frozenset({"-", "–", "—", "--", "from"})


def _digest_name_start(doc: Any, tok: Any) -> int | None:
    """First token of a name between a dash (or "from") and a colon that opens a quote, in
    a digest line that quotes an author: 'HEADLINE - Jeffrey M. Jones: “Gallup's ...”'
    (not after a verb: "Curiel was from Mexico: “...”"). PolNeAR train: content-overlap F1
    +0.0007 / +0.0001, speaker-attributed F1 +0.0008 / +0.0002 (even / odd documents). A
    space or two between the colon and the mark ("Jones:\xa0“...”"): +0.00006 / 0, +0.00006
    / 0 (one more quote on the even documents)."""
    after = tok.i + 1
    while after < len(doc) and after <= tok.i + 2 and doc[after].is_space and (
            "\n" not in doc[after].text):
        after += 1  # "- Jeffrey M. Jones:\xa0“...”": a no-break space before the mark
    if after >= len(doc) or not is_mark(doc[after]):
        return None
    for j in range(tok.i - 1, max(-1, tok.i - TRANSCRIPT_MAX_WORDS - 2), -1):
        if doc[j].lower_ == "from" and j and doc[j - 1].pos_ in ("VERB", "AUX"):
            return None  # "Curiel was from Mexico: “...”": a place, not a source
        if doc[j].lower_ in DIGEST_NAME_OPENERS or doc[j].text.endswith(("-", "–", "—")):
            return j + 1 if doc[j].lower_ in DIGEST_NAME_OPENERS else None
        if "\n" in doc[j].text:
            return None
    return None


def _capitalised_name(head: Any) -> bool:
    """'Trump: My immigration plans ...', 'Milbank: Republicans ...': a headline's one
    capitalised word before a colon names the speaker even where the small model, reading
    a headline, tags it a noun or adjective ("Poll: ..." too: PolNeAR gives such a line its
    source). PolNeAR train: content-overlap F1 +0.0008 / +0.0009, speaker-attributed F1
    +0.0006 / +0.0006 (even / odd documents)."""
    words = [t for t in head if not t.is_punct]
    return len(words) == 1 and words[0].is_alpha and words[0].is_title


#: Entity types that can speak in a "Name: words" line (a place cannot: "KATHMANDU: ..."
#: is a dateline, "Iowa: ..." a section of a round-up).
SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GROUP"})
#: Nouns of a label that name a source though no entity: "Poll: ...", "Report: ...",
#: "Study: ...", "Transcript: ..." (the artifact and survey nouns of ``resources/quotes.json``
#: but "video", which labels a clip: "VIDEO: ..." was wrong both times in PolNeAR train).
UNSPEAKING_ARTIFACTS = frozenset({"video"})
#: Words of the labels that head a section or a fact check rather than name a speaker
#: ("BREAKING:", "CLAIM:", "THE FACTS:", "BOTTOM LINE:"): a label made only of them is no
#: speaker even where it recurs, as a transcript's names do.
KICKER_WORDS = frozenset({
    "breaking", "exclusive", "update", "updated", "watch", "look", "video", "photos",
    "flashback", "context", "claim", "claims", "fact", "facts", "the", "bottom", "line",
    "verdict", "rating", "related", "read", "more", "see", "also", "why", "what", "how",
    "bombshell", "wow", "boom", "alert", "warning", "live", "photo", "gallery", "listen",
    "review", "reviews", "movie", "film", "tv", "restaurant", "trailer", "cast", "when",
    "where", "radio", "news", "scores", "next", "previous", "weather", "temp", "source",
})


_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    """The words of ``text``, letters only, case-folded."""
    return {w.casefold() for w in _WORD.findall(text)}


#: Tags of a finite verb or modal: what a statement has and a list or a subheading lacks.
STATING_TAGS = FINITE_TAGS | {"MD"}


def _states_something(ctx: Any, attr: Attribution) -> bool:
    """Whether the words after a label state something: a quote mark, a question or a
    finite verb. Without any they are a subheading ("The full list of victorious
    artists"), a list ("Katherine Heigl, James Marsden"), a rating, a fixture or a contact
    line: on 688 real pages (fundus-eval, l3s-gn1) 10 such lines had been read as quotes,
    none of them one. A label heard more than once (a transcript's turn) keeps its
    verbless answers, and a headline (the text's first line) its claim: PolNeAR annotates
    "Poll: Trump a big turnoff for Florida Latino voters" (asking a verb of those lost
    0.0006 / 0.0005 content-overlap F1 on train, even / odd; with the headline left alone,
    0 / +0.0001)."""
    start, end = attr.content
    if "\n" not in ctx.text[:start].rstrip("\n"):
        return True  # a headline's claim, where verbs go: "Poll: Trump a big turnoff for X"
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    return words is None or any(ch in words.text for ch in "\"“”«»?") or any(
        t.tag_ in STATING_TAGS for t in words)


def names_speaker(ctx: Any, attr: Attribution, labels: list[str]) -> bool:
    """Whether the label of a "Name: words" line names who says the words: an interview
    label ("Q", "A"); a mention of a person, organisation or group of the article; one word
    that is no place and no kicker (:data:`KICKER_WORDS`: "BREAKING:"), mostly a name the
    model missed ("HALVORSEN:"); or, for longer labels, a word of the name of such an
    entity ("JAKE TAPPER" for Jake Tapper), a word shared with another of the ``labels`` of
    the article's "Name:" lines (a transcript's turns: "KATE BOULDUAN", then "BOULDUAN"),
    or a source noun ("New poll:"). So a transcript's speaker of two words whom the article
    names nowhere else and who speaks only once is missed.

    Section labels and kickers are no speakers: "BREAKING:", "THE FACTS:", "BOTTOM LINE:",
    datelines ("STORRS, Conn.:"), menus and schedules left in the text ("| Sections: Top
    Stories | National", "08:30p.m.SVU: ..."): running fivew over 380 real
    pages (fundus-eval and 300 of l3s-gn1) found about 40 such lines read as quotes, and
    PolNeAR train holds them too ("Breaking", "Bombshell", "LOOK", "STAT OF THE WEEK").
    PolNeAR train: content-overlap F1 0 / +0.0002, speaker-attributed +0.0003 / +0.0006
    (even / odd documents; right labels lost: "News Guide"); dev -0.0001 / +0.0008. Asking
    of every label for an entity, a name's word, a recurring word or a source noun also
    lost "Historians", "Insiders", "Newspaper" and "Milbank" (titles): -0.0001 / -0.0001,
    +0.0002 / +0.0006."""
    if attr.source is None:
        return True
    start, end = attr.source
    label = ctx.text[start:end]
    if label in INTERVIEW_LABELS:
        return True
    if "|" in ctx.text[start : attr.content[1]] or label[:1].isdigit():
        return False  # "| Sections: Top Stories | National", "08:30p.m.SVU:": page furniture
    heard = labels.count(label)  # more than once: a transcript's turns
    if heard < 2 and not _states_something(ctx, attr):
        return False  # "Brit Awards winners 2024: The full list of ...", "Cast: A, B, C"
    mentioned = ctx.mentions_in(start, end)
    if any(e.type in SPEAKING_TYPES for _, _, e in mentioned):
        return True  # before the kickers: "NEWS:" may be a paper's name
    words = _words(label)
    if words <= KICKER_WORDS or _words(label.split(":", 1)[0]) <= KICKER_WORDS:
        return False  # "THE FACTS:", repeated in a fact check as a transcript's names are;
        # "Video: FULL SPEECH: ...", a kicker before a label of its own
    if len(label.split()) == 1:
        return not mentioned  # "HALVORSEN:", "Okafor:": a name the model missed; not a place
    named = {w for _, _, e in ctx.mentions if e.type in SPEAKING_TYPES
             for w in _words(e.name) if len(w) > 2}
    others = {w for other in labels if other != label for w in _words(other)}
    if words & named or words & others or heard > 1:
        return True
    lists = load_quote_lists()
    last = label.split()[-1].casefold().rstrip(".")
    return last not in UNSPEAKING_ARTIFACTS and (last in lists.artifacts
                                                 or last in lists.survey_nouns)
