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
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_mentions import source_chars
from fivew.quotes_rules import CONFIDENCE, Attribution, line_end, token_end

__all__ = ["colon_content", "colon_led", "COLON_MAX_GAP"]


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
