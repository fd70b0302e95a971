"""The spaCy model as fivew loads it: a sentence starts at each line of the text and after
a line's wire dateline."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.nlp import hard_wrapped

from .test_quotes import found_triples

# an AP "The Latest" live story: a heading, a time stamp, then the entry
LIVE_STORY = ("WASHINGTON (AP) — The Latest on the presidential race (all times EDT):\n\n"
              "7 p.m.\n\n"
              "Donald Trump is once again questioning the integrity of the voting system.")


def test_a_line_break_starts_a_sentence(nlp: Any) -> None:
    doc = nlp(LIVE_STORY)
    starts = [sent[0].text for sent in doc.sents]
    assert "Donald" in starts
    assert all("\n" not in doc.text[sent.start_char : sent.end_char].rstrip()
               for sent in doc.sents)


def test_a_heading_is_not_the_subject_of_the_next_line(nlp: Any) -> None:
    # parsed as one sentence, the heading was the subject and Trump its apposition
    assert ("Donald Trump", "questioning", "the integrity of the voting system") in \
        found_triples(nlp, LIVE_STORY)


def test_a_sentence_still_runs_on_within_a_line(nlp: Any) -> None:
    doc = nlp("The mayor, who spoke on Tuesday, said the port would reopen.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("SHARM EL-SHEIK, Egypt (AP) — The mayor of Dover endorsed the plan.",
         "SHARM EL-SHEIK, Egypt (AP) —"),
        ("DOVER - The harbour board said the pier would reopen.", "DOVER -"),
        ("Dover, 2 Jan. (AKI) - The harbour board said the pier would reopen.",
         "Dover, 2 Jan. (AKI) -"),
        # a run-in heading in capitals
        ("EVEN THE HARBOUR’S BOSS THINKS IT’S 2 LATE — The head of the board said so.",
         "EVEN THE HARBOUR’S BOSS THINKS IT’S 2 LATE —"),
    ],
)
def test_a_dateline_or_capital_heading_is_a_sentence_of_its_own(nlp: Any, text: str,
                                                                 dateline: str) -> None:
    assert next(iter(nlp(text).sents)).text == dateline


@pytest.mark.parametrize(
    "text",
    [
        # a place in mixed case without an agency, or a phrase set off by a dash, stays
        "Dover - The harbour board said the pier would reopen.",
        "These harbours — Dover and Deal — matter to the board.",
    ],
)
def test_a_dash_after_a_phrase_is_no_dateline(nlp: Any, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1



WRAPPED = ("DOVER (Reuters) - Ann Cole, the harbour master of the port, said on Sunday\n"
           "she hoped to reopen the pier to the fishing boats that were moved out\n"
           "last week, but that the board would have to approve the money for the\n"
           "repairs first, and that the work could take the whole summer to finish\n"
           "if the weather did not turn in their favour before the end of the month\n"
           "or the council did not help with the cost of the new timber.\n\n"
           "The board meets on Monday.")


def test_a_text_wrapped_at_a_width_keeps_its_sentences_across_lines(nlp: Any) -> None:
    assert hard_wrapped(WRAPPED)
    sentences = [sent.text.strip() for sent in nlp(WRAPPED).sents]
    assert sentences[0] == "DOVER (Reuters) -"  # the dateline is still its own
    assert sentences[1].startswith("Ann Cole") and sentences[1].endswith("new timber.")
    assert sentences[-1] == "The board meets on Monday."


def test_one_paragraph_per_line_is_no_wrapped_text() -> None:
    assert not hard_wrapped(LIVE_STORY)
    assert not hard_wrapped("Harbour news\nThe pier is open.\nThe board met.\nCole spoke.\n"
                            "The vote is on Monday.\nThe fishing fleet is back.")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a quote mark glued to the words around it parts from them and from its punctuation
        ("“It makes no sense,”said her sister.",
         ["“", "It", "makes", "no", "sense", ",", "”", "said", "her", "sister", "."]),
        ("Ryan said,“Look at that.”", ["Ryan", "said", ",", "“", "Look", "at", "that", ".", "”"]),
        ('the radiation."The ones', ["the", "radiation", ".", '"', "The", "ones"]),
        # a quote mark with spaces, and apostrophes, are as before
        ("He said, “Yes.” It’s Trump’s.",
         ["He", "said", ",", "“", "Yes", ".", "”", "It", "’s", "Trump", "’s", "."]),
    ],
)
def test_a_glued_quote_mark_is_a_token_of_its_own(nlp: Any, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == tokens
