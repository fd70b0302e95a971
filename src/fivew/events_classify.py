"""A small sentence classifier for event types: features, a linear model, its artefact.

The features are fivew's own and need only the standard library and numpy: TF-IDF
weighted word uni- and bigrams and character 3-5-grams inside words, each block
L2-normalised, plus cue counts from ``resources/events_acled_cues.json`` (words per ACLED
sub-event type, written from the ACLED definitions) and the actor-role block of
:mod:`fivew.events_roles` (which group, state forces, armed non-state group or crowd, stands
next to which kind of action), which tells apart types that differ only by who acted. A
linear model (one weight row per class) is fitted by ``benchmarks/train_events.py`` with
scikit-learn at build time; at run time :class:`SentenceClassifier` needs numpy only.

With the optional ``events-embed`` extra, a second model adds dense blocks from
:mod:`fivew.events_embed` (a frozen sentence embedding and similarities to descriptions of
each type) after the sparse columns, and a second opinion: a logistic regression on the
embedding alone, whose per-text standardised scores are added to the linear model's (the
two err on different snippets; see :class:`SentenceClassifier`). The same extra runs the
fine-tuned encoder of :mod:`fivew.events_tuned`, and :class:`EnsembleClassifier` adds the
three models' standardised scores; :func:`load_classifier` picks the ensemble when the
extra is installed and the n-gram model otherwise.

Each artefact (``resources/events_case2021.json.gz``, the n-gram model, and
``resources/events_case2021_embed.json.gz``) keeps the vocabulary, the idf weights, the
weights rounded to ARTEFACT_DIGITS, a version string and, for the second, the dense
blocks' weights.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from fivew.events_roles import role_features

#: Version of the feature function: bump it when :func:`features` changes, so that an
#: artefact trained on other features is refused.
FEATURES_VERSION = "events-features-2"

#: Weight of the cue block against the word and character blocks (each of norm 1).
#: Chosen by 5-fold cross-validation on CASE 2021 task 2 (0.5 beat 0, 1 and 2); re-run
#: ``fivew evaluate events`` on it after changing this.
CUE_WEIGHT = 0.5

#: Weight of the actor-role block (:mod:`fivew.events_roles`, L2-normalised) against the
#: word and character blocks. Chosen by nested 5x4-fold CV of the n-gram model on the
#: even-numbered CASE 2021 snippets over (0, 0.25, 0.5, 1, 1.5, 2): weighted F1 .641, .652,
#: .644, .687, .674, .643; the odd-numbered ones confirm 1 against 0: .624 against .609.
ROLE_WEIGHT = 1.0

#: A feature must occur in at least this many training texts to enter the vocabulary.
MIN_DF = 2

#: Digits kept of each weight in the artefact (keeps it small; scores move < 1e-4).
ARTEFACT_DIGITS = 4

ARTEFACT = "resources/events_case2021.json.gz"
ARTEFACT_EMBED = "resources/events_case2021_embed.json.gz"

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@functools.cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = json.loads(resources.files("fivew").joinpath(
        "resources/events_acled_cues.json").read_text("utf-8"))
    return tuple((name, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
                 for name, pattern in sorted(raw["cues"].items()))


def _blocks(text: str) -> tuple[Counter[str], Counter[str], dict[str, float], set[str]]:
    low = text.lower()
    words = _WORD.findall(low)
    word = Counter(f"w:{w}" for w in words)
    word.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    char: Counter[str] = Counter()
    for w in words:
        padded = f" {w} "
        for n in (3, 4, 5):
            char.update(f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1))
    cues = {f"q:{name}": math.log1p(len(p.findall(text))) for name, p in _cue_patterns()}
    return word, char, {k: v for k, v in cues.items() if v}, role_features(text)


class Vectorizer:
    """Texts to feature vectors: sublinear TF-IDF per block, L2-normalised, plus cues."""

    def __init__(self, vocab: dict[str, int], idf: Sequence[float]) -> None:
        self.vocab = vocab
        self.idf = np.asarray(idf, dtype=np.float64)

    @classmethod
    def fit(cls, texts: Iterable[str]) -> Vectorizer:
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            word, char, _, roles = _blocks(text)
            df.update(set(word) | set(char) | roles)
        names = sorted(k for k, v in df.items() if v >= MIN_DF)
        names += [f"q:{name}" for name, _ in _cue_patterns()]
        vocab = {k: i for i, k in enumerate(names)}
        idf = [1.0 if k.startswith(("q:", "r:")) else math.log((1 + n) / (1 + df[k])) + 1
               for k in names]
        return cls(vocab, idf)

    def rows(self, texts: Iterable[str]) -> Iterable[dict[int, float]]:
        """Each text's non-zero features as {column: value}."""
        for text in texts:
            row: dict[int, float] = {}
            word, char, cues, roles = _blocks(text)
            for block in (word, char):
                cols = [(self.vocab[k], (1 + math.log(v)) * float(self.idf[self.vocab[k]]))
                        for k, v in block.items() if k in self.vocab]
                norm = math.sqrt(sum(v * v for _, v in cols)) or 1.0
                row.update((col, v / norm) for col, v in cols)
            row.update((self.vocab[k], CUE_WEIGHT * v) for k, v in cues.items())
            known = [self.vocab[k] for k in roles if k in self.vocab]
            if known and ROLE_WEIGHT:
                row.update((col, ROLE_WEIGHT / math.sqrt(len(known))) for col in known)
            yield row

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.vocab)), dtype=np.float32)
        for n, row in enumerate(self.rows(texts)):
            for col, v in row.items():
                out[n, col] = v
        return out

    def transform_sparse(self, texts: Sequence[str]) -> tuple[Any, Any, Any]:
        """(data, indices, indptr) of the CSR matrix of ``texts`` (for scipy at build time)."""
        data: list[float] = []
        indices: list[int] = []
        indptr = [0]
        for row in self.rows(texts):
            for col in sorted(row):
                indices.append(col)
                data.append(row[col])
            indptr.append(len(indices))
        return np.asarray(data, np.float32), np.asarray(indices, np.int32), np.asarray(indptr)


def standardise(scores: np.ndarray) -> np.ndarray:
    """Each row minus its mean, over its standard deviation: puts two models' scores on
    one scale before they are added."""
    centred = scores - scores.mean(axis=1, keepdims=True)
    spread = scores.std(axis=1, keepdims=True)
    return np.asarray(centred / np.where(spread > 0, spread, 1.0), dtype=np.float32)


class SentenceClassifier:
    """A linear classifier over :class:`Vectorizer` features, and dense blocks if ``dense``.

    ``dense`` (``{"model", "embed_weight", "proto_weight", "width"}``) says that the last
    ``width`` columns of ``coef`` weigh :func:`fivew.events_embed.dense_features`. With
    ``dense["second"]`` (``{"coef", "intercept", "weight"}``, a linear model over the unit
    embedding alone), a text's scores are its standardised linear scores plus ``weight``
    times the standardised second-opinion scores (:func:`standardise`): an ensemble of two
    models, so the scores are no margins and no threshold applies to them.
    """

    def __init__(self, vectorizer: Vectorizer, classes: Sequence[str], coef: Any,
                 intercept: Any, version: str, dense: dict[str, Any] | None = None) -> None:
        self.vectorizer = vectorizer
        self.classes = list(classes)
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.version = version
        self.dense = dense
        self._coef_t = np.ascontiguousarray(self.coef.T)

    def dense_features(self, texts: Sequence[str]) -> np.ndarray | None:
        """The dense blocks this model needs for ``texts`` (None for an n-gram model)."""
        if self.dense is None:
            return None
        from fivew.events_embed import dense_features

        return dense_features(texts, self.dense["embed_weight"], self.dense["proto_weight"])

    def scores(self, texts: Sequence[str], dense: np.ndarray | None = None) -> np.ndarray:
        """Class scores (texts x classes); ``dense`` may pass precomputed dense blocks."""
        width = self.dense["width"] if self.dense else 0
        n_sparse = self.coef.shape[1] - width
        out = np.empty((len(texts), len(self.classes)), dtype=np.float32)
        for n, row in enumerate(self.vectorizer.rows(texts)):
            cols = np.fromiter(row.keys(), dtype=np.int64, count=len(row))
            vals = np.fromiter(row.values(), dtype=np.float32, count=len(row))
            out[n] = vals @ self._coef_t[cols] if len(row) else 0.0
        if width:
            blocks = np.asarray(self.dense_features(texts) if dense is None else dense,
                                dtype=np.float32)
            out += blocks @ self.coef[:, n_sparse:].T
            second = self.dense.get("second") if self.dense else None
            if second and self.dense:
                # the embedding block leads the dense blocks, scaled by embed_weight (> 0)
                dim = len(second["coef"][0])
                vectors = blocks[:, :dim] / float(self.dense["embed_weight"])
                opinion = vectors @ np.asarray(second["coef"], dtype=np.float32).T
                opinion += np.asarray(second["intercept"], dtype=np.float32)
                return (standardise(out + self.intercept)
                        + np.float32(second["weight"]) * standardise(opinion))
        return out + self.intercept

    def predict(self, texts: Sequence[str], dense: np.ndarray | None = None) -> list[str]:
        return [self.classes[i] for i in self.scores(texts, dense).argmax(axis=1)]

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.vectorizer.vocab, key=self.vectorizer.vocab.__getitem__)
        return {
            "version": self.version, "features": FEATURES_VERSION, "classes": self.classes,
            "vocab": names, "idf": [round(float(v), ARTEFACT_DIGITS) for v in
                                    self.vectorizer.idf],
            "coef": [[round(float(v), ARTEFACT_DIGITS) for v in row] for row in self.coef],
            "intercept": [round(float(v), ARTEFACT_DIGITS) for v in self.intercept],
            **({"dense": self.dense} if self.dense else {}),
        }

    def save(self, path: str | Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump(self.to_json(), f, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SentenceClassifier:
        if raw.get("features") != FEATURES_VERSION:
            raise ValueError(
                f"event classifier artefact has features {raw.get('features')!r}, this fivew "
                f"computes {FEATURES_VERSION!r}: retrain with "
                "'python benchmarks/train_events.py'")
        vocab = {k: i for i, k in enumerate(raw["vocab"])}
        return cls(Vectorizer(vocab, raw["idf"]), raw["classes"], raw["coef"],
                   raw["intercept"], raw["version"], raw.get("dense"))


#: Weights of the members of :class:`EnsembleClassifier` (each member's scores are
#: standardised per text first): the fine-tuned encoder counts as much as the two linear
#: models together. Chosen on the out-of-fold scores of 5-fold CV on CASE 2021 over member
#: weights (0 or 1 for each linear model, 0.5-6 for the tuned encoder): with the encoder
#: tuned from seed 0 / seed 1, 1/1/2 scored .851 / .848 and equal weights .835 / .838; a
#: choice made on one half of the snippets scored .831-.856 on the other half. ``fivew
#: evaluate events --fine-tune`` measures it.
ENSEMBLE_WEIGHTS = {"ngram": 1.0, "embed": 1.0, "tuned": 2.0}


class EnsembleClassifier:
    """Several classifiers over the same classes voting with weights: each member's
    scores are standardised per text (:func:`standardise`) and added. ``members`` are
    (classifier, weight) pairs; a classifier needs ``classes``, ``version`` and
    ``scores(texts)``."""

    def __init__(self, members: Sequence[tuple[Any, float]]) -> None:
        self.members = list(members)
        self.classes = list(self.members[0][0].classes)
        for model, _ in self.members:
            if list(model.classes) != self.classes:
                raise ValueError(f"ensemble member {model.version} has other classes")
        self.version = "+".join(model.version for model, _ in self.members)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        total = np.zeros((len(texts), len(self.classes)), dtype=np.float32)
        for model, weight in self.members:
            total += np.float32(weight) * standardise(model.scores(texts))
        return total

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.classes[i] for i in self.scores(texts).argmax(axis=1)]


KINDS = ("auto", "ngram", "embed", "tuned", "ensemble")


@functools.cache
def load_classifier(kind: str = "auto") -> Any:
    """The CASE 2021 (ACLED-style) sentence classifier shipped with fivew.

    ``kind`` is ``"ngram"`` (numpy only), ``"embed"`` (frozen embedding, needs the
    ``events-embed`` extra), ``"tuned"`` (the fine-tuned encoder of
    :mod:`fivew.events_tuned`, same extra), ``"ensemble"`` (the three, weighted by
    ENSEMBLE_WEIGHTS; the most accurate, about 25 ms a sentence) or ``"auto"``: the
    ensemble when the extra is installed, else the n-gram model. Each has ``classes``,
    ``version``, ``scores(texts)`` and ``predict(texts)``.
    """
    if kind not in KINDS:
        raise ValueError(f"classifier kind {kind!r} is none of {', '.join(KINDS)}")
    if kind == "auto":
        from fivew.events_embed import available

        kind = "ensemble" if available() else "ngram"
    if kind == "tuned":
        from fivew.events_tuned import load_tuned

        return load_tuned()
    if kind == "ensemble":
        return EnsembleClassifier([(load_classifier(name), weight)
                                   for name, weight in ENSEMBLE_WEIGHTS.items()])
    name = ARTEFACT_EMBED if kind == "embed" else ARTEFACT
    data = resources.files("fivew").joinpath(name).read_bytes()
    return SentenceClassifier.from_json(json.loads(gzip.decompress(data)))
