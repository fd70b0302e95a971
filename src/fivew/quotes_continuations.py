"""Quotes that go on from the attribution before them: a quote of its own sentence with no cue
(``“A,” he said. “B.”``) and a sentence ending on a quote after a quoted speaker's sentence
(:func:`mixed_continuation`). Used by :mod:`fivew.quotes` when it ties quoted stretches to
their attributions.
"""

from __future__ import annotations

from fivew.quotes_marks import word_count
from fivew.quotes_rules import CONFIDENCE, Attribution
from fivew.quotes_speakers import Context

__all__ = ["MIN_UNCUED_QUOTE_WORDS", "mixed_continuation", "quotes_words"]

#: A quoted stretch with fewer words than this, not closed by punctuation inside the marks,
#: and governed by no cue is a scare quote or a title ("cuties", "Meet the Press").
MIN_UNCUED_QUOTE_WORDS = 4


def quotes_words(text: str, attr: Attribution) -> bool:
    """Whether ``attr`` quotes someone's words: a quote of MIN_UNCUED_QUOTE_WORDS or more,
    not only a scare-quoted word or two."""
    return any(word_count(text[s:e]) >= MIN_UNCUED_QUOTE_WORDS
               for s, e in attr.extra.get("quotes", []))


def mixed_continuation(ctx: Context, attrs: list[Attribution], chunk: tuple[int, int],
                       sentence: int, inner: str) -> Attribution | None:
    """'“A,” said X. Unless Y happens, “B.”': a sentence that ends on a quote, with no cue
    of its own, right after a quoted speaker's sentence in the same paragraph, goes on
    from that speaker, all of it (PolNeAR attributes the whole sentence, a mixed quote).
    PolNeAR train: content-overlap F1 +0.0004 / +0.0002 (even / odd documents); asking
    only that the quote be most of the sentence, not its end, changed nothing. The sentence
    ends at its paragraph's end, where the parser runs it on into the next paragraph
    (content-overlap F1 +0.0001 / 0)."""
    text = ctx.text
    if word_count(inner) < MIN_UNCUED_QUOTE_WORDS:
        return None
    start = ctx.sent_starts[sentence]
    end = ctx.sent_starts[sentence + 1] if sentence + 1 < len(ctx.sent_starts) else len(text)
    paragraph_end = text.find("\n", chunk[1])
    if 0 <= paragraph_end < end:
        end = paragraph_end  # the parser's sentence may run on into the next paragraph
    if text[chunk[1] : end].strip(" \t\n.,;!?"):
        return None  # the quote does not end the sentence
    paragraph = text.rfind("\n", 0, chunk[0]) + 1
    quoted = [a for a in attrs if paragraph <= a.cue[0] and max(a.cue[1], a.content[1]) <= start
              and ctx.sentence_of(max(a.cue[1], a.content[1]) - 1) == sentence - 1
              and quotes_words(text, a)]
    if not quoted:
        return None
    last = max(quoted, key=lambda a: max(a.cue[1], a.content[1]))
    start += len(text[start:chunk[0]]) - len(text[start:chunk[0]].lstrip())
    return Attribution(
        cue=last.cue, content=(start, chunk[1]), kind="indirect",
        confidence=CONFIDENCE["continuation"], cue_token=last.cue_token, source=last.source,
        source_head=last.source_head, extra={"quotes": [chunk], "speaker_of": last},
    )
