"""Score entity mentions on MEANTIME (English): fivew's ``entities`` stage beside bare spaCy.

MEANTIME (NewsReader, CC BY 4.0) is CAT XML: ``<token>`` elements, then ``ENTITY_MENTION``
markables whose type comes from the ``ENTITY`` instance they ``REFERS_TO`` (PER, ORG, LOC,
PRO, FIN, MIX). How it is scored:

- **Text.** Each document's text is rebuilt from its tokens (a space between tokens, none
  before closing punctuation or clitics, a blank line after the title and after the date
  line), keeping a token -> character map, so gold spans become character offsets.
- **Scope.** Only the first sentences of each article are annotated (title, date and about
  four sentences). Predictions are scored up to the end of the last sentence that holds
  any markable; the rest of the text is still given to the model as context.
- **Gold.** A mention is scored when it is a name (``syntactic_type`` NAM or PRE.NAM) of type
  PER, ORG or LOC. Every other mention (PRO, FIN, MIX; nominal and pronominal mentions;
  mentions without a syntactic type, as in the Airbus folder) is *ignored*: a prediction
  that overlaps only ignored mentions counts neither way.
- **Labels.** PER -> PERSON, ORG -> ORG, LOC -> PLACE. fivew's GROUP is scored as LOC,
  since MEANTIME annotates nationality words ("German", "British") as LOC; OTHER
  predictions (products, events, laws) are left out, as PRO/FIN/MIX are.
- **Matching.** *exact*: same start and end; *overlap*: at least one character in common.
  Untyped scores ignore types; typed scores also require the mapped types to agree.
  Precision counts predictions, recall counts gold mentions.

The bare model's mentions are spaCy's ``doc.ents`` mapped with
:data:`fivew.entities.LABEL_TO_TYPE`; fivew's are the mentions of ``Article.entities``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fivew.evaluate.common import evaluation_article, precision_recall_f1
from fivew.evaluate.meantime import read_text

#: fivew entity type -> MEANTIME class it is scored as (None: not scored).
TYPE_TO_MEANTIME: dict[str, str | None] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "PLACE": "LOC",
    "GROUP": "LOC",
    "OTHER": None,
}

#: MEANTIME classes and syntactic types that are scored.
SCORED_CLASSES = frozenset({"PER", "ORG", "LOC"})
SCORED_SYNTACTIC = frozenset({"NAM", "PRE.NAM"})

#: Tokens written without a space before them when the text is rebuilt.

MODES = ("exact", "overlap", "exact_typed", "overlap_typed")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    cls: str | None
    scored: bool


@dataclass
class MeantimeDocument:
    name: str
    text: str
    scope_end: int
    gold: list[GoldMention] = field(default_factory=list)


def _xml_files(path: Path) -> list[Path]:
    """The documents under ``path``: the intra-document annotation when both versions exist."""
    if path.is_file():
        return [path]
    intra = sorted(path.rglob("intra-doc_annotation/**/*.xml"))
    return intra or sorted(path.rglob("*.xml"))


def read_document(path: Path) -> MeantimeDocument:
    """Rebuild a MEANTIME document's text and its gold entity mentions."""
    meantime = read_text(path)
    root, text, spans = meantime.root, meantime.text, meantime.spans

    markables = root.find("Markables")
    relations = root.find("Relations")
    classes = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
    class_of: dict[str, str | None] = {}
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for source in rel.iter("source"):
                class_of[source.get("m_id")] = classes.get(target.get("m_id"))
    scope_end = meantime.annotated_end()
    gold = []
    for m in markables.iter("ENTITY_MENTION"):
        anchors = [spans[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in spans]
        if not anchors:
            continue
        cls = class_of.get(m.get("m_id"))
        scored = cls in SCORED_CLASSES and m.get("syntactic_type") in SCORED_SYNTACTIC
        gold.append(GoldMention(min(s for s, _ in anchors), max(e for _, e in anchors), cls,
                                scored))
    return MeantimeDocument(path.stem, text, scope_end, gold)


def _bare_mentions(doc: Any) -> list[tuple[int, int, str]]:
    from fivew.entities import LABEL_TO_TYPE

    return [(e.start_char, e.end_char, LABEL_TO_TYPE[e.label_])
            for e in doc.ents if e.label_ in LABEL_TO_TYPE]


def _fivew_mentions(doc: Any, text: str) -> list[tuple[int, int, str]]:
    from fivew.entities import find_entities

    article = evaluation_article("meantime", text, doc)
    find_entities(article)
    return [(m.start, m.end, e.type) for e in article.entities for m in e.mentions]


def _new_counts() -> dict[str, dict[str, int]]:
    return {mode: {"tp": 0, "fp": 0, "matched_gold": 0, "gold": 0} for mode in MODES}


def _score(doc: MeantimeDocument, predicted: Iterable[tuple[int, int, str]],
           counts: dict[str, dict[str, int]]) -> None:
    scored = [g for g in doc.gold if g.scored]
    ignored = [g for g in doc.gold if not g.scored]
    preds = [(s, e, TYPE_TO_MEANTIME.get(t)) for s, e, t in predicted
             if s < doc.scope_end and TYPE_TO_MEANTIME.get(t)]
    for mode in MODES:
        exact, typed = mode.startswith("exact"), mode.endswith("typed")

        def match(p: tuple[int, int, str | None], g: GoldMention,
                  exact: bool = exact, typed: bool = typed) -> bool:
            if exact:
                spans = p[0] == g.start and p[1] == g.end
            else:
                spans = p[0] < g.end and g.start < p[1]
            return spans and (not typed or p[2] == g.cls)

        c = counts[mode]
        c["gold"] += len(scored)
        c["matched_gold"] += sum(any(match(p, g) for p in preds) for g in scored)
        for p in preds:
            if any(match(p, g) for g in scored):
                c["tp"] += 1
            elif not any(p[0] < g.end and g.start < p[1] for g in scored) and any(
                p[0] < g.end and g.start < p[1] for g in ignored
            ):
                continue  # only overlaps mentions that are not scored
            else:
                c["fp"] += 1


def _prf(c: dict[str, int]) -> dict[str, float | int]:
    p, r, f = precision_recall_f1(c["tp"], c["tp"] + c["fp"], c["matched_gold"], c["gold"])
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), **c}


def entities(path: str | Path) -> dict[str, Any]:
    """Score bare spaCy and fivew on the MEANTIME documents under ``path``."""
    from fivew.nlp import load_model

    files = _xml_files(Path(path))
    if not files:
        raise FileNotFoundError(f"no MEANTIME .xml files under {path}")
    documents = [read_document(f) for f in files]
    nlp = load_model()
    counts = {"spacy": _new_counts(), "fivew": _new_counts()}
    for doc, spacy_doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        _score(doc, _bare_mentions(spacy_doc), counts["spacy"])
        _score(doc, _fivew_mentions(spacy_doc, doc.text), counts["fivew"])
    return {
        "corpus": str(path),
        "documents": len(documents),
        "gold_mentions": sum(g.scored for d in documents for g in d.gold),
        "ignored_mentions": sum(not g.scored for d in documents for g in d.gold),
        "label_map": {k: v for k, v in TYPE_TO_MEANTIME.items()},
        "systems": {name: {mode: _prf(c[mode]) for mode in MODES} for name, c in counts.items()},
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of :func:`entities`'s result."""
    lines = [
        f"MEANTIME entities: {result['documents']} documents, {result['gold_mentions']} scored "
        f"gold mentions ({result['ignored_mentions']} ignored)",
        f"{'system':<8} {'match':<14} {'P':>7} {'R':>7} {'F1':>7}",
    ]
    for name, modes in result["systems"].items():
        for mode, s in modes.items():
            lines.append(f"{name:<8} {mode:<14} {s['precision']:>7.3f} {s['recall']:>7.3f} "
                         f"{s['f1']:>7.3f}")
    return "\n".join(lines)
