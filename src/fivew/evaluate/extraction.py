"""Score fivew's HTML extraction beside plain trafilatura on an extraction gold set.

Two sets are known, told apart by the files in their folder:

* ``trafilatura-eval`` (``evaldata.json``): per page, snippets that must appear in the
  output (``with``) and snippets that must not (``without``). A snippet is found if its
  whitespace-normalised form is a substring of the normalised output. Counts are pooled
  over the corpus: P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN),
  accuracy = (TP+TN)/all. A page that fails counts as nothing found.
* ``fundus-eval`` (``ground_truth.json``): ROUGE-LSum (rouge-score, default tokenizer, no
  stemming) between the gold paragraphs joined with blank lines and the extracted text,
  sentences split on newlines (nltk's punkt is not available offline). Paragraphs in
  ``[...]`` are optional: every subset is tried when there are at most
  :data:`MAX_OPTIONAL_PARAGRAPHS`, else all-kept and all-removed; the best F1 counts.
  Reported: mean P/R/F1 over the pages, times 100.

Both tools see the same pages in the same run. fivew reads the bytes as the pipeline does
(:func:`fivew.readers.read_bytes`, then :func:`fivew.extract.extract`) and is scored on
``Article.text``; trafilatura gets the raw bytes with the set's own settings.
"""

from __future__ import annotations

import gzip
import itertools
import json
import multiprocessing
import re
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import trafilatura

from fivew import __version__
from fivew.article import Provenance
from fivew.errors import DataError, InputError
from fivew.extract import extract
from fivew.readers import read_bytes

#: The tools scored, in the order they are reported.
TOOLS = ("fivew", "trafilatura")

#: trafilatura's settings in its own benchmark (tests/evaluate.py, "standard" mode).
TRAFILATURA_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "fast": False,
}

#: Fundus' scorer tries every subset of the optional paragraphs up to this many
#: (``max_optional_paragraphs`` in fundus-evaluation), else only all-kept / all-removed.
MAX_OPTIONAL_PARAGRAPHS = 4

_WHITESPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _provenance(name: str) -> Provenance:
    return Provenance(
        input=name,
        fivew_version=__version__,
        processed_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def fivew_text(name: str, data: bytes) -> str:
    """fivew's extracted text for one page's bytes, ``""`` when it finds no article."""
    try:
        raw = read_bytes(name, data, "html")
        return extract(raw, _provenance(name)).text
    except InputError:
        return ""


def trafilatura_text(data: bytes) -> str:
    """Plain trafilatura's text for one page's bytes, ``""`` when it returns nothing."""
    try:
        result = trafilatura.extract(data, **TRAFILATURA_SETTINGS)
    except Exception:  # noqa: BLE001 - the benchmark counts a crash as nothing found
        return ""
    return result or ""


def _run_tools(task: tuple[str, bytes]) -> dict[str, Any]:
    """Extract one page with every tool, timing each (run in worker processes)."""
    name, data = task
    out: dict[str, Any] = {"name": name}
    started = time.perf_counter()
    out["fivew"] = fivew_text(name, data)
    out["fivew_s"] = time.perf_counter() - started
    started = time.perf_counter()
    out["trafilatura"] = trafilatura_text(data)
    out["trafilatura_s"] = time.perf_counter() - started
    return out


def _map(
    function: Callable[[Any], dict[str, Any]], tasks: Iterator[Any], workers: int
) -> Iterator[dict[str, Any]]:
    """``function`` over ``tasks`` in order, in ``workers`` processes when more than one."""
    if workers <= 1:
        yield from map(function, tasks)
        return
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield from pool.imap(function, tasks, chunksize=2)


# --- trafilatura-eval -------------------------------------------------------------------


def _snippet_counts(text: str, must: list[str], must_not: list[str]) -> dict[str, int]:
    output = _norm(text)
    tp = sum(1 for s in must if _norm(s) in output)
    fp = sum(1 for s in must_not if _norm(s) in output)
    return {"tp": tp, "fn": len(must) - tp, "fp": fp, "tn": len(must_not) - fp}


def _snippet_scores(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    total = tp + fp + fn + tn
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
    }


def _trafilatura_eval(root: Path, limit: int | None, workers: int) -> dict[str, Any]:
    gold: dict[str, dict[str, Any]] = json.loads((root / "evaldata.json").read_text("utf-8"))
    entries = list(gold.values())[:limit] if limit is not None else list(gold.values())

    def tasks() -> Iterator[tuple[str, bytes]]:
        for entry in entries:
            path = root / "html" / f"{entry['file']}.gz"
            yield str(path), gzip.decompress(path.read_bytes())

    totals = {tool: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for tool in TOOLS}
    seconds = dict.fromkeys(TOOLS, 0.0)
    pages: list[dict[str, Any]] = []
    for entry, done in zip(entries, _map(_run_tools, tasks(), workers), strict=True):
        page: dict[str, Any] = {"file": entry["file"]}
        for tool in TOOLS:
            counts = _snippet_counts(done[tool], entry.get("with", []), entry.get("without", []))
            for key, value in counts.items():
                totals[tool][key] += value
            seconds[tool] += done[f"{tool}_s"]
            page[tool] = counts
        pages.append(page)
    return {
        "set": "trafilatura-eval",
        "metric": "snippets (pooled)",
        "pages": len(entries),
        "scores": {tool: {**_snippet_scores(totals[tool]), **totals[tool]} for tool in TOOLS},
        "seconds": seconds,
        "per_page": pages,
    }


# --- fundus-eval ------------------------------------------------------------------------


def _reference_variants(body: list[str]) -> Iterator[str]:
    """The gold text with each allowed choice of optional ``[...]`` paragraphs."""
    optional = [i for i, p in enumerate(body) if p.startswith("[") and p.endswith("]")]
    if len(optional) <= MAX_OPTIONAL_PARAGRAPHS:
        choices: Iterator[tuple[int, ...]] = itertools.chain.from_iterable(
            itertools.combinations(optional, n) for n in range(len(optional) + 1)
        )
    else:
        choices = iter([(), tuple(optional)])
    for kept in choices:
        yield "\n\n".join(
            p[1:-1] if i in kept else p
            for i, p in enumerate(body)
            if i not in optional or i in kept
        )


def _rouge_lsum() -> Callable[[str, str], tuple[float, float, float]]:
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise DataError("fundus-eval needs rouge-score: pip install 'fivew[eval]'") from exc
    # split_summaries=False: sentences are the text's lines (punkt is not available offline).
    scorer = rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=False, split_summaries=False)

    def score(reference: str, hypothesis: str) -> tuple[float, float, float]:
        s = scorer.score(reference, hypothesis)["rougeLsum"]
        return s.precision, s.recall, s.fmeasure

    return score


def _score_fundus_page(task: tuple[str, bytes, list[str]]) -> dict[str, Any]:
    """Extract one fundus-eval page with every tool and score it (run in worker processes)."""
    name, data, body = task
    done = _run_tools((name, data))
    score = _rouge_lsum()
    for tool in TOOLS:
        hypothesis = "\n\n".join(done[tool].split("\n"))
        done[f"{tool}_prf"] = max(
            (score(ref, hypothesis) for ref in _reference_variants(body)),
            key=lambda prf: prf[2],
        )
    return done


def _fundus_eval(root: Path, limit: int | None, workers: int) -> dict[str, Any]:
    gold: dict[str, dict[str, Any]] = json.loads((root / "ground_truth.json").read_text("utf-8"))
    names = sorted(gold)[:limit] if limit is not None else sorted(gold)
    _rouge_lsum()  # fail early when rouge-score is missing

    def tasks() -> Iterator[tuple[str, bytes, list[str]]]:
        for name in names:
            path = root / "html" / name
            yield str(path), gzip.decompress(path.read_bytes()), gold[name]["body"]

    per_tool: dict[str, list[tuple[float, float, float]]] = {tool: [] for tool in TOOLS}
    seconds = dict.fromkeys(TOOLS, 0.0)
    pages: list[dict[str, Any]] = []
    for name, done in zip(names, _map(_score_fundus_page, tasks(), workers), strict=True):
        page: dict[str, Any] = {"file": name}
        for tool in TOOLS:
            best = done[f"{tool}_prf"]
            per_tool[tool].append(best)
            seconds[tool] += done[f"{tool}_s"]
            page[tool] = {"precision": best[0], "recall": best[1], "f1": best[2]}
        pages.append(page)
    scores: dict[str, dict[str, float]] = {}
    for tool, values in per_tool.items():
        f1s = [v[2] * 100 for v in values]
        scores[tool] = {
            "precision": statistics.fmean(v[0] * 100 for v in values) if values else 0.0,
            "recall": statistics.fmean(v[1] * 100 for v in values) if values else 0.0,
            "f1": statistics.fmean(f1s) if f1s else 0.0,
            "f1_std": statistics.pstdev(f1s) if len(f1s) > 1 else 0.0,
        }
    return {
        "set": "fundus-eval",
        "metric": "ROUGE-LSum (mean x100)",
        "pages": len(names),
        "scores": scores,
        "seconds": seconds,
        "per_page": pages,
    }


# --- entry points -----------------------------------------------------------------------


def detect_set(path: str | Path) -> str:
    """Which extraction gold set ``path`` holds: ``trafilatura-eval`` or ``fundus-eval``."""
    root = Path(path)
    if (root / "evaldata.json").is_file():
        return "trafilatura-eval"
    if (root / "ground_truth.json").is_file():
        return "fundus-eval"
    raise DataError(
        f"{root}: not an extraction gold set (expected evaldata.json for trafilatura-eval "
        "or ground_truth.json for fundus-eval, e.g. ../shared/data/extraction/trafilatura-eval)"
    )


def extraction(path: str | Path, limit: int | None = None, workers: int = 1) -> dict[str, Any]:
    """Score fivew and trafilatura on the extraction gold set at ``path``.

    ``limit`` scores only the first pages (in the set's own order for trafilatura-eval,
    by file name for fundus-eval); ``workers`` > 1 extracts in that many processes.
    The result holds ``set``, ``metric``, ``pages``, ``scores`` per tool, total
    extraction ``seconds`` per tool, ``wall_seconds`` and ``per_page`` details.
    """
    root = Path(path)
    started = time.perf_counter()
    name = detect_set(root)
    if name == "trafilatura-eval":
        result = _trafilatura_eval(root, limit, workers)
    else:
        result = _fundus_eval(root, limit, workers)
    result["wall_seconds"] = time.perf_counter() - started
    result["workers"] = workers
    return result


def format_report(result: dict[str, Any]) -> str:
    """A readable table of :func:`extraction`'s result."""
    lines = [
        f"{result['set']}: {result['pages']} pages, {result['metric']}, "
        f"{result['wall_seconds']:.0f}s wall with {result.get('workers', 1)} worker(s)",
    ]
    snippet = result["set"] == "trafilatura-eval"
    columns = ["precision", "recall", "f1"] + (["accuracy"] if snippet else ["f1_std"])
    header = f"{'tool':<12}" + "".join(f"{c:>10}" for c in columns) + f"{'seconds':>10}"
    lines += [header, "-" * len(header)]
    for tool in TOOLS:
        scores = result["scores"][tool]
        cells = "".join(
            f"{scores[c]:>10.4f}" if snippet else f"{scores[c]:>10.2f}" for c in columns
        )
        lines.append(f"{tool:<12}{cells}{result['seconds'][tool]:>10.1f}")
    if snippet:
        lines.append("")
        for tool in TOOLS:
            s = result["scores"][tool]
            lines.append(f"{tool}: TP {s['tp']}  FP {s['fp']}  FN {s['fn']}  TN {s['tn']}")
    return "\n".join(lines)
