"""The spaCy model as fivew loads it: a sentence starts at each line of the text."""

from __future__ import annotations

from typing import Any

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
