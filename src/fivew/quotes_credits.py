"""Credit lines: words followed by a dash and the name of whoever said or wrote them.

Quote collections, fact checks and embedded posts credit a quote after it, with no verb::

    “He represents our greatest shame.” ― Sonya Herridge
    "I will look into it."⏎⏎- Hillary Clinton.
    No one should be above the law. pic.twitter.com/x — Paul Ryan (@SpeakerRyan) July 5, 2016

:func:`credited_quotes` finds them: the dash is the cue, the name after it the speaker, and
the content is the quoted paragraph before the dash (on the same line, or the paragraph
before a line opening with the dash), or, for a post credited with its ``(@handle)``, the
line before the dash without the links that end it; the handle is the post's medium. A
dash inside running prose is no credit: the quote must fill its paragraph, and the name
must end the line or be followed only by a comma and a description ("-President Obama,
tweeting after her speech."), a full stop or a handle and date. A news agency after the
dash ('"...," - Sapa' closing a wire story) is the story's byline, not the speaker.

PolNeAR annotates such lines with the dash as cue. Train holds 7 credited quotes (all
annotated) and 14 credited posts (4 annotated); dev a list of 24 credited quotes. PolNeAR
dev: content-overlap F1 +0.008, speaker-attributed +0.008; train 0 / 0.
"""

from __future__ import annotations

import re
from typing import Any

from fivew.article import Span, Speaker
from fivew.entities import name_key
from fivew.entities_lists import load_lists
from fivew.quotes_marks import CLOSE_MARKS, STRAIGHT
from fivew.quotes_rules import CONFIDENCE, Attribution, doc_chars
from fivew.quotes_speakers import Context

__all__ = ["credited_quotes"]

#: Dashes that credit a quote: horizontal bar, em and en dash, two hyphens, one hyphen (the
#: hyphen only after a space or at a line's start, never inside a word).
_DASH = re.compile(r"―|—|–|--|(?:(?<=\s)|^)-(?!-)", re.MULTILINE)
#: Closing marks a credited quote ends with.
_CLOSERS = CLOSE_MARKS + STRAIGHT + "'"
#: Opening characters of a quoted paragraph (a closing mark typed for an opening one too).
_OPENERS = "“”\"'«‘"
#: What may follow a credited name on its line: nothing, a full stop, a comma and a
#: description, a handle (and the date of the post), or a short aside ("(D-Md.)").
_AFTER_NAME = re.compile(r"\s*(?:\.?\s*$|,|\(@\w+\)|\((?!@)[^()\n]{1,30}\)\.?\s*(?:,|$))")
_HANDLE = re.compile(r"\s*\(@\w+\)")
#: Links (and left-over markup) that end a post's text before its credit.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")
_LEADING_MARKUP = re.compile(r"^\s*(?:<[^>]*>\s*)*")
#: Lower-case words that may sit inside a name ("Maria de la Cruz").
_NAME_PARTICLES = frozenset({"de", "del", "la", "van", "von", "der", "den", "da", "dos", "du",
                             "bin", "al", "le"})
#: A credit names someone in a few words; more is a sentence in title case.
MAX_NAME_WORDS = 6
#: Characters after the dash looked at for the name (six long words).
MAX_NAME_CHARS = 80
_SPACES = re.compile(r"[ \t\xa0]*")


def _name_tokens(doc: Any, start: int, line_end: int) -> list[Any]:
    """The tokens of a name starting at character ``start``, up to the line's end."""
    span = doc.char_span(start, line_end, alignment_mode="contract")
    if span is None or not len(span):
        return []
    tokens: list[Any] = []
    for n, tok in enumerate(span):
        particle = tok.lower_ in _NAME_PARTICLES and next(
            (t for t in span[n:] if t.lower_ not in _NAME_PARTICLES), tok).text[:1].isupper()
        if not (tok.text[:1].isupper() or (particle and tokens)) \
                or len(tokens) == MAX_NAME_WORDS:
            break
        tokens.append(tok)
    if tokens and tokens[0].pos_ == "PRON":
        return []  # "— He said", "— I"
    return tokens


def _quoted_paragraph(text: str, end: int) -> tuple[int, int] | None:
    """The paragraph ending at ``end`` (a closing mark), if a quote mark opens it."""
    start = text.rfind("\n", 0, end) + 1
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if end - start < 3 or text[start] not in _OPENERS or text[end - 1] not in _CLOSERS:
        return None
    return start, end


def _content(text: str, dash: re.Match[str], handle: bool) -> tuple[int, int] | None:
    """What the dash at ``dash`` credits: the quote before it, or a post's text."""
    line_start = text.rfind("\n", 0, dash.start()) + 1
    before = text[line_start : dash.start()].rstrip(" \t\xa0")
    if before:
        quoted = _quoted_paragraph(text, line_start + len(before))
        if quoted is not None or not handle:
            return quoted
        lead = _LEADING_MARKUP.match(before)
        start = line_start + (lead.end() if lead else 0)
        body = _TRAILING_LINKS.sub("", text[start : line_start + len(before)])
        return (start, start + len(body)) if len(body.split()) >= 2 else None
    # a line opening with the dash credits the paragraph before it
    previous = text[:line_start].rstrip()
    return _quoted_paragraph(text, len(previous)) if previous else None


def credited_quotes(ctx: Context) -> list[Attribution]:
    """The quotes that a dash and a name after them credit (see the module notes)."""
    text, doc = ctx.text, ctx.doc
    found: list[Attribution] = []
    for dash in _DASH.finditer(text, 0, doc_chars(doc)):
        name_start = _SPACES.match(text, dash.end()).end()  # type: ignore[union-attr]
        if not text[name_start : name_start + 1].isupper():
            continue  # most dashes: no name after them
        line_end = text.find("\n", dash.end())
        line_end = len(text) if line_end < 0 else line_end
        # a name is a few words: the parse is looked at no further (a long line, many dashes)
        name = _name_tokens(doc, name_start, min(line_end, name_start + MAX_NAME_CHARS))
        if not name:
            continue
        name_end = int(name[-1].idx) + len(name[-1].text)
        after = text[name_end:line_end]
        if not _AFTER_NAME.match(after):
            continue
        handle = _HANDLE.match(after)
        if handle is None and name_key(text[name_start:name_end]) in load_lists().news_agencies:
            continue  # '"...," - Sapa' ending a wire story: the agency's byline, no speaker
        content = _content(text, dash, handle is not None)
        if content is None:
            continue
        entity = ctx.entity_at(name_start, name_end)
        speaker = Speaker(start=name_start, end=name_end, text=text[name_start:name_end])
        if entity is not None and entity.type != "PLACE":
            speaker.entity_id = entity.id
        quoted = [content] if text[content[0]] in _OPENERS else []
        rule = "credit_line" if quoted else "credited_post"
        extra: dict[str, Any] = {"quotes": quoted, "credited": speaker}
        if handle is not None:  # the feed it was posted on: "@SpeakerRyan"
            at = name_end + handle.group().index("@")
            extra["medium"] = Span(start=at, end=name_end + handle.end() - 1,
                                   text=text[at : name_end + handle.end() - 1])
        found.append(Attribution(
            cue=(dash.start(), dash.end()), content=content, kind="direct",
            confidence=CONFIDENCE[rule], source=(name_start, name_end), extra=extra,
        ))
    return found
