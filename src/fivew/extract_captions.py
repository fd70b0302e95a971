"""Image captions of the article, each split into its text and its credit.

A caption is a ``<figcaption>`` (or, inside a ``<figure>``, an element named as a
caption) within the article's main container. Its credit is, in this order: a child
element named as a credit (``<span class="credit">``), a closing parenthesis that
starts with a credit word or names an agency ("(Courtesy: REUTERS/Mohammad Ismail)",
"(AP Photo/Jane Doe)"), or a closing "Photo: ..." / "© ..." phrase.
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

from fivew.article import Caption
from fivew.extract_clean import is_boilerplate, is_caption, name_words, remove_element

#: Words naming the element that holds a caption's credit.
CREDIT_WORDS = frozenset(
    {"credit", "credits", "copyright", "attribution", "photographer", "source", "byline"}
)

#: Words that open a credit ("Photo: AFP", "(Courtesy: REUTERS/...)", "© dpa").
CREDIT_LABELS = (
    "courtesy", "photo", "photos", "photograph", "picture", "image", "credit", "credits",
    "source", "foto", "bild", "quelle", "crédit", "fuente",
)

#: Most captions kept per article: galleries of dozens of photos add nothing the
#: later stages use, and a page listing more is mostly a gallery.
MAX_CAPTIONS = 20

_LABEL = "(?:" + "|".join(CREDIT_LABELS) + r")\b"
#: "(Courtesy: REUTERS/Mohammad Ismail)", "(Photo by Jane Doe)", "(AP Photo/Jane Doe)".
_TRAILING_PAREN = re.compile(
    r"\s*\(((?:" + _LABEL + r"[^()]*)|(?:[A-Z][A-Za-z.&-]*(?: Photo)?/[^()]+))\)\s*$",
    re.IGNORECASE,
)
#: "... in Kabul. Photo: AFP" or "... in Kabul © Getty Images".
_TRAILING_PHRASE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+((?:" + _LABEL + r"\s*(?::|by)|©)\s*\S.*)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption's text into (caption, credit); credit is ``None`` if none is found."""
    text = _clean(text)
    match = _TRAILING_PAREN.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), _clean(match.group(1))
    match = _TRAILING_PHRASE.search(text)
    if match and match.start() > 0:
        return text[: match.start()].rstrip(), _clean(match.group(1))
    return text, None


def _is_credit(element: etree._Element) -> bool:
    return any(any(w in CREDIT_WORDS for w in words) for words in name_words(element))


def _credit_child(element: etree._Element) -> etree._Element | None:
    for child in element.iterdescendants():
        if isinstance(child.tag, str) and _is_credit(child):
            return child
    return None


def _caption_of(element: etree._Element) -> Caption | None:
    element = deepcopy(element)
    credit: str | None = None
    credit_element = _credit_child(element)
    if credit_element is not None:
        credit = _clean("".join(credit_element.itertext())) or None
        remove_element(credit_element)
    text, found = split_credit("".join(element.itertext()))
    credit = credit or found
    if not text:
        return None
    return Caption(text=text, credit=credit.strip("()") if credit else None)


#: How many levels up from a caption its image may sit (``<div class="wp-caption"><img>
#: <p class="wp-caption-text">``: 1; a caption cell in a photo table: 3).
IMAGE_SEARCH_LEVELS = 3


def _beside_image(element: etree._Element) -> bool:
    """True when the element is in a ``<figure>`` or near an ``<img>``."""
    for level, ancestor in enumerate(element.iterancestors()):
        if ancestor.tag == "figure":
            return True
        if level < IMAGE_SEARCH_LEVELS and next(ancestor.iter("img"), None) is not None:
            return True
    return False


def _main_container(tree: etree._Element) -> etree._Element:
    """The element that holds the article: its ``articleBody``, else its ``<article>``."""
    for xpath in ('.//*[@itemprop="articleBody"]', ".//article", ".//main", ".//body"):
        found = tree.xpath(xpath)
        if found:
            return max(found, key=lambda e: sum(len(t) for t in e.itertext()))
    return tree


def find_captions(tree: etree._Element) -> list[Caption]:
    """The captions of the article's images, in page order, without repeats."""
    container = _main_container(tree)
    # The captions of the lead image often sit just before the <article> element.
    scope = container.getparent() if container.tag == "article" else container
    scope = scope if scope is not None else container
    captions: list[Caption] = []
    seen: set[str] = set()
    for element in scope.iter():
        if not isinstance(element.tag, str) or not is_caption(element):
            continue
        if element.tag != "figcaption" and not _beside_image(element):
            continue
        if any(is_caption(a) for a in element.iterancestors()):
            continue  # a credit inside a caption, handled with its caption
        if _is_credit(element):
            continue  # a credit alone is no caption
        ancestors = []
        for ancestor in element.iterancestors():
            if ancestor is scope:
                break
            ancestors.append(ancestor)
        if any(is_boilerplate(a) for a in ancestors):
            continue
        caption = _caption_of(element)
        if caption is None or caption.text in seen:
            continue
        seen.add(caption.text)
        captions.append(caption)
        if len(captions) >= MAX_CAPTIONS:
            break
    return captions
