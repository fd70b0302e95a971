"""Unit tests of the extract stage on small handwritten pages."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from fivew.article import Article, Provenance
from fivew.errors import InputError
from fivew.extract import extract
from fivew.extract_captions import split_credit
from fivew.extract_clean import is_boilerplate_line, prune_boilerplate
from fivew.readers import RawDocument

PARAGRAPHS = [
    "Officials in the northern province said on Tuesday that the road to the border crossing "
    "had reopened after three days of heavy rain, allowing lorries carrying flour to pass.",
    "Traders at the crossing said hundreds of vehicles had been waiting on both sides and that "
    "prices of fuel and cooking oil in the nearby markets had risen by a third in a week.",
    "A spokesman for the provincial government said engineers were still repairing two bridges "
    "further south and that the work would take at least another fortnight to complete.",
]


def _provenance() -> Provenance:
    return Provenance(input="test.html", fivew_version="test", processed_at="now")


def _page(body: str, head: str = "<title>Road to border reopens</title>") -> RawDocument:
    content = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    return RawDocument(input="test.html", kind="html", content=content)


def _article_html(extra: str = "", middle: str = "") -> str:
    first, second, third = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<article><h1>Road to border reopens</h1>{first}{middle}{second}{third}</article>{extra}"
    )


def _extract(body: str) -> Article:
    return extract(_page(body), _provenance())


def test_body_paragraphs_kept() -> None:
    article = _extract(_article_html())
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


@pytest.mark.parametrize(
    ("box", "unwanted"),
    [
        (
            '<div class="share-bar"><span>Share this article</span><a>Facebook</a>'
            "<a>Twitter</a><a>WhatsApp</a></div>",
            "WhatsApp",
        ),
        (
            '<div class="newsletterBox"><h3>Morning briefing</h3><p>Get the five stories you '
            "need every morning, straight to your inbox.</p><form><input></form></div>",
            "Morning briefing",
        ),
        (
            '<div id="cookie-consent"><p>Our partners and we store information on your device '
            "to measure audiences.</p><button>Accept</button></div>",
            "measure audiences",
        ),
        (
            '<section class="related-articles"><h2>Elsewhere in the region</h2><ul>'
            "<li><a href='/a'>Floods cut off villages in the east of the country</a></li>"
            "<li><a href='/b'>Minister promises new funds for road repairs</a></li></ul></section>",
            "Floods cut off villages",
        ),
        (
            '<div id="respond" class="comment-respond"><h3>Your opinion</h3><form>'
            "<p>Please enter your comment!</p><p>Please enter your name here</p></form></div>",
            "Please enter your",
        ),
    ],
    ids=["share-bar", "newsletter", "cookie-notice", "related-links", "comment-form"],
)
def test_boilerplate_boxes_removed(box: str, unwanted: str) -> None:
    # The box sits inside the article, where trafilatura alone tends to keep it.
    article = _extract(_article_html(middle=box))
    assert unwanted not in article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


def test_caption_kept_apart_with_credit_element() -> None:
    figure = (
        '<figure><img src="a.jpg"><figcaption>Lorries wait at the crossing on Monday. '
        '<span class="credit">Photo: Jane Roe/Example Agency</span></figcaption></figure>'
    )
    article = _extract(_article_html(middle=figure))
    assert "Lorries wait" not in article.text
    assert "Jane Roe" not in article.text
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Lorries wait at the crossing on Monday.", "Photo: Jane Roe/Example Agency")
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Ahmad Massoud speaks in Bazarak (Courtesy: REUTERS/Mohammad Ismail)",
            ("Ahmad Massoud speaks in Bazarak", "Courtesy: REUTERS/Mohammad Ismail"),
        ),
        (
            "Fighters near Charikar. (AP Photo/John Doe)",
            ("Fighters near Charikar.", "AP Photo/John Doe"),
        ),
        ("Crowds at the airport gate. Photo: AFP", ("Crowds at the airport gate.", "Photo: AFP")),
        ("The valley at dusk © Example Images", ("The valley at dusk © Example Images", None)),
        ("The valley at dusk. © Example Images", ("The valley at dusk.", "© Example Images")),
        ("A market in Kabul (Photo by Jane Doe)", ("A market in Kabul", "Photo by Jane Doe")),
        ("A market (right) and a bridge", ("A market (right) and a bridge", None)),
        ("No credit here", ("No credit here", None)),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


def test_index_page_is_e107() -> None:
    items = "".join(
        f'<li><h2><a href="/story/{i}">Headline number {i} about the situation in the '
        f"north of the country</a></h2></li>"
        for i in range(20)
    )
    with pytest.raises(InputError) as caught:
        _extract(f"<nav><a href='/'>Home</a></nav><main><ul class='teasers'>{items}</ul></main>")
    assert caught.value.code == "E107"


def test_tiny_page_is_e107() -> None:
    with pytest.raises(InputError) as caught:
        _extract("<article><p>Page not found. Try the search.</p></article>")
    assert caught.value.code == "E107"


def test_plain_text_verbatim() -> None:
    text = (
        "  Caption line (Photo: X)\r\n\r\nBody text stays as it is.  \n\n"
        "Please enter your name here\n"
    )
    raw = RawDocument(input="a.txt", kind="text", content=text, url="https://e.example/a")
    article = extract(raw, _provenance())
    assert article.text == text
    assert article.captions == []
    assert article.url == "https://e.example/a"


def test_wrapper_named_after_a_feature_is_kept() -> None:
    # A wrapper whose class names a feature ("share") but which holds the article.
    body = '<div class="entry share">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    tree = lxml_html.fromstring(f"<html><body>{body}<div class='share'>Tweet</div></body></html>")
    removed = prune_boilerplate(tree)
    assert [e.text_content() for e in removed] == ["Tweet"]
    assert PARAGRAPHS[0] in tree.text_content()


def test_comments_that_are_the_page_are_kept() -> None:
    # A forum thread: elements named "comment" hold most of the text, so they stay.
    posts = "".join(f'<div class="forum-comment"><p>{p}</p></div>' for p in PARAGRAPHS)
    tree = lxml_html.fromstring(f"<html><body><h1>Thread</h1>{posts}</body></html>")
    assert prune_boilerplate(tree) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Read also: Taliban name new cabinet", True),
        ("Lesen Sie auch: Die Lage in Kabul", True),
        ("Related stories", True),
        ("Please enter your comment!", True),
        ("Sign up for our newsletter to get the latest news", True),
        ("Photo: AFP", True),
        ("Category: World", True),
        ("22.08.2021", True),
        ("Related to the talks, officials in Doha said the meeting would go ahead.", False),
        ("Massoud said his forces were ready to fight.", False),
        ("Mira Sorvino was among the speakers at the event in New York.", False),
        ("Read " + "more " * 60, False),
    ],
)
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert is_boilerplate_line(line) is expected
