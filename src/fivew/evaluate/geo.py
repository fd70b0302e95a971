"""Score geoparsing on LGL, TR-News, GeoVirus and WikToR: fivew beside a population prior.

Each corpus is read in its own format (see the ``SOURCE.md`` beside it):

- **LGL** (``lgl.xml``): 0-based, end-exclusive offsets; the gold set is the toponyms with
  a GeoNames ``gaztag`` (4,462 of 5,088), as in the published scores.
- **TR-News** (``TR-News.xml``): same schema, but about one offset in ten is shifted by
  1-5 characters: each gold span is re-anchored on the nearest occurrence of its phrase.
- **GeoVirus** (``GeoVirus.xml``): offsets are 1-based; coordinates are rounded Wikipedia
  values (medians of 30-70 km for every system).
- **WikToR** (``WikToR_gold_eupeg.txt`` + ``WikToR_texts_eupeg.tar.gz``): EUPEG lines
  ``name,,surface,,lat,,lon,,start,,end||``. Only the title toponym is annotated, so its
  precision means little; it is Wikipedia, not news.

Gold coordinates are scored as published. The ``*_patches_mlg.tsv`` files beside LGL,
GeoVirus and WikToR (Google MLG, Kulkarni et al. 2020) correct some of them, but the
anchor scores fivew is compared with (Gritta et al. 2018; the EUPEG outputs) were
computed on the original coordinates, so the patches are not applied.

Metrics (``../shared/data/geo/README.md``): a prediction matches a gold toponym when the
lower-cased strings are equal and the span mid-points are less than 10 characters apart;
P/R/F1 over those. On matched toponyms with gold coordinates: the great-circle error;
a matched toponym left unresolved counts the largest error, 20,039 km. Acc@161 is the
share of errors under 161 km; AUC the trapezoid area under the sorted ln(1+error) curve
divided by ln(20039)·(n-1) (0 is perfect). Resolution is also given on the toponyms both
systems matched ("common"), since a system that finds fewer toponyms finds easier ones.

fivew runs its own recognition: spaCy, the ``entities`` stage, then ``places``. The
baseline takes spaCy's GPE/LOC/FAC entities as they are and gives each the most
populous entry of fivew's gazetteer under that exact name.
"""

from __future__ import annotations

import math
import re
import statistics
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from fivew.evaluate.common import evaluation_article, precision_recall_f1
from fivew.places import distance_km

#: Half the earth's circumference: the error of a toponym matched but not resolved.
MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
MATCH_CHARS = 10
#: How far (characters) a TR-News gold span is searched for its phrase.
REANCHOR_CHARS = 40
BASELINE_LABELS = ("GPE", "LOC", "FAC")


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None


@dataclass
class GeoDocument:
    id: str
    text: str
    gold: list[Toponym] = field(default_factory=list)


# --------------------------------------------------------------------------- readers


def _reanchor(text: str, t: Toponym) -> Toponym:
    if text[t.start:t.end] == t.text:
        return t
    lo = max(0, t.start - REANCHOR_CHARS)
    hits = [m.start() + lo for m in re.finditer(re.escape(t.text),
                                                text[lo:t.end + REANCHOR_CHARS])]
    if hits:
        s = min(hits, key=lambda h: abs(h - t.start))
        return Toponym(s, s + len(t.text), t.text, t.lat, t.lon)
    return t


def _read_gritta_xml(path: Path, reanchor: bool) -> Iterator[GeoDocument]:
    """LGL and TR-News: ``<article><text/><toponyms><toponym>...<gaztag>``."""
    root = etree.parse(str(path)).getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = GeoDocument(art.get("docid") or str(n), text)
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                continue
            t = Toponym(int(top.findtext("start") or 0), int(top.findtext("end") or 0),
                        top.findtext("phrase") or "", float(gaz.findtext("lat") or 0),
                        float(gaz.findtext("lon") or 0))
            doc.gold.append(_reanchor(text, t) if reanchor else t)
        yield doc


def _read_geovirus(path: Path) -> Iterator[GeoDocument]:
    root = etree.parse(str(path)).getroot()
    for n, art in enumerate(root.iter("article")):
        doc = GeoDocument(art.findtext("source") or str(n), art.findtext("text") or "")
        for loc in art.iter("location"):
            start, end = int(loc.findtext("start") or 1) - 1, int(loc.findtext("end") or 1) - 1
            doc.gold.append(Toponym(start, end, loc.findtext("name") or "",
                                    float(loc.findtext("lat") or 0),
                                    float(loc.findtext("lon") or 0)))
        yield doc


def _read_eupeg_lines(gold: Path, texts: Path) -> Iterator[GeoDocument]:
    with tarfile.open(texts) as tar:
        members = {Path(m.name).name: m for m in tar.getmembers() if m.isfile()}
        for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
            member = members.get(str(n))
            if member is None:
                continue
            fh = tar.extractfile(member)
            doc = GeoDocument(str(n), fh.read().decode("utf-8") if fh else "")
            for item in line.split("||"):
                f = item.split(",,")
                if len(f) >= 6:
                    doc.gold.append(Toponym(int(f[4]), int(f[5]), f[1], float(f[2]),
                                            float(f[3])))
            yield doc


def read_corpus(path: str | Path) -> tuple[str, Iterator[GeoDocument]]:
    """The corpus in folder (or file) ``path``: its name and its documents."""
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    if (folder / "lgl.xml").exists():
        return "LGL", _read_gritta_xml(folder / "lgl.xml", reanchor=False)
    if (folder / "TR-News.xml").exists():
        return "TR-News", _read_gritta_xml(folder / "TR-News.xml", reanchor=True)
    if (folder / "GeoVirus.xml").exists():
        return "GeoVirus", _read_geovirus(folder / "GeoVirus.xml")
    if (folder / "WikToR_gold_eupeg.txt").exists():
        return "WikToR", _read_eupeg_lines(folder / "WikToR_gold_eupeg.txt",
                                           folder / "WikToR_texts_eupeg.tar.gz")
    raise ValueError(f"no geo corpus in {p}: expected lgl.xml, TR-News.xml, GeoVirus.xml "
                     "or WikToR_gold_eupeg.txt (see ../shared/data/geo)")


# --------------------------------------------------------------------------- systems


def _fivew(text: str, spacy_doc: Any, timing: dict[str, float]) -> list[Toponym]:
    from fivew.entities import find_entities
    from fivew.places import find_places

    article = evaluation_article("geo", text, spacy_doc)
    t0 = time.perf_counter()
    find_entities(article)
    t1 = time.perf_counter()
    find_places(article)
    t2 = time.perf_counter()
    timing["entities"] += t1 - t0
    timing["places"] += t2 - t1
    return [Toponym(m.start, m.end, m.text, p.lat, p.lon)
            for p in article.places for m in p.mentions]


def _baseline(spacy_doc: Any) -> list[Toponym]:
    from fivew.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out = []
    for ent in spacy_doc.ents:
        if ent.label_ in BASELINE_LABELS:
            found = [e for e in gaz.lookup(ent.text) if e.lat is not None]
            best = max(found, key=lambda e: e.population, default=None)
            out.append(Toponym(ent.start_char, ent.end_char, ent.text,
                               best.lat if best else None, best.lon if best else None))
    return out


# --------------------------------------------------------------------------- scoring


def match(gold: list[Toponym], predicted: list[Toponym]) -> list[tuple[int, Toponym]]:
    """(gold index, prediction) pairs under the inexact rule, each side used once."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        gmid = (g.start + g.end) / 2
        best = None
        for pi, p in enumerate(predicted):
            if pi in used or p.text.lower() != g.text.lower():
                continue
            gap = abs((p.start + p.end) / 2 - gmid)
            if gap < MATCH_CHARS and (best is None or gap < best[0]):
                best = (gap, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, predicted[best[1]]))
    return pairs


def error_km(g: Toponym, p: Toponym) -> float:
    if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
        return MAX_ERROR_KM
    return distance_km(g.lat, g.lon, p.lat, p.lon)


def resolution_scores(errors: list[float]) -> dict[str, float | int | None]:
    """Acc@161, mean and median km, AUC of a list of errors."""
    n = len(errors)
    if not n:
        return {"n": 0, "acc161": None, "mean_km": None, "median_km": None, "auc": None}
    logs = sorted(math.log(1 + e) for e in errors)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    auc = area / (math.log(MAX_ERROR_KM) * (n - 1)) if n > 1 else logs[0] / math.log(
        MAX_ERROR_KM)
    return {"n": n, "acc161": sum(e < ACC_KM for e in errors) / n,
            "mean_km": statistics.fmean(errors), "median_km": statistics.median(errors),
            "auc": auc}


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p, r, f1 = precision_recall_f1(tp, npred, tp, ngold)
    return {"precision": p, "recall": r, "f1": f1}


def geo(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    """Score fivew and the population baseline on the geo corpus at ``path``."""
    from fivew.gazetteer import load_gazetteer
    from fivew.nlp import load_model

    corpus, documents = read_corpus(path)
    docs: list[GeoDocument] = []
    for doc in documents:
        if limit is not None and len(docs) >= limit:
            break
        docs.append(doc)
    nlp = load_model()
    t_load = time.perf_counter()
    load_gazetteer()
    timing = {"gazetteer_load": time.perf_counter() - t_load, "spacy": 0.0, "entities": 0.0,
              "places": 0.0}
    systems = ("fivew", "baseline")
    counts = {s: {"tp": 0, "pred": 0} for s in systems}
    errors: dict[str, dict[tuple[int, int], float]] = {s: {} for s in systems}
    ngold = 0
    t0 = time.perf_counter()
    spacy_docs = nlp.pipe((d.text for d in docs), batch_size=8)
    for di, doc in enumerate(docs):
        t1 = time.perf_counter()
        sdoc = next(spacy_docs)
        timing["spacy"] += time.perf_counter() - t1
        ngold += len(doc.gold)
        for name, predicted in (("fivew", _fivew(doc.text, sdoc, timing)),
                                ("baseline", _baseline(sdoc))):
            counts[name]["pred"] += len(predicted)
            for gi, p in match(doc.gold, predicted):
                counts[name]["tp"] += 1
                errors[name][(di, gi)] = error_km(doc.gold[gi], p)
    common = set(errors["fivew"]) & set(errors["baseline"])
    result: dict[str, Any] = {
        "corpus": corpus, "documents": len(docs), "gold_toponyms": ngold,
        "seconds": time.perf_counter() - t0, "timing": timing, "systems": {}}
    for name in systems:
        c = counts[name]
        result["systems"][name] = {
            **_prf(c["tp"], c["pred"], ngold), "predicted": c["pred"], "matched": c["tp"],
            "resolution": resolution_scores(list(errors[name].values())),
            "common": resolution_scores([errors[name][k] for k in sorted(common)]),
        }
    return result


def _num(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of :func:`geo`'s result."""
    lines = [f"{result['corpus']}: {result['documents']} documents, "
             f"{result['gold_toponyms']} gold toponyms with coordinates", "",
             f"{'system':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>6} {'Acc@161':>8} "
             f"{'mean km':>8} {'med km':>7} {'AUC':>6} | common: {'n':>5} {'Acc@161':>8} "
             f"{'AUC':>6}"]
    for name, s in result["systems"].items():
        r, c = s["resolution"], s["common"]
        lines.append(
            f"{name:<10} {_num(s['precision']):>6} {_num(s['recall']):>6} {_num(s['f1']):>6} "
            f"{r['n']:>6} {_num(r['acc161']):>8} {_num(r['mean_km'], 0):>8} "
            f"{_num(r['median_km'], 0):>7} {_num(r['auc']):>6} |         {c['n']:>5} "
            f"{_num(c['acc161']):>8} {_num(c['auc']):>6}")
    t = result["timing"]
    if t["spacy"]:
        lines += ["", f"time: spaCy {t['spacy']:.1f} s, entities {t['entities']:.1f} s, "
                      f"places {t['places']:.1f} s ({100 * t['places'] / t['spacy']:.1f}% of "
                      f"spaCy); gazetteer opened in {t['gazetteer_load'] * 1000:.0f} ms"]
    return "\n".join(lines)
