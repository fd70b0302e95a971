"""Calibrate the ``confidence`` of quotes on PolNeAR train: per rule, then per speaker.

Every quote fivew finds takes its confidence from the rule that found it
(:data:`fivew.quotes_rules.CONFIDENCE`) times a factor for what its speaker is
(:data:`fivew.quotes_confidence.SPEAKER_FACTORS`). This script measures both on a PolNeAR
split, a quote being right as :mod:`fivew.evaluate.quotes_confidence` defines it (matched
content, the quote's own words inside it, the right speaker):

1. each rule's share of right quotes, drawn towards the share over all rules by
   :data:`PRIOR_QUOTES` quotes' worth, so that a rule seldom seen does not get an extreme
   value from a handful of quotes;
2. for each speaker state, the quotes right over the quotes that step 1's shares predicted
   right (drawn towards 1 the same way).

The even and odd documents (in name order) are shown apart, so that a value that differs
much between them can be seen. To know which rule found a quote, each rule's confidence is
set, for this run only, to a distinct tag value, and the speaker factor is left out;
confidences decide nothing in the quotes stage, so the quotes are those of a normal run.

    python benchmarks/quotes_confidence.py ../shared/data/quotes/polnear [--split train]

Use train, never dev: dev is where ``fivew evaluate quotes`` checks the calibration.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

#: Pseudo-quotes at the overall share right added to each rule before its share is taken.
#: 20 keeps a rule with hundreds of quotes at its own share (within 0.01) and pulls one seen
#: a few times most of the way to the overall share.
PRIOR_QUOTES = 20

#: One scored quote: rule, speaker state, half ("even"/"odd"), right, weight (1/annotators).
Record = tuple[str, str, str, float, float]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PolNeAR folder (with data/<split>/)")
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)

    import fivew.quotes as stage
    from fivew.entities import find_entities
    from fivew.evaluate.common import evaluation_article
    from fivew.evaluate.quotes import documents, fivew_attributions
    from fivew.evaluate.quotes_confidence import quote_outcomes, scored_quotes
    from fivew.nlp import load_model
    from fivew.quotes_confidence import SPEAKER_FACTORS, speaker_state
    from fivew.quotes_rules import CONFIDENCE

    current = dict(CONFIDENCE)
    rules = sorted(CONFIDENCE)
    for i, rule in enumerate(rules):  # tag values, read back from each quote below
        CONFIDENCE[rule] = (i + 1) / 1000
    stage.quote_confidence = lambda rule_confidence, speaker: rule_confidence  # type: ignore
    docs = documents(args.path, args.split, args.limit)
    nlp = load_model()
    records: list[Record] = []  # (rule, speaker state, half, right, weight)
    texts = [text for _, text, _ in docs]
    for index, ((name, text, golds), doc) in enumerate(
            zip(docs, nlp.pipe(texts, batch_size=8), strict=True)):
        article = evaluation_article(name, text, doc, language="en")
        stage.find_quotes(find_entities(article))
        predicted = fivew_attributions(article)
        half = "odd" if index % 2 else "even"
        for gold in golds:
            scored = quote_outcomes(text, article.quotes, predicted, gold)
            for (quote, _), (tag, right) in zip(scored_quotes(article.quotes, predicted),
                                                scored, strict=True):
                records.append((rules[round(tag * 1000) - 1], speaker_state(quote.speaker),
                                half, right, 1 / len(golds)))
    overall = _share(records)
    print(f"PolNeAR {args.split}: {len(docs)} documents, {sum(r[4] for r in records):.0f} "
          f"quotes, {overall:.3f} right")
    shares, factors = _fit(records)
    print(f"{'rule':22}{'now':>6}{'even':>16}{'odd':>16}{'all':>16}{'set to':>8}")
    for rule in rules:
        mine = [r for r in records if r[0] == rule]
        print(f"{rule:22}{current[rule]:>6.2f}{_cells(mine)}{shares[rule]:>8.2f}")
    print(f"{'speaker':22}{'now':>6}{'even':>16}{'odd':>16}{'all':>16}{'set to':>8}")
    for state, factor in SPEAKER_FACTORS.items():
        cells = "".join(f"{_fit([r for r in records if r[2] == h])[1][state]:>16.3f}"
                        for h in ("even", "odd"))
        print(f"{state:22}{factor:>6.2f}{cells}{'':>16}{factors[state]:>8.2f}")
    print("held out (Brier score, lower is better: fitted on one half, scored on the other)")
    for fit_half, test_half in (("even", "odd"), ("odd", "even")):
        fit_shares, fit_factors = _fit([r for r in records if r[2] == fit_half])
        tested = [r for r in records if r[2] == test_half]
        by_rule = _brier(tested, lambda r, s=fit_shares: s[r[0]])
        both = _brier(tested, lambda r, s=fit_shares, f=fit_factors: s[r[0]] * f[r[1]])
        print(f"  fitted on {fit_half}, scored on {test_half}: rule {by_rule:.4f}, "
              f"rule and speaker {both:.4f}")
    return 0


def _fit(records: list[Record]) -> tuple[dict[str, float], dict[str, float]]:
    """Each rule's share right (drawn towards the overall share), then each speaker state's
    quotes right over the quotes those shares predicted right (drawn towards 1)."""
    from fivew.quotes_confidence import SPEAKER_FACTORS
    from fivew.quotes_rules import CONFIDENCE

    overall = _share(records)
    shares = {rule: _drawn([r for r in records if r[0] == rule], overall) for rule in CONFIDENCE}
    factors = {}
    for state in SPEAKER_FACTORS:
        mine = [r for r in records if r[1] == state]
        factors[state] = ((sum(r[3] * r[4] for r in mine) + PRIOR_QUOTES)
                          / (sum(shares[r[0]] * r[4] for r in mine) + PRIOR_QUOTES))
    return shares, factors


def _brier(records: list[Record], confidence: Any) -> float:
    weight = sum(r[4] for r in records)
    return sum((confidence(r) - r[3]) ** 2 * r[4] for r in records) / weight if weight else 0.0


def _share(records: list[Record]) -> float:
    weight = sum(r[4] for r in records)
    return sum(r[3] * r[4] for r in records) / weight if weight else 0.0


def _drawn(records: list[Record], towards: float) -> float:
    """The share right, with PRIOR_QUOTES more quotes right at the share ``towards``."""
    weight = sum(r[4] for r in records)
    return (sum(r[3] * r[4] for r in records) + PRIOR_QUOTES * towards) / (weight + PRIOR_QUOTES)


def _cells(records: list[Record]) -> str:
    cells = []
    for half in ("even", "odd", None):
        mine = [r for r in records if half is None or r[2] == half]
        weight = sum(r[4] for r in mine)
        cells.append(f"{_share(mine):.3f} ({weight:5.0f})" if weight else "-")
    return "".join(f"{c:>16}" for c in cells)


if __name__ == "__main__":
    sys.exit(main())
