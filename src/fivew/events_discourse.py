"""What crosses a sentence in the events stage: disputes between sources and anaphora.

Each function takes the stage's drafts (``fivew.events._Draft``) in text order and edits
them in place. Nothing else crosses a sentence (issue 5: precision before recall).
"""

from __future__ import annotations

from typing import Any

from fivew.article import Span
from fivew.events_parts import Index, participant
from fivew.events_rules import FORCE_TYPES

__all__ = ["disputes", "anaphora", "DISPUTE_MAX_SENTENCES", "ANAPHOR_NOUNS"]

#: A denial disputes a claim made at most this many sentences before it.
DISPUTE_MAX_SENTENCES = 2

#: Nouns that refer back to an armed event ("the operation").
ANAPHOR_NOUNS = frozenset({"operation", "attack", "offensive", "assault", "raid", "campaign"})


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def disputes(drafts: list[Any], text: str) -> None:
    """A negated event in a later quote by another source disputes a claimed one."""
    for n, denial in enumerate(drafts):
        if denial.modality != "negated" or not denial.claims:
            continue
        denier = denial.claims[0]
        for claimed in reversed(drafts[:n]):
            if denial.sent_no - claimed.sent_no > DISPUTE_MAX_SENTENCES:
                break
            if claimed.drop or claimed.modality != "claimed" or not claimed.claims:
                continue
            compatible = claimed.type == denial.type or (
                claimed.type in FORCE_TYPES and denial.type in FORCE_TYPES)
            asserter = claimed.claims[0]
            same_source = bool(asserter.entity_id and asserter.entity_id == denier.entity_id) or (
                asserter.quote_id is not None and asserter.quote_id == denier.quote_id) or (
                asserter.source is not None and denier.source is not None
                and asserter.source.text.lower() == denier.source.text.lower())
            if compatible and not same_source:
                if all(c.quote_id != denier.quote_id or c.stance != "disputes"
                       for c in claimed.claims):
                    claimed.claims.append(denier.model_copy(update={
                        "stance": "disputes",
                        "evidence": _span(text, denial.sent.start_char, denial.sent.end_char)}))
                denial.drop = True
                break


def anaphora(doc: Any, sents: list[Any], drafts: list[Any], idx: Index) -> None:
    """'the operation, which he said had been carried out by local militia groups': the
    agent names the actor of the armed event of the sentence before."""
    for sent_no, sent in enumerate(sents):
        for tok in sent:
            if tok.lemma_.lower() not in ANAPHOR_NOUNS or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                continue
            earlier = [d for d in drafts if d.sent_no == sent_no - 1 and not d.drop
                       and d.type in FORCE_TYPES and d.modality != "negated"]
            if len(earlier) != 1:
                continue
            target = earlier[0]
            agent = next((g for t in tok.subtree for c in t.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            target.references.append(_span(idx.text, tok.idx - 4 if doc[tok.i - 1].lower_ ==
                                           "the" else tok.idx, tok.idx + len(tok)))
            if agent is not None and (target.actor is None or target.actor.entity_id is None):
                target.actor = participant(agent, idx)
