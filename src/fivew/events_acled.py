"""ACLED-style sub-event types for the events the stage coded, from the shipped classifier.

The events stage codes PLOVER by rules; :func:`add_acled_subtypes` adds, per event, the
CASE 2021 task-2 type (30 ACLED-style sub-event types such as ``AIR_STRIKE``) that the
n-gram classifier of :mod:`fivew.events_classify` gives its evidence sentence. Each
sentence is classified once (about 0.3 ms on one core: well inside the events stage's
budget). The embedding models are not used here: they cost about 15-50 ms a sentence;
classify export rows with ``load_classifier("ensemble")`` instead.
"""

from __future__ import annotations

from fivew.article import Article
from fivew.events_classify import load_classifier

#: A sentence gets a type only when the classifier's best one-vs-rest score exceeds this
#: (a linear SVM's decision boundary is 0: below it no type claims the sentence, as for
#: talks or appeals that ACLED does not code). Re-run ``fivew evaluate events`` on
#: case2021 after changing the model; this threshold is not tuned on any gold set.
MIN_SCORE = 0.0

#: Types the events stage codes that ACLED's violence, protest and strategic types can
#: describe; verbal events (REQUEST, ACCUSE ...) get no ACLED sub-event type.
MATERIAL_TYPES = frozenset({
    "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AGREE", "CONSULT", "CONCEDE",
    "SANCTION", "THREATEN",
})


def add_acled_subtypes(article: Article) -> Article:
    """Set ``Event.acled_subtype`` on the article's material events; returns the article."""
    wanted = [ev for ev in article.events if ev.type in MATERIAL_TYPES]
    if not wanted:
        return article
    model = load_classifier("ngram")
    sentences = sorted({ev.evidence.text for ev in wanted})
    scores = model.scores(sentences)
    best = {}
    for sentence, row in zip(sentences, scores, strict=True):
        k = int(row.argmax())
        best[sentence] = model.classes[k] if row[k] > MIN_SCORE else None
    for ev in wanted:
        ev.acled_subtype = best[ev.evidence.text]
    return article
