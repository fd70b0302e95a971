"""Throughput and peak memory of fivew's pipeline, beside spaCy's bare ``nlp.pipe``.

Usage (from the repository root)::

    .venv/bin/python benchmarks/throughput.py --limit 200
    .venv/bin/python benchmarks/throughput.py --workers 2 --languages all

What is timed, on the same machine and in the same run:

1. **fivew end to end**: ``extract_articles`` over the corpus files: read, decompress,
   decode, trafilatura extraction, language, spaCy, entities, the record built.
2. **fivew after extraction**: ``process`` over the texts fivew extracted in (1), given
   as plain-text documents: language, spaCy, entities, the record built. Trafilatura
   is not run.
3. **bare spaCy**: ``nlp.pipe`` over the *same* texts that fivew handed to spaCy in (1)
   (those it kept and, being English, analysed), with spaCy's own default batch size
   and ``n_process`` equal to ``--workers``. Nothing is read, extracted or recorded.

Both sides use the same loaded model with the same components, loaded before timing
starts, so model loading counts on neither side (with ``--workers`` above 1 each worker
still loads its own copy, which counts on both sides: the pool's start for fivew,
spaCy's own process start for bare spaCy).

What is a fair comparison? Bare spaCy starts from clean text; fivew starts from HTML
files and has to find that text first. Trafilatura's extraction is a fixed cost that
spaCy never pays, so ratio (1)/(3) measures mostly how slow HTML extraction is next to
``en_core_web_sm``, not fivew's overhead. Ratio (2)/(3) compares like with like, the
same texts in and the same spaCy analysis, and so measures what fivew adds around
spaCy (language detection, batching, per-document error isolation, entity grouping,
the pydantic record). Both ratios are printed. The issue's target (>= 0.8x bare spaCy)
is on ratio (1), end to end. By default fivew extracts the next pages in a helper process
while spaCy analyses the current ones (``Options.extract_ahead``), so on two or more CPUs
extraction overlaps the analysis instead of adding to it; ``--no-extract-ahead`` runs
everything in one process and then also prints extraction's share of the time.
With ``--workers 1`` the time of each pipeline stage in (2) is printed as well, as its
share of (2) and of (1): the issues set per-stage budgets on it (quotes <= 10%, events
<= 20% of pipeline time).

Language: the trafilatura-eval corpus is two-thirds German. ``--languages en`` (the
default) keeps the pages whose ``<html lang=...>`` declares English (a cheap sniff
done before timing); fivew then runs as it does by default, refusing any page that
still turns out not to be English (E108). ``--languages all`` keeps every page and runs
with ``allow_other_languages=True``: fivew then skips spaCy for non-English articles,
and bare spaCy is given only the texts fivew analysed, so the comparison stays fair.

Memory: the peak resident set size (RSS high-water mark) of the process tree, read
from ``/proc`` (``VmHWM`` of this process plus that of each live worker: an upper bound,
since workers need not peak at the same moment), with ``resource.getrusage`` as the
fallback off Linux. It is sampled as 25%, 50% and 100% of the inputs come out: a flat
pipeline has about the same peak at each point. Peaks are taken during run (1),
before bare spaCy runs in this process.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fivew.extract_batch as extract_batch
import fivew.pipeline as pipeline
from fivew.article import Article
from fivew.errors import InputError
from fivew.nlp import MAX_TEXT_CHARS, load_model
from fivew.pipeline import Options, Stage, extract_articles, process
from fivew.readers import RawDocument

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "extraction" / "trafilatura-eval" / "html"
CHECKPOINTS = (0.25, 0.5, 1.0)
_HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.I)


# --- memory ---------------------------------------------------------------------------


def _status_kb(pid: int | str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                found.extend(int(c) for c in children.read().split())
    except OSError:
        return found
    for child in list(found):
        found.extend(_children(child))
    return found


def tree_peak_rss_mb() -> float:
    """Peak RSS of this process plus its live descendants, in MB."""
    own = _status_kb("self", "VmHWM")
    if own:
        return (own + sum(_status_kb(c, "VmHWM") for c in _children(os.getpid()))) / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return (usage + children) * scale


# --- corpus ---------------------------------------------------------------------------


def declared_language(path: Path) -> str | None:
    opener: Callable[..., Any] = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as stream:
        head = stream.read(8192)
    match = _HTML_LANG.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def select_corpus(corpus: Path, languages: str, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and ".htm" in p.name)
    if languages == "en":
        files = [p for p in files if declared_language(p) == "en"]
    return files[:limit] if limit else files


# --- runs -----------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    inputs: int
    articles: int
    errors: dict[str, int]
    peaks_mb: dict[float, float]
    texts: list[str]


def timed(results: Iterator[Article | InputError], total: int) -> Run:
    """Drain ``results``, sampling peak memory at the checkpoints."""
    marks = {max(1, round(total * share)): share for share in CHECKPOINTS}
    peaks: dict[float, float] = {}
    articles, texts = 0, []
    errors: dict[str, int] = {}
    count = 0
    start = time.perf_counter()
    for count, result in enumerate(results, start=1):
        if isinstance(result, Article):
            articles += 1
            if result.language in (None, "en"):  # the texts fivew gave spaCy
                texts.append(result.text[:MAX_TEXT_CHARS])
        else:
            errors[result.code] = errors.get(result.code, 0) + 1
        if count in marks:
            peaks[marks[count]] = tree_peak_rss_mb()
    seconds = time.perf_counter() - start
    return Run(seconds, count, articles, errors, peaks, texts)


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("nan")


def run_bare_spacy(texts: list[str], workers: int) -> float:
    nlp = load_model()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=workers):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of pages")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--workers", type=int, default=1, help="processes (Options.workers)")
    parser.add_argument("--batch-size", type=int, default=Options().batch_size)
    parser.add_argument(
        "--extract-ahead",
        action=argparse.BooleanOptionalAction,
        default=Options().extract_ahead,
        help="extract pages in a helper process while spaCy runs (fivew's default)",
    )
    parser.add_argument(
        "--languages",
        choices=("en", "all"),
        default="en",
        help="en: pages declaring English (default); all: every page, other languages kept",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"corpus folder not found: {args.corpus}")

    files = select_corpus(args.corpus, args.languages, args.limit)
    if not files:
        parser.error(f"no pages selected in {args.corpus}")
    options = Options(
        workers=args.workers,
        batch_size=args.batch_size,
        allow_other_languages=args.languages == "all",
        extract_ahead=args.extract_ahead,
    )
    nlp = load_model()
    list(nlp.pipe(["Warm up the model before timing."]))
    print(f"corpus: {args.corpus} ({len(files)} pages, languages={args.languages})")
    print(f"model: {nlp.meta['name']} {nlp.meta['version']}, pipes: {', '.join(nlp.pipe_names)}")
    print(
        f"workers={args.workers} batch_size={args.batch_size} "
        f"extract_ahead={args.extract_ahead} cpus={os.cpu_count()}"
    )

    # (1) end to end, timing extraction's share (only measurable when it runs in this
    # process: --workers 1 --no-extract-ahead).
    extract_seconds = 0.0
    real_extract: Callable[[RawDocument, Any], Article] = getattr(extract_batch, "extract")  # noqa: B009

    def timed_extract(raw: RawDocument, provenance: Any) -> Article:
        nonlocal extract_seconds
        start = time.perf_counter()
        try:
            return real_extract(raw, provenance)
        finally:
            extract_seconds += time.perf_counter() - start

    setattr(extract_batch, "extract", timed_extract)  # noqa: B010
    try:
        end_to_end = timed(extract_articles([str(f) for f in files], options), len(files))
    finally:
        setattr(extract_batch, "extract", real_extract)  # noqa: B010
    texts = end_to_end.texts

    # (2) after extraction: the same texts as plain-text documents, timing each stage
    # (only measurable when the stages run in this process: --workers 1).
    documents: list[RawDocument | InputError] = [
        RawDocument(input=f"text-{n}", kind="text", content=t, raw=b"")
        for n, t in enumerate(texts)
    ]
    stage_seconds: dict[str, float] = {}
    real_run_stage = pipeline._run_stage

    def timed_stage(stage: Stage, batch: list[Article], opts: Options) -> Any:
        start = time.perf_counter()
        try:
            return real_run_stage(stage, batch, opts)
        finally:
            stage_seconds[stage.name] = (stage_seconds.get(stage.name, 0.0)
                                         + time.perf_counter() - start)

    setattr(pipeline, "_run_stage", timed_stage)  # noqa: B010
    try:
        after = timed(process(documents, options), len(documents))
    finally:
        setattr(pipeline, "_run_stage", real_run_stage)  # noqa: B010

    # (3) bare spaCy over the same texts.
    bare_seconds = run_bare_spacy(texts, args.workers)

    chars = sum(len(t) for t in texts)
    e2e_rate = rate(end_to_end.articles, end_to_end.seconds)
    after_rate = rate(after.articles, after.seconds)
    bare_rate = rate(len(texts), bare_seconds)
    print(f"texts analysed by spaCy: {len(texts)} ({chars / max(len(texts), 1):,.0f} chars avg)")
    print(f"errors in (1): {dict(sorted(end_to_end.errors.items())) or 'none'}")
    print()
    print(f"{'run':<34}{'seconds':>9}{'articles':>10}{'articles/s':>12}")
    print(f"{'(1) fivew end to end':<34}{end_to_end.seconds:>9.1f}"
          f"{end_to_end.articles:>10}{e2e_rate:>12.2f}")
    print(f"{'(2) fivew after extraction':<34}{after.seconds:>9.1f}"
          f"{after.articles:>10}{after_rate:>12.2f}")
    print(f"{'(3) bare spaCy nlp.pipe':<34}{bare_seconds:>9.1f}{len(texts):>10}{bare_rate:>12.2f}")
    print()
    print(f"ratio (1)/(3) end to end vs bare spaCy:       {e2e_rate / bare_rate:.2f}x")
    print(f"ratio (2)/(3) after extraction vs bare spaCy: {after_rate / bare_rate:.2f}x")
    if args.workers <= 1 and extract_seconds > 0:
        share = extract_seconds / end_to_end.seconds
        print(f"extraction (trafilatura) share of (1): {share:.0%} ({extract_seconds:.1f} s)")
    else:
        print("extraction share of (1): not measured (extraction ran in other processes)")
    if args.workers <= 1 and stage_seconds:
        # a stage's cost next to the whole pipeline: its share of (2), and of (1), where the
        # same stage work ran behind extraction (the issues' budgets, e.g. quotes <= 10%)
        print("stages in (2), share of (2) / of (1):")
        for name, seconds in stage_seconds.items():
            print(f"  {name:<12}{seconds:>8.1f} s {seconds / after.seconds:>7.1%}"
                  f" {seconds / end_to_end.seconds:>7.1%}")
    else:
        print("stage shares: not measured (stages ran in other processes)")
    peaks = ", ".join(
        f"{share:.0%} ({max(1, round(len(files) * share))} pages): {mb:,.0f} MB"
        for share, mb in sorted(end_to_end.peaks_mb.items())
    )
    print(f"peak RSS of the process tree during (1): {peaks}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
