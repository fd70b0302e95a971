"""The ``confidence`` of a quote: how often quotes found the same way, with the same kind of
speaker, were right.

Two measured factors, both from ``benchmarks/quotes_confidence.py`` on PolNeAR train (right:
the quote's words inside a gold attribution's content, with its speaker):

- the rule that found the quote (:data:`fivew.quotes_rules.CONFIDENCE`, its share right);
- what its speaker is (:func:`speaker_state`): a quote given to a named entity is right more
  often than its rule's share, one given to a "he" that no one in the article could be
  found for less often. :data:`SPEAKER_FACTORS` holds, for each state, the quotes right over
  the quotes its rules' shares predicted.

The confidence is their product, at most :data:`MAX_CONFIDENCE`.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import load_quote_lists

#: Pronouns that speak for themselves and are never resolved to an entity ("I think", "we
#: said"), beside the third-person ones of ``speaker_pronouns`` in ``resources/quotes.json``.
SELF_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})

#: Quotes right over quotes predicted right by their rules, per speaker state: PolNeAR train
#: (840 texts, 20,293 quotes, ``benchmarks/quotes_confidence.py``, 2026-11-27), each drawn
#: towards 1 by 20 quotes' worth; every state held on both halves of the documents (even /
#: odd: 1.042 / 1.031, 1.008 / 0.999, 0.818 / 0.817, 0.955 / 0.969, 0.917 / 0.872, 1.007 /
#: 0.939 in this order).
SPEAKER_FACTORS = {
    "named": 1.04,  # linked to an entity named in the article
    "pronoun": 1.00,  # "he", resolved to an entity
    "unresolved_pronoun": 0.83,  # "he" with no entity found, or "I" / "we" / "you"
    "described": 0.97,  # an unnamed source: "an aide to Massoud"
    "other": 0.91,  # a mention linked to nothing and described as no one
    "none": 0.98,  # no speaker: the rules of sourceless claims already say how sure
}

#: No quote is certain: even the surest rule with a named speaker is wrong about 1 in 20.
MAX_CONFIDENCE = 0.97


def speaker_state(speaker: Any) -> str:
    """Which of :data:`SPEAKER_FACTORS` a quote's speaker is."""
    if speaker is None:
        return "none"
    words = speaker.text.lower().split()
    pronoun = len(words) == 1 and (words[0] in load_quote_lists().pronouns
                                   or words[0] in SELF_PRONOUNS)
    if pronoun:
        return "pronoun" if speaker.entity_id else "unresolved_pronoun"
    if speaker.entity_id:
        return "named"
    return "described" if speaker.description else "other"


def quote_confidence(rule_confidence: float, speaker: Any) -> float:
    """The confidence of a quote found by a rule of ``rule_confidence`` with ``speaker``."""
    return round(min(MAX_CONFIDENCE, rule_confidence * SPEAKER_FACTORS[speaker_state(speaker)]),
                 2)
