"""Page furniture read as quotes (:mod:`fivew.quotes_furniture`): a page's date line; a page's
layout marks at the edges of a speaker's span (:func:`fivew.quotes_rules.source_chars`),
clauses the parse hung on it, the end of a quote run into it and a conjunction ending it
(the last two on hand-built parses)."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.quotes_furniture import cell_label, date_line, posted_stamp
from fivew.quotes_mentions import source_chars

from .test_quotes import found_triples
from .test_quotes_misparsed_speakers import build


@pytest.mark.parametrize(
    "text",
    [
        "| Harbour to close for repairs | \n|  | \n| Posted : Thu, 10 Jan 2008 03:47:03 GMT | \n"
        "| Author : DPA | \n",
        "Harbour to close\n| Posted: 6:12 PM Dec 30, 2007 Last Updated: 6:10 PM Dec 31, 2007 "
        "|  | \nThe harbour will close.",
        # a "Posted" stamp with more than the date after it
        "| Ferry strike ends Posted: Wednesday Jan 9, 2008 10:23 PM OSLO (AP) - The harbour "
        "workers ended their strike after talks with the port.",
        "Thanks for your comments - this feedback is now closed Posted by: Dom, London on "
        "5:19pm Tue 1 Jan 08  And how many times does this have to be said.",
    ],
)
def test_a_date_line_is_no_quote(nlp: Any, text: str) -> None:
    assert not any(cue == "Posted" for _, cue, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who posted a comment, when a story went up
        ("Thanks for your comments\nPosted by: Dom, London on 5:19pm Tue 1 Jan 08\nThe end.",
         True),
        ("| Ferry strike ends Posted: Wednesday Jan 9, 2008 10:23 PM OSLO (AP) - The strike "
         "ended.", True),
        ("Ferry strike ends    posted 8:58 am Tue January 15, 2008 - OSLO", True),
        ("Posted on December 28, 2007 by the harbour office", True),
        # in a sentence: what was posted, and when
        ("Ms. Berg posted: ''The ferries will run again.''", False),
        ("Berg posted Monday on Facebook that the ferries would run.", False),
        ("The office posted on Jan. 27 that the ferries would run.", False),
    ],
)
def test_posted_stamp(text: str, expected: bool) -> None:
    at = text.lower().index("posted")
    assert posted_stamp(text, (at, at + len("posted"))) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed at noon. | \n| Post Your Comments | \n| Harbour news |",
        "| Post comment \\| Terms \\| Report Abuse |",
    ],
)
def test_a_table_cell_link_is_no_quote(nlp: Any, text: str) -> None:
    assert found_triples(nlp, text) == []


def test_a_long_table_cell_keeps_its_quote() -> None:
    text = "| The mayor said the harbour would close for a month of repairs. |"
    assert not cell_label(text, (text.index("said"), text.index("said") + 4))
    assert cell_label("| Post Your Comments |", (2, 6))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Thu, 10 Jan 2008 03:47:03 GMT |", True),
        ("Jan 14, 2008 |", True),
        # a sign, a web address, a day in a sentence: what was said, not a date line
        ("“15%!”", False),
        ("“anybodybuttrump.us,”", False),
        ("the vote on Monday, Jan 14", False),
    ],
)
def test_date_line(content: str, expected: bool) -> None:
    assert date_line(content, [(0, len(content))]) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The judge will rule in two weeks.\nRelated video: Closing arguments heard in bid to "
         "remove the harbour master\nThe board met.", "Related"),
        ("Harbour news.\n| Related topics: Harbour safety and tolls\n", "Related"),
    ],
)
def test_a_line_label_is_no_cue(nlp: Any, text: str, label: str) -> None:
    assert not any(cue == label for _, cue, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a table's bar and white space before the name, a no-break space after it
        ("|  \t| Gulf leaders have ended their summit in Qatar, reiterating their call for "
         "peace.", "Gulf leaders"),
        ("The move drew criticism. Zoe Saldana\xa0said the rules were unfair.", "Zoe Saldana"),
        # the bracket closing an aside in the name stays
        ("Donald Trump and Sen. Ted Cruz (R-Texas)\xa0lamented illegal immigration.",
         "Donald Trump and Sen. Ted Cruz (R-Texas)"),
    ],
)
def test_a_speaker_has_no_layout_marks_at_its_edges(nlp: Any, text: str, speaker: str) -> None:
    assert speaker in [who for who, _, _ in found_triples(nlp, text)]


def test_a_speaker_holds_no_clause_the_parse_hung_on_it(nlp: Any) -> None:
    # the parse takes "cite" for a noun and hangs the "that" clause on the subject
    text = ("Opponents of allowing Syrian refugees into the U.S. cite concerns that the region "
            "is rife with terrorists bent on attacking the United States.")
    speakers = {who for who, _, _ in found_triples(nlp, text)}
    assert speakers and all("concerns" not in who for who in speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what the parse hangs on the name after a relative clause is no part of it
        ("“The plan will fail,” said Ruiz, who ran the state agency from 2001 to 2009, in an "
         "interview.", "Ruiz"),
        # ... but a second name joined to it is
        ("Maria Ruiz, who ran the state agency for a decade, and Tom Bell, its former counsel, "
         "said the plan would fail.",
         "Maria Ruiz, who ran the state agency for a decade, and Tom Bell, its former counsel"),
    ],
)
def test_a_speaker_ends_at_a_clause_on_its_name(nlp: Any, text: str, speaker: str) -> None:
    assert speaker in [who for who, _, _ in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time the parse hangs on the name is no part of it
        ("The island nation's new president on Friday rejected the lender's offer of a "
         "bailout.", "The island nation's new president"),
        ("The Sanders campaign on Monday questioned her judgment.", "The Sanders campaign"),
        # ... also after a name in apposition
        ("Freedonia's supreme leader Rufus Firefly on Wednesday blamed Western culture for "
         "the unrest.", "Freedonia's supreme leader Rufus Firefly"),
        # ... a year in the name is
        ("The Health Security Act of 2009 proposed a national insurance system.",
         "The Health Security Act of 2009"),
    ],
)
def test_a_speaker_ends_before_a_time_after_it(nlp: Any, text: str, speaker: str) -> None:
    assert speaker in [who for who, _, _ in found_triples(nlp, text)]


def test_a_speaker_starts_after_a_quote_closing_before_it() -> None:
    # the parse runs the end of a quote whose opening mark it never saw into the name
    doc = build([("fine", "JJ", "ADJ", "dep", 5), (",", ",", "PUNCT", "punct", 5),
                 ("”", "''", "PUNCT", "punct", 5), ("councilmember", "NN", "NOUN", "compound", 5),
                 ("Ann", "NNP", "PROPN", "compound", 5), ("Berg", "NNP", "PROPN", "nsubj", 6),
                 ("said", "VBD", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6)])
    start, end = source_chars(doc[5])
    assert doc.text[start:end] == "councilmember Ann Berg"


def test_a_speaker_starts_after_a_quote_the_parse_hung_on_it() -> None:
    # the whole quote, opening mark and all, in the subtree of the name ("lead" read as a
    # verb whose clause the quote is)
    doc = build([("“", "``", "PUNCT", "punct", 2), ("We", "PRP", "PRON", "nsubj", 2),
                 ("won", "VBD", "VERB", "ccomp", 5), (",", ",", "PUNCT", "punct", 5),
                 ("”", "''", "PUNCT", "punct", 5), ("lead", "VBP", "VERB", "amod", 7),
                 ("author", "NN", "NOUN", "compound", 7), ("Berg", "NNP", "PROPN", "nsubj", 8),
                 ("wrote", "VBD", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8)])
    start, end = source_chars(doc[7])
    assert doc.text[start:end] == "lead author Berg"


def test_a_speaker_ends_on_no_conjunction() -> None:
    doc = build([("Ann", "NNP", "PROPN", "compound", 1), ("Berg", "NNP", "PROPN", "nsubj", 3),
                 ("and", "CC", "CCONJ", "cc", 1), ("said", "VBD", "VERB", "ROOT", 3),
                 ("it", "PRP", "PRON", "nsubj", 5), ("failed", "VBD", "VERB", "ccomp", 3)])
    start, end = source_chars(doc[1])
    assert doc.text[start:end] == "Ann Berg"
