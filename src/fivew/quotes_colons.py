"""What a colon introduces: the content after a verb cue's colon and the quote after a
colon line.

:func:`colon_content`: the content a colon opens after a verb cue ("He declared: ...",
"released the following statement: ..."), the rest of the line; where the colon ends the
line, the next paragraph, a block quote whose marks the page dropped ("The governor
added:\n\nIt's typical of ..."). PolNeAR train: content-overlap F1 +0.0001 / +0.0004,
speaker-attributed F1 +0.0001 / +0.0005 (even / odd documents); on 371 real pages three
block quotes, one of them in place of the clause inside it.

Ending it at the closing mark of a quote that opens it when a new reporting clause follows
('said: “A,” the paper reported') was tried: PolNeAR train, content-overlap F1 -0.0001 / 0,
speaker-attributed F1 0 / 0 (even / odd documents): PolNeAR gives the quote to the outer
clause's cue ("the paper reported" takes the whole sentence before it) or none to the inner
one ('He saw it otherwise: “A,” he said': one attribution, cue "saw").

:func:`colon_led`: a quote that opens its own paragraph right after a line ending in a
colon, and that no reporting verb governs, is what that line introduces ("Full text as
follows:"; PolNeAR takes the colon, or the words ending in it, as the cue). Its source is
the subject of the line's main verb when it has one ("Transcript as follows:" gives
"Transcript").

:func:`colon_label`: a quote right after a colon in the same line, led in by a bare name
('Bush: "The mission is to destroy ISIS."'), by "Here's" and a name ("Here's Clinton in
December 1992: “...”") or by "From" and a document ("From the report: “...”"); a
capitalised past form of a reporting verb opening the label is its cue ("Said Porter:",
"Joked Kimmel:", which the model reads as names). Before, no reporting verb governed such
a quote, and it was dropped or went to a speaker before it. PolNeAR train: content-overlap
F1 +0.0001 / +0.0001, speaker-attributed F1 +0.0001 / +0.0001, exact +0.0001 / +0.0002
(even / odd documents); dev unchanged; on 371 real pages 1 quote gained ('Paterno: "Said
what?"') and 2 given to their speakers instead of the one quoted before.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_adjacent import QUOTE_ONLY_VERBS
from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import (
    CONFIDENCE,
    Attribution,
    line_end,
    load_quote_lists,
    past_of_speech_verb,
    token_end,
)

__all__ = ["colon_content", "colon_led", "colon_label", "COLON_MAX_GAP"]


#: Most tokens between a cue verb and the colon that opens its content ("declared:",
#: "released the following statement:").
COLON_MAX_GAP = 4

#: Dependents of a cue before a colon ending its line that already say what was said, so
#: that the next paragraph is not its content.
BLOCK_CLAUSE_FILLERS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})

#: Objects that only announce what follows ("wrote the following:", "issued this
#: statement:"): read off PolNeAR train's and 371 real pages' colons ending a line.
BLOCK_QUOTE_OBJECTS = frozenset({"following", "statement", "this", "message", "post", "tweet",
                                 "note", "letter", "words"})


def colon_content(doc: Any, tok: Any) -> tuple[int, int, str] | None:
    """'He declared: ...': the rest of the line after a colon that closes the cue's clause;
    where the colon ends its line, the next paragraph ("The governor added:\n\nIt's
    typical of ...": a block quote whose marks the page left out; rule
    ``colon_paragraph``), unless that opens with a quote mark, which finds the quote itself."""
    for i in range(tok.i + 1, min(len(doc), tok.i + COLON_MAX_GAP + 2)):
        other = doc[i]
        if other.text == ":":
            last = line_end(doc, i)
            if last > i + 1:
                return i + 1, last, "speech_clause"
            return _next_paragraph(doc, last) if _introduces_block(tok, other) else None
        if other.pos_ in ("VERB", "AUX") or other.is_sent_start or "\n" in other.text:
            return None
    return None


def _introduces_block(tok: Any, colon: Any) -> bool:
    """Whether the cue's clause, ending in ``colon`` at the end of its line, says nothing of
    its own: the colon hangs on the cue (or on its object "the following"), the cue has a
    subject, before the colon it has no object but a statement, and the line is no table
    row ("CNN also noted the relatively sparse attendance:", "What we've learned on the
    money front:" and "The poll also found that:" with a list the page dropped keep what
    they had)."""
    head = colon.head
    announced = head.head.i == tok.i and head.lemma_.lower() in BLOCK_QUOTE_OBJECTS
    if head.i != tok.i and not announced:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # "Related to this story:" is a link
    i = colon.i
    while i > 0 and "\n" not in colon.doc[i - 1].text:
        i -= 1
        if colon.doc[i].text == "|":
            return False  # "| People who read this also read: |": a table of links
    return not any(c.i < colon.i and (c.dep_ in BLOCK_CLAUSE_FILLERS and c.lemma_.lower()
                                      not in BLOCK_QUOTE_OBJECTS or c.dep_ == "mark")
                   for c in tok.children)


def _next_paragraph(doc: Any, last: int) -> tuple[int, int, str] | None:
    """The paragraph after the line whose last token is ``last``, as a block quote's range."""
    first = last + 1
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc) or first == last + 1 or doc[first].is_quote or doc[first].text == "|":
        return None
    end = line_end(doc, first)
    if any(doc[i].text.count("\n") > 1 for i in range(last + 1, first)):
        # set apart by a blank line, the block runs on over single line breaks (a speech
        # quoted line by line) to the next blank line
        while (end + 2 < len(doc) and doc[end + 1].text == "\n"
               and not doc[end + 2].is_space and not doc[end + 2].is_quote):
            end = line_end(doc, end + 2)
    return first, end, "colon_paragraph"


def colon_led(doc: Any, text: str, chunk: tuple[int, int]) -> Attribution | None:
    """'Transcript as follows:\\n\\n"..."': the quote ``chunk`` opening the paragraph after a
    line that ends in a colon, as that line's (cue: the colon). PolNeAR train:
    content-overlap F1 +0.0002 / 0, speaker-attributed F1 +0.0002 / 0 (even / odd
    documents); with no source read off the line, speaker-attributed F1 -0.0001 / 0."""
    before = text[: chunk[0]]
    stripped = before.rstrip()
    if not stripped.endswith(":") or "\n" not in before[len(stripped) :]:
        return None
    colon = doc.char_span(len(stripped) - 1, len(stripped), alignment_mode="expand")
    if colon is None or not len(colon):
        return None
    tok = colon[0]
    line_start = stripped.rfind("\n") + 1
    subject = _line_source(tok, line_start)
    return Attribution(
        cue=(int(tok.idx), token_end(tok)), content=chunk, kind="direct",
        confidence=CONFIDENCE["colon"], cue_token=tok,
        source=source_chars(subject) if subject is not None else None, source_head=subject,
        extra={"quotes": [chunk]},
    )


def _line_source(colon: Any, line_start: int) -> Any:
    """Who the colon line names as its source: the noun the colon hangs on ("Transcript as
    follows:", "Stated Stone:"), else the subject of the verb it hangs on ("He said:")."""
    head = colon.head
    if head.idx < line_start or head.i > colon.i:
        return None
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and line_start <= c.idx and c.i < colon.i), None)


#: Most tokens of the words that lead in a quote after a colon; a longer stretch is a
#: sentence, not a label. The longest label on PolNeAR train is "Former secretary of state
#: Hillary Rodham Clinton:" (7 tokens).
LABEL_MAX_TOKENS = 10

#: Marks that end what comes before a label in its line ("... the biggest boost. Bush:",
#: "- Pew Research:").
_LABEL_BREAKS = frozenset({".", "?", "!", "—", "–", "-", "--", ";"})

#: Entity types of a bare name that can speak.
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def colon_label(doc: Any, text: str, chunk: tuple[int, int]) -> Attribution | None:
    """The quote ``chunk`` as the words of the source its lead-in names, where a colon
    right before it in the same line ends a label: a bare name ('Bush: "..."'), "Here's"
    and a name, or "From" and a document (see the module notes). None where the lead-in
    holds a verb of its own (a reporting clause finds the quote), or names nobody."""
    end = chunk[0]
    while end > 0 and text[end - 1] in " \t\xa0":  # not over a line break: see colon_led
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    colon_span = doc.char_span(end - 1, end, alignment_mode="expand")
    if colon_span is None or not len(colon_span):
        return None
    colon = colon_span[0]
    start = colon.i
    while start > 0 and doc[start - 1].text.strip() not in _LABEL_BREAKS \
            and not doc[start - 1].is_quote and "\n" not in doc[start - 1].text:
        start -= 1
    lead = doc[start : colon.i]
    if not len(lead) or len(lead) > LABEL_MAX_TOKENS:
        return None
    cue = colon
    if len(lead) > 1 and lead[0].is_title and past_of_speech_verb(lead[0].lower_,
                                                                  QUOTE_ONLY_VERBS):
        # "Said Porter:", "Joked Kimmel:", "Continued Stone:": the verb, which the model
        # reads as part of a name, is the cue, and names the one after it a speaker,
        # tagged or not
        cue, lead = lead[0], lead[1:]
        source = lead.root if all(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
                                  for t in lead) else None
    else:
        source = _label_source(lead)
    if source is None:
        return None
    lo, hi = source_chars(source)
    return Attribution(
        cue=(int(cue.idx), token_end(cue)), content=chunk, kind="direct",
        confidence=CONFIDENCE["colon"], cue_token=cue,
        source=(max(lo, int(lead[0].idx), int(source.left_edge.idx)), hi), source_head=source,
        extra={"quotes": [chunk]},
    )


def _label_source(lead: Any) -> Any:
    """Who the lead-in of a quote names (see :func:`colon_label`), or None."""
    first = lead[0]
    if first.lower_ == "here" and len(lead) > 1 and (lead[1].lemma_ == "be"
                                                      or lead[1].lower_ in ("'s", "’s")):
        # "Here's Clinton in December 1992:"
        return next((t for t in lead[2:] if t.dep_ in ("nsubj", "attr")
                     and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    if first.lower_ == "from":  # "From the report:"
        noun = next((t for t in lead if t.dep_ == "pobj" and t.head.i == first.i), None)
        nouns = load_quote_lists().artifacts
        return noun if noun is not None and noun.lemma_.lower() in nouns else None
    roots = [t for t in lead if not lead.start <= t.head.i < lead.end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN"):
        return None
    root = roots[0]
    return root if root.ent_type_ in _LABEL_ENTS else None
