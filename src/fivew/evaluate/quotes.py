"""Score the ``quotes`` stage on PolNeAR: fivew beside a plain baseline, measured alike.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is brat standoff: ``T`` lines are Source,
Cue and Content spans (discontinuous spans joined by ``;``), ``E`` lines tie them into one
attribution. How it is scored:

- **Documents.** Every text of the split (sorted by name, the first ``limit``). PolNeAR
  has no adjudicated or merged annotation: a few texts (those used to measure agreement)
  were annotated by several annotators, one ``.ann`` per annotator, and PolNeAR's own
  reader (``polnear.dataset.Article.attributions``) scores against *one* annotator's file,
  picked at random when none is named. fivew takes the expectation of that choice without
  the randomness: such a text is scored against each annotator's file and each score is
  weighted ``1/n``, so the text counts once, like any other. (A union of the files would
  break PolNeAR's univocal annotation and count an attribution once per annotator.)
- **What counts.** PolNeAR annotates every attribution of a propositional attitude:
  statements, but also beliefs, intentions and evidence ("the report shows"). fivew finds
  statements, the beliefs/intentions its attitude verbs cover, noun cues and colon-introduced
  content (``resources/quotes.json``), and is scored against *all* gold attributions:
  nothing is filtered out of the gold.
- **Univocal.** PolNeAR gives each token to at most one attribution, the outermost. fivew
  also keeps a claim nested in a relative clause ("his forces, which one aide said numbered
  6,000"); a predicted quote whose cue lies inside another predicted quote's content is
  therefore left out before scoring.
- **Grouping.** Predicted quotes sharing one cue span are one attribution (``“A,” he
  said. “B.”`` gives two quotes, PolNeAR one attribution with two content fragments).
- **Content.** *exact*: the same word characters (letters and digits) as gold, ignoring
  punctuation, quote marks and spaces at and inside the edges; *overlap*: the prediction
  covers at least half of the gold content's word characters. Matching is one-to-one,
  greedy in gold order, best overlap first.
- **Cue.** Any character in common with a gold cue (one-to-one); *exact* cue as well.
- **Quoted gold.** Recall is also given on the gold attributions whose content holds a
  quote mark (direct and mixed quotes), the part closest to the issue's "quotes".
- **Speaker-attributed.** A content-overlap match counts only when the speaker matches:
  the predicted speaker mention overlaps the gold source span, or the entity it was resolved
  to has a mention overlapping it; a gold attribution without a source matches a
  prediction without a speaker.

- **Annotator agreement.** On the texts of the split that several annotators annotated, each
  annotator's file is scored against each other's (every ordered pair, weighted so the text
  counts once; precision and recall are then equal), and fivew is scored on the same texts.
  The annotators' agreement is the ceiling a system can be expected to reach on this gold;
  it is reported beside fivew, never used to tune it.
- **Confidence.** How well each quote's ``confidence`` matches the share of such quotes that
  are right (:mod:`fivew.evaluate.quotes_confidence`).

The baseline is deliberately plain: quoted stretches of a paragraph, the nearest "said" /
"says" in the paragraph as cue, and the word before (or after) it as speaker.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fivew.evaluate.common import evaluation_article, precision_recall_f1

#: Share of the gold content's word characters a prediction must cover to match it.
OVERLAP_SHARE = 0.5

_ENTRY = re.compile(r"^[TEARN#]\d*\t")
_WORDCHAR = re.compile(r"\w")


@dataclass
class Attr:
    """One attribution, gold or predicted, in character fragments."""

    content: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]] | None
    entity_spans: tuple[tuple[int, int], ...] = ()


def read_ann(path: Path) -> list[Attr]:
    """The attributions of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not _ENTRY.match(line):
            continue  # a continuation line of a surface holding a newline
        key, rest = line.split("\t", 1)
        if key.startswith("T"):
            kind, offsets = rest.split("\t", 1)[0].split(" ", 1)
            frags = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[key] = (kind, [(f[0], f[1]) for f in frags])
        elif key.startswith("E"):
            relations.append(dict(part.split(":", 1) for part in rest.split()))
    gold = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(rel.get("Cue", ""))
        source = spans.get(rel.get("Source", ""))
        gold.append(Attr(content[1], cue[1] if cue else [], source[1] if source else None))
    return gold


def documents(path: str | Path, split: str = "dev",
              limit: int | None = None) -> list[tuple[str, str, list[list[Attr]]]]:
    """(name, text, gold attributions of each annotator) for the split, in name order."""
    root = Path(path)
    if (root / "data").is_dir():
        root = root / "data"
    base = root / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"no PolNeAR split at {base} (expected text/ and attributions/)")
    anns: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    out = []
    for text_path in sorted((base / "text").glob("*.txt")):
        if text_path.stem in anns:
            out.append((text_path.stem, text_path.read_text(encoding="utf-8"),
                        [read_ann(ann) for ann in anns[text_path.stem]]))
    return out[:limit] if limit is not None else out


# --------------------------------------------------------------------------- predictions


def fivew_attributions(article: Any) -> list[Attr]:
    """fivew's quotes as attributions: grouped by cue, nested claims left out."""
    entity_spans = {e.id: tuple((m.start, m.end) for m in e.mentions) for e in article.entities}
    groups: dict[tuple[int, int], Attr] = {}
    for q in article.quotes:
        key = (q.cue.start, q.cue.end) if q.cue else (q.start, q.end)
        attr = groups.setdefault(key, Attr([], [(q.cue.start, q.cue.end)] if q.cue else [], None))
        attr.content.append((q.start, q.end))
        if attr.source is None and q.speaker is not None:
            attr.source = [(q.speaker.start, q.speaker.end)]
            spans = entity_spans.get(q.speaker.entity_id or "", ())
            attr.entity_spans = spans
    attrs = list(groups.values())
    return [a for a in attrs if not any(
        b is not a and a.cue and spans_overlap(a.cue, b.content) for b in attrs)]


_BASE_QUOTE = re.compile(r"[“\"][^“”\"\n]+[”\"]")
_BASE_SAID = re.compile(r"\b(?:said|says)\b")
_BASE_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def baseline_attributions(text: str) -> list[Attr]:
    """Quote marks + the nearest 'said'/'says' in the paragraph + the word next to it."""
    out = []
    offset = 0
    for paragraph in text.split("\n"):
        saids = [(m.start() + offset, m.end() + offset) for m in _BASE_SAID.finditer(paragraph)]
        for m in _BASE_QUOTE.finditer(paragraph):
            start, end = m.start() + offset, m.end() + offset
            outside = [s for s in saids if not start <= s[0] < end]
            if not outside:
                out.append(Attr([(start, end)], [], None))
                continue
            cue = min(outside, key=lambda s: min(abs(s[0] - end), abs(start - s[1])))
            before = list(_BASE_WORD.finditer(text, max(0, cue[0] - 40), cue[0]))
            after = _BASE_WORD.search(text, cue[1], cue[1] + 40)
            word = before[-1] if before and before[-1].end() >= cue[0] - 1 else after
            source = [(word.start(), word.end())] if word else None
            out.append(Attr([(start, end)], [cue], source))
        offset += len(paragraph) + 1
    return out


# --------------------------------------------------------------------------- scoring


def spans_overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    """Whether any fragment of ``a`` shares a character with any fragment of ``b``."""
    b = list(b)
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def _word_chars(text: str, frags: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in frags for i in range(s, min(e, len(text))) if _WORDCHAR.match(text[i])}


def _quoted(text: str, gold: Attr) -> bool:
    return any(ch in text[s:e] for s, e in gold.content for ch in "\"“”")


def speaker_matches(pred: Attr, gold: Attr) -> bool:
    """The speaker rule of ``speaker_attributed``: the predicted mention, or a mention of
    the entity it was resolved to, overlaps the gold source; no source matches no speaker."""
    if gold.source is None:
        return pred.source is None
    if pred.source is None:
        return False
    return spans_overlap(pred.source, gold.source) or spans_overlap(pred.entity_spans, gold.source)


def _prf(tp_p: float, n_pred: float, tp_r: float, n_gold: float) -> dict[str, float]:
    p, r, f1 = precision_recall_f1(tp_p, n_pred, tp_r, n_gold)
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def score(text: str, preds: list[Attr], gold: list[Attr], counts: dict[str, float],
          weight: float = 1.0) -> None:
    """Add one document's matches to ``counts``, each counted ``weight`` times."""
    one: dict[str, float] = dict.fromkeys(_KEYS, 0)
    _score_one(text, preds, gold, one)
    for key, value in one.items():
        counts[key] += value * weight


def overlap_matches(text: str, preds: list[Attr], gold: list[Attr]) -> dict[int, int]:
    """Content-overlap matching, one to one: predicted index -> gold index. Greedy in gold
    order, each gold attribution taking the free prediction that covers most of it (at least
    :data:`OVERLAP_SHARE` of its word characters)."""
    pred_chars = [_word_chars(text, p.content) for p in preds]
    matches: dict[int, int] = {}
    for gi, g in enumerate(gold):
        gold_chars = _word_chars(text, g.content)
        if not gold_chars:
            continue
        best, best_share = None, OVERLAP_SHARE
        for pi, pc in enumerate(pred_chars):
            share = len(pc & gold_chars) / len(gold_chars)
            if pi not in matches and share >= best_share:
                best, best_share = pi, share
        if best is not None:
            matches[best] = gi
    return matches


def _score_one(text: str, preds: list[Attr], gold: list[Attr], counts: dict[str, float]) -> None:
    pred_chars = [_word_chars(text, p.content) for p in preds]
    counts["pred"] += len(preds)
    counts["gold"] += len(gold)
    used_exact: set[int] = set()
    for g in gold:
        gold_chars = _word_chars(text, g.content)
        exact = next((pi for pi, pc in enumerate(pred_chars)
                      if gold_chars and pi not in used_exact and pc == gold_chars), None)
        if exact is not None:
            used_exact.add(exact)
            counts["exact"] += 1
        counts["gold_quoted"] += bool(gold_chars) and _quoted(text, g)
    for pi, gi in overlap_matches(text, preds, gold).items():
        quoted = _quoted(text, gold[gi])
        counts["overlap"] += 1
        counts["overlap_quoted"] += quoted
        if speaker_matches(preds[pi], gold[gi]):
            counts["speaker"] += 1
            counts["speaker_quoted"] += quoted
    pred_cues = [p.cue for p in preds if p.cue]
    gold_cues = [g.cue for g in gold if g.cue]
    counts["pred_cue"] += len(pred_cues)
    counts["gold_cue"] += len(gold_cues)
    used: set[int] = set()
    for gc in gold_cues:
        hit = next((i for i, pc in enumerate(pred_cues) if i not in used and spans_overlap(pc, gc)),
                   None)
        if hit is not None:
            used.add(hit)
            counts["cue"] += 1
            counts["cue_exact"] += sorted(pred_cues[hit]) == sorted(gc)


def _metrics(c: dict[str, float]) -> dict[str, Any]:
    return {
        "attributions": {"predicted": round(c["pred"], 1), "gold": round(c["gold"], 1)},
        "content_exact": _prf(c["exact"], c["pred"], c["exact"], c["gold"]),
        "content_overlap": _prf(c["overlap"], c["pred"], c["overlap"], c["gold"]),
        "cue": _prf(c["cue"], c["pred_cue"], c["cue"], c["gold_cue"]),
        "cue_exact": _prf(c["cue_exact"], c["pred_cue"], c["cue_exact"], c["gold_cue"]),
        "speaker_attributed": _prf(c["speaker"], c["pred"], c["speaker"], c["gold"]),
        "quoted_gold": {
            "gold": round(c["gold_quoted"], 1),
            "content_overlap_recall": round(c["overlap_quoted"] / max(1, c["gold_quoted"]), 4),
            "speaker_attributed_recall": round(c["speaker_quoted"] / max(1, c["gold_quoted"]),
                                               4),
        },
    }


_KEYS = ("pred", "gold", "exact", "overlap", "speaker", "pred_cue", "gold_cue", "cue",
         "cue_exact", "gold_quoted", "overlap_quoted", "speaker_quoted")


def quotes(path: str | Path, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """Score fivew's ``quotes`` stage and the baseline on a PolNeAR split."""
    from fivew.entities import find_entities
    from fivew.nlp import load_model
    from fivew.quotes import find_quotes

    docs = documents(path, split, limit)
    nlp = load_model()
    from fivew.evaluate.quotes_confidence import calibration, quote_outcomes

    outcomes: list[tuple[float, bool, float]] = []
    counts: dict[str, dict[str, float]] = {
        name: dict.fromkeys(_KEYS, 0.0)
        for name in ("fivew", "baseline", "fivew_shared", "annotators")}
    shared = 0
    seconds = {"spacy": 0.0, "entities": 0.0, "quotes": 0.0}
    texts = [text for _, text, _ in docs]
    started = time.perf_counter()
    parsed = nlp.pipe(texts, batch_size=8)
    for (name, text, golds), doc in zip(docs, parsed, strict=True):
        seconds["spacy"] += time.perf_counter() - started
        article = evaluation_article(name, text, doc, language="en")
        t0 = time.perf_counter()
        find_entities(article)
        t1 = time.perf_counter()
        find_quotes(article)
        t2 = time.perf_counter()
        seconds["entities"] += t1 - t0
        seconds["quotes"] += t2 - t1
        predicted, baseline = fivew_attributions(article), baseline_attributions(text)
        for gold in golds:  # several annotators: each weighted 1/n (see the module notes)
            score(text, predicted, gold, counts["fivew"], 1 / len(golds))
            score(text, baseline, gold, counts["baseline"], 1 / len(golds))
            outcomes.extend((confidence, right, 1 / len(golds)) for confidence, right
                            in quote_outcomes(text, article.quotes, predicted, gold))
        if len(golds) > 1:
            shared += 1
            annotator_agreement(text, golds, counts["annotators"])
            for gold in golds:
                score(text, predicted, gold, counts["fivew_shared"], 1 / len(golds))
        started = time.perf_counter()
    return {
        "corpus": "PolNeAR", "split": split, "documents": len(docs),
        "fivew": _metrics(counts["fivew"]), "baseline": _metrics(counts["baseline"]),
        "agreement": {
            "documents": shared,
            "annotators": _metrics(counts["annotators"]) if shared else None,
            "fivew": _metrics(counts["fivew_shared"]) if shared else None,
        },
        "confidence": calibration(outcomes),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
    }


def annotator_agreement(text: str, golds: list[list[Attr]], counts: dict[str, float]) -> None:
    """Add how far one text's annotators agree to ``counts``: each annotator's file scored
    against each other's, every ordered pair weighted so that the text counts once."""
    pairs = list(itertools.permutations(range(len(golds)), 2))
    for predicted, gold in pairs:
        score(text, golds[predicted], golds[gold], counts, 1 / len(pairs))


def format_report(result: dict[str, Any]) -> str:
    """The scores as a plain-text table."""
    lines = [f"PolNeAR {result['split']}: {result['documents']} documents",
             f"{'':22}{'fivew P/R/F1':>24}{'baseline P/R/F1':>24}"]
    for key in ("content_exact", "content_overlap", "cue", "cue_exact", "speaker_attributed"):
        row = [result[s][key] for s in ("fivew", "baseline")]
        cells = [f"{m['p']:.3f}/{m['r']:.3f}/{m['f1']:.3f}" for m in row]
        lines.append(f"{key:22}{cells[0]:>24}{cells[1]:>24}")
    for s in ("fivew", "baseline"):
        a, q = result[s]["attributions"], result[s]["quoted_gold"]
        lines.append(f"{s}: {a['predicted']:g} predicted, {a['gold']:g} gold attributions; "
                     f"of the {q['gold']:g} with quote marks, content recall "
                     f"{q['content_overlap_recall']:.3f}, speaker-attributed recall "
                     f"{q['speaker_attributed_recall']:.3f}")
    agreement = result["agreement"]
    if agreement["documents"]:
        people, ours = agreement["annotators"], agreement["fivew"]
        lines.append(
            f"on the {agreement['documents']} texts several annotators annotated: annotators "
            f"agree at content overlap F1 {people['content_overlap']['f1']:.3f}, "
            f"speaker-attributed {people['speaker_attributed']['f1']:.3f}; fivew scores "
            f"{ours['content_overlap']['f1']:.3f} / {ours['speaker_attributed']['f1']:.3f} "
            "on the same texts")
    if "confidence" in result:
        from fivew.evaluate.quotes_confidence import format_calibration

        lines.append(format_calibration(result["confidence"]))
    sec = result["seconds"]
    lines.append(f"time: spaCy {sec['spacy']:.1f}s, entities {sec['entities']:.1f}s, "
                 f"quotes {sec['quotes']:.1f}s")
    return "\n".join(lines)
