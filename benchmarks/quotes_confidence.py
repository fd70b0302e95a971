"""Calibrate the ``confidence`` of each quote rule on PolNeAR train.

Every quote fivew finds takes its confidence from the rule that found it
(:data:`fivew.quotes_rules.CONFIDENCE`). This script measures, for each rule, the share of
its quotes that are right on a PolNeAR split (right as :mod:`fivew.evaluate.quotes_confidence`
defines it: matched content, the quote's own words inside it, the right speaker) and prints
the value each rule's confidence should take: that share, drawn towards the share over all
rules by :data:`PRIOR_QUOTES` quotes' worth so that a rule seldom seen does not get an
extreme value from a handful of quotes. The even and odd documents (in name order) are
shown apart, so that a rule whose share differs much between them can be seen.

To know which rule found a quote, each rule's confidence is set, for this run only, to a
distinct tag value; confidences decide nothing in the quotes stage, so the quotes found are
those of a normal run.

    python benchmarks/quotes_confidence.py ../shared/data/quotes/polnear [--split train]

Use train, never dev: dev is where ``fivew evaluate quotes`` checks the calibration.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

#: Pseudo-quotes at the overall share right added to each rule before its share is taken.
#: 20 keeps a rule with hundreds of quotes at its own share (within 0.01) and pulls one seen
#: a few times most of the way to the overall share.
PRIOR_QUOTES = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PolNeAR folder (with data/<split>/)")
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)

    from fivew.entities import find_entities
    from fivew.evaluate.common import evaluation_article
    from fivew.evaluate.quotes import documents, fivew_attributions
    from fivew.evaluate.quotes_confidence import quote_outcomes
    from fivew.nlp import load_model
    from fivew.quotes import find_quotes
    from fivew.quotes_rules import CONFIDENCE

    current = dict(CONFIDENCE)
    rules = sorted(CONFIDENCE)
    for i, rule in enumerate(rules):  # tag values, read back from each quote below
        CONFIDENCE[rule] = (i + 1) / 1000
    docs = documents(args.path, args.split, args.limit)
    nlp = load_model()
    # rule -> half -> [quotes, right]
    seen: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    texts = [text for _, text, _ in docs]
    for index, ((name, text, golds), doc) in enumerate(
            zip(docs, nlp.pipe(texts, batch_size=8), strict=True)):
        article = evaluation_article(name, text, doc, language="en")
        find_quotes(find_entities(article))
        predicted = fivew_attributions(article)
        half = "odd" if index % 2 else "even"
        for gold in golds:
            for tag, right in quote_outcomes(text, article.quotes, predicted, gold):
                counts = seen[rules[round(tag * 1000) - 1]][half]
                counts[0] += 1 / len(golds)
                counts[1] += right / len(golds)
    all_quotes = sum(c[0] for r in seen.values() for c in r.values())
    all_right = sum(c[1] for r in seen.values() for c in r.values())
    overall = all_right / all_quotes if all_quotes else 0.0
    print(f"PolNeAR {args.split}: {len(docs)} documents, {all_quotes:.0f} quotes, "
          f"{overall:.3f} right")
    print(f"{'rule':22}{'now':>6}{'even':>16}{'odd':>16}{'all':>16}{'set to':>8}")
    for rule in rules:
        halves = seen.get(rule, {})
        cells = []
        for key in ("even", "odd"):
            n, r = halves.get(key, [0, 0])
            cells.append(f"{r / n:.3f} ({n:5.0f})" if n else f"{'-':>14}")
        n = sum(c[0] for c in halves.values())
        r = sum(c[1] for c in halves.values())
        calibrated = (r + PRIOR_QUOTES * overall) / (n + PRIOR_QUOTES)
        share = f"{r / n:.3f} ({n:5.0f})" if n else f"{'-':>14}"
        print(f"{rule:22}{current[rule]:>6.2f}{cells[0]:>16}{cells[1]:>16}{share:>16}"
              f"{calibrated:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
