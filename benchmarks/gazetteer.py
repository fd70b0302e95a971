"""Gazetteer speed and memory: index build, open, lookups; places stage vs spaCy.

Run: ``python benchmarks/gazetteer.py [--rebuild] [SEED_OR_TEXT_FILE]``. Prints the time
to build the index (with ``--rebuild``, into a temporary cache), to open it, per lookup
(cold and cached), the peak memory of the process, and the places stage's time per
article beside spaCy's on the given text.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if "--rebuild" in argv:
        argv.remove("--rebuild")
        os.environ["FIVEW_CACHE"] = tempfile.mkdtemp(prefix="fivew-gaz-")
    from fivew.gazetteer import Gazetteer, ensure_index

    t0 = time.perf_counter()
    path = ensure_index()
    t1 = time.perf_counter()
    gaz = Gazetteer(path)
    gaz.lookup("Kabul")
    t2 = time.perf_counter()
    print(f"index {path} ({path.stat().st_size / 1e6:.0f} MB): ready in {t1 - t0:.2f} s, "
          f"opened and first lookup in {(t2 - t1) * 1000:.1f} ms")
    names = ["Kabul", "Panjshir", "Alexandria", "Springfield", "Georgia", "Paris", "Texas",
             "Baghlan", "Bazarak", "London", "Rapides Parish", "Athens"] * 50
    t = time.perf_counter()
    for n in names:
        gaz._lookup(n)  # uncached
    cold = (time.perf_counter() - t) / len(names)
    t = time.perf_counter()
    for n in names:
        gaz.lookup(n)
    warm = (time.perf_counter() - t) / len(names)
    print(f"lookup: {cold * 1e6:.0f} us uncached, {warm * 1e6:.2f} us cached")
    if argv:
        from fivew.article import Article, Provenance
        from fivew.entities import find_entities
        from fivew.nlp import load_model
        from fivew.places import find_places

        text = Path(argv[0]).read_text(encoding="utf-8")
        nlp = load_model()
        nlp(text)
        rounds = 20
        spacy_s = places_s = 0.0
        for _ in range(rounds):
            a = Article(id="b", text=text, provenance=Provenance(
                input="b", fivew_version="b", processed_at=""))
            t = time.perf_counter()
            a._doc = nlp(text)
            spacy_s += time.perf_counter() - t
            find_entities(a)
            t = time.perf_counter()
            find_places(a)
            places_s += time.perf_counter() - t
        print(f"per article: spaCy {spacy_s / rounds * 1000:.1f} ms, places "
              f"{places_s / rounds * 1000:.2f} ms ({100 * places_s / spacy_s:.1f}% of spaCy)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
