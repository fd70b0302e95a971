"""Score the ``times`` stage on TimeML gold: TimeBank, AQUAINT (TBAQ-cleaned) and MEANTIME.

How it is scored (TempEval-3 style, UzZaman et al. 2013, section 4.1):

- **Text.** TimeML (``.tml``): the content of ``<TEXT>`` with every tag stripped, kept
  verbatim, so gold ``TIMEX3`` elements become character offsets into it. MEANTIME (CAT
  XML): the text is rebuilt from its tokens (a space between tokens, none before closing
  punctuation or clitics, a blank line after the title and after the date line), with a
  token -> character map.
- **Dateline.** The document creation time, the ``TIMEX3`` with
  ``functionInDocument="CREATION_TIME"``, is given to the stage as ``Article.published``
  (the two MEANTIME files without one: the timex of their date line).
  That timex itself is never scored (in MEANTIME it is the date line inside the text:
  a prediction overlapping it counts neither way). Empty (non-consuming) ``TIMEX3``s are
  not scored either.
- **Scope.** MEANTIME annotates only the start of each article (title, date line and
  about five sentences): predictions are scored up to the end of the last sentence that
  holds an annotation. TimeML files are annotated throughout.
- **Extent.** *strict*: same start and end; *relaxed*: at least one character in common.
  Precision counts predictions that match a gold timex, recall gold timexes matched.
- **Value.** TempEval-3's attribute F1: a *value-correct* pair is a relaxed match whose
  values are equal (one-to-one: each gold timex is paired with the first prediction that
  overlaps it). Value precision = value-correct / predictions, value recall =
  value-correct / gold, value F1 their harmonic mean. ``value_accuracy`` = value-correct /
  relaxed matches (TempEval-3 also quotes it as attribute F1 / relaxed F1). Type F1 is
  computed the same way.
- **Notation.** Values are compared after writing two notations of one value the same
  way, as the gold sets themselves use both: a decade or century with or without its
  X padding (``198X`` and ``198``, ``19XX`` and ``19``), a week number with or without
  its leading zero (``2000-W02`` and ``2000-W2``), a whole hour with or without its
  minutes (``T17:00`` and ``T17``) and a date with or without trailing unknown fields
  (``1968-XX`` and ``1968``, ``1994-XX-XX`` and ``1994``: some AQUAINT files write every
  year so). Nothing else is normalised; ``value_exact`` scores the same pairs by plain
  string equality, so the rule's effect is reported beside it.
"""

from __future__ import annotations

import html
import re
import time as _time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fivew.evaluate.common import evaluation_article, precision_recall_f1
from fivew.evaluate.meantime import read_text

#: Corpora recognised under the given path, by the folder their files live in.
CORPORA = ("TimeBank", "AQUAINT", "MEANTIME")

_TIMEX_OPEN = re.compile(r"<TIMEX3\b([^>]*?)(/?)>")
_TAG = re.compile(r"<[^>]+>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')

#: Tokens written without a space before them when a MEANTIME text is rebuilt.


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TimeDocument:
    """One gold document: its text, creation time and timexes (the DCT left out)."""

    corpus: str
    name: str
    text: str
    dct: str
    gold: list[GoldTimex] = field(default_factory=list)
    scope_end: int | None = None
    #: Spans predictions may overlap without counting (the DCT when it is in the text).
    ignored: list[tuple[int, int]] = field(default_factory=list)


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def read_timeml(path: Path, corpus: str) -> TimeDocument:
    """A TimeML ``.tml`` file: the ``<TEXT>`` content stripped of tags, with gold offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3\b([^>]*)>", raw)
    dct = _attrs(dct_match.group(1))["value"] if dct_match else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    offset = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        offset += len(chunk)
        pos = tag.end()
        name = tag.group(0)
        if name.startswith("<TIMEX3"):
            attrs = _attrs(name)
            if not name.endswith("/>"):
                open_timex = (offset, attrs)
        elif name.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            if attrs.get("functionInDocument") != "CREATION_TIME":
                text = "".join(parts)[start:offset]
                gold.append(GoldTimex(start, offset, attrs.get("type", ""),
                                      attrs.get("value", ""), text))
    parts.append(html.unescape(body[pos:]))
    return TimeDocument(corpus, path.stem, "".join(parts), dct, gold)


def read_meantime(path: Path) -> TimeDocument:
    """A MEANTIME CAT XML file: text rebuilt from tokens, TIMEX3 markables as gold."""
    meantime = read_text(path)
    root, text, spans = meantime.root, meantime.text, meantime.spans
    markables = root.find("Markables")
    doc = TimeDocument("MEANTIME", path.stem, text, "",
                       scope_end=meantime.annotated_end())
    for m in markables.iter("TIMEX3"):
        anchors = [spans[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in spans]
        if m.get("functionInDocument") == "CREATION_TIME":
            doc.dct = m.get("value", "")
            if anchors:
                doc.ignored.append((min(s for s, _ in anchors), max(e for _, e in anchors)))
            continue
        if not anchors:
            continue
        start, end = min(s for s, _ in anchors), max(e for _, e in anchors)
        doc.gold.append(GoldTimex(start, end, m.get("type", ""), m.get("value", ""),
                                  text[start:end]))
    if not doc.dct:
        _date_line_as_dct(doc, meantime.sentence_end)
    return doc


def _date_line_as_dct(doc: TimeDocument, sentence_end: dict[int, int]) -> None:
    """A few MEANTIME files mark no creation time: their date line (the sentence after
    the title) is the dateline, so its timex becomes the DCT, as in the other files."""
    if 0 not in sentence_end or 1 not in sentence_end:
        return
    line = (sentence_end[0], sentence_end[1])
    for g in doc.gold:
        if line[0] <= g.start < line[1] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g.value):
            doc.dct = g.value
            doc.ignored.append((g.start, g.end))
            doc.gold.remove(g)
            return


def read_documents(path: str | Path) -> list[TimeDocument]:
    """Every gold document under ``path``: ``.tml`` files and MEANTIME ``.xml`` files."""
    root = Path(path)
    docs: list[TimeDocument] = []
    files = [root] if root.is_file() else sorted(root.rglob("*.tml"))
    for f in files:
        if f.suffix == ".tml":
            docs.append(read_timeml(f, "AQUAINT" if "AQUAINT" in f.parts else "TimeBank"))
    if root.is_file() and root.suffix == ".xml":
        docs.append(read_meantime(root))
    elif root.is_dir():
        xml = sorted(root.rglob("intra-doc_annotation/**/*.xml")) or sorted(
            p for p in root.rglob("*.xml") if p.name != "MEANTIME_NWR.xsd")
        docs.extend(read_meantime(f) for f in xml)
    return docs


def predict(doc: TimeDocument, nlp: Any = None) -> list[tuple[int, int, str, str | None]]:
    """Run :func:`fivew.times.find_times` on ``doc`` with its DCT as the dateline."""
    from fivew.times import find_times

    article = evaluation_article(
        doc.name, doc.text, nlp(doc.text) if nlp is not None else None,
        published=_dct_date(doc.dct) or None,
    )
    find_times(article)
    return [(t.start, t.end, t.type, t.value) for t in article.times]


def _dct_date(value: str) -> str:
    day_first = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)  # one MEANTIME file
    if day_first:
        return f"{day_first.group(3)}-{day_first.group(2)}-{day_first.group(1)}"
    match = re.match(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?", value)
    return match.group(0) if match else ""


_PADDED_YEARS = re.compile(r"^(\d{2,3})X+$")
_SHORT_WEEK = re.compile(r"^(\d{4})-W(\d)(?=$|-)")
_WHOLE_HOUR = re.compile(r"(T\d{2})$")
_UNKNOWN_FIELDS = re.compile(r"^([\dX]{4}(?:-\d{2})?)(?:-XX)+$")


def _canonical(value: str) -> str:
    """``value`` in one notation of those the gold sets mix (see the module docstring)."""
    value = _UNKNOWN_FIELDS.sub(r"\1", value)
    value = _PADDED_YEARS.sub(r"\1", value)
    value = _SHORT_WEEK.sub(r"\1-W0\2", value)
    return _WHOLE_HOUR.sub(r"\1:00", value)


def same_value(gold: str, predicted: str | None) -> bool:
    """``gold`` and ``predicted`` name the same value, up to the notations above."""
    if predicted is None:
        return False
    return predicted == gold or _canonical(predicted) == _canonical(gold)


def _new_counts() -> Counter[str]:
    return Counter()


def score_document(doc: TimeDocument, predicted: Iterable[tuple[int, int, str, str | None]],
                   counts: Counter[str], errors: list[dict[str, Any]] | None = None) -> None:
    """Add ``doc``'s matches to ``counts`` (and, if given, its mistakes to ``errors``)."""
    preds = [p for p in predicted if doc.scope_end is None or p[0] < doc.scope_end]
    preds = [p for p in preds if not any(p[0] < e and s < p[1] for s, e in doc.ignored)]
    counts["gold"] += len(doc.gold)
    counts["pred"] += len(preds)
    used: set[int] = set()
    for g in doc.gold:
        strict = [i for i, p in enumerate(preds) if p[0] == g.start and p[1] == g.end]
        overlap = [i for i, p in enumerate(preds) if p[0] < g.end and g.start < p[1]]
        counts["strict_gold"] += bool(strict)
        counts["relaxed_gold"] += bool(overlap)
        free = [i for i in strict + overlap if i not in used]
        if free:
            i = free[0]
            used.add(i)
            p = preds[i]
            ok = same_value(g.value, p[3])
            counts["value_ok"] += ok
            counts["value_exact"] += p[3] == g.value
            counts["type_ok"] += p[2] == g.type
            if errors is not None and not ok:
                errors.append({"doc": doc.name, "kind": "value", "text": g.text,
                               "predicted_text": doc.text[p[0]:p[1]], "gold": g.value,
                               "predicted": p[3], "dct": doc.dct,
                               "context": doc.text[max(0, g.start - 60):g.end + 60]})
        elif errors is not None:
            errors.append({"doc": doc.name, "kind": "missed", "text": g.text,
                           "gold": g.value, "dct": doc.dct,
                           "context": doc.text[max(0, g.start - 40):g.end + 40]})
    for p in preds:
        counts["strict_pred"] += any(p[0] == g.start and p[1] == g.end for g in doc.gold)
        hit = any(p[0] < g.end and g.start < p[1] for g in doc.gold)
        counts["relaxed_pred"] += hit
        if not hit and errors is not None:
            errors.append({"doc": doc.name, "kind": "spurious", "text": doc.text[p[0]:p[1]],
                           "predicted": p[3], "dct": doc.dct,
                           "context": doc.text[max(0, p[0] - 40):p[1] + 40]})


def _metrics(c: Counter[str]) -> dict[str, Any]:
    def prf(tp_pred: int, tp_gold: int) -> dict[str, float]:
        p, r, f1 = precision_recall_f1(tp_pred, c["pred"], tp_gold, c["gold"])
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}

    value = prf(c["value_ok"], c["value_ok"])
    return {
        "documents": c["documents"],
        "gold": c["gold"],
        "predicted": c["pred"],
        "strict": prf(c["strict_pred"], c["strict_gold"]),
        "relaxed": prf(c["relaxed_pred"], c["relaxed_gold"]),
        "value": value,
        # The same without the notation rule, so that its effect stays visible.
        "value_exact": prf(c["value_exact"], c["value_exact"]),
        "type": prf(c["type_ok"], c["type_ok"]),
        "value_accuracy": round(c["value_ok"] / c["relaxed_gold"], 4) if c["relaxed_gold"]
        else 0.0,
    }


#: The halves of a corpus that rules are tuned on and confirmed on: its documents in
#: file-name order, the 1st, 3rd, 5th ... ("even", counting from 0) and the others.
HALVES = ("even", "odd")


def time(path: str | Path, limit: int | None = None, nlp: Any = None,
         errors: list[dict[str, Any]] | None = None, half: str | None = None) -> dict[str, Any]:
    """Score fivew's ``times`` stage on the TimeML gold under ``path``, per corpus.

    ``limit`` caps the documents read per corpus (in file-name order); ``half`` ("even"
    or "odd", see :data:`HALVES`) keeps one half of each corpus; ``nlp``, when given,
    parses each text first so the stage can read verb tenses from the parse; ``errors``,
    when given, receives one dict per mistake (a wrong value, a missed or a spurious
    expression, with its context). Returns ``{"corpora": {name: metrics}, "all":
    metrics, "seconds": ...}``.
    """
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    docs = read_documents(path)
    per: dict[str, Counter[str]] = {}
    seen: Counter[str] = Counter()
    position: Counter[str] = Counter()
    started = _time.perf_counter()
    stage_seconds = 0.0
    for doc in docs:
        position[doc.corpus] += 1
        if half is not None and (position[doc.corpus] - 1) % 2 != HALVES.index(half):
            continue
        if limit is not None and seen[doc.corpus] >= limit:
            continue
        seen[doc.corpus] += 1
        counts = per.setdefault(doc.corpus, _new_counts())
        counts["documents"] += 1
        t0 = _time.perf_counter()
        predicted = predict(doc, nlp)
        stage_seconds += _time.perf_counter() - t0
        score_document(doc, predicted, counts, errors)
    total: Counter[str] = Counter()
    for c in per.values():
        total.update(c)
    return {
        "path": str(path) + (f" ({half} half)" if half else ""),
        "corpora": {name: _metrics(per[name]) for name in CORPORA if name in per},
        "all": _metrics(total),
        "seconds": round(_time.perf_counter() - started, 2),
        "stage_seconds": round(stage_seconds, 3),
    }


def format_report(result: dict[str, Any]) -> str:
    """The scores as a plain-text table, one line per corpus and the total."""
    lines = [
        f"time expressions: {result['path']}",
        f"{'corpus':10} {'docs':>4} {'gold':>5} {'pred':>5}  {'strict P/R/F1':>20}"
        f"  {'relaxed P/R/F1':>20}  {'value P/R/F1':>20}  {'val.acc':>7}  {'type F1':>7}"
        f"  {'exact value F1':>14}",
    ]
    rows = list(result["corpora"].items()) + [("all", result["all"])]
    for name, m in rows:
        def trio(d: dict[str, float]) -> str:
            return f"{d['precision']:.3f}/{d['recall']:.3f}/{d['f1']:.3f}"

        lines.append(
            f"{name:10} {m['documents']:>4} {m['gold']:>5} {m['predicted']:>5}  "
            f"{trio(m['strict']):>20}  {trio(m['relaxed']):>20}  {trio(m['value']):>20}  "
            f"{m['value_accuracy']:>7.3f}  {m['type']['f1']:>7.3f}"
            f"  {m['value_exact']['f1']:>14.3f}"
        )
    lines.append(f"{result['seconds']:.1f} s in all, {result['stage_seconds']:.2f} s in the stage")
    return "\n".join(lines)
