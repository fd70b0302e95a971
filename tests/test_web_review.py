"""Review corrections are checked against the values the record allows (issue 6, section 3).

A table of (kind, field, typed value, stored value or the words of the error), on the
hostile demo record; the form and API behaviour is in test_web_security.py.
"""

from __future__ import annotations

import pytest

from fivew.store.review import (
    CORRECTABLE,
    CorrectionError,
    check_correction,
    correction_choices,
)
from tests.test_web_support import hostile_record

RECORD = hostile_record()

ACCEPTED = [
    ("event", "type", "assault", "ASSAULT"),
    ("event", "type", " PROTEST ", "PROTEST"),
    ("event", "modality", "Claimed", "claimed"),
    ("event", "actor", "e1", "e1"),
    ("event", "actor", "kabul", "e1"),
    ("event", "recipient", "e2", "e2"),
    ("event", "place", "p1", "p1"),
    ("event", "place", "Kabul", "p1"),
    ("event", "time", "2021-09-08", "2021-09-08"),
    ("event", "time", "2021-09", "2021-09"),
    ("quote", "speaker", "e2", "e2"),
    ("quote", "kind", "indirect", "indirect"),
    ("quote", "cue", "told", "told"),
    ("place", "lat", "34.5", "34.5"),
    ("place", "lon", "-70", "-70.0"),
    ("place", "country", "pk", "PK"),
    ("place", "name", "Kabul city", "Kabul city"),
    ("entity", "type", "group", "GROUP"),
    ("time", "value", "2021-W36", "2021-W36"),
    ("time", "value", "P3D", "P3D"),
    ("time", "value", "198X", "198X"),
    ("time", "type", "duration", "DURATION"),
]

REFUSED = [
    ("event", "type", "RIOT", "one of AGREE, CONSULT"),
    ("event", "modality", "maybe", "one of occurred, ongoing"),
    ("event", "actor", "e9", "e1 (Kabul)"),
    ("event", "place", "Herat", "p1 (Kabul)"),
    ("event", "time", "7 September", "ISO date"),
    ("event", "time", "2021-02-30", "ISO date"),
    ("event", "colour", "red", "names one of type, actor"),
    ("quote", "kind", "shouted", "direct, indirect, mixed"),
    ("place", "lat", "91", "from -90 to 90"),
    ("place", "lon", "east", "from -180 to 180"),
    ("place", "country", "AFG", "alpha-2"),
    ("entity", "type", "NORP", "PERSON, ORG, GROUP, PLACE, OTHER"),
    ("time", "value", "next week", "TIMEX3"),
    ("time", "type", "TIMEX", "DATE, TIME, DURATION, SET"),
    ("event", "type", "   ", "needs the corrected value"),
]


@pytest.mark.parametrize(("kind", "field", "typed", "stored"), ACCEPTED)
def test_allowed_corrections_are_stored_in_their_canonical_form(
    kind: str, field: str, typed: str, stored: str
) -> None:
    assert check_correction(RECORD, kind, field, typed) == stored


@pytest.mark.parametrize(("kind", "field", "typed", "words"), REFUSED)
def test_other_corrections_say_what_is_allowed(
    kind: str, field: str, typed: str, words: str
) -> None:
    with pytest.raises(CorrectionError) as raised:
        check_correction(RECORD, kind, field, typed)
    assert words in raised.value.message
    assert raised.value.where == ("field" if field not in CORRECTABLE[kind] else "value")
    bad = field if raised.value.where == "field" else typed.strip()
    assert f"'{bad}'" in raised.value.message or not bad


def test_forms_are_offered_the_allowed_values() -> None:
    choices = correction_choices(RECORD)
    assert "ASSAULT" in choices["event"]["type"] and "claimed" in choices["event"]["modality"]
    assert choices["event"]["place"] == ["Kabul"]
    assert set(choices) == set(CORRECTABLE)
