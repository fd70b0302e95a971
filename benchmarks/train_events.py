"""Train the event sentence classifier shipped as src/fivew/resources/events_case2021.json.gz.

    .venv/bin/python benchmarks/train_events.py [--data ../shared/data/events] [--out PATH]

Fits the linear model of :mod:`fivew.events_classify` on all labelled CASE 2021 task-2
snippets in ``../shared/data`` (read at build time, never copied into the repository).
Needs scikit-learn (the ``eval`` extra); takes seconds on 2 CPU cores. The scores of the
model are measured by ``fivew.evaluate.events.events`` with cross-validation, not here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fivew.evaluate.events import fit_classifier, read_case2021  # noqa: E402

VERSION = "case2021-linear-1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "events"))
    parser.add_argument("--out", default=str(ROOT / "src/fivew/resources/events_case2021.json.gz"))
    args = parser.parse_args()
    texts, labels = read_case2021(Path(args.data) / "case2021")
    model = fit_classifier(texts, labels, version=VERSION)
    model.save(args.out)
    print(f"trained {VERSION} on {len(texts)} snippets, {len(model.classes)} classes, "
          f"{len(model.vectorizer.vocab)} features -> {args.out} "
          f"({Path(args.out).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
