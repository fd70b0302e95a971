"""Holders of a noun cue listed as an example of a claim someone made, for the ``quotes``
stage: "Trump has made several controversial statements, including a call for a ban on
Muslims": the call is one of the statements, so it is held by whoever made them.

Called from :func:`fivew.quotes_speakers.speaker_of` for a noun cue the passes found no
source for. Found among PolNeAR train's wrong speakers (even documents): speaker-attributed
F1 +0.0001 / 0 (even / odd documents), content unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fivew.quotes_agents import NOMINAL_POS

__all__ = ["included_holder"]

#: Prepositions that list examples of the noun they hang on.
LISTING_PREPS = frozenset({"including", "like"})

#: Parts of speech of a subject that can hold a claim.
HOLDER_POS = NOMINAL_POS


def included_holder(cue: Any, subject_of: Callable[[Any], Any]) -> Any:
    """The holder of noun cue ``cue`` listed after "including" as an example of the object
    of a verb ("has made several statements ... including a call for X"): that verb's
    subject, as ``subject_of`` (:func:`fivew.quotes_subjects.cue_subject`) finds it; None
    where the cue is no such example. PolNeAR train: see the module docstring."""
    if cue is None or cue.pos_ != "NOUN" or cue.dep_ != "pobj":
        return None
    prep = cue.head
    if prep.lower_ not in LISTING_PREPS or prep.head.pos_ != "NOUN":
        return None
    listed = prep.head
    if listed.dep_ != "dobj" or listed.head.pos_ != "VERB":
        return None
    holder = subject_of(listed.head)
    return holder if holder is not None and holder.pos_ in HOLDER_POS else None
