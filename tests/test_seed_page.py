"""Golden test: the seed story set in a news page (examples/pages/panjshir-resistance.html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fivew.article import Article, Provenance
from fivew.extract import extract
from fivew.readers import read_inputs

PAGE = Path(__file__).resolve().parent.parent / "examples" / "pages" / "panjshir-resistance.html"

CAPTION = (
    "Ahmad Massoud, son of the slain hero of the anti-Soviet resistance, Ahmad Shah Massoud, "
    "speaks during an interview at his house in Bazarak, Panjshir province Afghanistan "
    "September 5, 2019"
)
CREDIT = "Courtesy: REUTERS/Mohammad Ismail"
BOILERPLATE = (
    "Please enter your comment!",
    "Please enter your name here",
    "You have entered an incorrect email address!",
    "LEAVE A REPLY",
    "Share this:",
    "Sign up for our daily newsletter",
    "We use cookies",
    "Related stories",
    "Crowds swell at Kabul airport",
    "All rights reserved",
    "Mohammad Ismail",
)


@pytest.fixture(scope="module")
def article() -> Article:
    (raw,) = list(read_inputs([PAGE]))
    assert not isinstance(raw, Exception)
    return extract(raw, Provenance(input=raw.input, fivew_version="test", processed_at="now"))


def _body_paragraphs(seed_text: str) -> list[str]:
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    # First line: the photo caption; last two: the comment form's prompts.
    return lines[1:-2]


def test_metadata(article: Article) -> None:
    assert article.title == (
        "Afghan resistance leader Massoud wants talks with Taliban but ready to fight"
    )
    assert article.published == "2021-08-22"
    assert article.source == "East Wire"
    assert article.url == (
        "https://www.eastwire.example/world/asia/2021/08/22/"
        "afghan-resistance-leader-massoud-wants-talks-ready-to-fight"
    )
    assert article.byline == ["Reuters"]


def test_body_paragraphs_all_present(article: Article, seed_text: str) -> None:
    paragraphs = _body_paragraphs(seed_text)
    assert len(paragraphs) == 12
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert article.text.splitlines() == paragraphs


@pytest.mark.parametrize("snippet", BOILERPLATE)
def test_boilerplate_absent(article: Article, snippet: str) -> None:
    assert snippet not in article.text


def test_caption_kept_apart_with_credit(article: Article, seed_text: str) -> None:
    assert seed_text.splitlines()[0] == f"{CAPTION} ({CREDIT})"
    assert CAPTION not in article.text
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, CREDIT)]
