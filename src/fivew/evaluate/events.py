"""Score event coding on the sets in ``../shared/data/events`` (see its README.md).

:func:`events` dispatches on the set found under the given path:

- **CASE 2021 task 2** (``case2021``): 30 ACLED-style sub-event types. The sentence
  classifier of :mod:`fivew.events_classify` is scored with nested stratified k-fold
  cross-validation (:mod:`fivew.evaluate.events_case2021`). Weighted and macro F1 (the
  task's official metrics). Anchor: the best published system, a fine-tuned transformer
  trained on ACLED data, reached weighted F1 0.839.
- **ConfliBERT CAMEO** (``conflibert_cameo``): PentaClass sentence labels, same
  cross-validated classifier (macro F1); and span F1 of the events stage's actor/recipient
  against the source (S) / target (T) BIO spans (exact match, micro).
- **IndiaPoliceEvents** (``india_police_events``): 21,391 sentences, each labelled with
  the questions it answers yes (did police KILL, ARREST, FAIL to act, use FORCE, take
  ANY_ACTION). Precision, recall and F1 per question over all sentences, as the
  corpus' own task-1 scorer computes them; fivew's answer is the events stage's events
  with a police actor (:func:`ipe_labels`), nothing trained on the corpus.
- **PLOVER records** (``plover``): the events stage on the 322 gold sentences; accuracy of
  type, mode, actor and recipient text on the first event coded for each sentence,
  and the share of sentences with no event coded.

Fitting needs scikit-learn (the ``eval`` extra); the stage itself needs none.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fivew.evaluate.common import evaluation_article, precision_recall_f1
from fivew.evaluate.events_case2021 import CV_FOLDS, case2021, cross_validate, f1s


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
    from fivew.entities import find_entities
    from fivew.events import find_events
    from fivew.nlp import load_model
    from fivew.times import find_times

    out = []
    for text, doc in zip(texts, load_model().pipe(texts, batch_size=64), strict=True):
        article = evaluation_article("eval", text, doc)
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
        predicted = cross_validate(texts, labels).predicted
        result["classification"] = {"items": len(texts), "method": f"{CV_FOLDS}-fold CV",
                                    **f1s(labels, predicted)}
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
        p, r, f1 = precision_recall_f1(counts["tp"], counts["pred"], counts["tp"],
                                       counts["gold"])
        result["spans"] = {"sentences": len(sents), "precision": round(p, 4),
                           "recall": round(r, 4), "f1": round(f1, 4)}
    return result


#: The GSR's records carry CAMEO-era category names; the PLOVER manual's conversion table
#: (PLOVER_MANUAL.tex, "CAMEO to PLOVER") names their PLOVER types. ``type_accuracy``
#: compares the names as written, ``type_plover_accuracy`` after this translation.
GSR_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}


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
        hits["type_plover"] += ev.type == GSR_TYPES.get(rec["event"], rec["event"])
        hits["mode"] += (ev.mode or "") == rec["mode"]
        hits["actor"] += ev.actor is not None and _norm(rec["source"]) in _norm(ev.actor.text)
        hits["recipient"] += ev.recipient is not None and bool(rec["target"]) and \
            _norm(rec["target"]) in _norm(ev.recipient.text)
    n = len(records)
    return {"set": "plover", "items": n,
            **{f"{k}_accuracy": round(hits[k] / n, 4) for k in ("type", "type_plover", "mode",
                                                                 "actor", "recipient")},
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


#: IndiaPoliceEvents: words that make an event's actor the police (the corpus asks what
#: police did in Gujarat, 2002; SRP/RAF/CRPF are the armed police forces there). Written
#: from the corpus README's questions, not tuned on its labels.
POLICE_ACTOR = re.compile(
    r"\b(?:police\w*|cops?|constables?|inspectors?|officers?|srp|raf|crpf|rapid action "
    r"force|jawans?|security (?:forces|personnel)|cid)\b", re.IGNORECASE)
IPE_LABELS = ("KILL", "ARREST", "FAIL", "FORCE", "ANY_ACTION")
_KILL_TRIGGERS = frozenset({"kill", "gun down", "shoot dead", "execute", "massacre"})
#: Trigger words that say someone died of the event ('killed in police firing').
_KILL_WORDS = re.compile(r"\b(?:kill\w*|died|dies?|dead|succumb\w*|gunned down|murder\w*)\b",
                         re.IGNORECASE)


def ipe_labels(events: Sequence[Any]) -> set[str]:
    """The IndiaPoliceEvents questions a sentence's coded events answer "yes".

    An event counts when it is not negated and its actor is the police (POLICE_ACTOR);
    an arrest with no actor named counts too (in this corpus the police make them).
    ASSAULT is FORCE, and KILL when its trigger kills; COERCE/arrest is ARREST; any
    such event is ANY_ACTION. A failure to act (a negated COERCE with no mode, which the
    stage codes for 'police failed to stop ...', 'did not intervene', 'police inaction')
    by the police is FAIL, and so is an arrest not made ('no arrests were made').
    """
    out: set[str] = set()
    for ev in events:
        police = ev.actor is not None and bool(POLICE_ACTOR.search(ev.actor.text))
        if ev.modality == "negated":
            if police and (ev.type == "COERCE" or (ev.type, ev.mode) == ("ACCUSE", "allege")) \
                    or (ev.type, ev.mode) == ("COERCE", "arrest") and ev.actor is None:
                out.add("FAIL")  # a failure to act (fivew.events_links.failures)
            continue
        arrest = ev.type == "COERCE" and ev.mode == "arrest"
        if not police and not (arrest and ev.actor is None) or ev.modality not in \
                ("occurred", "ongoing", "claimed"):
            continue
        out.add("ANY_ACTION")
        if arrest:
            out.add("ARREST")
        if ev.type == "ASSAULT":
            out.add("FORCE")
            if ev.trigger.text.lower() in _KILL_TRIGGERS or _KILL_WORDS.search(ev.trigger.text):
                out.add("KILL")
    return out


def _india_police(path: Path) -> dict[str, Any]:
    """Sentence-level P/R/F1 per question (the corpus' task 1), the events stage zero-shot:
    nothing is trained on this corpus, as in its paper's baselines."""
    sents_file = next(iter(sorted(path.rglob("sents.jsonl"))), None)
    if sents_file is None:
        raise FileNotFoundError(f"no sents.jsonl under {path}")
    rows = [json.loads(line) for line in sents_file.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    started = time.perf_counter()
    articles = _stage_on([r["sent_text"] for r in rows])
    counts = {label: Counter[str]() for label in IPE_LABELS}
    for row, article in zip(rows, articles, strict=True):
        gold, pred = set(row["sent_labels"]), ipe_labels(article.events)
        for label in IPE_LABELS:
            g, q = label in gold, label in pred
            counts[label]["tp" if g and q else "fp" if q else "fn" if g else "tn"] += 1
    per_class = {}
    for label, c in counts.items():
        p, r, f1 = precision_recall_f1(c["tp"], c["tp"] + c["fp"], c["tp"], c["tp"] + c["fn"])
        per_class[label] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3),
                            "gold": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"]}
    return {"set": "india_police_events", "items": len(rows),
            "method": "events stage (PLOVER rules) mapped to the five questions, zero-shot",
            "seconds": round(time.perf_counter() - started, 1), "per_class": per_class}


SETS = {"case2021": case2021, "conflibert_cameo": _conflibert, "plover": _plover,
        "india_police_events": _india_police}


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


def events(path: str | Path, sets: Sequence[str] | None = None,
           authored: bool = True, tuned: bool = False) -> dict[str, Any]:
    """Score event coding on the set at ``path``, or on every set under an ``events`` folder.

    ``authored=False`` trains the CASE 2021 classifiers on its gold snippets alone, without
    fivew's authored snippets (to show what those add); ``tuned=True`` also
    cross-validates the fine-tuned encoder and the ensemble (needs the ``events-embed``
    extra; about 16 minutes more on 2 cores).
    """
    p = Path(path)
    name = detect_set(p)

    def score(set_name: str, where: Path) -> dict[str, Any]:
        if set_name == "case2021":
            return case2021(where, authored=authored, tuned=tuned)
        return SETS[set_name](where)

    if name != "all":
        return score(name, p)
    chosen = sets or [n for n in SETS if (p / n).exists()]
    return {"set": "all", "results": [score(n, p / n) for n in chosen]}


def format_report(result: dict[str, Any]) -> str:
    """A short human-readable report of :func:`events`' result."""
    if result.get("set") == "all":
        return "\n\n".join(format_report(r) for r in result["results"])
    name = result["set"]
    lines = [f"events on {name}"]
    if name == "case2021":
        lines.append(f"  {result['items']} snippets, {result['classes']} classes, "
                     f"{result.get('authored', 0)} authored training snippets; anchor "
                     f"weighted F1 {result['anchor']['weighted_f1']:.3f}")
        for kind, m in result["models"].items():
            lines.append(f"  {kind}: weighted F1 {m['weighted_f1']:.3f}, macro F1 "
                         f"{m['macro_f1']:.3f}, accuracy {m['accuracy']:.3f} ({m['method']}, "
                         f"{m['seconds']:.0f} s)")
    elif name == "conflibert_cameo":
        if "classification" in result:
            c = result["classification"]
            lines.append(f"  classification: {c['items']} sentences, macro F1 "
                         f"{c['macro_f1']:.3f}, weighted F1 {c['weighted_f1']:.3f}")
        if "spans" in result:
            s = result["spans"]
            lines.append(f"  source/target spans: P {s['precision']:.3f} R {s['recall']:.3f} "
                         f"F1 {s['f1']:.3f} ({s['sentences']} sentences)")
    elif name == "india_police_events":
        lines.append(f"  {result['items']} sentences, {result['method']}")
        for label, c in result["per_class"].items():
            lines.append(f"  {label:<10} P {c['p']:.3f} R {c['r']:.3f} F1 {c['f1']:.3f} "
                         f"(gold {c['gold']}, predicted {c['predicted']})")
    elif name == "plover":
        lines.append(f"  {result['items']} records: type {result['type_accuracy']:.3f} "
                     f"({result['type_plover_accuracy']:.3f} in PLOVER names), mode "
                     f"{result['mode_accuracy']:.3f}, actor {result['actor_accuracy']:.3f}, "
                     f"recipient {result['recipient_accuracy']:.3f}, uncoded "
                     f"{result['uncoded']:.3f}")
    return "\n".join(lines)
