"""Stage ``language``: which language the article is written in.

fivew's analysis is for English. Other languages are refused as an input error,
unless the caller allows them, in which case the article is kept with a note in
``errors`` and later stages skip what they cannot do.
"""

from __future__ import annotations

from fivew.article import Article
from fivew.errors import InputError

#: Characters of text classified: the language of a news story is settled by its
#: first paragraphs, and langid's cost grows with length.
LANGUAGE_SAMPLE_CHARS = 2000

#: Fewer letters than this and the guess is unreliable: the language is left unknown
#: (and taken as English) rather than refusing a short English brief.
MIN_LETTERS_FOR_GUESS = 40

#: Languages fivew analyses.
SUPPORTED_LANGUAGES = ("en",)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or ``None`` if too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS_FOR_GUESS:
        return None
    import py3langid  # loads its model once, on first use

    code, _ = py3langid.classify(sample)
    return str(code)


def set_language(article: Article, *, allow_other_languages: bool = False) -> Article:
    """Write ``article.language``; refuse non-English text unless allowed."""
    language = detect_language(article.text)
    article.language = language or article.language
    if language is not None and language not in SUPPORTED_LANGUAGES:
        message = f"text is in language '{language}'; fivew analyses English only"
        if not allow_other_languages:
            raise InputError(article.provenance.input, message, "E108")
        article.note_error("language", "E108", message + " (entities not extracted)")
    return article
