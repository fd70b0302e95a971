"""Score event coding on the sets in ``../shared/data/events`` (see its README.md).

:func:`events` dispatches on the set found under the given path:

- **CASE 2021 task 2** (``case2021``): 30 ACLED-style sub-event types. The sentence
  classifier of :mod:`fivew.events_classify` is scored with stratified k-fold
  cross-validation: the vectorizer and model are fitted on the training folds only.
  Weighted and macro F1 (the task's official metrics). Anchor: the best published system,
  a fine-tuned transformer trained on ACLED data, reached weighted F1 0.839.
- **ConfliBERT CAMEO** (``conflibert_cameo``): PentaClass sentence labels, same
  cross-validated classifier (macro F1); and span F1 of the events stage's actor/recipient
  against the source (S) / target (T) BIO spans (exact match, micro).
- **PLOVER records** (``plover``): the events stage on the 322 gold sentences; accuracy of
  type, mode, actor and recipient text on the first event coded for each sentence,
  and the share of sentences with no event coded.

Fitting needs scikit-learn (the ``eval`` extra); the stage itself needs none.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fivew.events_classify import SentenceClassifier, Vectorizer

#: Folds of the cross-validation and its seed; regularisation of the linear model (C of
#: a linear SVM, chosen among 0.3, 1 and 3 by 5-fold CV on CASE 2021).
CV_FOLDS = 5
CV_SEED = 0
SVM_C = 1.0


def _need_sklearn() -> Any:
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("fivew evaluate events needs scikit-learn: pip install "
                           "'fivew[eval]' (scikit-learn==1.9.1)") from exc
    return sklearn


def _matrix(vec: Vectorizer, texts: Sequence[str]) -> Any:
    from scipy.sparse import csr_matrix

    data, indices, indptr = vec.transform_sparse(texts)
    return csr_matrix((data, indices, indptr), shape=(len(texts), len(vec.vocab)))


def fit_classifier(texts: Sequence[str], labels: Sequence[str],
                   version: str = "dev") -> SentenceClassifier:
    """Fit the vectorizer and a linear SVM (one-vs-rest, balanced class weights)."""
    _need_sklearn()
    from sklearn.svm import LinearSVC

    vec = Vectorizer.fit(texts)
    model = LinearSVC(C=SVM_C, class_weight="balanced").fit(_matrix(vec, texts), labels)
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # binary: one row; make it two so argmax works
        coef = [-coef[0], coef[0]]
        intercept = [-intercept[0], intercept[0]]
    return SentenceClassifier(vec, [str(c) for c in model.classes_], coef, intercept, version)


def cross_validate(texts: Sequence[str], labels: Sequence[str],
                   folds: int = CV_FOLDS) -> list[str]:
    """Out-of-fold predictions of :func:`fit_classifier` (stratified k folds)."""
    _need_sklearn()
    from sklearn.model_selection import StratifiedKFold

    predicted = [""] * len(texts)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=CV_SEED)
    for train, test in splitter.split(list(texts), list(labels)):
        model = fit_classifier([texts[i] for i in train], [labels[i] for i in train])
        for i, label in zip(test, model.predict([texts[i] for i in test]), strict=True):
            predicted[i] = label
    return predicted


def _f1s(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    labels = sorted(set(gold))
    p, r, f, n = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    return {
        "weighted_f1": round(float(f1_score(gold, pred, average="weighted")), 4),
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "accuracy": round(sum(g == q for g, q in zip(gold, pred, strict=True)) / len(gold), 4),
        "per_class": {lab: {"p": round(float(a), 3), "r": round(float(b), 3),
                            "f1": round(float(c), 3), "n": int(d)}
                      for lab, a, b, c, d in zip(labels, p, r, f, n, strict=True)},
    }


def read_case2021(path: Path) -> tuple[list[str], list[str]]:
    """Snippets and labels of the labelled CASE 2021 task-2 file under ``path``."""
    files = sorted(path.rglob("task2*labelled*.tsv")) or sorted(path.rglob("*with_labels*.tsv"))
    if not files:
        raise FileNotFoundError(f"no labelled CASE 2021 task-2 .tsv under {path}")
    with files[0].open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["EventSnippet"] for r in rows], [r["SubType"] for r in rows]


def _case2021(path: Path) -> dict[str, Any]:
    texts, labels = read_case2021(path)
    started = time.perf_counter()
    predicted = cross_validate(texts, labels)
    scores = _f1s(labels, predicted)
    return {"set": "case2021", "items": len(texts), "classes": len(set(labels)),
            "method": f"{CV_FOLDS}-fold CV, fivew TF-IDF word+char+cue features, linear SVM",
            "seconds": round(time.perf_counter() - started, 1),
            "anchor": {"weighted_f1": 0.839, "by": "best CASE 2021 system (fine-tuned "
                       "transformer trained on ACLED)"}, **scores}


def _read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        word, _, tag = line.rpartition(" ")
        words.append(word)
        tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def _bio_spans(words: list[str], tags: list[str]) -> set[tuple[str, str]]:
    spans: set[tuple[str, str]] = set()
    current: list[str] = []
    kind = ""
    for word, tag in [*zip(words, tags, strict=True), ("", "O")]:
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != kind):
            if current:
                spans.add((kind, " ".join(current)))
            current, kind = ([word], tag[2:]) if tag != "O" else ([], "")
        else:
            current.append(word)
    return spans


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _stage_on(texts: Sequence[str]) -> list[Any]:
    """Run entities, times and events on plain sentences (no dateline, no quotes)."""
    from fivew.article import Article, Provenance
    from fivew.entities import find_entities
    from fivew.events import find_events
    from fivew.nlp import load_model
    from fivew.times import find_times

    prov = Provenance(input="eval", fivew_version="eval", processed_at="1970-01-01T00:00:00")
    out = []
    for text, doc in zip(texts, load_model().pipe(texts, batch_size=64), strict=True):
        article = Article(id="eval", text=text, provenance=prov)
        article._doc = doc
        for stage in (find_entities, find_times, find_events):
            stage(article)
        out.append(article)
    return out


def _conflibert(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"set": "conflibert_cameo"}
    cls_file = next(iter(sorted(path.rglob("cameo_class/train.tsv"))), None)
    if cls_file is not None:
        rows = [line.rsplit("\t", 1) for line in
                cls_file.read_text(encoding="utf-8").splitlines() if "\t" in line]
        texts, labels = [r[0] for r in rows], [r[1].strip() for r in rows]
        predicted = cross_validate(texts, labels)
        result["classification"] = {"items": len(texts), "method": f"{CV_FOLDS}-fold CV",
                                    **_f1s(labels, predicted)}
    ner_file = next(iter(sorted(path.rglob("cameo_ner/train.txt"))), None)
    if ner_file is not None:
        sents = _read_bio(ner_file)
        texts = [" ".join(w) for w, _ in sents]
        counts = Counter[str]()
        for (words, tags), article in zip(sents, _stage_on(texts), strict=True):
            gold = {(k, _norm(t)) for k, t in _bio_spans(words, tags)}
            pred = set()
            for ev in article.events:
                if ev.actor is not None:
                    pred.add(("S", _norm(ev.actor.text)))
                if ev.recipient is not None:
                    pred.add(("T", _norm(ev.recipient.text)))
            counts["tp"] += len(gold & pred)
            counts["pred"] += len(pred)
            counts["gold"] += len(gold)
        p = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
        r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
        result["spans"] = {"sentences": len(sents), "precision": round(p, 4),
                           "recall": round(r, 4),
                           "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return result


def _plover(path: Path) -> dict[str, Any]:
    gsr = next(iter(sorted(path.rglob("PLOVER_GSR_CAMEO.txt"))), None)
    if gsr is None:
        raise FileNotFoundError(f"no PLOVER_GSR_CAMEO.txt under {path}")
    records = _read_plover(gsr)
    articles = _stage_on([r["text"] for r in records])
    hits = Counter[str]()
    for rec, article in zip(records, articles, strict=True):
        if not article.events:
            hits["uncoded"] += 1
            continue
        ev = article.events[0]
        hits["type"] += ev.type == rec["event"]
        hits["mode"] += (ev.mode or "") == rec["mode"]
        hits["actor"] += ev.actor is not None and _norm(rec["source"]) in _norm(ev.actor.text)
        hits["recipient"] += ev.recipient is not None and bool(rec["target"]) and \
            _norm(rec["target"]) in _norm(ev.recipient.text)
    n = len(records)
    return {"set": "plover", "items": n,
            **{f"{k}_accuracy": round(hits[k] / n, 4) for k in ("type", "mode", "actor",
                                                                 "recipient")},
            "uncoded": round(hits["uncoded"] / n, 4)}


def _actor_text(value: Any) -> str:
    first = value[0] if isinstance(value, list) and value else value
    if isinstance(first, dict):
        return str(first.get("actorText", ""))
    return first if isinstance(first, str) else ""


def _read_plover(path: Path) -> list[dict[str, str]]:
    """Records of the PLOVER GSR (a JSON list): text, event, mode, first source and target
    actor text. The documentation record (event DOCUMENT) is skipped."""
    raw = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    records = []
    for r in raw:
        if not r.get("text") or r.get("event") == "DOCUMENT":
            continue
        source, target = _actor_text(r.get("source")), _actor_text(r.get("target"))
        records.append({"text": r["text"], "event": r["event"].upper(),
                        "mode": (r.get("mode") or "").lower(), "source": source,
                        "target": target})
    return records


SETS = {"case2021": _case2021, "conflibert_cameo": _conflibert, "plover": _plover}


def detect_set(path: str | Path) -> str:
    """The name of the set at ``path`` (its folder name or a known file inside)."""
    p = Path(path)
    for name in SETS:
        if name in p.parts or (p / name).exists() and p.name == name:
            return name
    for name in SETS:
        if (p / name).exists():
            return "all"
    raise ValueError(f"{p} holds none of the event sets {sorted(SETS)}")


def events(path: str | Path, sets: Sequence[str] | None = None) -> dict[str, Any]:
    """Score event coding on the set at ``path``, or on every set under an ``events`` folder."""
    p = Path(path)
    name = detect_set(p)
    if name != "all":
        return SETS[name](p)
    chosen = sets or [n for n in SETS if (p / n).exists()]
    return {"set": "all", "results": [SETS[n](p / n) for n in chosen]}


def format_report(result: dict[str, Any]) -> str:
    """A short human-readable report of :func:`events`' result."""
    if result.get("set") == "all":
        return "\n\n".join(format_report(r) for r in result["results"])
    name = result["set"]
    lines = [f"events on {name}"]
    if name == "case2021":
        lines.append(f"  {result['items']} snippets, {result['classes']} classes, "
                     f"{result['method']}")
        lines.append(f"  weighted F1 {result['weighted_f1']:.3f} (anchor "
                     f"{result['anchor']['weighted_f1']:.3f}), macro F1 "
                     f"{result['macro_f1']:.3f}, accuracy {result['accuracy']:.3f}")
    elif name == "conflibert_cameo":
        if "classification" in result:
            c = result["classification"]
            lines.append(f"  classification: {c['items']} sentences, macro F1 "
                         f"{c['macro_f1']:.3f}, weighted F1 {c['weighted_f1']:.3f}")
        if "spans" in result:
            s = result["spans"]
            lines.append(f"  source/target spans: P {s['precision']:.3f} R {s['recall']:.3f} "
                         f"F1 {s['f1']:.3f} ({s['sentences']} sentences)")
    elif name == "plover":
        lines.append(f"  {result['items']} records: type {result['type_accuracy']:.3f}, mode "
                     f"{result['mode_accuracy']:.3f}, actor {result['actor_accuracy']:.3f}, "
                     f"recipient {result['recipient_accuracy']:.3f}, uncoded "
                     f"{result['uncoded']:.3f}")
    return "\n".join(lines)
