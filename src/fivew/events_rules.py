"""Event words and the parse rules that find event triggers and the frames around them.

The words live in ``resources/events_lexicon.json`` (versioned, written for fivew from the
PLOVER and CAMEO definitions). This module reads the spaCy parse:

- :func:`triggers` finds the words of a sentence that express an event: a listed verb
  ("launched" is not one, "attack" is), a listed event noun licensed by a verb that carries
  it ("launch an offensive", "hold talks"), by a frame ("call for talks") or by a
  report noun ("no reports of fighting"), and a movement verb whose subject is an armed
  group ("fighters were heading towards ...": MOBILIZE).
- :func:`frame_of` finds the frame a trigger sits in: a request ("called for",
  "need"), a refusal ("refused to"), a threat ("ready to", "vowed to"), a wish ("hoped
  to", "want to") or a denial.
- :func:`condition_of`, :func:`negated` and :func:`tense_modality` read the modality.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

#: How many heads up from a trigger a frame may be ("want to make X realise that the only
#: way forward is through negotiation": 5). Calibrated on the seed story; re-run
#: tests/test_events.py after changing it.
FRAME_MAX_HOPS = 6

#: Dependency labels that end the walk up to a frame: a relative, adverbial or coordinated
#: clause is a statement of its own.
CLAUSE_BOUNDARIES = frozenset({"relcl", "advcl", "acl", "appos", "conj", "parataxis"})

#: Marks of a conditional clause.
CONDITION_MARKS = frozenset({"if", "unless"})

#: Auxiliaries that put an event in the future, or make it only possible ('may be put
#: under house arrest', 'would be taken into custody').
FUTURE_AUX = frozenset({"will", "wo", "'ll", "shall", "going", "may", "might", "would"})

#: Auxiliaries that make a reported verb a request by the speaker ("should not be recognised").
REQUEST_AUX = frozenset({"should", "must", "ought"})

#: Particles and adverbs that make phrasal verbs ("took back", "hand it over").
PARTICLE_DEPS = frozenset({"prt", "advmod"})

#: PLOVER types that use force.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})

#: PLOVER types that are statements: a speaker who reports them is their actor, not a source.
VERBAL_TYPES = frozenset({
    "AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
})


@dataclass(frozen=True)
class Lexicon:
    version: str
    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]
    support_verbs: frozenset[str]
    evidential_nouns: frozenset[str]
    frames: dict[str, str]  # key -> frame kind
    movement_verbs: frozenset[str]
    armed_nouns: dict[str, str]
    request_modes: dict[str, str]
    request_objects: dict[str, str]
    reporting_verbs: frozenset[str]
    figure_units: frozenset[str]
    failure_verbs: frozenset[str] = frozenset()
    intervention_verbs: frozenset[str] = frozenset()
    failure_nouns: frozenset[str] = frozenset()
    object_verbs: dict[str, tuple[str, str | None]] | None = None
    weapon_nouns: frozenset[str] = frozenset()
    inaction_phrases: frozenset[str] = frozenset()


@functools.cache
def load_lexicon() -> Lexicon:
    """The event lexicon shipped in ``fivew/resources/events_lexicon.json``."""
    raw = json.loads(
        resources.files("fivew").joinpath("resources/events_lexicon.json").read_text("utf-8")
    )
    frames = {key: kind for kind, keys in raw["frames"].items() for key in keys}
    return Lexicon(
        version=raw["version"],
        verbs={k: (v[0], v[1]) for k, v in raw["verbs"].items()},
        nouns={k: (v[0], v[1]) for k, v in raw["nouns"].items()},
        support_verbs=frozenset(raw["support_verbs"]),
        evidential_nouns=frozenset(raw["evidential_nouns"]),
        frames=frames,
        movement_verbs=frozenset(raw["movement_verbs"]),
        armed_nouns=dict(raw["armed_nouns"]),
        request_modes=dict(raw["request_modes"]),
        request_objects=dict(raw["request_objects"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        figure_units=frozenset(raw["figure_units"]),
        failure_verbs=frozenset(raw.get("failure_verbs", ())),
        intervention_verbs=frozenset(raw.get("intervention_verbs", ())),
        failure_nouns=frozenset(raw.get("failure_nouns", ())),
        object_verbs={k: (v[0], v[1]) for k, v in raw.get("object_verbs", {}).items()},
        weapon_nouns=frozenset(raw.get("weapon_nouns", ())),
        inaction_phrases=frozenset(raw.get("inaction_phrases", ())),
    )


def lemmas(tok: Any) -> tuple[str, ...]:
    """Lemma candidates of a token: the model's, then its own form and de-suffixed forms
    (en_core_web_sm lemmatises 'hoped' as 'hop')."""
    return _lemmas(tok.lower_, tok.lemma_)


@functools.lru_cache(maxsize=65536)
def _lemmas(low: str, lemma: str) -> tuple[str, ...]:
    out = [lemma.lower(), low]
    for suffix in ("ed", "d", "ing", "s", "es"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.append(low[: -len(suffix)])
    if low.endswith("ing") and len(low) > 5:
        out.append(low[:-3] + "e")
    return tuple(dict.fromkeys(out))


def hyphen_prefix(tok: Any) -> Any:
    """The word glued to ``tok`` by a hyphen before it ('lathi' in 'lathi-charged')."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or \
            doc[tok.i - 2].whitespace_ or not doc[tok.i - 2].is_alpha:
        return None
    return doc[tok.i - 2]


def noun_key(tok: Any, table: dict[str, Any]) -> str | None:
    """The key of ``table`` that noun ``tok`` stands for, with its hyphenated or compound
    modifier first ('lathi-charge', 'tear gas'), else alone."""
    prefix = hyphen_prefix(tok)
    mods = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    for lem in lemmas(tok):
        if prefix is not None and f"{prefix.lower_}-{lem}" in table:
            return f"{prefix.lower_}-{lem}"
        for mod in mods:
            if f"{mod} {lem}" in table:
                return f"{mod} {lem}"
    return next((lem for lem in lemmas(tok) if lem in table), None)


def phrase_key(tok: Any, table: dict[str, Any]) -> str | None:
    """The key of ``table`` that ``tok`` (with its particle or preposition) stands for."""
    prefix = hyphen_prefix(tok)
    if prefix is not None:
        for lem in lemmas(tok):
            if f"{prefix.lower_}-{lem}" in table:
                return f"{prefix.lower_}-{lem}"
    extras = [c.lower_ for c in tok.children if c.dep_ in PARTICLE_DEPS or c.dep_ == "prep"]
    extras += [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for lem in lemmas(tok):
        for extra in extras:
            if f"{lem} {extra}" in table:
                return f"{lem} {extra}"
    for lem in lemmas(tok):
        if lem in table:
            return lem
    return None


@dataclass
class Trigger:
    tok: Any  # the word of the event
    anchor: Any  # the verb that carries it (the word itself for a verb)
    type: str
    mode: str | None
    nominal: bool


def _is_nominal(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or (
        tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "attr", "nsubjpass")
    )


def armed_mode(tok: Any, lex: Lexicon) -> str | None:
    """The MOBILIZE mode of a subject that names an armed group ('fighters': militia)."""
    for t in (tok, *[c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]):
        if t is not tok:
            t = next((g for g in t.children if g.dep_ == "pobj"), None)
            if t is None:
                continue
        for lem in lemmas(t):
            if lem in lex.armed_nouns:
                return lex.armed_nouns[lem]
    return None


def _licensed_noun(tok: Any, lex: Lexicon) -> Any:
    """The verb that carries an event noun, the noun itself if a frame or report noun
    licenses it, or None when the noun is only mentioned."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and head.pos_ in ("VERB", "AUX"):
        if any(lem in lex.support_verbs for lem in lemmas(head)):
            return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in lex.evidential_nouns:
        return tok
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and any(
            lem in lex.support_verbs for lem in lemmas(head.head)):  # 'resorted to firing'
        return head.head
    if frame_of(tok, lex) is not None:
        return tok
    from fivew.events_links import harm_head, noun_agent

    if harm_head(tok) is not None:  # 'killed in the firing'
        return tok
    agent = noun_agent(tok)
    if agent is not None and (agent.pos_ == "PROPN" or any(
            lem in lex.armed_nouns for lem in lemmas(agent))):  # 'police firing'
        return tok
    return None


def triggers(sent: Any, lex: Lexicon) -> list[Trigger]:
    """The event triggers of one sentence, in text order."""
    found: list[Trigger] = []
    for tok in sent:
        if tok.pos_ == "VERB" and tok.dep_ != "amod" and not _is_nominal(tok) and not any(
                c.dep_ == "det" for c in tok.children):  # 'the accused'
            key = phrase_key(tok, lex.object_verbs or {})
            if key is not None and " " in key:  # 'opened fire', 'lobbed tear-gas shells'
                type_, mode = (lex.object_verbs or {})[key]
                found.append(Trigger(tok, tok, type_, mode, False))
                continue
            key = phrase_key(tok, lex.verbs)
            if key is not None:
                type_, mode = lex.verbs[key]
                found.append(Trigger(tok, tok, type_, mode, False))
                continue
            if any(lem in lex.movement_verbs for lem in lemmas(tok)):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                mode = armed_mode(subj, lex) if subj is not None else None
                if mode is not None:
                    found.append(Trigger(tok, tok, "MOBILIZE", mode, False))
                continue
        if _is_nominal(tok):
            key = noun_key(tok, lex.nouns)
            if key is None:
                continue
            entry = lex.nouns[key]
            anchor = _licensed_noun(tok, lex)
            if anchor is not None:
                found.append(Trigger(tok, anchor, entry[0], entry[1], True))
    from fivew.events_links import harm_head

    verbs = {t.tok.i for t in found if not t.nominal}  # 'lobbed shells': one event
    return [t for t in found if not t.nominal or (
        t.anchor.i not in verbs and getattr(harm_head(t.tok), "i", -1) not in verbs)]


def frame_word(tok: Any, lex: Lexicon) -> str | None:
    """The frame kind ``tok`` opens ('refused': refuse, 'ready': ready), if any."""
    if tok.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
    key = phrase_key(tok, lex.frames)
    return lex.frames[key] if key is not None else None


def frame_of(tok: Any, lex: Lexicon) -> tuple[str, Any] | None:
    """The nearest frame above ``tok`` within the same statement: (kind, frame word)."""
    current = tok
    for _ in range(FRAME_MAX_HOPS):
        if current.dep_ in CLAUSE_BOUNDARIES or current.head.i == current.i:
            return None
        current = current.head
        if any(lem in lex.reporting_verbs for lem in lemmas(current)):
            return None
        kind = frame_word(current, lex)
        if kind is not None:
            return kind, current
    return None


def _clause_verbs(tok: Any) -> list[Any]:
    """``tok`` and the copula or verb it hangs from ('ready' -> 'were')."""
    out = [tok]
    if tok.dep_ in ("acomp", "xcomp", "dobj", "prep", "pobj", "attr") and tok.head.i != tok.i:
        out.append(tok.head)
    return out


def condition_of(tokens: list[Any]) -> Any:
    """The 'if'/'unless' clause hanging on any of ``tokens`` or their clause verbs."""
    for tok in tokens:
        for verb in _clause_verbs(tok):
            for child in verb.children:
                if child.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
                ):
                    return child
    return None


def in_condition(tok: Any) -> bool:
    """Whether ``tok`` sits inside an 'if'/'unless' clause (it is a condition, not an event)."""
    current = tok
    for _ in range(12):
        if current.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in current.children
        ):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def negated(trig: Trigger, lex: Lexicon) -> bool:
    """'did not attack', 'no attack', 'no reports of fighting', 'no signs that X entered'."""
    for tok in {trig.tok, trig.anchor}:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never"))
               for c in tok.children):
            return True
    current = trig.tok
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        if current.lemma_ in lex.evidential_nouns:
            return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never", "not")
                       for c in current.children)
    return False


def aux_words(tok: Any) -> set[str]:
    """The auxiliaries of ``tok``'s verb, lower-cased."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def tense_modality(trig: Trigger) -> str:
    """occurred, ongoing or planned, from the verb's tense and auxiliaries."""
    words = aux_words(trig.anchor)
    if words & FUTURE_AUX:
        return "planned"
    if not trig.nominal and trig.tok.tag_ == "VBG" and words & {"is", "are", "was", "were",
                                                                  "be", "been", "am"}:
        return "ongoing"
    return "occurred"
