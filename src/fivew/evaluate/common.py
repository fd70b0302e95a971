"""What every scorer needs: an Article built around a gold text, and P/R/F1."""

from __future__ import annotations

from typing import Any

from fivew.article import Article, Provenance

#: Processing time stamped on records built for scoring: fixed, so runs compare equal.
EVALUATION_TIME = "1970-01-01T00:00:00+00:00"


def evaluation_article(name: str, text: str, doc: Any = None, **fields: Any) -> Article:
    """An :class:`Article` over a gold text, with ``doc`` (a spaCy Doc) attached for the
    stages that read it; ``fields`` sets others, such as ``published`` or ``language``."""
    provenance = Provenance(input=name, fivew_version="eval", processed_at=EVALUATION_TIME)
    article = Article(id=name, text=text, provenance=provenance, **fields)
    article._doc = doc
    return article


def precision_recall_f1(
    tp_pred: float, n_pred: float, tp_gold: float, n_gold: float
) -> tuple[float, float, float]:
    """Precision (true predictions / predictions), recall (gold found / gold) and their
    harmonic mean; the two true-positive counts differ when matching is not one-to-one."""
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
