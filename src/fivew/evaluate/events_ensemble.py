"""Score the fine-tuned event encoder and the ensemble on CASE 2021 task 2.

:func:`cross_validate_tuned` fine-tunes :mod:`fivew.events_tuned` afresh in each fold of the
same stratified folds as :func:`fivew.evaluate.events_case2021.cross_validate` (fixed
recipe, no search); :func:`tuned_and_ensemble` scores it and the ensemble of the three
models (:class:`fivew.events_classify.EnsembleClassifier`) from their out-of-fold scores.
Needs the ``events-embed`` extra and scikit-learn; about 16-27 minutes on 2 CPU cores.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from fivew.evaluate.events_case2021 import (
    AUTHORED_WEIGHT,
    CV_FOLDS,
    CV_SEED,
    CrossValidated,
    f1s,
    scores_in_columns,
)


def cross_validate_tuned(texts: Sequence[str], labels: Sequence[str],
                         authored: tuple[Sequence[str], Sequence[str]] | None = None,
                         folds: int = CV_FOLDS) -> np.ndarray:
    """Out-of-fold log-probabilities of the fine-tuned encoder
    (:func:`fivew.events_tuned.fine_tune`, fixed recipe, no search) on the same folds as
    :func:`cross_validate`; ``authored`` join every training part at AUTHORED_WEIGHT."""
    from sklearn.model_selection import StratifiedKFold

    from fivew.events_tuned import fine_tune

    extra_texts, extra_labels = authored or ((), ())
    classes = sorted(set(labels) | set(extra_labels))
    scores = np.zeros((len(texts), len(classes)), dtype=np.float32)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=CV_SEED)
    for train, test in splitter.split(list(texts), list(labels)):
        model = fine_tune([texts[i] for i in train] + list(extra_texts),
                          [labels[i] for i in train] + list(extra_labels),
                          [1.0] * len(train) + [AUTHORED_WEIGHT] * len(extra_texts))
        scores[test] = scores_in_columns(model.scores([texts[i] for i in test]), model.classes,
                                   classes)
    return scores


def tuned_and_ensemble(texts: Sequence[str], labels: Sequence[str],
                        extra: tuple[Sequence[str], Sequence[str]], ngram: CrossValidated,
                        embed: CrossValidated, added: str) -> dict[str, Any]:
    """The fine-tuned encoder's CV figures, and the ensemble's from the three models'
    out-of-fold scores (each standardised per snippet, weighted by ENSEMBLE_WEIGHTS)."""
    from fivew.events_classify import ENSEMBLE_WEIGHTS, standardise
    from fivew.events_tuned import DELTA_RANK

    classes = sorted(set(labels) | set(extra[1]))
    started = time.perf_counter()
    tuned = cross_validate_tuned(texts, labels, authored=extra)
    seconds = round(time.perf_counter() - started, 1)
    votes = {"ngram": ngram.scores, "embed": embed.scores, "tuned": tuned}
    total = sum(ENSEMBLE_WEIGHTS[k] * standardise(v) for k, v in votes.items())
    return {
        "tuned": {"method": f"{CV_FOLDS}-fold CV, all-MiniLM-L6-v2 fine-tuned with a linear "
                  f"head, weight changes kept at rank {DELTA_RANK}{added}",
                  "seconds": seconds, **f1s(labels, [classes[k] for k in tuned.argmax(1)])},
        "ensemble": {"method": "out-of-fold scores of ngram, embed and tuned, standardised, "
                     f"weighted {ENSEMBLE_WEIGHTS}", "seconds": seconds,
                     **f1s(labels, [classes[k] for k in np.asarray(total).argmax(1)])},
    }
