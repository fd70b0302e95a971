"""Interview turns, question titles and dated noun cues of the ``quotes`` stage (made-up
text): a "Q:"/"A:" turn whose first sentence reports with a verb of its own is attributed
through that verb, not to the label; a title asking a question is nobody's words; a noun
cue's date is when it was said, not what it was about."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples, make_article

_INTERVIEW = ("The mayor spoke with us about the harbour plan this week.\n\n"
              "Q: How do the fishermen feel about the new quay?\n\n")


@pytest.mark.parametrize(
    ("turn", "speaker", "cue"),
    [
        ("A: I think the fishermen will come round once the quay opens.", "I", "think"),
        ("A: You know, we have argued that the tolls must fall for years now.", "we",
         "argued"),
    ],
)
def test_reported_turn_goes_to_its_verb(nlp: Any, turn: str, speaker: str, cue: str) -> None:
    triples = found_triples(nlp, _INTERVIEW + turn + "\n\nThe quay opens in May.")
    assert not any(who == "A" for who, _, _ in triples)
    assert any(who == speaker and found == cue for who, found, _ in triples)


def test_plain_turn_stays_with_its_label(nlp: Any) -> None:
    # no reporting verb in the first sentence: the label's words, as before
    turn = "A: The quay opens in May, and the boats will be back by the summer."
    triples = found_triples(nlp, _INTERVIEW + turn + "\n\nThe quay opens in May.")
    assert any(who == "A" and cue == ":" for who, cue, _ in triples)


@pytest.mark.parametrize(
    ("title", "asks"),
    [
        ("Mayor Okafor: Reformer or just another insider?", True),
        ("Mayor Okafor: The harbour will reopen by the spring", False),
    ],
)
def test_title_question_is_nobodys(nlp: Any, title: str, asks: bool) -> None:
    text = title + "\n\nThe harbour council met on Monday to weigh the budget."
    triples = found_triples(nlp, text)
    assert any(cue == ":" for _, cue, _ in triples) is not asks


def test_noun_cue_date_is_no_content(nlp: Any) -> None:
    text = ("The council listened to the mayor's statement on Tuesday morning and then "
            "voted.")
    triples = found_triples(nlp, text)
    assert not any(content == "Tuesday morning" for _, _, content in triples)


def test_digest_name_before_a_no_break_space(nlp: Any) -> None:
    """'HEADLINE - Name:\\xa0“...”': a no-break space between the colon and the quote mark
    still opens the named author's quote in a digest line."""
    text = ("FERRY FARES TO RISE AGAIN - Odile Brennan:\xa0“The operator has raised prices three "
            "times since the spring, and riders have noticed.”")
    assert ("Odile Brennan", ":", "“The operator has raised prices three times since the "
            "spring, and riders have noticed.”") in found_triples(nlp, text)


def test_quoted_transcript_gives_each_turn_to_its_speaker(nlp: Any) -> None:
    # each turn reopens the quote; the paragraph after a turn goes on with that turn
    text = ("The mayor was asked about the harbour. Partial transcript as follows:\n\n"
            '"WALLACE: Will the quay open in May, as you promised the fishermen last year?\n\n'
            '"OKAFOR: Well, look, the quay will open in May. The boats are coming back.\n\n'
            '"And the tolls will fall by half, which the council agreed last week.\n\n'
            '"WALLACE: Governor, I want to ask about the tolls once more.\n\n'
            '"OKAFOR: The tolls will fall, and that is all I will say about them today.\n\n'
            "The interview went on for an hour.")
    article = make_article(nlp, text)
    turns = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text)
             for q in article.quotes]
    assert [who for who, cue, _ in turns if cue == ":"] == ["WALLACE", "OKAFOR", "WALLACE",
                                                             "OKAFOR"]
    # the quoted turns are direct quotes (the last, never closed, is a plain transcript line)
    assert [q.kind for q in article.quotes if q.cue and q.cue.text == ":"][:3] == ["direct"] * 3
    okafor = next(words for who, _, words in turns if who == "OKAFOR")
    assert okafor.startswith("Well, look") and okafor.rstrip().endswith("last week.")
    # the council's agreeing stays inside Okafor's words, and nothing is the transcript's
    assert not any(who in ("Partial transcript", "the council") for who, _, _ in turns)


@pytest.mark.parametrize(
    "text",
    [
        # a kicker, a dateline and a fact check's headings name no speaker
        "The harbour plan.\n\nBREAKING: The mayor will resign today, her office confirmed.\n",
        "Scores.\n\nSTORRS, Conn.: Price scored 25 points as Connecticut beat St. John's 81-65.\n",
        ("Fact check.\n\nCLAIM: The quay was built without any permit at all.\n\n"
         "THE FACTS: The council granted the permit for the quay in 2019.\n\n"
         "CLAIM: The tolls doubled after the new quay opened last May.\n\n"
         "THE FACTS: The tolls rose by a tenth in the year after it opened.\n"),
        "Films.\n\nMovie Review: There Will Be Blood, the film of the year so far.\n",
        # a list, a contact line: no verb, no quote mark after the label
        "Films.\n\nCast: Ann Cole, Ben Marsh, Carl Dunn\n",
        "Harbour news.\n\nSquad: Ann Cole (captain), Ben Marsh, Carl Dunn\n",
        "Harbour news.\n\nAnn Cole: 555-0100 or acole@example.com\n",
        # a kicker before a label of its own: a video's caption
        "Harbour news.\n\nVideo: FULL SPEECH: Mayor Cole at the harbour board. Watch on YouTube\n",
        # a menu left in the text
        "Harbour news.\n\nSections: Top Stories | National | Business | Sport | Weather\n",
    ],
)
def test_section_labels_name_no_speaker(nlp: Any, text: str) -> None:
    labels = ("BREAKING", "STORRS, Conn.", "STORRS", "CLAIM", "THE FACTS", "Movie Review",
              "Sections", "Video: FULL SPEECH", "Cast", "Squad", "Ann Cole")
    assert not any(who in labels for who, _, _ in found_triples(nlp, text))


def test_transcript_names_in_capitals_are_speakers(nlp: Any) -> None:
    # neither name is an entity the model found; the turns share them
    text = ("The interview aired on Tuesday.\n\n"
            "KATE BOULDUAN: Will the campaign release the transcripts of the speeches?\n\n"
            "JOEL BENENSON: We have said that all along, and we will do it when we are ready.\n\n"
            "BOULDUAN: So when will that be, if it is not this week or next week?\n\n"
            "BENENSON: When the other candidates release theirs, and not a day before.\n")
    speakers = [who for who, cue, _ in found_triples(nlp, text) if cue == ":"]
    assert speakers == ["KATE BOULDUAN", "JOEL BENENSON", "BOULDUAN", "BENENSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's claim needs no verb
        ("Poll: Cole a clear favourite for harbour master\nThe poll of 500 voters was taken "
         "last week.", ("Poll", ":", "Cole a clear favourite for harbour master")),
        # nor does a quote
        ("Harbour news.\n\nAnn Cole: “A fine day for the town.”\n",
         ("Ann Cole", ":", "“A fine day for the town.”")),
    ],
)
def test_label_lines_that_state_something(nlp: Any, text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in found_triples(nlp, text)


def test_terms_of_a_list_name_no_speaker(nlp: Any) -> None:
    # each label opens one line only and names no person or body: a recipe's glossary (the
    # tagger runs an organisation over "Vanilla Extract: You")
    text = ("Harbour fudge, the way the old bakers made it.\nThe Ingredients\n"
            "Coconut Flour: This is used to bind and thicken the dough without the need for "
            "extra sugar.\nVanilla Extract: You could also use vanilla bean paste.\n"
            "Sea Salt: The amount may need to be adjusted depending on how salty your butter "
            "is.\n")
    assert [who for who, cue, _ in found_triples(nlp, text) if cue == ":"] == []


def test_panellist_named_before_speaks_the_line(nlp: Any) -> None:
    # a one-word label the tagger does not mark, naming a person named in full before
    text = ("Dana Okafor, an economist, joined the harbour board's panel on Monday.\n\n"
            "Okafor: Well, no one thinks the new quay will pay for itself within a decade.\n")
    assert [who for who, cue, _ in found_triples(nlp, text) if cue == ":"] == ["Okafor"]
