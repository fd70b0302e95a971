"""Stage ``extract``: a raw page becomes clean text with its metadata and captions.

HTML goes through trafilatura (main text, title, byline, site name, canonical URL)
and htmldate (publication date). Plain text is taken verbatim, so that offsets into
it match gold sets. A page with no article text is an input error, not an empty record.
"""

from __future__ import annotations

from typing import Any

import trafilatura

from fivew.article import Article, Caption, Provenance, article_id
from fivew.errors import InputError
from fivew.readers import RawDocument

#: Fewest characters of main text for a page to count as an article. Index and
#: section pages yield a few link labels; the shortest news briefs in fundus-eval
#: and trafilatura-eval have several hundred characters.
MIN_ARTICLE_CHARS = 200


def extract(raw: RawDocument, provenance: Provenance) -> Article:
    """Build the :class:`Article` for one raw document (text, metadata, captions)."""
    if raw.kind == "text":
        text = raw.content
        if len(text.strip()) == 0:
            raise InputError(raw.input, "empty input", "E101")
        return Article(
            id=article_id(raw.url, text),
            url=raw.url,
            source=raw.source,
            title=raw.title,
            published=raw.published,
            text=text,
            provenance=provenance,
        )
    return _extract_html(raw, provenance)


def _extract_html(raw: RawDocument, provenance: Provenance) -> Article:
    document: Any = trafilatura.bare_extraction(
        raw.content,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
    )
    if document is None or not (document.text or "").strip():
        raise InputError(raw.input, "no article found in the page", "E107")
    text: str = document.text
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(
            raw.input,
            f"no article found in the page (only {len(text)} characters of main text)",
            "E107",
        )
    url = raw.url or document.url
    byline = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return Article(
        id=article_id(url, text),
        url=url,
        source=raw.source or document.sitename or document.hostname,
        title=raw.title or document.title,
        byline=byline,
        published=document.date or raw.published,
        text=text,
        captions=[Caption(text=c) for c in []],
        provenance=provenance,
    )
