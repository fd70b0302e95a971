"""How far the ``confidence`` of fivew's quotes can be trusted, measured on PolNeAR.

A quote's ``confidence`` is meant as the chance that the quote is right: that PolNeAR's
annotators marked an attribution it matches (content overlap, one to one, as
:func:`fivew.evaluate.quotes.overlap_matches` pairs them), that the quote's own span lies in
that attribution's content (a quote continuing another one is judged on its own words) and
that its speaker is the gold source (as ``speaker_attributed`` counts it). Each quote's
confidence is set by the rule that found it and by what its speaker is
(:mod:`fivew.quotes_confidence`), calibrated on PolNeAR train with
``benchmarks/quotes_confidence.py``; the dev split, never used to set them, shows how well
they hold on unseen texts.

*Expected calibration error* (ECE): the quotes are put in bands of confidence
(:data:`CONFIDENCE_BANDS`); in each band the share of right quotes is compared with the mean
confidence; the gaps are averaged, each weighted by its band's share of the quotes. 0 is
perfect; a confidence that says nothing (every quote at the overall share of right quotes)
scores 0 too, so the spread of the bands is reported beside it, and the *Brier score*: the
mean squared gap between each quote's confidence and its outcome (1 right, 0 wrong), lower
for a confidence that both holds on average and tells right quotes from wrong ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from fivew.evaluate.quotes import Attr, overlap_matches, spans_overlap, speaker_matches

#: Lower edges of the confidence bands of the calibration table (the last band is closed).
CONFIDENCE_BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def scored_quotes(quotes: Iterable[Any], preds: list[Attr]) -> list[tuple[Any, int]]:
    """(quote, index in ``preds`` of its attribution) for each quote that is scored: a quote
    belongs to the attribution of its cue (:func:`fivew.evaluate.quotes.fivew_attributions`,
    which ``preds`` is); a claim nested in another quote's content, left out of the scoring
    there, is left out here too."""
    by_key = {(a.cue[0] if a.cue else a.content[0]): i for i, a in enumerate(preds)}
    scored = []
    for q in quotes:
        index = by_key.get((q.cue.start, q.cue.end) if q.cue else (q.start, q.end))
        if index is not None:
            scored.append((q, index))
    return scored


def quote_outcomes(text: str, quotes: Iterable[Any], preds: list[Attr],
                   gold: list[Attr]) -> Iterator[tuple[float, bool]]:
    """(confidence, right) of each of :func:`scored_quotes` of one text against one
    annotator's gold."""
    matches = overlap_matches(text, preds, gold)
    for q, index in scored_quotes(quotes, preds):
        gi = matches.get(index)
        right = (gi is not None and spans_overlap([(q.start, q.end)], gold[gi].content)
                 and speaker_matches(preds[index], gold[gi]))
        yield q.confidence, right


def calibration(outcomes: Iterable[tuple[float, bool, float]]) -> dict[str, Any]:
    """The calibration table and ECE of weighted (confidence, right, weight) outcomes."""
    sums = [[0.0, 0.0, 0.0] for _ in CONFIDENCE_BANDS]  # weight, confidence, right
    squared = 0.0
    for confidence, right, weight in outcomes:
        squared += (confidence - right) ** 2 * weight
        band = max(i for i, lo in enumerate(CONFIDENCE_BANDS) if confidence >= lo)
        sums[band][0] += weight
        sums[band][1] += confidence * weight
        sums[band][2] += right * weight
    total = sum(s[0] for s in sums)
    bands = [
        {"from": lo, "quotes": round(n, 1), "confidence": round(c / n, 3),
         "right": round(r / n, 3)}
        for lo, (n, c, r) in zip(CONFIDENCE_BANDS, sums, strict=True) if n]
    ece = sum(abs(c - r) for _, c, r in sums) / total if total else 0.0  # sum of n * |c/n - r/n|
    brier = squared / total if total else 0.0
    return {"quotes": round(total, 1), "ece": round(ece, 4), "brier": round(brier, 4),
            "bands": bands}


def format_calibration(result: dict[str, Any]) -> str:
    """One line: the ECE and, per band, mean confidence against the share right."""
    cells = ", ".join(f"{b['from']:.1f}+: {b['confidence']:.2f} vs {b['right']:.2f} "
                      f"({b['quotes']:g})" for b in result["bands"])
    return (f"confidence: expected calibration error {result['ece']:.3f}, Brier score "
            f"{result['brier']:.3f} over {result['quotes']:g} quotes; per band, mean "
            f"confidence vs share right: {cells}")
