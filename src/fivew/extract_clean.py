"""Boilerplate cleaning around trafilatura: find it in the page tree, drop its lines.

Two passes, each general (keyed to how sites mark boilerplate, never to a site):

* :func:`prune_boilerplate` finds elements whose ``class``/``id``, ``role`` or
  ``aria-label`` name them as share bars, newsletter boxes, related-link lists, cookie
  notices, comment forms, author boxes, pop-ups or image captions. An element holding
  article paragraphs, or a kind of box holding much of the page's text, is spared
  (:data:`CONTENT_MIN_PARAGRAPHS`, :data:`PRUNE_MAX_TEXT_SHARE`). :class:`BoilerplateText`
  then drops the lines of trafilatura's output found only in such elements. (Pruning the
  tree *before* trafilatura was tried first: it changes trafilatura's choice between its
  own algorithm and its fallbacks and lost article text, F1 0.9319 against 0.9324.)
* :func:`filter_lines` drops short lines of the extracted text that are prompts of such
  boxes which the markup did not name: "Read also: ...", "Sign up for our newsletter",
  "Please enter your comment!", a lone photo credit or date.

Every change here is measured with ``fivew.evaluate.extraction.extraction`` on
``../shared/data/extraction/trafilatura-eval`` and checked on ``fundus-eval``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from copy import deepcopy

from lxml import etree

#: Words that name boilerplate when they make up a ``class`` or ``id`` (split on ``-``,
#: ``_``, spaces and camelCase: ``share-bar``, ``newsletterBox``, ``related_posts``).
#: Whole words only, so that ``shared`` or ``commentary`` do not match.
BOILERPLATE_WORDS = frozenset(
    {
        # share and social bars
        "share", "shares", "sharing", "sharebar", "social", "socials", "sharedaddy", "addtoany",
        "shariff",
        # newsletter and subscription boxes
        "newsletter", "newsletters", "subscribe", "subscription", "signup",
        # related and recommended links
        "related", "relatedposts", "recommended", "recommendations", "outbrain", "taboola",
        # cookie and consent notices
        "cookie", "cookies", "consent", "gdpr", "borlabs",
        # comment sections and forms
        "comment", "comments", "commentlist", "commentform", "respond", "disqus",
        "kommentar", "kommentare",
        # navigation leftovers
        "breadcrumb", "breadcrumbs", "pagination", "pager",
        # author boxes and pop-ups
        "saboxplugin", "authorbox", "popup", "popmake", "modal",
        # disclosures
        "disclaimer", "disclosure",
    }
)

#: Pairs of adjacent words that name boilerplate only together.
BOILERPLATE_PAIRS = frozenset(
    {
        ("author", "bio"), ("author", "box"), ("about", "author"), ("author", "info"),
        ("read", "also"), ("more", "about"), ("next", "story"), ("tag", "list"),
        ("post", "tag"), ("entry", "tag"), ("article", "tag"),
    }
)

#: Words naming an image caption or a picture credit; such elements are taken out of
#: the text (captions are kept apart in ``Article.captions``).
CAPTION_WORDS = frozenset(
    {
        "caption", "figcaption", "credit", "credits", "copyright", "imagedescription",
        "bildunterschrift", "bildquelle", "dida", "legende", "legend",
    }
)

#: ARIA roles of widgets that never hold the article body. Landmark roles (navigation,
#: banner, complementary) are left to trafilatura, which handles their tags: pruning them
#: by role lost article text on trafilatura-eval (F1 -0.002).
BOILERPLATE_ROLES = frozenset({"dialog", "alertdialog", "search"})

#: Elements never pruned by name: they are the page or its main content.
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})

#: First words of class names that state a feature of the element rather than name it
#: (``has-sharing``, ``no-share``, ``tag-social-media``, ``category-comments``): such
#: class names are not read.
STATE_WORDS = frozenset({"has", "no", "non", "with", "without", "is", "tag", "category", "cat"})

#: Last words of class names that state a feature (``modal-enabled``, ``sd-sharing-enabled``).
STATE_SUFFIXES = frozenset({"enabled", "disabled", "active", "open", "closed", "visible"})

#: An element holding this many paragraphs of at least :data:`CONTENT_PARAGRAPH_CHARS`
#: characters is article text, whatever its name (``<div class="entry share">``,
#: ``documentContent__sharingContainer``): share bars, newsletter boxes and link lists
#: hold no such paragraphs. Cookie notices and dialogs are exempt (their legal text is
#: long). Calibrated on trafilatura-eval: 2 paragraphs of 100 characters recovered the
#: wrappers without bringing back boxes (F1 0.9297 -> 0.9319 when it was added).
CONTENT_MIN_PARAGRAPHS = 2
CONTENT_PARAGRAPH_CHARS = 100

#: Reasons for which :data:`CONTENT_MIN_PARAGRAPHS` does not save an element.
ALWAYS_PRUNED = frozenset(
    {"cookie", "consent", "gdpr", "borlab", "role:dialog", "role:alertdialog"}
)

#: Tags whose content is never visible text.
INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})

#: Largest share of the page's visible text that boilerplate of one kind (all
#: elements pruned for the same word) may hold. Past it the word describes the page's
#: content, not a box beside it: a forum page's comments, a live ticker's "comments",
#: a photo gallery's captions. It also spares one wrapper named after a feature of
#: what it wraps. Calibrated on trafilatura-eval (pooled snippet F1): 0.3 gives 0.9367,
#: 0.4 and 0.5 give 0.9374; 0.4 is kept.
PRUNE_MAX_TEXT_SHARE = 0.4

#: Distinct class/id names whose word split is remembered; a page has a few hundred,
#: so this holds many pages' worth at a few hundred kB.
NAME_CACHE_SIZE = 8192

_CAMEL = re.compile(r"([a-z])([A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


_BOILERPLATE_STEMS = frozenset(_stem(w) for w in BOILERPLATE_WORDS)
_CAPTION_STEMS = frozenset(_stem(w) for w in CAPTION_WORDS)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _words(value: str) -> tuple[str, ...]:
    # Cached: pages repeat the same class names on hundreds of elements.
    return tuple(_stem(w) for w in _SPLIT.split(_CAMEL.sub(r"\1 \2", value).lower()) if w)


def name_words(element: etree._Element) -> list[tuple[str, ...]]:
    """Word lists (plurals folded) of each class name, the id and the aria-label."""
    names = (element.get("class") or "").split()
    names.append(element.get("id") or "")
    names.append(element.get("aria-label") or "")
    lists = [_words(name) for name in names if name]
    return [
        words
        for words in lists
        if words and words[0] not in STATE_WORDS and words[-1] not in STATE_SUFFIXES
    ]


def _match(words_lists: list[tuple[str, ...]], stems: frozenset[str]) -> str | None:
    for words in words_lists:
        for word in words:
            if word in stems:
                return word
        if stems is _BOILERPLATE_STEMS:
            for first, second in zip(words, words[1:], strict=False):
                if (first, second) in BOILERPLATE_PAIRS:
                    return f"{first}-{second}"
    return None


def is_caption(element: etree._Element) -> bool:
    """True for a ``<figcaption>`` or an element whose name says caption or credit."""
    if element.tag == "figcaption":
        return True
    return _match(name_words(element), _CAPTION_STEMS) is not None


def boilerplate_reason(element: etree._Element) -> str | None:
    """Why the element is boilerplate by its name or role (``"share"``, ``"caption"``...)."""
    if not isinstance(element.tag, str) or element.tag in PROTECTED_TAGS:
        return None
    role = (element.get("role") or "").lower()
    if role in BOILERPLATE_ROLES:
        return f"role:{role}"
    if element.tag == "figcaption":
        return "caption"
    words = name_words(element)
    reason = _match(words, _BOILERPLATE_STEMS)
    if reason is None and _match(words, _CAPTION_STEMS) is not None:
        reason = "caption"
    return reason


def is_boilerplate(element: etree._Element) -> bool:
    """True when the element's name or role says it is not article text (captions aside)."""
    reason = boilerplate_reason(element)
    return reason is not None and reason != "caption"


def _visible_lengths(root: etree._Element) -> dict[etree._Element, int]:
    """Characters of visible text under each element (children before parents)."""
    lengths: dict[etree._Element, int] = {}
    for element in reversed(list(root.iter())):
        if not isinstance(element.tag, str) or element.tag in INVISIBLE_TAGS:
            lengths[element] = 0
            continue
        size = len((element.text or "").strip())
        for child in element:
            size += lengths[child] + len((child.tail or "").strip())
        lengths[element] = size
    return lengths


def _holds_paragraphs(element: etree._Element, lengths: dict[etree._Element, int]) -> bool:
    found = 0
    for paragraph in element.iter("p"):
        if lengths.get(paragraph, 0) >= CONTENT_PARAGRAPH_CHARS:
            found += 1
            if found >= CONTENT_MIN_PARAGRAPHS:
                return True
    return False


def remove_element(element: etree._Element) -> None:
    """Drop ``element`` and its subtree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def prune_boilerplate(tree: etree._Element) -> list[etree._Element]:
    """Remove boilerplate and caption elements from ``tree`` in place; return them.

    An element goes when its name or role says boilerplate, unless the elements named
    for the same reason hold more than :data:`PRUNE_MAX_TEXT_SHARE` of the page's text.
    """
    body = tree.find(".//body")
    root = body if body is not None else tree
    top = tree.getroottree().getroot()
    lengths = _visible_lengths(root)
    limit = PRUNE_MAX_TEXT_SHARE * max(lengths[root], 1)
    candidates: list[tuple[etree._Element, str]] = []
    open_by_reason: dict[str, list[etree._Element]] = {}
    share: dict[str, int] = {}
    for element in root.iterdescendants():
        reason = boilerplate_reason(element)
        if reason is None:
            continue
        if reason not in ALWAYS_PRUNED and _holds_paragraphs(element, lengths):
            continue  # a wrapper of article text named after one of its features
        candidates.append((element, reason))
        outer = open_by_reason.setdefault(reason, [])
        if not any(o in set(element.iterancestors()) for o in outer[-1:]):
            outer.append(element)
            share[reason] = share.get(reason, 0) + lengths[element]
    removed: list[etree._Element] = []
    for element, reason in candidates:
        if share[reason] > limit or lengths[element] > limit:
            continue
        if element.getparent() is None or element.getroottree().getroot() is not top:
            continue  # gone already, or inside a box removed already
        remove_element(element)
        removed.append(element)
    return removed


_VISIBLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
    "or ancestor::template)]"
)
_SPACES = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """``text`` with every run of whitespace made one space, trimmed."""
    return _SPACES.sub(" ", text).strip()


def visible_text(element: etree._Element) -> str:
    """The element's visible text, whitespace normalised."""
    return normalize_space("".join(_VISIBLE_TEXT(element)))


class BoilerplateText:
    """The page's text split into what pruning removes and what it keeps.

    Used to drop lines of trafilatura's output that come only from boilerplate: a line
    found in a pruned element's text and nowhere in the rest of the page. Texts are
    compared with all whitespace taken out, since trafilatura puts spaces or line
    breaks between inline and block elements where the page has none.
    """

    def __init__(self, tree: etree._Element) -> None:
        pruned = deepcopy(tree)
        removed = prune_boilerplate(pruned)
        self.removed = "\n".join(_squeeze(visible_text(element)) for element in removed)
        body = pruned.find(".//body")
        self.kept = _squeeze(visible_text(body if body is not None else pruned))

    def only_in_boilerplate(self, line: str) -> bool:
        """True when ``line`` occurs in pruned boilerplate and nowhere else on the page."""
        text = _squeeze(line)
        return bool(text) and text in self.removed and text not in self.kept


def link_text_share(text: str, tree: etree._Element) -> float:
    """Share of ``text``'s characters in lines that are the text of a link on the page.

    Near 0 for an article; near 1 for an index page, whose "main text" is a list of
    headlines linking to articles.
    """
    links = "\n".join(_squeeze(visible_text(a)) for a in tree.iter("a"))
    total = linked = 0
    for line in text.splitlines():
        squeezed = _squeeze(line)
        total += len(squeezed)
        if squeezed and squeezed in links:
            linked += len(squeezed)
    return linked / total if total else 0.0


_SQUEEZED = re.compile(r"[\s|]+")


def _squeeze(text: str) -> str:
    # Whitespace and the "|" trafilatura puts between table cells are left out.
    return _SQUEEZED.sub("", text)


# --- line filters ------------------------------------------------------------------------

#: Longest line that :func:`filter_lines` may drop. Prompts, cue lines and credits are
#: short; a longer line that starts with a cue word is real text. Calibrated on
#: trafilatura-eval: 120 gives F1 0.9366, 200 gives 0.9374, 300 gives 0.9375 but drops
#: two more wanted snippets (longer lines are more often real text); 200 is kept.
MAX_BOILERPLATE_LINE_CHARS = 200

#: Line openings that introduce a link to another article ("Read also: ...").
#: The cue must be followed by a colon, a dash or the end of the line.
RELATED_CUES = (
    "read also", "read more", "also read", "see also", "related", "more on this",
    "lesen sie auch", "lesen sie mehr", "auch interessant", "mehr zum thema", "weitere artikel",
    "zum weiterlesen", "auch lesen", "mehr dazu",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite",
    "lea también", "lea más", "lea", "vea también", "puedes ver", "mira", "mire", "ver más",
    "leia também", "leggi anche", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też",
    "zobacz także",
)

#: Headings of link lists: a line of at most :data:`MAX_HEADING_CHARS` that opens with
#: one of them is dropped whatever follows ("Weitere Beiträge aus der Kolumne").
RELATED_HEADINGS = (
    "related articles", "related stories", "related posts", "related content", "more stories",
    "more from", "you may also like", "you might also like", "recommended for you", "most read",
    "most popular", "read next", "further reading",
    "weitere artikel", "weitere beiträge", "weitere themen", "weitere aktuelle", "mehr themen",
    "lesen sie auch", "das könnte sie auch", "das könnte dich auch", "das thema könnte",
    "empfohlene beiträge", "ähnliche artikel", "top-themen", "beliebte beiträge",
    "à lire aussi", "lire aussi", "sur le même sujet",
    "más sobre", "notas relacionadas", "contenido relacionado", "te puede interesar",
    "le puede interesar", "también te puede", "noticias relacionadas",
)
#: Set by hand, not tuned: link-list headings are a few words; 80 characters keeps a
#: sentence that happens to open with such words.
MAX_HEADING_CHARS = 80

#: Prompts of comment forms, share bars, newsletter boxes, paywalls and cookie notices,
#: and sponsorship notes (matched case-insensitively at the start of a short line).
PROMPT_PATTERNS = (
    r"please enter your (comment|name|email)",
    r"you have entered an incorrect email",
    r"save my name, email",
    r"leave a (reply|comment)",
    r"(post|add|write) a comment",
    r"your email address will not be published",
    r"share (this|on|via)\b",
    r"(follow|like) us on",
    r"we use cookies",
    r"this (web)?site uses cookies",
    r"(all rights reserved|©|\(c\) \d{4})",
    r"(anzeige|werbung|advertisement|sponsored)\b",
)

#: Calls to subscribe or follow, matched anywhere in a short line: news text rarely
#: says "newsletter" or "subscribe" in a line under :data:`MAX_BOILERPLATE_LINE_CHARS`.
CALL_TO_ACTION = (
    r"\bsubscri(be|bers?|ption)\b", r"\bnewsletter", r"\bsign(ing)? up\b",
    r"\bfollow [\w .]{1,30} on (twitter|facebook|instagram)", r"\bs[ií]guenos\b",
    r"\bsuscr[ií]be", r"\babonnier", r"\bsubskrypcj", r"\baffiliate",
)

#: Labels of metadata lines: "Category: News", "Last modified: ...", "Tags: ...".
METADATA_LABELS = (
    "category", "categories", "kategorie", "tags", "schlagwörter", "schlagworte",
    "release date", "last modified", "last updated", "aktualisiert am", "letzte änderung",
    "veröffentlicht am", "quellenangaben", "quellen",
)

_RELATED = re.compile(
    r"^\W{0,3}(?:" + "|".join(re.escape(c) for c in RELATED_CUES) + r")\s*(?::|–|—|-|\.\.\.|»|$)",
    re.IGNORECASE,
)
_HEADING = re.compile(
    r"^\W{0,3}(?:" + "|".join(re.escape(c) for c in RELATED_HEADINGS) + r")\b", re.IGNORECASE
)
_PROMPT = re.compile(r"^\W{0,3}(?:" + "|".join(PROMPT_PATTERNS) + ")", re.IGNORECASE)
_CALL = re.compile("|".join(CALL_TO_ACTION), re.IGNORECASE)
_METADATA = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in METADATA_LABELS) + r")\s*:", re.IGNORECASE
)
#: A line that is only a picture credit: "Photo: AFP", "Foto: dpa", "Credit: Getty Images".
_CREDIT_LINE = re.compile(
    r"^\W{0,3}(?:photo|photos|picture|image|foto|fotos|bild|titelbild|beitragsbild|credit|"
    r"credits|crédits? photos?|source|quelle|fuente)\s*:\s*\S.{0,80}$",
    re.IGNORECASE,
)
#: A line that is only a date or a time ("23.10.2018", "3:59 PM", "January 13").
_DATE_LINE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)$",
    re.IGNORECASE,
)


def is_boilerplate_line(line: str) -> bool:
    """True for a short line that is a cue, prompt or credit rather than article text."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE_CHARS:
        return False
    if len(stripped) <= MAX_HEADING_CHARS and _HEADING.match(stripped):
        return True
    return bool(
        _RELATED.match(stripped)
        or _PROMPT.match(stripped)
        or _CALL.search(stripped)
        or _METADATA.match(stripped)
        or _CREDIT_LINE.match(stripped)
        or _DATE_LINE.match(stripped)
    )


def filter_lines(lines: Iterable[str]) -> list[str]:
    """The lines that are not boilerplate, in order."""
    return [line for line in lines if not is_boilerplate_line(line)]
