"""Direct quotes by their marks, on made-up sentences: a cue after a noun the parse could take
for one (:mod:`fivew.quotes_introduced`), a speaker described in lower case after an inverted cue
(:mod:`fivew.quotes_adjacent`), a naming verb's object and its short quote
(:mod:`fivew.quotes_named`) and a title set off by a comma
(:func:`fivew.quotes_linking.quoted_title`). Each case fails with its rule left out."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "email" could be a cue, but a cue follows it: it names the speaker
        ("The campaign sent an email on Wednesday.\n\n\"Friend, let me be blunt. I can beat "
         "Hillary Clinton. Donald can't,\" the email read.",
         [("email", "read", "\"Friend, let me be blunt. I can beat Hillary Clinton. Donald "
                            "can't,\"")]),
        # a lower-case description before the name after an inverted cue
        # (the parse hangs "asked" on "said" as its content: left as found, with the name
        # after the cue for its speaker, see fivew.quotes_adjacent.inverted_name)
        ("She laughed.\n\n\"I'm not going to say it is a mistake, so forget about it,\" said "
         "retired surgeon Ben Carson, asked about his claims.",
         [("retired surgeon Ben Carson", "said",
           "\"I'm not going to say it is a mistake, so forget about it,\""),
          ("retired surgeon Ben Carson", "said",
           "retired surgeon Ben Carson, asked about his claims")]),
        # a naming verb's object comes with its short quote
        ("Clinton tried to turn the tables. Sanders campaign manager Jeff Weaver called that "
         "\"beyond preposterous.\"",
         [("Sanders campaign manager Jeff Weaver", "called", "that \"beyond preposterous.\"")]),
        # a title set off by a comma after the noun it names is no quote
        ("Congregants pass around copies of his memoir, \"Gifted Hands,\" at the church.", []),
        # ... and so is one after a preposition, however long
        ("In “The Long Road Home to the Harbour,” Ortiz describes a childhood spent on ferries.",
         [("Ortiz", "describes", "a childhood spent on ferries")]),
        # ... and after "for", "from", "behind" and the like
        ('Mara Olsen won best actress for "Away From Home," but she was not on hand to accept '
         'her prize.', []),
        # the next sentence's quote is no complement of the cue, though the parse missed the
        # full stop inside "X." and hung it there
        ('"The harbour is far too small," Ortiz said on X. "We need a bigger one."',
         [("Ortiz", "said", '"The harbour is far too small,"'),
          ("Ortiz", "said", '"We need a bigger one."')]),
    ],
)
def test_quoted_marks(nlp: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found_triples(nlp, text) == expected
