"""Credit lines of the ``quotes`` stage (made-up text): a quote, or a post, followed by a
dash and the name of who said it is that person's quote, with the dash as cue; a dash in
running prose credits nobody."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article

_LIST = ("Readers told us what they think of the harbour plan.\n\n"
         "“The quay will bring the boats back. It is about time.” ― Maria de la Cruz\n"
         "”We were never asked. Nobody came to the village.” ― Tomas Brandt.\n"
         "“The tolls must fall before the boats come back.” ― Sen. Ada Okafor (D-Md.)\n\n"
         "Photo: Harbour Office.\n")


def test_quotes_in_a_list_go_to_their_credited_names(nlp: Any) -> None:
    triples = found_triples(nlp, _LIST)
    assert ("Maria de la Cruz", "―",
            "“The quay will bring the boats back. It is about time.”") in triples
    # a closing mark typed for the opening one still opens the credited quote
    assert ("Tomas Brandt", "―", "”We were never asked. Nobody came to the village.”") in triples
    assert ("Sen. Ada Okafor", "―", "“The tolls must fall before the boats come back.”") in triples


def test_inner_cue_stays_inside_the_credited_quote(nlp: Any) -> None:
    text = "“The mayor said the tolls would fall. They rose.” ― Tomas Brandt\n"
    triples = found_triples(nlp, text)
    assert triples == [("Tomas Brandt", "―", text.rstrip("\n")[:-len(" ― Tomas Brandt")])]


def test_dash_on_the_next_line_credits_the_quoted_paragraph(nlp: Any) -> None:
    text = ('"The tolls will fall by half next year, and the boats will come back."\n\n'
            "- Mayor Ada Okafor, speaking at the harbour.\n\nThe tolls rose instead.")
    speaker, cue, content = found_triples(nlp, text)[0]
    assert (speaker, cue) == ("Mayor Ada Okafor", "-")
    assert content.startswith('"The tolls') and content.endswith('back."')


def test_post_credited_with_its_handle(nlp: Any) -> None:
    text = ("The mayor answered on Twitter.\n\n"
            "The quay opens in May, and the boats will be back. https://t.co/abc123 — "
            "Ada Okafor (@AdaOkafor) May 2, 2016\n")
    article = make_article(nlp, text)
    credited = [q for q in article.quotes if q.cue and q.cue.text == "—"]
    assert [(q.speaker.text if q.speaker else None, q.text) for q in credited] == [
        ("Ada Okafor", "The quay opens in May, and the boats will be back.")]
    assert credited[0].kind == "direct"
    assert credited[0].medium is not None and credited[0].medium.text == "@AdaOkafor"


def test_news_agency_after_the_last_quote_is_a_byline(nlp: Any) -> None:
    text = ("Team doctor Tommie Smook said on Monday that two players were injured.\n"
            '"Both will probably start playing in March, and we are confident they will be '
            'back in time." - Sapa')
    triples = found_triples(nlp, text)
    assert not any(who == "Sapa" for who, _, _ in triples)
    assert any(who == "Team doctor Tommie Smook" and words.startswith('"Both')
               for who, _, words in triples)


@pytest.mark.parametrize(
    "text",
    [
        # the dash inside running prose, the quote not filling its paragraph
        "The mayor called the plan “a new start” — Okafor repeated it twice.\n",
        "He had one line for the crowd, “We will build it” - Okafor's favourite.\n",
        # a name followed by more than a description: a sentence, not a credit
        "“We will build it.” — Okafor said it again on Sunday.\n",
        # a post's text without a handle is not credited
        "The boats will be back in May — Ada Okafor May 2, 2016\n",
    ],
)
def test_dash_in_prose_credits_nobody(nlp: Any, text: str) -> None:
    assert not any(cue in ("—", "-") for _, cue, _ in found_triples(nlp, text))
