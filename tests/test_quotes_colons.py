"""Line-opening "Name:" colons of the ``quotes`` stage (made-up lines): a short line below the
first one is a section heading or an interviewer's question, and a ticker in brackets a
ticker, not a turn; a name in capitals or a longer line still opens one. Also a noun cue
whose content is only the channel it went out on ("a statement on its Telegram channel"),
and a block quote: the paragraph after a line that ends in a cue and a colon ("The mayor
added:")."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article

_OPENING = "The harbour council met on Monday to weigh the budget.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Okafor: Keep the lead.",  # a heading over a candidate's section
        "Q: Is she running?",  # an interviewer's short question
        # a stock ticker in brackets
        "Logitech International (NASDAQ: LOGI) unveiled the Harmony One remote today.",
    ],
)
def test_colon_that_opens_no_turn(nlp: Any, line: str) -> None:
    triples = found_triples(nlp, _OPENING + line + "\n\nThe vote comes next week.")
    assert not any(cue == ":" for _, cue, _ in triples)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a name in capitals opens a turn however short
        ("BRANDT: Why not wait?", ("BRANDT", ":", "Why not wait?")),
        # a longer line is a turn
        ("Okafor: We will fix every bridge in the county by the spring.",
         ("Okafor", ":", "We will fix every bridge in the county by the spring")),
    ],
)
def test_colon_turn(nlp: Any, line: str, expected: tuple[str, str, str]) -> None:
    # the panel is named first: a label naming nobody in the document is a list's term
    # (see test_quotes_transcripts.test_terms_of_a_list_name_no_speaker)
    opening = _OPENING + "Dana Okafor and Lee Brandt spoke for the two slates.\n\n"
    assert expected in found_triples(nlp, opening + line + "\n\nThe vote comes next week.")


def test_statement_on_a_channel_is_no_claim(nlp: Any) -> None:
    # the channel a statement went out on is where it was said, not what it was about
    text = ("The ministry said in a statement on its Telegram channel that the bridge had "
            "reopened.")
    triples = found_triples(nlp, text)
    assert not any(content.endswith("Telegram channel") for _, _, content in triples)
    assert any(cue == "said" and "bridge had reopened" in content
               for _, cue, content in triples)


_BLOCK = ("The harbour council met on Monday.\n\n{line}\n\nWe will rebuild every bridge in the "
          "county by spring. Nobody should doubt it, and the money is “already there.”\n\n"
          "The vote comes next week.")


@pytest.mark.parametrize("line", ["The mayor added:", "The mayor said on her radio show:",
                                  "The mayor wrote the following:"])
def test_block_quote_after_a_colon_line(nlp: Any, line: str) -> None:
    # the page dropped the block quote's marks: the paragraph is the mayor's words, whole,
    # with the words quoted inside it
    article = make_article(nlp, _BLOCK.format(line=line))
    block = next(q for q in article.quotes if q.text.startswith("We will rebuild"))
    assert block.text.endswith("“already there.”")
    assert block.kind == "direct"
    assert block.speaker is not None and block.speaker.text == "The mayor"


def test_block_quote_runs_over_single_line_breaks(nlp: Any) -> None:
    # set apart by blank lines, a speech quoted line by line is one block
    text = ("Okafor spoke last July. In a speech, she said:\n\nLet no one be mistaken about "
            "the bridge.\nIt cannot be ignored, for it will fall.\nI feel strongly about this."
            "\n\nThe vote comes next week.")
    assert ("she", "said", "Let no one be mistaken about the bridge.\nIt cannot be ignored, "
            "for it will fall.\nI feel strongly about this") in found_triples(nlp, text)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor also noted the sparse attendance:",  # the object is what was noted
        "Related to this story:",  # a link, with no subject
        "| Readers who read this also read: |",  # a table of links
    ],
)
def test_no_block_quote_after_a_colon_line(nlp: Any, line: str) -> None:
    triples = found_triples(nlp, _BLOCK.format(line=line))
    assert not any(content.startswith("We will rebuild") for _, _, content in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The candidates were asked about the war. Baker: "The mission is to win it, not to '
         'manage it."',
         ("Baker", ":", '"The mission is to win it, not to manage it."')),
        ("Here is Clinton in December 1992: “Our new direction must rest on an understanding "
         "of the new realities of global competition.”",
         ("Clinton", ":", "“Our new direction must rest on an understanding of the new "
                          "realities of global competition.”")),
        ("The study is candid. From the report: “Samples with longer field periods produced "
         "more accurate results.”",
         ("the report", ":", "“Samples with longer field periods produced more accurate "
                             "results.”")),
        # a capitalised past form of a reporting verb opening the label is the cue
        ('"He will fix it," Gado said. Said Porter: "Whatever it is he can do to turn this '
         'around, I am all for it."',
         ("Porter", "Said", '"Whatever it is he can do to turn this around, I am all for '
                            'it."')),
        # "continue" reports only a quote next to it; as a label verb it is the cue
        ("Ronald Vantreese spoke on the radio. Continued Vantreese: “So I think it’s a very "
         "real problem for the party.”",
         ("Vantreese", "Continued", "“So I think it’s a very real problem for the party.”")),
        # the parse reads "Added" as the quote's cue without a subject: the label names him
        ("Roger Vantreese spoke on the radio. Added Vantreese: “So I think it’s a very real "
         "problem.”",
         ("Vantreese", "Added", "“So I think it’s a very real problem.”")),
    ],
)
def test_quote_after_a_label(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The reason is simple: “We could not pay for it and nobody would lend us the money.”",
    "The timing does not surprise the mayor: “Everyone saw this coming from a long way off.”",
])
def test_no_label_before_a_clause(nlp: Any, text: str) -> None:
    # a lead-in with a verb of its own names no speaker by its colon
    assert all(cue != ":" or speaker is None for speaker, cue, _ in found_triples(nlp, text))
