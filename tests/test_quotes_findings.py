"""What a document found (:mod:`fivew.quotes_findings`; made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_quotes import found_triples


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The audit found serious irregularities in the harbour accounts.", "The audit",
         "serious irregularities in the harbour accounts"),
        ("One influential paper found improvements in reading scores.",
         "One influential paper", "improvements in reading scores"),
    ],
)
def test_document_finding_has_object_content(nlp: Any, text: str, speaker: str,
                                             content: str) -> None:
    assert (speaker, "found", content) in found_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a person finding a thing reports nothing; only a clause would make it a claim
        "The fishermen found new jobs in the harbour.",
        "She found the missing ledger in the archive.",
    ],
)
def test_person_finding_a_thing_is_no_cue(nlp: Any, text: str) -> None:
    assert all(cue != "found" for _, cue, _ in found_triples(nlp, text))
