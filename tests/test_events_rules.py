"""Rule tables for the events stage: who did what to whom, from one sentence each.

Each row is (sentence, expected events as (type, mode, modality, actor, recipient)); an
actor or recipient of None means none is coded, "*" any. Rows cover actor inheritance
(coordinated, participial and passive verbs), the police-action words, failures to act,
joint acts, requests and stated intentions (issue 5).
"""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Event, Provenance
from fivew.events import find_events

Row = tuple[str, str | None, str, str | None, str | None]


def _events(text: str, nlp: Any) -> list[Event]:
    from fivew.entities import find_entities

    article = Article(id="t", text=text, provenance=Provenance(
        input="test", fivew_version="0", processed_at="2021-08-22T00:00:00+00:00"))
    article._doc = nlp(text)
    find_entities(article)
    return find_events(article).events


def _row(ev: Event) -> Row:
    return (ev.type, ev.mode, ev.modality, ev.actor.text if ev.actor else None,
            ev.recipient.text if ev.recipient else None)


def _matches(got: Row, want: Row) -> bool:
    return all(w == "*" or g == w for g, w in zip(got, want, strict=True))


@pytest.mark.parametrize(("text", "want"), [
    # the actor is carried to coordinated and participial verbs
    ("Police opened fire and killed two rioters.",
     ("ASSAULT", None, "occurred", "Police", "two rioters")),
    ("Police fired at the mob, killing three.",
     ("ASSAULT", "firearms", "occurred", "Police", "the mob")),
    ("Police fired at the mob, killing three.",
     ("ASSAULT", None, "occurred", "Police", "three")),
    # passive: the agent acts, the subject suffers
    ("Two rioters were killed by police.",
     ("ASSAULT", None, "occurred", "police", "Two rioters")),
    ("Four people were killed in police firing.",
     ("ASSAULT", None, "occurred", "police", "Four people")),
    ("Three people died in police firing.",
     ("ASSAULT", "firearms", "occurred", "police", "Three people")),
    # crowd control: the weapon is not the party fired on
    ("Police lathi-charged the mob.",
     ("ASSAULT", "crowd-control", "occurred", "Police", "the mob")),
    ("Police opened fire and killed two rioters.",
     ("ASSAULT", "firearms", "occurred", "Police", None)),
    ("Police used tear gas to disperse the crowd.",
     ("ASSAULT", "crowd-control", "occurred", "Police", None)),
    ("Police used tear gas to disperse the crowd.",
     ("COERCE", "restrict", "occurred", "Police", "the crowd")),
    # failures to act: the intervention, negated
    ("The police failed to stop the mob.", ("COERCE", None, "negated", "The police", "the mob")),
    ("The police did not intervene.", ("COERCE", None, "negated", "The police", None)),
    ("The police looked the other way.", ("COERCE", None, "negated", "The police", None)),
    ("The police remained mute spectators.", ("COERCE", None, "negated", "The police", None)),
    ("Police failed to arrest the accused.",
     ("COERCE", "arrest", "negated", "Police", "the accused")),
    # joint acts: the second party, not what was agreed
    ("The Sudanese government and the rebels agreed to a ceasefire.",
     ("AGREE", None, "occurred", "The Sudanese government", "the rebels")),
    # requests in a that-clause
    ("The PRC demanded that the US cancel its plans.",
     ("REQUEST", "change", "occurred", "The PRC", "the US")),
    # stated intentions: a hostile act is a threat, a cooperative one a promise
    ("Palestinian leaders said they would boycott all contact with the United States.",
     ("THREATEN", "restrict", "threatened", "they", "*")),
    ("The rebels said they will release the hostages.",
     ("AGREE", None, "planned", "they", "the hostages")),
    ("The army will deploy troops to the border.",
     ("MOBILIZE", "troops", "planned", "The army", "troops")),
])
def test_event_rules(nlp: Any, text: str, want: Row) -> None:
    got = [_row(ev) for ev in _events(text, nlp)]
    assert any(_matches(g, want) for g in got), got


@pytest.mark.parametrize("text", [
    "Police failed to arrest the accused.",  # no arrest, and 'the accused' is no accusation
    "Senior leaders may be put under house arrest.",  # only possible
])
def test_no_occurred_arrest(nlp: Any, text: str) -> None:
    got = [_row(ev) for ev in _events(text, nlp)]
    assert not any(g[0] in ("COERCE", "ACCUSE") and g[2] == "occurred" for g in got), got


@pytest.mark.parametrize(("text", "labels"), [
    ("Four people were killed in police firing.", {"KILL", "FORCE", "ANY_ACTION"}),
    ("Police opened fire and killed two rioters.", {"KILL", "FORCE", "ANY_ACTION"}),
    ("The police lobbed tear gas shells at the mob.", {"FORCE", "ANY_ACTION"}),
    ("Police arrested 12 people.", {"ARREST", "ANY_ACTION"}),
    ("The police failed to stop the mob.", {"FAIL"}),
    ("The police stood by as shops were looted.", {"FAIL"}),
    ("No arrests were made.", {"FAIL"}),
    ("The mob killed two men.", set()),
    ("The police said the mob killed two men.", set()),
    ("Police may arrest the leaders.", set()),
])
def test_india_police_events_labels(nlp: Any, text: str, labels: set[str]) -> None:
    from fivew.evaluate.events import ipe_labels

    assert ipe_labels(_events(text, nlp)) == labels
