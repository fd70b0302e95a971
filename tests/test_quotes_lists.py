"""Single additions to the quotes stage's word lists (src/fivew/resources/quotes.json)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # "lean toward(s)": a particle cue of stance, its object the content
        ("Most of the county's farmers are leaning toward the incumbent mayor.",
         "leaning toward", "the incumbent mayor"),
        ("The committee leaned towards a smaller harbour levy.",
         "leaned towards", "a smaller harbour levy"),
    ],
)
def test_lean_toward_is_a_particle_cue(nlp: Any, text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c, t) for _, c, t in found_triples(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # speech verbs whose object is what they say something of
        ("The mayor heralded the harbour deal as a breakthrough.", "The mayor", "heralded",
         "the harbour deal as a breakthrough"),
        ("The minister rebutted the union's claims about the pension fund.", "The minister",
         "rebutted", "the union's claims about the pension fund"),
        ("The council justified the new levy on harbour traffic.", "The council",
         "justified", "the new levy on harbour traffic"),
        ("The mayor is trumpeting a message of renewal on the campaign trail.", "The mayor",
         "trumpeting", "a message of renewal on the campaign trail"),
        # "allude to": a particle cue
        ("Okafor alluded to the scandal that ended his rival's career.", "Okafor",
         "alluded to", "the scandal that ended his rival's career"),
        # verbs of manner of speaking, after the quote they report
        ("The editorials were harsh. \"Voters should stay at home,\" opined the Ashford "
         "Gazette.", "the Ashford Gazette", "opined", "\"Voters should stay at home,\""),
        ("\"The dress is a triumph of red carpet dressing,\" enthuses Tamara.", "Tamara",
         "enthuses", "\"The dress is a triumph of red carpet dressing,\""),
        ("The match ended in uproar. \"We were robbed in broad daylight,\" groused the coach.",
         "the coach", "groused", "\"We were robbed in broad daylight,\""),
        # attitude verbs
        ("Many farmers distrust the new water plan.", "Many farmers", "distrust",
         "the new water plan"),
        ("The mayor foresees a long fight over the budget.", "The mayor", "foresees",
         "a long fight over the budget"),
        ("The union resents the way the talks were handled.", "The union", "resents",
         "the way the talks were handled"),
        # phrasal cues
        ("The mayor doubled down on her criticism of the bus plan.", "The mayor",
         "doubled down on", "her criticism of the bus plan"),
        ("The coach hit out at his critics after the game.", "The coach", "hit out at",
         "his critics"),
    ],
)
def test_cues_of_later_rounds(nlp: Any, text: str, speaker: str, cue: str,
                              content: str) -> None:
    assert (speaker, cue, content) in found_triples(nlp, text)
