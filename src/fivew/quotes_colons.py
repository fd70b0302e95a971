"""What a colon introduces: the content after a verb cue's colon and the quote after a
colon line.

:func:`colon_content`: the content a colon opens after a verb cue ("He declared: ...",
"released the following statement: ..."), the rest of the line.

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


def colon_content(doc: Any, tok: Any) -> tuple[int, int, str] | None:
    """'He declared: ...': the rest of the line after a colon that closes the cue's clause."""
    for i in range(tok.i + 1, min(len(doc), tok.i + COLON_MAX_GAP + 2)):
        other = doc[i]
        if other.text == ":":
            last = line_end(doc, i)
            return (i + 1, last, "speech_clause") if last > i + 1 else None
        if other.pos_ in ("VERB", "AUX") or other.is_sent_start or "\n" in other.text:
            return None
    return None


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
