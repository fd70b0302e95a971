"""Stage ``extract``: a raw page becomes clean text with its metadata and captions.

HTML goes through four steps:

1. parse, and read the metadata from the whole page (trafilatura's ``extract_metadata``:
   title, byline, site name, canonical URL; htmldate for the publication date);
2. collect the image captions with their credits (:mod:`fivew.extract_captions`);
3. prune boilerplate the markup names (share bars, newsletter boxes, related links,
   cookie notices, comment forms, captions) from a copy of the tree, then let
   trafilatura pick the main text from what is left (:mod:`fivew.extract_clean`);
4. drop the boilerplate lines the markup did not name (cue lines, prompts, credits).

Plain text is taken verbatim, so that offsets into it match gold sets. A page with no
article text is an input error (``E107``), not an empty record.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

import trafilatura
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from fivew.article import Article, Provenance, article_id
from fivew.errors import InputError
from fivew.extract_captions import find_captions
from fivew.extract_clean import BoilerplateText, filter_lines, link_text_share
from fivew.readers import RawDocument

logger = logging.getLogger(__name__)

#: Fewest characters of main text for a page to count as an article. Index and
#: section pages often yield a few link labels. The shortest fundus-eval article has
#: far more; in trafilatura-eval 2 of 990 pages fall below (tiny blog posts of 122 and
#: 153 characters, which fivew does not need to take for news).
MIN_ARTICLE_CHARS = 200

#: Largest share of the main text that may be the text of links. An index page's
#: "main text" is its list of headlines, each a link (share near 1); on
#: trafilatura-eval the highest share among the 990 pages is 0.26, so 0.5 leaves room.
MAX_LINK_TEXT_SHARE = 0.5

#: trafilatura's settings for the main text, as in its own benchmark (standard mode,
#: with its readability/jusText fallbacks; tables kept, comments and markup dropped).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_images": False,
    "fast": False,
}


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


def main_text(tree: Any, url: str | None = None) -> str:
    """The article's text from a parsed page, boilerplate removed; ``""`` if none.

    trafilatura picks the main text from the whole page (its choice between its own
    algorithm and its fallbacks depends on the page's full text, so pruning first
    changes it for the worse); its lines that come only from boilerplate elements are
    then dropped, and so are the boilerplate lines no element named. ``tree`` is not
    changed.
    """
    document: Any = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, **TRAFILATURA_OPTIONS
    )
    text = (document.text or "") if document is not None else ""
    boilerplate = BoilerplateText(tree)
    lines = [line for line in text.splitlines() if not boilerplate.only_in_boilerplate(line)]
    lines = filter_lines(lines)
    return unicodedata.normalize("NFC", "\n".join(lines).strip())


def _extract_html(raw: RawDocument, provenance: Provenance) -> Article:
    tree = load_html(raw.content)
    if tree is None:
        raise InputError(raw.input, "no article found in the page (no HTML tree)", "E107")
    metadata: Any = extract_metadata(tree, default_url=raw.url)
    captions = find_captions(tree)
    text = main_text(tree, raw.url)
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(
            raw.input,
            f"no article found in the page (only {len(text)} characters of main text, "
            f"an article has at least {MIN_ARTICLE_CHARS})",
            "E107",
        )
    share = link_text_share(text, tree)
    if share > MAX_LINK_TEXT_SHARE:
        raise InputError(
            raw.input,
            f"no article found in the page (an index page: {share:.0%} of its main text "
            f"is link labels, an article has at most {MAX_LINK_TEXT_SHARE:.0%})",
            "E107",
        )
    url = raw.url or metadata.url
    byline = [name.strip() for name in (metadata.author or "").split(";") if name.strip()]
    return Article(
        id=article_id(url, text),
        url=url,
        source=raw.source or metadata.sitename or metadata.hostname,
        title=raw.title or metadata.title,
        byline=byline,
        published=metadata.date or raw.published,
        text=text,
        captions=captions,
        provenance=provenance,
    )
