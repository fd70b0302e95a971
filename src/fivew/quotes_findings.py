"""Findings of a document: "A 2009 paper found improvements in math scores".

"find" is a cue only with a clause or an object complement ("maintained some clout" and
"find jobs" say nothing), but a study, poll, article or audit that "found" something
reports it: its object is the content and the document the source, as PolNeAR reads it.
:func:`document_finding` tells such a use from the others for
:func:`fivew.quotes_verbs.parse_attributions`.
"""

from __future__ import annotations

from typing import Any

from fivew.quotes_rules import load_quote_lists

__all__ = ["FINDING_VERBS", "RESEARCH_NOUNS", "document_finding"]

#: Verbs that report what a document found, with their object as content. Written for
#: fivew from PolNeAR train ("found", on even documents).
FINDING_VERBS = frozenset({"find"})

#: Nouns of inquiry that find things, beside the artifact and survey nouns of
#: resources/quotes.json (written for fivew).
RESEARCH_NOUNS = frozenset({"paper", "audit", "review", "investigation", "research",
                            "inquiry", "probe", "test"})


def document_finding(tok: Any, lemma: str) -> bool:
    """Whether ``tok`` is a finding verb whose subject is a document or an inquiry ("The
    audit found irregularities", "A Quinnipiac poll found Mr. Trump about even")."""
    if lemma not in FINDING_VERBS:
        return False
    lists = load_quote_lists()
    for child in tok.children:
        if child.dep_ == "nsubj":
            noun = child.lemma_.lower()
            return noun in RESEARCH_NOUNS or noun in lists.artifacts or noun in lists.survey_nouns
    return False
