"""Line-opening "Name:" colons of the ``quotes`` stage (made-up lines): a short line below the
first one is a section heading or an interviewer's question, not a turn; a name in capitals
or a longer line still opens one. Also a noun cue whose content is only the channel it went
out on ("a statement on its Telegram channel")."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples

_OPENING = "The harbour council met on Monday to weigh the budget.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Okafor: Keep the lead.",  # a heading over a candidate's section
        "Q: Is she running?",  # an interviewer's short question
    ],
)
def test_short_colon_line_is_no_turn(nlp: Any, line: str) -> None:
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
    assert expected in found_triples(nlp, _OPENING + line + "\n\nThe vote comes next week.")


def test_statement_on_a_channel_is_no_claim(nlp: Any) -> None:
    # the channel a statement went out on is where it was said, not what it was about
    text = ("The ministry said in a statement on its Telegram channel that the bridge had "
            "reopened.")
    triples = found_triples(nlp, text)
    assert not any(content.endswith("Telegram channel") for _, _, content in triples)
    assert any(cue == "said" and "bridge had reopened" in content
               for _, cue, content in triples)
